// The data of a reply letter, built from a request (for the letters feature, issue 6): the letter
// answered, the addressee (the subject, their representative, or the authorized body), the subject,
// and what the latest decision says, in the request's language. The letters engine validates the
// result against its own schema (letterBodySchema) and renders it.
import { almatyDate } from '../../common/deadlines/deadlines';
import { validateIinBin } from '../../common/identifiers/iin';
import type { LetterBody } from '../../common/letters/input';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import type { AuthorizedBodyView, RepresentativeView } from '../../common/contract/requests';
import type { AccessItem, DecisionParsed } from '../../common/requests/decisions';
import type { RequestLanguage } from '../../common/requests/vocab';
import { getSubjectRow, listActions, listDecisions, listLetterLinks } from '../sql/requests';
import { getIncomingLetters } from '../sql/request-letters';
import type { DB, Server } from '../sql/server';
import { PdError } from '../../common/errors';
import { requireRequest } from './lifecycle';

type L = Record<RequestLanguage, string>;

const RECTIFY_FIELD_NAMES: Record<string, L> = {
  last_name: { kk: 'Тегі', ru: 'Фамилия', en: 'Last name' },
  first_name: { kk: 'Аты', ru: 'Имя', en: 'First name' },
  middle_name: { kk: 'Әкесінің аты', ru: 'Отчество', en: 'Middle name' },
  birth_date: { kk: 'Туған күні', ru: 'Дата рождения', en: 'Date of birth' },
  phone: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
  email: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'E-mail' },
  address: { kk: 'Мекенжай', ru: 'Адрес', en: 'Address' },
};

const DELIVERY_NAMES: Record<string, L> = {
  registered_mail: { kk: 'тапсырыс хатпен', ru: 'заказным письмом', en: 'by registered mail' },
  courier: { kk: 'курьер арқылы', ru: 'курьером', en: 'by courier' },
  by_hand: { kk: 'қолма-қол', ru: 'нарочно', en: 'by hand' },
  electronic: { kk: 'электрондық құжат ретінде', ru: 'электронным документом', en: 'as an electronic document' },
  email: { kk: 'электрондық пошта арқылы', ru: 'по электронной почте', en: 'by e-mail' },
};

const ACTION_MEASURES: Record<string, L> = {
  erase: { kk: 'Дербес және биометриялық деректер жойылды', ru: 'Персональные и биометрические данные удалены', en: 'Personal and biometric data deleted' },
  block: { kk: 'Дербес деректер бұғатталды', ru: 'Персональные данные заблокированы', en: 'Personal data blocked' },
  unblock: { kk: 'Дербес деректер бұғаттан шығарылды', ru: 'Персональные данные разблокированы', en: 'Personal data unblocked' },
  rectify: { kk: 'Дербес деректер түзетілді', ru: 'Персональные данные исправлены', en: 'Personal data rectified' },
  suppress: { kk: 'Хабарламалар жіберу тоқтатылды', ru: 'Рассылка сообщений прекращена', en: 'Messages stopped' },
  export: { kk: 'Деректер көшірмесі дайындалды', ru: 'Подготовлена копия данных', en: 'A copy of the data was prepared' },
};

const IDENTITY_DOCUMENTS: { subject: L; authority: L } = {
  subject: {
    kk: 'Жеке куәлік немесе төлқұжат (түпнұсқасы көрсетіледі, көшірмесі алынбайды)',
    ru: 'Удостоверение личности или паспорт (предъявляется оригинал, копия не снимается)',
    en: 'Identity card or passport (the original is shown; no copy is kept)',
  },
  authority: {
    kk: 'Өкілеттікті растайтын құжат (туу туралы куәлік, қорғаншылық туралы шешім немесе нотариаттық сенімхат)',
    ru: 'Документ, подтверждающий полномочия (свидетельство о рождении, решение об опеке или нотариальная доверенность)',
    en: 'Proof of authority (birth certificate, guardianship decision or notarized power of attorney)',
  },
};

function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

/**
 * A letter's data from a request — what LetterDeps.requestData of the letters feature expects.
 * `lang` is the request's language (the letters feature may override it). NOT_FOUND for an unknown
 * request, REQUEST_PURGED once its personal data is gone.
 */
export function requestLetterData(db: DB, requestId: string, kind: LetterKind): LetterBody & { lang: LetterLang } {
  const r = requireRequest(db, requestId);
  if (r.purgedAt) throw new PdError('REQUEST_PURGED');
  const lang = r.language as RequestLanguage;
  const s = getSubjectRow(db, r.id)!;
  const links = listLetterLinks(db, r.id);
  const first = getIncomingLetters(db, links.map((l) => l.letterId))[0];
  const rep = s.representative ? (JSON.parse(s.representative) as RepresentativeView) : null;
  const body = s.authorizedBody ? (JSON.parse(s.authorizedBody) as AuthorizedBodyView) : null;
  const sex = s.iin ? validateIinBin(s.iin, r.receivedOn).sex : undefined;

  let addressee: LetterBody['addressee'];
  if (r.requesterRole === 'authorized_body' && body) {
    addressee = defined({
      name: body.official ?? body.name,
      position: body.official ?? undefined,
      organization: body.name,
      address: body.address ?? first?.senderAddress ?? '',
    });
  } else if (r.requesterRole === 'legal_representative' && rep) {
    addressee = defined({ name: rep.name, address: rep.address ?? s.address ?? first?.senderAddress ?? '' });
  } else {
    addressee = defined({ name: s.name, gender: sex, address: s.address ?? first?.senderAddress ?? '', email: s.email ?? undefined });
  }
  // The letter always has an address field; an empty one is refused by the letters engine's schema.
  addressee.address ??= '';

  const decisions = listDecisions(db, r.id);
  const last = decisions.at(-1);
  const d = last?.details ? ({ ...(JSON.parse(last.details) as object), type: last.type, outcome: last.outcome } as DecisionParsed) : null;
  const decidedOn = last ? almatyDate(last.decidedAt) : undefined;
  const actions = listActions(db, r.id).filter((a) => !last || a.decisionId === last.id);

  const out: LetterBody & { lang: LetterLang } = {
    lang,
    incoming: first
      ? defined({ number: first.incomingNo, date: first.receivedDate, senderNumber: first.senderRefNumber ?? undefined, senderDate: first.senderRefDate ?? undefined })
      : { number: r.id, date: r.receivedOn },
    request: { id: r.id, number: r.id, type: r.type, receivedDate: r.receivedOn, dueDate: r.dueOn },
    addressee,
    subject: defined({ name: s.name, iin: s.iin ?? undefined, accountId: s.accountId ?? undefined }),
  };
  if (rep) {
    const doc = rep.authorityDocument;
    out.representative = { name: rep.name, authority: [doc.type, doc.number ? `№ ${doc.number}` : '', doc.date ?? '', doc.issuer ?? ''].filter(Boolean).join(', ') };
  }
  if (kind === 'identity_request') {
    out.identity = { documents: r.requesterRole === 'legal_representative' ? [IDENTITY_DOCUMENTS.subject[lang], IDENTITY_DOCUMENTS.authority[lang]] : [IDENTITY_DOCUMENTS.subject[lang]] };
  }
  if (last) {
    const decision: NonNullable<LetterBody['decision']> = {};
    if (decidedOn) decision.date = decidedOn;
    if (last.reasons) decision.reasons = [last.reasons];
    const measures = actions.map((a) => ACTION_MEASURES[a.action]?.[lang]).filter((x): x is string => !!x);
    if (d?.type === 'withdrawal' && d.obligations) decision.obligations = d.obligations;
    if (d?.type === 'complaint') {
      decision.findings = d.findings;
      if (d.measures?.length) measures.push(...d.measures);
    }
    if (d?.type === 'objection') decision.findings = d.decisionText;
    if (d?.type === 'blocking') decision.findings = d.reasonText;
    if (d?.note) decision.note = d.note;
    if (measures.length) decision.measures = measures;
    out.decision = decision;
    if (d?.type === 'access' && d.dataHeld?.length) {
      out.data = defined({
        items: d.dataHeld.map((i: AccessItem) => defined({ ...i }) as { category: string; value: string }),
        purposes: d.purposes?.length ? d.purposes : undefined,
        sources: d.sources?.length ? d.sources : undefined,
        thirdParties: d.thirdParties?.length ? d.thirdParties : undefined,
        delivery: d.delivery ? DELIVERY_NAMES[d.delivery]?.[lang] : undefined,
      }) as NonNullable<LetterBody['data']>;
    }
    if (d?.type === 'rectification') {
      out.rectification = { changes: d.corrections.map((c) => ({ field: RECTIFY_FIELD_NAMES[c.field]?.[lang] ?? c.field, before: c.before ?? '', after: c.after })) };
    }
    if (d?.type === 'blocking' && d.operation === 'block' && decidedOn) {
      out.blocking = defined({ reason: d.reasonText, from: decidedOn, until: d.verificationUntil ?? undefined });
    }
    if (d?.type === 'stop_messages') out.messages = { channels: [...new Set(d.channels)] };
  }
  return out;
}

/** For callers holding the Server: the same data in one read. */
export function getRequestForLetter(server: Server, requestId: string, kind: LetterKind): LetterBody & { lang: LetterLang } {
  return server.read((db) => requestLetterData(db, requestId, kind));
}
