// Clean stage: splits a plain-text article into a title line and paragraphs at blank lines.
import type { Block } from '../doc.js';
import { MAX_TITLE_CHARS } from '../defaults.js';

export interface PlainSplit {
  title: string | null;
  blocks: Block[];
}

/** True for a first line that reads as a headline: short, and not a sentence ending in a full stop. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  // "Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition" is a title; "He left." is not
  return t.length > 0 && t.length <= MAX_TITLE_CHARS && !/[.。]["”’)]?$/.test(t);
}

/**
 * Paragraphs are separated by blank lines; lines inside one are joined with a space.
 * "Title line\n\nFirst paragraph…" → title "Title line", one block.
 */
export function splitPlainText(text: string): PlainSplit {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let title: string | null = null;
  const first = text.replace(/\r\n?/g, '\n').trimStart().split('\n')[0] ?? '';
  if (paragraphs.length > 1 && isTitleLine(first)) {
    title = first.replace(/\s+/g, ' ').trim();
    // the title may be its own paragraph or the first line of one
    if (paragraphs[0] === title) paragraphs.shift();
    else if (paragraphs[0]!.startsWith(title)) paragraphs[0] = paragraphs[0]!.slice(title.length).trim();
  }
  return { title, blocks: paragraphs.map((p) => ({ tag: 'p' as const, text: p })) };
}
