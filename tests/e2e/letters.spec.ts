// Reply letters from the request screen: a withdrawal confirmation generated for a decided request
// (its Исх. № from the outgoing register), previewed as a page in Kazakh, saved as a DOCX (a zip:
// "PK"), regenerated while still a draft (same number, new version), marked sent with a tracking
// number whose S10 check digit is wrong (confirmed), and found in the outgoing register.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LETTERHEAD } from '../../common/letters/input';
import { expect, test } from './fixtures';
import { AIGERIM, decidedWithdrawal } from './letter-fixtures';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');
test('generate a withdrawal confirmation on the request screen, preview it, save the DOCX, send it and find it in the outgoing register', async ({
  desk,
  page,
}) => {
  await desk.open(page);
  const request = await decidedWithdrawal(desk);
  await page.goto(`${desk.origin}/#/requests/${encodeURIComponent(request.id)}`);

  const card = page.getByTestId('request-reply-letters');
  const form = card.getByTestId('letter-generate-form');
  // The kind follows the decision; the language follows the request (the letter was in Kazakh).
  await expect(form.getByLabel('Письмо')).toHaveValue('withdrawal_confirmation');
  await expect(form.getByLabel('Язык')).toHaveValue('kk');
  await form.getByTestId('letter-generate').click();
  await expect(card.getByTestId('letter-generated')).toContainText(/ИСХ-\d{4}-\d{6}/);
  const generated = (await card.getByTestId('letter-generated').textContent()) ?? '';
  const outgoingNo = /ИСХ-\d{4}-\d{6}/.exec(generated)![0];

  // The list and the preview (opened on generating): Kazakh text and the Исх. №.
  const row = card.getByTestId('request-letter').filter({ hasText: outgoingNo });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'draft');
  await expect(row).toContainText('1');
  const preview = card.getByTestId('letter-preview-panel');
  await expect(preview.getByTestId('letter-page')).toBeVisible();
  // The number is printed without the register's prefix after «Шығ. №»; the date year first.
  await expect(preview.getByTestId('letter-outgoing-no')).toContainText(
    `Шығ. № ${outgoingNo.replace(/^ИСХ-/, '')}`,
  );
  await expect(preview.getByTestId('letter-reference')).toContainText(request.incomingNo.replace(/^ВХ-/, ''));
  await expect(preview.getByTestId('letter-reference')).toContainText(
    /\d{4} жылғы \d{1,2} [а-яәғқңөұүі]+дағы кір\. №/,
  );
  await expect(preview.getByTestId('letter-page')).toContainText(AIGERIM.name);
  await expect(preview.getByTestId('letter-page')).toContainText('Құрметті Айдар Болатұлы!');
  await expect(preview.getByTestId('letter-page')).toContainText('А. Б. Сейтқалиға');
  await expect(preview.getByTestId('letter-page')).toContainText('Д. Серікбаев');
  await expect(preview.getByTestId('letter-page')).toContainText(/[әғқңөұүі]/);
  await expect(preview.getByTestId('letter-page')).toHaveAttribute('lang', 'kk');
  await preview.getByTestId('letter-page').scrollIntoViewIfNeeded();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'letters-kk-preview.png') });

  // Save As: the DOCX through a Blob link, with the suggested file name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByTestId('letter-save-as').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  expect(download.suggestedFilename()).not.toContain(AIGERIM.name);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.length).toBeGreaterThan(2000);

  // Regenerate while a draft: same number, version 2, in Russian this time.
  await row.getByTestId('letter-regenerate').click();
  const regen = page.getByRole('dialog', { name: `Переформировать ${outgoingNo}` });
  await regen.getByLabel('Язык').selectOption('ru');
  await regen.getByTestId('regenerate-confirm').click();
  await expect(row).toContainText('версия 2');
  await expect(card.getByTestId('request-letter')).toHaveCount(1);
  await expect(preview.getByTestId('letter-outgoing-no')).toContainText(
    `Исх. № ${outgoingNo.replace(/^ИСХ-/, '')}`,
  );
  await expect(preview.getByTestId('letter-page')).toHaveAttribute('lang', 'ru');
  // A man by the IIN: «Уважаемый», first name and patronymic; the address block in the dative.
  await expect(preview.getByTestId('letter-page')).toContainText('Уважаемый Айдар Болатұлы!');
  await expect(preview.getByTestId('letter-page')).toContainText('Сейтқали А. Б.');
  await expect(preview.getByTestId('letter-page')).not.toContainText('(-ая)');

  // Mark sent: a tracking number with a wrong check digit must be confirmed first.
  await row.getByTestId('letter-mark-sent').click();
  const sent = page.getByRole('dialog', { name: `${outgoingNo} отправлено` });
  await sent.getByTestId('mark-sent-tracking').getByRole('textbox').fill('RR123456784KZ');
  await sent.getByTestId('mark-sent-confirm').click();
  await expect(sent.getByTestId('mark-sent-tracking')).toContainText(/контрольная цифра/i);
  await expect(sent).toBeVisible();
  await sent.getByTestId('mark-sent-tracking-confirm').check();
  await sent.getByTestId('mark-sent-confirm').click();
  await expect(sent).toHaveCount(0);
  await expect(row).toHaveAttribute('data-status', 'sent');
  await expect(row).toContainText('RR123456784KZ');
  await expect(row.getByTestId('letter-regenerate')).toHaveCount(0);

  // The outgoing register lists it with its Исх. №.
  await row.getByTestId('letter-outgoing-link').click();
  await expect(page.locator('main[data-page="outgoing"]')).toContainText(outgoingNo);
  await page.goto(`${desk.origin}/#/outgoing`);
  await expect(page.locator('main[data-page="outgoing"]').getByText(outgoingNo)).toBeVisible();
});

test('a Russian letter asks for the addressee’s sex and dative when the request cannot tell, then generates', async ({
  desk,
  page,
}) => {
  await desk.open(page);
  const s = desk.adminSession;
  await desk.value(
    'letters.letterhead.save',
    {
      ...DEFAULT_LETTERHEAD,
      signatory: {
        kk: { name: 'Д. Серікбаев', position: 'Директор' },
        ru: { name: 'Д. Серикбаев', position: 'Директор' },
        en: { name: 'D. Serikbayev', position: 'Director' },
      },
      executor: { name: 'А. Нурланова', phone: '+7 727 355 00 01' },
    },
    s,
  );
  // No IIN, no patronymic: nothing tells the sex, and which word is the surname is not known.
  const sasha = { name: 'Ли Саша', address: 'г. Алматы, ул. Толе би, 5' };
  const letter = await desk.value<{ incomingNo: string }>(
    'intake.create',
    {
      channel: 'by_hand',
      sender: { kind: 'person', ...sasha },
      documentType: 'access',
      language: 'ru',
      summary: 'Запрос о доступе',
      sheets: 1,
    },
    s,
  );
  const request = await desk.value<{ id: string }>(
    'requests.open',
    { type: 'access', letters: [letter.incomingNo], requesterRole: 'subject', subject: sasha },
    s,
  );
  await page.goto(`${desk.origin}/#/requests/${encodeURIComponent(request.id)}`);
  const card = page.getByTestId('request-reply-letters');
  const form = card.getByTestId('letter-generate-form');
  await expect(form.getByLabel('Письмо')).toHaveValue('acknowledgment');
  await form.getByTestId('letter-generate').click();
  // «Уважаемый(-ая)» is never printed: the form asks instead, and nothing is numbered.
  await expect(form.getByRole('alert')).toContainText('пол адресата');
  await form.getByTestId('letter-gender').selectOption('F');
  await form.getByTestId('letter-generate').click();
  await expect(form.getByRole('alert')).toContainText('дательный падеж');
  await form.getByTestId('letter-dative').fill('Ли Саше');
  await form.getByTestId('letter-generate').click();
  await expect(card.getByTestId('letter-generated')).toContainText(/ИСХ-\d{4}-000001/);
  const preview = card.getByTestId('letter-preview-panel');
  await expect(preview.getByTestId('letter-page')).toContainText('Уважаемая Ли Саша!');
  await expect(preview.getByTestId('letter-page')).toContainText('Ли Саше');
});
