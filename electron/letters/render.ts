// renderLetter(input, template) → DOCX bytes. The same input, template and letterhead give the
// same bytes. prepareLetter() is the two-step form the service uses: everything is rendered before
// the transaction, and the Исх. № and date are filled in inside it (finalize is synchronous).
import { composeLetter, type ComposedLetter } from '../../common/letters/compose';
import { formatLetterDate, printedNumber } from '../../common/letters/format';
import {
  DEFAULT_LETTERHEAD,
  type LetterData,
  type LetterInput,
  type Letterhead,
} from '../../common/letters/input';
import { LETTER_KIND_INFO } from '../../common/letters/kinds';
import type { LetterTemplate } from '../../common/letters/template';
import { PdError } from '../../common/errors';
import { DATE_MARK, NUMBER_MARK, prepareDocx, type DocxRenderer, type PreparedDocx } from './docx';

export interface PreparedLetter {
  /** The letter as text, with the Исх. № and date still as markers. */
  composed: ComposedLetter;
  /** Fills in the register's number and date and returns the final DOCX (synchronous). */
  finalize(outgoing: { number: string; date: string }): Buffer;
  /** The letter as text with the number and date filled in (what the DOCX says). */
  composedFor(outgoing: { number: string; date: string }): ComposedLetter;
}

/** Replaces the markers in every string of the composed letter. */
function fillMarkers<T>(value: T, number: string, dateText: string): T {
  if (typeof value === 'string')
    return value.split(NUMBER_MARK).join(number).split(DATE_MARK).join(dateText) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillMarkers(v, number, dateText)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, fillMarkers(v, number, dateText)]),
    ) as T;
  }
  return value;
}

function docTitle(data: LetterData, number: string): string {
  return `${LETTER_KIND_INFO[data.kind].names[data.lang]} — ${number}`;
}

/** Composes and lays out a letter whose Исх. № and date are not known yet. */
export async function prepareLetter(
  data: LetterData,
  template: LetterTemplate,
  letterhead: Letterhead = DEFAULT_LETTERHEAD,
  renderDocx: DocxRenderer = prepareDocx,
): Promise<PreparedLetter> {
  const composed = composeLetter(data, template, letterhead, {
    outgoing: { number: NUMBER_MARK, dateText: DATE_MARK },
  });
  const docx: PreparedDocx = await renderDocx(composed, {
    logo: letterhead.logo,
    title: docTitle(data, NUMBER_MARK),
  });
  return {
    composed,
    // The register's prefix (ИСХ-) is not printed after «Исх. №» / «Шығ. №» (printedNumber).
    finalize: (outgoing) =>
      docx.finalize({
        number: printedNumber(outgoing.number),
        dateText: formatLetterDate(outgoing.date, data.lang),
        isoDate: outgoing.date,
      }),
    composedFor: (outgoing) =>
      fillMarkers(composed, printedNumber(outgoing.number), formatLetterDate(outgoing.date, data.lang)),
  };
}

/** The DOCX of a letter whose Исх. № and date are given in input.outgoing. */
export async function renderLetter(
  input: LetterInput,
  template: LetterTemplate,
  letterhead: Letterhead = DEFAULT_LETTERHEAD,
): Promise<Buffer> {
  if (!input.outgoing)
    throw new PdError('VALIDATION', { problem: 'outgoing_missing' }, 'errors.LETTER_OUTGOING_MISSING');
  const { outgoing, ...data } = input;
  const prepared = await prepareLetter(data, template, letterhead);
  return prepared.finalize(outgoing);
}

/** The composed letter with its real number and date (preview). */
export function composeFinal(
  input: LetterInput & { outgoing: { number: string; date: string } },
  template: LetterTemplate,
  letterhead: Letterhead = DEFAULT_LETTERHEAD,
): ComposedLetter {
  const { outgoing, ...data } = input;
  return composeLetter(data, template, letterhead, {
    outgoing: { number: outgoing.number, dateText: formatLetterDate(outgoing.date, data.lang) },
  });
}
