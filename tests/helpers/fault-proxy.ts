// A fault-injection HTTP proxy on 127.0.0.1 in front of the real central receiver. Each request
// either passes through or suffers one fault: dropped connection, an error status (with
// Retry-After), a delay past the client's timeout (then forwarded anyway, like a slow network),
// forwarded but the answer dropped after central committed, repeated to central, or held (before
// or after central) until released, so a test can kill the client at an exact point.
//
// It is also the contract check on real traffic: every exchange it sees (the desk's request and
// central's answer, or the fault it answered instead) is validated against docs/sync-openapi.yaml
// (sync-contract.ts); close() fails with the list of violations. `tamper` breaks a field on purpose
// (in the desk's request or central's answer) to show that the check bites.
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { syncContract, type HttpExchange } from './sync-contract';

export type Fault =
  /** Close the client's connection without forwarding. */
  | { kind: 'drop' }
  /** Answer this status without forwarding (e.g. 500, 503, 429), with an optional Retry-After. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Wait `ms` (past the client's timeout), then forward to central anyway and relay if still possible. */
  | { kind: 'delay'; ms: number }
  /** Forward; central commits and answers; close the client's connection instead of relaying. */
  | { kind: 'drop_answer' }
  /** Forward the same request `times` more times after the first; relay the last answer. */
  | { kind: 'repeat'; times?: number }
  /** Hold the request before forwarding until release(); emits 'held'. Dropped if the client goes away. */
  | { kind: 'hold' }
  /** Forward; central commits; hold its answer until release(); emits 'held'. */
  | { kind: 'hold_answer' };

export interface ProxiedRequest {
  /** 1-based arrival number. */
  n: number;
  method: string;
  path: string;
  body: string;
  fault: Fault | null;
  /** performance.now() at arrival. */
  at: number;
  /** Central's status, when it was forwarded and answered. */
  centralStatus?: number;
  centralBody?: string;
}

export type FaultRule = (req: ProxiedRequest) => Fault | null | undefined;

type Json = Record<string, unknown>;

export interface ProxyOptions {
  /** Listen on this port (default: a free one). */
  port?: number;
  /** Validate every exchange against the sync contract (default true). */
  contract?: boolean;
  /**
   * Deliberate breakage, for proving the contract check: edits the desk's JSON request body before
   * it is checked and forwarded, or central's JSON answer before it is checked and relayed.
   */
  tamper?: {
    request?: (body: Json, req: { method: string; path: string }) => void;
    response?: (body: Json, req: { method: string; path: string; status: number }) => void;
  };
}

/** Thrown by close() when some exchange did not match the contract. */
export class ContractViolations extends Error {
  constructor(readonly violations: string[]) {
    super(`traffic does not match docs/sync-openapi.yaml:\n${violations.join('\n')}`);
    this.name = 'ContractViolations';
  }
}

function tampered<T extends object>(
  body: string,
  edit: ((json: Json, meta: T) => void) | undefined,
  meta: T,
) {
  if (!edit || !body) return body;
  try {
    const json = JSON.parse(body) as Json;
    edit(json, meta);
    return JSON.stringify(json);
  } catch {
    return body;
  }
}

interface CentralAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

export class FaultProxy extends EventEmitter {
  readonly requests: ProxiedRequest[] = [];
  /** Every exchange seen, in order of completion (what the recorded fixtures are made from). */
  readonly exchanges: HttpExchange[] = [];
  /** Contract problems found so far (close() throws them). */
  readonly violations: string[] = [];
  private readonly observed = new WeakSet<ProxiedRequest>();
  private queue: Fault[] = [];
  private rule: FaultRule | null = null;
  private releases: Array<() => void> = [];
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly agent = new http.Agent({ keepAlive: false });

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly target: URL,
    private readonly opts: ProxyOptions,
  ) {
    super();
  }

  static async start(target: string, opts: ProxyOptions = {}): Promise<FaultProxy> {
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', resolve);
    });
    const port = (server.address() as AddressInfo).port;
    const proxy = new FaultProxy(server, `http://127.0.0.1:${port}`, new URL(target), opts);
    server.on('request', (req, res) => void proxy.handle(req, res));
    return proxy;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Records one exchange and checks it against the contract. */
  private observe(r: ProxiedRequest, headers: http.IncomingHttpHeaders, answer: CentralAnswer | null): void {
    const x: HttpExchange = {
      method: r.method,
      path: r.path,
      requestHeaders: headers,
      requestBody: r.body,
      ...(answer
        ? { response: { status: answer.status, headers: answer.headers, body: answer.body.toString('utf8') } }
        : {}),
    };
    this.observed.add(r);
    this.exchanges.push(x);
    if (this.opts.contract === false) return;
    try {
      this.violations.push(...syncContract().check(x));
    } catch (e) {
      // Never let a broken check stall the traffic: it fails the test at close() instead.
      this.violations.push(`contract check failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Faults for the next requests, one each, in order; then the rule (if any), then pass-through. */
  enqueue(...faults: Fault[]): void {
    this.queue.push(...faults);
  }

  /** Decides a fault per request once the queue is empty; null = pass through. */
  setRule(rule: FaultRule | null): void {
    this.rule = rule;
  }

  /** Lets every held request continue. */
  release(): void {
    const r = this.releases;
    this.releases = [];
    for (const f of r) f();
  }

  /** Resolves with the first request (already seen or future) matching `pred`, once it reaches `stage`. */
  waitFor(
    pred: (r: ProxiedRequest) => boolean,
    stage: 'request' | 'held' | 'done' = 'request',
  ): Promise<ProxiedRequest> {
    return new Promise((resolve) => {
      const on = (r: ProxiedRequest) => {
        if (!pred(r)) return;
        this.off(stage, on);
        resolve(r);
      };
      this.on(stage, on);
    });
  }

  /** Resolves when no request is being handled (delayed forwards included). */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The violations so far, cleared: for a test that breaks the contract on purpose and says so. */
  takeViolations(): string[] {
    return this.violations.splice(0);
  }

  /** Stops; then throws ContractViolations if any exchange broke the contract. */
  async close(): Promise<void> {
    this.release();
    await this.idle();
    if (this.server.listening)
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
      });
    this.agent.destroy();
    const violations = this.takeViolations();
    if (violations.length) throw new ContractViolations([...new Set(violations)]);
  }

  private forward(r: ProxiedRequest, headers: http.IncomingHttpHeaders): Promise<CentralAnswer> {
    return new Promise((resolve, reject) => {
      const h: http.OutgoingHttpHeaders = {};
      for (const [k, v] of Object.entries(headers)) if (!HOP_HEADERS.has(k) && v !== undefined) h[k] = v;
      if (r.body) h['content-length'] = Buffer.byteLength(r.body);
      const out = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          method: r.method,
          path: r.path,
          headers: h,
          agent: this.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const meta = { method: r.method, path: r.path, status };
            const body = Buffer.from(
              tampered(Buffer.concat(chunks).toString('utf8'), this.opts.tamper?.response, meta),
            );
            r.centralStatus = status;
            r.centralBody = body.toString('utf8');
            const a = { status, headers: res.headers, body };
            this.observe(r, headers, a);
            resolve(a);
          });
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(r.body);
    });
  }

  private relay(res: http.ServerResponse, a: CentralAnswer): void {
    if (res.destroyed || res.writableEnded) return;
    const h: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(a.headers)) if (!HOP_HEADERS.has(k) && v !== undefined) h[k] = v;
    h['content-length'] = a.body.length;
    res.writeHead(a.status, h);
    res.end(a.body);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.inFlight++;
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const method = req.method ?? 'GET';
      const url = req.url ?? '/';
      const r: ProxiedRequest = {
        n: this.requests.length + 1,
        method,
        path: url,
        body: tampered(Buffer.concat(chunks).toString('utf8'), this.opts.tamper?.request, {
          method,
          path: url,
        }),
        fault: null,
        at: performance.now(),
      };
      r.fault = this.queue.shift() ?? this.rule?.(r) ?? null;
      this.requests.push(r);
      this.emit('request', r);
      const f = r.fault;
      const clientGone = new Promise<void>((resolve) => res.on('close', () => resolve()));

      if (!f) this.relay(res, await this.forward(r, req.headers));
      else if (f.kind === 'drop') req.socket.destroy();
      else if (f.kind === 'status') {
        const body = JSON.stringify({ error: { code: `proxy_${f.status}` } });
        const headers = {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          date: new Date().toUTCString(),
          ...(f.retryAfter !== undefined ? { 'retry-after': f.retryAfter } : {}),
        };
        this.observe(r, req.headers, { status: f.status, headers, body: Buffer.from(body) });
        res.writeHead(f.status, headers);
        res.end(body);
      } else if (f.kind === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, f.ms));
        this.relay(res, await this.forward(r, req.headers));
      } else if (f.kind === 'drop_answer') {
        await this.forward(r, req.headers);
        req.socket.destroy();
      } else if (f.kind === 'repeat') {
        let a = await this.forward(r, req.headers);
        for (let i = 0; i < (f.times ?? 1); i++) a = await this.forward(r, req.headers);
        this.relay(res, a);
      } else if (f.kind === 'hold') {
        const released = new Promise<'released'>((resolve) => this.releases.push(() => resolve('released')));
        this.emit('held', r);
        const why = await Promise.race([released, clientGone.then(() => 'gone' as const)]);
        if (why === 'released' && !res.destroyed) this.relay(res, await this.forward(r, req.headers));
      } else if (f.kind === 'hold_answer') {
        const a = await this.forward(r, req.headers);
        const released = new Promise<void>((resolve) => this.releases.push(resolve));
        this.emit('held', r);
        await Promise.race([released, clientGone]);
        this.relay(res, a);
      }
      // Dropped before any answer: the request alone is checked.
      if (!this.observed.has(r)) this.observe(r, req.headers, null);
      this.emit('done', r);
    } catch {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(502);
        res.end();
      } else res.destroy();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) {
        const w = this.idleWaiters;
        this.idleWaiters = [];
        for (const f of w) f();
      }
    }
  }
}
