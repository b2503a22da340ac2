// Dates as the office types and reads them: DD.MM.YYYY and DD.MM.YYYY HH:mm (24-hour), whatever
// the computer's locale. The forms keep their values as before — a calendar date YYYY-MM-DD, a
// wall-clock time in Almaty YYYY-MM-DDTHH:mm — so schemas and the core do not change; this module
// turns one into the other and masks what is being typed.
import { format, parse } from 'date-fns';
import { isCalendarDate } from '../../../common/time/almaty';

export type DateKind = 'date' | 'datetime';

const SHOWN: Record<DateKind, string> = { date: 'dd.MM.yyyy', datetime: 'dd.MM.yyyy HH:mm' };
const STORED: Record<DateKind, string> = { date: 'yyyy-MM-dd', datetime: "yyyy-MM-dd'T'HH:mm" };
const STORED_RE: Record<DateKind, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
};
/** Where the separators go after the n-th digit: 03.12.2026 09:05. */
const SEPARATORS: Record<number, string> = { 2: '.', 4: '.', 8: ' ', 10: ':' };
const DIGITS: Record<DateKind, number> = { date: 8, datetime: 12 };

/**
 * The digits typed so far, with the dots, space and colon put in: "031220260905" → "03.12.2026
 * 09:05". A separator is added only once a digit follows it, so Backspace never gets stuck on one.
 */
export function maskDateText(raw: string, kind: DateKind): string {
  const digits = raw.replace(/\D/g, '').slice(0, DIGITS[kind]);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 ? (SEPARATORS[i] ?? '') : '') + digits[i];
  return out;
}

/** A stored value as shown (YYYY-MM-DD → DD.MM.YYYY); anything else is shown as it is. */
export function toDateText(value: string, kind: DateKind): string {
  if (!STORED_RE[kind].test(value)) return value;
  const d = parse(value.slice(0, kind === 'date' ? 10 : 16), STORED[kind], new Date());
  return Number.isNaN(d.getTime()) ? value : format(d, SHOWN[kind]);
}

/** A typed date as stored (DD.MM.YYYY → YYYY-MM-DD); null when incomplete or not a real date. */
export function fromDateText(text: string, kind: DateKind): string | null {
  if (text.length !== SHOWN[kind].length) return null;
  const d = parse(text, SHOWN[kind], new Date());
  if (Number.isNaN(d.getTime())) return null;
  const stored = format(d, STORED[kind]);
  // parse() is lenient about nothing here, but a real register date is also 1900–2999.
  return isCalendarDate(stored.slice(0, 10)) && toDateText(stored, kind) === text ? stored : null;
}

/**
 * What a form gets for what is typed: the stored value when it is a real date, '' when empty, and
 * the text itself otherwise, so the form's own check refuses it with the field's error.
 */
export function dateTextValue(text: string, kind: DateKind): string {
  return text === '' ? '' : (fromDateText(text, kind) ?? text);
}
