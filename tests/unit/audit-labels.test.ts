// Every audit action the core writes has words in Kazakh, Russian and English (the audit screen
// shows them instead of the stored code), and every family a computed action belongs to has a name.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outgoingStatusSchema } from '../../common/contract/mailroom';
import { SYNC_BREACH_EVENTS } from '../../common/sync/payloads';
import en from '../../renderer/src/i18n/en.json';
import kk from '../../renderer/src/i18n/kk.json';
import ru from '../../renderer/src/i18n/ru.json';

const ROOT = path.resolve(__dirname, '..', '..', 'electron');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'bench' ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const text = sources(ROOT).map((f) => readFileSync(f, 'utf8'));
const literal = new Set(text.flatMap((t) => [...t.matchAll(/action: '([a-z_.]+)'/g)].map((m) => m[1]!)));
const computed = new Set(text.flatMap((t) => [...t.matchAll(/action: `([a-z_]+)\.\$\{/g)].map((m) => m[1]!)));
const alternatives = new Set(
  text.flatMap((t) =>
    [...t.matchAll(/action: [^,\n]+\? '([a-z_.]+)' : '([a-z_.]+)'/g)].flatMap((m) => [m[1]!, m[2]!]),
  ),
);

/** The computed actions' events, from the lists they are written from. */
const requestSources = sources(path.join(ROOT, 'requests')).map((f) => readFileSync(f, 'utf8'));
const requestEvents = new Set(
  requestSources.flatMap((t) => [...t.matchAll(/event: '([a-z_]+)'/g)].map((m) => m[1]!)),
);
const computedCodes = [
  ...SYNC_BREACH_EVENTS.map((e) => `breach.${e}`),
  ...outgoingStatusSchema.shape.status.options.map((s) => `outgoing.${s}`),
];
/** Summaries that are a fixed phrase (sign-ins, keys, views): shown in words, never in English. */
const phrases = new Set(
  sources(ROOT)
    .filter((f) => !f.includes(`${path.sep}shell${path.sep}`)) // the shell writes letters, not audit entries
    .map((f) => readFileSync(f, 'utf8'))
    .flatMap((t) =>
      [...t.matchAll(/summary: (?:[^,\n]+\? '([a-z -]+)' : )?'([a-z -]+)'/g)].flatMap((m) =>
        [m[1], m[2]].filter((x): x is string => !!x),
      ),
    ),
);

describe('audit action labels', () => {
  it('finds the actions the core writes', () => {
    expect(literal.size).toBeGreaterThan(40);
    expect([...computed].sort()).toEqual(expect.arrayContaining(['breach', 'outgoing', 'request']));
  });

  for (const [lang, dict] of Object.entries({ kk, ru, en })) {
    it(`names every action in ${lang}`, () => {
      const codes = dict.auditActions.codes as Record<string, string>;
      const missing = [...literal, ...alternatives].filter((a) => !codes[a.replaceAll('.', '__')]);
      expect(missing).toEqual([]);
      const families = dict.auditActions.families as Record<string, string>;
      expect([...computed].filter((f) => !families[f])).toEqual([]);
      expect(computedCodes.filter((a) => !codes[a.replaceAll('.', '__')])).toEqual([]);
      const events = (dict.request as { event: Record<string, string> }).event;
      expect([...requestEvents].filter((e) => !events[e])).toEqual([]);
    });

    it(`puts every fixed summary in words in ${lang}`, () => {
      const words = dict.auditActions.summaries as Record<string, string>;
      expect(phrases.size).toBeGreaterThan(10);
      expect([...phrases].filter((p) => !words[p.replace(/[ -]/g, '_')])).toEqual([]);
    });
  }
});
