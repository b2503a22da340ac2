// Telling a wrong key from a damaged file. The cipher answers both with SQLITE_NOTADB: page 1 fails
// its check either way. But every other page is authenticated on its own, with the raw key and the
// page number, so with the right key the first pages still verify when page 1 is damaged: then the
// key is right and the file is not. A file of an earlier release (SQLCipher 4, converted on first
// open) has AES-256-CBC pages with a per-page IV in the reserved tail: with the right key they decrypt
// into recognisable SQLite structures.
import { createDecipheriv } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { decryptAegisPage, fileCipher, PAGE_SIZE as PAGE } from './file-format';

/** SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page. */
const RESERVE = 80;
const SALT = 16;
/** B-tree page types: interior/leaf index, interior/leaf table. */
const BTREE_TYPES = new Set([0x02, 0x05, 0x0a, 0x0d]);
const PAGES_TO_TRY = 8;

function decryptLegacy(key: Buffer, page: Buffer, from: number): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-cbc', key, page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16));
    d.setAutoPadding(false);
    return Buffer.concat([d.update(page.subarray(from, PAGE - RESERVE)), d.final()]);
  } catch {
    return null;
  }
}

/** Page 1 from its 17th byte: page size 4096, then the fixed payload fractions 64, 32, 32. */
function looksLikeHeader(p: Buffer | null): boolean {
  return !!p && p.readUInt16BE(0) === PAGE && p[4] === RESERVE && p[5] === 64 && p[6] === 32 && p[7] === 32;
}

/** A b-tree page: known type, first free block and cell content start inside the usable area. */
function looksLikeBtree(p: Buffer | null): boolean {
  if (!p || !BTREE_TYPES.has(p[0]!)) return false;
  const freeblock = p.readUInt16BE(1);
  const content = p.readUInt16BE(5);
  return freeblock <= PAGE - RESERVE && content > 0 && content <= PAGE - RESERVE;
}

function legacyPageFits(page: Buffer, pgno: number, key: Buffer): boolean {
  return pgno === 1
    ? looksLikeHeader(decryptLegacy(key, page, SALT))
    : looksLikeBtree(decryptLegacy(key, page, 0));
}

/** Whether `key` is the key of this file although SQLite refused to open it. */
export function keyFitsDamagedFile(file: string, key: Buffer): boolean {
  if (key.length !== 32) return false;
  const fd = openSync(file, 'r');
  try {
    const page = Buffer.alloc(PAGE);
    let aegisOnly = false;
    for (let n = 0; n < PAGES_TO_TRY; n++) {
      if (readSync(fd, page, 0, PAGE, n * PAGE) < PAGE) break;
      // An AEGIS header in clear settles the format, and a tag cannot match by chance; without one
      // (an older file, or damage there) both formats are tried.
      if (n === 0) aegisOnly = fileCipher(page) === 'aegis';
      if (decryptAegisPage(page, n + 1, key) || (!aegisOnly && legacyPageFits(page, n + 1, key))) return true;
    }
    return false;
  } finally {
    closeSync(fd);
  }
}
