// CLI conventions: --json prints one JSON document on stdout; exit 0 ok, 1 invalid/failed, 2 usage.
import { toErrorPayload, type ErrorPayload } from '../../common/errors';

export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export interface OutputOptions {
  json?: boolean;
}

/** Prints a result; `ok: false` exits 1 after printing (the thing checked is invalid). */
export function emit(result: unknown, opts: OutputOptions, human: () => string, ok = true): void {
  process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : human() + '\n');
  if (!ok) throw new CliExit(EXIT_FAIL);
}

const HUMAN_ERRORS: Record<string, string> = {
  DB_NOT_FOUND: 'database file not found (use `db init` to create one)',
  DB_EXISTS: 'a database already exists there',
  FILE_EXISTS: 'the file already exists; it was not overwritten',
  DB_WRONG_KEY: 'the key does not open this database',
  DB_NOT_PRIVACY_DESK: 'this file is not a Privacy Desk database',
  DB_CORRUPT: 'the database file is damaged; restore it from a backup',
  DB_TOO_NEW: 'the database was written by a newer Privacy Desk; update the app',
  DB_LOCKED: 'the database is busy; try again',
  DB_EMPTY:
    'the database file is empty (0 bytes); it is not replaced by a new one: restore a backup or run `db init`',
  DB_IS_DIRECTORY: 'the database path is a folder, not a file',
  DB_TRUNCATED: 'the database file is cut short; restore it from a backup',
  DB_HEADER_CORRUPT: 'the start of the database file is damaged (the key is right); restore it from a backup',
  DISK_FULL: 'the disk is full; nothing was saved',
  KEY_MISSING: 'no key: pass --key-file or set PRIVACY_DESK_KEY',
  KEY_INVALID: 'the key is not a valid Privacy Desk key',
  VALIDATION: 'the input is not valid',
  NOT_FOUND: 'not found',
  CONFLICT: 'conflict',
  BACKUP_INVALID: 'the backup cannot be used',
  FILE_TOO_LARGE: 'the file is larger than this command accepts',
};

export function printError(e: unknown, opts: OutputOptions): ErrorPayload {
  const payload = toErrorPayload(e);
  if (opts.json) process.stdout.write(JSON.stringify({ error: payload }, null, 2) + '\n');
  const text = HUMAN_ERRORS[payload.code] ?? 'internal error';
  const details = payload.details ? ` ${JSON.stringify(payload.details)}` : '';
  process.stderr.write(`privacy-desk: ${payload.code}: ${text}${details}\n`);
  return payload;
}
