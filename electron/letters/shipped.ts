// The shipped letter templates: resources/letters/<kind>.<lang>.yaml, one per kind and language.
// A broken shipped file is an error naming every problem in it, never a silently empty letter.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PdError } from '../../common/errors';
import { resourcesDir } from '../core/calendar';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import {
  parseTemplateSource,
  type LetterTemplate,
  type TemplateProblem,
} from '../../common/letters/template';

/** The folder of shipped templates: resources/letters, found the way the calendar data is. */
export function lettersDir(): string {
  return path.join(resourcesDir(), 'letters');
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export class TemplateInvalidError extends PdError {
  constructor(
    readonly problems: TemplateProblem[],
    where: Record<string, unknown>,
  ) {
    super(
      'VALIDATION',
      { problem: 'template_invalid', ...where, problems },
      'errors.LETTER_TEMPLATE_INVALID',
    );
  }
}

export interface ShippedTemplate {
  kind: LetterKind;
  lang: LetterLang;
  source: string;
  sha256: string;
  template: LetterTemplate;
}

const shippedCache = new Map<string, ShippedTemplate>();

/** The shipped default for a kind and language; a broken shipped file is an error naming its problems. */
export function shippedTemplate(
  kind: LetterKind,
  lang: LetterLang,
  dir: string = lettersDir(),
): ShippedTemplate {
  const file = path.join(dir, `${kind}.${lang}.yaml`);
  const cached = shippedCache.get(file);
  if (cached) return cached;
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    throw new PdError('NOT_FOUND', { entity: 'letter_template', kind, lang });
  }
  const check = parseTemplateSource(source, { kind, lang });
  if (!check.ok) throw new TemplateInvalidError(check.problems, { kind, lang, file: path.basename(file) });
  const t: ShippedTemplate = { kind, lang, source, sha256: sha256(source), template: check.template };
  shippedCache.set(file, t);
  return t;
}
