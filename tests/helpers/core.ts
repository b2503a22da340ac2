// A whole core on a real encrypted database in a temp folder, set up with its first administrator,
// for tests that go through the real dispatch (session → role → payload).
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../common/contract';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { tmpDir } from './tmpdb';

export interface SetUpCore {
  core: AppCore;
  dir: string;
  /** The first administrator's session. */
  admin: string;
  /** The call's value, or an Error naming the refusal's code. */
  call<K extends CallName>(name: K, input: CallInput<K>, session?: string): Promise<CallOutput<K>>;
  close(): void;
}

export async function setUpCore(): Promise<SetUpCore> {
  const dir = tmpDir();
  const core = new AppCore({
    dbFile: path.join(dir, 'desk.db'),
    keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
    shell: 'headless',
    version: 't',
  });
  core.start();
  const admin = { username: 'admin', displayName: 'Admin', password: 'admin password 1' };
  const setup = await dispatch(HANDLERS, 'app.setup', { admin }, { core });
  if (!setup.ok) throw new Error(`app.setup: ${setup.error.code}`);
  const adminSession = (setup.value as CallOutput<'app.setup'>).sessionToken;
  return {
    core,
    dir,
    admin: adminSession,
    async call(name, input, session = adminSession) {
      const r = await dispatch(HANDLERS, name, input, { core, sessionToken: session });
      if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
      return r.value as CallOutput<typeof name>;
    },
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
