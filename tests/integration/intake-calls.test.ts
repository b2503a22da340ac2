// The mailroom's contract calls through dispatch, as the renderer makes them: signed-in staff,
// roles enforced, results and errors as data.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { ISSUE_SAMPLE, TINY_PNG } from '../helpers/mailroom';
import { tmpDir } from '../helpers/tmpdb';

const PASSWORD = 'correct horse battery';

describe('mailroom contract calls', () => {
  let dir: string;
  let core: AppCore;
  let admin: string;
  let clerk: string;
  let auditor: string;
  const call = async (name: string, input: unknown, token: string) =>
    dispatch(HANDLERS, name, input, { core, sessionToken: token });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async (name: string, input: unknown, token: string): Promise<any> => {
    const r = await call(name, input, token);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  };

  beforeEach(async () => {
    dir = tmpDir();
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 'test',
      clock: () => new Date('2026-11-25T05:00:00Z'),
    });
    core.start();
    const setup = await dispatch(
      HANDLERS,
      'app.setup',
      { admin: { username: 'admin', displayName: 'Admin', password: PASSWORD } },
      { core },
    );
    admin = (setup as { value: { sessionToken: string } }).value.sessionToken;
    for (const [username, role] of [
      ['clerk1', 'clerk'],
      ['auditor1', 'auditor'],
    ]) {
      await ok('users.create', { username, displayName: username, role, password: PASSWORD }, admin);
    }
    // Sign in and replace the temporary password, as dispatch requires before anything else.
    const login = async (username: string) => {
      const r = (await dispatch(HANDLERS, 'auth.login', { username, password: PASSWORD }, { core })) as {
        value: { sessionToken: string };
      };
      await ok('auth.changePassword', { current: PASSWORD, next: `${PASSWORD} own` }, r.value.sessionToken);
      return r;
    };
    clerk = (await login('clerk1')).value.sessionToken;
    auditor = (await login('auditor1')).value.sessionToken;
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a clerk registers, lists, searches and previews; the signed-in user is the actor', async () => {
    expect(await ok('intake.checkTracking', { trackingNumber: 'RR123456789KZ' }, clerk)).toMatchObject({
      status: 'warning',
      warning: 'tracking_check_digit',
    });
    const created = await ok(
      'intake.create',
      {
        ...ISSUE_SAMPLE,
        scans: [{ fileName: 'envelope.png', dataBase64: TINY_PNG.toString('base64'), kind: 'envelope' }],
      },
      clerk,
    );
    expect(created).toMatchObject({
      incomingNo: 'ВХ-2026-000001',
      createdBy: 'clerk1',
      scans: [{ mime: 'image/png', kind: 'envelope' }],
    });

    const dup = await ok('intake.checkDuplicates', { trackingNumber: 'RR123456785KZ' }, clerk);
    expect(dup.matches).toMatchObject([
      { incomingNo: 'ВХ-2026-000001', reasons: ['tracking'], sender: { iinMasked: '900115•••••2' } },
    ]);
    expect(await call('intake.create', ISSUE_SAMPLE, clerk)).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', messageKey: 'errors.DUPLICATE' },
    });

    const page = await ok(
      'intake.list',
      { filter: { channel: 'registered_mail' }, sort: { by: 'date', dir: 'desc' }, limit: 50 },
      auditor,
    );
    expect(page).toMatchObject({
      hasMore: false,
      nextCursor: null,
      rows: [{ incomingNo: 'ВХ-2026-000001', scanCount: 1 }],
    });
    expect(JSON.stringify(page)).not.toContain('900115300122');
    expect(await ok('intake.count', { filter: { channel: 'courier' } }, auditor)).toEqual({
      count: 0,
      exact: true,
    });
    expect(await ok('intake.count', { cap: 1 }, auditor)).toEqual({ count: 1, exact: true });
    expect((await ok('intake.get', { incomingNo: 'ВХ-2026-000001' }, auditor)).sender.iin).toBe(
      '900115300122',
    );
    expect(await call('intake.get', { id: 99 }, auditor)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('intake.get', { id: 1, incomingNo: 'ВХ-2026-000001' }, auditor)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });

    const scan = await ok('scans.get', { id: created.scans[0].id }, clerk);
    expect(Buffer.from(scan.dataBase64, 'base64').equals(TINY_PNG)).toBe(true);
    expect(scan.mime).toBe('image/png');

    expect((await ok('mailroom.search', { query: 'сейтқали' }, clerk)).hits).toHaveLength(1);
    expect(await ok('intake.officers', {}, clerk)).toEqual({ officers: [] });
    const file = await ok(
      'mailroom.export',
      { register: 'incoming', from: '2026-11-01', to: '2026-11-30', format: 'csv' },
      auditor,
    );
    expect(file).toMatchObject({ rows: 1, mime: 'text/csv; charset=utf-8' });
  });

  it('an edit that changes nothing writes nothing', async () => {
    const created = await ok('intake.create', ISSUE_SAMPLE, clerk);
    const before = core.db().db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const same = await ok(
      'intake.update',
      { id: created.id, patch: { summary: ISSUE_SAMPLE.summary, notes: '' } },
      clerk,
    );
    expect(same.updatedAt).toBe(created.updatedAt);
    expect(core.db().db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
    const changed = await ok(
      'intake.update',
      { id: created.id, patch: { notes: 'Получено с опозданием' } },
      clerk,
    );
    expect(changed.notes).toBe('Получено с опозданием');
  });

  it('roles: auditors read but never write; only an administrator changes settings', async () => {
    expect(await call('intake.create', ISSUE_SAMPLE, auditor)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call('drafts.key', {}, auditor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('mailroom.settings.set', { scanMaxBytes: 2 * 1024 * 1024 }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const set = await ok('mailroom.settings.set', { incomingNumberFormat: 'Вх-{NNNNN}/{YYYY}' }, admin);
    expect(set.preview.incoming).toBe('Вх-00001/2026');
    expect(await call('mailroom.settings.set', {}, admin)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await ok('mailroom.settings.get', {}, auditor)).incomingNumberFormat).toBe('Вх-{NNNNN}/{YYYY}');
    const k1 = await ok('drafts.key', {}, clerk);
    expect(await ok('drafts.key', {}, admin)).toEqual(k1);
  });

  it('outgoing register and its status changes', async () => {
    await ok('intake.create', ISSUE_SAMPLE, clerk);
    const out = await ok(
      'outgoing.create',
      {
        addressee: { name: 'Айгерім Сейтқали' },
        summary: 'Жауап',
        method: 'registered_mail',
        inReplyTo: 'ВХ-2026-000001',
      },
      clerk,
    );
    expect(out).toMatchObject({ outgoingNo: 'ИСХ-2026-000001', status: 'draft', language: 'kk' });
    const sent = await ok(
      'outgoing.setStatus',
      { id: out.id, status: 'sent', trackingNumber: 'RR123456785KZ' },
      clerk,
    );
    expect(sent.status).toBe('sent');
    expect((await ok('outgoing.list', { filter: { status: 'sent' } }, auditor)).rows).toHaveLength(1);
    expect(await ok('outgoing.count', {}, auditor)).toEqual({ count: 1, exact: true });
    expect((await ok('outgoing.get', { outgoingNo: 'ИСХ-2026-000001' }, auditor)).trackingNumber).toBe(
      'RR123456785KZ',
    );
    const cancelled = await ok('outgoing.cancel', { id: out.id, reason: 'переоформлено' }, clerk);
    expect(cancelled.status).toBe('cancelled');
    expect(await call('outgoing.setStatus', { id: out.id, status: 'sent' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
