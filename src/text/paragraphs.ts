// Joins kept blocks into the article text and finds paragraph offsets (text stage).
import type { Block, Paragraph } from '../doc.js';
import { normalizeBlock } from './normalize.js';

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
 * True when a paragraph of verbatim text is a run of table rows: its first line two cells or more joined by "|", and
 * another line after it ("Registered voters | 4.2 million\nBallots cast | 2.6 million").
 */
function opensPipeRows(paragraph: string): boolean {
  const lineEnd = paragraph.indexOf('\n');
  const bar = paragraph.indexOf('|');
  return lineEnd > 0 && bar > 0 && bar < lineEnd && paragraph.slice(0, bar).trim() !== '' && paragraph.slice(bar + 1, lineEnd).trim() !== '';
}

/**
 * Paragraphs of verbatim text (--no-clean): runs of non-blank lines, trimmed, offsets into the text itself. A run of
 * two or more table rows is a table of its own (Paragraph.tableStart): the blank line above it is where the table
 * before it ended ("Party | Seats" rows, a blank line, then "Registered voters | 4.2 million" rows).
 */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g; // up to the next blank line
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    out.push(opensPipeRows(text.slice(m.index, end)) ? { start: m.index, end, tableStart: true } : { start: m.index, end });
  }
  return out;
}
