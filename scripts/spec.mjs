// `npm run spec`: regenerates components.schemas of docs/sync-openapi.yaml from the zod schemas and
// the examples in docs/sync-protocol.md from the recorded v1 traffic (scripts/sync-spec.ts).
// `npm run spec -- --check` only reports whether the committed files are up to date (exit 1 if not).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const require = createRequire(import.meta.url);
require('./check-node.cjs').assertNode24('npm run spec');

const { build } = await import('esbuild');
const here = import.meta.dirname;
// Bundled into dist/ (not a temp folder) so that prettier resolves from the project's node_modules.
const out = path.join(here, '..', 'dist', 'tools', 'sync-spec.cjs');
{
  await build({
    entryPoints: [path.join(here, 'sync-spec.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['prettier'],
    define: { __dirname: JSON.stringify(here) },
    logLevel: 'warning',
  });
  const spec = require(out);
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, render] of [
    [spec.SPEC_FILE, spec.renderSyncOpenApi],
    [spec.PROTOCOL_FILE, spec.renderProtocolDoc],
  ]) {
    const current = readFileSync(file, 'utf8');
    const next = await render(current);
    if (next === current) continue;
    stale++;
    if (check) console.error(`${path.relative(process.cwd(), file)} is not up to date: run npm run spec`);
    else writeFileSync(file, next);
  }
  console.log(check ? (stale ? 'spec: stale' : 'spec: up to date') : `spec: ${stale} file(s) written`);
  if (check && stale) process.exitCode = 1;
}
