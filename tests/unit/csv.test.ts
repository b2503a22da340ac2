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
    for (const bad of ['=1+1', '+7 777', '-2', '@SUM(A1)', '\tx']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-2)).toBe('-2'); // numbers stay numbers
  });

  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = toCsv(['name', 'city'], [['Сейтқали', 'Алматы']]);
    expect(csv).toBe('\uFEFFname,city\r\nСейтқали,Алматы\r\n');
  });
});
