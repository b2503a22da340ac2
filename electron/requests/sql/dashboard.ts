// The dashboard's date-relative buckets cannot be kept in a summary table (they move with the
// day), so they come from the (state, due_on, officer) index over running requests only: counts
// grouped by due date and officer without reading a row (migration 0015), then one page of rows
// per bucket (the running figures come from request_counts, sql/counts.ts).
import { RUNNING_STATES } from '../../../common/requests/vocab';
import type { DB } from '../../sql/server';
import { REQUEST_SELECT, type RequestRow } from './requests';

/** Running requests due on or before a date, counted per due date and officer (index-only). */
export function runningDueCounts(
  db: DB,
  due: string,
): Array<{ due: string; officer: string | null; n: number }> {
  return db
    .prepare(
      `SELECT r.due_on AS due, r.officer, count(*) AS n FROM requests r
       WHERE r.state IN (SELECT value FROM json_each(?)) AND r.due_on <= ? GROUP BY r.due_on, r.officer`,
    )
    .all(JSON.stringify(RUNNING_STATES), due) as Array<{ due: string; officer: string | null; n: number }>;
}

/** The first `limit` running requests due on one of the dates, by due date. */
export function runningRequestRowsDueOn(db: DB, dates: readonly string[], limit: number): RequestRow[] {
  if (dates.length === 0) return [];
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r
       WHERE r.state IN (SELECT value FROM json_each(?)) AND r.due_on IN (SELECT value FROM json_each(?))
       ORDER BY r.due_on, r.id LIMIT ?`,
    )
    .all(JSON.stringify(RUNNING_STATES), JSON.stringify(dates), limit) as RequestRow[];
}
