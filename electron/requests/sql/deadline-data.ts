// Calendar years and deadline rules stored in the database (table deadline_data): each save adds
// a version; the latest version of a (kind, year) overrides the shipped resources/ file; a
// version with data NULL restores the shipped file. Rows are never changed.
import type { DB } from '../../sql/server';

export type DeadlineDataKind = 'calendar' | 'rules';

export interface DeadlineDataRow {
  id: number;
  kind: DeadlineDataKind;
  /** 0 for the rules. */
  year: number;
  version: number;
  origin: 'edit' | 'import' | 'reset';
  data: string | null;
  sha256: string | null;
  savedAt: string;
  savedBy: string;
}

const SELECT = `SELECT id, kind, year, version, origin, data, sha256, saved_at AS savedAt, saved_by AS savedBy FROM deadline_data`;

/** The latest version of every (kind, year). */
export function currentDeadlineData(db: DB): DeadlineDataRow[] {
  return db
    .prepare(
      `${SELECT} d WHERE d.id = (SELECT max(id) FROM deadline_data x WHERE x.kind = d.kind AND x.year = d.year) ORDER BY kind, year`,
    )
    .all() as DeadlineDataRow[];
}

export function deadlineDataHistory(db: DB, kind: DeadlineDataKind, year?: number): DeadlineDataRow[] {
  return (
    year === undefined
      ? db.prepare(`${SELECT} WHERE kind = ? ORDER BY year, version DESC`).all(kind)
      : db.prepare(`${SELECT} WHERE kind = ? AND year = ? ORDER BY version DESC`).all(kind, year)
  ) as DeadlineDataRow[];
}

export function insertDeadlineData(db: DB, row: Omit<DeadlineDataRow, 'id' | 'version'>): DeadlineDataRow {
  const last = db
    .prepare('SELECT max(version) AS v FROM deadline_data WHERE kind = ? AND year = ?')
    .get(row.kind, row.year) as { v: number | null };
  const version = (last.v ?? 0) + 1;
  const id = Number(
    db
      .prepare(
        `INSERT INTO deadline_data(kind, year, version, origin, data, sha256, saved_at, saved_by)
         VALUES (@kind, @year, @version, @origin, @data, @sha256, @savedAt, @savedBy)`,
      )
      .run({ ...row, version }).lastInsertRowid,
  );
  return { ...row, id, version };
}

/** A cheap fingerprint of the stored data: changes whenever a version is added. */
export function deadlineDataStamp(db: DB): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS n FROM deadline_data').get() as { n: number }).n;
}
