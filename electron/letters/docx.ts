// Lays a composed letter out as a DOCX with the docx package: A4, office margins (left 30 mm,
// right 15 mm, top and bottom 20 mm), the bilingual letterhead, Исх. № and date, the reply
// reference, the addressee block, body, signature, executor; page numbers from page 2 only.
// The parts are laid out in docx-layout.ts from the building blocks in docx-kit.ts; this file puts
// them in one section and makes the file.
//
// Deterministic: docx stamps the time into docProps/core.xml and every zip entry, and numbers
// drawings from a process-wide counter. prepareDocx() renders once; finalize() writes core.xml with
// the letter's date, renumbers the drawings and re-zips with a fixed timestamp. The Исх. № and date
// may be left as markers at prepare time and filled in by finalize(), so the outgoing register can
// give the number inside the transaction that stores the letter.
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, type Table, TextRun } from 'docx';
import type { ComposedLetter } from '../../common/letters/compose';
import type { Letterhead } from '../../common/letters/input';
import { BODY_SIZE, FONT, LANG_TAG, MARGIN, PAGE, SMALL, para, runs } from './docx-kit';
import { blocks, letterheadBlock, listNumbering, referenceBlock, signatureBlock } from './docx-layout';
import { readZip, writeZip, type ZipEntry } from './zip';

export { LETTER_FONT } from './docx-kit';

/** Markers standing for the Исх. № and date until the register gives them (private-use characters). */
export const NUMBER_MARK = '\uE000OUTNO\uE001';
export const DATE_MARK = '\uE000OUTDATE\uE001';

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

/** A prepared DOCX as plain data, to cross from the thread that rendered it (structured clone). */
export interface PreparedDocxParts {
  entries: { name: string; data: Uint8Array }[];
  title: string;
}

/** A rendered letter whose Исх. № and date may still be markers. */
export class PreparedDocx {
  constructor(
    private readonly entries: readonly ZipEntry[],
    private readonly title: string,
  ) {}

  toParts(): PreparedDocxParts {
    return { entries: this.entries.map((e) => ({ name: e.name, data: e.data })), title: this.title };
  }

  /** From parts another thread made: a clone delivers Uint8Arrays where Buffers were sent. */
  static fromParts(p: PreparedDocxParts): PreparedDocx {
    const entries = p.entries.map((e) => ({
      name: e.name,
      data: Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength),
    }));
    return new PreparedDocx(entries, p.title);
  }

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

/** Renders a composed letter (in this thread, or another: see DocxRenderer). */
export type DocxRenderer = (l: ComposedLetter, opts: DocxOptions) => Promise<PreparedDocx>;

export async function prepareDocx(l: ComposedLetter, opts: DocxOptions): Promise<PreparedDocx> {
  const doc = buildDocument(l, opts);
  const zipped = await Packer.toBuffer(doc);
  return new PreparedDocx(readZip(zipped), opts.title);
}
