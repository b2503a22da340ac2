// The HTTP bridge refuses an oversized body with 413 before reading it, and a malformed
// %-encoding in a call name with 400 (issue 15), instead of a reset connection or a 500.
import http from 'node:http';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/shell/http-bridge';
import { startHeadless, type Headless } from '../../electron/shell/headless';
import { tmpDir } from '../helpers/tmpdb';

interface Reply {
  status: number;
  code?: string;
  /** Bytes the client managed to send before the answer came. */
  sent: number;
}

/** Streams `total` bytes (declared or chunked) and resolves with the status as soon as it arrives. */
function post(
  port: number,
  token: string,
  opts: { path: string; total: number; declare: boolean; fill?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: opts.path,
      method: 'POST',
      headers: {
        host: `127.0.0.1:${port}`,
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(opts.declare ? { 'content-length': String(opts.total) } : {}),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
          error?: { code: string };
        };
        resolve({ status: res.statusCode ?? 0, sent, ...(body.error ? { code: body.error.code } : {}) });
        req.destroy();
      });
    });
    // The server may close the connection after answering: that is expected once the answer is in.
    req.on('error', (e) => (sent >= opts.total ? reject(e) : undefined));
    const chunk = opts.fill !== undefined ? Buffer.from(opts.fill) : Buffer.alloc(1024 * 1024, 0x20);
    const pump = () => {
      while (sent < opts.total && !req.destroyed) {
        const n = Math.min(chunk.length, opts.total - sent);
        sent += n;
        if (!req.write(chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      if (sent >= opts.total) req.end();
    };
    pump();
  });
}

describe('bridge limits', () => {
  let h: Headless;
  let dir: string;

  beforeAll(async () => {
    dir = tmpDir();
    h = await startHeadless({
      dbFile: path.join(dir, 'desk.db'),
      keyFile: path.join(dir, 'desk.key'),
      rendererDir: dir,
    });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 413 to a declared 100 MB body before reading it', async () => {
    const r = await post(h.bridge.port, h.bridge.token, {
      path: '/api/call/app.state',
      total: 100 * 1024 * 1024,
      declare: true,
    });
    expect(r).toMatchObject({ status: 413, code: 'TOO_LARGE' });
    // The answer came long before the body was sent.
    expect(r.sent).toBeLessThan(100 * 1024 * 1024);
  });

  it('answers 413 to an undeclared (chunked) body once it passes the cap', async () => {
    const r = await post(h.bridge.port, h.bridge.token, {
      path: '/api/call/app.state',
      total: MAX_BODY_BYTES + 8 * 1024 * 1024,
      declare: false,
    });
    expect(r).toMatchObject({ status: 413, code: 'TOO_LARGE' });
  });

  it('answers 400 to a malformed %-encoding in the call name, and still serves afterwards', async () => {
    for (const bad of ['%', '%E0%A4%A', 'app.%ZZstate', '%C0%AF']) {
      const r = await post(h.bridge.port, h.bridge.token, {
        path: `/api/call/${bad}`,
        total: 2,
        declare: true,
        fill: '{}',
      });
      expect(r, bad).toMatchObject({ status: 400, code: 'UNKNOWN_CALL' });
    }
    const ok = await post(h.bridge.port, h.bridge.token, {
      path: '/api/call/app.state',
      total: 2,
      declare: true,
      fill: '{}',
    });
    expect(ok.status).toBe(200);
  });
});
