import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSchema } from '../../common/contract/mailroom';
import { buildExport, EXPORT_MAX_ROWS, exportRegister } from '../../electron/mailroom/export';
import { cancelIncoming } from '../../electron/mailroom/intake';
import type { Server } from '../../electron/sql/server';
import { ACTOR, addIncoming, addOutgoing, at, ISSUE_SAMPLE, parse } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

/** A tiny RFC 4180 reader (quotes, doubled quotes, CRLF), to read back what was written. */
function readCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('register exports', () => {
  let t: TmpDb;
  let s: Server;
  const exp = (input: Record<string, unknown>) => buildExport(s, ACTOR, parse(exportSchema, input));

  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-11-25T06:00:00Z') });
    addIncoming(s, ISSUE_SAMPLE);
    addIncoming(s, {
      receivedAt: '2026-11-24T09:15:00+05:00',
      channel: 'courier',
      courierCompany: 'CDEK',
      waybill: '1234567890',
      sender: { name: 'ТОО «Дала, Логистик»', address: 'г. Алматы,\nул. Жандосова, 58' },
      summary: '=cmd|\' /C calc\'!A0 — "жалоба"',
      notes: '+7 701 000 00 00; @home; -1',
      language: 'ru',
      sheets: 3,
    });
    const third = addIncoming(s, {
      channel: 'by_hand',
      sender: { name: 'Иванов Иван' },
      summary: 'Ошибочно',
      language: 'ru',
      receivedAt: '2026-11-24T10:00:00+05:00',
    });
    cancelIncoming(s, ACTOR, { id: third.id, reason: 'зарегистрировано дважды' });
    addIncoming(s, {
      channel: 'by_hand',
      sender: { name: 'Вне периода' },
      summary: 'x',
      language: 'ru',
      receivedAt: '2026-10-31T23:59:00+05:00',
    });
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('CSV: BOM, RFC 4180 quoting, formulas defused, IINs masked, cancelled rows kept with the reason', async () => {
    const out = await exp({ register: 'incoming', from: '2026-11-01', to: '2026-11-30', format: 'csv' });
    expect(out).toMatchObject({
      fileName: 'incoming-register_2026-11-01_2026-11-30.csv',
      mime: 'text/csv; charset=utf-8',
      rows: 3,
    });
    expect([...out.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = out.data.subarray(3).toString('utf8');
    const rows = readCsv(text);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 6)).toEqual([
      'Вх. №',
      'Дата получения',
      'Время',
      'Способ поступления',
      'Трек-номер / накладная',
      'Отправитель',
    ]);
    const [, first, second, third] = rows;
    expect(first!.slice(0, 8)).toEqual([
      'ВХ-2026-000001',
      '23.11.2026',
      '10:05',
      'заказное письмо',
      'RR123456785KZ',
      'Айгерім Сейтқали',
      '900115•••••2',
      'Алматы қ., Абай даңғылы 10, 25 пәтер',
    ]);
    expect(second![5]).toBe('ТОО «Дала, Логистик»');
    expect(second![7]).toBe('г. Алматы,\nул. Жандосова, 58');
    expect(second![11]).toBe(`'=cmd|' /C calc'!A0 — "жалоба"`);
    expect(second![18]).toBe("'+7 701 000 00 00; @home; -1");
    expect(third![17]).toBe('аннулировано: зарегистрировано дважды');
    expect(text).not.toContain('900115300122');
    // ';' for Excel under a Russian locale, and other heading languages.
    const semi = await exp({
      register: 'incoming',
      from: '2026-11-23',
      to: '2026-11-23',
      format: 'csv',
      delimiter: ';',
      lang: 'kk',
    });
    expect(readCsv(semi.data.subarray(3).toString('utf8'), ';')[0]!.slice(0, 2)).toEqual([
      'Кіріс №',
      'Түскен күні',
    ]);
    const audit = s.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'mailroom.export' ORDER BY id")
      .all() as { summary: string }[];
    expect(audit.map((a) => a.summary)).toEqual([
      expect.stringMatching(
        /^exported incoming register 2026-11-01\.\.2026-11-30 as csv \(ru\), 3 rows, IINs masked, audit head \d+ [0-9a-f]{16}$/,
      ),
      expect.stringMatching(
        /^exported incoming register 2026-11-23\.\.2026-11-23 as csv \(kk\), 1 rows, IINs masked, audit head \d+ [0-9a-f]{16}$/,
      ),
    ]);
  });

  it('DOCX: a real document, A4 landscape, Times New Roman in every script slot, the rows in a table', async () => {
    const out = await exportRegister(
      s,
      ACTOR,
      parse(exportSchema, {
        register: 'incoming',
        from: '2026-11-01',
        to: '2026-11-30',
        format: 'docx',
        lang: 'kk',
      }),
    );
    expect(out).toMatchObject({ fileName: 'incoming-register_2026-11-01_2026-11-30.docx', rows: 3 });
    const zip = await JSZip.loadAsync(Buffer.from(out.dataBase64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      'Кіріс хат-хабарларды тіркеу журналы',
      '«iBusiness (Зияткерлік Бизнес)» ЖШС',
      'ВХ-2026-000001',
      'ВХ-2026-000002',
      'ВХ-2026-000003',
      'Айгерім Сейтқали',
      'күші жойылды: зарегистрировано дважды',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).not.toContain('Вне периода');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader/>');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(
      /w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/,
    );
  });

  it('exports the outgoing register too', async () => {
    addOutgoing(s, {
      addressee: { name: 'Айгерім Сейтқали' },
      summary: 'Жауап',
      method: 'registered_mail',
      inReplyTo: 'ВХ-2026-000001',
      status: 'sent',
    });
    const out = await exp({
      register: 'outgoing',
      from: '2026-11-25',
      to: '2026-11-25',
      format: 'csv',
      lang: 'en',
    });
    const rows = readCsv(out.data.subarray(3).toString('utf8'));
    expect(rows[0]!.slice(0, 3)).toEqual(['Outgoing No.', 'Date', 'Addressee']);
    expect(rows[1]!.slice(0, 3)).toEqual(['ИСХ-2026-000001', '2026-11-25', 'Айгерім Сейтқали']);
    expect(rows[1]![6]).toBe('ВХ-2026-000001');
  });

  it('refuses a period too large for one file, writing no audit entry', async () => {
    const saved = EXPORT_MAX_ROWS.docx;
    (EXPORT_MAX_ROWS as { docx: number }).docx = 2;
    try {
      await expect(
        exp({ register: 'incoming', from: '2026-11-01', to: '2026-11-30', format: 'docx' }),
      ).rejects.toMatchObject({
        code: 'EXPORT_TOO_LARGE',
        details: { rows: 3, maxRows: 2, format: 'docx' },
      });
    } finally {
      (EXPORT_MAX_ROWS as { docx: number }).docx = saved;
    }
    expect(
      s.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'mailroom.export'").get(),
    ).toEqual({ n: 0 });
    expect(() =>
      parse(exportSchema, { register: 'incoming', from: '2026-12-01', to: '2026-11-01', format: 'csv' }),
    ).toThrow();
  });
});
