// Issue 19, item 9: dates and times are typed and shown as DD.MM.YYYY HH:mm (24-hour) whatever the
// computer's locale and time zone. The browser here is American (en-US, New York): a native date
// input would show mm/dd/yyyy and 09:33 PM, and a clock read in New York would be 10 hours off
// Almaty's.
import type { Page } from '@playwright/test';
import { almatyParts } from '../../common/time/almaty';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const TEXT = {
  ru: {
    incoming: 'Входящие',
    received: /^Поступило/,
    sender: /^Отправитель \(/,
    summary: /^Краткое содержание/,
    from: 'С',
    to: 'По',
  },
  kk: {
    incoming: 'Кіріс хаттар',
    received: /^Түскен уақыты/,
    sender: /^Жіберуші \(/,
    summary: /^Қысқаша мазмұны/,
    from: 'Бастап',
    to: 'Дейін',
  },
} as const;

/** Almaty's wall clock as DD.MM.YYYY HH:mm, now and a minute ago (the form may have opened then). */
function almatyNowShown(): RegExp {
  const shown = (at: Date) => {
    const p = almatyParts(at);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(p.day)}\\.${pad(p.month)}\\.${p.year} ${p.time}`;
  };
  return new RegExp(`^(${shown(new Date())}|${shown(new Date(Date.now() - 60_000))})$`);
}

async function openIncoming(page: Page, lang: keyof typeof TEXT): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/incoming'));
  await expect(page.getByRole('heading', { level: 1, name: TEXT[lang].incoming })).toBeVisible();
}

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: the receipt time and a register period are typed as DD.MM.YYYY HH:mm in an American browser`, async ({
    page,
    desk,
  }) => {
    const text = TEXT[lang];
    await page.addInitScript((l) => localStorage.setItem('privacy-desk.lang', l), lang);
    await desk.open(page);
    await openIncoming(page, lang);
    await page.keyboard.press('n');
    const form = page.getByTestId('intake-form');
    const received = form.getByLabel(text.received);

    // The form shows Almaty's clock in the office's format, not New York's in the browser's.
    await expect(received).toHaveValue(almatyNowShown());

    // Digits typed alone get their dots, space and colon.
    await received.fill('');
    await received.pressSequentially('031220260905');
    await expect(received).toHaveValue('03.12.2026 09:05');
    // A date that does not exist is refused with the field's error, not sent.
    await received.fill('31.02.2026 09:05');
    await form.getByLabel(text.sender).fill('Жұмабаев Ерлан Серікұлы');
    await form.getByLabel(text.summary).fill('Дербес деректерді жою туралы өтініш');
    await page.keyboard.press('Control+Enter');
    await expect(received).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('registered-number')).toHaveCount(0);

    await received.fill('03.12.2026 09:05');
    await page.keyboard.press('Control+Enter');
    const number = page.getByTestId('registered-number');
    await expect(number).toHaveText(/-\d{6}$/);
    const incomingNo = (await number.textContent())!.trim();
    const entry = await desk.value<{ receivedAt: string; receivedDate: string }>(
      'intake.get',
      { incomingNo },
      desk.adminSession,
    );
    // 09:05 in Almaty (UTC+5), not in New York.
    expect(entry.receivedAt).toBe('2026-12-03T04:05:00.000Z');
    expect(entry.receivedDate).toBe('2026-12-03');

    // The register's period filter takes DD.MM.YYYY too.
    await openIncoming(page, lang);
    const filters = page.getByRole('search');
    const from = filters.getByLabel(text.from, { exact: true });
    const to = filters.getByLabel(text.to, { exact: true });
    const row = page.getByTestId('incoming-table').getByRole('row').filter({ hasText: incomingNo });
    await from.fill('04.12.2026');
    await to.pressSequentially('04122026');
    await expect(to).toHaveValue('04.12.2026');
    await expect(row).toHaveCount(0);
    await from.fill('03.12.2026');
    await to.fill('03.12.2026');
    await expect(row).toHaveCount(1);
  });
}
