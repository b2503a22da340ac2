// The desktop app's "Save as PDF" host operation (MachineHost.savePdf in main.ts) with a typed fake
// of the app window's WebContents: what it answers the 'app.savePdf' call is also what the page's
// download notice hears, for a saved file, a cancelled dialog, a failed print and a closed window.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_CHANNEL } from '../../common/contract/downloads';
import { savePdf, type PdfSource } from '../../electron/shell/electron/print-pdf';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-print-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEFAULTS = { folder: dir, title: 'Privacy Desk' };

function fakeWindow(print: () => Promise<Buffer>) {
  const sent: unknown[] = [];
  const contents: PdfSource = {
    printToPDF: print,
    send: (channel: string, report: unknown) => void sent.push([channel, report]),
    isDestroyed: () => false,
  };
  return { contents, sent };
}

describe('savePdf (the host side of app.savePdf)', () => {
  it('writes where the Save dialog says and answers the saved name', async () => {
    const w = fakeWindow(async () => Buffer.from('%PDF-1.7 letter'));
    const asked: string[] = [];
    const report = await savePdf(w.contents, 'ИСХ-2026/000001', DEFAULTS, async (o) => {
      asked.push(o.defaultPath ?? '');
      return { canceled: false, filePath: path.join(dir, 'chosen.pdf') };
    });
    // The page's suggestion is a file name only: a folder in it is dropped, .pdf is added.
    expect(asked).toEqual([path.join(dir, '000001.pdf')]);
    expect(report).toEqual({ state: 'completed', fileName: 'chosen.pdf' });
    expect(w.sent).toEqual([[DOWNLOAD_CHANNEL, report]]);
    expect(readFileSync(path.join(dir, 'chosen.pdf'), 'utf8')).toBe('%PDF-1.7 letter');
  });

  it('answers cancelled when the dialog is cancelled, interrupted when printing fails', async () => {
    const cancel = async () => ({ canceled: true, filePath: '' });
    const ok = fakeWindow(async () => Buffer.from('%PDF'));
    expect(await savePdf(ok.contents, 'a.pdf', DEFAULTS, cancel)).toEqual({
      state: 'cancelled',
      fileName: 'a.pdf',
    });
    const broken = fakeWindow(() => Promise.reject(new Error('printing failed')));
    expect(await savePdf(broken.contents, 'b', DEFAULTS, cancel)).toEqual({
      state: 'interrupted',
      fileName: 'b.pdf',
    });
    expect(broken.sent).toEqual([[DOWNLOAD_CHANNEL, { state: 'interrupted', fileName: 'b.pdf' }]]);
  });

  it('answers interrupted once the app window is gone, without asking where to save', async () => {
    let asked = false;
    const report = await savePdf(null, 'c.pdf', DEFAULTS, async () => {
      asked = true;
      return { canceled: true, filePath: '' };
    });
    expect(report).toEqual({ state: 'interrupted', fileName: 'c.pdf' });
    expect(asked).toBe(false);
  });
});
