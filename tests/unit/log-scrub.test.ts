// No personal data in logs: every log call site's typical message, with the personal data that
// could reach it by mistake, goes through the scrubber; the table must name every call site.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  configureLogFile,
  describeError,
  disableLogFile,
  LOG_FILE_NAME,
  logError,
  logInfo,
  logWarn,
  scrubLogText,
} from '../../electron/core/log';
import { tmpDir } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');

// What must never survive, whatever message it hides in.
const PERSONAL = [
  'Айгерим',
  'Нурланова',
  'Нұрланқызы',
  '871005400123', // IIN
  '990340001234', // BIN
  'RR123456785KZ', // S10 tracking number
  'RR 123 456 785 KZ',
  '+7 701 234 56 78',
  '8 (727) 250-11-22',
  '87012345678',
  'aigerim.n@mail.kz',
  'ул. Абая, 10, кв. 5',
  'Abay street 10, apt 5',
  'aigerim.n', // a Windows profile name
  'Aigerim Nurlanova',
];

function errorWith(
  message: string,
  file = 'C:\\Users\\aigerim.n\\AppData\\Local\\Programs\\Privacy Desk\\resources\\app.asar\\dist\\main.cjs',
): Error {
  const e = new Error(message);
  e.stack = `Error: ${message}\n    at runBackup (${file}:120:15)\n    at Server.write (${file}:88:3)`;
  return e;
}

/** One row per log call site (file → what it typically writes, with personal data planted in it). */
const CALL_SITES: Record<string, string[]> = {
  'electron/app/backups.ts': [
    `error in backup: ${describeError(Object.assign(errorWith('EACCES: \\\\srv\\backup\\Нурланова'), { code: 'EACCES' }))}`,
  ],
  'electron/app/dispatch.ts': [
    `error in requests.create: ${describeError(errorWith('subject Айгерим Нурланова 871005400123 not found'))}`,
  ],
  'electron/app/index-merges.ts': [
    `error in index merge: ${describeError(errorWith('SQLITE_BUSY: database is locked'))}`,
  ],
  'electron/worker/checkpointer.ts': [
    `error in checkpoint: ${describeError(errorWith('SQLITE_IOERR: C:\\ProgramData\\Privacy Desk\\Нурланова\\privacy-desk.db-wal'))}`,
  ],
  'electron/main.ts': [
    `error in starting the core worker: ${describeError(errorWith("Cannot find module 'C:\\Users\\aigerim.n\\AppData\\Local\\Programs\\Privacy Desk\\resources\\app.asar\\dist\\core-worker.cjs'"))}`,
  ],
  'electron/worker/core-client.ts': [
    `error in core worker: ${describeError(errorWith("Cannot read properties of undefined (reading 'Нурланова')"))}`,
    'core worker exited: exitCode=3',
  ],
  'electron/worker/core-worker.ts': [
    `error in core call: ${describeError(errorWith('UNIQUE constraint failed: subject Айгерим Нурланова 871005400123'))}`,
    `error in core facts: ${describeError(errorWith('SQLITE_BUSY'))}`,
    `error in intake.create: ${describeError(errorWith('subject Айгерим Нурланова not found'))}`,
  ],
  'electron/worker/reader-worker.ts': [
    `error in reader call: ${describeError(errorWith('no such column: Нурланова 871005400123'))}`,
  ],
  'electron/shell/electron/updates.ts': [
    'updater: Checking for update',
    'updater: Found version 0.2.0 (url: Privacy Desk-Setup-0.2.0.exe)',
    'updater: New version 0.2.0 has been downloaded to C:\\Users\\aigerim.n\\AppData\\Local\\privacy-desk-updater\\pending\\Privacy Desk-Setup-0.2.0.exe',
    'updater: 0.2.0 downloaded and verified; installs on exit',
    `updater failed: ${describeError(errorWith('sha512 checksum mismatch'))}`,
  ],
  'electron/shell/electron/crash.ts': [
    `error in main (uncaughtException): ${describeError(errorWith('Cannot read properties of undefined (reading "displayName": "Aigerim Nurlanova")'))}`,
    'error in shutdown after a fatal error: non-error thrown (string)',
    'error in main (unhandledRejection): non-error thrown (object)',
    'renderer gone: reason=crashed exitCode=-1073741819',
    'child process gone: type=GPU reason=oom exitCode=3221225477',
  ],
  'electron/shell/electron/office.ts': [
    'starting 0.2.0; data folder from config',
    'machine-scope DPAPI unavailable: the key is sealed for this Windows user only',
    `error in moving the per-user database: ${describeError(Object.assign(errorWith('EPERM'), { code: 'EPERM' }))}`,
    'per-user database: failed (legacy_key_unavailable)',
  ],
  'electron/shell/serve.ts': [
    // scripts/start.mjs's reason, with a developer's profile folder in it
    'Electron cannot start here: no Electron binary at /home/aigerim.n/privacy-desk/node_modules/electron/dist/electron. Starting the headless shell instead (same app, in your browser).',
    'headless shell: database /home/aigerim.n/.config/privacy-desk/privacy-desk.db (ready)',
  ],
};

/** Log call sites in the main-process sources (the log module itself excepted). */
function callSiteFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && /\blog(Error|Warn|Info)\(/.test(readFileSync(full, 'utf8')))
        out.push(path.relative(ROOT, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(ROOT, 'electron'));
  return out.filter((f) => f !== 'electron/core/log.ts').sort();
}

describe('log scrubber', () => {
  it('has a representative message for every log call site', () => {
    expect(callSiteFiles()).toEqual(Object.keys(CALL_SITES).sort());
  });

  it('removes names, IINs, addresses, tracking numbers, phones, e-mails and profile names from every call site’s messages', () => {
    for (const [site, messages] of Object.entries(CALL_SITES)) {
      for (const m of messages) {
        const out = scrubLogText(m);
        for (const p of PERSONAL) expect(out, `${site}: ${out}`).not.toContain(p);
        expect(out, site).not.toMatch(/[\u0400-\u04FF]/);
        expect(out, site).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
      }
    }
  });

  it('keeps what support needs: versions, reasons, exit codes, error kinds and code locations', () => {
    expect(scrubLogText('renderer gone: reason=crashed exitCode=-1073741819')).toBe(
      'renderer gone: reason=crashed exitCode=-1073741819',
    );
    expect(scrubLogText('child process gone: type=GPU reason=oom exitCode=3221225477')).toContain(
      '3221225477',
    );
    expect(scrubLogText('updater: Found version 0.2.0 (url: Privacy Desk-Setup-0.2.0.exe)')).toBe(
      'updater: Found version 0.2.0 (url: Privacy Desk-Setup-0.2.0.exe)',
    );
    const e = scrubLogText(
      `error in backup: ${describeError(Object.assign(errorWith('x'), { code: 'EACCES' }))}`,
    );
    expect(e).toContain('Error [EACCES]');
    expect(e).toContain(
      'C:\\Users\\[user]\\AppData\\Local\\Programs\\Privacy Desk\\resources\\app.asar\\dist\\main.cjs:120:15',
    );
  });

  it('scrubs each kind of personal data on its own', () => {
    expect(scrubLogText('iin 871005400123 ok')).toBe('iin [iin] ok');
    expect(scrubLogText('track RR123456785KZ sent')).toBe('track [tracking] sent');
    expect(scrubLogText('call +7 701 234 56 78 now')).toBe('call [phone] now');
    expect(scrubLogText('mail aigerim.n@mail.kz now')).toBe('mail [email] now');
    expect(scrubLogText('from Нурланова А.')).toBe('from [text]');
    expect(scrubLogText('{"displayName":"Aigerim Nurlanova","role":"clerk"}')).toBe(
      '{"displayName":"[redacted]","role":"clerk"}',
    );
  });
});

describe('log file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    disableLogFile();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes scrubbed lines and rotates at the size cap, keeping N files', () => {
    const dir = tmpDir('pd-logs-');
    dirs.push(dir);
    const file = configureLogFile({ dir, maxBytes: 400, files: 3 })!;
    expect(file).toBe(path.join(dir, LOG_FILE_NAME));
    logInfo('first line for Айгерим 871005400123');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z INFO first line for \[text\] \[iin\]\n$/,
    );
    for (let i = 0; i < 40; i++) logWarn(`line ${i} ${'x'.repeat(60)}`);
    logError('backup', new Error('boom'));
    const names = readdirSync(dir).sort();
    expect(names).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const n of names) expect(statSync(path.join(dir, n)).size).toBeLessThanOrEqual(400);
    expect(readFileSync(file, 'utf8')).toContain('ERROR error in backup: Error');
    expect(readFileSync(path.join(dir, `${LOG_FILE_NAME}.2`), 'utf8')).not.toContain('first line');
  });

  it('falls back to stderr when the log folder cannot be created, and never throws', () => {
    const dir = tmpDir('pd-logs-');
    dirs.push(dir);
    writeFileSync(path.join(dir, 'not-a-folder'), '');
    expect(configureLogFile({ dir: path.join(dir, 'not-a-folder', 'logs') })).toBeNull();
    expect(() => logError('backup', new Error('boom'))).not.toThrow();
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});
