// Protest and human-rights reporting: rival crowd counts, rights groups' tolls, sentences, and their sources.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);
/** Through the whole pipeline: each number with the source of the claim holding it (null when none does). */
const figuresOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const byId = new Map(record.claims.map((c) => [c.id, c]));
  return record.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.source.text : null]);
};

describe('findClaims: each side\'s count of one crowd is a claim of that side', () => {
  it.each([
    ['"put the turnout at"', 'The opposition put the turnout at 100,000, while police estimated 15,000.',
      [['The opposition', 'put', 'the turnout at 100,000'], ['police', 'estimated', '15,000']]],
    ['"estimated the crowd at between … and …", a described subject', 'A monitoring group, the Archive of Public Gatherings, estimated the crowd at between 275,000 and 325,000 people.',
      [['the Archive of Public Gatherings', 'estimated', 'the crowd at between 275,000 and 325,000 people']]],
    ['"put attendance at"', 'Organisers put attendance at 50,000.', [['Organisers', 'put', 'attendance at 50,000']]],
    // near misses: a crowd with no figure after it, a crowd as the object of another verb
    ['near miss: "put the crowd on alert"', 'The stewards put the crowd on alert for 20 minutes.', []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('links each count to its own side', () => {
    expect(figuresOf('The opposition put the turnout at 100,000, while the interior ministry put the number at 15,000.')).toEqual([
      ['100,000', 'The opposition'], ['15,000', 'the interior ministry'],
    ]);
  });
});

describe('findNumbers: "estimated" after a subject is its verb, not a hedge', () => {
  const spans = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.approximate, n.event]);
  it.each([
    ['verb after a subject', 'Police estimated 15,000.', [['15,000', false, 'estimated']]],
    ['verb with a clause', 'Organisers estimated 15,000 people joined the march.', [['15,000 people', false, 'joined']]],
    ['hedge after "an"', 'An estimated 40,000 people fled.', [['An estimated 40,000 people', true, 'fled']]],
    ['hedge opening the sentence', 'Estimated 20 people died.', [['Estimated 20 people', true, 'died']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
