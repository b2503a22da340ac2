// The registers show the tracking number (issue #19, item 13): the incoming and outgoing lists
// have a tracking-number column, headed in the window's language, so a clerk matches a returned
// envelope without opening each entry.
import { expect, test } from './fixtures';

const HEADER = { kk: 'Трек-нөмір', ru: 'Трек-номер' } as const;

for (const lang of ['kk', 'ru'] as const) {
  test(`incoming and outgoing lists have a tracking-number column (${lang})`, async ({ desk, page }) => {
    await page.addInitScript((l) => localStorage.setItem('privacy-desk.lang', l), lang);
    await desk.open(page);
    const s = desk.adminSession;
    await desk.value(
      'intake.create',
      {
        channel: 'registered_mail',
        trackingNumber: 'RR123456785KZ',
        sender: { kind: 'person', name: 'Жұмабаев Ерлан Серікұлы' },
        documentType: 'other',
        language: lang,
        summary: 'Өтініш',
        sheets: 1,
      },
      s,
    );
    await desk.value(
      'outgoing.create',
      {
        addressee: { name: 'Жұмабаев Ерлан Серікұлы' },
        summary: 'Жауап',
        method: 'registered_mail',
        trackingNumber: 'EE123456785KZ',
      },
      s,
    );

    for (const [hash, table, tracking] of [
      ['#/incoming', 'incoming-table', 'RR123456785KZ'],
      ['#/outgoing', 'outgoing-table', 'EE123456785KZ'],
    ] as const) {
      await page.goto(`${desk.origin}/${hash}`);
      const grid = page.getByTestId(table);
      await expect(grid.getByRole('columnheader', { name: HEADER[lang] })).toBeVisible();
      await expect(grid.getByRole('row').filter({ hasText: tracking })).toHaveCount(1);
      await expect(grid.getByText(tracking, { exact: true })).toBeVisible();
    }
  });
}
