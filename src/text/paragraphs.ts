// Joins kept blocks into the article text and finds paragraph offsets (text stage).
import type { Block, Paragraph } from '../doc.js';
import { normalizeBlock } from './normalize.js';
import { isHeaderRow, tableCells } from './table-row.js';

/** Paragraphs joined by a blank line; each block one paragraph, empty blocks dropped. */
export function joinBlocks(blocks: Block[]): { text: string; paragraphs: Paragraph[] } {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const block of blocks) {
    const t = normalizeBlock(block.text);
    if (!t) continue;
    if (parts.length) at += 2; // the "\n\n" between paragraphs
    // a live entry's time travels with its paragraph, to the dates found in it (Block.date); so do the start of a
    // table (Block.tableStart), to the column headers the numbers stage reads, and an interview's question marked by
    // the page (Block.question), to the claims stage
    const paragraph: Paragraph = { start: at, end: at + t.length };
    if (block.date) paragraph.date = block.date;
    if (block.tableStart) paragraph.tableStart = true;
    if (block.question) paragraph.question = true;
    paragraphs.push(paragraph);
    parts.push(t);
    at += t.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

/**
 * True when a paragraph of verbatim text is a run of table rows: its first line two cells or more joined by "|" (a
 * Markdown row with its outer bars too: "| North | 12 |"), and another line after it ("Registered voters | 4.2
 * million\nBallots cast | 2.6 million").
 */
function opensPipeRows(paragraph: string): boolean {
  const lineEnd = paragraph.indexOf('\n');
  const bar = paragraph.indexOf('|');
  if (lineEnd <= 0 || bar < 0 || bar > lineEnd) return false;
  return (bar > 0 && paragraph.slice(0, bar).trim() !== '' && paragraph.slice(bar + 1, lineEnd).trim() !== '')
    || tableCells(paragraph.slice(0, lineEnd).trim()) !== null;
}

/**
 * Paragraphs of verbatim text (--no-clean): runs of non-blank lines, trimmed, offsets into the text itself. A run of
 * two or more table rows is a table of its own (Paragraph.tableStart): the blank line above it is where the table
 * before it ended ("Party | Seats" rows, a blank line, then "Registered voters | 4.2 million" rows). A column header
 * row standing alone right above such a run opens it, as the clean stage reads it (markDetachedHeaders in
 * clean/plain.ts): "Region | Deaths\n\nNorth | 12\nSouth | 7" is one table, its header set apart by a blank line.
 */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g; // up to the next blank line
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    const opens = opensPipeRows(text.slice(m.index, end));
    const before = out[out.length - 1];
    if (opens && before && !before.tableStart) markDetachedHeader(text, before, m.index);
    out.push(opens ? { start: m.index, end, tableStart: true } : { start: m.index, end });
  }
  return out;
}

/**
 * Marks `paragraph` as the start of the table whose first row begins at `rowsStart` when it is one line of column
 * headers as wide as that row ("Region | Deaths" over "North | 12"): the numbers stage then reads it as the table's
 * header (detachedHeader in extract/numbers.ts). A lone row with a figure ("Total | 79") is data and stays unmarked.
 */
function markDetachedHeader(text: string, paragraph: Paragraph, rowsStart: number): void {
  const line = text.slice(paragraph.start, paragraph.end);
  if (line.includes('\n')) return;
  const rowEnd = text.indexOf('\n', rowsStart);
  const width = tableCells(text.slice(rowsStart, rowEnd < 0 ? text.length : rowEnd).trim())?.length;
  if (width !== undefined && isHeaderRow(line, width)) paragraph.tableStart = true;
}
