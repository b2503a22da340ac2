// pdf.js, set up once for both shells. Chromium's own PDF viewer is a plugin: Electron needs
// webPreferences.plugins for it and has long failed on blob: PDFs, so PDFs are drawn on a canvas.
//
// The legacy build, not the modern one: the modern build calls Map.prototype.getOrInsertComputed
// and friends without polyfills, which Electron 45's Chromium 140 does not have (Debian's newer
// Chromium does, so only the desktop app would break). The legacy build carries the polyfills.
//
// The worker is bundled by Vite (`?url`) and served from the app's own origin (app:// in Electron,
// 127.0.0.1 in the headless shell); the CSP allows it with worker-src 'self'. Nothing is fetched
// from anywhere else: no CDN, no cMaps, no standard-font files.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

export interface LoadingPdf {
  promise: Promise<PDFDocumentProxy>;
  cancel: () => void;
}

/** Opens PDF bytes (copied: pdf.js hands its buffer to the worker). */
export function openPdf(bytes: Uint8Array): LoadingPdf {
  const task = getDocument({
    data: bytes.slice(),
    // The CSP has no 'unsafe-eval': pdf.js must not try to compile fonts or functions with eval.
    isEvalSupported: false,
    // Scans are what an office scanner produced: no scripting, no forms, no remote resources.
    enableXfa: false,
    stopAtErrors: false,
  });
  return { promise: task.promise, cancel: () => void task.destroy() };
}
