// How a letter writes dates, names and lists in each language, and the fixed words of the letter
// form (Исх. №, на вх. №, Исп., page numbers). Pure: the preview in the renderer uses it too.
import { formatLongCalendarDate, type DateForm, DATE_FORMS } from '../dates/long-date';
import { validateIinBin, maskIin } from '../identifiers/iin';
import { addresseeDative, genderFromPatronymic, salutationName, splitName, type Gender } from './names';
import type { LetterData, Letterhead } from './input';
import type { LetterLang, MessageChannel } from './kinds';

/** «2026 жылғы 25 қараша», «25 ноября 2026 г.», «25 November 2026» (the one long-date formatter). */
export function formatLetterDate(isoDate: string, lang: LetterLang, form: DateForm = 'nom'): string {
  return formatLongCalendarDate(isoDate, lang, form);
}

/** «18.11.2026»: the reference requisite («На № … от …») writes the date in figures. */
export function formatShortDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * A register number as printed after «Исх. №» / «Шығ. №»: the register's own letter prefix
 * (ИСХ-, ВХ-, OUT- …) is dropped, so the label is not repeated and the number reads the same in
 * every language: ИСХ-2026-000145 → 2026-000145. Numbers without such a prefix print as they are.
 */
export function printedNumber(no: string): string {
  const m = /^\p{L}+[-/ ](?=\d)/u.exec(no);
  return m ? no.slice(m[0].length) : no;
}

export const CHANNEL_NAMES: Record<MessageChannel, Record<LetterLang, string>> = {
  sms: { kk: 'SMS-хабарламалар', ru: 'SMS-сообщения', en: 'SMS messages' },
  whatsapp: { kk: 'WhatsApp хабарламалары', ru: 'сообщения WhatsApp', en: 'WhatsApp messages' },
  telegram: { kk: 'Telegram хабарламалары', ru: 'сообщения Telegram', en: 'Telegram messages' },
  email: { kk: 'электрондық пошта хаттары', ru: 'письма по электронной почте', en: 'e-mails' },
  push: {
    kk: 'мобильді қосымшадағы push-хабарламалар',
    ru: 'push-уведомления в мобильном приложении',
    en: 'push notifications in the mobile app',
  },
  advertising: { kk: 'жарнамалық хабарламалар', ru: 'рекламные рассылки', en: 'advertising messages' },
};

/** The fixed words of the letter form, per language. */
export interface FormLabels {
  outgoingNo: string;
  /** Joins the outgoing number and its date. */
  dated: (date: string) => string;
  /** The reference line to the letter answered (our incoming number, printed; ISO date). */
  replyTo: (no: string, isoDate: string) => string;
  /** The sender's own reference, when it had one (their number as they wrote it; ISO date). */
  senderRef: (no: string, isoDate?: string) => string;
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
    replyTo: (no, d) => `${formatLetterDate(d, 'kk', 'attr')} кір. № ${printedNumber(no)} хатқа`,
    senderRef: (no, d) =>
      d ? `(Сіздің ${formatShortDate(d)} № ${no} хатыңызға)` : `(Сіздің № ${no} хатыңызға)`,
    executor: 'Орынд.',
    phone: 'тел.',
    bin: 'БСН',
    page: 'бет',
    email: 'e-mail',
  },
  ru: {
    outgoingNo: 'Исх. №',
    dated: (d) => `от ${d}`,
    replyTo: (no, d) => `на вх. № ${printedNumber(no)} от ${formatLetterDate(d, 'ru')}`,
    senderRef: (no, d) => (d ? `(на Ваш № ${no} от ${formatShortDate(d)})` : `(на Ваш № ${no})`),
    executor: 'Исп.',
    phone: 'тел.',
    bin: 'БИН',
    page: 'стр.',
    email: 'e-mail',
  },
  en: {
    outgoingNo: 'Ref. No.',
    dated: (d) => d,
    replyTo: (no, d) =>
      `In reply to your letter, our ref. ${printedNumber(no)} of ${formatLetterDate(d, 'en')}`,
    senderRef: (no, d) => (d ? `(your ref. ${no} of ${formatShortDate(d)})` : `(your ref. ${no})`),
    executor: 'Prepared by',
    phone: 'tel.',
    bin: 'BIN',
    page: 'page',
    email: 'e-mail',
  },
};

/**
 * «Құрметті» (Kazakh has one form), «Уважаемый» / «Уважаемая», «Dear». Undefined when the
 * Russian or English form needs the addressee's sex and it is not known: the letter then asks for
 * it, it never prints «Уважаемый(-ая)».
 */
export function honorific(lang: LetterLang, gender: Gender | undefined): string | undefined {
  if (lang === 'kk') return 'Құрметті';
  if (!gender) return undefined;
  if (lang === 'en') return 'Dear';
  return gender === 'M' ? 'Уважаемый' : 'Уважаемая';
}

/** A value a placeholder stands for: text, a list, or the rows of a table. */
export type PlaceholderValue = string | readonly string[] | ReadonlyArray<Readonly<Record<string, string>>>;

export function joinList(items: readonly string[]): string {
  return items.join(items.some((s) => s.length > 40 || s.includes(',')) ? '; ' : ', ');
}

/**
 * The addressee's sex: given with the letter, else from the IIN when the addressee is the subject
 * (its 7th digit), else from the patronymic (-вич / -вна, -ұлы / -қызы).
 */
export function addresseeGender(data: LetterData): Gender | undefined {
  if (data.addressee.gender) return data.addressee.gender;
  if (data.subject.iin && !data.addressee.organization && data.addressee.name === data.subject.name) {
    const r = validateIinBin(data.subject.iin);
    if (r.valid && r.kind === 'IIN' && r.sex) return r.sex;
  }
  return genderFromPatronymic(data.addressee.name);
}

/** An organization addressed without a named official: no personal salutation, no dative name. */
export function addresseeIsOrganization(data: LetterData): boolean {
  const a = data.addressee;
  return !!a.organization && a.name.trim() === a.organization.trim();
}

/** The salutation's name: given, else first name and patronymic; English «Ms Ivanova». */
function salutationFor(data: LetterData, gender: Gender | undefined): string {
  const a = data.addressee;
  if (a.salutationName) return a.salutationName;
  if (data.lang !== 'en') return salutationName(a.name);
  const n = splitName(a.name);
  return `${gender === 'F' ? 'Ms' : 'Mr'} ${n ? n.surname : a.name}`;
}

/** The addressee's name as the address block prints it (dative), or undefined when unknown. */
export function addresseeBlockName(data: LetterData): string | undefined {
  if (data.addressee.dativeName) return data.addressee.dativeName;
  return addresseeDative(data.addressee.name, data.lang, addresseeGender(data)) ?? undefined;
}

export function companyName(lh: Letterhead, lang: LetterLang): string {
  return lang === 'kk' ? lh.nameKk : lang === 'ru' ? lh.nameRu : lh.nameEn;
}

export function companyAddress(lh: Letterhead, lang: LetterLang): string {
  return lang === 'kk' ? lh.addressKk : lang === 'ru' ? lh.addressRu : lh.addressEn;
}

/** The sender's own reference as a letter cites it: «№ 27-02/555 от 18.11.2026», «2026 жылғы 18 қарашадағы № 27-02/555». */
function senderRef(no: string | undefined, date: string | undefined, lang: LetterLang): string | undefined {
  if (!no) return undefined;
  if (lang === 'kk') return date ? `${formatLetterDate(date, 'kk', 'attr')} № ${no}` : `№ ${no}`;
  if (lang === 'ru') return date ? `№ ${no} от ${formatShortDate(date)}` : `№ ${no}`;
  return date ? `No. ${no} of ${formatShortDate(date)}` : `No. ${no}`;
}

/** A table placeholder's rows: each row's cells, led by its number from 1 in the `no` column. */
function numbered<T>(
  items: readonly T[],
  cells: (item: T) => Record<string, string>,
): Record<string, string>[] {
  return items.map((item, i) => ({ no: String(i + 1), ...cells(item) }));
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
  // Every date placeholder also has its Kazakh case forms: {{incoming.date.loc}} «…наурызда».
  const date = (k: string, d: string | undefined) => {
    if (!d) return;
    put(k, formatLetterDate(d, lang));
    for (const f of DATE_FORMS) if (f !== 'nom') put(`${k}.${f}`, formatLetterDate(d, lang, f));
  };

  put('company.name', companyName(lh, lang));
  put('company.bin', lh.bin);
  put('company.address', companyAddress(lh, lang));
  put('company.phone', lh.phone);
  put('company.email', lh.email);
  put('company.website', lh.website);

  put(OUTGOING_NUMBER_FIELD, printedNumber(outgoing.number));
  put(OUTGOING_DATE_FIELD, outgoing.dateText);
  put('incoming.number', printedNumber(data.incoming.number));
  date('incoming.date', data.incoming.date);
  put('incoming.senderNumber', data.incoming.senderNumber);
  date('incoming.senderDate', data.incoming.senderDate);
  put('incoming.senderRef', senderRef(data.incoming.senderNumber, data.incoming.senderDate, lang));

  put('request.number', data.request?.number);
  date('request.receivedDate', data.request?.receivedDate);
  date('request.dueDate', data.request?.dueDate);

  put('addressee.name', data.addressee.name);
  const gender = addresseeGender(data);
  put('addressee.salutationName', salutationFor(data, gender));
  put('addressee.honorific', honorific(lang, gender));
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
  // decision.note is the officer's internal note: never printed, whatever a template says.
  put('decision.legalBasis', data.decision?.legalBasis);
  put('decision.erasureDone', data.decision?.erasure === 'done' ? 'yes' : undefined);
  put('decision.erasureOrdered', data.decision?.erasure === 'ordered' ? 'yes' : undefined);
  put('decision.actionsPending', data.decision?.actionsPending ? 'yes' : undefined);
  put('decision.automatedStopped', data.decision?.automatedProcessingStopped ? 'yes' : undefined);

  put('identity.documents', data.identity?.documents);
  date('identity.replyBy', data.identity?.replyBy);

  if (data.data) {
    put(
      'data.items',
      numbered(data.data.items, (r) => ({
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
      numbered(data.rectification.changes, (c) => ({
        field: c.field,
        before: c.before || '—',
        after: c.after,
      })),
    );
  }
  put('blocking.reason', data.blocking?.reason);
  date('blocking.from', data.blocking?.from);
  date('blocking.until', data.blocking?.until);
  put(
    'messages.channels',
    data.messages?.channels.map((c) => CHANNEL_NAMES[c][lang]),
  );

  const signatory = data.signatory ?? lh.signatory?.[lang];
  put('signatory.name', signatory?.name);
  put('signatory.position', signatory?.position);
  const executor = data.executor ?? lh.executor;
  put('executor.name', executor?.name);
  put('executor.phone', executor?.phone);
  return v;
}
