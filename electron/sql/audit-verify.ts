// What `db verify` checks beyond the chain's own links: the schema against the DDL the
// migrations create (so dropped or altered triggers are found, each by name), a transaction
// marker left behind, and the local chain against heads anchored outside the database — central's
// signed receipts kept on the desk and the chain heads held in backups. A key holder can recompute
// every hash in the file; they cannot make an earlier anchored head say something else.
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AuditHead } from '../../common/sync/anchor';
import { listReceipts, pinnedCentralKey, receiptSignatureValid } from './audit-anchors';
import { verifyAuditChain, type AuditFinding, type ChainVerdict } from './audit';
import { MIGRATIONS } from './migrations';
import { applyCipher, cipherOfFile } from './file-format';
import type { DB } from './server';

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

let expectedSchema: Map<string, SchemaRow> | null = null;

/** The schema the migrations create, built once in memory. */
function expected(): Map<string, SchemaRow> {
  if (expectedSchema) return expectedSchema;
  const mem = new Database(':memory:');
  try {
    for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) m.up(mem);
    expectedSchema = readSchema(mem);
  } finally {
    mem.close();
  }
  return expectedSchema;
}

function readSchema(db: DB): Map<string, SchemaRow> {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    .all() as SchemaRow[];
  return new Map(rows.map((r) => [r.name, r]));
}

const norm = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

/** Each missing, altered or unexpected schema object, triggers apart from the rest. */
export function checkSchema(db: DB): AuditFinding[] {
  const want = expected();
  const have = readSchema(db);
  const out: AuditFinding[] = [];
  const kind = (type: string, what: 'missing' | 'altered' | 'unexpected') =>
    (type === 'trigger' ? `trigger_${what}` : `schema_${what}`) as AuditFinding['code'];
  for (const [name, w] of want) {
    const h = have.get(name);
    if (!h) out.push({ code: kind(w.type, 'missing'), severity: 'error', name });
    else if (h.type !== w.type || norm(h.sql) !== norm(w.sql))
      out.push({ code: kind(w.type, 'altered'), severity: 'error', name });
  }
  for (const [name, h] of have)
    if (!want.has(name)) out.push({ code: kind(h.type, 'unexpected'), severity: 'error', name });
  return out;
}

function hashAt(db: DB, seq: number): string | undefined {
  return (db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(seq) as { hash: string } | undefined)
    ?.hash;
}

/** The local chain against one head known from elsewhere. */
function compareHead(
  db: DB,
  local: ChainVerdict,
  head: { seq: number; hash: string },
  source: 'anchor' | 'backup',
  detail: string,
): AuditFinding | null {
  if (head.seq === 0) return null;
  if (local.head.seq < head.seq)
    return {
      code: `${source}_truncated`,
      severity: 'error',
      seq: head.seq,
      detail: `${detail}: entry ${head.seq} was there; the chain now ends at ${local.head.seq}`,
    };
  if (hashAt(db, head.seq) !== head.hash)
    return {
      code: `${source}_rewritten`,
      severity: 'error',
      seq: head.seq,
      detail: `${detail}: entry ${head.seq} no longer has the hash that was anchored`,
    };
  return null;
}

/** Central's receipts kept in this database. */
export function checkAnchors(db: DB, local: ChainVerdict): AuditFinding[] {
  const out: AuditFinding[] = [];
  const receipts = listReceipts(db);
  const pinned = pinnedCentralKey(db);
  let anchoredSeq = 0;
  for (const r of receipts) {
    if (!receiptSignatureValid(r) || (pinned !== null && r.publicKey !== pinned)) {
      out.push({
        code: 'anchor_receipt_invalid',
        severity: 'error',
        seq: r.seq,
        detail: 'receipt not signed by central’s pinned key',
      });
      continue;
    }
    if (r.status === 'conflict') {
      out.push({
        code: 'anchor_conflict',
        severity: 'error',
        seq: r.seq,
        detail: `central already held entry ${r.previous?.seq} with another hash, or a later one`,
      });
      continue;
    }
    const f = compareHead(db, local, r, 'anchor', `central receipt of ${r.receivedAt}`);
    if (f && !out.some((x) => x.code === f.code)) out.push(f);
    anchoredSeq = Math.max(anchoredSeq, r.seq);
  }
  if (receipts.length === 0 && local.head.seq > 0)
    out.push({
      code: 'never_anchored',
      severity: 'warning',
      detail: 'no head of this chain was ever anchored at central',
    });
  else if (local.head.seq > anchoredSeq)
    out.push({
      code: 'unanchored_tail',
      severity: 'warning',
      seq: anchoredSeq + 1,
      detail: `entries ${anchoredSeq + 1}-${local.head.seq} are not anchored yet`,
    });
  return out;
}

/** The chain head a backup holds, and the receipts it holds, read from a private copy. */
export function readBackupAnchors(
  file: string,
  key: Buffer,
  scratchDir: string,
): { head: AuditHead; receipts: ReturnType<typeof listReceipts> } {
  const copy = path.join(scratchDir, `.anchor-check-${process.pid}-${Date.now()}`);
  copyFileSync(file, copy);
  const db = new Database(copy, { fileMustExist: true });
  try {
    // A backup made before this release is still SQLCipher 4: read as it is, never converted.
    applyCipher(db, key, cipherOfFile(copy));
    const row = db.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      { id: number; hash: string; at: string } | undefined;
    const hasAnchors = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'audit_anchors'").get();
    return {
      head: row ? { seq: row.id, hash: row.hash, at: row.at } : { seq: 0, hash: '0'.repeat(64), at: null },
      receipts: hasAnchors ? listReceipts(db) : [],
    };
  } finally {
    db.close();
    for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true });
  }
}

/** The local chain against the heads (and receipts) in backups. */
export function checkBackups(
  db: DB,
  local: ChainVerdict,
  backups: ReadonlyArray<{ file: string; head: AuditHead; receipts: ReturnType<typeof listReceipts> }>,
): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const b of backups) {
    const f = compareHead(db, local, b.head, 'backup', `backup ${path.basename(b.file)}`);
    if (f) out.push(f);
    for (const r of b.receipts) {
      if (!receiptSignatureValid(r) || r.status !== 'anchored') continue;
      const g = compareHead(
        db,
        local,
        r,
        'anchor',
        `central receipt of ${r.receivedAt} kept in backup ${path.basename(b.file)}`,
      );
      if (g && !out.some((x) => x.code === g.code)) out.push(g);
    }
  }
  return out;
}

/** A marker row left behind means a write bypassed Server.write's audit step. */
export function checkOpenMarker(db: DB): AuditFinding[] {
  const n = (db.prepare('SELECT count(*) AS n FROM audit_tx').get() as { n: number }).n;
  return n
    ? [
        {
          code: 'audit_tx_left_open',
          severity: 'error',
          detail: 'a transaction marker was committed: writes may have bypassed the audit',
        },
      ]
    : [];
}

export { verifyAuditChain };
