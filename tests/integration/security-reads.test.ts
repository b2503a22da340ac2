// Every read of personal data leaves an audit entry (ids, never the data), and a clerk's dashboard
// carries no subjects' names (issue 15).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { listAudit } from '../../electron/sql/audit';
import { readLetterhead } from '../../electron/letters/queries';
import { saveLetterhead } from '../../electron/letters/service';
import { AIGERIM, open, registerLetter } from '../helpers/requests';
import { tmpDir } from '../helpers/tmpdb';

const ADMIN = { username: 'admin', displayName: 'Admin', password: 'admin password 1' };

describe('audited reads of personal data', () => {
  let dir: string;
  let core: AppCore;
  const sessions: Record<string, string> = {};
  let now = new Date('2026-11-23T12:00:00+05:00');
  const call = async <T = unknown>(name: string, input: unknown, who: string): Promise<T> => {
    const r = await dispatch(HANDLERS, name, input, { core, sessionToken: sessions[who]! });
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const entries = () => listAudit(core.db().db, { limit: 500 });
  const newEntries = async (fn: () => Promise<unknown>) => {
    const before = entries().length;
    await fn();
    return entries().slice(0, entries().length - before);
  };

  /** Aigerim's withdrawal, opened from her letter. */
  const aigerimWithdraws = () => {
    const letter = registerLetter(core.db(), {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
    });
    return open(core.db(), {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM },
    });
  };

  beforeEach(async () => {
    dir = tmpDir();
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 't',
      clock: () => now,
    });
    core.start();
    const setup = await dispatch(HANDLERS, 'app.setup', { admin: ADMIN }, { core });
    sessions.admin = (setup as { value: { sessionToken: string } }).value.sessionToken;
    for (const role of ['officer', 'clerk']) {
      const password = `${role} password 1`;
      await call('users.create', { username: role, displayName: role, role, password }, 'admin');
      const login = await dispatch(HANDLERS, 'auth.login', { username: role, password }, { core });
      sessions[role] = (login as { value: { sessionToken: string } }).value.sessionToken;
      await call('auth.changePassword', { current: password, next: `${password} own` }, role);
    }
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
    now = new Date('2026-11-23T12:00:00+05:00');
  });

  it('letters.get, letters.preview and outgoing.get each leave one entry naming the record', async () => {
    const letter = registerLetter(core.db(), {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
      trackingNumber: 'RR123456785KZ',
    });
    const rq = open(core.db(), {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM },
    });
    const signatory = { name: 'Ә. Құнанбаев', position: 'Директор' };
    const executor = { name: 'Ғ. Мүсірепова', phone: '+7 727 355 00 00' };
    saveLetterhead(core.db(), 'admin', {
      ...readLetterhead(core.db().db),
      signatory: { kk: signatory, ru: signatory, en: signatory },
      executor,
    });
    const gen = await call<{ id: number }>(
      'letters.generate',
      { kind: 'acknowledgment', requestId: rq.id },
      'officer',
    );
    const id = gen.id;
    const got = await newEntries(() => call('letters.get', { letterId: id }, 'officer'));
    expect(got).toMatchObject([
      { action: 'letter.viewed', entityType: 'letter', entityId: String(id), actor: 'officer' },
    ]);
    const previewed = await newEntries(() => call('letters.preview', { letterId: id }, 'officer'));
    expect(previewed).toMatchObject([{ action: 'letter.previewed', entityId: String(id) }]);
    const out = await call<{ id: number }>(
      'outgoing.create',
      { addressee: { name: AIGERIM.name }, summary: 'Жауап', method: 'registered_mail' },
      'clerk',
    );
    const viewed = await newEntries(() => call('outgoing.get', { id: out.id }, 'clerk'));
    expect(viewed).toMatchObject([
      { action: 'outgoing.viewed', entityType: 'outgoing', entityId: String(out.id), actor: 'clerk' },
    ]);
    expect(JSON.stringify(entries())).not.toContain(AIGERIM.name);
  });

  it('a search by a full IIN is audited without the IIN; other searches are not', async () => {
    registerLetter(core.db(), { receivedAt: '2026-11-23T10:05:00+05:00', trackingNumber: 'RR123456785KZ' });
    const byName = await newEntries(() => call('mailroom.search', { query: 'Сейтқали' }, 'clerk'));
    expect(byName).toEqual([]);
    for (const query of [AIGERIM.iin, '9001 1530 0122']) {
      const byIin = await newEntries(() => call('mailroom.search', { query }, 'clerk'));
      expect(byIin).toHaveLength(1);
      expect(byIin[0]).toMatchObject({ action: 'search.by_iin', actor: 'clerk' });
      expect(byIin[0]!.summary).toMatch(/^searched by a full IIN; found: /);
      expect(JSON.stringify(byIin)).not.toContain('900115');
    }
  });

  it('requests.list leaves one entry per call, naming the requests listed', async () => {
    const rq = aigerimWithdraws();
    const listed = await newEntries(() => call('requests.list', {}, 'officer'));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ action: 'requests.listed', actor: 'officer' });
    expect(listed[0]!.summary).toContain(rq.id);
    const byIin = await newEntries(() => call('requests.list', { search: AIGERIM.iin }, 'officer'));
    expect(byIin[0]!.summary).toMatch(/^searched by a full IIN/);
    expect(JSON.stringify(byIin)).not.toContain(AIGERIM.iin);
  });

  it('requests.search finds requests by a folded name, Latin, IIN tail or number; audited; not for a clerk', async () => {
    const rq = aigerimWithdraws();
    open(core.db(), {
      type: 'access',
      direct: { reason: 'in_person', note: 'Пришёл в офис' },
      requesterRole: 'subject',
      subject: { name: 'Иванов Пётр' },
    });
    type Found = { items: { id: string; subject: { name: string; iinMasked: string | null } }[] };
    const ids = async (query: string) =>
      (await call<Found>('requests.search', { query }, 'officer')).items.map((r) => r.id);
    // «сейткали» on a Russian keyboard, «seitkali» in Latin, the IIN's last digits, the number.
    for (const query of ['айгерим сейткали', 'seitkali', 'СЕЙТҚ', '0122', rq.id, rq.id.toLowerCase()])
      expect(await ids(query)).toEqual([rq.id]);
    expect(await ids('сейтказы')).toEqual([]);
    expect(await ids('22')).toEqual([]);
    const found = await newEntries(() => call<Found>('requests.search', { query: 'сейткали' }, 'officer'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ action: 'requests.searched', actor: 'officer' });
    expect(found[0]!.summary).toContain(rq.id);
    expect(JSON.stringify(found)).not.toContain('Сейтқали');
    const { items } = await call<Found>('requests.search', { query: 'seitkali' }, 'officer');
    expect(items[0]!.subject.iinMasked).not.toBe(AIGERIM.iin);
    const clerk = await dispatch(
      HANDLERS,
      'requests.search',
      { query: 'сейткали' },
      { core, sessionToken: sessions.clerk! },
    );
    expect(clerk.ok).toBe(false);
  });

  it("a clerk's dashboard shows deadlines without names; an officer's keeps them", async () => {
    const letter = registerLetter(core.db(), {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
    });
    open(core.db(), {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM },
    });
    const clerk = await call<Record<string, unknown>>('requests.dashboard', {}, 'clerk');
    const officer = await call<Record<string, unknown>>('requests.dashboard', {}, 'officer');
    expect(JSON.stringify(officer)).toContain(AIGERIM.name);
    expect(clerk.running).toBe(1);
    expect(JSON.stringify(clerk)).not.toContain(AIGERIM.name);
    expect(JSON.stringify(clerk)).not.toContain('900115');
  });
});
