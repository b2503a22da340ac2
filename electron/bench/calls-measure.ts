// Timing calls through the core worker's dispatch (session → role → payload), as the window makes
// them: one at a time, each awaited, so a figure is what a user waits for one call.
import type { CallResult } from '../../common/contract';
import { timeMsAsync } from './harness';
import type { PlannedCall } from './calls-plan';

export type Caller = (name: string, input: unknown) => Promise<CallResult<unknown>>;

export async function callOk<T = unknown>(call: Caller, name: string, input: unknown): Promise<T> {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export type Samples = Map<string, number[]>;

function add(samples: Samples, group: string, ms: number): void {
  const list = samples.get(group);
  if (list) list.push(ms);
  else samples.set(group, [ms]);
}

/**
 * Round-robin over the plan, `rounds` times; a call whose samples have taken `budgetMs` in all is
 * not repeated (a slow report measured once rather than holding the run for an hour).
 */
export async function measurePlan(
  call: Caller,
  plan: PlannedCall[],
  rounds: number,
  budgetMs: number,
): Promise<Samples> {
  const samples: Samples = new Map();
  const spent = new Map<PlannedCall, number>();
  for (let round = 0; round < rounds; round++) {
    for (const c of plan) {
      if ((spent.get(c) ?? 0) > budgetMs) continue;
      const ms = await timeMsAsync(() => callOk(call, c.name, c.input));
      spent.set(c, (spent.get(c) ?? 0) + ms);
      for (const g of c.groups) add(samples, g, ms);
    }
  }
  return samples;
}

/** The plan's calls one after another for as long as `job` runs (at least one round). */
export async function measureWhile(
  call: Caller,
  plan: PlannedCall[],
  job: Promise<unknown>,
): Promise<number[]> {
  let done = false;
  const finished = job.finally(() => (done = true));
  const samples: number[] = [];
  for (let i = 0; !done || i < plan.length; i++) {
    const c = plan[i % plan.length]!;
    samples.push(await timeMsAsync(() => callOk(call, c.name, c.input)));
  }
  await finished;
  return samples;
}

/** The same calls with nothing else running, as many as `n` samples. */
export async function measureIdle(call: Caller, plan: PlannedCall[], n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = plan[i % plan.length]!;
    samples.push(await timeMsAsync(() => callOk(call, c.name, c.input)));
  }
  return samples;
}
