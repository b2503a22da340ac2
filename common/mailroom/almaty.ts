// Time in the office's zone. The registers live on Almaty calendar days: a letter received at
// 23:59 on 31 December belongs to that year's register, one received a minute later to the next.
// Pure code: runs in the main process and in the renderer.

// The Almaty clock itself lives in common/time/almaty.ts (one module, on @date-fns/tz).
import { almatyParts, fromAlmatyWallClock } from '../time/almaty';

export { OFFICE_TIME_ZONE, almatyParts, fromAlmatyWallClock, type AlmatyParts } from '../time/almaty';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The Almaty calendar date (YYYY-MM-DD) of an instant. */
export function almatyDate(at: Date): string {
  return almatyParts(at).date;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

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
