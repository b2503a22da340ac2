// Every audit summary the core builds from a template (`registered ${no}: ${channel}, …`) has a
// shape on the audit screen, and every shape reads in words in Kazakh, Russian and English. A new
// template in electron/ without a shape, or a fragment no example shows, fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_SHAPES } from '../../renderer/src/features/audit/summary-shapes';
import { auditSummaryText } from '../../renderer/src/features/audit/action-label';
import en from '../../renderer/src/i18n/en.json';
import kk from '../../renderer/src/i18n/kk.json';
import ru from '../../renderer/src/i18n/ru.json';

const ROOT = path.resolve(__dirname, '..', '..', 'electron');
const SKIP = new Set(['bench', 'shell', 'migrations']); // timings, letters and SQL: no audit summaries

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return SKIP.has(name) ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

interface Template {
  file: string;
  skeleton: string;
  /** A whole summary (not a fragment joined to others) is matched from start to end. */
  whole: boolean;
}

/** Reads a template literal from its opening backtick; returns its skeleton and where it ends. */
function readTemplate(src: string, start: number, found: Template[], file: string) {
  let skeleton = '';
  let i = start + 1;
  while (src[i] !== '`') {
    if (src[i] === '\\') {
      skeleton += src.slice(i, i + 2);
      i += 2;
    } else if (src.startsWith('${', i)) {
      const inner: Template[] = [];
      i = skipExpression(src, i + 2, inner, file, '}') + 1;
      found.push(...inner.map((t) => ({ ...t, whole: false }))); // a fragment of this summary
      skeleton += '\u0000';
    } else skeleton += src[i++];
  }
  return { skeleton, end: i + 1 };
}

/** Skips an expression up to its closing character at depth 0, collecting the templates in it. */
function skipExpression(src: string, i: number, found: Template[], file: string, close: string): number {
  let depth = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (depth === 0 && close.includes(c)) return i;
    if (c === '`') {
      const before = src.slice(0, i).trimEnd().at(-1);
      const t = readTemplate(src, i, found, file);
      const after = src.slice(t.end).trimStart()[0];
      found.push({ file, skeleton: t.skeleton, whole: depth === 0 && before !== '+' && after !== '+' });
      i = t.end;
    } else if (c === "'" || c === '"') {
      i = src.indexOf(c, i + 1) + 1;
    } else {
      if ('([{'.includes(c)) depth++;
      if (')]}'.includes(c)) depth--;
      i++;
    }
  }
  return i;
}

/**
 * The templates a summary is built from: `summary: …`, the security settings' last argument and
 * what a `…Summary()` helper returns (the corrections' «ВХ-… corrected: …»).
 */
function summaryTemplates(): Template[] {
  const out: Template[] = [];
  for (const file of sources(ROOT)) {
    const src = readFileSync(file, 'utf8');
    const starts = [
      ...[...src.matchAll(/\bsummary:\s*/g)].map((m) => m.index + m[0].length),
      ...[...src.matchAll(/saveSetting\([^`]*?, (?=`)/g)].map((m) => m.index + m[0].length),
      ...[...src.matchAll(/function \w*Summary\b[^{]*\{[\s\S]{0,800}?\breturn (?=`)/g)].map(
        (m) => m.index + m[0].length,
      ),
    ];
    for (const at of starts) {
      const found: Template[] = [];
      skipExpression(src, at, found, path.relative(ROOT, file), ',;)}');
      out.push(...found.filter((t) => t.skeleton.includes('\u0000')));
    }
  }
  return out;
}

function skeletonRe(t: Template): RegExp {
  const body = t.skeleton
    .split('\u0000')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(t.whole ? `^${body}$` : body, 's');
}

const templates = summaryTemplates();
const translators: Record<string, TFunction> = {};

beforeAll(async () => {
  for (const [lng, dict] of Object.entries({ kk, ru, en })) {
    const i18n = createInstance();
    await i18n.init({
      lng,
      resources: { [lng]: { translation: dict } },
      interpolation: { escapeValue: false },
    });
    translators[lng] = i18n.t;
  }
});

/** Lists and searches, which action-label.ts says in words before the shapes. */
const LIST_EXAMPLES = [
  'searched by a full IIN; found: nothing',
  'searched by a full IIN; listed 1 of 1: 2026-0001',
  'listed 2: 2026-0001, 2026-0002',
];

/** Latin words a kk/ru summary may keep: stored numbers' parts, file types, hashes. */
const KEPT_LATIN = /^(?:SHA|application|pdf|xlsx|abcdef|YYYY)$/;

describe('audit summaries with values', () => {
  it('finds the templates the core writes', () => {
    expect(templates.length).toBeGreaterThan(50);
    const skeletons = templates.map((t) => t.skeleton);
    expect(skeletons).toContain('role \u0000 -> \u0000');
    expect(skeletons).toContain('\u0000 corrected: \u0000');
  });

  it('has a shape for every template and every fragment', () => {
    const examples = [...SUMMARY_SHAPES.map((s) => s.example), ...LIST_EXAMPLES];
    const missing = templates
      .filter((t) => !examples.some((e) => skeletonRe(t).test(e)))
      .map((t) => `${t.file}: ${t.skeleton.replaceAll('\u0000', '${…}')}`);
    expect(missing).toEqual([]);
  });

  it('matches each example with its own shape first', () => {
    for (const s of SUMMARY_SHAPES) {
      const first = SUMMARY_SHAPES.find((o) => o.re.test(s.example));
      expect(first?.key, s.example).toBe(s.key);
    }
  });

  for (const lng of ['kk', 'ru', 'en']) {
    it(`says every example in words in ${lng}`, () => {
      const t = translators[lng]!;
      for (const s of SUMMARY_SHAPES) {
        const text = auditSummaryText(t, s.example, lng);
        expect(text, s.key).not.toBe(s.example);
        expect(text, s.key).not.toMatch(/\{\{|auditActions|undefined/);
        if (lng === 'en') continue;
        const latin = (text.match(/[A-Za-z_]{3,}/g) ?? []).filter((w) => !KEPT_LATIN.test(w));
        expect(latin, `${s.key}: ${text}`).toEqual([]);
      }
    });
  }

  it('puts coded values in words: channel, role, dates', () => {
    const t = translators.ru!;
    expect(auditSummaryText(t, 'registered ВХ-2026-00001: by_hand, kk, 2 sheet(s), 1 scan(s)', 'ru')).toBe(
      'Зарегистрировано ВХ-2026-00001: Нарочно, язык: Казахский, листов: 2, сканов: 1',
    );
    expect(auditSummaryText(t, 'role clerk -> officer', 'ru')).toBe(
      'Роль: Сотрудник канцелярии → Специалист по персональным данным',
    );
    expect(
      auditSummaryText(
        t,
        'due 2026-03-13 → 2026-03-16, statutory 2026-03-13 → 2026-03-16 (calendar or rules changed)',
        'ru',
      ),
    ).toContain('Срок 13.03.2026 → 16.03.2026');
  });
});
