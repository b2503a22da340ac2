import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../common/csv';

describe('CSV for spreadsheets', () => {
  it('quotes delimiters, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+7 777', '-2', '@SUM(A1)', '\tx'])
      expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-2)).toBe('-2'); // numbers stay numbers
  });

  it('quotes formulas that also need quoting, and the chosen delimiter', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+7 701 000 00 00')).toBe("'+7 701 000 00 00");
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a\tb', '\t')).toBe('"a\tb"');
  });

  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = toCsv(['name', 'city'], [['Сейтқали', 'Алматы']]);
    expect(csv).toBe('\uFEFFname,city\r\nСейтқали,Алматы\r\n');
  });
});
