// Letter templates: the shipped defaults in resources/letters/<kind>.<lang>.yaml and the versions
// an administrator saved in the database. The shipped file is version 1; it is stored in the
// database the first time a letter uses it, so a letter's template version always means the
// same text. An app update that ships a new default becomes the next version, unless the
// administrator has edited that template (then the edit stays current and the update is offered).
import type { TemplateListItem } from '../../common/contract/letters';
import { PdError } from '../../common/errors';
import { LETTER_KINDS, LETTER_LANGS, type LetterKind, type LetterLang } from '../../common/letters/kinds';
import { parseTemplateSource, type LetterTemplate } from '../../common/letters/template';
import {
  insertTemplateVersion,
  latestTemplates,
  templateVersion,
  templateVersions,
  type TemplateRow,
} from './sql/letters';
import type { DB, Server, WriteTx } from '../sql/server';
import { sha256, shippedTemplate, TemplateInvalidError } from './shipped';

/** A template of a given version, parsed and checked. */
export interface ResolvedTemplate {
  kind: LetterKind;
  lang: LetterLang;
  version: number;
  origin: 'shipped' | 'admin';
  source: string;
  sha256: string;
  template: LetterTemplate;
  /** False while a shipped default has not been used yet (it is stored when it is). */
  stored: boolean;
}

function fromRow(row: TemplateRow, kind: LetterKind, lang: LetterLang): ResolvedTemplate {
  const check = parseTemplateSource(row.source, { kind, lang });
  // Stored versions were checked when saved; one that no longer passes (a placeholder retired by
  // an update) is reported, not silently used.
  if (!check.ok) throw new TemplateInvalidError(check.problems, { kind, lang, version: row.version });
  return {
    kind,
    lang,
    version: row.version,
    origin: row.origin,
    source: row.source,
    sha256: row.sha256,
    template: check.template,
    stored: true,
  };
}

export interface TemplateOptions {
  /** Folder of shipped templates (tests); default lettersDir(). */
  dir?: string;
}

/** The template a new letter uses now. */
export function currentTemplate(
  db: DB,
  kind: LetterKind,
  lang: LetterLang,
  opts: TemplateOptions = {},
): ResolvedTemplate {
  const shipped = shippedTemplate(kind, lang, opts.dir);
  const rows = templateVersions(db, kind, lang);
  const latest = rows[rows.length - 1];
  const virtualShipped = (version: number): ResolvedTemplate => ({
    kind,
    lang,
    version,
    origin: 'shipped',
    source: shipped.source,
    sha256: shipped.sha256,
    template: shipped.template,
    stored: false,
  });
  if (!latest) return virtualShipped(1);
  if (latest.origin === 'shipped' && !rows.some((r) => r.sha256 === shipped.sha256))
    return virtualShipped(latest.version + 1);
  return fromRow(latest, kind, lang);
}

/** A given version (stored, or the shipped default not yet stored), or the current one. */
export function getTemplate(
  db: DB,
  kind: LetterKind,
  lang: LetterLang,
  version?: number,
  opts: TemplateOptions = {},
): ResolvedTemplate {
  const current = currentTemplate(db, kind, lang, opts);
  if (version === undefined || version === current.version) return current;
  const row = templateVersion(db, kind, lang, version);
  if (!row) throw new PdError('NOT_FOUND', { entity: 'letter_template', kind, lang, version });
  return fromRow(row, kind, lang);
}

/** Stores a shipped default the first time a letter uses it (inside the letter's transaction). */
export function ensureStored(tx: WriteTx, t: ResolvedTemplate, actor: string): void {
  if (t.stored) return;
  const existing = templateVersion(tx.db, t.kind, t.lang, t.version);
  if (existing) {
    if (existing.sha256 !== t.sha256)
      throw new PdError('CONFLICT', { reason: 'template_changed', kind: t.kind, lang: t.lang });
    return;
  }
  insertTemplateVersion(tx.db, {
    kind: t.kind,
    lang: t.lang,
    version: t.version,
    origin: 'shipped',
    source: t.source,
    sha256: t.sha256,
    note: null,
    createdAt: tx.now.toISOString(),
    createdBy: actor,
  });
  tx.audit({
    action: 'letter_template.adopt',
    entityType: 'letter_template',
    entityId: `${t.kind}.${t.lang}`,
    summary: `shipped default stored as version ${t.version}`,
  });
}

/** Checks and saves an administrator's edit as the next version. Refused with every problem found. */
export function saveTemplate(
  server: Server,
  actor: string,
  input: { kind: LetterKind; lang: LetterLang; source: string; note?: string },
  opts: TemplateOptions = {},
): ResolvedTemplate {
  const check = parseTemplateSource(input.source, { kind: input.kind, lang: input.lang });
  if (!check.ok) throw new TemplateInvalidError(check.problems, { kind: input.kind, lang: input.lang });
  return server.write(actor, (tx) => {
    const current = currentTemplate(tx.db, input.kind, input.lang, opts);
    ensureStored(tx, current, actor);
    const version = current.version + 1;
    const hash = sha256(input.source);
    const saved = {
      kind: input.kind,
      lang: input.lang,
      version,
      origin: 'admin' as const,
      source: input.source,
      sha256: hash,
    };
    insertTemplateVersion(tx.db, {
      ...saved,
      note: input.note ?? null,
      createdAt: tx.now.toISOString(),
      createdBy: actor,
    });
    tx.audit({
      action: 'letter_template.save',
      entityType: 'letter_template',
      entityId: `${input.kind}.${input.lang}`,
      summary: `version ${version} saved (sha256 ${hash.slice(0, 12)})`,
    });
    return { ...saved, template: check.template, stored: true };
  });
}

export function listTemplates(db: DB, opts: TemplateOptions = {}): TemplateListItem[] {
  const latest = new Map(latestTemplates(db).map((r) => [`${r.kind}.${r.lang}`, r]));
  const out: TemplateListItem[] = [];
  for (const kind of LETTER_KINDS) {
    for (const lang of LETTER_LANGS) {
      const current = currentTemplate(db, kind, lang, opts);
      const row = latest.get(`${kind}.${lang}`);
      const shipped = shippedTemplate(kind, lang, opts.dir);
      out.push({
        kind,
        lang,
        version: current.version,
        origin: current.origin,
        storedVersions: row?.versions ?? 0,
        updatedAt: row?.createdAt ?? null,
        updatedBy: row?.createdBy ?? null,
        shippedUpdateAvailable:
          current.origin === 'admin' &&
          !templateVersions(db, kind, lang).some((r) => r.sha256 === shipped.sha256),
      });
    }
  }
  return out;
}

/** Versions of one template for the editor's history (without their text). */
export function templateHistory(db: DB, kind: LetterKind, lang: LetterLang): Omit<TemplateRow, 'source'>[] {
  return templateVersions(db, kind, lang).map(({ source: _source, ...r }) => r);
}
