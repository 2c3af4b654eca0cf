// What a table's figures count when a row's own label names the count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const LEAD = '<p>The county council published the results of the local vote on Friday, its returning officer said.</p>';
const TAIL = '<p>A recount was requested in some wards, and the council will confirm the final figures next week.</p>';

/** Each number of an HTML page as [text, counts, event]. */
function pageNumbers(body: string): (string | null)[][] {
  const html = `<html><head><title>County vote</title></head><body><article><h1>County vote</h1>${LEAD}${body}${TAIL}</article></body></html>`;
  return extract(html, { id: 'a.html' }).numbers.map((n) => [n.text, n.counts, n.event]);
}

const table = (...rows: string[][]): string => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
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
});
