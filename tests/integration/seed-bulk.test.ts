// The demo seed loads letters with the per-row triggers set aside and fills the search index, the
// register counts and the letters awaiting a request in bulk: what it fills must be what the
// triggers would have written, the triggers must come back unchanged, and a failed load must
// leave the schema as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchRegisters } from '../../electron/mailroom/search';
import { seedDemo } from '../../electron/mailroom/seed';
import { withDeferredTriggers, withFoldFunction } from '../../electron/mailroom/seed-bulk';
import { sqlFold } from '../../common/mailroom/search-fold';
import { recountSummaries } from '../../electron/sql/counts';
import type { Server } from '../../electron/sql/server';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

const triggers = (s: Server) =>
  s.db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'incoming_letters' ORDER BY name`,
    )
    .all();

const QUERIES = ['сейтқали', 'иванова', 'абай', 'өтініш', 'заявление', 'ким', '2026', 'вх'];

describe('demo seed in bulk', () => {
  let t: TmpDb;
  let s: Server;
  beforeEach(() => {
    t = tmpDb();
    s = t.open();
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('indexes, counts and lists awaiting letters as the triggers would', () => {
    const before = triggers(s);
    // Two loads: the second must add to the first, not recount it.
    seedDemo(s, 'seed', { letters: 1500, batch: 700, seed: 3 });
    seedDemo(s, 'seed', { letters: 600, seed: 5 });
    expect(triggers(s)).toEqual(before);
    expect(s.db.prepare('SELECT count(*) AS n FROM incoming_letters').get()).toEqual({ n: 2100 });
    // Counts and awaiting letters: a full recount finds nothing to correct.
    expect(recountSummaries(s.db, { keep: false })).toEqual([]);
    const awaiting = s.db.prepare('SELECT count(*) AS n FROM letters_awaiting_request').get() as {
      n: number;
    };
    expect(awaiting.n).toBeGreaterThan(0);

    // The index: re-indexing every row through the update trigger changes no search result.
    const ids = (q: string) =>
      s
        .read((db) => searchRegisters(db, { query: q, register: 'incoming', limit: 200 }))
        .hits.map((h) => h.id);
    const bulk = QUERIES.map(ids);
    expect(bulk.every((hits) => hits.length > 0)).toBe(true);
    s.write('test', (tx) => {
      // UPDATE OF a watched column fires the trigger (delete the row's tokens, insert them again).
      tx.db.exec('UPDATE incoming_letters SET notes = notes');
      tx.audit({
        action: 'test.reindex',
        entityType: 'incoming_letter',
        entityId: 'all',
        summary: 'reindex',
      });
    });
    expect(QUERIES.map(ids)).toEqual(bulk);
  });

  it('folds in bulk exactly as the chain of replace() in the triggers does', () => {
    seedDemo(s, 'seed', { letters: 300, seed: 9 });
    const chain = [
      sqlFold('sender_name'),
      sqlFold('sender_address'),
      sqlFold("concat_ws(' ', incoming_no, seq, summary, document_type, enclosures)"),
      sqlFold('notes'),
      sqlFold('seq'),
    ].join(', ');
    const calls = withFoldFunction(s.db, chain);
    expect(calls).not.toContain('replace(');
    const rows = (sql: string) =>
      s.db.prepare(`SELECT id, ${sql} FROM incoming_letters ORDER BY id`).raw().all();
    expect(rows(calls)).toEqual(rows(chain));
    // Every letter the fold knows, in both cases, beside ones it leaves alone.
    const text = `'ӘәҒғҚқҢңӨөҰұҮүҺһІіЁёЙйЫыЭэЪъЬь Жұмабаев ЁЛКА abc ÄӘ'`;
    const one = (sql: string) => s.db.prepare(`SELECT ${sql} AS v`).get();
    expect(one(withFoldFunction(s.db, sqlFold(text)))).toEqual(one(sqlFold(text)));
    expect(one(withFoldFunction(s.db, sqlFold('NULL')))).toEqual({ v: null });
  });

  it('leaves the triggers in place when the load fails', () => {
    const before = triggers(s);
    expect(() =>
      s.write('seed', (tx) => {
        withDeferredTriggers(tx.db, () => {
          throw new Error('disk full');
        });
        tx.audit({ action: 'seed.demo', entityType: 'incoming_letter', entityId: 'demo', summary: 'x' });
      }),
    ).toThrow('disk full');
    expect(triggers(s)).toEqual(before);
    expect(before.map((r) => (r as { name: string }).name)).toContain('incoming_fts_insert');
  });

  it('loads in a rollback journal when alone and is back in WAL after; beside another connection it stays in WAL', () => {
    const modes: string[] = [];
    seedDemo(s, 'seed', {
      letters: 300,
      batch: 100,
      seed: 7,
      onProgress: () => modes.push(s.db.pragma('journal_mode', { simple: true }) as string),
    });
    expect(modes).toEqual(['delete', 'delete', 'delete']);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');

    const other = t.open();
    try {
      modes.length = 0;
      seedDemo(s, 'seed', {
        letters: 200,
        batch: 100,
        seed: 8,
        onProgress: () => modes.push(s.db.pragma('journal_mode', { simple: true }) as string),
      });
      expect(modes).toEqual(['wal', 'wal']);
      expect(other.db.prepare('SELECT count(*) AS n FROM incoming_letters').get()).toEqual({ n: 500 });
    } finally {
      other.close();
    }
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
