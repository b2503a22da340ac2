// The status bar follows sync: "central system not responding" while nothing listens at the
// central URL, then "up to date" once the reference receiver starts there, with the waiting
// event delivered exactly once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function startCentral(port: number, db: string, token: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [BIN, 'central', 'serve', '--port', String(port), '--db', db, '--token', token, '--quiet'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('central listening on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`central exited (${code})`)));
  });
}

test.use({ deskEnv: { PRIVACY_DESK_SYNC_INTERVAL_MS: '300' } });

test('the status bar goes from "server unreachable" to "up to date" when the reference receiver starts', async ({
  page,
  desk,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('privacy-desk.lang', 'en'));
  const port = await freePort();
  const token = 'desk-token-e2e-0001';
  await desk.open(page);
  await desk.value('sync.configure', { centralUrl: `http://127.0.0.1:${port}`, token }, desk.adminSession);
  await desk.value(
    'intake.create',
    {
      channel: 'registered_mail',
      language: 'kk',
      trackingNumber: 'RR123456785KZ',
      sender: { name: 'Айгерім Сейтқали' },
      summary: 'Келісімді қайтарып алу',
    },
    desk.adminSession,
  );

  const sync = page.getByTestId('status-sync');
  await expect(sync).toContainText('central system not responding', { timeout: 20_000 });

  const centralDb = path.join(desk.dir, 'central.db');
  const central = await startCentral(port, centralDb, token);
  try {
    await expect(sync).toContainText('up to date', { timeout: 30_000 });
    await expect(page.getByTestId('status-last-sync')).toBeVisible();
    const listed = spawnSync(process.execPath, [BIN, 'central', 'list', '--db', centralDb, '--json'], {
      encoding: 'utf8',
    });
    const events = (JSON.parse(listed.stdout) as { events: { type: string }[] }).events;
    expect(events.filter((e) => e.type === 'letter.registered')).toHaveLength(1);
  } finally {
    central.kill('SIGTERM');
    await new Promise((r) => (central.exitCode !== null ? r(null) : central.once('exit', r)));
  }
});
