// Reading letters: a letter with its versions, its DOCX (refused once purged), lists, the stored
// text, and the letterhead. Nothing here writes.
import type { LetterInfo, LetterVersionInfo } from '../../common/contract/letters';
import { PdError } from '../../common/errors';
import type { ComposedLetter } from '../../common/letters/compose';
import { DEFAULT_LETTERHEAD, letterheadSchema, type Letterhead } from '../../common/letters/input';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import type { DB } from '../sql/server';
import {
  getLetterRow,
  letterVersionDocx,
  letterVersionRows,
  listLetterRows,
  readLetterheadSetting,
  type LetterListRow,
} from './sql/letters';

export function letterInfo(r: LetterListRow): LetterInfo {
  return {
    id: r.id,
    requestId: r.requestId,
    kind: r.kind as LetterKind,
    lang: r.lang as LetterLang,
    outgoingId: r.outgoingId,
    outgoingNo: r.outgoingNo,
    outgoingDate: r.outgoingDate,
    incomingNo: r.incomingNo,
    status: r.status,
    method: r.method,
    trackingNumber: r.trackingNumber,
    sentAt: r.sentAt,
    version: r.version,
    templateVersion: r.templateVersion,
    bytes: r.bytes,
    sha256: r.sha256,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
  };
}

export function readLetterhead(db: DB): Letterhead {
  const json = readLetterheadSetting(db);
  if (!json) return DEFAULT_LETTERHEAD;
  return letterheadSchema.parse(JSON.parse(json));
}

export function requireLetter(db: DB, id: string): LetterListRow {
  const r = getLetterRow(db, id);
  if (!r) throw new PdError('NOT_FOUND', { entity: 'letter' });
  return r;
}

export function getLetter(db: DB, id: string): LetterInfo & { versions: LetterVersionInfo[] } {
  const row = requireLetter(db, id);
  return {
    ...letterInfo(row),
    versions: letterVersionRows(db, id).map((v) => ({
      version: v.version,
      lang: v.lang as LetterLang,
      templateVersion: v.templateVersion,
      bytes: v.bytes,
      sha256: v.sha256,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
    })),
  };
}

/** A file name for Save As: the number, kind and language; never the addressee's name. */
export function letterFileName(outgoingNo: string, kind: string, lang: string, version: number): string {
  const safe = outgoingNo.replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return `${safe}_${kind}_${lang}${version > 1 ? `_v${version}` : ''}.docx`;
}

export function getLetterDocx(
  db: DB,
  id: string,
  version?: number,
): { docx: Buffer; fileName: string; version: number; sha256: string } {
  const row = requireLetter(db, id);
  const v = version ?? row.version;
  const stored = letterVersionDocx(db, id, v);
  if (!stored) throw new PdError('NOT_FOUND', { entity: 'letter_version', version: v });
  if (stored.docx.length === 0) throw new PdError('LETTER_PURGED', { version: v });
  return {
    docx: stored.docx,
    fileName: letterFileName(row.outgoingNo, row.kind, stored.lang, v),
    version: v,
    sha256: stored.sha256,
  };
}

export function listLetters(
  db: DB,
  q: { requestId?: string; kind?: LetterKind; limit?: number; offset?: number } = {},
): LetterInfo[] {
  return listLetterRows(db, {
    requestId: q.requestId,
    kind: q.kind,
    limit: q.limit ?? 100,
    offset: q.offset ?? 0,
  }).map(letterInfo);
}

/** The stored letter as structured text, exactly as its DOCX says it. */
export function previewStored(db: DB, id: string, version?: number): ComposedLetter {
  const row = requireLetter(db, id);
  const stored = letterVersionDocx(db, id, version ?? row.version);
  if (!stored) throw new PdError('NOT_FOUND', { entity: 'letter_version' });
  if (stored.docx.length === 0) throw new PdError('LETTER_PURGED', { version: stored.version });
  return JSON.parse(stored.composed) as ComposedLetter;
}
