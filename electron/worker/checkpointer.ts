// WAL checkpoints off the writer. By default SQLite checkpoints inside the commit that takes the
// WAL past 1,000 pages: with synchronous=FULL that commit copies the pages into the database file
// and syncs it, so one write in 25 (an intake commits ~40 pages) took 20-30 ms instead of 5. Here
// the writer's own checkpoint is only a backstop, and a connection of its own, on its own thread,
// checkpoints shortly after writes (PASSIVE: it never waits for, nor blocks, the writer or a read).
import { logError } from '../core/log';
import type { ReaderPool } from './reader-pool';

/** The writer's backstop (pages, ~40 MB): reached only if the checkpointer cannot keep up. */
export const WRITER_AUTOCHECKPOINT_PAGES = 10_000;
/** How long after a write the checkpoint runs: the writes of a burst share one. */
const AFTER_WRITE_MS = 200;

export class Checkpointer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(private readonly pool: ReaderPool) {}

  /** A write committed: a checkpoint follows soon (one at a time). */
  poke(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.timer ??= setTimeout(() => this.run(), AFTER_WRITE_MS);
  }

  /** The checkpoint now (tests and shutdown wait for it); resolves when it has ended. */
  async flush(): Promise<void> {
    if (this.timer) this.run();
    while (this.running) await this.running;
  }

  private run(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.again = false;
    this.running = this.pool
      .run('checkpoint', null)
      .then(
        () => undefined,
        (e: unknown) => {
          if (!this.closed) logError('checkpoint', e);
        },
      )
      .finally(() => {
        this.running = null;
        if (this.again) this.poke();
      });
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pool.closeNow();
  }
}
