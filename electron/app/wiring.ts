// Where the features meet: letters take their data from requests, a reply that leaves marks its
// request answered, and the requests purge clears the letters it wrote. Kept here, at the app's
// composition root, so neither feature imports the other.
import type { LetterKind } from '../../common/letters/kinds';
import { canTransition } from '../../common/requests/lifecycle';
import type { RequestState } from '../../common/requests/vocab';
import { DEFAULT_DEPS, purgeRequestLetters } from '../letters/service';
import { markAnsweredInTx, requestLetterData, requireRequest } from '../requests';
import { PURGE_HOOKS } from '../requests/purge-hooks';

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
  PURGE_HOOKS.push(purgeRequestLetters);
}
