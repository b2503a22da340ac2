// Issue 19, item 5: every sign-in starts on the home page. After a sign-out (or a lock ended with
// "sign out") the next person never lands on the page the previous one left open: no clerk on the
// audit log's «Недоступно для вашей роли», no auditor on a letter with the sender's details.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LANG_NAME = { kk: 'Қазақша', ru: 'Русский' } as const;

async function pickLanguage(page: Page, lang: keyof typeof LANG_NAME): Promise<void> {
  await page.getByRole('group').getByRole('button', { name: LANG_NAME[lang] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function onPage(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('ru: after the administrator signs out on the audit log, a clerk signs in to the home page', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const clerk = await desk.createUser('clerk');
  await onPage(page, '#/audit', 'Журнал аудита');

  await page.getByTestId('signed-in-user').getByRole('button', { name: 'Выйти' }).click();
  await pickLanguage(page, 'ru');
  await desk.signIn(page, clerk);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Главная');
  await expect(page.locator('main')).toHaveAttribute('data-page', 'dashboard');
  await expect(page.getByText('Недоступно для вашей роли')).toHaveCount(0);
  expect(await page.evaluate(() => window.location.hash)).not.toContain('audit');

  // Back does not return to the administrator's page either.
  await page.goBack();
  await expect(page.getByText('Недоступно для вашей роли')).toHaveCount(0);
});

test('kk: a lock ended with "sign out" on a letter: the auditor who signs in next starts on the home page', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const auditor = await desk.createUser('auditor');
  const letter = await desk.value<{ id: number; incomingNo: string }>(
    'intake.create',
    {
      channel: 'by_hand',
      language: 'kk',
      sender: { name: 'Айгерім Сейтқали', iin: '900115300122', address: 'Алматы, Абай 10' },
      summary: 'Өтініш',
    },
    desk.adminSession,
  );
  await pickLanguage(page, 'kk');
  await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), letter.id);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(letter.incomingNo);

  await page.getByTestId('signed-in-user').getByRole('button', { name: 'Құлыптау' }).click();
  const lock = page.getByTestId('screen-lock');
  await expect(lock).toBeVisible();
  await lock.getByRole('button', { name: 'Шығу' }).click();
  await desk.signIn(page, auditor);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Басты бет');
  await expect(page.locator('main')).toHaveAttribute('data-page', 'dashboard');
  await expect(page.getByText('Айгерім Сейтқали')).toHaveCount(0);
  expect(await page.evaluate(() => window.location.hash)).not.toContain('incoming');
});
