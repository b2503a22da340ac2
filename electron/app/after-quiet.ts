// Upkeep that follows writes but stays out of their way (index merges, WAL checkpoints): it runs
// once no write has come for a moment, or at the latest a few seconds into a stream of writes, so
// the writes of a burst are not slowed by it and it still happens under a steady load.

/** How long the writer must have been free: the writes of a burst go first. */
export const QUIET_MS = 200;
/** The longest upkeep waits behind a stream of writes. */
export const AT_THE_LATEST_MS = 5_000;

export class AfterQuiet {
  private timer: NodeJS.Timeout | null = null;
  private waitingSince: number | null = null;

  constructor(private readonly fire: () => void) {}

  /** A write was answered: `fire` follows once writes pause. */
  poke(): void {
    const now = Date.now();
    this.waitingSince ??= now;
    this.cancel();
    const wait = Math.min(QUIET_MS, Math.max(0, this.waitingSince + AT_THE_LATEST_MS - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.waitingSince = null;
      this.fire();
    }, wait);
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Forgets the wait (the upkeep ran some other way). */
  reset(): void {
    this.cancel();
    this.waitingSince = null;
  }
}
