// The audit chain: each entry's SHA-256 covers its fields and the previous entry's hash, so an
// edit, insertion or removal inside the chain is found at the first entry that no longer fits.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

type DB = Database.Database;

export interface AuditInput {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** Never personal data: numbers, types and states only. */
  summary: string;
}

export interface AuditEntry extends AuditInput {
  id: number;
  at: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function hashEntry(e: Omit<AuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    e.id,
    e.at,
    e.actor,
    e.action,
    e.entityType,
    e.entityId,
    e.summary,
    e.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Opens Server.write's audited transaction: the marker the guard triggers look for. */
export function openAuditedTx(db: DB): void {
  db.prepare(
    'INSERT INTO audit_tx(id, start_id) VALUES (1, coalesce((SELECT max(id) FROM audit_log), 0))',
  ).run();
}

/** Closes it; the table's trigger refuses unless an entry was appended since it opened. */
export function closeAuditedTx(db: DB): void {
  db.prepare('DELETE FROM audit_tx').run();
}

export function appendAudit(db: DB, input: AuditInput, now: Date): AuditEntry {
  const last = db.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string; at: string } | undefined;
  // Time never runs backwards within the chain (a clock set back is clamped to the last entry),
  // so a backdated entry is a finding of its own.
  const at = now.toISOString();
  const entry: Omit<AuditEntry, 'hash'> = {
    ...input,
    id: (last?.id ?? 0) + 1,
    at: last && last.at > at ? last.at : at,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashEntry(entry);
  db.prepare(
    `INSERT INTO audit_log(id, at, actor, action, entity_type, entity_id, summary, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entityType, @entityId, @summary, @prevHash, @hash)`,
  ).run({ ...entry, hash });
  return { ...entry, hash };
}

/** What `db verify` can find about the audit log (each code is a distinct kind of tampering). */
export type AuditFindingCode =
  | 'chain_gap'
  | 'chain_break'
  | 'hash_mismatch'
  | 'time_backwards'
  | 'anchor_truncated'
  | 'anchor_rewritten'
  | 'anchor_conflict'
  | 'anchor_receipt_invalid'
  | 'backup_truncated'
  | 'backup_rewritten'
  | 'trigger_missing'
  | 'trigger_altered'
  | 'trigger_unexpected'
  | 'schema_missing'
  | 'schema_altered'
  | 'schema_unexpected'
  | 'audit_tx_left_open'
  | 'unanchored_tail'
  | 'never_anchored';

export interface AuditFinding {
  code: AuditFindingCode;
  /** Warnings say what cannot be proven yet; errors are tampering or damage. */
  severity: 'error' | 'warning';
  seq?: number;
  name?: string;
  detail?: string;
}

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  headHash: string;
  head: { seq: number; hash: string; at: string | null };
  firstBroken?: { id: number; reason: 'hash_mismatch' | 'chain_break' | 'gap' | 'time_backwards' };
  findings: AuditFinding[];
}

/**
 * Walks the whole chain: ids 1..n without gaps, each prev_hash the previous hash, each hash the
 * hash of its fields, and time never going back. Reports the first entry of each kind of break.
 */
export function verifyAuditChain(db: DB): ChainVerdict {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity_type AS entityType, entity_id AS entityId, summary,
              prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditEntry>;
  const findings: AuditFinding[] = [];
  const found = new Set<string>();
  const report = (code: AuditFindingCode, seq: number, detail: string) => {
    if (found.has(code)) return;
    found.add(code);
    findings.push({ code, severity: 'error', seq, detail });
  };
  let prev = GENESIS_HASH;
  let prevAt = '';
  let lastId = 0;
  let n = 0;
  for (const row of rows) {
    n++;
    if (row.id !== lastId + 1) report('chain_gap', row.id, `expected entry ${lastId + 1}, found ${row.id}`);
    if (row.prevHash !== prev) report('chain_break', row.id, "prev_hash is not the previous entry's hash");
    if (hashEntry(row) !== row.hash) report('hash_mismatch', row.id, 'the entry does not match its hash');
    if (row.at < prevAt)
      report('time_backwards', row.id, `at ${row.at} is before the previous entry's ${prevAt}`);
    prev = row.hash;
    prevAt = row.at > prevAt ? row.at : prevAt;
    lastId = row.id;
  }
  const reasons: Record<string, NonNullable<ChainVerdict['firstBroken']>['reason']> = {
    chain_gap: 'gap',
    chain_break: 'chain_break',
    hash_mismatch: 'hash_mismatch',
    time_backwards: 'time_backwards',
  };
  const first = [...findings].sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0))[0];
  return {
    ok: findings.length === 0,
    entries: n,
    headHash: prev,
    head: { seq: lastId, hash: prev, at: prevAt || null },
    ...(first ? { firstBroken: { id: first.seq!, reason: reasons[first.code]! } } : {}),
    findings,
  };
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export function listAudit(db: DB, q: AuditQuery): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [col, key] of [
    ['actor', 'actor'],
    ['action', 'action'],
    ['entity_type', 'entityType'],
    ['entity_id', 'entityId'],
  ] as const) {
    if (q[key] !== undefined) {
      where.push(`${col} = @${key}`);
      params[key] = q[key];
    }
  }
  if (q.from) {
    where.push('at >= @from');
    params.from = q.from;
  }
  if (q.to) {
    where.push('at < @to');
    params.to = q.to;
  }
  params.limit = q.limit ?? 200;
  params.offset = q.offset ?? 0;
  // One actor's page walks audit_log_actor (actor, at) backwards: the same order, since the
  // chain never goes back in time, without sorting all of that actor's entries by id.
  const byActor = q.actor !== undefined && q.action === undefined && q.entityType === undefined;
  return db
    .prepare(
      `SELECT id, at, actor, action, entity_type AS entityType, entity_id AS entityId, summary,
              prev_hash AS prevHash, hash FROM audit_log
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${byActor ? 'at DESC, ' : ''}id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as AuditEntry[];
}

export function listAuditFacets(db: DB): { actors: string[]; actions: string[]; entityTypes: string[] } {
  // Each column leads an index (actor, action, entity_type): the distinct values are found by
  // skipping from one to the next in it, a seek per value, where DISTINCT would read every entry.
  const col = (c: string) =>
    db
      .prepare(
        `WITH RECURSIVE v(x) AS (
           SELECT min(${c}) FROM audit_log
           UNION ALL SELECT (SELECT min(${c}) FROM audit_log WHERE ${c} > v.x) FROM v WHERE v.x IS NOT NULL)
         SELECT x FROM v WHERE x IS NOT NULL`,
      )
      .pluck()
      .all() as string[];
  return { actors: col('actor'), actions: col('action'), entityTypes: col('entity_type') };
}
