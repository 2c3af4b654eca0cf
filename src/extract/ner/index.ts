// Finds person, organization, place and other names in text (extract stage): tokenizer + features + perceptron.
import { matchGazetteer } from '../gazetteer.js';
import { collectDocStats } from './features.js';
import { refineNames, type RefinedName } from './refine.js';
import { loadModel, tagSentence, toSpans, type NameSpan } from './tagger.js';
import { tokenize, type Token } from './tokenize.js';

export type { NameSpan } from './tagger.js';
export type { RefinedName } from './refine.js';
export { tokenize, type Token } from './tokenize.js';

/**
 * Names in `text`, tagged one sentence at a time. `ranges` are the sentences (offsets into text); a line break inside
 * one also ends a sentence, because headlines, bylines and datelines stand on lines of their own. `tableStarts` are
 * the offsets of the lines that open a table (Paragraph.tableStart): a table's column header heads its own rows only.
 */
export function findNames(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, tableStarts?: ReadonlySet<number>): RefinedName[] {
  const { sentences, spans } = tagNames(text, ranges);
  return refineNames(text, sentences, spans, tableStarts);
}

/** The tagger's raw output: token runs (sentences) and the names in them, before the article-wide rules. */
export function tagNames(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): { sentences: Token[][]; spans: NameSpan[] } {
  const model = loadModel();
  const sentences: Token[][] = [];
  for (const r of ranges) {
    let from = r.start;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < r.end; nl = text.indexOf('\n', from)) {
      const toks = tokenize(text, from, nl);
      if (toks.length) sentences.push(toks);
      from = nl + 1;
    }
    const toks = tokenize(text, from, r.end);
    if (toks.length) sentences.push(toks);
  }
  const stats = collectDocStats(sentences);
  const out: NameSpan[] = [];
  for (const toks of sentences) {
    // features looked up by number, own features' sums cached per word (tagger.ts): no feature strings built
    out.push(...toSpans(toks, tagSentence(model, toks, stats, matchGazetteer)));
  }
  return { sentences, spans: out };
}
