// The breach register (Law 94-V Art. 25 p.2(8)) on a real encrypted database: the authority
// notice is due 1 working day after the day of detection (the same engine as requests), every
// write commits with its audit entry and a `breach` sync event that the reference central
// accepts; the notices render as DOCX in Kazakh and Russian with the responsible person's
// contact; and the CLI (breach open|list|get|notify).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LETTERHEAD } from '../../common/letters/input';
import { openBreachSchema, type OpenBreachInput } from '../../common/breaches/schemas';
import * as br from '../../electron/breaches';
import { formatRecoveryKey } from '../../electron/core/keys';
import { saveLetterhead } from '../../electron/letters/service';
import { listAudit, verifyAuditChain } from '../../electron/sql/audit';
import { listOutbox } from '../../electron/sql/outbox';
import { runSyncPass } from '../../electron/sync/pass';
import { openDesk, type Desk } from '../helpers/requests';
import { newCentral, TOKEN } from '../helpers/sync-env';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');
const SECRET = 'Айгерім Сейтқали';

const BREACH: OpenBreachInput = {
  // Saturday 21 March 2026, 22:40 UTC = Sunday 22 March in Almaty (Nauryz): due Thursday 26 March.
  detectedAt: '2026-03-21T22:40:00Z',
  description: `Выгрузка списка клиентов (в т.ч. ${SECRET}) отправлена на чужой адрес электронной почты`,
  categories: ['contact', 'iin'],
  subjectsApprox: 120,
  measures: ['Доступ к выгрузке отозван', 'Получатель попросил удалить письмо'],
};

const RESPONSIBLE = {
  name: 'Қасымов Ержан Болатұлы',
  position: {
    kk: 'дербес деректерді өңдеуді ұйымдастыруға жауапты адам',
    ru: 'ответственный за организацию обработки персональных данных',
  },
  phone: '+7 727 300 00 00',
  email: 'privacy@ibusiness.kz',
};

function openOne(desk: Desk, input: OpenBreachInput = BREACH) {
  return br.openBreach(desk.server, 'officer', openBreachSchema.parse(input));
}

describe('breach register (service)', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk('2026-03-23T10:00:00+05:00');
  });
  afterEach(() => desk.close());

  it('opens a breach due 1 working day after the Almaty day of detection, with audit and sync event in one write', () => {
    const b = openOne(desk);
    expect(b).toMatchObject({
      id: 'BR-2026-0001',
      detectedOn: '2026-03-22',
      due: '2026-03-26',
      state: 'open',
      deadlineStatus: 'due_tomorrow',
      warnings: [],
    });
    expect(b.daysLeft).toBe(1); // Monday 23 March (a holiday) → Thursday 26 is the next working day
    const events = listOutbox(desk.server.db).filter((e) => e.recordId === b.id);
    expect(events.map((e) => [e.eventType, e.recordType, e.payload])).toEqual([
      [
        'breach',
        'breach',
        {
          event: 'opened',
          detectedOn: '2026-03-22',
          dueOn: '2026-03-26',
          status: 'open',
          categories: ['contact', 'iin'],
          subjectsApprox: 120,
          authorityNotifiedOn: null,
          subjectsNotice: 'undecided',
        },
      ],
    ]);
    expect(listAudit(desk.server.db, { entityType: 'breach', entityId: b.id }).map((a) => a.action)).toEqual([
      'breach.opened',
    ]);
    // The description can name people: never in the audit log or the outbox.
    expect(JSON.stringify(listAudit(desk.server.db, { entityType: 'breach' }))).not.toContain(SECRET);
    expect(JSON.stringify(listOutbox(desk.server.db))).not.toContain(SECRET);
    expect(verifyAuditChain(desk.server.db).ok).toBe(true);
  });

  it('numbers breaches per year, lists open ones first, refuses a detection in the future', () => {
    const a = openOne(desk);
    const b = openOne(desk, { ...BREACH, detectedAt: '2026-03-20T09:00:00+05:00' });
    expect(b.id).toBe('BR-2026-0002');
    expect(b.due).toBe('2026-03-26'); // Friday 20 March: 21-25 March are days off
    br.notifyAuthority(desk.server, 'officer', {
      id: a.id,
      method: 'electronic',
      reference: 'ИСХ-2026/0101',
      notifiedAt: null,
    });
    const all = br.listBreaches(desk.server, {});
    expect(all.items.map((x) => [x.id, x.state])).toEqual([
      [b.id, 'open'],
      [a.id, 'authority_notified'],
    ]);
    expect(br.listBreaches(desk.server, { running: true }).items.map((x) => x.id)).toEqual([b.id]);
    expect(() => openOne(desk, { ...BREACH, detectedAt: '2026-03-25T10:00:00+05:00' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', messageKey: 'errors.BREACH_DETECTED_IN_FUTURE' }),
    );
  });

  it('notifies the authorized body once (on time or late), updates measures and the subjects decision', () => {
    const b = openOne(desk);
    const m = br.updateMeasures(desk.server, 'officer', { id: b.id, measures: ['Пароли сброшены'] });
    expect(m.measures).toEqual(['Пароли сброшены']);
    desk.at('2026-03-27T10:00:00+05:00');
    const n = br.notifyAuthority(desk.server, 'officer', {
      id: b.id,
      method: 'registered_mail',
      reference: 'ИСХ-2026/0102',
      notifiedAt: null,
    });
    expect(n).toMatchObject({
      state: 'authority_notified',
      notifiedOnTime: false,
      authorityReference: 'ИСХ-2026/0102',
      deadlineStatus: 'done',
    });
    expect(() =>
      br.notifyAuthority(desk.server, 'officer', { id: b.id, method: 'electronic', notifiedAt: null }),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    const s = br.decideSubjectsNotice(desk.server, 'officer', { id: b.id, decision: 'notify', reason: null });
    expect(s.subjectsNotice).toBe('notify');
    const events = listOutbox(desk.server.db)
      .filter((e) => e.recordId === b.id)
      .map((e) => e.payload.event);
    expect(events).toEqual(['opened', 'measures_updated', 'authority_notified', 'subjects_notice_decided']);
    expect(listOutbox(desk.server.db).at(-1)!.payload).toMatchObject({
      status: 'authority_notified',
      authorityNotifiedOn: '2026-03-27',
      subjectsNotice: 'notify',
    });
    expect(() => br.getBreach(desk.server, 'BR-2026-0999')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('a detection in 2027 carries the provisional-calendar warning', () => {
    desk.at('2027-05-14T12:00:00+05:00');
    const b = openOne(desk, { ...BREACH, detectedAt: '2027-05-14T09:00:00+05:00' });
    expect(b).toMatchObject({ due: '2027-05-17', warnings: ['calendar_provisional:2027'] });
  });

  it('renders the notices in Kazakh and Russian with the legal basis and the responsible person; refuses without one', async () => {
    const b = openOne(desk);
    await expect(
      br.breachNotice(desk.server, { id: b.id, kind: 'authority', lang: 'ru', date: null }),
    ).rejects.toMatchObject({ messageKey: 'errors.BREACH_RESPONSIBLE_MISSING' });
    saveLetterhead(desk.server, 'admin', { ...DEFAULT_LETTERHEAD, responsible: RESPONSIBLE });
    const ru = await br.breachNotice(desk.server, { id: b.id, kind: 'authority', lang: 'ru', date: null });
    expect(ru.text).toContain('подпунктом 8) пункта 2 статьи 25');
    expect(ru.text).toContain('22 марта 2026');
    expect(ru.text).toContain(
      'Қасымов Ержан Болатұлы, ответственный за организацию обработки персональных данных, тел. +7 727 300 00 00',
    );
    expect(ru.text).toContain('контактные данные');
    expect(ru.text).toContain('Доступ к выгрузке отозван');
    const kk = await br.breachNotice(desk.server, { id: b.id, kind: 'authority', lang: 'kk', date: null });
    expect(kk.text).toContain('25-бабы 2-тармағының 8) тармақшасына');
    expect(kk.text).toContain('жеке сәйкестендіру нөмірі (ЖСН)');
    const subject = await br.breachNotice(desk.server, { id: b.id, kind: 'subject', lang: 'ru', date: null });
    expect(subject.text).toContain('Вы вправе обжаловать');
    // A real DOCX (zip) file.
    expect(Buffer.from(ru.docxBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('the reference central accepts the breach events', async () => {
    const b = openOne(desk);
    br.notifyAuthority(desk.server, 'officer', { id: b.id, method: 'electronic', notifiedAt: null });
    const central = await newCentral(desk.tmp.dir);
    try {
      const r = await runSyncPass(desk.server, {
        token: TOKEN,
        centralUrl: central.url,
        timeoutMs: 2000,
        backoff: { baseMs: 1, maxMs: 5 },
        maxAttempts: 2,
      });
      expect(r.state).toBe('up_to_date');
      const got = central.store.listEvents().filter((e) => e.recordId === b.id);
      expect(got.map((e) => [e.type, e.recordType, e.payload.event])).toEqual([
        ['breach', 'breach', 'opened'],
        ['breach', 'breach', 'authority_notified'],
      ]);
    } finally {
      await central.close();
    }
  });
});

describe('privacy-desk breach (CLI)', () => {
  let desk: Desk;
  let keyFile: string;
  beforeEach(() => {
    desk = openDesk('2026-03-23T10:00:00+05:00');
    saveLetterhead(desk.server, 'admin', { ...DEFAULT_LETTERHEAD, responsible: RESPONSIBLE });
    desk.server.close();
    keyFile = path.join(desk.tmp.dir, 'desk.key');
    writeFileSync(keyFile, formatRecoveryKey(desk.tmp.key) + '\n');
  });
  afterEach(() => desk.tmp.cleanup());

  function cli(args: string[]) {
    const r = spawnSync(
      process.execPath,
      [BIN, ...args, '--db', desk.tmp.file, '--key-file', keyFile, '--json'],
      { encoding: 'utf8', env: { ...process.env, PRIVACY_DESK_DB: '', PRIVACY_DESK_KEY: '' } },
    );
    return {
      code: r.status,
      json: r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown>) : undefined,
      stderr: r.stderr,
    };
  }

  it('open, list, get and notify (writing the notice DOCX)', () => {
    const file = path.join(desk.tmp.dir, 'breach.json');
    writeFileSync(file, JSON.stringify({ ...BREACH, detectedAt: '2026-03-20T09:00:00+05:00' }));
    const opened = cli(['breach', 'open', file]);
    expect(opened.code).toBe(0);
    expect(opened.json).toMatchObject({
      id: 'BR-2026-0001',
      detectedOn: '2026-03-20',
      due: '2026-03-26',
      state: 'open',
    });
    expect(cli(['breach', 'list', '--running']).json).toMatchObject({ items: [{ id: 'BR-2026-0001' }] });
    expect(cli(['breach', 'get', 'BR-2026-0001']).json).toMatchObject({
      measures: BREACH.measures,
      categories: ['contact', 'iin'],
    });
    const out = path.join(desk.tmp.dir, 'notice.docx');
    const notified = cli([
      'breach',
      'notify',
      'BR-2026-0001',
      '--method',
      'electronic',
      '--reference',
      'ИСХ-2026/0103',
      '--at',
      '2026-03-26T17:00:00+05:00',
      '--lang',
      'ru',
      '--out',
      out,
    ]);
    expect(notified.code).toBe(0);
    expect(notified.json).toMatchObject({ state: 'authority_notified', notifiedOnTime: true, file: out });
    expect(existsSync(out) && readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(cli(['breach', 'notify', 'BR-2026-0001']).code).toBe(1);
    expect(cli(['breach', 'get', 'BR-2026-9999']).code).toBe(1);
    const bad = path.join(desk.tmp.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...BREACH, categories: [] }));
    expect(cli(['breach', 'open', bad]).code).toBe(1);
  });
});
