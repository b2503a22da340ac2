// Time in the office's zone. The registers live on Almaty calendar days: a letter received at
// 23:59 on 31 December belongs to that year's register, one received a minute later to the next.
// Pure code (Intl only): runs in the main process and in the renderer.

export const OFFICE_TIME_ZONE = 'Asia/Almaty';

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

let formatter: Intl.DateTimeFormat | null = null;
function fmt(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall-clock reading in Almaty at an instant. */
export function almatyParts(at: Date): AlmatyParts {
  const p: Record<string, number> = {};
  for (const part of fmt().formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const year = p.year!;
  const month = p.month!;
  const day = p.day!;
  const hour = p.hour! % 24;
  const minute = p.minute!;
  const second = p.second!;
  return { year, month, day, hour, minute, second, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, time: `${pad(hour)}:${pad(minute)}` };
}

/** The Almaty calendar date (YYYY-MM-DD) of an instant. */
export function almatyDate(at: Date): string {
  return almatyParts(at).date;
}

function offsetMs(atMs: number): number {
  const p = almatyParts(new Date(atMs));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(atMs / 1000) * 1000;
}

/** The instant at which Almaty's clocks show the given wall-clock time. */
export function fromAlmatyWallClock(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): Date {
  const guess = Date.UTC(y, m - 1, d, hh, mm, ss, ms);
  let t = guess - offsetMs(guess);
  t = guess - offsetMs(t);
  return new Date(t);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

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
export function almatyDayStartIso(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return fromAlmatyWallClock(y, m, d).toISOString();
}

/** The calendar date after the given one (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
