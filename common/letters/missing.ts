// A letter that lacks data says which fields, and the renderer says where each is filled in: the
// request's subject and requester details, its decision, or the letterhead settings (which only
// an administrator may change). Field keys only: the values may be personal data.
import { PdError } from '../errors';
import type { LetterKind, LetterLang } from './kinds';
import { baseDatePlaceholder } from './placeholders';

/** Where a missing field is filled in. */
export type MissingPlace = 'request' | 'decision' | 'letterhead';

const PLACE_OF_GROUP: Record<string, MissingPlace> = {
  company: 'letterhead',
  signatory: 'letterhead',
  executor: 'letterhead',
  decision: 'decision',
  identity: 'decision',
  data: 'decision',
  rectification: 'decision',
  blocking: 'decision',
  messages: 'decision',
};

/** The field a placeholder or input path names: «incoming.date.loc» → incoming.date, «data.items.0.value» → data.items. */
export function missingKey(name: string): string {
  const base = baseDatePlaceholder(name) ?? name;
  return base.split('.').slice(0, 2).join('.');
}

export function missingPlace(key: string): MissingPlace {
  return PLACE_OF_GROUP[key.split('.')[0]!] ?? 'request';
}

export function letterDataMissing(kind: LetterKind, lang: LetterLang, missing: Iterable<string>): PdError {
  return new PdError('LETTER_DATA_MISSING', {
    problem: 'missing_data',
    kind,
    lang,
    missing: [...new Set([...missing].map(missingKey))].sort(),
  });
}

function blank(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

/**
 * The fields a schema refused only because they are empty or absent, or null when any issue is
 * something else (a wrong format is a VALIDATION error, not missing data).
 */
export function missingFromIssues(
  input: unknown,
  issues: readonly { path: readonly PropertyKey[] }[],
): string[] | null {
  const keys: string[] = [];
  for (const issue of issues) {
    let v: unknown = input;
    for (const p of issue.path)
      v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
    if (!blank(v) || issue.path.length === 0) return null;
    keys.push(issue.path.map(String).join('.'));
  }
  return keys.length ? keys : null;
}
