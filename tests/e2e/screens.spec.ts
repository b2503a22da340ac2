// Every screen, as office staff see it: in Kazakh, Russian and English, at 1366×768 (the office
// laptops) and 1920×1080. Two checks per screen:
// - layout: no visible text clipped in headings, buttons, labels, table headers, form fields and
//   the status bar. An element whose text is cut must carry its full text as a tooltip (title) —
//   the intentionally truncated register cells do; the status bar stays on one line;
// - accessibility: axe-core finds no critical and no serious violation.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { letter, openRequest } from './dashboard-fixtures';
import { expect, test, type Desk } from './fixtures';

const LANGS = ['kk', 'ru', 'en'] as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

interface Screen {
  name: string;
  hash: string;
}

/** Data for the record screens: a letter, its request, a reply and a breach. */
async function seed(desk: Desk): Promise<Screen[]> {
  const s = desk.adminSession;
  const l = await letter(desk, null, 'Отзыв согласия');
  const r = await openRequest(desk, l.incomingNo, 'withdrawal', { name: 'Жұмабаев Ерлан Серікұлы' });
  const out = await desk.value<{ id: number }>(
    'outgoing.create',
    { addressee: { name: 'Жұмабаев Ерлан Серікұлы' }, summary: 'Жауап', method: 'registered_mail' },
    s,
  );
  const screens: Screen[] = [
    { name: 'dashboard', hash: '#/dashboard' },
    { name: 'incoming list', hash: '#/incoming' },
    { name: 'intake form', hash: '#/incoming/new' },
    { name: 'incoming record', hash: `#/incoming/${l.id}` },
    { name: 'requests list', hash: '#/requests' },
    { name: 'request', hash: `#/requests/${r.id}` },
    { name: 'open request', hash: `#/requests/new/${l.id}` },
    { name: 'outgoing list', hash: '#/outgoing' },
    { name: 'outgoing form', hash: '#/outgoing/new' },
    { name: 'outgoing record', hash: `#/outgoing/${out.id}` },
    { name: 'search', hash: '#/search' },
    { name: 'reports', hash: '#/reports' },
    { name: 'audit', hash: '#/audit' },
    { name: 'settings', hash: '#/settings' },
    { name: 'calendar', hash: '#/settings/calendar' },
    { name: 'deadline rules', hash: '#/settings/deadlines' },
    { name: 'templates', hash: '#/settings/templates' },
    { name: 'letterhead', hash: '#/settings/letterhead' },
    { name: 'breaches', hash: '#/breaches' },
    { name: 'new breach', hash: '#/breaches/new' },
  ];
  return screens;
}

interface Clipped {
  tag: string;
  text: string;
  width: number;
  needs: number;
}

/** Elements whose own text does not fit and that say it nowhere else (no title on them or a parent). */
async function clippedText(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const out: Clipped[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      // A visually hidden label (1px, for screen readers) is not text anybody reads on screen.
      return r.width > 2 && r.height > 2 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    const textOf = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    // Said elsewhere: a tooltip on the element, an ancestor, or the one child that holds its text.
    const explained = (el: Element) =>
      !!el.closest('[title]') ||
      textOf(el.querySelector('[title]') ?? document.createElement('i')) === textOf(el);
    const selector = [
      'h1',
      'h2',
      'h3',
      'button',
      'label',
      'legend',
      'th',
      'td',
      '[role="columnheader"]',
      '[role="gridcell"]',
      '[role="cell"]',
      'dt',
      'dd',
      'nav a',
      '[role="contentinfo"] *',
      '[role="tab"]',
      'a.button',
    ].join(',');
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (!visible(el) || !textOf(el) || explained(el)) continue;
      const h = el as HTMLElement;
      // A cut: the content is wider than the box and the box hides the rest.
      const cs = getComputedStyle(h);
      const hides = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      if (hides && h.scrollWidth > h.clientWidth + 1)
        out.push({
          tag: h.tagName,
          text: textOf(h).slice(0, 60),
          width: h.clientWidth,
          needs: h.scrollWidth,
        });
    }
    // Form fields: the value (or the chosen option) must fit the box.
    for (const el of Array.from(document.querySelectorAll('input, select'))) {
      const f = el as HTMLInputElement | HTMLSelectElement;
      if (!visible(f) || explained(f)) continue;
      if (f instanceof HTMLInputElement && ['checkbox', 'radio', 'file', 'hidden'].includes(f.type)) continue;
      const cs = getComputedStyle(f);
      canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text =
        f instanceof HTMLSelectElement ? (f.selectedOptions[0]?.text ?? '') : f.value || f.placeholder;
      if (!text) continue;
      const pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
      // A select keeps room for its arrow; a date/time input for its picker button.
      const chrome =
        f instanceof HTMLSelectElement ? 20 : ['date', 'time', 'datetime-local'].includes(f.type) ? 24 : 0;
      const room = f.clientWidth - pad - chrome;
      const needs = canvas.measureText(text).width;
      if (needs > room + 1)
        out.push({
          tag: f.tagName,
          text: text.slice(0, 60),
          width: Math.round(room),
          needs: Math.round(needs),
        });
    }
    return out;
  });
}

const LANG_NAME = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** Picks the language the way staff do (it is remembered for the signed-in user). */
async function pickLanguage(page: Page, lang: (typeof LANGS)[number]): Promise<void> {
  await page.getByRole('group').getByRole('button', { name: LANG_NAME[lang] }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`every screen in ${lang} at ${size.width}×${size.height}: no clipped text, no serious a11y violation`, async ({
      page,
      desk,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      await desk.open(page);
      const screens = await seed(desk);
      await pickLanguage(page, lang);
      await expect(page.getByRole('main')).toBeVisible();
      const problems: string[] = [];
      for (const screen of screens) {
        await page.evaluate((h) => (window.location.hash = h), screen.hash);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expect(page.getByText(/^(Жүктелуде|Загрузка|Loading)/)).toHaveCount(0);
        for (const c of await clippedText(page))
          problems.push(`${screen.name}: ${c.tag} «${c.text}» ${c.width}px < ${c.needs}px`);
        const status = await page.getByRole('contentinfo').boundingBox();
        if (status && status.height > 40)
          problems.push(`${screen.name}: status bar wraps (${status.height}px)`);
        const axe = await new AxeBuilder({ page }).analyze();
        for (const v of axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious'))
          problems.push(
            `${screen.name}: axe ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target}`,
          );
      }
      expect(problems).toEqual([]);
    });
  }
}
