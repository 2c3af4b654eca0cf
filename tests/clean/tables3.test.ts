// Pipe tables in a cleaned plain-text article: each run of "|" rows after a blank line is a table of its own
// (Block.tableStart), and no row is ever joined to a wrapped line next to it.
import { describe, expect, it } from 'vitest';
import { splitPlainText } from '../../src/clean/plain.js';
import { extract } from '../../src/index.js';

const HEAD = 'Harbour vote count ends\n\nThe harbour district published the results of its board election on Friday.\n\n';

/** Each number of a cleaned .txt article as [text, counts]. */
function textNumbers(body: string): (string | null)[][] {
  return extract(HEAD + body, { id: 'a.txt' }).numbers.map((n) => [n.text, n.counts]);
}

describe('two pipe tables in one .txt: a header heads its own table only', () => {
  it.each([
    ['a headerless table after a headed one',
      'Party | Seats\nHarbour Alliance | 12\nDock Workers | 7\n\nRegistered voters | 4.2 million\nPolling stations | 1,140\n',
      [['12', 'Seats'], ['7', 'Seats'], ['4.2 million', 'Registered voters'], ['1,140', 'Polling stations']]],
    ['a second headed table of the same width',
      'Party | Seats\nHarbour Alliance | 12\nDock Workers | 7\n\nWard | Councillors\nNorth quay | 5\nSouth quay | 3\n',
      [['12', 'Seats'], ['7', 'Seats'], ['5', 'Councillors'], ['3', 'Councillors']]],
    ['a lone total row after a blank line reads the header above it',
      'Party | Seats\nHarbour Alliance | 12\nDock Workers | 7\n\nTotal | 19\n',
      [['12', 'Seats'], ['7', 'Seats'], ['19', 'Seats']]],
    ['a header row set apart by a blank line heads the rows under it',
      'Party | Seats\n\nHarbour Alliance | 12\nDock Workers | 7\n',
      [['12', 'Seats'], ['7', 'Seats']]],
    ['Markdown rows: the bars at both ends hold no cell',
      '| Party | Seats |\n| Harbour Alliance | 12 |\n| Dock Workers | 7 |\n',
      [['12', 'Seats'], ['7', 'Seats']]],
    ['an empty cell inside a row is still a cell',
      'Party | Seats | Gain\nHarbour Alliance | | 3\nDock Workers | 7 | 1\n',
      [['3', 'Gain'], ['7', 'Seats'], ['1', 'Gain']]],
    ['a lone row with a figure before a table is no header of it',
      'Party | Seats\nHarbour Alliance | 12\n\nDock Workers | 7\n\nRegistered voters | 4.2 million\nPolling stations | 1,140\n',
      [['12', 'Seats'], ['7', 'Seats'], ['4.2 million', 'Registered voters'], ['1,140', 'Polling stations']]],
  ])('%s', (_label, body, expected) => {
    expect(textNumbers(body)).toEqual(expected);
  });
});

// hard-wrapped at about 70 columns, so the lines of a paragraph are joined
const WRAPPED = 'The harbour district published the results of its board election on\n'
  + 'Friday, after a count that ran late into the night at the port office\n';

describe('a wrapped paragraph next to a table', () => {
  it.each([
    ['rows right under the paragraph\'s last line',
      WRAPPED + 'Party | Seats\nHarbour Alliance | 12\nDock Workers | 7\n',
      ['The harbour district published the results of its board election on Friday, after a count that ran late into the night at the port office',
        'Party | Seats', 'Harbour Alliance | 12', 'Dock Workers | 7']],
    ['a lower-case line right under the last row',
      'Party | Seats\nHarbour Alliance | 12\nDock Workers | 7\nand a recount was asked for in the two closest wards by the losing side.\n',
      ['Party | Seats', 'Harbour Alliance | 12', 'Dock Workers | 7', 'and a recount was asked for in the two closest wards by the losing side.']],
    ['a line ending in a comma right above the first row',
      'The returning officer gave the seats of each party as follows,\nParty | Seats\nHarbour Alliance | 12\n',
      ['The returning officer gave the seats of each party as follows,', 'Party | Seats', 'Harbour Alliance | 12']],
  ])('%s', (_label, body, paragraphs) => {
    expect(splitPlainText('Harbour vote count ends\n\n' + body).blocks.map((b) => b.text)).toEqual(paragraphs);
  });

  it('reads the figures of the rows under the paragraph with their header', () => {
    expect(textNumbers(WRAPPED + 'Party | Seats\nHarbour Alliance | 12\nDock Workers | 7\n')).toEqual([['12', 'Seats'], ['7', 'Seats']]);
  });
});

describe('splitPlainText marks the first row of each table', () => {
  it.each([
    ['two tables', 'Party | Seats\nHarbour Alliance | 12\n\nRegistered voters | 4.2 million\nPolling stations | 1,140',
      ['▶Party | Seats', 'Harbour Alliance | 12', '▶Registered voters | 4.2 million', 'Polling stations | 1,140']],
    ['rows pasted from a Markdown table', '| Party | Seats |\n| Harbour Alliance | 12 |\n\n| Registered voters | 4.2 million |\n| Polling stations | 1,140 |',
      ['▶| Party | Seats |', '| Harbour Alliance | 12 |', '▶| Registered voters | 4.2 million |', '| Polling stations | 1,140 |']],
    ['a lone row: no mark', 'Party | Seats\nHarbour Alliance | 12\n\nTotal | 12', ['▶Party | Seats', 'Harbour Alliance | 12', 'Total | 12']],
    ['rows after a line of prose in the same block', 'The seats were shared as follows.\nParty | Seats\nHarbour Alliance | 12',
      ['The seats were shared as follows.', '▶Party | Seats', 'Harbour Alliance | 12']],
    ['a byline with a bar: no table', 'By Ana Ruiz | Harbour Post\n3 March 2026', ['By Ana Ruiz | Harbour Post', '3 March 2026']],
    ['a bar inside a long line of prose: no row', `${'The board said its figures were final '.repeat(3)}| and would not change.\nNo more.`,
      [`${'The board said its figures were final '.repeat(3)}| and would not change.`, 'No more.']],
  ])('%s', (_label, body, expected) => {
    const { blocks } = splitPlainText('Harbour vote count ends\n\n' + body);
    expect(blocks.map((b) => (b.tableStart ? `▶${b.text}` : b.text))).toEqual(expected);
  });

  it('publishes no mark and keeps the rows as they were', () => {
    const record = extract(`${HEAD}Party | Seats\nHarbour Alliance | 12\n\nRegistered voters | 4.2 million\nPolling stations | 1,140\n`, { id: 'a.txt' });
    expect(record.article.text).toContain('Party | Seats\n\nHarbour Alliance | 12\n\nRegistered voters | 4.2 million\n\nPolling stations | 1,140');
    expect(JSON.stringify(record)).not.toContain('tableStart');
  });
});
