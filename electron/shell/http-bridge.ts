// The headless shell's bridge: the same handler table as Electron IPC, over HTTP on 127.0.0.1 only.
// Every call carries a random per-start token; a foreign Host or Origin is refused, so a web page
// that rebinds a DNS name to 127.0.0.1 cannot reach the desk.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallResult } from '../../common/contract';
import { isJobId, type JobProgress } from '../../common/contract/jobs';
import { SECURITY_HEADERS } from './csp';
import { readStatic } from './static-files';

export const MAX_BODY_BYTES = 48 * 1024 * 1024;
const CALL_PREFIX = '/api/call/';
const CANCEL_PREFIX = '/api/cancel/';
/** A job's answer: one JSON object a line, {progress} reports first, the call's result last. */
export const JOB_STREAM_TYPE = 'application/x-ndjson; charset=utf-8';

export interface BridgeOptions {
  port?: number;
  token?: string;
  rendererDir: string;
  /**
   * `session` is the signed-in session token the page carries in X-PD-Session, if any; `source`
   * the client's address (sign-in throttles per source).
   */
  handle(
    name: string,
    input: unknown,
    session: string | undefined,
    source: string,
    /** Aborts when the client goes away before the answer or cancels the job (maintenance stops). */
    signal: AbortSignal,
    /** Given for a job (X-PD-Job): the core's progress reports, streamed to the page. */
    onProgress?: (p: JobProgress) => void,
  ): Promise<CallResult<unknown>>;
}

export interface Bridge {
  url: string;
  /** The address to open: the token travels in the fragment, which browsers never send to a server. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: http.ServerResponse, status: number, body: Buffer | string, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function refuse(res: http.ServerResponse, status: number, code: string): void {
  sendJson(res, status, { ok: false, error: { code, messageKey: `errors.${code}` } });
}

/**
 * Reads a body of at most MAX_BODY_BYTES; null past that. The caller answers 413 and closes the
 * connection: the rest is never read into memory (destroying the socket before answering would
 * reset the connection and the client would see no answer at all).
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** What is read and dropped after a 413 while the client takes in the answer (see below). */
const LINGER_BYTES = 16 * 1024 * 1024;
const LINGER_MS = 5_000;

/**
 * 413 without reading the rest of the body into memory. A client still busy sending must not be cut
 * off before it reads the answer: closing a socket with unread data resets the connection (the
 * client's next write fails with EPIPE and Node's client then never reports the answer), and so
 * does "Connection: close", on which Node's server closes right after answering. So, like a web
 * server's lingering close, the rest is read and dropped (bounded in bytes and time), and only then
 * does the connection close. Nothing dropped is kept.
 */
function refuseTooLarge(res: http.ServerResponse): void {
  const req = res.req;
  refuse(res, 413, 'TOO_LARGE');
  let dropped = 0;
  const done = () => req.socket?.destroySoon?.();
  const timer = setTimeout(done, LINGER_MS);
  timer.unref();
  req.socket?.once('close', () => clearTimeout(timer));
  req.removeAllListeners('data');
  req.on('data', (c: Buffer) => {
    dropped += c.length;
    if (dropped > LINGER_BYTES) done();
  });
  req.once('end', done);
  req.resume();
}

/** The call name from the path; null when its %-encoding is malformed. */
function callName(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(CALL_PREFIX.length));
  } catch {
    return null;
  }
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  let port = opts.port ?? 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  /** Running jobs by the id the page gave them (X-PD-Job). */
  const jobs = new Map<string, AbortController>();

  /** One contract call; with X-PD-Job, a job: progress lines stream ahead of the answer. */
  async function serveCall(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return refuse(res, 415, 'VALIDATION');
    const name = callName(pathname);
    if (name === null)
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'UNKNOWN_CALL', messageKey: 'errors.UNKNOWN_CALL', details: { reason: 'encoding' } },
      });
    // Refused on the declared length before a byte of the body is read.
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return refuseTooLarge(res);
    const body = await readBody(req);
    if (body === null) return refuseTooLarge(res);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', messageKey: 'errors.VALIDATION', details: { reason: 'json' } },
      });
    }
    const header = req.headers['x-pd-session'];
    const session = typeof header === 'string' && header ? header : undefined;
    const source = req.socket.remoteAddress ?? 'unknown';
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const jobHeader = req.headers['x-pd-job'];
    const job = isJobId(jobHeader) && !jobs.has(jobHeader) ? jobHeader : null;
    if (!job) return sendJson(res, 200, await opts.handle(name, input, session, source, gone.signal));
    jobs.set(job, gone);
    try {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': JOB_STREAM_TYPE,
        'Cache-Control': 'no-store',
      });
      res.flushHeaders();
      const onProgress = (progress: JobProgress) => {
        if (!res.destroyed) res.write(`${JSON.stringify({ progress })}\n`);
      };
      const answer = await opts.handle(name, input, session, source, gone.signal, onProgress);
      if (!res.destroyed) res.end(`${JSON.stringify(answer)}\n`);
    } finally {
      jobs.delete(job);
    }
  }

  /** Aborts a running job (as if its client had gone); its call then answers CANCELLED. */
  function cancelJob(res: http.ServerResponse, pathname: string) {
    const id = pathname.slice(CANCEL_PREFIX.length);
    const running = isJobId(id) ? jobs.get(id) : undefined;
    running?.abort();
    sendJson(res, 200, { ok: true, value: { cancelled: !!running } });
  }

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 403, 'FOREIGN_HOST');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(res, 403, 'FOREIGN_ORIGIN');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname.startsWith('/api/')) {
        const cancel = url.pathname.startsWith(CANCEL_PREFIX);
        if (!cancel && !url.pathname.startsWith(CALL_PREFIX)) return refuse(res, 404, 'UNKNOWN_CALL');
        if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED');
        const auth = req.headers.authorization ?? '';
        const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
        if (!given || !tokensEqual(given, token)) return refuse(res, 401, 'UNAUTHORIZED');
        if (cancel) return cancelJob(res, url.pathname);
        return await serveCall(req, res, url.pathname);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'METHOD_NOT_ALLOWED');
      const file = readStatic(opts.rendererDir, url.pathname);
      return send(res, file.status, req.method === 'HEAD' ? '' : file.body, file.type);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'INTERNAL');
      else res.end();
    }
  });
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
