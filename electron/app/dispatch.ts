// One handler table, two transports (Electron IPC and the headless HTTP bridge): both call dispatch.
import type { z } from 'zod';
import { CONTRACT, isCallName, type CallName, type CallOutput, type CallResult, type Contract } from '../../common/contract';
import type { ParsedInputOf, Role } from '../../common/contract/define';
import { PdError, toErrorPayload } from '../../common/errors';
import type { AppCore } from './core';

export interface CallContext {
  core: AppCore;
  /** Who is calling: the audit log's actor. */
  actor: string;
  role: Role;
}

export type Handler<K extends CallName> = (
  input: ParsedInputOf<Contract[K]>,
  ctx: CallContext,
) => CallOutput<K> | Promise<CallOutput<K>>;

export type HandlerTable = { [K in CallName]: Handler<K> };

/** Issues name the path and the kind of problem only: the rejected value may be personal data. */
function describeIssues(error: z.ZodError): Record<string, unknown> {
  return {
    issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })),
  };
}

export type ErrorLogger = (name: string, e: unknown) => void;

export async function dispatch(
  table: HandlerTable,
  name: string,
  raw: unknown,
  ctx: CallContext,
  logError: ErrorLogger = () => {},
): Promise<CallResult<unknown>> {
  try {
    if (!isCallName(name)) throw new PdError('UNKNOWN_CALL');
    const spec = CONTRACT[name];
    const parsed = spec.input.safeParse(raw ?? {});
    if (!parsed.success) throw new PdError('VALIDATION', describeIssues(parsed.error));
    if (!spec.roles.includes(ctx.role)) throw new PdError('FORBIDDEN');
    if (!('beforeOpen' in spec && spec.beforeOpen) && !ctx.core.isOpen) throw new PdError('DB_NOT_OPEN');
    const handler = table[name] as (input: unknown, ctx: CallContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof PdError)) logError(name, e);
    return { ok: false, error: toErrorPayload(e) };
  }
}
