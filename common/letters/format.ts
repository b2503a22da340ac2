// How a letter writes dates, names and lists in each language, and the fixed words of the letter
// form (Исх. №, на вх. №, Исп., page numbers). Pure: the preview in the renderer uses it too.
import { validateIinBin, maskIin } from '../identifiers/iin';
import type { LetterData, Letterhead } from './input';
import type { LetterLang, MessageChannel } from './kinds';

const MONTHS: Record<LetterLang, readonly string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  // Genitive, as dates are written: «25 ноября 2026 г.»
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** «25 қараша 2026 ж.», «25 ноября 2026 г.», «25 November 2026». */
export function formatLetterDate(isoDate: string, lang: LetterLang): string {
  const m = DATE_RE.exec(isoDate);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const month = MONTHS[lang][mo - 1];
  if (!month || d < 1 || d > 31) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  switch (lang) {
    case 'kk':
      return `${d} ${month} ${y} ж.`;
    case 'ru':
      return `${d} ${month} ${y} г.`;
    case 'en':
      return `${d} ${month} ${y}`;
  }
}

export const CHANNEL_NAMES: Record<MessageChannel, Record<LetterLang, string>> = {
  sms: { kk: 'SMS-хабарламалар', ru: 'SMS-сообщения', en: 'SMS messages' },
  whatsapp: { kk: 'WhatsApp хабарламалары', ru: 'сообщения WhatsApp', en: 'WhatsApp messages' },
  telegram: { kk: 'Telegram хабарламалары', ru: 'сообщения Telegram', en: 'Telegram messages' },
  email: { kk: 'электрондық пошта хаттары', ru: 'письма по электронной почте', en: 'e-mails' },
  push: { kk: 'мобильді қосымшадағы push-хабарламалар', ru: 'push-уведомления в мобильном приложении', en: 'push notifications in the mobile app' },
  advertising: { kk: 'жарнамалық хабарламалар', ru: 'рекламные рассылки', en: 'advertising messages' },
};

/** The fixed words of the letter form, per language. */
export interface FormLabels {
  outgoingNo: string;
  /** Joins the outgoing number and its date. */
  dated: (date: string) => string;
  /** The reference line to the letter answered. */
  replyTo: (no: string, date: string) => string;
  /** The sender's own reference, when it had one. */
  senderRef: (no: string, date?: string) => string;
  executor: string;
  phone: string;
  bin: string;
  page: string;
  email: string;
}

export const LABELS: Record<LetterLang, FormLabels> = {
  kk: {
    outgoingNo: 'Шығ. №',
    dated: (d) => d,
    replyTo: (no, d) => `${d} кір. № ${no} хатқа`,
    senderRef: (no, d) => (d ? `(${d} № ${no})` : `(№ ${no})`),
    executor: 'Орынд.',
    phone: 'тел.',
    bin: 'БСН',
    page: 'бет',
    email: 'e-mail',
  },
  ru: {
    outgoingNo: 'Исх. №',
    dated: (d) => `от ${d}`,
    replyTo: (no, d) => `на вх. № ${no} от ${d}`,
    senderRef: (no, d) => (d ? `(ваш № ${no} от ${d})` : `(ваш № ${no})`),
    executor: 'Исп.',
    phone: 'тел.',
    bin: 'БИН',
    page: 'стр.',
    email: 'e-mail',
  },
  en: {
    outgoingNo: 'Ref. No.',
    dated: (d) => d,
    replyTo: (no, d) => `In reply to your letter, our ref. ${no} of ${d}`,
    senderRef: (no, d) => (d ? `(your ref. ${no} of ${d})` : `(your ref. ${no})`),
    executor: 'Prepared by',
    phone: 'tel.',
    bin: 'BIN',
    page: 'page',
    email: 'e-mail',
  },
};

export function honorific(lang: LetterLang, gender: 'M' | 'F' | undefined): string {
  if (lang === 'kk') return 'Құрметті';
  if (lang === 'en') return 'Dear';
  return gender === 'M' ? 'Уважаемый' : gender === 'F' ? 'Уважаемая' : 'Уважаемый(-ая)';
}

/** A value a placeholder stands for: text, a list, or the rows of a table. */
export type PlaceholderValue = string | readonly string[] | ReadonlyArray<Readonly<Record<string, string>>>;

export function joinList(items: readonly string[]): string {
  return items.join(items.some((s) => s.length > 40 || s.includes(',')) ? '; ' : ', ');
}

/** The addressee's sex for the salutation: given, else from the IIN when the addressee is the subject. */
function addresseeGender(data: LetterData): 'M' | 'F' | undefined {
  if (data.addressee.gender) return data.addressee.gender;
  if (data.subject.iin && !data.addressee.organization && data.addressee.name === data.subject.name) {
    const r = validateIinBin(data.subject.iin);
    if (r.valid && r.kind === 'IIN') return r.sex;
  }
  return undefined;
}

export function companyName(lh: Letterhead, lang: LetterLang): string {
  return lang === 'kk' ? lh.nameKk : lang === 'ru' ? lh.nameRu : lh.nameEn;
}

export function companyAddress(lh: Letterhead, lang: LetterLang): string {
  return lang === 'kk' ? lh.addressKk : lang === 'ru' ? lh.addressRu : lh.addressEn;
}

export const OUTGOING_NUMBER_FIELD = 'outgoing.number';
export const OUTGOING_DATE_FIELD = 'outgoing.date';

/**
 * Every placeholder's value for this letter, formatted for its language. Absent data has no entry.
 * The outgoing number and date come separately, as the text to print: the register gives them at
 * the last moment, inside the transaction that stores the letter.
 */
export function placeholderValues(
  data: LetterData,
  lh: Letterhead,
  outgoing: { number: string; dateText: string },
): Map<string, PlaceholderValue> {
  const lang = data.lang;
  const v = new Map<string, PlaceholderValue>();
  const put = (k: string, x: PlaceholderValue | undefined) => {
    if (x === undefined) return;
    if (typeof x === 'string' && x.trim() === '') return;
    if (typeof x !== 'string' && x.length === 0) return;
    v.set(k, x);
  };
  const date = (k: string, d: string | undefined) => put(k, d ? formatLetterDate(d, lang) : undefined);

  put('company.name', companyName(lh, lang));
  put('company.bin', lh.bin);
  put('company.address', companyAddress(lh, lang));
  put('company.phone', lh.phone);
  put('company.email', lh.email);
  put('company.website', lh.website);

  put(OUTGOING_NUMBER_FIELD, outgoing.number);
  put(OUTGOING_DATE_FIELD, outgoing.dateText);
  put('incoming.number', data.incoming.number);
  date('incoming.date', data.incoming.date);
  put('incoming.senderNumber', data.incoming.senderNumber);
  date('incoming.senderDate', data.incoming.senderDate);

  put('request.number', data.request?.number);
  date('request.receivedDate', data.request?.receivedDate);
  date('request.dueDate', data.request?.dueDate);

  put('addressee.name', data.addressee.name);
  put('addressee.salutationName', data.addressee.salutationName ?? data.addressee.name);
  put('addressee.honorific', honorific(lang, addresseeGender(data)));
  put('addressee.position', data.addressee.position);
  put('addressee.organization', data.addressee.organization);

  put('subject.name', data.subject.name);
  put('subject.iinMasked', data.subject.iin ? maskIin(data.subject.iin) : undefined);
  put('subject.accountId', data.subject.accountId);
  put('representative.name', data.representative?.name);
  put('representative.authority', data.representative?.authority);

  date('decision.date', data.decision?.date);
  put('decision.reasons', data.decision?.reasons);
  put('decision.measures', data.decision?.measures);
  put('decision.findings', data.decision?.findings);
  put('decision.obligations', data.decision?.obligations);
  put('decision.note', data.decision?.note);

  put('identity.documents', data.identity?.documents);
  date('identity.replyBy', data.identity?.replyBy);

  if (data.data) {
    put(
      'data.items',
      data.data.items.map((r, i) => ({
        no: String(i + 1),
        category: r.category,
        value: r.value,
        purpose: r.purpose ?? '—',
        source: r.source ?? '—',
        retention: r.retention ?? '—',
      })),
    );
    put('data.purposes', data.data.purposes);
    put('data.sources', data.data.sources);
    put('data.thirdParties', data.data.thirdParties);
    put('data.delivery', data.data.delivery);
  }
  if (data.rectification) {
    put(
      'rectification.changes',
      data.rectification.changes.map((c, i) => ({ no: String(i + 1), field: c.field, before: c.before || '—', after: c.after })),
    );
  }
  put('blocking.reason', data.blocking?.reason);
  date('blocking.from', data.blocking?.from);
  date('blocking.until', data.blocking?.until);
  put('messages.channels', data.messages?.channels.map((c) => CHANNEL_NAMES[c][lang]));

  const signatory = data.signatory ?? lh.signatory?.[lang];
  put('signatory.name', signatory?.name);
  put('signatory.position', signatory?.position);
  const executor = data.executor ?? lh.executor;
  put('executor.name', executor?.name);
  put('executor.phone', executor?.phone);
  return v;
}
