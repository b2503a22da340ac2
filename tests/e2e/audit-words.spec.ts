// Issue 19, item 4 remainder: the audit viewer says what happened in words in Kazakh and Russian,
// summaries included (a sign-in, a requests search, a breach's measures), never the stored English.
import { expect, test } from './fixtures';

const TEXT = {
  ru: { lang: 'Русский', signedIn: 'Вход в систему', searched: 'Поиск обращений', found: 'Найдено 0: ' },
  kk: { lang: 'Қазақша', signedIn: 'Жүйеге кірді', searched: 'Өтініштерді іздеу', found: '0 табылды: ' },
} as const;

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: audit actions and summaries read in words`, async ({ page, desk }) => {
    const text = TEXT[lang];
    await desk.open(page);
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await desk.value('requests.search', { query: 'Сейтқали' }, desk.adminSession);

    await page.evaluate(() => (window.location.hash = '#/audit'));
    const table = page.getByTestId('audit-table');
    await expect(table).toContainText(text.signedIn);
    await expect(table).toContainText(text.searched);
    await expect(table).toContainText(text.found);
    for (const english of ['signed in', 'listed 0', 'requests.searched', 'auth.login'])
      await expect(table).not.toContainText(english);
  });
}
