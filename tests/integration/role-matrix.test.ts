// Every contract call as every role: allowed calls get past the role gate (and then stop at the
// payload check, so nothing runs), refused ones get FORBIDDEN. The expectations below restate
// the office's rules (issue 8) independently of the roles written in the contract.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, type CallName } from '../../common/contract';
import type { Role } from '../../common/contract/define';
import { AppCore } from '../../electron/app/core';
import { dispatch } from '../../electron/app/dispatch';
import { HANDLERS } from '../../electron/app/handlers';
import { FileKeyStore } from '../../electron/core/keystore';
import { tmpDir } from '../helpers/tmpdb';

const ROLES: Role[] = ['admin', 'officer', 'clerk', 'auditor'];
const EVERYONE = new Set<Role>(ROLES);
const writes = (name: CallName) => Boolean((CONTRACT[name] as { writes?: boolean }).writes);

/** Who may call what, as the office runs: the administrator may do everything. */
function expectedRoles(name: CallName): Set<Role> {
  const w = writes(name);
  const set = (...r: Role[]) => new Set<Role>(['admin', ...r]);
  const [area] = name.split('.') as [string];
  // The first-setup checklist: only the administrator can act on it.
  if (name === 'setup.checklist') return set();
  // "Save as PDF" prints what the signed-in user's window already shows: every role, nothing written.
  if (name === 'app.savePdf') return EVERYONE;
  if (area === 'app' || area === 'auth') return EVERYONE;
  if (name === 'security.settings' || name === 'backup.status' || name === 'sync.status') return EVERYONE;
  if (name === 'users.list') return set('auditor');
  // Pickers of the officer or executor: names only, on every role's forms.
  if (name === 'users.names') return EVERYONE;
  if (area === 'users' || area === 'security' || area === 'backup') return set();
  // The office PC (data folder, log folder, updates) is the administrator's.
  if (area === 'machine') return set();
  if (area === 'audit') return set('auditor');
  if (name === 'sync.settings' || name === 'sync.configure') return set();
  if (area === 'sync') return w ? set('officer') : set('officer', 'auditor');
  // Registers: everyone reads them; clerks and officers write them; the administrator sets them up.
  if (name === 'mailroom.settings.set') return set();
  if (name === 'drafts.key') return set('officer', 'clerk');
  if (['intake', 'outgoing', 'scans', 'mailroom'].includes(area))
    return w ? set('officer', 'clerk') : EVERYONE;
  // Reference data that every screen shows (calendar, deadline rules, letter kinds, letterhead).
  if (
    [
      'calendar.years',
      'calendar.get',
      'calendar.days',
      'deadlines.rules',
      'deadlines.compute',
      'letters.kinds',
    ].includes(name)
  )
    return EVERYONE;
  // The administrator's data: calendar, deadline rules, request settings, purges, templates, letterhead.
  if (['calendar', 'deadlines'].includes(area) && w) return set();
  if (
    [
      'requests.setSettings',
      'requests.purge',
      'letters.letterhead.save',
      'letters.templates.save',
      'letters.templates.check',
    ].includes(name)
  )
    return set();
  // Letters leave through the mailroom: clerks list them and record their sending, but never read a
  // letter's text (it can carry a data annex).
  if (['letters.list', 'letters.markSent', 'letters.letterhead.get'].includes(name))
    return w ? set('officer', 'clerk') : EVERYONE;
  // Form helpers for officers deciding requests.
  if (['requests.precheck', 'requests.planDecision', 'requests.parseAccessExport'].includes(name))
    return set('officer');
  if (name === 'requests.purges') return set('auditor');
  // The dashboard's deadlines are for the whole office, the clerk's too (a withdrawal's clock starts at intake).
  if (name === 'requests.dashboard') return EVERYONE;
  // The breach register (Art. 25 p.2(8)): officers record and notify, auditors read.
  if (area === 'breaches') return w ? set('officer') : set('officer', 'auditor');
  // Requests and letters: officers handle them, auditors read them, clerks see none of it.
  if (area === 'requests' || area === 'letters' || area === 'calendar' || area === 'deadlines')
    return w ? set('officer') : set('officer', 'auditor');
  throw new Error(`no rule for ${name}: add one to the role matrix`);
}

describe('role matrix', () => {
  let dir: string;
  let core: AppCore;
  const sessions = {} as Record<Role, string>;

  beforeAll(async () => {
    dir = tmpDir();
    core = new AppCore({
      dbFile: path.join(dir, 'desk.db'),
      keyStore: new FileKeyStore(path.join(dir, 'desk.key')),
      shell: 'headless',
      version: 't',
    });
    core.start();
    const setup = await dispatch(
      HANDLERS,
      'app.setup',
      { admin: { username: 'admin', displayName: 'Admin', password: 'admin password 1' } },
      { core },
    );
    sessions.admin = (setup as { value: { sessionToken: string } }).value.sessionToken;
    for (const role of ['officer', 'clerk', 'auditor'] as const) {
      const password = `${role} password 1`;
      const created = await dispatch(
        HANDLERS,
        'users.create',
        { username: role, displayName: role, role, password },
        { core, sessionToken: sessions.admin },
      );
      expect(created.ok).toBe(true);
      const login = await dispatch(HANDLERS, 'auth.login', { username: role, password }, { core });
      sessions[role] = (login as { value: { sessionToken: string } }).value.sessionToken;
      // A new account's password is temporary: until it is changed, nothing else is allowed.
      const changed = await dispatch(
        HANDLERS,
        'auth.changePassword',
        { current: password, next: `${password} own` },
        { core, sessionToken: sessions[role] },
      );
      expect(changed.ok).toBe(true);
    }
  });
  afterAll(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses exactly what each role may not do, for every call', async () => {
    const mismatches: string[] = [];
    for (const name of Object.keys(CONTRACT) as CallName[]) {
      const allowed = expectedRoles(name);
      for (const role of ROLES) {
        const r = await dispatch(
          HANDLERS,
          name,
          { __role_probe__: true },
          { core, sessionToken: sessions[role] },
        );
        const code = r.ok ? 'OK' : r.error.code;
        const expected = allowed.has(role) ? 'VALIDATION' : 'FORBIDDEN';
        if (code !== expected) mismatches.push(`${name} as ${role}: ${code}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('an auditor changes nothing: every call that writes is refused to them', () => {
    const auditorWrites = (Object.keys(CONTRACT) as CallName[]).filter(
      (n) => writes(n) && expectedRoles(n).has('auditor') && !n.startsWith('app.') && !n.startsWith('auth.'),
    );
    expect(auditorWrites).toEqual([]);
  });

  it('a fee on an access decision is refused at the contract with its own translated message', async () => {
    const decision = {
      type: 'access',
      outcome: 'granted',
      dataHeld: [{ category: 'ФИО', value: 'x' }],
      delivery: 'registered_mail',
      fee: 500,
    };
    const r = await dispatch(
      HANDLERS,
      'requests.decide',
      { id: 'RQ-2026-00001', decision },
      { core, sessionToken: sessions.officer },
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        messageKey: 'errors.ACCESS_FEE_REFUSED',
        details: { issues: [{ path: 'decision.fee', code: 'custom' }] },
      },
    });
  });

  it('"Save as PDF" needs a session, then asks the host, and names a shell that cannot', async () => {
    const asked: string[] = [];
    const ask = (sessionToken?: string) =>
      dispatch(HANDLERS, 'app.savePdf', { fileName: 'ИСХ-2026-000001.pdf' }, { core, sessionToken });
    expect(await ask()).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } });
    // The headless shell has no host operation: the page falls back to the print dialog.
    expect(await ask(sessions.auditor)).toMatchObject({
      ok: false,
      error: { code: 'PDF_UNSUPPORTED', messageKey: 'errors.PDF_UNSUPPORTED' },
    });
    core.machine = {
      dataDirSource: 'custom',
      logDir: null,
      migration: { state: 'none' },
      updateSource: null,
      savePdf: async (fileName) => (asked.push(fileName), { state: 'completed', fileName }),
    };
    try {
      for (const role of ROLES)
        expect(await ask(sessions[role])).toEqual({
          ok: true,
          value: { state: 'completed', fileName: 'ИСХ-2026-000001.pdf' },
        });
      expect(asked).toHaveLength(ROLES.length);
    } finally {
      core.machine = null;
    }
  });

  it('every session is still usable afterwards (the probes ran nothing)', async () => {
    for (const role of ROLES) {
      const r = await dispatch(HANDLERS, 'auth.session', {}, { core, sessionToken: sessions[role] });
      expect(r).toMatchObject({ ok: true, value: { user: { role }, locked: false } });
    }
  });
});
