// SQL for the breach register (table breaches, migration 0008). Rows in, rows out: the service
// decides what a change means.
import type { DB } from '../sql/server';

export interface BreachRow {
  id: string;
  year: number;
  seq: number;
  detectedAt: string;
  detectedOn: string;
  dueOn: string;
  deadlineWarnings: string;
  description: string;
  categories: string;
  subjectsApprox: number | null;
  measures: string;
  state: string;
  authorityNotifiedAt: string | null;
  authorityMethod: string | null;
  authorityReference: string | null;
  subjectsNotice: string;
  subjectsNoticeReason: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

const COLUMNS = `id, year, seq, detected_at AS detectedAt, detected_on AS detectedOn, due_on AS dueOn,
  deadline_warnings AS deadlineWarnings, description, categories, subjects_approx AS subjectsApprox,
  measures, state, authority_notified_at AS authorityNotifiedAt, authority_method AS authorityMethod,
  authority_reference AS authorityReference, subjects_notice AS subjectsNotice,
  subjects_notice_reason AS subjectsNoticeReason, created_at AS createdAt, created_by AS createdBy,
  updated_at AS updatedAt`;

/** The next number of the year: BR-<year>-<seq, 4 digits>; numbers are never reused. */
export function nextBreachId(db: DB, year: number): { id: string; seq: number } {
  const row = db.prepare('SELECT coalesce(max(seq), 0) AS m FROM breaches WHERE year = ?').get(year) as {
    m: number;
  };
  const seq = row.m + 1;
  return { id: `BR-${year}-${String(seq).padStart(4, '0')}`, seq };
}

export function insertBreach(db: DB, r: BreachRow): void {
  db.prepare(
    `INSERT INTO breaches (id, year, seq, detected_at, detected_on, due_on, deadline_warnings, description,
       categories, subjects_approx, measures, state, authority_notified_at, authority_method,
       authority_reference, subjects_notice, subjects_notice_reason, created_at, created_by, updated_at)
     VALUES (@id, @year, @seq, @detectedAt, @detectedOn, @dueOn, @deadlineWarnings, @description,
       @categories, @subjectsApprox, @measures, @state, @authorityNotifiedAt, @authorityMethod,
       @authorityReference, @subjectsNotice, @subjectsNoticeReason, @createdAt, @createdBy, @updatedAt)`,
  ).run(r);
}

const UPDATABLE = {
  measures: 'measures',
  state: 'state',
  authorityNotifiedAt: 'authority_notified_at',
  authorityMethod: 'authority_method',
  authorityReference: 'authority_reference',
  subjectsNotice: 'subjects_notice',
  subjectsNoticeReason: 'subjects_notice_reason',
  dueOn: 'due_on',
  deadlineWarnings: 'deadline_warnings',
  updatedAt: 'updated_at',
} as const;

export function updateBreach(
  db: DB,
  id: string,
  patch: Partial<Pick<BreachRow, keyof typeof UPDATABLE>>,
): void {
  const keys = Object.keys(patch) as Array<keyof typeof UPDATABLE>;
  if (keys.length === 0) return;
  const set = keys.map((k) => `${UPDATABLE[k]} = @${k}`).join(', ');
  db.prepare(`UPDATE breaches SET ${set} WHERE id = @id`).run({ ...patch, id });
}

export function getBreachRow(db: DB, id: string): BreachRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM breaches WHERE id = ?`).get(id) as BreachRow | undefined;
}

export function listBreachRows(db: DB, q: { states?: readonly string[]; running?: boolean }): BreachRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.states?.length) {
    where.push(`state IN (${q.states.map(() => '?').join(', ')})`);
    params.push(...q.states);
  }
  if (q.running) where.push(`state = 'open'`);
  const sql = `SELECT ${COLUMNS} FROM breaches ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CASE state WHEN 'open' THEN 0 ELSE 1 END, due_on, id`;
  return db.prepare(sql).all(...params) as BreachRow[];
}
