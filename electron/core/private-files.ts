// Files that hold personal data (the database, its WAL, backups, exports) are readable by their
// owner only on POSIX: 0600, like the key file. On Windows the data folder's ACL applies instead
// (chmod there only toggles read-only, so these calls change nothing).
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';

export const PRIVATE_MODE = 0o600;

/** Creates an empty file that only its owner can read, failing if it exists already. */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'wx', PRIVATE_MODE));
}

/** Narrows an existing file to its owner; a file we may not chmod (not ours) is left as it is. */
export function makePrivate(file: string): void {
  if (process.platform === 'win32' || !existsSync(file)) return;
  try {
    chmodSync(file, PRIVATE_MODE);
  } catch {
    // Not the owner, or a read-only medium: opening still works, and nothing here is fatal.
  }
}
