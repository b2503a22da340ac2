// "Within N working days" ends at the end of the Nth working day AFTER the day of receipt,
// whatever kind of day the receipt was (issue 14, brief "Deadlines"). Every receipt day of
// 2025-2027, for every request type, against an independent day-by-day count: the non-working
// weekdays and worked weekend days are written out here from the brief (2025, 2026) and by hand
// from the holiday law (2027), not derived from the calendar code under test.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../common/deadlines/calendar';
import type { CalendarYear } from '../../common/deadlines/calendar-schema';
import { REQUEST_TYPES, computeDeadline } from '../../common/deadlines/deadlines';
import { loadCalendarDir, loadDeadlineRules, resourcesDir } from '../../electron/core/calendar';

const RES = resourcesDir({});
const years = loadCalendarDir(path.join(RES, 'calendar'));
const rules = loadDeadlineRules(path.join(RES, 'deadlines.json'));
const cal = new WorkingCalendar(years);

// Brief, "Kazakhstan working-day calendar": resulting non-working weekdays.
const OFF_WEEKDAYS = new Set([
  // 2025 (and Sunday 5 January 2025 worked, below)
  '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07', '2025-03-10', '2025-03-21', '2025-03-24',
  '2025-03-25', '2025-05-01', '2025-05-07', '2025-05-09', '2025-06-06', '2025-07-07', '2025-09-01',
  '2025-10-27', '2025-12-16',
  // 2026
  '2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25',
  '2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27', '2026-07-06', '2026-10-26', '2026-12-16',
  // 2027 by hand: 1 Jan Fri; 2 Jan Sat → Mon 4; 7 Jan Thu; 8 Mar Mon; 15 Mar Mon (Constitution
  // Day); 21 Mar Sun → Wed 24 (22, 23 are Nauryz days themselves); 1 May Sat → Mon 3; 7 May Fri;
  // 9 May Sun → Mon 10; 6 Jul Tue; 25 Oct Mon; 16 Dec Thu. Kurban Ait not announced.
  '2027-01-01', '2027-01-04', '2027-01-07', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-23',
  '2027-03-24', '2027-05-03', '2027-05-07', '2027-05-10', '2027-07-06', '2027-10-25', '2027-12-16',
]); // prettier-ignore
const WORKED_WEEKEND_DAYS = new Set(['2025-01-05']);

/** Plain UTC-date arithmetic, independent of date-fns and the code under test. */
function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

function oracleWorking(d: string): boolean {
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
  if (dow === 0 || dow === 6) return WORKED_WEEKEND_DAYS.has(d);
  return !OFF_WEEKDAYS.has(d);
}

/** Walks day by day from the day after receipt and stops on the nth working day. */
function oracleDue(received: string, n: number): string {
  let d = received;
  for (let left = n; left > 0;) {
    d = nextDay(d);
    if (oracleWorking(d)) left--;
  }
  return d;
}

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = nextDay(d)) out.push(d);
  return out;
}

// To 8 December 2027: the 15-day statute still ends in 2027 (2028 has no calendar data).
const RECEIPTS = daysOf('2025-01-01', '2027-12-08');

function kindOf(d: string): string {
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
  if (WORKED_WEEKEND_DAYS.has(d)) return 'transferred working day';
  if (dow === 6) return 'Saturday';
  if (dow === 0) return 'Sunday';
  return OFF_WEEKDAYS.has(d) ? 'holiday or transferred day off' : 'working day';
}

describe('the calendar data agrees with the day-by-day oracle', () => {
  it.each([2025, 2026, 2027])('%i: the same working days', (year) => {
    const differ = daysOf(`${year}-01-01`, `${year}-12-31`).filter(
      (d) => cal.isWorkingDay(d) !== oracleWorking(d),
    );
    expect(differ).toEqual([]);
  });
});

describe.each(REQUEST_TYPES)('%s: due N working days after the day of receipt', (type) => {
  const rule = rules[type];

  it('for a receipt on every day of 2025-2027 (Almaty daytime), each kind of day covered', () => {
    const kinds = new Set<string>();
    const wrong: string[] = [];
    for (const day of RECEIPTS) {
      kinds.add(kindOf(day));
      const d = computeDeadline(cal, rules, type, `${day}T11:00:00+05:00`);
      const due = oracleDue(day, rule.policyWorkingDays);
      const statutory = oracleDue(day, rule.statutoryWorkingDays);
      if (d.received !== day || d.due !== due || d.statutoryDue !== statutory) {
        wrong.push(`${day}: ${d.due}/${d.statutoryDue}, expected ${due}/${statutory}`);
      }
    }
    expect(wrong).toEqual([]);
    expect([...kinds].sort()).toEqual([
      'Saturday',
      'Sunday',
      'holiday or transferred day off',
      'transferred working day',
      'working day',
    ]);
  });

  it('for a late-evening UTC receipt: 19:30 UTC is already the next Almaty day', () => {
    const wrong: string[] = [];
    for (const day of RECEIPTS.slice(0, -1)) {
      const almatyDay = nextDay(day);
      const late = computeDeadline(cal, rules, type, `${day}T19:30:00Z`);
      const stillToday = computeDeadline(cal, rules, type, `${day}T18:59:59Z`);
      if (late.received !== almatyDay || late.due !== oracleDue(almatyDay, rule.policyWorkingDays)) {
        wrong.push(`${day}T19:30Z → ${late.received} ${late.due}`);
      }
      if (stillToday.received !== day || stillToday.due !== oracleDue(day, rule.policyWorkingDays)) {
        wrong.push(`${day}T18:59:59Z → ${stillToday.received} ${stillToday.due}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the examples of issue 14', () => {
  it('received Saturday 21.03.2026, 1 working day → Thursday 26.03.2026', () => {
    const d = computeDeadline(cal, rules, 'rectification', '2026-03-21T10:00:00+05:00');
    expect(d.due).toBe('2026-03-26');
  });

  it('received Thursday 02.01.2025 (holiday), access 3 working days → 08.01.2025', () => {
    expect(computeDeadline(cal, rules, 'access', '2025-01-02T10:00:00+05:00').due).toBe('2025-01-08');
  });

  it('received Saturday 04.01.2025, withdrawal statute 15 working days → 24.01.2025', () => {
    const d = computeDeadline(cal, rules, 'withdrawal', '2025-01-04T10:00:00+05:00');
    expect(d.statutoryDue).toBe('2025-01-24');
  });
});

describe('calendar_provisional:2027 until Kurban Ait 2027 is entered', () => {
  it('warns on every deadline that touches 2027, and on none wholly in 2025-2026', () => {
    for (const type of REQUEST_TYPES) {
      for (const day of RECEIPTS) {
        const d = computeDeadline(cal, rules, type, `${day}T11:00:00+05:00`);
        const touches = day.startsWith('2027') || d.statutoryDue.startsWith('2027');
        expect(d.warnings, `${type} ${day}`).toEqual(touches ? ['calendar_provisional:2027'] : []);
      }
    }
  });

  it('the warning clears, and the dates follow, once the holiday is entered with its key', () => {
    const shipped2027 = years.find((y) => y.year === 2027)!;
    expect(cal.provisionalYears()).toEqual([2027]);
    const entered: CalendarYear = {
      ...shipped2027,
      holidays: [
        ...shipped2027.holidays,
        {
          date: '2027-05-17',
          name: shipped2027.provisional![0]!.name,
          moveIfWeekend: false,
          key: 'kurban_ait',
        },
      ],
    };
    const final = new WorkingCalendar([...years.filter((y) => y.year !== 2027), entered]);
    expect(final.provisionalYears()).toEqual([]);
    const before = computeDeadline(cal, rules, 'access', '2027-05-13T10:00:00+05:00');
    const after = computeDeadline(final, rules, 'access', '2027-05-13T10:00:00+05:00');
    expect([before.due, before.warnings]).toEqual(['2027-05-18', ['calendar_provisional:2027']]);
    expect([after.due, after.warnings]).toEqual(['2027-05-19', []]);
  });

  it('a holiday entered without the key leaves the year provisional', () => {
    const shipped2027 = years.find((y) => y.year === 2027)!;
    const unkeyed: CalendarYear = {
      ...shipped2027,
      holidays: [
        ...shipped2027.holidays,
        { date: '2027-05-17', name: shipped2027.provisional![0]!.name, moveIfWeekend: false },
      ],
    };
    const still = new WorkingCalendar([...years.filter((y) => y.year !== 2027), unkeyed]);
    expect(still.provisionalYears()).toEqual([2027]);
  });
});
