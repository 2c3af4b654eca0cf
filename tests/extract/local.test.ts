// Local news in the US, UK, Canada and Australia: police blotters, county courts, councils and school boards, fires,
// storms and road closures at town level. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const datesOf = (text: string, referenceDate = '2024-03-20') => findDates({ ...contextOf(text), referenceDate }).map((d) => [d.text, d.value]);

describe('a vote\'s tally between the verb and the weekday keeps the weekday in the past', () => {
  it.each([
    // 2024-03-20 is a Wednesday: the vote was the day before, not the next Tuesday ("a plan to" is a noun)
    ['The council voted 8-2 on Tuesday night to approve a $4.2 million plan to repave 23 miles of streets.', [['Tuesday night', '2024-03-19']]],
    ['The school board voted 4-1 Monday to close two schools under a plan to cut costs.', [['Monday', '2024-03-18']]],
    // what must not change: a vote still to come, and a tally after the weekday
    ['The council will vote on Tuesday on a plan to repave streets.', [['Tuesday', '2024-03-26']]],
    ['The board voted on Monday to approve a plan to hire 12 teachers.', [['Monday', '2024-03-18']]],
  ])('%s', (text, expected) => expect(datesOf(text)).toEqual(expected));
});
