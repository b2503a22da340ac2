// The UI bench (issue #18, item 5; `npm run bench -- --only ui`, never part of npm test): real
// Chromium on the headless shell over a seeded desk (electron/bench/ui.bench.ts seeds it and
// passes its folder in PD_BENCH_UI_DIR). Each figure is taken inside the page, from the keydown
// that starts the action to the first animation frame that shows its result, so Playwright's own
// round trips are not counted: keypress-to-saved for a keyboard intake, opening the incoming
// register and jumping to its end, a search typed in the header, and opening the dashboard.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ADMIN, bridge, expect, fillSignIn, startShell, stopShell, test } from '../e2e/fixtures';

const DIR = process.env.PD_BENCH_UI_DIR ?? '';
const OUT = process.env.PD_BENCH_UI_OUT ?? '';
const ROUNDS = Number(process.env.PD_BENCH_UI_ROUNDS ?? 20);

/** What the page must show for an action to count as done: an element whose text matches. */
interface Shown {
  selector: string;
  text: string;
}

/**
 * Arms a frame watcher in the page, runs the action, and returns the milliseconds from the
 * action's last keydown to the first frame where `shown` holds. `shown` must be false before.
 */
async function timeToFrame(page: Page, shown: Shown, act: () => Promise<void>): Promise<number> {
  await page.evaluate((s) => {
    const w = window as unknown as { __bench: { t0: number; t1: number } };
    w.__bench = { t0: 0, t1: 0 };
    const re = new RegExp(s.text);
    document.addEventListener('keydown', () => (w.__bench.t0 = performance.now()), { capture: true });
    const tick = (now: number) => {
      const el = document.querySelector(s.selector);
      if (w.__bench.t0 && el && re.test(el.textContent ?? '')) w.__bench.t1 = now;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, shown);
  await act();
  await page.waitForFunction(() => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number; t1: number } }).__bench;
    return b.t1 - b.t0;
  });
}

const samples: Record<string, number[]> = {};
const note = (name: string, ms: number) => (samples[name] ??= []).push(ms);

test('UI figures on a seeded desk', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  expect(DIR, 'PD_BENCH_UI_DIR: run this through `npm run bench -- --only ui`').not.toBe('');
  const { child, url } = await startShell(DIR);
  try {
    const { call } = bridge(url);
    const setup = await call('app.setup', { admin: ADMIN });
    expect(setup.ok, JSON.stringify(setup.error)).toBe(true);
    const session = (setup.value as { sessionToken: string }).sessionToken;
    const names = await call('intake.list', { limit: ROUNDS }, session);
    const senders = (names.value as { rows: { sender: { name: string } }[] }).rows.map((r) => r.sender.name);

    await page.addInitScript(() => localStorage.setItem('privacy-desk.lang', 'ru'));
    await page.goto(url);
    await fillSignIn(page, ADMIN);
    await expect(page.getByRole('navigation')).toBeVisible();

    for (let i = 0; i < ROUNDS; i++) {
      // Opening the dashboard from another page (Alt+1), until its deadline counts are drawn.
      await page.keyboard.press('Alt+3');
      await expect(page.getByTestId('deadline-board')).toHaveCount(0);
      note(
        'ui.dashboard.open',
        await timeToFrame(page, { selector: '[data-testid="deadline-overdue-count"]', text: '\\d' }, () =>
          page.keyboard.press('Alt+1'),
        ),
      );

      // Opening the incoming register (Alt+2) until a row shows a number (the register keeps its
      // place between visits, so not necessarily the first), then End.
      note(
        'ui.register.open',
        await timeToFrame(
          page,
          {
            selector: '[data-testid="incoming-table"] [role="row"]:not([aria-rowindex="1"])',
            text: 'ВХ-\\d{4}-\\d{6}',
          },
          () => page.keyboard.press('Alt+2'),
        ),
      );
      const table = page.getByTestId('incoming-table');
      // Rows show before the exact count when the list opens at its top: End needs the real end.
      await expect(page.getByTestId('incoming-count')).toHaveText(/^\d[\d\s]* запис/);
      const rows = await table.getAttribute('aria-rowcount');
      await table.focus();
      note(
        'ui.register.jump_to_end',
        await timeToFrame(
          page,
          { selector: `[data-testid="incoming-table"] [aria-rowindex="${rows}"]`, text: 'ВХ-\\d{4}-\\d{6}' },
          () => page.keyboard.press('End'),
        ),
      );

      // A surname typed in the header search, from Enter to the first result on screen.
      const surname = (senders[i % senders.length] ?? 'Иванов').split(/\s+/)[0]!.toLowerCase();
      await page.keyboard.press('Control+k');
      const box = page.getByTestId('header-search').getByRole('searchbox');
      await expect(box).toBeFocused();
      await box.fill('');
      await page.keyboard.type(surname);
      note(
        'ui.search.typed',
        await timeToFrame(page, { selector: '[data-testid="search-results"] a', text: '.' }, () =>
          page.keyboard.press('Enter'),
        ),
      );

      // A keyboard intake: the form opened with N and filled in, then Ctrl+Enter until the banner
      // shows the new number (what the clerk waits for after the last key).
      await page.keyboard.press('Alt+2');
      await expect(table).toBeVisible();
      await page.keyboard.press('n');
      const form = page.getByTestId('intake-form');
      await form.getByLabel(/^Отправитель/).fill(`Бенчмарк Отправитель ${i}`);
      await form.getByLabel(/^Краткое содержание/).fill(`Заявление ${i}`);
      await form.getByLabel(/^Краткое содержание/).focus();
      note(
        'ui.intake.keypress_to_saved',
        await timeToFrame(page, { selector: '[data-testid="registered-number"]', text: 'ВХ-' }, () =>
          page.keyboard.press('Control+Enter'),
        ),
      );
    }
  } finally {
    await stopShell(child);
    if (OUT) writeFileSync(OUT, JSON.stringify(samples));
  }
});
