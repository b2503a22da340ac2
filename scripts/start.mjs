// npm start: the desktop app where Electron's binary is installed, else the headless shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
require('./check-node.cjs').assertNode24('npm start');
const root = path.resolve(import.meta.dirname, '..');

if (!existsSync(path.join(root, 'dist', 'main.cjs')) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function electronBinary() {
  try {
    // The electron package exports the path of its binary, and throws if the download never happened.
    const bin = require('electron');
    return typeof bin === 'string' && existsSync(bin) ? { bin } : { why: `the Electron binary is missing (${bin})` };
  } catch (e) {
    return { why: `the Electron binary is not installed (${String(e?.message ?? e).split('\n')[0]})` };
  }
}

const found = process.env.PRIVACY_DESK_HEADLESS ? { why: 'PRIVACY_DESK_HEADLESS is set' } : electronBinary();
const passThrough = process.argv.slice(2);
let child;
if (found.bin) {
  child = spawn(found.bin, [root, ...passThrough], { stdio: 'inherit' });
} else {
  const reason = `Electron cannot start here: ${found.why}. Starting the headless shell instead (same app, in your browser).`;
  process.stdout.write(reason + '\n');
  child = spawn(process.execPath, [path.join(root, 'dist', 'serve.cjs'), ...passThrough], { stdio: 'inherit' });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
