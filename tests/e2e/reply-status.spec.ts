// Issue 19, item 7: an incoming letter whose reply is still a draft is not «Дан ответ»: the record
// and the register say the reply is being prepared until the reply is sent.
import { expect, test } from './fixtures';

const TEXT = {
  ru: { lang: 'Русский', replying: 'Готовится ответ', answered: 'Дан ответ' },
  kk: { lang: 'Қазақша', replying: 'Жауап дайындалуда', answered: 'Жауап берілді' },
} as const;

for (const lang of ['ru', 'kk'] as const) {
  test(`${lang}: a letter with a draft reply shows the reply being prepared, and «answered» once it is sent`, async ({
    page,
    desk,
  }) => {
    const text = TEXT[lang];
    await desk.open(page);
    const s = desk.adminSession;
    const letter = await desk.value<{ id: number; incomingNo: string }>(
      'intake.create',
      { channel: 'by_hand', language: lang, sender: { name: 'Айгерім Сейтқали' }, summary: 'Өтініш' },
      s,
    );
    const reply = await desk.value<{ id: number; status: string }>(
      'outgoing.create',
      {
        addressee: { name: 'Айгерім Сейтқали' },
        summary: 'Жауап',
        method: 'by_hand',
        inReplyTo: letter.incomingNo,
      },
      s,
    );
    expect(reply.status).toBe('draft');

    await page.getByRole('group').getByRole('button', { name: text.lang }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), letter.id);
    const main = page.locator('main');
    await expect(main.locator('.mr-badge').first()).toHaveText(text.replying);
    await expect(main).not.toContainText(text.answered);

    await page.evaluate(() => (window.location.hash = '#/incoming'));
    const row = page.getByTestId('incoming-table').getByRole('row').nth(1);
    await expect(row).toContainText(text.replying);

    await desk.value('outgoing.setStatus', { id: reply.id, status: 'sent' }, s);
    await page.reload();
    await expect(page.getByTestId('incoming-table').getByRole('row').nth(1)).toContainText(text.answered);
    await page.evaluate((id) => (window.location.hash = `#/incoming/${id}`), letter.id);
    await expect(main.locator('.mr-badge').first()).toHaveText(text.answered);
  });
}
