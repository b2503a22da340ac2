// The one text-key module: keys for matching and sorting names, addresses and summaries, used by
// the registers and the requests alike (pure code).

/** For duplicate matching: case, ё/е, quotes and runs of spaces do not make two texts different. */
export function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Kazakh Cyrillic alphabet in its order (ё is folded into е); it contains the Russian one. */
const ALPHABET = 'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const RANK = new Map(Array.from(ALPHABET).map((ch, i) => [ch, i]));
/** Cyrillic letters sort after digits, spaces and Latin letters, in Kazakh alphabetical order. */
const CYRILLIC_BASE = 0xe000;

/**
 * A key whose plain binary order (how SQLite compares TEXT) is Kazakh alphabetical order:
 * "Әбенова" sorts after "Абаев" and before "Бекова", not after "Яковлев" as code points would.
 * Two names have the same key exactly when they have the same matchKey, so the key also finds
 * same-sender duplicates through its index.
 */
export function nameSortKey(name: string): string {
  let out = '';
  for (const ch of matchKey(name)) {
    const r = RANK.get(ch);
    out += r === undefined ? ch : String.fromCharCode(CYRILLIC_BASE + r);
  }
  return out;
}
