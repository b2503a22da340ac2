// Can this Windows user work in the machine data folder? On Windows, fs.access ignores ACLs (it
// checks only the read-only attribute), so the folder is probed for real: list it, write and
// remove a small file. A user outside "Privacy Desk Users" gets a clear message instead of a setup
// screen that would fail, or an empty folder that looks like a first run.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type FolderAccess = 'ok' | 'denied';

export function probeDataFolder(dir: string): FolderAccess {
  const probe = path.join(dir, `.access-probe-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    readdirSync(dir);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return 'ok';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'denied' : 'ok';
  }
}
