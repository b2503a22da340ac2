// Marks the words of a search in a result, the way the search matched them: each typed word as the
// beginning of a word, folded as the index folds it (common/mailroom/search-fold.ts), so typing
// «жумабаев» or «zhumabaev» marks «Жұмабаев» in the hit, case ignored.
import type { ReactNode } from 'react';
import { latinToCyrillic, searchFold } from '../../../../common/mailroom/search-fold';

/** What to mark: the typed words' folded spellings (as typed, and read from Latin), longest first. */
export interface SearchMarks {
  spellings: string[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

/** The typed words as spellings to mark, or null when nothing searchable was typed. */
export function searchPattern(query: string): SearchMarks | null {
  const spellings = new Set<string>();
  for (const typed of query.split(/\s+/u).filter(Boolean)) {
    for (const w of words(searchFold(typed))) spellings.add(w);
    for (const w of words(latinToCyrillic(typed) ?? '')) spellings.add(w);
  }
  if (spellings.size === 0) return null;
  return { spellings: [...spellings].sort((a, b) => b.length - a.length) };
}

/** The text folded, with where each folded character came from in the text. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = searchFold(ch);
    for (let k = 0; k < f.length; k++) origin.push(at);
    folded += f;
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** [start, end) ranges of the text where a spelling begins a word. */
export function markRanges(text: string, marks: SearchMarks): [number, number][] {
  const { folded, origin } = foldWithOrigin(text);
  const out: [number, number][] = [];
  let i = 0;
  while (i < folded.length) {
    const startsWord = WORD_CHAR.test(folded[i]!) && (i === 0 || !WORD_CHAR.test(folded[i - 1]!));
    const hit = startsWord ? marks.spellings.find((s) => folded.startsWith(s, i)) : undefined;
    if (!hit) {
      i++;
      continue;
    }
    // A folded-away letter (ъ, ь) inside the match stays inside the mark.
    out.push([origin[i]!, origin[i + hit.length]!]);
    i += hit.length;
  }
  return out;
}

export function Highlight({
  text: raw,
  pattern,
}: {
  text: string | null | undefined;
  pattern: SearchMarks | null;
}): ReactNode {
  if (!raw) return null;
  if (!pattern) return raw;
  const text = raw.normalize('NFC');
  const ranges = markRanges(text, pattern);
  if (ranges.length === 0) return text;
  const out: ReactNode[] = [];
  let last = 0;
  for (const [from, to] of ranges) {
    if (from > last) out.push(text.slice(last, from));
    out.push(<mark key={from}>{text.slice(from, to)}</mark>);
    last = to;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
