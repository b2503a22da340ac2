// The request screen, driven as an officer drives it: a withdrawal letter registered, a request
// opened from it through the letter's "Open request" button (the form filled in from the letter),
// identity verification recorded, the withdrawal approved with the erase action previewed and then
// queued, and the deadline — computed here from the shipped calendar and deadline rules — shown on
// the request and on the dashboard as the next working day. A clerk sees no decision form and the
// core refuses the clerk's direct decide call. Screenshots of the request screen and the decision
// form in Russian and Kazakh at 1366×768.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { WorkingCalendar } from '../../common/deadlines/calendar';
import type { CalendarYear } from '../../common/deadlines/calendar-schema';
import { almatyDate } from '../../common/time/almaty';
import { expect, test, type Desk } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

const AIGERIM = {
  name: 'Айгерім Сейтқали',
  iin: '900115300122',
  address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
};
const ERLAN = { name: 'Ерлан Қасымов', iin: '850312300459', address: 'г. Алматы, ул. Толе би 55, кв. 3' };

// ---------------------------------------------------------------------------------------------
// The deadline, from the data the desk ships: resources/calendar/<year>.json and deadlines.json.

const CALENDAR = new WorkingCalendar(
  readdirSync(path.join(ROOT, 'resources', 'calendar'))
    .filter((f) => /^\d{4}\.json$/.test(f))
    .map(
      (f) => JSON.parse(readFileSync(path.join(ROOT, 'resources', 'calendar', f), 'utf8')) as CalendarYear,
    ),
);
const RULES = JSON.parse(readFileSync(path.join(ROOT, 'resources', 'deadlines.json'), 'utf8')) as Record<
  string,
  { policyWorkingDays: number }
>;

function nextDay(d: string, by = 1): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + by);
  return t.toISOString().slice(0, 10);
}

function isWorking(d: string): boolean {
  return CALENDAR.isWorkingDay(d);
}

/** "Within N working days": the Nth working day after the day of receipt, whatever kind of day it was. */
function policyDue(type: string, receivedOn: string): string {
  let day = receivedOn;
  for (let n = RULES[type]!.policyWorkingDays; n > 0;) {
    day = nextDay(day);
    if (isWorking(day)) n -= 1;
  }
  return day;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

// ---------------------------------------------------------------------------------------------
// Helpers.

type Lang = 'kk' | 'ru';
const LANG_NAME: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский' };

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

async function go(page: Page, desk: Desk, hash: string): Promise<void> {
  await page.goto(`${desk.origin}/${hash}`);
}

async function registerLetter(
  desk: Desk,
  input: Record<string, unknown>,
): Promise<{ id: number; incomingNo: string; receivedAt: string }> {
  return desk.value(
    'intake.create',
    {
      channel: 'registered_mail',
      trackingNumber: 'RR123456785KZ',
      sender: { kind: 'person', ...AIGERIM },
      documentType: 'Отзыв согласия',
      language: 'ru',
      summary: 'Отзыв согласия на обработку персональных данных',
      sheets: 1,
      confirmWarnings: ['duplicate'],
      ...input,
    },
    desk.adminSession,
  );
}

/** When the letter is received: now on a working day; else 10:00 on the last working day before today. */
function receiptNow(): { receivedAt?: string; receivedOn: string } {
  const today = almatyDate(new Date().toISOString());
  if (isWorking(today)) return { receivedOn: today };
  let day = nextDay(today, -1);
  while (!isWorking(day)) day = nextDay(day, -1);
  return { receivedAt: `${day}T10:00:00+05:00`, receivedOn: day };
}

// ---------------------------------------------------------------------------------------------

test('a withdrawal letter becomes a request, verified and approved: erase queued, due on the next working day', async ({
  desk,
  page,
  browser,
}) => {
  await desk.open(page);
  const receipt = receiptNow();
  const letter = await registerLetter(desk, receipt.receivedAt ? { receivedAt: receipt.receivedAt } : {});
  const due = policyDue('withdrawal', receipt.receivedOn);

  // The letter's record: "Open request" leads to the form filled in from the letter.
  await go(page, desk, `#/incoming/${letter.id}`);
  await page.getByTestId('open-request').click();
  const form = page.getByTestId('open-request-form');
  await expect(form).toBeVisible();
  await expect(form.getByLabel(/^Вид запроса/)).toHaveValue('withdrawal');
  await expect(form.getByLabel(/^ФИО субъекта/)).toHaveValue(AIGERIM.name);
  await expect(form.getByLabel(/^ИИН/)).toHaveValue(AIGERIM.iin);
  await expect(form.getByLabel('Сам субъект')).toBeChecked();
  await expect(page.getByTestId('open-request-letter')).toContainText(letter.incomingNo);
  await expect(page.getByTestId('open-request-due')).toContainText(dmy(due));
  await form.getByLabel(/^Идентификатор в центральной системе/).fill('acc-700115');
  await form.getByLabel(/^Телефон/).fill('+7 701 123 45 67');
  await page.getByTestId('open-request-submit').click();

  // The request screen.
  await expect(page).toHaveURL(/#\/requests\/RQ-\d{4}-\d{6}$/);
  const id = decodeURIComponent(page.url().split('/').pop()!);
  await expect(page.getByRole('heading', { level: 1, name: id })).toBeVisible();
  await expect(page.getByTestId('request-type')).toHaveText('Отзыв согласия');
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'new');
  await expect(page.getByTestId('request-due')).toHaveAttribute('data-date', due);
  await expect(page.getByTestId('request-due')).toHaveText(dmy(due));
  await expect(page.getByTestId('subject-iin')).toHaveText(AIGERIM.iin);
  await expect(page.getByTestId('subject-account')).toHaveText('acc-700115');
  await expect(page.getByTestId('request-letters')).toContainText(letter.incomingNo);
  await expect(page.getByTestId('request-history')).toContainText('Открыт');
  // No decision before identity is recorded.
  await expect(page.getByTestId('decision-form')).toHaveCount(0);

  // Identity verification: the document seen, never a copy.
  const verification = page.getByTestId('verification-form');
  await verification.getByLabel(/^Предъявленный документ/).selectOption('id_card');
  await verification.getByLabel(/^Последние 4 знака номера/).fill('4821');
  await verification.getByLabel(/^Кем выдан/).fill('МВД РК');
  await verification.getByLabel(/^Дата выдачи/).fill('14.05.2019');
  await page.getByTestId('verification-save').click();
  await expect(page.getByTestId('verification-recorded')).toContainText('…4821');
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'in_progress');
  await expect(page.getByTestId('request-history')).toContainText('Проверка личности записана');

  // The decision form: no unfulfilled obligations → approve; the preview shows the erase action.
  const decision = page.getByTestId('decision-form');
  await expect(decision).toHaveAttribute('data-type', 'withdrawal');
  await expect(page.getByTestId('decision-plan')).toContainText('Заполните форму');
  await decision.getByLabel('Нет — все исполнены').check();
  await expect(decision.getByLabel(/^Удовлетворить/)).toBeChecked();
  const plan = page.getByTestId('decision-plan');
  await expect(plan.locator('[data-action="erase"]')).toContainText(
    'Удалить персональные и биометрические данные',
  );
  await expect(plan.locator('[data-action="erase"]')).toContainText('acc-700115');
  await expect(plan.locator('[data-problem]')).toHaveCount(0);

  await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
  await shoot(page, 'requests-ru-request');
  await page.getByTestId('request-decision').scrollIntoViewIfNeeded();
  await shoot(page, 'requests-ru-decision');

  // A refusal needs its reasons: switching to refuse shows the required fields.
  await decision.getByLabel(/^Отказать/).check();
  await expect(page.getByTestId('refusal-fields')).toBeVisible();
  await decision.getByLabel(/^Удовлетворить/).check();
  await expect(page.getByTestId('refusal-fields')).toHaveCount(0);

  await page.getByTestId('decision-submit').click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'decided');
  await expect(page.getByTestId('decisions-recorded')).toContainText('Удовлетворён');
  const erase = page
    .getByTestId('request-action')
    .filter({ has: page.locator('[data-testid="action-status"]') });
  await expect(erase).toHaveCount(1);
  await expect(erase).toHaveAttribute('data-action', 'erase');
  await expect(erase).toHaveAttribute('data-status', 'queued');
  await expect(erase.getByTestId('action-status')).toHaveText('В очереди');
  await expect(page.getByTestId('request-history')).toContainText('Решение записано');

  // Kazakh: the request screen and the decision form.
  await pickLanguage(page, 'kk');
  await expect(page.getByTestId('request-type')).toHaveText('Келісімді кері қайтарып алу');
  await expect(erase.getByTestId('action-status')).toHaveText('Кезекте');
  await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
  await shoot(page, 'requests-kk-request');
  await page.getByTestId('decide-again').click();
  await expect(page.getByTestId('decision-form')).toBeVisible();
  await page.getByTestId('decision-form').getByLabel('Жоқ — бәрі орындалды').check();
  await expect(page.getByTestId('decision-plan').locator('[data-action="erase"]')).toBeVisible();
  await page.getByTestId('request-decision').scrollIntoViewIfNeeded();
  await shoot(page, 'requests-kk-decision');
  await pickLanguage(page, 'ru');

  // The dashboard: due on the next working day.
  await go(page, desk, '#/dashboard');
  const tomorrow = page.getByTestId('deadline-tomorrow');
  await expect(tomorrow).toContainText(dmy(due));
  await expect(tomorrow.locator(`[data-testid="dash-item"][data-id="${id}"]`)).toBeVisible();

  // A clerk: no decision form at the request's address, and the core refuses a direct decide.
  const clerk = await desk.createUser('clerk');
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const clerkPage = await context.newPage();
    await clerkPage.goto(desk.url);
    await desk.signIn(clerkPage, clerk);
    await clerkPage.goto(`${desk.origin}/#/requests/${encodeURIComponent(id)}`);
    await expect(clerkPage.locator('main[data-page="requests"] h1')).toBeVisible();
    await expect(clerkPage.locator('main[data-page="requests"]')).not.toContainText(AIGERIM.iin);
    await expect(clerkPage.getByTestId('decision-form')).toHaveCount(0);
    await expect(clerkPage.getByTestId('decision-submit')).toHaveCount(0);
  } finally {
    await context.close();
  }
  const clerkSession = await desk.login(clerk.username, clerk.password);
  const refused = await desk.call(
    'requests.decide',
    { id, decision: { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false } },
    clerkSession,
  );
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('FORBIDDEN');
});

test('a letter received on a Monday is due on the Tuesday; past it the countdown shows overdue in red', async ({
  desk,
  page,
}) => {
  await desk.open(page);
  // Monday 23 November 2026, 10:05 in Almaty; the calendar has no day off on the Tuesday.
  const monday = '2026-11-23';
  const due = policyDue('withdrawal', monday);
  expect(due).toBe('2026-11-24');
  const letter = await registerLetter(desk, {
    receivedAt: `${monday}T10:05:00+05:00`,
    trackingNumber: null,
    sender: { kind: 'person', ...ERLAN },
  });
  const request = await desk.value<{ id: string }>(
    'requests.open',
    {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { name: ERLAN.name, iin: ERLAN.iin, address: ERLAN.address },
    },
    desk.adminSession,
  );
  await go(page, desk, `#/requests/${encodeURIComponent(request.id)}`);
  await expect(page.getByTestId('request-due')).toHaveAttribute('data-date', due);
  await expect(page.getByTestId('request-due')).toHaveText('24.11.2026');
  await expect(page.getByTestId('request-statutory-due')).toHaveAttribute('data-date', /^2026-12-\d\d$/);
  const countdown = page.getByTestId('request-countdown');
  const today = almatyDate(new Date().toISOString());
  if (today > due) {
    await expect(countdown).toHaveAttribute('data-status', 'overdue');
    await expect(countdown).toHaveClass(/rq-countdown-overdue/);
    await expect(countdown).toContainText('просрочен на');
    expect(await countdown.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(180, 35, 24)');
  }
  await expect(page.getByTestId('subject-account')).toHaveText('—');
  // Pausing needs a reason and keeps the due dates.
  await page.getByTestId('request-steps').getByRole('button', { name: 'Приостановить' }).click();
  const dialog = page.getByRole('dialog', { name: 'Приостановить запрос' });
  await dialog.getByLabel('Причина').selectOption('awaiting_documents');
  await dialog.getByTestId('step-confirm').click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('request-paused')).toContainText('Ожидаются документы');
  await expect(page.getByTestId('request-due')).toHaveAttribute('data-date', due);
  await page.getByTestId('request-steps').getByRole('button', { name: 'Возобновить' }).click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'new');
});

test('opening a second request for the same person shows the duplicate first; a minor is flagged', async ({
  desk,
  page,
}) => {
  await desk.open(page);
  const first = await registerLetter(desk, {});
  const opened = await desk.value<{ id: string }>(
    'requests.open',
    { type: 'withdrawal', letters: [first.incomingNo], requesterRole: 'subject', subject: AIGERIM },
    desk.adminSession,
  );
  const second = await registerLetter(desk, { trackingNumber: null });
  await go(page, desk, `#/requests/new/${second.id}`);
  const form = page.getByTestId('open-request-form');
  await expect(form.getByLabel(/^ИИН/)).toHaveValue(AIGERIM.iin);
  await page.getByTestId('open-request-submit').click();
  const dialog = page.getByRole('dialog', { name: 'Возможный дубликат' });
  await expect(dialog.getByTestId('request-duplicates')).toContainText(opened.id);
  await expect(dialog.getByTestId('request-duplicates')).toContainText('тот же ИИН');
  await dialog.getByTestId('open-anyway').click();
  await expect(page).toHaveURL(/#\/requests\/RQ-\d{4}-\d{6}$/);
  // The history keeps which duplicates the officer saw and confirmed.
  await expect(page.getByTestId('request-history')).toContainText(opened.id);

  // A minor's IIN (born 2012) proposes deleting a minor's data.
  await go(page, desk, '#/requests/new');
  const direct = page.getByTestId('open-request-form');
  await expect(page.getByTestId('direct-fields')).toBeVisible();
  await direct.getByLabel(/^ИИН/).fill('120506501234');
  await direct.getByLabel(/^ФИО субъекта/).fill('Әлихан Серіков');
  await expect(page.getByTestId('minor-proposal')).toBeVisible();
  await page.getByTestId('minor-proposal').getByRole('button').click();
  await expect(direct.getByLabel(/^Вид запроса/)).toHaveValue('minor_deletion');
  await expect(page.getByTestId('minor-proposal')).toHaveCount(0);
  // Without a letter the reason is required.
  await page.getByTestId('open-request-submit').click();
  await expect(page.getByTestId('direct-fields').getByRole('alert').first()).toBeVisible();
  await direct.getByLabel(/^Как поступил запрос/).selectOption('proactive');
  await direct.getByLabel(/^Что произошло/).fill('Служба поддержки выявила аккаунт несовершеннолетнего.');
  await page.getByTestId('open-request-submit').click();
  await expect(page).toHaveURL(/#\/requests\/RQ-\d{4}-\d{6}$/);
  await expect(page.getByTestId('request-type')).toHaveText('Удаление данных несовершеннолетнего');
  await expect(page.getByTestId('request-minor')).toBeVisible();
});

test('an access decision: data held imported from a central export, free of charge (no fee field)', async ({
  desk,
  page,
}) => {
  await desk.open(page);
  const letter = await registerLetter(desk, {
    trackingNumber: null,
    documentType: 'Запрос доступа к данным',
    summary: 'Прошу сообщить, какие мои персональные данные обрабатываются',
  });
  const request = await desk.value<{ id: string }>(
    'requests.open',
    {
      type: 'access',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...AIGERIM, accountId: 'acc-700115' },
      verification: { method: 'not_required', reason: 'signed_letter_matches_records' },
    },
    desk.adminSession,
  );
  await go(page, desk, `#/requests/${encodeURIComponent(request.id)}`);
  // Recorded at opening (identity needed no document): the request is already in work.
  await expect(page.getByTestId('verification-recorded')).toContainText(
    'Подписанное письмо совпадает с нашими данными',
  );
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'in_progress');

  const decision = page.getByTestId('decision-form');
  await expect(decision).toHaveAttribute('data-type', 'access');
  await decision.getByTestId('access-import').setInputFiles({
    name: 'central-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        items: [
          { category: 'Телефон', value: '+77011234567', purpose: 'Вход в приложение', source: 'Субъект' },
          { category: 'Электронная почта', value: 'aigerim@example.kz', purpose: 'Уведомления' },
        ],
      }),
    ),
  });
  await expect(decision.getByRole('textbox', { name: 'Данные 2' })).toHaveValue('Электронная почта');
  await expect(page.getByTestId('decision-plan')).toContainText('Действий для центральной системы нет');
  await expect(decision.getByTestId('access-fee')).toHaveCount(0);
  await expect(page.getByTestId('access-free-note')).toContainText('Доступ предоставляется бесплатно');
  await page.getByTestId('access-fields').scrollIntoViewIfNeeded();
  await shoot(page, 'requests-ru-access-decision');
  await page.getByTestId('decision-submit').click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'decided');
  await expect(page.getByTestId('decisions-recorded')).toContainText('2 записи');
});
