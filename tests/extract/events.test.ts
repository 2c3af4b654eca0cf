import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findNumbers(contextOf(text));
const fields = (text: string) => run(text).map((n) => ({ text: n.text, value: n.value, approximate: n.approximate, counts: n.counts }));

describe('findNumbers: "dozen" multiplies the number before it', () => {
  it.each([
    ['a number word and "dozen"', 'Roughly three dozen tents were pitched beside the river.',
      { text: 'Roughly three dozen tents', value: 36, approximate: true, counts: 'tents' }],
    ['an exact word and "dozen"', 'Four dozen ballot boxes went missing overnight.',
      { text: 'Four dozen ballot boxes', value: 48, approximate: false, counts: 'ballot boxes' }],
    ['a figure and "dozen"', 'Rangers confiscated 5 dozen traps in the reserve.',
      { text: '5 dozen traps', value: 60, approximate: false, counts: 'traps' }],
    ['"one dozen"', 'One dozen lifeboats were lowered.',
      { text: 'One dozen lifeboats', value: 12, approximate: false, counts: 'lifeboats' }],
    ['a range of dozens', 'Two or three dozen shops were looted.',
      { text: 'Two or three dozen shops', value: 24, approximate: true, counts: 'shops' }],
    ['"half a dozen"', 'Half a dozen ambulances raced to the scene.',
      { text: 'Half a dozen ambulances', value: 6, approximate: false, counts: 'ambulances' }],
    ['"several dozen", as "several hundred"', 'Several dozen farmers blocked the motorway.',
      { text: 'Several dozen farmers', value: 24, approximate: true, counts: 'farmers' }],
    ['"a few dozen"', 'Only a few dozen spectators stayed until the end.',
      { text: 'a few dozen spectators', value: 24, approximate: true, counts: 'spectators' }],
  ])('%s', (_label, text, expected) => {
    expect(fields(text)).toContainEqual(expected);
  });

  it.each([
    ['"a dozen" stays 12', 'About a dozen trawlers sank in the storm.',
      { text: 'About a dozen trawlers', value: 12, approximate: true, counts: 'trawlers' }],
    ['"dozens of" stays 24, approximate', 'Dozens of pilgrims fainted in the heat.',
      { text: 'Dozens', value: 24, approximate: true, counts: 'pilgrims' }],
  ])('unchanged: %s', (_label, text, expected) => {
    expect(fields(text)).toContainEqual(expected);
  });
});
