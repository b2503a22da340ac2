// "Save as PDF" in the desktop app. The page asks through the contract ('app.savePdf': session and
// role checked by the dispatch like every call); the core asks the host (MachineHost.savePdf), and
// main.ts answers here for the app window: Chromium prints it with the print stylesheet
// (webContents.printToPDF, so the result is what the print preview shows: the print sheet alone, in
// the sheet's own @page size and orientation), the user picks where in the same Save dialog a
// download gets, and the page hears the outcome as a download report (the app's download notice
// speaks it) as well as in the call's answer.
//
// Types only from 'electron', as in downloads.ts: the tests drive this with typed fakes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';
import { DOWNLOAD_CHANNEL, type DownloadReport } from '../../../common/contract/downloads';
import { safeFileName, saveDialogOptions, type SaveDefaults } from './downloads';

/** The parts of the app window's WebContents this uses. */
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

/** Prints `contents` (the app window; null once it closed) to a PDF the user saves; never throws. */
export async function savePdf(
  contents: PdfSource | null,
  suggested: unknown,
  defaults: SaveDefaults,
  showSaveDialog: (options: Electron.SaveDialogOptions) => Promise<Electron.SaveDialogReturnValue>,
): Promise<DownloadReport> {
  const fileName = pdfFileName(suggested);
  const report = (r: DownloadReport) => {
    if (contents && !contents.isDestroyed()) contents.send(DOWNLOAD_CHANNEL, r);
    return r;
  };
  let target: string | undefined;
  try {
    if (!contents || contents.isDestroyed()) throw new Error('the app window is gone');
    const pdf = await contents.printToPDF(PDF_OPTIONS);
    if (defaults.fixedFolder) target = path.join(defaults.fixedFolder, fileName);
    else {
      const choice = await showSaveDialog(saveDialogOptions(fileName, defaults));
      target = choice.canceled ? undefined : choice.filePath;
    }
    if (!target) return report({ state: 'cancelled', fileName });
    await writeFile(target, pdf);
    return report({ state: 'completed', fileName: path.basename(target) });
  } catch {
    return report({ state: 'interrupted', fileName: target ? path.basename(target) : fileName });
  }
}
