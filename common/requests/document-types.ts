// The request kind of an incoming letter, and which request type a document type names. The clerk
// picks the kind from a short list (incoming_letters.request_kind: a request type, 'not_request',
// or NULL while not yet classified); a letter of a request type counts as a request from the
// moment it is registered: the dashboard shows its deadline until a request is opened from it.
// The document type stays the paper's own title (free text); when a letter is registered without
// a kind, the core takes the kind its document type names (requestTypeOfDocument), if any.
import { REQUEST_TYPES, type RequestType } from '../deadlines/request-types';

/** What the clerk may pick for a letter: a request type, or "not a request". */
export const REQUEST_KINDS = [...REQUEST_TYPES, 'not_request'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The request type a kind names (null for "not a request" and for an unclassified letter). */
export function requestTypeOfKind(kind: RequestKind | null | undefined): RequestType | null {
  return kind && kind !== 'not_request' ? kind : null;
}

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
