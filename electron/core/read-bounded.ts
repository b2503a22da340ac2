// Every file the CLI takes is read with a size limit, checked before reading where the size is
// known (a regular file) and while reading where it is not (stdin, a pipe, /dev/zero): a huge or
// endless input ends in a clear error instead of the process running out of memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { PdError } from '../../common/errors';

/** JSON inputs: as large as the app's HTTP bridge accepts for one call. */
export const MAX_JSON_BYTES = 48 * 1024 * 1024;
/** Templates, calendar years, token files, certificates, keys: small text. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** Raised for an input over its limit; callers may turn it into their own code (SCAN_TOO_LARGE). */
export class TooLarge extends PdError {
  constructor(readonly maxBytes: number) {
    super('FILE_TOO_LARGE', { maxBytes });
  }
}

/** Why a read failed, for a usage message: 'too_large', or the system's code (ENOENT, EISDIR…). */
export function readProblem(e: unknown): string {
  return e instanceof TooLarge
    ? `larger than ${e.maxBytes} bytes`
    : ((e as NodeJS.ErrnoException).code ?? 'error');
}

/**
 * Reads `file` ('-' for stdin) whole, refusing more than `maxBytes`. A directory is refused as
 * not readable (EISDIR), like a missing file; the errors carry no content.
 */
export function readBounded(file: string, maxBytes: number): Buffer {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.isFile() && st.size > maxBytes) throw new TooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new TooLarge(maxBytes);
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export function readBoundedText(file: string, maxBytes: number): string {
  return readBounded(file, maxBytes).toString('utf8');
}

/** A scan file for `--scan`: over the scan limit it is SCAN_TOO_LARGE, as in the app. */
export function readScanFile(file: string, maxBytes: number): Buffer {
  try {
    return readBounded(file, maxBytes);
  } catch (e) {
    if (e instanceof TooLarge) throw new PdError('SCAN_TOO_LARGE', { maxBytes });
    throw e;
  }
}
