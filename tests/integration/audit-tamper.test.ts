// The audit log against a key holder. Each case tampers with a real desk's encrypted database the
// way someone with the key and SQL could (triggers lifted and put back, hashes recomputed), and
// `db verify` must name what happened. Heads anchored at a real reference central (signed
// receipts) and the heads held in backups catch what a recomputed chain hides.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportSchema } from '../../common/contract/mailroom';
import { startCentral, type RunningCentral } from '../../electron/central/server';
import { readZip } from '../../electron/letters/zip';
import { buildExport } from '../../electron/mailroom/export';
import { listAudit } from '../../electron/sql/audit';
import { currentHead, listReceipts } from '../../electron/sql/audit-anchors';
import { backupDatabase, verifyDatabase, type VerifyReport } from '../../electron/sql/maintenance';
import type { Server } from '../../electron/sql/server';
import { runSyncPass } from '../../electron/sync/pass';
import { registerLetter } from '../helpers/requests';
import { editInPlace, rewriteLog, withoutTriggers } from '../helpers/tamper';
import { tmpDb, tmpDir, type TmpDb } from '../helpers/tmpdb';

const TOKENS = Array.from({ length: 40 }, (_, i) => `desk-token-${String(i).padStart(4, '0')}-abcdef`);
let central: RunningCentral;
let centralDir: string;
let nextToken = 0;

beforeAll(async () => {
  centralDir = tmpDir('pd-central-');
  central = await startCentral({
    dbFile: path.join(centralDir, 'central.db'),
    tokens: TOKENS,
    anchoring: true,
  });
});
afterAll(async () => {
  await central.close();
});

const codes = (r: VerifyReport) => r.findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('db verify against a key holder', () => {
  let t: TmpDb;
  let s: Server;
  let token: string;
  const sync = () => runSyncPass(s, { centralUrl: central.url, token, maxAttempts: 1, pullResults: false });
  const letters = (n: number) => {
    for (let i = 0; i < n; i++)
      registerLetter(s, { receivedAt: `2026-11-2${i % 9}T10:00:00+05:00`, summary: `Письмо ${i}` });
  };

  beforeEach(async () => {
    t = tmpDb();
    s = t.open();
    token = TOKENS[nextToken++]!;
    letters(4);
    const r = await sync();
    expect(r.state).toBe('up_to_date');
  });
  afterEach(() => {
    s.close();
    t.cleanup();
  });

  it('an untouched, anchored desk verifies clean; the receipts are signed by central and pinned', () => {
    const r = verifyDatabase(s);
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([]);
    const receipts = listReceipts(s.db);
    expect(receipts.length).toBeGreaterThanOrEqual(2);
    expect(receipts.at(-1)).toMatchObject({
      status: 'anchored',
      seq: currentHead(s.db).seq,
      keyId: central.anchors!.keyId,
      deskId: s.deskId,
    });
  });

  it('1. deleting the last rows (triggers lifted and put back) is truncation', () => {
    editInPlace(s.db, 'DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)');
    const r = verifyDatabase(s);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['anchor_truncated']);
  });

  it('2. deleting every row is truncation', () => {
    editInPlace(s.db, 'DELETE FROM audit_log');
    expect(codes(verifyDatabase(s))).toEqual(['anchor_truncated']);
  });

  it('3. editing a row without recomputing breaks its hash', () => {
    editInPlace(s.db, "UPDATE audit_log SET summary = 'nothing happened' WHERE id = 2");
    expect(codes(verifyDatabase(s))).toEqual(['hash_mismatch']);
  });

  it('4. editing a row and recomputing every hash after it no longer matches the anchored head', () => {
    rewriteLog(s.db, (es) => es.map((e) => (e.id === 2 ? { ...e, summary: 'nothing happened' } : e)));
    const r = verifyDatabase(s);
    expect(r.audit.ok).toBe(true); // the chain itself links: only the anchor shows it
    expect(codes(r)).toEqual(['anchor_rewritten']);
  });

  it('5. deleting a row in the middle leaves a gap', () => {
    editInPlace(s.db, 'DELETE FROM audit_log WHERE id = 3');
    expect(codes(verifyDatabase(s))).toEqual(['chain_gap', 'chain_break']);
  });

  it('6. deleting a row and renumbering the rest (hashes recomputed) is a rewrite', () => {
    rewriteLog(s.db, (es) => es.filter((e) => e.id !== 3));
    // The earlier anchored heads no longer match; the latest lies beyond the shortened chain.
    expect(codes(verifyDatabase(s)).sort()).toEqual(['anchor_rewritten', 'anchor_truncated']);
  });

  it('7. a forged entry appended with plain SQL is refused by the append trigger', () => {
    const head = currentHead(s.db);
    expect(() =>
      s.db
        .prepare(
          "INSERT INTO audit_log(id, at, actor, action, entity_type, entity_id, summary, prev_hash, hash) VALUES (?, ?, 'admin', 'x', 'x', 'x', 'x', ?, ?)",
        )
        .run(head.seq + 1, new Date().toISOString(), head.hash, 'f'.repeat(64)),
    ).toThrow(/audit_append_refused/);
  });

  it('8. a forged entry slipped into the anchored range (hashes recomputed) is a rewrite', () => {
    rewriteLog(s.db, (es) => [
      ...es.slice(0, 2),
      { ...es[1]!, action: 'user.password_reset', summary: 'forged' },
      ...es.slice(2),
    ]);
    expect(codes(verifyDatabase(s))).toEqual(['anchor_rewritten']);
  });

  it('9. backdating an entry (hashes recomputed) runs time backwards and rewrites the anchored head', () => {
    rewriteLog(s.db, (es) => es.map((e) => (e.id === 3 ? { ...e, at: '2020-01-01T00:00:00.000Z' } : e)));
    expect(codes(verifyDatabase(s))).toEqual(['time_backwards', 'anchor_rewritten']);
  });

  it('10. dropping a guard trigger and the append-only triggers is reported, each by name', () => {
    s.db.exec('DROP TRIGGER incoming_letters_audited_update; DROP TRIGGER audit_log_no_delete');
    const r = verifyDatabase(s);
    expect(
      r.findings
        .filter((f) => f.code === 'trigger_missing')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['audit_log_no_delete', 'incoming_letters_audited_update']);
  });

  it('11. an altered trigger (same name, harmless body) and an added one are told apart', () => {
    s.db
      .exec(`DROP TRIGGER audit_log_no_update; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END;
      CREATE TRIGGER sneaky AFTER INSERT ON audit_log BEGIN SELECT 1; END;`);
    const r = verifyDatabase(s);
    expect(r.findings.map((f) => [f.code, f.name])).toEqual([
      ['trigger_altered', 'audit_log_no_update'],
      ['trigger_unexpected', 'sneaky'],
    ]);
  });

  it('12. a register row changed with no audit entry is refused; with the guard dropped, verify names it', () => {
    expect(() => s.db.prepare("UPDATE incoming_letters SET summary = 'changed' WHERE id = 1").run()).toThrow(
      /audit_required/,
    );
    expect(() => s.db.prepare("UPDATE requests SET state = 'closed'").run()).not.toThrow(); // no rows: nothing to refuse
    expect(() =>
      s.write('x', (tx) =>
        tx.db.prepare("UPDATE incoming_letters SET summary = 'changed' WHERE id = 1").run(),
      ),
    ).toThrow(/without an audit entry/);
    s.db.exec('DROP TRIGGER incoming_letters_audited_update');
    s.db.prepare("UPDATE incoming_letters SET summary = 'changed' WHERE id = 1").run();
    expect(codes(verifyDatabase(s))).toEqual(['trigger_missing']);
  });

  it('13. a transaction marker committed by hand (to write without an entry) is reported', () => {
    s.db.prepare('INSERT INTO audit_tx(id, start_id) VALUES (1, 0)').run();
    s.db.prepare("UPDATE incoming_letters SET summary = 'changed' WHERE id = 1").run();
    expect(codes(verifyDatabase(s))).toEqual(['audit_tx_left_open']);
  });

  it('14. receipts deleted too: the heads in an earlier backup still show the truncation', () => {
    const backup = path.join(t.dir, 'before.db');
    backupDatabase(s, backup, 'admin');
    withoutTriggers(s.db, 'audit_anchors', () => s.db.prepare('DELETE FROM audit_anchors').run());
    editInPlace(s.db, 'DELETE FROM audit_log WHERE id > 2');
    expect(codes(verifyDatabase(s))).toEqual([]); // nothing left locally to compare with…
    const r = verifyDatabase(s, { backups: [backup], key: t.key });
    expect(codes(r)).toEqual(['backup_truncated', 'anchor_truncated']);
  });

  it('15. a truncated desk that syncs again gets a conflict receipt from central', async () => {
    editInPlace(s.db, 'DELETE FROM audit_log WHERE id > 2');
    withoutTriggers(s.db, 'audit_anchors', () => s.db.prepare('DELETE FROM audit_anchors').run());
    await sync();
    const r = verifyDatabase(s);
    expect(codes(r)).toContain('anchor_conflict');
  });

  it('a DOCX export and a backup name the audit head they were made at', async () => {
    const head = currentHead(s.db);
    const label = `audit head ${head.seq} ${head.hash.slice(0, 16)}`;
    const docx = await buildExport(
      s,
      'admin',
      exportSchema.parse({ register: 'incoming', format: 'docx', from: '2026-11-01', to: '2026-11-30' }),
    );
    const core = readZip(docx.data).find((e) => e.name === 'docProps/core.xml')!;
    expect(core.data.toString('utf8')).toContain(label);
    const next = currentHead(s.db);
    backupDatabase(s, path.join(t.dir, 'b.db'), 'admin');
    expect(listAudit(s.db, { action: 'db.backup' })[0]!.summary).toContain(
      `audit head ${next.seq} ${next.hash.slice(0, 16)}`,
    );
  });

  it('an unanchored tail is a warning, not an error', () => {
    letters(1);
    const r = verifyDatabase(s);
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['unanchored_tail']);
  });
});
