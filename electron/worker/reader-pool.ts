// The core worker's readers: a few workers, each with its own read-only connection, so a long read
// never waits for the writer or for another read. A job goes to the reader with the fewest open
// jobs. A reader that dies fails its open jobs with an error and is replaced on the next job.
import { Worker } from 'node:worker_threads';
import { PdError } from '../../common/errors';
import { Rpc, workerStopped, type RequestOptions } from './rpc';
import type { ReaderInit } from './reader-worker';

interface Reader {
  worker: Worker;
  rpc: Rpc;
  alive: boolean;
}

export interface ReaderPoolOptions {
  size: number;
  file: string;
  key: Buffer;
  workerFile: string;
  extensions: string[];
  /** How long closing waits for a busy reader (CLOSE_WAIT_MS unless said otherwise). */
  closeWaitMs?: number;
}

/** How long closing waits for a reader busy with a query before it is terminated anyway. */
const CLOSE_WAIT_MS = 10_000;

export class ReaderPool {
  private readonly readers: (Reader | null)[];
  private readonly closed: SharedArrayBuffer;

  constructor(private readonly opts: ReaderPoolOptions) {
    this.readers = Array.from({ length: opts.size }, () => null);
    this.closed = new SharedArrayBuffer(4 * opts.size);
  }

  get size(): number {
    return this.opts.size;
  }

  private spawn(index: number): Reader {
    Atomics.store(new Int32Array(this.closed), index, 0);
    const workerData: ReaderInit = {
      file: this.opts.file,
      key: new Uint8Array(this.opts.key),
      closed: this.closed,
      index,
      extensions: this.opts.extensions,
    };
    const worker = new Worker(this.opts.workerFile, { workerData });
    worker.unref();
    const reader: Reader = { worker, rpc: new Rpc(worker), alive: true };
    const down = (reason: string) => {
      reader.alive = false;
      reader.rpc.stop(workerStopped(reason));
    };
    worker.on('error', () => down('reader_crashed'));
    worker.on('exit', () => down('reader_exited'));
    this.readers[index] = reader;
    return reader;
  }

  private pick(): Reader {
    let best: Reader | null = null;
    for (let i = 0; i < this.readers.length; i++) {
      let r = this.readers[i];
      if (!r || !r.alive) r = this.spawn(i);
      if (!best || r.rpc.openRequests < best.rpc.openRequests) best = r;
    }
    if (!best) throw new PdError('DB_NOT_OPEN');
    return best;
  }

  run<T>(op: string, payload: unknown, opts: RequestOptions = {}): Promise<T> {
    return this.pick().rpc.request<T>(op, payload, opts);
  }

  /**
   * Closes every reader's connection before returning (a restore renames the database file next,
   * which Windows refuses while any connection holds it open); open jobs fail with DB_NOT_OPEN.
   */
  closeNow(): void {
    const cells = new Int32Array(this.closed);
    for (const [i, r] of this.readers.entries()) {
      if (!r?.alive) continue;
      r.worker.postMessage({ t: 'close' });
      Atomics.wait(cells, i, 0, this.opts.closeWaitMs ?? CLOSE_WAIT_MS);
      r.rpc.stop(new PdError('DB_NOT_OPEN').toPayload());
      r.alive = false;
      void r.worker.terminate();
    }
    this.readers.fill(null);
  }
}
