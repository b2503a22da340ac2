// The renderer shell, driven as a user would: first-run setup (the first administrator, then the
// recovery key), language switch, layout at the two office screen sizes, the shortcuts help, the
// recovery-key path, and screenshots of the main screens in all three languages (written to
// test-results/screenshots/<lang>-<screen>.png).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, bridge, expect, fillSignIn, startShell, stopShell, test } from './fixtures';

const RECOVERY_KEY = /^([0-9A-F]{4}-){16}[0-9A-F]{4}$/;
const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

type Lang = 'kk' | 'ru' | 'en';
const LANGS: Lang[] = ['kk', 'ru', 'en'];

/** The real sidebar labels an administrator sees, in order (Alt+1 … Alt+9). */
const NAV: Record<Lang, string[]> = {
  kk: [
    'Басты бет',
    'Кіріс хаттар',
    'Өтініштер',
    'Шығыс хаттар',
    'Іздеу',
    'Есептер',
    'Аудит журналы',
    'Баптаулар',
    'Бұзушылықтар',
  ],
  ru: [
    'Главная',
    'Входящие',
    'Обращения',
    'Исходящие',
    'Поиск',
    'Отчёты',
    'Журнал аудита',
    'Настройки',
    'Нарушения',
  ],
  en: [
    'Dashboard',
    'Incoming',
    'Requests',
    'Outgoing',
    'Search',
    'Reports',
    'Audit log',
    'Settings',
    'Breaches',
  ],
};
// Settings is the eighth page (Alt+8); the breach register comes after it.
const SETTINGS = NAV.ru.indexOf('Настройки');
const MENU: Record<Lang, string> = { kk: 'Негізгі мәзір', ru: 'Главное меню', en: 'Main menu' };
const STATUS_BAR: Record<Lang, string> = { kk: 'Күй жолағы', ru: 'Строка состояния', en: 'Status bar' };
const LANG_NAME: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const SETUP: Record<
  Lang,
  {
    title: string;
    create: string;
    confirm: string;
    continue: string;
    fields: [string, string, string, string];
  }
> = {
  kk: {
    title: 'Privacy Desk-ке қош келдіңіз',
    fields: ['Пайдаланушы аты', 'Аты-жөні', 'Құпиясөз', 'Құпиясөзді қайталаңыз'],
    create: 'Дерекқорды жасау',
    confirm: 'Мен қалпына келтіру кілтін жазып алдым немесе басып шығардым',
    continue: 'Жалғастыру',
  },
  ru: {
    title: 'Добро пожаловать в Privacy Desk',
    fields: ['Имя пользователя', 'ФИО', 'Пароль', 'Повторите пароль'],
    create: 'Создать базу данных',
    confirm: 'Я записал(а) или распечатал(а) ключ восстановления',
    continue: 'Продолжить',
  },
  en: {
    title: 'Welcome to Privacy Desk',
    fields: ['Username', 'Full name', 'Password', 'Repeat the password'],
    create: 'Create the database',
    confirm: 'I have written down or printed the recovery key',
    continue: 'Continue',
  },
};

function nav(page: Page, lang: Lang) {
  return page.getByRole('navigation', { name: MENU[lang] });
}

async function expectSidebar(page: Page, lang: Lang): Promise<void> {
  const links = nav(page, lang).getByRole('link');
  await expect(links).toHaveCount(NAV[lang].length);
  // The accessible name: the label without the Alt+N hint (aria-hidden).
  for (const [i, label] of NAV[lang].entries()) await expect(links.nth(i)).toHaveAccessibleName(label);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function pickLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('group').getByRole('button', { name: LANG_NAME[lang] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Fills the first administrator's form (username, name, password twice) and creates the database. */
async function createAdmin(page: Page, lang: Lang): Promise<void> {
  const s = SETUP[lang];
  const [user, name, password, again] = s.fields;
  await page.getByLabel(user, { exact: true }).fill(ADMIN.username);
  await page.getByLabel(name, { exact: true }).fill(ADMIN.displayName);
  await page.getByLabel(password, { exact: true }).fill(ADMIN.password);
  await page.getByLabel(again, { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: s.create }).click();
}

/** First-run setup through the UI; returns the recovery key shown. */
async function setUpThroughUi(page: Page, lang: Lang = 'ru'): Promise<string> {
  const s = SETUP[lang];
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
  await createAdmin(page, lang);
  const key = page.getByTestId('recovery-key');
  await expect(key).toHaveText(RECOVERY_KEY);
  const text = (await key.textContent()) ?? '';
  const go = page.getByRole('button', { name: s.continue });
  await expect(go).toBeDisabled();
  await page.getByLabel(s.confirm).check();
  await go.click();
  await expect(page.getByRole('heading', { level: 1, name: NAV[lang][0] })).toBeVisible();
  return text;
}

async function shoot(page: Page, lang: Lang, screen: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${lang}-${screen}.png`);
  await page.screenshot({ path: file, fullPage: false });
  expect(statSync(file).size).toBeGreaterThan(1000);
}

test('first-run setup through the UI shows the recovery key once, and the app stays ready after a reload', async ({
  page,
  desk,
}) => {
  // Nothing may be refused by the Content-Security-Policy (inline styles or scripts) or fail.
  const problems: string[] = [];
  // While the test takes the browser offline, a status poll that fails to load is what it asked for.
  let offline = false;
  page.on('console', (m) => {
    if (offline && m.text().includes('net::ERR_INTERNET_DISCONNECTED')) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await desk.open(page, { setup: false });
  // The token left the visible address (it stays in sessionStorage for reloads).
  await expect(page.getByTestId('screen-setup')).toBeVisible();
  expect(page.url()).not.toContain('token=');

  const key = await setUpThroughUi(page, 'ru');
  expect(key).toMatch(RECOVERY_KEY);
  await expectSidebar(page, 'ru');
  await expect(page.getByTestId('status-db')).toContainText('открыта');

  // Setup signed the administrator in; a reload keeps the session (sessionStorage).
  await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  expect((await desk.call('app.state')).value).toMatchObject({ phase: 'ready' });

  // The status bar follows the browser's network state.
  await expect(page.getByTestId('status-network')).toContainText('в сети');
  offline = true;
  await page.context().setOffline(true);
  await expect(page.getByTestId('status-network')).toContainText('нет сети');
  await page.context().setOffline(false);
  await expect(page.getByTestId('status-network')).toContainText('в сети');
  offline = false;
  await expect(page.getByTestId('status-sync')).toContainText('не настроена');
  expect(problems).toEqual([]);
});

test('the sidebar is relabelled in Kazakh, Russian and English, and the choice survives a reload', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await expectSidebar(page, 'ru'); // the default

  await pickLanguage(page, 'kk');
  await expectSidebar(page, 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Басты бет');

  await pickLanguage(page, 'en');
  await expectSidebar(page, 'en');

  // The settings page has the full selector.
  await nav(page, 'en').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Interface language').selectOption('kk');
  await expectSidebar(page, 'kk');
  await expect(page.getByRole('heading', { level: 1, name: 'Баптаулар' })).toBeVisible();

  await page.reload();
  await expectSidebar(page, 'kk');
  await expect(page.getByRole('heading', { level: 1, name: 'Баптаулар' })).toBeVisible();

  await pickLanguage(page, 'ru');
  await page.reload();
  await expectSidebar(page, 'ru');
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`layout at ${size.width}×${size.height}: sidebar, content and status bar visible, no horizontal scroll`, async ({
    page,
    desk,
  }) => {
    await page.setViewportSize(size);
    await desk.open(page);
    for (const lang of LANGS) {
      await pickLanguage(page, lang);
      for (const link of [0, SETTINGS]) {
        await nav(page, lang).getByRole('link').nth(link).click();
        await expect(page.getByRole('heading', { level: 1, name: NAV[lang][link] })).toBeVisible();
        for (const region of [
          nav(page, lang),
          page.getByRole('main'),
          page.getByRole('contentinfo', { name: STATUS_BAR[lang] }),
        ]) {
          await expect(region).toBeInViewport({ ratio: 1 });
        }
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        const main = await page
          .getByRole('main')
          .evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
        expect(main.scrollWidth).toBeLessThanOrEqual(main.clientWidth);
      }
    }
  });
}

test('F1 and ? open the keyboard shortcuts help, Escape closes it, Alt+digits switch pages', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
  const help = page.getByRole('dialog', { name: 'Сочетания клавиш' });

  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toContainText(['Открыть «Главная»', 'Открыть «Настройки»']);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('Enter'); // the focused Close button
  await expect(help).toBeHidden();

  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Настройки' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Входящие' })).toBeVisible();

  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Журнал аудита' })).toBeVisible();

  // Typing "?" in a field types it; F1 still opens the help.
  await page.keyboard.press('Alt+8');
  const select = page.getByLabel('Язык интерфейса');
  await select.focus();
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('screenshots of the setup, dashboard and settings screens in all three languages', async ({
  page,
  desk,
}) => {
  await desk.open(page, { setup: false });
  for (const lang of LANGS) {
    await pickLanguage(page, lang);
    await expect(page.getByRole('heading', { level: 1, name: SETUP[lang].title })).toBeVisible();
    await shoot(page, lang, 'setup');
  }
  await setUpThroughUi(page, 'en');
  // The recovery key step is shot separately (once, it is the same in every language but its text).
  for (const lang of LANGS) {
    await pickLanguage(page, lang);
    await nav(page, lang).getByRole('link').nth(0).click();
    await expect(page.getByTestId('dashboard-today')).not.toBeEmpty();
    await expect(page.getByTestId('status-db')).toHaveClass(/status-ok/);
    await shoot(page, lang, 'dashboard');
    await nav(page, lang).getByRole('link').nth(SETTINGS).click();
    await expect(page.getByTestId('about')).toBeVisible();
    await shoot(page, lang, 'settings');
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog')).toBeVisible();
    await shoot(page, lang, 'shortcuts');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  for (const lang of LANGS) {
    for (const screen of ['setup', 'dashboard', 'settings']) {
      expect(statSync(path.join(SHOTS, `${lang}-${screen}.png`)).size).toBeGreaterThan(1000);
    }
  }
});

test('the recovery key screen in all three languages (screenshots)', async ({ page, desk }) => {
  await desk.open(page, { setup: false });
  await createAdmin(page, 'ru');
  await expect(page.getByTestId('recovery-key')).toHaveText(RECOVERY_KEY);
  for (const lang of LANGS) {
    await pickLanguage(page, lang);
    await expect(page.getByRole('button', { name: SETUP[lang].continue })).toBeDisabled();
    await shoot(page, lang, 'recovery-key');
  }
  await page.getByLabel(SETUP.en.confirm).check();
  await page.getByRole('button', { name: SETUP.en.continue }).click();
  await expectSidebar(page, 'en');
});

test('without the token the page says to open the address printed by the app', async ({ page, desk }) => {
  await page.goto(`${desk.origin}/`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Откройте адрес, который показала программа' }),
  ).toBeVisible();
  await page.goto(`${desk.origin}/#token=not-the-token`);
  await expect(page.getByTestId('screen-unauthorized')).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);
  // Pasting the right address into the same tab (only the fragment changes) connects.
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { level: 1, name: SETUP.ru.title })).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);
});

test('a missing key offers the recovery-key path, which opens the database', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-recover-'));
  let shell = await startShell(dir);
  try {
    const setup = (await bridge(shell.url).call('app.setup', { admin: ADMIN })) as {
      ok: boolean;
      value: { recoveryKey: string };
    };
    expect(setup.ok).toBe(true);
    await stopShell(shell.child);
    unlinkSync(path.join(dir, 'desk.key'));

    shell = await startShell(dir);
    await page.goto(shell.url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Не удаётся открыть базу данных' }),
    ).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText('KEY_MISSING');
    await shoot(page, 'ru', 'db-error');
    const input = page.getByLabel('Ключ восстановления');
    await input.fill('1234');
    await input.press('Enter');
    await expect(page.getByText('Это не похоже на ключ восстановления')).toBeVisible();
    await input.fill(setup.value.recoveryKey.replace(/^.{4}/, '0000'));
    await input.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /DB_WRONG_KEY|KEY_INVALID/ })).toBeVisible();
    await input.fill(setup.value.recoveryKey);
    await input.press('Enter');
    // Opened: now the administrator signs in.
    await fillSignIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
  } finally {
    await stopShell(shell.child);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database made with `privacy-desk db init` asks only for the first administrator (no recovery key shown again)', async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-init-'));
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [
    path.join(root, 'bin', 'privacy-desk.cjs'),
    'db',
    'init',
    '--db',
    path.join(dir, 'desk.db'),
    '--new-key-file',
    path.join(dir, 'desk.key'),
  ]);
  const shell = await startShell(dir);
  try {
    await page.goto(shell.url);
    await expect(
      page.getByText('База данных уже создана, но учётных записей сотрудников в ней ещё нет.'),
    ).toBeVisible();
    await createAdmin(page, 'ru');
    await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
    await expect(page.getByTestId('recovery-key')).toHaveCount(0);
    await expectSidebar(page, 'ru');
  } finally {
    await stopShell(shell.child);
    rmSync(dir, { recursive: true, force: true });
  }
});
