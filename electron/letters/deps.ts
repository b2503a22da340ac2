// What the letters feature is given by the app's composition (app/compose.ts): the outgoing
// register, a request's data for a letter, and what a sent reply moves on. Letters on their own
// (UNWIRED_LETTER_DEPS) refuse to generate by request.
import { PdError } from '../../common/errors';
import type { LetterBody } from '../../common/letters/input';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import type { DB, WriteTx } from '../sql/server';
import { mailroomOutgoing, type OutgoingPort } from './outgoing';
import type { TemplateOptions } from './templates';

export interface LetterDeps {
  outgoing: OutgoingPort;
  /**
   * Builds a letter's data from a subject request (issue 5): addressee, subject, incoming letter,
   * decision. Until requests are wired, generating by requestId is refused (pass data instead).
   */
  requestData(
    db: DB,
    requestId: string,
    kind: LetterKind,
    lang?: LetterLang,
  ): LetterBody & { lang?: LetterLang };
  /** Inside the mark-sent transaction: lets the request that this letter answers move on. */
  onSent?(
    tx: WriteTx,
    actor: string,
    sent: { requestId: string | null; kind: string; outgoingNo: string; at: string },
  ): void;
  templates?: TemplateOptions;
}

export const REQUESTS_NOT_WIRED = (): never => {
  throw new PdError(
    'NOT_FOUND',
    { entity: 'request', reason: 'requests_not_wired' },
    'errors.LETTER_REQUESTS_NOT_WIRED',
  );
};

/** Letters on their own (no requests): the outgoing register, and generating by request refused. */
export const UNWIRED_LETTER_DEPS: Readonly<LetterDeps> = Object.freeze({
  outgoing: mailroomOutgoing,
  requestData: REQUESTS_NOT_WIRED,
});
