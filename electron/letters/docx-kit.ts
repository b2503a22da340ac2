// The building blocks of a letter's DOCX: A4 page and office margins (left 30 mm, right 15 mm, top
// and bottom 20 mm), one font for every script, sizes, and text, paragraph, cell and table
// helpers that keep «№ 12» and register numbers (ВХ-2026-000123) together at a line end.
import { stripXmlInvalid } from '../../common/contract/text';
import {
  AlignmentType,
  BorderStyle,
  NoBreakHyphen,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { Align, Run } from '../../common/letters/compose';
import type { LetterLang } from '../../common/letters/kinds';

/**
 * One font for every script slot. Times New Roman covers Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і) on
 * Windows; LibreOffice substitutes the metric-compatible Liberation Serif, which covers it too.
 */
export const LETTER_FONT = 'Times New Roman';
export const FONT = { ascii: LETTER_FONT, hAnsi: LETTER_FONT, cs: LETTER_FONT, eastAsia: LETTER_FONT };

export const LANG_TAG: Record<LetterLang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Millimetres to twips, rounded (docx's own helper truncates 20 mm to 1133). */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
export const PAGE = { width: 11906, height: 16838 }; // A4 in twips
export const MARGIN = {
  left: mm(30),
  right: mm(15),
  top: mm(20),
  bottom: mm(20),
  header: mm(10),
  footer: mm(10),
};
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const PT = (n: number) => n * 2; // docx sizes are half-points
export const BODY_SIZE = PT(12);
export const SMALL = PT(10);
export const TINY = PT(9);
export const FIRST_LINE = mm(12.5);

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const allSides = (b: IBorderOptions) => ({
  top: b,
  bottom: b,
  left: b,
  right: b,
  insideHorizontal: b,
  insideVertical: b,
});
/** Layout tables (letterhead, reference, signature) show no lines; data tables a thin grid. */
export const NO_BORDERS = allSides(NONE);
export const GRID = allSides(LINE);

export const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * Keeps things together at a line end: «№» with its number, «2026» with «г.» / «ж.», and the
 * parts of a code such as ВХ-2026-000123 or 94-V (its hyphens become Word's non-breaking hyphen).
 */
export function typeset(s: string): (string | NoBreakHyphen)[] {
  // Older rows (or central's data) may hold characters XML cannot carry: dropped, not written.
  const spaced = stripXmlInvalid(s)
    .replace(/№ /g, '№\u00A0')
    .replace(/(\d{4}) (г|ж)\./g, '$1\u00A0$2.');
  const parts = spaced.split(/(?<=[\p{Lu}\d])-(?=[\p{Lu}\d])/u);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p])).filter((p) => p !== '');
}

/** Runs of text; a line break inside a run («Приложение\nк исх. № …») becomes a break in the line. */
export function runs(rs: readonly Run[], size = BODY_SIZE, bold = false): TextRun[] {
  return rs.flatMap((r) =>
    r.text.split('\n').map(
      (line, i) =>
        new TextRun({
          children: typeset(line),
          bold: bold || r.bold || undefined,
          size,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

export function text(s: string, opts: { size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({ children: typeset(s), size: opts.size ?? BODY_SIZE, bold: opts.bold || undefined });
}

export function para(
  children: ParagraphChild[],
  opts: { align?: Align; after?: number; before?: number; keepNext?: boolean; indent?: number } = {},
) {
  return new Paragraph({
    children,
    alignment: ALIGN[opts.align ?? 'left'],
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    keepNext: opts.keepNext,
    ...(opts.indent ? { indent: { firstLine: opts.indent } } : {}),
  });
}

export function cell(
  children: Paragraph[],
  widthTwips: number,
  opts: { borders?: boolean; shade?: boolean; valign?: 'top' | 'center' } = {},
) {
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: opts.valign === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    ...(opts.borders === false ? { borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } } : {}),
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
  });
}

export function layoutTable(
  columns: number[],
  rows: TableRow[] | TableCell[][],
  borders = NO_BORDERS,
): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders,
    rows: rows.map((r) => (r instanceof TableRow ? r : new TableRow({ children: r }))),
  });
}

export function widths(fractions: number[]): number[] {
  const total = fractions.reduce((a, b) => a + b, 0);
  const w = fractions.map((f) => Math.floor((TEXT_WIDTH * f) / total));
  w[w.length - 1]! += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}
