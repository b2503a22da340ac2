// Full-text index merges between calls (migration 0019): a step once no write has come for a moment
// (or at the latest a few seconds after the first one waiting), then the next step after a short
// pause while there is more to merge. A step is one short transaction on the writer; a call that
// arrives in between runs before the next step. Only writes ask for merges: a step commits (even
// one with nothing to merge writes the index's structure record), and every commit makes the
// readers drop their page caches.
import { logError } from '../core/log';
import { AfterQuiet } from './after-quiet';

/** The pause between steps while there is more to merge: calls interleave. */
const BETWEEN_STEPS_MS = 50;

export class IndexMerges {
  private timer: NodeJS.Timeout | null = null;
  private readonly quiet = new AfterQuiet(() => this.run());
  private closed = false;

  /** `step` merges a little and says whether there may be more. */
  constructor(private readonly step: () => boolean) {}

  /** A write was answered: merging follows once writes pause. */
  poke(): void {
    if (this.closed) return;
    this.cancelTimer();
    this.quiet.poke();
  }

  /** Tests: every step now, until nothing is left to merge. */
  flush(): void {
    this.cancelTimer();
    this.quiet.reset();
    while (!this.closed && this.safeStep());
  }

  close(): void {
    this.closed = true;
    this.cancelTimer();
    this.quiet.reset();
  }

  private run(): void {
    this.timer = null;
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
