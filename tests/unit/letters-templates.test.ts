import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdError } from '../../common/errors';
import { composeLetter, letterText } from '../../common/letters/compose';
import { formatLetterDate, honorific } from '../../common/letters/format';
import { DEFAULT_LETTERHEAD, letterInputSchema } from '../../common/letters/input';
import { LETTER_KIND_INFO, LETTER_KINDS, LETTER_LANGS } from '../../common/letters/kinds';
import {
  checkTemplate,
  parseTemplateSource,
  tokenizeText,
  type TemplateProblem,
} from '../../common/letters/template';
import { letterBody, letterInput } from '../helpers/letters-fixtures';

const DIR = path.resolve(__dirname, '..', '..', 'resources', 'letters');
const source = (kind: string, lang: string) => readFileSync(path.join(DIR, `${kind}.${lang}.yaml`), 'utf8');
const codes = (problems: TemplateProblem[]) => problems.map((p) => p.code);
const OUT = { number: 'ИСХ-2026-000145', dateText: '2026 жылғы 25 қараша' };

function problemsOf(src: string, expect?: Parameters<typeof parseTemplateSource>[1]): TemplateProblem[] {
  const r = parseTemplateSource(src, expect);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

const MINIMAL = `kind: acknowledgment
lang: ru
title: О получении обращения
summary: Уведомление о получении обращения
salutation: "{{addressee.honorific}} {{addressee.salutationName}}!"
body:
  - Ваше обращение поступило {{incoming.date}} (вх. № {{incoming.number}}).
`;

describe('shipped templates', () => {
  it('there is one for every kind in Kazakh, Russian and English, and nothing else', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    const expected = LETTER_KINDS.flatMap((k) => LETTER_LANGS.map((l) => `${k}.${l}.yaml`)).sort();
    expect(files).toEqual(expected);
  });

  it.each(LETTER_KINDS.flatMap((k) => LETTER_LANGS.map((l) => [k, l] as const)))(
    '%s.%s parses with no problems',
    (kind, lang) => {
      const r = parseTemplateSource(source(kind, lang), { kind, lang });
      expect(r.ok ? [] : r.problems).toEqual([]);
      if (r.ok) for (const p of LETTER_KIND_INFO[kind].required) expect(r.placeholders).toContain(p);
    },
  );

  it('Kazakh templates are written with Kazakh letters, not look-alike Latin or Russian substitutes', () => {
    for (const kind of LETTER_KINDS) {
      const src = source(kind, 'kk');
      expect(src, kind).toMatch(/[әғқңөұүі]/);
      // Latin look-alikes inside Cyrillic words (a common copy-paste fault): "қaзақ" with a Latin a.
      expect(src.match(/[а-яәғқңөұүһі][aeopcxiy][а-яәғқңөұүһі]/gi) ?? [], kind).toEqual([]);
    }
  });
});

describe('template checks list every problem', () => {
  it('accepts a minimal valid template', () => {
    const r = parseTemplateSource(MINIMAL, { kind: 'acknowledgment', lang: 'ru' });
    expect(r.ok).toBe(true);
  });

  it('an unknown placeholder is named', () => {
    const p = problemsOf(MINIMAL.replace('{{incoming.date}}', '{{incoming.data}}'));
    expect(p).toContainEqual(
      expect.objectContaining({ code: 'unknown_placeholder', placeholder: 'incoming.data', path: 'body[0]' }),
    );
    // …and since incoming.date is now unused, it is missing too.
    expect(p).toContainEqual(
      expect.objectContaining({ code: 'missing_placeholder', placeholder: 'incoming.date' }),
    );
  });

  it('a required placeholder that is not used is named', () => {
    const p = problemsOf(MINIMAL.replace(' (вх. № {{incoming.number}})', ''));
    expect(p).toEqual([
      expect.objectContaining({ code: 'missing_placeholder', placeholder: 'incoming.number' }),
    ]);
    const refusal = source('refusal', 'ru').replace(
      /\n {2}- list: decision\.reasons\n {4}style: numbered/,
      '',
    );
    expect(problemsOf(refusal)).toContainEqual(
      expect.objectContaining({ code: 'missing_placeholder', placeholder: 'decision.reasons' }),
    );
  });

  it('unbalanced braces are found wherever they are', () => {
    // «{{incoming.date}» is one mistake, reported once.
    expect(codes(problemsOf(MINIMAL.replace('{{incoming.date}}', '{{incoming.date}')))).toEqual([
      'unbalanced_braces',
      'missing_placeholder',
    ]);
    expect(codes(problemsOf(MINIMAL.replace('{{incoming.date}}', '{incoming.date}}')))).toContain(
      'unbalanced_braces',
    );
    expect(codes(problemsOf(MINIMAL.replace('{{incoming.date}}', '{{incoming.date')))).toContain(
      'unbalanced_braces',
    );
    expect(
      codes(problemsOf(MINIMAL.replace('title: О получении обращения', 'title: О получении {обращения}'))),
    ).toContain('unbalanced_braces');
    const p = problemsOf(MINIMAL.replace('{{incoming.date}}', '{{ incoming date }}'));
    expect(p).toContainEqual(
      expect.objectContaining({ code: 'malformed_placeholder', placeholder: 'incoming date' }),
    );
  });

  it('all problems of a broken template come back at once, with where they are', () => {
    const broken = `kind: refusal
lang: kk
title: "{{subject.nme}} туралы"
summary: "{{subject.name}} бас тарту"
salutation: "Құрметті {{addressee.salutationName}!"
body:
  - "**Назар аударыңыз {{decision.reasons}}"
  - table: decision.reasons
    columns: [{ field: no, header: "№", width: 5 }]
  - table: data.items
    columns: [{ field: colour, header: Түсі, width: 5 }]
`;
    const p = problemsOf(broken, { kind: 'refusal', lang: 'kk' });
    expect(p).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'title', code: 'unknown_placeholder', placeholder: 'subject.nme' }),
        expect.objectContaining({
          path: 'summary',
          code: 'placeholder_not_allowed',
          placeholder: 'subject.name',
        }),
        expect.objectContaining({ path: 'salutation', code: 'unbalanced_braces' }),
        expect.objectContaining({ path: 'body[0]', code: 'unbalanced_bold' }),
        expect.objectContaining({
          path: 'body[1].table',
          code: 'wrong_placeholder_type',
          placeholder: 'decision.reasons',
        }),
        expect.objectContaining({ path: 'body[2].columns[0].field', code: 'unknown_column' }),
      ]),
    );
    expect(p.every((x) => x.message.length > 0)).toBe(true);
  });

  it('a table cannot be printed inline, and a list block needs a list', () => {
    const p = problemsOf(
      MINIMAL.replace(
        '(вх. № {{incoming.number}}).',
        '(вх. № {{incoming.number}}) {{data.items}}.\n  - list: subject.name',
      ),
    );
    expect(p).toContainEqual(
      expect.objectContaining({ code: 'wrong_placeholder_type', placeholder: 'data.items' }),
    );
    expect(p).toContainEqual(
      expect.objectContaining({
        path: 'body[1].list',
        code: 'wrong_placeholder_type',
        placeholder: 'subject.name',
      }),
    );
  });

  it('YAML syntax errors, a wrong structure, and the wrong kind or language are refused', () => {
    expect(codes(problemsOf('kind: [acknowledgment\n'))).toEqual(['syntax']);
    expect(problemsOf('kind: acknowledgment\nlang: ru\n')).toContainEqual(
      expect.objectContaining({ code: 'schema', path: 'title' }),
    );
    expect(codes(problemsOf(MINIMAL + 'footer: x\n'))).toContain('schema');
    expect(codes(problemsOf(MINIMAL, { kind: 'refusal', lang: 'ru' }))).toContain('kind_mismatch');
    expect(codes(problemsOf(MINIMAL, { kind: 'acknowledgment', lang: 'kk' }))).toContain('lang_mismatch');
    expect(checkTemplate(42).ok).toBe(false);
  });

  it('tokenizes placeholders and bold markers', () => {
    expect(tokenizeText('**№ {{ incoming.number }}** от {{incoming.date}}')).toEqual([
      { t: 'bold' },
      { t: 'text', value: '№ ' },
      { t: 'ph', name: 'incoming.number' },
      { t: 'bold' },
      { t: 'text', value: ' от ' },
      { t: 'ph', name: 'incoming.date' },
    ]);
  });
});

describe('letter dates and words', () => {
  it('formats dates per language', () => {
    expect(formatLetterDate('2026-11-25', 'kk')).toBe('2026 жылғы 25 қараша');
    expect(formatLetterDate('2026-03-20', 'kk', 'loc')).toBe('2026 жылғы 20 наурызда');
    expect(formatLetterDate('2026-11-18', 'kk', 'attr')).toBe('2026 жылғы 18 қарашадағы');
    expect(formatLetterDate('2026-09-04', 'kk', 'dat')).toBe('2026 жылғы 4 қыркүйекке');
    expect(formatLetterDate('2026-07-06', 'kk', 'abl')).toBe('2026 жылғы 6 шілдеден');
    expect(formatLetterDate('2026-11-25', 'ru', 'loc')).toBe('25 ноября 2026 г.');
    expect(formatLetterDate('2026-11-25', 'ru')).toBe('25 ноября 2026 г.');
    expect(formatLetterDate('2026-11-25', 'en')).toBe('25 November 2026');
    expect(formatLetterDate('2027-03-01', 'kk')).toBe('2027 жылғы 1 наурыз');
    expect(formatLetterDate('2026-04-09', 'ru')).toBe('9 апреля 2026 г.');
    expect(() => formatLetterDate('2026-13-01', 'ru')).toThrow(RangeError);
  });

  it('greets by gender in Russian, given or read from the IIN', () => {
    expect(honorific('ru', 'F')).toBe('Уважаемая');
    expect(honorific('ru', 'M')).toBe('Уважаемый');
    // Unknown sex: no honorific at all (the letter asks), never «Уважаемый(-ая)».
    expect(honorific('ru', undefined)).toBeUndefined();
    expect(honorific('kk', 'F')).toBe('Құрметті');
    const t = parseTemplateSource(source('acknowledgment', 'ru'));
    if (!t.ok) throw new Error('template');
    const body = letterBody('acknowledgment', 'ru'); // the subject's IIN is a woman's
    const l = composeLetter({ kind: 'acknowledgment', lang: 'ru', ...body }, t.template, DEFAULT_LETTERHEAD, {
      outgoing: OUT,
    });
    expect(l.salutation.map((r) => r.text).join('')).toBe('Уважаемая Зуһра Болатқызы!');
  });
});

describe('composing a letter', () => {
  const tpl = (kind: (typeof LETTER_KINDS)[number], lang: (typeof LETTER_LANGS)[number]) => {
    const r = parseTemplateSource(source(kind, lang));
    if (!r.ok) throw new Error(`${kind}.${lang}`);
    return r.template;
  };

  it('fills every placeholder of every kind and language from a realistic request', () => {
    for (const kind of LETTER_KINDS) {
      for (const lang of LETTER_LANGS) {
        const { outgoing: _o, ...data } = letterInput(kind, lang);
        expect(letterInputSchema.safeParse(letterInput(kind, lang)).success).toBe(true);
        const text = letterText(composeLetter(data, tpl(kind, lang), DEFAULT_LETTERHEAD, { outgoing: OUT }));
        expect(text, `${kind}.${lang}`).not.toMatch(/\{\{|\}\}/);
        // Printed without the register's prefix: «Исх. № 2026-000145», «вх. № 2026-000123».
        expect(text).toContain('2026-000123');
        expect(text).toContain('2026-000145');
        expect(text).not.toMatch(/№ (ИСХ|ВХ)-/);
      }
    }
  });

  it('says an action is done once central confirmed it, ordered while it is pending', () => {
    const { outgoing: _o, ...data } = letterInput('unblocking_notice', 'kk');
    const done = letterText(
      composeLetter(data, tpl('unblocking_notice', 'kk'), DEFAULT_LETTERHEAD, { outgoing: OUT }),
    );
    expect(done).toContain('бұғаттан шығарылды');
    const pending = { ...data, decision: { ...data.decision, actionsPending: true } };
    const ordered = letterText(
      composeLetter(pending, tpl('unblocking_notice', 'kk'), DEFAULT_LETTERHEAD, { outgoing: OUT }),
    );
    expect(ordered).toContain('бұғаттан шығару туралы өкім берілді');
    expect(ordered).not.toContain('бұғаттан шығарылды');
  });

  it('names every placeholder the data lacks, and never a value', () => {
    const { outgoing: _o, ...data } = letterInput('refusal', 'kk');
    const { decision: _d, signatory: _s, ...lacking } = data;
    try {
      composeLetter(lacking, tpl('refusal', 'kk'), DEFAULT_LETTERHEAD, { outgoing: OUT });
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(PdError);
      const err = e as PdError;
      expect(err.code).toBe('LETTER_DATA_MISSING');
      expect(err.messageKey).toBe('errors.LETTER_DATA_MISSING');
      expect(err.details).toMatchObject({
        missing: ['decision.legalBasis', 'decision.reasons', 'signatory.name', 'signatory.position'],
      });
      expect(JSON.stringify(err.toPayload())).not.toContain('Сейтқали');
    }
  });

  it('prints "when" blocks only with their data and "unless" blocks only without', () => {
    const { outgoing: _o, ...data } = letterInput('acknowledgment', 'ru');
    const withDue = letterText(
      composeLetter(data, tpl('acknowledgment', 'ru'), DEFAULT_LETTERHEAD, { outgoing: OUT }),
    );
    expect(withDue).toContain('не позднее 24 ноября 2026 г.');
    expect(withDue).not.toContain('г..');
    const noDue = letterText(
      composeLetter({ ...data, request: {} }, tpl('acknowledgment', 'ru'), DEFAULT_LETTERHEAD, {
        outgoing: OUT,
      }),
    );
    expect(noDue).not.toContain('не позднее');
    expect(noDue).toContain('по почтовому адресу, указанному в обращении');
  });

  it('refuses a template of another kind or language', () => {
    const { outgoing: _o, ...data } = letterInput('refusal', 'kk');
    expect(() => composeLetter(data, tpl('refusal', 'ru'), DEFAULT_LETTERHEAD, { outgoing: OUT })).toThrow(
      PdError,
    );
  });
});
