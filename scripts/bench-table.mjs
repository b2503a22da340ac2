// Turns the JSON of `npm run bench` into the Markdown table of README's Benchmarks section:
//   npm run -s bench -- --only calls --scale 0.1 > bench.json && node scripts/bench-table.mjs bench.json
// One row per metric (median, p95, p99, unit, samples), in the order the suites recorded them.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/bench-table.mjs bench.json\n');
  process.exit(2);
}
const out = JSON.parse(readFileSync(file, 'utf8'));
const fmt = (x) =>
  x === undefined
    ? ''
    : Math.abs(x) >= 100
      ? Math.round(x).toLocaleString('en')
      : String(Math.round(x * 100) / 100);
const rows = Object.entries(out.metrics).map(([name, m]) => [
  `\`${name}\``,
  fmt(m.median),
  fmt(m.p95),
  fmt(m.p99),
  m.unit,
  String(m.n),
]);
const head = ['metric', 'median', 'p95', 'p99', 'unit', 'n'];
const lines = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
const sizes = Object.entries(out.sizes ?? {})
  .map(([k, v]) => `${k} ${Number(v).toLocaleString('en')}`)
  .join(', ');
process.stdout.write(`Sizes: ${sizes} (scale ${out.scale ?? 1}; node ${out.node}, ${out.platform}).\n\n`);
process.stdout.write(lines.join('\n') + '\n');
