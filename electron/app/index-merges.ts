// Full-text index merges between calls (migration 0019): a step when the writer has been free for
// a moment, then the next step after a short pause while there is more to merge. A step is one
// short transaction on the writer; a call that arrives in between runs before the next step.
import { logError } from '../core/log';

/** How long after a call the first step waits: the calls of a burst go first. */
const AFTER_CALL_MS = 200;
/** The pause between steps while there is more to merge: calls interleave. */
const BETWEEN_STEPS_MS = 50;

export class IndexMerges {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  /** `step` merges a little and says whether there may be more. */
  constructor(private readonly step: () => boolean) {}

  /** A call was answered: merging follows soon (a timer already set is kept). */
  poke(): void {
    if (!this.closed) this.timer ??= setTimeout(() => this.run(), AFTER_CALL_MS);
  }

  /** Tests: every step now, until nothing is left to merge. */
  flush(): void {
    this.cancelTimer();
    while (!this.closed && this.safeStep());
  }

  close(): void {
    this.closed = true;
    this.cancelTimer();
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
