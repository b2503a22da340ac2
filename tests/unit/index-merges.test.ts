// When the full-text merges run (electron/app/index-merges.ts): after writes pause, not between the
// writes of a burst, yet at the latest a few seconds into a stream of writes; while a step finds
// more to merge the next follows, and a step that fails waits for the next write.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndexMerges } from '../../electron/app/index-merges';

describe('index merges between calls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for writes to pause, then steps while there is more', () => {
    let left = 3;
    const step = vi.fn(() => --left > 0);
    const merges = new IndexMerges(step);
    for (let i = 0; i < 5; i++) {
      merges.poke();
      vi.advanceTimersByTime(150);
    }
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(step).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(step).toHaveBeenCalledTimes(3);
    merges.close();
  });

  it('runs at the latest five seconds into a stream of writes', () => {
    const step = vi.fn(() => false);
    const merges = new IndexMerges(step);
    for (let t = 0; t < 4_900; t += 100) {
      merges.poke();
      vi.advanceTimersByTime(100);
    }
    expect(step).not.toHaveBeenCalled();
    merges.poke();
    vi.advanceTimersByTime(100);
    expect(step).toHaveBeenCalledTimes(1);
    merges.close();
  });

  it('a failing step stops until the next write; a closed one never runs', () => {
    const step = vi.fn(() => {
      throw new Error('SQLITE_BUSY');
    });
    const merges = new IndexMerges(step);
    merges.poke();
    vi.advanceTimersByTime(10_000);
    expect(step).toHaveBeenCalledTimes(1);
    merges.close();
    merges.poke();
    vi.advanceTimersByTime(10_000);
    expect(step).toHaveBeenCalledTimes(1);
  });
});
