// Register number formats, set by the administrator: `ВХ-{YYYY}-{NNNNNN}` gives ВХ-2026-000123.
// Tokens: {YYYY} or {YY} (the register year, exactly one), {N}…{NNNNNNNNN} (the sequence number
// within the year, zero-padded to the number of Ns, never truncated; exactly one). Literal text:
// letters of any script, digits, spaces and - / . _ № #. Pure code: the settings screen previews it.

export const DEFAULT_INCOMING_FORMAT = 'ВХ-{YYYY}-{NNNNNN}';
export const DEFAULT_OUTGOING_FORMAT = 'ИСХ-{YYYY}-{NNNNNN}';
/** Short enough that a formatted number stays within the sync contract's 40 characters. */
export const NUMBER_FORMAT_MAX_LENGTH = 30;

export type NumberFormatProblem =
  | 'empty'
  | 'too_long'
  | 'unknown_token'
  | 'unbalanced_brace'
  | 'bad_character'
  | 'missing_sequence'
  | 'missing_year'
  | 'repeated_token'
  | 'adjacent_tokens';

type Part = { kind: 'text'; text: string } | { kind: 'year'; digits: 2 | 4 } | { kind: 'seq'; width: number };

const LITERAL = /^[\p{L}\p{N} \-/._№#]+$/u;

export function parseNumberFormat(
  pattern: string,
): { ok: true; parts: Part[] } | { ok: false; problem: NumberFormatProblem } {
  if (pattern.trim().length === 0) return { ok: false, problem: 'empty' };
  if (pattern.length > NUMBER_FORMAT_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  const parts: Part[] = [];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    const close = pattern.indexOf('}', i);
    if (close !== -1 && (open === -1 || close < open)) return { ok: false, problem: 'unbalanced_brace' };
    if (open === -1) {
      parts.push({ kind: 'text', text: pattern.slice(i) });
      break;
    }
    if (open > i) parts.push({ kind: 'text', text: pattern.slice(i, open) });
    const end = pattern.indexOf('}', open);
    if (end === -1) return { ok: false, problem: 'unbalanced_brace' };
    const token = pattern.slice(open + 1, end);
    if (token === 'YYYY') parts.push({ kind: 'year', digits: 4 });
    else if (token === 'YY') parts.push({ kind: 'year', digits: 2 });
    else if (/^N{1,9}$/.test(token)) parts.push({ kind: 'seq', width: token.length });
    else return { ok: false, problem: 'unknown_token' };
    i = end + 1;
  }
  for (const p of parts)
    if (p.kind === 'text' && !LITERAL.test(p.text)) return { ok: false, problem: 'bad_character' };
  const years = parts.filter((p) => p.kind === 'year').length;
  const seqs = parts.filter((p) => p.kind === 'seq').length;
  if (seqs === 0) return { ok: false, problem: 'missing_sequence' };
  if (years === 0) return { ok: false, problem: 'missing_year' };
  if (seqs > 1 || years > 1) return { ok: false, problem: 'repeated_token' };
  for (let k = 1; k < parts.length; k++)
    if (parts[k]!.kind !== 'text' && parts[k - 1]!.kind !== 'text')
      return { ok: false, problem: 'adjacent_tokens' };
  return { ok: true, parts };
}

/** Formats a register number; throws a RangeError on an invalid pattern (settings refuse those). */
export function formatRegisterNumber(pattern: string, year: number, seq: number): string {
  const parsed = parseNumberFormat(pattern);
  if (!parsed.ok) throw new RangeError(`invalid register number format (${parsed.problem})`);
  return parsed.parts
    .map((p) => {
      if (p.kind === 'text') return p.text;
      if (p.kind === 'year')
        return p.digits === 4 ? String(year).padStart(4, '0') : String(year % 100).padStart(2, '0');
      return String(seq).padStart(p.width, '0');
    })
    .join('');
}
