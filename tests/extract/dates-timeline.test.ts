import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const values = (text: string, ref: string) => findDates({ ...contextOf(text), referenceDate: ref }).map((d) => [d.text, d.value]);

describe('findDates: timelines', () => {
  it.each([
    ['items under year headings take the heading year',
      'Key moments in the dispute.\n\n2021\n\nMay 9 - The union calls its first strike.\n\n2022\n\nAug. 14 - Talks break down.',
      '2024-02-20', [['2021', '2021'], ['May 9', '2021-05-09'], ['2022', '2022'], ['Aug. 14', '2022-08-14']]],
    ['an item after a dated item takes its year',
      'Key moments.\n\nOctober 3, 2021 – The mine floods.\n\nApril 11 – Two miners are rescued alive.',
      '2024-02-20', [['October 3, 2021', '2021-10-03'], ['April 11', '2022-04-11']]],
    ['an item in the same year after a dated item',
      'Key moments.\n\nFebruary 2, 2023 – The dam cracks.\n\nJune 8 – Engineers drain the lake.',
      '2024-02-20', [['February 2, 2023', '2023-02-02'], ['June 8', '2023-06-08']]],
    ['an opening "On …" under a heading',
      'How it unfolded.\n\n2020\n\nOn March 15, the border closed.',
      '2024-02-20', [['2020', '2020'], ['March 15', '2020-03-15']]],
    ['a first item in the present of narration is past',
      'Key moments.\n\nMarch 4 – The ferry sinks off the coast.',
      '2024-02-20', [['March 4', '2023-03-04']]],
    ['a prose date after a dated paragraph keeps the article year',
      'On January 12, 2022, the plant opened.\n\nThe minister visits on March 3, officials say.',
      '2024-02-20', [['January 12, 2022', '2022-01-12'], ['March 3', '2024-03-03']]],
  ])('%s', (_label, text, ref, expected) => {
    expect(values(text, ref)).toEqual(expected);
  });
});

describe('findDates: the future seen from the past, and lengths of time', () => {
  it.each([
    ['"would" before a weekday looks forward', 'The envoy said talks would resume on Thursday.', '2024-05-21', [['Thursday', '2024-05-23']]],
    ['"would" after the weekday stays past', 'He said on Monday he would step down.', '2024-05-22', [['Monday', '2024-05-20']]],
    ['a refusal stays past', 'A spokesman would not comment on Tuesday.', '2024-05-22', [['Tuesday', '2024-05-21']]],
    ['"expect" looks forward', 'Forecasters expect snow on Saturday.', '2024-05-22', [['Saturday', '2024-05-25']]],
    ['an opening date takes the past verb after it', 'On Monday, officials said the bridge would reopen.', '2024-05-22', [['Monday', '2024-05-20']]],
    ['an opening phrase takes the past verb after it', 'In a statement on Friday, the ministry said talks will resume.', '2024-05-22', [['Friday', '2024-05-17']]],
    ['an opening date before a future verb looks forward', 'On Friday, the minister will visit the site.', '2024-05-22', [['Friday', '2024-05-24']]],
    ['a length with thousands is no date', 'The same sum would take a laptop 12,000 years.', '2024-05-22', []],
    ['"after N months" is a length', 'The hostages were freed after 11 months.', '2024-05-22', []],
    ['"within N weeks of" is a length', 'Patients must be treated within 6 weeks of referral.', '2024-05-22', []],
    ['"within two years" stays a date', 'The factory will close within two years.', '2024-05-22', [['within two years', '2026']]],
    ['a "would" month-day weeks before the article stays in its year', 'In May, the council had said the pool would reopen on June 3.', '2024-07-10', [['May', '2024-05'], ['June 3', '2024-06-03']]],
    ['a "would" month already past stays in its year', 'The firm said in February that it would open a depot in April.', '2024-08-20', [['February', '2024-02'], ['April', '2024-04']]],
    ['a "would" month still to come is the coming one', 'The mayor said the tram line would open in February.', '2024-11-20', [['February', '2025-02']]],
    ['"expects" a month ahead looks forward', 'The airline expects the new route to start in March.', '2024-06-12', [['March', '2025-03']]],
    ['"the end of the year" after "would" is this year', 'She said the shop would close by the end of the year.', '2024-10-02', [['the year', '2024']]],
    ['"the end of the year" after "will" is this year', 'The bank will cut 300 jobs by the end of the year.', '2024-10-02', [['the year', '2024']]],
    ['"for the year" after "expects" is this year', 'The group expects sales of $2 billion for the year.', '2024-10-02', [['the year', '2024']]],
  ])('%s', (_label, text, ref, expected) => {
    expect(values(text, ref)).toEqual(expected);
  });
});
