// Dates left wrong or missing by earlier sessions: a wire dateline in capitals further down the text, and the
// twelve months "to" a month of economic figures (extract stage). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const valuesOf = (text: string, referenceDate = '2026-07-16') => findDates({ ...contextOf(text), referenceDate }).map((d) => [d.text, d.value]);

describe('a month in capitals with its day is a date', () => {
  it.each([
    ['TBILISI, JUNE 9 (Reuters) - Police in Georgia detained 20 people.', [['JUNE 9', '2026-06-09']]],
    ['BAKU, OCT. 3 (AP) - Azerbaijan closed its border.', [['OCT. 3', '2025-10-03']]],
    // what must not change: capitals without a day are no date
    ['PROTESTERS MAY RETURN, POLICE WARN', []],
  ])('%s', (text, expected) => expect(valuesOf(text)).toEqual(expected));
});

describe('"the year to June" is dated by June, looking back', () => {
  it.each([
    ['British consumer prices rose 3.6% in the year to June, the statistics office said.', '2026-07-16', [['June', '2026-06']]],
    // in May the last June is the year before's
    ['Armenian consumer prices rose 3.1% in the year to June.', '2026-05-08', [['June', '2025-06']]],
    ['Exports grew 4% in the year through September, the ministry said.', '2026-11-20', [['September', '2026-09']]],
    // a forecast looks forward
    ['Inflation is expected to reach 3% in the year to March.', '2026-07-16', [['March', '2027-03']]],
    // what must not change: a month with its year, and "the three months to May"
    ['House prices rose 4% in the year to March 2025.', '2026-07-16', [['the year to March 2025', '2025-03']]],
    ['Wages grew 5% in the three months to May, it said.', '2026-07-16', [['May', '2026-05']]],
  ])('%s (%s)', (text, ref, expected) => expect(valuesOf(text, ref)).toEqual(expected));
});

describe('"expected X to" in the past looks forward as "would" does', () => {
  it.each([
    ['Economists at JPMorgan said they expected the bank to start cutting rates in December.', '2026-10-03', [['December', '2026-12']]],
    ['Police said they expected protesters to gather on Friday.', '2026-10-07', [['Friday', '2026-10-09']]],
    // what must not change: the nearest month, which may lie behind
    ['Officials had expected the dam to hold in March.', '2026-05-10', [['March', '2026-03']]],
  ])('%s (%s)', (text, ref, expected) => expect(valuesOf(text, ref)).toEqual(expected));
});
