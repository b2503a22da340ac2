// What the status bar shows, from real failures: nothing listening, wrong token, server errors,
// timeouts, an untrusted certificate, the OS offline; Retry-After; clock skew; and the background
// service going from "unreachable" to "up to date" when central starts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningCentral } from '../../electron/central/server';
import {
  configureSync,
  getSyncStatus,
  readSyncSettings,
  runSyncPass,
  SyncService,
  type SyncPassOptions,
  type SyncState,
  type SyncStatus,
} from '../../electron/sync';
import { FaultProxy } from '../helpers/fault-proxy';
import { newCentral, newDesk, seedTraffic, TOKEN, type Desk } from '../helpers/sync-env';

const FAST: SyncPassOptions = {
  token: TOKEN,
  timeoutMs: 1000,
  backoff: { baseMs: 1, maxMs: 5 },
  maxAttempts: 3,
};

/** A port nobody listens on (taken from the OS, then released). */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

describe('sync status classification', () => {
  let desk: Desk;
  const closers: Array<() => Promise<void>> = [];

  beforeEach(() => {
    desk = newDesk();
  });
  afterEach(async () => {
    for (const c of closers.splice(0).reverse()) await c();
    desk.server.close();
    desk.cleanup();
  });

  async function central(opts: Parameters<typeof newCentral>[1] = {}): Promise<RunningCentral> {
    const c = await newCentral(desk.dir, opts);
    closers.push(() => c.close());
    return c;
  }
  async function proxyTo(c: RunningCentral): Promise<FaultProxy> {
    const p = await FaultProxy.start(c.url);
    closers.push(() => p.close());
    return p;
  }

  it('not configured, then offline without touching the network', async () => {
    expect(getSyncStatus(desk.server).state).toBe('not_configured');
    expect((await runSyncPass(desk.server)).state).toBe('not_configured');
    const c = await central();
    const p = await proxyTo(c);
    seedTraffic(desk.server, 1);
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: p.url, isOnline: () => false });
    expect(r).toMatchObject({ state: 'offline', sent: 0, pending: 6 });
    expect(p.requests).toHaveLength(0);
    expect(getSyncStatus(desk.server)).toMatchObject({ state: 'offline', pending: 6 });
  });

  it('unreachable when nothing listens (ECONNREFUSED), with pending events kept', async () => {
    seedTraffic(desk.server, 1);
    const url = `http://127.0.0.1:${await freePort()}`;
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: url });
    expect(r).toMatchObject({ state: 'unreachable', error: 'ECONNREFUSED', pending: 6, sent: 0, retries: 2 });
    expect(getSyncStatus(desk.server)).toMatchObject({
      state: 'unreachable',
      lastError: 'ECONNREFUSED',
      lastSyncAt: null,
      pending: 6,
    });
  });

  it('unreachable on a timeout (central holds the request past timeoutMs)', async () => {
    const c = await central();
    const p = await proxyTo(c);
    p.setRule(() => ({ kind: 'hold' }));
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: p.url, timeoutMs: 150, maxAttempts: 2 });
    expect(r).toMatchObject({ state: 'unreachable', error: 'timeout' });
  });

  it('unauthorized with a wrong token, or a token bound to another desk', async () => {
    const c = await central();
    seedTraffic(desk.server, 1);
    const bad = await runSyncPass(desk.server, { ...FAST, centralUrl: c.url, token: 'not-the-token-at-all' });
    expect(bad).toMatchObject({ state: 'unauthorized', error: 'http_401', retries: 0, pending: 6 });
    expect(getSyncStatus(desk.server).state).toBe('unauthorized');

    expect((await runSyncPass(desk.server, { ...FAST, centralUrl: c.url })).state).toBe('up_to_date');
    const other = newDesk();
    try {
      const r = await runSyncPass(other.server, { ...FAST, centralUrl: c.url });
      expect(r).toMatchObject({ state: 'unauthorized', error: 'http_403' });
    } finally {
      other.server.close();
      other.cleanup();
    }
  });

  it('server error after retrying 5xx', async () => {
    const c = await central();
    const p = await proxyTo(c);
    p.setRule(() => ({ kind: 'status', status: 500 }));
    seedTraffic(desk.server, 1);
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: p.url });
    expect(r).toMatchObject({ state: 'server_error', error: 'http_500', retries: 2, pending: 6 });
    expect(p.requests).toHaveLength(3);
  });

  it('certificate not trusted: a self-signed HTTPS central', async (ctx) => {
    const dir = desk.dir;
    const gen = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(dir, 'k.pem'),
        '-out',
        path.join(dir, 'c.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { encoding: 'utf8' },
    );
    if (gen.error || gen.status !== 0) ctx.skip();
    const c = await central({
      tls: { cert: readFileSync(path.join(dir, 'c.pem')), key: readFileSync(path.join(dir, 'k.pem')) },
    });
    expect(c.url).toMatch(/^https:/);
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: c.url });
    expect(r).toMatchObject({ state: 'cert_untrusted', error: 'DEPTH_ZERO_SELF_SIGNED_CERT', retries: 0 });
    expect(getSyncStatus(desk.server).state).toBe('cert_untrusted');
  });

  it('honours Retry-After even when its own backoff is much shorter', async () => {
    const c = await central();
    const p = await proxyTo(c);
    let first = true;
    p.setRule((q) => {
      if (q.method !== 'POST' || !first) return null;
      first = false;
      return { kind: 'status', status: 429, retryAfter: '1' };
    });
    seedTraffic(desk.server, 1);
    const delays: number[] = [];
    const r = await runSyncPass(desk.server, {
      ...FAST,
      centralUrl: p.url,
      onProgress: (e) => {
        if (e.type === 'retry') delays.push(e.delayMs);
      },
    });
    expect(r.state).toBe('up_to_date');
    const posts = p.requests.filter((q) => q.method === 'POST');
    expect(posts[0]!.fault).toMatchObject({ status: 429 });
    expect(delays).toEqual([1000]);
    // Measured at the proxy: the retry came at least a second later.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('measures clock skew from the Date header and warns above 5 minutes', async () => {
    const ahead = await central({ clock: () => new Date(Date.now() + 10 * 60_000) });
    const r = await runSyncPass(desk.server, { ...FAST, centralUrl: ahead.url });
    expect(r.state).toBe('up_to_date');
    expect(r.clockSkewMs).toBeGreaterThan(10 * 60_000 - 1500);
    expect(r.clockSkewMs).toBeLessThan(10 * 60_000 + 1500);
    expect(r.skewWarning).toBe(true);
    expect(getSyncStatus(desk.server)).toMatchObject({ skewWarning: true });
    await ahead.close();

    const close = await central({ clock: () => new Date(Date.now() - 4 * 60_000) });
    const r2 = await runSyncPass(desk.server, { ...FAST, centralUrl: close.url });
    expect(r2.clockSkewMs).toBeLessThan(-4 * 60_000 + 1500);
    expect(r2.skewWarning).toBe(false);
    expect(getSyncStatus(desk.server)).toMatchObject({ state: 'up_to_date', skewWarning: false });
  });

  it('background service: unreachable until central starts, then up to date; wakes on new events', async () => {
    const port = await freePort();
    configureSync(desk.server, 'admin', {
      centralUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      batchSize: 4,
    });
    expect(readSyncSettings(desk.server)).toEqual({
      centralUrl: `http://127.0.0.1:${port}`,
      tokenSet: true,
      batchSize: 4,
      enabled: true,
    });
    seedTraffic(desk.server, 2);

    const svc = new SyncService(desk.server, {
      intervalMs: 60_000, // only the watcher and the failure backoff drive passes here
      failureBackoff: { baseMs: 20, maxMs: 80 },
      watchMs: 20,
      timeoutMs: 1000,
      maxAttempts: 1,
    });
    closers.push(() => svc.stop());
    const seen: SyncState[] = [];
    const until = (pred: (s: SyncStatus) => boolean) =>
      new Promise<SyncStatus>((resolve) => {
        const off = svc.subscribe((s) => {
          if (seen.at(-1) !== s.state) seen.push(s.state);
          if (pred(s)) {
            off();
            resolve(s);
          }
        });
      });

    const down = until((s) => s.state === 'unreachable');
    svc.start();
    expect((await down).pending).toBe(12);

    const up = until((s) => s.state === 'up_to_date');
    const c = await central({ port });
    expect((await up).pending).toBe(0);
    expect(seen).toEqual(expect.arrayContaining(['unreachable', 'syncing', 'up_to_date']));
    expect(c.store.listEvents()).toHaveLength(12);

    // A new event: the watcher notices and sends it without waiting for the interval.
    const sent = until(
      (s) => s.state === 'up_to_date' && s.pending === 0 && c.store.listEvents().length === 13,
    );
    seedTraffic(desk.server, 1, { prefix: 'later', life: [] });
    await sent;
    expect(svc.status().state).toBe('up_to_date');
    expect(svc.lastResult()?.accepted).toBe(1);
  });
});
