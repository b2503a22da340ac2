// Letters that must not be generated as they stand (issue 14): erasure claimed before central
// confirms it, decision text only in another language, an unknown sex or an undeclinable name, a
// check period ending before it starts — each refused with a translated error naming the field,
// and generated once the officer supplies what is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterText } from '../../common/letters/compose';
import { decisionInputSchema } from '../../common/requests/decisions';
import { composeFeatures } from '../../electron/app/compose';
import { generateLetter, saveLetterhead } from '../../electron/letters/service';
import { previewStored, readLetterhead } from '../../electron/letters/queries';
import { decide, listActionsFor } from '../helpers/letters-legal-actions';
import { requestFor, SUBJECT } from '../helpers/letters-legal';
import { open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const LETTER_DEPS = composeFeatures().letters;

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

describe('letters that wait for what they need', () => {
  let desk: Desk;
  beforeAll(() => {
    desk = openDesk('2026-11-24T10:00:00+05:00');
    saveLetterhead(desk.server, 'admin', {
      ...readLetterhead(desk.server.db),
      signatory: {
        kk: { name: 'А. Б. Құнанбаев', position: 'Директор' },
        ru: { name: 'А. Б. Кунанбаев', position: 'Директор' },
        en: { name: 'A. Kunanbayev', position: 'Director' },
      },
      executor: { name: 'Г. Мусрепова', phone: '+7 727 355 00 00' },
    });
  });
  afterAll(() => desk?.close());

  it('says the data were destroyed once central confirms the erasure', async () => {
    const id = requestFor(desk.server, 'withdrawal_confirmation', 'ru', '2026-11-24T09:00:00+05:00');
    const [erase] = listActionsFor(desk.server, id);
    desk.server.db
      .prepare(
        `INSERT INTO sync_results(result_id, cursor, event_id, record_type, record_id, action_id, action, status, executed_at, note, received_at)
         VALUES ('res-1', 'c1', @eventId, 'request', @id, @actionId, 'erase', 'executed', '2026-11-24T06:00:00Z', NULL, '2026-11-24T06:01:00Z')`,
      )
      .run({ eventId: erase!.eventId, id, actionId: erase!.id });
    const g = await generateLetter(
      desk.server,
      'officer',
      { requestId: id, kind: 'withdrawal_confirmation' },
      LETTER_DEPS,
    );
    const text = letterText(previewStored(desk.server.db, g.id));
    expect(text).toContain('персональные и биометрические данные уничтожены');
    expect(text).not.toContain('дало распоряжение');
  });

  it('refuses a letter whose decision text exists only in another language, naming the field', async () => {
    const id = requestFor(desk.server, 'refusal', 'kk', '2026-11-24T09:00:00+05:00');
    await expect(
      generateLetter(desk.server, 'officer', { requestId: id, kind: 'refusal', lang: 'ru' }, LETTER_DEPS),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.LETTER_TEXT_MISSING',
      details: { fields: ['decision.obligations', 'decision.reasons'], lang: 'ru' },
    });
    // Given for Russian, the Russian letter prints the Russian text only.
    const r2 = requestFor(desk.server, 'acknowledgment', 'kk', '2026-11-24T09:00:00+05:00');
    decide(desk.server, 'officer', {
      id: r2,
      decision: decisionInputSchema.parse({
        type: 'withdrawal',
        outcome: 'refused',
        refusalGround: 'contract_obligation_unfulfilled',
        obligationsUnfulfilled: true,
        reasons: 'Шарт бойынша берешек бар.',
        obligations: 'шарт бойынша берешек',
        letterTexts: {
          ru: { reasons: 'Имеется задолженность по договору.', obligations: 'задолженность по договору' },
        },
      }),
    });
    const g = await generateLetter(
      desk.server,
      'officer',
      { requestId: r2, kind: 'refusal', lang: 'ru' },
      LETTER_DEPS,
    );
    const l = previewStored(desk.server.db, g.id);
    const body = l.body
      .map((b) =>
        b.type === 'paragraph'
          ? b.runs.map((x) => x.text).join('')
          : b.type === 'list'
            ? b.items.join('\n')
            : '',
      )
      .join('\n');
    expect(body).toContain('Имеется задолженность по договору.');
    // The decision's own words: Russian only (the address, typed for the Kazakh request, is data).
    expect(body).not.toMatch(KAZAKH_ONLY);
  });

  it('asks for the sex instead of printing «Уважаемый(-ая)», and takes it when given', async () => {
    const { incomingNo } = registerLetter(desk.server, {
      receivedAt: '2026-11-24T09:00:00+05:00',
      documentType: 'withdrawal',
      language: 'ru',
    });
    // No IIN and no patronymic: nothing tells the sex.
    const r = open(desk.server, {
      type: 'withdrawal',
      letters: [incomingNo],
      requesterRole: 'subject',
      language: 'ru',
      subject: { name: 'Ли Саша', address: 'г. Алматы, ул. Толе би, 5' },
      verification: {
        method: 'document',
        documentType: 'id_card',
        numberLast4: '1111',
        issuer: 'МВД РК',
        issuedOn: '2021-03-01',
      },
      confirmDuplicates: true,
    });
    await expect(
      generateLetter(desk.server, 'officer', { requestId: r.id, kind: 'acknowledgment' }, LETTER_DEPS),
    ).rejects.toMatchObject({ messageKey: 'errors.LETTER_GENDER_REQUIRED' });
    // Two words: which is the surname is not known, so the dative is asked for too.
    await expect(
      generateLetter(
        desk.server,
        'officer',
        { requestId: r.id, kind: 'acknowledgment', addressee: { gender: 'F' } },
        LETTER_DEPS,
      ),
    ).rejects.toMatchObject({
      messageKey: 'errors.LETTER_DATIVE_REQUIRED',
    });
    const g = await generateLetter(
      desk.server,
      'officer',
      { requestId: r.id, kind: 'acknowledgment', addressee: { gender: 'F', dativeName: 'Ли Саше' } },
      LETTER_DEPS,
    );
    const l = previewStored(desk.server.db, g.id);
    expect(l.salutation.map((x) => x.text).join('')).toBe('Уважаемая Ли Саша!');
    expect(l.addressee.map((x) => x.text)).toContain('Ли Саше');
    expect(SUBJECT.iin[6]).toBe('4');
  });

  it('refuses a blocking notice whose check period ends before it starts', async () => {
    const { incomingNo } = registerLetter(desk.server, {
      receivedAt: '2026-11-24T09:00:00+05:00',
      documentType: 'blocking',
      language: 'ru',
    });
    const b = open(desk.server, {
      type: 'blocking',
      letters: [incomingNo],
      requesterRole: 'subject',
      language: 'ru',
      subject: { ...SUBJECT, address: 'г. Алматы, пр. Абая, д. 10, кв. 25' },
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
      id: b.id,
      decision: decisionInputSchema.parse({
        type: 'blocking',
        outcome: 'granted',
        operation: 'block',
        blockReason: 'inaccurate_data',
        reasonText: 'проверка сведений',
        verificationUntil: '2026-11-20',
      }),
    });
    await expect(
      generateLetter(desk.server, 'officer', { requestId: b.id, kind: 'blocking_notice' }, LETTER_DEPS),
    ).rejects.toMatchObject({ messageKey: 'errors.LETTER_PERIOD_INVALID' });
  });
});
