// The open-request form's values, their defaults (filled in from the incoming letter: a person
// writing is the subject, an organization an authorized body) and the same values as the
// contract's requests.open input.
import type { CallInput } from '../../../../../common/contract';
import type { IncomingEntry } from '../../../../../common/contract/mailroom';
import { requestTypeOfDocument, requestTypeOfKind } from '../../../../../common/requests/document-types';
import {
  REQUEST_LANGUAGES,
  type AUTHORIZED_BODY_KINDS,
  type DIRECT_OPEN_REASONS,
  type REPRESENTATIVE_RELATIONS,
  type RequestType,
  type RequesterRole,
} from '../../../../../common/requests/vocab';
import { almatyLocalToIso, opt } from '../form';
import { EMPTY_SUBJECT, type SubjectValues } from '../SubjectFields';

export interface OpenForm {
  type: string;
  requesterRole: RequesterRole;
  language: string;
  officer: string;
  subject: SubjectValues;
  representative: {
    name: string;
    relation: string;
    gender: string;
    address: string;
    authorityDocument: { type: string; number: string; date: string; issuer: string };
  };
  authorizedBody: {
    kind: string;
    name: string;
    reference: string;
    referenceDate: string;
    official: string;
    officialName: string;
    officialGender: string;
    address: string;
  };
  direct: { reason: string; note: string; receivedAt: string };
}

export type OpenInput = CallInput<'requests.open'>;

export function toInput(v: OpenForm, letterNo: string | null): OpenInput {
  const role = v.requesterRole;
  const rep = v.representative;
  const body = v.authorizedBody;
  return {
    type: (v.type || undefined) as RequestType,
    letters: letterNo ? [letterNo] : [],
    direct: letterNo
      ? undefined
      : {
          reason: (v.direct.reason || undefined) as (typeof DIRECT_OPEN_REASONS)[number],
          note: opt(v.direct.note) ?? '',
          receivedAt: almatyLocalToIso(v.direct.receivedAt),
        },
    requesterRole: role,
    representative:
      role === 'legal_representative'
        ? {
            name: opt(rep.name) ?? '',
            relation: (rep.relation || undefined) as (typeof REPRESENTATIVE_RELATIONS)[number],
            gender: (rep.gender || undefined) as 'M' | 'F' | undefined,
            address: opt(rep.address),
            authorityDocument: {
              type: opt(rep.authorityDocument.type) ?? '',
              number: opt(rep.authorityDocument.number),
              date: opt(rep.authorityDocument.date),
              issuer: opt(rep.authorityDocument.issuer),
            },
          }
        : undefined,
    authorizedBody:
      role === 'authorized_body'
        ? {
            kind: (body.kind || undefined) as (typeof AUTHORIZED_BODY_KINDS)[number],
            name: opt(body.name) ?? '',
            reference: opt(body.reference),
            referenceDate: opt(body.referenceDate),
            official: opt(body.official),
            officialName: opt(body.officialName),
            officialGender: (body.officialGender || undefined) as 'M' | 'F' | undefined,
            address: opt(body.address),
          }
        : undefined,
    subject: {
      name: opt(v.subject.name) ?? '',
      iin: opt(v.subject.iin),
      phone: opt(v.subject.phone),
      email: opt(v.subject.email),
      address: opt(v.subject.address),
      accountId: opt(v.subject.accountId),
    },
    language: (v.language || undefined) as (typeof REQUEST_LANGUAGES)[number],
    officer: opt(v.officer),
  };
}

/**
 * The request type the letter asks for: the kind the clerk picked at intake (issue 19, item 2);
 * only a letter registered before kinds existed (kind not set) is read from its document type.
 */
export function suggestion(letter: IncomingEntry | null): { type: RequestType; byKind: boolean } | null {
  if (!letter) return null;
  const byKind = letter.requestKind !== null;
  const type = byKind ? requestTypeOfKind(letter.requestKind) : requestTypeOfDocument(letter.documentType);
  return type ? { type, byKind } : null;
}

export function openDefaults(letter: IncomingEntry | null): OpenForm {
  const org = letter?.sender.kind === 'organization';
  const lang =
    letter && (REQUEST_LANGUAGES as readonly string[]).includes(letter.language) ? letter.language : 'ru';
  return {
    type: suggestion(letter)?.type ?? '',
    requesterRole: org ? 'authorized_body' : 'subject',
    language: lang,
    officer: letter?.assignedTo ?? '',
    subject: {
      ...EMPTY_SUBJECT,
      name: org ? '' : (letter?.sender.name ?? ''),
      iin: org ? '' : (letter?.sender.iin ?? ''),
      address: org ? '' : (letter?.sender.address ?? ''),
    },
    representative: {
      name: '',
      relation: 'parent',
      gender: '',
      address: '',
      authorityDocument: { type: '', number: '', date: '', issuer: '' },
    },
    authorizedBody: {
      kind: org ? 'ministry' : 'ministry',
      name: org ? (letter?.sender.name ?? '') : '',
      reference: org ? (letter?.senderRef?.number ?? '') : '',
      referenceDate: org ? (letter?.senderRef?.date ?? '') : '',
      official: '',
      officialName: '',
      officialGender: '',
      address: org ? (letter?.sender.address ?? '') : '',
    },
    direct: { reason: '', note: '', receivedAt: '' },
  };
}
