// Issue #19, item 12: a register period prints as a paper journal. From the register page
// («Печать журнала…»), the clerk picks a period, sees the journal and prints it or saves it as a
// PDF (in a browser: the print dialog, whose "Save as PDF" destination writes the file). What the
// printer gets is A4 landscape, the office's name, the register's title and period, the period's
// entries and none outside it, page numbers, and nothing of the app's shell.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shiftDay } from './dashboard-fixtures';
import { expect, test } from './fixtures';
import { countPrints, printed } from './print-fixtures';
import { LETTERHEAD } from './letter-fixtures';

const TEXT = {
  ru: {
    action: 'Печать журнала…',
    show: 'Показать',
    print: 'Печать',
    pdf: 'Сохранить в PDF',
    from: 'С',
    to: 'По',
    title: 'Журнал регистрации входящей корреспонденции',
    office: LETTERHEAD.nameRu,
    sender: 'Отправитель',
    pages: /Стр\. 1 из 1/,
    nav: 'Входящие',
  },
  kk: {
    action: 'Журналды басып шығару…',
    show: 'Көрсету',
    print: 'Басып шығару',
    pdf: 'PDF-ке сақтау',
    from: 'Бастап',
    to: 'Дейін',
    title: 'Кіріс хат-хабарларды тіркеу журналы',
    office: LETTERHEAD.nameKk,
    sender: 'Жіберуші',
    pages: /Бет 1 \/ 1/,
    nav: 'Кіріс хаттар',
  },
} as const;

const almatyToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Almaty' });
const shown = (day: string) => day.split('-').reverse().join('.');

for (const lang of ['kk', 'ru'] as const) {
  test(`${lang}: a period of the incoming register prints as an A4 landscape journal`, async ({
    desk,
    page,
  }, info) => {
    const text = TEXT[lang];
    await countPrints(page, lang);
    await desk.open(page);
    await desk.value('letters.letterhead.save', LETTERHEAD, desk.adminSession);
    const today = almatyToday();
    const [from, to] = [shiftDay(today, -12), shiftDay(today, -3)];
    const add = (day: string, name: string, summary: string) =>
      desk.value<{ incomingNo: string }>(
        'intake.create',
        {
          receivedAt: `${day}T10:15:00+05:00`,
          channel: 'by_hand',
          language: 'kk',
          sender: { name },
          summary,
          sheets: 3,
        },
        desk.adminSession,
      );
    const inside = [
      await add(shiftDay(today, -10), 'Жұмабаев Ерлан', 'Дербес деректерді жою туралы өтініш'),
      await add(shiftDay(today, -4), 'Сейтқали Айгерім', 'Келісімді кері қайтарып алу'),
    ];
    const outside = await add(shiftDay(today, -30), 'Outside Period Sender', 'Ескі хат');

    await page.goto(`${desk.origin}/#/incoming`);
    await page.getByRole('button', { name: text.action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text.from, { exact: true }).fill(shown(from));
    await dialog.getByLabel(text.to, { exact: true }).fill(shown(to));
    await dialog.getByRole('button', { name: text.show, exact: true }).click();

    // The preview: the period's entries, oldest first, and not the one before it.
    const preview = dialog.getByTestId('journal-preview');
    await expect(preview.getByRole('heading')).toHaveText(text.title);
    await expect(preview).toContainText(text.office);
    await expect(preview.locator('tbody tr')).toHaveCount(2);
    await expect(preview.locator('tbody tr').first()).toContainText(inside[0]!.incomingNo);
    await expect(preview.locator('thead')).toContainText(text.sender);
    await expect(preview).not.toContainText(outside.incomingNo);

    await dialog.getByRole('button', { name: text.print, exact: true }).click();
    // In a browser "Save as PDF" is the print dialog's destination ('app.savePdf' answers
    // PDF_UNSUPPORTED in the headless shell, then the page prints).
    await dialog.getByRole('button', { name: text.pdf, exact: true }).click();
    await expect.poll(() => printed(page)).toBe(2);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const file = path.join(info.outputDir, `journal-${lang}.pdf`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, pdf);
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(text.title);
    expect(pdfText).toContain(text.office);
    expect(pdfText).toContain(shown(from));
    for (const e of inside) expect(pdfText).toContain(e.incomingNo);
    expect(pdfText).toContain('Жұмабаев Ерлан');
    expect(pdfText).not.toContain(outside.incomingNo);
    expect(pdfText).toMatch(text.pages);
    // Nothing of the shell: no navigation, no dialog buttons.
    expect(pdfText).not.toContain(text.nav);
    expect(pdfText).not.toContain(text.show);
    expect(pdfText).not.toMatch(/Alt\+\d/);
    const info2 = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info2).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  });
}
