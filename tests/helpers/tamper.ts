// What a key holder can do to the audit log with SQL alone: lift the append-only triggers,
// change rows, recompute every hash after the change so the chain links again, and put the
// triggers back exactly as they were (so the schema looks untouched).
import { hashEntry, type AuditEntry } from '../../electron/sql/audit';
import type { DB } from '../../electron/sql/server';

/** Runs fn with the triggers on `table` dropped, then recreates them from their own DDL. */
export function withoutTriggers(db: DB, table: string, fn: () => void): void {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?")
    .all(table) as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  try {
    fn();
  } finally {
    for (const t of triggers) db.exec(t.sql);
  }
}

function rows(db: DB): AuditEntry[] {
  return db
    .prepare(
      `SELECT id, at, actor, action, entity_type AS entityType, entity_id AS entityId, summary, prev_hash AS prevHash, hash
       FROM audit_log ORDER BY id`,
    )
    .all() as AuditEntry[];
}

/** Rewrites the whole log from `entries` (ids, links and hashes recomputed): a perfect forgery. */
export function rewriteLog(db: DB, edit: (entries: AuditEntry[]) => AuditEntry[]): void {
  withoutTriggers(db, 'audit_log', () => {
    const next = edit(rows(db));
    db.prepare('DELETE FROM audit_log').run();
    const ins = db.prepare(
      `INSERT INTO audit_log(id, at, actor, action, entity_type, entity_id, summary, prev_hash, hash)
       VALUES (@id, @at, @actor, @action, @entityType, @entityId, @summary, @prevHash, @hash)`,
    );
    let prev = '0'.repeat(64);
    next.forEach((e, i) => {
      const entry = { ...e, id: i + 1, prevHash: prev };
      const hash = hashEntry(entry);
      ins.run({ ...entry, hash });
      prev = hash;
    });
  });
}

/** Changes rows in place without touching the hashes (the naive edit). */
export function editInPlace(db: DB, sql: string, ...params: unknown[]): void {
  withoutTriggers(db, 'audit_log', () => db.prepare(sql).run(...params));
}
