// The shared-office-PC proof lives in the Windows release workflow (it needs real Windows users,
// DPAPI and NSIS): this checks that its steps are there and do what issue 13 asks, and that the
// installer hooks and packaging they rely on are configured.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
}
const wf = parse(read('.github/workflows/release.yml')) as {
  jobs: Record<string, { needs?: string; 'runs-on': string; steps: Step[] }>;
};
const office = wf.jobs.office!;
const step = (pattern: RegExp) => {
  const s = office.steps.find((x) => pattern.test(x.name ?? ''));
  expect(s, `a step named like ${pattern}`).toBeDefined();
  return s!.run ?? '';
};
const proof = read('scripts/office-proof.ps1');

describe('release workflow: shared office PC', () => {
  it('is its own Windows job after the main one, appended at the end', () => {
    expect(Object.keys(wf.jobs).at(-1)).toBe('office');
    expect(office['runs-on']).toMatch(/windows/);
    expect(office.needs).toBe('windows');
    // no downloads: only checkout, setup-node and npm
    expect(office.steps.filter((s) => s.uses).map((s) => s.uses!.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
    ]);
    expect(office.steps.map((s) => s.run ?? '').join('\n')).not.toMatch(
      /Invoke-WebRequest|curl |wget |PsExec|download/i,
    );
  });

  it('creates users A and B in the group and C outside it', () => {
    const run = step(/create local users/);
    expect(run).toMatch(/net user \$u \$windowsPassword \/add/);
    expect(run).toMatch(/net localgroup \$Group \$Users\.A \/add/);
    expect(run).toMatch(/net localgroup \$Group \$Users\.B \/add/);
    expect(run).not.toMatch(/\$Users\.C \/add/);
    expect(proof).toMatch(/A = 'pd-user-a'; B = 'pd-user-b'; C = 'pd-user-c'/);
    expect(proof).toMatch(/\$Script:Group = 'Privacy Desk Users'/);
  });

  it('runs the proof as each user: A sets up, B reads, C is refused the folder and the key', () => {
    expect(proof).toMatch(/Start-Process[\s\S]*-Credential \(New-CheckCredential \$name\)/);
    expect(step(/user A sets up/)).toMatch(/Invoke-OfficeCheckAs \$Users\.A 'setup'/);
    expect(step(/user A sets up/)).toMatch(/scheme -ne 'dpapi-machine'/);
    expect(step(/user B .* sees the letter/)).toMatch(
      /Invoke-OfficeCheckAs \$Users\.B 'read'[\s\S]*incomingNos -notcontains \$letter/,
    );
    const c = step(/user C .* refused/);
    expect(c).toMatch(/Invoke-OfficeCheckAs \$Users\.C 'read'/);
    expect(c).toMatch(/Test-ReadAs \$Users\.C[\s\S]*privacy-desk\.key\.sealed/);
    expect(proof).toMatch(/Get-Acl/);
    expect(proof).toMatch(/AreAccessRulesProtected/);
  });

  it('installs the previous build, upgrades with the data kept, and uninstalls keeping data unless /DELETEDATA', () => {
    expect(step(/previous version's installer/)).toMatch(/git worktree add \.\.\/prev/);
    expect(step(/install the previous build/)).toMatch(/Install-Desk/);
    const upgrade = step(/upgrade to this build/);
    expect(upgrade).toMatch(
      /Get-DataHashes[\s\S]*Install-Desk[\s\S]*Compare-Object \$before \(Get-DataHashes\)/,
    );
    expect(upgrade).toMatch(/Invoke-OfficeCheckAs \$Users\.B 'read'/);
    const uninstall = step(/uninstall keeps the data/);
    expect(uninstall).toMatch(/Uninstall-Desk\s*\n[\s\S]*Compare-Object/);
    expect(uninstall).toMatch(/Uninstall-Desk @\('\/DELETEDATA'\)[\s\S]*Test-Path \$DataDir/);
    expect(office.steps.at(-1)).toMatchObject({ if: 'always()' });
  });

  it('builds the proof tool the steps run', () => {
    expect(read('scripts/build.mjs')).toMatch(/'office-check': 'electron\/shell\/office-check\.ts'/);
    expect(proof).toMatch(/dist\\office-check\.cjs/);
  });
});

describe('installer for a shared office PC', () => {
  const cfg = parse(read('electron-builder.yml')) as Record<string, Record<string, unknown>>;
  const nsh = read('build/installer.nsh');
  const ps = read('build/office/machine-setup.ps1');

  it('is per machine, in kk/ru/en, with the office hooks and an MSI for Group Policy', () => {
    expect(cfg.nsis).toMatchObject({
      perMachine: true,
      oneClick: false,
      include: 'build/installer.nsh',
      multiLanguageInstaller: true,
      deleteAppDataOnUninstall: false,
    });
    expect(cfg.nsis!.installerLanguages).toEqual(['ru_RU', 'kk_KZ', 'en_US']);
    expect(cfg.msi).toMatchObject({ perMachine: true });
    expect(cfg.msi!.upgradeCode).toMatch(/^[0-9a-f-]{36}$/);
    expect(cfg.extraResources).toEqual([{ from: 'build/office', to: 'office' }]);
    expect(cfg.afterAllArtifactBuild).toBe('scripts/signing-report.cjs');
    expect((cfg.publish as unknown as Array<{ provider: string }>)[0]!.provider).toBe('generic');
  });

  it('creates the group, the folder and its ACL on install; keeps the data on uninstall unless /DELETEDATA, never on upgrade', () => {
    expect(nsh).toMatch(/!macro customInstall[\s\S]*machine-setup\.ps1[\s\S]*!macroend/);
    expect(nsh).toMatch(/\/DATADIR=/);
    expect(nsh).toMatch(
      /!macro customUnInstall\s+\$\{ifNot\} \$\{isUpdated\}[\s\S]*"\/DELETEDATA"[\s\S]*-Uninstall -DeleteData/,
    );
    expect(ps).toMatch(/\$Group = 'Privacy Desk Users'/);
    expect(ps).toMatch(/'localgroup', \$Group, '\/add'/);
    expect(ps).toMatch(/'\/inheritance:r', '\/grant:r'/);
    expect(ps).toMatch(
      /\*S-1-5-18:\(OI\)\(CI\)F', '\*S-1-5-32-544:\(OI\)\(CI\)F', "\$\{Group\}:\(OI\)\(CI\)\$groupRights"/,
    );
    expect(ps).toMatch(/Set-DeskAcl \$DataDir 'M'/);
    expect(ps).toMatch(/if \(-not \$DeleteData\) \{[\s\S]*exit 0/);
    expect(ps).toMatch(/dataDir = \$DataDir/);
  });

  it('passes electron-builder’s own schema check (no misspelt or misplaced options)', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration: (c: unknown, log: unknown) => Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    await expect(
      validateConfiguration(structuredClone(cfg), new DebugLogger(false)),
    ).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...structuredClone(cfg), msi: { ...cfg.msi, bogusOption: true } },
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  it('says clearly when a build is unsigned', async () => {
    const { signingStatus } = (await import(path.join(ROOT, 'scripts/signing-report.cjs'))) as {
      signingStatus: (env: Record<string, string>) => { signed: boolean };
    };
    expect(signingStatus({})).toEqual({ signed: false, source: null });
    expect(signingStatus({ CSC_LINK: 'cert.pfx' })).toEqual({ signed: true, source: 'CSC_LINK' });
    expect(signingStatus({ WIN_CSC_LINK: 'x' })).toEqual({ signed: true, source: 'WIN_CSC_LINK' });
    expect(read('scripts/signing-report.cjs')).toMatch(/UNSIGNED BUILD/);
  });
});
