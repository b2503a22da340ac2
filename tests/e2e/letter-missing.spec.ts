// Issue 19, item 3: a letter that lacks data says which field, in words, and where to fill it in.
// A subject without a postal address: the message names the address and its button opens the
// subject's details, where the address is then filled in and the letter made. No signatory or
// executor in the letterhead (only an administrator may set them): an officer is told to ask the
// administrator, an administrator gets a link to Settings → Letterhead.
import { expect, test, type Desk } from './fixtures';
import type { Page } from '@playwright/test';
import { LETTERHEAD } from './letter-fixtures';

const TEXT = {
  ru: {
    lang: 'Русский',
    address: 'Почтовый адрес адресата',
    addressLabel: 'Почтовый адрес',
    signatory: 'ФИО подписанта',
    executor: 'ФИО исполнителя',
    ask: 'Попросите администратора',
    letterhead: 'Бланк письма',
  },
  kk: {
    lang: 'Қазақша',
    address: 'Адресаттың пошталық мекенжайы',
    addressLabel: 'Пошта мекенжайы',
    signatory: 'Қол қоюшының аты-жөні',
    executor: 'Орындаушының аты-жөні',
    ask: 'Әкімшіден',
    letterhead: 'Хат бланкісі',
  },
} as const;

const SUBJECT = { name: 'Сейтқали Айдар Болатұлы', iin: '900115300122' };

/** An access request from a letter handed in by the subject, with or without a postal address. */
async function openRequest(desk: Desk, lang: 'kk' | 'ru', address?: string): Promise<string> {
  const s = desk.adminSession;
  const sender = { kind: 'person', ...SUBJECT, ...(address ? { address } : {}) };
  const letter = await desk.value<{ incomingNo: string }>(
    'intake.create',
    { channel: 'by_hand', sender, documentType: 'access', language: lang, summary: 'Өтініш', sheets: 1 },
    s,
  );
  const request = await desk.value<{ id: string }>(
    'requests.open',
    {
      type: 'access',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...SUBJECT, ...(address ? { address } : {}) },
    },
    s,
  );
  return request.id;
}

async function pickLanguage(page: Page, lang: 'kk' | 'ru'): Promise<void> {
  await page.getByRole('group').getByRole('button', { name: TEXT[lang].lang }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function generate(page: Page, desk: Desk, requestId: string) {
  await page.goto(`${desk.origin}/#/requests/${encodeURIComponent(requestId)}`);
  const card = page.getByTestId('request-reply-letters');
  await card.getByTestId('letter-generate').click();
  return card;
}

for (const lang of ['kk', 'ru'] as const) {
  const text = TEXT[lang];

  test(`${lang}: a subject without an address: the message names the address and opens the subject's details to fill it in`, async ({
    desk,
    page,
  }) => {
    await desk.open(page);
    await desk.value('letters.letterhead.save', LETTERHEAD, desk.adminSession);
    const id = await openRequest(desk, lang);
    await pickLanguage(page, lang);
    const card = await generate(page, desk, id);

    const missing = card.getByTestId('letter-missing');
    await expect(missing).toContainText(text.address);
    await expect(missing).not.toContainText('addressee.address');
    await expect(missing).not.toContainText('VALIDATION');
    const group = missing.locator('[data-place="request"]');
    await group.getByTestId('letter-missing-fix').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const address = dialog.getByLabel(text.addressLabel, { exact: true });
    await expect(address).toBeVisible();
    await address.fill('Алматы қ., Абай даңғылы 10, 25 пәтер');
    await dialog.getByTestId('edit-request-save').click();
    await expect(dialog).toHaveCount(0);

    await card.getByTestId('letter-generate').click();
    await expect(card.getByTestId('letter-generated')).toContainText(/ИСХ-\d{4}-\d{6}/);
    await expect(card.getByTestId('letter-missing')).toHaveCount(0);
  });

  test(`${lang}: no signatory in the letterhead: an officer is told to ask the administrator, an administrator gets a link to the letterhead`, async ({
    desk,
    page,
  }) => {
    await desk.open(page, { signIn: false });
    const officer = await desk.createUser('officer', { displayName: 'Мәди Офицер' });
    const id = await openRequest(desk, lang, 'Алматы қ., Абай даңғылы 10');

    await desk.signIn(page, officer);
    await pickLanguage(page, lang);
    let card = await generate(page, desk, id);
    let group = card.getByTestId('letter-missing').locator('[data-place="letterhead"]');
    await expect(group).toContainText(text.signatory);
    await expect(group).toContainText(text.executor);
    await expect(group).toContainText(text.ask);
    await expect(group).toContainText(text.letterhead);
    await expect(group.getByRole('link')).toHaveCount(0);
    await expect(card.getByTestId('letter-missing')).not.toContainText('signatory.');

    await page.getByTestId('signed-in-user').getByRole('button').last().click();
    await desk.signIn(page);
    await pickLanguage(page, lang);
    card = await generate(page, desk, id);
    group = card.getByTestId('letter-missing').locator('[data-place="letterhead"]');
    await expect(group).toContainText(text.signatory);
    await expect(group).not.toContainText(text.ask);
    await group.getByRole('link', { name: text.letterhead }).click();
    await expect(page).toHaveURL(/#\/settings\/letterhead$/);
    await expect(page.locator('main')).toContainText(text.letterhead);
  });
}
