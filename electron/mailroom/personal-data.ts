// The mailroom's personal data: who wrote or was written to, where, about what, and the scans.
// A purge wipes these columns on the letters the purge chose (the number, dates, channel and
// tracking number stay) and deletes the scans. The update triggers delete the letters' full-text
// rows by value, so FTS5 secure-delete takes the words out of the index pages then and there
// (migration 0018): no merge after the run (the FTS tables are declared by their virtual table).
import type { PurgeFeature } from '../core/purge-pipeline';
import { deleteScansOf, wipeIncomingLetter, wipeOutgoingLetter } from './sql/purge';

export const MAILROOM_PERSONAL_DATA: PurgeFeature = {
  name: 'mailroom',
  personalData: {
    incoming_letters: [
      'sender_name',
      'sender_sort',
      'sender_iin',
      'sender_address',
      'sender_ref_number',
      'summary',
      'enclosures',
      'notes',
      'cancel_reason',
    ],
    outgoing_letters: [
      'addressee_name',
      'addressee_sort',
      'addressee_address',
      'summary',
      'notes',
      'status_note',
      'cancel_reason',
    ],
    mail_scans: ['label', 'data'],
    incoming_fts: ['refs', 'sender', 'address', 'summary', 'notes'],
    outgoing_fts: ['addressee', 'address', 'summary', 'notes'],
  },
  purge: ({ tx, letterIds, outgoingIds, now }) => ({
    letters: letterIds.reduce((n, id) => n + wipeIncomingLetter(tx.db, id, now), 0),
    letterScans: deleteScansOf(tx.db, 'incoming', letterIds),
    replies: outgoingIds.reduce((n, id) => n + wipeOutgoingLetter(tx.db, id, now), 0),
    replyScans: deleteScansOf(tx.db, 'outgoing', outgoingIds),
  }),
};
