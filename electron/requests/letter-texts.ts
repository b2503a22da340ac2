// What a decision says in a letter's language. Text an officer typed is printed only in a letter of
// the language it was typed in (or given for, in letterTexts); a letter in another language refuses
// to generate and names the missing field, so a Russian reply never quotes the Kazakh one. Standard
// wording (legal basis, measures picked from a list, actions) comes from common/letters/phrases.
import { PdError } from '../../common/errors';
import { formatLetterDate, formatShortDate } from '../../common/letters/format';
import type { LetterLang } from '../../common/letters/kinds';
import { AUTHORITY_DOCUMENTS } from '../../common/letters/phrases';
import type { RepresentativeView } from '../../common/contract/requests';
import type { LetterTexts } from '../../common/requests/decisions';

type TextField = keyof LetterTexts;

/** Picks each typed text for the letter's language and remembers what is missing. */
export class TextPicker {
  readonly missing = new Set<TextField>();
  constructor(
    private readonly lang: LetterLang,
    private readonly textLang: string,
    private readonly given: Partial<Record<string, LetterTexts>> | null | undefined,
  ) {}

  pick<K extends TextField>(
    field: K,
    typed: NonNullable<LetterTexts[K]> | null | undefined,
  ): NonNullable<LetterTexts[K]> | undefined {
    const own = this.given?.[this.lang]?.[field];
    if (own !== undefined && own !== null && !(Array.isArray(own) && own.length === 0))
      return own as NonNullable<LetterTexts[K]>;
    if (typed === undefined || typed === null || (Array.isArray(typed) && typed.length === 0))
      return undefined;
    if (this.textLang === this.lang) return typed;
    this.missing.add(field);
    return undefined;
  }

  /** Refuses the letter when a text it would print exists only in another language. */
  check(): void {
    if (!this.missing.size) return;
    const fields = [...this.missing].sort().map((f) => `decision.${f}`);
    throw new PdError(
      'VALIDATION',
      { problem: 'letter_text_missing', lang: this.lang, fields, missing: fields.join(', ') },
      'errors.LETTER_TEXT_MISSING',
    );
  }
}

/**
 * The representative's authority as a letter names it: «доверенности № 45 от 01.03.2026»
 * (Russian genitive after «на основании»), «2026 жылғы 1 наурыздағы № 45 сенімхат».
 */
export function authorityText(rep: RepresentativeView, lang: LetterLang): string {
  const doc = (AUTHORITY_DOCUMENTS[rep.relation] ?? AUTHORITY_DOCUMENTS.other!)[lang];
  const d = rep.authorityDocument;
  if (lang === 'kk')
    return [d.date ? formatLetterDate(d.date, 'kk', 'attr') : '', d.number ? `№ ${d.number}` : '', doc]
      .filter(Boolean)
      .join(' ');
  if (lang === 'ru')
    return [doc, d.number ? `№ ${d.number}` : '', d.date ? `от ${formatShortDate(d.date)}` : '']
      .filter(Boolean)
      .join(' ');
  return [`the ${doc}`, d.number ? `No. ${d.number}` : '', d.date ? `of ${formatShortDate(d.date)}` : '']
    .filter(Boolean)
    .join(' ');
}
