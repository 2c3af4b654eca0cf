// Refugee, migration, epidemic and aid copy: agencies' tolls of peoples, appeals and outbreaks. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each number as [text, counts, event]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);

describe('a people whose plural is its singular is what a figure counts', () => {
  it.each([
    ['"569 Rohingya" (a people)', 'At least 569 Rohingya died at sea last year, the agency said.',
      [['At least 569 Rohingya', 'Rohingya', 'died']]],
    ['"300 Sudanese" (a demonym in -ese)', 'Some 300 Sudanese arrive in the town every day, aid workers said.',
      [['Some 300 Sudanese', 'Sudanese', 'arrive']]],
    ['a list: "40 Eritreans and 25 Sudanese" counts each its own', 'Police intercepted 40 Eritreans and 25 Sudanese on Sunday.',
      [['40 Eritreans', 'Eritreans', 'intercepted'], ['25 Sudanese', 'Sudanese', 'intercepted']]],
    ['"120 Congolese"', 'The boat carried 120 Congolese and 30 Burundians.',
      [['120 Congolese', 'Congolese', 'carried'], ['30 Burundians', 'Burundians', 'carried']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });

  it('a name after a rank is still no count', () => {
    expect(numbersOf('Ranked 1 Kyle Busch, 2 Joey Logano.').map((n) => n[1])).toEqual([null, null]);
  });
});
