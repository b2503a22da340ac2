// Which request type an incoming letter's document type names. The mailroom stores the document
// type as free text (incoming_letters.document_type); a letter whose document type is a request
// type code ("withdrawal") or one of its names below counts as a request from the moment it is
// registered: the dashboard shows its deadline until a request is opened from it. The intake
// form should offer these as choices (DOCUMENT_TYPE_CHOICES) so they are spelt the same way.
import { REQUEST_TYPES, type RequestType } from './vocab';

/** Names per request type, in the three languages; the code itself always counts too. */
export const DOCUMENT_TYPE_NAMES: Record<
  RequestType,
  { kk: string; ru: string; en: string; also?: string[] }
> = {
  withdrawal: {
    kk: 'Келісімді кері қайтарып алу',
    ru: 'Отзыв согласия',
    en: 'Withdrawal of consent',
    also: ['келісімді қайтарып алу', 'отзыв согласия на обработку персональных данных', 'consent withdrawal'],
  },
  access: {
    kk: 'Деректерге қол жеткізу',
    ru: 'Запрос доступа к данным',
    en: 'Access request',
    also: ['доступ к персональным данным', 'data access'],
  },
  rectification: {
    kk: 'Деректерді түзету',
    ru: 'Исправление данных',
    en: 'Rectification',
    also: ['исправление персональных данных'],
  },
  stop_messages: {
    kk: 'Хабарламаларды тоқтату',
    ru: 'Прекращение рассылки',
    en: 'Stop messages',
    also: ['прекращение сообщений', 'отказ от рассылки', 'unsubscribe'],
  },
  complaint: { kk: 'Шағым', ru: 'Жалоба', en: 'Complaint' },
  blocking: {
    kk: 'Деректерді бұғаттау',
    ru: 'Блокирование данных',
    en: 'Blocking',
    also: ['блокирование персональных данных'],
  },
  objection: {
    kk: 'Автоматтандырылған өңдеуге қарсылық',
    ru: 'Возражение против автоматизированной обработки',
    en: 'Objection to automated processing',
    also: ['возражение'],
  },
  minor_deletion: {
    kk: 'Кәмелетке толмаған адамның деректерін жою',
    ru: 'Удаление данных несовершеннолетнего',
    en: 'Deletion of a minor’s data',
  },
};

function fold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, RequestType>();
for (const t of REQUEST_TYPES) {
  const n = DOCUMENT_TYPE_NAMES[t];
  for (const name of [t, n.kk, n.ru, n.en, ...(n.also ?? [])]) LOOKUP.set(fold(name), t);
}

/** The request type a document type names, or null ("заявление", "письмо" name none). */
export function requestTypeOfDocument(documentType: string | null | undefined): RequestType | null {
  if (!documentType) return null;
  return LOOKUP.get(fold(documentType)) ?? null;
}

/** The document-type choices the intake form should offer: code and names per language. */
export const DOCUMENT_TYPE_CHOICES = REQUEST_TYPES.map((t) => ({ code: t, ...DOCUMENT_TYPE_NAMES[t] }));

/**
 * The exact spellings to look for in the database (the code, each name, and their lower-case and
 * capitalized forms), so the register's index can be used; requestTypeOfDocument() decides.
 */
export function documentTypeSpellings(): string[] {
  const out = new Set<string>();
  for (const t of REQUEST_TYPES) {
    const n = DOCUMENT_TYPE_NAMES[t];
    for (const name of [t, n.kk, n.ru, n.en, ...(n.also ?? [])]) {
      const lower = name.toLowerCase();
      out.add(name);
      out.add(lower);
      out.add(lower.charAt(0).toUpperCase() + lower.slice(1));
      out.add(name.toUpperCase());
    }
  }
  return [...out];
}
