// `npm start` on a machine without the Electron binary: it says why, starts the headless shell,
// prints the address, and the app works in Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = path.resolve(__dirname, '..', '..');

test('npm start falls back to the headless shell and the app opens in Chromium', async ({ page }) => {
  const data = mkdtempSync(path.join(os.tmpdir(), 'pd-start-'));
  // What `npm start` runs; the Electron binary was never downloaded on this machine.
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    // An empty Electron dist folder makes this hold on any machine, with or without the binary.
    env: {
      ...process.env,
      PRIVACY_DESK_DATA: data,
      ELECTRON_OVERRIDE_DIST_PATH: path.join(data, 'no-electron'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /PRIVACY_DESK_URL=(\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`npm start exited early (${code}): ${out}`)));
    });
    expect(out).toMatch(
      /Electron cannot start here: the Electron binary is missing.*Starting the headless shell instead/,
    );
    expect(out).toMatch(/Open this address in a browser:\s+http:\/\/127\.0\.0\.1:\d+\/#token=/);
    await page.goto(url);
    await expect(page.getByRole('button', { name: /create|создать|құру/i })).toBeVisible();
    // The first start asks for the first administrator.
    await expect(page.getByLabel(/Имя пользователя|Username|Пайдаланушы аты/)).toBeVisible();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(data, { recursive: true, force: true });
  }
});
