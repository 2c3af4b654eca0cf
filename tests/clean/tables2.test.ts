// The clean stage marks where each table begins (Block.tableStart), without changing any block's text.
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';
import { joinBlocks } from '../../src/text/paragraphs.js';

const LEAD = '<p>The harbour board met on Thursday to review the figures of the past season, its chair told reporters afterwards.</p>';
const TAIL = '<p>The board will publish the full report next month, after the auditors have signed the accounts.</p>';

/** The kept blocks of a page, each as its text, with a "▶" before the first block of a table. */
function marked(body: string): string[] {
  const html = `<html><head><title>Harbour figures</title></head><body><article>${LEAD}${body}${TAIL}</article></body></html>`;
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  return cleanDoc(doc, { clean: true, now: null }).map((b) => (b.tableStart ? `▶${b.text}` : b.text));
}

const SHIPS = '<table><tr><th>Berth</th><th>Ships</th></tr><tr><td>North quay</td><td>212</td></tr><tr><td>South quay</td><td>97</td></tr></table>';
const CARGO = '<table><tr><td>Containers handled</td><td>88,400</td></tr><tr><td>Cruise passengers</td><td>61,000</td></tr></table>';

describe('cleanDoc: the first block of each table is marked', () => {
  it.each([
    ['one table', SHIPS, ['▶Berth | Ships', 'North quay | 212', 'South quay | 97']],
    ['two tables in a row', SHIPS + CARGO,
      ['▶Berth | Ships', 'North quay | 212', 'South quay | 97', '▶Containers handled | 88,400', 'Cruise passengers | 61,000']],
    ['a table in a wrapper after another', `${SHIPS}<div class="scroll">${CARGO}</div>`,
      ['▶Berth | Ships', 'North quay | 212', 'South quay | 97', '▶Containers handled | 88,400', 'Cruise passengers | 61,000']],
    ['a caption opens its table', '<table><caption>Cargo by type</caption><tr><td>Grain</td><td>4,100</td></tr><tr><td>Coal</td><td>2,950</td></tr></table>',
      ['▶Cargo by type', 'Grain | 4,100', 'Coal | 2,950']],
    ['no table, no mark', '<ul><li>North quay: 212 ships</li><li>South quay: 97 ships</li></ul>', ['North quay: 212 ships', 'South quay: 97 ships']],
  ])('%s', (_label, body, expected) => {
    const blocks = marked(body);
    expect(blocks.slice(1, -1)).toEqual(expected);
  });
});

describe('joinBlocks: the mark travels to the paragraph, not into the text', () => {
  it.each([
    [[{ tag: 'p', text: 'A | 1' }, { tag: 'p', text: 'B | 2', tableStart: true }], 'A | 1\n\nB | 2', [false, true]],
    [[{ tag: 'p', text: 'A | 1', tableStart: true }, { tag: 'p', text: 'Prose.' }], 'A | 1\n\nProse.', [true, false]],
  ] as const)('%j', (blocks, text, marks) => {
    const r = joinBlocks(blocks as never);
    expect(r.text).toBe(text);
    expect(r.paragraphs.map((p) => p.tableStart === true)).toEqual(marks);
  });
});
