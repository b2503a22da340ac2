// Every letter of every kind, in Kazakh, Russian and English, rendered to DOCX and converted to
// PDF by LibreOffice (one soffice run for all files, with a private profile), then read back with
// pdftotext, pdfinfo and pdffonts: the words are there and spelled right, numbers and dates too,
// the page count is as expected, and one font family drew every glyph (no fallback font stepped
// in for a Kazakh letter). Needs LibreOffice and poppler-utils (.ci/run installs them; on the
// Windows release runner, Chocolatey's libreoffice-fresh and poppler, see .github/workflows/release.yml).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterText } from '../../common/letters/compose';
import { LABELS } from '../../common/letters/format';
import { DEFAULT_LETTERHEAD, type LetterInput, type Letterhead } from '../../common/letters/input';
import { LETTER_KINDS, LETTER_LANGS, type LetterKind, type LetterLang } from '../../common/letters/kinds';
import { composeFinal, renderLetter } from '../../electron/letters/render';
import { shippedTemplate } from '../../electron/letters/shipped';
import { letterInput, longAccessInput } from '../helpers/letters-fixtures';
import { logoPng } from '../helpers/png';
import { tmpDir } from '../helpers/tmpdb';

const DIR = path.resolve(__dirname, '..', '..', 'resources', 'letters');
const WITH_LOGO: Letterhead = {
  ...DEFAULT_LETTERHEAD,
  phone: '+7 727 355 00 00',
  email: 'privacy@ibusiness.asia',
  logo: { base64: logoPng().toString('base64'), type: 'png', heightMm: 18, widthMm: 18 },
};
const LONG_ROWS = 80;

interface Case {
  name: string;
  input: LetterInput & { outgoing: { number: string; date: string } };
  letterhead: Letterhead;
}

const CASES: Case[] = [
  ...LETTER_KINDS.flatMap((kind) =>
    LETTER_LANGS.map((lang) => ({
      name: `${kind}.${lang}`,
      input: letterInput(kind, lang) as Case['input'],
      letterhead: DEFAULT_LETTERHEAD,
    })),
  ),
  {
    name: 'logo.acknowledgment.kk',
    input: letterInput('acknowledgment', 'kk') as Case['input'],
    letterhead: WITH_LOGO,
  },
  {
    name: 'long.access_answer.ru',
    input: longAccessInput(LONG_ROWS) as Case['input'],
    letterhead: DEFAULT_LETTERHEAD,
  },
];

/**
 * LibreOffice: PRIVACY_DESK_SOFFICE, else `soffice` on PATH; on Windows its usual install folder
 * (the installer does not put it on PATH), as soffice.com, the console launcher that waits for
 * the conversion and passes its output through.
 */
function soffice(): string {
  if (process.env.PRIVACY_DESK_SOFFICE) return process.env.PRIVACY_DESK_SOFFICE;
  if (process.platform !== 'win32') return 'soffice';
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter((r): r is string => !!r);
  return (
    roots.map((r) => path.join(r, 'LibreOffice', 'program', 'soffice.com')).find((f) => existsSync(f)) ??
    'soffice'
  );
}

function run(cmd: string, args: string[], timeout = 30_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  if (r.error)
    throw new Error(
      `${cmd} could not run (${r.error.message}); letter tests need LibreOffice and poppler: ` +
        'apt-get install -y libreoffice-writer-nogui poppler-utils (Debian) or choco install libreoffice-fresh poppler (Windows)',
    );
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/**
 * Text with white space and hyphens removed: line wraps and justification differ by font, and
 * pdftotext drops a hyphen a line ends with («Аль-» / «Фараби» → «АльФараби»). Numbers with their
 * hyphens are checked on the raw text; they never break (non-breaking hyphens).
 */
const squash = (s: string) => s.replace(/[\s\u00A0\u2011-]+/g, '');

const pdf = (dir: string, name: string) => path.join(dir, `${name}.pdf`);
const textOf = (dir: string, name: string, page?: number) =>
  run('pdftotext', [
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    '-enc',
    'UTF-8',
    pdf(dir, name),
    '-',
  ]).replace(/\u00A0/g, ' ');
const pagesOf = (dir: string, name: string) =>
  Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf(dir, name)]))![1]);
/**
 * Font families in the PDF, without subset prefixes and style suffixes (LiberationSerif-Bold →
 * LiberationSerif). On Windows LibreOffice uses Times New Roman itself, whose PostScript names
 * carry Monotype's "MT" after the style (TimesNewRomanPSMT, TimesNewRomanPS-BoldMT): dropped too.
 */
const familiesOf = (dir: string, name: string) =>
  new Set(
    run('pdffonts', [pdf(dir, name)])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) =>
        l
          .split(/\s+/)[0]!
          .replace(/^[A-Z]{6}\+/, '')
          .replace(/MT$/, '')
          .replace(/[-,](Bold|Italic|BoldItalic|Regular|Oblique|BoldOblique)$/, ''),
      ),
  );

const DATES: Record<LetterLang, { outgoing: string; incoming: string }> = {
  kk: { outgoing: '2026 жылғы 25 қараша', incoming: '2026 жылғы 23 қараша' },
  ru: { outgoing: '25 ноября 2026 г.', incoming: '23 ноября 2026 г.' },
  en: { outgoing: '25 November 2026', incoming: '23 November 2026' },
};

describe('letters through LibreOffice', () => {
  let dir: string;

  beforeAll(async () => {
    dir = tmpDir('pd-letters-pdf-');
    const files: string[] = [];
    for (const c of CASES) {
      const t = shippedTemplate(c.input.kind, c.input.lang, DIR).template;
      const file = path.join(dir, `${c.name}.docx`);
      writeFileSync(file, await renderLetter(c.input, t, c.letterhead));
      files.push(file);
    }
    const profile = path.join(dir, 'lo-profile');
    mkdirSync(profile);
    // One soffice run converts them all (starting LibreOffice is most of the time).
    // A file: URL built for the platform: file:///C:/Users/… on Windows, not file://C:\Users\….
    run(
      soffice(),
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      240_000,
    );
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(LETTER_KINDS.flatMap((k) => LETTER_LANGS.map((l) => [k, l] as [LetterKind, LetterLang])))(
    '%s.%s: every paragraph, number and date is in the PDF, spelled right',
    (kind, lang) => {
      const name = `${kind}.${lang}`;
      const input = letterInput(kind, lang) as Case['input'];
      const text = textOf(dir, name);
      const flat = squash(text);
      // The whole letter as the composer wrote it, line by line.
      const composed = composeFinal(input, shippedTemplate(kind, lang, DIR).template, DEFAULT_LETTERHEAD);
      // Signature and executor are laid out in columns: their parts are checked one by one.
      const { signatory, executor } = composed;
      const laidOut = new Set([`${signatory.position} ${signatory.name}`]);
      const lines = letterText(composed)
        .split('\n')
        .filter((l) => !laidOut.has(l) && !l.startsWith(`${LABELS[lang].executor}:`));
      const tableCells = composed.body
        .concat(composed.annex?.body ?? [])
        .flatMap((b) => (b.type === 'table' ? [...b.columns.map((c) => c.header), ...b.rows.flat()] : []));
      for (const line of lines) {
        if (line.includes(' | ')) continue; // table rows: their cells are checked one by one
        expect(flat, `${name}: «${line}»`).toContain(squash(line));
      }
      for (const part of [
        signatory.position,
        signatory.name,
        `${LABELS[lang].executor}: ${executor.name}`,
        executor.phone,
      ]) {
        expect(flat, `${name}: «${part}»`).toContain(squash(part));
      }
      // pdftotext interleaves the lines of neighbouring table cells: each word of a cell must be there.
      for (const cell of tableCells)
        for (const word of cell.split(/\s+/)) expect(flat, `${name}: cell «${cell}»`).toContain(squash(word));

      // Printed without the register's prefix after «Исх. №» / «Шығ. №».
      expect(text).toContain('2026-000145');
      expect(text).toContain('2026-000123');
      expect(text).not.toMatch(/№\s*(ИСХ|ВХ)-/);
      expect(flat).toContain(squash(DATES[lang].outgoing));
      expect(flat).toContain(squash(DATES[lang].incoming));
      expect(text).toContain('220440001087');
      expect(text).toContain('«iBusiness (Зияткерлік Бизнес)» ЖШС');
      expect(text).toContain('ТОО «iBusiness (Интеллектуальный Бизнес)»');
      expect(text).not.toMatch(/\{\{|\}\}/);
      if (lang === 'kk') {
        for (const ch of 'әғқңөұүһіӘҚ') expect(text, `${name}: «${ch}»`).toContain(ch);
        if (kind !== 'authority_notice' && kind !== 'minor_deletion_notice')
          expect(text).toContain('Құрметті Зуһра Болатқызы!');
      }
      if (lang === 'ru' && kind !== 'authority_notice' && kind !== 'minor_deletion_notice')
        expect(text).toContain('Уважаемая Зуһра Болатқызы!');

      expect(pagesOf(dir, name), `${name} pages`).toBe(kind === 'access_answer' ? 2 : 1);
      const families = familiesOf(dir, name);
      expect(families.size, `${name} fonts: ${[...families].join(', ')}`).toBe(1);
    },
  );

  it('the annex starts on page 2, which is numbered; page 1 is not', () => {
    for (const lang of LETTER_LANGS) {
      const name = `access_answer.${lang}`;
      const page1 = textOf(dir, name, 1).trim();
      const page2 = textOf(dir, name, 2).trim();
      expect(page1.split('\n')[0]).not.toMatch(/^\d+$/);
      expect(page2.split('\n')[0]).toBe('2');
      expect(squash(page2)).toContain(squash('2026-000145'));
    }
  });

  it('a long annex runs over several pages, each numbered, every row printed', () => {
    const name = 'long.access_answer.ru';
    const pages = pagesOf(dir, name);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 2; p <= pages; p++)
      expect(textOf(dir, name, p).trim().split('\n')[0], `page ${p}`).toBe(String(p));
    const flat = squash(textOf(dir, name));
    for (let i = 1; i <= LONG_ROWS; i++) expect(flat).toContain(squash(`Операция № ${i}`));
    expect(familiesOf(dir, name).size).toBe(1);
  });

  it('a letterhead with a logo still fits one page and keeps one font', () => {
    const name = 'logo.acknowledgment.kk';
    expect(pagesOf(dir, name)).toBe(1);
    const text = textOf(dir, name);
    expect(text).toContain('privacy@ibusiness.asia');
    expect(text).toContain('Өтініштің қабылданғаны туралы');
    expect(familiesOf(dir, name).size).toBe(1);
    const images = run('pdfimages', ['-list', pdf(dir, name)])
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(images.length).toBe(1);
    // The whole emblem is drawn, not clipped by the line height: count its blue pixels on the page.
    run('pdftoppm', [
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf(dir, name),
      path.join(dir, 'logo-page'),
    ]);
    const ppm = readFileSync(path.join(dir, 'logo-page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
    const pixels = ppm.subarray(header[0].length);
    let blue = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3)
      if (pixels[i]! < 90 && pixels[i + 1]! < 130 && pixels[i + 2]! > 110) blue++;
    const diameterPx = (18 / 25.4) * 60;
    const expected = Math.PI * (diameterPx / 2) ** 2 * (1 - (0.8 ** 2 - 0.72 ** 2));
    expect(blue).toBeGreaterThan(expected * 0.8);
    expect(blue).toBeLessThan(expected * 1.25);
  });
});
