// Sudan, South Sudan, Ethiopia, Somalia, DR Congo and Mozambique war copy: states of a federation, tolls with their
// sources, long names of bodies with their acronyms. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a place before "state" names a division, not the source of a claim', () => {
  it.each([
    ['"a town in Upper Nile state, in early March"', 'The army shelled Nasir, a town in Upper Nile state, in early March.', []],
    ['"the capital of North Darfur state, after …"', 'The RSF took El Fasher, the capital of North Darfur state, after a long siege.', []],
    // near misses: a real cue after it still reads; a source noun before "states" still speaks
    ['a cue after the division', 'The RSF took El Fasher, the capital of North Darfur state, after a long siege, the army said.',
      [['the army', 'said', 'The RSF took El Fasher, the capital of North Darfur state, after a long siege']]],
    ['"the letter states."', 'The mayor resigned, the letter states.', [['the letter', 'states', 'The mayor resigned']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});
