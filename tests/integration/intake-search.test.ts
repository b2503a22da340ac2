import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeUpdateSchema } from '../../common/contract/mailroom';
import { updateIncoming } from '../../electron/mailroom/intake';
import { searchRegisters } from '../../electron/mailroom/search';
import { seedDemo } from '../../electron/mailroom/seed';
import { wipeIncomingLetter } from '../../electron/mailroom/sql/purge';
import { m0012_search_fold } from '../../electron/sql/migrations/0012_search_fold';
import { m0018_fts_secure_purge } from '../../electron/sql/migrations/0018_fts_secure_purge';
import { m0020_fts_prefix_four } from '../../electron/sql/migrations/0020_fts_prefix_four';
import { buildFtsQuery, searchIds } from '../../electron/mailroom/sql/search';
import type { Server } from '../../electron/sql/server';
import { ACTOR, addIncoming, addOutgoing, at, ISSUE_SAMPLE, parse } from '../helpers/mailroom';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

describe('full-text search', () => {
  let t: TmpDb;
  let s: Server;
  const search = (query: string, register?: 'incoming' | 'outgoing' | 'all') =>
    s.read((db) => searchRegisters(db, { query, ...(register ? { register } : {}) }));
  const numbers = (query: string) => search(query).hits.map((h) => h.number);

  beforeEach(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-11-23T06:00:00Z') });
    addIncoming(s, ISSUE_SAMPLE); // ВХ-2026-000001
    addIncoming(s, {
      receivedAt: '2026-11-22T15:00:00+05:00',
      channel: 'courier',
      courierCompany: 'Pony Express',
      waybill: 'PX-77120045',
      sender: { name: 'Әбенова Гүлнара', address: '050040, г. Алматы, пр. аль-Фараби, д. 47, кв. 79' },
      summary: 'Жалоба на рассылку SMS',
      notes: 'Конверт вскрыт при доставке',
      language: 'ru',
    }); // ВХ-2026-000002
    addIncoming(s, {
      receivedAt: '2026-11-21T11:00:00+05:00',
      channel: 'by_hand',
      sender: { name: 'ТОО «Дала Логистик»', iin: '220440001087' },
      senderRef: { number: '15-2/431' },
      summary: 'Запрос о персональных данных сотрудника',
      language: 'ru',
    }); // ВХ-2026-000003
    addOutgoing(s, {
      addressee: { name: 'Айгерім Сейтқали' },
      summary: 'Өтінішке жауап',
      method: 'registered_mail',
      inReplyTo: 'ВХ-2026-000001',
    });
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('finds a Kazakh surname typed in lower case, and by its prefix', () => {
    expect(numbers('сейтқали')).toEqual(['ИСХ-2026-000001', 'ВХ-2026-000001']);
    expect(numbers('сейт')).toEqual(['ИСХ-2026-000001', 'ВХ-2026-000001']);
    expect(numbers('СЕЙТҚАЛИ АЙГЕРІМ')).toHaveLength(2);
    expect(search('сейтқали', 'incoming').hits).toEqual([
      {
        register: 'incoming',
        id: 1,
        number: 'ВХ-2026-000001',
        at: '2026-11-23T05:05:00.000Z',
        date: '2026-11-23',
        name: 'Айгерім Сейтқали',
        iinMasked: '900115•••••2',
        summary: 'Келісімді қайтарып алу туралы өтініш',
        trackingNumber: 'RR123456785KZ',
        // Its reply is still a draft.
        status: 'registered',
      },
    ]);
    // Typed on a Russian keyboard or in Latin letters, a Kazakh name is found (issue 19).
    expect(numbers('сейткали')).toEqual(['ИСХ-2026-000001', 'ВХ-2026-000001']);
    expect(numbers('әбенова')).toEqual(['ВХ-2026-000002']);
    expect(numbers('абенова')).toEqual(['ВХ-2026-000002']);
    expect(numbers('seitkali')).toEqual(['ИСХ-2026-000001', 'ВХ-2026-000001']);
    expect(numbers('abenova gulnara')).toEqual(['ВХ-2026-000002']);
  });

  it('searches address, summary, notes and numbers', () => {
    expect(numbers('фараби')).toEqual(['ВХ-2026-000002']);
    expect(numbers('абай даңғ')).toEqual(['ВХ-2026-000001']);
    expect(numbers('вскрыт')).toEqual(['ВХ-2026-000002']);
    expect(numbers('рассылку sms')).toEqual(['ВХ-2026-000002']);
    expect(numbers('ВХ-2026-000003')).toEqual(['ВХ-2026-000003']);
    expect(numbers('000002')).toEqual(['ВХ-2026-000002']);
    expect(numbers('rr1234')).toEqual(['ВХ-2026-000001']);
    expect(numbers('PX-77120045')).toEqual(['ВХ-2026-000002']);
    expect(numbers('pony')).toEqual(['ВХ-2026-000002']);
    expect(numbers('220440001087')).toEqual(['ВХ-2026-000003']);
    expect(numbers('15-2/431')).toEqual(['ВХ-2026-000003']);
    expect(numbers('дала логистик')).toEqual(['ВХ-2026-000003']);
    expect(search('сейт', 'outgoing').hits.map((h) => h.number)).toEqual(['ИСХ-2026-000001']);
  });

  it('treats quotes, operators and punctuation in the input as plain text, never as errors', () => {
    for (const q of [
      '"',
      '""',
      'сейт"',
      '"сейт',
      'AND',
      'OR сейт',
      'NOT',
      'сейт AND',
      '(',
      ')',
      'NEAR(сейт',
      '*',
      'сейт*',
      '-сейт',
      '^сейт',
      'sender:сейт',
      "'",
      '\\',
      '{}',
      '   ',
      '«»',
      'a'.repeat(200),
    ]) {
      expect(() => search(q), q).not.toThrow();
    }
    expect(numbers('"сейтқали"')).toHaveLength(2);
    expect(numbers('sender:сейт')).toEqual([]);
    expect(numbers('*')).toEqual([]);
  });

  it('stays in step with edits: the new text is found, the old is not', () => {
    const p = parse(intakeUpdateSchema, { id: 2, patch: { sender: { name: 'Жұмабаева Гүлнара' } } });
    updateIncoming(s, ACTOR, { id: p.id, patch: p.patch, confirmWarnings: undefined });
    expect(numbers('әбенова')).toEqual([]);
    expect(numbers('жұмабаева')).toEqual(['ВХ-2026-000002']);
  });

  it('a purge wipes a letter and its update trigger takes the row out of the index', () => {
    s.write(ACTOR, (tx) => {
      wipeIncomingLetter(tx.db, 1, tx.now.toISOString());
      tx.audit({ action: 'test.purge', entityType: 'incoming_letter', entityId: '1', summary: 'test' });
    });
    expect(numbers('сейтқали')).toEqual(['ИСХ-2026-000001']);
    // Deleting the register row itself removes its index row by trigger (scans go by cascade).
    s.write(ACTOR, (tx) => {
      tx.db.prepare('DELETE FROM incoming_letters WHERE id = 2').run();
      tx.audit({ action: 'test.purge', entityType: 'incoming_letter', entityId: '2', summary: 'test' });
    });
    expect(numbers('жұмабаева')).toEqual([]);
    // Letter 2 left the index; the wiped letter 1 keeps a row for what stays (its number).
    expect(s.db.prepare('SELECT count(*) AS n FROM incoming_fts').get()).toEqual({ n: 2 });
  });
});

describe('search at volume', () => {
  let t: TmpDb;
  let s: Server;
  beforeAll(() => {
    t = tmpDb();
    s = t.open({ clock: at('2026-11-23T06:00:00Z') });
    seedDemo(s, 'seed', { letters: 4000, seed: 3 });
  });
  afterAll(() => {
    s.close();
    t.cleanup();
  });

  it('gives exactly what the plain FTS5 query gives, for prefixes with and without an index', () => {
    const direct = (register: 'incoming' | 'outgoing', q: string, limit: number) =>
      (
        s.db
          .prepare(
            `SELECT rowid AS id FROM ${register}_fts WHERE ${register}_fts MATCH ? ORDER BY rowid DESC LIMIT ?`,
          )
          .all(buildFtsQuery(q), limit) as { id: number }[]
      ).map((r) => r.id);
    const queries = [
      'се',
      'сей',
      'сейт',
      'сейтқ',
      'сейтқали',
      'айгерім сейтқ',
      'иван',
      'иванова',
      'иванова ольга',
      'алмат',
      'алматы',
      'заявление',
      'өтініш',
      'даңғылы',
      'абай 1',
      'кв. 12',
      'rr',
      'ВХ-2026',
      'ВХ-2026-0001',
      'пр. абая',
      'жоқсөз',
      'ким цой',
      '050040',
      // Stored text is checked unfolded: soft and hard signs, capitals, Latin read as Cyrillic.
      'ольга',
      'ОЛЬГ',
      'ОЛГА',
      'seitkali',
      'zhumabaev',
      'Жұмабаев',
      'ул. тимирязева',
      'отзыве согласия',
      'сейтқали айгерім',
    ];
    for (const register of ['incoming', 'outgoing'] as const)
      for (const q of queries)
        for (const limit of [1, 51, 400])
          expect(searchIds(s.db, register, q, limit), `${register}: ${q} / ${limit}`).toEqual(
            direct(register, q, limit),
          );
  });

  it('migrations 0012, 0018 and 0020 rebuild the index from the registers, folded, with prefix indexes of 2 to 5 letters', () => {
    const before = searchIds(s.db, 'incoming', 'сейтқали', 1000);
    expect(before.length).toBeGreaterThan(10);
    s.write(ACTOR, (tx) => {
      m0012_search_fold.up(tx.db);
      m0018_fts_secure_purge.up(tx.db);
      m0020_fts_prefix_four.up(tx.db);
      tx.audit({ action: 'test.migrate', entityType: 'database', entityId: 'fts', summary: 'rebuilt' });
    });
    expect(searchIds(s.db, 'incoming', 'сейтқали', 1000)).toEqual(before);
    const sql = (
      s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'incoming_fts'").get() as { sql: string }
    ).sql;
    expect(sql).toContain("prefix = '2 3 4 5'");
    // Merges stay off commits (0019): a rebuilt table would start with FTS5's default of 4.
    expect(s.db.prepare("SELECT v FROM incoming_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 0 });
    // Deleted by value (secure-delete removes the words), not by a tombstone.
    expect(sql).not.toContain('contentless_delete');
  });
});
