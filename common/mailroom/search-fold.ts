// How register text is folded for search, the same way on both sides: the full-text index holds
// folded text (migration 0011 rebuilds it; its triggers fold with sqlFold) and a query is folded
// with searchFold before it reaches FTS5. Folding makes the search tolerant of the Russian
// keyboard for Kazakh letters («жумабаев» finds «Жұмабаев»: ә/а, ғ/г, қ/к, ң/н, ө/о, ұ/у, ү/у,
// һ/х, і/и) and of the usual spellings of Russian letters (ё/е, й/ы/и, э/е, ъ and ь left out), so
// a Latin transliteration («zhumabaev», «seitkali») is read into the same folded Cyrillic.
// Pure code.

/** Each letter and what it folds to (lower case; upper case folds the same). */
const FOLDS: readonly (readonly [string, string])[] = [
  ['ә', 'а'],
  ['ғ', 'г'],
  ['қ', 'к'],
  ['ң', 'н'],
  ['ө', 'о'],
  ['ұ', 'у'],
  ['ү', 'у'],
  ['һ', 'х'],
  ['і', 'и'],
  ['ё', 'е'],
  ['й', 'и'],
  ['ы', 'и'],
  ['э', 'е'],
  ['ъ', ''],
  ['ь', ''],
];
const FOLD_MAP = new Map(FOLDS);
// One pass of the engine's replace, not a string built letter by letter: search checks the text of
// hundreds of candidate rows per query with it.
const FOLD_RE = new RegExp(`[${FOLDS.map(([from]) => from).join('')}]`, 'gu');

/** Lower case, NFC, and the letters above folded. */
export function searchFold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLD_RE, (ch) => FOLD_MAP.get(ch)!);
}

/**
 * The same fold as an SQL expression over `expr` (SQLite's lower() knows only ASCII, so both
 * cases are replaced; FTS5's tokenizer folds the rest of the case).
 */
export function sqlFold(expr: string): string {
  let out = expr;
  for (const [from, to] of FOLDS) {
    out = `replace(${out}, '${from}', '${to}')`;
    const upper = from.toUpperCase();
    if (upper !== from) out = `replace(${out}, '${upper}', '${to}')`;
  }
  return out;
}

/** The characters of a token in the index (unicode61 splits on everything else). */
export const TOKEN_CHARS = '\\p{L}\\p{N}\\p{M}';

/** Each folded letter and the letters that fold to it, itself first. */
const UNFOLD = new Map<string, string>();
for (const [from, to] of FOLDS) if (to) UNFOLD.set(to, (UNFOLD.get(to) ?? to) + from);
/** The letters folding drops (ъ, ь): stored text may hold them anywhere in a token. */
const DROPPED = `[${FOLDS.filter(([, to]) => !to)
  .map(([from]) => from)
  .join('')}]*`;

/**
 * A regular expression finding folded tokens in text as stored, the way the index finds them:
 * whole tokens in a row (anything else between them), the last one as a beginning if `prefix`.
 * Why not fold the stored text and split it: a search checks the text of hundreds of candidate
 * rows, and folding and splitting every column cost more than the query itself; one native regex
 * scan per column costs a few microseconds.
 */
export function foldedPhraseRegExp(tokens: readonly string[], prefix: boolean): RegExp {
  const letters = (t: string) =>
    Array.from(t)
      .map((ch) => {
        const all = UNFOLD.get(ch) ?? ch;
        // A token holds only letters, digits and marks: nothing in it needs escaping.
        return `${all.length > 1 ? `[${all}]` : all}${DROPPED}`;
      })
      .join('');
  const body = tokens.map(letters).join(`[^${TOKEN_CHARS}]+`);
  return new RegExp(`(?<![${TOKEN_CHARS}])${DROPPED}${body}${prefix ? '' : `(?![${TOKEN_CHARS}])`}`, 'iu');
}

const SQL_FOLD_MAP = new Map(
  FOLDS.flatMap(([from, to]) => [[from, to] as const, [from.toUpperCase(), to] as const]),
);
const SQL_FOLD_RE = new RegExp(`[${[...SQL_FOLD_MAP.keys()].join('')}]`, 'gu');

/**
 * What the SQL of sqlFold computes, in one pass (the letters it replaces never appear in what
 * they are replaced by, so one pass equals the chain). A bulk load calls it as an SQL function
 * instead of the chain of replace(), which costs SQLite about 50 µs a row.
 */
export function foldLikeSql(text: string): string {
  return text.replace(SQL_FOLD_RE, (ch) => SQL_FOLD_MAP.get(ch)!);
}

/** Latin spellings, longest first (passport, Kazakh Latin and everyday transliterations). */
const LATIN: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'е'],
  ['ye', 'е'],
  ['a', 'а'],
  ['ä', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['ç', 'ч'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['ı', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ñ', 'н'],
  ['o', 'о'],
  ['ö', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['ū', 'у'],
  ['ü', 'у'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'кс'],
  ['y', 'и'],
  ['z', 'з'],
];

/** A word typed in Latin letters read as folded Cyrillic («zhumabaev» → «жумабаев»); null without Latin letters. */
export function latinToCyrillic(word: string): string | null {
  const w = word.normalize('NFC').toLowerCase();
  if (!/[a-zäçğıñöşūü]/.test(w)) return null;
  let out = '';
  let i = 0;
  outer: while (i < w.length) {
    for (const [latin, cyr] of LATIN) {
      if (w.startsWith(latin, i)) {
        out += cyr;
        i += latin.length;
        continue outer;
      }
    }
    out += w[i];
    i++;
  }
  return searchFold(out);
}
