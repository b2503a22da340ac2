// Bulk loading of the incoming register: the per-row triggers that keep the search index, the
// register counts and the letters awaiting a request are set aside inside the loading
// transaction, and the same work is done once for all the new rows at its end (one FTS insert,
// one grouped count, one awaiting insert), then the triggers are put back from their own SQL.
// All of it happens in one transaction, so a failed or killed load leaves the schema and the
// derived tables exactly as they were. The row-level SQL comes from the live schema (the
// triggers' text) and from migrations 0010 and 0014, so it cannot drift from what the triggers do.
// Only the fold of the index text is computed differently: the trigger's chain of 30 replace()
// per column was over a third of the index's cost, and one JS function gives the same text.
import type { DB } from '../sql/server';
import { foldLikeSql, sqlFold } from '../../common/mailroom/search-fold';
import { COUNT_SPECS_0010 } from '../sql/migrations/0010_counts';
import { AWAITING_RECOUNT_0014 } from '../sql/migrations/0014_request_kind';

const FTS_TRIGGER = 'incoming_fts_insert';
const COUNT_TRIGGER = 'incoming_counts_insert';
const AWAITING_TRIGGER = 'incoming_awaiting_insert';

const FOLD_FN = 'pd_fold_like_sql';
/** sqlFold's chain of replace() as the text before and after the expression it folds. */
const [FOLD_HEAD, FOLD_TAIL] = sqlFold('\u0000').split('\u0000') as [string, string];
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FOLD_CHAIN = new RegExp(`${escapeRe(FOLD_HEAD)}([\\s\\S]*?)${escapeRe(FOLD_TAIL)}`, 'g');

/** Each sqlFold chain in `sql` as one call of FOLD_FN, which computes the same (foldLikeSql). */
export function withFoldFunction(db: DB, sql: string): string {
  db.function(FOLD_FN, { deterministic: true }, (v: unknown) => (v === null ? null : foldLikeSql(String(v))));
  return sql.replace(FOLD_CHAIN, (_, inner: string) => `${FOLD_FN}(${inner})`);
}

/** The FTS trigger's INSERT turned into an INSERT … SELECT over rows past an id, if it has the known shape. */
function ftsBulkSql(triggerSql: string): string | null {
  const m =
    /\bBEGIN\s+INSERT INTO (\w+)\s*\(([^)]*)\)\s*VALUES\s*\(\s*new\.id\s*,([\s\S]*)\);\s*END\s*$/i.exec(
      triggerSql,
    );
  if (!m) return null;
  const [, table, columns, values] = m;
  return `INSERT INTO ${table}(${columns}) SELECT id, ${values!.replaceAll('new.', '')}
    FROM incoming_letters WHERE id > @after`;
}

function countsBulkSql(): string | null {
  const spec = COUNT_SPECS_0010.find((s) => s.prefix === 'incoming_counts');
  if (!spec) return null;
  const cols = spec.dims.map((d) => d.column).join(', ');
  const exprs = spec.dims.map((d) => d.expr.replaceAll('{row}', '')).join(', ');
  return `INSERT INTO ${spec.summary}(${cols}, n) SELECT ${exprs}, count(*) FROM incoming_letters
    WHERE id > @after GROUP BY ${exprs} ON CONFLICT DO UPDATE SET n = n + excluded.n`;
}

/** The bulk statement standing in for each trigger that can be deferred. */
function deferrable(db: DB): Array<{ name: string; sql: string; bulk: string }> {
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'incoming_letters'`)
    .all() as Array<{ name: string; sql: string }>;
  const bulkOf: Record<string, (sql: string) => string | null> = {
    [FTS_TRIGGER]: (sql) => {
      const bulk = ftsBulkSql(sql);
      return bulk && withFoldFunction(db, bulk);
    },
    [COUNT_TRIGGER]: countsBulkSql,
    [AWAITING_TRIGGER]: () => `${AWAITING_RECOUNT_0014} AND l.id > @after`,
  };
  return triggers.flatMap((t) => {
    const bulk = bulkOf[t.name]?.(t.sql);
    return bulk ? [{ name: t.name, sql: t.sql, bulk }] : [];
  });
}

/**
 * Runs `load` (which inserts incoming letters with ids above the current maximum) with the
 * deferrable triggers dropped, then fills what they would have, and restores them. Must run
 * inside a write transaction: the drop, the rows and the restore commit together or not at all.
 */
export function withDeferredTriggers<T>(db: DB, load: () => T): T {
  const after = (
    db.prepare('SELECT coalesce(max(id), 0) AS id FROM incoming_letters').get() as { id: number }
  ).id;
  const deferred = deferrable(db);
  for (const t of deferred) db.exec(`DROP TRIGGER ${t.name}`);
  const result = load();
  for (const t of deferred) {
    db.prepare(t.bulk).run({ after });
    db.exec(t.sql);
  }
  return result;
}
