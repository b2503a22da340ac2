import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../common/contract';
import { startHeadless, type Headless } from '../../electron/shell/headless';
import { diskBytes, sha256File, tmpDir } from '../helpers/tmpdb';
import { createHash } from 'node:crypto';

interface Reply {
  status: number;
  body: { ok?: boolean; value?: unknown; error?: { code: string; messageKey: string; details?: unknown } };
}

/** A raw request, so Host and Origin can be forged the way a rebinding page would. */
function request(
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'POST', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Reply['body'] = {};
          try {
            body = JSON.parse(text) as Reply['body'];
          } catch {
            body = {};
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('headless HTTP bridge', () => {
  let h: Headless;
  let dir: string;
  let port: number;
  let token: string;
  let session = '';
  const call = (name: string, input: unknown, headers: Record<string, string> = {}) =>
    request(port, {
      path: `/api/call/${name}`,
      headers: {
        host: `127.0.0.1:${port}`,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(session ? { 'x-pd-session': session } : {}),
        ...headers,
      },
      body: JSON.stringify(input),
    });
  const ADMIN = { username: 'admin', displayName: 'Administrator', password: 'a long admin password' };

  beforeAll(async () => {
    dir = tmpDir();
    h = await startHeadless({
      dbFile: path.join(dir, 'desk.db'),
      keyFile: path.join(dir, 'desk.key'),
      rendererDir: dir,
    });
    port = h.bridge.port;
    token = h.bridge.token;
  });
  afterAll(async () => {
    await h.close();
  });

  it('binds to 127.0.0.1 and hands the token over in the URL fragment only', () => {
    expect(h.bridge.url).toBe(`http://127.0.0.1:${port}/`);
    expect(h.bridge.openUrl).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    expect(token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a call that carries the token', async () => {
    const r = await call('app.state', {});
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, value: { phase: 'setup', shell: 'headless' } });
  });

  it('refuses a call without the token, or with a wrong one (401), and runs nothing', async () => {
    const none = await call('app.setup', { admin: ADMIN }, { authorization: '' });
    expect(none.status).toBe(401);
    expect(none.body.error?.code).toBe('UNAUTHORIZED');
    const wrong = await call(
      'app.setup',
      { admin: ADMIN },
      { authorization: `Bearer ${token.slice(0, -2)}xx` },
    );
    expect(wrong.status).toBe(401);
    const basic = await call('app.setup', { admin: ADMIN }, { authorization: `Basic ${token}` });
    expect(basic.status).toBe(401);
    expect((await h.core.state()).phase).toBe('setup');
  });

  it('refuses a foreign Host and a foreign Origin even with the right token', async () => {
    const host = await call('app.state', {}, { host: `evil.example:${port}` });
    expect(host.status).toBe(403);
    expect(host.body.error?.code).toBe('FOREIGN_HOST');
    const rebound = await call('app.state', {}, { host: `127.0.0.1.nip.io:${port}` });
    expect(rebound.status).toBe(403);
    const origin = await call('app.state', {}, { origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(origin.body.error?.code).toBe('FOREIGN_ORIGIN');
    const otherPort = await call('app.state', {}, { origin: `http://127.0.0.1:${port + 1}` });
    expect(otherPort.status).toBe(403);
    const same = await call('app.state', {}, { origin: `http://127.0.0.1:${port}` });
    expect(same.status).toBe(200);
    const page = await request(port, {
      path: '/',
      method: 'GET',
      headers: { host: `attacker.test:${port}` },
    });
    expect(page.status).toBe(403);
  });

  it('refuses unknown calls', async () => {
    const r = await call('db.dropEverything', {});
    expect(r.body).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CALL', messageKey: 'errors.UNKNOWN_CALL' },
    });
  });

  it('every contract call refuses malformed payloads with a clear error and leaves the database unchanged', async () => {
    if ((await h.core.state()).phase === 'setup') {
      const r = await call('app.setup', { admin: ADMIN });
      expect(r.body.ok).toBe(true);
      session = (r.body.value as { sessionToken: string }).sessionToken;
    }
    const file = path.join(dir, 'desk.db');
    // Let the background sync's first pass (started when the database opened) finish first.
    await h.core.runSyncOnce();
    const before = createHash('sha256').update(diskBytes(file)).digest('hex');
    const beforeMain = sha256File(file);
    const malformed: unknown[] = [42, 'text', [], { __unknown_field__: true }];
    for (const name of Object.keys(CONTRACT)) {
      for (const payload of malformed) {
        const r = await call(name, payload);
        expect(r.status, name).toBe(200);
        expect(r.body.ok, `${name} accepted ${JSON.stringify(payload)}`).toBe(false);
        expect(r.body.error?.code, name).toBe('VALIDATION');
        expect(r.body.error?.messageKey).toBe('errors.VALIDATION');
        expect(JSON.stringify(r.body.error)).not.toMatch(/at .*\.(ts|js|cjs):\d+|SELECT|INSERT/);
      }
    }
    expect(createHash('sha256').update(diskBytes(file)).digest('hex')).toBe(before);
    expect(sha256File(file)).toBe(beforeMain);
  });

  it('refuses calls that need a signed-in session without one, before looking at the payload', async () => {
    const r = await call('users.list', 42, { 'x-pd-session': 'forged' });
    expect(r.body.error?.code).toBe('SESSION_REQUIRED');
  });

  it('names the field and the problem, never the value that was sent', async () => {
    const r = await call('app.recover', { recoveryKey: 'Сейтқали 900115300122' });
    expect(r.body.error?.code).toBe('VALIDATION');
    expect(r.body.error?.details).toEqual({ issues: [{ path: 'recoveryKey', code: 'too_small' }] });
    expect(JSON.stringify(r.body)).not.toContain('900115300122');
  });

  it('refuses bodies that are not JSON and methods other than POST', async () => {
    const notJson = await request(port, {
      path: '/api/call/app.state',
      headers: {
        host: `127.0.0.1:${port}`,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    const get = await request(port, {
      path: '/api/call/app.state',
      method: 'GET',
      headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(405);
  });
});
