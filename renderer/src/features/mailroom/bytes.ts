// Bytes in the browser: base64 both ways (scans and exports travel base64-encoded in calls), a
// file offered for download through a Blob link, and sizes for people.

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function base64ToBlob(b64: string, mime: string): Blob {
  return new Blob([base64ToBytes(b64)], { type: mime });
}

/**
 * Offers a file the core produced (an export, a scan) for download. `fileName` only names the
 * download; the browser (or Electron's save dialog) decides where it goes.
 */
export function downloadBase64(b64: string, mime: string, fileName: string): void {
  const url = URL.createObjectURL(base64ToBlob(b64, mime));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; keep the URL a little longer for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 1.2 MB, 340 KB, 12 B (units are the same in the three interface languages' office usage). */
export function formatBytes(n: number, language: string): string {
  const locale = language === 'kk' ? 'kk-KZ' : language === 'en' ? 'en-GB' : 'ru-RU';
  const nf = (v: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(v);
  if (n < 1024) return `${nf(n, 0)} B`;
  if (n < 1024 * 1024) return `${nf(n / 1024, 0)} KB`;
  return `${nf(n / (1024 * 1024), 1)} MB`;
}

/** Whole megabytes for a size limit: 25 for 25 MiB. */
export function megabytes(n: number): number {
  return Math.round((n / (1024 * 1024)) * 10) / 10;
}
