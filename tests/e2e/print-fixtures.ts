// The print tests' window: the UI language set before the app starts, and window.print counted
// instead of opening the browser's print dialog (which would wait for a person).
import type { Page } from '@playwright/test';

export async function countPrints(page: Page, lang: 'kk' | 'ru'): Promise<void> {
  await page.addInitScript((l) => {
    localStorage.setItem('privacy-desk.lang', l);
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void (window as unknown as { __printed: number }).__printed++;
  }, lang);
}

export const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __printed: number }).__printed);
