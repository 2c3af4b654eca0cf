// A plain text's headline holding a bar or a tab is still its title: lines with bars are a table only when they look
// like one (rows of as many cells, one with a figure; a Markdown divider; outer bars; a row of figures).
import { describe, expect, it } from 'vitest';
import { splitPlainText } from '../../src/clean/plain.js';
import { opensTableLines } from '../../src/text/table-row.js';
import { extract } from '../../src/index.js';

const BODY = 'The harbour board voted on Tuesday to close the old ferry terminal at the end of the year.\n\n'
  + 'Passenger numbers have fallen by a third since the bridge opened, the board said.\n';

describe('a headline with bars or a tab opening a plain text is its title', () => {
  it.each([
    ['a headline and its section over a byline with its date',
      'Harbour board shuts ferry terminal | Local news\nBy Ana Ruiz in Portmere | Wed 4 Mar 2026\n\n' + BODY,
      'Harbour board shuts ferry terminal | Local news'],
    ['three parts over two', 'Harbour board shuts ferry terminal | Local news | The Portmere Post\nAna Ruiz | 4 March 2026 09.30 GMT\n\n' + BODY,
      'Harbour board shuts ferry terminal | Local news | The Portmere Post'],
    ['a standfirst under the byline is not the title',
      'Harbour board shuts ferry terminal | Local news\nBy Ana Ruiz | 4 March 2026\n\nTraders fear for the old town\n\n' + BODY,
      'Harbour board shuts ferry terminal | Local news'],
    ['a headline and its section split by a tab', 'Harbour board shuts ferry terminal\tLocal news\n\n' + BODY,
      'Harbour board shuts ferry terminal Local news'],
    ['a headline with a tab over a byline', 'Harbour board shuts ferry terminal\tLocal news\nBy Ana Ruiz\n\n' + BODY,
      'Harbour board shuts ferry terminal Local news'],
    // still tables: the rows share their width and hold a figure, or are marked as Markdown
    ['pipe rows with a figure', 'Route | Sailings\nHarbour to Isle | 40\n\n' + BODY, null],
    ['pipe rows with a figure and its scale', 'Region | Voters\nNorth Shore | 4.2 million\n\n' + BODY, null],
    ['tab rows with a figure', 'Route\tSailings\nHarbour to Isle\t40\n\n' + BODY, null],
    ['a Markdown header over its divider', '| Route | Sailings |\n|---|---|\n\n' + BODY, null],
    ['a headline set apart under real rows', 'Route | Sailings\nHarbour to Isle | 40\n\nFerry numbers fall again\n\n' + BODY, 'Ferry numbers fall again'],
  ])('%s', (_label, text, title) => {
    expect(splitPlainText(text).title).toBe(title);
  });

  it.each([
    [['Harbour board shuts ferry terminal | Local news', 'By Ana Ruiz | 4 March 2026'], false],
    [['Harbour board shuts ferry terminal\tLocal news'], false],
    [['Opinion | Why the ferry must stay'], false],
    [['Route | Sailings | Change', 'Harbour to Isle | 40'], false],
    [['Route | Sailings', 'Harbour to Isle | 40'], true],
    [['Route\tSailings', 'Harbour to Isle\t40'], true],
    [['Share | Change', 'Harbour to Isle | 12 per cent'], true],
    [['| Route | Sailings |'], true],
    [['Route | Sailings', '---|---'], true],
    [['2023 2024 2025'], true],
  ])('opensTableLines(%j) is %s', (lines, expected) => {
    expect(opensTableLines(lines)).toBe(expected);
  });

  it('keeps the headline and its section out of the text and the actors', () => {
    const record = extract('Harbour board shuts ferry terminal | World news\nBy Ana Ruiz in Portmere | Wed 4 Mar 2026\n\n' + BODY, { id: 'a.txt' });
    expect(record.article.title).toBe('Harbour board shuts ferry terminal | World news');
    expect(record.article.text.startsWith('By Ana Ruiz in Portmere')).toBe(true);
    expect(record.actors.map((a) => a.name)).not.toContain('World');
  });
});
