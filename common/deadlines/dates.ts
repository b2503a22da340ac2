// Calendar-date helpers for 'YYYY-MM-DD' strings. A calendar date has no time zone; the
// arithmetic is done on local-noon Date objects with date-fns so that no DST jump of the
// machine running the app can shift a day. Turning an instant into an Almaty date is the
// job of almatyDate() in deadlines.ts (the only place a time zone matters).
import { addDays, format, isValid, isWeekend } from 'date-fns';

export type IsoDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when s is a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

/** Parses YYYY-MM-DD to a local-noon Date; throws RangeError on anything else. */
export function toDay(s: IsoDate): Date {
  if (!isIsoDate(s)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function fromDay(d: Date): IsoDate {
  return format(d, 'yyyy-MM-dd');
}

export function shiftDate(s: IsoDate, days: number): IsoDate {
  return fromDay(addDays(toDay(s), days));
}

export function isWeekendDate(s: IsoDate): boolean {
  return isWeekend(toDay(s));
}

export function yearOf(s: IsoDate): number {
  return Number(s.slice(0, 4));
}
