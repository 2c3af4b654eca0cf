// What every extractor receives: the cleaned text, its sentences, and the article's reference date.
import type { NewsDoc } from '../doc.js';

/** A sentence of `doc.text`, offsets end-exclusive. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph holding it. */
  paragraph: number;
}

export interface ExtractContext {
  doc: NewsDoc;
  /** Same string as doc.text: every offset points into it. */
  text: string;
  sentences: Sentence[];
  /** The article's published date (ISO), to resolve relative dates; null when unknown (never the file's or fetch's date: extract/index.ts). */
  referenceDate: string | null;
}
