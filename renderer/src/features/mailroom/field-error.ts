// The text under a field of the intake form, from react-hook-form's error (the contract's issue
// codes, translated).
import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { issueText } from './errors';

export function fieldErrorText(t: TFunction, e: FieldError | undefined, field?: string): string | undefined {
  if (!e) return undefined;
  if (e.message === 'confirm_tracking') return t('mailroom.tracking.confirmFirst');
  return issueText(t, e.type, e.message, field);
}
