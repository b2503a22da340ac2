// Desk-side sync (plain Node). The app shell uses:
//   new SyncService(server, { fetch: net.fetch, isOnline: () => net.isOnline() }) → start()/stop()/runOnce()/wake()/status()/subscribe()
//   getSyncStatus(server) for the status bar, listNeedsAttention / retryRejectedEvent / annotateRejectedEvent,
//   listActionResults for a request page, configureSync / readSyncSettings for the administrator.
export {
  DEFAULT_BACKOFF,
  fullJitter,
  parseRetryAfter,
  retryDelay,
  SyncAborted,
  type BackoffOptions,
} from './backoff';
export { CentralClient, measureSkew, type CentralClientOptions, type FetchLike } from './client';
export { classifyFetchError, classifyHttpStatus, SyncFailure, type FailureKind } from './errors';
export {
  annotateRejectedEvent,
  configureSync,
  listActionResults,
  listNeedsAttention,
  readSyncSettings,
  retryRejectedEvent,
  type AttentionItem,
  type AttentionLogEntry,
  type StoredResult,
  type SyncSettingsPatch,
  type SyncSettingsView,
} from './officer';
export {
  runSyncPass,
  SYNC_ACTOR,
  type SyncPassOptions,
  type SyncPassResult,
  type SyncProgress,
} from './pass';
export { SyncService, type SyncServiceOptions } from './service';
export {
  centralNow,
  getSyncStatus,
  SYNC_STATES,
  type LiveSyncInfo,
  type SyncState,
  type SyncStatus,
} from './status';
export { registerSync } from './cli';
export { syncHandlers } from './handlers';
export { SYNC_PERSONAL_DATA } from './personal-data';
export { isLoopbackHost } from './url-policy';
