// The connection's statement cache (cacheStatements in electron/sql/server.ts): a kept statement
// behaves as a freshly prepared one would, whatever the last user did with it.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheStatements } from '../../electron/sql/server';

describe('statement cache', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    cacheStatements(db, 3);
    db.exec(
      "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t(name) VALUES ('a'), ('b'), ('c')",
    );
  });
  afterEach(() => db.close());

  it('hands back the same compiled statement for the same SQL', () => {
    const sql = 'SELECT name FROM t WHERE id = ?';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql).get(2)).toEqual({ name: 'b' });
  });

  it('in its default modes, whatever the previous user switched on', () => {
    const sql = 'SELECT id, name FROM t WHERE id = ?';
    expect(db.prepare(sql).pluck().get(1)).toBe(1);
    expect(db.prepare(sql).raw().get(1)).toEqual([1, 'a']);
    expect(db.prepare(sql).safeIntegers().get(1)).toEqual({ id: 1n, name: 'a' });
    expect(db.prepare(sql).get(1)).toEqual({ id: 1, name: 'a' });
  });

  it('never the one still iterating: the same SQL inside its own loop gets a statement of its own', () => {
    const sql = 'SELECT id FROM t ORDER BY id';
    const seen: number[][] = [];
    for (const row of db.prepare(sql).iterate() as Iterable<{ id: number }>)
      seen.push([row.id, (db.prepare(sql).all() as unknown[]).length]);
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps only the most recently used, so SQL built from data cannot grow it without end', () => {
    const a = db.prepare('SELECT 1');
    db.prepare('SELECT 2');
    db.prepare('SELECT 3');
    expect(db.prepare('SELECT 1')).toBe(a); // used again: now the most recent
    db.prepare('SELECT 4'); // past the bound of 3: 'SELECT 2' goes
    expect(db.prepare('SELECT 1')).toBe(a);
    const two = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 2')).toBe(two);
  });

  it('follows a schema change', () => {
    const sql = 'SELECT * FROM t WHERE id = 1';
    expect(db.prepare(sql).get()).toEqual({ id: 1, name: 'a' });
    db.exec("ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'x'");
    expect(db.prepare(sql).get()).toEqual({ id: 1, name: 'a', note: 'x' });
  });
});
