// A worker thread for the numbering race test: opens its own connection to the shared database
// file, waits at a barrier so every worker starts at the same moment, then registers letters.
import { parentPort, workerData } from 'node:worker_threads';
import { intakeCreateSchema } from '../../common/contract/mailroom';
import { registerIncoming } from '../../electron/mailroom/intake';
import { Server } from '../../electron/sql/server';

interface Data {
  file: string;
  keyHex: string;
  worker: number;
  count: number;
  barrier: SharedArrayBuffer;
}

const d = workerData as Data;
const server = Server.open({ file: d.file, key: Buffer.from(d.keyHex, 'hex') });
const gate = new Int32Array(d.barrier);
Atomics.add(gate, 1, 1); // ready
Atomics.wait(gate, 0, 0); // until the main thread opens the gate
const seqs: number[] = [];
try {
  for (let i = 0; i < d.count; i++) {
    const input = intakeCreateSchema.parse({
      channel: 'by_hand',
      sender: { name: `Отправитель ${d.worker}-${i}` },
      summary: `Письмо ${d.worker}-${i}`,
      language: 'ru',
    });
    const e = registerIncoming(server, `worker${d.worker}`, input);
    seqs.push(e.seq);
    // Give the other writers a chance to take the lock between our transactions.
    Atomics.wait(gate, 2, 0, Math.random() * 2);
  }
  parentPort!.postMessage({ ok: true, seqs });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: String((e as Error)?.message ?? e) });
} finally {
  server.close();
}
