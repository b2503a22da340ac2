// Main-thread stalls while calls run. The bench process stands where Electron's main process
// does (it hosts the core client; the database lives in the core worker), so how late a 10 ms
// timer fires here is how long a window would stop answering input and repainting.
import { performance } from 'node:perf_hooks';

export function watchMainThread(periodMs = 10): { stop(): number[] } {
  const lags: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lags.push(Math.max(0, now - last - periodMs));
    last = now;
  }, periodMs);
  return {
    stop() {
      clearInterval(timer);
      return lags;
    },
  };
}
