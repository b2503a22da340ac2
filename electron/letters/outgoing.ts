// The letters feature's view of the outgoing register (mailroom): register a generated letter
// (Исх. № gap-free, in the caller's transaction), read its state, mark it sent. The register owns
// the number, the status, the tracking-number checks and the letter.sent sync event.
import type { Channel, ConfirmableWarning, ReplyLanguage } from '../../common/contract/mailroom';
import { incomingHead, incomingIdByNumber } from '../mailroom';
import { getOutgoing } from '../mailroom';
import { registerOutgoingInTx, setOutgoingStatusInTx, updateOutgoingInTx } from '../mailroom';
import type { DB, WriteTx } from '../sql/server';

export interface OutgoingRef {
  id: number;
  number: string;
  /** Register date, YYYY-MM-DD (Almaty): the letter's date. */
  date: string;
  status: 'draft' | 'sent' | 'returned' | 'cancelled';
  method: Channel;
}

export interface OutgoingRegistration {
  addressee: { kind: 'person' | 'organization'; name: string; address: string };
  /** Plain text without personal data (the template's summary). */
  summary: string;
  signatory: string | null;
  /** The Вх. № answered. */
  inReplyTo: string;
  method: Channel;
  language: ReplyLanguage;
  requestId: string | null;
}

export interface OutgoingPort {
  /** The incoming letter answered, as registered: its receipt date and language (kk/ru/en, else null). */
  incoming(db: DB, incomingNo: string): { receivedDate: string; language: ReplyLanguage | null } | null;
  register(tx: WriteTx, actor: string, entry: OutgoingRegistration): OutgoingRef;
  get(db: DB, id: number): OutgoingRef | null;
  /** Keeps the register in step with a regenerated letter (language, addressee, signatory). */
  update(
    tx: WriteTx,
    id: number,
    patch: Partial<Pick<OutgoingRegistration, 'addressee' | 'signatory' | 'language'>>,
  ): void;
  markSent(
    tx: WriteTx,
    id: number,
    sent: {
      at?: string;
      method: Channel;
      trackingNumber?: string | null;
      confirmWarnings?: readonly ConfirmableWarning[];
    },
  ): OutgoingRef;
}

function ref(db: DB, id: number): OutgoingRef | null {
  const e = getOutgoing(db, { id });
  return e ? { id: e.id, number: e.outgoingNo, date: e.date, status: e.status, method: e.method } : null;
}

/** The mailroom's outgoing register. */
export const mailroomOutgoing: OutgoingPort = {
  incoming(db, incomingNo) {
    const id = incomingIdByNumber(db, incomingNo.trim());
    const head = id === null ? null : incomingHead(db, id);
    if (!head) return null;
    const lang = head.language;
    return {
      receivedDate: head.receivedDate,
      language: lang === 'kk' || lang === 'ru' || lang === 'en' ? lang : null,
    };
  },
  register(tx, actor, entry) {
    const e = registerOutgoingInTx(tx, actor, {
      addressee: entry.addressee,
      summary: entry.summary,
      signatory: entry.signatory,
      inReplyTo: entry.inReplyTo,
      method: entry.method,
      trackingNumber: null,
      courierCompany: null,
      waybill: null,
      notes: null,
      language: entry.language,
      requestId: entry.requestId,
    });
    return { id: e.id, number: e.outgoingNo, date: e.date, status: e.status, method: e.method };
  },
  get: ref,
  update(tx, id, patch) {
    updateOutgoingInTx(tx, { id, patch });
  },
  markSent(tx, id, sent) {
    const current = ref(tx.db, id);
    if (current && current.method !== sent.method)
      updateOutgoingInTx(tx, { id, patch: { method: sent.method } });
    setOutgoingStatusInTx(tx, {
      id,
      status: 'sent',
      at: sent.at,
      trackingNumber: sent.trackingNumber ?? null,
      note: null,
      confirmWarnings: sent.confirmWarnings ? [...sent.confirmWarnings] : undefined,
    });
    return ref(tx.db, id)!;
  },
};
