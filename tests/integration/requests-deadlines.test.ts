// Deadlines of subject requests for 2025 and 2026 (brief, "Kazakhstan working-day calendar"),
// through the deadline service on a real encrypted database and through the CLI; and the
// administrator's calendar edits, imports and resets (versioned, audited, followed by open requests).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecoveryKey } from '../../electron/core/keys';
import { applyCountingRule } from '../../electron/requests/deadlines';
import {
  calendarDays,
  calendarHistory,
  computeFor,
  getCalendarYear,
  getRequest,
  importCalendarFile,
  listCalendarYears,
  putCalendarYear,
  putRules,
  resetCalendarYear,
  getRules,
} from '../../electron/requests';
import { listAudit, verifyAuditChain } from '../../electron/sql/audit';
import { listOutbox } from '../../electron/sql/outbox';
import type { RequestType } from '../../common/requests';
import { AIGERIM, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');

// [type, received, due (policy), statutory due, what it shows]
const CASES: Array<[RequestType, string, string, string, string]> = [
  // 2026
  [
    'withdrawal',
    '2026-03-20T17:00:00+05:00',
    '2026-03-26',
    '2026-04-15',
    'Nauryz 2026: 21-22 March on a weekend move to 24-25; 23 March off',
  ],
  ['access', '2026-03-20T10:00:00+05:00', '2026-03-30', '2026-03-30', 'Nauryz 2026, three working days'],
  [
    'withdrawal',
    '2026-03-21T11:00:00+05:00',
    '2026-03-26',
    '2026-04-15',
    'received on Nauryz (a Saturday): the 1st working day after it is 26 March',
  ],
  ['withdrawal', '2026-05-26T15:00:00+05:00', '2026-05-28', '2026-06-17', 'Kurban Ait 2026 (27 May) is off'],
  [
    'withdrawal',
    '2026-05-27T09:00:00+05:00',
    '2026-05-28',
    '2026-06-17',
    'received on Kurban Ait: the 1st working day after it is 28 May',
  ],
  [
    'withdrawal',
    '2026-08-28T12:00:00+05:00',
    '2026-08-31',
    '2026-09-18',
    '31 August 2026 is a working day (no Constitution Day)',
  ],
  [
    'withdrawal',
    '2026-03-06T12:00:00+05:00',
    '2026-03-10',
    '2026-04-02',
    '8 March 2026 (Sunday) moves to Monday 9 March',
  ],
  [
    'withdrawal',
    '2026-05-08T12:00:00+05:00',
    '2026-05-12',
    '2026-06-02',
    '9 May 2026 (Saturday) moves to Monday 11 May',
  ],
  ['withdrawal', '2026-01-06T12:00:00+05:00', '2026-01-08', '2026-01-28', '7 January 2026 is off'],
  [
    'withdrawal',
    '2026-11-21T10:00:00+05:00',
    '2026-11-23',
    '2026-12-11',
    'received on a Saturday: due Monday',
  ],
  [
    'withdrawal',
    '2026-12-16T10:00:00+05:00',
    '2026-12-17',
    '2027-01-11',
    'received on Independence Day: due 17 December',
  ],
  [
    'access',
    '2026-12-31T15:00:00+05:00',
    '2027-01-08',
    '2027-01-08',
    'across the year boundary: 1 Jan, 2 Jan → 4 Jan, 7 Jan 2027 off',
  ],
  [
    'withdrawal',
    '2026-11-23T23:30:00+05:00',
    '2026-11-24',
    '2026-12-14',
    'late evening in Almaty is still the day of receipt',
  ],
  [
    'withdrawal',
    '2026-11-23T19:30:00Z',
    '2026-11-25',
    '2026-12-15',
    'an instant in UTC after Almaty midnight is the next day',
  ],
  // 2025
  [
    'withdrawal',
    '2025-03-20T12:00:00+05:00',
    '2025-03-26',
    '2025-04-15',
    'Nauryz 2025: 22 → 24 March, 23 → 25 March',
  ],
  [
    'withdrawal',
    '2025-03-07T12:00:00+05:00',
    '2025-03-11',
    '2025-04-03',
    '8 March 2025 (Saturday) moves to 10 March',
  ],
  ['withdrawal', '2025-06-05T12:00:00+05:00', '2025-06-09', '2025-06-27', 'Kurban Ait 2025 (6 June) is off'],
  [
    'withdrawal',
    '2025-08-29T12:00:00+05:00',
    '2025-09-02',
    '2025-09-22',
    'Constitution Day 2025 (Saturday 30 August) moves to 1 September',
  ],
  [
    'withdrawal',
    '2025-01-02T12:00:00+05:00',
    '2025-01-05',
    '2025-01-24',
    'received on a holiday; 3 January off, Sunday 5 January worked',
  ],
  [
    'access',
    '2025-01-02T12:00:00+05:00',
    '2025-01-08',
    '2025-01-08',
    'issue 14: access received on a holiday, 3 working days → 8 January',
  ],
  [
    'withdrawal',
    '2025-01-04T12:00:00+05:00',
    '2025-01-05',
    '2025-01-24',
    'issue 14: received Saturday 4 January, statutory 15 → 24 January',
  ],
  // 2024: 7 January on a Sunday is never moved
  [
    'withdrawal',
    '2024-01-05T12:00:00+05:00',
    '2024-01-08',
    '2024-01-26',
    '7 January 2024 (Sunday) is not moved: Monday 8 January works',
  ],
];

/** The shipped 2027 calendar waits for Kurban Ait: any deadline reaching into 2027 says so. */
function expectedWarnings(received: string, statutoryDue: string): string[] {
  return received.startsWith('2027') || statutoryDue.startsWith('2027') ? ['calendar_provisional:2027'] : [];
}

describe('request deadlines through the deadline service (encrypted database)', () => {
  let desk: Desk;
  beforeAll(() => {
    desk = openDesk();
  });
  afterAll(() => desk.close());

  for (const [type, received, due, statutoryDue, what] of CASES) {
    it(`${what}: ${type} received ${received} → due ${due}, statutory ${statutoryDue}`, () => {
      const d = desk.server.read((db) => computeFor(db, type, received));
      expect({ due: d.due, statutoryDue: d.statutoryDue, warnings: d.warnings }).toEqual({
        due,
        statutoryDue,
        warnings: expectedWarnings(received, statutoryDue),
      });
    });
  }

  it('a year without calendar data warns, never guesses silently', () => {
    const d = desk.server.read((db) => computeFor(db, 'withdrawal', '2028-03-01T10:00:00+05:00'));
    expect(d.warnings).toEqual(['calendar_missing:2028']);
    const across = desk.server.read((db) => computeFor(db, 'withdrawal', '2027-12-29T10:00:00+05:00'));
    expect(across.due).toBe('2027-12-30');
    expect(across.warnings).toEqual(['calendar_missing:2028', 'calendar_provisional:2027']);
  });
});

describe('due dates stored under the old counting rule', () => {
  it('are recounted once when the database opens: history, audit and request.changed', () => {
    const desk = openDesk('2026-11-30T09:00:00+05:00');
    try {
      // Received Saturday 28 November 2026: due Monday 30 November (the old rule said Tuesday).
      const letter = registerLetter(desk.server, {
        receivedAt: '2026-11-28T11:00:00+05:00',
        documentType: 'withdrawal',
      });
      const req = open(desk.server, {
        type: 'withdrawal',
        letters: [letter.incomingNo],
        requesterRole: 'subject',
        subject: { ...AIGERIM, accountId: 'acc-1' },
      });
      expect(req.due).toBe('2026-11-30');
      // As an older version stored it (through the audited write path: a bare UPDATE is refused).
      desk.server.write('test', (tx) => {
        tx.db
          .prepare("UPDATE requests SET due_on = '2026-12-01', counted_from = '2026-11-30' WHERE id = ?")
          .run(req.id);
        tx.audit({
          action: 'test.old_rule',
          entityType: 'request',
          entityId: req.id,
          summary: 'stored under the old rule',
        });
      });
      desk.server.db.prepare("DELETE FROM settings WHERE key = 'deadlines.countingRule'").run();
      const r = applyCountingRule(desk.server);
      expect(r!.changed).toEqual([
        {
          id: req.id,
          due: { from: '2026-12-01', to: '2026-11-30' },
          statutoryDue: { from: req.statutoryDue, to: req.statutoryDue },
        },
      ]);
      expect(getRequest(desk.server, req.id)).toMatchObject({
        due: '2026-11-30',
        deadline: { countedFrom: '2026-11-28' },
      });
      expect(listAudit(desk.server.db, { action: 'deadlines.recounted' })).toHaveLength(1);
      expect(
        listOutbox(desk.server.db)
          .filter((e) => e.recordId === req.id)
          .map((e) => e.eventType),
      ).toEqual(['request.opened', 'request.changed']);
      // Once only.
      expect(applyCountingRule(desk.server)).toBeNull();
    } finally {
      desk.close();
    }
  });
});

describe('calendar and rules administration', () => {
  let desk: Desk;
  beforeAll(() => {
    desk = openDesk('2027-05-13T09:00:00+05:00');
  });
  afterAll(() => desk.close());

  it('lists the shipped years', () => {
    const years = listCalendarYears(desk.server);
    expect(years.map((y) => [y.year, y.origin])).toEqual([
      [2024, 'shipped'],
      [2025, 'shipped'],
      [2026, 'shipped'],
      [2027, 'shipped'],
    ]);
    expect(years.find((y) => y.year === 2025)!.workingDays).toBe(246);
    expect(years.find((y) => y.year === 2026)!.workingDays).toBe(247);
    expect(years.find((y) => y.year === 2026)!.nonWorkingWeekdays).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
  });

  it('entering Kurban Ait 2027 moves the due date of an open request, versioned and audited', () => {
    desk.at('2027-05-13T11:00:00+05:00');
    const letter = registerLetter(desk.server, {
      receivedAt: '2027-05-13T10:00:00+05:00',
      documentType: 'access',
    });
    const req = open(desk.server, {
      type: 'access',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'acc-1' },
    });
    // Thu 13 May 2027: three working days → 14, 17, 18; Kurban Ait 2027 not entered yet.
    expect(req.due).toBe('2027-05-18');
    expect(getRequest(desk.server, req.id).deadline.warnings).toEqual(['calendar_provisional:2027']);

    const cal = getCalendarYear(desk.server, 2027);
    const edited = {
      ...cal.data!,
      holidays: [
        ...cal.data!.holidays,
        {
          date: '2027-05-17',
          name: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
          moveIfWeekend: false,
          key: 'kurban_ait',
        },
      ],
    };
    const saved = putCalendarYear(desk.server, 'admin', { year: 2027, data: edited });
    expect(saved.year).toMatchObject({ year: 2027, origin: 'edit', version: 1, savedBy: 'admin' });
    expect(saved.year.nonWorkingWeekdays).toContain('2027-05-17');
    expect(saved.recomputed.changed).toEqual([
      {
        id: req.id,
        due: { from: '2027-05-18', to: '2027-05-19' },
        statutoryDue: { from: '2027-05-18', to: '2027-05-19' },
      },
    ]);

    const after = getRequest(desk.server, req.id);
    expect(after.due).toBe('2027-05-19');
    // Entered with its key: the year is final, the warning is gone.
    expect(after.deadline.warnings).toEqual([]);
    expect(after.warnings).not.toContain('calendar_provisional:2027');
    expect(after.history.map((h) => h.event)).toContain('due_changed');
    const events = listOutbox(desk.server.db)
      .filter((e) => e.recordId === req.id)
      .map((e) => [e.eventType, e.payload.changed ?? null]);
    expect(events).toEqual([
      ['request.opened', null],
      ['request.changed', ['due_on']],
    ]);
    expect(listAudit(desk.server.db, { entityType: 'calendar', entityId: '2027' })[0]).toMatchObject({
      action: 'calendar.edited',
      actor: 'admin',
    });
    expect(verifyAuditChain(desk.server.db).ok).toBe(true);
    expect(calendarDays(desk.server, '2027-05-17', '2027-05-17').days[0]).toMatchObject({
      working: false,
      reasons: [{ kind: 'holiday' }],
    });
  });

  it('refuses an invalid calendar with the list of problems, and changes nothing', () => {
    const before = calendarHistory(desk.server).length;
    const cal = getCalendarYear(desk.server, 2027).data!;
    const bad = { ...cal, extraDaysOff: [{ date: '2026-12-31', reason: { kk: 'x', ru: 'x', en: 'x' } }] };
    expect(() => putCalendarYear(desk.server, 'admin', { year: 2027, data: bad })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID' }),
    );
    expect(() => putCalendarYear(desk.server, 'admin', { year: 2026, data: cal })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_MISMATCH' }),
    );
    expect(() => importCalendarFile(desk.server, 'admin', { content: '{not json' })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID' }),
    );
    try {
      putCalendarYear(desk.server, 'admin', { year: 2027, data: bad });
    } catch (e) {
      expect(
        (e as { details: { issues: Array<{ path: string; message: string }> } }).details.issues[0],
      ).toEqual({ path: 'extraDaysOff.0.date', message: '2026-12-31 is not in 2027' });
    }
    expect(calendarHistory(desk.server).length).toBe(before);
  });

  it('imports a year that had no data: the warning goes away; reset returns to the shipped file', () => {
    const warned = desk.server.read((db) => computeFor(db, 'withdrawal', '2028-01-04T10:00:00+05:00'));
    expect(warned.warnings).toEqual(['calendar_missing:2028']);
    const y2028 = {
      year: 2028,
      holidays: [
        {
          date: '2028-01-01',
          name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
          moveIfWeekend: true,
        },
        {
          date: '2028-01-02',
          name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
          moveIfWeekend: true,
        },
        {
          date: '2028-01-07',
          name: { kk: 'Рождество', ru: 'Рождество', en: 'Christmas' },
          moveIfWeekend: false,
        },
      ],
      extraDaysOff: [],
      extraWorkingDays: [],
      source: 'test import',
    };
    const r = importCalendarFile(desk.server, 'admin', { content: '\uFEFF' + JSON.stringify(y2028) });
    expect(r.year).toMatchObject({ year: 2028, origin: 'import', version: 1 });
    const d = desk.server.read((db) => computeFor(db, 'withdrawal', '2028-01-04T10:00:00+05:00'));
    // 1 Jan 2028 is a Saturday → Monday 3 Jan; 2 Jan (Sunday) → Tuesday 4 Jan.
    // Received on that moved day off: the 1st working day after it is Wednesday 5 Jan.
    expect(d).toMatchObject({ countedFrom: '2028-01-04', due: '2028-01-05', warnings: [] });

    resetCalendarYear(desk.server, 'admin', { year: 2027 });
    expect(getCalendarYear(desk.server, 2027)).toMatchObject({ origin: 'shipped', version: 2 });
    resetCalendarYear(desk.server, 'admin', { year: 2028 });
    expect(getCalendarYear(desk.server, 2028)).toMatchObject({ origin: 'missing', data: null });
    expect(calendarHistory(desk.server, 2027).map((v) => [v.version, v.origin])).toEqual([
      [2, 'reset'],
      [1, 'edit'],
    ]);
  });

  it('edits the deadline rules (policy ≤ statute), versioned', () => {
    const { rules } = getRules(desk.server);
    expect(() =>
      putRules(desk.server, 'admin', {
        rules: { ...rules, access: { ...rules.access, policyWorkingDays: 5 } },
      }),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID' }));
    const r = putRules(desk.server, 'admin', {
      rules: { ...rules, access: { ...rules.access, policyWorkingDays: 2 } },
    });
    expect(r).toMatchObject({ origin: 'edit', version: 1 });
    expect(desk.server.read((db) => computeFor(db, 'access', '2026-11-23T10:00:00+05:00')).due).toBe(
      '2026-11-25',
    );
  });
});

describe('privacy-desk deadline (CLI)', () => {
  function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, PRIVACY_DESK_DB: '', PRIVACY_DESK_KEY: '', ...env },
    });
    return {
      code: r.status,
      json: r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown>) : undefined,
      stderr: r.stderr,
    };
  }

  it('prints exactly the documented fields', () => {
    const r = cli(['deadline', '--type', 'withdrawal', '--received', '2026-03-20T17:00:00+05:00', '--json']);
    expect(r.code).toBe(0);
    expect(r.json).toEqual({
      type: 'withdrawal',
      received: '2026-03-20',
      due: '2026-03-26',
      statutoryDue: '2026-04-15',
      workingDays: 1,
      statutoryWorkingDays: 15,
      warnings: [],
    });
  });

  for (const [type, received, due, statutoryDue, what] of CASES) {
    it(`CLI: ${what}`, () => {
      const r = cli(['deadline', '--type', type, '--received', received, '--json']);
      expect(r.json).toMatchObject({
        type,
        due,
        statutoryDue,
        warnings: expectedWarnings(received, statutoryDue),
      });
    });
  }

  it('warns for a year without data, refuses a bad type or date (usage, exit 2)', () => {
    expect(
      cli(['deadline', '--type', 'access', '--received', '2028-02-01T10:00:00+05:00', '--json']).json,
    ).toMatchObject({ warnings: ['calendar_missing:2028'] });
    expect(cli(['deadline', '--type', 'nonsense', '--received', '2026-01-01', '--json']).code).toBe(2);
    expect(
      cli(['deadline', '--type', 'access', '--received', '2026-13-01T10:00:00+05:00', '--json']).code,
    ).toBe(2);
    expect(cli(['deadline', '--type', 'access', '--received', '2026-11-23T10:00:00', '--json']).code).toBe(2);
  });

  it('uses the administrator’s calendar when a database is named', () => {
    const desk = openDesk();
    try {
      const cal = getCalendarYear(desk.server, 2027).data!;
      putCalendarYear(desk.server, 'admin', {
        year: 2027,
        data: {
          ...cal,
          holidays: [
            ...cal.holidays,
            {
              date: '2027-05-17',
              name: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
              moveIfWeekend: false,
              key: 'kurban_ait',
            },
          ],
        },
      });
      desk.server.close();
      const keyFile = path.join(desk.tmp.dir, 'desk.key');
      writeFileSync(keyFile, formatRecoveryKey(desk.tmp.key) + '\n');
      const withDb = cli([
        'deadline',
        '--type',
        'withdrawal',
        '--received',
        '2027-05-14T10:00:00+05:00',
        '--db',
        desk.tmp.file,
        '--key-file',
        keyFile,
        '--json',
      ]);
      expect(withDb.json).toMatchObject({ due: '2027-05-18', warnings: [] });
      const shipped = cli([
        'deadline',
        '--type',
        'withdrawal',
        '--received',
        '2027-05-14T10:00:00+05:00',
        '--json',
      ]);
      expect(shipped.json).toMatchObject({ due: '2027-05-17', warnings: ['calendar_provisional:2027'] });
      expect(readFileSync(keyFile, 'utf8').length).toBeGreaterThan(64);
    } finally {
      desk.close();
    }
  });
});
