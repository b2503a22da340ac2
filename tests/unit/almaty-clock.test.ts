// The Almaty wall clock keeps each hour's offset (common/time/almaty.ts): it must read exactly what
// @date-fns/tz reads, across Almaty's own change from UTC+6 to UTC+5 on 1 March 2024 and at
// random instants over the years a register can hold.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { almatyDay, almatyParts, OFFICE_TIME_ZONE } from '../../common/time/almaty';

function reference(ms: number) {
  const d = new TZDate(ms, OFFICE_TIME_ZONE);
  return { date: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm'), second: d.getSeconds() };
}

function read(ms: number) {
  const p = almatyParts(new Date(ms));
  return { date: p.date, time: p.time, second: p.second };
}

describe('Almaty wall clock', () => {
  it('reads the change from UTC+6 to UTC+5 (1 March 2024) minute by minute', () => {
    const change = Date.UTC(2024, 1, 29, 18, 0, 0);
    for (let ms = change - 2 * 3_600_000; ms <= change + 2 * 3_600_000; ms += 60_000) {
      expect(read(ms)).toEqual(reference(ms));
      expect(almatyDay(ms)).toBe(reference(ms).date);
    }
    expect(read(change - 1000).time).toBe('23:59');
    expect(read(change).time).toBe('23:00');
  });

  it('reads what @date-fns/tz reads at random instants from 1930 to 2100', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const from = Date.UTC(1930, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 5000; i++) {
      const ms = Math.floor(from + rnd() * (to - from));
      expect(read(ms)).toEqual(reference(ms));
    }
  });

  it('refuses an invalid instant as before, and almatyDay gives an empty string', () => {
    expect(() => almatyParts(new Date(Number.NaN))).toThrow(RangeError);
    expect(almatyDay('not a date')).toBe('');
  });
});
