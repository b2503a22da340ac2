// The preload's own bundle. Electron runs a sandboxed preload as a function of
// (require, process, exports, module) plus Buffer, global, setImmediate, clearImmediate
// (electron/electron lib/sandboxed_renderer/preload.ts), and its require knows only
// electron, electron/common, electron/renderer, events, timers and url (init.ts).
// Those last two would load, but nothing in a browser bundle needs them. So this
// bundle gets no Node banner and must not mention __filename, __dirname or import.meta.

/** Modules the sandboxed preload loader can require. */
export const SANDBOX_MODULES = [
  'electron',
  'electron/common',
  'electron/renderer',
  'events',
  'node:events',
  'timers',
  'node:timers',
  'url',
  'node:url',
];

/** esbuild options for dist/preload.cjs (relative to the repository root). */
export function preloadBuildOptions(root, outfile = 'dist/preload.cjs') {
  return {
    absWorkingDir: root,
    entryPoints: ['electron/preload.ts'],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    logLevel: 'warning',
  };
}

/** Why a built preload would not run under the sandboxed loader, or null when it would. */
export function preloadProblem(code) {
  const globals = ['__filename', '__dirname', 'import.meta'].filter((g) => code.includes(g));
  if (globals.length)
    return `dist/preload.cjs uses ${globals.join(', ')}, which the sandboxed preload does not have`;
  const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const foreign = required.filter((m) => !SANDBOX_MODULES.includes(m));
  if (foreign.length)
    return `dist/preload.cjs requires ${foreign.join(', ')}, which the sandboxed preload cannot load`;
  return null;
}
