// The cipher encrypts the database and the WAL, never SQLite's temp files. The desk keeps temp
// storage in memory (PRAGMA temp_store = MEMORY, checked on open); this runs the heaviest work
// (100k demo letters: sorts without an index, DISTINCT/GROUP BY, a full CSV export, a report, FTS
// optimize, VACUUM INTO) in a child process whose temp folder is an empty directory, and watches
// the process's open files while it runs: no temp file may be opened there, let alone hold names.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireMemoryTempStore, type DB } from '../../electron/sql/server';
import { tmpDb, tmpDir } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');
const LETTERS = 100_000;

function bundle(): string {
  const dir = path.join(ROOT, 'node_modules', '.cache', 'privacy-desk-tests');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `temp-files-worker-${process.pid}.cjs`);
  buildSync({
    entryPoints: [path.join(ROOT, 'tests', 'helpers', 'temp-files-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

interface Outcome {
  tempStore: number;
  steps: Record<string, number>;
  files: Array<{ file: string; bytes: number; plaintext: boolean }>;
  left: string[];
}

describe('no plaintext temp files', () => {
  const dir = tmpDir('pd-temp-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a database opens with temp_store = MEMORY, and open refuses a connection where it did not take', () => {
    const t = tmpDb();
    const s = t.open();
    try {
      expect(s.db.pragma('temp_store', { simple: true })).toBe(2);
    } finally {
      s.close();
      t.cleanup();
    }
    // A build where SQLITE_TEMP_STORE=0 pins temp files to disk: the pragma reads back but does nothing.
    const pinned = {
      pragma: (sql: string) =>
        sql === 'compile_options'
          ? [{ compile_options: 'TEMP_STORE=0' }]
          : sql === 'temp_store'
            ? 2
            : undefined,
    } as unknown as DB;
    expect(() => requireMemoryTempStore(pinned)).toThrow(
      expect.objectContaining({ code: 'INTERNAL', details: { reason: 'temp_store_not_memory' } }),
    );
  });

  it(`the heaviest queries over ${LETTERS} letters write no temp file to the temp folder`, () => {
    const work = path.join(dir, 'work');
    const temp = path.join(dir, 'temp');
    mkdirSync(temp);
    const script = bundle();
    try {
      const r = spawnSync(process.execPath, [script, work, temp, String(LETTERS)], {
        encoding: 'utf8',
        env: { ...process.env, SQLITE_TMPDIR: temp, TMPDIR: temp, TMP: temp, TEMP: temp },
        timeout: 240_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as Outcome;
      console.info('temp-files steps (ms):', JSON.stringify(out.steps));
      expect(out.tempStore).toBe(2);
      expect(out.files.filter((f) => f.plaintext)).toEqual([]);
      expect(out.files).toEqual([]);
      expect(out.left).toEqual([]);
    } finally {
      rmSync(script, { force: true });
    }
  }, 300_000);
});
