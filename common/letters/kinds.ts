// The reply letters the desk writes, and the languages it writes them in. Pure data: runs in the
// main process and in the renderer (kind pickers, template editor).

export const LETTER_KINDS = [
  'acknowledgment',
  'identity_request',
  'access_answer',
  'withdrawal_confirmation',
  'refusal',
  'rectification_done',
  'blocking_notice',
  'unblocking_notice',
  'stop_messages_confirmation',
  'complaint_answer',
  'authority_notice',
  'minor_deletion_notice',
  'partial_grant',
  'objection_answer',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Kazakh and Russian are the official languages of a reply; English is a courtesy. */
export const LETTER_LANGS = ['kk', 'ru', 'en'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];

export interface LetterKindInfo {
  kind: LetterKind;
  /** What the letter is, in each language (for pickers and the outgoing register). */
  names: Record<LetterLang, string>;
  /** The request types (issue 5) this letter usually answers; empty = any. */
  requestTypes: readonly string[];
  /** Placeholders every template of this kind must use: without them the letter says nothing. */
  required: readonly string[];
}

export const LETTER_KIND_INFO: Record<LetterKind, LetterKindInfo> = {
  acknowledgment: {
    kind: 'acknowledgment',
    names: {
      kk: 'Өтініштің қабылданғаны туралы хабарлама',
      ru: 'Уведомление о получении обращения',
      en: 'Acknowledgment of receipt',
    },
    requestTypes: [],
    required: ['incoming.number', 'incoming.date'],
  },
  identity_request: {
    kind: 'identity_request',
    names: {
      kk: 'Жеке басты немесе өкілеттікті растайтын құжаттарды сұрау',
      ru: 'Запрос документов, удостоверяющих личность или полномочия',
      en: 'Request for proof of identity or authority',
    },
    requestTypes: [],
    required: ['identity.documents'],
  },
  access_answer: {
    kind: 'access_answer',
    names: {
      kk: 'Дербес деректерге қол жеткізу туралы сұрауға жауап',
      ru: 'Ответ на запрос о доступе к персональным данным',
      en: 'Answer to an access request',
    },
    requestTypes: ['access'],
    required: ['data.items'],
  },
  withdrawal_confirmation: {
    kind: 'withdrawal_confirmation',
    names: {
      kk: 'Келісімді кері қайтарып алу және деректерді жою туралы растау',
      ru: 'Подтверждение отзыва согласия и уничтожения данных',
      en: 'Confirmation of withdrawal of consent and destruction',
    },
    requestTypes: ['withdrawal'],
    required: ['decision.date', 'decision.legalBasis'],
  },
  refusal: {
    kind: 'refusal',
    names: { kk: 'Уәжді бас тарту', ru: 'Мотивированный отказ', en: 'Reasoned refusal' },
    requestTypes: [],
    required: ['decision.reasons', 'decision.legalBasis'],
  },
  rectification_done: {
    kind: 'rectification_done',
    names: {
      kk: 'Дербес деректердің түзетілгені туралы хабарлама',
      ru: 'Уведомление об исправлении персональных данных',
      en: 'Notice of rectification',
    },
    requestTypes: ['rectification'],
    required: ['rectification.changes'],
  },
  blocking_notice: {
    kind: 'blocking_notice',
    names: {
      kk: 'Дербес деректердің бұғатталғаны туралы хабарлама',
      ru: 'Уведомление о блокировании персональных данных',
      en: 'Notice of blocking',
    },
    requestTypes: ['blocking'],
    required: ['blocking.reason', 'blocking.from'],
  },
  unblocking_notice: {
    kind: 'unblocking_notice',
    names: {
      kk: 'Дербес деректердің бұғаттан шығарылғаны туралы хабарлама',
      ru: 'Уведомление о разблокировании персональных данных',
      en: 'Notice of unblocking',
    },
    requestTypes: ['blocking'],
    required: ['decision.findings', 'decision.date'],
  },
  stop_messages_confirmation: {
    kind: 'stop_messages_confirmation',
    names: {
      kk: 'Хабарламалар жіберуді тоқтату туралы растау',
      ru: 'Подтверждение прекращения рассылки сообщений',
      en: 'Confirmation that messages are stopped',
    },
    requestTypes: ['stop_messages'],
    required: ['messages.channels', 'decision.date', 'decision.legalBasis'],
  },
  complaint_answer: {
    kind: 'complaint_answer',
    names: { kk: 'Шағымға жауап', ru: 'Ответ на жалобу', en: 'Answer to a complaint' },
    requestTypes: ['complaint'],
    required: ['decision.findings', 'decision.legalBasis'],
  },
  authority_notice: {
    kind: 'authority_notice',
    names: {
      kk: 'Уәкілетті органға хабарлама',
      ru: 'Уведомление уполномоченного органа',
      en: 'Notice to the authorized body',
    },
    requestTypes: [],
    required: ['decision.measures', 'decision.legalBasis'],
  },
  minor_deletion_notice: {
    kind: 'minor_deletion_notice',
    names: {
      kk: 'Кәмелетке толмаған адамның деректерін жою туралы хабарлама',
      ru: 'Уведомление об уничтожении данных несовершеннолетнего',
      en: 'Notice of deletion of a minor’s data',
    },
    requestTypes: ['minor_deletion'],
    required: ['decision.date', 'representative.authority', 'decision.legalBasis'],
  },
  partial_grant: {
    kind: 'partial_grant',
    names: {
      kk: 'Өтінішті ішінара қанағаттандыру туралы хабарлама',
      ru: 'Уведомление о частичном удовлетворении обращения',
      en: 'Notice of a partly granted request',
    },
    requestTypes: [],
    required: ['decision.reasons', 'decision.legalBasis'],
  },
  objection_answer: {
    kind: 'objection_answer',
    names: {
      kk: 'Автоматтандырылған өңдеуге қарсылыққа жауап',
      ru: 'Ответ на возражение против автоматизированной обработки',
      en: 'Answer to an objection to automated processing',
    },
    requestTypes: ['objection'],
    required: ['decision.findings', 'decision.legalBasis'],
  },
};

export function isLetterKind(s: string): s is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(s);
}

export function isLetterLang(s: string): s is LetterLang {
  return (LETTER_LANGS as readonly string[]).includes(s);
}

/** Channels a subject can ask us to stop (policy 7.11: SMS, WhatsApp, Telegram, advertising). */
export const MESSAGE_CHANNELS = ['sms', 'whatsapp', 'telegram', 'email', 'push', 'advertising'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** How a letter left the office (matches the mailroom's channels). */
export const SEND_METHODS = ['registered_mail', 'courier', 'by_hand', 'electronic'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];
