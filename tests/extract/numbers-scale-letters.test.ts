import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findNumbers(contextOf(text));
const fields = (text: string) => run(text).map((n) => ({ text: n.text, value: n.value, approximate: n.approximate, unit: n.unit, counts: n.counts }));

describe('findNumbers: "K"/"M" scale letters after a bare figure', () => {
  it.each([
    ['"K", whole figure, count after', 'Officials say 52K residents fled the valley.',
      { text: '52K residents', value: 52_000, approximate: false, unit: null, counts: 'residents' }],
    ['"k", whole figure, count after', 'Another 27k families lost their homes.',
      { text: '27k families', value: 27_000, approximate: false, unit: null, counts: 'families' }],
    ['"K" with a decimal', 'The storm damaged 6.8K houses in the district.',
      { text: '6.8K houses', value: 6_800, approximate: false, unit: null, counts: 'houses' }],
    ['"M" with a decimal, count after', 'The drought has left 3.7M people short of food.',
      { text: '3.7M people', value: 3_700_000, approximate: false, unit: null, counts: 'people' }],
    ['"M" with a decimal, nothing counted', 'The war has uprooted 2.6M across the north.',
      { text: '2.6M', value: 2_600_000, approximate: false, unit: null, counts: null }],
    ['"M", whole figure, count after', 'Nearly 4M voters cast ballots.',
      { text: 'Nearly 4M voters', value: 4_000_000, approximate: true, unit: null, counts: 'voters' }],
    ['"K", whole figure, end of clause', 'The number of displaced rose to 95K, the agency said.',
      { text: '95K', value: 95_000, approximate: false, unit: null, counts: 'displaced' }],
    ['a key-figure line', 'Key figures\n\n230K people affected',
      { text: '230K people', value: 230_000, approximate: false, unit: null, counts: 'people' }],
    ['currency before "M" (already read)', 'The appeal seeks $17.5M for shelter.',
      { text: '$17.5M', value: 17_500_000, approximate: false, unit: 'USD', counts: null }],
    ['currency before "bn"', 'The ministry set aside £4bn for repairs.',
      { text: '£4bn', value: 4_000_000_000, approximate: false, unit: 'GBP', counts: null }],
    ['currency before "tn"', 'Brussels unveiled a €1.5tn plan.',
      { text: '€1.5tn', value: 1_500_000_000_000, approximate: false, unit: 'EUR', counts: null }],
  ])('%s', (_label, text, expected) => {
    expect(fields(text)).toContainEqual(expected);
  });

  it.each([
    ['a video resolution', 'The drone streams 4K video to the operators.'],
    ['a resolution with a plural noun', 'The shop sold 8K TVs at a discount.'],
    ['a race after an article', 'She won a 5K race on Sunday.'],
    ['a race after "the"', 'He finished the 10K in record time.'],
    ['a retirement plan', 'He moved his 401k savings into bonds.'],
    ['a company named by a figure and "M"', 'The firm 3M said its profit rose.'],
    ['a company with a verb in "-s"', 'Rival 3M makes filters in the same town.'],
    ['a company before its staff', 'About 300 3M workers walked out, and 3M executives met the union.'],
    ['a retirement plan in capitals', 'Her 401K savings fell.'],
    ['a resolution at the end of a clause', 'The series was shot in 4K. Fans want premium 4K, not HD.'],
    ['a figure and a letter before a capitalised word', 'Shares of 3M Health rose, and 2K Games said it would hire.'],
    ['a letter before the figure', 'M23 fighters and F-16 jets were seen near the M4 motorway.'],
    ['other glued letters', 'The carrier launched 5G service and printed A4 leaflets for K-pop fans.'],
  ])('no thousands or millions: %s', (_label, text) => {
    expect(run(text).filter((n) => n.value >= 1000).map((n) => n.text)).toEqual([]);
  });

  it('reads "3m workers" (lower case) as 3 million: only "3M" is the company', () => {
    expect(run('The strike idled 3m workers.').map((n) => [n.text, n.value])).toContainEqual(['3m workers', 3_000_000]);
  });

  it('keeps lower-case "m" as metres when no count follows', () => {
    expect(fields('The wall was 1.8m high.')).toContainEqual({ text: '1.8m', value: 1.8, approximate: false, unit: 'm', counts: null });
  });
});
