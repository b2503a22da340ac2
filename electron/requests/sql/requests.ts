// SQL of subject requests (issue 5): requests (the tombstone part) and request_subjects (the
// subject's personal data, one row per request, wiped by a purge). Beside it: records.ts (letters
// linked, history, decisions, actions), lists.ts (duplicates and lists), purge.ts (purge runs).
// Writes are called inside Server.write by electron/requests, so each commits with its audit
// entry and outbox events. This feature writes only its own tables.
import type { DB } from '../../sql/server';

export interface RequestRow {
  id: string;
  year: number;
  seq: number;
  type: string;
  state: string;
  pausedFrom: string | null;
  pauseReason: string | null;
  pausedAt: string | null;
  requesterRole: string;
  origin: 'letter' | 'direct';
  directReason: string | null;
  language: string;
  officer: string | null;
  minor: number;
  receivedAt: string;
  receivedOn: string;
  countedFrom: string;
  dueOn: string;
  statutoryDueOn: string;
  policyDays: number;
  statutoryDays: number;
  deadlineWarnings: string;
  verification: 'none' | 'document' | 'not_required';
  verifiedAt: string | null;
  verifiedBy: string | null;
  decisionOutcome: string | null;
  refusalGround: string | null;
  legalBasis: string | null;
  decidedAt: string | null;
  answeredAt: string | null;
  replyOutgoingNo: string | null;
  closedAt: string | null;
  closeOutcome: string | null;
  erasure: number;
  purgedAt: string | null;
  purgeId: number | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

const COLUMNS: Record<keyof RequestRow, string> = {
  id: 'id',
  year: 'year',
  seq: 'seq',
  type: 'type',
  state: 'state',
  pausedFrom: 'paused_from',
  pauseReason: 'pause_reason',
  pausedAt: 'paused_at',
  requesterRole: 'requester_role',
  origin: 'origin',
  directReason: 'direct_reason',
  language: 'language',
  officer: 'officer',
  minor: 'minor',
  receivedAt: 'received_at',
  receivedOn: 'received_on',
  countedFrom: 'counted_from',
  dueOn: 'due_on',
  statutoryDueOn: 'statutory_due_on',
  policyDays: 'policy_days',
  statutoryDays: 'statutory_days',
  deadlineWarnings: 'deadline_warnings',
  verification: 'verification',
  verifiedAt: 'verified_at',
  verifiedBy: 'verified_by',
  decisionOutcome: 'decision_outcome',
  refusalGround: 'refusal_ground',
  legalBasis: 'legal_basis',
  decidedAt: 'decided_at',
  answeredAt: 'answered_at',
  replyOutgoingNo: 'reply_outgoing_no',
  closedAt: 'closed_at',
  closeOutcome: 'close_outcome',
  erasure: 'erasure',
  purgedAt: 'purged_at',
  purgeId: 'purge_id',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
};

export const REQUEST_SELECT = (alias = 'r') =>
  Object.entries(COLUMNS)
    .map(([k, c]) => `${alias}.${c} AS ${k}`)
    .join(', ');

/** Takes the next request number of a year; must run inside the opening write transaction. */
export function takeRequestSeq(db: DB, year: number): number {
  const r = db
    .prepare(
      `INSERT INTO request_counters(year, last_seq) VALUES (?, 1)
       ON CONFLICT(year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
    )
    .get(year) as { last_seq: number };
  return r.last_seq;
}

export function insertRequest(db: DB, r: RequestRow): void {
  const keys = Object.keys(COLUMNS) as Array<keyof RequestRow>;
  db.prepare(
    `INSERT INTO requests(${keys.map((k) => COLUMNS[k]).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
  ).run(r);
}

export type RequestChanges = Partial<Omit<RequestRow, 'id' | 'year' | 'seq' | 'createdAt' | 'createdBy'>>;

export function updateRequest(db: DB, id: string, changes: RequestChanges): void {
  const keys = Object.keys(changes).filter(
    (k) => (changes as Record<string, unknown>)[k] !== undefined,
  ) as Array<keyof RequestChanges>;
  if (keys.length === 0) return;
  db.prepare(`UPDATE requests SET ${keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ')} WHERE id = @id`).run(
    { ...changes, id },
  );
}

export function getRequestRow(db: DB, id: string): RequestRow | undefined {
  return db.prepare(`SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.id = ?`).get(id) as
    RequestRow | undefined;
}

/** Finds a request by its number, case-insensitively (rq-2026-000001 works). */
export function findRequestId(db: DB, ref: string): string | undefined {
  const exact = db.prepare('SELECT id FROM requests WHERE id = ?').get(ref) as { id: string } | undefined;
  if (exact) return exact.id;
  const r = db.prepare('SELECT id FROM requests WHERE upper(id) = upper(?)').get(ref) as
    { id: string } | undefined;
  return r?.id;
}

// ---------------------------------------------------------------------------------------------
// The subject (personal data).

export interface SubjectRow {
  requestId: string;
  name: string;
  nameKey: string;
  iin: string | null;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  addressKey: string | null;
  accountId: string | null;
  representative: string | null;
  authorizedBody: string | null;
  verification: string | null;
  directNote: string | null;
  notes: string | null;
}

const SUBJECT_COLUMNS: Record<keyof SubjectRow, string> = {
  requestId: 'request_id',
  name: 'name',
  nameKey: 'name_key',
  iin: 'iin',
  birthDate: 'birth_date',
  phone: 'phone',
  email: 'email',
  address: 'address',
  addressKey: 'address_key',
  accountId: 'account_id',
  representative: 'representative',
  authorizedBody: 'authorized_body',
  verification: 'verification',
  directNote: 'direct_note',
  notes: 'notes',
};
const SUBJECT_SELECT = Object.entries(SUBJECT_COLUMNS)
  .map(([k, c]) => `s.${c} AS ${k}`)
  .join(', ');

export function insertSubject(db: DB, s: SubjectRow): void {
  const keys = Object.keys(SUBJECT_COLUMNS) as Array<keyof SubjectRow>;
  db.prepare(
    `INSERT INTO request_subjects(${keys.map((k) => SUBJECT_COLUMNS[k]).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
  ).run(s);
}

export function updateSubject(
  db: DB,
  requestId: string,
  changes: Partial<Omit<SubjectRow, 'requestId'>>,
): void {
  const keys = Object.keys(changes).filter(
    (k) => (changes as Record<string, unknown>)[k] !== undefined,
  ) as Array<keyof SubjectRow>;
  if (keys.length === 0) return;
  db.prepare(
    `UPDATE request_subjects SET ${keys.map((k) => `${SUBJECT_COLUMNS[k]} = @${k}`).join(', ')} WHERE request_id = @requestId`,
  ).run({
    ...changes,
    requestId,
  });
}

export function getSubjectRow(db: DB, requestId: string): SubjectRow | undefined {
  return db
    .prepare(`SELECT ${SUBJECT_SELECT} FROM request_subjects s WHERE s.request_id = ?`)
    .get(requestId) as SubjectRow | undefined;
}

export function deleteSubject(db: DB, requestId: string): number {
  return db.prepare('DELETE FROM request_subjects WHERE request_id = ?').run(requestId).changes;
}
