// Reads an SQLCipher 4 file (and its WAL) the way a forensic examiner with the key would: every
// page decrypted on its own, including free pages and pages the b-tree no longer references, so
// "the marker is gone" covers more than what SQL can still see. The desk keys with a raw 32-byte
// key (x'…'), which SQLCipher uses as the AES-256 key as is; each page ends with a 16-byte IV and
// a 64-byte HMAC (80 reserved bytes), and page 1 starts with the 16-byte salt instead of the header.
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const RESERVE = 80;
const SALT = 16;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, pgno: number, key: Buffer): Buffer {
  const offset = pgno === 1 ? SALT : 0;
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const d = createDecipheriv('aes-256-cbc', key, iv);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(page.subarray(offset, PAGE - RESERVE)), d.final()]);
}

/** Every page of the database file, decrypted, concatenated. */
export function decryptDatabase(file: string, key: Buffer): Buffer {
  const bytes = readFileSync(file);
  const out: Buffer[] = [];
  for (let i = 0; i * PAGE < bytes.length; i++)
    out.push(decryptPage(bytes.subarray(i * PAGE, (i + 1) * PAGE), i + 1, key));
  return Buffer.concat(out);
}

/** Every frame of the WAL (committed or not, current salt or stale), decrypted, concatenated. */
export function decryptWal(file: string, key: Buffer): Buffer {
  if (!existsSync(file)) return Buffer.alloc(0);
  const bytes = readFileSync(file);
  const out: Buffer[] = [];
  for (let off = WAL_HEADER; off + FRAME_HEADER + PAGE <= bytes.length; off += FRAME_HEADER + PAGE) {
    const pgno = bytes.readUInt32BE(off);
    out.push(decryptPage(bytes.subarray(off + FRAME_HEADER, off + FRAME_HEADER + PAGE), pgno, key));
  }
  return Buffer.concat(out);
}

/** The database, its WAL, decrypted: what a key holder can read from the disk. */
export function decryptedDisk(file: string, key: Buffer): Buffer {
  return Buffer.concat([decryptDatabase(file, key), decryptWal(file + '-wal', key)]);
}
