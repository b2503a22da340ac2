// The reference central receiver: a small, real HTTP(S) server implementing the sync protocol
// (docs/sync-protocol.md) over its own SQLite store. It listens on 127.0.0.1 by default.
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { anchorRequest } from '../../common/sync/anchor';
import { pushRequest, SYNC_MAX_BATCH_SIZE, SYNC_PATHS } from '../../common/sync/protocol';
import { CentralAnchors } from './anchors';
import { CentralStore, hashToken } from './store';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface CentralOptions {
  /** The receiver's own SQLite file (created when missing). */
  dbFile: string;
  /** Accepted bearer tokens; each binds to the first desk that uses it. */
  tokens: readonly string[];
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Central's clock: the Date header and all timestamps (tests shift it to cause skew). */
  clock?: () => Date;
  /** Event types answered `rejected: event_type_not_enabled` (central not ready for them yet). */
  disabledEventTypes?: readonly string[];
  /** Serve HTTPS with this certificate instead of plain HTTP. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Anchor desks' audit chain heads and sign receipts (announced in /v1/health). */
  anchoring?: boolean;
  /** One line per request (method, path, status, ms); no bodies. */
  log?: (line: string) => void;
}

export interface RunningCentral {
  url: string;
  port: number;
  store: CentralStore;
  anchors: CentralAnchors | null;
  setDisabledEventTypes(types: readonly string[]): void;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'payload_too_large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A JSON body; one that does not parse is a 400, one that is too large stays a 413. */
async function readJson(req: http.IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await readBody(req));
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'bad_json');
  }
}

/** Events must come in the desk's sequence order (only where both seqs are numbers). */
function checkSeqOrder(events: readonly unknown[]): void {
  const seqs = events.map((e) => (e as { seq?: unknown })?.seq);
  for (let i = 1; i < seqs.length; i++) {
    const a = seqs[i - 1];
    const b = seqs[i];
    if (typeof a === 'number' && typeof b === 'number' && !(b > a))
      throw new HttpError(400, 'batch_not_in_seq_order');
  }
}

function intParam(v: string | null, dflt: number, max: number): number {
  if (v === null) return dflt;
  if (!/^\d+$/.test(v)) throw new HttpError(400, 'bad_parameter');
  return Math.min(Number(v), max);
}

/** What every route needs: the store, the anchors, the clock and the token checks. */
interface Receiver {
  store: CentralStore;
  anchors: CentralAnchors | null;
  clock: () => Date;
  disabled: () => ReadonlySet<string>;
  /** The bearer token of the request, when it is one of the accepted ones. */
  authorize(req: http.IncomingMessage): string;
  /** Binds the token to the desk on first use; a token used by another desk is refused. */
  bind(token: string, deskId: string | null): string;
}

function receiver(opts: CentralOptions, store: CentralStore, disabled: () => ReadonlySet<string>): Receiver {
  // Anchoring is a capability central announces in /v1/health (off: plain v1 behaviour).
  const anchors = opts.anchoring ? new CentralAnchors(store.db) : null;
  const clock = opts.clock ?? (() => new Date());
  const tokenHashes = opts.tokens.map((t) => Buffer.from(hashToken(t), 'hex'));
  return {
    store,
    anchors,
    clock,
    disabled,
    authorize: (req) => {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!m) throw new HttpError(401, 'unauthorized', { 'www-authenticate': 'Bearer' });
      const h = Buffer.from(hashToken(m[1]!), 'hex');
      if (!tokenHashes.some((t) => timingSafeEqual(t, h)))
        throw new HttpError(401, 'unauthorized', { 'www-authenticate': 'Bearer error="invalid_token"' });
      return m[1]!;
    },
    bind: (token, deskId) => {
      if (!deskId || deskId.length > 64) throw new HttpError(400, 'desk_required');
      if (!store.bindToken(token, deskId, clock())) throw new HttpError(403, 'token_bound_to_other_desk');
      return deskId;
    },
  };
}

async function pushEvents(r: Receiver, req: http.IncomingMessage): Promise<unknown> {
  const token = r.authorize(req);
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new HttpError(415, 'json_required');
  const json = await readJson(req);
  const body = pushRequest.safeParse(json);
  if (!body.success) {
    const tooMany =
      Array.isArray((json as { events?: unknown })?.events) &&
      (json as { events: unknown[] }).events.length > SYNC_MAX_BATCH_SIZE;
    throw new HttpError(tooMany ? 413 : 400, tooMany ? 'batch_too_large' : 'bad_batch');
  }
  const deskId = r.bind(token, body.data.deskId);
  checkSeqOrder(body.data.events);
  const now = r.clock();
  const results = r.store.receive(deskId, body.data.events, now, { disabledEventTypes: r.disabled() });
  const head = body.data.auditHead;
  return {
    results,
    receivedAt: now.toISOString(),
    ...(head && r.anchors ? { anchor: r.anchors.anchor(deskId, head, now) } : {}),
  };
}

async function postAnchor(r: Receiver, anchors: CentralAnchors, req: http.IncomingMessage): Promise<unknown> {
  const token = r.authorize(req);
  const body = anchorRequest.safeParse(await readJson(req));
  if (!body.success) throw new HttpError(400, 'bad_anchor');
  const deskId = r.bind(token, body.data.deskId);
  return { anchor: anchors.anchor(deskId, body.data.auditHead, r.clock()) };
}

/** The body of a 200 answer; anything else is thrown as an HttpError. */
async function route(r: Receiver, req: http.IncomingMessage, url: URL): Promise<unknown> {
  const { pathname } = url;
  const desk = () => r.bind(r.authorize(req), url.searchParams.get('desk'));
  if (pathname === SYNC_PATHS.health && req.method === 'GET') {
    desk();
    return {
      status: 'ok',
      serverTime: r.clock().toISOString(),
      ...(r.anchors ? { anchoring: { keyId: r.anchors.keyId } } : {}),
    };
  }
  if (pathname === SYNC_PATHS.events && req.method === 'POST') return pushEvents(r, req);
  if (pathname === SYNC_PATHS.anchors && !r.anchors) throw new HttpError(404, 'not_found');
  if (pathname === SYNC_PATHS.anchors && req.method === 'POST') return postAnchor(r, r.anchors!, req);
  if (pathname === SYNC_PATHS.anchors && req.method === 'GET') return { anchor: r.anchors!.latest(desk()) };
  if (pathname === SYNC_PATHS.events && req.method === 'GET') {
    const deskId = desk();
    const after = intParam(url.searchParams.get('after'), 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(url.searchParams.get('limit'), 1000, 10_000);
    const events = r.store.listEvents({ deskId, after, limit });
    return { events, nextAfter: String(events.at(-1)?.id ?? after) };
  }
  if (pathname === SYNC_PATHS.results && req.method === 'GET') {
    const deskId = desk();
    const after = url.searchParams.get('after') ?? '';
    const limit = intParam(url.searchParams.get('limit'), 200, 1000);
    const results = r.store.results(deskId, after, limit);
    return { results, nextCursor: results.at(-1)?.cursor ?? after };
  }
  if (Object.values(SYNC_PATHS).includes(pathname as never)) throw new HttpError(405, 'method_not_allowed');
  throw new HttpError(404, 'not_found');
}

function handler(r: Receiver, log: CentralOptions['log']) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        'cache-control': 'no-store',
        date: r.clock().toUTCString(),
        ...headers,
      });
      res.end(text);
    };
    try {
      send(200, await route(r, req, new URL(req.url ?? '/', 'http://central')));
    } catch (e) {
      if (e instanceof HttpError) return send(e.status, { error: { code: e.code } }, e.headers);
      log?.(`central: internal error: ${e instanceof Error ? e.message : String(e)}`);
      return send(500, { error: { code: 'internal' } });
    }
  };
}

export async function startCentral(opts: CentralOptions): Promise<RunningCentral> {
  const store = CentralStore.open(opts.dbFile);
  let disabled = new Set(opts.disabledEventTypes ?? []);
  const r = receiver(opts, store, () => disabled);
  const handle = handler(r, opts.log);

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const t0 = performance.now();
    res.on('finish', () =>
      opts.log?.(
        `${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${Math.round(performance.now() - t0)}ms`,
      ),
    );
    handle(req, res).catch(() => res.destroy());
  };
  const server = opts.tls
    ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key }, listener)
    : http.createServer(listener);
  // The desk's client keeps connections alive; do not let idle ones hold a shutdown.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((e: unknown) => {
    store.close();
    throw e;
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host ?? '127.0.0.1';
  const url = `${opts.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    store,
    anchors: r.anchors,
    setDisabledEventTypes: (types) => {
      disabled = new Set(types);
    },
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeIdleConnections();
        // Requests in flight finish (their transaction commits and they are answered) before close.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      })),
  };
}
