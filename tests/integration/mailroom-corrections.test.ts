// Issue 19, item 10: registered entries are corrected with a trail. Through dispatch, as the
// renderer calls it: the clerk who registered an entry corrects it the same Almaty day (not the
// next, not another clerk's), an officer any time; each correction is one transaction with the
// history rows (before/after), an audit entry naming the fields (personal values left out) and a
// sync event when a field central holds changed; the number never changes.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { listOutbox } from '../../electron/sql/outbox';
import { ISSUE_SAMPLE } from '../helpers/mailroom';
import { tmpDir } from '../helpers/tmpdb';

const PASSWORD = 'correct horse battery';

describe('corrections of registered entries', () => {
  let dir: string;
  let core: AppCore;
  let now: Date;
  let admin: string;
  const call = async (name: string, input: unknown, token: string) =>
    dispatch(HANDLERS, name, input, { core, sessionToken: token });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async (name: string, input: unknown, token: string): Promise<any> => {
    const r = await call(name, input, token);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const signIn = async (username: string, password: string) => {
    const r = (await dispatch(HANDLERS, 'auth.login', { username, password }, { core })) as {
      value: { sessionToken: string };
    };
    return r.value.sessionToken;
  };
  const newUser = async (username: string, role: string) => {
    await ok('users.create', { username, displayName: username, role, password: PASSWORD }, admin);
    const token = await signIn(username, PASSWORD);
    await ok('auth.changePassword', { current: PASSWORD, next: `${PASSWORD} own` }, token);
    return token;
  };

  beforeEach(async () => {
    dir = tmpDir();
    now = new Date('2026-11-25T05:00:00Z'); // 10:00 in Almaty
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 'test',
      clock: () => now,
    });
    core.start();
    const setup = await dispatch(
      HANDLERS,
      'app.setup',
      { admin: { username: 'admin', displayName: 'Admin', password: PASSWORD } },
      { core },
    );
    admin = (setup as { value: { sessionToken: string } }).value.sessionToken;
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the registering clerk corrects the same day; history, audit and sync event in one write', async () => {
    const clerk = await newUser('clerk1', 'clerk');
    const other = await newUser('clerk2', 'clerk');
    const e = await ok('intake.create', ISSUE_SAMPLE, clerk);

    // Another clerk may not correct it.
    expect(await call('intake.update', { id: e.id, patch: { notes: 'x' } }, other)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'correction_not_allowed' } },
    });

    const fixed = await ok(
      'intake.update',
      {
        id: e.id,
        patch: {
          sender: { ...ISSUE_SAMPLE.sender, name: 'Сейтқали Айгерім Болатқызы' },
          channel: 'courier',
        },
      },
      clerk,
    );
    expect(fixed.incomingNo).toBe(e.incomingNo);
    expect(fixed.sender.name).toBe('Сейтқали Айгерім Болатқызы');

    const { corrections } = await ok('mailroom.corrections', { register: 'incoming', id: e.id }, clerk);
    expect(corrections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'clerk1',
          field: 'sender.name',
          before: ISSUE_SAMPLE.sender.name,
          after: 'Сейтқали Айгерім Болатқызы',
        }),
        expect.objectContaining({ field: 'channel', before: 'registered_mail', after: 'courier' }),
      ]),
    );

    const audit = core
      .db()
      .db.prepare("SELECT actor, summary FROM audit_log WHERE action = 'intake.update'")
      .all() as { actor: string; summary: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('clerk1');
    expect(audit[0]!.summary).toContain('sender.name');
    expect(audit[0]!.summary).toContain('channel: registered_mail → courier');
    expect(audit[0]!.summary).not.toContain('Сейтқали');

    const events = listOutbox(core.db().db).filter((ev) => ev.eventType === 'letter.corrected');
    expect(events.map((ev) => ev.payload)).toEqual([
      {
        register: 'incoming',
        incomingNumber: e.incomingNo,
        changed: ['channel'],
        receivedOn: fixed.receivedDate,
        channel: 'courier',
      },
    ]);

    // The next day the clerk no longer may; an officer still may.
    now = new Date('2026-11-26T05:00:00Z');
    admin = await signIn('admin', PASSWORD);
    const clerkNextDay = await signIn('clerk1', `${PASSWORD} own`);
    expect(await call('intake.update', { id: e.id, patch: { notes: 'поздно' } }, clerkNextDay)).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    const officer = await newUser('officer1', 'officer');
    expect((await ok('intake.update', { id: e.id, patch: { notes: 'Исправлено' } }, officer)).notes).toBe(
      'Исправлено',
    );
    const after = await ok('mailroom.corrections', { register: 'incoming', id: e.id }, officer);
    expect(after.corrections[0]).toMatchObject({ actor: 'officer1', field: 'notes', before: null });
  });

  it('an outgoing entry is corrected by an officer; its number stays', async () => {
    const officer = await newUser('officer1', 'officer');
    const out = await ok(
      'outgoing.create',
      {
        addressee: { name: 'ТОО «Дала»' },
        summary: 'Ответ',
        method: 'by_hand',
        status: 'sent',
        language: 'ru',
      },
      officer,
    );
    const fixed = await ok('outgoing.update', { id: out.id, patch: { summary: 'Ответ на запрос' } }, officer);
    expect(fixed.outgoingNo).toBe(out.outgoingNo);
    const { corrections } = await ok('mailroom.corrections', { register: 'outgoing', id: out.id }, officer);
    expect(corrections).toEqual([
      expect.objectContaining({ field: 'summary', before: 'Ответ', after: 'Ответ на запрос' }),
    ]);
    // Nothing central holds changed: no event.
    expect(listOutbox(core.db().db).filter((ev) => ev.eventType === 'letter.corrected')).toEqual([]);
    const lang = await ok('outgoing.update', { id: out.id, patch: { language: 'kk' } }, officer);
    expect(lang.language).toBe('kk');
    expect(
      listOutbox(core.db().db)
        .filter((ev) => ev.eventType === 'letter.corrected')
        .map((ev) => ev.payload),
    ).toEqual([
      expect.objectContaining({
        register: 'outgoing',
        outgoingNumber: out.outgoingNo,
        changed: ['language'],
      }),
    ]);
  });
});
