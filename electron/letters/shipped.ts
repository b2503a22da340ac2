// The shipped letter templates: resources/letters/<kind>.<lang>.yaml, one per kind and language.
// A broken shipped file is an error naming every problem in it, never a silently empty letter.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PdError } from '../../common/errors';
import type { LetterKind, LetterLang } from '../../common/letters/kinds';
import { parseTemplateSource, type LetterTemplate, type TemplateProblem } from '../../common/letters/template';

function moduleDir(): string {
  // CommonJS bundles (dist/*.cjs) have __dirname; under ESM (vitest) use import.meta.url.
  return typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

function isLettersDir(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, 'acknowledgment.ru.yaml')).isFile();
  } catch {
    return false;
  }
}

/**
 * The folder of shipped templates: $PRIVACY_DESK_RESOURCES/letters when set, else the packaged
 * app's resources, else the first resources/letters found walking up from this module.
 */
export function lettersDir(env: NodeJS.ProcessEnv = process.env, startDir: string = moduleDir()): string {
  if (env.PRIVACY_DESK_RESOURCES) return path.join(path.resolve(env.PRIVACY_DESK_RESOURCES), 'letters');
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) {
    for (const dir of [path.join(packaged, 'resources', 'letters'), path.join(packaged, 'letters')]) if (isLettersDir(dir)) return dir;
  }
  for (let dir = path.resolve(startDir); ; ) {
    const candidate = path.join(dir, 'resources', 'letters');
    if (isLettersDir(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new PdError('NOT_FOUND', { entity: 'letter_templates_folder' });
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export class TemplateInvalidError extends PdError {
  constructor(
    readonly problems: TemplateProblem[],
    where: Record<string, unknown>,
  ) {
    super('VALIDATION', { problem: 'template_invalid', ...where, problems }, 'errors.LETTER_TEMPLATE_INVALID');
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
export function shippedTemplate(kind: LetterKind, lang: LetterLang, dir: string = lettersDir()): ShippedTemplate {
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
