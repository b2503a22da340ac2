// A mailroom clerk cannot reach a request's decision page: the UI does not show it, and a direct
// call to decide is refused by the main process.
import { expect, test } from './fixtures';

test('a clerk sees no decision form on a request, and a direct decide call is refused', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const letter = await desk.value<{ incomingNo: string }>(
    'intake.create',
    {
      channel: 'registered_mail',
      language: 'kk',
      documentType: 'withdrawal',
      sender: { name: 'Айгерім Сейтқали', iin: '900115300122', address: 'Алматы қ., Абай даңғылы 10' },
      summary: 'Келісімді қайтарып алу',
    },
    desk.adminSession,
  );
  const request = await desk.value<{ id: string }>(
    'requests.open',
    {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { name: 'Айгерім Сейтқали', iin: '900115300122', address: 'Алматы қ., Абай даңғылы 10' },
    },
    desk.adminSession,
  );

  const clerk = await desk.createUser('clerk');
  await page.addInitScript(() => window.localStorage.setItem('privacy-desk.lang', 'en'));
  await page.goto(desk.url);
  await desk.signIn(page, clerk);
  await page.evaluate((id) => {
    window.location.hash = `#/requests/${id}`;
  }, request.id);
  // The requests area is not for clerks: the page says so, and no decision form is ever shown.
  await expect(page.getByRole('heading', { name: 'Not available for your role' })).toBeVisible();
  await expect(page.locator('#rq-decision')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /decide|решени|шешім/i })).toHaveCount(0);

  const session = await desk.login(clerk.username, clerk.password);
  const direct = await desk.call(
    'requests.decide',
    { id: request.id, decision: { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false } },
    session,
  );
  expect(direct.error?.code).toBe('FORBIDDEN');
});
