// The Windows release workflow, read as data: it can only be run on GitHub's windows-latest, so
// what can be known here is checked here — Node 24, every step present and in order (tools,
// install, tests, installer, silent install, smoke, silent uninstall), and nothing fetched except
// through Chocolatey/winget and npm.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  env?: Record<string, string>;
  steps: Step[];
}

const ROOT = path.resolve(__dirname, '..', '..');
const wf = parse(readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
  jobs: Record<string, Job>;
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const job = wf.jobs.windows!;
const steps = job.steps;
const runs = steps.filter((s) => s.run).map((s) => s.run!);

/** The index of the step with this id; fails the test when it is missing. */
function at(id: string): number {
  const i = steps.findIndex((s) => s.id === id);
  expect(i, `step ${id}`).toBeGreaterThanOrEqual(0);
  return i;
}
const step = (id: string) => steps[at(id)]!;

describe('the Windows release workflow', () => {
  it('runs on windows-latest with Node 24', () => {
    expect(job['runs-on']).toBe('windows-latest');
    const node = step('setup-node');
    expect(node.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(String(node.with?.['node-version'])).toBe('24');
  });

  it('has every step, in order: tools, npm ci, tests, installer, silent install, smoke, silent uninstall', () => {
    const order = [
      'checkout',
      'setup-node',
      'install-tools',
      'npm-ci',
      'typecheck',
      'lint',
      'test',
      'build-installer',
      'install',
      'smoke',
      'uninstall',
    ];
    const indexes = order.map(at);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);

    expect(step('install-tools').run).toMatch(/choco install[^\n]*\blibreoffice-fresh\b[^\n]*\bpoppler\b/);
    expect(step('npm-ci').run).toMatch(/^npm ci\b/);
    expect(step('test').run).toBe('npm test');
    expect(step('build-installer').run).toBe('npm run dist:win');
    expect(step('install').run).toMatch(/Start-Process[^\n]*'\/S'[^\n]*-Wait/);
    expect(step('smoke').run).toBe('npm run test:smoke');
    expect(step('smoke').env?.PRIVACY_DESK_INSTALLED_EXE).toMatch(
      /^C:\\Program Files\\Privacy Desk\\Privacy Desk\.exe$/,
    );
    expect(step('uninstall').run).toMatch(/Uninstall Privacy Desk\.exe[\s\S]*'\/S'/);
    // The uninstall is proven, not assumed: the exe must be gone.
    expect(step('uninstall').run).toMatch(/still installed/);
  });

  it('downloads nothing except through Chocolatey/winget and npm', () => {
    const fetchers =
      /\b(curl|wget|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer|bitsadmin|certutil|DownloadFile|DownloadString|WebClient|git clone|pip install)\b/i;
    for (const run of runs) {
      expect(run, run).not.toMatch(fetchers);
      expect(run, run).not.toMatch(/https?:\/\//i);
      // npx runs only what npm ci installed; `playwright install` would fetch browsers from a CDN.
      for (const m of run.matchAll(/\bnpx\s+(\S+)/g))
        expect(Object.keys(pkg.devDependencies), m[0]).toContain(m[1]);
      expect(run).not.toMatch(/playwright install/);
      // Package managers: only the runner's own, and npm.
      for (const m of run.matchAll(/^\s*(\S+)\s+install\b/gm))
        expect(['choco', 'winget', 'npm'], m[0]).toContain(m[1]);
    }
    for (const s of steps.filter((s) => s.uses))
      expect(s.uses).toMatch(/^actions\/(checkout|setup-node|upload-artifact)@v\d+$/);
  });

  it('drives the e2e tests with the Chrome the runner image already has', () => {
    expect(job.env?.PRIVACY_DESK_CHROMIUM).toMatch(/\\Google\\Chrome\\Application\\chrome\.exe$/);
  });
});
