// Counts read from the summary tables of migration 0010 (kept by triggers in the transaction of
// each change), and their full recount. A count costs the number of summary rows it sums (days x
// channels x statuses x parties at most), never the number of letters or requests.
import { COUNT_SPECS_0010, recountSql } from './migrations/0010_counts';
import { AWAITING_RECOUNT_0014 } from './migrations/0014_request_kind';
import type { DB, Server } from './server';

export interface RegisterCountFilter {
  /** First and last calendar day included (received_date / date). */
  from?: string;
  to?: string;
  /** channel (incoming) or method (outgoing). */
  channel?: string;
  status?: string;
  /** assigned_to (incoming) or signatory (outgoing); null: none. */
  party?: string | null;
}

/** Letters of a register matching the filter; with `cap`, like a count that stops past it. */
export function registerCount(
  db: DB,
  register: 'incoming' | 'outgoing',
  f: RegisterCountFilter | undefined,
  cap?: number,
): { count: number; exact: boolean } {
  const where = ['register = @register'];
  const params: Record<string, unknown> = { register };
  const term = (sql: string, key: string, value: unknown) => {
    if (value === undefined) return;
    where.push(sql);
    params[key] = value;
  };
  term('channel = @channel', 'channel', f?.channel);
  term('status = @status', 'status', f?.status);
  if (f?.party === null) where.push('party_null = 1');
  else term('party_null = 0 AND party = @party', 'party', f?.party);
  term('day >= @from', 'from', f?.from);
  term('day <= @to', 'to', f?.to);
  const n = (
    db
      .prepare(`SELECT coalesce(sum(n), 0) AS n FROM register_counts WHERE ${where.join(' AND ')}`)
      .get(params) as {
      n: number;
    }
  ).n;
  return cap !== undefined && n > cap ? { count: cap, exact: false } : { count: n, exact: true };
}

/** Requests matching state, type, officer and purge filters (the filters request_counts keeps). */
export function requestCountTotal(
  db: DB,
  f: { states?: string[]; types?: string[]; officer?: string; includePurged?: boolean },
): number {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.states?.length) {
    where.push('state IN (SELECT value FROM json_each(@states))');
    params.states = JSON.stringify(f.states);
  }
  if (f.types?.length) {
    where.push('type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(f.types);
  }
  if (f.officer !== undefined) {
    where.push('officer_null = 0 AND officer = @officer');
    params.officer = f.officer;
  }
  if (f.includePurged === false) where.push('purged = 0');
  const sql = `SELECT coalesce(sum(n), 0) AS n FROM request_counts ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
  return (db.prepare(sql).get(params) as { n: number }).n;
}

export interface RequestCountRow {
  state: string;
  type: string;
  officer: string | null;
  purged: number;
  warnings: string;
  n: number;
}

/** Request counts by state, type, officer, purged and deadline warnings, for the given states. */
export function requestCountRows(db: DB, states: readonly string[]): RequestCountRow[] {
  return db
    .prepare(
      `SELECT state, type, CASE WHEN officer_null THEN NULL ELSE officer END AS officer, purged, warnings, n
       FROM request_counts WHERE state IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(states)) as RequestCountRow[];
}

/** The letters awaiting a request: the first `limit` by receipt, and how many there are. */
export function awaitingLetterIds(db: DB, limit: number): { ids: number[]; total: number } {
  const ids = (
    db
      .prepare('SELECT letter_id AS id FROM letters_awaiting_request ORDER BY received_at, letter_id LIMIT ?')
      .all(limit) as { id: number }[]
  ).map((r) => r.id);
  const total = (db.prepare('SELECT count(*) AS n FROM letters_awaiting_request').get() as { n: number }).n;
  return { ids, total };
}

const SUMMARIES = ['register_counts', 'request_counts', 'letters_awaiting_request'] as const;
type Summary = (typeof SUMMARIES)[number];

function snapshot(db: DB, table: Summary): Map<string, number> {
  const rows = db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][];
  const n = table === 'letters_awaiting_request' ? () => 1 : (r: unknown[]) => Number(r[r.length - 1]);
  const key = table === 'letters_awaiting_request' ? (r: unknown[]) => r : (r: unknown[]) => r.slice(0, -1);
  return new Map(rows.map((r) => [JSON.stringify(key(r)), n(r)]));
}

function rebuild(db: DB): void {
  for (const t of SUMMARIES) db.exec(`DELETE FROM ${t}`);
  for (const s of COUNT_SPECS_0010) db.exec(recountSql(s));
  db.exec(AWAITING_RECOUNT_0014);
}

export interface CountDrift {
  table: Summary;
  key: string;
  kept: number;
  recounted: number;
}

/**
 * Recomputes every summary from the source tables and reports where the kept figures differed.
 * Inside a write transaction the rebuilt figures stay; `keep: false` rolls them back (a check).
 */
export function recountSummaries(db: DB, opts: { keep: boolean }): CountDrift[] {
  const before = new Map(SUMMARIES.map((t) => [t, snapshot(db, t)]));
  db.exec('SAVEPOINT recount');
  try {
    rebuild(db);
    const drift: CountDrift[] = [];
    for (const t of SUMMARIES) {
      const kept = before.get(t)!;
      const now = snapshot(db, t);
      for (const key of new Set([...kept.keys(), ...now.keys()])) {
        const a = kept.get(key) ?? 0;
        const b = now.get(key) ?? 0;
        if (a !== b) drift.push({ table: t, key, kept: a, recounted: b });
      }
    }
    db.exec(opts.keep ? 'RELEASE recount' : 'ROLLBACK TO recount; RELEASE recount');
    return drift;
  } catch (e) {
    db.exec('ROLLBACK TO recount; RELEASE recount');
    throw e;
  }
}

export interface RecountResult {
  /** Figures the triggers kept that the recount corrected (none on a healthy database). */
  drift: CountDrift[];
  rows: Record<Summary, number>;
}

/** `db recount`: rebuilds the summary tables from the registers and requests, audited. */
export function recountDatabase(server: Server, actor: string): RecountResult {
  return server.write(actor, (tx) => {
    const drift = recountSummaries(tx.db, { keep: true });
    const rows = Object.fromEntries(
      SUMMARIES.map((t) => [t, (tx.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    ) as Record<Summary, number>;
    tx.audit({
      action: 'db.recount',
      entityType: 'database',
      entityId: server.deskId,
      summary: `summary tables recounted: ${drift.length} figures corrected`,
    });
    return { drift, rows };
  });
}
