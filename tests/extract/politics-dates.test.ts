// Dates in government stories: what an official says should happen lies ahead (extract stage). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const valuesOf = (text: string, referenceDate = '2024-03-23') => findDates({ ...contextOf(text), referenceDate }).map((d) => [d.text, d.value]);

describe('"should" looks forward as "would" does', () => {
  it.each([
    ['A spokesperson said federal employees should report to work as usual on Monday.', [['Monday', '2024-03-25']]],
    ['The minister said schools should reopen in April.', [['April', '2024-04']]],
    // what must not change: "should have" and a plain past
    ['Critics said the agency should have acted on Monday.', [['Monday', '2024-03-18']]],
    ['Employees returned to work on Monday.', [['Monday', '2024-03-18']]],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});

describe('a span counted from an event the text names is no date', () => {
  it.each([
    ['Ruto spoke on Wednesday, a day after protesters stormed parliament.', [['Wednesday', '2024-03-20']]],
    ['The vote came a week after the protests.', []],
    // what must not change: a span counted from the article's date
    ['The results were published a week ago.', [['a week ago', '2024-03']]],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});
