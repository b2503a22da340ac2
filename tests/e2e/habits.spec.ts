// Office habits on a shared PC: Alt+N means the same page for every role (a page a role may not
// open keeps its number, disabled), the shortcuts help lists every shortcut, and each staff member
// gets back the interface language they chose, whoever used the computer before.
import { type Page } from '@playwright/test';
import { ADMIN, expect, test, type Credentials } from './fixtures';

const LANG_NAME = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

async function pickLanguage(page: Page, lang: keyof typeof LANG_NAME): Promise<void> {
  await page.getByRole('group').getByRole('button', { name: LANG_NAME[lang] }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('signed-in-user').getByRole('button').last().click();
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('privacy-desk.lang')) localStorage.setItem('privacy-desk.lang', 'ru');
  });
});

test('Alt+N opens the same page for a clerk as for an administrator; pages a clerk may not open stay, disabled', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const clerk = await desk.createUser('clerk', { displayName: 'Гүлнар Кеңсе' });
  await page.goto(desk.url);
  await desk.signIn(page, clerk);
  const nav = page.getByRole('navigation', { name: 'Главное меню' });
  const audit = nav.locator('[data-page="audit"]');
  await expect(audit).toHaveAttribute('aria-disabled', 'true');
  await expect(audit).toHaveAttribute('title', 'Недоступно для вашей роли');
  await expect(audit).toContainText('Alt+7');
  await expect(nav.locator('[data-page="outgoing"]')).toContainText('Alt+4');

  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Исходящие' })).toBeVisible();
  // A page the role may not open: the key does nothing.
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Исходящие' })).toBeVisible();

  // The help lists every shortcut: the pages by their fixed numbers, N, Ctrl+Enter, the scanner's Enter.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Сочетания клавиш' });
  await expect(help).toContainText('Alt+4');
  await expect(help).not.toContainText('Alt+7');
  await expect(help).toContainText('Новая запись');
  await expect(help).toContainText('Сохранить и начать следующее письмо');
  await expect(help).toContainText('Enter сканера');
});

test('each staff member gets their own interface language back on a shared PC', async ({ page, desk }) => {
  await desk.setup();
  const clerk: Credentials = await desk.createUser('clerk', { displayName: 'Гүлнар Кеңсе' });
  await page.goto(desk.url);
  await desk.signIn(page, ADMIN);
  await pickLanguage(page, 'kk');
  await signOut(page);

  // The clerk starts in the computer's last language, and picks Russian.
  await desk.signIn(page, clerk);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await pickLanguage(page, 'ru');
  await signOut(page);

  await desk.signIn(page, ADMIN);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await signOut(page);
  await desk.signIn(page, clerk);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
