// Full-text search over the registers (FTS5 tables incoming_fts / outgoing_fts, kept in step by
// triggers; see migration 0003). What a user types never reaches FTS5 as syntax: every word is
// quoted, so quotes, AND/OR/NOT/NEAR, parentheses, ^, :, * and - are just text.
import type { DB } from './server';

const MAX_WORDS = 10;

/**
 * Turns typed text into a safe FTS5 query: each word becomes a quoted phrase, matched as a prefix
 * when its last token has two or more characters ("сейт" finds Сейтқали); all words must match.
 * Returns null when nothing searchable was typed.
 */
export function buildFtsQuery(input: string): string | null {
  const words = input.normalize('NFC').split(/\s+/u).filter(Boolean).slice(0, MAX_WORDS);
  const parts: string[] = [];
  for (const w of words) {
    const tokens = w.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
    if (tokens.length === 0) continue;
    const phrase = `"${tokens.join(' ').replace(/"/g, '""')}"`;
    // A one-letter prefix would expand to a large part of the vocabulary: match it as a word.
    parts.push(Array.from(tokens[tokens.length - 1]!).length >= 2 ? `${phrase}*` : phrase);
  }
  return parts.length ? parts.join(' ') : null;
}

/** Matching row ids, newest registration first (FTS5 walks its rowid order; no ranking pass). */
export function searchIds(db: DB, register: 'incoming' | 'outgoing', ftsQuery: string, limit: number): number[] {
  const table = register === 'incoming' ? 'incoming_fts' : 'outgoing_fts';
  const rows = db.prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`).all(ftsQuery, limit) as {
    id: number;
  }[];
  return rows.map((r) => r.id);
}
