// The desktop harness's compile-time guard (tests/desktop/harness/electron-api.ts): code compiled the
// way `npm run typecheck` compiles electron/main.ts, with `electron` resolved to the simulated API,
// fails on an Electron API the harness does not simulate and on one Electron does not have.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const SNIPPET = path.join(ROOT, 'electron', '__harness_probe__.ts');

let generated = false;

function compile(code: string): string[] {
  if (!generated) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'electron-sim-types.mjs')]);
  generated = true;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    baseUrl: ROOT,
    paths: { electron: ['tests/desktop/harness/electron-module.d.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) =>
    path.resolve(file) === SNIPPET ? ts.createSourceFile(file, code, lang) : read(file, lang, ...rest);
  const roots = [SNIPPET, path.join(ROOT, 'dist', 'types', 'electron-namespace.d.ts')];
  const program = ts.createProgram(roots, options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('desktop harness types', () => {
  it('accept what main uses', () => {
    expect(
      compile(
        "import { app, BrowserWindow } from 'electron';\nvoid app.whenReady().then(() => new BrowserWindow({ show: false }).loadURL('app://privacy-desk/'));\n",
      ),
    ).toEqual([]);
  });

  it('refuse an Electron API the harness does not simulate, and one Electron lacks', () => {
    const errors = compile(
      "import { app } from 'electron';\napp.setAppUserModelId('kz.ibusiness');\napp.launchRockets();\n",
    );
    expect(errors).toEqual([
      "Property 'setAppUserModelId' does not exist on type 'SimApp'.",
      "Property 'launchRockets' does not exist on type 'SimApp'.",
    ]);
  });
});
