// CSV for spreadsheets (pure; used by every export): UTF-8 with a BOM so Excel reads Cyrillic,
// CRLF line ends, RFC 4180 quoting, and formula-injection safety: a text cell that starts with
// = + - @ or a tab/CR is prefixed with ' so a spreadsheet shows it as text instead of running it.
// Characters XML cannot carry (NUL and other C0 controls, U+FFFE/U+FFFF, lone surrogates) are
// dropped: the contract refuses them in new input, but older rows may hold them.
import { stripXmlInvalid } from './contract/text';
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') s = value ? 'true' : 'false';
  else {
    s = stripXmlInvalid(value);
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  const needsQuotes =
    s.includes('"') || s.includes('\r') || s.includes('\n') || s.includes(delimiter) || s.includes(';');
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  header: readonly CsvCell[],
  rows: ReadonlyArray<readonly CsvCell[]>,
  delimiter = ',',
): string {
  const line = (cells: readonly CsvCell[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return CSV_BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
