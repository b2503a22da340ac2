// Request deadlines in Kazakhstan working days, on the real resources (calendar + deadlines.json).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../common/deadlines/calendar';
import {
  REQUEST_TYPES,
  computeDeadline,
  workingDaysLeft,
  type RequestType,
} from '../../common/deadlines/deadlines';
import { almatyDate } from '../../common/time/almaty';
import { loadCalendarDir, loadDeadlineRules, resourcesDir } from '../../electron/core/calendar';

const RES = resourcesDir({});
const years = loadCalendarDir(path.join(RES, 'calendar'));
const rules = loadDeadlineRules(path.join(RES, 'deadlines.json'));
const cal = new WorkingCalendar(years);

describe('deadlines.json', () => {
  it('has a rule for exactly the request types', () => {
    expect(
      Object.keys(rules)
        .filter((k) => k !== 'source' && k !== 'breach')
        .sort(),
    ).toEqual([...REQUEST_TYPES].sort());
  });

  it.each<[RequestType, number, number]>([
    ['withdrawal', 1, 15],
    ['access', 3, 3],
    ['rectification', 1, 1],
    ['stop_messages', 1, 15],
    ['complaint', 3, 3],
    ['blocking', 1, 1],
    ['objection', 3, 3],
    ['minor_deletion', 1, 1],
  ])('%s: policy %i, statute %i working days', (type, policy, statute) => {
    expect(rules[type].policyWorkingDays).toBe(policy);
    expect(rules[type].statutoryWorkingDays).toBe(statute);
    expect(rules[type].basis.kk.length).toBeGreaterThan(10);
    expect(rules[type].basis.ru.length).toBeGreaterThan(10);
  });

  it('cites the law where it fixes the deadline and says "office practice" where it does not', () => {
    expect(rules.withdrawal.basis.en).toMatch(/Art\. 8 p\.7/);
    expect(rules.access.basis.en).toMatch(/Art\. 24/);
    expect(rules.objection.basis.en).toMatch(/Art\. 19-1/);
    expect(rules.complaint.basis.en).toMatch(/office practice/i);
    expect(rules.stop_messages.basis.en).toMatch(/office practice/i);
    expect(rules.minor_deletion.basis.en).toMatch(/as soon as possible/i);
  });
});

describe('almatyDate', () => {
  it('takes the Asia/Almaty calendar date of an instant (UTC+5 since 1 March 2024)', () => {
    expect(almatyDate('2026-11-23T19:30:00Z')).toBe('2026-11-24');
    expect(almatyDate('2026-11-23T18:59:59Z')).toBe('2026-11-23');
    expect(almatyDate('2026-11-24T00:10:00+05:00')).toBe('2026-11-24');
    expect(almatyDate('2026-11-23T23:30:00+03:00')).toBe('2026-11-24'); // Moscow evening
    expect(almatyDate('2026-11-23T19:30:00.123Z')).toBe('2026-11-24');
  });

  it('uses the historical UTC+6 before March 2024', () => {
    expect(almatyDate('2024-01-10T18:30:00Z')).toBe('2024-01-11'); // 00:30 at UTC+6
    expect(almatyDate('2024-02-29T17:30:00Z')).toBe('2024-02-29'); // 23:30 at UTC+6, last hour before the change
    expect(almatyDate('2024-03-01T18:30:00Z')).toBe('2024-03-01'); // 23:30 at UTC+5
  });

  it('takes a bare date as an Almaty register date', () => {
    expect(almatyDate('2026-03-21')).toBe('2026-03-21');
  });

  it.each(['2026-11-23T19:30:00', '2026-02-30T10:00:00Z', '2026-11-23T24:00:00Z', '23.11.2026', ''])(
    'rejects %j (no offset, impossible, or not ISO)',
    (bad) => {
      expect(() => almatyDate(bad)).toThrow(RangeError);
    },
  );
});

describe('computeDeadline', () => {
  it('working-day receipt: withdrawal Monday 23 Nov 2026 → due Tuesday, statute 14 Dec', () => {
    expect(computeDeadline(cal, rules, 'withdrawal', '2026-11-23T10:00:00+05:00')).toEqual({
      type: 'withdrawal',
      received: '2026-11-23',
      countedFrom: '2026-11-23',
      due: '2026-11-24',
      statutoryDue: '2026-12-14',
      workingDays: 1,
      statutoryWorkingDays: 15,
      warnings: [],
    });
  });

  it('receipt late in the evening Almaty time belongs to the next day', () => {
    const d = computeDeadline(cal, rules, 'withdrawal', '2026-11-23T19:30:00Z');
    expect(d.received).toBe('2026-11-24');
    expect(d.due).toBe('2026-11-25');
  });

  it('receipt on a Saturday: 1 working day → due Monday (the 1st working day after the receipt)', () => {
    const d = computeDeadline(cal, rules, 'rectification', '2026-11-28T11:00:00+05:00');
    expect(d.received).toBe('2026-11-28');
    expect(d.countedFrom).toBe('2026-11-28');
    expect(d.due).toBe('2026-11-30');
  });

  it('receipt on a holiday (Nauryz, Monday 23 March 2026): 1 day → Thursday 26 March', () => {
    const rect = computeDeadline(cal, rules, 'rectification', '2026-03-23T09:00:00+05:00');
    expect(rect.countedFrom).toBe('2026-03-23');
    expect(rect.due).toBe('2026-03-26');
    const access = computeDeadline(cal, rules, 'access', '2026-03-23T09:00:00+05:00');
    expect(access.due).toBe('2026-03-30');
    expect(access.statutoryDue).toBe('2026-03-30');
  });

  it('a working day before a holiday run: Friday 20 March 2026, 1 day → Thursday 26 March', () => {
    expect(computeDeadline(cal, rules, 'blocking', '2026-03-20T17:00:00+05:00').due).toBe('2026-03-26');
  });

  it('across the year boundary: received 31 Dec 2025, statute 15 days skips 1, 2 and 7 January', () => {
    const d = computeDeadline(cal, rules, 'withdrawal', '2025-12-31T12:00:00+05:00');
    expect(d.due).toBe('2026-01-05');
    expect(d.statutoryDue).toBe('2026-01-26');
    expect(d.warnings).toEqual([]);
  });

  it("New Year's Eve after 19:00 UTC is already 1 January in Almaty: 1 day → 5 January", () => {
    const d = computeDeadline(cal, rules, 'withdrawal', '2025-12-31T20:00:00Z');
    expect(d.received).toBe('2026-01-01');
    expect(d.countedFrom).toBe('2026-01-01');
    expect(d.due).toBe('2026-01-05');
  });

  it('the 2024 transfer: received Friday 3 May 2024, 1 day → Saturday 4 May (worked); 3 days → 10 May', () => {
    expect(computeDeadline(cal, rules, 'rectification', '2024-05-03T10:00:00+05:00').due).toBe('2024-05-04');
    expect(computeDeadline(cal, rules, 'access', '2024-05-03T10:00:00+05:00').due).toBe('2024-05-10');
  });

  it('a year without data (2028) still computes on weekends only but warns', () => {
    const d = computeDeadline(cal, rules, 'access', '2028-03-01T10:00:00+05:00');
    expect(d.due).toBe('2028-03-06');
    expect(d.warnings).toEqual(['calendar_missing:2028']);
  });

  it('a statute that runs from 2027 into 2028 warns about 2028 and the provisional 2027', () => {
    const d = computeDeadline(cal, rules, 'withdrawal', '2027-12-30T10:00:00+05:00');
    expect(d.due).toBe('2027-12-31');
    expect(d.warnings).toEqual(['calendar_missing:2028', 'calendar_provisional:2027']);
  });

  it('rejects an unknown request type', () => {
    expect(() => computeDeadline(cal, rules, 'erasure' as RequestType, '2026-11-23T10:00:00Z')).toThrow(
      /erasure/,
    );
  });

  it('follows edited data: a rule change moves the due date', () => {
    const edited = { ...rules, access: { ...rules.access, policyWorkingDays: 1 } };
    expect(computeDeadline(cal, edited, 'access', '2026-11-23T10:00:00+05:00').due).toBe('2026-11-24');
  });
});

describe('workingDaysLeft', () => {
  it('is 0 on the due date and counts the working days still ahead', () => {
    expect(workingDaysLeft(cal, '2026-11-24', '2026-11-24')).toBe(0);
    expect(workingDaysLeft(cal, '2026-11-23', '2026-11-24')).toBe(1);
    expect(workingDaysLeft(cal, '2026-03-20', '2026-03-26')).toBe(1); // over Nauryz
    expect(workingDaysLeft(cal, '2026-11-28', '2026-12-01')).toBe(2); // from a Saturday
  });

  it('is negative when overdue: -k means k working days late', () => {
    expect(workingDaysLeft(cal, '2026-11-25', '2026-11-24')).toBe(-1);
    expect(workingDaysLeft(cal, '2026-12-01', '2026-11-24')).toBe(-5);
    expect(workingDaysLeft(cal, '2026-03-26', '2026-03-20')).toBe(-1); // Nauryz days are not counted
  });

  it('is never 0 once the due date has passed (weekend right after a Friday due date)', () => {
    expect(workingDaysLeft(cal, '2026-11-28', '2026-11-27')).toBe(-1);
    expect(workingDaysLeft(cal, '2026-11-30', '2026-11-27')).toBe(-1);
    expect(workingDaysLeft(cal, '2026-12-01', '2026-11-27')).toBe(-2);
  });

  it('passes calendar warnings to a collector', () => {
    const warnings = new Set<string>();
    expect(workingDaysLeft(cal, '2027-12-31', '2028-01-04', warnings)).toBe(2);
    expect([...warnings]).toEqual(['calendar_missing:2028']);
  });
});
