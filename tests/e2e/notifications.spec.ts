// Requests falling due reach staff wherever they are in the app: a badge on the requests link and a
// notification (Windows shows the web Notification as a toast), at most a few a day, with counts
// only. Chromium here has no notification centre, so the page's Notification constructor is
// wrapped to record what the app shows; permission is granted as the Electron shell grants it.
import { letter, openRequest, shiftDay, workingToday } from './dashboard-fixtures';
import { expect, test } from './fixtures';

test.use({ permissions: ['notifications'] });

test('an officer gets one notification and a badge for requests overdue or due today, in ru and kk', async ({
  page,
  desk,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __notes: Array<{ title: string; body?: string }> };
    w.__notes = [];
    const Real = window.Notification;
    window.Notification = class extends Real {
      constructor(title: string, opts?: NotificationOptions) {
        super(title, opts);
        w.__notes.push({ title, body: opts?.body });
      }
    } as typeof Notification;
    if (!localStorage.getItem('privacy-desk.lang')) localStorage.setItem('privacy-desk.lang', 'ru');
  });
  await desk.open(page, { signIn: false });
  const { today, previous } = await workingToday(desk);
  const old = await letter(desk, shiftDay(today, -10), 'withdrawal');
  await openRequest(desk, old.incomingNo, 'withdrawal', { name: 'Ерлан Жұмабаев' });
  const recent = await letter(desk, previous, 'withdrawal', '11:30');
  await openRequest(desk, recent.incomingNo, 'withdrawal', { name: 'Бауыржан Оспанов' });
  const officer = await desk.createUser('officer', { displayName: 'Дана Офицер' });
  await desk.signIn(page, officer);

  const badge = page.getByTestId('due-badge');
  await expect(badge).toHaveText('2');
  await expect(badge).toHaveAttribute('aria-label', '2 обращения просрочены или со сроком сегодня');
  const notes = () => page.evaluate(() => (window as unknown as { __notes: unknown[] }).__notes);
  await expect
    .poll(notes)
    .toEqual([{ title: 'Privacy Desk: сроки обращений', body: 'Просрочено: 1. Срок сегодня: 1.' }]);
  // Counts only: no subject's name reaches the lock screen.
  expect(JSON.stringify(await notes())).not.toMatch(/Жұмабаев|Оспанов/);

  // The same figures after a reload are not news.
  await page.getByRole('group').getByRole('button', { name: 'Қазақша' }).first().click();
  await page.reload();
  await expect(badge).toHaveAttribute('aria-label', 'Мерзімі өткен немесе бүгін аяқталатын 2 өтініш');
  await expect(badge).toHaveText('2');
  expect(await notes()).toEqual([]);
});

test('a clerk sees no badge and gets no notification', async ({ page, desk }) => {
  await desk.open(page, { signIn: false });
  const { previous } = await workingToday(desk);
  const recent = await letter(desk, previous, 'withdrawal');
  await openRequest(desk, recent.incomingNo, 'withdrawal', { name: 'Бауыржан Оспанов' });
  const clerk = await desk.createUser('clerk');
  await desk.signIn(page, clerk);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByTestId('due-badge')).toHaveCount(0);
});
