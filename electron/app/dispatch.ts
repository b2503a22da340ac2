// One handler table, two transports (Electron IPC and the headless HTTP bridge): both call dispatch.
import type { z } from 'zod';
import {
  CONTRACT,
  isCallName,
  type CallName,
  type CallOutput,
  type CallResult,
  type Contract,
} from '../../common/contract';
import type { CallSpec, ParsedInputOf, Role } from '../../common/contract/define';
import { PdError, toErrorPayload } from '../../common/errors';
import type { AppCore } from './core';
import type { Session } from './sessions';
import type { JobProgress } from '../worker/rpc';
import type { DocxRenderer } from '../letters';

export interface CallContext {
  core: AppCore;
  /** Who is calling: the audit log's actor (the signed-in username, or 'anonymous'). */
  actor: string;
  role: Role | null;
  /** The signed-in session, absent for public calls made before signing in. */
  session?: Session;
  /** The token the transport carried, so sign-out can end it. */
  sessionToken?: string;
  /** Where the call came from ('ipc', or the bridge client's address): sign-in throttles per source. */
  source: string;
  /** Long maintenance stops at its next step when this aborts (the transport's cancel). */
  signal?: AbortSignal;
  /** The same cancel, for synchronous work that never yields (a purge inside its transaction). */
  cancelled?: () => boolean;
  /** Long maintenance reports how far it is. */
  progress?: (p: JobProgress) => void;
  /** Work another connection can do for the writer (the core worker's readers). */
  offload?: Offload;
}

/** Work that runs on a reader's thread, not the writer's. */
export interface Offload {
  /** VACUUM INTO a new file (a backup copy): a read of one snapshot. */
  vacuumInto(target: string, signal?: AbortSignal): Promise<void>;
  /**
   * A letter's DOCX, built from its composed text: the docx library allocates megabytes per letter,
   * and the garbage collections that followed on the writer's thread held up the next write
   * (an intake right after a letter waited 5-15 ms: calls bench, intake p95).
   */
  renderDocx: DocxRenderer;
}

/** What a transport knows about a call before dispatch: the session token it carried and its source. */
export interface CallOrigin {
  sessionToken?: string;
  source?: string;
  signal?: AbortSignal;
  cancelled?: () => boolean;
  progress?: (p: JobProgress) => void;
  offload?: Offload;
}

/**
 * Where a pure read (a call marked `reads`) runs once the gate has passed it: a reader worker's
 * read-only connection. It gets the call, the actor and the parsed input, never the session.
 */
export type ReadRunner = (
  name: CallName,
  input: unknown,
  ctx: {
    actor: string;
    role: Role | null;
    source: string;
    signal?: AbortSignal;
    progress?: (p: JobProgress) => void;
  },
) => Promise<unknown>;

/** Calls a locked session may still make. */
const WHILE_LOCKED = new Set(['auth.session', 'auth.unlock', 'auth.logout']);
/**
 * Calls a session on a temporary password may make: the change itself and what the change screen
 * needs (who am I, stay awake, lock, sign out). The UI hiding the rest is only a convenience.
 */
const WHILE_TEMPORARY_PASSWORD = new Set([
  ...WHILE_LOCKED,
  'auth.changePassword',
  'auth.heartbeat',
  'auth.lock',
]);

export type Handler<K extends CallName> = (
  input: ParsedInputOf<Contract[K]>,
  ctx: CallContext,
) => CallOutput<K> | Promise<CallOutput<K>>;

export type HandlerTable = { [K in CallName]: Handler<K> };

/** Issues name the path and the kind of problem only: the rejected value may be personal data. */
function describeIssues(error: z.ZodError): Record<string, unknown> {
  return {
    issues: error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      code: i.code,
      ...(i.code === 'custom' && typeof i.params?.reason === 'string' ? { reason: i.params.reason } : {}),
    })),
  };
}

/**
 * A rule of the contract may name its own translated message (a custom issue with
 * params.messageKey, e.g. errors.ACCESS_FEE_REFUSED): the first such key, else the generic one.
 */
function issueMessageKey(error: z.ZodError): string | undefined {
  for (const i of error.issues) {
    const key =
      i.code === 'custom' ? (i.params as { messageKey?: unknown } | undefined)?.messageKey : undefined;
    if (typeof key === 'string' && key.startsWith('errors.')) return key;
  }
  return undefined;
}

/** Whether a role may make a call: listed in its roles, and auditors never change anything. */
export function mayCall(spec: CallSpec, role: Role): boolean {
  return spec.roles.includes(role) && !(spec.writes && role === 'auditor');
}

export type ErrorLogger = (name: string, e: unknown) => void;

/**
 * Order: unknown call, then for calls that need a session: session, lock and role, before the
 * payload is even looked at; then the payload's shape; then whether the database is open.
 * Roles are enforced here, in the main process, for every call; the UI hiding a button is only
 * a convenience.
 */
export async function dispatch(
  table: HandlerTable,
  name: string,
  raw: unknown,
  origin: CallOrigin & { core: AppCore; runRead?: ReadRunner },
  logError: ErrorLogger = () => {},
): Promise<CallResult<unknown>> {
  try {
    if (!isCallName(name)) throw new PdError('UNKNOWN_CALL');
    const spec: CallSpec = CONTRACT[name];
    const { core } = origin;
    const session = core.isOpen ? core.sessions.resolve(origin.sessionToken) : undefined;
    if (!spec.public) {
      if (!session) throw new PdError('SESSION_REQUIRED');
      if (session.locked && !WHILE_LOCKED.has(name)) throw new PdError('SESSION_LOCKED');
      if (session.mustChangePassword && !WHILE_TEMPORARY_PASSWORD.has(name))
        throw new PdError('PASSWORD_CHANGE_REQUIRED');
      if (!mayCall(spec, session.role)) throw new PdError('FORBIDDEN');
    }
    const parsed = spec.input.safeParse(raw ?? {});
    if (!parsed.success)
      throw new PdError('VALIDATION', describeIssues(parsed.error), issueMessageKey(parsed.error));
    if (!spec.beforeOpen && !core.isOpen) throw new PdError('DB_NOT_OPEN');
    if (session && !spec.public && name !== 'auth.session') core.sessions.touch(session);
    const ctx: CallContext = {
      core,
      actor: session && !session.locked ? session.username : 'anonymous',
      role: session && !session.locked ? session.role : null,
      ...(session ? { session } : {}),
      ...(origin.sessionToken ? { sessionToken: origin.sessionToken } : {}),
      source: origin.source ?? 'local',
      ...(origin.signal ? { signal: origin.signal } : {}),
      ...(origin.cancelled ? { cancelled: origin.cancelled } : {}),
      ...(origin.progress ? { progress: origin.progress } : {}),
      ...(origin.offload ? { offload: origin.offload } : {}),
    };
    if (spec.reads && origin.runRead)
      return { ok: true, value: await origin.runRead(name, parsed.data, ctx) };
    const handler = table[name] as (input: unknown, ctx: CallContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof PdError)) logError(name, e);
    return { ok: false, error: toErrorPayload(e) };
  }
}
