// The message transport between a thread and a worker it started (the core worker, a reader):
// requests with an id, an operation name and a payload; answers carry a value or an ErrorPayload
// (the same codes as a direct call); a request can be cancelled and can report progress; either
// side may send events. When the other side stops (crash, exit), every open request fails with an
// error at once instead of waiting forever.
import { PdError, toErrorPayload, type ErrorPayload } from '../../common/errors';

/** What a long job reports: its phase, and how far it is when that is known. */
export interface JobProgress {
  phase: string;
  done?: number;
  total?: number;
}

/** worker_threads' Worker and MessagePort (parentPort) both fit. */
export interface RpcPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

type Message =
  | { t: 'req'; id: number; op: string; payload: unknown; cancel?: SharedArrayBuffer }
  | { t: 'res'; id: number; ok: true; value: unknown }
  | { t: 'res'; id: number; ok: false; error: ErrorPayload }
  | { t: 'cancel'; id: number }
  | { t: 'progress'; id: number; progress: JobProgress }
  | { t: 'event'; name: string; payload: unknown };

export interface Job {
  /** Aborts when the caller cancels (seen by code that awaits). */
  signal: AbortSignal;
  /**
   * Whether the caller has cancelled, readable by synchronous code that never yields to the event
   * loop (a purge inside its one transaction): the flag is shared memory the caller sets at once.
   */
  cancelled(): boolean;
  progress(p: JobProgress): void;
}

export type OpHandler = (payload: never, job: Job) => unknown;

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((p: JobProgress) => void) | undefined;
}

interface Pending {
  resolve(value: unknown): void;
  reject(e: PdError): void;
  onProgress?: ((p: JobProgress) => void) | undefined;
}

export function errorFromPayload(p: ErrorPayload): PdError {
  return new PdError(p.code, p.details, p.messageKey);
}

export class Rpc {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly running = new Map<number, AbortController>();
  private readonly handlers = new Map<string, OpHandler>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private stopped: ErrorPayload | null = null;

  constructor(
    private readonly port: RpcPort,
    /** Errors that are not a PdError cross as INTERNAL with no text: this is where they are logged. */
    private readonly onUnexpected: (op: string, e: unknown) => void = () => {},
  ) {
    port.on('message', (m) => this.receive(m as Message));
  }

  handle<P>(op: string, fn: (payload: P, job: Job) => unknown): void {
    this.handlers.set(op, fn as OpHandler);
  }

  on(event: string, fn: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(fn);
    this.listeners.set(event, set);
    return () => set.delete(fn);
  }

  emit(event: string, payload: unknown): void {
    if (!this.stopped) this.port.postMessage({ t: 'event', name: event, payload } satisfies Message);
  }

  get openRequests(): number {
    return this.pending.size;
  }

  /** Sends a request; rejects with the PdError the other side answered, or CANCELLED, or INTERNAL once it stopped. */
  request<T>(op: string, payload: unknown, opts: RequestOptions = {}): Promise<T> {
    if (this.stopped) return Promise.reject(errorFromPayload(this.stopped));
    if (opts.signal?.aborted) return Promise.reject(new PdError('CANCELLED'));
    const id = this.nextId++;
    const cancel = opts.signal ? new SharedArrayBuffer(4) : undefined;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        if (cancel) Atomics.store(new Int32Array(cancel), 0, 1);
        this.port.postMessage({ t: 'cancel', id } satisfies Message);
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => opts.signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (v) => (done(), resolve(v as T)),
        reject: (e) => (done(), reject(e)),
        onProgress: opts.onProgress,
      });
      this.port.postMessage({ t: 'req', id, op, payload, ...(cancel ? { cancel } : {}) } satisfies Message);
    });
  }

  /** The other side is gone: every open request fails now, and later ones at once. */
  stop(error: ErrorPayload): void {
    if (this.stopped) return;
    this.stopped = error;
    for (const p of this.pending.values()) p.reject(errorFromPayload(error));
    this.pending.clear();
    for (const c of this.running.values()) c.abort();
    this.running.clear();
  }

  private receive(m: Message): void {
    switch (m.t) {
      case 'req':
        void this.serve(m.id, m.op, m.payload, m.cancel);
        return;
      case 'cancel':
        this.running.get(m.id)?.abort();
        return;
      case 'progress':
        this.pending.get(m.id)?.onProgress?.(m.progress);
        return;
      case 'event':
        for (const fn of this.listeners.get(m.name) ?? []) fn(m.payload);
        return;
      case 'res': {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.ok) p.resolve(m.value);
        else p.reject(errorFromPayload(m.error));
      }
    }
  }

  private async serve(id: number, op: string, payload: unknown, cancel?: SharedArrayBuffer): Promise<void> {
    const controller = new AbortController();
    this.running.set(id, controller);
    const cell = cancel ? new Int32Array(cancel) : null;
    const job: Job = {
      signal: controller.signal,
      cancelled: () => controller.signal.aborted || (cell !== null && Atomics.load(cell, 0) === 1),
      progress: (progress) => this.port.postMessage({ t: 'progress', id, progress } satisfies Message),
    };
    let answer: Message;
    try {
      const fn = this.handlers.get(op);
      if (!fn) throw new PdError('UNKNOWN_CALL', { op });
      answer = { t: 'res', id, ok: true, value: await fn(payload as never, job) };
    } catch (e) {
      if (!(e instanceof PdError)) this.onUnexpected(op, e);
      answer = { t: 'res', id, ok: false, error: toErrorPayload(e) };
    } finally {
      this.running.delete(id);
    }
    if (!this.stopped) this.port.postMessage(answer);
  }
}

/** A stopped worker, as an error payload: no hang, no stack, the reason for the log. */
export function workerStopped(reason: string): ErrorPayload {
  return new PdError('INTERNAL', { reason }).toPayload();
}
