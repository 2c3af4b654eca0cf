// Numbers left uncounted by earlier sessions: a hedged total after "bringing the total to", and a part of a crowd
// after ", with" and its participle (extract stage). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

/** Each figure as [text, counts, event]. */
const numbersOf = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.counts, n.event]);

describe('a total or a part whose noun is left out counts what the figure before it counts', () => {
  it.each([
    ['a hedged total', 'The ministry said 312 more people were killed, bringing the total to around 14,000.',
      [['312 more people', 'people', 'killed'], ['around 14,000', 'people', null]]],
    ['a part after ", with" and its participle', 'Police clashed with 300 protesters, with 40 arrested.',
      [['300 protesters', 'protesters', null], ['40', 'protesters', 'arrested']]],
    ['two parts', 'Troops fired on 500 demonstrators, with 12 killed and 30 wounded.',
      [['500 demonstrators', 'demonstrators', null], ['12', 'demonstrators', 'killed'], ['30', 'demonstrators', 'wounded']]],
    ['"left" and a state', 'Heavy rains have killed at least 56 people and left 67 missing, authorities said.',
      [['at least 56 people', 'people', 'killed'], ['67', 'people', 'missing']]],
    // what must not change: a noun of the part's own, and a hedged figure with no lead
    ['a noun of its own', 'The storm hit 40 towns, with 12 villages flooded.', [['40 towns', 'towns', 'hit'], ['12 villages', 'villages', 'flooded']]],
    ['no lead word', 'Police arrested 30 men; about 400 were questioned.', [['30 men', 'men', 'arrested'], ['about 400', null, 'questioned']]],
  ])('%s', (_what, text, expected) => expect(numbersOf(text)).toEqual(expected));
});
