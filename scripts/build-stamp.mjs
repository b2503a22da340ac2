// A fingerprint of everything the build reads, so an unchanged tree is not built twice.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['common', 'electron', 'renderer', 'resources'];
const INPUT_FILES = [
  'scripts/build.mjs',
  'scripts/build-stamp.mjs',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
];

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

export function inputsStamp(root) {
  const files = [];
  for (const d of INPUT_DIRS) if (existsSync(path.join(root, d))) walk(path.join(root, d), files);
  for (const f of INPUT_FILES) if (existsSync(path.join(root, f))) files.push(path.join(root, f));
  files.sort();
  const hash = createHash('sha256');
  for (const f of files) {
    const st = statSync(f);
    hash.update(`${path.relative(root, f)}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
