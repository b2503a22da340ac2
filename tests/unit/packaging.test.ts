// What electron-builder would pack, checked here without Electron's Windows zip or NSIS:
// the config parses, everything it names exists, and the resolved file list holds the app and the
// driver's win32-x64 binary but no tests, sources or dev dependencies.
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  files: string[];
  extraMetadata?: Record<string, unknown>;
  win: { icon: string; target: { target: string; arch: string[] }[] };
  nsis: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
  directories: { output: string; buildResources: string };
}

const cfg = parse(read('electron-builder.yml')) as BuilderConfig;
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** electron-builder's `files` semantics: include patterns, then `!` patterns exclude. */
function resolveFiles(patterns: string[]): string[] {
  const include = new Set<string>();
  for (const p of patterns.filter((p) => !p.startsWith('!')))
    for (const f of globSync(p, { cwd: ROOT })) include.add(f.split(path.sep).join('/'));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const excluded = new Set(
    excludes.flatMap((p) => globSync(p, { cwd: ROOT }).map((f) => f.split(path.sep).join('/'))),
  );
  return [...include]
    .filter((f) => !excluded.has(f) && existsSync(path.join(ROOT, f)) && !f.endsWith('/'))
    .sort();
}

describe('Windows packaging', () => {
  it('is an NSIS per-machine assisted installer plus a portable build, versioned from package.json', () => {
    expect(cfg.appId).toMatch(/^[a-z0-9.]+$/);
    expect(cfg.productName).toBe('Privacy Desk');
    expect(cfg.extraMetadata?.version).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(cfg.win.target.map((t) => t.target).sort()).toEqual(['msi', 'nsis', 'portable']);
    expect(cfg.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
    });
    expect(cfg.asar).toBe(true);
    expect(cfg.npmRebuild).toBe(false);
    expect(cfg.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('names only files that exist', () => {
    expect(existsSync(path.join(ROOT, cfg.win.icon))).toBe(true);
    expect(readFileSync(path.join(ROOT, cfg.win.icon)).readUInt16LE(2)).toBe(1); // an ICO header
    expect(existsSync(path.join(ROOT, cfg.directories.buildResources))).toBe(true);
    for (const pattern of cfg.files.filter((p) => !p.startsWith('!'))) {
      expect(
        globSync(pattern, { cwd: ROOT }).length,
        `${pattern} matches nothing (run the build first)`,
      ).toBeGreaterThan(0);
    }
  });

  it('packs the built main, preload and renderer and the driver’s win32-x64 binary, unpacked from asar', () => {
    const files = resolveFiles(cfg.files);
    for (const must of [
      'package.json',
      'dist/main.cjs',
      'dist/preload.cjs',
      // The core and its readers run in worker threads loaded from these (see electron/worker/).
      'dist/core-worker.cjs',
      'dist/reader-worker.cjs',
      'dist/renderer/index.html',
      'node_modules/better-sqlite3-multiple-ciphers/prebuilds/win32-x64.node',
      'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
    ]) {
      expect(files, must).toContain(must);
    }
    expect(path.posix.normalize(pkg.main)).toBe('dist/main.cjs');
    expect(
      cfg.asarUnpack.some((p) => globSync(p, { cwd: ROOT }).some((f) => f.endsWith('win32-x64.node'))),
    ).toBe(true);
    expect(files.some((f) => f.startsWith('dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
  });

  it('leaves out tests, sources, source maps, other platforms’ binaries and dev dependencies', () => {
    const files = resolveFiles(cfg.files);
    expect(files.filter((f) => /^(tests|electron|common|renderer|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.node') && !/win32-x64(\.node|\/[^/]+\.node)$/.test(f))).toEqual(
      [],
    );
    const modules = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    // The two native modules (the driver; DPAPI for the machine-sealed key, with its loader) stay outside the bundle.
    expect([...modules].sort()).toEqual(['@primno', 'better-sqlite3-multiple-ciphers', 'node-gyp-build']);
    expect(files).toContain('node_modules/@primno/dpapi/prebuilds/win32-x64/@primno+dpapi.node');
    expect(
      Object.keys((pkg as { optionalDependencies?: Record<string, string> }).optionalDependencies ?? {}),
    ).toEqual(['@primno/dpapi']);
    for (const dev of Object.keys(pkg.devDependencies)) expect(modules.has(dev), dev).toBe(false);
    // Everything else the app uses is bundled into dist/main.cjs by esbuild.
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3-multiple-ciphers']);
  });

  it('has a valid release workflow whose test steps run the same npm scripts as .ci/run', () => {
    const wf = parse(read('.github/workflows/release.yml')) as {
      jobs: Record<string, { 'runs-on': string; steps: { run?: string }[] }>;
    };
    const job = Object.values(wf.jobs)[0]!;
    expect(job['runs-on']).toMatch(/windows/);
    const npmRuns = (text: string) =>
      [...text.matchAll(/^\s*(npm (?:run [\w:-]+|test|ci)\b)/gm)].map((m) => m[1]!.trim());
    const wfRuns = npmRuns(job.steps.map((s) => s.run ?? '').join('\n'));
    const ciRuns = npmRuns(read('.ci/run'));
    // npm ci builds (the prepare script) and npm test builds again only if the inputs changed.
    expect(ciRuns).toEqual(['npm ci', 'npm run typecheck', 'npm run lint', 'npm test']);
    expect(wfRuns.slice(0, ciRuns.length)).toEqual(ciRuns);
    expect(wfRuns).toContain('npm run dist:win');
    expect(wfRuns).toContain('npm run test:smoke');
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win/);
  });
});
