// dist/office-check.cjs: the multi-user proof the Windows release workflow runs as different local
// users against the real machine folder, with the machine-scope DPAPI seal (shell/office-proof.ts).
// Not shipped in the installer.
//   office-check setup PASSWORD_FILE   user A: first run — database, administrator, one registered letter
//   office-check read PASSWORD_FILE    user B: unseal the key, sign in, find that letter
// The password comes from a file because Start-Process -Credential does not pass the caller's environment.
// Prints one JSON line; exit code 0 on success, 3 on a refusal (its code printed), 2 on misuse.
import { readFileSync } from 'node:fs';
import { dpapiMachineSealer } from './dpapi-sealer';
import { runOfficeProof } from './office-proof';

function out(result: Record<string, unknown>, code: number): never {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(code);
}

async function main(): Promise<void> {
  const cmd = process.argv[2];
  let password = '';
  try {
    password = readFileSync(process.argv[3] ?? '', 'utf8').trim();
  } catch {
    password = '';
  }
  if ((cmd !== 'setup' && cmd !== 'read') || password.length < 12)
    out({ ok: false, error: 'usage: office-check setup|read PASSWORD_FILE' }, 2);
  const sealer = dpapiMachineSealer();
  if (!sealer) out({ ok: false, error: 'DPAPI_UNAVAILABLE' }, 3);
  const r = await runOfficeProof(cmd, password, process.env, sealer);
  out(r.result, r.code);
}

void main().catch((e: unknown) =>
  out({ ok: false, error: (e as NodeJS.ErrnoException).code ?? 'INTERNAL' }, 3),
);
