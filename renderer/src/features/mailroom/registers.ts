// The two registers as data: what the shared record, form, list and page shells need to tell the
// incoming register from the outgoing one (numbers, texts, calls, correction fields). Everything
// both registers do alike lives in those shells; only what truly differs is written here.
import type { IncomingEntry, OutgoingEntry } from '../../../../common/contract/mailroom';
import { api } from '../../api/client';
import {
  INCOMING_FIELDS,
  incomingPatch,
  incomingValues,
  OUTGOING_FIELDS,
  outgoingPatch,
  outgoingValues,
  type CorrectField,
  type Values,
} from './correct/fields';

export type RegisterName = 'incoming' | 'outgoing';

/** What every register entry has, as the shells use it. */
export interface EntryBase {
  id: number;
  status: string;
  updatedAt: string;
  createdAt: string;
  createdBy: string;
  cancelled: { at: string; by: string; reason: string } | null;
  scans: IncomingEntry['scans'];
}

export interface RegisterDescriptor<E extends EntryBase> {
  register: RegisterName;
  /** The entry's number in its register (Вх. № or Исх. №). */
  number: (e: E) => string;
  text: {
    record: string;
    back: string;
    registeredPrefix: string;
    newTitle: string;
    newLead: string;
  };
  cancel: (id: number, reason: string) => Promise<unknown>;
  correct: {
    fields: readonly CorrectField[];
    values: (e: E) => Values;
    save: (e: E, v: Values) => Promise<unknown>;
  };
}

export const INCOMING: RegisterDescriptor<IncomingEntry> = {
  register: 'incoming',
  number: (e) => e.incomingNo,
  text: {
    record: 'pages.incoming.record',
    back: 'mailroom.record.back',
    registeredPrefix: 'mailroom.intake.registeredPrefix',
    newTitle: 'pages.incoming.newTitle',
    newLead: 'pages.incoming.newLead',
  },
  cancel: (id, reason) => api.call('intake.cancel', { id, reason }),
  correct: {
    fields: INCOMING_FIELDS,
    values: incomingValues,
    save: (e, v) => api.call('intake.update', { id: e.id, patch: incomingPatch(e, v) }),
  },
};

export const OUTGOING: RegisterDescriptor<OutgoingEntry> = {
  register: 'outgoing',
  number: (e) => e.outgoingNo,
  text: {
    record: 'pages.outgoing.record',
    back: 'mailroom.record.backOutgoing',
    registeredPrefix: 'mailroom.outgoing.registeredPrefix',
    newTitle: 'pages.outgoing.newTitle',
    newLead: 'pages.outgoing.newLead',
  },
  cancel: (id, reason) => api.call('outgoing.cancel', { id, reason }),
  correct: {
    fields: OUTGOING_FIELDS,
    values: outgoingValues,
    save: (e, v) => api.call('outgoing.update', { id: e.id, patch: outgoingPatch(e, v) }),
  },
};
