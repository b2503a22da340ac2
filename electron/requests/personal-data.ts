// The requests feature's personal data: the subject row (deleted whole), the decision's free
// texts and the history notes. The tombstone (number, type, dates, decision, legal basis) stays.
import type { PurgeFeature } from '../core/purge-pipeline';
import { deleteSubject } from './sql/requests';
import { wipeDecisionTexts, wipeHistoryNotes } from './sql/purge';

export const REQUESTS_PERSONAL_DATA: PurgeFeature = {
  name: 'requests',
  personalData: {
    request_subjects: [
      'name',
      'name_key',
      'iin',
      'birth_date',
      'phone',
      'email',
      'address',
      'address_key',
      'account_id',
      'representative',
      'authorized_body',
      'verification',
      'direct_note',
      'notes',
    ],
    request_decisions: ['details', 'reasons'],
    request_history: ['note'],
  },
  purge: ({ tx, requestId }) => ({
    subject: deleteSubject(tx.db, requestId),
    decisionTexts: wipeDecisionTexts(tx.db, requestId),
    historyNotes: wipeHistoryNotes(tx.db, requestId),
  }),
};
