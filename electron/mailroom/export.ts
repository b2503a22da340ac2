// Register exports for a period: CSV (UTF-8 with BOM so Excel reads Cyrillic, RFC 4180 quoting,
// cells that a spreadsheet would run as a formula defused with a leading ') and a printable DOCX
// table (A4 landscape, Times New Roman for every script slot: it covers Kazakh letters).
// IINs are masked in both. Every export writes an audit entry (what, which period, how many rows).
import { stripXmlInvalid } from '../../common/contract/text';
import { toCsv } from '../../common/csv';
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  Channel,
  ExportFile,
  ExportParsed,
  IncomingStatus,
  Language,
  OutgoingStatus,
  ReplyLanguage,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import type { AuditHead } from '../../common/sync/anchor';
import { maskIin } from '../../common/identifiers/iin';
import { almatyParts } from '../../common/time/almaty';
import { countIncoming, iterateIncomingPeriod, type IncomingDbRow } from './sql/incoming';
import { countOutgoing, iterateOutgoingPeriod, type OutgoingDbRow } from './sql/outgoing';
import { auditHeadLabel, currentHead } from '../sql/audit-anchors';
import type { Server } from '../sql/server';
import { checkCancelled, mapInChunks, type JobControl } from '../core/job';

/** Most rows one export may hold (a year of a busy office fits many times over). */
export const EXPORT_MAX_ROWS = { csv: 200_000, docx: 10_000 } as const;

// ---------------------------------------------------------------------------------------------
// CSV.

/** RFC 4180 with a BOM, formula-injection safe: the one CSV writer (common/csv.ts), as bytes. */
function csvBytes(rows: (string | number | null)[][], delimiter: string): Buffer {
  return Buffer.from(toCsv(rows[0] ?? [], rows.slice(1), delimiter), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Labels.

type L = Record<ReplyLanguage, string>;

const CHANNEL: Record<Channel, L> = {
  registered_mail: { ru: 'заказное письмо', kk: 'тапсырыс хат', en: 'registered mail' },
  courier: { ru: 'курьер', kk: 'курьер', en: 'courier' },
  by_hand: { ru: 'нарочно', kk: 'қолма-қол', en: 'by hand' },
  electronic: { ru: 'электронный документ', kk: 'электрондық құжат', en: 'electronic document' },
};
const STATUS: Record<IncomingStatus | OutgoingStatus | 'replying', L> = {
  registered: { ru: 'зарегистрировано', kk: 'тіркелді', en: 'registered' },
  // Registered, with a reply still a draft.
  replying: { ru: 'готовится ответ', kk: 'жауап дайындалуда', en: 'reply in preparation' },
  answered: { ru: 'дан ответ', kk: 'жауап берілді', en: 'answered' },
  cancelled: { ru: 'аннулировано', kk: 'күші жойылды', en: 'cancelled' },
  draft: { ru: 'проект', kk: 'жоба', en: 'draft' },
  sent: { ru: 'отправлено', kk: 'жіберілді', en: 'sent' },
  returned: { ru: 'возвращено', kk: 'қайтарылды', en: 'returned' },
};
const LANGUAGE: Record<Language, L> = {
  kk: { ru: 'казахский', kk: 'қазақ', en: 'Kazakh' },
  ru: { ru: 'русский', kk: 'орыс', en: 'Russian' },
  en: { ru: 'английский', kk: 'ағылшын', en: 'English' },
  other: { ru: 'другой', kk: 'басқа', en: 'other' },
};
const COMPANY: L = {
  ru: 'ТОО «iBusiness (Интеллектуальный Бизнес)»',
  kk: '«iBusiness (Зияткерлік Бизнес)» ЖШС',
  en: 'iBusiness LLP',
};
const TITLE: Record<'incoming' | 'outgoing', L> = {
  incoming: {
    ru: 'Журнал регистрации входящей корреспонденции',
    kk: 'Кіріс хат-хабарларды тіркеу журналы',
    en: 'Incoming correspondence register',
  },
  outgoing: {
    ru: 'Журнал регистрации исходящей корреспонденции',
    kk: 'Шығыс хат-хабарларды тіркеу журналы',
    en: 'Outgoing correspondence register',
  },
};

function day(date: string | null, lang: ReplyLanguage): string {
  if (!date) return '';
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

function period(from: string, to: string, lang: ReplyLanguage): string {
  if (lang === 'ru') return `за период с ${day(from, lang)} по ${day(to, lang)}`;
  if (lang === 'kk') return `${day(from, lang)} – ${day(to, lang)} кезеңі`;
  return `for ${from} – ${to}`;
}

function statusText(status: keyof typeof STATUS, cancelReason: string | null, lang: ReplyLanguage): string {
  const s = STATUS[status][lang];
  return status === 'cancelled' && cancelReason ? `${s}: ${cancelReason}` : s;
}

// ---------------------------------------------------------------------------------------------
// Columns: a heading per language and a cell per row; `print` marks those the DOCX table keeps.

interface Column<R> {
  head: L;
  cell: (r: R, lang: ReplyLanguage) => string | number | null;
  print?: number;
}

const INCOMING_COLUMNS: Column<IncomingDbRow>[] = [
  { head: { ru: 'Вх. №', kk: 'Кіріс №', en: 'Incoming No.' }, cell: (r) => r.incomingNo, print: 9 },
  {
    head: { ru: 'Дата получения', kk: 'Түскен күні', en: 'Received on' },
    cell: (r, l) => day(r.receivedDate, l),
    print: 7,
  },
  {
    head: { ru: 'Время', kk: 'Уақыты', en: 'Time' },
    cell: (r) => almatyParts(new Date(r.receivedAt)).time,
    print: 4,
  },
  {
    head: { ru: 'Способ поступления', kk: 'Түсу тәсілі', en: 'Channel' },
    cell: (r, l) => CHANNEL[r.channel][l],
    print: 7,
  },
  {
    head: { ru: 'Трек-номер / накладная', kk: 'Трек-нөмір / жүкқұжат', en: 'Tracking / waybill' },
    cell: (r) => [r.trackingNumber, r.courierCompany, r.waybill].filter(Boolean).join(' ') || null,
    print: 9,
  },
  { head: { ru: 'Отправитель', kk: 'Жіберуші', en: 'Sender' }, cell: (r) => r.senderName, print: 11 },
  {
    head: { ru: 'ИИН/БИН', kk: 'ЖСН/БСН', en: 'IIN/BIN' },
    cell: (r) => (r.senderIin ? maskIin(r.senderIin) : null),
  },
  { head: { ru: 'Адрес', kk: 'Мекенжайы', en: 'Address' }, cell: (r) => r.senderAddress, print: 11 },
  {
    head: {
      ru: 'Исх. № и дата отправителя',
      kk: 'Жіберушінің шығыс № мен күні',
      en: "Sender's ref. and date",
    },
    cell: (r, l) => [r.senderRefNumber, day(r.senderRefDate, l)].filter(Boolean).join(' ') || null,
    print: 7,
  },
  { head: { ru: 'Вид документа', kk: 'Құжат түрі', en: 'Document type' }, cell: (r) => r.documentType },
  { head: { ru: 'Язык', kk: 'Тілі', en: 'Language' }, cell: (r, l) => LANGUAGE[r.language][l] },
  {
    head: { ru: 'Краткое содержание', kk: 'Қысқаша мазмұны', en: 'Summary' },
    cell: (r) => r.summary,
    print: 14,
  },
  { head: { ru: 'Листов', kk: 'Парақ', en: 'Sheets' }, cell: (r) => r.sheets, print: 4 },
  { head: { ru: 'Приложения', kk: 'Қосымшалар', en: 'Enclosures' }, cell: (r) => r.enclosures },
  { head: { ru: 'Исполнитель', kk: 'Орындаушы', en: 'Assigned to' }, cell: (r) => r.assignedTo, print: 7 },
  { head: { ru: 'Срок', kk: 'Мерзімі', en: 'Due' }, cell: (r, l) => day(r.dueDate, l), print: 6 },
  {
    head: { ru: 'Ответ (Исх. №)', kk: 'Жауап (шығыс №)', en: 'Reply (outgoing No.)' },
    cell: (r) => r.replyOutgoingNo,
    print: 8,
  },
  {
    head: { ru: 'Отметка', kk: 'Белгі', en: 'Status' },
    cell: (r, l) =>
      statusText(r.status === 'registered' && r.replyOutgoingNo ? 'replying' : r.status, r.cancelReason, l),
    print: 7,
  },
  { head: { ru: 'Примечание', kk: 'Ескертпе', en: 'Notes' }, cell: (r) => r.notes },
];

const OUTGOING_COLUMNS: Column<OutgoingDbRow>[] = [
  { head: { ru: 'Исх. №', kk: 'Шығыс №', en: 'Outgoing No.' }, cell: (r) => r.outgoingNo, print: 9 },
  { head: { ru: 'Дата', kk: 'Күні', en: 'Date' }, cell: (r, l) => day(r.date, l), print: 7 },
  { head: { ru: 'Адресат', kk: 'Алушы', en: 'Addressee' }, cell: (r) => r.addresseeName, print: 12 },
  { head: { ru: 'Адрес', kk: 'Мекенжайы', en: 'Address' }, cell: (r) => r.addresseeAddress, print: 12 },
  {
    head: { ru: 'Краткое содержание', kk: 'Қысқаша мазмұны', en: 'Summary' },
    cell: (r) => r.summary,
    print: 16,
  },
  { head: { ru: 'Подписал', kk: 'Қол қойған', en: 'Signatory' }, cell: (r) => r.signatory, print: 8 },
  { head: { ru: 'На Вх. №', kk: 'Кіріс № жауап', en: 'Answers' }, cell: (r) => r.inReplyTo, print: 9 },
  {
    head: { ru: 'Способ отправки', kk: 'Жіберу тәсілі', en: 'Sent by' },
    cell: (r, l) => CHANNEL[r.method][l],
    print: 7,
  },
  { head: { ru: 'Трек-номер', kk: 'Трек-нөмір', en: 'Tracking' }, cell: (r) => r.trackingNumber, print: 9 },
  { head: { ru: 'Листов', kk: 'Парақ', en: 'Sheets' }, cell: (r) => r.sheets, print: 4 },
  { head: { ru: 'Язык', kk: 'Тілі', en: 'Language' }, cell: (r, l) => LANGUAGE[r.language][l] },
  {
    head: { ru: 'Отметка', kk: 'Белгі', en: 'Status' },
    cell: (r, l) => statusText(r.status, r.cancelReason, l),
    print: 7,
  },
  {
    head: { ru: 'Отправлено', kk: 'Жіберілді', en: 'Sent on' },
    cell: (r, l) => (r.sentAt ? day(almatyParts(new Date(r.sentAt)).date, l) : null),
  },
  { head: { ru: 'Примечание', kk: 'Ескертпе', en: 'Notes' }, cell: (r) => r.notes },
];

// ---------------------------------------------------------------------------------------------
// DOCX.

const FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: 'Times New Roman',
};
/** A4 in twips (portrait numbers: docx swaps them for landscape). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 567; // 1 cm

function cellParagraph(text: string, bold = false): Paragraph {
  // Older rows may hold characters XML cannot carry: dropped, so the table stays valid XML.
  return new Paragraph({
    children: [new TextRun({ text: stripXmlInvalid(text), bold, font: FONT, size: 16 })],
  });
}

async function toDocx<R>(
  title: string,
  subtitle: string,
  company: string,
  columns: Column<R>[],
  rows: R[],
  lang: ReplyLanguage,
  head: AuditHead,
  job?: JobControl,
): Promise<Buffer> {
  const printed = columns.filter((c) => c.print);
  const usable = A4.height - 2 * MARGIN;
  const total = printed.reduce((s, c) => s + c.print!, 0);
  const widths = printed.map((c) => Math.floor((usable * c.print!) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: printed.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          children: [cellParagraph(c.head[lang], true)],
        }),
    ),
  });
  const row = (r: R) =>
    new TableRow({
      cantSplit: true,
      children: printed.map((c, i) => {
        const v = c.cell(r, lang);
        return new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          children: [cellParagraph(v === null ? '' : String(v))],
        });
      }),
    });
  const body = mapInChunks(job, 'rows', rows, row);
  const doc = new Document({
    creator: 'Privacy Desk',
    title,
    // The audit chain head when the export was made: a copy that leaves the desk anchors the chain.
    description: auditHeadLabel(head),
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: company, font: FONT, size: 22 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title, bold: true, font: FONT, size: 26 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: subtitle, font: FONT, size: 22 })],
          }),
          new Table({
            width: { size: usable, type: WidthType.DXA },
            columnWidths: widths,
            rows: [header, ...body],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------

export interface BuiltExport {
  fileName: string;
  mime: string;
  data: Buffer;
  rows: number;
}

/** The export as the contract returns it (bytes base64-encoded). */
export async function exportRegister(
  server: Server,
  actor: string,
  input: ExportParsed,
  job?: JobControl,
): Promise<ExportFile> {
  const built = await buildExport(server, actor, input, job);
  return {
    fileName: built.fileName,
    mime: built.mime,
    dataBase64: built.data.toString('base64'),
    rows: built.rows,
    bytes: built.data.length,
  };
}

/** Builds the export file and writes its audit entry. */
export async function buildExport(
  server: Server,
  actor: string,
  input: ExportParsed,
  job?: JobControl,
): Promise<BuiltExport> {
  const lang = input.lang ?? 'ru';
  const max = EXPORT_MAX_ROWS[input.format];
  const { rows, cols, head } = server.read((db) => {
    const head = currentHead(db);
    const n =
      input.register === 'incoming'
        ? countIncoming(db, { from: input.from, to: input.to })
        : countOutgoing(db, { from: input.from, to: input.to });
    if (n > max) throw new PdError('EXPORT_TOO_LARGE', { rows: n, maxRows: max, format: input.format });
    if (input.register === 'incoming')
      return {
        head,
        rows: [...iterateIncomingPeriod(db, input.from, input.to)] as unknown[],
        cols: INCOMING_COLUMNS as Column<unknown>[],
      };
    return {
      head,
      rows: [...iterateOutgoingPeriod(db, input.from, input.to)] as unknown[],
      cols: OUTGOING_COLUMNS as Column<unknown>[],
    };
  });
  const base = `${input.register}-register_${input.from}_${input.to}`;
  let data: Buffer;
  let mime: string;
  let fileName: string;
  if (input.format === 'csv') {
    const delimiter = input.delimiter ?? ',';
    const body = mapInChunks(job, 'rows', rows, (r) => cols.map((c) => c.cell(r, lang)));
    data = csvBytes([cols.map((c) => c.head[lang]), ...body], delimiter);
    mime = 'text/csv; charset=utf-8';
    fileName = `${base}.csv`;
  } else {
    data = await toDocx(
      TITLE[input.register][lang],
      period(input.from, input.to, lang),
      COMPANY[lang],
      cols,
      rows,
      lang,
      head,
      job,
    );
    mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    fileName = `${base}.docx`;
  }
  checkCancelled(job);
  server.write(actor, (tx) =>
    tx.audit({
      action: 'mailroom.export',
      entityType: 'register',
      entityId: input.register,
      summary: `exported ${input.register} register ${input.from}..${input.to} as ${input.format} (${lang}), ${rows.length} rows, IINs masked, ${auditHeadLabel(head)}`,
    }),
  );
  return { fileName, mime, data, rows: rows.length };
}
