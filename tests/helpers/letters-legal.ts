// Realistic requests for the letters' legal checks: for each letter kind, a request of the right
// type, opened from a registered letter in the reply's language, decided the way an officer would,
// with the decision's texts typed in that language and an internal note that must never print.
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import { decisionInputSchema, type DecisionInput } from '../../common/requests/decisions';
import type { OpenRequestInput } from '../../common/requests/schemas';
import { decide } from '../../electron/requests';
import type { Server } from '../../electron/sql/server';
import { open, registerLetter } from './requests';

export type Lang2 = Extract<LetterLang, 'kk' | 'ru'>;
type T = Record<Lang2, string>;

export const NOTE = 'ВНУТРЕННЕЕ: проверить задолженность у бухгалтерии';

/** The subject: a woman (IIN 7th digit 4), her name declines as «Ивановой М. П.» / «М. П. Ивановаға». */
export const SUBJECT = { name: 'Иванова Мария Петровна', iin: '900115400018', accountId: 'ib-000777' };
export const SUBJECT_ADDRESS: T = {
  kk: 'Алматы қ., Абай даңғылы, 10-үй, 25-пәтер',
  ru: 'г. Алматы, пр. Абая, д. 10, кв. 25',
};
/** A minor (born 2012) and her father, who writes for her. */
export const MINOR = { name: 'Иванова Анна Сергеевна', iin: '120305600011', accountId: 'ib-000778' };
export const FATHER = { name: 'Иванов Сергей Николаевич', address: 'г. Алматы, пр. Абая, д. 10, кв. 25' };

export const AUTHORITY = {
  name: {
    kk: 'Қазақстан Республикасы Жасанды интеллект және цифрлық даму министрлігі',
    ru: 'Министерство искусственного интеллекта и цифрового развития Республики Казахстан',
  } as T,
  official: {
    kk: 'Ақпараттық қауіпсіздік комитетінің төрағасы',
    ru: 'Председателю Комитета информационной безопасности',
  } as T,
  officialName: { kk: 'Қасымов Асхат Болатұлы', ru: 'Касымов Асхат Болатович' } as T,
  address: {
    kk: '010000, Астана қ., Мәңгілік Ел даңғылы, 55/14',
    ru: '010000, г. Астана, пр. Мангилик Ел, 55/14',
  } as T,
};

const TX = {
  reasons: {
    kk: 'Шарт бойынша төлем міндеттемесі орындалмаған.',
    ru: 'Не исполнено денежное обязательство по договору.',
  } as T,
  obligations: {
    kk: '2026 жылғы 15 қыркүйектегі № 77/26 шарт бойынша 12 500 теңге берешек',
    ru: 'задолженность 12 500 тенге по договору № 77/26 от 15.09.2026',
  } as T,
  findings: {
    kk: 'Хабарламалар субъектінің келісімінсіз жіберілген.',
    ru: 'Сообщения направлялись без согласия субъекта.',
  } as T,
  blockReason: {
    kk: 'дербес деректерді заңсыз өңдеу туралы хабарлама',
    ru: 'сообщение о неправомерной обработке персональных данных',
  } as T,
  partReason: {
    kk: 'Үшінші тұлғалар туралы мәліметтер дербес деректерге жатпайды.',
    ru: 'Сведения о третьих лицах не относятся к персональным данным заявителя.',
  } as T,
  objection: {
    kk: 'Скоринг бағалауы қызметкердің қарауына берілді.',
    ru: 'Скоринговая оценка передана на рассмотрение работнику.',
  } as T,
  category: { kk: 'Телефон нөмірі', ru: 'Номер телефона' } as T,
};

/** The request type, requester and decision each letter kind answers. */
interface Plan {
  type: OpenRequestInput['type'];
  role?: 'subject' | 'legal_representative' | 'authorized_body';
  decision?: (l: Lang2) => DecisionInput;
}

const PLANS: Record<LetterKind, Plan> = {
  acknowledgment: { type: 'withdrawal' },
  identity_request: { type: 'access', role: 'legal_representative' },
  access_answer: {
    type: 'access',
    decision: (l) => ({
      type: 'access',
      outcome: 'granted',
      dataHeld: [{ category: TX.category[l], value: '+7 701 555 12 34' }],
      delivery: 'registered_mail',
    }),
  },
  withdrawal_confirmation: {
    type: 'withdrawal',
    decision: () => ({ type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false }),
  },
  refusal: {
    type: 'withdrawal',
    decision: (l) => ({
      type: 'withdrawal',
      outcome: 'refused',
      refusalGround: 'contract_obligation_unfulfilled',
      reasons: TX.reasons[l],
      obligationsUnfulfilled: true,
      obligations: TX.obligations[l],
    }),
  },
  rectification_done: {
    type: 'rectification',
    decision: () => ({
      type: 'rectification',
      outcome: 'granted',
      corrections: [{ field: 'phone', before: '+77010000000', after: '+77015551234' }],
    }),
  },
  blocking_notice: {
    type: 'blocking',
    decision: (l) => ({
      type: 'blocking',
      outcome: 'granted',
      operation: 'block',
      blockReason: 'unlawful_processing',
      reasonText: TX.blockReason[l],
      verificationUntil: '2026-12-04',
    }),
  },
  unblocking_notice: {
    type: 'blocking',
    decision: (l) => ({
      type: 'blocking',
      outcome: 'granted',
      operation: 'unblock',
      reasonText: TX.findings[l],
    }),
  },
  stop_messages_confirmation: {
    type: 'stop_messages',
    decision: () => ({ type: 'stop_messages', outcome: 'granted', channels: ['sms', 'whatsapp'] }),
  },
  complaint_answer: {
    type: 'complaint',
    decision: (l) => ({
      type: 'complaint',
      outcome: 'granted',
      finding: 'confirmed',
      findings: TX.findings[l],
      measureCodes: ['messages_stopped', 'staff_instructed'],
    }),
  },
  authority_notice: {
    type: 'complaint',
    role: 'authorized_body',
    decision: (l) => ({
      type: 'complaint',
      outcome: 'granted',
      finding: 'confirmed',
      findings: TX.findings[l],
      measureCodes: ['messages_stopped', 'internal_review'],
    }),
  },
  minor_deletion_notice: {
    type: 'minor_deletion',
    role: 'legal_representative',
    decision: () => ({ type: 'minor_deletion', outcome: 'granted' }),
  },
  partial_grant: {
    type: 'access',
    decision: (l) => ({
      type: 'access',
      outcome: 'partially_granted',
      refusalGround: 'not_personal_data',
      reasons: TX.partReason[l],
      dataHeld: [{ category: TX.category[l], value: '+7 701 555 12 34' }],
      delivery: 'registered_mail',
    }),
  },
  objection_answer: {
    type: 'objection',
    decision: (l) => ({
      type: 'objection',
      outcome: 'granted',
      decisionText: TX.objection[l],
      stopAutomatedProcessing: true,
    }),
  },
};

/** Opens and decides the request a letter of this kind answers; returns its id. */
export function requestFor(server: Server, kind: LetterKind, lang: Lang2, at: string): string {
  const plan = PLANS[kind];
  const role = plan.role ?? 'subject';
  const minor = plan.type === 'minor_deletion';
  const subject = minor ? MINOR : SUBJECT;
  const { incomingNo } = registerLetter(server, {
    receivedAt: at,
    documentType: plan.type === 'stop_messages' ? 'stop_messages' : plan.type,
    language: lang,
    sender:
      role === 'authorized_body'
        ? { name: AUTHORITY.name[lang], address: AUTHORITY.address[lang] }
        : { name: subject.name, iin: subject.iin, address: SUBJECT_ADDRESS[lang] },
    ...(role === 'authorized_body' ? { senderRef: { number: '27-02/555', date: '2026-11-18' } } : {}),
  } as never);
  const r = open(server, {
    type: plan.type,
    letters: [incomingNo],
    requesterRole: role,
    language: lang,
    subject: { ...subject, address: SUBJECT_ADDRESS[lang] },
    ...(role === 'legal_representative'
      ? {
          representative: {
            name: FATHER.name,
            relation: minor ? 'parent' : 'attorney',
            address: FATHER.address,
            authorityDocument: { type: 'doc', number: '45', date: '2026-03-02' },
          },
        }
      : {}),
    ...(role === 'authorized_body'
      ? {
          authorizedBody: {
            kind: 'ministry',
            name: AUTHORITY.name[lang],
            reference: '27-02/555',
            referenceDate: '2026-11-18',
            official: AUTHORITY.official[lang],
            officialName: AUTHORITY.officialName[lang],
            address: AUTHORITY.address[lang],
          },
        }
      : {}),
    verification:
      role === 'authorized_body'
        ? { method: 'not_required', reason: 'authorized_body' }
        : {
            method: 'document',
            documentType: 'id_card',
            numberLast4: '4567',
            issuer: 'МВД РК',
            issuedOn: '2021-03-01',
          },
    confirmDuplicates: true,
  });
  if (plan.decision)
    decide(server, 'officer', {
      id: r.id,
      decision: decisionInputSchema.parse({ ...plan.decision(lang), note: NOTE }),
    });
  return r.id;
}
