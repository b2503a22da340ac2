// A rehearsal of the installed-app smoke test's flow (tests/smoke/desk-flow.ts) on the headless
// shell: the same steps and selectors, so the Windows release run can only fail on what is
// Electron's or Windows's own (the preload, the packaged driver, DPAPI, the Save handler).
import { readFile } from 'node:fs/promises';
import {
  createAdministrator,
  generateReply,
  previewScan,
  registerDecidedWithdrawal,
  signIn,
} from '../smoke/desk-flow';
import { expect, test } from './fixtures';

test('the smoke flow: administrator, a registered letter and its PDF scan, a reply letter saved, signed in again', async ({
  page,
  desk,
  browser,
}) => {
  await desk.open(page, { setup: false });
  await createAdministrator(page);
  const { incomingNo, letterId, requestId, session } = await registerDecidedWithdrawal(page);
  await previewScan(page, session, letterId);
  expect(incomingNo).toMatch(/^ВХ-\d{4}-\d{6}$/);

  const outgoingNo = await generateReply(page, requestId, async (click) => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
  expect(outgoingNo).toMatch(/^ИСХ-\d{4}-\d{6}$/);

  // Another window without the session: the sign-in form, then the same register.
  const again = await browser.newPage();
  await again.goto(desk.url);
  await signIn(again);
  await again.evaluate(() => (window.location.hash = '#/incoming'));
  await expect(again.locator('main[data-page="incoming"]').getByText(incomingNo)).toBeVisible();
  await again.close();
});
