// Scans: checked completely (base64, size, type from the content) before anything is written,
// then stored inside the encrypted database in the caller's transaction.
import { createHash } from 'node:crypto';
import type { Register, ScanMeta, ScanRemoveReason } from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import {
  checkScanFile,
  DEFAULT_SCAN_MAX_BYTES,
  scanLabel,
  type ScanKind,
  type ScanMime,
} from '../../common/mailroom/scan-files';
import { SETTING_KEYS } from './sql/settings';
import { readSetting } from '../sql/settings';
import { deleteScan, getScanMeta, insertScan, listScans } from './sql/scans';
import type { DB, Server, WriteTx } from '../sql/server';

export interface ScanUpload {
  fileName: string;
  dataBase64: string;
  kind?: ScanKind | undefined;
}

export interface PreparedScan {
  kind: ScanKind;
  label: string;
  mime: ScanMime;
  bytes: number;
  sha256: string;
  data: Buffer;
}

export function scanMaxBytes(db: DB): number {
  const v = Number(readSetting(db, SETTING_KEYS.scanMaxBytes));
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_SCAN_MAX_BYTES;
}

const DATA_URL = /^data:[^,]{0,100};base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decoded size from the base64 length, so an oversized file is refused before it is decoded. */
function decodedLength(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - pad;
}

/**
 * Decodes and checks one upload. Throws VALIDATION (bad base64), SCAN_EMPTY, SCAN_TOO_LARGE or
 * SCAN_TYPE; details carry sizes and the kind of content seen, never the name or the bytes.
 */
export function prepareScan(upload: ScanUpload, maxBytes: number, index?: number): PreparedScan {
  const at = index === undefined ? {} : { file: index };
  const b64 = upload.dataBase64.replace(DATA_URL, '').replace(/\s+/g, '');
  if (b64.length % 4 !== 0 || !BASE64.test(b64)) {
    throw new PdError('VALIDATION', {
      issues: [{ path: index === undefined ? 'dataBase64' : `scans.${index}.dataBase64`, code: 'base64' }],
    });
  }
  const size = decodedLength(b64);
  if (size > maxBytes) throw new PdError('SCAN_TOO_LARGE', { ...at, bytes: size, maxBytes });
  const data = Buffer.from(b64, 'base64');
  const check = checkScanFile(data, maxBytes);
  if (!check.ok) {
    throw new PdError(check.code, {
      ...at,
      bytes: check.bytes,
      maxBytes,
      ...(check.content ? { content: check.content } : {}),
    });
  }
  return {
    kind: upload.kind ?? 'letter',
    label: scanLabel(upload.fileName.normalize('NFC')),
    mime: check.mime,
    bytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
  };
}

export function prepareScans(uploads: readonly ScanUpload[] | undefined, maxBytes: number): PreparedScan[] {
  return (uploads ?? []).map((u, i) => prepareScan(u, maxBytes, i));
}

/** Stores prepared scans for a letter; the caller writes the audit entry. */
export function storeScans(
  tx: WriteTx,
  actor: string,
  register: Register,
  letterId: number,
  scans: PreparedScan[],
): number[] {
  return scans.map((s) =>
    insertScan(tx.db, { ...s, register, letterId, addedAt: tx.now.toISOString(), addedBy: actor }),
  );
}

function letterHead(db: DB, register: Register, letterId: number): { number: string; status: string } | null {
  const sql =
    register === 'incoming'
      ? 'SELECT incoming_no AS number, status FROM incoming_letters WHERE id = ?'
      : 'SELECT outgoing_no AS number, status FROM outgoing_letters WHERE id = ?';
  return (db.prepare(sql).get(letterId) as { number: string; status: string } | undefined) ?? null;
}

/** Attaches one scan to an existing, not cancelled letter (of the incoming register by default). */
export function addScan(
  server: Server,
  actor: string,
  input: ScanUpload & { register?: Register; letterId: number },
): ScanMeta {
  const { register = 'incoming', letterId, ...upload } = input;
  return server.write(actor, (tx) => addScanInTx(tx, actor, register, letterId, upload));
}

function addScanInTx(
  tx: WriteTx,
  actor: string,
  register: Register,
  letterId: number,
  upload: ScanUpload,
): ScanMeta {
  const head = letterHead(tx.db, register, letterId);
  if (!head)
    throw new PdError('NOT_FOUND', {
      entity: register === 'incoming' ? 'incoming_letter' : 'outgoing_letter',
    });
  if (head.status === 'cancelled') throw new PdError('CONFLICT', { reason: 'cancelled' });
  const scan = prepareScan(upload, scanMaxBytes(tx.db));
  const [id] = storeScans(tx, actor, register, letterId, [scan]);
  tx.audit({
    action: 'scan.add',
    entityType: 'scan',
    entityId: String(id),
    summary: `scan ${id} (${scan.mime}, ${scan.bytes} bytes) attached to ${head.number}`,
  });
  return getScanMeta(tx.db, id!)!;
}

export function removeScan(
  server: Server,
  actor: string,
  input: { id: number; reason: ScanRemoveReason },
): { removed: true } {
  server.write(actor, (tx) => removeScanInTx(tx, input.id, input.reason));
  return { removed: true };
}

function removeScanInTx(tx: WriteTx, id: number, reason: ScanRemoveReason): void {
  const meta = getScanMeta(tx.db, id);
  if (!meta) throw new PdError('NOT_FOUND', { entity: 'scan' });
  const head = letterHead(tx.db, meta.register, meta.letterId);
  deleteScan(tx.db, id);
  tx.audit({
    action: 'scan.remove',
    entityType: 'scan',
    entityId: String(id),
    summary: `scan ${id} (${meta.mime}, ${meta.bytes} bytes) removed from ${head?.number ?? meta.register}: ${reason}`,
  });
}

export { listScans };
