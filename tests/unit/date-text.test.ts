import { describe, expect, it } from 'vitest';
import {
  dateTextValue,
  fromDateText,
  maskDateText,
  toDateText,
  type DateKind,
} from '../../renderer/src/ui/date-text';

describe('date text (DD.MM.YYYY HH:mm)', () => {
  it.each<[string, DateKind, string]>([
    ['03122026', 'date', '03.12.2026'],
    ['031', 'date', '03.1'],
    ['03.', 'date', '03'],
    ['03.12.20261', 'date', '03.12.2026'],
    ['031220260905', 'datetime', '03.12.2026 09:05'],
    ['03.12.2026 09:05', 'datetime', '03.12.2026 09:05'],
  ])('masks %s (%s) as %s', (typed, kind, shown) => expect(maskDateText(typed, kind)).toBe(shown));

  it.each<[string, DateKind, string]>([
    ['2026-12-03', 'date', '03.12.2026'],
    ['2026-12-03T21:05', 'datetime', '03.12.2026 21:05'],
  ])('shows %s and reads it back', (stored, kind, shown) => {
    expect(toDateText(stored, kind)).toBe(shown);
    expect(fromDateText(shown, kind)).toBe(stored);
  });

  it.each<[string, DateKind]>([
    ['30.02.2026', 'date'],
    ['03.13.2026', 'date'],
    ['03.12.0026', 'date'],
    ['03.12.202', 'date'],
    ['03.12.2026 24:00', 'datetime'],
  ])('refuses %s, which the form then gets as typed', (text, kind) => {
    expect(fromDateText(text, kind)).toBeNull();
    expect(dateTextValue(text, kind)).toBe(text);
  });

  it('gives an empty field as no value', () => expect(dateTextValue('', 'date')).toBe(''));
});
