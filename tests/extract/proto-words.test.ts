// Words that are names of Object.prototype's properties ("constructor", "toString", "valueOf", "__proto__") are words
// like any other: a table of words looked up by them must not find the prototype's functions. "The constructor said
// the bridge was safe" made every article holding the word crash ("function is not iterable"), found by `npm run fuzz`.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { isCommonLexiconWord } from '../../src/extract/nlp.js';

const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__proto__', '__defineGetter__'];

describe('Object.prototype property names in the text', () => {
  it.each(WORDS)('%s: a record, no crash', (w) => {
    const text = `Headline\n\nThe ${w} said 12 people were killed in ${w} on Monday, according to ${w}. ${w[0]!.toUpperCase()}${w.slice(1)} said the ${w}s were hurt.`;
    const r = extract(text, { id: 'a.txt' });
    expect(r.numbers.some((n) => n.value === 12)).toBe(true);
  });

  it('"The constructor said" is an unnamed source, not a pronoun', () => {
    const r = extract('Headline\n\nThe constructor said the bridge was safe and 12 workers were hurt.', { id: 'a.txt' });
    expect(r.claims.map((c) => [c.source.text, c.source.kind])).toEqual([['The constructor', 'unnamed']]);
  });

  it.each(WORDS)('isCommonLexiconWord(%s) answers without the prototype', (w) => {
    expect(() => isCommonLexiconWord(w)).not.toThrow();
    expect(isCommonLexiconWord(w)).toBe(false);
  });
  it('two such words as a name: a record, no crash', () => {
    const r = extract('Headline\n\nConstructor ValueOf said 12 people were hurt.', { id: 'a.txt' });
    expect(r.numbers.map((n) => n.value)).toEqual([12]);
  });
});
