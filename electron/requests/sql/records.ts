// SQL of what happens to a subject request: the letters linked, its history, the decisions and
// the actions they sent to central (with the outbox state and central's results beside them).
import type { DB } from '../../sql/server';

/** The rows a query keyed by one request's id returns (its only parameter). */
function rowsOf<T>(db: DB, sql: string, requestId: string): T[] {
  return db.prepare(sql).all(requestId) as T[];
}

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
  return rowsOf<LetterLinkRow>(
    db,
    `SELECT request_id AS requestId, letter_id AS letterId, incoming_no AS incomingNo, received_at AS receivedAt,
            linked_at AS linkedAt, linked_by AS linkedBy
     FROM request_letters WHERE request_id = ? ORDER BY received_at, letter_id`,
    requestId,
  );
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
  return rowsOf<HistoryRow>(
    db,
    `SELECT id, request_id AS requestId, at, actor, event, from_state AS fromState, to_state AS toState,
            reason_code AS reasonCode, note
     FROM request_history WHERE request_id = ? ORDER BY id`,
    requestId,
  );
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
  return rowsOf<DecisionRow>(
    db,
    `SELECT id, request_id AS requestId, type, outcome, refusal_ground AS refusalGround, legal_basis AS legalBasis,
            erasure, details, reasons, warnings, decided_at AS decidedAt, decided_by AS decidedBy
     FROM request_decisions WHERE request_id = ? ORDER BY id`,
    requestId,
  );
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
  a: Pick<ActionRow, 'id' | 'requestId' | 'decisionId' | 'action' | 'eventId' | 'createdAt'>,
): void {
  db.prepare(
    `INSERT INTO request_actions(id, request_id, decision_id, action, event_id, created_at)
     VALUES (@id, @requestId, @decisionId, @action, @eventId, @createdAt)`,
  ).run(a);
}

/** The latest result central reported for action a (sync_results, filled by electron/sync). */
const LATEST_RESULT = `(SELECT s.status FROM sync_results s WHERE s.action_id = a.id ORDER BY s.executed_at DESC, s.result_id DESC LIMIT 1)`;

const ACTION_SELECT = `SELECT a.id, a.request_id AS requestId, a.decision_id AS decisionId, a.action, a.event_id AS eventId,
    a.created_at AS createdAt, o.state AS outboxState, o.attempts, o.delivered_at AS deliveredAt, o.reject_reason AS rejectReason
  FROM request_actions a LEFT JOIN outbox o ON o.event_id = a.event_id`;

export function listActions(db: DB, requestId: string): ActionRow[] {
  return rowsOf<ActionRow>(
    db,
    `${ACTION_SELECT} WHERE a.request_id = ? ORDER BY a.created_at, a.rowid`,
    requestId,
  );
}

export interface ActionResultRow {
  actionId: string;
  status: string;
  executedAt: string;
  note: string | null;
  receivedAt: string;
}

/** Results central reported for the actions of a request (sync_results, filled by electron/sync). */
export function listActionResults(db: DB, requestId: string): ActionResultRow[] {
  return rowsOf<ActionResultRow>(
    db,
    `SELECT s.action_id AS actionId, s.status, s.executed_at AS executedAt, s.note, s.received_at AS receivedAt
     FROM sync_results s JOIN request_actions a ON a.id = s.action_id
     WHERE a.request_id = ? ORDER BY s.executed_at, s.result_id`,
    requestId,
  );
}

/** Action counts by derived status for many requests at once (lists). */
export function actionStatusCounts(
  db: DB,
  requestIds: readonly string[],
): Map<string, Array<{ action: string; outboxState: string | null; result: string | null }>> {
  const out = new Map<string, Array<{ action: string; outboxState: string | null; result: string | null }>>();
  if (requestIds.length === 0) return out;
  const placeholders = requestIds.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT a.request_id AS requestId, a.action, o.state AS outboxState,
              ${LATEST_RESULT} AS result
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

/** Actions central rejected (event) or reported failed / subject not found (latest result). */
export function countFailedActions(db: DB): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT o.state AS st, ${LATEST_RESULT} AS res FROM request_actions a LEFT JOIN outbox o ON o.event_id = a.event_id)
         WHERE res IN ('failed', 'not_found') OR (res IS NULL AND st = 'rejected')`,
      )
      .get() as { n: number }
  ).n;
}
