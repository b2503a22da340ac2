// Reads a desk file (and its WAL) the way a forensic examiner with the key would: every page
// decrypted on its own, including free pages and pages the b-tree no longer references, so "the
// marker is gone" covers more than what SQL can still see. Pages are AEGIS-256 under the raw key
// (electron/sql/file-format.ts); a page whose tag does not verify fails the test rather than
// being skipped, so nothing on the disk goes unread.
import { existsSync, readFileSync } from 'node:fs';
import { decryptAegisPage, PAGE_SIZE as PAGE } from '../../electron/sql/file-format';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, pgno: number, key: Buffer, where: string): Buffer {
  const plain = decryptAegisPage(page, pgno, key);
  if (!plain) throw new Error(`${where}: page ${pgno} does not verify with the key`);
  return plain;
}

/** Every page of the database file, decrypted, concatenated. */
export function decryptDatabase(file: string, key: Buffer): Buffer {
  const bytes = readFileSync(file);
  const out: Buffer[] = [];
  for (let i = 0; i * PAGE < bytes.length; i++)
    out.push(decryptPage(bytes.subarray(i * PAGE, (i + 1) * PAGE), i + 1, key, 'database'));
  return Buffer.concat(out);
}

/** Every frame of the WAL (committed or not, current salt or stale), decrypted, concatenated. */
export function decryptWal(file: string, key: Buffer): Buffer {
  if (!existsSync(file)) return Buffer.alloc(0);
  const bytes = readFileSync(file);
  const out: Buffer[] = [];
  for (let off = WAL_HEADER; off + FRAME_HEADER + PAGE <= bytes.length; off += FRAME_HEADER + PAGE) {
    const pgno = bytes.readUInt32BE(off);
    out.push(decryptPage(bytes.subarray(off + FRAME_HEADER, off + FRAME_HEADER + PAGE), pgno, key, 'WAL'));
  }
  return Buffer.concat(out);
}

/** The database, its WAL, decrypted: what a key holder can read from the disk. */
export function decryptedDisk(file: string, key: Buffer): Buffer {
  return Buffer.concat([decryptDatabase(file, key), decryptWal(file + '-wal', key)]);
}
