// The two registers as data: what the shared record, form, list and page shells need to tell the
// incoming register from the outgoing one (numbers, texts, calls, correction fields). Everything
// both registers do alike lives in those shells; only what truly differs is written here.
import type { IncomingEntry, OutgoingEntry } from '../../../../common/contract/mailroom';
import { INCOMING_REGISTER, OUTGOING_REGISTER } from '../../../../common/mailroom/registers';
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

/** The register's name, number and texts, from its core descriptor (`pages.incoming.…`, `mailroom.intake.…`). */
function named<D extends typeof INCOMING_REGISTER | typeof OUTGOING_REGISTER>(d: D, back: string) {
  const page = `pages.${d.register}`;
  return {
    register: d.register,
    number: (e: Record<D['numberField'], string>) => e[d.numberField as D['numberField']],
    text: {
      record: `${page}.record`,
      back,
      registeredPrefix: `mailroom.${d.action}.registeredPrefix`,
      newTitle: `${page}.newTitle`,
      newLead: `${page}.newLead`,
    },
  };
}

/** How corrections are shown (`fields`, read from an entry by `values`) and saved. */
function corrections<E extends EntryBase>(
  fields: readonly CorrectField[],
  values: (e: E) => Values,
  save: (e: E, v: Values) => Promise<unknown>,
) {
  return { fields, values, save };
}

export const INCOMING: RegisterDescriptor<IncomingEntry> = {
  ...named(INCOMING_REGISTER, 'mailroom.record.back'),
  cancel: (id, reason) => api.call('intake.cancel', { id, reason }),
  correct: corrections(INCOMING_FIELDS, incomingValues, (e, v) =>
    api.call('intake.update', { id: e.id, patch: incomingPatch(e, v) }),
  ),
};

export const OUTGOING: RegisterDescriptor<OutgoingEntry> = {
  ...named(OUTGOING_REGISTER, 'mailroom.record.backOutgoing'),
  cancel: (id, reason) => api.call('outgoing.cancel', { id, reason }),
  correct: corrections(OUTGOING_FIELDS, outgoingValues, (e, v) =>
    api.call('outgoing.update', { id: e.id, patch: outgoingPatch(e, v) }),
  ),
};
