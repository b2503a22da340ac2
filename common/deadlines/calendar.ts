// The Kazakhstan working-day calendar, built from the per-year data files (resources/calendar).
//
// Rule (brief, "Kazakhstan working-day calendar"):
//   non-working = Sat/Sun ∪ holidays ∪ extraDaysOff, minus extraWorkingDays;
//   each holiday with moveIfWeekend that falls on Sat/Sun makes the next weekday that is not
//   already off a day off (processed in date order, so Nauryz 2026: 21 Sat -> 24, 22 Sun -> 25).
// A date in a year with no data falls back to "weekends only" and raises the warning
// `calendar_missing:<year>` — into the caller's collector and into warnings() — never silently.
// A year listing a `provisional` movable holiday (Kurban Ait 2027, announced each year) counts
// without it and computeDeadline raises `calendar_provisional:<year>` until a holiday with that
// key is entered.
//
// Dates are 'YYYY-MM-DD' calendar dates (as lived in Asia/Almaty). Pure code: no Node built-ins.
import {
  calendarYearSchema,
  type CalendarYear,
  type LocalizedText,
  type ProvisionalHoliday,
} from './calendar-schema';
import { isWeekendDate, requireIsoDate, shiftDate, toDay, fromDay, type IsoDate } from '../time/almaty';
import { eachDayOfInterval, isWeekend } from 'date-fns';

/** Anything with add(): a Set<string> is the usual collector. */
export interface WarningCollector {
  add(warning: string): unknown;
}

export const CALENDAR_MISSING = 'calendar_missing';
export const CALENDAR_PROVISIONAL = 'calendar_provisional';

/** The warning for a year whose movable holiday is not entered yet, e.g. `calendar_provisional:2027`. */
export function calendarProvisionalWarning(year: number): string {
  return `${CALENDAR_PROVISIONAL}:${year}`;
}

/** The provisional markers of a year still waiting for their holiday (none: the year is final). */
export function pendingProvisional(cal: CalendarYear): ProvisionalHoliday[] {
  const entered = new Set(cal.holidays.map((h) => h.key).filter(Boolean));
  return (cal.provisional ?? []).filter((p) => !entered.has(p.key));
}

/** The warning raised for a year without calendar data, e.g. `calendar_missing:2028`. */
export function calendarMissingWarning(year: number): string {
  return `${CALENDAR_MISSING}:${year}`;
}

/** Longest step addWorkingDays accepts (about 15 years): guards against runaway loops. */
const MAX_STEP = 4000;

export interface DayOffReason {
  kind: 'weekend' | 'holiday' | 'moved_holiday' | 'extra_day_off';
  text?: LocalizedText;
  /** For moved_holiday: the weekend date of the holiday itself. */
  holidayDate?: IsoDate;
}

export class WorkingCalendar {
  private readonly years = new Map<number, CalendarYear>();
  /** Days off other than plain weekends: holidays, moved holidays, extra days off. */
  private readonly daysOff = new Map<IsoDate, DayOffReason[]>();
  private readonly extraWorking = new Set<IsoDate>();
  private readonly raised = new Set<string>();
  private readonly cache = new Map<IsoDate, boolean>();
  /** Per year: totals[k] = working days among the year's first k days. */
  private readonly totals = new Map<number, Uint16Array>();

  constructor(years: CalendarYear[]) {
    for (const raw of years) {
      const cal = calendarYearSchema.parse(raw);
      if (this.years.has(cal.year)) throw new Error(`Calendar year ${cal.year} given twice`);
      this.years.set(cal.year, cal);
    }
    const sorted = [...this.years.values()].sort((a, b) => a.year - b.year);
    // 1. Days that are off on their own date.
    for (const cal of sorted) {
      for (const h of cal.holidays) this.markOff(h.date, { kind: 'holiday', text: h.name });
      for (const d of cal.extraDaysOff) this.markOff(d.date, { kind: 'extra_day_off', text: d.reason });
      for (const d of cal.extraWorkingDays) this.extraWorking.add(d.date);
    }
    // 2. Weekend holidays that move, in date order, each to the next weekday not already off.
    const moving = sorted
      .flatMap((cal) => cal.holidays)
      .filter((h) => h.moveIfWeekend && isWeekendDate(h.date))
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const h of moving) {
      let d = shiftDate(h.date, 1);
      while (isWeekendDate(d) || this.daysOff.has(d)) d = shiftDate(d, 1);
      this.markOff(d, { kind: 'moved_holiday', text: h.name, holidayDate: h.date });
    }
  }

  private markOff(date: IsoDate, reason: DayOffReason): void {
    const list = this.daysOff.get(date);
    if (list) list.push(reason);
    else this.daysOff.set(date, [reason]);
  }

  private warn(warning: string, warnings?: WarningCollector): void {
    this.raised.add(warning);
    warnings?.add(warning);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The years with calendar data, ascending. */
  yearsLoaded(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** The data of one year as loaded (undefined when missing). */
  yearData(year: number): CalendarYear | undefined {
    return this.years.get(year);
  }

  /** Years with a movable holiday still to be entered, ascending. */
  provisionalYears(): number[] {
    return this.yearsLoaded().filter((y) => pendingProvisional(this.years.get(y)!).length > 0);
  }

  /** Raises calendar_provisional:<year> when date's year waits for a movable holiday. */
  checkProvisional(date: IsoDate, warnings?: WarningCollector): void {
    const year = Number(toDay(date).getFullYear());
    const cal = this.years.get(year);
    if (cal && pendingProvisional(cal).length > 0) this.warn(calendarProvisionalWarning(year), warnings);
  }

  /** Every warning this calendar has raised so far (e.g. calendar_missing:2028), sorted. */
  warnings(): string[] {
    return [...this.raised].sort();
  }

  isWorkingDay(date: IsoDate, warnings?: WarningCollector): boolean {
    requireIsoDate(date);
    const year = Number(date.slice(0, 4));
    if (!this.years.has(year)) {
      this.warn(calendarMissingWarning(year), warnings);
      return !isWeekendDate(date);
    }
    const cached = this.cache.get(date);
    if (cached !== undefined) return cached;
    const working = this.extraWorking.has(date) || (!isWeekendDate(date) && !this.daysOff.has(date));
    this.cache.set(date, working);
    return working;
  }

  /** Why a date is not a working day ([] when it is one). */
  dayOffReasons(date: IsoDate, warnings?: WarningCollector): DayOffReason[] {
    if (this.isWorkingDay(date, warnings)) return [];
    const reasons = [...(this.daysOff.get(date) ?? [])];
    if (isWeekendDate(date)) reasons.unshift({ kind: 'weekend' });
    return reasons;
  }

  private daysOfYear(year: number): IsoDate[] {
    return eachDayOfInterval({ start: new Date(year, 0, 1, 12), end: new Date(year, 11, 31, 12) }).map(
      fromDay,
    );
  }

  /** Monday-Friday dates of the year that are not working days, ascending. */
  nonWorkingWeekdays(year: number, warnings?: WarningCollector): IsoDate[] {
    assertYear(year);
    return this.daysOfYear(year).filter((d) => !isWeekend(toDay(d)) && !this.isWorkingDay(d, warnings));
  }

  /** Saturdays and Sundays of the year that are working days (ministry transfers), ascending. */
  workingWeekendDays(year: number, warnings?: WarningCollector): IsoDate[] {
    assertYear(year);
    return this.daysOfYear(year).filter((d) => isWeekend(toDay(d)) && this.isWorkingDay(d, warnings));
  }

  workingDaysInYear(year: number, warnings?: WarningCollector): number {
    assertYear(year);
    return this.daysOfYear(year).filter((d) => this.isWorkingDay(d, warnings)).length;
  }

  /** The first working day strictly after date. */
  nextWorkingDay(date: IsoDate, warnings?: WarningCollector): IsoDate {
    return this.addWorkingDays(date, 1, warnings);
  }

  /** date itself when it is a working day, else the next working day. */
  workingDayOnOrAfter(date: IsoDate, warnings?: WarningCollector): IsoDate {
    return this.isWorkingDay(date, warnings) ? date : this.nextWorkingDay(date, warnings);
  }

  /**
   * The date n working days after date (n < 0: before). Days are counted strictly after
   * (before) date, so the start date's own status does not matter; n = 0 returns date.
   */
  addWorkingDays(date: IsoDate, n: number, warnings?: WarningCollector): IsoDate {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_STEP) {
      throw new RangeError(`Working-day count must be an integer within ±${MAX_STEP}: ${n}`);
    }
    toDay(date); // validates
    const step = n < 0 ? -1 : 1;
    let d = date;
    for (let left = Math.abs(n); left > 0;) {
      d = shiftDate(d, step);
      if (this.isWorkingDay(d, warnings)) left--;
    }
    return d;
  }

  /**
   * Working days in (from, to] when to >= from; when to < from, minus the working days in
   * (to, from]. So Monday -> Tuesday = 1, a date to itself = 0.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate, warnings?: WarningCollector): number {
    requireIsoDate(from);
    requireIsoDate(to);
    if (from === to) return 0;
    // YYYY-MM-DD strings sort like the dates they name.
    const [lo, hi, sign] = from < to ? [from, to, 1] : [to, from, -1];
    // Counted from per-year running totals, so a letter two years overdue costs what one due
    // tomorrow does (the dashboard counts hundreds at once). The years of the days in (lo, hi]
    // raise their calendar_missing warning as a day-by-day walk would.
    const yLo = Number(lo.slice(0, 4));
    const yHi = Number(hi.slice(0, 4));
    for (let y = lo.endsWith('-12-31') ? yLo + 1 : yLo; y <= yHi; y++)
      if (!this.years.has(y)) this.warn(calendarMissingWarning(y), warnings);
    let count = this.workingThrough(hi) - this.workingThrough(lo);
    for (let y = yLo; y < yHi; y++) count += this.runningTotals(y).at(-1)!;
    return sign * count;
  }

  private runningTotals(year: number): Uint16Array {
    let totals = this.totals.get(year);
    if (totals) return totals;
    const days = dayOfYear(`${year}-12-31`) + 1;
    totals = new Uint16Array(days + 1);
    // A year without data counts weekends only (its warning is the caller's to raise).
    const working = this.years.has(year)
      ? (d: IsoDate) => this.isWorkingDay(d)
      : (d: IsoDate) => !isWeekendDate(d);
    let d = `${year}-01-01`;
    for (let k = 0; k < days; k++, d = shiftDate(d, 1)) totals[k + 1] = totals[k]! + (working(d) ? 1 : 0);
    this.totals.set(year, totals);
    return totals;
  }

  /** Working days from 1 January of date's year through date. */
  private workingThrough(date: IsoDate): number {
    return this.runningTotals(Number(date.slice(0, 4)))[dayOfYear(date) + 1]!;
  }
}

/** 0 for 1 January. */
function dayOfYear(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  return (
    (Date.UTC(y, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - Date.UTC(y, 0, 1)) / 86_400_000
  );
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
}
