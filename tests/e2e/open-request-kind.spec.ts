// Issue 19, item 2 follow-up: opening a request from a letter preselects the type the clerk picked
// as the letter's request kind, not the one its document type's wording suggests; a letter marked
// "not a request" suggests nothing.
import { expect, test } from './fixtures';

const TEXT = {
  ru: { lang: 'Русский', complaint: 'Жалоба', byKind: 'Предложено по виду обращения' },
  kk: { lang: 'Қазақша', complaint: 'Шағым', byKind: 'өтініш түрі бойынша ұсынылды' },
} as const;

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: the request type comes from the letter's request kind`, async ({ page, desk }) => {
    const text = TEXT[lang];
    await desk.open(page);
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const letter = (requestKind: string) =>
      desk.value<{ id: number }>(
        'intake.create',
        {
          channel: 'by_hand',
          language: lang,
          sender: { name: 'Айгерім Сейтқали' },
          summary: `Өтініш (${requestKind})`,
          // The wording names a withdrawal; the clerk read the letter and picked otherwise.
          documentType: 'Отзыв согласия',
          requestKind,
        },
        desk.adminSession,
      );
    const complaint = await letter('complaint');
    const notRequest = await letter('not_request');

    await page.evaluate((id) => (window.location.hash = `#/requests/new/${id}`), complaint.id);
    const form = page.getByTestId('open-request-form');
    const type = form.locator('select[name="type"]');
    await expect(type).toHaveValue('complaint');
    await expect(type.locator('option:checked')).toHaveText(text.complaint);
    await expect(form).toContainText(text.byKind);

    await page.evaluate((id) => (window.location.hash = `#/requests/new/${id}`), notRequest.id);
    await expect(form.locator('select[name="type"]')).toHaveValue('');
    await expect(form).not.toContainText(text.byKind);
  });
}
