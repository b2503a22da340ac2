// What the status bar shows about sync (pure: the renderer imports the type and the states).
export const SYNC_STATES = [
  /** No central URL or token configured yet. */
  'not_configured',
  /** The operating system says there is no network: sync is paused. */
  'offline',
  /** Central did not answer (connection refused, name not found, timeout, connection dropped). */
  'unreachable',
  /** The TLS certificate of central is not trusted (self-signed, expired, wrong host, unknown CA). */
  'cert_untrusted',
  /** Central refused the desk's token (401/403). */
  'unauthorized',
  /** Central answered with a server error (5xx, 429, or an answer that breaks the protocol). */
  'server_error',
  /** Sending or pulling right now, or events are waiting while central is reachable. */
  'syncing',
  /** Nothing left to send; results pulled. */
  'up_to_date',
] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncStatus {
  state: SyncState;
  /** Last time a pass finished with nothing left to send (desk clock, ISO). */
  lastSyncAt: string | null;
  /** Last time central answered anything at all. */
  lastContactAt: string | null;
  /** Events not yet delivered and not rejected (including those held back). */
  pending: number;
  /** Pending events waiting behind a rejected event of the same record. */
  heldBack: number;
  /** Events rejected by central, waiting for an officer (retry or note). */
  needsAttention: number;
  /** Central time minus desk time, from central's Date header; null before the first contact. */
  clockSkewMs: number | null;
  /** |clockSkewMs| above 5 minutes. */
  skewWarning: boolean;
  /** Machine code of the last failure (e.g. ECONNREFUSED, timeout, http_503), null after a success. */
  lastError: string | null;
  /** Central URL in use (never the token). */
  centralUrl: string | null;
}

/** Central's time as the desk should use it when the clock is off: desk time plus the measured skew. */
export function centralNow(status: Pick<SyncStatus, 'clockSkewMs'>, deskNow: Date = new Date()): Date {
  return new Date(deskNow.getTime() + (status.clockSkewMs ?? 0));
}
