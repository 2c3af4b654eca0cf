// Seat and vote counts in election stories: a bare figure whose noun is left out (extract stage). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

/** Each figure as [text, counts]. */
const countsOf = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.counts]);

describe('a bare figure whose noun is left out counts what the figure before it counts', () => {
  it.each([
    ['The party won 240 of the 543 seats, down from 303 in 2019.', [['240', 'seats'], ['543 seats', 'seats'], ['303', 'seats']]],
    ['The bloc won 215 seats, short of the 233 needed for a majority.', [['215 seats', 'seats'], ['233', 'seats']]],
    ['The main opposition party won 148 seats, up from 98.', [['148 seats', 'seats'], ['98', 'seats']]],
    ['The League won 75 seats and the Peoples Party (PPP) 54.', [['75 seats', 'seats'], ['54', 'seats']]],
    ['In the state the party won 33 of 80 seats, while its rival took 37.', [['33', 'seats'], ['80 seats', 'seats'], ['37', 'seats']]],
    ['The bill was passed by 195 votes to 106.', [['195 votes', 'votes'], ['106', 'votes']]],
    // what must not change: an age, a figure after a compound, a figure in another sentence
    ['Police held 12 protesters, some of them under 18.', [['12 protesters', 'protesters'], ['under 18', null]]],
    ['It has a 465-seat chamber, of which 233 make a majority.', [['465-seat', 'seat'], ['233', null]]],
    ['The party won 75 seats. The rival took 54.', [['75 seats', 'seats'], ['54', null]]],
  ])('%s', (text, expected) => expect(countsOf(text)).toEqual(expected));
});
