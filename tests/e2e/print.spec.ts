// Printing a reply letter (issue #19, item 12): the preview's Print button, named in the window's
// language, calls the browser's print; what the printer (and Chromium's "Save as PDF") gets is the
// letter alone on A4 — no sidebar, no request screen — with its Исх. № as text.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { countPrints, printed } from './print-fixtures';
import { decidedWithdrawal } from './letter-fixtures';

const PRINT = { kk: 'Басып шығару', ru: 'Печать' } as const;
const SAVE_PDF = { kk: 'PDF-ке сақтау', ru: 'Сохранить в PDF' } as const;

for (const lang of ['kk', 'ru'] as const) {
  test(`a previewed reply letter prints alone on A4 (${lang})`, async ({ desk, page }, info) => {
    await countPrints(page, lang);
    await desk.open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const request = await decidedWithdrawal(desk);
    await page.goto(`${desk.origin}/#/requests/${encodeURIComponent(request.id)}`);

    const card = page.getByTestId('request-reply-letters');
    await card.getByTestId('letter-generate').click();
    await expect(card.getByTestId('letter-generated')).toContainText(/ИСХ-\d{4}-\d{6}/);
    const outgoingNo = /ИСХ-\d{4}-\d{6}/.exec(
      (await card.getByTestId('letter-generated').textContent()) ?? '',
    )![0];
    const panel = card.getByTestId('letter-preview-panel');
    await expect(panel.getByTestId('letter-outgoing-no')).toContainText(outgoingNo.replace(/^ИСХ-/, ''));

    await panel.getByRole('button', { name: PRINT[lang], exact: true }).click();
    expect(await printed(page)).toBe(1);
    // "Save as PDF" in a browser: the same print dialog, whose destination writes the PDF (the desktop
    // app writes it itself: tests/desktop). 'app.savePdf' answers PDF_UNSUPPORTED here, then the page prints.
    await panel.getByRole('button', { name: SAVE_PDF[lang], exact: true }).click();
    await expect.poll(() => printed(page)).toBe(2);
    await expect(panel.getByRole('alert')).toHaveCount(0);

    // What the print preview shows, as Chromium's "Save as PDF" writes it.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const file = path.join(info.outputDir, `letter-${lang}.pdf`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(outgoingNo.replace(/^ИСХ-/, ''));
    expect(text).toContain('Д. Серікбаев');
    // The shell is not printed: not the print button, not the page navigation.
    expect(text).not.toContain(PRINT[lang]);
    expect(text).not.toContain(SAVE_PDF[lang]);
    expect(text).not.toMatch(/Alt\+\d/);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
  });
}
