// SQL of subject requests (issue 5): requests (the tombstone part), request_subjects (the
// subject's personal data, one row per request, wiped by a purge), letters linked, history,
// decisions and actions. Writes are called inside Server.write by electron/requests, so each
// commits with its audit entry and outbox events.
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

// ---------------------------------------------------------------------------------------------
// Letters linked.

export interface LetterLinkRow {
  requestId: string;
  letterId: number;
  incomingNo: string;
  receivedAt: string;
  linkedAt: string;
  linkedBy: string;
}

export function insertLetterLink(db: DB, l: LetterLinkRow): void {
  db.prepare(
    `INSERT INTO request_letters(request_id, letter_id, incoming_no, received_at, linked_at, linked_by)
     VALUES (@requestId, @letterId, @incomingNo, @receivedAt, @linkedAt, @linkedBy)`,
  ).run(l);
}

export function listLetterLinks(db: DB, requestId: string): LetterLinkRow[] {
  return db
    .prepare(
      `SELECT request_id AS requestId, letter_id AS letterId, incoming_no AS incomingNo, received_at AS receivedAt,
              linked_at AS linkedAt, linked_by AS linkedBy
       FROM request_letters WHERE request_id = ? ORDER BY received_at, letter_id`,
    )
    .all(requestId) as LetterLinkRow[];
}

/** The requests a letter is linked to. */
export function requestsOfLetter(db: DB, letterId: number): string[] {
  return (
    db
      .prepare('SELECT request_id AS id FROM request_letters WHERE letter_id = ? ORDER BY request_id')
      .all(letterId) as { id: string }[]
  ).map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// History.

export interface HistoryRow {
  id: number;
  requestId: string;
  at: string;
  actor: string;
  event: string;
  fromState: string | null;
  toState: string | null;
  reasonCode: string | null;
  note: string | null;
}

export function insertHistory(db: DB, h: Omit<HistoryRow, 'id'>): void {
  db.prepare(
    `INSERT INTO request_history(request_id, at, actor, event, from_state, to_state, reason_code, note)
     VALUES (@requestId, @at, @actor, @event, @fromState, @toState, @reasonCode, @note)`,
  ).run(h);
}

export function listHistory(db: DB, requestId: string): HistoryRow[] {
  return db
    .prepare(
      `SELECT id, request_id AS requestId, at, actor, event, from_state AS fromState, to_state AS toState,
              reason_code AS reasonCode, note
       FROM request_history WHERE request_id = ? ORDER BY id`,
    )
    .all(requestId) as HistoryRow[];
}

// ---------------------------------------------------------------------------------------------
// Decisions.

export interface DecisionRow {
  id: number;
  requestId: string;
  type: string;
  outcome: string;
  refusalGround: string | null;
  legalBasis: string;
  erasure: number;
  details: string | null;
  reasons: string | null;
  warnings: string;
  decidedAt: string;
  decidedBy: string;
}

export function insertDecision(db: DB, d: Omit<DecisionRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO request_decisions(request_id, type, outcome, refusal_ground, legal_basis, erasure, details, reasons, warnings, decided_at, decided_by)
         VALUES (@requestId, @type, @outcome, @refusalGround, @legalBasis, @erasure, @details, @reasons, @warnings, @decidedAt, @decidedBy)`,
      )
      .run(d).lastInsertRowid,
  );
}

export function listDecisions(db: DB, requestId: string): DecisionRow[] {
  return db
    .prepare(
      `SELECT id, request_id AS requestId, type, outcome, refusal_ground AS refusalGround, legal_basis AS legalBasis,
              erasure, details, reasons, warnings, decided_at AS decidedAt, decided_by AS decidedBy
       FROM request_decisions WHERE request_id = ? ORDER BY id`,
    )
    .all(requestId) as DecisionRow[];
}

// ---------------------------------------------------------------------------------------------
// Actions and their status.

export interface ActionRow {
  id: string;
  requestId: string;
  decisionId: number;
  action: string;
  eventId: string;
  createdAt: string;
  /** The outbox row's state; null if the row is gone. */
  outboxState: 'pending' | 'delivered' | 'rejected' | null;
  attempts: number | null;
  deliveredAt: string | null;
  rejectReason: string | null;
}

export function insertAction(
  db: DB,
  a: {
    id: string;
    requestId: string;
    decisionId: number;
    action: string;
    eventId: string;
    createdAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO request_actions(id, request_id, decision_id, action, event_id, created_at)
     VALUES (@id, @requestId, @decisionId, @action, @eventId, @createdAt)`,
  ).run(a);
}

const ACTION_SELECT = `SELECT a.id, a.request_id AS requestId, a.decision_id AS decisionId, a.action, a.event_id AS eventId,
    a.created_at AS createdAt, o.state AS outboxState, o.attempts, o.delivered_at AS deliveredAt, o.reject_reason AS rejectReason
  FROM request_actions a LEFT JOIN outbox o ON o.event_id = a.event_id`;

export function listActions(db: DB, requestId: string): ActionRow[] {
  return db
    .prepare(`${ACTION_SELECT} WHERE a.request_id = ? ORDER BY a.created_at, a.rowid`)
    .all(requestId) as ActionRow[];
}

export interface ActionResultRow {
  actionId: string;
  status: string;
  executedAt: string;
  note: string | null;
  receivedAt: string;
}

function hasTable(db: DB, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

/**
 * Results central reported for the actions of a request (sync_results, filled by electron/sync).
 * Seam: a database without the sync tables has no results yet.
 */
export function listActionResults(db: DB, requestId: string): ActionResultRow[] {
  if (!hasTable(db, 'sync_results')) return [];
  return db
    .prepare(
      `SELECT s.action_id AS actionId, s.status, s.executed_at AS executedAt, s.note, s.received_at AS receivedAt
       FROM sync_results s JOIN request_actions a ON a.id = s.action_id
       WHERE a.request_id = ? ORDER BY s.executed_at, s.result_id`,
    )
    .all(requestId) as ActionResultRow[];
}

/** Action counts by derived status for many requests at once (lists). */
export function actionStatusCounts(
  db: DB,
  requestIds: readonly string[],
): Map<string, Array<{ action: string; outboxState: string | null; result: string | null }>> {
  const out = new Map<string, Array<{ action: string; outboxState: string | null; result: string | null }>>();
  if (requestIds.length === 0) return out;
  const results = hasTable(db, 'sync_results');
  const placeholders = requestIds.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT a.request_id AS requestId, a.action, o.state AS outboxState,
              ${results ? '(SELECT s.status FROM sync_results s WHERE s.action_id = a.id ORDER BY s.executed_at DESC, s.result_id DESC LIMIT 1)' : 'NULL'} AS result
       FROM request_actions a LEFT JOIN outbox o ON o.event_id = a.event_id
       WHERE a.request_id IN (${placeholders})`,
    )
    .all(...requestIds) as Array<{
    requestId: string;
    action: string;
    outboxState: string | null;
    result: string | null;
  }>;
  for (const r of rows) {
    const list = out.get(r.requestId) ?? [];
    list.push({ action: r.action, outboxState: r.outboxState, result: r.result });
    out.set(r.requestId, list);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Duplicates.

/** Open requests (not closed, not cancelled) of a type for the same IIN, or the same name and address. */
export function findOpenDuplicates(
  db: DB,
  q: { type: string; iin: string | null; nameKey: string; addressKey: string | null; excludeId?: string },
): Array<{ id: string; match: 'iin' | 'name_address' }> {
  const found = new Map<string, 'iin' | 'name_address'>();
  const open = "r.state NOT IN ('closed', 'cancelled') AND r.type = @type AND r.id <> @excludeId";
  const params = {
    type: q.type,
    excludeId: q.excludeId ?? '',
    iin: q.iin,
    nameKey: q.nameKey,
    addressKey: q.addressKey,
  };
  if (q.iin) {
    for (const r of db
      .prepare(
        `SELECT r.id FROM request_subjects s JOIN requests r ON r.id = s.request_id WHERE s.iin = @iin AND ${open} ORDER BY r.id`,
      )
      .all(params) as { id: string }[])
      found.set(r.id, 'iin');
  }
  if (q.addressKey) {
    for (const r of db
      .prepare(
        `SELECT r.id FROM request_subjects s JOIN requests r ON r.id = s.request_id
         WHERE s.name_key = @nameKey AND s.address_key = @addressKey AND ${open} ORDER BY r.id`,
      )
      .all(params) as { id: string }[])
      if (!found.has(r.id)) found.set(r.id, 'name_address');
  }
  return [...found].map(([id, match]) => ({ id, match }));
}

// ---------------------------------------------------------------------------------------------
// Lists.

export interface RequestListFilter {
  states?: string[];
  types?: string[];
  running?: boolean;
  officer?: string;
  dueBefore?: string;
  dueFrom?: string;
  receivedFrom?: string;
  receivedTo?: string;
  /** Exact request number, Вх. № or IIN, or the start of the subject's name key. */
  search?: { text: string; nameKey: string };
  includePurged?: boolean;
}

const RUNNING = "('new', 'verifying', 'in_progress', 'decided', 'paused')";

function whereOf(f: RequestListFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.states?.length) {
    where.push(`r.state IN (${f.states.map((_, i) => `@st${i}`).join(', ')})`);
    f.states.forEach((s, i) => (params[`st${i}`] = s));
  }
  if (f.types?.length) {
    where.push(`r.type IN (${f.types.map((_, i) => `@ty${i}`).join(', ')})`);
    f.types.forEach((s, i) => (params[`ty${i}`] = s));
  }
  if (f.running) where.push(`r.state IN ${RUNNING}`);
  if (f.officer !== undefined) {
    where.push('r.officer = @officer');
    params.officer = f.officer;
  }
  if (f.dueBefore) {
    where.push('r.due_on <= @dueBefore');
    params.dueBefore = f.dueBefore;
  }
  if (f.dueFrom) {
    where.push('r.due_on >= @dueFrom');
    params.dueFrom = f.dueFrom;
  }
  if (f.receivedFrom) {
    where.push('r.received_on >= @receivedFrom');
    params.receivedFrom = f.receivedFrom;
  }
  if (f.receivedTo) {
    where.push('r.received_on <= @receivedTo');
    params.receivedTo = f.receivedTo;
  }
  if (f.includePurged === false) where.push('r.purged_at IS NULL');
  if (f.search) {
    where.push(`(upper(r.id) = upper(@sText)
      OR r.id IN (SELECT request_id FROM request_letters WHERE incoming_no IN (@sText, @sUpper))
      OR r.id IN (SELECT request_id FROM request_subjects WHERE iin = @sText OR (name_key >= @sKey AND name_key < @sKeyEnd)))`);
    params.sText = f.search.text;
    params.sUpper = f.search.text.toUpperCase();
    params.sKey = f.search.nameKey;
    params.sKeyEnd = f.search.nameKey + '\uffff';
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const SORTS = {
  due: 'r.due_on {dir}, r.id {dir}',
  received: 'r.received_at {dir}, r.id {dir}',
  id: 'r.year {dir}, r.seq {dir}',
  updated: 'r.updated_at {dir}, r.id {dir}',
} as const;

export function listRequestRows(
  db: DB,
  f: RequestListFilter,
  page: { sort: keyof typeof SORTS; order: 'asc' | 'desc'; limit: number; offset: number },
): { rows: RequestRow[]; total: number } {
  const { sql, params } = whereOf(f);
  const order = SORTS[page.sort].replaceAll('{dir}', page.order === 'desc' ? 'DESC' : 'ASC');
  const rows = db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: page.limit, offset: page.offset }) as RequestRow[];
  const total = (db.prepare(`SELECT count(*) AS n FROM requests r ${sql}`).get(params) as { n: number }).n;
  return { rows, total };
}

/** Names and masked IINs for a page of requests (one query). */
export function subjectsOf(
  db: DB,
  ids: readonly string[],
): Map<string, { name: string; iin: string | null; accountId: string | null }> {
  const out = new Map<string, { name: string; iin: string | null; accountId: string | null }>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT request_id AS id, name, iin, account_id AS accountId FROM request_subjects WHERE request_id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as Array<{ id: string; name: string; iin: string | null; accountId: string | null }>;
  for (const r of rows) out.set(r.id, { name: r.name, iin: r.iin, accountId: r.accountId });
  return out;
}

export function letterNumbersOf(db: DB, ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT request_id AS id, incoming_no AS no FROM request_letters WHERE request_id IN (${ids.map(() => '?').join(', ')})
       ORDER BY received_at, letter_id`,
    )
    .all(...ids) as Array<{ id: string; no: string }>;
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.no]);
  return out;
}

/** Requests whose deadline is still running (for dashboards and recomputation). */
export function runningRequestRows(db: DB): RequestRow[] {
  return db
    .prepare(`SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.state IN ${RUNNING} ORDER BY r.due_on, r.id`)
    .all() as RequestRow[];
}

/** Requests not closed or cancelled (their due dates follow calendar and rule changes). */
export function unfinishedRequestRows(db: DB): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.state NOT IN ('closed', 'cancelled') ORDER BY r.id`,
    )
    .all() as RequestRow[];
}

/** Requests received in a period (reports). */
export function requestRowsReceived(db: DB, from: string, to: string): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r WHERE r.received_on >= ? AND r.received_on <= ? ORDER BY r.received_on, r.id`,
    )
    .all(from, to) as RequestRow[];
}

// ---------------------------------------------------------------------------------------------
// Purges.

/** Closed requests with erasure whose retention ended (closed_at <= cutoff), not yet purged. */
export function purgeCandidates(db: DB, cutoffIso: string): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r
       WHERE r.erasure = 1 AND r.purged_at IS NULL AND r.state = 'closed' AND r.closed_at <= ? ORDER BY r.closed_at, r.id`,
    )
    .all(cutoffIso) as RequestRow[];
}

export function insertPurgeRun(db: DB, runAt: string, actor: string, report: unknown): number {
  return Number(
    db
      .prepare('INSERT INTO request_purges(run_at, actor, report) VALUES (?, ?, ?)')
      .run(runAt, actor, JSON.stringify(report)).lastInsertRowid,
  );
}

export function updatePurgeReport(db: DB, id: number, report: unknown): void {
  db.prepare('UPDATE request_purges SET report = ? WHERE id = ?').run(JSON.stringify(report), id);
}

export function listPurgeRuns(
  db: DB,
  limit: number,
): Array<{ id: number; runAt: string; actor: string; report: string }> {
  return db
    .prepare('SELECT id, run_at AS runAt, actor, report FROM request_purges ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{
    id: number;
    runAt: string;
    actor: string;
    report: string;
  }>;
}

/** Actions central rejected (event) or reported failed / subject not found (latest result). */
export function countFailedActions(db: DB): number {
  const results = hasTable(db, 'sync_results');
  const latest = results
    ? `(SELECT s.status FROM sync_results s WHERE s.action_id = a.id ORDER BY s.executed_at DESC, s.result_id DESC LIMIT 1)`
    : 'NULL';
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT o.state AS st, ${latest} AS res FROM request_actions a LEFT JOIN outbox o ON o.event_id = a.event_id)
         WHERE res IN ('failed', 'not_found') OR (res IS NULL AND st = 'rejected')`,
      )
      .get() as { n: number }
  ).n;
}

// ---------------------------------------------------------------------------------------------
// Purge helpers: everything below removes personal data, leaving numbers, codes and dates.

/** Other requests still holding data for the same IIN, or the same name and address. */
export function sameSubjectRequests(db: DB, requestId: string): string[] {
  const s = getSubjectRow(db, requestId);
  if (!s) return [];
  return (
    db
      .prepare(
        `SELECT request_id AS id FROM request_subjects
         WHERE request_id <> @id AND ((@iin IS NOT NULL AND iin = @iin) OR (name_key = @nameKey AND address_key IS NOT NULL AND address_key = @addressKey))
         ORDER BY request_id`,
      )
      .all({ id: requestId, iin: s.iin, nameKey: s.nameKey, addressKey: s.addressKey }) as { id: string }[]
  ).map((r) => r.id);
}

export function wipeDecisionTexts(db: DB, requestId: string): number {
  return db
    .prepare(
      'UPDATE request_decisions SET details = NULL, reasons = NULL WHERE request_id = ? AND (details IS NOT NULL OR reasons IS NOT NULL)',
    )
    .run(requestId).changes;
}

export function wipeHistoryNotes(db: DB, requestId: string): number {
  return db
    .prepare('UPDATE request_history SET note = NULL WHERE request_id = ? AND note IS NOT NULL')
    .run(requestId).changes;
}

/** The outbox events of a request that central has not accepted yet (pending or rejected). */
export function undeliveredEvents(
  db: DB,
  requestId: string,
): Array<{ seq: number; eventType: string; state: string }> {
  return db
    .prepare(
      `SELECT seq, event_type AS eventType, state FROM outbox
       WHERE record_type = 'request' AND record_id = ? AND state <> 'delivered' ORDER BY seq`,
    )
    .all(requestId) as Array<{ seq: number; eventType: string; state: string }>;
}

/** Reply letters generated for the request (letters feature, migration 0005): their outgoing ids. */
export function generatedLetterOutgoingIds(db: DB, requestId: string): number[] {
  if (!hasTable(db, 'letters')) return [];
  return (
    db.prepare('SELECT outgoing_id AS id FROM letters WHERE request_id = ?').all(requestId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** Moves the whole WAL into the database file and truncates it (so purged data leaves every file). */
export function checkpointTruncate(db: DB): { busy: number; log: number; checkpointed: number } {
  const r = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{
    busy: number;
    log: number;
    checkpointed: number;
  }>;
  return r[0] ?? { busy: 0, log: 0, checkpointed: 0 };
}
