// SQL for letter templates (versions) and generated letters. Rules live in electron/letters/.
import type { DB } from '../../sql/server';
import { putSetting, readSetting } from '../../sql/settings';

export interface TemplateRow {
  kind: string;
  lang: string;
  version: number;
  origin: 'shipped' | 'admin';
  source: string;
  sha256: string;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

const TEMPLATE_COLUMNS = `kind, lang, version, origin, source, sha256, note, created_at AS createdAt, created_by AS createdBy`;

export function templateVersions(db: DB, kind: string, lang: string): TemplateRow[] {
  return db
    .prepare(`SELECT ${TEMPLATE_COLUMNS} FROM letter_templates WHERE kind = ? AND lang = ? ORDER BY version`)
    .all(kind, lang) as TemplateRow[];
}

export function templateVersion(
  db: DB,
  kind: string,
  lang: string,
  version: number,
): TemplateRow | undefined {
  return db
    .prepare(`SELECT ${TEMPLATE_COLUMNS} FROM letter_templates WHERE kind = ? AND lang = ? AND version = ?`)
    .get(kind, lang, version) as TemplateRow | undefined;
}

/** The latest stored version of every kind and language, with how many versions each has. */
export function latestTemplates(db: DB): (Omit<TemplateRow, 'source'> & { versions: number })[] {
  return db
    .prepare(
      `SELECT t.kind, t.lang, t.version, t.origin, t.sha256, t.note, t.created_at AS createdAt, t.created_by AS createdBy,
              (SELECT count(*) FROM letter_templates c WHERE c.kind = t.kind AND c.lang = t.lang) AS versions
       FROM letter_templates t
       WHERE t.version = (SELECT max(version) FROM letter_templates m WHERE m.kind = t.kind AND m.lang = t.lang)`,
    )
    .all() as (Omit<TemplateRow, 'source'> & { versions: number })[];
}

export function insertTemplateVersion(db: DB, row: TemplateRow): void {
  db.prepare(
    `INSERT INTO letter_templates(kind, lang, version, origin, source, sha256, note, created_at, created_by)
     VALUES (@kind, @lang, @version, @origin, @source, @sha256, @note, @createdAt, @createdBy)`,
  ).run(row);
}

export interface LetterRow {
  id: string;
  requestId: string | null;
  kind: string;
  outgoingId: number;
  outgoingNo: string;
  incomingNo: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface LetterVersionRow {
  letterId: string;
  version: number;
  kind: string;
  lang: string;
  templateVersion: number;
  input: string;
  composed: string;
  sha256: string;
  bytes: number;
  createdAt: string;
  createdBy: string;
}

export interface LetterListRow extends LetterRow {
  /** The register date: the letter's date. */
  outgoingDate: string;
  lang: string;
  templateVersion: number;
  bytes: number;
  sha256: string;
  /** From the outgoing register: draft, sent, returned or cancelled. */
  status: string;
  method: string;
  trackingNumber: string | null;
  sentAt: string | null;
}

export function insertLetter(db: DB, r: LetterRow): void {
  db.prepare(
    `INSERT INTO letters(id, request_id, kind, outgoing_id, outgoing_no, incoming_no, version, created_at, created_by, updated_at)
     VALUES (@id, @requestId, @kind, @outgoingId, @outgoingNo, @incomingNo, @version, @createdAt, @createdBy, @updatedAt)`,
  ).run(r);
}

export function setLetterVersion(db: DB, id: string, version: number, now: string): void {
  db.prepare('UPDATE letters SET version = ?, updated_at = ? WHERE id = ?').run(version, now, id);
}

export function insertLetterVersion(db: DB, r: LetterVersionRow & { docx: Buffer }): void {
  db.prepare(
    `INSERT INTO letter_versions(letter_id, version, kind, lang, template_version, input, composed, docx, sha256, bytes, created_at, created_by)
     VALUES (@letterId, @version, @kind, @lang, @templateVersion, @input, @composed, @docx, @sha256, @bytes, @createdAt, @createdBy)`,
  ).run(r);
}

const LETTER_COLUMNS = `l.id, l.request_id AS requestId, l.kind, l.outgoing_id AS outgoingId, l.outgoing_no AS outgoingNo,
  l.incoming_no AS incomingNo, l.version, l.created_at AS createdAt, l.created_by AS createdBy, l.updated_at AS updatedAt`;

const LIST_SELECT = `SELECT ${LETTER_COLUMNS}, o.date AS outgoingDate, v.lang, v.template_version AS templateVersion, v.bytes, v.sha256,
    o.status, o.method, o.tracking_number AS trackingNumber, o.sent_at AS sentAt
  FROM letters l
  JOIN letter_versions v ON v.letter_id = l.id AND v.version = l.version
  JOIN outgoing_letters o ON o.id = l.outgoing_id`;

export function getLetterRow(db: DB, id: string): LetterListRow | undefined {
  return db.prepare(`${LIST_SELECT} WHERE l.id = ?`).get(id) as LetterListRow | undefined;
}

export interface LetterListQuery {
  requestId?: string;
  kind?: string;
  limit: number;
  offset: number;
}

export function listLetterRows(db: DB, q: LetterListQuery): LetterListRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  for (const [key, column] of [
    ['requestId', 'l.request_id'],
    ['kind', 'l.kind'],
  ] as const) {
    if (q[key] === undefined) continue;
    where.push(`${column} = @${key}`);
    params[key] = q[key];
  }
  return db
    .prepare(
      `${LIST_SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY l.created_at DESC, l.outgoing_no DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as LetterListRow[];
}

export function letterVersionRows(db: DB, id: string): LetterVersionRow[] {
  return db
    .prepare(
      `SELECT letter_id AS letterId, version, kind, lang, template_version AS templateVersion, input, composed, sha256, bytes,
              created_at AS createdAt, created_by AS createdBy
       FROM letter_versions WHERE letter_id = ? ORDER BY version`,
    )
    .all(id) as LetterVersionRow[];
}

export function letterVersionDocx(
  db: DB,
  id: string,
  version: number,
): (LetterVersionRow & { docx: Buffer }) | undefined {
  return db
    .prepare(
      `SELECT letter_id AS letterId, version, kind, lang, template_version AS templateVersion, input, composed, docx, sha256, bytes,
              created_at AS createdAt, created_by AS createdBy
       FROM letter_versions WHERE letter_id = ? AND version = ?`,
    )
    .get(id, version) as (LetterVersionRow & { docx: Buffer }) | undefined;
}

const LETTERHEAD_KEY = 'letters.letterhead';

/** The administrator's letterhead settings (JSON), or undefined when never saved. */
export function readLetterheadSetting(db: DB): string | undefined {
  return readSetting(db, LETTERHEAD_KEY);
}

export function writeLetterheadSetting(db: DB, json: string): void {
  putSetting(db, LETTERHEAD_KEY, json);
}

/**
 * Clears what a request's letters say (their data, text and DOCX) once the subject's personal data
 * is purged; the letter's number, kind, dates, sizes and hashes stay. Returns the versions cleared.
 */
export function purgeLetterVersions(db: DB, requestId: string, outgoingIds: readonly number[]): number {
  // Every column that can hold the subject goes (the input, the composed text, the DOCX), whatever
  // an earlier partial wipe left: the size and hash stay as proof of what was sent.
  return db
    .prepare(
      `UPDATE letter_versions SET input = '{}', composed = '{}', docx = zeroblob(0)
       WHERE (input <> '{}' OR composed <> '{}' OR length(docx) > 0) AND letter_id IN (
         SELECT id FROM letters WHERE request_id = @requestId OR outgoing_id IN (SELECT value FROM json_each(@ids)))`,
    )
    .run({ requestId, ids: JSON.stringify(outgoingIds) }).changes;
}

/** The outgoing register entries of the letters generated for a request. */
export function requestLetterOutgoingIds(db: DB, requestId: string): number[] {
  return (
    db.prepare('SELECT outgoing_id AS id FROM letters WHERE request_id = ?').all(requestId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}
