// The purge: after a request closes with erasure and the retention period ends, the subject's
// name and IIN are nowhere in the database — not in any table, not in the full-text index, not in
// the file or its WAL — while the tombstone remains and the audit chain verifies.
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outgoingCreateSchema, searchSchema } from '../../common/contract/mailroom';
import { decisionInputSchema } from '../../common/requests';
import { legalBasisFor } from '../../common/requests/decisions';
import { composeFeatures } from '../../electron/app/compose';
import { registerOutgoing } from '../../electron/mailroom/outgoing';
import { searchRegisters } from '../../electron/mailroom/search';
import {
  decide,
  getRequest,
  getRequestSettings,
  listPurges,
  runPurge,
  setRequestSettings,
  transitionRequest,
  updateRequestFields,
} from '../../electron/requests';
import { verifyAuditChain } from '../../electron/sql/audit';
import { verifyDatabase } from '../../electron/sql/maintenance';
import { listOutbox } from '../../electron/sql/outbox';
import {
  AIGERIM,
  allText,
  deliverAll as deliverEvents,
  open,
  openDesk,
  registerLetter,
  type Desk,
} from '../helpers/requests';
import { diskBytes } from '../helpers/tmpdb';

const PURGE = composeFeatures().requests.purge;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Айгерім Сейтқали 900115300122\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'utf8',
);
const NEEDLES = ['Сейтқали', 'сейтқали', 'СЕЙТҚАЛИ', 'Айгерім', 'айгерім', AIGERIM.iin, 'Абай даңғылы'];
const OTHER = { name: 'Иван Петров', iin: '850312301209' };

/** Marks every pending outbox event delivered, as a sync pass would. */
function deliverAll(desk: Desk): void {
  deliverEvents(desk.server);
}

describe('purging a subject’s personal data', () => {
  let desk: Desk;
  let requestId: string;
  let keptId: string;
  let letterNo: string;

  beforeAll(() => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    const l = registerLetter(desk.server, {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
      trackingNumber: 'RR123456785KZ',
      notes: 'Айгерім Сейтқали звонила, просит подтвердить',
      enclosures: 'копия заявления Сейтқали',
      scans: [{ fileName: 'Сейтқали-конверт.pdf', dataBase64: PDF.toString('base64'), kind: 'envelope' }],
    });
    letterNo = l.incomingNo;
    // Another person's letter and request: they must stay untouched.
    const other = registerLetter(desk.server, {
      receivedAt: '2026-11-23T11:00:00+05:00',
      documentType: 'access',
      sender: { name: OTHER.name, iin: OTHER.iin, address: 'Астана, Кенесары 1' },
      summary: 'Запрос доступа',
    });
    keptId = open(desk.server, {
      type: 'access',
      letters: [other.incomingNo],
      requesterRole: 'subject',
      subject: { name: OTHER.name, iin: OTHER.iin, accountId: 'ib-777' },
    }).id;

    const r = open(desk.server, {
      type: 'withdrawal',
      letters: [letterNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, phone: '+77011234567', email: 'aigerim@example.kz', accountId: 'ib-000123' },
      verification: {
        method: 'document',
        documentType: 'id_card',
        numberLast4: '4567',
        issuer: 'МВД РК',
        issuedOn: '2021-03-01',
        note: 'Сейтқали предъявила лично',
      },
    });
    requestId = r.id;
    updateRequestFields(desk.server, 'officer', {
      id: requestId,
      patch: { notes: 'Айгерім просила ответить по-казахски' },
    });
    decide(desk.server, 'officer', {
      id: requestId,
      decision: decisionInputSchema.parse({
        type: 'withdrawal',
        outcome: 'granted',
        obligationsUnfulfilled: false,
        note: 'удалить всё по Сейтқали',
      }),
    });
    // The reply goes out through the outgoing register, addressed to her.
    registerOutgoing(
      desk.server,
      'officer',
      outgoingCreateSchema.parse({
        addressee: { kind: 'person', name: AIGERIM.name, address: AIGERIM.address },
        summary: 'Подтверждение отзыва согласия — Сейтқали',
        inReplyTo: letterNo,
        method: 'registered_mail',
        language: 'kk',
        status: 'sent',
        requestId,
      }),
    );
    transitionRequest(desk.server, 'officer', {
      id: requestId,
      to: 'answered',
      replyOutgoingNo: 'ИСХ-2026-000001',
    });
    transitionRequest(desk.server, 'officer', { id: requestId, to: 'closed' });
  });
  afterAll(() => desk.close());

  it('before: her data is everywhere one would expect', () => {
    const text = allText(desk.server);
    for (const n of NEEDLES.filter((x) => x !== 'СЕЙТҚАЛИ')) expect(text, n).toContain(n);
    expect(
      searchRegisters(desk.server.db, searchSchema.parse({ query: 'сейтқали' })).hits.length,
    ).toBeGreaterThan(0);
    expect(listOutbox(desk.server.db).some((e) => e.payload.iin === AIGERIM.iin)).toBe(true);
  });

  it('nothing is purged before the retention period ends, or while an event has not reached central', () => {
    expect(getRequestSettings(desk.server).retentionDays).toBe(30);
    desk.at('2026-12-20T12:00:00+05:00');
    expect(runPurge(desk.server, 'admin', {}, PURGE)).toMatchObject({ purged: [], deferred: [] });
    desk.at('2026-12-25T12:00:00+05:00');
    const r = runPurge(desk.server, 'admin', {}, PURGE);
    expect(r.purged).toEqual([]);
    expect(r.deferred).toEqual([
      {
        requestId,
        reason: 'events_undelivered',
        events: expect.arrayContaining(['action.requested:pending', 'request.closed:pending']),
      },
    ]);
    const dry = runPurge(desk.server, 'admin', { dryRun: true }, PURGE);
    expect(dry).toMatchObject({ id: null, dryRun: true, deferred: [{ requestId }] });
    expect(getRequest(desk.server, requestId).subject).not.toBeNull();
  });

  it('a dry run shows what would go and changes nothing', () => {
    deliverAll(desk);
    const before = allText(desk.server);
    const runs = listPurges(desk.server, 10).length;
    const dry = runPurge(desk.server, 'admin', { dryRun: true }, PURGE);
    expect(dry.purged.map((p) => p.requestId)).toEqual([requestId]);
    expect(allText(desk.server)).toBe(before);
    expect(listPurges(desk.server, 10)).toHaveLength(runs);
  });

  it('purges: name and IIN leave every table, the FTS index, the file and the WAL; the tombstone and the audit chain remain', () => {
    const report = runPurge(desk.server, 'admin', {}, PURGE);
    expect(report).toMatchObject({
      id: expect.any(Number),
      dryRun: false,
      retentionDays: 30,
      deferred: [],
      checkpointed: true,
      ftsOptimized: [],
    });
    expect(report.purged).toHaveLength(1);
    expect(report.purged[0]).toMatchObject({
      requestId,
      type: 'withdrawal',
      letters: [letterNo],
      replies: ['ИСХ-2026-000001'],
      lettersKept: [],
      sameSubjectElsewhere: [],
      removed: {
        subject: 1,
        letters: 1,
        letterScans: 1,
        replies: 1,
        outboxPayloads: expect.any(Number),
        historyNotes: expect.any(Number),
        decisionTexts: 1,
      },
    });
    expect(report.purged[0]!.removed.outboxPayloads).toBeGreaterThanOrEqual(2);

    // Every text column of every table, and every term in the full-text indexes.
    const text = allText(desk.server);
    for (const n of NEEDLES) expect(text, n).not.toContain(n);
    expect(text).toContain(OTHER.name);
    expect(text).toContain(OTHER.iin);
    expect(searchRegisters(desk.server.db, searchSchema.parse({ query: 'сейтқали' })).hits).toEqual([]);
    expect(searchRegisters(desk.server.db, searchSchema.parse({ query: '900115300122' })).hits).toEqual([]);
    expect(searchRegisters(desk.server.db, searchSchema.parse({ query: 'петров' })).hits.length).toBe(1);

    // The raw bytes of the (encrypted) file and its WAL; the WAL is truncated by the checkpoint.
    const bytes = diskBytes(desk.tmp.file);
    for (const n of NEEDLES) expect(bytes.includes(Buffer.from(n, 'utf8')), n).toBe(false);
    if (existsSync(desk.tmp.file + '-wal')) expect(statSync(desk.tmp.file + '-wal').size).toBe(0);

    // The tombstone: number, type, dates, decision, legal basis.
    const t = getRequest(desk.server, requestId);
    expect(t.subject).toBeNull();
    // The basis is recorded in the request's language (Kazakh here), never a fixed English code.
    const basis = legalBasisFor('withdrawal', 'granted', 'kk');
    expect(basis).toContain('8-бабы');
    expect(t.tombstone).toMatchObject({
      id: requestId,
      type: 'withdrawal',
      receivedOn: '2026-11-23',
      due: '2026-11-24',
      decision: { outcome: 'granted', refusalGround: null, legalBasis: basis },
      closedAt: expect.any(String),
      purgeId: report.id,
    });
    expect(t.decisions[0]).toMatchObject({ outcome: 'granted', details: null, legalBasis: basis });
    expect(t.history.map((h) => h.event)).toContain('purged');
    expect(t.history.every((h) => h.note === null)).toBe(true);
    expect(t.actions).toHaveLength(1);
    expect(t.steps).toEqual([]);
    // The erase event stays in the outbox as delivered, without the IIN.
    const erase = listOutbox(desk.server.db).find(
      (e) => e.eventType === 'action.requested' && e.recordId === requestId,
    )!;
    expect(erase.payload).toEqual({ actionId: t.actions[0]!.id, action: 'erase', redacted: true });
    // The register entry keeps its number and dates.
    expect(
      desk.server.db
        .prepare(
          'SELECT incoming_no, received_date, sender_name, sender_iin FROM incoming_letters WHERE incoming_no = ?',
        )
        .get(letterNo),
    ).toEqual({
      incoming_no: letterNo,
      received_date: '2026-11-23',
      sender_name: '',
      sender_iin: null,
    });
    expect(getRequest(desk.server, keptId).subject).toMatchObject({ name: OTHER.name, iin: OTHER.iin });

    expect(verifyAuditChain(desk.server.db).ok).toBe(true);
    expect(verifyDatabase(desk.server).ok).toBe(true);
    const stored = listPurges(desk.server, 10);
    expect(stored[0]).toEqual(report);
    for (const n of NEEDLES) expect(JSON.stringify(stored)).not.toContain(n);
  });

  it('a purged request cannot change, and a second run finds nothing', () => {
    expect(() =>
      updateRequestFields(desk.server, 'officer', { id: requestId, patch: { officer: 'x' } }),
    ).toThrow(expect.objectContaining({ code: 'REQUEST_PURGED' }));
    expect(runPurge(desk.server, 'admin', {}, PURGE).purged).toEqual([]);
  });

  it('the retention period is a setting', () => {
    expect(setRequestSettings(desk.server, 'admin', { retentionDays: 7 })).toEqual({ retentionDays: 7 });
  });
});
