// Generating, regenerating and sending reply letters. generateLetter() renders everything first,
// then in ONE write transaction: registers the letter in the outgoing register (Исх. №, gap-free),
// fills the number and date into the DOCX, stores the DOCX and its data as a new version, and
// writes the audit entry. Regenerating keeps the number and adds a version, until the letter is
// sent. Marking it sent goes through the register, which checks the tracking number (S10) and
// emits the letter.sent sync event in the same transaction.
import { randomUUID } from 'node:crypto';
import type { BatchItemResult, BatchResult, GenerateResult, LetterInfo } from '../../common/contract/letters';
import type { Channel, ConfirmableWarning } from '../../common/contract/mailroom';
import { PdError, toErrorPayload } from '../../common/errors';
import type { ComposedLetter } from '../../common/letters/compose';
import { almatyDay } from '../../common/time/almaty';
import {
  letterheadSchema,
  letterInputSchema,
  type LetterBody,
  type LetterData,
  type Letterhead,
} from '../../common/letters/input';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import { letterDataMissing, missingFromIssues } from '../../common/letters/missing';
import {
  insertLetter,
  purgeLetterVersions,
  insertLetterVersion,
  letterVersionDocx,
  setLetterVersion,
  writeLetterheadSetting,
} from './sql/letters';
import type { DB, Server, WriteTx } from '../sql/server';
import type { LetterDeps } from './deps';
import type { OutgoingPort } from './outgoing';
import { letterInfo, readLetterhead, requireLetter } from './queries';
import type { DocxRenderer } from './docx';
import { composeFinal, prepareLetter } from './render';
import { sha256 } from './shipped';
import { currentTemplate, ensureStored, getTemplate } from './templates';

export interface GenerateSpec {
  kind: LetterKind;
  /** Default: the request's language, else the previous version's, else the incoming letter's, else ru. */
  lang?: LetterLang;
  requestId?: string;
  data?: LetterBody;
  /** Regenerate this letter (same Исх. №, next version). */
  letterId?: string;
  /** How it will be sent (the register's method); new letters only, default registered_mail. */
  method?: Channel;
  /** What the officer tells the letter about the addressee when the request does not say it. */
  addressee?: AddresseeHints;
}

/** The addressee's sex (Уважаемый / Уважаемая) and the dative form of a name that cannot be declined. */
export interface AddresseeHints {
  gender?: 'M' | 'F';
  dativeName?: string;
}

function withHints<T extends { addressee: LetterBody['addressee'] }>(
  body: T,
  hints: AddresseeHints | undefined,
): T {
  if (!hints || (!hints.gender && !hints.dativeName?.trim())) return body;
  const a = { ...body.addressee };
  if (hints.gender) a.gender = hints.gender;
  if (hints.dativeName?.trim()) a.dativeName = hints.dativeName.trim();
  return { ...body, addressee: a };
}

export function saveLetterhead(server: Server, actor: string, lh: Letterhead): Letterhead {
  const parsed = letterheadSchema.parse(lh);
  return server.write(actor, (tx) => {
    writeLetterheadSetting(tx.db, JSON.stringify(parsed));
    tx.audit({
      action: 'letters.letterhead',
      entityType: 'settings',
      entityId: 'letters.letterhead',
      summary: `letterhead saved${parsed.logo ? ' with logo' : ''}`,
    });
    return parsed;
  });
}

function validData(body: LetterBody, kind: LetterKind, lang: LetterLang): LetterData {
  const parsed = letterInputSchema.omit({ outgoing: true }).safeParse({ ...body, kind, lang });
  if (!parsed.success) {
    // An empty field the request should have filled in (the subject's address) is missing data, said
    // field by field; anything else is invalid input.
    const missing = missingFromIssues(body, parsed.error.issues);
    if (missing) throw letterDataMissing(kind, lang, missing);
    throw new PdError('VALIDATION', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })),
    });
  }
  return parsed.data;
}

function registerAddressee(d: LetterData): {
  kind: 'person' | 'organization';
  name: string;
  address: string;
} {
  const a = d.addressee;
  return {
    kind: a.organization ? 'organization' : 'person',
    name: (a.organization ? `${a.organization}, ${a.name}` : a.name).slice(0, 300),
    address: a.address
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .join(', ')
      .slice(0, 500),
  };
}

/**
 * The reply language: asked for, else the request's, else the letter's previous version's, else
 * the language of the incoming letter answered (as registered), else Russian.
 */
function replyLang(
  db: DB,
  asked: LetterLang | undefined,
  body: { lang?: LetterLang; incoming?: { number: string } },
  previous: LetterLang | undefined,
  deps: LetterDeps,
): LetterLang {
  return (
    asked ??
    body.lang ??
    previous ??
    (body.incoming ? deps.outgoing.incoming(db, body.incoming.number)?.language : null) ??
    'ru'
  );
}

/** A reply answers a registered letter, and says the date it was registered. */
function checkIncoming(db: DB, data: LetterData, deps: LetterDeps): void {
  const reg = deps.outgoing.incoming(db, data.incoming.number);
  if (!reg)
    throw new PdError('VALIDATION', { issues: [{ path: 'incoming.number', code: 'reply_not_found' }] });
  if (reg.receivedDate !== data.incoming.date) {
    throw new PdError('VALIDATION', {
      issues: [{ path: 'incoming.date', code: 'differs_from_register', registered: reg.receivedDate }],
    });
  }
}

export async function generateLetter(
  server: Server,
  actor: string,
  spec: GenerateSpec,
  deps: LetterDeps,
  renderDocx?: DocxRenderer,
): Promise<GenerateResult> {
  const db = server.db;
  const existing = spec.letterId ? requireLetter(db, spec.letterId) : undefined;
  if (existing && existing.kind !== spec.kind)
    throw new PdError('CONFLICT', { reason: 'kind_differs', kind: existing.kind });
  if (existing && existing.status !== 'draft')
    throw new PdError('CONFLICT', { reason: 'letter_not_draft', status: existing.status });
  const previous = existing ? letterVersionDocx(db, existing.id, existing.version)! : undefined;
  if (previous && previous.docx.length === 0)
    throw new PdError('LETTER_PURGED', { version: previous.version });

  // The data: given, else from the request, else (regenerating) the previous version's.
  const requestId = spec.requestId ?? existing?.requestId ?? undefined;
  let body: LetterBody & { lang?: LetterLang };
  if (spec.data) body = spec.data;
  else if (requestId)
    body = deps.requestData(
      db,
      requestId,
      spec.kind,
      spec.lang ?? (existing?.lang as LetterLang | undefined),
    );
  else if (previous) body = JSON.parse(previous.input) as LetterData;
  else throw new PdError('VALIDATION', { issues: [{ path: 'data', code: 'required' }] });
  body = withHints(body, spec.addressee);
  const lang = replyLang(db, spec.lang, body, existing?.lang as LetterLang | undefined, deps);
  const {
    lang: _bodyLang,
    kind: _bodyKind,
    ...rest
  } = body as LetterBody & { lang?: LetterLang; kind?: LetterKind };
  const data = validData(rest, spec.kind, lang);
  checkIncoming(db, data, deps);

  const template = currentTemplate(db, spec.kind, lang, deps.templates);
  const prepared = await prepareLetter(data, template.template, readLetterhead(db), renderDocx);
  const inputJson = JSON.stringify(data);

  const row = server.write(actor, (tx) => {
    ensureStored(tx, template, actor);
    let letterId: string;
    let version: number;
    let outgoing: { id: number; number: string; date: string };
    if (existing) {
      // Re-read inside the transaction: the letter may have been sent since it was loaded.
      const now = requireLetter(tx.db, existing.id);
      if (now.status !== 'draft')
        throw new PdError('CONFLICT', { reason: 'letter_not_draft', status: now.status });
      const prev = letterVersionDocx(tx.db, now.id, now.version)!;
      const prevData = JSON.parse(prev.input) as LetterData;
      const reg = registerAddressee(data);
      const patch: Parameters<OutgoingPort['update']>[2] = {};
      if (JSON.stringify(registerAddressee(prevData)) !== JSON.stringify(reg)) patch.addressee = reg;
      if (prev.lang !== lang) patch.language = lang;
      const signatory = prepared.composed.signatory.name;
      if ((JSON.parse(prev.composed) as ComposedLetter).signatory.name !== signatory)
        patch.signatory = signatory;
      if (Object.keys(patch).length) deps.outgoing.update(tx, now.outgoingId, patch);
      const ref = deps.outgoing.get(tx.db, now.outgoingId)!;
      letterId = now.id;
      version = now.version + 1;
      outgoing = ref;
      setLetterVersion(tx.db, letterId, version, tx.now.toISOString());
    } else {
      outgoing = deps.outgoing.register(tx, actor, {
        addressee: registerAddressee(data),
        summary: template.template.summary,
        signatory: prepared.composed.signatory.name,
        inReplyTo: data.incoming.number,
        method: spec.method ?? 'registered_mail',
        language: lang,
        requestId: requestId ?? null,
      });
      letterId = randomUUID();
      version = 1;
      insertLetter(tx.db, {
        id: letterId,
        requestId: requestId ?? null,
        kind: spec.kind,
        outgoingId: outgoing.id,
        outgoingNo: outgoing.number,
        incomingNo: data.incoming.number,
        version,
        createdAt: tx.now.toISOString(),
        createdBy: actor,
        updatedAt: tx.now.toISOString(),
      });
    }
    const docx = prepared.finalize({ number: outgoing.number, date: outgoing.date });
    const composed = prepared.composedFor({ number: outgoing.number, date: outgoing.date });
    insertLetterVersion(tx.db, {
      letterId,
      version,
      kind: spec.kind,
      lang,
      templateVersion: template.version,
      input: inputJson,
      composed: JSON.stringify(composed),
      docx,
      sha256: sha256(docx),
      bytes: docx.length,
      createdAt: tx.now.toISOString(),
      createdBy: actor,
    });
    tx.audit({
      action: existing ? 'letter.regenerate' : 'letter.generate',
      entityType: 'letter',
      entityId: letterId,
      summary: `${spec.kind} ${lang} ${outgoing.number} version ${version}, template version ${template.version}${requestId ? `, request ${requestId}` : ''}`,
    });
    return requireLetter(tx.db, letterId);
  });
  return { ...letterInfo(row), regenerated: !!existing };
}

/** A letter before it is generated: the number shows as «—», the date is today. */
export function previewDraft(
  server: Server,
  spec: Omit<GenerateSpec, 'letterId' | 'method'> & { templateVersion?: number },
  deps: LetterDeps,
): ComposedLetter {
  const db = server.db;
  let body: LetterBody & { lang?: LetterLang };
  if (spec.data) body = spec.data;
  else if (spec.requestId) body = deps.requestData(db, spec.requestId, spec.kind, spec.lang);
  else throw new PdError('VALIDATION', { issues: [{ path: 'data', code: 'required' }] });
  body = withHints(body, spec.addressee);
  const lang = replyLang(db, spec.lang, body, undefined, deps);
  const { lang: _l, kind: _k, ...rest } = body as LetterBody & { lang?: LetterLang; kind?: LetterKind };
  const data = validData(rest, spec.kind, lang);
  const template = getTemplate(db, spec.kind, lang, spec.templateVersion, deps.templates);
  return composeFinal(
    { ...data, outgoing: { number: '—', date: almatyDay(server.now()) } },
    template.template,
    readLetterhead(db),
  );
}

export interface MarkSentSpec {
  letterId: string;
  /** When it was posted or handed over (ISO date-time or Almaty wall time); default now. */
  at?: string;
  method: Channel;
  /** Required for registered mail; checked as a UPU S10 number by the register. */
  trackingNumber?: string;
  confirmWarnings?: ConfirmableWarning[];
}

export function markSent(server: Server, actor: string, spec: MarkSentSpec, deps: LetterDeps): LetterInfo {
  if (spec.method === 'registered_mail' && !spec.trackingNumber?.trim()) {
    throw new PdError('VALIDATION', { issues: [{ path: 'trackingNumber', code: 'tracking_required' }] });
  }
  return server.write(actor, (tx) => {
    const row = requireLetter(tx.db, spec.letterId);
    const ref = deps.outgoing.markSent(tx, row.outgoingId, {
      at: spec.at,
      method: spec.method,
      trackingNumber: spec.trackingNumber ?? null,
      confirmWarnings: spec.confirmWarnings,
    });
    tx.audit({
      action: 'letter.sent',
      entityType: 'letter',
      entityId: row.id,
      summary: `${ref.number} version ${row.version} sent: ${spec.method}`,
    });
    deps.onSent?.(tx, actor, {
      requestId: row.requestId,
      kind: row.kind,
      outgoingNo: ref.number,
      at: spec.at ?? tx.now.toISOString(),
    });
    return letterInfo(requireLetter(tx.db, row.id));
  });
}

/**
 * Acknowledgments for many requests: each in its own transaction, so one failure (a request
 * without an address, a cancelled letter) never holds the others back; the summary says which
 * failed and why.
 */
export async function batchAcknowledge(
  server: Server,
  actor: string,
  items: readonly (
    { requestId: string; lang?: LetterLang } | { data: LetterBody; lang?: LetterLang; requestId?: string }
  )[],
  deps: LetterDeps,
  onProgress?: (done: number, total: number) => void,
  renderDocx?: DocxRenderer,
): Promise<BatchResult> {
  const out: BatchItemResult[] = [];
  for (const item of items) {
    try {
      const r = await generateLetter(
        server,
        actor,
        {
          kind: 'acknowledgment',
          ...(item.lang ? { lang: item.lang } : {}),
          ...('data' in item ? { data: item.data } : {}),
          ...(item.requestId ? { requestId: item.requestId } : {}),
        },
        deps,
        renderDocx,
      );
      out.push({
        ...(item.requestId ? { requestId: item.requestId } : {}),
        ok: true,
        letterId: r.id,
        outgoingNo: r.outgoingNo,
      });
    } catch (e) {
      out.push({
        ...(item.requestId ? { requestId: item.requestId } : {}),
        ok: false,
        error: toErrorPayload(e),
      });
    }
    onProgress?.(out.length, items.length);
  }
  const succeeded = out.filter((r) => r.ok).length;
  return { total: out.length, succeeded, failed: out.length - succeeded, items: out };
}

/**
 * The letters' part of the requests purge (registered as LETTERS_PERSONAL_DATA): the letters'
 * data, composed text and DOCX are cleared; numbers, kinds, dates and hashes stay. Counts only.
 */
export function purgeRequestLetters(ctx: {
  tx: WriteTx;
  requestId: string;
  outgoingIds: readonly number[];
}): Record<string, number> {
  return { letterVersions: purgeLetterVersions(ctx.tx.db, ctx.requestId, ctx.outgoingIds) };
}
