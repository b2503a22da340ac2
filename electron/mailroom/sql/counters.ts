// Register number counters: one row per register and year holding the last number given.
import type { Register } from '../../../common/contract/mailroom';
import type { DB } from '../../sql/server';

/**
 * Takes the next number of a register's year. Must run inside the write transaction that stores
 * the entry: the transaction is BEGIN IMMEDIATE, so no other connection (or process) can take a
 * number between this increment and the commit, and a rollback returns the number unused.
 */
export function takeNextSeq(db: DB, register: Register, year: number): number {
  const r = db
    .prepare(
      `INSERT INTO register_counters(register, year, last_seq) VALUES (?, ?, 1)
       ON CONFLICT(register, year) DO UPDATE SET last_seq = last_seq + 1
       RETURNING last_seq`,
    )
    .get(register, year) as { last_seq: number };
  return r.last_seq;
}

/** Takes `count` consecutive numbers at once (bulk loads); returns the first. */
export function takeSeqBlock(db: DB, register: Register, year: number, count: number): number {
  const r = db
    .prepare(
      `INSERT INTO register_counters(register, year, last_seq) VALUES (@register, @year, @count)
       ON CONFLICT(register, year) DO UPDATE SET last_seq = last_seq + @count
       RETURNING last_seq`,
    )
    .get({ register, year, count }) as { last_seq: number };
  return r.last_seq - count + 1;
}

/** The last number given in a year (0 when none). */
export function lastSeq(db: DB, register: Register, year: number): number {
  const r = db
    .prepare('SELECT last_seq FROM register_counters WHERE register = ? AND year = ?')
    .get(register, year) as { last_seq: number } | undefined;
  return r?.last_seq ?? 0;
}
