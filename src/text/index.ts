// The text stage: turns the cleaner's kept blocks into doc.text and doc.paragraphs.
import type { Block, NewsDoc } from '../doc.js';
import { isHtmlDoc } from '../doc.js';
import { findParagraphs, joinBlocks } from './paragraphs.js';

export interface TextOptions {
  /** false under --no-clean: plain-text input is taken verbatim so offsets point into the input itself. */
  clean: boolean;
}

/** Fills doc.text and doc.paragraphs. */
export function buildText(doc: NewsDoc, blocks: Block[], options: TextOptions): void {
  if (!options.clean && !isHtmlDoc(doc)) {
    doc.text = doc.html;
    doc.paragraphs = findParagraphs(doc.html);
    return;
  }
  const { text, paragraphs } = joinBlocks(blocks);
  doc.text = text;
  doc.paragraphs = paragraphs;
}
