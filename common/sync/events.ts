// Alias kept for code written against the first name of this module. Prefer '../sync/payloads':
// an import path ending in "events" matches the Node built-in `events` in the lint rule that keeps
// common/ free of Node modules (eslint.config.mjs), so importing this file fails lint.
export * from './payloads';
