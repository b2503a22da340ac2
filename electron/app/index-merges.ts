// Full-text index merges between calls (migration 0019): a step once no write has come for a moment
// (or at the latest a few seconds after the first one waiting), then the next step after a short
// pause while there is more to merge. A step is one short transaction on the writer; a call that
// arrives in between runs before the next step. Only writes ask for merges: a step commits (even
// one with nothing to merge writes the index's structure record), and every commit makes the
// readers drop their page caches.
import { logError } from '../core/log';

/** How long the writer must have been free before the first step: the writes of a burst go first. */
const QUIET_MS = 200;
/** The longest a merge waits behind a stream of writes (FTS5's crisis merge is the last resort). */
const AT_THE_LATEST_MS = 5_000;
/** The pause between steps while there is more to merge: calls interleave. */
const BETWEEN_STEPS_MS = 50;

export class IndexMerges {
  private timer: NodeJS.Timeout | null = null;
  private waitingSince: number | null = null;
  private closed = false;

  /** `step` merges a little and says whether there may be more. */
  constructor(private readonly step: () => boolean) {}

  /** A write was answered: merging follows once writes pause. */
  poke(): void {
    if (this.closed) return;
    const now = Date.now();
    this.waitingSince ??= now;
    this.cancelTimer();
    const wait = Math.min(QUIET_MS, Math.max(0, this.waitingSince + AT_THE_LATEST_MS - now));
    this.timer = setTimeout(() => this.run(), wait);
  }

  /** Tests: every step now, until nothing is left to merge. */
  flush(): void {
    this.cancelTimer();
    this.waitingSince = null;
    while (!this.closed && this.safeStep());
  }

  close(): void {
    this.closed = true;
    this.cancelTimer();
  }

  private run(): void {
    this.timer = null;
    this.waitingSince = null;
    if (!this.closed && this.safeStep()) this.timer = setTimeout(() => this.run(), BETWEEN_STEPS_MS);
  }

  private safeStep(): boolean {
    try {
      return this.step();
    } catch (e) {
      // A busy or closed database: the next call's poke tries again.
      logError('index merge', e);
      return false;
    }
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
