// Opening a request from incoming letters (or directly, with a reason), the checks shown before
// saving (duplicates, letters, IIN and minor detection, the deadline it would get), corrections
// after opening, and linking more letters.
import { almatyDay } from '../../common/time/almaty';
import { PdError } from '../../common/errors';
import type { PrecheckResult, RequestDetail } from '../../common/contract/requests';
import { type DeadlineResult } from '../../common/deadlines/deadlines';
import { validateIinBin, type IinResult } from '../../common/identifiers/iin';
import { requestTypeOfDocument } from '../../common/requests/document-types';
import type { OpenRequestParsed } from '../../common/requests/schemas';
import { type RequestLanguage, type RequestType } from '../../common/requests/vocab';
import {
  getRequestRow,
  insertRequest,
  insertSubject,
  takeRequestSeq,
  type RequestRow,
  type SubjectRow,
} from './sql/requests';
import { insertHistory, insertLetterLink, requestsOfLetter } from './sql/records';
import { findIncomingLetter, setLetterDue, type IncomingLetterInfo } from '../mailroom';
import type { DB, Server } from '../sql/server';
import { computeFor, deadlineColumns } from './deadlines';
import { matchKey } from '../../common/mailroom/text';
import { addressKey, findDuplicates } from './duplicates';
import { verifyInTx } from './lifecycle';
import { emitOpened } from './sync-events';
import { detailOf, incomingLetterView, summarize } from './view';

export const REQUEST_ID_PREFIX = 'RQ';

export function formatRequestId(year: number, seq: number): string {
  return `${REQUEST_ID_PREFIX}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The letters named by Вх. № or id; refuses unknown and cancelled ones. Earliest first, no repeats. */
export function resolveLetters(db: DB, refs: ReadonlyArray<string | number>): IncomingLetterInfo[] {
  const byId = new Map<number, IncomingLetterInfo>();
  for (const ref of refs) {
    const l = findIncomingLetter(db, ref);
    if (!l) throw new PdError('REQUEST_LETTER_NOT_FOUND', { letter: ref });
    if (l.status === 'cancelled') throw new PdError('REQUEST_LETTER_CANCELLED', { letter: l.incomingNo });
    byId.set(l.id, l);
  }
  return [...byId.values()].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id);
}

/** Checks an IIN: REQUEST_IIN_INVALID with the reason when it is wrong or a BIN. */
export function checkIin(iin: string, today: string): IinResult {
  const r = validateIinBin(iin, today);
  if (r.kind === 'BIN') throw new PdError('REQUEST_IIN_INVALID', { reason: 'bin' });
  if (!r.valid) throw new PdError('REQUEST_IIN_INVALID', { reason: r.reason });
  return r;
}

export function precheck(
  server: Server,
  input: {
    type: RequestType;
    letters: ReadonlyArray<string | number>;
    subject: { name?: string | null; iin?: string | null; address?: string | null };
    receivedAt?: string | null;
    excludeId?: string | null;
  },
): PrecheckResult {
  const now = server.now();
  const today = almatyDay(now);
  return server.read((db) => {
    const warnings = new Set<string>();
    const letters = input.letters.map((ref) => {
      const l = findIncomingLetter(db, ref);
      return {
        ref,
        found: !!l,
        cancelled: l?.status === 'cancelled',
        letter: l ? incomingLetterView(l) : null,
        linkedRequests: l ? requestsOfLetter(db, l.id) : [],
      };
    });
    for (const l of letters) {
      const t = l.letter?.documentRequestType;
      if (t && t !== input.type) warnings.add('letter_type_differs');
    }
    let iin: PrecheckResult['iin'] = null;
    if (input.subject.iin) {
      const r = validateIinBin(input.subject.iin, today);
      const valid = r.valid && r.kind === 'IIN';
      iin = {
        valid,
        reason: r.kind === 'BIN' ? 'bin' : (r.reason ?? null),
        birthDate: r.birthDate ?? null,
        age: r.age ?? null,
        minor: valid && r.minor === true,
      };
    }
    const minor = iin?.minor === true;
    if (minor) warnings.add('subject_minor');
    const found = letters.filter((l) => l.found && !l.cancelled).map((l) => l.letter!);
    const earliest = [...found].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0];
    let deadline: DeadlineResult | null = null;
    try {
      deadline = computeFor(db, input.type, earliest?.receivedAt ?? input.receivedAt ?? now.toISOString());
      for (const w of deadline.warnings) warnings.add(w);
    } catch {
      deadline = null;
    }
    const dups = findDuplicates(db, {
      type: input.type,
      iin: iin?.valid ? input.subject.iin : null,
      name: input.subject.name ?? null,
      address: input.subject.address ?? null,
      letterIds: found.map((l) => l.id),
      excludeId: input.excludeId ?? null,
    });
    const rows = dups.map((d) => getRequestRow(db, d.id)!);
    const summaries = summarize(db, rows, now);
    return {
      duplicates: summaries.map((s, i) => ({ ...s, match: dups[i]!.match })),
      letters,
      iin,
      minor,
      suggestedType: minor && input.type !== 'minor_deletion' ? 'minor_deletion' : null,
      deadline,
      warnings: [...warnings].sort(),
    };
  });
}

/** A value as stored JSON text; null stays null. */
export function jsonOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}

/** A new request's row: state new, nothing decided yet, the deadline as computed at opening. */
function newRequestRow(o: {
  id: string;
  year: number;
  input: OpenRequestParsed;
  fromLetters: boolean;
  language: RequestLanguage;
  officer: string | null;
  minor: boolean;
  receivedAt: string;
  d: DeadlineResult;
  now: string;
  actor: string;
}): RequestRow {
  const { input, d, now } = o;
  return {
    id: o.id,
    year: o.year,
    seq: Number(o.id.slice(-6)),
    type: input.type,
    state: 'new',
    pausedFrom: null,
    pauseReason: null,
    pausedAt: null,
    requesterRole: input.requesterRole,
    origin: o.fromLetters ? 'letter' : 'direct',
    directReason: o.fromLetters ? null : (input.direct?.reason ?? null),
    language: o.language,
    officer: o.officer,
    minor: o.minor ? 1 : 0,
    receivedAt: o.receivedAt,
    receivedOn: d.received,
    ...deadlineColumns(d),
    verification: 'none',
    verifiedAt: null,
    verifiedBy: null,
    decisionOutcome: null,
    refusalGround: null,
    legalBasis: null,
    decidedAt: null,
    answeredAt: null,
    replyOutgoingNo: null,
    closedAt: null,
    closeOutcome: null,
    erasure: 0,
    purgedAt: null,
    purgeId: null,
    createdAt: now,
    createdBy: o.actor,
    updatedAt: now,
  };
}

/** Opens a request in one transaction: number, subject, letters, history, audit, request.opened. */
export function openRequest(server: Server, actor: string, input: OpenRequestParsed): RequestDetail {
  const id = server.write(actor, (tx) => {
    const db = tx.db;
    const now = tx.now.toISOString();
    const today = almatyDay(tx.now);
    const letters = resolveLetters(db, input.letters);
    const iinInfo = input.subject.iin ? checkIin(input.subject.iin, today) : null;
    const receivedAt = letters[0]?.receivedAt ?? input.direct?.receivedAt ?? now;
    const dups = findDuplicates(db, {
      type: input.type,
      iin: input.subject.iin ?? null,
      name: input.subject.name,
      address: input.subject.address ?? null,
      letterIds: letters.map((l) => l.id),
    });
    if (dups.length && !input.confirmDuplicates)
      throw new PdError('REQUEST_DUPLICATE', {
        duplicates: dups.map((d) => d.id),
        matches: dups.map((d) => d.match),
      });
    const d = computeFor(db, input.type, receivedAt);
    const year = Number(today.slice(0, 4));
    const rid = formatRequestId(year, takeRequestSeq(db, year));
    const firstLang = letters.find(
      (l) => l.language === 'kk' || l.language === 'ru' || l.language === 'en',
    )?.language;
    const language = (input.language ?? firstLang ?? 'ru') as RequestLanguage;
    const officer = input.officer ?? letters.find((l) => l.assignedTo)?.assignedTo ?? null;
    const minor = iinInfo?.minor === true;
    const row = newRequestRow({
      id: rid,
      year,
      input,
      fromLetters: letters.length > 0,
      language,
      officer,
      minor,
      receivedAt,
      d,
      now,
      actor,
    });
    insertRequest(db, row);
    const subject: SubjectRow = {
      requestId: rid,
      name: input.subject.name,
      nameKey: matchKey(input.subject.name),
      iin: input.subject.iin ?? null,
      birthDate: iinInfo?.birthDate ?? null,
      phone: input.subject.phone ?? null,
      email: input.subject.email ?? null,
      address: input.subject.address ?? null,
      addressKey: addressKey(input.subject.address),
      accountId: input.subject.accountId ?? null,
      representative: jsonOrNull(
        input.requesterRole === 'legal_representative' ? input.representative : null,
      ),
      authorizedBody: jsonOrNull(input.requesterRole === 'authorized_body' ? input.authorizedBody : null),
      verification: null,
      directNote: letters.length ? null : (input.direct?.note ?? null),
      notes: null,
    };
    insertSubject(db, subject);
    for (const l of letters) {
      insertLetterLink(db, {
        requestId: rid,
        letterId: l.id,
        incomingNo: l.incomingNo,
        receivedAt: l.receivedAt,
        linkedAt: now,
        linkedBy: actor,
      });
      setLetterDue(db, l.id, d.due, officer, now);
    }
    const warnings = [...d.warnings];
    if (minor) warnings.push('subject_minor');
    if (dups.length) warnings.push('duplicate_confirmed');
    if (
      letters.some(
        (l) => requestTypeOfDocument(l.documentType) && requestTypeOfDocument(l.documentType) !== input.type,
      )
    )
      warnings.push('letter_type_differs');
    insertHistory(db, {
      requestId: rid,
      at: now,
      actor,
      event: 'opened',
      fromState: null,
      toState: 'new',
      reasonCode: letters.length ? 'letter' : `direct:${input.direct?.reason ?? 'other'}`,
      note: dups.length ? `possible duplicates confirmed: ${dups.map((x) => x.id).join(', ')}` : null,
    });
    const from = letters.length
      ? `from ${letters.map((l) => l.incomingNo).join(', ')}`
      : `directly (${input.direct?.reason ?? 'other'})`;
    tx.audit({
      action: 'request.opened',
      entityType: 'request',
      entityId: rid,
      summary:
        `${input.type} request ${from}, requester ${input.requesterRole}, received ${d.received}, due ${d.due}, statutory ${d.statutoryDue}` +
        (warnings.length ? `; warnings: ${warnings.join(', ')}` : '') +
        (dups.length ? `; duplicates confirmed: ${dups.map((x) => x.id).join(', ')}` : ''),
    });
    emitOpened(tx, row, letters[0]?.incomingNo ?? rid, subject.accountId);
    if (input.verification) verifyInTx(tx, actor, getRequestRow(db, rid)!, input.verification, true);
    return rid;
  });
  return server.read((db) => detailOf(db, getRequestRow(db, id)!, server.now()));
}
