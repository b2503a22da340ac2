// The administrator's data screens, driven through the UI: an extra day off entered in the
// working-day calendar moves an open request's due date; an invalid calendar file is refused with
// its problems listed and changes nothing; a letter template with an unknown placeholder is refused
// with the problem shown and a valid edit becomes version 2; the letterhead's signatory and
// executor are entered, then today's new requests are acknowledged in a batch with a progress bar
// and a summary.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { letter, openRequest, workingToday } from './dashboard-fixtures';
import { expect, test } from './fixtures';
import { toDateText } from '../../renderer/src/ui/date-text';

interface CalendarDay {
  date: string;
  working: boolean;
}

/** A 1×1 PNG. */
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Главное меню' });
}

async function openSettingsScreen(page: Page, link: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'Настройки' }).click();
  await page.getByTestId('admin-data').getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
}

test('an extra day off entered in the calendar moves an open request’s due date', async ({ page, desk }) => {
  await desk.setup();
  const s = desk.adminSession;
  await workingToday(desk);
  const l = await letter(desk, null, 'withdrawal');
  const request = await openRequest(desk, l.incomingNo, 'withdrawal', { name: 'Айгерім Сейтқали' });
  const due = request.due;
  const year = due.slice(0, 4);

  await page.goto(desk.url);
  await desk.signIn(page);
  await openSettingsScreen(page, 'Календарь рабочих дней');
  await expect(
    page.getByTestId('calendar-years').getByRole('row', { name: new RegExp(`^${year}`) }),
  ).toContainText('Файл приложения');
  await page.getByRole('link', { name: `Открыть ${year}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Календарь рабочих дней ${year}` })).toBeVisible();

  const daysOff = page.getByTestId('calendar-extraDaysOff');
  await daysOff.getByLabel('Дата').fill(toDateText(due, 'date'));
  await daysOff.getByLabel('Основание на казахском').fill('Сынақ демалыс күні');
  await daysOff.getByLabel('Основание на русском').fill('Тестовый выходной');
  await daysOff.getByLabel('Основание на английском').fill('Test day off');
  await daysOff.getByRole('button', { name: 'Добавить' }).click();
  await expect(daysOff.locator(`tr[data-date="${due}"]`)).toContainText('Тестовый выходной');
  await expect(page.getByText('Есть несохранённые изменения.')).toBeVisible();
  await daysOff.scrollIntoViewIfNeeded();
  await shot(page, 'ru-calendar-year');

  await page.getByTestId('calendar-save').click();
  const outcome = page.getByTestId('save-outcome');
  await expect(outcome).toContainText(`${year} сохранён как версия 1`);
  await expect(outcome).toContainText('сроки сдвинулись: 1');
  await expect(outcome.getByRole('link', { name: request.id })).toBeVisible();
  await expect(page.getByTestId('data-history')).toContainText('Изменён');

  // The core moved the due date to the next working day after the new day off.
  const after = await desk.value<{ due: string }>('requests.get', { id: request.id }, s);
  expect(after.due > due).toBe(true);
  const { days } = await desk.value<{ days: CalendarDay[] }>(
    'calendar.days',
    { from: due, to: after.due },
    s,
  );
  expect(days[0]).toMatchObject({ date: due, working: false });
  expect(days.slice(1, -1).every((d) => !d.working)).toBe(true);
  expect(days[days.length - 1]).toMatchObject({ date: after.due, working: true });
});

test('an invalid calendar file is refused with its problems listed and changes nothing', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const s = desk.adminSession;
  const before = await desk.value<unknown[]>('calendar.history', {}, s);
  const yearBefore = await desk.value<{ origin: string; data: unknown }>('calendar.get', { year: 2026 }, s);

  await page.goto(desk.url);
  await desk.signIn(page);
  await openSettingsScreen(page, 'Календарь рабочих дней');

  const importCard = page.getByTestId('calendar-import');
  const bad = {
    year: 2026,
    holidays: [{ date: '2026-02-30', name: { kk: '', ru: 'Праздник', en: 'Holiday' }, moveIfWeekend: true }],
    extraDaysOff: [{ date: '2025-05-05', reason: { kk: 'Демалыс', ru: 'Выходной', en: 'Day off' } }],
    extraWorkingDays: [],
    source: 'test',
  };
  await importCard.getByLabel('Файл календаря (JSON)').setInputFiles({
    name: '2026.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const problems = page.getByTestId('calendar-import-problems');
  await expect(problems).toContainText('Данные отклонены');
  await expect(problems.getByRole('listitem')).toHaveCount(3);
  await expect(problems).toContainText('holidays.0.date');
  await expect(problems).toContainText('holidays.0.name.kk');
  await expect(problems).toContainText('extraDaysOff.0.date');
  await expect(importCard).toContainText('2026.json не загружен. Ничего не изменено.');
  await importCard.scrollIntoViewIfNeeded();
  await shot(page, 'ru-calendar-import');

  // Not JSON at all.
  await importCard.getByLabel('Файл календаря (JSON)').setInputFiles({
    name: 'calendar.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"year": 2026, "holidays": ['),
  });
  await expect(problems).toContainText('not valid JSON');

  expect(await desk.value<unknown[]>('calendar.history', {}, s)).toEqual(before);
  expect(await desk.value('calendar.get', { year: 2026 }, s)).toEqual(yearBefore);
  await expect(page.getByTestId('calendar-years').getByRole('row', { name: /^2026/ })).toContainText(
    'Файл приложения',
  );
});

test('a template with an unknown placeholder is refused with the problem shown; a valid edit becomes version 2', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await openSettingsScreen(page, 'Шаблоны писем');
  await page.getByRole('link', { name: 'Изменить: Уведомление о получении обращения, Русский' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Уведомление о получении обращения · Русский',
  );
  const source = page.getByTestId('template-source');
  const check = page.getByTestId('template-check');
  await expect(check).toContainText('Ошибок нет');
  const original = await source.inputValue();
  expect(original).toContain('title: О получении обращения');

  await source.fill(
    original.replace('title: О получении обращения', 'title: О получении обращения {{subject.nickname}}'),
  );
  await expect(check).toContainText('1 ошибка');
  await expect(page.getByTestId('template-problems')).toContainText(
    'Неизвестная подстановка subject.nickname',
  );
  await page.getByTestId('template-save').click();
  const refused = page.getByTestId('template-refused');
  await expect(refused).toContainText('Не сохранено: в шаблоне 1 ошибка.');
  await expect(refused).toContainText('subject.nickname');
  await shot(page, 'ru-template-refused');
  const list = await desk.value<{ templates: Array<{ kind: string; lang: string; version: number }> }>(
    'letters.templates.list',
    {},
    desk.adminSession,
  );
  expect(list.templates.find((t) => t.kind === 'acknowledgment' && t.lang === 'ru')?.version).toBe(1);

  await source.fill(original.replace('title: О получении обращения', 'title: О получении Вашего обращения'));
  await expect(check).toContainText('Ошибок нет');
  await page.getByLabel('Что изменено (необязательно)').fill('Заголовок уточнён');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-saved')).toContainText('Сохранено как версия 2');
  await expect(page.getByRole('heading', { level: 2, name: /Действует версия 2/ })).toBeVisible();
  const history = page.getByTestId('template-history');
  await expect(history.locator('li')).toHaveCount(2);
  await expect(history.locator('li[data-version="2"]')).toContainText('Заголовок уточнён');
  const saved = await desk.value<{ version: number; source: string }>(
    'letters.templates.get',
    { kind: 'acknowledgment', lang: 'ru' },
    desk.adminSession,
  );
  expect(saved.version).toBe(2);
  expect(saved.source).toContain('title: О получении Вашего обращения');
});

test('after the letterhead’s signatory and executor are set, today’s new requests are acknowledged in a batch with a progress bar and a summary', async ({
  page,
  desk,
}) => {
  await desk.setup();
  const { previous } = await workingToday(desk);
  const made = [];
  // With IINs, as intake records them (the salutation takes the person's sex from the IIN), and
  // names in the order the Russian letter declines them (a name it cannot decline is asked for).
  const people = [
    { name: 'Иванова Мария Петровна', iin: '900115400018' },
    { name: 'Петров Иван Сергеевич', iin: '850312301209' },
    { name: 'Смирнова Анна Викторовна', iin: '920520400342' },
  ];
  for (const [i, subject] of people.entries()) {
    const l = await letter(desk, i === 0 ? previous : null, i === 1 ? 'access' : 'withdrawal');
    made.push(await openRequest(desk, l.incomingNo, i === 1 ? 'access' : 'withdrawal', subject));
  }

  await page.goto(desk.url);
  await desk.signIn(page);
  await openSettingsScreen(page, 'Бланк письма');
  const form = page.getByTestId('letterhead-form');
  await expect(form.getByLabel('БИН')).toHaveValue('220440001087');
  await form.getByLabel('ФИО (Казахский)').fill('Серік Әбенов');
  await form.getByLabel('ФИО (Русский)').fill('Серік Әбенов');
  await form.getByLabel('ФИО (Английский)').fill('Serik Abenov');
  await form.getByLabel('Должность (Казахский)').fill('Директор');
  await form.getByLabel('Должность (Русский)').fill('Директор');
  await form.getByLabel('Должность (Английский)').fill('Director');
  // An executor (picked from the staff accounts) without a phone is refused in the form.
  await form.getByLabel('ФИО исполнителя').selectOption({ label: 'Әсел Әкімші' });
  await form.getByRole('button', { name: 'Сохранить бланк' }).click();
  await expect(form.getByText('Укажите и ФИО, и телефон исполнителя, или ни то ни другое.')).toBeVisible();
  await form.getByLabel('Телефон исполнителя').fill('+7 727 000 00 00');
  // A logo: a file that is not PNG or JPEG is refused by its content, a PNG is shown and sized.
  await form.getByLabel('Выбрать логотип (PNG или JPEG)').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not an image'),
  });
  await expect(form.getByText('Файл не является изображением PNG или JPEG.')).toBeVisible();
  await form.getByLabel('Выбрать логотип (PNG или JPEG)').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(PNG_1PX, 'base64'),
  });
  await expect(form.getByRole('img', { name: 'Логотип, как он будет напечатан' })).toBeVisible();
  await expect(form.getByLabel('Высота при печати, мм')).toHaveValue('18');
  await form.getByRole('button', { name: 'Сохранить бланк' }).click();
  await expect(page.getByTestId('letterhead-saved')).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'Подписант' }).scrollIntoViewIfNeeded();
  await shot(page, 'ru-letterhead');
  const letterhead = await desk.value<{ signatory?: unknown; executor?: unknown; logo?: unknown }>(
    'letters.letterhead.get',
    {},
    desk.adminSession,
  );
  expect(letterhead.executor).toEqual({ name: 'Әсел Әкімші', phone: '+7 727 000 00 00' });
  expect(letterhead.signatory).toEqual({
    kk: { name: 'Серік Әбенов', position: 'Директор' },
    ru: { name: 'Серік Әбенов', position: 'Директор' },
    en: { name: 'Serik Abenov', position: 'Director' },
  });
  expect(letterhead.logo).toEqual({ base64: PNG_1PX, type: 'png', heightMm: 18, widthMm: 18 });

  await nav(page).getByRole('link', { name: 'Обращения' }).click();
  await page.getByRole('button', { name: 'Уведомления о получении за сегодня' }).click();
  const dialog = page.getByRole('dialog', { name: 'Уведомления о получении по новым обращениям за сегодня' });
  await expect(dialog).toContainText('3 новых обращения за сегодня ещё без уведомления о получении.');
  await dialog.getByRole('button', { name: 'Составить 3 письма' }).click();
  const progress = dialog.getByRole('progressbar', { name: '3 из 3' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '3');
  await expect(progress).toHaveAttribute('value', '3');
  const summary = dialog.getByTestId('batch-summary');
  await expect(summary).toContainText('Готово: составлено 3 уведомления.');
  for (const r of made) await expect(summary).toContainText(r.id);
  await shot(page, 'ru-batch');
  const letters = await desk.value<{ letters: Array<{ requestId: string; kind: string }> }>(
    'letters.list',
    { kind: 'acknowledgment' },
    desk.adminSession,
  );
  expect(letters.letters.map((l) => l.requestId).sort()).toEqual(made.map((r) => r.id).sort());
  await dialog.getByRole('button', { name: 'Закрыть' }).first().click();

  // A second run finds nothing left to acknowledge.
  await page.getByRole('button', { name: 'Уведомления о получении за сегодня' }).click();
  await expect(dialog).toContainText('Новых обращений за сегодня без уведомления о получении нет.');
  await expect(dialog).toContainText('Ещё 3 уже имеют уведомление и пропускаются.');
});
