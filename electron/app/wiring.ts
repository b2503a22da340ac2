// Where the features meet: letters take their data from requests, a reply that leaves marks its
// request answered, and every feature with personal data joins the requests purge. Kept here, at the app's
// composition root, so neither feature imports the other.
import type { LetterKind } from '../../common/letters/kinds';
import { canTransition } from '../../common/requests/lifecycle';
import type { RequestState } from '../../common/requests/vocab';
import { registerPurgeFeature } from '../core/purge-pipeline';
import { LETTERS_PERSONAL_DATA } from '../letters';
import { DEFAULT_DEPS } from '../letters';
import { MAILROOM_PERSONAL_DATA } from '../mailroom';
import { markAnsweredInTx, requestLetterData, requireRequest } from '../requests';
import { SYNC_PERSONAL_DATA } from '../sync';

/** Letters that answer a request (an acknowledgment or a request for documents does not). */
const ANSWERS = new Set<LetterKind>([
  'access_answer',
  'withdrawal_confirmation',
  'refusal',
  'rectification_done',
  'blocking_notice',
  'unblocking_notice',
  'stop_messages_confirmation',
  'complaint_answer',
  'authority_notice',
]);

let wired = false;

export function wireFeatures(): void {
  if (wired) return;
  wired = true;
  DEFAULT_DEPS.requestData = requestLetterData;
  DEFAULT_DEPS.onSent = (tx, actor, sent) => {
    if (!sent.requestId || !ANSWERS.has(sent.kind as LetterKind)) return;
    const r = requireRequest(tx.db, sent.requestId);
    if (canTransition(r.state as RequestState, 'answered', r.pausedFrom as RequestState | null)) {
      markAnsweredInTx(tx, actor, sent.requestId, { answeredAt: sent.at, replyOutgoingNo: sent.outgoingNo });
    }
  };
  // Each feature purges its own tables through the one pipeline the requests purge runs.
  for (const f of [MAILROOM_PERSONAL_DATA, LETTERS_PERSONAL_DATA, SYNC_PERSONAL_DATA])
    registerPurgeFeature(f);
}
