// The letters service on a real encrypted database with the mailroom's outgoing register:
// generate (Исх. №, DOCX, audit in one transaction), regenerate until sent, mark sent (S10),
// template versions, batch acknowledgments, and that a failure leaves no trace and no gap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PdError } from '../../common/errors';
import type { LetterBody } from '../../common/letters/input';
import { letterText } from '../../common/letters/compose';
import { verifyAuditChain } from '../../electron/sql/audit';
import { getOutgoing } from '../../electron/mailroom/sql/outgoing';
import { listOutbox } from '../../electron/sql/outbox';
import type { Server } from '../../electron/sql/server';
import { mailroomOutgoing } from '../../electron/letters/outgoing';
import {
  batchAcknowledge,
  generateLetter,
  markSent,
  previewDraft,
  purgeRequestLetters,
  saveLetterhead,
} from '../../electron/letters/service';
import { UNWIRED_LETTER_DEPS as LETTER_DEPS, type LetterDeps } from '../../electron/letters/deps';
import {
  getLetter,
  getLetterDocx,
  listLetters,
  previewStored,
  readLetterhead,
} from '../../electron/letters/queries';
import { shippedTemplate } from '../../electron/letters/shipped';
import { currentTemplate, listTemplates, saveTemplate } from '../../electron/letters/templates';
import { letterBody } from '../helpers/letters-fixtures';
import { addIncoming, at } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';
import { lettersCalls } from '../../common/contract/letters';
import { lettersHandlers } from '../../electron/letters/handlers';
import type { AppCore } from '../../electron/app/core';
import type { CallContext } from '../../electron/app/dispatch';

const NOW = '2026-11-25T06:00:00Z'; // 11:00 in Almaty
const OFFICER = 'officer.test';

async function rejection(p: Promise<unknown>): Promise<PdError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PdError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

function thrown(fn: () => unknown): PdError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PdError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('letters service', () => {
  let t: TmpDb;
  let s: Server;
  let incomingNo: string;
  /** The fixture's data, answering the letter registered in this database. */
  const body = (
    kind: Parameters<typeof letterBody>[0],
    lang: Parameters<typeof letterBody>[1] = 'kk',
  ): LetterBody => {
    const b = letterBody(kind, lang);
    return { ...b, incoming: { ...b.incoming, number: incomingNo } };
  };

  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at(NOW) });
    incomingNo = addIncoming(s, {
      receivedAt: '2026-11-23T10:05:00+05:00',
      channel: 'registered_mail',
      trackingNumber: 'RR123456785KZ',
      sender: {
        name: 'Зуһра Сейтқали',
        iin: '900115400018',
        address: 'Алматы қ., Абай даңғылы, 10-үй, 25-пәтер',
      },
      summary: 'Келісімді қайтарып алу туралы өтініш',
      language: 'kk',
      sheets: 1,
    }).incomingNo;
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('generates a letter: Исх. № in the outgoing register, DOCX stored, template version recorded, audited, no sync event yet', async () => {
    const r = await generateLetter(
      s,
      OFFICER,
      {
        kind: 'withdrawal_confirmation',
        lang: 'kk',
        data: body('withdrawal_confirmation'),
        requestId: 'RQ-2026-000077',
      },
      LETTER_DEPS,
    );
    expect(r).toMatchObject({
      kind: 'withdrawal_confirmation',
      lang: 'kk',
      outgoingNo: 'ИСХ-2026-000001',
      outgoingDate: '2026-11-25',
      incomingNo,
      status: 'draft',
      method: 'registered_mail',
      version: 1,
      templateVersion: 1,
      requestId: 'RQ-2026-000077',
      regenerated: false,
    });
    const reg = getOutgoing(s.db, { id: r.outgoingId })!;
    expect(reg).toMatchObject({
      outgoingNo: 'ИСХ-2026-000001',
      inReplyTo: incomingNo,
      language: 'kk',
      status: 'draft',
      requestId: 'RQ-2026-000077',
    });
    expect(reg.summary).toBe(shippedTemplate('withdrawal_confirmation', 'kk').template.summary);

    const file = getLetterDocx(s.db, r.id);
    expect(file.fileName).toBe('ИСХ-2026-000001_withdrawal_confirmation_kk.docx');
    expect(file.docx.subarray(0, 2).toString()).toBe('PK');
    expect(file.docx.length).toBe(r.bytes);
    // The stored preview is what the DOCX says, with the register's number and date.
    const preview = letterText(previewStored(s.db, r.id));
    expect(preview).toContain('Шығ. № 2026-000001');
    expect(preview).toContain('2026 жылғы 25 қараша');
    expect(preview).toContain(`кір. № ${incomingNo.replace(/^ВХ-/, '')}`);

    // The shipped template became version 1 in the database, in the same transaction.
    expect(currentTemplate(s.db, 'withdrawal_confirmation', 'kk')).toMatchObject({
      version: 1,
      stored: true,
      origin: 'shipped',
    });
    const actions = (
      s.db.prepare('SELECT action, summary FROM audit_log ORDER BY id').all() as {
        action: string;
        summary: string;
      }[]
    ).map((a) => a.action);
    expect(actions).toEqual(['intake.create', 'letter_template.adopt', 'outgoing.create', 'letter.generate']);
    expect(listOutbox(s.db).map((e) => e.eventType)).toEqual(['letter.registered']);
    // Audit summaries carry numbers and types, never personal data.
    const audit = JSON.stringify(s.db.prepare('SELECT summary FROM audit_log').all());
    for (const personal of ['Сейтқали', 'Зуһра', '900115400018', 'Абай'])
      expect(audit).not.toContain(personal);
    expect(verifyAuditChain(s.db).ok).toBe(true);
  });

  it('regenerates until sent: same number, next version, language may change; then refuses', async () => {
    const first = await generateLetter(
      s,
      OFFICER,
      { kind: 'refusal', lang: 'kk', data: body('refusal') },
      LETTER_DEPS,
    );
    const again = await generateLetter(
      s,
      OFFICER,
      { kind: 'refusal', letterId: first.id, lang: 'ru', data: body('refusal', 'ru') },
      LETTER_DEPS,
    );
    expect(again).toMatchObject({
      id: first.id,
      outgoingNo: first.outgoingNo,
      version: 2,
      lang: 'ru',
      regenerated: true,
    });
    expect(getOutgoing(s.db, { id: first.outgoingId })!.language).toBe('ru');
    // Without new data, the previous version's data is used.
    const third = await generateLetter(s, OFFICER, { kind: 'refusal', letterId: first.id }, LETTER_DEPS);
    expect(third).toMatchObject({ version: 3, lang: 'ru', outgoingNo: first.outgoingNo });
    expect(getLetter(s.db, first.id).versions.map((v) => [v.version, v.lang])).toEqual([
      [1, 'kk'],
      [2, 'ru'],
      [3, 'ru'],
    ]);
    expect(getLetterDocx(s.db, first.id, 1).docx.equals(getLetterDocx(s.db, first.id, 1).docx)).toBe(true);
    // Only one Исх. № was taken.
    expect((s.db.prepare('SELECT count(*) AS n FROM outgoing_letters').get() as { n: number }).n).toBe(1);

    markSent(
      s,
      OFFICER,
      { letterId: first.id, method: 'registered_mail', trackingNumber: 'RR123456785KZ' },
      LETTER_DEPS,
    );
    const refused = await rejection(
      generateLetter(s, OFFICER, { kind: 'refusal', letterId: first.id }, LETTER_DEPS),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toMatchObject({ reason: 'letter_not_draft', status: 'sent' });
    const other = await rejection(
      generateLetter(s, OFFICER, { kind: 'acknowledgment', letterId: first.id }, LETTER_DEPS),
    );
    expect(other.details).toMatchObject({ reason: 'kind_differs' });
  });

  it('regenerating the same data gives the same DOCX bytes', async () => {
    const a = await generateLetter(
      s,
      OFFICER,
      { kind: 'access_answer', lang: 'ru', data: body('access_answer', 'ru') },
      LETTER_DEPS,
    );
    const b = await generateLetter(s, OFFICER, { kind: 'access_answer', letterId: a.id }, LETTER_DEPS);
    expect(b.version).toBe(2);
    expect(b.sha256).toBe(a.sha256);
  });

  it('marks a letter sent: S10 checked by the register, tracking required for registered mail, letter.sent emitted once', async () => {
    const r = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'ru', data: body('acknowledgment', 'ru') },
      LETTER_DEPS,
    );
    expect(
      thrown(() => markSent(s, OFFICER, { letterId: r.id, method: 'registered_mail' }, LETTER_DEPS)).details,
    ).toMatchObject({
      issues: [{ path: 'trackingNumber', code: 'tracking_required' }],
    });
    const typo = thrown(() =>
      markSent(
        s,
        OFFICER,
        { letterId: r.id, method: 'registered_mail', trackingNumber: 'RR123456789KZ' },
        LETTER_DEPS,
      ),
    );
    expect(typo.code).toBe('VALIDATION');
    expect(typo.details).toMatchObject({ unconfirmedWarnings: ['tracking_check_digit'] });
    expect(getOutgoing(s.db, { id: r.outgoingId })!.status).toBe('draft');

    const sent = markSent(
      s,
      OFFICER,
      {
        letterId: r.id,
        method: 'registered_mail',
        trackingNumber: 'rr 1234 5678 5kz',
        at: '2026-11-25T10:30',
      },
      LETTER_DEPS,
    );
    expect(sent).toMatchObject({
      status: 'sent',
      trackingNumber: 'RR123456785KZ',
      method: 'registered_mail',
    });
    const events = listOutbox(s.db).filter((e) => e.eventType === 'letter.sent');
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      outgoingNumber: r.outgoingNo,
      trackingNumber: 'RR123456785KZ',
      method: 'registered_mail',
      sentOn: '2026-11-25',
    });
    expect(
      thrown(() =>
        markSent(
          s,
          OFFICER,
          { letterId: r.id, method: 'registered_mail', trackingNumber: 'RR123456785KZ' },
          LETTER_DEPS,
        ),
      ).code,
    ).toBe('CONFLICT');
    expect(verifyAuditChain(s.db).ok).toBe(true);
  });

  it('a courier or by-hand letter needs no S10 number; the method is updated in the register', async () => {
    const r = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'kk', data: body('acknowledgment') },
      LETTER_DEPS,
    );
    const sent = markSent(s, OFFICER, { letterId: r.id, method: 'by_hand' }, LETTER_DEPS);
    expect(sent).toMatchObject({ status: 'sent', method: 'by_hand', trackingNumber: null });
  });

  it('refuses data that lacks what the template needs, and then takes no number (gap-free)', async () => {
    const { decision: _d, ...noReasons } = body('refusal');
    const e = await rejection(
      generateLetter(s, OFFICER, { kind: 'refusal', lang: 'kk', data: noReasons }, LETTER_DEPS),
    );
    expect(e).toMatchObject({ code: 'LETTER_DATA_MISSING', messageKey: 'errors.LETTER_DATA_MISSING' });
    expect(e.details).toMatchObject({ missing: ['decision.legalBasis', 'decision.reasons'] });
    // An empty address is missing data too, named by its field (not a bare VALIDATION), without values.
    const ack = body('acknowledgment');
    const ackTo = (addressee: Partial<typeof ack.addressee>) =>
      rejection(
        generateLetter(
          s,
          OFFICER,
          {
            kind: 'acknowledgment',
            lang: 'kk',
            data: { ...ack, addressee: { ...ack.addressee, ...addressee } },
          },
          LETTER_DEPS,
        ),
      );
    const noAddress = await ackTo({ address: ' ' });
    expect(noAddress).toMatchObject({
      code: 'LETTER_DATA_MISSING',
      details: { missing: ['addressee.address'] },
    });
    expect(JSON.stringify(noAddress.details)).not.toContain(ack.addressee.name);
    // A wrong format stays a validation error.
    const badEmail = await ackTo({ email: 'nope' });
    expect(badEmail.code).toBe('VALIDATION');
    // A reply answers a registered letter, on the date it was registered.
    const unknown = await rejection(
      generateLetter(
        s,
        OFFICER,
        {
          kind: 'acknowledgment',
          lang: 'kk',
          data: { ...body('acknowledgment'), incoming: { number: 'ВХ-2026-999999', date: '2026-11-23' } },
        },
        LETTER_DEPS,
      ),
    );
    expect(unknown.details).toEqual({ issues: [{ path: 'incoming.number', code: 'reply_not_found' }] });
    const wrongDate = await rejection(
      generateLetter(
        s,
        OFFICER,
        {
          kind: 'acknowledgment',
          lang: 'kk',
          data: { ...body('acknowledgment'), incoming: { number: incomingNo, date: '2026-11-22' } },
        },
        LETTER_DEPS,
      ),
    );
    expect(wrongDate.details).toEqual({
      issues: [{ path: 'incoming.date', code: 'differs_from_register', registered: '2026-11-23' }],
    });
    expect((s.db.prepare('SELECT count(*) AS n FROM outgoing_letters').get() as { n: number }).n).toBe(0);
    expect((s.db.prepare('SELECT count(*) AS n FROM letters').get() as { n: number }).n).toBe(0);
    expect((s.db.prepare('SELECT count(*) AS n FROM letter_templates').get() as { n: number }).n).toBe(0);
    const ok = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'kk', data: body('acknowledgment') },
      LETTER_DEPS,
    );
    expect(ok.outgoingNo).toBe('ИСХ-2026-000001');
  });

  it('a failure after the number is taken rolls everything back: no number used, nothing stored', async () => {
    const failing: LetterDeps = {
      ...LETTER_DEPS,
      outgoing: {
        ...mailroomOutgoing,
        register: (tx, actor, entry) => {
          mailroomOutgoing.register(tx, actor, entry);
          throw new Error('disk full');
        },
      },
    };
    await expect(
      generateLetter(
        s,
        OFFICER,
        { kind: 'acknowledgment', lang: 'kk', data: body('acknowledgment') },
        failing,
      ),
    ).rejects.toThrow('disk full');
    expect((s.db.prepare('SELECT count(*) AS n FROM outgoing_letters').get() as { n: number }).n).toBe(0);
    const ok = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'kk', data: body('acknowledgment') },
      LETTER_DEPS,
    );
    expect(ok.outgoingNo).toBe('ИСХ-2026-000001');
  });

  it('generating by request is refused clearly until requests are wired', async () => {
    const e = await rejection(
      generateLetter(s, OFFICER, { kind: 'acknowledgment', requestId: 'RQ-2026-000001' }, LETTER_DEPS),
    );
    expect(e).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.LETTER_REQUESTS_NOT_WIRED' });
  });

  it('template edits: refused with every problem, else saved as the next version and used (and recorded) by new letters', async () => {
    const shipped = shippedTemplate('acknowledgment', 'ru');
    const bad = thrown(() =>
      saveTemplate(s, 'admin.test', {
        kind: 'acknowledgment',
        lang: 'ru',
        source: shipped.source.replace('{{incoming.number}}', '{{incoming.nomer}'),
      }),
    );
    expect(bad.code).toBe('VALIDATION');
    expect((bad.details!.problems as { code: string }[]).map((p) => p.code).sort()).toEqual([
      'missing_placeholder',
      'unbalanced_braces',
    ]);
    expect((s.db.prepare('SELECT count(*) AS n FROM letter_templates').get() as { n: number }).n).toBe(0);

    const edited = shipped.source.replace('При переписке по данному вопросу', 'В переписке по этому вопросу');
    const saved = saveTemplate(s, 'admin.test', {
      kind: 'acknowledgment',
      lang: 'ru',
      source: edited,
      note: 'wording',
    });
    // The shipped default is kept as version 1, the edit is version 2.
    expect(saved).toMatchObject({ version: 2, origin: 'admin' });
    expect(listTemplates(s.db).find((x) => x.kind === 'acknowledgment' && x.lang === 'ru')).toMatchObject({
      version: 2,
      origin: 'admin',
      storedVersions: 2,
      shippedUpdateAvailable: false,
    });
    const r = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'ru', data: body('acknowledgment', 'ru') },
      LETTER_DEPS,
    );
    expect(r.templateVersion).toBe(2);
    expect(letterText(previewStored(s.db, r.id))).toContain('В переписке по этому вопросу');
    // Stored versions are never changed.
    expect(() => s.db.prepare("UPDATE letter_templates SET source = 'x'").run()).toThrow(/never changed/);
  });

  it('previews a letter before it is generated, without taking a number', () => {
    const l = previewDraft(
      s,
      { kind: 'blocking_notice', lang: 'ru', data: body('blocking_notice', 'ru') },
      LETTER_DEPS,
    );
    expect(l.reference.outgoing).toBe('Исх. № —');
    expect(l.reference.dated).toBe('от 25 ноября 2026 г.');
    expect(letterText(l)).toContain('заблокированы на период проверки');
    expect((s.db.prepare('SELECT count(*) AS n FROM outgoing_letters').get() as { n: number }).n).toBe(0);
  });

  it('batch acknowledgments: each in its own transaction, with a summary of what failed and why', async () => {
    const good = body('acknowledgment');
    const progress: number[] = [];
    const r = await batchAcknowledge(
      s,
      OFFICER,
      [
        { data: good, requestId: 'RQ-1' }, // kk: the language of the incoming letter
        { data: { ...good, incoming: { number: 'ВХ-2026-424242', date: '2026-11-23' } }, requestId: 'RQ-2' },
        { data: good, lang: 'ru', requestId: 'RQ-3' },
        { requestId: 'RQ-4' },
      ],
      LETTER_DEPS,
      (done) => progress.push(done),
    );
    expect(r).toMatchObject({ total: 4, succeeded: 2, failed: 2 });
    expect(r.items.map((i) => [i.requestId, i.ok, i.outgoingNo ?? i.error?.code])).toEqual([
      ['RQ-1', true, 'ИСХ-2026-000001'],
      ['RQ-2', false, 'VALIDATION'],
      ['RQ-3', true, 'ИСХ-2026-000002'],
      ['RQ-4', false, 'NOT_FOUND'],
    ]);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(
      listLetters(s.db)
        .map((l) => l.lang)
        .sort(),
    ).toEqual(['kk', 'ru']);
    expect(listLetters(s.db, { requestId: 'RQ-3' })).toHaveLength(1);
  });

  it('letterhead settings: validated, audited, used by the next letter', async () => {
    const lh = { ...readLetterhead(s.db), phone: '+7 727 355 00 00', email: 'privacy@ibusiness.asia' };
    saveLetterhead(s, 'admin.test', lh);
    expect(readLetterhead(s.db)).toEqual(lh);
    const r = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'kk', data: body('acknowledgment') },
      LETTER_DEPS,
    );
    expect(previewStored(s.db, r.id).letterhead.contacts).toBe(
      'тел. +7 727 355 00 00, e-mail: privacy@ibusiness.asia, ibusiness.asia',
    );
    expect(() => saveLetterhead(s, 'admin.test', { ...lh, bin: '12345' })).toThrow();
  });

  it('contract calls: inputs parsed by the contract, handlers answer with what the renderer needs', async () => {
    type Name = keyof typeof lettersCalls;
    const ctx = {
      core: { db: () => s } as unknown as AppCore,
      actor: OFFICER,
      role: 'officer',
    } as CallContext;
    const call = async (name: Name, input: unknown) => {
      const parsed = lettersCalls[name].input.parse(input);
      return (lettersHandlers(LETTER_DEPS)[name] as (i: unknown, c: CallContext) => unknown)(parsed, ctx);
    };
    const kinds = (await call('letters.kinds', {})) as { kinds: { kind: string }[]; langs: string[] };
    expect(kinds.kinds).toHaveLength(14);
    expect(kinds.langs).toEqual(['kk', 'ru', 'en']);

    const gen = (await call('letters.generate', {
      kind: 'stop_messages_confirmation',
      data: body('stop_messages_confirmation'),
    })) as { id: string; lang: string; outgoingNo: string };
    expect(gen).toMatchObject({ lang: 'kk', outgoingNo: 'ИСХ-2026-000001' });
    const file = (await call('letters.get', { letterId: gen.id })) as {
      docxBase64: string;
      fileName: string;
      letter: { versions: unknown[] };
    };
    expect(Buffer.from(file.docxBase64, 'base64').equals(getLetterDocx(s.db, gen.id).docx)).toBe(true);
    expect(file.letter.versions).toHaveLength(1);
    const preview = (await call('letters.preview', { letterId: gen.id })) as { text: string };
    expect(preview.text).toContain('SMS-хабарламалар, WhatsApp хабарламалары, жарнамалық хабарламалар');
    const draft = (await call('letters.preview', {
      kind: 'acknowledgment',
      lang: 'en',
      data: body('acknowledgment', 'en'),
    })) as { text: string };
    expect(draft.text).toContain('Ref. No. —');
    expect(((await call('letters.list', {})) as { letters: unknown[] }).letters).toHaveLength(1);

    const tpl = (await call('letters.templates.get', { kind: 'refusal', lang: 'kk' })) as {
      version: number;
      stored: boolean;
      source: string;
      placeholders: string[];
    };
    expect(tpl).toMatchObject({ version: 1, stored: false });
    expect(tpl.placeholders).toContain('decision.reasons');
    const check = (await call('letters.templates.check', {
      kind: 'refusal',
      lang: 'kk',
      source: tpl.source.replace('decision.reasons', 'decision.reason'),
    })) as { ok: boolean; problems: { code: string }[] };
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.code)).toContain('unknown_placeholder');
    const saved = (await call('letters.templates.save', {
      kind: 'refusal',
      lang: 'kk',
      source: tpl.source + '# edited\n',
    })) as { version: number; history: unknown[] };
    expect(saved.version).toBe(2);
    expect(saved.history).toHaveLength(2);
    const listed = (await call('letters.templates.list', {})) as {
      templates: unknown[];
      placeholders: Record<string, unknown>;
    };
    expect(listed.templates).toHaveLength(42);
    expect(Object.keys(listed.placeholders)).toContain('subject.name');

    const sent = (await call('letters.markSent', { letterId: gen.id, method: 'courier' })) as {
      status: string;
    };
    expect(sent.status).toBe('sent');
    const batch = (await call('letters.batchAcknowledge', { requestIds: ['RQ-2026-000001'] })) as {
      failed: number;
    };
    expect(batch.failed).toBe(1);
    expect(lettersCalls['letters.generate'].input.safeParse({ kind: 'refusal' }).success).toBe(false);
    expect(
      lettersCalls['letters.preview'].input.safeParse({ letterId: gen.id, kind: 'refusal' }).success,
    ).toBe(false);
  });

  it('the requests purge clears what the letters said; numbers, dates and hashes stay', async () => {
    const a = await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', lang: 'kk', data: body('acknowledgment'), requestId: 'RQ-9' },
      LETTER_DEPS,
    );
    await generateLetter(
      s,
      OFFICER,
      { kind: 'acknowledgment', letterId: a.id, data: body('acknowledgment') },
      LETTER_DEPS,
    );
    const other = await generateLetter(
      s,
      OFFICER,
      { kind: 'refusal', lang: 'kk', data: body('refusal'), requestId: 'RQ-10' },
      LETTER_DEPS,
    );
    const counts = s.write('purge.test', (tx) => {
      tx.audit({ action: 'request.purge', entityType: 'request', entityId: 'RQ-9', summary: 'test purge' });
      return purgeRequestLetters({ tx, requestId: 'RQ-9', outgoingIds: [] });
    });
    expect(counts).toEqual({ letterVersions: 2 });
    const rows = s.db
      .prepare('SELECT input, composed, length(docx) AS n FROM letter_versions WHERE letter_id = ?')
      .all(a.id) as { input: string; composed: string; n: number }[];
    expect(rows).toEqual([
      { input: '{}', composed: '{}', n: 0 },
      { input: '{}', composed: '{}', n: 0 },
    ]);
    expect(getLetter(s.db, a.id)).toMatchObject({
      outgoingNo: a.outgoingNo,
      sha256: expect.any(String),
      bytes: a.bytes,
    });
    expect(thrown(() => getLetterDocx(s.db, a.id)).code).toBe('LETTER_PURGED');
    expect(thrown(() => previewStored(s.db, a.id)).code).toBe('LETTER_PURGED');
    expect(
      (await rejection(generateLetter(s, OFFICER, { kind: 'acknowledgment', letterId: a.id }, LETTER_DEPS)))
        .code,
    ).toBe('LETTER_PURGED');
    // Another request's letter is untouched; by outgoing id it goes too.
    expect(getLetterDocx(s.db, other.id).docx.length).toBe(other.bytes);
    const byOutgoing = s.write('purge.test', (tx) => {
      tx.audit({ action: 'request.purge', entityType: 'request', entityId: 'RQ-x', summary: 'test purge' });
      return purgeRequestLetters({ tx, requestId: 'RQ-x', outgoingIds: [other.outgoingId] });
    });
    expect(byOutgoing).toEqual({ letterVersions: 1 });
  });
});
