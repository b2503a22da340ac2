// Issue 19, item 2: the clerk picks a letter's request kind from a short list. A letter registered
// as «Отзыв согласия» is among the letters awaiting a request with its deadline, whatever its
// document type says; one registered without a kind is on the dashboard's unclassified list, and
// classifying it from its record moves it to the awaiting list.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TEXT = {
  ru: { lang: 'Русский', withdrawal: 'Отзыв согласия', classify: 'Определить вид', save: 'Сохранить' },
  kk: {
    lang: 'Қазақша',
    withdrawal: 'Келісімді кері қайтарып алу',
    classify: 'Түрін анықтау',
    save: 'Сақтау',
  },
} as const;

async function register(page: Page, sender: string, kind: string | null, previous = ''): Promise<string> {
  await page.evaluate(() => (window.location.hash = '#/incoming/new'));
  const form = page.getByTestId('intake-form');
  await form.locator('input[name="sender.name"]').fill(sender);
  await form.locator('textarea[name="summary"]').fill('Өтініш');
  // The paper's own title, which names no request kind.
  await form.locator('input[name="documentType"]').fill('Заявление');
  if (kind) await form.getByTestId('request-kind').selectOption({ label: kind });
  await page.keyboard.press('Control+Enter');
  const number = page.getByTestId('registered-number');
  await expect(number).toBeVisible();
  if (previous) await expect(number).not.toHaveText(previous);
  return (await number.textContent())!.trim();
}

async function dashboard(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/dashboard'));
  await expect(page.getByTestId('dash-awaiting')).toBeVisible();
}

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: a letter picked as a withdrawal awaits a request; an unclassified one is listed and classified from its record`, async ({
    page,
    desk,
  }) => {
    const text = TEXT[lang];
    await desk.open(page);
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    const withdrawal = await register(page, 'Айгерім Сейтқали', text.withdrawal);
    const unclassified = await register(page, 'Иванов Пётр', null, withdrawal);

    await dashboard(page);
    const awaiting = page.getByTestId('dash-awaiting');
    const listed = page.getByTestId('dash-unclassified');
    const item = awaiting.locator('li', { hasText: withdrawal });
    await expect(item).toContainText(text.withdrawal);
    await expect(item.locator('.due-date')).toBeVisible();
    await expect(awaiting).not.toContainText(unclassified);
    await expect(listed).toContainText(unclassified);
    // Named by the paper's title, never by its sender: the dashboard is every role's first screen.
    await expect(listed).toContainText('Заявление');
    await expect(listed).not.toContainText('Иванов Пётр');
    await expect(listed).not.toContainText(withdrawal);

    await listed.getByRole('link', { name: unclassified }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(unclassified);
    await page.getByRole('button', { name: text.classify }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('classify-kind').selectOption({ label: text.withdrawal });
    await dialog.getByRole('button', { name: text.save, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('record-letter')).toContainText(text.withdrawal);
    // The history names the kinds in words, never the stored code.
    const change = page.getByTestId('correction-history').locator('li[data-field="requestKind"]');
    await expect(change.locator('ins')).toHaveText(text.withdrawal);
    await expect(change).not.toContainText('withdrawal');

    await dashboard(page);
    await expect(awaiting).toContainText(unclassified);
    await expect(listed).not.toContainText(unclassified);
    const stored = await desk.value<{ requestKind: string | null }>(
      'intake.get',
      { incomingNo: unclassified },
      desk.adminSession,
    );
    expect(stored.requestKind).toBe('withdrawal');
  });
}
