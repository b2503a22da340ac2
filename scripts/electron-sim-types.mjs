// For `npm run typecheck`: Electron's type namespace without its `declare module 'electron'`
// blocks, so tests/desktop/tsconfig.main-under-sim.json can point `electron` at the desktop
// harness's simulated API (an ambient module declaration would win over `paths`).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const source = fs.readFileSync(path.join(root, 'node_modules/electron/electron.d.ts'), 'utf8');
const stripped = source.replace(/^declare module 'electron(\/\w+)?' \{\n[\s\S]*?^\}\n/gm, '');
if (stripped === source) throw new Error('electron.d.ts: no `declare module electron` block found to strip');
const out = path.join(root, 'dist/types/electron-namespace.d.ts');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, stripped);
