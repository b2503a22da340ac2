// Issue 19, item 11: one search box in the header on every screen (Ctrl+K or F3 puts the cursor
// there), results grouped by register and requests, the typed word marked in each hit however it
// was folded, and matching tolerant of the Russian keyboard for Kazakh
// letters («жумабаев» finds «Жұмабаев») and of Latin transliteration («zhumabaev»).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TEXT = {
  ru: {
    lang: 'Русский',
    incoming: 'Входящие',
    outgoing: 'Исходящие',
    requests: 'Обращения',
    help: 'Перейти в строку поиска',
  },
  kk: {
    lang: 'Қазақша',
    incoming: 'Кіріс хаттар',
    outgoing: 'Шығыс хаттар',
    requests: 'Өтініштер',
    help: 'Іздеу жолағына өту',
  },
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
    const request = await desk.value<{ id: string }>(
      'requests.open',
      {
        type: 'withdrawal',
        letters: [letter.incomingNo],
        requesterRole: 'subject',
        subject: { name: 'Жұмабаев Ерлан' },
      },
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
    await expect(page.getByTestId('search-group-requests')).toHaveText(text.requests);
    await expect(results.getByRole('link')).toHaveCount(3);
    const requestHit = results.getByRole('link').filter({ hasText: request.id });
    await expect(requestHit).toContainText('Жұмабаев Ерлан');
    // The folded match is marked in every hit: «жумабаев» marks «Жұмабаев».
    await expect(results.locator('mark')).toHaveText(['Жұмабаев', 'Жұмабаев', 'Жұмабаев']);
    await requestHit.click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'requests');
    await expect(page.locator('main')).toContainText(request.id);

    // From the incoming register, F3, in Latin letters.
    await page.keyboard.press('Alt+2');
    await expect(page.locator('main')).toHaveAttribute('data-page', 'incoming');
    await searchFromHeader(page, 'F3', 'zhumabaev');
    await expect(page.getByTestId('search-results')).toContainText('Жұмабаев Ерлан');
    await expect(page.getByTestId('search-results')).not.toContainText('Иванов');
    await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText('Жұмабаев');

    // The shortcut is in the shortcuts help.
    await page.locator('main h1').click();
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog')).toContainText(text.help);
  });
}
