import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addScan, removeScan } from '../../electron/mailroom/scans';
import { setMailroomSettings } from '../../electron/mailroom/settings';
import { getIncoming } from '../../electron/mailroom/sql/incoming';
import { getScanContent } from '../../electron/mailroom/sql/scans';
import type { Server } from '../../electron/sql/server';
import {
  ACTOR,
  addIncoming,
  at,
  errorOf,
  FAKE_EXE,
  fileHash,
  ISSUE_SAMPLE,
  TINY_PDF,
  TINY_PNG,
} from '../helpers/mailroom';
import { diskBytes, tmpDb, type TmpDb } from '../helpers/tmpdb';

const b64 = (b: Buffer) => b.toString('base64');

describe('scans', () => {
  let t: TmpDb;
  let s: Server;
  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-11-23T06:00:00Z') });
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  /** Everything that would show a write: file and WAL bytes, counters, audit chain length. */
  const snapshot = () => {
    s.checkpoint();
    return {
      disk: fileHash(t.file),
      letters: s.db.prepare('SELECT count(*) AS n FROM incoming_letters').get(),
      scans: s.db.prepare('SELECT count(*) AS n FROM mail_scans').get(),
      counters: s.db.prepare('SELECT * FROM register_counters').all(),
    };
  };

  it('refuses an executable renamed .pdf, with a clear code, and writes nothing', () => {
    const before = snapshot();
    const e = errorOf(() =>
      addIncoming(s, { ...ISSUE_SAMPLE, scans: [{ fileName: 'конверт.pdf', dataBase64: b64(FAKE_EXE) }] }),
    );
    expect(e).toEqual({
      code: 'SCAN_TYPE',
      details: { file: 0, bytes: FAKE_EXE.length, maxBytes: 25 * 1024 * 1024, content: 'executable' },
    });
    expect(snapshot()).toEqual(before);
    // The same through scans.add on an existing letter.
    const letter = addIncoming(s, ISSUE_SAMPLE);
    const mid = snapshot();
    expect(
      errorOf(() =>
        addScan(s, ACTOR, {
          register: 'incoming',
          letterId: letter.id,
          fileName: 'scan.pdf',
          dataBase64: b64(FAKE_EXE),
        }),
      )?.code,
    ).toBe('SCAN_TYPE');
    expect(snapshot()).toEqual(mid);
  });

  it('refuses an oversized file before decoding it, and writes nothing', () => {
    setMailroomSettings(s, ACTOR, { scanMaxBytes: 1024 * 1024 });
    const before = snapshot();
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(1024 * 1024)]);
    const e = errorOf(() =>
      addIncoming(s, { ...ISSUE_SAMPLE, scans: [{ fileName: 'big.pdf', dataBase64: b64(big) }] }),
    );
    expect(e).toEqual({
      code: 'SCAN_TOO_LARGE',
      details: { file: 0, bytes: big.length, maxBytes: 1024 * 1024 },
    });
    expect(snapshot()).toEqual(before);
    // Exactly at the limit is fine.
    const atLimit = Buffer.concat([TINY_PDF, Buffer.alloc(1024 * 1024 - TINY_PDF.length)]);
    expect(
      addIncoming(s, { ...ISSUE_SAMPLE, scans: [{ fileName: 'ok.pdf', dataBase64: b64(atLimit) }] }).scans[0]!
        .bytes,
    ).toBe(1024 * 1024);
  });

  it('refuses an empty file and malformed base64; a later bad file stops the whole registration', () => {
    const before = snapshot();
    expect(
      errorOf(() => addIncoming(s, { ...ISSUE_SAMPLE, scans: [{ fileName: 'a.pdf', dataBase64: '' }] }))
        ?.code,
    ).toBe('SCAN_EMPTY');
    expect(
      errorOf(() =>
        addIncoming(s, { ...ISSUE_SAMPLE, scans: [{ fileName: 'a.pdf', dataBase64: 'not base64!' }] }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      details: { issues: [{ path: 'scans.0.dataBase64', code: 'base64' }] },
    });
    const e = errorOf(() =>
      addIncoming(s, {
        ...ISSUE_SAMPLE,
        scans: [
          { fileName: 'good.pdf', dataBase64: b64(TINY_PDF) },
          { fileName: 'bad.pdf', dataBase64: b64(FAKE_EXE) },
        ],
      }),
    );
    expect(e).toMatchObject({ code: 'SCAN_TYPE', details: { file: 1 } });
    expect(snapshot()).toEqual(before);
  });

  it('stores real PDF and PNG scans encrypted inside the database; they come back byte for byte', () => {
    const marker = Buffer.from('/Producer (Сейтқали scanner 900115300122)', 'utf8');
    const pdf = Buffer.concat([TINY_PDF, marker]);
    const letter = addIncoming(s, {
      ...ISSUE_SAMPLE,
      scans: [
        { fileName: 'C:\\Scans\\..\\конверт.pdf', dataBase64: b64(pdf), kind: 'envelope' },
        // A PNG named .pdf is stored as what it is.
        { fileName: 'page1.pdf', dataBase64: `data:application/pdf;base64,${b64(TINY_PNG)}` },
      ],
    });
    expect(letter.scans).toMatchObject([
      {
        register: 'incoming',
        letterId: letter.id,
        kind: 'envelope',
        label: 'конверт.pdf',
        mime: 'application/pdf',
        bytes: pdf.length,
        addedBy: ACTOR,
      },
      { kind: 'letter', label: 'page1.pdf', mime: 'image/png', bytes: TINY_PNG.length },
    ]);
    expect(letter.scans[0]!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(letter.scanCount).toBe(2);

    const back = s.read((db) => getScanContent(db, letter.scans[0]!.id))!;
    expect(Buffer.from(back.dataBase64, 'base64').equals(pdf)).toBe(true);
    const png = s.read((db) => getScanContent(db, letter.scans[1]!.id))!;
    expect(Buffer.from(png.dataBase64, 'base64').equals(TINY_PNG)).toBe(true);
    // Never in clear on disk (file or WAL).
    expect(diskBytes(t.file).includes(marker)).toBe(false);
    expect(diskBytes(t.file).includes(TINY_PDF.subarray(0, 40))).toBe(false);

    const added = addScan(s, ACTOR, {
      register: 'incoming',
      letterId: letter.id,
      fileName: 'p2.png',
      dataBase64: b64(TINY_PNG),
      kind: 'enclosure',
    });
    expect(added).toMatchObject({ label: 'p2.png', mime: 'image/png', kind: 'enclosure' });
    removeScan(s, ACTOR, { id: added.id, reason: 'wrong_file' });
    expect(s.read((db) => getIncoming(db, { id: letter.id }))!.scans.map((x) => x.label)).toEqual([
      'конверт.pdf',
      'page1.pdf',
    ]);
    const audit = s.db
      .prepare("SELECT action, summary FROM audit_log WHERE action LIKE 'scan.%' ORDER BY id")
      .all() as { action: string; summary: string }[];
    expect(audit).toEqual([
      {
        action: 'scan.add',
        summary: `scan ${added.id} (image/png, ${TINY_PNG.length} bytes) attached to ВХ-2026-000001`,
      },
      {
        action: 'scan.remove',
        summary: `scan ${added.id} (image/png, ${TINY_PNG.length} bytes) removed from ВХ-2026-000001: wrong_file`,
      },
    ]);
    expect(errorOf(() => removeScan(s, ACTOR, { id: added.id, reason: 'other' }))?.code).toBe('NOT_FOUND');
    expect(
      errorOf(() =>
        addScan(s, ACTOR, {
          register: 'incoming',
          letterId: 999,
          fileName: 'x.png',
          dataBase64: b64(TINY_PNG),
        }),
      )?.code,
    ).toBe('NOT_FOUND');
  });
});
