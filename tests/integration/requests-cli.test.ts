// privacy-desk request … and deadline, through bin/privacy-desk.cjs (npm test builds first).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKey } from '../../electron/core/keys';
import { updateRequestFields } from '../../electron/requests';
import { Server } from '../../electron/sql/server';
import { deliverAll } from '../helpers/requests';
import { diskBytes, tmpDir } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');

describe('privacy-desk request (CLI)', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let id: string;
  const cli = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env,
      ...(input !== undefined ? { input } : {}),
    });
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(r.stdout) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    return { code: r.status, json, stdout: r.stdout, stderr: r.stderr };
  };
  const file = (name: string, data: unknown) => {
    const f = path.join(dir, name);
    writeFileSync(f, JSON.stringify(data));
    return f;
  };

  beforeAll(() => {
    dir = tmpDir();
    const db = path.join(dir, 'desk.db');
    const keyFile = path.join(dir, 'desk.key');
    env = { ...process.env, PRIVACY_DESK_DB: db, PRIVACY_DESK_KEY: '' };
    expect(cli(['db', 'init', '--new-key-file', keyFile, '--json']).code).toBe(0);
    env.PRIVACY_DESK_KEY = parseKey(readFileSync(keyFile, 'utf8').trim()).toString('hex');
    const letter = cli([
      'intake',
      'add',
      file('letter.json', {
        receivedAt: '2026-11-23T10:05:00+05:00',
        channel: 'registered_mail',
        trackingNumber: 'RR123456785KZ',
        sender: {
          name: 'Айгерім Сейтқали',
          iin: '900115300122',
          address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
        },
        summary: 'Келісімді қайтарып алу туралы өтініш',
        language: 'kk',
        sheets: 1,
        documentType: 'withdrawal',
      }),
      '--json',
    ]);
    expect(letter.json).toMatchObject({ incomingNo: 'ВХ-2026-000001' });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('request open takes the issue’s JSON (from stdin) and prints the request with id and due at the top', () => {
    const input = {
      type: 'withdrawal',
      letters: ['ВХ-2026-000001'],
      requesterRole: 'subject',
      subject: {
        name: 'Айгерім Сейтқали',
        iin: '900115300122',
        address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
      },
    };
    const r = cli(['request', 'open', '--json', '-'], JSON.stringify(input));
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      id: 'RQ-2026-000001',
      due: '2026-11-24',
      statutoryDue: '2026-12-14',
      type: 'withdrawal',
      state: 'new',
    });
    id = r.json!.id as string;
    // The same again is a duplicate: exit 1 with the error as JSON, a line on stderr.
    const dup = cli(['request', 'open', '--json', file('open.json', input)]);
    expect(dup.code).toBe(1);
    expect(dup.json).toMatchObject({ error: { code: 'REQUEST_DUPLICATE', details: { duplicates: [id] } } });
    expect(dup.stderr).toMatch(/REQUEST_DUPLICATE: possible duplicate/);
  });

  it('refuses invalid input with the path and the problem (exit 1), bad JSON as a usage error (exit 2)', () => {
    const bad = cli([
      'request',
      'open',
      '--json',
      file('bad.json', {
        type: 'withdrawal',
        letters: [],
        requesterRole: 'subject',
        subject: { name: 'X' },
        extra: 1,
      }),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.json).toMatchObject({ error: { code: 'VALIDATION' } });
    const paths = (bad.json!.error as { details: { issues: Array<{ path: string }> } }).details.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['', 'direct']));
    const notJson = path.join(dir, 'not.json');
    writeFileSync(notJson, '{oops');
    expect(cli(['request', 'open', '--json', notJson]).code).toBe(2);
  });

  it('request list and get', () => {
    const list = cli(['request', 'list', '--json', '--state', 'new', '--due-before', '2026-11-30']);
    expect(list.code).toBe(0);
    expect((list.json!.items as Array<{ id: string }>).map((i) => i.id)).toEqual([id]);
    expect(cli(['request', 'list', '--json', '--state', 'closed']).json).toMatchObject({
      total: 0,
      items: [],
    });
    expect(cli(['request', 'list', '--json', '--state', 'nonsense']).code).toBe(1);
    const got = cli(['request', 'get', id.toLowerCase(), '--json']);
    expect(got.json).toMatchObject({
      id,
      due: '2026-11-24',
      letterNumbers: ['ВХ-2026-000001'],
      subject: { iin: '900115300122' },
    });
    expect(cli(['request', 'get', 'RQ-2026-999999', '--json']).json).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('request decide: needs the account id first, then queues the erase action', () => {
    expect(
      cli([
        'request',
        'verify',
        id,
        file('verify.json', {
          method: 'document',
          documentType: 'id_card',
          numberLast4: '4567',
          issuer: 'МВД РК',
          issuedOn: '2021-03-01',
        }),
        '--json',
      ]).json,
    ).toMatchObject({
      state: 'in_progress',
    });
    const approve = file('approve.json', { outcome: 'approve', obligationsUnfulfilled: false });
    const refused = cli(['request', 'decide', id, '--json', approve]);
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({
      error: { code: 'REQUEST_ACCOUNT_REQUIRED', details: { action: 'erase' } },
    });
    // The account id is a correction through the API (the UI); here through the core directly
    // (a bare UPDATE is refused: every write to a request table needs its audit entry).
    const server = Server.open({
      file: env.PRIVACY_DESK_DB!,
      key: Buffer.from(env.PRIVACY_DESK_KEY!, 'hex'),
    });
    expect(() =>
      server.db.prepare("UPDATE request_subjects SET account_id = 'ib-000123' WHERE request_id = ?").run(id),
    ).toThrow(/audit_required/);
    updateRequestFields(server, 'officer', { id, patch: { subject: { accountId: 'ib-000123' } } });
    server.close();
    const dry = cli(['request', 'decide', id, approve, '--dry-run', '--json']);
    expect(dry.json).toMatchObject({
      actions: [{ action: 'erase', subjectAccountId: 'ib-000123', iin: '900115300122' }],
      problems: [],
    });
    const ok = cli(['request', 'decide', id, '--json', approve]);
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({
      request: { id, state: 'decided' },
      actions: [{ action: 'erase', status: 'queued' }],
      warnings: [],
    });
  });

  it('request purge: runs due purges as of --now', () => {
    expect(
      cli(['request', 'transition', id, '--to', 'answered', '--reply', 'ИСХ-2026-000001', '--json']).json,
    ).toMatchObject({ state: 'answered' });
    expect(cli(['request', 'transition', id, '--to', 'closed', '--json']).json).toMatchObject({
      state: 'closed',
    });
    const notYet = cli(['request', 'purge', '--json']);
    expect(notYet.json).toMatchObject({ purged: [] });
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000).toISOString();
    expect(cli(['request', 'purge', '--json', '--now', later]).json).toMatchObject({
      purged: [],
      deferred: [{ requestId: id, reason: 'events_undelivered' }],
    });
    // A sync pass delivers the events.
    const server = Server.open({
      file: env.PRIVACY_DESK_DB!,
      key: Buffer.from(env.PRIVACY_DESK_KEY!, 'hex'),
    });
    deliverAll(server);
    server.close();
    const purged = cli(['request', 'purge', '--json', '--now', later]);
    expect(purged.code).toBe(0);
    expect(purged.json).toMatchObject({
      dryRun: false,
      checkpointed: true,
      purged: [{ requestId: id, letters: ['ВХ-2026-000001'] }],
    });
    expect(cli(['request', 'get', id, '--json']).json).toMatchObject({
      subject: null,
      tombstone: { id, type: 'withdrawal', decision: { outcome: 'granted' } },
    });
    const bytes = diskBytes(env.PRIVACY_DESK_DB!);
    expect(bytes.includes(Buffer.from('Сейтқали'))).toBe(false);
    expect(bytes.includes(Buffer.from('900115300122'))).toBe(false);
    expect(cli(['db', 'verify', '--json']).json).toMatchObject({ ok: true });
    expect(cli(['request', 'purge', '--json', '--now', 'yesterday']).code).toBe(2);
  });
});
