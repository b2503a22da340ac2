// What a scan may be: PDF, JPEG, PNG or TIFF, recognised from its first bytes, never from its name.
//
// Why not the `file-type` package: it is ESM-only and asynchronous, knows hundreds of formats we
// must refuse anyway, and would have to be bundled into both sides. Four fixed signatures are
// short enough to audit here, and this same pure function lets the renderer refuse a dropped
// file at once, before any upload; the main process repeats the check before storing.

export const SCAN_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type ScanMime = (typeof SCAN_MIME_TYPES)[number];

/** 25 MiB: the default per-file limit (setting `mailroom.scans.maxBytes`). */
export const DEFAULT_SCAN_MAX_BYTES = 25 * 1024 * 1024;
/** The most the administrator may allow: a scan travels base64-encoded in one call (the bridge caps a body at 48 MiB). */
export const SCAN_MAX_BYTES_CEILING = 32 * 1024 * 1024;
export const SCAN_MIN_BYTES_SETTING = 1024 * 1024;

export const SCAN_KINDS = ['envelope', 'letter', 'enclosure', 'other'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** The scan type of a file's content, or null when it is none of the four. */
export function detectScanType(bytes: Uint8Array): ScanMime | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image/tiff';
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b]))
    return 'image/tiff'; // BigTIFF
  return null;
}

/** A name for what a refused file looks like, for the message only (never trusted). */
export function describeRefusedContent(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x4d, 0x5a])) return 'executable';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x42, 0x4d])) return 'bmp';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'heic_or_mp4';
  return 'unknown';
}

export type ScanFileCheck =
  | { ok: true; mime: ScanMime; bytes: number }
  | {
      ok: false;
      code: 'SCAN_EMPTY' | 'SCAN_TYPE' | 'SCAN_TOO_LARGE';
      bytes: number;
      maxBytes: number;
      content?: string;
    };

/** The whole check a file must pass (type from content, size). The renderer runs it on drop. */
export function checkScanFile(bytes: Uint8Array, maxBytes: number = DEFAULT_SCAN_MAX_BYTES): ScanFileCheck {
  if (bytes.length === 0) return { ok: false, code: 'SCAN_EMPTY', bytes: 0, maxBytes };
  if (bytes.length > maxBytes) return { ok: false, code: 'SCAN_TOO_LARGE', bytes: bytes.length, maxBytes };
  const mime = detectScanType(bytes);
  if (!mime)
    return {
      ok: false,
      code: 'SCAN_TYPE',
      bytes: bytes.length,
      maxBytes,
      content: describeRefusedContent(bytes),
    };
  return { ok: true, mime, bytes: bytes.length };
}

/**
 * The original file name, kept only as a label to show: the last path segment, control and
 * bidi-override characters removed, at most 200 characters. It never becomes a path.
 */
export function scanLabel(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const label = Array.from(clean).slice(0, 200).join('');
  return label.length > 0 ? label : 'scan';
}

/** The usual extension for a scan type, for a suggested download name. */
export function scanExtension(mime: ScanMime): string {
  return { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/tiff': 'tif' }[mime];
}
