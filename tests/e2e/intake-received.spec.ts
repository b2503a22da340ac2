// Issue 19, item 1: the receipt time of a letter registered through the intake form is the moment
// of saving unless the clerk typed a time. The page's clock is set a day behind the core's, as if
// the form had been opened yesterday evening and left open past midnight: what is recorded must be
// today (the core's clock), for "save" and for "save and next" alike.
import type { Page } from '@playwright/test';
import { almatyDay } from '../../common/time/almaty';
import { toDateText } from '../../renderer/src/ui/date-text';
import { expect, test, type Desk } from './fixtures';

const DAY_MS = 24 * 3600_000;

async function openIntake(page: Page): Promise<void> {
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Входящие' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'Регистрация письма' })).toBeVisible();
}

function field(page: Page, label: RegExp) {
  return page.getByTestId('intake-form').getByLabel(label);
}

async function typeLetter(page: Page, sender: string, summary: string): Promise<void> {
  await field(page, /^Отправитель/).fill(sender);
  await field(page, /^Краткое содержание/).fill(summary);
}

async function entry(desk: Desk, incomingNo: string) {
  return desk.value<{ receivedAt: string; receivedDate: string }>(
    'intake.get',
    { incomingNo },
    desk.adminSession,
  );
}

test('a form opened yesterday and saved today records the moment of saving; save-and-next does not carry the time', async ({
  page,
  desk,
}) => {
  await page.clock.install({ time: Date.now() - DAY_MS });
  await desk.open(page);
  await openIntake(page);
  const received = field(page, /^Поступило/);
  // The form shows the page's (yesterday's) clock.
  await expect(received).toHaveValue(
    new RegExp(`^${toDateText(almatyDay(Date.now() - DAY_MS), 'date')} \\d\\d:\\d\\d$`),
  );

  const before = Date.now();
  await typeLetter(page, 'Айгерім Сейтқали', 'Келісімді қайтарып алу туралы өтініш');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(/-000001$/);
  const first = (await page.getByTestId('registered-number').textContent())!.trim();

  // The next letter of the batch: the time is not carried from the previous one.
  await typeLetter(page, 'Иванов Пётр', 'Запрос о составе данных');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).not.toHaveText(first);
  const second = (await page.getByTestId('registered-number').textContent())!.trim();

  const today = almatyDay(Date.now());
  for (const no of [first, second]) {
    const e = await entry(desk, no);
    expect(e.receivedDate).toBe(today);
    // Minute precision at most is lost; never the time the form was opened.
    expect(Date.parse(e.receivedAt)).toBeGreaterThanOrEqual(before - 60_000);
  }

  // A time the clerk types is kept.
  await received.fill(`${toDateText(today, 'date')} 00:00`);
  await typeLetter(page, 'ТОО «Алатау Сервис»', 'Жалоба на рассылку');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).not.toHaveText(second);
  const third = (await page.getByTestId('registered-number').textContent())!.trim();
  const typed = await entry(desk, third);
  expect(typed.receivedDate).toBe(today);
  expect(typed.receivedAt).toBe(new Date(`${today}T00:00:00+05:00`).toISOString());
});
