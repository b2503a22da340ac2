// npm start: the desktop app where Electron's binary is installed, else the headless shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
require('./check-node.cjs').assertNode24('npm start');
const root = path.resolve(import.meta.dirname, '..');

if (
  !existsSync(path.join(root, 'dist', 'main.cjs')) ||
  !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))
) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Mirrors how the electron package finds its binary, without its fallback of downloading one
// (that download is what our build machines cannot do, and it would hang here).
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { why: 'the electron package is not installed' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkgDir, 'dist');
  if (!relative && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { why: 'the Electron binary was not downloaded (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
  }
  const bin = path.join(distDir, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return existsSync(bin) ? { bin } : { why: `the Electron binary is missing (${bin})` };
}

const found = process.env.PRIVACY_DESK_HEADLESS ? { why: 'PRIVACY_DESK_HEADLESS is set' } : electronBinary();
const passThrough = process.argv.slice(2);
let child;
if (found.bin) {
  child = spawn(found.bin, [root, ...passThrough], { stdio: 'inherit' });
} else {
  const reason = `Electron cannot start here: ${found.why}. Starting the headless shell instead (same app, in your browser).`;
  process.stdout.write(reason + '\n');
  child = spawn(process.execPath, [path.join(root, 'dist', 'serve.cjs'), ...passThrough], {
    stdio: 'inherit',
  });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
