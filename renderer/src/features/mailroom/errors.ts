// Mailroom errors in words: the generic translateError, with the details a mailroom message needs
// (a size limit in MB) filled in, and a field's validation problem as a sentence.
import type { TFunction } from 'i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { translateError } from '../../ui/errors';
import { megabytes } from './bytes';
import { CONFLICT_KEYS, ISSUE_KEYS } from './vocab';

/** The payload with maxMb added when it carries maxBytes (SCAN_TOO_LARGE). */
export function enrich(error: ErrorPayload): ErrorPayload {
  const maxBytes = error.details?.maxBytes;
  if (typeof maxBytes !== 'number') return error;
  return { ...error, details: { ...error.details, maxMb: megabytes(maxBytes) } };
}

export function mailroomErrorText(t: TFunction, error: ErrorPayload): string {
  // A refused change of a cancelled entry or an impossible status step says which.
  const reason = error.details?.reason;
  if (error.code === 'CONFLICT' && typeof reason === 'string' && CONFLICT_KEYS[reason])
    return t(CONFLICT_KEYS[reason]);
  return translateError(t, enrich(error));
}

export interface ApiIssue {
  path: string;
  code: string;
  confirmable?: boolean;
  [detail: string]: unknown;
}

/** The issues of a VALIDATION error from the core ([] for any other error). */
export function apiIssues(error: ErrorPayload | undefined): ApiIssue[] {
  if (!error || error.code !== 'VALIDATION') return [];
  const issues = error.details?.issues;
  return Array.isArray(issues) ? (issues as ApiIssue[]).filter((i) => typeof i?.path === 'string') : [];
}

/**
 * A field problem as a sentence. `type` is a zod issue code (too_small, invalid_type, custom…) or
 * one of the core's issue codes; `message` is the custom code a refine carries (date_invalid…).
 */
export function issueText(t: TFunction, type: string | undefined, message?: string, field?: string): string {
  const numeric = field === 'sheets';
  let code = type ?? 'invalid';
  if (code === 'custom' && message && ISSUE_KEYS[message]) code = message;
  else if (code === 'too_small') code = numeric ? 'number_range' : 'required';
  else if (code === 'too_big') code = numeric ? 'number_range' : 'too_long';
  else if (code === 'invalid_type') code = numeric ? 'not_number' : 'required';
  else if (code === 'invalid_value' || code === 'invalid_format' || code === 'custom') code = 'invalid';
  const key = ISSUE_KEYS[code] ?? ISSUE_KEYS.invalid!;
  return t(key);
}
