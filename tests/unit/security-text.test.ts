// XML-invalid characters are refused at the contract in every text field of every call (issue 15),
// and never reach CSV. The walk below finds every string field in every call's input schema, so a
// new field is covered (and tested) the day it is added.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CONTRACT, type CallName } from '../../common/contract';
import { hasXmlInvalidChar, stripXmlInvalid, XML_INVALID_TEXT } from '../../common/contract/text';
import { csvCell, toCsv } from '../../common/csv';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import path from 'node:path';
import { renderLetter } from '../../electron/letters/render';
import { shippedTemplate } from '../../electron/letters/shipped';
import { letterInput, SUBJECT } from '../helpers/letters-fixtures';

type Path = (string | number)[];
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of every string-typed field a schema accepts (array items as index 0, record values as "k"). */
function stringPaths(schema: z.ZodType, path: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 12) return out;
  const d = defOf(schema);
  const next = (s: z.ZodType | undefined, p: Path = path) => s && stringPaths(s, p, out, depth + 1);
  switch (d.type) {
    case 'string':
      out.push(path);
      break;
    case 'object':
      for (const [k, v] of Object.entries(d.shape ?? {})) next(v, [...path, k]);
      break;
    case 'array':
      next(d.element, [...path, 0]);
      break;
    case 'record':
      next(d.valueType, [...path, 'k']);
      break;
    case 'tuple':
      (d.items ?? []).forEach((s, i) => next(s, [...path, i]));
      break;
    case 'union':
      for (const o of d.options ?? []) next(o);
      break;
    case 'intersection':
      next(d.left);
      next(d.right);
      break;
    case 'pipe':
      next(d.in);
      next(d.out);
      break;
    case 'lazy':
      next(d.getter?.());
      break;
    default:
      next(d.innerType);
  }
  return out;
}

/** An input with `value` at `path` and nothing else. */
function at(path: Path, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [at(rest, value)] : { [head!]: at(rest, value) };
}

const BAD = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('XML-invalid characters at the contract', () => {
  const fields: { call: CallName; path: Path }[] = [];
  for (const name of Object.keys(CONTRACT) as CallName[]) {
    for (const path of stringPaths(CONTRACT[name].input as z.ZodType)) fields.push({ call: name, path });
  }

  it('finds the text fields of the contract', () => {
    expect(fields.length).toBeGreaterThan(150);
    expect(fields).toContainEqual({ call: 'auth.login', path: ['username'] });
  });

  it('refuses every one of them, naming the field, for each forbidden character', () => {
    const missed: string[] = [];
    for (const { call, path } of fields) {
      for (const bad of BAD) {
        const r = CONTRACT[call].input.safeParse(at(path, `Ә${bad}ли`));
        const hit =
          !r.success &&
          r.error.issues.some((i) => i.message === XML_INVALID_TEXT && i.path.join('.') === path.join('.'));
        if (!hit) missed.push(`${call} ${path.join('.')} U+${bad.charCodeAt(0).toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('lets tabs, line breaks, Kazakh letters and emoji (a valid surrogate pair) through', () => {
    for (const s of ['Әлихан\tҰлы\r\nҚазақстан', 'Ғалым 😀', 'a\u00A0b'])
      expect(hasXmlInvalidChar(s)).toBe(false);
    const r = CONTRACT['auth.login'].input.safeParse({ username: 'Ғалым😀', password: 'x'.repeat(12) });
    expect(r.success || r.error.issues.every((i) => i.message !== XML_INVALID_TEXT)).toBe(true);
  });

  it('refuses a bad character in an object key without echoing the key', () => {
    const r = CONTRACT['auth.login'].input.safeParse({
      username: 'a',
      password: 'x'.repeat(12),
      ['k\u0000']: 1,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.find((i) => i.message === XML_INVALID_TEXT)!.path).toEqual(['(key)']);
  });
});

describe('CSV never carries them', () => {
  it('drops NUL and the other invalid characters from cells', () => {
    expect(stripXmlInvalid('A\u0000B\uFFFEC\uD800D😀')).toBe('ABCD😀');
    expect(csvCell('Иван\u0000ов')).toBe('Иванов');
    const csv = toCsv(['name'], [['a\u0000\u000Bb'], ['\uFFFF=1+1']]);
    expect(hasXmlInvalidChar(csv)).toBe(false);
    expect(csv).toContain("'=1+1");
  });
});

describe('DOCX never carries them', () => {
  it('a letter for a name stored with U+FFFE and NUL (before the contract refused them) is valid XML', async () => {
    const input = JSON.parse(
      JSON.stringify(letterInput('acknowledgment', 'ru'))
        .split(SUBJECT.name)
        .join(`${SUBJECT.name}\\uFFFE\\u0000`),
    ) as ReturnType<typeof letterInput>;
    expect(JSON.stringify(input)).toContain('\\u0000');
    const dir = path.resolve(__dirname, '..', '..', 'resources', 'letters');
    const docx = await renderLetter(input, shippedTemplate('acknowledgment', 'ru', dir).template);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(hasXmlInvalidChar(xml)).toBe(false);
    expect(xml).toContain(SUBJECT.name.split(' ')[0]);
  });
});
