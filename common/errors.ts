// Errors that cross any boundary (IPC, HTTP bridge, CLI) carry a stable code, a translation
// key and details without personal data. Stack traces and SQL never leave the main process.
// The codes are one closed list: a code not in it is a type error, so every code that can reach
// the renderer has its errors.<CODE> translation (tests/unit/i18n.test.ts checks the list).
import { LETTER_ERROR_CODES } from './letters/errors';
import { MAILROOM_ERROR_CODES } from './mailroom/errors';
import { REQUEST_ERROR_CODES } from './requests/errors';

const CORE_ERROR_CODES = [
  'DB_NOT_FOUND',
  'DB_EXISTS',
  'DB_WRONG_KEY',
  'DB_NOT_PRIVACY_DESK',
  'DB_CORRUPT',
  'DB_TOO_NEW',
  'DB_LOCKED',
  'DB_NOT_OPEN',
  'DB_EMPTY',
  'DB_IS_DIRECTORY',
  'DB_TRUNCATED',
  'DB_HEADER_CORRUPT',
  'DISK_FULL',
  'KEY_MISSING',
  'KEY_INVALID',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'UNKNOWN_CALL',
  'BACKUP_INVALID',
  'BACKUP_FOLDER',
  'BACKUP_FAILED',
  'AUTH_FAILED',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_TOO_SHORT',
  'LAST_ADMIN',
  'SESSION_REQUIRED',
  'SESSION_LOCKED',
  'SYNC_INSECURE_URL',
  'DATA_MIGRATION_FAILED',
  'DATA_FOLDER_DENIED',
  'PASSWORD_CHANGE_REQUIRED',
  'CANCELLED',
  'INTERNAL',
  /** A stored letter's DOCX was cleared by the requests purge. details: {version} */
  'LETTER_PURGED',
  /** "Save as PDF" asked of a shell that cannot print to a file (the headless shell). */
  'PDF_UNSUPPORTED',
  /** (CLI) an input file is larger than the command accepts. details: {maxBytes} */
  'FILE_TOO_LARGE',
  /** (CLI) a file the command creates is already there; it is never overwritten. */
  'FILE_EXISTS',
] as const;

/** Refusals of the headless shell's HTTP bridge, and the renderer's own when the core is unreachable. */
const TRANSPORT_ERROR_CODES = [
  'FOREIGN_HOST',
  'FOREIGN_ORIGIN',
  'METHOD_NOT_ALLOWED',
  'TOO_LARGE',
  'NETWORK',
] as const;

export const ERROR_CODES = [
  ...CORE_ERROR_CODES,
  ...MAILROOM_ERROR_CODES,
  ...REQUEST_ERROR_CODES,
  ...LETTER_ERROR_CODES,
  ...TRANSPORT_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  messageKey: string;
  details?: Record<string, unknown>;
}

export class PdError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, details?: Record<string, unknown>, messageKey?: string) {
    super(code);
    this.name = 'PdError';
    this.code = code;
    this.messageKey = messageKey ?? `errors.${code}`;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      messageKey: this.messageKey,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export function isPdError(e: unknown): e is PdError {
  return e instanceof PdError;
}

/** What may cross a boundary for any thrown value: unknown errors become INTERNAL with no text. */
export function toErrorPayload(e: unknown): ErrorPayload {
  if (isPdError(e)) return e.toPayload();
  return { code: 'INTERNAL', messageKey: 'errors.INTERNAL' };
}
