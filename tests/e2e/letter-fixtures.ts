// A decided withdrawal with a letterhead, set up through the API: the starting point of the
// reply-letter tests (generating, previewing, printing).
import { DEFAULT_LETTERHEAD } from '../../common/letters/input';
import type { Desk } from './fixtures';

export const AIGERIM = {
  // Surname, first name, patronymic, as on the identity card: the letter declines it. A man (the
  // IIN's 7th digit is 3).
  name: 'Сейтқали Айдар Болатұлы',
  iin: '900115300122',
  address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
};

/** A letterhead with contacts, signatory and executor: what an administrator sets up first. */
export const LETTERHEAD = {
  ...DEFAULT_LETTERHEAD,
  phone: '+7 727 355 00 00',
  email: 'privacy@ibusiness.asia',
  signatory: {
    kk: { name: 'Д. Серікбаев', position: 'Дербес деректерді өңдеуге жауапты тұлға' },
    ru: { name: 'Д. Серикбаев', position: 'Лицо, ответственное за обработку персональных данных' },
    en: { name: 'D. Serikbayev', position: 'Person responsible for personal data processing' },
  },
  executor: { name: 'А. Нұрланова', phone: '+7 727 355 00 01' },
};

/** A decided withdrawal, set up through the API as the request tests do through the screen. */
export async function decidedWithdrawal(desk: Desk): Promise<{ id: string; incomingNo: string }> {
  const s = desk.adminSession;
  await desk.value('letters.letterhead.save', LETTERHEAD, s);
  const letter = await desk.value<{ incomingNo: string }>(
    'intake.create',
    {
      channel: 'registered_mail',
      trackingNumber: 'RR123456785KZ',
      sender: { kind: 'person', ...AIGERIM },
      documentType: 'withdrawal',
      language: 'kk',
      summary: 'Дербес деректерді өңдеуге келісімді кері қайтарып алу туралы өтініш',
      sheets: 1,
    },
    s,
  );
  const request = await desk.value<{ id: string }>(
    'requests.open',
    {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'acc-700115' },
    },
    s,
  );
  await desk.value(
    'requests.verify',
    {
      id: request.id,
      verification: {
        method: 'document',
        documentType: 'id_card',
        numberLast4: '4821',
        issuer: 'ҚР ІІМ',
        issuedOn: '2019-05-14',
      },
    },
    s,
  );
  await desk.value(
    'requests.decide',
    { id: request.id, decision: { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false } },
    s,
  );
  return { id: request.id, incomingNo: letter.incomingNo };
}
