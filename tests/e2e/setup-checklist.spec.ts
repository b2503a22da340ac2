// Issue 19, item 13: after the first setup the administrator's dashboard lists what is still to set
// up (letterhead, signatory and executor, staff accounts, sync, backups), each with a link to where
// it is set. An item turns done as soon as it is configured; the card goes once all are; the other
// roles never see it (the core refuses them the call anyway).
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Desk } from './fixtures';

const ITEMS = ['letterhead', 'signatory', 'staff', 'sync', 'backups'] as const;

async function pickLanguage(page: Page, name: string, lang: string): Promise<void> {
  await page.getByRole('group').getByRole('button', { name }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Opens the dashboard afresh and waits for the checklist's answer from the core. */
async function openDashboard(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/search'));
  await expect(page.getByTestId('dashboard-today')).toBeHidden();
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/call/setup.checklist'));
  await page.evaluate(() => (window.location.hash = '#/dashboard'));
  await answered;
  await expect(page.getByTestId('dashboard-today')).toBeVisible();
}

async function expectDone(page: Page, done: readonly (typeof ITEMS)[number][]): Promise<void> {
  for (const item of ITEMS)
    await expect(page.getByTestId(`setup-${item}`)).toHaveAttribute('data-done', String(done.includes(item)));
}

async function completeAll(desk: Desk): Promise<void> {
  const person = { name: 'Сейтқали А.Б.', position: 'Директор' };
  const letterhead = await desk.value<Record<string, unknown>>(
    'letters.letterhead.get',
    {},
    desk.adminSession,
  );
  await desk.value(
    'letters.letterhead.save',
    {
      ...letterhead,
      phone: '+7 727 000 00 00',
      signatory: { kk: person, ru: person, en: person },
      executor: { name: 'Иванова Б.', phone: '+7 727 000 00 01' },
    },
    desk.adminSession,
  );
  await desk.createUser('clerk');
  await desk.createUser('officer');
  await desk.value(
    'sync.configure',
    { centralUrl: 'http://127.0.0.1:9', token: 'desk-token-0123456789' },
    desk.adminSession,
  );
  await desk.value(
    'backup.configure',
    { enabled: true, folder: path.join(desk.dir, 'backups'), keep: 7, hour: 20 },
    desk.adminSession,
  );
}

test('ru: the checklist shows every item open, ticks one off when it is set, and goes when all are', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await pickLanguage(page, 'Русский', 'ru');
  const card = page.getByTestId('setup-checklist');
  await expect(card.getByRole('heading', { name: 'Первоначальная настройка' })).toBeVisible();
  await expect(card).toContainText('Осталось настроить: 5 из 5');
  await expectDone(page, []);
  await expect(page.getByTestId('setup-staff')).toContainText('Учётные записи сотрудников');
  await expect(page.getByTestId('setup-staff')).toContainText('Не настроено');

  // Sync, set through the API as the Settings page does: the item turns done, the rest stay open.
  await desk.value(
    'sync.configure',
    { centralUrl: 'http://127.0.0.1:9', token: 'desk-token-0123456789' },
    desk.adminSession,
  );
  await openDashboard(page);
  await expectDone(page, ['sync']);
  await expect(card).toContainText('Осталось настроить: 4 из 5');
  await expect(page.getByTestId('setup-sync')).toContainText('Готово');
  await expect(page.getByTestId('setup-sync').getByRole('link')).toHaveCount(0);

  // Each open item leads to where it is set: staff accounts are a section of the Settings page.
  await page.getByTestId('setup-staff').getByRole('link', { name: 'Добавить сотрудников' }).click();
  await expect(page).toHaveURL(/#\/settings\/users$/);
  await expect(page.getByRole('heading', { name: 'Учётные записи сотрудников' })).toBeFocused();
  await openDashboard(page);
  await page.getByTestId('setup-signatory').getByRole('link', { name: 'Указать подписанта' }).click();
  await expect(page).toHaveURL(/#\/settings\/letterhead$/);

  await completeAll(desk);
  await openDashboard(page);
  await expect(card).toBeHidden();
});

test('kk: the checklist in Kazakh, one item done after a letterhead with contacts; a clerk never sees it', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await pickLanguage(page, 'Қазақша', 'kk');
  const card = page.getByTestId('setup-checklist');
  await expect(card.getByRole('heading', { name: 'Бастапқы баптау' })).toBeVisible();
  await expect(card).toContainText('Бапталмаған тармақтар: 5 / 5');
  await expectDone(page, []);
  await expect(page.getByTestId('setup-backups')).toContainText('Сақтық көшірмелер');

  const letterhead = await desk.value<Record<string, unknown>>(
    'letters.letterhead.get',
    {},
    desk.adminSession,
  );
  await desk.value(
    'letters.letterhead.save',
    { ...letterhead, email: 'office@example.kz' },
    desk.adminSession,
  );
  await openDashboard(page);
  await expectDone(page, ['letterhead']);
  await expect(page.getByTestId('setup-letterhead')).toContainText('Дайын');
  await expect(card).toContainText('Бапталмаған тармақтар: 4 / 5');

  await page.getByTestId('setup-backups').getByRole('link', { name: 'Көшірмелерді қосу' }).click();
  await expect(page).toHaveURL(/#\/settings\/backups$/);
  await expect(page.getByRole('heading', { name: 'Сақтық көшірмелер' })).toBeFocused();

  await completeAll(desk);
  await openDashboard(page);
  await expect(card).toBeHidden();

  // A clerk's dashboard never asks for it, even while items are open again.
  await desk.value(
    'backup.configure',
    { enabled: false, folder: null, keep: 7, hour: 20 },
    desk.adminSession,
  );
  const clerk = await desk.createUser('clerk', { displayName: 'Сәуле Кеңсешы' });
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/call/setup.checklist')) asked.push(r.url());
  });
  await page.getByTestId('signed-in-user').getByRole('button', { name: 'Шығу' }).click();
  // Every sign-in starts on the dashboard: its deadlines answer, the checklist is never asked for.
  const dashboard = page.waitForResponse((r) => r.url().endsWith('/api/call/requests.dashboard'));
  await desk.signIn(page, clerk);
  await dashboard;
  await expect(page.getByTestId('dashboard-today')).toBeVisible();
  await expect(card).toBeHidden();
  expect(asked).toEqual([]);
});
