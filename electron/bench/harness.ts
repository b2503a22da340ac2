// A tiny benchmark harness: named suites report samples; the runner prints one JSON object.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Metric {
  median: number;
  p95: number;
  p99: number;
  unit: string;
  n: number;
}

export interface BenchContext {
  /** Scale requested on the command line (--rows), else the suite's default. */
  rows?: number;
  /** Fraction of the suite's full size (--scale 0.05 for a quick run); 1 unless given. */
  scale: number;
  tmp: string;
  /** A folder whose seeded desk a suite reuses, or seeds and keeps (--desk DIR; calls only). */
  desk?: string | undefined;
  record(name: string, samples: number[], unit: string): void;
  size(name: string, value: number): void;
}

export interface BenchSuite {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<void> | void;
}

export function stats(samples: number[]): { median: number; p95: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: round(median), p95: round(at(0.95)), p99: round(at(0.99)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function runSuites(
  suites: BenchSuite[],
  opts: { only?: string; rows?: number; scale?: number; skip?: string[]; desk?: string | undefined },
) {
  const metrics: Record<string, Metric> = {};
  const sizes: Record<string, number> = {};
  const selected = opts.only
    ? suites.filter((s) => s.name === opts.only)
    : suites.filter((s) => !opts.skip?.includes(s.name));
  if (selected.length === 0)
    throw new Error(`no benchmark named ${opts.only}; known: ${suites.map((s) => s.name).join(', ')}`);
  for (const suite of selected) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), `pd-bench-${suite.name}-`));
    try {
      await suite.run({
        rows: opts.rows,
        scale: opts.scale ?? 1,
        tmp,
        desk: opts.desk,
        record: (name, samples, unit) => {
          metrics[name] = { ...stats(samples), unit, n: samples.length };
        },
        size: (name, value) => {
          sizes[name] = value;
        },
      });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { metrics, node: process.version, platform: `${process.platform}-${process.arch}`, sizes };
}
