// The breach register in the browser, as an officer uses it: a breach recorded through the form,
// shown on the dashboard with its notify-by date — the next working day after the day of
// detection, computed here from the shipped calendar — and the notice to the authorized body
// downloaded as a DOCX naming the person responsible for processing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkingCalendar } from '../../common/deadlines/calendar';
import type { CalendarYear } from '../../common/deadlines/calendar-schema';
import { almatyDate } from '../../common/time/almaty';
import { toDateText } from '../../renderer/src/ui/date-text';
import { expect, test } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const CALENDAR = new WorkingCalendar(
  readdirSync(path.join(ROOT, 'resources', 'calendar'))
    .filter((f) => /^\d{4}\.json$/.test(f))
    .map(
      (f) => JSON.parse(readFileSync(path.join(ROOT, 'resources', 'calendar', f), 'utf8')) as CalendarYear,
    ),
);

/** Five minutes ago as the Almaty wall clock (what a datetime-local field takes) and its day. */
function detectedNow(): { local: string; day: string } {
  const at = new Date(Date.now() - 5 * 60_000);
  const almaty = new Date(at.getTime() + 5 * 3600_000).toISOString();
  return { local: almaty.slice(0, 16), day: almatyDate(at.toISOString()) };
}

test('an officer records a breach, sees it on the dashboard due the next working day, and gets the notice', async ({
  page: adminPage,
  browser,
  desk,
}) => {
  // The administrator names the person responsible for processing in the letterhead settings.
  await desk.open(adminPage);
  await adminPage.goto(`${desk.origin}/#/settings/letterhead`);
  const lh = adminPage.getByTestId('letterhead-form');
  await lh.getByLabel('ФИО ответственного лица').fill('Қасымов Ержан Болатұлы');
  await lh.getByLabel('Телефон ответственного лица').fill('+7 727 300 00 00');
  await lh.getByRole('button', { name: 'Сохранить бланк' }).click();
  await expect(adminPage.getByTestId('letterhead-saved')).toBeVisible();
  const saved = await desk.value<{ responsible?: { name: string } }>(
    'letters.letterhead.get',
    {},
    desk.adminSession,
  );
  expect(saved.responsible?.name).toBe('Қасымов Ержан Болатұлы');

  const officer = await desk.createUser('officer');
  // The officer, in a browser of their own.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(desk.url);
  await desk.signIn(page, officer);

  await page.goto(`${desk.origin}/#/breaches/new`);
  const form = page.getByTestId('breach-form');
  const detected = detectedNow();
  await form.getByLabel('Обнаружено').fill(toDateText(detected.local, 'datetime'));
  await form
    .getByLabel('Что произошло')
    .fill('Выгрузка клиентов отправлена на чужой адрес электронной почты');
  await form.getByLabel('Контактные данные').check();
  await form.getByLabel('ИИН').check();
  await form.getByLabel('Приблизительное число субъектов').fill('120');
  await form.getByLabel('Принятые меры').fill('Доступ к выгрузке отозван');
  await page.getByTestId('breach-submit').click();

  const due = CALENDAR.nextWorkingDay(detected.day);
  await expect(page.getByTestId('breach-detail')).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('breach-due')).toHaveAttribute('data-date', due);

  // The dashboard lists it next to the requests, due the next working day.
  await page.goto(`${desk.origin}/#/dashboard`);
  const row = page.getByTestId('dashboard-breach');
  await expect(row).toHaveAttribute('data-due', due);
  await expect(row).toContainText('уведомить до');

  // The notice to the authorized body, in Russian, as a DOCX.
  await row.getByRole('link').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('breach-notice-ru').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^BR-\d{4}-0001-breach_notice-ru\.docx$/);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');

  // Recording that it left closes the countdown.
  await page.getByTestId('breach-notify').click();
  await expect(page.getByTestId('breach-detail')).toHaveAttribute('data-state', 'authority_notified');
  await context.close();
});
