// Making a written file survive a power cut before it replaces another: its data synced, then
// (after the rename) its folder's entry. Shared by the backup, the restore and the cipher change.
import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Syncs a file's data to disk. Opened for writing: Windows refuses to flush a read-only handle. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs a folder's entries after a rename, where the system allows it (not Windows: NTFS journals it). */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Refused on some systems; the rename itself is still atomic.
  } finally {
    closeSync(fd);
  }
}
