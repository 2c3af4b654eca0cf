// Tables in plain text: a table row is never the title, and a header row set apart by a blank line heads its table
// with or without cleaning.
import { describe, expect, it } from 'vitest';
import { splitPlainText } from '../../src/clean/plain.js';
import { isTableLine } from '../../src/text/table-row.js';
import { findParagraphs } from '../../src/text/paragraphs.js';
import { extract } from '../../src/index.js';

const STORY = 'The ferry company reported its passenger figures for the winter season on Tuesday.\n\n'
  + 'A spokesman said the numbers would be revised in the spring.\n';

describe('a line of a table is never the title of a plain text', () => {
  it.each([
    ['a Markdown table opening the text', '| Route | Sailings |\n|---|---|\n| Harbour to Isle | 40 |\n\n' + STORY, null],
    ['a pipe row with no outer bars', 'Route | Sailings\nHarbour to Isle | 40\n\n' + STORY, null],
    ['a row of cells split by tabs', 'Route\tSailings\nHarbour to Isle\t40\n\n' + STORY, null],
    ['a row of figures', '2023 2024 2025\n\n' + STORY, null],
    ['a headline set apart under the table', '| Route | Sailings |\n| Harbour to Isle | 40 |\n\nFerry numbers fall again\n\n' + STORY, 'Ferry numbers fall again'],
    ['a note right under the rows is no headline', 'Route | Sailings\nHarbour to Isle | 40\nSource: port authority\n\n' + STORY, null],
    ['a headline on the first line, as before', 'Ferry numbers fall again\n\n' + STORY, 'Ferry numbers fall again'],
    ['one row of two parts over prose is a headline with its section', 'Opinion | Why the ferry must stay\n\n' + STORY, 'Opinion | Why the ferry must stay'],
  ])('%s', (_label, text, title) => {
    expect(splitPlainText(text).title).toBe(title);
  });

  it.each([
    ['| Route | Sailings |', true],
    ['|---|:---:|', true],
    ['Route\tSailings', true],
    ['12\t7\t45', true],
    ['2023 2024 2025', true],
    ['Ferry numbers fall again', false],
    ['2024 in review', false],
    ['---', false],
  ])('isTableLine(%j) is %s', (line, expected) => {
    expect(isTableLine(line)).toBe(expected);
  });

  it('keeps the table in the text, without its Markdown divider, and its header heads the rows', () => {
    const text = '| Route | Sailings |\n|---|---|\n| Harbour to Isle | 40 |\n| Isle to Point | 12 |\n\nFerry numbers fall again\n\n' + STORY;
    const split = splitPlainText(text);
    expect(split.blocks.map((b) => b.text).slice(0, 3)).toEqual(['| Route | Sailings |', '| Harbour to Isle | 40 |', '| Isle to Point | 12 |']);
    const record = extract(text, { id: 'a.txt' });
    expect(record.article.title).toBe('Ferry numbers fall again');
    expect(record.numbers.filter((n) => n.text === '40' || n.text === '12').map((n) => n.counts)).toEqual(['Sailings', 'Sailings']);
  });
});

const HEAD = 'Ferry numbers fall again\n\nThe ferry company reported its passenger figures on Tuesday.\n\n';

describe('a header row set apart from its rows by a blank line heads them, with and without cleaning', () => {
  it.each([
    ['pipe rows', 'Route | Sailings\n\nHarbour to Isle | 40\nIsle to Point | 12\n'],
    ['Markdown rows', '| Route | Sailings |\n\n| Harbour to Isle | 40 |\n| Isle to Point | 12 |\n'],
  ])('%s', (_label, table) => {
    for (const clean of [true, false]) {
      const record = extract(HEAD + table + '\nA spokesman said the numbers would be revised.\n', { id: 'a.txt', clean });
      expect(record.numbers.map((n) => [n.text, n.counts]), `clean: ${clean}`).toEqual([['40', 'Sailings'], ['12', 'Sailings']]);
    }
  });

  it.each([
    ['a lone header row over rows of its width opens their table', 'Route | Sailings\n\nHarbour to Isle | 40\nIsle to Point | 12', [true, true]],
    ['a lone row with a figure does not', 'Harbour to Isle | 40\n\nIsle to Point | 12\nPoint to Bay | 3', [false, true]],
    ['a header of another width does not', 'Route | Sailings | Change\n\nHarbour to Isle | 40\nIsle to Point | 12', [false, true]],
    ['a line of prose does not', 'Sailings by route\n\nHarbour to Isle | 40\nIsle to Point | 12', [false, true]],
  ])('findParagraphs: %s', (_label, text, starts) => {
    expect(findParagraphs(text).map((p) => p.tableStart === true)).toEqual(starts);
  });
});
