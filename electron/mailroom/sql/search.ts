// Full-text search over the registers (FTS5 tables incoming_fts / outgoing_fts, kept in step by
// triggers; see migration 0003). What a user types never reaches FTS5 as syntax: every word is
// quoted, so quotes, AND/OR/NOT/NEAR, parentheses, ^, :, * and - are just text.
//
// Speed at a million rows. An FTS5 query for whole words, or for prefixes of 2 to 5 letters (the
// tables have prefix indexes of those lengths, migration 0020), streams its matches newest
// first and stops after LIMIT rows: about a millisecond. Any other prefix ("иванова*", "алматы*",
// "заявление*") has no index: FTS5 merges the full lists of every word with that prefix before
// it can return one row, 20-100 ms for a word in a third of all letters. So such a prefix is
// searched by its longest indexed beginning (streaming, newest first) and each candidate is
// checked here against the whole prefix, a page or so at a time. When few candidates pass (a rare
// word behind a common beginning), FTS5's own prefix query is cheap, and it is used instead.
// Either way the result is exactly what the plain FTS5 query would return.
//
// The index holds folded text (migration 0011) and every word typed is folded the same way
// (common/mailroom/search-fold.ts); a word with Latin letters is also tried as its Cyrillic reading,
// so «zhumabaev» finds «Жұмабаев» while «RR123456785KZ» still finds the tracking number.
import {
  TOKEN_CHARS,
  foldedPhraseRegExp,
  latinToCyrillic,
  searchFold,
} from '../../../common/mailroom/search-fold';
import type { DB } from '../../sql/server';

const MAX_WORDS = 10;
/** The prefix index lengths of the FTS5 tables (migration 0020: prefix = '2 3 4 5'). */
export const INDEXED_PREFIXES = [2, 3, 4, 5];
const CANDIDATE_BUDGET = 600;

const SEPARATORS = new RegExp(`[^${TOKEN_CHARS}]+`, 'u');

/** unicode61 splits on everything that is not a letter, digit or mark; case and letters are folded. */
function tokens(text: string): string[] {
  return searchFold(text).split(SEPARATORS).filter(Boolean);
}

interface Spelling {
  /** The word's tokens (a phrase, e.g. ВХ-2026-000123 → вх 2026 000123), folded. */
  tokens: string[];
  /** Whether the last token is matched as a prefix. */
  prefix: boolean;
}

/** A word typed: its spellings (as typed, and read from Latin into Cyrillic); any one may match. */
interface Word {
  alts: Spelling[];
}

function spelling(text: string): Spelling | null {
  const t = tokens(text);
  // A one-letter prefix would expand to a large part of the vocabulary: match it as a word.
  return t.length ? { tokens: t, prefix: Array.from(t[t.length - 1]!).length >= 2 } : null;
}

function parseWords(input: string): Word[] {
  const words: Word[] = [];
  for (const w of input.split(/\s+/u).filter(Boolean).slice(0, MAX_WORDS)) {
    const typed = spelling(w);
    if (!typed) continue;
    const cyr = latinToCyrillic(w);
    const read = cyr ? spelling(cyr) : null;
    words.push({ alts: read && read.tokens.join(' ') !== typed.tokens.join(' ') ? [typed, read] : [typed] });
  }
  return words;
}

function phrase(tokensOfWord: string[], prefix: boolean): string {
  return `"${tokensOfWord.join(' ').replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

function either(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/**
 * Turns typed text into a safe FTS5 query: each word becomes a quoted phrase, matched as a prefix
 * when its last token has two or more characters ("сейт" finds Сейтқали); all words must match.
 * Returns null when nothing searchable was typed.
 */
export function buildFtsQuery(input: string): string | null {
  const words = parseWords(input);
  return words.length
    ? words.map((w) => either(w.alts.map((a) => phrase(a.tokens, a.prefix)))).join(' AND ')
    : null;
}

/** The streaming candidate query: long prefixes cut to the indexed length; and the words to check. */
export function candidateQuery(input: string): { match: string; check: Word[] } | null {
  const words = parseWords(input);
  if (!words.length) return null;
  const check: Word[] = [];
  const parts = words.map((w) => {
    let cutAny = false;
    const alts = w.alts.map((a) => {
      const last = Array.from(a.tokens[a.tokens.length - 1]!);
      if (!a.prefix || INDEXED_PREFIXES.includes(last.length)) return phrase(a.tokens, a.prefix);
      const cut = Math.max(...INDEXED_PREFIXES.filter((n) => n < last.length));
      cutAny = true;
      return phrase([...a.tokens.slice(0, -1), last.slice(0, cut).join('')], true);
    });
    if (cutAny) check.push(w);
    return either(alts);
  });
  return { match: parts.join(' AND '), check };
}

/** A word to check in stored text: one expression per spelling; any one may match. */
type Matcher = RegExp[];

function matcher(w: Word): Matcher {
  return w.alts.map((a) => foldedPhraseRegExp(a.tokens, a.prefix));
}

/** Whether every word is found in one of the texts (each word may be in another text). */
function allFound(texts: readonly (string | null)[], words: readonly Matcher[]): boolean {
  return words.every((alts) => texts.some((t) => t !== null && alts.some((re) => re.test(t))));
}

/** The indexed text of rows, column by column, built exactly as the triggers build it. */
const INDEXED_COLUMNS = {
  incoming: `SELECT id,
      concat_ws(' ', incoming_no, seq, tracking_number, courier_company, waybill, sender_iin, sender_ref_number) AS c1,
      sender_name AS c2, sender_address AS c3, concat_ws(' ', summary, document_type, enclosures) AS c4, notes AS c5
    FROM incoming_letters WHERE id IN (SELECT value FROM json_each(?))`,
  outgoing: `SELECT id,
      concat_ws(' ', outgoing_no, seq, in_reply_to_no, tracking_number, courier_company, waybill) AS c1,
      addressee_name AS c2, addressee_address AS c3, summary AS c4, concat_ws(' ', signatory, notes) AS c5
    FROM outgoing_letters WHERE id IN (SELECT value FROM json_each(?))`,
};

const INDEXED_NAMES = ['c1', 'c2', 'c3', 'c4', 'c5'];

type Register = 'incoming' | 'outgoing';

function ftsIds(db: DB, register: Register, match: string, limit: number, before?: number): number[] {
  const table = register === 'incoming' ? 'incoming_fts' : 'outgoing_fts';
  const bound = before === undefined ? '' : 'AND rowid < ?';
  const params: unknown[] = before === undefined ? [match, limit] : [match, before, limit];
  const rows = db
    .prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ${bound} ORDER BY rowid DESC LIMIT ?`)
    .all(...params) as {
    id: number;
  }[];
  return rows.map((r) => r.id);
}

/** The ids among `chunk` whose stored text holds every word to check, in the order given. */
function passing(db: DB, register: Register, chunk: number[], check: readonly Matcher[]): number[] {
  if (chunk.length === 0) return [];
  const rows = db.prepare(INDEXED_COLUMNS[register]).all(JSON.stringify(chunk)) as Record<
    string,
    string | number | null
  >[];
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return chunk.filter((id) => {
    const r = byId.get(id);
    return (
      r !== undefined &&
      allFound(
        INDEXED_NAMES.map((n) => (r[n] === null ? null : String(r[n]))),
        check,
      )
    );
  });
}

/** Matching row ids, newest registration first, at most `limit`; the same ids as buildFtsQuery's query gives. */
export function searchIds(db: DB, register: Register, input: string, limit: number): number[] {
  const full = buildFtsQuery(input);
  const plan = candidateQuery(input);
  if (!full || !plan) return [];
  if (plan.check.length === 0) return ftsIds(db, register, full, limit);

  const check = plan.check.map(matcher);
  const found: number[] = [];
  // Rows are what costs, so they are read a chunk at a time: a page's worth first (most candidates
  // usually pass), then as many as the rate of passing so far says the page still needs. FTS5
  // streams the candidate ids for each chunk from where the last chunk ended.
  let ids: number[] = [];
  let exhausted = false;
  let scanned = 0;
  let size = limit + 8;
  for (;;) {
    const end = Math.min(scanned + size, CANDIDATE_BUDGET);
    if (!exhausted && ids.length < end) {
      const more = ftsIds(db, register, plan.match, end - ids.length, ids[ids.length - 1]);
      exhausted = more.length < end - ids.length;
      ids = ids.concat(more);
    }
    const chunk = ids.slice(scanned, end);
    for (const id of passing(db, register, chunk, check)) {
      found.push(id);
      if (found.length >= limit) return found;
    }
    scanned += chunk.length;
    if (exhausted && scanned === ids.length) return found;
    // At the rate candidates pass so far, would the page fill before the budget runs out? If not,
    // stop checking now: the rest of the budget would be spent only to end in the query below.
    const needed = ((limit - found.length) * scanned) / Math.max(found.length, 0.5);
    if (scanned + needed > CANDIDATE_BUDGET) break;
    size = Math.ceil(needed * 1.25) + 8;
  }
  // Few candidates pass: the words are rare, so FTS5's own prefix query is cheap here.
  return ftsIds(db, register, full, limit);
}

/**
 * Whether every typed word matches one of the texts, the way the registers' index matches it
 * (folded, each word as the beginning of a word, Latin read as Cyrillic); false when nothing
 * searchable was typed. For small sets searched without FTS5 (the requests' subjects).
 */
export function textsMatch(texts: readonly string[], input: string): boolean {
  const words = parseWords(input);
  return words.length > 0 && allFound(texts, words.map(matcher));
}
