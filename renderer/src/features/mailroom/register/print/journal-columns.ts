// What a printed register period shows, per register: the columns a paper journal keeps (№,
// date/time, sender or addressee, the document, how it came or went, tracking, sheets), each a
// heading key and a cell as text. The IIN and the notes stay out: the printed copy leaves the app.
import type { TFunction } from 'i18next';
import type { IncomingRow, OutgoingRow, Page, Register } from '../../../../../../common/contract/mailroom';
import { api } from '../../../../api/client';
import { formatDateTime } from '../../../../format/dates';
import { formatDay } from '../../format';
import { CHANNEL_KEYS } from '../../vocab';

export interface JournalRow {
  id: number;
  cancelled: boolean;
  cells: string[];
}

export interface JournalSpec {
  title: string;
  heading: string;
  heads: string[];
  /** Rows of the period, oldest first; at most `max`. */
  load: (from: string, to: string, max: number) => Promise<{ rows: JournalRow[]; more: boolean }>;
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' — ');

type Cells<R> = (r: R, t: TFunction, lang: string) => string[];

const INCOMING_CELLS: Cells<IncomingRow> = (r, t, lang) => [
  r.incomingNo,
  formatDateTime(r.receivedAt, lang),
  r.sender.name,
  join(r.documentType, r.summary),
  t(CHANNEL_KEYS[r.channel]),
  r.trackingNumber ?? '',
  r.sheets == null ? '' : String(r.sheets),
];

const OUTGOING_CELLS: Cells<OutgoingRow> = (r, t, lang) => [
  r.outgoingNo,
  formatDay(r.date, lang),
  r.addressee.name,
  join(r.inReplyTo && `${t('mailroom.fields.inReplyToShort')} ${r.inReplyTo}`, r.summary),
  t(CHANNEL_KEYS[r.method]),
  r.trackingNumber ?? '',
  r.sheets == null ? '' : String(r.sheets),
];

type ListCall<R> = (req: {
  limit: number;
  cursor?: string;
  filter: { from: string; to: string };
  sort: { by: 'date'; dir: 'asc' };
}) => Promise<Page<R>>;

/** Reads a period page by page (the list call, keyset paging) up to `max` rows. */
const reader =
  <R extends { id: number; status: string }>(
    list: ListCall<R>,
    cells: (r: R) => string[],
  ): JournalSpec['load'] =>
  async (from, to, max) => {
    const rows: JournalRow[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await list({
        limit: Math.min(500, max - rows.length + 1),
        ...(cursor ? { cursor } : {}),
        filter: { from, to },
        sort: { by: 'date', dir: 'asc' },
      });
      for (const r of page.rows)
        rows.push({ id: r.id, cancelled: r.status === 'cancelled', cells: cells(r) });
      if (rows.length > max) return { rows: rows.slice(0, max), more: true };
      if (!page.hasMore || !page.nextCursor) return { rows, more: false };
      cursor = page.nextCursor;
    }
  };

export function journalSpec(register: Register, t: TFunction, lang: string): JournalSpec {
  const heads = [
    t('print.journal.number'),
    register === 'incoming' ? t('print.journal.dateTime') : t('mailroom.fields.outgoingDate'),
    register === 'incoming' ? t('mailroom.fields.senderShort') : t('mailroom.fields.addresseeName'),
    t('print.journal.document'),
    register === 'incoming' ? t('mailroom.fields.channelShort') : t('mailroom.fields.method'),
    t('mailroom.fields.trackingNumber'),
    t('print.journal.pages'),
  ];
  const incoming = register === 'incoming';
  const load = incoming
    ? reader(
        (req) => api.call('intake.list', req),
        (r) => INCOMING_CELLS(r, t, lang),
      )
    : reader(
        (req) => api.call('outgoing.list', req),
        (r) => OUTGOING_CELLS(r, t, lang),
      );
  return {
    title: incoming ? t('print.journal.titleIncoming') : t('print.journal.titleOutgoing'),
    heading: incoming ? t('print.journal.headIncoming') : t('print.journal.headOutgoing'),
    heads,
    load,
  };
}
