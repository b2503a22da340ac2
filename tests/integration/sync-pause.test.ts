// Issue 19, item 13: the administrator pauses and resumes sync from the settings screen. Pausing
// keeps the address and token, stops the passes (central gets nothing), and commits with its audit
// entry; the token never comes back from the settings read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/sql/audit';
import { configureSync, getSyncStatus, readSyncSettings, runSyncPass } from '../../electron/sync';
import { newCentral, newDesk, seedTraffic, TOKEN, type Desk, type TestCentral } from '../helpers/sync-env';

describe('sync paused by the administrator', () => {
  let desk: Desk;
  let central: TestCentral;

  beforeEach(async () => {
    desk = newDesk();
    central = await newCentral(desk.dir);
  });
  afterEach(async () => {
    await central.close();
    desk.server.close();
    desk.cleanup();
  });

  it('keeps the address and token, runs no pass while paused, and sends everything once resumed', async () => {
    configureSync(desk.server, 'admin', { centralUrl: central.url, token: TOKEN });
    seedTraffic(desk.server, 1);
    const paused = configureSync(desk.server, 'admin', { paused: true });
    expect(paused).toEqual({ centralUrl: central.url, tokenSet: true, batchSize: null, enabled: false });
    expect(JSON.stringify(readSyncSettings(desk.server))).not.toContain(TOKEN);
    const audit = listAudit(desk.server.db, { action: 'sync.configure', limit: 5 });
    expect(audit[0]?.summary).toBe('sync settings changed: paused');

    const idle = await runSyncPass(desk.server);
    expect(idle.state).toBe('not_configured');
    expect(getSyncStatus(desk.server)).toMatchObject({ state: 'not_configured', lastError: 'paused' });
    expect(getSyncStatus(desk.server).pending).toBeGreaterThan(0);

    configureSync(desk.server, 'admin', { paused: false });
    expect(readSyncSettings(desk.server).enabled).toBe(true);
    const sent = await runSyncPass(desk.server);
    expect(sent.state).toBe('up_to_date');
    expect(getSyncStatus(desk.server)).toMatchObject({ state: 'up_to_date', pending: 0 });
  });
});
