// The page's side of the desktop app's downloads: window.api.onDownload (the preload's event,
// fed by electron/shell/electron/downloads.ts) shown as a notice in the window's language. The
// headless shell has no such event, so this page gets a stand-in for that one preload function
// only; everything else is the real renderer on the real headless shell.
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __download?: (report: unknown) => void;
  }
}

test('a download’s outcome is said in words: saved goes away, a failure stays until closed', async ({
  page,
  desk,
}) => {
  await page.addInitScript(() => {
    // Give the api object the headless transport installs the one Electron-only function.
    const define = Object.defineProperty;
    Object.defineProperty = function (target: object, key: PropertyKey, attrs: PropertyDescriptor) {
      if (target === window && key === 'api' && attrs.value) {
        attrs.value.onDownload = (listener: (report: unknown) => void) => {
          window.__download = listener;
          return () => (window.__download = undefined);
        };
      }
      return define(target, key, attrs);
    } as typeof Object.defineProperty;
  });
  await page.clock.install();
  await desk.open(page);
  await page.waitForFunction(() => typeof window.__download === 'function');
  const notice = page.getByTestId('download-notice');

  await page.evaluate(() => window.__download!({ state: 'completed', fileName: 'ИСХ-2026-000145.docx' }));
  await expect(notice).toHaveRole('status');
  await expect(notice).toHaveText(/Файл ИСХ-2026-000145\.docx сохранён\./);
  await page.clock.runFor(8_100);
  await expect(notice).toBeHidden();
  await page.evaluate(() => window.__download!({ state: 'cancelled', fileName: 'export.csv' }));
  await expect(notice).toHaveText(/Файл export\.csv не сохранён: сохранение отменено\./);

  await page.evaluate(() => window.__download!({ state: 'interrupted', fileName: 'scan.pdf' }));
  await expect(notice).toHaveRole('alert');
  await expect(notice).toContainText('Не удалось сохранить файл scan.pdf');
  await notice.getByRole('button', { name: 'Закрыть' }).click();
  await expect(notice).toBeHidden();

  // Anything else on that channel is ignored.
  await page.evaluate(() => window.__download!({ state: 'deleted', fileName: 'x' }));
  await expect(notice).toBeHidden();
});
