// Issue 19, item 11: one search box in the header on every screen (Ctrl+K or F3 puts the cursor
// there), results grouped by register, and matching tolerant of the Russian keyboard for Kazakh
// letters («жумабаев» finds «Жұмабаев») and of Latin transliteration («zhumabaev»).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TEXT = {
  ru: { lang: 'Русский', incoming: 'Входящие', outgoing: 'Исходящие', help: 'Перейти в строку поиска' },
  kk: { lang: 'Қазақша', incoming: 'Кіріс хаттар', outgoing: 'Шығыс хаттар', help: 'Іздеу жолағына өту' },
} as const;

async function searchFromHeader(page: Page, keys: string, query: string): Promise<void> {
  await page.keyboard.press(keys);
  const box = page.getByTestId('header-search').getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
}

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: Ctrl+K and F3 search from any screen; Kazakh letters typed on a Russian keyboard or in Latin are found`, async ({
    page,
    desk,
  }) => {
    const text = TEXT[lang];
    await desk.open(page);
    const s = desk.adminSession;
    const letter = await desk.value<{ incomingNo: string }>(
      'intake.create',
      { channel: 'by_hand', language: 'kk', sender: { name: 'Жұмабаев Ерлан' }, summary: 'Өтініш' },
      s,
    );
    await desk.value(
      'outgoing.create',
      {
        addressee: { name: 'Жұмабаев Ерлан' },
        summary: 'Жауап',
        method: 'by_hand',
        inReplyTo: letter.incomingNo,
      },
      s,
    );
    await desk.value(
      'intake.create',
      { channel: 'by_hand', language: 'ru', sender: { name: 'Иванов Пётр' }, summary: 'Запрос' },
      s,
    );
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    // From the dashboard, Ctrl+K; the Russian keyboard has no ұ.
    await searchFromHeader(page, 'Control+k', 'жумабаев');
    const results = page.getByTestId('search-results');
    await expect(results).toContainText('Жұмабаев Ерлан');
    await expect(results).not.toContainText('Иванов');
    await expect(page.getByTestId('search-group-incoming')).toHaveText(text.incoming);
    await expect(page.getByTestId('search-group-outgoing')).toHaveText(text.outgoing);
    await expect(results.getByRole('link')).toHaveCount(2);

    // From the incoming register, F3, in Latin letters.
    await page.keyboard.press('Alt+2');
    await expect(page.locator('main')).toHaveAttribute('data-page', 'incoming');
    await searchFromHeader(page, 'F3', 'zhumabaev');
    await expect(page.getByTestId('search-results')).toContainText('Жұмабаев Ерлан');
    await expect(page.getByTestId('search-results')).not.toContainText('Иванов');

    // The shortcut is in the shortcuts help.
    await page.locator('main h1').click();
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog')).toContainText(text.help);
  });
}
