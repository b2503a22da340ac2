// The parts of a reply letter laid out for the DOCX: the bilingual letterhead (Kazakh left,
// Russian right, the logo between), Исх. № and reply reference beside the addressee block, the
// body's paragraphs, lists and tables, and the signature with the executor.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LevelFormat,
  Paragraph,
  type Table,
  TableRow,
  type ILevelsOptions,
} from 'docx';
import type { ComposedBlock, ComposedLetter } from '../../common/letters/compose';
import { LABELS } from '../../common/letters/format';
import type { Letterhead } from '../../common/letters/input';
import { FIRST_LINE, FONT, GRID, SMALL, TINY, cell, layoutTable, para, runs, text, widths } from './docx-kit';

export function letterheadBlock(l: ComposedLetter, logo: Letterhead['logo']): (Paragraph | Table)[] {
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

export function referenceBlock(l: ComposedLetter): Table {
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

export function listNumbering(): { reference: string; levels: ILevelsOptions[] }[] {
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

export function blocks(bs: readonly ComposedBlock[], counter: { n: number }): (Paragraph | Table)[] {
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
      out.push(layoutTable(cols, [header, ...rows], GRID), para([], { after: 120 }));
    }
  }
  return out;
}

export function signatureBlock(l: ComposedLetter): (Paragraph | Table)[] {
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
