// The audit viewer's faster queries (issue 18) answer exactly what the plain ones did: the facets
// found by skipping through the indexes equal SELECT DISTINCT, and one actor's page read from the
// (actor, at) index equals that actor's entries newest id first, also across equal timestamps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAudit } from '../../electron/bench/calls-seed';
import { listAudit, listAuditFacets } from '../../electron/sql/audit';
import type { Server } from '../../electron/sql/server';
import { tmpDb, type TmpDb } from '../helpers/tmpdb';

describe('audit viewer queries', () => {
  const t: TmpDb = tmpDb();
  let s: Server;
  beforeAll(() => {
    s = t.open();
    // 3,000 entries over two days, then 30 written at one instant (ties broken by id).
    seedAudit(s, 3000, Date.now() - 86_400_000, 2);
    s.write('clerk1', (tx) => {
      for (let i = 0; i < 30; i++)
        tx.audit({
          action: 'intake.create',
          entityType: 'incoming_letter',
          entityId: String(i),
          summary: 'same instant',
        });
    });
  });
  afterAll(() => {
    s.close();
    t.cleanup();
  });

  it('lists the same facets as SELECT DISTINCT', () => {
    const distinct = (c: string) =>
      s.db.prepare(`SELECT DISTINCT ${c} FROM audit_log ORDER BY ${c}`).pluck().all() as string[];
    const facets = listAuditFacets(s.db);
    expect(facets).toEqual({
      actors: distinct('actor'),
      actions: distinct('action'),
      entityTypes: distinct('entity_type'),
    });
    expect(facets.actors.length).toBeGreaterThan(3);
  });

  it("pages one actor's entries newest id first", () => {
    const ids = (actor: string, offset: number) =>
      s.db
        .prepare('SELECT id FROM audit_log WHERE actor = ? ORDER BY id DESC LIMIT 50 OFFSET ?')
        .pluck()
        .all(actor, offset);
    for (const offset of [0, 50, 400])
      expect(listAudit(s.db, { actor: 'clerk1', limit: 50, offset }).map((e) => e.id)).toEqual(
        ids('clerk1', offset),
      );
  });
});
