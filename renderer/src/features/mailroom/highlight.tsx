// Marks the words of a search in a result, the way the search matched them: each typed word as the
// beginning of a word, ignoring case (Cyrillic and Kazakh letters included).
import type { ReactNode } from 'react';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The typed words as a regex for word beginnings, or null when nothing searchable was typed. */
export function searchPattern(query: string): RegExp | null {
  const tokens = query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  if (tokens.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${tokens.join('|')})`, 'giu');
}

export function Highlight({
  text: raw,
  pattern,
}: {
  text: string | null | undefined;
  pattern: RegExp | null;
}): ReactNode {
  if (!raw) return null;
  if (!pattern) return raw;
  const text = raw.normalize('NFC');
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (m[0].length === 0) continue;
    if (at > last) out.push(text.slice(last, at));
    out.push(<mark key={at}>{m[0]}</mark>);
    last = at + m[0].length;
  }
  if (out.length === 0) return text;
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
