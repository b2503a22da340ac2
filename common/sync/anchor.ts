// The audit chain's anchor on the wire: the desk sends its chain head (seq, hash) with each sync
// batch; central keeps it append-only and answers with a receipt signed by its own Ed25519 key.
// A receipt proves that the desk's chain had this head at this time, which a key holder who
// rewrites the desk's database cannot forge. Pure: zod only (signatures are checked in electron/).
import { z } from 'zod';

export const ANCHOR_RECEIPT_VERSION = 'pd-anchor-v1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The desk's chain head: the last entry's id and hash (seq 0 and the genesis hash when empty). */
export const auditHead = z.strictObject({
  seq: z.number().int().min(0),
  hash: hex64,
  /** The head entry's time (desk clock), null when the chain is empty. */
  at: z.iso.datetime({ offset: true }).nullable(),
});
export type AuditHead = z.infer<typeof auditHead>;

export const ANCHOR_STATUSES = ['anchored', 'conflict'] as const;

/**
 * Central's receipt. `conflict` when the head contradicts one central already holds for this desk
 * (a lower seq, or the same seq with another hash): the chain was truncated or rewritten.
 */
export const anchorReceipt = z.strictObject({
  version: z.literal(ANCHOR_RECEIPT_VERSION),
  deskId: z.string().min(8).max(64),
  seq: z.number().int().min(0),
  hash: hex64,
  status: z.enum(ANCHOR_STATUSES),
  /** Central time. */
  receivedAt: z.iso.datetime({ offset: true }),
  /** The latest head central held before (null for the first). */
  previous: z.strictObject({ seq: z.number().int().min(0), hash: hex64 }).nullable(),
  /** Central's public key (SPKI DER, base64) and its id (first 16 hex of its SHA-256). */
  publicKey: z.string().min(40).max(200),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** Ed25519 signature (base64) over anchorMessage(receipt). */
  signature: z.string().min(40).max(200),
});
export type AnchorReceipt = z.infer<typeof anchorReceipt>;

/** The exact bytes central signs: every field but the signature, in a fixed order. */
export function anchorMessage(r: Omit<AnchorReceipt, 'signature'>): string {
  return JSON.stringify([
    r.version,
    r.deskId,
    r.seq,
    r.hash,
    r.status,
    r.receivedAt,
    r.previous?.seq ?? null,
    r.previous?.hash ?? null,
    r.keyId,
  ]);
}

/** POST /v1/anchors body: the head alone, when a pass had no events to carry it. */
export const anchorRequest = z.strictObject({ deskId: z.string().min(8).max(64), auditHead });
