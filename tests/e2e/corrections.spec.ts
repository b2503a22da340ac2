// Issue 19, item 10: a registered entry is corrected, not cancelled: «Исправить» on the record, the
// number unchanged, the change shown on the record as history (before → after). A clerk corrects
// only the entries they registered (the same day); the core refuses the rest.
import { expect, test } from './fixtures';

const TEXT = {
  ru: {
    lang: 'Русский',
    action: 'Исправить',
    save: 'Сохранить исправление',
    sender: 'Отправитель (ФИО или организация)',
    history: 'История исправлений',
  },
  kk: {
    lang: 'Қазақша',
    action: 'Түзету',
    save: 'Түзетуді сақтау',
    sender: null,
    history: 'Түзетулер тарихы',
  },
} as const;

/** The channel names the history shows (renderer/src/i18n mailroom.channel). */
const COURIER = {
  ru: { byHand: 'Нарочно', courier: 'Курьер' },
  kk: { byHand: 'Қолма-қол', courier: 'Курьер' },
} as const;

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: an incoming entry is corrected from its record; the number stays and the history shows the change`, async ({
    page,
    desk,
  }) => {
    const text = TEXT[lang];
    await desk.open(page);
    const e = await desk.value<{ id: number; incomingNo: string }>(
      'intake.create',
      { channel: 'by_hand', language: 'kk', sender: { name: 'Айгерим Сейткали' }, summary: 'Өтініш' },
      desk.adminSession,
    );
    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), e.id);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.incomingNo);

    await page.getByRole('button', { name: text.action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.locator('input[name="sender.name"]').fill('Айгерім Сейтқали');
    await dialog.getByRole('button', { name: text.save }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.incomingNo);
    await expect(page.locator('main')).toContainText('Айгерім Сейтқали');
    const history = page.getByTestId('correction-history');
    await expect(history.getByRole('heading')).toHaveText(text.history);
    const item = history.locator('li[data-field="sender.name"]');
    await expect(item.locator('del')).toHaveText('Айгерим Сейткали');
    await expect(item.locator('ins')).toHaveText('Айгерім Сейтқали');
    if (text.sender) await expect(item).toContainText(text.sender);
    const stored = await desk.value<{ incomingNo: string; sender: { name: string } }>(
      'intake.get',
      { id: e.id },
      desk.adminSession,
    );
    expect(stored).toMatchObject({ incomingNo: e.incomingNo, sender: { name: 'Айгерім Сейтқали' } });
  });

  test(`${lang}: how a letter came (channel, courier, waybill) and its language are corrected too`, async ({
    page,
    desk,
  }) => {
    await desk.open(page);
    const e = await desk.value<{ id: number; incomingNo: string }>(
      'intake.create',
      { channel: 'by_hand', language: 'kk', sender: { name: 'Иванов Пётр' }, summary: 'Заявление' },
      desk.adminSession,
    );
    await page.getByRole('group').getByRole('button', { name: TEXT[lang].lang }).click();
    await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), e.id);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.incomingNo);
    await page.getByRole('button', { name: TEXT[lang].action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('select[name="channel"]').selectOption('courier');
    await dialog.locator('input[name="courierCompany"]').fill('Exline');
    await dialog.locator('input[name="waybill"]').fill('EX-42');
    await dialog.locator('select[name="language"]').selectOption('ru');
    await dialog.getByRole('button', { name: TEXT[lang].save }).click();
    await expect(dialog).toBeHidden();

    const history = page.getByTestId('correction-history');
    const channel = history.locator('li[data-field="channel"]');
    await expect(channel.locator('del')).toHaveText(COURIER[lang].byHand);
    await expect(channel.locator('ins')).toHaveText(COURIER[lang].courier);
    await expect(history.locator('li[data-field="waybill"] ins')).toHaveText('EX-42');
    const stored = await desk.value<Record<string, unknown>>('intake.get', { id: e.id }, desk.adminSession);
    expect(stored).toMatchObject({
      incomingNo: e.incomingNo,
      channel: 'courier',
      courierCompany: 'Exline',
      waybill: 'EX-42',
      language: 'ru',
    });
  });
}

test('a clerk sees «Исправить» on their own entry of today, not on another clerk’s; the core refuses it too', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const clerk = await desk.createUser('clerk');
  const other = await desk.createUser('clerk');
  const otherSession = await desk.login(other.username, other.password);
  const theirs = await desk.value<{ id: number }>(
    'intake.create',
    { channel: 'by_hand', language: 'ru', sender: { name: 'Иванов' }, summary: 'Запрос' },
    otherSession,
  );
  const session = await desk.login(clerk.username, clerk.password);
  const mine = await desk.value<{ id: number }>(
    'intake.create',
    { channel: 'by_hand', language: 'ru', sender: { name: 'Петров' }, summary: 'Запрос' },
    session,
  );
  expect(await desk.call('intake.update', { id: theirs.id, patch: { notes: 'x' } }, session)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });

  await page.goto(desk.url);
  await desk.signIn(page, clerk);
  await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), mine.id);
  await expect(page.getByTestId('correct-entry')).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), theirs.id);
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  await expect(page.locator('main')).toContainText('Иванов');
  await expect(page.getByTestId('correct-entry')).toHaveCount(0);
});
