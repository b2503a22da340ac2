// "Save as PDF" for whatever the page's print sheet holds, through the contract ('app.savePdf').
// The desktop app writes the PDF itself (webContents.printToPDF, then a Save dialog; the outcome
// comes back as a download report); the headless shell answers PDF_UNSUPPORTED, and the browser's
// print dialog opens instead, where Chromium's "Save as PDF" destination is one click away.
import { api, ApiError } from '../../api/client';

export async function savePdf(fileName: string): Promise<void> {
  try {
    await api.call('app.savePdf', { fileName });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'PDF_UNSUPPORTED') window.print();
    else throw e;
  }
}

/** A file name from a title and a period or number: letters, digits, dashes; nothing Windows refuses. */
export function pdfName(...parts: string[]): string {
  const base = parts
    .join(' ')
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, '')
    .trim()
    .replace(/\s+/g, ' ');
  return `${base || 'document'}.pdf`;
}
