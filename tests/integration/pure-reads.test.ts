// The contract's `reads` flag, checked over the whole handler table: every call marked as a pure
// read runs on a read-only connection (PRAGMA query_only, as the reader workers open it) against a
// real encrypted database with letters and a request in it, and a call that writes even one audit
// row (a "viewed" entry) fails there, so a wrong flag cannot go unnoticed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, type CallName } from '../../common/contract';
import type { CallSpec, Role } from '../../common/contract/define';
import type { AppCore } from '../../electron/app/core';
import type { CallContext } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
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
  'setup.checklist': {},
};

const pureReads = (Object.keys(CONTRACT) as CallName[]).filter((n) => (CONTRACT[n] as CallSpec).reads);

describe('pure reads on a query_only connection', () => {
  let desk: Desk;
  let reader: Server;

  function runOnReader(name: CallName, raw: unknown, role: Role = 'admin'): unknown {
    const input = (CONTRACT[name] as CallSpec).input.parse(raw);
    const core = { db: () => reader, isOpen: true } as unknown as AppCore;
    const ctx: CallContext = { core, actor: 'admin', role, source: 'test' };
    return (HANDLERS[name] as (i: unknown, c: CallContext) => unknown)(input, ctx);
  }

  beforeAll(() => {
    desk = openDesk();
    const letter = registerLetter(desk.server, { receivedAt: '2026-11-23T08:30:00+05:00' });
    registerLetter(desk.server, { receivedAt: '2026-11-23T08:40:00+05:00', summary: 'Хат' });
    open(desk.server, {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'acc-1' },
    });
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
    const value = await runOnReader(name, SAMPLES[name]);
    expect(value).toBeDefined();
  });

  it('the dashboard as a clerk writes nothing either', async () => {
    expect(await runOnReader('requests.dashboard', {}, 'clerk')).toBeDefined();
  });

  it('a read that leaves a "viewed" audit entry is refused there, and is not marked as a pure read', () => {
    expect((CONTRACT['requests.list'] as CallSpec).reads).toBeFalsy();
    expect(() => runOnReader('requests.list', {})).toThrow(/readonly/i);
  });
});
