// Dates in the renderer are always shown in Asia/Almaty, whatever the computer's time zone,
// in the interface language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  almatyDay,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatLongDateWeekday,
  formatTime,
} from '../../renderer/src/format/dates';
import {
  almatyDayStart,
  dayProblem,
  EMPTY_FILTER,
  parseDay,
  toAuditFilter,
} from '../../renderer/src/features/audit/query';

// 20:30 UTC on Thursday 5 June 2025 is 01:30 on Friday 6 June in Almaty (UTC+5).
const INSTANT = '2025-06-05T20:30:00Z';

describe('dates in Asia/Almaty', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('uses the Almaty calendar day and time, not the computer’s', () => {
    expect(formatDate(INSTANT, 'ru')).toBe('06.06.2025');
    expect(formatTime(INSTANT, 'en')).toBe('01:30');
    expect(formatDateTime(new Date(INSTANT), 'kk')).toBe('06.06.2025 01:30');
    expect(almatyDay(INSTANT)).toBe('2025-06-06');
    expect(almatyDay('2025-12-31T19:00:00Z')).toBe('2026-01-01');
    expect(almatyDay(Date.parse('2025-12-31T18:59:59Z'))).toBe('2025-12-31');
  });

  it('writes long dates the way each language does', () => {
    expect(formatLongDate(INSTANT, 'kk')).toBe('2025 жылғы 6 маусым');
    expect(formatLongDate(INSTANT, 'ru')).toBe('6 июня 2025 г.');
    expect(formatLongDate(INSTANT, 'en')).toBe('6 June 2025');
    expect(formatLongDateWeekday(INSTANT, 'kk')).toBe('2025 жылғы 6 маусым, жұма');
    expect(formatLongDateWeekday(INSTANT, 'ru')).toBe('Пятница, 6 июня 2025 г.');
    expect(formatLongDateWeekday(INSTANT, 'en')).toBe('Friday, 6 June 2025');
  });

  it('falls back to Russian for an unknown language and to an empty text for an invalid date', () => {
    expect(formatLongDate(INSTANT, 'de')).toBe('6 июня 2025 г.');
    expect(formatDate('not a date', 'en')).toBe('');
    expect(almatyDay('')).toBe('');
  });
});

describe('audit viewer dates: Almaty calendar days typed as DD.MM.YYYY → UTC instants', () => {
  it('reads DD.MM.YYYY (and ISO), and refuses dates that do not exist', () => {
    expect(parseDay('06.06.2025')).toBe('2025-06-06');
    expect(parseDay(' 6.6.2025 ')).toBe('2025-06-06');
    expect(parseDay('2025-06-06')).toBe('2025-06-06');
    expect(parseDay('29.02.2024')).toBe('2024-02-29');
    expect(parseDay('29.02.2025')).toBeNull();
    expect(parseDay('31.04.2025')).toBeNull();
    expect(parseDay('06/06/25')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('starts a day at Almaty midnight, before and after the 2024 move from UTC+6 to UTC+5', () => {
    expect(almatyDayStart('2025-06-06')).toBe('2025-06-05T19:00:00.000Z');
    expect(almatyDayStart('2024-02-01')).toBe('2024-01-31T18:00:00.000Z');
    expect(almatyDayStart('2025-12-31', 1)).toBe('2025-12-31T19:00:00.000Z');
    expect(almatyDayStart('not a day')).toBeUndefined();
  });

  it('includes the whole last day (the contract’s `to` is exclusive) and drops empty fields', () => {
    expect(
      toAuditFilter({
        ...EMPTY_FILTER,
        actor: 'admin',
        entityId: ' 42 ',
        fromDay: '01.06.2025',
        toDay: '06.06.2025',
      }),
    ).toEqual({
      actor: 'admin',
      entityId: '42',
      from: '2025-05-31T19:00:00.000Z',
      to: '2025-06-06T19:00:00.000Z',
    });
    expect(toAuditFilter(EMPTY_FILTER)).toEqual({});
    expect(dayProblem({ ...EMPTY_FILTER, fromDay: '07.06.2025', toDay: '06.06.2025' })).toBe('range');
    expect(dayProblem({ ...EMPTY_FILTER, fromDay: '32.01.2025' })).toBe('fromDay');
    expect(dayProblem({ ...EMPTY_FILTER, toDay: 'tomorrow' })).toBe('toDay');
    expect(dayProblem({ ...EMPTY_FILTER, fromDay: '06.06.2025', toDay: '06.06.2025' })).toBeNull();
  });
});
