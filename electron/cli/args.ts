// What every command group needs to read its arguments: usage errors, whole numbers, repeatable
// options, JSON files and contract validation. One copy, so every command reports alike.
import { xmlSafe } from '../../common/contract/text';
import type { z } from 'zod';
import { PdError } from '../../common/errors';
import { MAX_JSON_BYTES, readBoundedText } from '../core/read-bounded';
import { CliExit, EXIT_FAIL, EXIT_USAGE } from './output';
import type { GlobalOptions } from './context';

/** A mistake in how the command was called: one line on stderr, exit 2. */
export function usage(message: string): never {
  process.stderr.write(`privacy-desk: ${message}\n`);
  throw new CliExit(EXIT_USAGE);
}

/** A whole-number option; `min` is named in the message when the command gives one. */
export function wholeNumber(
  name: string,
  v: string | undefined,
  range: { min?: number; max?: number } = {},
): number | undefined {
  if (v === undefined) return undefined;
  const min = range.min ?? 0;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    usage(`${name} must be a whole number${range.min !== undefined ? ` ≥ ${range.min}` : ''}`);
  return Number(v);
}

/** For a repeatable option: each use adds one value. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Reads a JSON file ('-' is stdin, a BOM is allowed); the caller decides how an unreadable file and
 * text that is not JSON are reported, since commands answer those differently.
 */
export function readJsonFile(
  file: string,
  fail: { unreadable: (e: unknown) => never; invalid: (e: unknown) => never },
): unknown {
  let text: string;
  try {
    text = readBoundedText(file, MAX_JSON_BYTES);
  } catch (e) {
    return fail.unreadable(e);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    return fail.invalid(e);
  }
}

/** Validates like dispatch does: issues name the path and the problem, never the value. */
export function validate<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  how: { prefix?: string; messages?: boolean } = {},
): z.output<S> {
  const r = xmlSafe(schema).safeParse(raw);
  if (!r.success) {
    throw new PdError('VALIDATION', {
      issues: r.error.issues.map((i) => ({
        path: [how.prefix ?? '', ...i.path.map(String)].filter(Boolean).join('.'),
        code: i.code,
        ...(how.messages ? { message: i.message } : {}),
      })),
    });
  }
  return r.data;
}

/**
 * A feature's own error codes get their own one-line text (the shared printer knows only the
 * core's); anything else is rethrown for it.
 */
export function failKnown(e: unknown, g: GlobalOptions, textOf: (code: string) => string | undefined): never {
  const text = e instanceof PdError ? textOf(e.code) : undefined;
  if (e instanceof PdError && text !== undefined) {
    const payload = e.toPayload();
    if (g.json) process.stdout.write(JSON.stringify({ error: payload }, null, 2) + '\n');
    process.stderr.write(`privacy-desk: ${payload.code}: ${text} ${JSON.stringify(payload.details ?? {})}\n`);
    throw new CliExit(EXIT_FAIL);
  }
  throw e;
}
