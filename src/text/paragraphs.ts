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
    // a live entry's time travels with its paragraph, to the dates found in it (Block.date); an interview's question
    // marked by the page, to the claims stage (Block.question)
    const p: Paragraph = block.date ? { start: at, end: at + t.length, date: block.date } : { start: at, end: at + t.length };
    if (block.question) p.question = true;
    paragraphs.push(p);
    parts.push(t);
    at += t.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

/** Paragraphs of verbatim text (--no-clean): runs of non-blank lines, trimmed, offsets into the text itself. */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g; // up to the next blank line
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    out.push({ start: m.index, end });
  }
  return out;
}
