// Builds the extract context for hand-written texts in the actors/places/ner tests.
import type { ExtractContext } from '../../src/extract/context.js';
import { splitSentences } from '../../src/extract/sentences.js';

/** Paragraphs are blocks between blank lines, as the text stage makes them. */
export function contextOf(text: string): ExtractContext {
  const paragraphs = [...text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return { doc: null as never, text, sentences: splitSentences(text, paragraphs), referenceDate: null };
}
