// Runs background sync while the database is open: started when it opens, stopped when it closes.
import type { SyncStatus } from '../../common/sync/status';
import { getSyncStatus, SyncService, type FetchLike } from '../sync';
import type { AppCore } from './core';

export interface SyncRunnerDeps {
  /** The Electron adapter passes net.fetch, so Windows proxy settings and certificate store apply. */
  fetch?: FetchLike;
  isOnline?: () => boolean;
  intervalMs?: number;
  retryBaseMs?: number;
}

export class SyncRunner {
  private service: SyncService | null = null;

  constructor(
    private readonly core: AppCore,
    private readonly deps: SyncRunnerDeps = {},
  ) {
    core.onChange((event) => {
      if (event === 'opened') this.restart();
      else void this.stop();
    });
    if (core.isOpen) this.restart();
  }

  private restart(): void {
    void this.service?.stop();
    const retry = this.deps.retryBaseMs;
    this.service = new SyncService(this.core.db(), {
      ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      ...(this.deps.isOnline ? { isOnline: this.deps.isOnline } : {}),
      ...(this.deps.intervalMs ? { intervalMs: this.deps.intervalMs } : {}),
      ...(retry ? { failureBackoff: { baseMs: retry, maxMs: retry * 4 } } : {}),
    });
    this.service.start();
  }

  get current(): SyncService | null {
    return this.service;
  }

  status(): SyncStatus | null {
    if (this.service) return this.service.status();
    return this.core.isOpen ? getSyncStatus(this.core.db()) : null;
  }

  /** After a settings change or when the OS says the network is back. */
  wake(): void {
    this.service?.wake();
  }

  async stop(): Promise<void> {
    const s = this.service;
    this.service = null;
    await s?.stop();
  }
}
