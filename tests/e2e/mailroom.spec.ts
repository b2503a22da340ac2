// The mailroom, driven as the clerks drive it: the intake part with the keyboard only (a barcode
// scanner is a keyboard that types the tracking number and Enter), drafts that survive a reload
// without leaving plain text in IndexedDB, search, the masked register list, scans, the outgoing
// register, and screenshots of the intake form and the incoming list in Russian and Kazakh.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { canvasPixels, tinyPdf } from '../helpers/pdf';
import { expect, test, type Desk } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const IIN = '900115300122';
const IIN_MASKED = '900115•••••2';
const NUMBER = /^ВХ-\d{4}-\d{6}$/;
/** Required fields carry a "*" after the label text. */
const SUMMARY = /^Краткое содержание/;
const SENDER = /^Отправитель/;

// ---------------------------------------------------------------------------------------------
// Helpers.

/** A real PNG (solid colour, w×h), made here so the test needs no binary fixture. */
function makePng(w: number, h: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < w; x++) raw.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** What a Windows program starts with: "MZ", a DOS stub, "PE". Named like a PDF. */
function fakeExe(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'ascii');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'binary');
  return b;
}

async function count(desk: Desk): Promise<number> {
  return (await desk.value<{ count: number }>('intake.count', {}, desk.adminSession)).count;
}

async function register(
  desk: Desk,
  input: Record<string, unknown>,
): Promise<{ id: number; incomingNo: string }> {
  return desk.value(
    'intake.create',
    { channel: 'registered_mail', language: 'kk', ...input },
    desk.adminSession,
  );
}

/** The intake form, opened as a clerk would: Alt+2 (incoming register), then N. */
async function openIntake(page: Page): Promise<void> {
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Входящие' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'Регистрация письма' })).toBeVisible();
  await expect(page.getByLabel('Трек-номер')).toBeFocused();
}

function field(page: Page, label: string | RegExp) {
  return page.getByTestId('intake-form').getByLabel(label, { exact: typeof label === 'string' });
}

/** Tabs until the field with this label has the focus (at most `max` presses). */
async function tabTo(page: Page, label: string | RegExp, max = 20): Promise<void> {
  const target = field(page, label);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Everything the drafts database holds, as text (ArrayBuffers decoded both as UTF-8 and as Latin-1). */
async function draftStorageText(page: Page): Promise<{ keys: string[][]; text: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('privacy-desk-drafts');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const stores = Array.from(db.objectStoreNames);
    const rows: unknown[] = [];
    for (const s of stores) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(s).objectStore(s).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      rows.push(...all);
    }
    db.close();
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
        const bytes =
          v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
        texts.push(new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes));
      } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
      else texts.push(String(v));
    };
    rows.forEach(walk);
    return {
      keys: rows.map((r) => Object.keys(r as object).sort()),
      text: texts.join('\n'),
    };
  });
}

// The office's computers run with a Russian or Kazakh locale: date inputs show dd.mm.yyyy.
test.use({ locale: 'ru-RU' });

test.beforeEach(async ({ page }) => {
  // Every test starts in Russian, the default interface language.
  await page.addInitScript(() => {
    if (!localStorage.getItem('privacy-desk.lang')) localStorage.setItem('privacy-desk.lang', 'ru');
  });
});

// ---------------------------------------------------------------------------------------------
// Intake with the keyboard only.

test('registers letters in a row with the keyboard only; a scanner-style Enter does not submit', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await openIntake(page);

  // Letter 1: the scanner types the number and Enter.
  await page.keyboard.type('RR123456785KZ');
  await page.keyboard.press('Enter');
  // Enter moved on to the next field and did not submit the form.
  await expect(field(page, SENDER)).toBeFocused();
  await expect(page.getByTestId('registered-banner')).toHaveCount(0);
  await expect(page.getByTestId('tracking')).toContainText('Номер S10 верен');
  expect(await count(desk)).toBe(0);

  await page.keyboard.type('Айгерім Сейтқали');
  await page.keyboard.press('Tab');
  await expect(field(page, 'ИИН / БИН')).toBeFocused();
  await page.keyboard.type(IIN);
  await expect(page.getByTestId('intake-form')).toContainText('ИИН: мужчина, дата рождения 15.01.1990');
  await tabTo(page, 'Почтовый адрес');
  await page.keyboard.type('Алматы қ., Абай даңғылы 10, 25 пәтер');
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Келісімді қайтарып алу туралы өтініш');
  await tabTo(page, 'Листов');
  await page.keyboard.type('1');
  await page.keyboard.press('Control+Enter');

  const banner = page.getByTestId('registered-banner');
  await expect(banner).toBeVisible();
  const first = (await page.getByTestId('registered-number').textContent())!.trim();
  expect(first).toMatch(NUMBER);
  expect(first.endsWith('-000001')).toBe(true);
  // A fresh form, channel kept, focus back on the tracking number.
  await expect(page.getByLabel('Трек-номер')).toBeFocused();
  await expect(page.getByLabel('Трек-номер')).toHaveValue('');
  await expect(field(page, 'Способ доставки')).toHaveValue('registered_mail');
  await expect(field(page, SENDER)).toHaveValue('');

  // Letter 2: no tracking number, straight to the sender.
  await page.keyboard.press('Tab');
  await expect(field(page, SENDER)).toBeFocused();
  await page.keyboard.type('Иванов Пётр Сергеевич');
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Запрос о составе хранимых данных');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(/-000002$/);

  // Letter 3: another scanned one; the fresh form already has the tracking field focused.
  await expect(page.getByLabel('Трек-номер')).toBeFocused();
  await page.keyboard.type('RR000000014KZ');
  await page.keyboard.press('Enter');
  await expect(field(page, SENDER)).toBeFocused();
  expect(await count(desk)).toBe(2);
  await page.keyboard.type('ТОО «Алатау Сервис»');
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Жалоба на рассылку SMS');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(/-000003$/);
  expect(await count(desk)).toBe(3);

  // What was stored is what was typed.
  const e = await desk.value<{
    trackingNumber: string;
    sender: { iin: string; kind: string };
    language: string;
    sheets: number;
  }>('intake.get', { incomingNo: first }, desk.adminSession);
  expect(e).toMatchObject({
    trackingNumber: 'RR123456785KZ',
    sender: { iin: IIN, kind: 'person' },
    language: 'kk',
    sheets: 1,
  });

  // The register lists them, newest first, with the IIN masked.
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('incoming-count')).toHaveText('3 записи');
  const table = page.getByTestId('incoming-table');
  await expect(table.getByRole('row').nth(1)).toContainText('ТОО «Алатау Сервис»');
  await expect(table.getByText(IIN_MASKED)).toBeVisible();
  await expect(table).not.toContainText(IIN);
});

test('a wrong check digit is a warning: the save waits until the clerk confirms it', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await openIntake(page);

  await page.keyboard.type('RR123456789KZ');
  await page.keyboard.press('Enter');
  const tracking = page.getByTestId('tracking');
  await expect(tracking).toContainText('Контрольная цифра не совпадает: должна быть 5');
  const confirm = page.getByTestId('tracking-confirm');
  // The scanner's Enter lands on the confirmation, which is not ticked by itself.
  await expect(confirm).toBeFocused();
  await expect(confirm).not.toBeChecked();

  await page.keyboard.press('Tab');
  await page.keyboard.type('Сейтқали Айгерім');
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Келісімді қайтарып алу');
  await page.keyboard.press('Control+Enter');
  // Refused: the warning stays, the focus goes to the confirmation, nothing is registered.
  await expect(tracking.getByRole('alert')).toHaveText(/Подтвердите трек-номер/);
  await expect(confirm).toBeFocused();
  await expect(page.getByTestId('registered-banner')).toHaveCount(0);
  expect(await count(desk)).toBe(0);

  await page.keyboard.press('Space');
  await expect(confirm).toBeChecked();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(NUMBER);
  const no = (await page.getByTestId('registered-number').textContent())!.trim();
  const e = await desk.value<{ trackingNumber: string; trackingWarning: string }>(
    'intake.get',
    { incomingNo: no },
    desk.adminSession,
  );
  expect(e).toMatchObject({ trackingNumber: 'RR123456789KZ', trackingWarning: 'tracking_check_digit' });
});

test('a possible duplicate is shown and must be confirmed; Escape goes back to the form', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const earlier = await register(desk, {
    trackingNumber: 'RR123456785KZ',
    sender: { name: 'Айгерім Сейтқали' },
    summary: 'Өтініш',
  });
  await openIntake(page);
  await page.keyboard.type('RR123456785KZ');
  await expect(page.getByTestId('tracking-duplicates')).toContainText(earlier.incomingNo);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Айгерім Сейтқали');
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Өтініш');
  await page.keyboard.press('Control+Enter');

  const dialog = page.getByRole('dialog', { name: 'Возможный дубликат' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('duplicate-matches')).toContainText(earlier.incomingNo);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await count(desk)).toBe(1);

  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeVisible();
  // The safe choice has the focus; the clerk moves to "Register anyway" on purpose.
  await expect(dialog.getByRole('button', { name: 'Вернуться к форме' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Всё равно зарегистрировать' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(/-000002$/);
  expect(await count(desk)).toBe(2);
});

// ---------------------------------------------------------------------------------------------
// Drafts.

test('a half-typed letter survives a reload, and IndexedDB never holds it in plain text', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await openIntake(page);
  await page.keyboard.type('RR123456785KZ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Сейтқали Айгерім');
  await page.keyboard.press('Tab');
  await page.keyboard.type(IIN);
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Келісімді қайтарып');
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-draft-state', 'saved');

  const stored = await draftStorageText(page);
  expect(stored.keys).toEqual([['ciphertext', 'id', 'iv']]);
  for (const plain of ['Сейтқали', 'Seytqali', IIN, 'RR123456785KZ', 'Келісімді'])
    expect(stored.text, `IndexedDB holds "${plain}"`).not.toContain(plain);

  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Восстановить черновик?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('draft-offer')).toHaveText(/^Восстановить черновик от \d{2}:\d{2}\?$/);
  await expect(dialog.getByRole('button', { name: 'Восстановить' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Трек-номер')).toHaveValue('RR123456785KZ');
  await expect(field(page, SENDER)).toHaveValue('Сейтқали Айгерім');
  await expect(field(page, 'ИИН / БИН')).toHaveValue(IIN);
  await expect(field(page, SUMMARY)).toHaveValue('Келісімді қайтарып');

  // Finished and saved: the draft is gone.
  await field(page, SUMMARY).press('End');
  await page.keyboard.type(' алу туралы өтініш');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('registered-number')).toHaveText(NUMBER);
  await expect.poll(async () => (await draftStorageText(page)).keys.length).toBe(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Регистрация письма' })).toBeVisible();
  await expect(page.getByLabel('Трек-номер')).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

// ---------------------------------------------------------------------------------------------
// Search and the list.

test('search finds a letter by a Kazakh surname typed in lower case and opens it', async ({ page, desk }) => {
  await desk.open(page);
  const letter = await register(desk, {
    trackingNumber: 'RR123456785KZ',
    sender: { name: 'Айгерім Сейтқали', iin: IIN, address: 'Алматы қ., Абай даңғылы 10, 25 пәтер' },
    summary: 'Келісімді қайтарып алу туралы өтініш',
  });
  await register(desk, { sender: { name: 'Иванов Пётр' }, summary: 'Запрос', language: 'ru' });

  await page.keyboard.press('Alt+5');
  const box = page.getByTestId('search-input');
  await expect(box).toBeFocused();
  await page.keyboard.type('сейтқали');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Айгерім Сейтқали');
  await expect(results.locator('mark')).toHaveText(['Сейтқали']);
  await expect(results).toContainText(IIN_MASKED);
  await expect(page.getByTestId('search-status')).toHaveText('Найдена 1 запись');

  // A prefix is enough.
  await box.fill('');
  await page.keyboard.type('сейт');
  await expect(results.getByRole('listitem')).toHaveCount(1);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: letter.incomingNo })).toBeVisible();
  // The record shows the whole IIN (only here).
  await expect(page.getByTestId('record-sender')).toContainText(IIN);
});

test('the incoming list: masked IINs, filters by the core, CSV and DOCX exports, keyboard', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await register(desk, { sender: { name: 'Айгерім Сейтқали', iin: IIN }, summary: 'Өтініш' });
  for (let i = 0; i < 5; i++)
    await register(desk, { sender: { name: `Жіберуші ${i}` }, summary: `Хат ${i}` });
  await page.keyboard.press('Alt+2');
  const table = page.getByTestId('incoming-table');
  await expect(page.getByTestId('incoming-count')).toHaveText('6 записей');
  await expect(table.getByTestId('iin-masked').filter({ hasText: IIN_MASKED })).toHaveCount(1);
  expect(await page.content()).not.toContain(IIN);

  // Filters are applied by the core.
  await register(desk, {
    channel: 'courier',
    courierCompany: 'DHL',
    sender: { name: 'ТОО «Курьер»' },
    summary: 'Пакет',
  });
  await page.getByRole('search', { name: 'Фильтры' }).getByLabel('Способ доставки').selectOption('courier');
  await expect(page.getByTestId('incoming-count')).toHaveText('1 запись');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('ТОО «Курьер»');
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page.getByTestId('incoming-count')).toHaveText('7 записей');

  // Exports for a period: CSV and DOCX, downloaded from a Blob link.
  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Экспорт журнала входящих' });
  await dialog.getByLabel('Формат').selectOption('csv');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-submit').click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = (await readFile((await csv.path())!)).toString('utf8');
  expect(csvText).toContain('Айгерім Сейтқали');
  expect(csvText).toMatch(/ВХ-\d{4}-000001/);
  await expect(dialog.getByTestId('export-done')).toContainText('7 записей');
  await dialog.getByLabel('Формат').selectOption('docx');
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-submit').click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect((await readFile((await docx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Keyboard: the list is one tab stop; End goes to the oldest, Enter opens it.
  await table.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-sender')).toContainText(IIN);
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('incoming-count')).toHaveText('7 записей');
});

test('a register of 20,000 letters: only the rows on screen are in the page, fetched page by page', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // Demo letters written by the CLI into the same database while the shell runs.
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'bin', 'privacy-desk.cjs'),
      'seed',
      'demo',
      '--letters',
      '20000',
      '--seed',
      '7',
      '--db',
      desk.dbFile,
      '--key-file',
      desk.keyFile,
      '--json',
    ],
    { stdio: 'pipe' },
  );
  const lists: { offset?: number; cursor?: string; limit?: number; sort?: { by: string; dir: string } }[] =
    [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/call/intake.list')) lists.push(JSON.parse(r.postData() ?? '{}'));
  });
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('incoming-count')).toHaveText(/^20\s000 записей$/);
  const table = page.getByTestId('incoming-table');
  await expect(table.getByRole('row').nth(1)).not.toContainText('Загрузка');
  await expect(table).toHaveAttribute('aria-rowcount', '20001');
  // A screenful plus a margin, never the whole register.
  expect(await table.getByRole('row').count()).toBeLessThan(60);

  // End: straight to the oldest letter, read from the other end of the order (the newest-first
  // list asked oldest-first from offset 0), without reading what lies between.
  await table.focus();
  await page.keyboard.press('End');
  const last = table.locator('[aria-rowindex="20001"]');
  await expect(last).toContainText(/ВХ-\d{4}-\d{6}/);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  expect(lists.length).toBeLessThan(8);
  expect(lists.every((l) => (l.limit ?? 100) <= 100)).toBe(true);
  expect(lists.some((l) => l.sort?.dir === 'asc' && (l.offset ?? 0) === 0)).toBe(true);
  expect(lists.every((l) => (l.offset ?? 0) < 10_000)).toBe(true);

  // PageUp walks back a screen at a time.
  await page.keyboard.press('PageUp');
  await expect(table.locator('[aria-selected="true"]')).not.toHaveAttribute('aria-rowindex', '20001');

  // Back from a record, the list opens where it was left: the oldest letter, still the active row,
  // read from the other end again (the place is past the quick count's cap of 10,000).
  await page.keyboard.press('End');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-sender')).toBeVisible();
  lists.length = 0;
  await page.keyboard.press('Alt+2');
  await expect(last).toContainText(/ВХ-\d{4}-\d{6}/);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  expect(lists.every((l) => (l.offset ?? 0) < 10_000)).toBe(true);
  expect(lists.some((l) => l.sort?.dir === 'asc' && (l.offset ?? 0) === 0)).toBe(true);
});

// ---------------------------------------------------------------------------------------------
// Scans.

test('scans: a real PNG is attached and previewed; an .exe renamed .pdf is refused in words', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await openIntake(page);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Сейтқали Айгерім');
  await tabTo(page, SUMMARY);
  await page.keyboard.type('Өтініш');

  // Before the save: the refused file is named, the PNG waits in the list.
  await page.getByTestId('scan-input').setInputFiles([
    { name: 'letter.pdf', mimeType: 'application/pdf', buffer: fakeExe() },
    { name: 'envelope.png', mimeType: 'image/png', buffer: makePng(40, 24, [30, 95, 139]) },
  ]);
  const refused = page.getByTestId('scan-refused');
  await expect(refused).toContainText('letter.pdf');
  await expect(refused).toContainText('Можно прикрепить только скан в формате PDF, JPEG, PNG или TIFF');
  await expect(page.getByTestId('pending-scans')).toContainText('envelope.png');

  await page.getByTestId('intake-save').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: NUMBER })).toBeVisible();
  await expect(page.getByTestId('registered-banner')).toBeVisible();
  const panel = page.getByTestId('scan-panel');
  await expect(panel.getByTestId('scan-list').getByRole('listitem')).toHaveCount(1);
  const img = panel.getByTestId('scan-preview').locator('img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(40);
  expect(await img.getAttribute('src')).toMatch(/^blob:/);

  // After the save, on the record: another PNG goes in; the fake PDF does not.
  await panel
    .getByTestId('scan-input')
    .setInputFiles([{ name: 'page 2.png', mimeType: 'image/png', buffer: makePng(16, 16, [200, 30, 30]) }]);
  await expect(panel.getByTestId('scan-list').getByRole('listitem')).toHaveCount(2);
  await panel
    .getByTestId('scan-input')
    .setInputFiles([{ name: 'setup.pdf', mimeType: 'application/pdf', buffer: fakeExe() }]);
  await expect(panel.getByTestId('scan-refused')).toContainText(
    'Содержимое файла не соответствует ни одному из них',
  );
  await expect(panel.getByTestId('scan-list').getByRole('listitem')).toHaveCount(2);

  // A PDF is drawn by pdf.js on a canvas (no frame, no plugin: the same in Electron), page by page,
  // in its own worker from the app's origin: no CSP refusal, no fallback to pdf.js's fake worker.
  const pdfWarnings: string[] = [];
  page.on('console', (m) => {
    if (/content security policy|fake worker|pdf\.js|worker/i.test(m.text())) pdfWarnings.push(m.text());
  });
  await panel
    .getByTestId('scan-input')
    .setInputFiles([{ name: 'letter.pdf', mimeType: 'application/pdf', buffer: tinyPdf(2) }]);
  await expect(panel.getByTestId('scan-list').getByRole('listitem')).toHaveCount(3);
  const pdfButton = panel.getByRole('button', { name: 'letter.pdf' });
  await pdfButton.click();
  const viewer = panel.getByTestId('pdf-viewer');
  const canvas = viewer.getByTestId('pdf-canvas');
  await expect(panel.getByTestId('scan-preview').locator('iframe, embed, object')).toHaveCount(0);
  await expect(viewer.getByTestId('pdf-page')).toHaveText('Страница 1 из 2');
  await expect(canvas).not.toHaveAttribute('data-rendered', '0');
  const first = await canvasPixels(canvas);
  expect(first.inked).toBeGreaterThan(500);
  await expect(viewer.getByRole('button', { name: 'Предыдущая страница' })).toBeDisabled();

  // By keyboard: the page area takes the focus, → turns the page, + zooms, Esc hands the focus back.
  const area = viewer.getByRole('region', { name: 'Скан letter.pdf' });
  await area.focus();
  const rendered = Number(await canvas.getAttribute('data-rendered'));
  await page.keyboard.press('ArrowRight');
  await expect(viewer.getByTestId('pdf-page')).toHaveText('Страница 2 из 2');
  await expect(canvas).toHaveAttribute('data-rendered', String(rendered + 1));
  const second = await canvasPixels(canvas);
  expect(second.inked).toBeGreaterThan(500);
  expect(second.digest).not.toBe(first.digest);
  await expect(viewer.getByRole('button', { name: 'Следующая страница' })).toBeDisabled();
  const fitWidth = (await canvas.boundingBox())!.width;
  const fitZoom = (await viewer.getByTestId('pdf-zoom').textContent())!;
  await page.keyboard.press('+');
  await expect(viewer.getByTestId('pdf-zoom')).not.toHaveText(fitZoom);
  await expect(canvas).toHaveAttribute('data-rendered', String(rendered + 2));
  expect((await canvas.boundingBox())!.width).toBeGreaterThan(fitWidth);
  await page.keyboard.press('Escape');
  await expect(pdfButton).toBeFocused();
  // The buttons do the same as the keys.
  await viewer.getByRole('button', { name: 'По ширине' }).click();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeCloseTo(fitWidth, 0);
  // Fit to width follows the window: another window size lays the panel out anew, and the page
  // is redrawn to the page area's new width.
  const areaWidth = () => area.evaluate((el) => el.clientWidth);
  const before = await areaWidth();
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(areaWidth).not.toBe(before);
  await expect
    .poll(async () => Math.abs((await canvas.boundingBox())!.width - ((await areaWidth()) - 2)))
    .toBeLessThan(2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await viewer.getByRole('button', { name: 'Предыдущая страница' }).click();
  await expect(viewer.getByTestId('pdf-page')).toHaveText('Страница 1 из 2');
  expect(pdfWarnings).toEqual([]);

  // The size limit is the administrator's setting, and the message says it.
  await desk.value('mailroom.settings.set', { scanMaxBytes: 1024 * 1024 }, desk.adminSession);
  await page.reload();
  await panel.getByTestId('scan-input').setInputFiles([
    {
      name: 'big.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([makePng(4, 4, [0, 0, 0]), Buffer.alloc(1536 * 1024)]),
    },
  ]);
  await expect(panel.getByTestId('scan-refused')).toContainText(
    'Файл больше допустимых 1 МБ для одного скана',
  );
  await expect(panel.getByTestId('scan-list').getByRole('listitem')).toHaveCount(3);

  // The core refuses it too, whatever the page does.
  const id = Number(page.url().split('/').pop());
  const r = await desk.call(
    'scans.add',
    { letterId: id, fileName: 'setup.pdf', dataBase64: fakeExe().toString('base64') },
    desk.adminSession,
  );
  expect(r.error?.code).toBe('SCAN_TYPE');
});

// ---------------------------------------------------------------------------------------------
// Outgoing register.

test('a reply is registered from the incoming letter, sent with an S10 number, and cancelled with a reason', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const letter = await register(desk, {
    sender: { name: 'Айгерім Сейтқали', address: 'Алматы қ., Абай даңғылы 10' },
    summary: 'Келісімді қайтарып алу',
  });
  await page.goto(`${desk.origin}/#/incoming/${letter.id}`);
  await page.getByTestId('register-reply').click();
  const form = page.getByTestId('outgoing-form');
  await expect(form.getByLabel(/^Адресат/).first()).toHaveValue('Айгерім Сейтқали');
  await expect(form.getByLabel('В ответ на (Вх. №)')).toHaveValue(letter.incomingNo);
  await expect(form.getByLabel('Язык', { exact: true })).toHaveValue('kk');
  await form.getByLabel(SUMMARY).fill('Келісімді қайтарып алу туралы хабарлама');
  await form.getByLabel('Подписал').fill('Әсел Әкімші');
  await form.getByLabel('Подписал').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^ИСХ-\d{4}-000001$/ })).toBeVisible();

  await page.getByTestId('status-action').click();
  const dialog = page.getByRole('dialog', { name: 'Отметить отправку' });
  await dialog.getByLabel('Трек-номер').fill('RR123456785KZ');
  await dialog.getByLabel('Трек-номер').press('Enter');
  await dialog.getByTestId('status-confirm').click();
  await expect(page.getByTestId('outgoing-facts')).toContainText('RR123456785KZ');
  await expect(page.locator('.page-lead')).toContainText('Отправлено');

  await page.getByRole('button', { name: 'Аннулировать', exact: true }).click();
  const cancel = page.getByRole('dialog', { name: /^Аннулировать ИСХ-/ });
  await cancel.getByLabel('Причина').fill('Ошибка в адресе');
  await cancel.getByTestId('cancel-confirm').click();
  await expect(page.locator('.page-lead')).toContainText('Аннулировано');

  // The incoming letter lists its reply.
  await page.goto(`${desk.origin}/#/incoming/${letter.id}`);
  await expect(page.getByRole('link', { name: /^ИСХ-\d{4}-000001$/ })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('outgoing-count')).toHaveText('1 запись');
});

// ---------------------------------------------------------------------------------------------
// Screenshots at the office screen size.

for (const lang of ['ru', 'kk'] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU' });
    test(`screenshots of the intake form and the incoming list (${lang})`, async ({ page, desk }) => {
      await page.addInitScript((l) => localStorage.setItem('privacy-desk.lang', l), lang);
      await desk.open(page);
      await register(desk, {
        trackingNumber: 'RR123456785KZ',
        sender: { name: 'Айгерім Сейтқали', iin: IIN, address: 'Алматы қ., Абай даңғылы 10, 25 пәтер' },
        summary: 'Келісімді қайтарып алу туралы өтініш',
        assignedTo: 'Әсел Әкімші',
      });
      await register(desk, {
        channel: 'courier',
        courierCompany: 'DHL',
        waybill: '1234567890',
        sender: { name: 'ТОО «Алатау Сервис»', iin: '220440001087' },
        summary: 'Жалоба на рассылку рекламных SMS-сообщений без согласия',
        language: 'ru',
      });
      await register(desk, {
        channel: 'by_hand',
        sender: { name: 'Иванов Пётр Сергеевич' },
        summary: 'Запрос о составе хранимых данных',
        language: 'ru',
      });
      mkdirSync(SHOTS, { recursive: true });

      await page.keyboard.press('Alt+2');
      await expect(page.getByTestId('incoming-table').getByRole('row')).toHaveCount(4);
      await page.screenshot({ path: path.join(SHOTS, `mailroom-${lang}-incoming.png`) });

      await page.keyboard.press('n');
      await expect(page.getByTestId('intake-form')).toBeVisible();
      await page.keyboard.type('RR123456789KZ');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Сейтқали Айгерім');
      await page.keyboard.press('Tab');
      await page.keyboard.type(IIN);
      await expect(page.getByTestId('tracking-duplicates')).toHaveCount(0);
      await page.screenshot({ path: path.join(SHOTS, `mailroom-${lang}-intake.png`) });
    });
  });
}
