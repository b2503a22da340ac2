// Issue 19, item 13: the officer of a letter or request and the letters' executor are picked from
// the active staff accounts (officers and administrators, by full name), not typed by hand. A clerk
// or an auditor is not offered, nor a disabled account; the stored value stays the full name.
import type { Page } from '@playwright/test';
import { expect, test, type Desk } from './fixtures';
import { LETTERHEAD } from './letter-fixtures';

async function pickLanguage(page: Page, name: string, lang: string): Promise<void> {
  await page.getByRole('group').getByRole('button', { name }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** An officer, a clerk, an auditor and a disabled officer; returns the active officer's name. */
async function staff(desk: Desk): Promise<string> {
  const officer = await desk.createUser('officer', { displayName: 'Ержан Қасымов' });
  await desk.createUser('clerk', { displayName: 'Сәуле Кеңсешы' });
  await desk.createUser('auditor', { displayName: 'Арман Тексеруші' });
  const gone = await desk.createUser('officer', { displayName: 'Болат Кеткен' });
  await desk.value('users.setDisabled', { username: gone.username, disabled: true }, desk.adminSession);
  return officer.displayName;
}

async function choices(select: ReturnType<Page['getByRole']>): Promise<string[]> {
  return (await select.locator('option').allTextContents()).map((s) => s.trim());
}

test('ru: the intake form assigns a letter to an officer picked from the staff accounts', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const officer = await staff(desk);
  await pickLanguage(page, 'Русский', 'ru');
  await page.keyboard.press('Alt+2');
  // The register's own keys work once it is on screen (as in mailroom.spec.ts).
  await expect(page.locator('a[href="#/incoming/new"]')).toBeVisible();
  await page.keyboard.press('n');
  const form = page.getByTestId('intake-form');
  const assigned = form.getByRole('combobox', { name: 'Исполнитель' });
  await expect(assigned.locator('option', { hasText: officer })).toHaveCount(1);
  expect(await choices(assigned)).toEqual(['Не назначен', 'Әсел Әкімші', officer]);

  await form.getByLabel(/^Отправитель/).fill('Айгерім Сейтқали');
  await form.getByLabel(/^Краткое содержание/).fill('Заявление об отзыве согласия');
  await assigned.selectOption({ label: officer });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(/-000001$/);
  const incomingNo = (await page.getByTestId('registered-number').textContent())!.trim();
  const entry = await desk.value<{ assignedTo: string | null }>(
    'intake.get',
    { incomingNo },
    desk.adminSession,
  );
  expect(entry.assignedTo).toBe(officer);
});

test('kk: the letterhead executor is picked from the staff accounts and a name typed before stays', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const officer = await staff(desk);
  // A letterhead saved before the picker, with an executor typed by hand.
  await desk.value('letters.letterhead.save', LETTERHEAD, desk.adminSession);
  await pickLanguage(page, 'Қазақша', 'kk');
  await page.evaluate(() => (window.location.hash = '#/settings/letterhead'));
  const executor = page
    .getByTestId('letterhead-form')
    .getByRole('combobox', { name: 'Орындаушының аты-жөні' });
  await expect(executor).toHaveValue(LETTERHEAD.executor.name);
  expect(await choices(executor)).toEqual([
    'Тағайындалмаған',
    LETTERHEAD.executor.name,
    'Әсел Әкімші',
    officer,
  ]);

  await executor.selectOption({ label: officer });
  await page.getByTestId('letterhead-form').getByRole('button', { name: 'Бланкіні сақтау' }).click();
  await expect(page.getByTestId('letterhead-saved')).toBeVisible();
  const saved = await desk.value<{ executor?: { name: string } }>(
    'letters.letterhead.get',
    {},
    desk.adminSession,
  );
  expect(saved.executor?.name).toBe(officer);
});
