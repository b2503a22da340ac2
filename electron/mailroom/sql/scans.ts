// SQL for scans: the bytes sit in the encrypted database (mail_scans.data), never in a file.
import type { Register, ScanContent, ScanMeta } from '../../../common/contract/mailroom';
import type { ScanKind, ScanMime } from '../../../common/mailroom/scan-files';
import type { DB } from '../../sql/server';

export interface ScanRecord {
  register: Register;
  letterId: number;
  kind: ScanKind;
  label: string;
  mime: ScanMime;
  bytes: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
  data: Buffer;
}

const META = `s.id, CASE WHEN s.incoming_id IS NOT NULL THEN 'incoming' ELSE 'outgoing' END AS register,
  coalesce(s.incoming_id, s.outgoing_id) AS letterId, s.kind, s.label, s.mime, s.bytes, s.sha256,
  s.added_at AS addedAt, s.added_by AS addedBy`;

export function insertScan(db: DB, r: ScanRecord): number {
  return Number(
    db
      .prepare(
        `INSERT INTO mail_scans(incoming_id, outgoing_id, kind, label, mime, bytes, sha256, added_at, added_by, data)
         VALUES (@incomingId, @outgoingId, @kind, @label, @mime, @bytes, @sha256, @addedAt, @addedBy, @data)`,
      )
      .run({
        incomingId: r.register === 'incoming' ? r.letterId : null,
        outgoingId: r.register === 'outgoing' ? r.letterId : null,
        kind: r.kind,
        label: r.label,
        mime: r.mime,
        bytes: r.bytes,
        sha256: r.sha256,
        addedAt: r.addedAt,
        addedBy: r.addedBy,
        data: r.data,
      }).lastInsertRowid,
  );
}

export function listScans(db: DB, register: Register, letterId: number): ScanMeta[] {
  const col = register === 'incoming' ? 'incoming_id' : 'outgoing_id';
  return db
    .prepare(`SELECT ${META} FROM mail_scans s WHERE s.${col} = ? ORDER BY s.id`)
    .all(letterId) as ScanMeta[];
}

export function getScanMeta(db: DB, id: number): ScanMeta | null {
  return (
    (db.prepare(`SELECT ${META} FROM mail_scans s WHERE s.id = ?`).get(id) as ScanMeta | undefined) ?? null
  );
}

export function getScanContent(db: DB, id: number): ScanContent | null {
  const r = db.prepare(`SELECT ${META}, s.data FROM mail_scans s WHERE s.id = ?`).get(id) as
    (ScanMeta & { data: Buffer }) | undefined;
  if (!r) return null;
  const { data, ...meta } = r;
  return { ...meta, dataBase64: data.toString('base64') };
}

/** Deletes a scan; with secure_delete on, its pages are overwritten with zeros. */
export function deleteScan(db: DB, id: number): void {
  db.prepare('DELETE FROM mail_scans WHERE id = ?').run(id);
}
