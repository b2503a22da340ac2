import { describe, expect, it } from 'vitest';
import {
  checkScanFile,
  checkTracking,
  detectScanType,
  formatRegisterNumber,
  matchKey,
  nameSortKey,
  parseNumberFormat,
  scanLabel,
} from '../../common/mailroom';
import {
  almatyDay,
  almatyDayStartIso,
  fromAlmatyWallClock,
  nextDate,
  parseDateTime,
} from '../../common/time/almaty';

describe('tracking-number check (as you type and on save)', () => {
  it('accepts a valid S10 number, normalizing what a scanner or a typist adds', () => {
    expect(checkTracking('RR123456785KZ')).toEqual({
      normalized: 'RR123456785KZ',
      status: 'ok',
      incomplete: false,
      service: 'RR',
      country: 'KZ',
    });
    expect(checkTracking(' rr 1234 5678 5kz\n').status).toBe('ok');
  });
  it('warns on a wrong check digit and says which digit was expected', () => {
    expect(checkTracking('RR123456789KZ')).toMatchObject({
      status: 'warning',
      warning: 'tracking_check_digit',
      expectedCheckDigit: 5,
      incomplete: false,
    });
  });
  it('warns on other formats, and marks an unfinished S10 number as incomplete', () => {
    expect(checkTracking('1000234567')).toMatchObject({
      status: 'warning',
      warning: 'tracking_format',
      incomplete: false,
    });
    expect(checkTracking('KA123456785KZ')).toMatchObject({ status: 'warning', warning: 'tracking_format' }); // reserved service
    for (const partial of ['R', 'RR', 'RR1234', 'RR123456785', 'RR123456785K']) {
      expect(checkTracking(partial), partial).toMatchObject({
        status: 'warning',
        warning: 'tracking_format',
        incomplete: true,
      });
    }
    expect(checkTracking('')).toEqual({ normalized: '', status: 'empty', incomplete: false });
  });
});

describe('register number formats', () => {
  it('formats the default and custom patterns, padding without truncating', () => {
    expect(formatRegisterNumber('ВХ-{YYYY}-{NNNNNN}', 2026, 123)).toBe('ВХ-2026-000123');
    expect(formatRegisterNumber('ВХ-{YYYY}-{NNNNNN}', 2026, 1234567)).toBe('ВХ-2026-1234567');
    expect(formatRegisterNumber('{N}/{YY}', 2027, 5)).toBe('5/27');
    expect(formatRegisterNumber('№ {NNN}-к/{YYYY}', 2026, 7)).toBe('№ 007-к/2026');
  });
  it('refuses patterns that could not give unique, readable numbers', () => {
    const problem = (p: string) => {
      const r = parseNumberFormat(p);
      return r.ok ? 'ok' : r.problem;
    };
    expect(problem('ВХ-{YYYY}-{NNNNNN}')).toBe('ok');
    expect(problem('')).toBe('empty');
    expect(problem('ВХ-{NNNN}')).toBe('missing_year');
    expect(problem('ВХ-{YYYY}')).toBe('missing_sequence');
    expect(problem('{YYYY}{NNN}')).toBe('adjacent_tokens');
    expect(problem('{YYYY}-{N}-{NN}')).toBe('repeated_token');
    expect(problem('{YYYY}-{X}-{N}')).toBe('unknown_token');
    expect(problem('{YYYY-{N}')).toBe('unknown_token');
    expect(problem('{YYYY}-{N')).toBe('unbalanced_brace');
    expect(problem('}{YYYY}-{N}')).toBe('unbalanced_brace');
    expect(problem('<{YYYY}-{N}>')).toBe('bad_character');
    expect(problem('{YYYY}-{N}'.padEnd(31, 'x'))).toBe('too_long');
  });
});

describe('Almaty dates', () => {
  it('puts the year boundary at midnight Almaty time (UTC+5 since March 2024)', () => {
    expect(almatyDay(new Date('2026-12-31T18:59:59Z'))).toBe('2026-12-31');
    expect(almatyDay(new Date('2026-12-31T19:00:00Z'))).toBe('2027-01-01');
    expect(almatyDayStartIso('2027-01-01')).toBe('2026-12-31T19:00:00.000Z');
    // Before 1 March 2024 Almaty was UTC+6.
    expect(fromAlmatyWallClock(2024, 1, 15, 12).toISOString()).toBe('2024-01-15T06:00:00.000Z');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
  });
  it('parses offsets, Z, and local Almaty wall-clock times; refuses impossible moments', () => {
    expect(parseDateTime('2026-11-23T10:05:00+05:00')?.toISOString()).toBe('2026-11-23T05:05:00.000Z');
    expect(parseDateTime('2026-11-23T05:05:00.123Z')?.toISOString()).toBe('2026-11-23T05:05:00.123Z');
    expect(parseDateTime('2026-11-23 10:05')?.toISOString()).toBe('2026-11-23T05:05:00.000Z');
    expect(parseDateTime('2026-11-23T10:05+0500')?.toISOString()).toBe('2026-11-23T05:05:00.000Z');
    for (const bad of [
      '2026-02-30T10:00',
      '2026-11-23T24:00',
      '2026-11-23',
      'yesterday',
      '2026-11-23T10:05+15:00',
    ]) {
      expect(parseDateTime(bad), bad).toBeNull();
    }
  });
});

describe('scan files', () => {
  const bytes = (...b: number[]) => Uint8Array.from([...b, ...new Array(32).fill(0)]);
  it('recognises PDF, JPEG, PNG and TIFF from their content only', () => {
    expect(detectScanType(new TextEncoder().encode('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectScanType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectScanType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(detectScanType(bytes(0x49, 0x49, 0x2a, 0x00))).toBe('image/tiff');
    expect(detectScanType(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('image/tiff');
    expect(detectScanType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull();
  });
  it('says why a file is refused: empty, too large, or not a scan type', () => {
    expect(checkScanFile(new Uint8Array(0))).toMatchObject({ ok: false, code: 'SCAN_EMPTY' });
    expect(checkScanFile(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 10)).toMatchObject({
      ok: false,
      code: 'SCAN_TOO_LARGE',
      maxBytes: 10,
    });
    expect(checkScanFile(bytes(0x4d, 0x5a))).toMatchObject({
      ok: false,
      code: 'SCAN_TYPE',
      content: 'executable',
    });
    expect(checkScanFile(bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({
      ok: false,
      code: 'SCAN_TYPE',
      content: 'zip',
    });
  });
  it('keeps only a harmless display label from the file name', () => {
    expect(scanLabel('C:\\Users\\clerk\\Desktop\\конверт.pdf')).toBe('конверт.pdf');
    expect(scanLabel('../../etc/passwd')).toBe('passwd');
    expect(scanLabel('evil\u202Efdp.exe')).toBe('evilfdp.exe');
    expect(scanLabel('/')).toBe('scan');
    expect(Array.from(scanLabel('я'.repeat(300)))).toHaveLength(200);
  });
});

describe('text keys', () => {
  it('matches names and summaries regardless of case, ё/е, quotes and spacing', () => {
    expect(matchKey('  Сейтқали   АЙГЕРІМ ')).toBe(matchKey('сейтқали айгерім'));
    expect(matchKey('Семёнов')).toBe(matchKey('Семенов'));
    expect(matchKey('ТОО «Дала»')).toBe(matchKey('ТОО "Дала"'));
  });
  it('sorts in Kazakh alphabetical order, case-insensitively', () => {
    const names = [
      'Яковлев',
      'Бекова',
      'Әбенова',
      'Абаев',
      'ғалымов',
      'Гусев',
      'Ivanov',
      'Ұлжан',
      'Уали',
      'Үсенов',
    ];
    const sorted = [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));
    expect(sorted).toEqual([
      'Ivanov',
      'Абаев',
      'Әбенова',
      'Бекова',
      'Гусев',
      'ғалымов',
      'Уали',
      'Ұлжан',
      'Үсенов',
      'Яковлев',
    ]);
  });
});
