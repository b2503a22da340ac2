// Staff accounts end to end: sign-in through the form, lockout after five wrong passwords, the idle
// auto-lock (with a 3-second timeout) that drops personal data from the window, what a clerk and an
// auditor see (and that the core refuses them too), the audit viewer, and backups: a restore round
// trip through the UI and a corrupted backup refused with the database untouched.
// Screenshots of the sign-in and lock screens and the audit viewer: test-results/screenshots/.
import {
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, expect, fillSignIn, test, type Credentials, type Desk } from './fixtures';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');
type Lang = 'kk' | 'ru' | 'en';
const LANGS: Lang[] = ['kk', 'ru', 'en'];
const LANG_NAME: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

async function pickLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('group').getByRole('button', { name: LANG_NAME[lang] }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  expect(statSync(file).size).toBeGreaterThan(1000);
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Главное меню' });
}

async function openPage(page: Page, label: string): Promise<void> {
  await nav(page).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

/** The session token the page is using (what window.api sends as X-PD-Session). */
function pageSession(page: Page): Promise<string> {
  return page.evaluate(() => window.sessionStorage.getItem('privacy-desk.session') ?? '');
}

/** Almaty wall-clock HH:MM of an instant, as the sign-in screen shows it. */
function almatyTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Almaty',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('signing in through the form: Enter submits, the user and a sign-out button are in the sidebar; screenshots', async ({
  page,
  desk,
}) => {
  const problems = watchProblems(page);
  await desk.open(page, { signIn: false });
  const screen = page.getByTestId('screen-signin');
  await expect(screen.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
  for (const lang of LANGS) {
    await pickLanguage(page, lang);
    await shoot(page, `${lang}-signin`);
  }
  await pickLanguage(page, 'ru');

  // Empty fields are refused by the form itself.
  await screen.getByRole('button', { name: 'Войти' }).click();
  await expect(screen.getByText('Введите пароль.')).toBeVisible();

  // A wrong password: the message says how many attempts are left; the password field is cleared.
  await fillSignIn(page, { ...ADMIN, password: 'not the password' });
  await expect(page.getByTestId('auth-error')).toContainText(
    'Неверное имя пользователя или пароль. Осталось 4 попытки',
  );
  await expect(screen.getByLabel('Пароль', { exact: true })).toHaveValue('');
  await shoot(page, 'ru-signin-error');

  await fillSignIn(page, ADMIN);
  const who = page.getByTestId('signed-in-user');
  await expect(who).toContainText(ADMIN.displayName);
  await expect(who).toContainText('Администратор');
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();

  // A reload keeps the session; signing out ends it on the core's side too.
  await page.reload();
  await expect(who).toContainText(ADMIN.displayName);
  const token = await pageSession(page);
  await who.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByText('Вы вышли из программы.')).toBeVisible();
  expect((await desk.call('auth.session', {}, token)).value).toMatchObject({ user: null });
  expect(await pageSession(page)).toBe('');
  expect(problems).toEqual([]);
});

test('five wrong passwords lock the account: the sixth attempt, with the right password, is refused until HH:MM', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const clerk = await desk.createUser('clerk');
  await page.goto(desk.url);
  const error = page.getByTestId('auth-error');
  for (let attempt = 1; attempt <= 4; attempt++) {
    await fillSignIn(page, { ...clerk, password: `wrong password ${attempt}` });
    await expect(error).toHaveAttribute('data-code', 'AUTH_FAILED');
    await expect(error).toContainText(new RegExp(`Остал(ось|ась) ${5 - attempt} попыт`));
  }
  await fillSignIn(page, { ...clerk, password: 'wrong password 5' });
  await expect(error).toHaveAttribute('data-code', 'ACCOUNT_LOCKED');
  const accounts = await desk.value<{ username: string; lockedUntil: string | null }[]>(
    'users.list',
    {},
    desk.adminSession,
  );
  const until = accounts.find((a) => a.username === clerk.username)!.lockedUntil!;
  const message = `Слишком много неверных паролей: учётная запись заблокирована до ${almatyTime(until)} (время Алматы).`;
  await expect(error).toContainText(message);

  // The right password does not help while the lock lasts.
  await fillSignIn(page, clerk);
  await expect(error).toHaveAttribute('data-code', 'ACCOUNT_LOCKED');
  await expect(error).toContainText(message);
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
  await shoot(page, 'ru-signin-locked');
  // The core says the same to a direct call.
  expect(
    (await desk.call('auth.login', { username: clerk.username, password: clerk.password })).error?.code,
  ).toBe('ACCOUNT_LOCKED');
});

test('a temporary password is changed before anything else; the administrator resets, disables and cannot remove the last administrator', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const officer = await desk.createUser('officer', { displayName: 'Бақытжан Сейітқалиев', temporary: true });
  await page.goto(desk.url);
  await fillSignIn(page, officer);
  const change = page.getByTestId('screen-change-password');
  await expect(change.getByRole('heading', { level: 1, name: 'Задайте свой пароль' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await change.getByLabel('Временный пароль').fill(officer.password);
  await change.getByLabel('Новый пароль').fill('short');
  await change.getByLabel('Повторите пароль').fill('something else');
  await change.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(change.getByText('Пароль должен быть не короче 10 символов.')).toBeVisible();
  await expect(change.getByText('Пароли не совпадают.')).toBeVisible();
  await change.getByLabel('Новый пароль').fill('officer own password');
  await change.getByLabel('Повторите пароль').fill('officer own password');
  await change.getByLabel('Повторите пароль').press('Enter');
  await expect(page.getByTestId('signed-in-user')).toContainText(officer.displayName);
  await expect(page.getByTestId('signed-in-user')).toContainText('Специалист по персональным данным');
  await page.getByTestId('signed-in-user').getByRole('button', { name: 'Выйти' }).click();

  // The administrator manages the account, and the screen-lock time.
  await desk.signIn(page);
  await openPage(page, 'Настройки');
  const minutes = page.getByLabel('Блокировать экран через (минут бездействия)');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('0');
  await minutes.press('Enter');
  await expect(page.getByText('Введите целое число минут от 1 до 240.')).toBeVisible();
  await minutes.fill('15');
  await minutes.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено.' })).toBeVisible();
  expect(await desk.value('security.settings', {}, desk.adminSession)).toMatchObject({ idleLockMinutes: 15 });
  const users = page.getByTestId('users-section');
  const row = users.locator(`tr[data-username="${officer.username}"]`);
  await expect(row).toContainText('активна');
  await users.getByRole('button', { name: `Отключить учётную запись: ${officer.displayName}` }).click();
  await expect(row).toContainText('отключена');
  await expect(users.getByRole('status')).toContainText('отключена, сеансы завершены');

  // The last administrator can be neither disabled nor demoted.
  await users.getByRole('button', { name: `Отключить учётную запись: ${ADMIN.displayName}` }).click();
  await expect(users.getByRole('alert')).toContainText('Это единственный действующий администратор');
  await expect(users.getByRole('alert')).toContainText('LAST_ADMIN');
  await users.getByRole('button', { name: `Сменить роль: ${ADMIN.displayName}` }).click();
  const roleDialog = page.getByRole('dialog', { name: `Смена роли: ${ADMIN.displayName}` });
  await roleDialog.getByLabel('Роль', { exact: true }).selectOption('clerk');
  await roleDialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(roleDialog.getByRole('alert')).toContainText('LAST_ADMIN');
  await roleDialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(users.locator(`tr[data-username="${ADMIN.username}"]`)).toContainText('Администратор');

  // A reset password for the officer (generated in the dialog), then enabled again.
  await users.getByRole('button', { name: `Сбросить пароль: ${officer.displayName}` }).click();
  const resetDialog = page.getByRole('dialog', { name: `Сброс пароля: ${officer.displayName}` });
  const temporary = await resetDialog.getByLabel('Временный пароль').inputValue();
  expect(temporary.length).toBeGreaterThanOrEqual(10);
  await resetDialog.getByRole('button', { name: 'Назначить временный пароль' }).click();
  await expect(resetDialog).toBeHidden();
  await users.getByRole('button', { name: `Включить учётную запись: ${officer.displayName}` }).click();
  await expect(row).toContainText('временный пароль');
  await expect(row).not.toContainText('отключена');
  await page.getByTestId('signed-in-user').getByRole('button', { name: 'Выйти' }).click();

  // The old password no longer works; the temporary one leads to the change screen again.
  await fillSignIn(page, { ...officer, password: 'officer own password' });
  await expect(page.getByTestId('auth-error')).toHaveAttribute('data-code', 'AUTH_FAILED');
  await fillSignIn(page, { ...officer, password: temporary });
  await expect(change).toBeVisible();
});

test.describe('idle auto-lock (3 seconds)', () => {
  test.use({ deskEnv: { PRIVACY_DESK_IDLE_LOCK_SECONDS: '3' } });

  test('the window locks itself, drops the personal data on screen, and unlocking returns to the same page', async ({
    page,
    desk,
  }) => {
    const problems = watchProblems(page);
    await desk.setup();
    // Personal data to have on screen: a colleague's name in the accounts list.
    const colleague = await desk.createUser('officer', { displayName: 'Бақытжан Сейітқалиев' });
    await page.goto(desk.url);
    await desk.signIn(page);
    expect(
      (await desk.value<{ idleLockSeconds: number }>('auth.session', {}, await pageSession(page)))
        .idleLockSeconds,
    ).toBe(3);
    await openPage(page, 'Настройки');
    await expect(page.getByTestId('users-section')).toContainText(colleague.displayName);

    // No activity: the lock screen comes by itself.
    const lock = page.getByTestId('screen-lock');
    await expect(lock).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(colleague.displayName)).toHaveCount(0);
    expect(await page.content()).not.toContain('Бақытжан');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('heading', { name: 'Настройки' })).toHaveCount(0);
    // The core agrees: the session is locked, and it refuses anything but unlock or sign-out.
    const token = await pageSession(page);
    expect((await desk.call('auth.session', {}, token)).value).toMatchObject({ locked: true });
    expect((await desk.call('users.list', {}, token)).error?.code).toBe('SESSION_LOCKED');

    for (const lang of LANGS) {
      await pickLanguage(page, lang);
      await shoot(page, `${lang}-lock`);
    }
    await pickLanguage(page, 'ru');

    const password = lock.getByLabel('Пароль', { exact: true });
    await password.fill('not my password');
    await password.press('Enter');
    await expect(lock.getByTestId('auth-error')).toContainText('Осталось 4 попытки');
    await password.fill(ADMIN.password);
    await password.press('Enter');
    // Back where the person was, with the data loaded again.
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
    await expect(page.getByTestId('users-section')).toContainText(colleague.displayName);
    expect(problems).toEqual([]);
  });

  test('typing keeps the session awake (heartbeat), and a SESSION_LOCKED answer shows the lock screen', async ({
    page,
    desk,
  }) => {
    await desk.setup();
    await page.goto(desk.url);
    await desk.signIn(page);
    await openPage(page, 'Настройки');
    // Someone typing slowly (0.4 s between keys) for twice the timeout: no lock, on either side.
    const field = page.getByLabel('Текущий пароль');
    await field.focus();
    const started = Date.now();
    await page.keyboard.type('a slow typist at work', { delay: 400 });
    expect(Date.now() - started).toBeGreaterThan(6_000);
    await expect(field).toHaveValue('a slow typist at work');
    await expect(page.getByTestId('screen-lock')).toHaveCount(0);
    const token = await pageSession(page);
    expect((await desk.call('auth.session', {}, token)).value).toMatchObject({ locked: false });
    // Locked elsewhere (the core's idle lock, another window): the next call shows the lock screen.
    expect((await desk.call('auth.lock', {}, token)).ok).toBe(true);
    await nav(page).getByRole('link', { name: 'Журнал аудита' }).click();
    await expect(page.getByTestId('screen-lock')).toBeVisible();
  });
});

test('a clerk sees no admin-only sections, and the core refuses a clerk calling an admin call directly', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const clerk = await desk.createUser('clerk', { displayName: 'Гүлнар Кеңсе' });
  await page.goto(desk.url);
  await desk.signIn(page, clerk);
  await expect(page.getByTestId('signed-in-user')).toContainText('Сотрудник канцелярии');
  const links = nav(page).getByRole('link');
  await expect(links).toHaveText(
    ['Главная', 'Входящие', 'Исходящие', 'Поиск', 'Настройки'].map((l) => new RegExp(l)),
  );
  await expect(nav(page).getByRole('link', { name: 'Журнал аудита' })).toHaveCount(0);

  await openPage(page, 'Настройки');
  await expect(page.getByRole('heading', { name: 'Ваш пароль' })).toBeVisible();
  await expect(page.getByText('Экран блокируется после 10 минут бездействия.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Учётные записи сотрудников' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Резервные копии' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Новая учётная запись|Сделать копию/ })).toHaveCount(0);

  // Typing the address does not open the audit log either.
  await page.goto(`${desk.origin}/#/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Недоступно для вашей роли' })).toBeVisible();

  // And the core refuses, whatever the UI shows.
  const session = await pageSession(page);
  const create = await desk.call(
    'users.create',
    { username: 'intruder', displayName: 'Intruder', role: 'admin', password: 'long enough password' },
    session,
  );
  expect(create.error?.code).toBe('FORBIDDEN');
  for (const name of ['audit.list', 'backup.runNow', 'users.list']) {
    expect((await desk.call(name, {}, session)).error?.code, name).toBe('FORBIDDEN');
  }
  // The account really was not created.
  const users = await desk.value<{ username: string }[]>('users.list', {}, desk.adminSession);
  expect(users.map((u) => u.username)).not.toContain('intruder');
});

test('an auditor reads the audit log, verifies the chain and exports CSV, but has no write buttons; screenshots', async ({
  page,
  desk,
}) => {
  const problems = watchProblems(page);
  await desk.setup();
  const auditor = await desk.createUser('auditor', { displayName: 'Ержан Аудитор' });
  await desk.createUser('clerk', { displayName: 'Гүлнар Кеңсе' });
  await page.goto(desk.url);
  await desk.signIn(page, auditor);
  await expect(page.getByTestId('signed-in-user')).toContainText('Аудитор (только просмотр)');

  await openPage(page, 'Журнал аудита');
  const table = page.getByTestId('audit-table');
  await expect(table.locator('tbody tr.audit-row').first()).toBeVisible();
  // Actions and record types in the reader's language; the stored code stays on hover.
  await expect(table).toContainText('Вход в систему');
  await expect(table).toContainText('Учётная запись создана');
  await expect(table).not.toContainText('auth.login');
  await expect(table.getByTitle('user.created').first()).toBeVisible();

  // Filter by user and action.
  await page.getByLabel('Пользователь', { exact: true }).selectOption(ADMIN.username);
  await page.getByLabel('Действие', { exact: true }).selectOption({ label: 'Учётная запись создана' });
  await page.getByRole('button', { name: 'Показать' }).click();
  const rows = table.locator('tbody tr.audit-row');
  const expected = await desk.value<{ entries: unknown[] }>(
    'audit.list',
    { actor: ADMIN.username, action: 'user.created' },
    desk.adminSession,
  );
  expect(expected.entries.length).toBeGreaterThanOrEqual(2);
  await expect(rows).toHaveCount(expected.entries.length);
  for (const cell of await rows.locator('td:nth-child(3)').allTextContents())
    expect(cell).toBe(ADMIN.username);
  // A date range that ends before today shows nothing; a backwards range is refused by the form.
  await page.getByLabel('По', { exact: true }).fill('31.01.2024');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByText('Нет записей, подходящих под фильтры.')).toBeVisible();
  await page.getByLabel('С', { exact: true }).fill('2024-02-30');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByText('Введите дату в виде ДД.ММ.ГГГГ, например 06.06.2025.')).toBeVisible();
  await page.getByLabel('С', { exact: true }).fill('01.02.2024');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByText('Дата окончания раньше даты начала.')).toBeVisible();
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(rows.first()).toBeVisible();

  // By record (type and number): every row names that record.
  const admin1 = await desk.value<{ entries: unknown[] }>(
    'audit.list',
    { entityType: 'user', entityId: '1' },
    desk.adminSession,
  );
  await page.getByLabel('Тип записи', { exact: true }).selectOption({ label: 'Учётная запись' });
  await page.getByLabel('Номер записи', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(rows.locator('td:nth-child(5)')).toHaveText(admin1.entries.map(() => 'Учётная запись 1'));
  // From today to today (Almaty): everything so far.
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  const today = new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Asia/Almaty',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  await page.getByLabel('С', { exact: true }).fill(today);
  await page.getByLabel('По', { exact: true }).fill(today);
  const all = await desk.value<{ entries: unknown[] }>('audit.list', {}, desk.adminSession);
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByText(new RegExp(`^${all.entries.length} запис`))).toBeVisible();
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();

  await page.getByRole('button', { name: 'Проверить цепочку' }).click();
  const verdict = page.getByTestId('verify-result');
  await expect(verdict).toHaveAttribute('data-ok', 'true');
  await expect(verdict).toContainText(/Цепочка цела: проверено \d+ запис/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Выгрузить CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFid,at,actor,action,entity_type,entity_id,summary,hash')).toBe(true);
  expect(csv).toContain('user.created');
  // The export is itself in the log.
  await expect(table).toContainText('Журнал аудита выгружен');

  // No write buttons anywhere: the audit page only reads; settings show the list without actions.
  await expect(page.getByRole('main').getByRole('button')).toHaveText([
    'Проверить цепочку',
    'Выгрузить CSV',
    'Показать',
    'Сбросить фильтры',
  ]);
  await openPage(page, 'Настройки');
  await expect(page.getByTestId('users-section')).toContainText('Гүлнар Кеңсе');
  await expect(page.getByTestId('users-section').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Резервные копии' })).toHaveCount(0);
  // Their own password is the one thing an auditor may change (account self-service).
  await expect(page.getByRole('main').getByRole('button')).toHaveText(['Сменить пароль']);
  const session = await pageSession(page);
  expect(
    (await desk.call('users.setDisabled', { username: 'admin', disabled: true }, session)).error?.code,
  ).toBe('FORBIDDEN');

  // Screenshots of the audit viewer in the three languages (the verdict shown).
  await openPage(page, 'Журнал аудита');
  await page.getByRole('button', { name: 'Проверить цепочку' }).click();
  await expect(verdict).toBeVisible();
  for (const lang of LANGS) {
    await pickLanguage(page, lang);
    await expect(rows.first()).toBeVisible();
    // The sign-in entries read in the chosen language, never as the stored code.
    await expect(table).toContainText({ kk: 'Жүйеге кіру', ru: 'Вход в систему', en: 'Signed in' }[lang]);
    await shoot(page, `${lang}-audit`);
  }
  expect(problems).toEqual([]);
});

test('the audit table stays small in the page with a long log and loads more as it scrolls', async ({
  page,
  desk,
}) => {
  await desk.setup();
  // Quick audited writes: 520 settings changes.
  for (let i = 0; i < 520; i++)
    await desk.value('security.setIdleLock', { minutes: 1 + (i % 30) }, desk.adminSession);
  const total =
    (await desk.value<{ ok: boolean; entries: number }>('audit.verify', {}, desk.adminSession)).entries + 1;
  await page.goto(desk.url);
  await desk.signIn(page); // the sign-in is entry number `total`
  await openPage(page, 'Журнал аудита');
  const count = page.getByRole('main').getByRole('status').first();
  await expect(count).toHaveText('Показаны первые 200 записей; остальные загружаются при прокрутке.');
  const rows = page.getByTestId('audit-table').locator('tbody tr.audit-row');
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('data-audit-id', String(total));

  // Scrolling to the end loads the next pages until the whole log is there; the DOM stays small.
  const scroller = page.locator('.audit-scroll');
  for (const loaded of [400, total]) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(count).toContainText(String(loaded));
  }
  await expect(count).toHaveText(new RegExp(`^${total} запис(ь|и|ей)$`));
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows.last()).toHaveAttribute('data-audit-id', '1');
  expect(await rows.count()).toBeLessThan(60);
});

async function configureBackups(page: Page, folder: string): Promise<void> {
  const section = page.getByTestId('backups-section');
  await section.getByLabel('Делать резервную копию каждый день').check();
  await section.getByLabel('Папка для резервных копий').fill(folder);
  await section.getByLabel('Хранить последних').fill('5');
  await section.getByLabel('Начиная с часа').selectOption('23');
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByText('Сохранено.')).toBeVisible();
}

async function backUpNow(page: Page): Promise<string> {
  const section = page.getByTestId('backups-section');
  await section.getByRole('button', { name: 'Сделать копию сейчас' }).click();
  const made = section.getByText(/^Копия записана: /);
  await expect(made).toBeVisible();
  return /privacy-desk-\d{8}-\d{6}\.pdbackup/.exec((await made.textContent()) ?? '')![0];
}

async function createUserInUi(
  page: Page,
  who: { username: string; displayName: string; role: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Новая учётная запись' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая учётная запись' });
  await dialog.getByLabel('Имя пользователя', { exact: true }).fill(who.username);
  await dialog.getByLabel('ФИО', { exact: true }).fill(who.displayName);
  await dialog.getByLabel('Роль', { exact: true }).selectOption({ label: who.role });
  await expect(dialog.getByLabel('Временный пароль')).toHaveValue(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await dialog.getByRole('button', { name: 'Создать учётную запись' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByTestId('users-section').locator(`tr[data-username="${who.username}"]`),
  ).toContainText(who.displayName);
}

async function usernames(desk: Desk, session: string): Promise<string[]> {
  return (await desk.value<{ username: string }[]>('users.list', {}, session)).map((u) => u.username);
}

test('backup → restore round trip through the UI: a change made after the backup is gone, everyone signs in again', async ({
  page,
  desk,
}) => {
  const folder = path.join(desk.dir, 'backups');
  mkdirSync(folder);
  await desk.open(page);
  await openPage(page, 'Настройки');
  await configureBackups(page, folder);
  const name = await backUpNow(page);
  const list = page.getByTestId('backup-list');
  await expect(list.locator(`tr[data-backup="${name}"]`)).toBeVisible();

  // A change after the backup: a new colleague.
  const colleague = {
    username: 'baqytzhan',
    displayName: 'Бақытжан Сейітқалиев',
    role: 'Специалист по персональным данным',
  };
  await createUserInUi(page, colleague);
  expect(await usernames(desk, desk.adminSession)).toContain(colleague.username);

  await list.getByRole('button', { name: `Восстановить из копии ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
  await expect(dialog).toContainText('Все пользователи, включая вас, выйдут из программы');
  await expect(dialog).toContainText(name);
  await shoot(page, 'ru-restore-confirm');
  await dialog.getByRole('button', { name: 'Восстановить и завершить все сеансы' }).click();

  // Back to sign-in, with the reason.
  await expect(page.getByTestId('screen-signin')).toBeVisible();
  await expect(page.getByText('База данных восстановлена из резервной копии.')).toBeVisible();
  expect((await desk.call('users.list', {}, desk.adminSession)).error?.code).toBe('SESSION_REQUIRED');
  await desk.signIn(page);
  await openPage(page, 'Настройки');
  await expect(
    page.getByTestId('users-section').locator(`tr[data-username="${ADMIN.username}"]`),
  ).toBeVisible();
  await expect(page.getByTestId('users-section')).not.toContainText(colleague.displayName);
  const session = await desk.login(ADMIN.username, ADMIN.password);
  expect(await usernames(desk, session)).not.toContain(colleague.username);
  // The backup settings came back with the backup, and the backup is still in the folder.
  await expect(page.getByTestId('backup-list').locator(`tr[data-backup="${name}"]`)).toBeVisible();
  const audit = await desk.value<{ entries: { action: string }[] }>(
    'audit.list',
    { action: 'db.restore' },
    session,
  );
  expect(audit.entries).toHaveLength(1);
});

test('a corrupted backup is refused with a clear error, and the current database is untouched', async ({
  page,
  desk,
}) => {
  const folder = path.join(desk.dir, 'backups');
  mkdirSync(folder);
  await desk.setup();
  await desk.value('backup.configure', { enabled: false, folder, keep: 5, hour: 23 }, desk.adminSession);
  const good = await desk.value<{ name: string }>('backup.runNow', {}, desk.adminSession);
  // A copy of it with garbage written over parts of it, under a name the app lists as a backup.
  const bad = 'privacy-desk-20000101-000000.pdbackup';
  copyFileSync(path.join(folder, good.name), path.join(folder, bad));
  const fd = openSync(path.join(folder, bad), 'r+');
  const size = statSync(path.join(folder, bad)).size;
  for (let at = 0; at < size; at += 8192) writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, at + 100);
  closeSync(fd);
  // Data that must survive: a colleague created after the backups.
  const colleague: Credentials = await desk.createUser('clerk', { displayName: 'Бақытжан Сейітқалиев' });

  await page.goto(desk.url);
  await desk.signIn(page);
  await openPage(page, 'Настройки');
  const list = page.getByTestId('backup-list');
  await expect(list.locator('tbody tr')).toHaveCount(2);
  await list.getByRole('button', { name: `Восстановить из копии ${bad}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
  await dialog.getByRole('button', { name: 'Восстановить и завершить все сеансы' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Файл не является корректной резервной копией Privacy Desk.',
  );
  await expect(dialog.getByRole('alert')).toContainText('BACKUP_INVALID');
  await expect(dialog).toContainText('Ничего не восстановлено: текущая база данных не изменена.');
  await shoot(page, 'ru-restore-refused');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();

  // Still signed in, the data still there, the chain intact, the bad file left as it was.
  await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.displayName);
  await page.reload();
  await expect(page.getByTestId('users-section')).toContainText(colleague.displayName);
  expect(await usernames(desk, desk.adminSession)).toContain(colleague.username);
  expect((await desk.value<{ ok: boolean }>('audit.verify', {}, desk.adminSession)).ok).toBe(true);
  expect(statSync(path.join(folder, bad)).size).toBe(size);
});

test('a failing backup shows a warning on the dashboard until a later backup succeeds', async ({
  page,
  desk,
}) => {
  const folder = path.join(desk.dir, 'share');
  mkdirSync(folder);
  await desk.open(page);
  await openPage(page, 'Настройки');
  await configureBackups(page, folder);
  // The share goes away.
  rmSync(folder, { recursive: true });
  const section = page.getByTestId('backups-section');
  await section.getByRole('button', { name: 'Сделать копию сейчас' }).click();
  await expect(section.getByRole('alert').filter({ hasText: 'BACKUP_FOLDER' })).toBeVisible();
  await expect(page.getByTestId('backup-status')).toContainText('Последний сбой');

  await openPage(page, 'Главная');
  const warning = page.getByTestId('backup-failing');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Резервные копии не создаются');
  await shoot(page, 'ru-dashboard-backup-failing');

  // It comes back; a good backup clears the warning.
  mkdirSync(folder);
  await openPage(page, 'Настройки');
  await backUpNow(page);
  await openPage(page, 'Главная');
  await expect(page.getByRole('heading', { name: 'Сегодня в Алматы' })).toBeVisible();
  await expect(warning).toHaveCount(0);
});
