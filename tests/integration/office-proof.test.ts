// The multi-user proof the Windows workflow runs as three local users, run here as one user with a
// test sealer: setup creates the shared database in the machine folder and registers a letter; a
// second run opens it through the sealed key and lists that letter; a wrong seal is refused.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NamedSealer } from '../../electron/core/sealed-key';
import { runOfficeProof } from '../../electron/shell/office-proof';
import { tmpDir } from '../helpers/tmpdb';

const sealer = (pad: number): NamedSealer => ({
  scheme: 'dpapi-machine',
  isAvailable: () => true,
  seal: (k) => Buffer.from(k.map((b) => b ^ pad)),
  unseal: (s) => Buffer.from(s.map((b) => b ^ pad)),
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('office proof (release workflow multi-user steps)', () => {
  it('user A sets up and registers a letter; user B sees it; a different seal cannot open it', async () => {
    const root = tmpDir('pd-office-');
    dirs.push(root);
    const env = { PRIVACY_DESK_DATA_DIR: path.join(root, 'Privacy Desk') };
    const a = await runOfficeProof('setup', 'a long office password', env, sealer(0x11));
    expect(a.code).toBe(0);
    expect(a.result).toMatchObject({ ok: true, dataDir: env.PRIVACY_DESK_DATA_DIR });
    const b = await runOfficeProof('read', 'a long office password', env, sealer(0x11));
    expect(b).toMatchObject({ code: 0, result: { ok: true, incomingNos: [a.result.incomingNo] } });
    const c = await runOfficeProof('read', 'a long office password', env, sealer(0x22));
    expect(c.code).toBe(3);
    expect(c.result).toMatchObject({ ok: false, phase: 'error' });
    const wrongPassword = await runOfficeProof('read', 'not the password at all', env, sealer(0x11));
    expect(wrongPassword.result).toMatchObject({ ok: false, call: 'auth.login', error: 'AUTH_FAILED' });
  });
});
