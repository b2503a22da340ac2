// Issue 19, item 13: the administrator sets up sync on the Settings page (until now the CLI's
// alone): the central address and the desk's token (never shown back), sync on or paused, the
// last result and "sync now". Each save lands in the audit log.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TOKEN = 'desk-token-e2e-0123456789';

async function pickLanguage(page: Page, name: string, lang: string): Promise<void> {
  await page.getByRole('group').getByRole('button', { name }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('ru: the administrator stores the central address and token; the token is never shown back', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await pickLanguage(page, 'Русский', 'ru');
  await page.evaluate(() => (window.location.hash = '#/settings'));
  const section = page.getByTestId('settings-sync');
  await expect(section.getByRole('heading', { name: 'Синхронизация с центральной системой' })).toBeVisible();
  await expect(section.getByTestId('sync-last-result')).toContainText('не настроена');
  await expect(section.getByText('Ключ не задан')).toBeVisible();

  await section.getByLabel('Адрес центральной системы').fill('http://127.0.0.1:9');
  await section.getByLabel('Ключ доступа рабочего места').fill(TOKEN);
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByRole('status')).toHaveText('Сохранено.');
  await expect(section.getByText('Ключ сохранён и не показывается.')).toBeVisible();
  await expect(section.getByLabel('Ключ доступа рабочего места')).toHaveValue('');
  expect(await page.content()).not.toContain(TOKEN);

  const stored = await desk.value('sync.settings', {}, desk.adminSession);
  expect(stored).toEqual({
    centralUrl: 'http://127.0.0.1:9',
    tokenSet: true,
    batchSize: null,
    enabled: true,
  });
  const audit = await desk.value<{ entries: { action: string }[] }>(
    'audit.list',
    { action: 'sync.configure' },
    desk.adminSession,
  );
  expect(audit.entries).toHaveLength(1);
});

test('kk: the administrator pauses sync; "sync now" then sends nothing and the state says paused', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await desk.value('sync.configure', { centralUrl: 'http://127.0.0.1:9', token: TOKEN }, desk.adminSession);
  await pickLanguage(page, 'Қазақша', 'kk');
  await page.evaluate(() => (window.location.hash = '#/settings'));
  const section = page.getByTestId('settings-sync');
  await expect(section.getByLabel('Орталық жүйенің мекенжайы')).toHaveValue('http://127.0.0.1:9');
  await section.getByLabel('Синхрондау қосулы').uncheck();
  await section.getByRole('button', { name: 'Сақтау' }).click();
  await expect(section.getByRole('status')).toBeVisible();
  await section.getByRole('button', { name: 'Қазір синхрондау' }).click();
  await expect(section.getByTestId('sync-last-result')).toContainText('әкімші тоқтатып қойған');
  const stored = await desk.value<{ enabled: boolean }>('sync.settings', {}, desk.adminSession);
  expect(stored.enabled).toBe(false);
});
