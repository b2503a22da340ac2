// The data of a reply letter, built from a request (for the letters feature, issue 6): the letter
// answered, the addressee (the subject, their representative, or an official of the authorized
// body), the subject, and what the latest decision says — in the letter's language. Typed texts
// are picked for that language (letter-texts.ts); standard wording comes from localized lists; an
// action is reported as done only once central confirmed it. The letters engine validates the
// result against its own schema (letterBodySchema) and renders it.
import { almatyDate } from '../../common/time/almaty';
import { validateIinBin } from '../../common/identifiers/iin';
import type { LetterBody } from '../../common/letters/input';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import {
  ACTION_MEASURES,
  COMPLAINT_MEASURES,
  legalBasisText,
  type ComplaintMeasure,
} from '../../common/letters/phrases';
import type { AuthorizedBodyView, RepresentativeView } from '../../common/contract/requests';
import type { AccessItem, DecisionParsed, LetterTexts } from '../../common/requests/decisions';
import type { RequestLanguage, RequestType } from '../../common/requests/vocab';
import { getSubjectRow } from './sql/requests';
import {
  listActionResults,
  listActions,
  listDecisions,
  listLetterLinks,
  type DecisionRow,
} from './sql/records';
import { getIncomingLetters } from '../mailroom';
import type { DB, Server } from '../sql/server';
import { PdError } from '../../common/errors';
import { requireRequest } from './lifecycle';
import { authorityText, TextPicker } from './letter-texts';
import { actionViews } from './view';

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
  electronic: {
    kk: 'электрондық құжат ретінде',
    ru: 'электронным документом',
    en: 'as an electronic document',
  },
  email: { kk: 'электрондық пошта арқылы', ru: 'по электронной почте', en: 'by e-mail' },
};

const IDENTITY_DOCUMENTS: { subject: L; authority: L } = {
  subject: {
    kk: 'жеке куәлік немесе төлқұжат (түпнұсқасы көрсетіледі, көшірмесі алынбайды)',
    ru: 'удостоверение личности или паспорт (предъявляется оригинал, копия не снимается)',
    en: 'identity card or passport (the original is shown; no copy is kept)',
  },
  authority: {
    kk: 'өкілеттікті растайтын құжат (туу туралы куәлік, қорғаншылық туралы шешім немесе нотариаттық сенімхат)',
    ru: 'документ, подтверждающий полномочия (свидетельство о рождении, решение об опеке или нотариальная доверенность)',
    en: 'proof of authority (birth certificate, guardianship decision or notarised power of attorney)',
  },
};

function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

type Addressee = LetterBody['addressee'];

/** Who the letter goes to: the authorized body's official, the representative, or the subject. */
function addresseeOf(
  role: string,
  s: { name: string; iin: string | null; address: string | null; email: string | null },
  rep: RepresentativeView | null,
  body: AuthorizedBodyView | null,
  fallbackAddress: string,
  receivedOn: string,
): Addressee {
  if (role === 'authorized_body' && body) {
    // Organization, then the official's position as printed, then their name (declined by the
    // letter). Without a named official the letter goes to the organization: no personal salutation.
    const name = body.officialName ?? body.name;
    return defined({
      name,
      gender: body.officialName ? (body.officialGender ?? undefined) : undefined,
      position: body.official ?? undefined,
      organization: body.name,
      address: body.address ?? fallbackAddress,
    }) as Addressee;
  }
  if (role === 'legal_representative' && rep) {
    return defined({
      name: rep.name,
      gender: rep.gender ?? undefined,
      address: rep.address ?? s.address ?? fallbackAddress,
    }) as Addressee;
  }
  const iin = s.iin ? validateIinBin(s.iin, receivedOn) : null;
  const gender = iin?.valid && iin.kind === 'IIN' ? iin.sex : undefined;
  return defined({
    name: s.name,
    gender,
    address: s.address ?? fallbackAddress,
    email: s.email ?? undefined,
  }) as Addressee;
}

function parsedDecision(last: DecisionRow | undefined): (DecisionParsed & { textLang?: string }) | null {
  if (!last?.details) return null;
  return {
    ...(JSON.parse(last.details) as object),
    type: last.type,
    outcome: last.outcome,
  } as DecisionParsed & { textLang?: string };
}

/**
 * A letter's data from a request — what LetterDeps.requestData of the letters feature expects.
 * `asked` is the letter's language (default: the request's). NOT_FOUND for an unknown request,
 * REQUEST_PURGED once its personal data is gone, LETTER_TEXT_MISSING when the decision's typed
 * text exists only in another language.
 */
export function requestLetterData(
  db: DB,
  requestId: string,
  kind: LetterKind,
  asked?: LetterLang,
): LetterBody & { lang: LetterLang } {
  const r = requireRequest(db, requestId);
  if (r.purgedAt) throw new PdError('REQUEST_PURGED');
  const lang = asked ?? (r.language as LetterLang);
  const s = getSubjectRow(db, r.id)!;
  const links = listLetterLinks(db, r.id);
  const first = getIncomingLetters(
    db,
    links.map((l) => l.letterId),
  )[0];
  const rep = s.representative ? (JSON.parse(s.representative) as RepresentativeView) : null;
  const body = s.authorizedBody ? (JSON.parse(s.authorizedBody) as AuthorizedBodyView) : null;
  // The letter always has an address field; an empty one is refused by the letters engine's schema.
  const addressee = addresseeOf(r.requesterRole, s, rep, body, first?.senderAddress ?? '', r.receivedOn);
  addressee.address ??= '';

  // The authority's own reference («№ 27-02/555 от 18.11.2026») is what a reply to it cites.
  const senderNumber =
    first?.senderRefNumber ?? (r.requesterRole === 'authorized_body' ? body?.reference : null) ?? undefined;
  const senderDate =
    first?.senderRefDate ?? (r.requesterRole === 'authorized_body' ? body?.referenceDate : null) ?? undefined;
  const out: LetterBody & { lang: LetterLang } = {
    lang,
    incoming: first
      ? defined({ number: first.incomingNo, date: first.receivedDate, senderNumber, senderDate })
      : defined({ number: r.id, date: r.receivedOn, senderNumber, senderDate }),
    request: { id: r.id, number: r.id, type: r.type, receivedDate: r.receivedOn, dueDate: r.dueOn },
    addressee,
    subject: defined({ name: s.name, iin: s.iin ?? undefined, accountId: s.accountId ?? undefined }),
  };
  if (rep) out.representative = { name: rep.name, authority: authorityText(rep, lang) };
  if (kind === 'minor_deletion_notice' && !rep) {
    // Policy 7.7: the minor's data is deleted and the legal representative told, never the minor.
    throw new PdError(
      'VALIDATION',
      { problem: 'missing_data', kind, lang, missing: ['representative.name'] },
      'errors.LETTER_DATA_MISSING',
    );
  }
  if (kind === 'identity_request') {
    out.identity = {
      documents:
        r.requesterRole === 'legal_representative'
          ? [IDENTITY_DOCUMENTS.subject[lang], IDENTITY_DOCUMENTS.authority[lang]]
          : [IDENTITY_DOCUMENTS.subject[lang]],
    };
  }
  const decisions = listDecisions(db, r.id);
  const last = decisions.at(-1);
  if (last) addDecision(db, out, r, last, lang, kind);
  return out;
}

/** Kinds that only say a letter arrived or ask for documents: a decision's texts are not printed. */
const NO_DECISION_TEXT: readonly LetterKind[] = ['acknowledgment', 'identity_request'];

function addDecision(
  db: DB,
  out: LetterBody & { lang: LetterLang },
  r: { id: string; type: string; language: string },
  last: DecisionRow,
  lang: LetterLang,
  kind: LetterKind,
): void {
  const d = parsedDecision(last);
  const picker = new TextPicker(
    lang,
    d?.textLang ?? r.language,
    (d as { letterTexts?: Partial<Record<string, LetterTexts>> } | null)?.letterTexts,
  );
  const decidedOn = almatyDate(last.decidedAt);
  const views = actionViews(
    listActions(db, r.id).filter((a) => a.decisionId === last.id),
    listActionResults(db, r.id),
  );
  const decision: NonNullable<LetterBody['decision']> = { date: decidedOn };
  decision.legalBasis = legalBasisText(
    r.type as RequestType,
    last.outcome as 'granted' | 'partially_granted' | 'refused',
    lang,
  );
  const reasons = picker.pick('reasons', last.reasons);
  if (reasons) decision.reasons = [reasons];
  // What central was asked to do, worded by whether it has confirmed it.
  const measures = views
    .map((a) => ACTION_MEASURES[a.action]?.[a.status === 'confirmed' ? 'done' : 'ordered'][lang])
    .filter((x): x is string => !!x);
  const erase = views.find((a) => a.action === 'erase');
  if (erase || d?.type === 'withdrawal' || d?.type === 'minor_deletion')
    decision.erasure = erase?.status === 'confirmed' ? 'done' : 'ordered';
  if (d?.type === 'withdrawal') decision.obligations = picker.pick('obligations', d.obligations);
  if (d?.type === 'complaint') {
    decision.findings = picker.pick('findings', d.findings);
    const codes = (d as { measureCodes?: ComplaintMeasure[] }).measureCodes ?? [];
    measures.push(...codes.map((c) => COMPLAINT_MEASURES[c][lang]));
    measures.push(...(picker.pick('measures', d.measures) ?? []));
  }
  if (d?.type === 'objection') {
    decision.findings = picker.pick('findings', d.decisionText);
    decision.automatedProcessingStopped = d.stopAutomatedProcessing;
  }
  if (d?.type === 'blocking') decision.findings = picker.pick('findings', d.reasonText);
  if (measures.length) decision.measures = measures;
  // Any action central has not confirmed yet: the letter says it was ordered, not done.
  if (views.some((a) => a.status !== 'confirmed')) decision.actionsPending = true;
  out.decision = defined(decision);
  if (!NO_DECISION_TEXT.includes(kind)) picker.check();

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
    out.rectification = {
      changes: d.corrections.map((c) => ({
        field: RECTIFY_FIELD_NAMES[c.field]?.[lang] ?? c.field,
        before: c.before ?? '',
        after: c.after,
      })),
    };
  }
  if (d?.type === 'blocking' && d.operation === 'block' && decision.findings) {
    out.blocking = defined({
      reason: decision.findings,
      from: decidedOn,
      until: d.verificationUntil ?? undefined,
    });
  }
  if (d?.type === 'stop_messages') out.messages = { channels: [...new Set(d.channels)] };
}

/** For callers holding the Server: the same data in one read. */
export function getRequestForLetter(
  server: Server,
  requestId: string,
  kind: LetterKind,
  lang?: LetterLang,
): LetterBody & { lang: LetterLang } {
  return server.read((db) => requestLetterData(db, requestId, kind, lang));
}
