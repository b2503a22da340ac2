import { describe, expect, it } from 'vitest';
import { buildFtsQuery, candidateQuery } from '../../electron/mailroom/sql/search';

describe('FTS5 query from typed text', () => {
  it('quotes every word and matches prefixes of two letters or more', () => {
    expect(buildFtsQuery('сейт')).toBe('"сейт"*');
    expect(buildFtsQuery('  Айгерім   СЕЙТҚАЛИ ')).toBe('"айгерім"* "сейтқали"*');
    expect(buildFtsQuery('ВХ-2026-000123')).toBe('"вх 2026 000123"*');
    expect(buildFtsQuery('а')).toBe('"а"');
  });
  it('turns operators, quotes and punctuation into plain text', () => {
    expect(buildFtsQuery('ab" OR "cd')).toBe('"ab"* "or"* "cd"*');
    expect(buildFtsQuery('NEAR(xy yz) AND -zz ^ww col:vv *')).toBe(
      '"near xy"* "yz"* "and"* "zz"* "ww"* "col vv"*',
    );
    expect(buildFtsQuery('" * ( ) - : ^')).toBeNull();
    expect(buildFtsQuery('')).toBeNull();
  });
});

describe('FTS5 candidate query for prefixes without an index of their own', () => {
  it('cuts a long prefix to the longest indexed length and lists it for checking', () => {
    expect(candidateQuery('ки')).toEqual({ match: '"ки"*', check: [] });
    expect(candidateQuery('алмат')).toEqual({ match: '"алмат"*', check: [] });
    expect(candidateQuery('сейтқали айгерім')).toEqual({
      match: '"сейтқ"* "айгер"*',
      check: [
        { tokens: ['сейтқали'], prefix: true },
        { tokens: ['айгерім'], prefix: true },
      ],
    });
    expect(candidateQuery('иван')).toEqual({ match: '"ива"*', check: [{ tokens: ['иван'], prefix: true }] });
    expect(candidateQuery('ВХ-2026-000123')?.match).toBe('"вх 2026 00012"*');
    expect(candidateQuery('я')).toEqual({ match: '"я"', check: [] });
  });
});
