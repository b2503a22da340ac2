// A desk served by the real core worker (CoreClient), set up with its first administrator, for
// tests of what crosses the transport: cancel, progress, concurrency, a worker that dies.
import path from 'node:path';
import type { CallResult } from '../../common/contract';
import { FileKeyStore } from '../../electron/core/keystore';
import { CoreClient } from '../../electron/worker/core-client';
import { tmpDir } from './tmpdb';

export const ADMIN = { username: 'admin', displayName: 'Admin', password: 'admin password 1' };

export interface WorkerDesk {
  dir: string;
  dbFile: string;
  keyStore: FileKeyStore;
  core: CoreClient;
  session: string;
  call(name: string, input?: unknown, opts?: Parameters<CoreClient['call']>[2]): Promise<CallResult<unknown>>;
}

export async function startWorkerDesk(extensions: string[] = []): Promise<WorkerDesk> {
  const dir = tmpDir();
  const dbFile = path.join(dir, 'desk.db');
  const keyStore = new FileKeyStore(path.join(dir, 'desk.key'));
  const core = await CoreClient.start({ dbFile, keyStore, shell: 'headless', version: 't', extensions });
  const setup = await core.call('app.setup', { admin: ADMIN });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  const session = (setup.value as { sessionToken: string }).sessionToken;
  return {
    dir,
    dbFile,
    keyStore,
    core,
    session,
    call: (name, input = {}, opts = {}) => core.call(name, input, { sessionToken: session, ...opts }),
  };
}
