// The background sync the app runs: a pass now, then every `intervalMs` while all is well (the
// pass doubles as the health probe the status bar relies on), sooner when new outbox events
// appear or the OS comes back online, and with growing, jittered delays while central fails.
import type { SyncStatus } from '../../common/sync/status';
import type { Server } from '../sql/server';
import { maxOutboxSeq } from './sql/sync';
import { retryDelay, SyncAborted, type BackoffOptions } from './backoff';
import {
  annotateRejectedEvent,
  configureSync,
  retryRejectedEvent,
  type SyncSettingsPatch,
  type SyncSettingsView,
} from './officer';
import { runSyncPass, type SyncPassOptions, type SyncPassResult } from './pass';
import type { FailureKind } from './errors';
import { getSyncStatus } from './status';

export interface SyncServiceOptions extends Omit<SyncPassOptions, 'signal'> {
  /** Time between passes while central is reachable and nothing is waiting. Default 30 s. */
  intervalMs?: number;
  /** Delays between failed passes (full jitter, growing). Default 2 s doubling to 5 min. */
  failureBackoff?: Partial<BackoffOptions>;
  /** How often to look for new outbox events or the OS coming back online (cheap). Default 2 s; 0 = never. */
  watchMs?: number;
}

const DEFAULT_INTERVAL_MS = 30_000;
const DEFAULT_FAILURE_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000 };

export class SyncService {
  private running: Promise<SyncPassResult> | null = null;
  private started = false;
  private timer: NodeJS.Timeout | null = null;
  private watcher: NodeJS.Timeout | null = null;
  private abort: AbortController | null = null;
  private again = false;
  private failures = 0;
  private lastSeq = 0;
  private lastOnline = true;
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private last: SyncPassResult | null = null;
  /** The failure the running pass is waiting to retry after, if it is. */
  private retrying: { kind: FailureKind; code: string } | undefined;

  constructor(
    private readonly server: Server,
    private readonly opts: SyncServiceOptions = {},
  ) {}

  /** Starts background sync: a pass right away, then on schedule. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.lastSeq = this.server.read((db) => maxOutboxSeq(db));
    this.lastOnline = this.opts.isOnline ? this.opts.isOnline() : true;
    this.schedule(0);
    const watchMs = this.opts.watchMs ?? 2_000;
    if (watchMs > 0) {
      this.watcher = setInterval(() => this.watch(), watchMs);
      this.watcher.unref();
    }
  }

  /** Stops background sync, cancelling a pass in flight (safe: nothing half-applied is kept). */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.watcher) clearInterval(this.watcher);
    this.timer = this.watcher = null;
    this.abort?.abort();
    try {
      await this.running;
    } catch {
      // the pass was cancelled
    }
  }

  /** Runs a pass now (or joins the one running) and resolves with its outcome. */
  runOnce(): Promise<SyncPassResult> {
    if (this.running) return this.running;
    const abort = new AbortController();
    this.abort = abort;
    const run = (async () => {
      await Promise.resolve(); // so `this.running` is set before the first notification
      this.notify();
      try {
        const r = await runSyncPass(this.server, {
          ...this.opts,
          signal: abort.signal,
          onProgress: (p) => {
            const was = this.retrying;
            this.retrying = p.type === 'retry' ? { kind: p.kind, code: p.code } : undefined;
            if (was?.kind !== this.retrying?.kind) this.notify();
            this.opts.onProgress?.(p);
          },
        });
        this.last = r;
        this.failures = r.state === 'up_to_date' ? 0 : this.failures + 1;
        return r;
      } finally {
        this.running = null;
        this.retrying = undefined;
        this.abort = null;
        this.lastSeq = this.server.db.open ? this.server.read((db) => maxOutboxSeq(db)) : this.lastSeq;
        if (this.server.db.open) this.notify();
      }
    })();
    this.running = run;
    return run;
  }

  /** Asks for a pass soon: new outbox events, settings changed, the OS came back online. */
  wake(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  status(): SyncStatus {
    return getSyncStatus(this.server, { running: this.running !== null, retrying: this.retrying });
  }

  /** The outcome of the last pass this service ran. */
  lastResult(): SyncPassResult | null {
    return this.last;
  }

  /** Calls `listener` with the new status whenever a pass starts or ends. Returns an unsubscribe function. */
  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Officer retries a rejected event; the service sends it right away. */
  retry(actor: string, seq: number): { seq: number; state: 'pending' } {
    const r = retryRejectedEvent(this.server, actor, { seq });
    this.wake();
    return r;
  }

  /** Administrator changes the central URL, token or batch size; the service tries them at once. */
  configure(actor: string, patch: SyncSettingsPatch): SyncSettingsView {
    const view = configureSync(this.server, actor, patch);
    this.failures = 0;
    this.wake();
    return view;
  }

  annotate(actor: string, seq: number, note: string): void {
    annotateRejectedEvent(this.server, actor, { seq, note });
    this.notify();
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const s = this.status();
    for (const l of this.listeners) {
      try {
        l(s);
      } catch {
        // a listener's failure is not sync's
      }
    }
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let r: SyncPassResult | undefined;
    try {
      r = await this.runOnce();
    } catch (e) {
      if (!(e instanceof SyncAborted)) this.failures++;
    }
    if (!this.started) return;
    if (this.again) {
      this.again = false;
      this.schedule(0);
      return;
    }
    if (r?.state === 'up_to_date') this.schedule(this.opts.intervalMs ?? DEFAULT_INTERVAL_MS);
    else if (r?.state === 'offline') this.schedule(this.opts.intervalMs ?? DEFAULT_INTERVAL_MS);
    else {
      const backoff = { ...DEFAULT_FAILURE_BACKOFF, ...this.opts.failureBackoff };
      // Full jitter can draw ~0: keep a floor of a tenth of the base so a failing central is not hammered.
      const delay = retryDelay(Math.max(0, this.failures - 1), backoff, r?.retryAfterMs, {
        ...(this.opts.random ? { random: this.opts.random } : {}),
      });
      this.schedule(Math.max(delay, Math.min(backoff.baseMs, backoff.maxMs) / 10));
    }
  }

  private watch(): void {
    if (!this.started || this.running || !this.server.db.open) return;
    const online = this.opts.isOnline ? this.opts.isOnline() : true;
    const cameOnline = online && !this.lastOnline;
    this.lastOnline = online;
    const seq = this.server.read((db) => maxOutboxSeq(db));
    const fresh = seq !== this.lastSeq;
    this.lastSeq = seq;
    if (cameOnline || (fresh && online && this.last?.state === 'up_to_date')) this.schedule(0);
  }
}
