// What the mailroom commands share: mailroom error texts, JSON letters and the one-line view of
// an entry.
import { PdError } from '../../common/errors';
import {
  MAILROOM_ERROR_CODES,
  MAILROOM_HUMAN_ERRORS,
  type MailroomErrorCode,
} from '../../common/mailroom/errors';
import type { z } from 'zod';
import type { IncomingEntry, IncomingRow, OutgoingEntry, OutgoingRow } from '../../common/contract/mailroom';
import { TooLarge } from '../core/read-bounded';
import { failKnown, readJsonFile, usage, validate, wholeNumber } from '../cli/args';
import type { GlobalOptions } from '../cli/context';

export { usage };

const mailroomText = (code: string): string | undefined =>
  (MAILROOM_ERROR_CODES as readonly string[]).includes(code)
    ? MAILROOM_HUMAN_ERRORS[code as MailroomErrorCode]
    : undefined;

export function failMailroom(e: unknown, g: GlobalOptions): never {
  return failKnown(e, g, mailroomText);
}

export function guarded<T>(g: GlobalOptions, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    return failMailroom(e, g);
  }
}

export async function guardedAsync<T>(g: GlobalOptions, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    return failMailroom(e, g);
  }
}

/** Validates like dispatch does; `prefix` names the letter's place in an array. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, prefix = ''): z.output<S> {
  return validate(schema, raw, { prefix });
}

/** An unreadable or malformed file is a validation failure here, like a bad field. */
export function readJsonInput(file: string): unknown {
  const refuse = (code: string): never => {
    throw new PdError('VALIDATION', { issues: [{ path: '(file)', code }] });
  };
  return readJsonFile(file, {
    unreadable: (e) => refuse(e instanceof TooLarge ? 'too_large' : 'unreadable'),
    invalid: () => refuse('invalid_json'),
  });
}

export function positiveInt(
  name: string,
  v: string | undefined,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  return wholeNumber(name, v, { max });
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) usage(`${name} must be one of: ${allowed.join(', ')}`);
  return v as T;
}

export function incomingLine(r: IncomingRow | IncomingEntry): string {
  const flags = r.status === 'registered' ? '' : ` [${r.status}]`;
  return `${r.incomingNo}  ${r.receivedDate} ${r.receivedTime}  ${r.channel}  ${r.sender.name}${r.sender.iinMasked ? ` (${r.sender.iinMasked})` : ''}  ${r.summary}${flags}`;
}

export function outgoingLine(r: OutgoingRow | OutgoingEntry): string {
  return `${r.outgoingNo}  ${r.date}  ${r.method}  ${r.addressee.name}  ${r.summary}  [${r.status}]${r.inReplyTo ? `  ← ${r.inReplyTo}` : ''}`;
}

export interface ListFlags {
  from?: string;
  to?: string;
  status?: string;
  sort?: string;
  asc?: boolean;
  limit?: string;
  offset?: string;
  cursor?: string;
}

export function listShape(o: ListFlags, sortKeys: readonly string[]) {
  return {
    sort: { by: oneOf('--sort', o.sort, sortKeys) ?? 'date', dir: o.asc ? 'asc' : 'desc' },
    limit: positiveInt('--limit', o.limit, 500) ?? 100,
    ...(o.offset ? { offset: positiveInt('--offset', o.offset) } : {}),
    ...(o.cursor ? { cursor: o.cursor } : {}),
  };
}
