// Word tables are read by rule id, not by position (ruleById), so adding or reordering a rule cannot hand another
// rule's words to the code that reads it.
import { describe, expect, it } from 'vitest';
import * as NAME_WORDS from '../../src/extract/data/name-words.js';
import { ruleById, type WordRule } from '../../src/extract/data/name-words.js';

const tables = Object.entries(NAME_WORDS).filter(
  (e): e is [string, WordRule[]] => Array.isArray(e[1]) && e[1].length > 0 && typeof (e[1][0] as WordRule).id === 'string',
);

describe('ruleById', () => {
  it('finds the rule of a table by its id, wherever it stands', () => {
    const table: WordRule[] = [
      { id: 'a/first', why: 'first', words: ['one'] },
      { id: 'a/second', why: 'second', words: ['two'] },
    ];
    expect(ruleById(table, 'a/second').words).toEqual(['two']);
    expect(ruleById([...table].reverse(), 'a/second').words).toEqual(['two']);
  });
  it('throws when the table has no such rule', () => {
    expect(() => ruleById(NAME_WORDS.CONFLICT_GROUPS, 'org/no-such-rule')).toThrow(/no rule org\/no-such-rule/);
  });
  it('the ids the code reads exist', () => {
    for (const id of ['org/armed-group', 'org/monitor', 'org/un-agency']) expect(ruleById(NAME_WORDS.CONFLICT_GROUPS, id).id).toBe(id);
    expect(ruleById(NAME_WORDS.PLACE_OBJECT_VERBS, 'place-cue/everyday-ground-verb').words.length).toBeGreaterThan(0);
  });
  it.each(tables.map(([name, rules]) => [name, rules.map((r) => r.id)] as const))('%s has unique ids', (_name, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
  });
});
