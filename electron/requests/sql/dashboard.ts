// The dashboard's date-relative buckets cannot be kept in a summary table, so they come from the
// (state, due_on) index over running requests only: the cost follows the requests due by the next
// working day, not all requests (the running figures come from request_counts, sql/counts.ts).
import { RUNNING_STATES } from '../../../common/requests/vocab';
import type { DB } from '../../sql/server';
import { REQUEST_SELECT, type RequestRow } from './requests';

/** Running requests due on or before a date (overdue, due today, due next working day), by due date. */
export function runningRequestRowsDueBy(db: DB, due: string): RequestRow[] {
  return db
    .prepare(
      `SELECT ${REQUEST_SELECT()} FROM requests r
       WHERE r.state IN (SELECT value FROM json_each(?)) AND r.due_on <= ? ORDER BY r.due_on, r.id`,
    )
    .all(JSON.stringify(RUNNING_STATES), due) as RequestRow[];
}
