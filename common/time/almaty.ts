// The office's clock: Asia/Almaty (UTC+5 since 1 March 2024, UTC+6 before). The one place that
// turns instants into Almaty wall-clock readings and back, on @date-fns/tz, and that reads and
// steps calendar dates (YYYY-MM-DD); the registers, the deadline engine (common/deadlines), the
// core and the renderer's date formats all use it. The registers live on Almaty calendar days: a
// letter received at 23:59 on 31 December belongs to that year's register, one received a minute
// later to the next. Pure code: runs in the main process and in the renderer.
import { TZDate } from '@date-fns/tz';
import { addDays, isValid, isWeekend } from 'date-fns';

export const OFFICE_TIME_ZONE = 'Asia/Almaty';

export type DateInput = Date | string | number;

/** The instant as a wall-clock date in Almaty; null for an invalid input. */
export function inAlmaty(value: DateInput): TZDate | null {
  const d = new TZDate(instantMs(value), OFFICE_TIME_ZONE);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The Almaty calendar date (YYYY-MM-DD) of an instant; '' for an invalid input. */
export function almatyDay(value: DateInput = new Date()): string {
  const ms = instantMs(value);
  return Number.isFinite(ms) ? wallClock(ms).date : '';
}

function instantMs(value: DateInput): number {
  return value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value;
}

const HOUR_MS = 3_600_000;
/** UTC hour → Almaty's offset (ms) through that whole hour; hours with a change inside are not kept. */
const offsets = new Map<number, number>();

/**
 * Almaty's UTC offset at an instant, from @date-fns/tz. TZDate asks Intl for it on every call, and
 * every register row, search hit and report line shows an Almaty date or time: that was a sixth
 * of a search's time in a profile. Offsets change at most once in an hour, so the offset of an
 * hour whose two ends agree is asked once and kept.
 */
function offsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  const known = offsets.get(hour);
  if (known !== undefined) return known;
  const at = (t: number) => -new TZDate(t, OFFICE_TIME_ZONE).getTimezoneOffset() * 60_000;
  const start = at(hour * HOUR_MS);
  if (start !== at(hour * HOUR_MS + HOUR_MS - 1)) return at(ms);
  if (offsets.size >= 100_000) offsets.clear();
  offsets.set(hour, start);
  return start;
}

/** The Almaty wall clock at an instant, read from the UTC fields of the instant moved by the offset. */
function wallClock(ms: number): AlmatyParts {
  const w = new Date(ms + offsetMs(ms));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const [year, month, day] = [w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate()];
  const [hour, minute, second] = [w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds()];
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
  };
}

export interface AlmatyParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

/** The wall-clock reading in Almaty at an instant. */
export function almatyParts(at: Date): AlmatyParts {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid time value');
  return wallClock(ms);
}

/** The instant at which Almaty's clocks show the given wall-clock time. */
export function fromAlmatyWallClock(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): Date {
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, ms, OFFICE_TIME_ZONE).getTime());
}

// ---------------------------------------------------------------------------------------------
// Calendar dates (YYYY-MM-DD). A calendar date has no time zone; the arithmetic is done on
// local-noon Date objects so that no DST jump of the machine running the app can shift a day.

export type IsoDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates already found real: a year's report checks the same few hundred dates tens of thousands of times. */
const realDates = new Set<string>();

/** True when s is a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  if (realDates.has(s)) return true;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  const real = isValid(d) && fromDay(d) === s;
  if (real) {
    if (realDates.size >= 50_000) realDates.clear();
    realDates.add(s);
  }
  return real;
}

/** A real calendar date of the years a register entry can have (1900 to 2999). */
export function isCalendarDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  return isIsoDate(s) && y >= 1900 && y <= 2999;
}

/** Throws RangeError unless s is a real calendar date written as YYYY-MM-DD. */
export function requireIsoDate(s: string): void {
  if (!isIsoDate(s)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
}

/** Parses YYYY-MM-DD to a local-noon Date; throws RangeError on anything else. */
export function toDay(s: IsoDate): Date {
  requireIsoDate(s);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

// Written out rather than with date-fns format(): the deadline code calls it for every day it
// walks, and format() parses its pattern each time (most of a dashboard's time before).
export function fromDay(d: Date): IsoDate {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

export function shiftDate(s: IsoDate, days: number): IsoDate {
  return fromDay(addDays(toDay(s), days));
}

/** The calendar date after the given one (YYYY-MM-DD). */
export function nextDate(date: IsoDate): IsoDate {
  return shiftDate(date, 1);
}

export function isWeekendDate(s: IsoDate): boolean {
  return isWeekend(toDay(s));
}

// ---------------------------------------------------------------------------------------------
// Reading what people and programs write.

const OFFSET_DATETIME_RE =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The Almaty calendar date (YYYY-MM-DD) of an instant, strictly: an ISO date-time with `Z` or a
 * ±hh:mm offset; a bare YYYY-MM-DD is taken as already being an Almaty date (a register date). A
 * date-time without offset is ambiguous and rejected (RangeError). For a Date, use almatyDay.
 */
export function almatyDate(iso: string): IsoDate {
  if (isIsoDate(iso)) return iso;
  const m = typeof iso === 'string' ? OFFSET_DATETIME_RE.exec(iso) : null;
  const ms =
    m && isIsoDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60
      ? Date.parse(iso)
      : NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(
      `Not an ISO date-time with offset (e.g. 2026-11-23T19:30:00Z): ${JSON.stringify(iso)}`,
    );
  }
  return almatyDay(ms);
}

const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a date-time typed by a person or a program: ISO 8601 with an offset or Z
 * ("2026-11-23T10:05:00+05:00"), or without one, which is read as Almaty wall-clock time
 * ("2026-11-23T10:05", what an <input type="datetime-local"> gives). Null when not a real moment.
 */
export function parseDateTime(input: string): Date | null {
  const m = DATETIME_RE.exec(input.trim());
  if (!m) return null;
  const [y, mo, d, hh, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const ss = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  if (!isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`) || hh! > 23 || mi! > 59 || ss > 59) return null;
  const zone = m[8];
  if (!zone) return fromAlmatyWallClock(y!, mo!, d!, hh!, mi!, ss, ms);
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const z = zone.replace(':', '');
    const sign = z[0] === '-' ? -1 : 1;
    const oh = Number(z.slice(1, 3));
    const om = Number(z.slice(3, 5));
    if (oh > 14 || om > 59) return null;
    offsetMin = sign * (oh * 60 + om);
  }
  return new Date(Date.UTC(y!, mo! - 1, d!, hh!, mi!, ss, ms) - offsetMin * 60_000);
}

/** The instant an Almaty calendar day starts, as an ISO string (UTC): the lower bound of that day. */
export function almatyDayStartIso(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return fromAlmatyWallClock(y, m, d).toISOString();
}
