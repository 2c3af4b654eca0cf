import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string, referenceDate: string | null = '2017-05-13') => findDates({ ...contextOf(text), referenceDate });
const brief = (text: string, ref?: string | null) => run(text, ref).map((d) => ({ text: d.text, value: d.value, precision: d.precision }));

describe('findDates', () => {
  it.each([
    ['month and day', 'The Pentagon confirmed the deal on May 11.', [{ text: 'May 11', value: '2017-05-11', precision: 'day' }]],
    ['a weekday, preposition left out', 'Nasrallah announced on Thursday that the group had left.', [{ text: 'Thursday', value: '2017-05-11', precision: 'day' }]],
    ['a bare year', 'The war began in 2011.', [{ text: '2011', value: '2011', precision: 'year' }]],
    ['a month alone', 'Donors met in London in February.', [{ text: 'February', value: '2017-02', precision: 'month' }]],
    ['full date', 'The treaty was signed on 29 December 2016.', [{ text: '29 December 2016', value: '2016-12-29', precision: 'day' }]],
    ['past event never after the reference date', 'He left the ministry on September 24.', [{ text: 'September 24', value: '2016-09-24', precision: 'day' }]],
    ['a future sentence may go forward', 'The ministers will meet on Friday.', [{ text: 'Friday', value: '2017-05-19', precision: 'day' }]],
    ['a relative date', 'The talks collapsed yesterday.', [{ text: 'yesterday', value: '2017-05-12', precision: 'day' }]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reads a bare "3 weeks" forward in a future sentence only, however past and future sentences alternate', () => {
    // the past and the future chrono share most of their parsers (dates.ts): neither reading may leak into the other
    const text = 'The ceasefire held 3 weeks. The ceasefire will hold 3 weeks. The ceasefire held 3 weeks. The truce will hold 3 weeks.';
    expect(brief(text)).toEqual([
      { text: '3 weeks', value: '2017-06-03', precision: 'day' },
      { text: '3 weeks', value: '2017-06-03', precision: 'day' },
    ]);
    expect(run(text).map((d) => text.slice(0, d.start).split('. ').length)).toEqual([2, 4]);
  });
  it('keeps the text but no value when a relative date has no reference', () => {
    expect(brief('Nasrallah spoke on Thursday.', null)).toEqual([{ text: 'Thursday', value: null, precision: 'day' }]);
  });
  it('resolves an absolute date without a reference', () => {
    expect(brief('The deal was signed on May 11, 2015.', null)).toEqual([{ text: 'May 11, 2015', value: '2015-05-11', precision: 'day' }]);
  });
  it.each([
    ['a duration', 'Ten airstrikes were conducted in the last 24 hours.'],
    ['a count that looks like a year', 'The group has 2000 fighters.'],
    ['the modal "may"', 'A new round of clashes may start soon.'],
  ])('finds no date in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
  it('keeps spans equal to their text', () => {
    const text = 'On May 11 and again last week, in 2016 and on Thursday.';
    for (const d of run(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
