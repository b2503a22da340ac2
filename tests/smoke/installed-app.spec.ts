// Launches the installed Privacy Desk with Playwright's Electron support and checks its first window.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test('the installed app opens its first window on the setup screen', async () => {
  const exe = process.env.PRIVACY_DESK_INSTALLED_EXE;
  if (!exe) throw new Error('Set PRIVACY_DESK_INSTALLED_EXE to the installed Privacy Desk.exe');
  const userData = mkdtempSync(path.join(os.tmpdir(), 'pd-smoke-'));
  const app = await electron.launch({ executablePath: exe, args: [`--user-data-dir=${userData}`] });
  try {
    const win = await app.firstWindow();
    await expect(win).toHaveTitle(/Privacy Desk/);
    expect(win.url()).toMatch(/^app:\/\/privacy-desk\//);
    await expect(win.getByRole('button', { name: /create|создать|құру/i })).toBeVisible();
    const isolated = await win.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
    expect(isolated).toBe(true);
  } finally {
    await app.close();
  }
});
