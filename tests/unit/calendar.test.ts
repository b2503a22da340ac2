// Kazakhstan working-day calendar built from the real data files in resources/calendar.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar, calendarMissingWarning } from '../../common/deadlines/calendar';
import {
  calendarYearSchema,
  deadlineRulesSchema,
  type CalendarYear,
} from '../../common/deadlines/calendar-schema';
import {
  DataFileError,
  loadCalendarDir,
  loadCalendarFile,
  loadDeadlineRules,
  resourcesDir,
} from '../../electron/core/calendar';

const RES = resourcesDir({});
const years = loadCalendarDir(path.join(RES, 'calendar'));
const cal = new WorkingCalendar(years);

const NON_WORKING_WEEKDAYS_2025 = [
  '2025-01-01',
  '2025-01-02',
  '2025-01-03',
  '2025-01-07',
  '2025-03-10',
  '2025-03-21',
  '2025-03-24',
  '2025-03-25',
  '2025-05-01',
  '2025-05-07',
  '2025-05-09',
  '2025-06-06',
  '2025-07-07',
  '2025-09-01',
  '2025-10-27',
  '2025-12-16',
];
const NON_WORKING_WEEKDAYS_2026 = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-07',
  '2026-03-09',
  '2026-03-23',
  '2026-03-24',
  '2026-03-25',
  '2026-05-01',
  '2026-05-07',
  '2026-05-11',
  '2026-05-27',
  '2026-07-06',
  '2026-10-26',
  '2026-12-16',
];

describe('resources', () => {
  it('finds the repository resources folder and loads 2024-2027 ascending', () => {
    expect(fs.existsSync(path.join(RES, 'calendar', '2026.json'))).toBe(true);
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(cal.yearsLoaded()).toEqual([2024, 2025, 2026, 2027]);
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2028)).toBe(false);
  });

  it('has Kazakh, Russian and English names for every holiday', () => {
    for (const y of years) {
      for (const h of y.holidays) {
        expect(h.name.kk).not.toBe(h.name.ru);
        expect(h.name.en).toMatch(/^[\x20-\x7e]+$/);
      }
    }
  });

  it('leaves Kurban Ait 2027 out and says in "source" that staff must enter it', () => {
    const y2027 = years.find((y) => y.year === 2027)!;
    expect(y2027.holidays.some((h) => /kurban/i.test(h.name.en))).toBe(false);
    expect(y2027.source).toMatch(/kurban ait 2027/i);
    expect(y2027.source).toMatch(/staff must/i);
  });

  it('marks only Orthodox Christmas and Kurban Ait as never moved', () => {
    const fixed = years.flatMap((y) => y.holidays.filter((h) => !h.moveIfWeekend).map((h) => h.date));
    expect(fixed).toEqual([
      '2024-01-07',
      '2024-06-16',
      '2025-01-07',
      '2025-06-06',
      '2026-01-07',
      '2026-05-27',
      '2027-01-07',
    ]);
  });

  it('puts Constitution Day on 30 August in 2024-2025, nowhere in 2026, on 15 March in 2027', () => {
    const constitution = (year: number) =>
      years
        .find((y) => y.year === year)!
        .holidays.filter((h) => /constitution/i.test(h.name.en))
        .map((h) => h.date);
    expect(constitution(2024)).toEqual(['2024-08-30']);
    expect(constitution(2025)).toEqual(['2025-08-30']);
    expect(constitution(2026)).toEqual([]);
    expect(constitution(2027)).toEqual(['2027-03-15']);
  });

  it('honours PRIVACY_DESK_RESOURCES and rejects a folder without calendar/', () => {
    expect(resourcesDir({ PRIVACY_DESK_RESOURCES: RES })).toBe(RES);
    expect(() => resourcesDir({ PRIVACY_DESK_RESOURCES: os.tmpdir() })).toThrow(/calendar/);
  });

  it('walks up from a nested folder to the resources folder', () => {
    expect(resourcesDir({}, path.join(RES, '..', 'electron', 'core'))).toBe(RES);
  });
});

describe('loader validation', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-cal-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const good = (): CalendarYear => structuredClone(years.find((y) => y.year === 2026)!);

  it('names the file and the field when a date is invalid', () => {
    const bad = good();
    bad.holidays[0]!.date = '2026-02-30';
    fs.writeFileSync(path.join(dir, '2026.json'), JSON.stringify(bad));
    expect(() => loadCalendarDir(dir)).toThrow(DataFileError);
    expect(() => loadCalendarDir(dir)).toThrow(/2026\.json.*holidays\.0\.date/);
  });

  it('names the file when the JSON is broken or the year does not match the file name', () => {
    fs.writeFileSync(path.join(dir, '2026.json'), '{ "year": 2026, ');
    expect(() => loadCalendarFile(path.join(dir, '2026.json'))).toThrow(/2026\.json: not valid JSON/);
    fs.writeFileSync(path.join(dir, '2026.json'), JSON.stringify({ ...good(), year: 2025 }));
    expect(() => loadCalendarFile(path.join(dir, '2026.json'))).toThrow(/2026\.json/);
  });

  it('rejects a misspelt key instead of dropping it', () => {
    const { extraDaysOff, ...rest } = good();
    fs.writeFileSync(path.join(dir, '2026.json'), JSON.stringify({ ...rest, extraDayOff: extraDaysOff }));
    expect(() => loadCalendarFile(path.join(dir, '2026.json'))).toThrow(/extraDayOff|extraDaysOff/);
  });

  it('rejects a date outside the file year and a day both off and worked', () => {
    const outside = good();
    outside.extraDaysOff.push({ date: '2027-01-05', reason: { kk: 'x', ru: 'x', en: 'x' } });
    expect(calendarYearSchema.safeParse(outside).success).toBe(false);
    const both = good();
    both.extraWorkingDays.push({ date: '2026-03-23', reason: { kk: 'x', ru: 'x', en: 'x' } });
    both.extraDaysOff.push({ date: '2026-03-23', reason: { kk: 'x', ru: 'x', en: 'x' } });
    expect(calendarYearSchema.safeParse(both).success).toBe(false);
  });

  it('loads and validates deadlines.json; policy above statute is refused', () => {
    const rules = loadDeadlineRules(path.join(RES, 'deadlines.json'));
    expect(rules.withdrawal.statutoryWorkingDays).toBe(15);
    const broken = { ...rules, access: { ...rules.access, policyWorkingDays: 5 } };
    expect(deadlineRulesSchema.safeParse(broken).success).toBe(false);
    const { objection: _o, ...missing } = rules;
    const file = path.join(dir, 'deadlines.json');
    fs.writeFileSync(file, JSON.stringify(missing));
    expect(() => loadDeadlineRules(file)).toThrow(/deadlines\.json.*objection/);
  });

  it('refuses the same year twice', () => {
    expect(() => new WorkingCalendar([good(), good()])).toThrow(/2026/);
  });
});

describe('working days per year', () => {
  it("2025 has exactly the brief's non-working weekdays and 246 working days", () => {
    expect(cal.nonWorkingWeekdays(2025)).toEqual(NON_WORKING_WEEKDAYS_2025);
    expect(cal.workingDaysInYear(2025)).toBe(246);
    expect(cal.workingWeekendDays(2025)).toEqual(['2025-01-05']);
  });

  it("2026 has exactly the brief's non-working weekdays and 247 working days", () => {
    expect(cal.nonWorkingWeekdays(2026)).toEqual(NON_WORKING_WEEKDAYS_2026);
    expect(cal.workingDaysInYear(2026)).toBe(247);
    expect(cal.workingWeekendDays(2026)).toEqual([]);
  });

  it('2027 moves 2 January, 21 March, 1 and 9 May and keeps 15 March', () => {
    expect(cal.nonWorkingWeekdays(2027)).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-01-07',
      '2027-03-08',
      '2027-03-15',
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
      '2027-05-03',
      '2027-05-07',
      '2027-05-10',
      '2027-07-06',
      '2027-10-25',
      '2027-12-16',
    ]);
  });
});

describe('holidays and transfers', () => {
  it('Nauryz 2026: 21 Sat and 22 Sun move past 23 Mon to 24 and 25', () => {
    expect(
      ['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25'].map((d) => cal.isWorkingDay(d)),
    ).toEqual([false, false, false, false, false]);
    expect(cal.isWorkingDay('2026-03-20')).toBe(true);
    expect(cal.isWorkingDay('2026-03-26')).toBe(true);
    expect(cal.dayOffReasons('2026-03-24').map((r) => [r.kind, r.holidayDate])).toEqual([
      ['moved_holiday', '2026-03-21'],
    ]);
    expect(cal.dayOffReasons('2026-03-25').map((r) => [r.kind, r.holidayDate])).toEqual([
      ['moved_holiday', '2026-03-22'],
    ]);
  });

  it('Kurban Ait 2026 (Wednesday 27 May) is off', () => {
    expect(cal.isWorkingDay('2026-05-26')).toBe(true);
    expect(cal.isWorkingDay('2026-05-27')).toBe(false);
    expect(cal.isWorkingDay('2026-05-28')).toBe(true);
  });

  it('31 August 2026 is a working day (no Constitution Day in 2026), 30 August 2025 moved to 1 September', () => {
    expect(cal.isWorkingDay('2026-08-31')).toBe(true);
    expect(cal.isWorkingDay('2025-09-01')).toBe(false);
    expect(cal.isWorkingDay('2025-09-02')).toBe(true);
  });

  it.each([
    ['2026-03-08', '2026-03-09'],
    ['2026-05-09', '2026-05-11'],
    ['2026-10-25', '2026-10-26'],
  ])('weekend holiday %s moves to %s, and only there', (holiday, observed) => {
    expect(cal.isWorkingDay(holiday)).toBe(false);
    expect(cal.isWorkingDay(observed)).toBe(false);
    expect(cal.dayOffReasons(observed)[0]).toMatchObject({ kind: 'moved_holiday', holidayDate: holiday });
    expect(cal.nextWorkingDay(observed)).toBe(
      // the day after the observed day is a working day again (10 Mar, 12 May, 27 Oct)
      { '2026-03-09': '2026-03-10', '2026-05-11': '2026-05-12', '2026-10-26': '2026-10-27' }[observed],
    );
  });

  it('7 January is never moved: Sunday 7 January 2024 leaves Monday 8 January a working day', () => {
    expect(cal.isWorkingDay('2024-01-07')).toBe(false);
    expect(cal.isWorkingDay('2024-01-08')).toBe(true);
    expect(cal.isWorkingDay('2026-01-07')).toBe(false); // Wednesday: simply off
    expect(cal.isWorkingDay('2026-01-08')).toBe(true);
  });

  it('Kurban Ait on Sunday 16 June 2024 is not moved either', () => {
    expect(cal.isWorkingDay('2024-06-17')).toBe(true);
  });

  it('2024 transfer: Saturday 4 May worked, Wednesday 8 May off', () => {
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-05-08')).toBe(false);
    expect(cal.isWorkingDay('2024-05-05')).toBe(false);
    expect(cal.workingWeekendDays(2024)).toEqual(['2024-05-04']);
    expect(cal.nonWorkingWeekdays(2024)).toContain('2024-05-08');
  });

  it('2025 transfer: Sunday 5 January worked, Friday 3 January off', () => {
    expect(cal.isWorkingDay('2025-01-05')).toBe(true);
    expect(cal.isWorkingDay('2025-01-03')).toBe(false);
    expect(cal.nextWorkingDay('2024-12-31')).toBe('2025-01-05');
  });
});

describe('counting', () => {
  it('nextWorkingDay is strictly after; workingDayOnOrAfter keeps a working day', () => {
    expect(cal.nextWorkingDay('2026-03-20')).toBe('2026-03-26');
    expect(cal.workingDayOnOrAfter('2026-03-20')).toBe('2026-03-20');
    expect(cal.workingDayOnOrAfter('2026-03-21')).toBe('2026-03-26');
  });

  it('addWorkingDays goes forwards and backwards, 0 is the date itself', () => {
    expect(cal.addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    expect(cal.addWorkingDays('2026-03-26', -1)).toBe('2026-03-20');
    expect(cal.addWorkingDays('2026-03-21', 0)).toBe('2026-03-21');
    expect(cal.addWorkingDays('2025-12-31', 15)).toBe('2026-01-26');
  });

  it('workingDaysBetween counts (from, to] and is antisymmetric', () => {
    expect(cal.workingDaysBetween('2026-03-20', '2026-03-26')).toBe(1);
    expect(cal.workingDaysBetween('2026-03-26', '2026-03-20')).toBe(-1);
    expect(cal.workingDaysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(247);
  });

  it('workingDaysBetween equals a day-by-day walk, warnings included, across years with and without data', () => {
    // 2022-2023 and 2028-2029 have no data: weekends only, each walked year warned once.
    const walk = (from: string, to: string, warnings: Set<string>) => {
      const [lo, hi, sign] = from < to ? [from, to, 1] : [to, from, -1];
      let n = 0;
      for (let d = lo; d < hi;) {
        d = new Date(Date.parse(d + 'T12:00:00Z') + 86_400_000).toISOString().slice(0, 10);
        if (cal.isWorkingDay(d, warnings)) n++;
      }
      return from === to ? 0 : sign * n;
    };
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const day = () =>
      new Date(Date.UTC(2022, 0, 1) + Math.floor(rnd() * 8 * 365) * 86_400_000).toISOString().slice(0, 10);
    const edges = ['2023-12-31', '2024-01-01', '2027-12-31', '2028-01-01', '2026-03-21'];
    for (let i = 0; i < 300; i++) {
      const from = i < 25 ? edges[i % 5]! : day();
      const to = i < 25 ? edges[Math.floor(i / 5)]! : day();
      const fast = new Set<string>();
      const slow = new Set<string>();
      expect(cal.workingDaysBetween(from, to, fast), `${from} -> ${to}`).toBe(walk(from, to, slow));
      expect([...fast].sort(), `${from} -> ${to}`).toEqual([...slow].sort());
    }
  });

  it('rejects malformed dates and fractional counts', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('26.03.2026')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-20', 1.5)).toThrow(RangeError);
  });
});

describe('a year without data', () => {
  it('falls back to weekends only and warns calendar_missing:2028, never silently', () => {
    const c = new WorkingCalendar(years);
    const warnings = new Set<string>();
    expect(c.isWorkingDay('2028-01-03', warnings)).toBe(true); // Monday; 3 Jan would not be known
    expect(c.isWorkingDay('2028-01-01', warnings)).toBe(false); // Saturday
    expect([...warnings]).toEqual(['calendar_missing:2028']);
    expect(calendarMissingWarning(2028)).toBe('calendar_missing:2028');
    expect(c.warnings()).toEqual(['calendar_missing:2028']);
  });

  it('warns even without a collector (kept on the calendar) and for whole-year questions', () => {
    const c = new WorkingCalendar(years);
    expect(c.workingDaysInYear(2028)).toBe(260);
    expect(c.nonWorkingWeekdays(2028)).toEqual([]);
    expect(c.warnings()).toEqual(['calendar_missing:2028']);
  });

  it('raises no warning for loaded years', () => {
    const c = new WorkingCalendar(years);
    const warnings = new Set<string>();
    c.workingDaysInYear(2026, warnings);
    c.addWorkingDays('2024-01-02', 700, warnings);
    expect([...warnings]).toEqual([]);
    expect(c.warnings()).toEqual([]);
  });
});
