// The requests feature's calls the letters' legal test needs, in one place.
import { listActions } from '../../electron/requests/sql/records';
import type { Server } from '../../electron/sql/server';
export { decide } from '../../electron/requests';

/** The actions queued for a request (ids and outbox events), for simulating central's results. */
export function listActionsFor(server: Server, requestId: string) {
  return listActions(server.db, requestId);
}
