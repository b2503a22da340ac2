// The office's clock: Asia/Almaty (UTC+5 since 1 March 2024, UTC+6 before). The one place that
// turns instants into Almaty wall-clock readings and back, on @date-fns/tz; the registers, the
// deadline engine (common/deadlines), the core and the renderer's date formats all use it.
// Pure code: runs in the main process and in the renderer.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const OFFICE_TIME_ZONE = 'Asia/Almaty';

export type DateInput = Date | string | number;

/** The instant as a wall-clock date in Almaty; null for an invalid input. */
export function inAlmaty(value: DateInput): TZDate | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value;
  const d = new TZDate(ms, OFFICE_TIME_ZONE);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The Almaty calendar date (YYYY-MM-DD) of an instant; '' for an invalid input. */
export function almatyDay(value: DateInput = new Date()): string {
  const d = inAlmaty(value);
  return d ? format(d, 'yyyy-MM-dd') : '';
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
  const d = new TZDate(at.getTime(), OFFICE_TIME_ZONE);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    date: format(d, 'yyyy-MM-dd'),
    time: format(d, 'HH:mm'),
  };
}

/** The instant at which Almaty's clocks show the given wall-clock time. */
export function fromAlmatyWallClock(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): Date {
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, ms, OFFICE_TIME_ZONE).getTime());
}
