// The contract's `reads` flag, checked over the whole handler table: every call marked as a pure
// read runs on a read-only connection (PRAGMA query_only, as the reader workers open it) against a
// real encrypted database with letters and a request in it, and a call that writes even one row
// fails there, so a wrong flag cannot go unnoticed. A read that shows personal data hands its
// "viewed" audit entries back (collectViews) for the writer to write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, type CallName } from '../../common/contract';
import type { CallSpec, Role } from '../../common/contract/define';
import type { AppCore } from '../../electron/app/core';
import type { CallContext } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { collectViews } from '../../electron/app/viewed';
import { Server } from '../../electron/sql/server';
import { AIGERIM, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

/** A valid input for every pure read; a newly flagged call needs one here. */
const SAMPLES: Partial<Record<CallName, unknown>> = {
  'intake.list': {},
  'intake.count': {},
  'intake.officers': {},
  'outgoing.list': {},
  'outgoing.count': {},
  'scans.list': { letterId: 1 },
  'letters.list': {},
  'letters.templates.list': {},
  'requests.dashboard': {},
  'requests.report': YEAR,
  'requests.reportCsv': { ...YEAR, lang: 'ru' },
  'requests.purges': {},
  'requests.settings': {},
  'audit.list': {},
  'audit.facets': {},
  'audit.verify': {},
  'breaches.list': {},
  'calendar.years': {},
  'calendar.days': YEAR,
  'calendar.history': {},
  'deadlines.rules': {},
  'deadlines.rulesHistory': {},
  'deadlines.compute': { type: 'withdrawal', received: '2026-11-23' },
  'users.list': {},
  'users.names': { roles: ['officer', 'admin'] },
  'mailroom.corrections': { register: 'incoming', id: 1 },
  'mailroom.settings.get': {},
  'letters.letterhead.get': {},
  'calendar.get': { year: 2026 },
  'sync.settings': {},
  'sync.attention': {},
  'backup.list': {},
  'backup.settings': {},
  'requests.list': {},
  'requests.search': { query: 'Сейтқали' },
  'requests.get': { id: 'REQUEST' },
  'intake.get': { id: 1 },
  'outgoing.get': { id: 1 },
  'mailroom.search': { query: '900115300122' },
  'scans.get': { id: 1 },
  'breaches.get': { id: 'BR-2026-0001' },
  'letters.get': { letterId: '00000000-0000-4000-8000-000000000000' },
  'setup.checklist': {},
};

/** Calls whose record must exist: they answer NOT_FOUND on a desk without one, not a write error. */
const MAY_BE_MISSING = new Set<CallName>(['outgoing.get', 'scans.get', 'breaches.get', 'letters.get']);

const pureReads = (Object.keys(CONTRACT) as CallName[]).filter((n) => (CONTRACT[n] as CallSpec).reads);

describe('pure reads on a query_only connection', () => {
  let desk: Desk;
  let reader: Server;

  let requestId = '';

  function handle(name: CallName, raw: unknown, role: Role): () => unknown {
    const sample = name === 'requests.get' ? { id: requestId } : raw;
    const input = (CONTRACT[name] as CallSpec).input.parse(sample);
    const core = { db: () => reader, isOpen: true } as unknown as AppCore;
    const ctx: CallContext = { core, actor: 'admin', role, source: 'test' };
    return () => (HANDLERS[name] as (i: unknown, c: CallContext) => unknown)(input, ctx);
  }

  /** As the reader worker runs a call: its views collected, not written. */
  async function runOnReader(name: CallName, raw: unknown, role: Role = 'admin') {
    return collectViews(handle(name, raw, role));
  }

  beforeAll(() => {
    desk = openDesk();
    const letter = registerLetter(desk.server, { receivedAt: '2026-11-23T08:30:00+05:00' });
    registerLetter(desk.server, { receivedAt: '2026-11-23T08:40:00+05:00', summary: 'Хат' });
    requestId = open(desk.server, {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'acc-1' },
    }).id;
    reader = Server.openReader({ file: desk.tmp.file, key: desk.tmp.key, clock: () => desk.now() });
  });
  afterAll(() => {
    reader?.close();
    desk?.close();
  });

  it('names a sample input for exactly the calls marked as pure reads', () => {
    expect(pureReads.length).toBeGreaterThan(10);
    expect(Object.keys(SAMPLES).sort()).toEqual([...pureReads].sort());
  });

  it.each(pureReads)('%s writes nothing', async (name) => {
    const run = runOnReader(name, SAMPLES[name]);
    if (MAY_BE_MISSING.has(name)) await expect(run).rejects.toMatchObject({ code: 'NOT_FOUND' });
    else expect((await run).value).toBeDefined();
  });

  it('the dashboard as a clerk writes nothing either', async () => {
    expect((await runOnReader('requests.dashboard', {}, 'clerk')).value).toBeDefined();
  });

  it('a read that shows personal data hands its "viewed" entry back instead of writing it', async () => {
    const before = desk.server.read((db) => db.prepare('SELECT count(*) AS n FROM audit_log').get());
    const r = await runOnReader('requests.get', {});
    expect(r.views).toEqual([
      expect.objectContaining({ actor: 'admin', action: 'request.viewed', entityId: requestId }),
    ]);
    const byIin = await runOnReader('mailroom.search', SAMPLES['mailroom.search']);
    expect(byIin.views.map((v) => v.action)).toEqual(['search.by_iin']);
    expect(desk.server.read((db) => db.prepare('SELECT count(*) AS n FROM audit_log').get())).toEqual(before);
  });

  it('outside the collector such a read fails rather than go unrecorded', () => {
    expect(handle('requests.get', {}, 'admin')).toThrow(/INTERNAL/);
  });
});
