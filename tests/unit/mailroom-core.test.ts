import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../electron/mailroom/export';
import { buildFtsQuery } from '../../electron/sql/search';

describe('FTS5 query from typed text', () => {
  it('quotes every word and matches prefixes of two letters or more', () => {
    expect(buildFtsQuery('сейт')).toBe('"сейт"*');
    expect(buildFtsQuery('  Айгерім   сейтқали ')).toBe('"Айгерім"* "сейтқали"*');
    expect(buildFtsQuery('ВХ-2026-000123')).toBe('"ВХ 2026 000123"*');
    expect(buildFtsQuery('а')).toBe('"а"');
  });
  it('turns operators, quotes and punctuation into plain text', () => {
    expect(buildFtsQuery('ab" OR "cd')).toBe('"ab"* "OR"* "cd"*');
    expect(buildFtsQuery('NEAR(xy yz) AND -zz ^ww col:vv *')).toBe('"NEAR xy"* "yz"* "AND"* "zz"* "ww"* "col vv"*');
    expect(buildFtsQuery('" * ( ) - : ^')).toBeNull();
    expect(buildFtsQuery('')).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+7 701 000 00 00')).toBe("'+7 701 000 00 00");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell(5)).toBe('5');
    expect(csvCell(null)).toBe('');
  });
  it('writes UTF-8 with a BOM and CRLF line ends', () => {
    const buf = toCsv([
      ['Вх. №', 'Отправитель'],
      ['ВХ-2026-000001', 'Сейтқали'],
    ]);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.subarray(3).toString('utf8')).toBe('Вх. №,Отправитель\r\nВХ-2026-000001,Сейтқали\r\n');
  });
});
