// The purge's full-text merge in bounded steps (issue #18: one FTS5 'optimize' held the writer for
// seconds, and every interactive write behind it): stepping FTS5's incremental merge until it has
// nothing left ends in the state 'optimize' leaves — one segment, so a further 'optimize' writes
// nothing — and each step is its own short transaction that writes no record and no audit entry.
import { afterEach, describe, expect, it } from 'vitest';
import { mergeMailFtsStep } from '../../electron/mailroom/sql/purge';
import { openDesk, registerLetter, type Desk } from '../helpers/requests';

let desk: Desk | null = null;
afterEach(() => {
  desk?.close();
  desk = null;
});

const changes = (d: Desk) => (d.server.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
const auditCount = (d: Desk) =>
  (d.server.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('the full-text merge in steps', () => {
  it('ends where optimize would, one short step at a time, without audit entries', () => {
    desk = openDesk();
    // Each registration is its own transaction, so the index grows segment by segment.
    for (let i = 0; i < 120; i++)
      registerLetter(desk.server, {
        receivedAt: '2026-11-23T08:30:00+05:00',
        sender: { name: `Жіберуші ${i} Сейтқали` },
        summary: `Өтініш нөмірі ${i}: келісімді қайтарып алу`,
      });
    const audited = auditCount(desk);
    let steps = 0;
    let tables: string[] = [];
    for (let more = true; more; steps++) {
      const step = desk.server.maintain((db) => mergeMailFtsStep(db, 2));
      tables = step.tables;
      more = step.more;
    }
    expect(tables).toEqual(['incoming_fts', 'outgoing_fts']);
    expect(steps).toBeGreaterThan(2);
    expect(auditCount(desk)).toBe(audited);

    const before = changes(desk);
    desk.server.maintain((db) =>
      db.prepare("INSERT INTO incoming_fts(incoming_fts) VALUES ('optimize')").run(),
    );
    // An index already in one segment: 'optimize' has nothing to write but its structure record.
    expect(changes(desk) - before).toBeLessThan(2);
  });

  it('refuses to change a record outside an audited write', () => {
    desk = openDesk();
    const letter = registerLetter(desk.server, { receivedAt: '2026-11-23T08:30:00+05:00' });
    expect(() =>
      desk!.server.maintain((db) =>
        db.prepare("UPDATE incoming_letters SET summary = 'x' WHERE id = ?").run(letter.id),
      ),
    ).toThrow();
  });
});
