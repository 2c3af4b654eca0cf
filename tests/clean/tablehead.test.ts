// Tables in plain text: a table row is never the title, and a header row set apart by a blank line heads its table
// with or without cleaning; story prose removed inside inline elements counts toward clean/over-removal.
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

const PARAGRAPHS = [
  'The harbour board voted on Tuesday to close the old ferry terminal at the end of the year, after a review found that repairs would cost more than a new building.',
  'Passenger numbers have fallen by a third since the bridge opened, the board said, and the two remaining sailings will move to the new terminal next spring.',
  'Local traders said they feared the closure would take visitors away from the old town, where most shops rely on ferry passengers during the summer months.',
  'A public meeting on the plans is due to be held at the town hall next month, when residents will be able to put questions to the board and its officers.',
];

/** A page whose first paragraph is plain and the others wrapped as `wrap` says. */
function page(wrap: (p: string) => string, extra = ''): string {
  const body = PARAGRAPHS.map((p, i) => `<p>${i === 0 ? p : wrap(p)}</p>`).join('\n');
  return `<html><head><title>Harbour board votes to close ferry terminal</title></head><body><article><h1>Harbour board votes to close ferry terminal</h1>\n${body}\n${extra}</article></body></html>`;
}

const overRemoval = (html: string): boolean => extract(html).messages.some((m) => m.rule === 'clean/over-removal');

describe('story prose removed inside inline elements counts toward clean/over-removal', () => {
  it.each([
    ['a <span class="tags"> around three of four paragraphs', page((p) => `<span class="tags">${p}</span>`), true],
    ['an <a class="related-link"> around three of four paragraphs', page((p) => `<a class="related-link" href="/more">${p}</a>`), true],
    ['a tag list in a <span class="tags"> under a whole story', page((p) => p, '<p>Tags: <span class="tags"><a href="/t/ferries">ferries</a>, <a href="/t/harbour">harbour</a></span></p>'), false],
    ['a short related link under a whole story', page((p) => p, '<p><a class="related-link" href="/more">Read more: bridge tolls to rise in May</a></p>'), false],
    ['prose in a footer, the page\'s frame', page((p) => p, `<footer><p>${PARAGRAPHS[1]!.replace('bridge', 'paper')}</p><p>${PARAGRAPHS[2]!.replace('traders', 'readers')}</p></footer>`), false],
  ])('%s', (_label, html, fires) => {
    expect(overRemoval(html)).toBe(fires);
  });
});
