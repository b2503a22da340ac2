// Turning an error payload from the core into words: its messageKey when we have it, else
// errors.<CODE>, else a generic message naming the code (never a stack trace or raw text).
import i18n, { type TFunction } from 'i18next';
import type { ErrorPayload } from '../../../common/errors';

export function translateError(t: TFunction, error: ErrorPayload): string {
  const values = { ...(error.details ?? {}), code: error.code };
  for (const key of [error.messageKey, `errors.${error.code}`]) {
    if (key && i18n.exists(key)) return t(key, values);
  }
  return t('errors.UNKNOWN', values);
}
