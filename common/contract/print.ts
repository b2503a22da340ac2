// "Save as PDF" in the desktop app: the page asks the shell to print itself to a PDF file
// (electron/shell/electron/print-pdf.ts on SAVE_PDF_CHANNEL, exposed by the preload as
// window.api.savePdf). The headless shell has no such call: the page opens the browser's print
// dialog, whose "Save as PDF" destination does the same.

export const SAVE_PDF_CHANNEL = 'pd:save-pdf';
