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
  const canonical = JSON.stringify([e.id, e.at, e.actor, e.action, e.entityType, e.entityId, e.summary, e.prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function appendAudit(db: DB, input: AuditInput, now: Date): AuditEntry {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string }
    | undefined;
  const entry: Omit<AuditEntry, 'hash'> = {
    ...input,
    id: (last?.id ?? 0) + 1,
    at: now.toISOString(),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashEntry(entry);
  db.prepare(
    `INSERT INTO audit_log(id, at, actor, action, entity_type, entity_id, summary, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entityType, @entityId, @summary, @prevHash, @hash)`,
  ).run({ ...entry, hash });
  return { ...entry, hash };
}

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  headHash: string;
  firstBroken?: { id: number; reason: 'hash_mismatch' | 'chain_break' | 'gap' };
}

export function verifyAuditChain(db: DB): ChainVerdict {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity_type AS entityType, entity_id AS entityId, summary,
              prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditEntry>;
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let n = 0;
  for (const row of rows) {
    n++;
    if (row.id !== expectedId) return { ok: false, entries: n, headHash: prev, firstBroken: { id: row.id, reason: 'gap' } };
    if (row.prevHash !== prev) return { ok: false, entries: n, headHash: prev, firstBroken: { id: row.id, reason: 'chain_break' } };
    if (hashEntry(row) !== row.hash) return { ok: false, entries: n, headHash: prev, firstBroken: { id: row.id, reason: 'hash_mismatch' } };
    prev = row.hash;
    expectedId++;
  }
  return { ok: true, entries: n, headHash: prev };
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
  return db
    .prepare(
      `SELECT id, at, actor, action, entity_type AS entityType, entity_id AS entityId, summary,
              prev_hash AS prevHash, hash FROM audit_log
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as AuditEntry[];
}

export function listAuditFacets(db: DB): { actors: string[]; actions: string[]; entityTypes: string[] } {
  const col = (c: string) => (db.prepare(`SELECT DISTINCT ${c} AS v FROM audit_log ORDER BY v`).all() as { v: string }[]).map((r) => r.v);
  return { actors: col('actor'), actions: col('action'), entityTypes: col('entity_type') };
}
