// The registers' full-text indexes no longer merge inside a commit (migration 0019): each letter's
// commit adds a segment, and the merges run between calls (IndexMerges, mergeMailIndexStep). The
// segments must stay few and every letter must still be found.
import { describe, expect, it } from 'vitest';
import { IndexMerges } from '../../electron/app/index-merges';
import { mergeMailIndexStep } from '../../electron/mailroom';
import { searchRegisters } from '../../electron/mailroom/search';
import type { Server } from '../../electron/sql/server';
import { addIncoming, ISSUE_SAMPLE } from '../helpers/mailroom';
import { serverEachTest } from '../helpers/tmpdb';

const segments = (s: Server) =>
  (s.db.prepare('SELECT count(DISTINCT segid) AS n FROM incoming_fts_idx').get() as { n: number }).n;

describe('full-text merges between calls', () => {
  const desk = serverEachTest();

  it('a commit no longer merges; the merges between calls leave few segments and find every letter', () => {
    const s = desk.server;
    expect(s.db.prepare("SELECT v FROM incoming_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 0 });
    const { trackingNumber: _, ...letter } = ISSUE_SAMPLE;
    for (let i = 0; i < 12; i++) addIncoming(s, { ...letter, summary: `Қорғанбаев өтініші ${i}` });
    // One segment per commit: nothing merged them.
    expect(segments(s)).toBeGreaterThanOrEqual(12);

    const merges = new IndexMerges(() => s.maintain(mergeMailIndexStep));
    merges.flush();
    expect(segments(s)).toBeLessThanOrEqual(5);
    expect(s.maintain(mergeMailIndexStep)).toBe(false);
    const found = s.read((db) =>
      searchRegisters(db, { query: 'қорғанбаев', register: 'incoming', limit: 50 }),
    );
    expect(found.hits).toHaveLength(12);
    merges.close();
  });
});
