// Builds the main-process bundles and the preload (esbuild) and the renderer (Vite) into dist/.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
require('./check-node.cjs').assertNode24('the build');

const { build } = await import('esbuild');
const { build: viteBuild } = await import('vite');
const path = await import('node:path');
const fs = await import('node:fs');
const { preloadBuildOptions, preloadProblem } = await import('./preload-bundle.mjs');

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.includes('--main-only')
  ? 'main'
  : process.argv.includes('--renderer-only')
    ? 'renderer'
    : 'all';

// `npm ci` builds (prepare) and `npm test` builds again; a stamp of the inputs lets the second one
// see that nothing changed, so CI builds once. The stamp is of paths, sizes and mtimes: cheap, and
// any edit changes it (a false "changed" only costs a rebuild).
const { inputsStamp } = await import('./build-stamp.mjs');
const stampFile = path.join(root, 'dist', '.build-stamp');
const stamp = only === 'all' ? inputsStamp(root) : null;
if (
  stamp &&
  !process.argv.includes('--force') &&
  fs.existsSync(stampFile) &&
  fs.readFileSync(stampFile, 'utf8') === stamp
) {
  console.log('build: up to date');
  process.exit(0);
}
if (fs.existsSync(stampFile)) fs.rmSync(stampFile);

// Everything pure-JS is bundled so the packaged app needs no node_modules but the native driver.
// The preload is not among these: it runs in the sandboxed renderer, see preload-bundle.mjs.
const nodeEntries = {
  main: 'electron/main.ts',
  cli: 'electron/cli/index.ts',
  serve: 'electron/shell/serve.ts',
  bench: 'electron/bench/index.ts',
  'office-check': 'electron/shell/office-check.ts',
  // The core and its read-only readers run in worker threads (electron/worker/).
  'core-worker': 'electron/worker/core-worker.ts',
  'reader-worker': 'electron/worker/reader-worker.ts',
};

if (only !== 'renderer') {
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(nodeEntries).filter(([, file]) => fs.existsSync(path.join(root, file))),
    ),
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    sourcemap: 'linked',
    // Native modules stay outside the bundle: their loaders find the .node binary by path.
    external: ['electron', 'better-sqlite3-multiple-ciphers', '@primno/dpapi'],
    logLevel: 'warning',
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  await build(preloadBuildOptions(root));
  const problem = preloadProblem(fs.readFileSync(path.join(root, 'dist/preload.cjs'), 'utf8'));
  if (problem) throw new Error(problem);
}
if (only !== 'main' && fs.existsSync(path.join(root, 'renderer/index.html'))) {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
if (stamp) fs.writeFileSync(stampFile, stamp);
console.log(`build: ${only} done`);
