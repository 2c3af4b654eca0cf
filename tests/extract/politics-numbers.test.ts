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

describe('both sides of a vote\'s tally count votes', () => {
  it.each([
    ['The House approved the measure on Friday, 286-134.', [['286', 'votes'], ['134', 'votes']]],
    ['The Senate voted 74-24 to pass the bill.', [['74', 'votes'], ['24', 'votes']]],
    ['The bill passed by a vote of 74 to 24.', [['74', 'votes'], ['24', 'votes']]],
    ['A 52-48 vote confirmed her as the new secretary.', [['52', 'votes'], ['48', 'votes']]],
    // what must not change: a score, a range of a share, a season
    ['Chelsea beat Arsenal 2-1 on Sunday.', []],
    ['Prices rose 10-15 percent last year.', [['10-15 percent', null]]],
    ['The 2021-2022 season ended early.', []],
  ])('%s', (text, expected) => expect(countsOf(text)).toEqual(expected));
});

describe('shillings are money', () => {
  const unitsOf = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.unit, n.counts]);
  it.each([
    ['The bill aimed to raise an additional 346 billion shillings in taxes.', [['346 billion shillings', 'shilling', null]]],
    ['The bill would raise 346 billion Kenyan shillings. About 200 billion shillings would go to schools.',
      [['346 billion Kenyan shillings', 'KES', null], ['About 200 billion shillings', 'KES', null]]],
    ['The tax raised 30 billion Uganda shillings last year.', [['30 billion Uganda shillings', 'UGX', null]]],
  ])('%s', (text, expected) => expect(unitsOf(text)).toEqual(expected));
});
