// Issue 19, item 6: a re-scan fixes a wrong check digit. The scanner's Enter after a number with a
// wrong check digit leaves the focus on the confirmation checkbox; the next scan (a fast burst of
// keys ending with Enter) must replace the number in the tracking field, not be swallowed by the
// checkbox or typed into another field.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TEXT = {
  ru: {
    lang: 'Русский',
    wrong: 'Контрольная цифра не совпадает: должна быть 5',
    ok: 'Номер S10 верен',
  },
  kk: {
    lang: 'Қазақша',
    wrong: 'Бақылау цифры сәйкес емес: 5 болуы керек',
    ok: 'S10 нөмірі дұрыс',
  },
} as const;

/** What a barcode scanner does: the number as fast keystrokes, then Enter. */
async function scan(page: Page, number: string): Promise<void> {
  await page.keyboard.type(number);
  await page.keyboard.press('Enter');
}

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: a new scan while the check-digit warning is open replaces the tracking number`, async ({
    page,
    desk,
  }) => {
    const text = TEXT[lang];
    await desk.open(page);
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.keyboard.press('Alt+2');
    // The register's own keys work once it is on screen (as in mailroom.spec.ts).
    await expect(page.locator('a[href="#/incoming/new"]')).toBeVisible();
    await page.keyboard.press('n');
    const form = page.getByTestId('intake-form');
    const tracking = form.locator('input[name="trackingNumber"]');
    const sender = form.locator('input[name="sender.name"]');
    await expect(tracking).toBeFocused();

    await scan(page, 'RR123456789KZ');
    await expect(page.getByTestId('tracking')).toContainText(text.wrong);
    const confirm = page.getByTestId('tracking-confirm');
    await expect(confirm).toBeFocused();

    // The clerk scans the envelope again: the number is replaced, the warning goes, and the
    // scanner's Enter moves on to the sender as after any scan.
    await scan(page, 'RR123456785KZ');
    await expect(tracking).toHaveValue('RR123456785KZ');
    await expect(page.getByTestId('tracking')).toContainText(text.ok);
    await expect(confirm).toHaveCount(0);
    await expect(sender).toBeFocused();
    await expect(sender).toHaveValue('');

    // Once more with the keyboard in the Russian layout: the scan's first key arrives as the
    // Cyrillic character of the same key (R → К) and is read as the Latin one.
    await tracking.fill('RR123456789KZ');
    await tracking.press('Enter');
    await expect(confirm).toBeFocused();
    await confirm.dispatchEvent('keydown', { key: 'К', code: 'KeyR', bubbles: true, cancelable: true });
    await expect(tracking).toBeFocused();
    await expect(tracking).toHaveValue('R');
  });
}
