import { describe, expect, it } from 'vitest';
import { dateTextValue, fromDateText, maskDateText, toDateText } from '../../renderer/src/ui/date-text';

describe('date text (DD.MM.YYYY HH:mm)', () => {
  it('puts the dots, space and colon in as digits are typed', () => {
    expect(maskDateText('03122026', 'date')).toBe('03.12.2026');
    expect(maskDateText('031', 'date')).toBe('03.1');
    expect(maskDateText('03.', 'date')).toBe('03');
    expect(maskDateText('031220260905', 'datetime')).toBe('03.12.2026 09:05');
    expect(maskDateText('03.12.2026 09:05', 'datetime')).toBe('03.12.2026 09:05');
    expect(maskDateText('03.12.20261', 'date')).toBe('03.12.2026');
  });
  it('shows a stored value and reads a typed one back', () => {
    expect(toDateText('2026-12-03', 'date')).toBe('03.12.2026');
    expect(toDateText('2026-12-03T09:05', 'datetime')).toBe('03.12.2026 09:05');
    expect(toDateText('', 'date')).toBe('');
    expect(fromDateText('03.12.2026', 'date')).toBe('2026-12-03');
    expect(fromDateText('03.12.2026 21:05', 'datetime')).toBe('2026-12-03T21:05');
  });
  it('refuses what is not a real date or time', () => {
    expect(fromDateText('30.02.2026', 'date')).toBeNull();
    expect(fromDateText('03.13.2026', 'date')).toBeNull();
    expect(fromDateText('03.12.2026 24:00', 'datetime')).toBeNull();
    expect(fromDateText('03.12.0026', 'date')).toBeNull();
    expect(fromDateText('03.12.202', 'date')).toBeNull();
    expect(dateTextValue('30.02.2026', 'date')).toBe('30.02.2026');
    expect(dateTextValue('', 'date')).toBe('');
  });
});
