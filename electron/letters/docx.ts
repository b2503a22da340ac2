// Lays a composed letter out as a DOCX with the docx package: A4, office margins (left 30 mm,
// right 15 mm, top and bottom 20 mm), the bilingual letterhead, Исх. № and date, the reply
// reference, the addressee block, body, signature, executor; page numbers from page 2 only.
//
// Deterministic: docx stamps the time into docProps/core.xml and every zip entry, and numbers
// drawings from a process-wide counter. prepareDocx() renders once; finalize() writes core.xml with
// the letter's date, renumbers the drawings and re-zips with a fixed timestamp. The Исх. № and date
// may be left as markers at prepare time and filled in by finalize(), so the outgoing register can
// give the number inside the transaction that stores the letter.
import { stripXmlInvalid } from '../../common/contract/text';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LevelFormat,
  NoBreakHyphen,
  Packer,
  PageNumber,
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
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import type { Align, ComposedBlock, ComposedLetter, Run } from '../../common/letters/compose';
import { LABELS } from '../../common/letters/format';
import type { Letterhead } from '../../common/letters/input';
import type { LetterLang } from '../../common/letters/kinds';
import { readZip, writeZip, type ZipEntry } from './zip';

/**
 * One font for every script slot. Times New Roman covers Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і) on
 * Windows; LibreOffice substitutes the metric-compatible Liberation Serif, which covers it too.
 */
export const LETTER_FONT = 'Times New Roman';
const FONT = { ascii: LETTER_FONT, hAnsi: LETTER_FONT, cs: LETTER_FONT, eastAsia: LETTER_FONT };

const LANG_TAG: Record<LetterLang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Millimetres to twips, rounded (docx's own helper truncates 20 mm to 1133). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = { left: mm(30), right: mm(15), top: mm(20), bottom: mm(20), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const PT = (n: number) => n * 2; // docx sizes are half-points
const BODY_SIZE = PT(12);
const SMALL = PT(10);
const TINY = PT(9);
const FIRST_LINE = mm(12.5);

/** Markers standing for the Исх. № and date until the register gives them (private-use characters). */
export const NUMBER_MARK = '\uE000OUTNO\uE001';
export const DATE_MARK = '\uE000OUTDATE\uE001';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * Keeps things together at a line end: «№» with its number, «2026» with «г.» / «ж.», and the
 * parts of a code such as ВХ-2026-000123 or 94-V (its hyphens become Word's non-breaking hyphen).
 */
function typeset(s: string): (string | NoBreakHyphen)[] {
  // Older rows (or central's data) may hold characters XML cannot carry: dropped, not written.
  const spaced = stripXmlInvalid(s)
    .replace(/№ /g, '№\u00A0')
    .replace(/(\d{4}) (г|ж)\./g, '$1\u00A0$2.');
  const parts = spaced.split(/(?<=[\p{Lu}\d])-(?=[\p{Lu}\d])/u);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p])).filter((p) => p !== '');
}

/** Runs of text; a line break inside a run («Приложение\nк исх. № …») becomes a break in the line. */
function runs(rs: readonly Run[], size = BODY_SIZE, bold = false): TextRun[] {
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

function text(s: string, opts: { size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({ children: typeset(s), size: opts.size ?? BODY_SIZE, bold: opts.bold || undefined });
}

function para(
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

function cell(
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

function layoutTable(columns: number[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map((cells) => new TableRow({ children: cells })),
  });
}

function widths(fractions: number[]): number[] {
  const total = fractions.reduce((a, b) => a + b, 0);
  const w = fractions.map((f) => Math.floor((TEXT_WIDTH * f) / total));
  w[w.length - 1]! += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}

function letterheadBlock(l: ComposedLetter, logo: Letterhead['logo']): (Paragraph | Table)[] {
  // Kazakh on the left, Russian on the right, the logo (if any) between them.
  const cols = logo ? widths([42, 16, 42]) : widths([50, 50]);
  const side = (name: string, address: string, bin: string) => [
    para([text(name, { size: SMALL, bold: true })], { align: 'center', after: 40 }),
    para([text(address, { size: TINY })], { align: 'center' }),
    para([text(bin, { size: TINY })], { align: 'center' }),
  ];
  const middle: Paragraph[] = [];
  if (logo) {
    const px = (mm: number) => Math.round((mm / 25.4) * 96);
    middle.push(
      para(
        [
          new ImageRun({
            type: logo.type,
            data: Buffer.from(logo.base64, 'base64'),
            transformation: { width: px(logo.widthMm), height: px(logo.heightMm) },
          }),
        ],
        { align: 'center' },
      ),
    );
  }
  const kk = cell(side(l.letterhead.kk.name, l.letterhead.kk.address, l.letterhead.binKk), cols[0]!, {
    borders: false,
    valign: 'center',
  });
  const ru = cell(
    side(l.letterhead.ru.name, l.letterhead.ru.address, l.letterhead.binRu),
    cols[cols.length - 1]!,
    { borders: false, valign: 'center' },
  );
  const head = layoutTable(cols, [
    logo ? [kk, cell(middle, cols[1]!, { borders: false, valign: 'center' }), ru] : [kk, ru],
  ]);
  const rule = new Paragraph({
    children: l.letterhead.contacts ? [text(l.letterhead.contacts, { size: TINY })] : [],
    alignment: AlignmentType.CENTER,
    spacing: { before: 60, after: 240 },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 12, color: '000000', space: 4 } },
  });
  return [head, rule];
}

function referenceBlock(l: ComposedLetter): Table {
  const cols = widths([46, 54]);
  const left = [
    para([text(l.reference.outgoing, { size: SMALL })]),
    para([text(l.reference.dated, { size: SMALL })], { after: 60 }),
    para([text(l.reference.replyTo, { size: SMALL })]),
    ...(l.reference.senderRef ? [para([text(l.reference.senderRef, { size: SMALL })])] : []),
  ];
  const right = l.addressee.map((line) => para([text(line.text, { bold: !!line.bold })]));
  return layoutTable(cols, [
    [cell(left, cols[0]!, { borders: false }), cell(right, cols[1]!, { borders: false })],
  ]);
}

function listNumbering(): { reference: string; levels: ILevelsOptions[] }[] {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], t: string): ILevelsOptions => ({
    level: 0,
    format,
    text: t,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: FIRST_LINE + 360, hanging: 360 } }, run: { font: FONT } },
  });
  return [
    { reference: 'numbered', levels: [level(LevelFormat.DECIMAL, '%1)')] },
    { reference: 'bullet', levels: [level(LevelFormat.BULLET, '•')] },
    { reference: 'dash', levels: [level(LevelFormat.BULLET, '–')] },
  ];
}

function blocks(bs: readonly ComposedBlock[], counter: { n: number }): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of bs) {
    if (b.type === 'paragraph') {
      out.push(para(runs(b.runs), { align: b.align, indent: b.indent ? FIRST_LINE : 0, after: 60 }));
    } else if (b.type === 'list') {
      const instance = ++counter.n;
      for (const item of b.items) {
        out.push(
          new Paragraph({
            children: [text(item)],
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: b.style, level: 0, instance },
            spacing: { after: 40 },
          }),
        );
      }
    } else {
      const cols = widths(b.columns.map((c) => c.width));
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.columns.map((c, i) =>
          cell([para([text(c.header, { size: SMALL, bold: true })], { align: 'center' })], cols[i]!, {
            shade: true,
            valign: 'center',
          }),
        ),
      });
      const rows = b.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) =>
              cell(
                v.split(/\r?\n/).map((line) =>
                  para([text(line, { size: SMALL })], {
                    align: b.columns.length > 1 && i === 0 && r.length > 2 ? 'center' : 'left',
                  }),
                ),
                cols[i]!,
              ),
            ),
          }),
      );
      out.push(
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: cols,
          layout: TableLayoutType.FIXED,
          borders: GRID,
          rows: [header, ...rows],
        }),
        para([], { after: 120 }),
      );
    }
  }
  return out;
}

function signatureBlock(l: ComposedLetter): (Paragraph | Table)[] {
  const cols = widths([60, 40]);
  const out: (Paragraph | Table)[] = [];
  if (l.closing) out.push(para(runs(l.closing), { before: 240, keepNext: true }));
  out.push(
    para([], { before: l.closing ? 0 : 240, keepNext: true }),
    layoutTable(cols, [
      [
        cell([para([text(l.signatory.position, { bold: true })], { keepNext: true })], cols[0]!, {
          borders: false,
          valign: 'center',
        }),
        cell([para([text(l.signatory.name, { bold: true })], { align: 'right' })], cols[1]!, {
          borders: false,
          valign: 'center',
        }),
      ],
    ]),
  );
  const L = LABELS[l.lang];
  out.push(
    para([text(`${L.executor}: ${l.executor.name}`, { size: TINY })], { before: 480 }),
    para([text(`${L.phone} ${l.executor.phone}`, { size: TINY })]),
  );
  return out;
}

export interface DocxOptions {
  logo?: Letterhead['logo'];
  /** Document title for docProps (no personal data: the kind's name and the Исх. №). */
  title: string;
}

/** Builds the docx Document for a composed letter. */
function buildDocument(l: ComposedLetter, opts: DocxOptions): Document {
  const counter = { n: 0 };
  const children: (Paragraph | Table)[] = [
    ...letterheadBlock(l, opts.logo),
    referenceBlock(l),
    para(runs(l.title, BODY_SIZE, true), { before: 360, after: 240, keepNext: true }),
    para(runs(l.salutation, BODY_SIZE, true), { align: 'center', after: 180, keepNext: true }),
    ...blocks(l.body, counter),
    ...signatureBlock(l),
  ];
  if (l.annex) {
    children.push(
      new Paragraph({
        children: runs(l.annex.heading, SMALL),
        alignment: AlignmentType.RIGHT,
        pageBreakBefore: true,
        spacing: { after: 240 },
      }),
      para(runs(l.annex.title, BODY_SIZE, true), { align: 'center', after: 240, keepNext: true }),
      ...blocks(l.annex.body, counter),
    );
  }
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })],
      }),
    ],
  });
  return new Document({
    title: opts.title,
    creator: 'Privacy Desk',
    lastModifiedBy: 'Privacy Desk',
    revision: 1,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: BODY_SIZE,
            language: {
              value: LANG_TAG[l.lang],
              eastAsia: LANG_TAG[l.lang],
              bidirectional: LANG_TAG[l.lang],
            },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    numbering: { config: listNumbering() },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
          titlePage: true,
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
}

const XML_ESC: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESC[c]!);

function coreXml(title: string, isoDate: string): string {
  const at = `${isoDate}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>Privacy Desk</dc:creator>` +
    '<cp:lastModifiedBy>Privacy Desk</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** A rendered letter whose Исх. № and date may still be markers. */
export class PreparedDocx {
  constructor(
    private readonly entries: readonly ZipEntry[],
    private readonly title: string,
  ) {}

  /**
   * The final DOCX: markers replaced, core.xml dated isoDate, drawings renumbered, one fixed
   * timestamp on every zip entry. Synchronous, so it can run inside a database transaction.
   */
  finalize(outgoing: { number: string; dateText: string; isoDate: string }): Buffer {
    const number = xmlEscape(outgoing.number);
    const dateText = xmlEscape(outgoing.dateText);
    const out = this.entries.map((e) => {
      if (e.name === 'docProps/core.xml') {
        return {
          name: e.name,
          data: Buffer.from(
            coreXml(this.title.split(NUMBER_MARK).join(outgoing.number), outgoing.isoDate),
            'utf8',
          ),
        };
      }
      if (!e.name.endsWith('.xml') && !e.name.endsWith('.rels')) return e;
      let xml = e.data.toString('utf8');
      if (xml.includes('\uE000')) xml = xml.split(NUMBER_MARK).join(number).split(DATE_MARK).join(dateText);
      let drawing = 0;
      xml = xml.replace(/(<wp:docPr id=")\d+(")/g, (_m, a: string, b: string) => `${a}${++drawing}${b}`);
      return { name: e.name, data: Buffer.from(xml, 'utf8') };
    });
    return writeZip(out, outgoing.isoDate);
  }
}

export async function prepareDocx(l: ComposedLetter, opts: DocxOptions): Promise<PreparedDocx> {
  const doc = buildDocument(l, opts);
  const zipped = await Packer.toBuffer(doc);
  return new PreparedDocx(readZip(zipped), opts.title);
}
