// Central's side of the audit anchor: each desk's chain heads, append-only, and a receipt signed
// with central's own Ed25519 key (generated on first use and kept in central's store). A head
// that goes back (a lower seq) or forks (the same seq with another hash) is kept as a conflict
// and answered as one: the desk's chain was truncated or rewritten since central last saw it.
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import {
  ANCHOR_RECEIPT_VERSION,
  anchorMessage,
  type AnchorReceipt,
  type AuditHead,
} from '../../common/sync/anchor';

type DB = Database.Database;

function migrate(db: DB): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS central_signing_key (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      private_pem TEXT NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS audit_anchors (
      id          INTEGER PRIMARY KEY,
      desk_id     TEXT NOT NULL,
      seq         INTEGER NOT NULL,
      hash        TEXT NOT NULL,
      head_at     TEXT,
      status      TEXT NOT NULL,
      received_at TEXT NOT NULL,
      receipt     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS audit_anchors_desk ON audit_anchors(desk_id, status, id);
    CREATE TRIGGER IF NOT EXISTS audit_anchors_no_update BEFORE UPDATE ON audit_anchors
      BEGIN SELECT RAISE(ABORT, 'audit_anchors is append-only'); END;
    CREATE TRIGGER IF NOT EXISTS audit_anchors_no_delete BEFORE DELETE ON audit_anchors
      BEGIN SELECT RAISE(ABORT, 'audit_anchors is append-only'); END;
  `);
}

export function keyIdOf(publicKeyDer: Buffer): string {
  return createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 16);
}

export class CentralAnchors {
  private readonly privateKey: KeyObject;
  readonly publicKey: string;
  readonly keyId: string;

  constructor(private readonly db: DB) {
    migrate(db);
    let row = db.prepare('SELECT private_pem AS pem FROM central_signing_key WHERE id = 1').get() as
      { pem: string } | undefined;
    if (!row) {
      const { privateKey } = generateKeyPairSync('ed25519');
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      db.prepare(
        'INSERT OR IGNORE INTO central_signing_key(id, private_pem, created_at) VALUES (1, ?, ?)',
      ).run(pem, new Date().toISOString());
      row = db.prepare('SELECT private_pem AS pem FROM central_signing_key WHERE id = 1').get() as {
        pem: string;
      };
    }
    this.privateKey = createPrivateKey(row.pem);
    const der = createPublicKey(this.privateKey).export({ type: 'spki', format: 'der' });
    this.publicKey = der.toString('base64');
    this.keyId = keyIdOf(der);
  }

  /** The latest head accepted for a desk, as its receipt. */
  latest(deskId: string): AnchorReceipt | null {
    const row = this.db
      .prepare(
        "SELECT receipt FROM audit_anchors WHERE desk_id = ? AND status = 'anchored' ORDER BY id DESC LIMIT 1",
      )
      .get(deskId) as { receipt: string } | undefined;
    return row ? (JSON.parse(row.receipt) as AnchorReceipt) : null;
  }

  /** Records a head and answers with a signed receipt (one transaction, committed before the answer). */
  anchor(deskId: string, head: AuditHead, now: Date): AnchorReceipt {
    return this.db
      .transaction(() => {
        const last = this.latest(deskId);
        const forks =
          last !== null && (head.seq < last.seq || (head.seq === last.seq && head.hash !== last.hash));
        const unsigned: Omit<AnchorReceipt, 'signature'> = {
          version: ANCHOR_RECEIPT_VERSION,
          deskId,
          seq: head.seq,
          hash: head.hash,
          status: forks ? 'conflict' : 'anchored',
          receivedAt: now.toISOString(),
          previous: last ? { seq: last.seq, hash: last.hash } : null,
          publicKey: this.publicKey,
          keyId: this.keyId,
        };
        const receipt: AnchorReceipt = {
          ...unsigned,
          signature: sign(null, Buffer.from(anchorMessage(unsigned), 'utf8'), this.privateKey).toString(
            'base64',
          ),
        };
        this.db
          .prepare(
            'INSERT INTO audit_anchors(desk_id, seq, hash, head_at, status, received_at, receipt) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            deskId,
            head.seq,
            head.hash,
            head.at,
            receipt.status,
            receipt.receivedAt,
            JSON.stringify(receipt),
          );
        return receipt;
      })
      .immediate();
  }
}
