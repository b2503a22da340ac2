import { afterEach, beforeEach } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKey } from '../../electron/core/keys';
import { Server } from '../../electron/sql/server';

export interface TmpDb {
  dir: string;
  file: string;
  key: Buffer;
  open(opts?: { clock?: () => Date }): Server;
  cleanup(): void;
}

export function tmpDir(prefix = 'pd-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tmpDb(): TmpDb {
  const dir = tmpDir();
  const file = path.join(dir, 'desk.db');
  const key = generateKey();
  return {
    dir,
    file,
    key,
    open: (opts) =>
      Server.open({ file, key, create: 'allow', ...(opts?.clock ? { clock: opts.clock } : {}) }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Bytes of the database file and its WAL, to prove a value never reaches the disk in clear. */
export function diskBytes(file: string): Buffer {
  const parts = [readFileSync(file)];
  if (existsSync(file + '-wal')) parts.push(readFileSync(file + '-wal'));
  return Buffer.concat(parts);
}

/** A fresh encrypted database for each test of the describe block this is called in. */
export function serverEachTest(): { readonly server: Server; readonly tmp: TmpDb } {
  let tmp: TmpDb | undefined;
  let server: Server | undefined;
  beforeEach(() => {
    tmp = tmpDb();
    server = tmp.open();
  });
  afterEach(() => {
    server?.close();
    tmp?.cleanup();
  });
  return {
    get server() {
      return server!;
    },
    get tmp() {
      return tmp!;
    },
  };
}
