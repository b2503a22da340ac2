// Localized wording a decision contributes to a letter: the legal basis of each decision, the
// standard measures an officer picks from a list, the actions queued for the central system
// (worded by whether central has confirmed them), the documents that give a representative
// authority. Every entry exists in Kazakh, Russian and English, so a letter in any language is
// built from its own language's words and never from text typed for another letter. Pure data in
// common/: the decision form lists the same choices the letter prints.
import type { RequestType } from '../deadlines/request-types';
import type { LetterLang } from './kinds';

export type L3 = Record<LetterLang, string>;

const LAW: L3 = {
  kk: 'Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» Заңының',
  ru: 'Закона Республики Казахстан «О персональных данных и их защите»',
  en: 'of the Law of the Republic of Kazakhstan “On Personal Data and Their Protection”',
};

/** Kazakh puts the law first («…Заңының 8-бабының 2-тармағы»), Russian and English after. */
function basis(kk: string, ru: string, en: string): L3 {
  return { kk: `${LAW.kk} ${kk}`, ru: `${ru} ${LAW.ru}`, en: `${en} ${LAW.en}` };
}
function policy(point: string, rest: L3): L3 {
  return {
    kk: `Серіктестіктің Құпиялылық саясатының ${point}-тармағы, ${rest.kk}`,
    ru: `пункт ${point} Политики конфиденциальности Товарищества, ${rest.ru}`,
    en: `clause ${point} of the Company’s Privacy Policy, ${rest.en}`,
  };
}

const ART8 = basis('8-бабы', 'статья 8', 'Article 8');
const ART8_2 = basis('8-бабының 2-тармағы', 'пункт 2 статьи 8', 'Article 8(2)');

/** The rule each decision relies on: what a granted, partly granted or refused request cites. */
export const LEGAL_BASIS_TEXT: Record<RequestType, { granted: L3; refused: L3 }> = {
  withdrawal: { granted: policy('7.11', ART8), refused: ART8_2 },
  access: {
    granted: basis(
      '24-бабы 1-тармағының 1) тармақшасы, 25-бабы 2-тармағының 6), 7), 9) тармақшалары',
      'подпункт 1) пункта 1 статьи 24, подпункты 6), 7), 9) пункта 2 статьи 25',
      'Article 24(1)(1) and Article 25(2)(6), (7), (9)',
    ),
    refused: basis(
      '25-бабы 2-тармағының 7) тармақшасы',
      'подпункт 7) пункта 2 статьи 25',
      'Article 25(2)(7)',
    ),
  },
  rectification: {
    granted: basis(
      '13-бабы, 25-бабы 2-тармағының 8) тармақшасы',
      'статья 13, подпункт 8) пункта 2 статьи 25',
      'Article 13 and Article 25(2)(8)',
    ),
    refused: basis('13-бабы', 'статья 13', 'Article 13'),
  },
  stop_messages: { granted: policy('7.11', ART8), refused: ART8_2 },
  complaint: {
    granted: policy('7.11', basis('25-бабының 3-тармағы', 'пункт 3 статьи 25', 'Article 25(3)')),
    refused: policy('7.11', basis('25-бабының 3-тармағы', 'пункт 3 статьи 25', 'Article 25(3)')),
  },
  blocking: {
    granted: basis(
      '18-бабы, 24-бабы 1-тармағының 3) тармақшасы, 25-бабы 2-тармағының 8) тармақшасы',
      'статья 18, подпункт 3) пункта 1 статьи 24, подпункт 8) пункта 2 статьи 25',
      'Article 18, Article 24(1)(3) and Article 25(2)(8)',
    ),
    refused: basis('18-бабы', 'статья 18', 'Article 18'),
  },
  objection: {
    granted: basis('19-1-бабы', 'статья 19-1', 'Article 19-1'),
    refused: basis('19-1-бабы', 'статья 19-1', 'Article 19-1'),
  },
  minor_deletion: {
    granted: policy('7.7', basis('18-бабы', 'статья 18', 'Article 18')),
    refused: policy('7.7', basis('18-бабы', 'статья 18', 'Article 18')),
  },
};

const PART_REFUSED: L3 = {
  kk: 'бас тартылған бөлігінде –',
  ru: 'в части отказа –',
  en: 'as to the part refused,',
};

/** A partial grant cites both rules: what it grants under, and what it refuses under. */
export function legalBasisText(
  type: RequestType,
  outcome: 'granted' | 'partially_granted' | 'refused',
  lang: LetterLang,
): string {
  const b = LEGAL_BASIS_TEXT[type];
  if (outcome === 'refused') return b.refused[lang];
  if (outcome === 'partially_granted' && b.refused[lang] !== b.granted[lang]) {
    return `${b.granted[lang]}; ${PART_REFUSED[lang]} ${b.refused[lang]}`;
  }
  return b.granted[lang];
}

/** Standard measures taken on a complaint, chosen from this list (the letter prints them). */
export const COMPLAINT_MEASURES = {
  messages_stopped: {
    kk: 'субъектіге хабарламалар жіберу тоқтатылды',
    ru: 'направление сообщений субъекту прекращено',
    en: 'messages to the subject were stopped',
  },
  data_corrected: {
    kk: 'дербес деректер түзетілді',
    ru: 'персональные данные исправлены',
    en: 'the personal data were corrected',
  },
  access_restricted: {
    kk: 'дербес деректерге қол жеткізу құқығы бар жұмыскерлердің тізімі қайта қаралды',
    ru: 'пересмотрен перечень работников, имеющих доступ к персональным данным',
    en: 'the list of employees with access to personal data was reviewed',
  },
  staff_instructed: {
    kk: 'жұмыскерлерге дербес деректерді қорғау бойынша қосымша нұсқама берілді',
    ru: 'с работниками проведен дополнительный инструктаж по защите персональных данных',
    en: 'staff received additional instruction on personal data protection',
  },
  processing_stopped: {
    kk: 'дербес деректерді заңсыз өңдеу тоқтатылды',
    ru: 'неправомерная обработка персональных данных прекращена',
    en: 'the unlawful processing of personal data was stopped',
  },
  internal_review: {
    kk: 'ішкі тексеру жүргізілді',
    ru: 'проведена служебная проверка',
    en: 'an internal review was carried out',
  },
} as const satisfies Record<string, L3>;
export type ComplaintMeasure = keyof typeof COMPLAINT_MEASURES;
export const COMPLAINT_MEASURE_CODES = Object.keys(COMPLAINT_MEASURES) as ComplaintMeasure[];

/**
 * An action for the central system as a letter reports it: «done» once central has confirmed it,
 * «ordered» until then — a letter never says data were destroyed while the erasure is queued.
 */
export const ACTION_MEASURES: Record<string, { done: L3; ordered: L3 }> = {
  erase: {
    done: {
      kk: 'дербес және биометриялық деректер жойылды',
      ru: 'персональные и биометрические данные уничтожены',
      en: 'personal and biometric data were destroyed',
    },
    ordered: {
      kk: 'дербес және биометриялық деректерді жою туралы өкім берілді',
      ru: 'дано распоряжение об уничтожении персональных и биометрических данных',
      en: 'the destruction of personal and biometric data has been ordered',
    },
  },
  block: {
    done: {
      kk: 'дербес деректер бұғатталды',
      ru: 'персональные данные заблокированы',
      en: 'the personal data were blocked',
    },
    ordered: {
      kk: 'дербес деректерді бұғаттау туралы өкім берілді',
      ru: 'дано распоряжение о блокировании персональных данных',
      en: 'blocking of the personal data has been ordered',
    },
  },
  unblock: {
    done: {
      kk: 'дербес деректер бұғаттан шығарылды',
      ru: 'персональные данные разблокированы',
      en: 'the personal data were unblocked',
    },
    ordered: {
      kk: 'дербес деректерді бұғаттан шығару туралы өкім берілді',
      ru: 'дано распоряжение о разблокировании персональных данных',
      en: 'unblocking of the personal data has been ordered',
    },
  },
  rectify: {
    done: {
      kk: 'дербес деректер түзетілді',
      ru: 'персональные данные исправлены',
      en: 'the personal data were corrected',
    },
    ordered: {
      kk: 'дербес деректерді түзету туралы өкім берілді',
      ru: 'дано распоряжение об исправлении персональных данных',
      en: 'correction of the personal data has been ordered',
    },
  },
  suppress: {
    done: {
      kk: 'хабарламалар жіберу тоқтатылды',
      ru: 'рассылка сообщений прекращена',
      en: 'messages were stopped',
    },
    ordered: {
      kk: 'хабарламалар жіберуді тоқтату туралы өкім берілді',
      ru: 'дано распоряжение о прекращении рассылки сообщений',
      en: 'stopping the messages has been ordered',
    },
  },
  export: {
    done: {
      kk: 'деректердің көшірмесі дайындалды',
      ru: 'подготовлена копия данных',
      en: 'a copy of the data was prepared',
    },
    ordered: {
      kk: 'деректердің көшірмесін дайындау туралы өкім берілді',
      ru: 'дано распоряжение о подготовке копии данных',
      en: 'a copy of the data has been ordered',
    },
  },
};

/** The document a representative acts on, by their relation to the subject (genitive in Russian). */
export const AUTHORITY_DOCUMENTS: Record<string, L3> = {
  parent: { kk: 'туу туралы куәлік', ru: 'свидетельства о рождении', en: 'birth certificate' },
  guardian: {
    kk: 'қорғаншылық (қамқоршылық) белгілеу туралы шешім',
    ru: 'решения об установлении опеки (попечительства)',
    en: 'guardianship decision',
  },
  trustee: { kk: 'қамқоршылық туралы шешім', ru: 'решения о попечительстве', en: 'trusteeship decision' },
  attorney: { kk: 'сенімхат', ru: 'доверенности', en: 'power of attorney' },
  other: {
    kk: 'өкілеттікті растайтын құжат',
    ru: 'документа, подтверждающего полномочия',
    en: 'document confirming authority',
  },
};
