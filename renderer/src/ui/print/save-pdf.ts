// "Save as PDF" for whatever the page's print sheet holds. The desktop app writes the PDF itself
// (webContents.printToPDF, then a Save dialog; the outcome comes back as a download report); in a
// browser the print dialog opens, where Chromium's "Save as PDF" destination is one click away.
export async function savePdf(fileName: string): Promise<void> {
  const save = window.api?.savePdf;
  if (save) await save(fileName);
  else window.print();
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
