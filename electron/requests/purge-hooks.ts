// Other features that keep a purged subject's personal data register a hook here (append to
// PURGE_HOOKS, like the other registration lists); each runs inside the purge transaction and
// returns counts of what it removed (names of things, never their content).
import type { WriteTx } from '../sql/server';

export interface PurgeContext {
  tx: WriteTx;
  requestId: string;
  /** Incoming letters wiped for this request. */
  letterIds: readonly number[];
  /** Outgoing letters (replies) wiped for this request. */
  outgoingIds: readonly number[];
}

export type PurgeHook = (ctx: PurgeContext) => Record<string, number>;

export const PURGE_HOOKS: PurgeHook[] = [];
