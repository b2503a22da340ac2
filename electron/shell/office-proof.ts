// The multi-user proof's logic (dist/office-check.cjs is its command line): with the app's own
// folder resolution, key store and contract dispatch, user A sets up the shared database and
// registers a letter; another user opens the same database with the same sealed key and lists it.
import { dispatch } from '../app/dispatch';
import { AppCore } from '../app/core';
import { HANDLERS } from '../app/handlers';
import { APP_VERSION } from '../app/version';
import { SealedKeyStore } from '../core/keystore';
import { resolveMachinePaths } from '../core/paths';
import type { NamedSealer } from '../core/sealed-key';

const LETTER = {
  receivedAt: '2026-11-23T10:05:00+05:00',
  channel: 'registered_mail',
  trackingNumber: 'RR123456785KZ',
  sender: { name: 'Office Check Sender', iin: null, address: 'Almaty' },
  summary: 'multi-user proof',
  language: 'ru',
  sheets: 1,
};

export interface ProofResult {
  code: 0 | 3;
  result: Record<string, unknown>;
}

class Refused extends Error {
  constructor(readonly result: Record<string, unknown>) {
    super('refused');
  }
}

export async function runOfficeProof(
  cmd: 'setup' | 'read',
  password: string,
  env: NodeJS.ProcessEnv,
  sealer: NamedSealer,
): Promise<ProofResult> {
  const paths = resolveMachinePaths({ env, platform: process.platform });
  const core = new AppCore({
    dbFile: paths.dbFile,
    keyStore: new SealedKeyStore(paths.sealedKeyFile, [sealer]),
    shell: 'headless',
    version: APP_VERSION,
  });
  try {
    const state = core.start();
    const call = async (name: string, input: unknown, sessionToken?: string) => {
      const r = await dispatch(HANDLERS, name, input, { core, ...(sessionToken ? { sessionToken } : {}) });
      if (!r.ok) throw new Refused({ ok: false, call: name, error: r.error.code, phase: state.phase });
      return r.value as Record<string, unknown>;
    };
    if (cmd === 'setup') {
      const setup = await call('app.setup', {
        admin: { username: 'officeadmin', displayName: 'Office Admin', password },
      });
      const letter = await call('intake.create', LETTER, setup.sessionToken as string);
      return { code: 0, result: { ok: true, dataDir: paths.dataDir, incomingNo: letter.incomingNo } };
    }
    if (state.phase !== 'ready')
      return { code: 3, result: { ok: false, phase: state.phase, error: state.error?.code ?? 'NOT_READY' } };
    const login = await call('auth.login', { username: 'officeadmin', password });
    const rows = (await call('intake.list', { limit: 10 }, login.sessionToken as string)).rows as Array<{
      incomingNo: string;
    }>;
    return {
      code: rows.length > 0 ? 0 : 3,
      result: { ok: rows.length > 0, dataDir: paths.dataDir, incomingNos: rows.map((r) => r.incomingNo) },
    };
  } catch (e) {
    if (e instanceof Refused) return { code: 3, result: e.result };
    return { code: 3, result: { ok: false, error: (e as NodeJS.ErrnoException).code ?? 'INTERNAL' } };
  } finally {
    core.close();
  }
}
