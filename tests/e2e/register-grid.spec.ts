// The register grids as a keyboard clerk works them (issue #19, item 13): after Alt+2 / Alt+4 the
// list is at most 3 Tab presses away (it takes the focus itself, as in 1С), and its columns can be
// widened by dragging a heading's edge or with ← → on the edge's handle; each person's widths come
// back after a reload, per register.
import type { Locator, Page } from '@playwright/test';
import { ADMIN, expect, test, type Desk } from './fixtures';

const TEXT = {
  kk: {
    resize: (c: string) => `«${c}» бағанының енін өзгерту`,
    sender: 'Жіберуші',
    addressee: 'Алушы',
    reset: 'Баған енін қалпына келтіру',
  },
  ru: {
    resize: (c: string) => `Изменить ширину столбца «${c}»`,
    sender: 'Отправитель',
    addressee: 'Адресат',
    reset: 'Сбросить ширину столбцов',
  },
} as const;

async function entries(desk: Desk, lang: 'kk' | 'ru'): Promise<void> {
  const s = desk.adminSession;
  const name = 'Жұмабаев Ерлан Серікұлы';
  const letter = { channel: 'by_hand', documentType: 'other', language: lang, summary: 'Өтініш', sheets: 1 };
  await desk.value('intake.create', { ...letter, sender: { kind: 'person', name } }, s);
  await desk.value('outgoing.create', { addressee: { name }, summary: 'Жауап', method: 'by_hand' }, s);
}

async function open(page: Page, lang: 'kk' | 'ru', desk: Desk): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('privacy-desk.lang', l), lang);
  await desk.open(page);
  await entries(desk, lang);
}

async function width(l: Locator): Promise<number> {
  const box = await l.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.width;
}

/** Tabs (at most `max`) until the locator has the focus; returns how many presses it took. */
async function tabsTo(page: Page, target: Locator, max: number): Promise<number> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    if (i < max) await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  return max;
}

for (const lang of ['kk', 'ru'] as const) {
  test(`the register grids are at most 3 Tabs away after Alt+2 and Alt+4 (${lang})`, async ({
    page,
    desk,
  }) => {
    await open(page, lang, desk);
    for (const [key, id] of [
      ['Alt+2', 'incoming-table'],
      ['Alt+4', 'outgoing-table'],
      ['Alt+2', 'incoming-table'],
    ] as const) {
      await page.keyboard.press(key);
      const grid = page.getByTestId(id);
      await expect(grid).toHaveAttribute('role', 'grid');
      await expect(grid.getByRole('row')).toHaveCount(2);
      expect(await tabsTo(page, grid, 3)).toBeLessThanOrEqual(3);
      // One tab stop for the rows: the arrows move the active row, Shift+Tab goes back to the filters above.
      await page.keyboard.press('ArrowDown');
      await expect(grid).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      const filters = page.getByRole('search', { name: lang === 'kk' ? 'Сүзгілер' : 'Фильтры' });
      expect(await filters.evaluate((f) => f.contains(document.activeElement))).toBe(true);
    }
    // Tab from the filters is the list again, and N there opens the form (the clerk's habit).
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('incoming-table')).toBeFocused();
    await page.keyboard.press('n');
    await expect(page.getByTestId('intake-form')).toBeVisible();
  });

  test(`register columns resize by mouse and keyboard and keep their width after a reload (${lang})`, async ({
    page,
    desk,
  }) => {
    const t = TEXT[lang];
    await open(page, lang, desk);
    await page.keyboard.press('Alt+2');
    const grid = page.getByTestId('incoming-table');
    const heading = grid.getByRole('columnheader', { name: t.sender });
    const cell = grid.getByRole('row').nth(1).locator('.mr-col-sender');
    await expect(cell).toHaveText('Жұмабаев Ерлан Серікұлы');
    const before = await width(heading);
    await expect(page.getByRole('button', { name: t.reset })).toHaveCount(0);

    // Drag the heading's right edge 80 px to the right: the heading and the rows' cells widen.
    const handle = grid.getByRole('separator', { name: t.resize(t.sender) });
    await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(before)));
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const dragged = await width(heading);
    expect(Math.abs(dragged - (before + 80))).toBeLessThan(3);
    expect(Math.abs((await width(cell)) - dragged)).toBeLessThan(1);
    await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(dragged)));

    // Kept for this person and this register, after a reload too.
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('privacy-desk.columns')),
    );
    expect(stored).toEqual([`privacy-desk.columns.incoming.user.${ADMIN.username}`]);
    await page.reload();
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    await page.keyboard.press('Alt+2');
    await expect(cell).toHaveText('Жұмабаев Ерлан Серікұлы');
    expect(Math.abs((await width(heading)) - dragged)).toBeLessThan(1);

    // The keyboard: the handle takes the focus, → widens by 10 px, Shift+← narrows by 50.
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => width(heading)).toBeCloseTo(dragged + 20, 0);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => width(heading)).toBeCloseTo(dragged - 30, 0);
    await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(dragged - 30)));

    // The other register keeps its own widths; the keyboard resizes there as well.
    await page.keyboard.press('Alt+4');
    const out = page.getByTestId('outgoing-table');
    const addressee = out.getByRole('columnheader', { name: t.addressee });
    await expect(out.getByRole('row')).toHaveCount(2);
    const outBefore = await width(addressee);
    await out.getByRole('separator', { name: t.resize(t.addressee) }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => width(addressee)).toBeCloseTo(outBefore - 10, 0);

    // «Reset widths» gives the incoming register its usual columns back.
    await page.keyboard.press('Alt+2');
    await page.getByRole('button', { name: t.reset }).click();
    await expect.poll(() => width(heading)).toBeCloseTo(before, 0);
    await expect(page.getByRole('button', { name: t.reset })).toHaveCount(0);
    expect(
      await page.evaluate(
        (k) => localStorage.getItem(k),
        `privacy-desk.columns.incoming.user.${ADMIN.username}`,
      ),
    ).toBeNull();
  });
}
