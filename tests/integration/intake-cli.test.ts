// The mailroom on the command line (spawns bin/privacy-desk.cjs: run `node scripts/build.mjs --main-only` first,
// as npm test does). Includes the race: several processes registering into one file at once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateIinBin } from '../../common/identifiers/iin';
import { validateS10 } from '../../common/identifiers/s10';
import { readKeyFile } from '../../electron/core/keys';
import { listOutbox } from '../../electron/sql/outbox';
import { Server } from '../../electron/sql/server';
import { FAKE_EXE, ISSUE_SAMPLE, TINY_PDF } from '../helpers/mailroom';
import { tmpDir } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

describe('mailroom CLI', () => {
  let dir: string;
  let db: string;
  let keyFile: string;
  const cli = (args: string[], input?: string): Run => {
    const r = spawnSync(process.execPath, [BIN, ...args, '--db', db, '--key-file', keyFile], {
      encoding: 'utf8',
      input,
      env: { ...process.env, PRIVACY_DESK_KEY: '' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: parseJson(r.stdout) };
  };
  const file = (name: string, content: unknown) => {
    const p = path.join(dir, name);
    writeFileSync(
      p,
      typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content),
    );
    return p;
  };
  const open = () => Server.open({ file: db, key: readKeyFile(keyFile) });

  beforeEach(() => {
    dir = tmpDir();
    db = path.join(dir, 'desk.db');
    keyFile = path.join(dir, 'desk.key');
    const init = spawnSync(
      process.execPath,
      [BIN, 'db', 'init', '--db', db, '--new-key-file', keyFile, '--json'],
      { encoding: 'utf8' },
    );
    expect(init.status, init.stderr).toBe(0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is built', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs'))).toBe(true);
  });

  it('intake add takes the exact sample from the issue and prints the entry with incomingNo at top level', () => {
    const r = cli(['intake', 'add', file('letter.json', ISSUE_SAMPLE), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      incomingNo: 'ВХ-2026-000001',
      receivedAt: '2026-11-23T05:05:00.000Z',
      channel: 'registered_mail',
      trackingNumber: 'RR123456785KZ',
      sender: { name: 'Айгерім Сейтқали', iin: '900115300122' },
      language: 'kk',
      sheets: 1,
    });
    // Standard input works too; the duplicate is refused (exit 1) until confirmed.
    const dup = cli(['intake', 'add', '-', '--json'], JSON.stringify(ISSUE_SAMPLE));
    expect(dup.code).toBe(1);
    expect(dup.json.error).toMatchObject({
      code: 'DUPLICATE',
      messageKey: 'errors.DUPLICATE',
      details: { matches: [{ incomingNo: 'ВХ-2026-000001' }] },
    });
    expect(dup.stderr).toContain('DUPLICATE');
    const confirmed = cli(
      ['intake', 'add', '-', '--json', '--confirm-warnings'],
      JSON.stringify(ISSUE_SAMPLE),
    );
    expect(confirmed.code).toBe(0);
    expect(confirmed.json.incomingNo).toBe('ВХ-2026-000002');
  });

  it('applies the same validation as the form, naming fields but never echoing values', () => {
    const wrongDigit = cli([
      'intake',
      'add',
      file('a.json', { ...ISSUE_SAMPLE, trackingNumber: 'RR123456789KZ' }),
      '--json',
    ]);
    expect(wrongDigit.code).toBe(1);
    expect(wrongDigit.json.error).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'trackingNumber', code: 'tracking_check_digit' }] },
    });
    const unknown = cli(['intake', 'add', file('b.json', { ...ISSUE_SAMPLE, extra: 1 }), '--json']);
    expect(unknown.json.error).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ code: 'unrecognized_keys' }] },
    });
    const badIin = cli([
      'intake',
      'add',
      file('c.json', { ...ISSUE_SAMPLE, sender: { ...ISSUE_SAMPLE.sender, iin: '900115300123' } }),
      '--json',
    ]);
    expect(badIin.json.error.details.issues).toEqual([
      { path: 'sender.iin', code: 'iin_invalid', reason: 'check_digit', kind: 'IIN' },
    ]);
    expect(badIin.stdout + badIin.stderr).not.toContain('900115300123');
    const notJson = cli(['intake', 'add', file('d.json', '{oops'), '--json']);
    expect(notJson.code).toBe(1);
    expect(notJson.json.error.details).toEqual({ issues: [{ path: '(file)', code: 'invalid_json' }] });
    expect(cli(['intake', 'list', '--json']).json.rows).toEqual([]);
  });

  it('attaches scans checked by content: a renamed .exe is refused and nothing is written', () => {
    const exe = file('scan.pdf', FAKE_EXE);
    const refused = cli(['intake', 'add', file('l.json', ISSUE_SAMPLE), '--scan', exe, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json.error).toMatchObject({
      code: 'SCAN_TYPE',
      details: { file: 0, content: 'executable' },
    });
    expect(refused.stderr).toContain('not a PDF, JPEG, PNG or TIFF');
    expect(cli(['intake', 'list', '--json']).json.rows).toHaveLength(0);
    const ok = cli([
      'intake',
      'add',
      file('l.json', ISSUE_SAMPLE),
      '--scan',
      file('конверт.pdf', TINY_PDF),
      '--json',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json.scans).toMatchObject([
      { label: 'конверт.pdf', mime: 'application/pdf', bytes: TINY_PDF.length },
    ]);
  });

  it('lists with IINs masked, gets one entry in full, searches, and cancels keeping the number', () => {
    cli(['intake', 'add', file('l.json', ISSUE_SAMPLE), '--json']);
    const list = cli(['intake', 'list', '--json', '--from', '2026-11-23', '--to', '2026-11-23']);
    expect(list.code).toBe(0);
    expect(list.json).toMatchObject({
      hasMore: false,
      nextCursor: null,
      rows: [{ incomingNo: 'ВХ-2026-000001', sender: { iinMasked: '900115•••••2' } }],
    });
    expect(list.stdout).not.toContain('900115300122');
    expect(cli(['intake', 'list', '--json', '--from', '2026-11-24']).json.rows).toHaveLength(0);
    const get = cli(['intake', 'get', 'ВХ-2026-000001', '--json']);
    expect(get.json).toMatchObject({ incomingNo: 'ВХ-2026-000001', sender: { iin: '900115300122' } });
    expect(cli(['intake', 'get', 'ВХ-2026-999999', '--json']).json.error.code).toBe('NOT_FOUND');
    const found = cli(['search', 'сейтқали', '--json']);
    expect(found.json.hits).toMatchObject([
      { register: 'incoming', number: 'ВХ-2026-000001', name: 'Айгерім Сейтқали', iinMasked: '900115•••••2' },
    ]);
    expect(cli(['search', 'сейт', '--json']).json.hits).toHaveLength(1);
    const cancelled = cli([
      'intake',
      'cancel',
      'ВХ-2026-000001',
      '--reason',
      'ошибочная регистрация',
      '--json',
    ]);
    expect(cancelled.json).toMatchObject({ incomingNo: 'ВХ-2026-000001', status: 'cancelled' });
    expect(cli(['intake', 'list', '--status', 'cancelled', '--json']).json.rows).toHaveLength(1);
  });

  it('seed demo adds realistic letters in batches with one audit entry per batch and no sync events', () => {
    const r = cli(['seed', 'demo', '--letters', '1500', '--seed', '7', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ letters: 1500, batches: 1 });
    const s = open();
    try {
      expect(s.db.prepare('SELECT count(*) AS n FROM incoming_letters').get()).toEqual({ n: 1500 });
      expect(listOutbox(s.db)).toHaveLength(0);
      expect(s.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'seed.demo'").get()).toEqual({
        n: 1,
      });
      const seqs = s.db.prepare('SELECT year, seq FROM incoming_letters ORDER BY received_at, id').all() as {
        year: number;
        seq: number;
      }[];
      // In order of receipt, gap-free per year.
      const byYear = new Map<number, number[]>();
      for (const x of seqs) byYear.set(x.year, [...(byYear.get(x.year) ?? []), x.seq]);
      for (const list of byYear.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    } finally {
      s.close();
    }
    const page = cli(['intake', 'list', '--channel', 'registered_mail', '--limit', '20', '--json']);
    expect(page.json.rows).toHaveLength(20);
    for (const row of page.json.rows)
      expect(validateS10(row.trackingNumber).valid, row.trackingNumber).toBe(true);
    const withIin = cli(['intake', 'list', '--limit', '200', '--json']).json.rows.filter(
      (r: { sender: { iinMasked: string | null } }) => r.sender.iinMasked,
    );
    expect(withIin.length).toBeGreaterThan(50);
    const s2 = open();
    try {
      for (const { iin } of s2.db
        .prepare('SELECT sender_iin AS iin FROM incoming_letters WHERE sender_iin IS NOT NULL LIMIT 300')
        .all() as { iin: string }[]) {
        expect(validateIinBin(iin).valid, iin).toBe(true);
      }
    } finally {
      s2.close();
    }
  });

  it('exports a period as CSV and DOCX files, refusing to overwrite', async () => {
    cli([
      'intake',
      'add',
      file('l.json', { ...ISSUE_SAMPLE, summary: '=HYPERLINK("x"), "цитата"' }),
      '--json',
    ]);
    const out = path.join(dir, 'register.csv');
    const csv = cli([
      'intake',
      'export',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--out',
      out,
      '--json',
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.json).toMatchObject({ rows: 1, mime: 'text/csv; charset=utf-8' });
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""x""), ""цитата"""`);
    expect(text).toContain('900115•••••2');
    expect(text).not.toContain('900115300122');
    expect(
      cli(['intake', 'export', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out, '--json']).code,
    ).not.toBe(0);
    const docx = path.join(dir, 'register.docx');
    expect(
      cli(['intake', 'export', '--from', '2026-11-01', '--to', '2026-11-30', '--out', docx, '--lang', 'kk'])
        .code,
    ).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('ВХ-2026-000001');
    expect(xml).toContain('Кіріс хат-хабарларды тіркеу журналы');
  });

  it('many processes registering at once never share or skip a number', async () => {
    const PROCESSES = 4;
    const EACH = 25;
    const batches = Array.from({ length: PROCESSES }, (_, p) =>
      file(
        `batch${p}.json`,
        Array.from({ length: EACH }, (_, i) => ({
          channel: 'by_hand',
          sender: { name: `Отправитель ${p}-${i}` },
          summary: `Письмо ${p}-${i}`,
          language: 'ru',
        })),
      ),
    );
    const runs = await Promise.all(
      batches.map(
        (b) =>
          new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
            const child = spawn(
              process.execPath,
              [BIN, 'intake', 'add', b, '--json', '--db', db, '--key-file', keyFile],
              {
                env: { ...process.env, PRIVACY_DESK_KEY: '' },
              },
            );
            let out = '';
            let err = '';
            child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
            child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
            child.on('close', (code) => resolve({ code, out, err }));
          }),
      ),
    );
    for (const r of runs) expect(r.code, r.err).toBe(0);
    const perProcess = runs.map((r) => (JSON.parse(r.out) as { seq: number }[]).map((e) => e.seq));
    const numbers = perProcess.flat();
    // How the processes interleaved (informative: the scheduler decides).
    console.info('numbers per process:', perProcess.map((p) => `${p[0]}..${p[p.length - 1]}`).join(' '));
    expect(numbers).toHaveLength(PROCESSES * EACH);
    expect([...numbers].sort((a, b) => a - b)).toEqual(
      Array.from({ length: PROCESSES * EACH }, (_, i) => i + 1),
    );
    const s = open();
    try {
      const rows = s.db.prepare('SELECT seq, incoming_no AS no FROM incoming_letters ORDER BY seq').all() as {
        seq: number;
        no: string;
      }[];
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: PROCESSES * EACH }, (_, i) => i + 1));
      expect(new Set(rows.map((r) => r.no)).size).toBe(PROCESSES * EACH);
      expect(
        s.db.prepare("SELECT last_seq FROM register_counters WHERE register = 'incoming'").get(),
      ).toEqual({ last_seq: PROCESSES * EACH });
    } finally {
      s.close();
    }
  });
});
