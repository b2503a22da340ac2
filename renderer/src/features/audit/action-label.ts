// Audit action codes in the reader's language. The log stores stable codes (request.viewed,
// auth.login) because it is evidence and must not change with the interface language; the screen
// shows words. A code with no words of its own (a new request or breach event) falls back to its
// family and the event: «Обращение: decided» still says what the entry is about.
import type { TFunction } from 'i18next';
import { historyEventText } from '../requests';

export function auditActionLabel(t: TFunction, code: string): string {
  const own = `auditActions.codes.${code.replaceAll('.', '__')}`;
  if (t(own, { defaultValue: '' })) return t(own);
  const [family = '', ...rest] = code.split('.');
  const event = rest.join('.');
  // Request events are the ones the request's history already names.
  const eventText = family === 'request' ? historyEventText(t, event) : event;
  const familyText = t(`auditActions.families.${family}`, { defaultValue: '' });
  return familyText ? `${familyText}: ${eventText}` : code;
}

/** The entry's subject, e.g. «Обращение 42»; an unknown type keeps its code. */
export function auditEntityLabel(t: TFunction, type: string, id: string): string {
  const name = t(`auditActions.entities.${type}`, { defaultValue: type });
  return id ? `${name} ${id}` : name;
}
