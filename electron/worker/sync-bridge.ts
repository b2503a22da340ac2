// Synchronous calls from a worker to the thread that started it, for the few things only that
// thread can do and the core asks for synchronously: the key store (Electron's safeStorage lives in
// the main process only) and "is the network up". The worker posts the question and sleeps on a
// shared flag (Atomics.wait) until the host has answered; the host never waits on the worker, so
// neither can block the other for good. A bounded wait turns a host that died into an error.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { PdError, toErrorPayload, type ErrorPayload } from '../../common/errors';
import { errorFromPayload } from './rpc';

export interface SyncBridgeEnds {
  /** Given to the worker (in workerData, and in transferList). */
  port: MessagePort;
  flag: SharedArrayBuffer;
}

type Answer = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

const WAIT_MS = 30_000;

/** The host's side: answers each question with its synchronous operation. */
export function serveSyncBridge(ops: Record<string, (arg: never) => unknown>): {
  ends: SyncBridgeEnds;
  close(): void;
} {
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const cell = new Int32Array(flag);
  port1.on('message', (m: { op: string; arg: unknown }) => {
    let answer: Answer;
    try {
      const fn = ops[m.op];
      if (!fn) throw new PdError('UNKNOWN_CALL', { op: m.op });
      answer = { ok: true, value: fn(m.arg as never) };
    } catch (e) {
      answer = { ok: false, error: toErrorPayload(e) };
    }
    port1.postMessage(answer);
    Atomics.store(cell, 0, 1);
    Atomics.notify(cell, 0);
  });
  // The worker keeps the process alive, not this port.
  port1.unref();
  return { ends: { port: port2, flag }, close: () => port1.close() };
}

/** The worker's side: asks and waits for the answer. */
export function syncBridgeClient(ends: SyncBridgeEnds): <T>(op: string, arg?: unknown) => T {
  const cell = new Int32Array(ends.flag);
  return <T>(op: string, arg?: unknown): T => {
    Atomics.store(cell, 0, 0);
    ends.port.postMessage({ op, arg });
    if (Atomics.wait(cell, 0, 0, WAIT_MS) === 'timed-out')
      throw new PdError('INTERNAL', { reason: 'host_not_answering', op });
    const got = receiveMessageOnPort(ends.port);
    if (!got) throw new PdError('INTERNAL', { reason: 'host_no_answer', op });
    const answer = got.message as Answer;
    if (!answer.ok) throw errorFromPayload(answer.error);
    return answer.value as T;
  };
}
