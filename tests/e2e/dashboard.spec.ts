// The dashboard's deadline cards, the requests list and the reports, driven as an officer would,
// on requests made through the API with controlled receipt times (relative to today in Almaty, so
// the test holds on any date): one overdue, one due today, one answered on time, one in progress,
// and a withdrawal letter registered without a request (its one-working-day clock shows at once).
// Screenshots of the three screens in Russian and Kazakh at 1366×768: test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { letter, openRequest, shiftDay, workingToday } from './dashboard-fixtures';
import { expect, test } from './fixtures';
import { toDateText } from '../../renderer/src/ui/date-text';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

function nav(page: Page, lang: 'ru' | 'kk') {
  return page.getByRole('navigation', { name: lang === 'ru' ? 'Главное меню' : 'Негізгі мәзір' });
}

async function pickLanguage(page: Page, name: string, lang: string): Promise<void> {
  await page.getByRole('group').getByRole('button', { name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('the dashboard sorts requests and waiting letters into overdue, due today and the next working day; the list filters by state; the report gives the on-time rate and a CSV', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const s = desk.adminSession;
  const { today, previous } = await workingToday(desk);

  // Overdue: a withdrawal received ten days ago (its one working day is long gone).
  const old = await letter(desk, shiftDay(today, -10), 'withdrawal');
  const overdue = await openRequest(desk, old.incomingNo, 'withdrawal', {
    name: 'Айгерім Сейтқали',
    iin: '900115300122',
  });
  expect(overdue.due < today).toBe(true);
  // Due today: a withdrawal received on the previous working day.
  const yesterday = await letter(desk, previous, 'withdrawal', '11:30');
  const dueToday = await openRequest(desk, yesterday.incomingNo, 'withdrawal', { name: 'Бауыржан Оспанов' });
  expect(dueToday.due).toBe(today);
  // In progress: an access request received today, identity checked.
  const accessLetter = await letter(desk, null, 'access');
  const inProgress = await openRequest(desk, accessLetter.incomingNo, 'access', { name: 'Динара Әлиева' });
  await desk.value(
    'requests.verify',
    { id: inProgress.id, verification: { method: 'not_required', reason: 'signed_letter_matches_records' } },
    s,
  );
  // Answered on time: a complaint received on the previous working day, decided and answered today.
  const complaintLetter = await letter(desk, previous, 'complaint', '15:00');
  const answered = await openRequest(desk, complaintLetter.incomingNo, 'complaint', {
    name: 'Ерлан Жақсылықов',
  });
  await desk.value(
    'requests.verify',
    { id: answered.id, verification: { method: 'not_required', reason: 'signed_letter_matches_records' } },
    s,
  );
  await desk.value(
    'requests.decide',
    {
      id: answered.id,
      decision: {
        type: 'complaint',
        outcome: 'granted',
        finding: 'not_confirmed',
        findings: 'Нарушений не выявлено.',
      },
    },
    s,
  );
  await desk.value('requests.transition', { id: answered.id, to: 'answered' }, s);
  // A withdrawal letter registered now with no request yet: due on the next working day already.
  const waiting = await letter(desk, null, 'withdrawal');

  await page.goto(desk.url);
  await desk.signIn(page);

  // ---- Dashboard.
  const board = page.getByTestId('deadline-board');
  await expect(board).toBeVisible();
  const overdueCard = page.getByTestId('deadline-overdue');
  await expect(overdueCard.getByRole('link', { name: overdue.id })).toBeVisible();
  await expect(overdueCard).toContainText('Отзыв');
  await expect(overdueCard.locator('.due-overdue')).toContainText('просрочено');
  await expect(page.getByTestId('deadline-overdue-count')).toHaveText('1');
  const todayCard = page.getByTestId('deadline-today');
  await expect(todayCard.getByRole('link', { name: dueToday.id })).toBeVisible();
  await expect(todayCard).toContainText('срок сегодня');
  await expect(page.getByTestId('deadline-today-count')).toHaveText('1');
  const tomorrowCard = page.getByTestId('deadline-tomorrow');
  await expect(tomorrowCard.getByRole('link', { name: waiting.incomingNo })).toHaveAttribute(
    'href',
    `#/incoming/${waiting.id}`,
  );
  await expect(tomorrowCard).toContainText('обращение не открыто');
  await expect(page.getByTestId('dash-awaiting')).toContainText(waiting.incomingNo);
  const officers = page.getByTestId('dash-officers');
  await expect(officers.getByRole('row', { name: /Не назначен/ })).toContainText('3');
  // This month's chart draws a bar for every request type (zero bars included).
  await expect(page.getByTestId('dash-chart').locator('g.chart-row')).toHaveCount(8);
  await page.getByRole('button', { name: 'По состояниям' }).click();
  await expect(page.getByTestId('dash-chart').locator('g.chart-row')).toHaveCount(8);
  await shot(page, 'ru-dashboard');

  await overdueCard.getByRole('link', { name: overdue.id }).click();
  await expect(page).toHaveURL(new RegExp(`#/requests/${overdue.id}$`));

  // ---- Requests list: server-side filter by state.
  await nav(page, 'ru').getByRole('link', { name: 'Обращения' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Обращения' })).toBeVisible();
  const count = page.getByTestId('requests-count');
  await expect(count).toHaveText('4 обращения');
  const body = page.getByTestId('requests-table-body');
  await expect(body.getByRole('row')).toHaveCount(4);
  // Most urgent first; the IIN is masked; the overdue row is red.
  await expect(body.getByRole('row').first()).toContainText(overdue.id);
  await expect(body.getByRole('row').first()).toContainText('900115•••••2');
  await expect(body.getByRole('row').first().locator('.due-overdue')).toBeVisible();
  await shot(page, 'ru-requests');

  await page.getByTestId('filter-state').selectOption('in_progress');
  await expect(count).toHaveText('1 обращение');
  await expect(body.getByRole('row')).toHaveCount(1);
  await expect(body.getByRole('row').first()).toContainText(inProgress.id);
  await page.getByTestId('filter-state').selectOption('new');
  await expect(count).toHaveText('2 обращения');
  await expect(body).toContainText(overdue.id);
  await expect(body).toContainText(dueToday.id);
  await page.getByTestId('filter-state').selectOption('answered');
  await expect(count).toHaveText('1 обращение');
  await expect(body).toContainText(answered.id);
  await body.getByRole('row').first().click();
  await expect(page).toHaveURL(new RegExp(`#/requests/${answered.id}$`));
  await page.goBack();
  await page.getByRole('button', { name: 'Сбросить отбор' }).click();
  await expect(count).toHaveText('4 обращения');

  // ---- Reports: a period from the overdue letter to today.
  await nav(page, 'ru').getByRole('link', { name: 'Отчёты' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Отчёты' })).toBeVisible();
  await page.getByLabel('С', { exact: true }).fill(toDateText(shiftDay(today, -10), 'date'));
  await page.getByLabel('По', { exact: true }).fill(toDateText(today, 'date'));
  await expect(page.getByTestId('report-total')).toContainText('4');
  const policy = page.getByTestId('report-ontime-policy');
  await expect(policy).toContainText('100');
  await expect(policy).toContainText('В срок 1 из 1');
  await expect(page.getByTestId('report-ontime-statute')).toContainText('100');
  await expect(page.getByTestId('report-overdue')).toContainText(overdue.id);
  await expect(page.getByTestId('report-matrix')).toContainText('Жалоба');
  await shot(page, 'ru-reports');

  const download = page.waitForEvent('download');
  await page.getByTestId('report-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  for (const r of [overdue, dueToday, inProgress, answered]) expect(csv).toContain(r.id);
  // No personal data in the export.
  expect(csv).not.toContain('Айгерім');
  expect(csv).not.toContain('900115300122');
  await expect(page.getByRole('status').filter({ hasText: file.suggestedFilename() })).toBeVisible();

  // ---- The same screens in Kazakh.
  await pickLanguage(page, 'Қазақша', 'kk');
  await expect(page.getByRole('heading', { level: 1, name: 'Есептер' })).toBeVisible();
  await expect(page.getByTestId('report-ontime-policy')).toContainText('100');
  await shot(page, 'kk-reports');
  await nav(page, 'kk').getByRole('link', { name: 'Өтініштер' }).click();
  await expect(page.getByTestId('requests-count')).toHaveText('4 өтініш');
  await shot(page, 'kk-requests');
  await nav(page, 'kk').getByRole('link', { name: 'Басты бет' }).click();
  await expect(page.getByTestId('deadline-overdue')).toContainText('жұмыс күні кешікті');
  await expect(page.getByTestId('deadline-today')).toContainText('мерзімі бүгін');
  await shot(page, 'kk-dashboard');
});
