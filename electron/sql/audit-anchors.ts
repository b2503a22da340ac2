// The desk's copy of central's receipts for its audit chain head. Stored append-only, without an
// audit entry of their own (a receipt is evidence, and writing an entry would move the head again,
// so an idle desk would anchor forever). Central's key is pinned at the first receipt.
import { createPublicKey, verify } from 'node:crypto';
import { anchorMessage, anchorReceipt, type AnchorReceipt, type AuditHead } from '../../common/sync/anchor';
import { GENESIS_HASH } from './audit';
import type { DB } from './server';
import { putSettingOnce, readSetting } from './settings';

export const CENTRAL_KEY_SETTING = 'audit.centralKey';

export function currentHead(db: DB): AuditHead {
  const row = db.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string; at: string } | undefined;
  return row ? { seq: row.id, hash: row.hash, at: row.at } : { seq: 0, hash: GENESIS_HASH, at: null };
}

/** How an export or backup names the head it was made at (seq and the hash's first 16 digits). */
export function auditHeadLabel(h: AuditHead): string {
  return `audit head ${h.seq} ${h.hash.slice(0, 16)}`;
}

/** True when central's signature over the receipt holds with the key it names. */
export function receiptSignatureValid(r: AnchorReceipt): boolean {
  try {
    const { signature, ...unsigned } = r;
    const key = createPublicKey({ key: Buffer.from(r.publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(anchorMessage(unsigned), 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function pinnedCentralKey(db: DB): string | null {
  return readSetting(db, CENTRAL_KEY_SETTING) ?? null;
}

/**
 * Keeps a receipt that answers the head the desk sent, signed by the pinned key (pinned now if
 * this is the first). Returns false (and stores nothing) for anything else.
 */
export function storeReceipt(db: DB, sent: AuditHead, deskId: string, value: unknown): boolean {
  const parsed = anchorReceipt.safeParse(value);
  if (!parsed.success) return false;
  const r = parsed.data;
  if (r.deskId !== deskId || r.seq !== sent.seq || r.hash !== sent.hash || !receiptSignatureValid(r))
    return false;
  const pinned = pinnedCentralKey(db);
  if (pinned && pinned !== r.publicKey) return false;
  if (!pinned) putSettingOnce(db, CENTRAL_KEY_SETTING, r.publicKey);
  db.prepare(
    'INSERT INTO audit_anchors(seq, hash, status, received_at, key_id, receipt) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(r.seq, r.hash, r.status, r.receivedAt, r.keyId, JSON.stringify(r));
  return true;
}

export function listReceipts(db: DB): AnchorReceipt[] {
  return (db.prepare('SELECT receipt FROM audit_anchors ORDER BY id').all() as { receipt: string }[]).map(
    (x) => JSON.parse(x.receipt) as AnchorReceipt,
  );
}

/** The highest head central accepted, as far as this database knows. */
export function lastAnchoredSeq(db: DB): number {
  return (
    db.prepare("SELECT coalesce(max(seq), -1) AS n FROM audit_anchors WHERE status = 'anchored'").get() as {
      n: number;
    }
  ).n;
}
