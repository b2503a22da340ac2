// Errors that cross any boundary (IPC, HTTP bridge, CLI) carry a stable code, a translation
// key and details without personal data. Stack traces and SQL never leave the main process.

export const ERROR_CODES = [
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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number] | (string & {});

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
