import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LETTERHEAD, type Letterhead } from '../../common/letters/input';
import { LETTER_KINDS, LETTER_LANGS, type LetterKind, type LetterLang } from '../../common/letters/kinds';
import { prepareLetter, renderLetter } from '../../electron/letters/render';
import { shippedTemplate } from '../../electron/letters/shipped';
import { readZip, writeZip } from '../../electron/letters/zip';
import { letterInput } from '../helpers/letters-fixtures';
import { logoPng } from '../helpers/png';

const DIR = path.resolve(__dirname, '..', '..', 'resources', 'letters');
const tpl = (kind: LetterKind, lang: LetterLang) => shippedTemplate(kind, lang, DIR).template;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const WITH_LOGO: Letterhead = {
  ...DEFAULT_LETTERHEAD,
  phone: '+7 727 355 00 00',
  email: 'privacy@ibusiness.asia',
  logo: { base64: logoPng().toString('base64'), type: 'png', heightMm: 18, widthMm: 18 },
};

async function parts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    if (/\.(xml|rels)$/.test(name)) out.set(name, await f.async('string'));
  }
  return out;
}

describe('DOCX of every kind and language', () => {
  it.each(LETTER_KINDS.flatMap((k) => LETTER_LANGS.map((l) => [k, l] as const)))(
    '%s.%s: valid XML, no placeholder left',
    async (kind, lang) => {
      const docx = await renderLetter(letterInput(kind, lang), tpl(kind, lang));
      const xml = await parts(docx);
      expect([...xml.keys()]).toEqual(
        expect.arrayContaining([
          '[Content_Types].xml',
          'word/document.xml',
          'word/styles.xml',
          'docProps/core.xml',
        ]),
      );
      for (const [name, text] of xml) {
        expect(XMLValidator.validate(text), name).toBe(true);
        expect(text, name).not.toMatch(/\{\{|\}\}|\uE000|\uE001/);
      }
      // The words of the document, with Word's non-breaking hyphens as hyphens.
      const words = xml
        .get('word/document.xml')!
        .replace(/<w:noBreakHyphen\/>/g, '-')
        .replace(/<[^>]+>/g, '');
      expect(words).toContain('2026-000145');
      expect(words).toContain('2026-000123');
      expect(words).not.toContain('ИСХ-');
    },
  );
});

describe('page layout and fonts', () => {
  it('A4, margins 30/15/20/20 mm, page numbers from page 2, one font in every script slot, language tagged', async () => {
    const xml = await parts(await renderLetter(letterInput('refusal', 'kk'), tpl('refusal', 'kk')));
    const doc = xml.get('word/document.xml')!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc).toContain('<w:titlePg/>');
    const firstRef = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(doc)![1];
    const defaultRef = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(doc)![1];
    const rels = xml.get('word/_rels/document.xml.rels')!;
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    expect(xml.get(`word/${target(defaultRef!)}`)).toMatch(/PAGE/);
    expect(xml.get(`word/${target(firstRef!)}`)).not.toMatch(/PAGE/);
    const styles = xml.get('word/styles.xml')!;
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(styles).toContain('w:val="kk-KZ"');
    // No run overrides the font with another one.
    expect(doc.match(/w:rFonts [^>]*/g) ?? []).toEqual([]);
  });

  it('core properties carry the letter date, not the time it was rendered; every zip entry has one fixed time', async () => {
    const docx = await renderLetter(letterInput('acknowledgment', 'ru'), tpl('acknowledgment', 'ru'));
    const core = (await parts(docx)).get('docProps/core.xml')!;
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:modified>',
    );
    expect(core).toContain('2026-000145');
    expect(core).not.toContain('Сейтқали');
    const zip = await JSZip.loadAsync(docx);
    const dates = new Set(
      Object.values(zip.files).map(
        (f) =>
          `${f.date.getFullYear()}-${f.date.getMonth() + 1}-${f.date.getDate()} ${f.date.getHours()}:${f.date.getMinutes()}`,
      ),
    );
    expect([...dates]).toEqual(['2026-11-25 0:0']);
  });
});

describe('determinism', () => {
  it('the same input and template give byte-identical DOCX, with and without a logo, whatever was rendered in between', async () => {
    for (const lh of [DEFAULT_LETTERHEAD, WITH_LOGO]) {
      const a = await renderLetter(letterInput('access_answer', 'kk'), tpl('access_answer', 'kk'), lh);
      await renderLetter(letterInput('refusal', 'ru'), tpl('refusal', 'ru'), WITH_LOGO);
      // Years later: no clock may leak into the package.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(new Date('2031-06-01T08:00:00Z'));
        const b = await renderLetter(letterInput('access_answer', 'kk'), tpl('access_answer', 'kk'), lh);
        expect(sha(a)).toBe(sha(b));
      } finally {
        vi.useRealTimers();
      }
    }
  });

  it('numbering after rendering gives the same bytes as rendering with the number', async () => {
    const input = letterInput('withdrawal_confirmation', 'kk');
    const { outgoing, ...data } = input;
    const direct = await renderLetter(input, tpl('withdrawal_confirmation', 'kk'), WITH_LOGO);
    const prepared = await prepareLetter(data, tpl('withdrawal_confirmation', 'kk'), WITH_LOGO);
    expect(sha(prepared.finalize(outgoing!))).toBe(sha(direct));
    expect(sha(prepared.finalize({ ...outgoing!, number: 'ИСХ-2026-000146' }))).not.toBe(sha(direct));
    const composed = prepared.composedFor(outgoing!);
    expect(composed.reference.outgoing).toBe('Шығ. № 2026-000145');
    expect(composed.reference.dated).toBe('2026 жылғы 25 қараша');
  });

  it('the zip writer round-trips and is stable', () => {
    const entries = [
      { name: 'a.xml', data: Buffer.from('<a>'.repeat(500)) },
      { name: 'b.bin', data: Buffer.from([1, 2, 3]) },
      { name: 'word/empty.xml', data: Buffer.alloc(0) },
    ];
    const z1 = writeZip(entries, '2026-11-25');
    expect(writeZip(entries, '2026-11-25').equals(z1)).toBe(true);
    expect(readZip(z1)).toEqual(entries);
  });
});
