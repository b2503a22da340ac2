// How a contract call is declared: its zod input schema, its output type and who may call it.
// The main process validates every payload against `input` before any handler runs.
import type { z } from 'zod';
import { xmlSafe } from './text';

export const ROLES = ['admin', 'officer', 'clerk', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ALL_ROLES: readonly Role[] = ROLES;

export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
  roles: readonly Role[];
  /** Whether the call works before the database is open (setup, recovery, state). */
  beforeOpen?: boolean;
  /** Whether the call works without a signed-in session (setup, sign-in, app state). */
  public?: boolean;
  /** Whether the call changes data (auditors never may). */
  writes?: boolean;
  /**
   * A read: it changes no record, so the core may run it on a read-only connection (PRAGMA
   * query_only) in a reader worker, beside the writer and other reads. A read that shows personal
   * data still leaves its "viewed" audit entry: the reader hands it back and the writer writes it
   * before the answer leaves (electron/app/viewed.ts).
   */
  reads?: boolean;
}

/** Every call's input refuses XML-invalid characters in any string before its own schema runs. */
export function call<O>() {
  return <I extends z.ZodType>(spec: Omit<CallSpec<I, O>, 'output'>): CallSpec<I, O> => ({
    ...spec,
    input: xmlSafe(spec.input),
  });
}

/** An administrator's change: only the admin role may call it, and it writes (auditors never may). */
export function adminWrite<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> =>
    call<O>()({ input, roles: ['admin'], writes: true });
}

export type InputOf<S> = S extends CallSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends CallSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<S> = S extends CallSpec<z.ZodType, infer O> ? O : never;
