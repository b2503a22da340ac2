import { describe, expect, it } from 'vitest';
import { buildFtsQuery, candidateQuery } from '../../electron/mailroom/sql/search';

describe('FTS5 query from typed text', () => {
  it('quotes every word, folded, and matches prefixes of two letters or more', () => {
    expect(buildFtsQuery('сейт')).toBe('"сеит"*');
    // Kazakh letters, й and ё are folded as in the index (migration 0011).
    expect(buildFtsQuery('  Айгерім   СЕЙТҚАЛИ ')).toBe('"аигерим"* AND "сеиткали"*');
    expect(buildFtsQuery('ВХ-2026-000123')).toBe('"вх 2026 000123"*');
    expect(buildFtsQuery('а')).toBe('"а"');
  });
  it('tries a Latin word as typed and as its Cyrillic reading', () => {
    expect(buildFtsQuery('zhumabaev')).toBe('("zhumabaev"* OR "жумабаев"*)');
    expect(buildFtsQuery('RR123456785KZ')).toBe('("rr123456785kz"* OR "рр123456785кз"*)');
  });
  it('turns operators, quotes and punctuation into plain text', () => {
    expect(buildFtsQuery('ab" OR "cd')).toBe('("ab"* OR "аб"*) AND ("or"* OR "ор"*) AND ("cd"* OR "кд"*)');
    expect(buildFtsQuery('" * ( ) - : ^')).toBeNull();
    expect(buildFtsQuery('')).toBeNull();
  });
});

describe('FTS5 candidate query for prefixes without an index of their own', () => {
  it('cuts a long prefix to the longest indexed length and lists it for checking', () => {
    expect(candidateQuery('ки')).toEqual({ match: '"ки"*', check: [] });
    expect(candidateQuery('алмат')).toEqual({ match: '"алмат"*', check: [] });
    expect(candidateQuery('сейтқали айгерім')).toEqual({
      match: '"сеитк"* AND "аигер"*',
      check: [
        { alts: [{ tokens: ['сеиткали'], prefix: true }] },
        { alts: [{ tokens: ['аигерим'], prefix: true }] },
      ],
    });
    // Four letters have an index of their own (migration 0020); six are cut to five.
    expect(candidateQuery('иван')).toEqual({ match: '"иван"*', check: [] });
    expect(candidateQuery('иванов')).toEqual({
      match: '"ивано"*',
      check: [{ alts: [{ tokens: ['иванов'], prefix: true }] }],
    });
    expect(candidateQuery('ВХ-2026-000123')?.match).toBe('"вх 2026 00012"*');
    expect(candidateQuery('я')).toEqual({ match: '"я"', check: [] });
  });
});
