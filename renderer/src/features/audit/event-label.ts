// An event code (request.opened, breach.closed) in words: its family and the event, as the
// audit viewer's action column and the sync summaries («event 9 (request.opened) rejected») say it.
// A code with no words of its own falls back to its family and the event itself.
import type { TFunction } from 'i18next';
import { historyEventText } from '../requests';

export function eventCodeLabel(t: TFunction, code: string): string {
  const own = `auditActions.codes.${code.replaceAll('.', '__')}`;
  if (t(own, { defaultValue: '' })) return t(own);
  const [family = '', ...rest] = code.split('.');
  const event = rest.join('.');
  // Request events are the ones the request's history already names.
  const eventText = family === 'request' ? historyEventText(t, event) : event;
  const familyText = t(`auditActions.families.${family}`, { defaultValue: '' });
  return familyText ? `${familyText}: ${eventText}` : code;
}
