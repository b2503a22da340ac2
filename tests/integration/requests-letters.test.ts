// The features together: a decided withdrawal is answered by a letter built from the request;
// sending it marks the request answered in the same transaction; the purge clears the letter.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionInputSchema } from '../../common/requests/decisions';
import { composeFeatures } from '../../electron/app/compose';
import { generateLetter, markSent, saveLetterhead } from '../../electron/letters/service';
import { readLetterhead } from '../../electron/letters/queries';
import { decide, getRequest } from '../../electron/requests';
import { AIGERIM, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const LETTER_DEPS = composeFeatures().letters;

describe('requests answered by letters', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    saveLetterhead(desk.server, 'admin', {
      ...readLetterhead(desk.server.db),
      signatory: {
        kk: { name: 'Ә. Құнанбаев', position: 'Директор' },
        ru: { name: 'А. Кунанбаев', position: 'Директор' },
        en: { name: 'A. Kunanbayev', position: 'Director' },
      },
      executor: { name: 'Ғ. Мүсірепова', phone: '+7 727 355 00 00' },
    });
  });
  afterEach(() => desk.close());

  it('a withdrawal confirmation built from the request, sent, answers the request', async () => {
    const { incomingNo } = registerLetter(desk.server, {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
    });
    const r = open(desk.server, {
      type: 'withdrawal',
      letters: [incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'ib-000123' },
      verification: {
        method: 'document',
        documentType: 'id_card',
        numberLast4: '4567',
        issuer: 'МВД РК',
        issuedOn: '2021-03-01',
      },
      confirmDuplicates: true,
    });
    decide(desk.server, 'officer', {
      id: r.id,
      decision: decisionInputSchema.parse({
        type: 'withdrawal',
        outcome: 'granted',
        obligationsUnfulfilled: false,
      }),
    });

    // An acknowledgment does not answer the request.
    const ack = await generateLetter(
      desk.server,
      'officer',
      { requestId: r.id, kind: 'acknowledgment' },
      LETTER_DEPS,
    );
    markSent(desk.server, 'officer', { letterId: ack.id, method: 'by_hand' }, LETTER_DEPS);
    expect(getRequest(desk.server, r.id).state).toBe('decided');

    const letter = await generateLetter(
      desk.server,
      'officer',
      { requestId: r.id, kind: 'withdrawal_confirmation' },
      LETTER_DEPS,
    );
    expect(letter.lang).toBe('kk');
    expect(letter.outgoingNo).toMatch(/^ИСХ-2026-\d{6}$/);
    markSent(desk.server, 'officer', { letterId: letter.id, method: 'by_hand' }, LETTER_DEPS);
    const answered = getRequest(desk.server, r.id);
    expect(answered.state).toBe('answered');
    expect(answered.replyOutgoingNo).toBe(letter.outgoingNo);
  });
});
