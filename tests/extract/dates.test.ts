import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';
import { extract } from '../../src/index.js';

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

  // A number right after a date is the next phrase unless it is a 4-digit year or the day after a month name.
  it.each([
    ['a 2-digit count after "Month Day,"', 'On April 9, 27 prisoners escaped from the jail.', [{ text: 'April 9', value: '2017-04-09', precision: 'day' }]],
    ['a count after the second date of a range', 'Between April 2 and April 6, 35 houses burned.', [
      { text: 'April 2', value: '2017-04-02', precision: 'day' },
      { text: 'April 6', value: '2017-04-06', precision: 'day' },
    ]],
    ['a 3-digit count', 'On March 30, 120 families returned home.', [{ text: 'March 30', value: '2017-03-30', precision: 'day' }]],
    ['a 4-digit count that is no plausible year', 'On March 30, 1200 families returned home.', [{ text: 'March 30', value: '2017-03-30', precision: 'day' }]],
    ['a count after "Day Month,"', 'On 9 April, 27 prisoners escaped.', [{ text: '9 April', value: '2017-04-09', precision: 'day' }]],
    ['a count after an ordinal day', 'On April 9th, 27 prisoners escaped.', [{ text: 'April 9th', value: '2017-04-09', precision: 'day' }]],
    ['a count after a month and a comma', 'In April, 27 prisoners escaped.', [{ text: 'April', value: '2017-04', precision: 'month' }]],
    ['a count over 31 right after a month', 'In September 40 soldiers were killed.', [{ text: 'September', value: '2016-09', precision: 'month' }]],
    ['a count after a weekday and a comma', 'On Tuesday, 14 rebels surrendered.', [{ text: 'Tuesday', value: '2017-05-09', precision: 'day' }]],
    ['a count after a weekday, no comma', 'On Tuesday 14 rebels surrendered.', [{ text: 'Tuesday', value: '2017-05-09', precision: 'day' }]],
    ['a count after "last Weekday,"', 'Last Tuesday, 14 rebels surrendered.', [{ text: 'Last Tuesday', value: '2017-05-09', precision: 'day' }]],
    ['a count after "yesterday,"', 'Yesterday, 8 aid workers were freed.', [{ text: 'Yesterday', value: '2017-05-12', precision: 'day' }]],
    ['a count after "Month Year,"', 'By April 2016, 30 towns had fallen.', [{ text: 'April 2016', value: '2016-04', precision: 'month' }]],
  ])('leaves out %s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['a full date with its year', 'The deal was signed on April 9, 2015 in Geneva.', [{ text: 'April 9, 2015', value: '2015-04-09', precision: 'day' }]],
    ['a full date, day first', 'The deal was signed on 9 April 2015.', [{ text: '9 April 2015', value: '2015-04-09', precision: 'day' }]],
    ['a full date followed by a comma and a count', 'On April 9, 2015, 27 prisoners escaped.', [{ text: 'April 9, 2015', value: '2015-04-09', precision: 'day' }]],
    ['a weekday before a month and day', 'On Tuesday, April 4 the talks began.', [{ text: 'Tuesday, April 4', value: '2017-04-04', precision: 'day' }]],
    ['a day number right after the month', 'The talks began on April 14 in Astana.', [{ text: 'April 14', value: '2017-04-14', precision: 'day' }]],
    ['an abbreviated month and its day', 'The talks began on Sept. 14.', [{ text: 'Sept. 14', value: '2016-09-14', precision: 'day' }]],
    ['a year, then a count', 'In 2016, 40 people were wounded.', [{ text: '2016', value: '2016', precision: 'year' }]],
    ['a clock hour after "at"', 'They met on Tuesday at 11.', [{ text: 'Tuesday at 11', value: '2017-05-09', precision: 'day' }]],
  ])('keeps %s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('leaves the number after a date at its place in the text', () => {
    const text = 'On April 9, 27 prisoners escaped.';
    const [d] = run(text);
    expect(text.slice(d!.start, d!.end)).toBe('April 9');
    expect(text.slice(d!.end)).toBe(', 27 prisoners escaped.');
  });

  it.each([
    ['On April 9, 27 prisoners escaped from the jail.', 'April 9', { text: '27 prisoners', value: 27, counts: 'prisoners' }],
    ['On Tuesday, 14 rebels surrendered to the army.', 'Tuesday', { text: '14 rebels', value: 14, counts: 'rebels' }],
    ['Between April 2 and April 6, 35 houses burned down.', 'April 6', { text: '35 houses', value: 35, counts: 'houses' }],
  ])('leaves the count after the date to the numbers: %s', (sentence, date, number) => {
    const page = `<html><head><meta property="article:published_time" content="2017-05-13T10:00:00Z"></head><body><article><p>${sentence}</p></article></body></html>`;
    const record = extract(page);
    expect(record.dates.map((d) => d.text)).toContain(date);
    expect(record.numbers.map((n) => ({ text: n.text, value: n.value, counts: n.counts }))).toEqual([number]);
    for (const d of record.dates) expect(record.numbers.some((n) => n.start < d.end && n.end > d.start)).toBe(false);
  });

  // Which way a weekday goes: past reporting looks back (also in the past clause of a sentence about the future),
  // a clause about the future looks forward. The article is dated Sunday 2023-03-05.
  it.each([
    ['a weekday the day after the reference, past tense', 'Police found two bodies on Monday.', ['2023-02-27']],
    ['a weekday the day after the reference, in a sentence opened by it', 'On Monday, rebels seized the town.', ['2023-02-27']],
    ['the past clause of a future sentence', 'Biden will meet Xi on Monday, the White House said on Friday.', ['2023-03-06', '2023-03-03']],
    ['a past verb before "that"', 'He said on Friday that he will resign.', ['2023-03-03']],
    ['two clauses joined by "and"', 'Ministers met on Friday and will meet again on Monday.', ['2023-03-03', '2023-03-06']],
    // near-misses that must stay forward
    ['a future clause after a past verb', 'Officials said that talks will resume on Monday.', ['2023-03-06']],
    ['a future sentence', 'The ministers will meet on Monday.', ['2023-03-06']],
    ['a plan', 'A vote is planned for Tuesday.', ['2023-03-07']],
  ])('resolves a weekday: %s', (_name, text, values) => {
    expect(brief(text, '2023-03-05').map((d) => d.value)).toEqual(values);
  });
  // a day named by its ordinal alone is in the reference month (2017-05-13), or the month before or after
  it.each([
    ['NATO said on the 5th that it would expand exercises.', [['5th', '2017-05-05']]],
    ['He was wounded on the 20th, officials said.', [['20th', '2017-04-20']]],
    ['On the 13th, rebels attacked.', [['13th', '2017-05-13']]],
    ['The envoy will arrive on the 2nd.', [['2nd', '2017-06-02']]],
    // near misses: an ordinal that is no day, a full date chrono reads
    ['They met on the 5th floor.', []],
    ['The talks began on the 5th of May.', [['5th of May', '2017-05-05']]],
  ])('ordinal day: %s', (text, expected) => {
    expect(brief(text).map((d) => [d.text, d.value])).toEqual(expected);
  });
  it.each([
    ['The election is set for Nov. 5.', '2017-11-05'],
    ['The vote is due on Monday.', '2017-05-15'],
    // near miss: past reporting still looks back
    ['The election was held on Nov. 5.', '2016-11-05'],
  ])('a plan looks forward: %s', (text, value) => {
    expect(brief(text).map((d) => d.value)).toEqual([value]);
  });

  // A weekday of a sentence in the present tense is a schedule, not a past event: it may lie after the article's day.
  // The article is dated Tuesday 2024-03-05; the past rows are dated Sunday 2023-03-05.
  it.each([
    ['present simple', 'The parliament votes Wednesday on the budget.', '2024-03-05', ['2024-03-06']],
    ['present progressive', 'The unions are striking on Wednesday in Lyon.', '2024-03-05', ['2024-03-06']],
    ['present simple with an object', 'The retailer posts results Wednesday.', '2024-03-05', ['2024-03-06']],
    ['a progressive clause after a past verb', 'She said the board is meeting on Wednesday.', '2024-03-05', ['2024-03-06']],
    ['an irregular past verb', 'The rebels fought off an assault on Monday.', '2023-03-05', ['2023-02-27']],
    ['a regular past verb', 'Troops repelled a raid on Monday.', '2023-03-05', ['2023-02-27']],
  ])('resolves a weekday by tense: %s', (_name, text, ref, values) => {
    expect(brief(text, ref).map((d) => d.value)).toEqual(values);
  });
  it('leaves out the comma of a sentence cut after an abbreviation', () => {
    const text = 'A man was shot dead in Paris, Tex., on Saturday.';
    const dates = findDates({ ...contextOf(text), sentences: [{ start: 0, end: 34, text: text.slice(0, 34), paragraph: 0 }, { start: 34, end: text.length, text: text.slice(34), paragraph: 0 }], referenceDate: '2023-03-05' });
    expect(dates.map((d) => [d.text, d.value])).toEqual([['Saturday', '2023-03-04']]);
  });

  // The reference day is the calendar day where the article was published, not the UTC day of that instant.
  it.each([
    ['late evening west of UTC', '2017-05-13T23:30:00-05:00', '2017-05-12', '2017-05-13'],
    ['early morning east of UTC', '2017-05-13T01:30:00+09:00', '2017-05-12', '2017-05-13'],
    ['an offset without a colon', '2017-05-13T22:00:00-0700', '2017-05-12', '2017-05-13'],
    ['UTC itself', '2017-05-13T23:30:00Z', '2017-05-12', '2017-05-13'],
    ['a date alone', '2017-05-13', '2017-05-12', '2017-05-13'],
  ])('resolves "yesterday" and "today" in the article\'s own day: %s', (_name, published, yesterday, today) => {
    expect(brief('Yesterday, rebels seized the town. Today the army said it would respond.', published).map((d) => d.value)).toEqual([yesterday, today]);
  });
  it('takes a published time without an offset as written, whatever the machine\'s time zone', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland'; // 12 hours ahead of UTC: "00:15" read as local time would be May 12 in UTC
    try {
      expect(brief('Yesterday, rebels seized the town. Today the army said it would respond.', '2017-05-13T00:15:00').map((d) => d.value)).toEqual(['2017-05-12', '2017-05-13']);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
