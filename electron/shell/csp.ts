// One Content-Security-Policy for the Electron window and the headless shell alike.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  // No frames at all: PDFs are drawn by pdf.js on a canvas (the browser's PDF plugin is off in
  // Electron and unreliable with blob: URLs).
  "frame-src 'none'",
  // pdf.js's worker is a file of the app's own origin. blob: covers pdf.js's fallback, which wraps
  // the same same-origin file in a blob: module when it cannot prove the origin matches (a custom
  // scheme such as app:// may report an opaque origin); the wrapper can only import 'self' scripts.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
