// The status bar's view of sync, readable from any process that has the database open.
import { SYNC_SKEW_WARNING_MS } from '../../common/sync/protocol';
import { SYNC_STATES, type SyncState, type SyncStatus } from '../../common/sync/status';
import type { Server } from '../sql/server';
import { getSyncSettings, getSyncState, syncCounts } from './sql/sync';

export { centralNow, SYNC_STATES, type SyncState, type SyncStatus } from '../../common/sync/status';

export interface LiveSyncInfo {
  /** A pass is running in this process right now. */
  running?: boolean;
  /**
   * The running pass is waiting to retry after this failure: the status says what is wrong now
   * rather than "in progress" for the whole of a pass that retries for seconds.
   */
  retrying?: { kind: SyncState; code: string } | undefined;
}

function isState(v: string | null): v is SyncState {
  return v !== null && (SYNC_STATES as readonly string[]).includes(v);
}

/**
 * What the status bar shows: the outcome of the last pass (persisted, so it survives a restart),
 * `syncing` while a pass runs or while sendable events wait and central was reachable, with the
 * pending and needs-attention counts, last sync time and clock skew.
 */
export function getSyncStatus(server: Server, live: LiveSyncInfo = {}): SyncStatus {
  return server.read((db) => {
    const st = getSyncState(db);
    const counts = syncCounts(db);
    const settings = getSyncSettings(db);
    let state: SyncState;
    let lastError = st.lastError;
    if (live.running && live.retrying) {
      state = live.retrying.kind;
      lastError = live.retrying.code;
    } else if (live.running) state = 'syncing';
    else if (settings.paused) {
      state = 'not_configured';
      lastError = 'paused';
    } else if (!isState(st.lastState)) {
      // No pass has finished yet.
      if (!settings.centralUrl || !settings.token) state = 'not_configured';
      else {
        state = 'unreachable';
        lastError = 'not_yet_contacted';
      }
    } else if (st.lastState === 'up_to_date' && counts.pending - counts.heldBack > 0) state = 'syncing';
    else state = st.lastState;
    return {
      state,
      lastSyncAt: st.lastSyncAt,
      lastContactAt: st.lastContactAt,
      pending: counts.pending,
      heldBack: counts.heldBack,
      needsAttention: counts.rejected,
      clockSkewMs: st.clockSkewMs,
      skewWarning: st.clockSkewMs !== null && Math.abs(st.clockSkewMs) > SYNC_SKEW_WARNING_MS,
      lastError: state === 'up_to_date' || state === 'syncing' ? null : lastError,
      centralUrl: settings.centralUrl,
    };
  });
}
