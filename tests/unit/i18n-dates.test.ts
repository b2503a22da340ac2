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
