// What a table's figures count when tables follow each other, when a row's own label names the count, and what a
// number glued to a noun by a hyphen counts.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { findParagraphs } from '../../src/text/paragraphs.js';
import { contextOf } from './ner-helpers.js';

const LEAD = '<p>The county council published the results of the local vote on Friday, its returning officer said.</p>';
const TAIL = '<p>A recount was requested in some wards, and the council will confirm the final figures next week.</p>';

/** Each number of an HTML page as [text, counts, event]. */
function pageNumbers(body: string): (string | null)[][] {
  const html = `<html><head><title>County vote</title></head><body><article><h1>County vote</h1>${LEAD}${body}${TAIL}</article></body></html>`;
  return extract(html, { id: 'a.html' }).numbers.map((n) => [n.text, n.counts, n.event]);
}

const table = (...rows: string[][]): string => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const headed = (header: string[], ...rows: string[][]): string =>
  `<table><tr>${header.map((c) => `<th>${c}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a column header heads the rows of its own table only', () => {
  it.each([
    ['a headerless table after a headed one of the same width',
      headed(['Ward', 'Councillors'], ['Riverside', '14'], ['Old Town', '9']) + table(['Postal votes', '12,300'], ['Spoilt ballots', '410']),
      [['14', 'Councillors', null], ['9', 'Councillors', null], ['12,300', 'Postal votes', null], ['410', 'Spoilt ballots', null]]],
    ['a name table after a headed one of three columns',
      headed(['Rank', 'Candidate', 'Votes'], ['1', 'Mara Lind', '5,210'], ['2', 'Owen Pike', '4,870']) + table(['1', 'Riverside', '31'], ['2', 'Old Town', '27']),
      [['1', null, null], ['5,210', 'Votes', null], ['2', null, null], ['4,870', 'Votes', null], ['1', null, null], ['31', null, null], ['2', null, null], ['27', null, null]]],
    ['the rows of one table still find its header',
      headed(['Ward', 'Councillors'], ['Riverside', '14'], ['Old Town', '9'], ['Hillcrest', '6']),
      [['14', 'Councillors', null], ['9', 'Councillors', null], ['6', 'Councillors', null]]],
    ['a header row set as a table of its own heads the next table',
      headed(['Ward', 'Councillors']) + table(['Riverside', '14'], ['Old Town', '9']),
      [['14', 'Councillors', null], ['9', 'Councillors', null]]],
  ])('%s', (_label, body, expected) => {
    expect(pageNumbers(body)).toEqual(expected);
  });

  it('keeps the article text as it was, and publishes no mark', () => {
    const html = `<html><head><title>County vote</title></head><body><article>${LEAD}${headed(['Ward', 'Councillors'], ['Riverside', '14'])}${table(['Postal votes', '12,300'])}${TAIL}</article></body></html>`;
    const record = extract(html, { id: 'a.html' });
    expect(record.article.text).toContain('Ward | Councillors\n\nRiverside | 14\n\nPostal votes | 12,300\n\n');
    expect(JSON.stringify(record)).not.toContain('tableStart');
  });
});

describe('verbatim text: a blank line before a run of rows ends the table above', () => {
  const text = 'The county council published the results of the local vote on Friday.\n\n'
    + 'Ward | Councillors\nRiverside | 14\nOld Town | 9\n\n'
    + 'Postal votes | 12,300\nLate returns | 2,100\n\n'
    + 'Ward | Councillors\nHillcrest | 6\n\nTotal | 29\n';
  it.each([
    ['a row of the first table', '14', 'Councillors'],
    ['the first row of the run after the blank line', '12,300', 'Postal votes'],
    ['a row of that run, its label no count noun', '2,100', null],
    ['a row of the third table', '6', 'Councillors'],
    ['a lone row after a blank line stays under the header above', '29', 'Councillors'],
  ])('%s', (_label, figure, counts) => {
    const n = extract(text, { id: 'a.txt', clean: false }).numbers.find((x) => x.text === figure);
    expect(n?.counts).toBe(counts);
  });

  it.each([
    ['a run of rows', 'Lead line.\n\nA | 1\nB | 2', [false, true]],
    ['a single row', 'Lead line.\n\nA | 1', [false, false]],
    ['prose lines', 'Lead line.\n\nNo table\nhere at all', [false, false]],
  ])('findParagraphs marks %s', (_label, input, marks) => {
    expect(findParagraphs(input).map((p) => p.tableStart === true)).toEqual(marks);
  });
});

describe('a "label | figure" row with no header counts a label that names a count', () => {
  it.each([
    ['Deaths | 18', 'Deaths', null],
    ['Confirmed cases | 4,880', 'Confirmed cases', null],
    ['Seats | 48', 'Seats', null],
    ['Registered voters | 4.2 million', 'Registered voters', null],
    ['Polling stations | 1,140', 'Polling stations', null],
    ['Ballots cast | 2.6 million', 'Ballots', 'cast'],
    ['Killed | 7', null, 'Killed'],
    ['Injured | 40', null, 'Injured'],
    ['Missing | 9', null, 'Missing'],
    ['Homes destroyed | 260', 'Homes', 'destroyed'],
    ['Evacuated | 2,000', null, 'Evacuated'],
    ['Deaths 18', 'Deaths', null],
    ['Lagos | 52', null, null],
    ['Arsenal | 28', null, null],
    ['Total | 79', null, null],
  ])('%s', (row, counts, event) => {
    const n = findNumbers(contextOf(`The agency released its latest figures.\n\n${row}`));
    expect(n.map((x) => [x.counts, x.event])).toEqual([[counts, event]]);
  });

  it.each([
    ['a place row', 'Lagos | 52', null],
    ['a count row', 'Deaths | 18', 'Deaths'],
  ])('in an HTML table: %s', (_label, row, counts) => {
    const [label, figure] = row.split(' | ') as [string, string];
    expect(pageNumbers(table([label, figure], ['Port Harcourt', '11']))[0]).toEqual([figure, counts, null]);
  });

  // "<th></th><th>2023</th><th>2024</th>": the cleaner drops the empty corner cell, so the header row is one cell short
  // (and holds figures): the row's own label says what each figure counts
  it.each([
    ['years across, a count row', headed(['', '2023', '2024'], ['Deaths', '5', '7']), [['5', 'Deaths', null], ['7', 'Deaths', null]]],
    ['a state row', headed(['', 'Men', 'Women'], ['Killed', '5', '7']), [['5', null, 'Killed'], ['7', null, 'Killed']]],
    ['a noun and a state', table(['Homes destroyed', '260', '410']), [['260', 'Homes', 'destroyed'], ['410', 'Homes', 'destroyed']]],
    ['a place row counts nothing', table(['Lagos', '52', '60']), [['52', null, null], ['60', null, null]]],
    ['a full header still wins', headed(['Ward', 'Killed', 'Injured'], ['Deaths', '5', '7']), [['5', null, 'Killed'], ['7', null, 'Injured']]],
  ])('several figures in a row: %s', (_label, body, expected) => {
    expect(pageNumbers(body)).toEqual(expected);
  });
});

describe('a number glued to a noun counts that noun', () => {
  it.each([
    ['The family rented a three-bedroom house near the station.', 'three-bedroom', 'bedroom'],
    ['Police searched a 3-bedroom flat on Monday.', '3-bedroom', 'bedroom'],
    ['The six-storey building collapsed after the tremor.', 'six-storey', 'storey'],
    ['The coastguard rescued a nine-member crew on Sunday.', 'nine-member', 'member'],
    ['The striker served a one-match ban last month.', 'one-match', 'match'],
    ['She published a 20-page report on the spill.', '20-page', 'page'],
    ['A three-judge panel ruled on Tuesday.', 'three-judge', 'judge'],
    ['The coalition won a 100-seat majority.', '100-seat', 'seat'],
    ['Rescuers reached a two-storey-high wall of debris.', 'two-storey', 'storey'],
    ['He scored a two-goal double against the leaders.', 'two-goal', 'goal'],
    ['The family rented three bedrooms near the station.', 'three bedrooms', 'bedrooms'],
  ])('%s', (sentence, text, counts) => {
    const n = findNumbers(contextOf(sentence));
    expect(n.map((x) => [x.text, x.counts])).toEqual([[text, counts]]);
  });

  it.each([
    ['The six-storey building collapsed after the tremor.', 'collapsed'],
    ['A three-judge panel ruled on Tuesday.', 'ruled'],
  ])('keeps the phrase\'s verb as the event: %s', (sentence, event) => {
    expect(findNumbers(contextOf(sentence))[0]?.event).toBe(event);
  });

  it.each([
    ['Users must turn on two-factor authentication.'],
    ['The star signed a five-year contract.'],
  ])('no count for an idiom or a unit: %s', (sentence) => {
    expect(findNumbers(contextOf(sentence)).map((x) => x.counts)).not.toContain('factor');
    expect(findNumbers(contextOf(sentence)).every((x) => x.counts === null)).toBe(true);
  });
});
