// Where the features meet: letters take their data from requests, a reply that leaves marks its
// request answered, and every feature with personal data joins the requests purge. Built here, at
// the app's composition root, so no feature imports another for it; both entry points (the handler
// table and the CLI) get the same composition, and nothing is set on a module at import time.
import type { LetterKind } from '../../common/letters/kinds';
import { canTransition } from '../../common/requests/lifecycle';
import type { RequestState } from '../../common/requests/vocab';
import { LETTERS_PERSONAL_DATA, mailroomOutgoing, type LetterDeps } from '../letters';
import { MAILROOM_PERSONAL_DATA } from '../mailroom';
import {
  markAnsweredInTx,
  REQUESTS_PERSONAL_DATA,
  requestLetterData,
  requireRequest,
  type RequestsDeps,
} from '../requests';
import { SYNC_PERSONAL_DATA } from '../sync';

/** What the features are given by the app. */
export interface Composition {
  letters: LetterDeps;
  requests: RequestsDeps;
}

/** Letters that do not answer a request (an acknowledgment, a request for documents, …). */
const NOT_ANSWERS: readonly LetterKind[] = [
  'acknowledgment',
  'identity_request',
  'minor_deletion_notice',
  'partial_grant',
  'objection_answer',
];

/** Inside the mark-sent transaction: a reply that answers its request moves the request on. */
const onSent: LetterDeps['onSent'] = (tx, actor, sent) => {
  if (!sent.requestId || NOT_ANSWERS.includes(sent.kind as LetterKind)) return;
  const r = requireRequest(tx.db, sent.requestId);
  if (canTransition(r.state as RequestState, 'answered', r.pausedFrom as RequestState | null)) {
    markAnsweredInTx(tx, actor, sent.requestId, { answeredAt: sent.at, replyOutgoingNo: sent.outgoingNo });
  }
};

export function composeFeatures(): Composition {
  return {
    letters: { outgoing: mailroomOutgoing, requestData: requestLetterData, onSent },
    // Each feature purges its own tables through the one pipeline the requests purge runs.
    requests: {
      purge: [REQUESTS_PERSONAL_DATA, MAILROOM_PERSONAL_DATA, LETTERS_PERSONAL_DATA, SYNC_PERSONAL_DATA],
    },
  };
}
