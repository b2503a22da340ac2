// WAL checkpoints off the writer. By default SQLite checkpoints inside the commit that takes the
// WAL past 1,000 pages: with synchronous=FULL that commit copies the pages into the database file
// and syncs it, so one write in 25 (an intake commits ~40 pages) took 20-30 ms instead of 5. Here
// the writer's own checkpoint is only a backstop, and a connection of its own, on its own thread,
// checkpoints once writes pause (PASSIVE: it never waits for, nor blocks, the writer or a read;
// run beside a burst of writes, its copying and syncing still slowed them down).
import { AfterQuiet } from '../app/after-quiet';
import { logError } from '../core/log';
import type { ReaderPool } from './reader-pool';

/** The writer's backstop (pages, ~40 MB): reached only if the checkpointer cannot keep up. */
export const WRITER_AUTOCHECKPOINT_PAGES = 10_000;

export class Checkpointer {
  private readonly quiet = new AfterQuiet(() => this.run());
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(private readonly pool: ReaderPool) {}

  /** A write committed: a checkpoint follows once writes pause (one at a time). */
  poke(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.quiet.poke();
  }

  /** The checkpoint now (tests and shutdown wait for it); resolves when it has ended. */
  async flush(): Promise<void> {
    if (this.quiet.pending) this.run();
    while (this.running) await this.running;
  }

  private run(): void {
    this.quiet.reset();
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
    this.quiet.reset();
    this.pool.closeNow();
  }
}
