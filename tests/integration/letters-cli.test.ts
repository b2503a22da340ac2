import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLetterDocx, listLetters } from '../../electron/letters/queries';
import { letterInput } from '../helpers/letters-fixtures';
import { addIncoming } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'privacy-desk.cjs');
/** The CLI runs on the real clock: numbers are of the current (Almaty) year. */
const no = (seq: number) =>
  `ИСХ-${new Date(Date.now() + 5 * 3600_000).getUTCFullYear()}-${String(seq).padStart(6, '0')}`;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, PRIVACY_DESK_KEY: '' },
  });
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

describe('privacy-desk letter', () => {
  let t: TmpDb;
  let keyFile: string;
  let incomingNo: string;
  let receivedDate: string;
  let dataFile: string;
  const db = () => ['--db', t.file, '--key-file', keyFile];

  beforeAll(() => {
    t = tmpDb();
    keyFile = path.join(t.dir, 'desk.key');
    writeFileSync(keyFile, t.key.toString('hex') + '\n', { mode: 0o600 });
    const s = t.open();
    const incoming = addIncoming(s, {
      channel: 'courier',
      sender: { name: 'Зуһра Сейтқали', address: 'Алматы қ., Абай даңғылы, 10-үй, 25-пәтер' },
      summary: 'Дербес деректерге қол жеткізу туралы сұрау',
      language: 'ru',
    });
    s.close();
    incomingNo = incoming.incomingNo;
    receivedDate = incoming.receivedDate;
    const input = letterInput('access_answer', 'ru');
    dataFile = path.join(t.dir, 'letter.json');
    writeFileSync(
      dataFile,
      JSON.stringify({ ...input, incoming: { number: incomingNo, date: receivedDate } }),
    );
  });
  afterAll(() => t.cleanup());

  it('is built (npm test builds first)', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs'))).toBe(true);
  });

  it('letter kinds --json lists the fourteen kinds with their names', () => {
    const r = cli(['letter', 'kinds', '--json']);
    expect(r.code).toBe(0);
    const kinds = (r.json!.kinds as { kind: string; names: Record<string, string> }[]).map((k) => k.kind);
    expect(kinds).toEqual([
      'acknowledgment',
      'identity_request',
      'access_answer',
      'withdrawal_confirmation',
      'refusal',
      'rectification_done',
      'blocking_notice',
      'unblocking_notice',
      'stop_messages_confirmation',
      'complaint_answer',
      'authority_notice',
      'minor_deletion_notice',
      'partial_grant',
      'objection_answer',
    ]);
    expect(r.json!.langs).toEqual(['kk', 'ru', 'en']);
  });

  it('letter render --data … --json: registers the letter, writes the DOCX, prints {outgoingNo, file, bytes, templateVersion}', () => {
    const out = path.join(t.dir, 'answer.docx');
    const r = cli([
      'letter',
      'render',
      '--data',
      dataFile,
      '--kind',
      'access_answer',
      '--lang',
      'ru',
      '--out',
      out,
      '--json',
      ...db(),
    ]);
    expect(r.stderr).toContain('"outgoing" in the data is ignored');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      outgoingNo: no(1),
      file: out,
      templateVersion: 1,
      version: 1,
      kind: 'access_answer',
      lang: 'ru',
    });
    const bytes = readFileSync(out);
    expect(r.json!.bytes).toBe(bytes.length);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const s = t.open();
    try {
      const [letter] = listLetters(s.db);
      expect(letter).toMatchObject({ outgoingNo: no(1), incomingNo, status: 'draft' });
      expect(getLetterDocx(s.db, letter!.id).docx.equals(bytes)).toBe(true);
    } finally {
      s.close();
    }
    // Regenerating keeps the number; a second letter takes the next one.
    const again = cli([
      'letter',
      'render',
      '--letter',
      String(r.json!.letterId),
      '--kind',
      'access_answer',
      '--out',
      out,
      '--json',
      ...db(),
    ]);
    expect(again.json).toMatchObject({ outgoingNo: no(1), version: 2 });
    const second = cli(
      [
        'letter',
        'render',
        '--data',
        '-',
        '--kind',
        'acknowledgment',
        '--out',
        path.join(t.dir, 'ack.docx'),
        '--json',
        ...db(),
      ],
      readFileSync(dataFile, 'utf8'),
    );
    // No --lang: the language of the incoming letter (ru).
    expect(second.json).toMatchObject({ outgoingNo: no(2), kind: 'acknowledgment', lang: 'ru' });
  });

  it('refuses bad usage (exit 2) and bad data (exit 1, the field named, never its value)', () => {
    const out = path.join(t.dir, 'x.docx');
    expect(cli(['letter', 'render', '--kind', 'refusal', '--out', out, ...db()]).code).toBe(2);
    expect(
      cli(['letter', 'render', '--data', dataFile, '--kind', 'nonsense', '--out', out, ...db()]).code,
    ).toBe(2);
    expect(
      cli([
        'letter',
        'render',
        '--data',
        dataFile,
        '--kind',
        'refusal',
        '--lang',
        'de',
        '--out',
        out,
        ...db(),
      ]).code,
    ).toBe(2);
    const missing = cli([
      'letter',
      'render',
      '--data',
      dataFile,
      '--kind',
      'refusal',
      '--out',
      out,
      '--json',
      ...db(),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.json).toMatchObject({
      error: {
        code: 'LETTER_DATA_MISSING',
        messageKey: 'errors.LETTER_DATA_MISSING',
        details: { missing: ['decision.legalBasis', 'decision.reasons'] },
      },
    });
    expect(missing.stdout + missing.stderr).not.toContain('Сейтқали');
    const unknownField = path.join(t.dir, 'unknown.json');
    writeFileSync(
      unknownField,
      JSON.stringify({ ...JSON.parse(readFileSync(dataFile, 'utf8')), colour: 'blue' }),
    );
    const strict = cli([
      'letter',
      'render',
      '--data',
      unknownField,
      '--kind',
      'acknowledgment',
      '--out',
      out,
      '--json',
      ...db(),
    ]);
    expect(strict.code).toBe(1);
    expect(strict.json).toMatchObject({
      error: { code: 'VALIDATION', details: { issues: [{ path: '', code: 'unrecognized_keys' }] } },
    });
    const request = cli([
      'letter',
      'render',
      '--request',
      'RQ-2026-000001',
      '--kind',
      'acknowledgment',
      '--out',
      out,
      '--json',
      ...db(),
    ]);
    expect(request.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('letter check lists a template’s problems and exits 1', () => {
    const bad = path.join(t.dir, 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync(path.join(ROOT, 'resources', 'letters', 'refusal.ru.yaml'), 'utf8').replace(
        '{{incoming.number}}',
        '{{incoming.nomer}}',
      ),
    );
    const r = cli(['letter', 'check', bad, '--json']);
    expect(r.code).toBe(1);
    expect(
      (r.json!.problems as { code: string; placeholder?: string }[]).map((p) => [p.code, p.placeholder]),
    ).toEqual([['unknown_placeholder', 'incoming.nomer']]);
    const ok = cli([
      'letter',
      'check',
      path.join(ROOT, 'resources', 'letters', 'refusal.ru.yaml'),
      '--kind',
      'refusal',
      '--lang',
      'ru',
      '--json',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({ ok: true, kind: 'refusal', lang: 'ru' });
  });
});
