// Issue 19, item 4 remainder: the audit viewer says what happened in words in Kazakh and Russian,
// summaries included (a sign-in, a requests search, a breach's measures), never the stored English.
import { expect, test } from './fixtures';

const TEXT = {
  ru: {
    lang: 'Русский',
    signedIn: 'Вход в систему',
    searched: 'Поиск обращений',
    found: 'Найдено 0: ',
    registered: (no: string) => `Зарегистрировано ${no}: Нарочно, язык: Казахский, листов: 2, сканов: 0`,
    edited: (no: string) => `${no} исправлено: Листов: 2 → 3`,
    role: 'Роль: Сотрудник канцелярии → Специалист по персональным данным',
  },
  kk: {
    lang: 'Қазақша',
    signedIn: 'Жүйеге кірді',
    searched: 'Өтініштерді іздеу',
    found: '0 табылды: ',
    registered: (no: string) => `${no} тіркелді: Қолма-қол, тілі: Қазақша, парақ саны: 2, скан саны: 0`,
    edited: (no: string) => `${no} түзетілді: Парақ: 2 → 3`,
    role: 'Рөлі: Кеңсе қызметкері → Дербес деректер жөніндегі маман',
  },
} as const;

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: audit actions and summaries read in words`, async ({ page, desk }) => {
    const text = TEXT[lang];
    await desk.open(page);
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await desk.value('requests.search', { query: 'Сейтқали' }, desk.adminSession);
    // Entries whose summaries carry values: a letter registered and corrected, a role changed.
    const letter = await desk.value<{ id: number; incomingNo: string }>(
      'intake.create',
      {
        channel: 'by_hand',
        language: 'kk',
        sheets: 2,
        sender: { name: 'Айгерим Сейткали' },
        summary: 'Өтініш',
      },
      desk.adminSession,
    );
    await desk.value('intake.update', { id: letter.id, patch: { sheets: 3 } }, desk.adminSession);
    const clerk = await desk.createUser('clerk');
    await desk.value('users.setRole', { username: clerk.username, role: 'officer' }, desk.adminSession);

    await page.evaluate(() => (window.location.hash = '#/audit'));
    const table = page.getByTestId('audit-table');
    await expect(table).toContainText(text.signedIn);
    await expect(table).toContainText(text.searched);
    await expect(table).toContainText(text.found);
    await expect(table).toContainText(text.registered(letter.incomingNo));
    await expect(table).toContainText(text.edited(letter.incomingNo));
    await expect(table).toContainText(text.role);
    // The stored English stays on hover: it is what the hash chain covers.
    await expect(table.getByText(text.role)).toHaveAttribute('title', 'role clerk -> officer');
    for (const english of [
      'signed in',
      'listed 0',
      'requests.searched',
      'auth.login',
      'registered ',
      'by_hand',
      'role clerk',
      'corrected',
    ])
      await expect(table).not.toContainText(english);
  });
}
