// Lint enforces the architecture as well as style:
// - only the Electron shell files may import 'electron' (the core must run under plain Node);
// - the renderer reaches the core only through window.api: no Node built-ins, no main-process code;
// - common/ runs on both sides, so it may import neither.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import featureBoundaries from './scripts/eslint/feature-boundaries.mjs';

export const ELECTRON_SHELL_FILES = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/shell/electron/*.ts',
];

// Bare built-in names are matched as exact module names (not as path patterns, which would also
// catch a project file such as ./events); anything with the node: prefix is matched by pattern.
const bareBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
  'zlib',
  'util',
  'events',
  'buffer',
  'process',
  'readline',
  'tls',
  'dns',
  'cluster',
  'module',
];
const builtinPaths = (message) => bareBuiltins.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Features meet only through their index.ts (scripts/eslint/feature-boundaries.mjs); tests may
    // reach inside a feature to test its parts.
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'local/feature-boundaries': 'error' },
  },
  {
    // Size limits (issue #17): a file a newcomer can read in one sitting, a function that fits a
    // screen or two. Tests are exempt: a scenario reads best top to bottom.
    files: ['electron/**/*.ts', 'common/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ELECTRON_SHELL_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only the Electron shell files may import electron (see eslint.config.mjs).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The two classic rules: hooks in a stable order, and effects that list what they read.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the core only through window.api.' },
            ...builtinPaths('The renderer runs in a browser sandbox: no Node built-ins.'),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
            {
              group: ['**/electron/**', '../electron*', '**/better-sqlite3*'],
              message: 'Import the shared contract from common/, not main-process code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'common/ runs on both sides.' },
            ...builtinPaths('common/ runs in the renderer too: no Node built-ins.'),
          ],
          patterns: [
            { group: ['node:*'], message: 'common/ runs in the renderer too: no Node built-ins.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'common/ depends on nothing but itself.',
            },
          ],
        },
      ],
    },
  },
);
