import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeUpdateSchema, outgoingStatusSchema } from '../../common/contract/mailroom';
import { cancelIncoming, planIncomingUpdate, updateIncoming } from '../../electron/mailroom/intake';
import { cancelOutgoing, setOutgoingStatus } from '../../electron/mailroom/outgoing';
import { draftsKey } from '../../electron/mailroom/drafts';
import { findDuplicates } from '../../electron/mailroom/duplicates';
import { getMailroomSettings, setMailroomSettings } from '../../electron/mailroom/settings';
import { verifyAuditChain } from '../../electron/sql/audit';
import { getIncoming, listIncoming } from '../../electron/mailroom/sql/incoming';
import { listOutbox } from '../../electron/sql/outbox';
import type { Server } from '../../electron/sql/server';
import {
  ACTOR,
  addIncoming,
  addOutgoing,
  at,
  errorOf,
  fileHash,
  ISSUE_SAMPLE,
  parse,
} from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

const NOW = '2026-11-23T06:00:00Z'; // 11:00 in Almaty

describe('incoming register', () => {
  let t: TmpDb;
  let s: Server;
  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at(NOW) });
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('registers the sample from the issue: number, audit entry and sync event in one transaction', () => {
    const e = addIncoming(s, ISSUE_SAMPLE);
    expect(e.incomingNo).toBe('ВХ-2026-000001');
    expect(e).toMatchObject({
      year: 2026,
      seq: 1,
      receivedAt: '2026-11-23T05:05:00.000Z',
      receivedDate: '2026-11-23',
      receivedTime: '10:05',
      channel: 'registered_mail',
      trackingNumber: 'RR123456785KZ',
      trackingWarning: null,
      sender: { kind: 'person', name: 'Айгерім Сейтқали', iin: '900115300122', iinMasked: '900115•••••2' },
      language: 'kk',
      sheets: 1,
      status: 'registered',
      createdBy: ACTOR,
    });
    const audit = s.db.prepare("SELECT * FROM audit_log WHERE action = 'intake.create'").all() as {
      summary: string;
      entity_id: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity_id).toBe(e.uid);
    expect(audit[0]!.summary).toContain('ВХ-2026-000001');
    const events = listOutbox(s.db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventType: 'letter.registered',
      recordType: 'letter',
      recordId: e.uid,
    });
    expect(events[0]!.payload).toMatchObject({
      incomingNumber: 'ВХ-2026-000001',
      receivedOn: '2026-11-23',
      channel: 'registered_mail',
    });
    // No personal data leaves the desk or enters the audit log.
    const outside = JSON.stringify([events, audit]);
    for (const personal of ['Сейтқали', '900115300122', 'Абай', 'Келісімді'])
      expect(outside).not.toContain(personal);
    expect(verifyAuditChain(s.db).ok).toBe(true);
  });

  it('numbers restart at midnight Almaty time on 1 January', () => {
    s.close();
    s = t.open({ clock: at('2027-01-01T03:00:00Z') });
    const base = { ...ISSUE_SAMPLE, trackingNumber: undefined };
    const last2026 = addIncoming(s, { ...base, receivedAt: '2026-12-31T18:59:59Z', summary: 'a' });
    const first2027 = addIncoming(s, { ...base, receivedAt: '2026-12-31T19:00:00Z', summary: 'b' });
    const late2026 = addIncoming(s, { ...base, receivedAt: '2026-12-31T23:59:00+05:00', summary: 'c' });
    const second2027 = addIncoming(s, { ...base, receivedAt: undefined, summary: 'd' }); // receivedAt defaults to now: 08:00 on 1 January
    expect(last2026).toMatchObject({
      incomingNo: 'ВХ-2026-000001',
      receivedDate: '2026-12-31',
      receivedTime: '23:59',
    });
    expect(first2027).toMatchObject({
      incomingNo: 'ВХ-2027-000001',
      receivedDate: '2027-01-01',
      receivedTime: '00:00',
    });
    expect(late2026.incomingNo).toBe('ВХ-2026-000002');
    expect(second2027).toMatchObject({
      incomingNo: 'ВХ-2027-000002',
      receivedAt: '2027-01-01T03:00:00.000Z',
    });
  });

  it('takes the receipt time without an offset as Almaty wall-clock time', () => {
    const e = addIncoming(s, { ...ISSUE_SAMPLE, receivedAt: '2026-11-23T09:30' });
    expect(e.receivedAt).toBe('2026-11-23T04:30:00.000Z');
  });

  it('a cancelled entry keeps its number, with the reason; the next letter takes the next number', () => {
    const base = { ...ISSUE_SAMPLE, trackingNumber: undefined };
    const a = addIncoming(s, { ...base, summary: '1' });
    const b = addIncoming(s, { ...base, summary: '2' });
    const cancelled = cancelIncoming(s, ACTOR, { id: b.id, reason: 'Зарегистрировано по ошибке' });
    expect(cancelled).toMatchObject({
      incomingNo: 'ВХ-2026-000002',
      status: 'cancelled',
      cancelled: { by: ACTOR, reason: 'Зарегистрировано по ошибке' },
    });
    const c = addIncoming(s, { ...base, summary: '3' });
    expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
    expect(c.incomingNo).toBe('ВХ-2026-000003');
    expect(errorOf(() => cancelIncoming(s, ACTOR, { id: b.id, reason: 'again' }))).toMatchObject({
      code: 'CONFLICT',
    });
    // A cancelled entry cannot be edited, and stays listed with its number.
    expect(
      errorOf(() => s.read((db) => planIncomingUpdate(db, b.id, { notes: 'x' }, undefined, s.now()))),
    ).toMatchObject({ code: 'CONFLICT' });
    const page = s.read((db) => listIncoming(db, { sort: { by: 'number', dir: 'asc' } }));
    expect(page.rows.map((r) => [r.incomingNo, r.status])).toEqual([
      ['ВХ-2026-000001', 'registered'],
      ['ВХ-2026-000002', 'cancelled'],
      ['ВХ-2026-000003', 'registered'],
    ]);
    // The audit summary never carries the free-text reason.
    const summaries = (s.db.prepare('SELECT summary FROM audit_log').all() as { summary: string }[])
      .map((r) => r.summary)
      .join('\n');
    expect(summaries).not.toContain('ошибке');
  });

  it('refuses invalid input with every problem named, changing nothing on disk', () => {
    addIncoming(s, ISSUE_SAMPLE);
    s.checkpoint();
    const before = fileHash(t.file);
    const auditBefore = verifyAuditChain(s.db).entries;
    const bad = errorOf(() =>
      addIncoming(s, {
        ...ISSUE_SAMPLE,
        receivedAt: '2026-11-24T10:00:00+05:00', // tomorrow
        trackingNumber: 'RR123456789KZ', // wrong check digit
        sender: { name: 'Сейтқали', iin: '900115300123' }, // wrong IIN check digit
      }),
    );
    expect(bad?.code).toBe('VALIDATION');
    expect(bad?.details).toMatchObject({
      issues: expect.arrayContaining([
        { path: 'receivedAt', code: 'received_in_future' },
        { path: 'trackingNumber', code: 'tracking_check_digit', confirmable: true },
        { path: 'sender.iin', code: 'iin_invalid', reason: 'check_digit', kind: 'IIN' },
      ]),
      unconfirmedWarnings: ['tracking_check_digit'],
    });
    expect(JSON.stringify(bad)).not.toMatch(/900115300123|RR123456789KZ|Сейтқали/);
    expect(
      errorOf(() => addIncoming(s, { ...ISSUE_SAMPLE, trackingNumber: '12345' }))?.details,
    ).toMatchObject({
      issues: [{ path: 'trackingNumber', code: 'tracking_format' }],
    });
    expect(fileHash(t.file)).toBe(before);
    expect(verifyAuditChain(s.db).entries).toBe(auditBefore);
    expect(s.db.prepare('SELECT last_seq FROM register_counters').get()).toEqual({ last_seq: 1 });
  });

  it('saves a tracking warning once confirmed, and records that it was confirmed', () => {
    const e = addIncoming(s, {
      ...ISSUE_SAMPLE,
      trackingNumber: 'rr 1234 5678 9kz',
      confirmWarnings: ['tracking_check_digit'],
    });
    expect(e).toMatchObject({ trackingNumber: 'RR123456789KZ', trackingWarning: 'tracking_check_digit' });
    const domestic = addIncoming(s, {
      ...ISSUE_SAMPLE,
      summary: 'другое',
      trackingNumber: '1000234567',
      confirmWarnings: ['tracking_format'],
    });
    expect(domestic).toMatchObject({ trackingNumber: '1000234567', trackingWarning: 'tracking_format' });
    const audit = s.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'intake.create' ORDER BY id")
      .all() as { summary: string }[];
    expect(audit[0]!.summary).toContain('confirmed: tracking_check_digit');
  });

  it('warns of duplicates by tracking number and by sender, day and summary; a confirmation saves anyway', () => {
    const first = addIncoming(s, ISSUE_SAMPLE);
    const sameTracking = errorOf(() => addIncoming(s, { ...ISSUE_SAMPLE, summary: 'Басқа хат' }));
    expect(sameTracking).toEqual({
      code: 'DUPLICATE',
      details: {
        matches: [
          {
            id: first.id,
            incomingNo: 'ВХ-2026-000001',
            receivedDate: '2026-11-23',
            status: 'registered',
            reasons: ['tracking'],
          },
        ],
      },
    });
    // Same sender (other case and spacing), same Almaty day, same summary (ё/е, quotes and case aside).
    const again = {
      ...ISSUE_SAMPLE,
      trackingNumber: undefined,
      receivedAt: '2026-11-23T10:55:00+05:00',
      sender: { name: '  айгерім   СЕЙТҚАЛИ ' },
      summary: 'келісімді қайтарып алу туралы «өтініш»',
    };
    expect(errorOf(() => addIncoming(s, again))?.details).toMatchObject({
      matches: [{ id: first.id, reasons: ['sender_date_summary'] }],
    });
    const matches = s.read((db) =>
      findDuplicates(
        db,
        {
          trackingNumber: 'rr123456785kz',
          senderName: 'Айгерім Сейтқали',
          summary: ISSUE_SAMPLE.summary,
          receivedAt: new Date('2026-11-23T00:30:00Z'),
        },
        s.now(),
      ),
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      incomingNo: 'ВХ-2026-000001',
      reasons: ['tracking', 'sender_date_summary'],
      sender: { iinMasked: '900115•••••2' },
    });
    expect(JSON.stringify(matches)).not.toContain('900115300122');
    // Another day is not a duplicate.
    expect(addIncoming(s, { ...again, receivedAt: '2026-11-22T10:00:00+05:00' }).incomingNo).toBe(
      'ВХ-2026-000002',
    );
    const confirmed = addIncoming(s, { ...again, confirmWarnings: ['duplicate'] });
    expect(confirmed.incomingNo).toBe('ВХ-2026-000003');
    // A cancelled entry is not a duplicate any more.
    cancelIncoming(s, ACTOR, { id: first.id, reason: 'ошибка' });
    cancelIncoming(s, ACTOR, { id: confirmed.id, reason: 'ошибка' });
    expect(addIncoming(s, ISSUE_SAMPLE).incomingNo).toBe('ВХ-2026-000004');
  });

  it('masks the IIN in list rows; only the entry itself shows it', () => {
    const e = addIncoming(s, ISSUE_SAMPLE);
    const page = s.read((db) => listIncoming(db, {}));
    expect(page.rows[0]!.sender).toEqual({
      kind: 'person',
      name: 'Айгерім Сейтқали',
      address: ISSUE_SAMPLE.sender.address,
      iinMasked: '900115•••••2',
    });
    expect(JSON.stringify(page)).not.toContain('900115300122');
    expect(s.read((db) => getIncoming(db, { incomingNo: e.incomingNo }))!.sender.iin).toBe('900115300122');
  });

  it('edits fields with the same checks; the number and year never change', () => {
    const e = addIncoming(s, ISSUE_SAMPLE);
    const upd = (patch: unknown, confirm?: string[]) => {
      const p = parse(intakeUpdateSchema, {
        id: e.id,
        patch,
        ...(confirm ? { confirmWarnings: confirm } : {}),
      });
      return updateIncoming(s, ACTOR, { id: p.id, patch: p.patch, confirmWarnings: p.confirmWarnings });
    };
    const edited = upd({ notes: 'Конверт повреждён', assignedTo: 'Ахметова Д.' });
    expect(edited).toMatchObject({
      incomingNo: 'ВХ-2026-000001',
      notes: 'Конверт повреждён',
      assignedTo: 'Ахметова Д.',
      sender: { iin: '900115300122' },
    });
    expect(errorOf(() => upd({ receivedAt: '2025-12-31T10:00:00+05:00' }))?.details).toMatchObject({
      issues: [{ path: 'receivedAt', code: 'year_change' }],
    });
    expect(errorOf(() => upd({ trackingNumber: 'RR123456789KZ' }))?.code).toBe('VALIDATION');
    expect(upd({ trackingNumber: 'RR123456789KZ' }, ['tracking_check_digit']).trackingWarning).toBe(
      'tracking_check_digit',
    );
    // Unchanged tracking number: its earlier confirmation stands.
    expect(upd({ summary: 'Өтініш' }).trackingWarning).toBe('tracking_check_digit');
    const audit = s.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'intake.update' ORDER BY id")
      .all() as { summary: string }[];
    expect(audit.map((a) => a.summary)).toEqual([
      'ВХ-2026-000001 edited: notes, assignedTo',
      'ВХ-2026-000001 edited: trackingNumber; confirmed: tracking_check_digit',
      'ВХ-2026-000001 edited: summary',
    ]);
  });
});

describe('outgoing register', () => {
  let t: TmpDb;
  let s: Server;
  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at(NOW) });
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('numbers per year, links the letter it answers, and emits letter.sent only when sent', () => {
    const incoming = addIncoming(s, ISSUE_SAMPLE);
    const reply = addOutgoing(s, {
      addressee: { name: 'Айгерім Сейтқали', address: ISSUE_SAMPLE.sender.address },
      summary: 'Келісімді қайтарып алу туралы өтінішке жауап',
      signatory: 'Директор Б. Оспанов',
      inReplyTo: 'ВХ-2026-000001',
      method: 'registered_mail',
      sheets: 1,
    });
    expect(reply).toMatchObject({
      outgoingNo: 'ИСХ-2026-000001',
      date: '2026-11-23',
      status: 'draft',
      language: 'kk',
      inReplyTo: 'ВХ-2026-000001',
      inReplyToId: incoming.id,
    });
    // A draft reply links the letter; it is answered only once the reply is sent (issue 19, 7).
    const replying = s.read((db) => getIncoming(db, { id: incoming.id }))!;
    expect(replying).toMatchObject({
      status: 'registered',
      replyOutgoingNo: 'ИСХ-2026-000001',
      replies: [{ outgoingNo: 'ИСХ-2026-000001', status: 'draft' }],
    });
    expect(listOutbox(s.db).map((e) => e.eventType)).toEqual(['letter.registered']);

    const status = (input: unknown) => setOutgoingStatus(s, ACTOR, parse(outgoingStatusSchema, input));
    expect(errorOf(() => status({ id: reply.id, status: 'returned' }))).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'status_transition', from: 'draft', to: 'returned' },
    });
    const sent = status({
      id: reply.id,
      status: 'sent',
      trackingNumber: 'RB987654326KZ',
      confirmWarnings: [],
    });
    expect(sent).toMatchObject({
      status: 'sent',
      sentAt: NOW.replace('Z', '.000Z'),
      trackingNumber: 'RB987654326KZ',
    });
    expect(s.read((db) => getIncoming(db, { id: incoming.id }))).toMatchObject({
      status: 'answered',
      replyOutgoingNo: 'ИСХ-2026-000001',
    });
    const ev = listOutbox(s.db).find((e) => e.eventType === 'letter.sent')!;
    expect(ev.payload).toEqual({
      outgoingNumber: 'ИСХ-2026-000001',
      sentOn: '2026-11-23',
      method: 'registered_mail',
      trackingNumber: 'RB987654326KZ',
      inReplyTo: 'ВХ-2026-000001',
      requestId: null,
      language: 'kk',
    });
    expect(status({ id: reply.id, status: 'returned', note: 'адресат выбыл' }).status).toBe('returned');
    expect(s.read((db) => getIncoming(db, { id: incoming.id }))!.status).toBe('answered');

    const second = addOutgoing(s, {
      addressee: { name: 'ТОО «Дала Логистик»' },
      summary: 'Ответ на запрос',
      method: 'courier',
      status: 'sent',
      language: 'ru',
    });
    expect(second).toMatchObject({ outgoingNo: 'ИСХ-2026-000002', status: 'sent' });
    expect(listOutbox(s.db).filter((e) => e.eventType === 'letter.sent')).toHaveLength(2);

    const cancelled = cancelOutgoing(s, ACTOR, { id: reply.id, reason: 'Письмо переоформлено' });
    expect(cancelled).toMatchObject({
      outgoingNo: 'ИСХ-2026-000001',
      status: 'cancelled',
      cancelled: { reason: 'Письмо переоформлено' },
    });
    expect(s.read((db) => getIncoming(db, { id: incoming.id }))).toMatchObject({
      status: 'registered',
      replyOutgoingNo: null,
    });
    expect(addOutgoing(s, { addressee: { name: 'X' }, summary: 'y', method: 'by_hand' }).outgoingNo).toBe(
      'ИСХ-2026-000003',
    );
  });

  it('refuses a reply to an unknown incoming number and a future date', () => {
    const e = errorOf(() =>
      addOutgoing(s, {
        addressee: { name: 'X' },
        summary: 'y',
        method: 'by_hand',
        inReplyTo: 'ВХ-2026-999999',
        date: '2026-12-01',
      }),
    );
    expect(e).toMatchObject({
      code: 'VALIDATION',
      details: {
        issues: [
          { path: 'date', code: 'date_in_future' },
          { path: 'inReplyTo', code: 'reply_not_found' },
        ],
      },
    });
  });
});

describe('settings and drafts key', () => {
  let t: TmpDb;
  let s: Server;
  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at(NOW) });
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('a new number format applies to numbers given from then on; old numbers never change', () => {
    addIncoming(s, ISSUE_SAMPLE);
    expect(s.read((db) => getMailroomSettings(db, s.now()))).toEqual({
      incomingNumberFormat: 'ВХ-{YYYY}-{NNNNNN}',
      outgoingNumberFormat: 'ИСХ-{YYYY}-{NNNNNN}',
      scanMaxBytes: 25 * 1024 * 1024,
      preview: { incoming: 'ВХ-2026-000002', outgoing: 'ИСХ-2026-000001' },
    });
    const bad = errorOf(() =>
      setMailroomSettings(s, ACTOR, { incomingNumberFormat: 'ВХ-{NNNN}', scanMaxBytes: 1 }),
    );
    expect(bad).toMatchObject({
      code: 'VALIDATION',
      details: {
        issues: [
          { path: 'incomingNumberFormat', code: 'number_format', problem: 'missing_year' },
          { path: 'scanMaxBytes', code: 'out_of_range' },
        ],
      },
    });
    const set = setMailroomSettings(s, ACTOR, { incomingNumberFormat: '{NNNN}/{YY}-к' });
    expect(set.preview.incoming).toBe('0002/26-к');
    expect(addIncoming(s, { ...ISSUE_SAMPLE, trackingNumber: null, summary: 'другое' }).incomingNo).toBe(
      '0002/26-к',
    );
    expect(s.read((db) => getIncoming(db, { id: 1 }))!.incomingNo).toBe('ВХ-2026-000001');
  });

  it('hands out one stable random 256-bit drafts key, created on first use', () => {
    const k1 = draftsKey(s, ACTOR);
    expect(k1.algorithm).toBe('AES-GCM');
    expect(Buffer.from(k1.key, 'base64')).toHaveLength(32);
    const auditAfterFirst = verifyAuditChain(s.db).entries;
    expect(draftsKey(s, ACTOR)).toEqual(k1);
    expect(verifyAuditChain(s.db).entries).toBe(auditAfterFirst);
    s.close();
    s = t.open();
    expect(draftsKey(s, ACTOR).key).toBe(k1.key);
  });
});
