// The renderer's translations: Kazakh, Russian and English must carry the same keys, none empty,
// an errors.<CODE> message for every error code that can reach the renderer, and every key the
// components use literally.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { CONTRACT, ROLES } from '../../common/contract';
import { ERROR_CODES } from '../../common/errors';
import { SYNC_STATES } from '../../common/sync/status';
import en from '../../renderer/src/i18n/en.json';
import kk from '../../renderer/src/i18n/kk.json';
import ru from '../../renderer/src/i18n/ru.json';
import { authErrorText } from '../../renderer/src/auth/auth-errors';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'renderer', 'src');
const LANGS = { kk, ru, en } as const;
type Lang = keyof typeof LANGS;

/** Codes that do not come from common/errors.ts: the HTTP bridge's refusals and the renderer's own. */
const TRANSPORT_CODES = [
  'UNAUTHORIZED',
  'FORBIDDEN',
  'FOREIGN_HOST',
  'FOREIGN_ORIGIN',
  'METHOD_NOT_ALLOWED',
  'TOO_LARGE',
  'NETWORK',
  'UNKNOWN',
];

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leaves(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const LEAVES = Object.fromEntries(Object.entries(LANGS).map(([l, r]) => [l, leaves(r)])) as Record<
  Lang,
  Map<string, unknown>
>;

/** Keys with plural suffixes folded into their base key (languages need different plural forms). */
function baseKeys(lang: Lang): Set<string> {
  return new Set([...LEAVES[lang].keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

function has(lang: Lang, key: string): boolean {
  return LEAVES[lang].has(key) || LEAVES[lang].has(`${key}_other`);
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(SRC, f));
}

describe('translations', () => {
  it('every key in any language exists in all three', () => {
    const all = new Set(Object.keys(LANGS).flatMap((l) => [...baseKeys(l as Lang)]));
    for (const lang of Object.keys(LANGS) as Lang[]) {
      const mine = baseKeys(lang);
      const missing = [...all].filter((k) => !mine.has(k));
      expect(missing, `missing in ${lang}.json`).toEqual([]);
    }
  });

  it('every plural key has the forms each language needs', () => {
    for (const lang of Object.keys(LANGS) as Lang[]) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plural = new Set(
        [...LEAVES[lang].keys()]
          .filter((k) => PLURAL_SUFFIX.test(k))
          .map((k) => k.replace(PLURAL_SUFFIX, '')),
      );
      for (const base of plural) {
        for (const c of categories)
          expect(LEAVES[lang].has(`${base}_${c}`), `${lang}: ${base}_${c}`).toBe(true);
      }
    }
  });

  it('no value is empty, and every value is a string', () => {
    for (const [lang, map] of Object.entries(LEAVES)) {
      for (const [key, value] of map) {
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('interpolations ({{name}}) are the same in every language', () => {
    for (const [key, value] of LEAVES.en) {
      if (PLURAL_SUFFIX.test(key)) continue;
      for (const lang of ['kk', 'ru'] as const) {
        expect(placeholders(String(LEAVES[lang].get(key))), `${lang}: ${key}`).toEqual(
          placeholders(String(value)),
        );
      }
    }
  });

  it('has errors.<CODE> for every error code that can reach the renderer', () => {
    for (const code of [...ERROR_CODES, ...TRANSPORT_CODES]) {
      for (const lang of Object.keys(LANGS) as Lang[])
        expect(has(lang, `errors.${code}`), `${lang}: errors.${code}`).toBe(true);
    }
  });

  it('Kazakh uses Kazakh letters; Russian has none of them', () => {
    const kkText = [...LEAVES.kk.values()].join(' ');
    const ruText = [...LEAVES.ru.values()].join(' ');
    for (const letter of 'әғқңөұүі') expect(kkText, `kk.json has no "${letter}"`).toContain(letter);
    expect(ruText).not.toMatch(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/);
  });

  it('every literal key used in renderer/src exists in en.json', () => {
    const namespaces = Object.keys(en).join('|');
    const literal = new RegExp(`['"\`]((?:${namespaces})\\.[A-Za-z0-9_.]+)['"\`]`, 'g');
    const tCall = /\bt\(\s*['"]([^'"]+)['"]/g;
    const used = new Map<string, string>();
    for (const file of sourceFiles()) {
      // Comments may show example keys; contract call names ('app.state') look like keys too.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const re of [literal, tCall]) {
        for (const m of text.matchAll(re))
          if (!(m[1]! in CONTRACT)) used.set(m[1]!, path.relative(ROOT, file));
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !has('en', key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has the keys that components build from parts (nav.<page>, pages.<page>.*, about.shells.*, status.syncState.*, roles.*, audit chain reasons)', () => {
    const registry = readFileSync(path.join(SRC, 'app', 'pages', 'registry.ts'), 'utf8');
    const pages = [...registry.matchAll(/id: '([a-z]+)'/g)].map((m) => m[1]!);
    expect(pages).toEqual([
      'dashboard',
      'incoming',
      'requests',
      'outgoing',
      'search',
      'reports',
      'audit',
      'settings',
      'breaches',
    ]);
    for (const lang of Object.keys(LANGS) as Lang[]) {
      for (const p of pages) expect(has(lang, `nav.${p}`), `${lang}: nav.${p}`).toBe(true);
      for (const s of ['electron', 'headless']) expect(has(lang, `about.shells.${s}`)).toBe(true);
      for (const s of SYNC_STATES)
        expect(has(lang, `status.syncState.${s}`), `${lang}: status.syncState.${s}`).toBe(true);
      for (const r of ROLES) expect(has(lang, `roles.${r}`), `${lang}: roles.${r}`).toBe(true);
      for (const r of ['hash_mismatch', 'chain_break', 'gap'])
        expect(has(lang, `pages.audit.brokenReason.${r}`), `${lang}: pages.audit.brokenReason.${r}`).toBe(
          true,
        );
    }
  });
});

describe('sign-in messages', () => {
  const i18n = createInstance();
  void i18n.init({
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    lng: 'ru',
    initAsync: false,
    interpolation: { escapeValue: false },
  });

  it('counts the attempts left in each language’s plural forms', () => {
    const ruT = i18n.getFixedT('ru');
    const fail = (n: number) => ({
      code: 'AUTH_FAILED' as const,
      messageKey: 'errors.AUTH_FAILED',
      details: { attemptsLeft: n },
    });
    expect(authErrorText(ruT, 'ru', fail(4))).toContain('Осталось 4 попытки');
    expect(authErrorText(ruT, 'ru', fail(1))).toContain('Осталась 1 попытка');
    expect(authErrorText(i18n.getFixedT('en'), 'en', fail(1))).toContain('1 more attempt before');
    expect(authErrorText(i18n.getFixedT('kk'), 'kk', fail(2))).toContain('2 әрекет қалды');
  });

  it('says until when (Almaty time) an account is locked', () => {
    // 13:05 UTC is 18:05 in Almaty.
    const locked = {
      code: 'ACCOUNT_LOCKED' as const,
      messageKey: 'errors.ACCOUNT_LOCKED',
      details: { until: '2025-06-06T13:05:00Z' },
    };
    const sameDay = new Date('2025-06-06T12:00:00Z');
    expect(authErrorText(i18n.getFixedT('ru'), 'ru', locked, sameDay)).toBe(
      'Слишком много неверных паролей: учётная запись заблокирована до 18:05 (время Алматы).',
    );
    expect(authErrorText(i18n.getFixedT('en'), 'en', locked, new Date('2025-06-05T12:00:00Z'))).toContain(
      'locked until 06.06.2025 18:05 (Almaty time)',
    );
  });
});
