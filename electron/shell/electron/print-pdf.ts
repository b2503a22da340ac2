// "Save as PDF" in the desktop app: the page (the app's own, checked by main.ts like every call)
// asks on SAVE_PDF_CHANNEL; Chromium prints it with the print stylesheet (webContents.printToPDF,
// so the result is what the print preview shows: the print sheet alone, in the sheet's own @page
// size and orientation), the user picks where in the same Save dialog a download gets, and the page
// hears the outcome as a download report (the app's download notice speaks it).
//
// Types only from 'electron', as in downloads.ts: the tests drive this with typed fakes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';
import { DOWNLOAD_CHANNEL, type DownloadReport } from '../../../common/contract/downloads';
import { safeFileName, saveDialogOptions, type SaveDefaults } from './downloads';

/** The parts of the asking WebContents this uses. */
export type PdfSource = Pick<WebContents, 'printToPDF' | 'send' | 'isDestroyed'>;

/** The CSS @page rules decide size and orientation (A4 portrait letter, A4 landscape journal). */
export const PDF_OPTIONS: Electron.PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  pageSize: 'A4',
  generateDocumentOutline: true,
};

/** A name for the file: the page's suggestion, made safe, always ending in .pdf. */
export function pdfFileName(suggested: unknown): string {
  const name = safeFileName(typeof suggested === 'string' ? suggested.slice(0, 200) : '');
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export async function savePdf(
  contents: PdfSource,
  suggested: unknown,
  defaults: SaveDefaults,
  showSaveDialog: (options: Electron.SaveDialogOptions) => Promise<Electron.SaveDialogReturnValue>,
): Promise<void> {
  const fileName = pdfFileName(suggested);
  const report = (r: DownloadReport) => {
    if (!contents.isDestroyed()) contents.send(DOWNLOAD_CHANNEL, r);
  };
  let target: string | undefined;
  try {
    const pdf = await contents.printToPDF(PDF_OPTIONS);
    if (defaults.fixedFolder) target = path.join(defaults.fixedFolder, fileName);
    else {
      const choice = await showSaveDialog(saveDialogOptions(fileName, defaults));
      target = choice.canceled ? undefined : choice.filePath;
    }
    if (!target) return report({ state: 'cancelled', fileName });
    await writeFile(target, pdf);
    report({ state: 'completed', fileName: path.basename(target) });
  } catch {
    report({ state: 'interrupted', fileName: target ? path.basename(target) : fileName });
  }
}
