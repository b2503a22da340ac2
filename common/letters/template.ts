// Letter templates are data: YAML an administrator can edit, with named placeholders such as
// {{subject.name}}. This file parses a template and lists every problem with it (unknown or
// missing placeholders, unbalanced braces, bad structure) so a broken template is refused before
// it is saved, never discovered in a letter. Pure: runs in the main process and the renderer.
import YAML from 'yaml';
import { z } from 'zod';
import { LETTER_KIND_INFO, LETTER_KINDS, LETTER_LANGS, type LetterKind, type LetterLang } from './kinds';
import { baseDatePlaceholder, placeholderSpec, type PlaceholderType } from './placeholders';

const condition = {
  /** Include the block only when this placeholder has a value. */
  when: z.string().optional(),
  /** Include the block only when this placeholder has no value. */
  unless: z.string().optional(),
};

const textBlockSchema = z.strictObject({
  text: z.string().min(1).max(5000),
  ...condition,
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
  bold: z.boolean().optional(),
  /** First-line indent (default: yes for body paragraphs). */
  indent: z.boolean().optional(),
});

const listBlockSchema = z.strictObject({
  list: z.string().min(1),
  style: z.enum(['numbered', 'bullet', 'dash']).optional(),
  ...condition,
});

const tableBlockSchema = z.strictObject({
  table: z.string().min(1),
  columns: z
    .array(
      z.strictObject({
        field: z.string().min(1),
        header: z.string().min(1).max(200),
        /** Relative width (the widths of a table are scaled to the text width). */
        width: z.number().int().min(1).max(100),
      }),
    )
    .min(1)
    .max(8),
  ...condition,
});

const blockSchema = z.union([
  z.string().min(1).max(5000),
  textBlockSchema,
  listBlockSchema,
  tableBlockSchema,
]);

export const templateSchema = z.strictObject({
  kind: z.enum(LETTER_KINDS),
  lang: z.enum(LETTER_LANGS),
  /** For administrators: what this template is for. Not printed. */
  description: z.string().max(1000).optional(),
  /** Subject line printed above the salutation («О …», «… туралы»). */
  title: z.string().min(1).max(500),
  /** The outgoing register's summary of this letter: plain text, no personal data, no placeholders. */
  summary: z.string().min(1).max(300),
  salutation: z.string().min(1).max(500),
  body: z.array(blockSchema).min(1).max(100),
  /** Before the signature, e.g. «Құрметпен,» / «С уважением,». */
  closing: z.string().min(1).max(200).optional(),
  /** Printed on a page of its own after the letter. */
  annex: z
    .strictObject({
      /** Top right of the annex page, e.g. «Приложение к исх. № {{outgoing.number}}». */
      heading: z.string().min(1).max(500),
      title: z.string().min(1).max(500),
      body: z.array(blockSchema).min(1).max(50),
    })
    .optional(),
});

export type LetterTemplate = z.infer<typeof templateSchema>;
export type TemplateBlock = z.infer<typeof blockSchema>;
export type TextBlock = z.infer<typeof textBlockSchema>;
export type ListBlock = z.infer<typeof listBlockSchema>;
export type TableBlock = z.infer<typeof tableBlockSchema>;

export type TemplateProblemCode =
  | 'syntax'
  | 'schema'
  | 'kind_mismatch'
  | 'lang_mismatch'
  | 'unbalanced_braces'
  | 'malformed_placeholder'
  | 'unknown_placeholder'
  | 'missing_placeholder'
  | 'wrong_placeholder_type'
  | 'unknown_column'
  | 'unbalanced_bold'
  | 'placeholder_not_allowed';

export interface TemplateProblem {
  /** Where: e.g. "body[3].text", "title", "(source) line 4". */
  path: string;
  code: TemplateProblemCode;
  placeholder?: string;
  message: string;
}

export type TextToken = { t: 'text'; value: string } | { t: 'ph'; name: string } | { t: 'bold' };

const NAME_RE = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/**
 * Splits template text into literal text, placeholders and bold markers (**…**). Problems are
 * collected, not thrown: the editor shows all of them at once.
 */
export function tokenizeText(s: string, path = 'text', problems: TemplateProblem[] = []): TextToken[] {
  const tokens: TextToken[] = [];
  let buf = '';
  let bold = 0;
  const flush = () => {
    if (buf) tokens.push({ t: 'text', value: buf });
    buf = '';
  };
  for (let i = 0; i < s.length;) {
    if (s.startsWith('{{', i)) {
      const close = s.indexOf('}}', i + 2);
      const reopen = s.indexOf('{{', i + 2);
      if (close < 0 || (reopen >= 0 && reopen < close)) {
        problems.push({
          path,
          code: 'unbalanced_braces',
          message: `"{{" at character ${i + 1} has no matching "}}"`,
        });
        // «{{subject.name}» is one mistake, not two: the single closing brace goes with it.
        const m = /^[\w.\s]*\}(?!\})/.exec(s.slice(i + 2));
        buf += '{{';
        i += 2 + (m && (reopen < 0 || i + 2 + m[0].length <= reopen) ? m[0].length : 0);
        continue;
      }
      const name = s.slice(i + 2, close).trim();
      if (!NAME_RE.test(name)) {
        problems.push({
          path,
          code: 'malformed_placeholder',
          placeholder: name,
          message: `"{{${name}}}" is not a placeholder name (like {{subject.name}})`,
        });
      } else {
        flush();
        tokens.push({ t: 'ph', name });
      }
      i = close + 2;
    } else if (s.startsWith('}}', i)) {
      problems.push({
        path,
        code: 'unbalanced_braces',
        message: `"}}" at character ${i + 1} has no matching "{{"`,
      });
      i += 2;
    } else if (s[i] === '{' || s[i] === '}') {
      problems.push({
        path,
        code: 'unbalanced_braces',
        message: `single "${s[i]}" at character ${i + 1}: placeholders are written {{name}}`,
      });
      i += 1;
    } else if (s.startsWith('**', i)) {
      flush();
      tokens.push({ t: 'bold' });
      bold++;
      i += 2;
    } else {
      buf += s[i];
      i += 1;
    }
  }
  flush();
  if (bold % 2 !== 0)
    problems.push({ path, code: 'unbalanced_bold', message: 'a "**" bold marker is not closed' });
  return tokens;
}

function checkName(
  name: string,
  path: string,
  allowed: readonly PlaceholderType[],
  problems: TemplateProblem[],
  used: Set<string>,
): void {
  const spec = placeholderSpec(name);
  if (!spec) {
    problems.push({
      path,
      code: 'unknown_placeholder',
      placeholder: name,
      message: `unknown placeholder {{${name}}}`,
    });
    return;
  }
  used.add(name);
  // {{decision.date.loc}} uses {{decision.date}}: a kind's required date is there in any form.
  const base = baseDatePlaceholder(name);
  if (base) used.add(base);
  if (!allowed.includes(spec.type)) {
    problems.push({
      path,
      code: 'wrong_placeholder_type',
      placeholder: name,
      message: `{{${name}}} is a ${spec.type}; here only ${allowed.join(' or ')} can be used`,
    });
  }
}

const INLINE: readonly PlaceholderType[] = ['text', 'date', 'list'];
const ANY: readonly PlaceholderType[] = ['text', 'date', 'list', 'table'];

function checkText(s: string, path: string, problems: TemplateProblem[], used: Set<string>): void {
  for (const tok of tokenizeText(s, path, problems))
    if (tok.t === 'ph') checkName(tok.name, path, INLINE, problems, used);
}

function checkBlocks(
  blocks: readonly TemplateBlock[],
  base: string,
  problems: TemplateProblem[],
  used: Set<string>,
): void {
  blocks.forEach((b, i) => {
    const path = `${base}[${i}]`;
    if (typeof b === 'string') return checkText(b, path, problems, used);
    if (b.when !== undefined) checkName(b.when.trim(), `${path}.when`, ANY, problems, used);
    if (b.unless !== undefined) checkName(b.unless.trim(), `${path}.unless`, ANY, problems, used);
    if ('text' in b) return checkText(b.text, `${path}.text`, problems, used);
    if ('list' in b) return checkName(b.list.trim(), `${path}.list`, ['list'], problems, used);
    checkName(b.table.trim(), `${path}.table`, ['table'], problems, used);
    const spec = placeholderSpec(b.table.trim());
    if (spec?.type === 'table') {
      b.columns.forEach((c, j) => {
        if (!spec.fields?.includes(c.field)) {
          problems.push({
            path: `${path}.columns[${j}].field`,
            code: 'unknown_column',
            message: `"${c.field}" is not a column of {{${b.table.trim()}}} (${spec.fields?.join(', ')})`,
          });
        }
        checkText(c.header, `${path}.columns[${j}].header`, problems, used);
      });
    }
  });
}

export type TemplateCheck =
  { ok: true; template: LetterTemplate; placeholders: string[] } | { ok: false; problems: TemplateProblem[] };

/** Checks a parsed template; `expect` pins the kind and language it must be for. */
export function checkTemplate(
  raw: unknown,
  expect?: { kind?: LetterKind; lang?: LetterLang },
): TemplateCheck {
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        path: i.path.length
          ? i.path
              .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
              .join('')
              .replace(/^\./, '')
          : '(root)',
        code: 'schema' as const,
        message: i.message,
      })),
    };
  }
  const t = parsed.data;
  const problems: TemplateProblem[] = [];
  const used = new Set<string>();
  if (expect?.kind && t.kind !== expect.kind)
    problems.push({
      path: 'kind',
      code: 'kind_mismatch',
      message: `this is the ${expect.kind} template, not ${t.kind}`,
    });
  if (expect?.lang && t.lang !== expect.lang)
    problems.push({
      path: 'lang',
      code: 'lang_mismatch',
      message: `this is the ${expect.lang} template, not ${t.lang}`,
    });

  checkText(t.title, 'title', problems, used);
  checkText(t.salutation, 'salutation', problems, used);
  if (t.closing) checkText(t.closing, 'closing', problems, used);
  for (const tok of tokenizeText(t.summary, 'summary', problems)) {
    if (tok.t === 'ph') {
      problems.push({
        path: 'summary',
        code: 'placeholder_not_allowed',
        placeholder: tok.name,
        message: 'the register summary is plain text without personal data: no placeholders',
      });
    }
  }
  checkBlocks(t.body, 'body', problems, used);
  if (t.annex) {
    checkText(t.annex.heading, 'annex.heading', problems, used);
    checkText(t.annex.title, 'annex.title', problems, used);
    checkBlocks(t.annex.body, 'annex.body', problems, used);
  }
  for (const name of LETTER_KIND_INFO[t.kind].required) {
    if (!used.has(name)) {
      problems.push({
        path: '(template)',
        code: 'missing_placeholder',
        placeholder: name,
        message: `every ${t.kind} letter must use {{${name}}}`,
      });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, template: t, placeholders: [...used].sort() };
}

/** Parses template source (YAML; JSON is YAML too) and checks it. */
export function parseTemplateSource(
  source: string,
  expect?: { kind?: LetterKind; lang?: LetterLang },
): TemplateCheck {
  const doc = YAML.parseDocument(source.replace(/^\uFEFF/, ''), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        path: e.linePos ? `(source) line ${e.linePos[0].line}` : '(source)',
        code: 'syntax' as const,
        message: e.message.split('\n')[0]!,
      })),
    };
  }
  return checkTemplate(doc.toJS({ maxAliasCount: 0 }), expect);
}

/** Every placeholder a template refers to, in order of first use (for the editor). */
export function placeholdersOf(t: LetterTemplate): string[] {
  const used = new Set<string>();
  checkText(t.title, 'title', [], used);
  checkText(t.salutation, 'salutation', [], used);
  checkBlocks(t.body, 'body', [], used);
  if (t.annex) checkBlocks(t.annex.body, 'annex.body', [], used);
  return [...used];
}
