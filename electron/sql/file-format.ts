// The desk's file format, in one place: SQLite pages of 4096 bytes encrypted by SQLite3 Multiple
// Ciphers with AEGIS-256 under the raw 256-bit key (no key derivation). Each page ends with 64
// reserved bytes, a 32-byte tag then a 32-byte random nonce; page 1 keeps a 16-byte salt where
// SQLite's magic string would be and leaves bytes 16–23 (page size, reserved size …) in clear, which
// is how a file in this format is told from one in the earlier SQLCipher 4 format without a key.
// Files written by earlier releases are SQLCipher 4 (AES-256-CBC + HMAC-SHA512 per page, 80 reserved
// bytes): writes cost 1.47× plain SQLite there, 1.06× in AEGIS-256 (db bench). The desk still opens
// them and converts them once, on the first start of this release (convert-cipher.ts).
import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { PdError } from '../../common/errors';
import { aegis256Decrypt, aegis256Stream } from './aegis256';

export const PAGE_SIZE = 4096;
export const AEGIS_RESERVE = 64;
const TAG = 32;
const NONCE = 32;
/** SQLite3 Multiple Ciphers leaves bytes 0–23 of page 1 out of the encryption (salt, then header). */
const PAGE1_OFFSET = 24;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type FileCipher = 'aegis' | 'sqlcipher';

/** 'PDK1': marks a file as a Privacy Desk database. */
export const APPLICATION_ID = 0x50444b31;

function rawKey(key: Buffer): string {
  if (key.length !== 32) throw new PdError('KEY_INVALID', { reason: 'length' });
  return `"x'${key.toString('hex')}'"`;
}

/** The PRAGMA that keys a connection with a raw 256-bit key (used as is: no key derivation). */
export function keyPragma(key: Buffer): string {
  return `key=${rawKey(key)}`;
}

/** The PRAGMA that re-encrypts an open file under `key`, in the cipher last selected on the connection. */
export function rekeyPragma(key: Buffer): string {
  return `rekey=${rawKey(key)}`;
}

/**
 * Selects a connection's cipher before it is keyed (or rekeyed): the desk's AEGIS-256, the algorithm
 * named because the file does not record it and a later library could change its default; or
 * 'sqlcipher', which opens a file of an earlier release only to convert it or read a backup it made.
 */
export function selectCipher(db: Database.Database, cipher: FileCipher): void {
  if (cipher === 'sqlcipher') {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
  } else {
    db.pragma(`cipher='aegis'`);
    db.pragma(`algorithm='aegis-256'`);
  }
}

/** Keys a connection for a file in `cipher` (the desk's format unless said). */
export function applyCipher(db: Database.Database, key: Buffer, cipher: FileCipher = 'aegis'): void {
  selectCipher(db, cipher);
  db.pragma(keyPragma(key));
}

/**
 * Which format a non-empty, non-plain file is in, from its first 24 bytes: AEGIS files show page size
 * 4096, 64 reserved bytes and SQLite's fixed payload fractions (64, 32, 32) in clear; in an SQLCipher
 * file those bytes are ciphertext (a chance match is 1 in 2^48).
 */
export function fileCipher(head: Buffer): FileCipher {
  const clear =
    head.length >= PAGE1_OFFSET &&
    head.readUInt16BE(16) === PAGE_SIZE &&
    head[20] === AEGIS_RESERVE &&
    head[21] === 64 &&
    head[22] === 32 &&
    head[23] === 32;
  return clear ? 'aegis' : 'sqlcipher';
}

/** The format of an existing database file, from its first bytes. */
export function cipherOfFile(file: string): FileCipher {
  const head = Buffer.alloc(PAGE1_OFFSET);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, PAGE1_OFFSET, 0);
  } finally {
    closeSync(fd);
  }
  return fileCipher(head);
}

/**
 * One AEGIS page (from the database file or a WAL frame) decrypted with the key, as SQLite would see
 * it (page 1 with its magic string back), or null when its tag does not verify: a wrong key, a page
 * damaged on disk, or a page never written (zeros).
 */
export function decryptAegisPage(page: Buffer, pgno: number, key: Buffer): Buffer | null {
  if (page.length !== PAGE_SIZE || key.length !== 32) return null;
  const n = PAGE_SIZE - AEGIS_RESERVE;
  const offset = pgno === 1 ? PAGE1_OFFSET : 0;
  // A one-time key and nonce per page write: AEGIS' keystream under the desk key and the page's random
  // nonce, its last 4 bytes replaced by the page number (big-endian), so a page cannot be moved.
  const otk = aegis256Stream(64, page.subarray(n + TAG, n + TAG + NONCE), key);
  otk.writeUInt32BE(pgno, 60);
  const plain = aegis256Decrypt(
    page.subarray(offset, n),
    page.subarray(n, n + TAG),
    otk.subarray(32),
    otk.subarray(0, 32),
  );
  if (!plain) return null;
  const out = Buffer.alloc(PAGE_SIZE);
  page.copy(out, 0, 0, offset);
  if (pgno === 1) SQLITE_MAGIC.copy(out, 0);
  plain.copy(out, offset);
  return out;
}
