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

  it('reads a weekday forward in a future sentence only, however past and future sentences alternate', () => {
    // the past and the future chrono share most of their parsers (dates.ts): neither reading may leak into the other
    const text = 'Police found the car on Monday. The ministers will meet on Monday. Police found a van on Monday. The envoys will meet on Monday.';
    expect(brief(text, '2023-03-05').map((d) => d.value)).toEqual(['2023-02-27', '2023-03-06', '2023-02-27', '2023-03-06']);
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

  // A date without its year in a clause in the present is the coming one; reported in the past it is the last one.
  // The article is dated Tuesday 2025-03-04.
  it.each([
    ['a schedule in the present simple', 'The trial of the former mayor begins on April 2 in Chicago.', '2025-03-04', ['2025-04-02']],
    ['a present verb without a mark', 'Voters go to the polls on May 15, the first election since 2022.', '2025-03-04', ['2025-05-15', '2022']],
    ['an infinitive after "expect"', 'Analysts expect the central bank to hold rates at its March 19 meeting.', '2025-03-04', ['2025-03-19']],
    ['a month in the second of two present clauses', 'The firm reports results on April 24 and holds its annual meeting in June.', '2025-03-04', ['2025-04-24', '2025-06']],
    ['a present clause under a past attribution', 'The festival runs from 12 to 15 June, organisers said.', '2025-03-04', ['2025-06-12']],
    ['a written weekday that agrees with the coming date', 'Tickets go on sale at 9am on Friday 7 March.', '2025-03-04', ['2025-03-07']],
    ['"is" before the date', 'The deadline for comments is March 31.', '2025-03-04', ['2025-03-31']],
    ['days of a month as a range', 'The festival runs from 12 to 15 June.', '2025-03-04', ['2025-06-12']],
    ['the end of a running period after "until"', 'The suspect was released on bail until April 10.', '2025-03-04', ['2025-04-10']],
    ['a weekday after "until"', 'The vote was delayed until Thursday.', '2025-03-04', ['2025-03-06']],
    // near misses: past reporting still looks back
    ['a past verb in the clause', 'The trial began on April 2 in Chicago.', '2025-03-04', ['2024-04-02']],
    ['a verbless clause of a past sentence', 'On March 10, the minister resigned.', '2025-03-04', ['2024-03-10']],
    ['a date alone before a reporting verb', 'On March 10, the minister said the plan had worked.', '2025-03-04', ['2024-03-10']],
    ['the future seen from the past', 'The ministry said prices would rise in April.', '2025-03-04', ['2025-04']],
    ['"until" a date long ahead', 'The curfew lasted until October 10.', '2025-03-04', ['2024-10-10']],
    ['a written weekday that picks the year', 'The club sold the tickets on Thursday 7 March.', '2025-12-20', ['2024-03-07']],
  ])('resolves a date without its year by tense: %s', (_name, text, ref, values) => {
    expect(brief(text, ref).map((d) => d.value)).toEqual(values);
  });

  it.each([
    ['a wire dateline of a future sentence', 'LONDON, March 4 - Ministers will meet later on Tuesday.', ['2025-03-04', '2025-03-04']],
    ['a plan for the same day', 'A vote is expected on March 4 at 6pm.', ['2025-03-04']],
  ])('keeps the day of publication when the reference has a time: %s', (_name, text, values) => {
    expect(brief(text, '2025-03-04T14:02:00Z').map((d) => d.value)).toEqual(values);
  });

  it.each([
    ['a sentence', 'He was jailed for 10 years on Tuesday.', [['Tuesday', '2025-03-04']]],
    ['a stretch of weeks', 'The strike continued for two weeks.', []],
    ['a stretch of months', 'She was jailed for six months.', []],
    ['a life in a town', 'She has lived in the town for 20 years.', []],
    ['a record span after "in"', 'Prices fell for the first time in 20 years.', []],
    ['a span after "over the past"', 'Sales doubled over the past five years.', []],
    // near misses: points in time
    ['a point after "in"', 'The plant will close in 10 years.', [['10 years', '2035']]],
    ['a point after "ago"', 'The war ended three years ago.', [['three years ago', '2022']]],
  ])('reads no date in a duration: %s', (_name, text, expected) => {
    expect(brief(text, '2025-03-04').map((d) => [d.text, d.value])).toEqual(expected);
  });

  // Quarters, halves and fiscal years have the precision of their year (the record has no quarter).
  it.each([
    ['a quarter and its year', 'Revenue in the fourth quarter of 2024 rose 5%.', [['fourth quarter of 2024', '2024']]],
    ['a past quarter without its year', 'Revenue fell in the fourth quarter.', [['fourth quarter', '2024']]],
    ['a coming quarter', 'The company reports first-quarter results in April.', [['first-quarter', '2025'], ['April', '2025-04']]],
    ['a fiscal year', 'It expects fiscal 2025 earnings to rise.', [['fiscal 2025', '2025']]],
    ['a fiscal code and a half', 'Profits rose in FY25, and in H1 revenue fell.', [['FY25', '2025'], ['H1', '2024']]],
    ['a quarter code', 'Q3 profit fell.', [['Q3', '2024']]],
    ['a half and its year', 'Sales grew in the first half of 2024.', [['first half of 2024', '2024']]],
    ['a coming quarter in a sentence about neither money nor a game', 'The agency will decide in the second quarter.', [['second quarter', '2025']]],
    ['a quarter in the present, the last one begun', 'Analysts believe Q4 sales are weak.', [['Q4', '2024']]],
    ['a quarter and basis points', 'Yields rose 12 basis points in the fourth quarter.', [['fourth quarter', '2024']]],
    // near misses: a part of a game
    ['a quarter of a game', 'He scored 12 points in the fourth quarter.', []],
    ['a half of a game', 'Smith scored in the first half.', []],
    ['a quarter of a game without a listed sport word', 'Kuzma left the court in the second quarter with an eye injury.', []],
    ['a name', 'The earbuds use the H1 chip.', []],
  ])('reads a period: %s', (_name, text, expected) => {
    expect(brief(text, '2025-03-04').map((d) => [d.text, d.value, d.precision])).toEqual(expected.map(([t, v]) => [t, v, v!.length === 4 ? 'year' : 'month']));
  });

  it.each([
    ['the later week within one month', '2025-03-13', [['last week', '2025-03', 'month'], ['the week before', '2025', 'year']]],
    ['the later week across two months', '2025-03-04', [['last week', '2025', 'year'], ['the week before', '2025-02', 'month']]],
  ])('gives a week the precision of its month or year: %s', (_name, ref, expected) => {
    const text = 'Cases rose to 1,204 last week, up from 870 the week before.';
    expect(brief(text, ref).map((d) => [d.text, d.value, d.precision])).toEqual(expected);
  });

  it.each([
    ['day first', 'Workers held strikes on 3 and 4 March.', [['3', '2025-03-03'], ['4 March', '2025-03-04']]],
    ['three days, day first', 'Workers held strikes on 2, 3 and 4 March.', [['2', '2025-03-02'], ['3', '2025-03-03'], ['4 March', '2025-03-04']]],
    ['month first', 'Talks were held on February 26 and 27.', [['February 26', '2025-02-26'], ['27', '2025-02-27']]],
    // near misses: a count after the date
    ['a count after "and"', 'On February 26 and 27 people died.', [['February 26', '2025-02-26']]],
    ['a smaller number after "and"', 'Talks were held on February 26 and 12 more.', [['February 26', '2025-02-26']]],
  ])('reads every day of a list: %s', (_name, text, expected) => {
    expect(brief(text, '2025-03-04').map((d) => [d.text, d.value])).toEqual(expected);
    for (const d of run(text, '2025-03-04')) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('a year before a plural noun', () => {
  it.each([
    ['a period noun after it: a year', 'The 2014 elections were close.', ['2014']],
    ['a period word before it: a year', 'Fiscal 2025 earnings rose.', ['2025']],
    ['any other plural noun: a count, not a year', 'Some 2000 troops arrived.', []],
    ['a singular in -sis, -ss or -us is no plural: a year', 'A 2018 analysis of the data found water.', ['2018']],
    ['"the 2008 crisis": a year', 'Banks failed to act on the 2008 crisis.', ['2008']],
    ['after a preposition of time: a year', 'A plan launched in 2011 aims to cut prices.', ['2011']],
  ])('%s', (_name, text, years) => {
    expect(brief(text).map((d) => d.value)).toEqual(years);
  });
});

describe('numbers inside dates (extract/index.ts)', () => {
  it.each([
    ['a list of days leaves no stray count', 'Talks are set for 3 and 4 March, officials said.', []],
    ['a range of days', 'The festival runs from 12 to 15 June, organisers said.', []],
    ['a period year is no count', 'The 2014 elections drew 2,000 observers.', [2000]],
    ['a count beside a date stays', 'On 3 March, 40 people were hurt.', [40]],
    // a year that modifies a noun counts nothing: "2018 analysis" was a count of analysis, "2001 attacks" of attacks
    ['"a 2018 analysis"', 'A 2018 analysis of the data found 12 sites.', [12]],
    ['"the September 11, 2001 attacks"', 'Troops arrived after the September 11, 2001 attacks.', []],
    ['"in 2011 aims"', 'A scheme launched in 2011 aims to help 300 farmers.', [300]],
    ['"the 2020 class"', 'He leads the 2020 class of 40 candidates.', [40]],
    ['near miss: "about 2000 homes" counts', 'Floods reached about 2000 homes.', [2000]],
  ])('%s', (_name, text, values) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    expect(record.numbers.map((n) => n.value)).toEqual(values);
  });
});

describe('a month or a season after "this", "last" or "next" takes its year from the reference date', () => {
  it.each([
    // "this <month>": the month of the reference's year, whatever the tense
    ['this, past tense, written in November', 'The mine shut this March.', '2024-11-15', [{ text: 'this March', value: '2024-03', precision: 'month' }]],
    ['this, future tense, written in November', 'The mine will shut this March.', '2024-11-15', [{ text: 'this March', value: '2024-03', precision: 'month' }]],
    ['this, past tense, written in January', 'The mine shut this March.', '2025-01-10', [{ text: 'this March', value: '2025-03', precision: 'month' }]],
    ['this, written in the month itself', 'Exports fell this March.', '2024-03-20', [{ text: 'this March', value: '2024-03', precision: 'month' }]],
    ['this, a month still ahead in the past tense', 'The fair this December drew crowds.', '2024-11-15', [{ text: 'this December', value: '2024-12', precision: 'month' }]],
    ['this, capitalised', 'This January was the wettest on record.', '2025-02-02', [{ text: 'This January', value: '2025-01', precision: 'month' }]],
    // "last <month>": the latest such month before the reference's month
    ['last, written in November', 'The mine shut last March.', '2024-11-15', [{ text: 'last March', value: '2024-03', precision: 'month' }]],
    ['last, written in January', 'The mine shut last March.', '2025-01-10', [{ text: 'last March', value: '2024-03', precision: 'month' }]],
    ['last, written in the month itself', 'The mine shut last March.', '2024-03-20', [{ text: 'last March', value: '2023-03', precision: 'month' }]],
    // "next <month>": the first such month after the reference's month
    ['next, written in November', 'The mine will reopen next March.', '2024-11-15', [{ text: 'next March', value: '2025-03', precision: 'month' }]],
    ['next, written in January', 'The mine will reopen next March.', '2025-01-10', [{ text: 'next March', value: '2025-03', precision: 'month' }]],
    ['next, written in the month itself', 'The mine will reopen next March.', '2024-03-20', [{ text: 'next March', value: '2025-03', precision: 'month' }]],
    ['near miss: a month alone keeps the tense rule', 'The mine will reopen in March.', '2024-11-15', [{ text: 'March', value: '2025-03', precision: 'month' }]],
    ['near miss: "the last" is no relative month', 'The protest was the last March on the capital.', '2024-11-15', [{ text: 'March', value: '2024-03', precision: 'month' }]],
    // seasons: a year
    ['this spring, written in November', 'The drought began this spring.', '2024-11-15', [{ text: 'this spring', value: '2024', precision: 'year' }]],
    ['this summer, written in January', 'A vote is planned for this summer.', '2025-01-10', [{ text: 'this summer', value: '2025', precision: 'year' }]],
    ['last summer, after it', 'Floods hit the valley last summer.', '2024-11-15', [{ text: 'last summer', value: '2024', precision: 'year' }]],
    ['last summer, during the next one', 'Floods hit the valley last summer.', '2024-07-15', [{ text: 'last summer', value: '2023', precision: 'year' }]],
    ['next autumn, before it', 'The school opens next autumn.', '2024-03-20', [{ text: 'next autumn', value: '2024', precision: 'year' }]],
    ['next fall, during it', 'The school opens next fall.', '2024-10-01', [{ text: 'next fall', value: '2025', precision: 'year' }]],
    ['last winter, in spring: the one just ended', 'Snow closed the pass last winter.', '2024-04-02', [{ text: 'last winter', value: '2024', precision: 'year' }]],
    // regress4 R3: in autumn "this winter" is the coming one (named by its January) and "next winter" the one after it
    ['this winter, in November: the coming one, named by its January', 'Gas may run short this winter.', '2024-11-15', [{ text: 'this winter', value: '2025', precision: 'year' }]],
    ['next winter, in November: the one after the coming one', 'Gas may run short next winter.', '2024-11-15', [{ text: 'next winter', value: '2026', precision: 'year' }]],
    ['last winter, in November: the latest one over', 'Gas ran short last winter.', '2024-11-15', [{ text: 'last winter', value: '2024', precision: 'year' }]],
    ['this winter, in September', 'Heating bills will rise this winter.', '2024-09-03', [{ text: 'this winter', value: '2025', precision: 'year' }]],
    ['near miss: this winter, in January: the running one', 'Heating bills rose this winter.', '2025-01-20', [{ text: 'this winter', value: '2025', precision: 'year' }]],
    ['near miss: next winter, in February', 'The pass reopens next winter.', '2025-02-10', [{ text: 'next winter', value: '2026', precision: 'year' }]],
    ['this winter, in December', 'Snow closed the pass this winter.', '2024-12-10', [{ text: 'this winter', value: '2025', precision: 'year' }]],
    ['a season without a reference date', 'The drought began this spring.', null, [{ text: 'this spring', value: null, precision: 'year' }]],
    ['near miss: "fall" as a drop', 'Traders noted this fall in prices.', '2024-11-15', []],
    ['near miss: "the last summer" is the final one', 'It was the last summer of the war.', '2024-11-15', []],
  ])('%s', (_name, text, ref, expected) => {
    expect(brief(text, ref)).toEqual(expected);
  });
});

describe('findDates: the part of the day before a date (wire tester)', () => {
  it.each([
    ['"the evening of"', 'A missile strike on the evening of May 11 killed seven people, the governor said.', [{ text: 'May 11', value: '2017-05-11', precision: 'day' }]],
    ['"the night of"', 'Drones attacked the port on the night of May 2.', [{ text: 'May 2', value: '2017-05-02', precision: 'day' }]],
    ['"the early morning of", a weekday', 'Troops entered the village in the early morning of Tuesday.', [{ text: 'Tuesday', value: '2017-05-09', precision: 'day' }]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
