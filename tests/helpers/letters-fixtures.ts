// A realistic subject request, as data for every letter kind in Kazakh, Russian and English.
// The subject's name has «һ» and the letterhead «ә», so every Kazakh letter prints all nine
// Kazakh-specific letters (ә ғ қ ң ө ұ ү һ і) somewhere.
import type { LetterBody, LetterInput } from '../../common/letters/input';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import { legalBasisText } from '../../common/letters/phrases';

export const SUBJECT = { name: 'Сейтқали Зуһра Болатқызы', iin: '900115400018', accountId: 'IB-000457' };
/** The subject's mother, writing for her (a minor's data, policy 7.7). */
export const REPRESENTATIVE = { name: 'Сейтқалиева Гүлнар Маратқызы' };
export const INCOMING = { number: 'ВХ-2026-000123', date: '2026-11-23' };
export const OUTGOING = { number: 'ИСХ-2026-000145', date: '2026-11-25' };
export const SIGNATORY = { name: 'Ә. Құнанбаев', position: 'Директор' };
export const EXECUTOR = { name: 'Ғ. Мүсірепова', phone: '+7 727 355 00 00' };

type Texts = Record<LetterLang, string>;
const t = (kk: string, ru: string, en: string): Texts => ({ kk, ru, en });

const ADDRESS = t(
  'Алматы қ., Абай даңғылы, 10-үй, 25-пәтер\n050000',
  'г. Алматы, пр. Абая, д. 10, кв. 25\n050000',
  '10 Abai Avenue, apt. 25\nAlmaty 050000, Kazakhstan',
);

const L = {
  documents: {
    kk: [
      'жеке куәліктің түпнұсқасы (көрсету үшін)',
      'заңды өкілдің өкілеттігін растайтын нотариат куәландырған сенімхат',
    ],
    ru: [
      'оригинал удостоверения личности (для предъявления)',
      'нотариально удостоверенная доверенность, подтверждающая полномочия представителя',
    ],
    en: [
      'the original identity card (to be shown)',
      'a notarised power of attorney confirming the representative’s authority',
    ],
  },
  reasons: {
    kk: [
      'Шарт бойынша төлем міндеттемесі орындалмаған.',
      'Өтінішке заңды өкілдің өкілеттігін растайтын құжат қоса берілмеген.',
    ],
    ru: [
      'Не исполнено денежное обязательство по договору.',
      'К заявлению не приложен документ, подтверждающий полномочия представителя.',
    ],
    en: [
      'A payment obligation under the contract is unfulfilled.',
      'No document confirming the representative’s authority was enclosed.',
    ],
  },
  measures: {
    kk: ['тіркелгі бұғатталды', 'орталық жүйеге деректерді жою туралы тапсырма жіберілді'],
    ru: ['учетная запись заблокирована', 'в центральную систему направлено поручение об удалении данных'],
    en: ['the account was blocked', 'an erasure instruction was sent to the central system'],
  },
  findings: t(
    'Хабарламалар жарнамалық таратылым тізімінен субъектінің келісімінсіз жіберілген.',
    'Сообщения направлялись из списка рекламной рассылки без согласия субъекта.',
    'The messages were sent from an advertising list without the subject’s consent.',
  ),
  obligations: t(
    '2026 жылғы 15 қыркүйектегі № 77/26 шарт бойынша 12 500 теңге берешек',
    'задолженность 12 500 тенге по договору № 77/26 от 15 сентября 2026 года',
    'a debt of KZT 12,500 under contract No. 77/26 of 15 September 2026',
  ),
  blockingReason: t(
    'дербес деректердің заңсыз өңделгені туралы хабарлама',
    'сообщение о неправомерной обработке персональных данных',
    'a report of unlawful processing of personal data',
  ),
  rows: {
    kk: [
      {
        category: 'Тегі, аты',
        value: 'Сейтқали Зуһра',
        purpose: 'Шартты орындау',
        source: 'Субъектінің өзі',
        retention: 'Шарт мерзімі және 5 жыл',
      },
      {
        category: 'ЖСН',
        value: '900115400018',
        purpose: 'Сәйкестендіру',
        source: 'Субъектінің өзі',
        retention: 'Шарт мерзімі',
      },
      {
        category: 'Телефон нөмірі',
        value: '+7 701 555 12 34',
        purpose: 'Хабарламалар',
        source: 'Мобильді қосымша',
        retention: 'Келісімді қайтарып алғанға дейін',
      },
      {
        category: 'Биометриялық деректер',
        value: 'Бет бейнесінің үлгісі',
        purpose: 'Жеке басты тексеру',
        source: 'Мобильді қосымша',
        retention: '1 жыл',
      },
    ],
    ru: [
      {
        category: 'Фамилия, имя',
        value: 'Сейткали Зухра',
        purpose: 'Исполнение договора',
        source: 'Сам субъект',
        retention: 'Срок договора и 5 лет',
      },
      {
        category: 'ИИН',
        value: '900115400018',
        purpose: 'Идентификация',
        source: 'Сам субъект',
        retention: 'Срок договора',
      },
      {
        category: 'Номер телефона',
        value: '+7 701 555 12 34',
        purpose: 'Уведомления',
        source: 'Мобильное приложение',
        retention: 'До отзыва согласия',
      },
      {
        category: 'Биометрические данные',
        value: 'Шаблон изображения лица',
        purpose: 'Проверка личности',
        source: 'Мобильное приложение',
        retention: '1 год',
      },
    ],
    en: [
      {
        category: 'Surname, name',
        value: 'Seitkali Zukhra',
        purpose: 'Performance of the contract',
        source: 'The subject',
        retention: 'Contract term plus 5 years',
      },
      {
        category: 'IIN',
        value: '900115400018',
        purpose: 'Identification',
        source: 'The subject',
        retention: 'Contract term',
      },
      {
        category: 'Phone number',
        value: '+7 701 555 12 34',
        purpose: 'Notifications',
        source: 'Mobile app',
        retention: 'Until consent is withdrawn',
      },
      {
        category: 'Biometric data',
        value: 'Face template',
        purpose: 'Identity check',
        source: 'Mobile app',
        retention: '1 year',
      },
    ],
  },
  purposes: {
    kk: ['«iBusiness» мобильді қосымшасының қызметтерін көрсету', 'шарт бойынша міндеттемелерді орындау'],
    ru: ['оказание услуг мобильного приложения «iBusiness»', 'исполнение обязательств по договору'],
    en: ['providing the services of the “iBusiness” mobile app', 'performing obligations under the contract'],
  },
  delivery: t('тапсырыстық хатпен', 'заказным письмом', 'by registered mail'),
  changes: {
    kk: [
      {
        field: 'Пошта мекенжайы',
        before: 'Алматы қ., Сейфуллин даңғылы, 5',
        after: 'Алматы қ., Абай даңғылы, 10-үй, 25-пәтер',
      },
    ],
    ru: [
      {
        field: 'Почтовый адрес',
        before: 'г. Алматы, пр. Сейфуллина, 5',
        after: 'г. Алматы, пр. Абая, д. 10, кв. 25',
      },
    ],
    en: [
      {
        field: 'Postal address',
        before: '5 Seifullin Avenue, Almaty',
        after: '10 Abai Avenue, apt. 25, Almaty',
      },
    ],
  },
};

const AUTHORITY = {
  name: t('Ахметов Нұрлан Серікұлы', 'Ахметов Нурлан Серикович', 'Nurlan Akhmetov'),
  position: t(
    'Дербес деректерді қорғау департаментінің директоры',
    'Директору Департамента защиты персональных данных',
    'Director, Personal Data Protection Department',
  ),
  organization: t(
    'Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі',
    'Министерство искусственного интеллекта и цифрового развития Республики Казахстан',
    'Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan',
  ),
  address: t(
    '010000, Астана қ., Мәңгілік Ел даңғылы, 55/14',
    '010000, г. Астана, пр. Мангилик Ел, 55/14',
    '55/14 Mangilik El Avenue, Astana 010000',
  ),
};

const AUTHORITY_DOC = t(
  '2026 жылғы 2 наурыздағы № 45 туу туралы куәлік',
  'свидетельства о рождении № 45 от 02.03.2026',
  'the birth certificate No. 45 of 02.03.2026',
);

/** The data of a letter of this kind and language, as a request would supply it. */
export function letterBody(kind: LetterKind, lang: LetterLang): LetterBody {
  const base: LetterBody = {
    incoming: { ...INCOMING },
    request: { number: 'RQ-2026-000077', receivedDate: '2026-11-23', dueDate: '2026-11-24' },
    addressee: { name: SUBJECT.name, address: ADDRESS[lang] },
    subject: { ...SUBJECT },
    signatory: { ...SIGNATORY, position: lang === 'en' ? 'Director' : SIGNATORY.position },
    executor: { ...EXECUTOR },
  };
  switch (kind) {
    case 'acknowledgment':
      return base;
    case 'identity_request':
      return { ...base, identity: { documents: L.documents[lang], replyBy: '2026-12-04' } };
    case 'access_answer':
      return {
        ...base,
        data: { items: L.rows[lang], purposes: L.purposes[lang], delivery: L.delivery[lang] },
      };
    case 'withdrawal_confirmation':
      return {
        ...base,
        decision: {
          date: '2026-11-24',
          measures: L.measures[lang],
          erasure: 'done',
          legalBasis: legalBasisText('withdrawal', 'granted', lang),
        },
      };
    case 'refusal':
      return {
        ...base,
        decision: {
          reasons: L.reasons[lang],
          obligations: L.obligations[lang],
          legalBasis: legalBasisText('withdrawal', 'refused', lang),
        },
      };
    case 'rectification_done':
      return { ...base, rectification: { changes: L.changes[lang] }, decision: { date: '2026-11-24' } };
    case 'blocking_notice':
      return {
        ...base,
        blocking: { reason: L.blockingReason[lang], from: '2026-11-24', until: '2026-12-08' },
      };
    case 'unblocking_notice':
      return {
        ...base,
        blocking: { reason: L.blockingReason[lang], from: '2026-11-10' },
        decision: { findings: L.findings[lang], date: '2026-11-24' },
      };
    case 'stop_messages_confirmation':
      return {
        ...base,
        messages: { channels: ['sms', 'whatsapp', 'advertising'] },
        decision: { date: '2026-11-24', legalBasis: legalBasisText('stop_messages', 'granted', lang) },
      };
    case 'complaint_answer':
      return {
        ...base,
        decision: {
          findings: L.findings[lang],
          measures: L.measures[lang],
          legalBasis: legalBasisText('complaint', 'granted', lang),
        },
      };
    case 'authority_notice':
      return {
        ...base,
        incoming: { ...INCOMING, senderNumber: '04-2-15/3321', senderDate: '2026-11-20' },
        addressee: {
          name: AUTHORITY.name[lang],
          ...(lang === 'en' ? { salutationName: 'Mr Akhmetov' } : {}),
          gender: 'M',
          position: AUTHORITY.position[lang],
          organization: AUTHORITY.organization[lang],
          address: AUTHORITY.address[lang],
        },
        decision: {
          findings: L.findings[lang],
          measures: L.measures[lang],
          date: '2026-11-24',
          legalBasis: legalBasisText('complaint', 'granted', lang),
        },
      };
    case 'minor_deletion_notice':
      return {
        ...base,
        addressee: { name: REPRESENTATIVE.name, address: ADDRESS[lang] },
        representative: { name: REPRESENTATIVE.name, authority: AUTHORITY_DOC[lang] },
        decision: {
          date: '2026-11-24',
          erasure: 'ordered',
          legalBasis: legalBasisText('minor_deletion', 'granted', lang),
        },
      };
    case 'partial_grant':
      return {
        ...base,
        decision: {
          reasons: L.reasons[lang].slice(1),
          measures: L.measures[lang],
          legalBasis: legalBasisText('access', 'refused', lang),
        },
      };
    case 'objection_answer':
      return {
        ...base,
        decision: {
          findings: L.findings[lang],
          automatedProcessingStopped: true,
          legalBasis: legalBasisText('objection', 'granted', lang),
        },
      };
  }
}

export function letterInput(kind: LetterKind, lang: LetterLang): LetterInput {
  return { kind, lang, outgoing: { ...OUTGOING }, ...letterBody(kind, lang) };
}

/** An access answer with many rows: its annex runs over several pages. */
export function longAccessInput(rows: number): LetterInput {
  const input = letterInput('access_answer', 'ru');
  const items = Array.from({ length: rows }, (_, i) => ({
    category: `Операция № ${i + 1}`,
    value: `Платёж 1 ${String(i).padStart(3, '0')} тенге, 2026-0${(i % 9) + 1}-1${i % 10}`,
    purpose: 'Исполнение договора',
    source: 'Платёжная система',
    retention: '5 лет',
  }));
  return { ...input, data: { ...input.data!, items } };
}
