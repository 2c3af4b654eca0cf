// Clean stage: runs the paragraph rules over text blocks (HTML blocks or plain-text paragraphs) and sorts out boilerplate.
import type { Block, RemovedBlock } from '../doc.js';
import { BYLINE_BIO, BYLINE_BIO_BLOCKS, PARAGRAPH_RULES, REPORTED_SPEECH, TAIL_BLOCKS, type ParagraphRule } from './rules.js';

/** The first paragraph rule that matches a block's text, or null. `position` is 'tail' for the closing blocks. */
export function findParagraphRule(text: string, position: 'head' | 'body' | 'tail' = 'body'): ParagraphRule | null {
  const t = text.trim();
  let reported: boolean | null = null;
  for (const rule of PARAGRAPH_RULES) {
    if (t.length > rule.maxChars) continue;
    if (rule.where === 'tail' && position !== 'tail') continue;
    if (rule.where === 'head' && position !== 'head') continue;
    if (rule.gate && !rule.gate.test(t)) continue;
    if (!rule.patterns.some((re) => re.test(t))) continue;
    if (rule.unlessReported && (reported ??= REPORTED_SPEECH.test(t))) continue;
    return rule;
  }
  return null;
}

export interface RuleResult {
  kept: Block[];
  removed: RemovedBlock[];
}

/**
 * Removes boilerplate blocks by the paragraph rules. A tail rule with `endsArticle` ("Disclaimer:", "Leave a reply")
 * also removes everything after it, as the site's footer boxes follow.
 */
export function applyParagraphRules(blocks: readonly Block[]): RuleResult {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  const tailFrom = extendTail(blocks, Math.max(Math.ceil(blocks.length * 0.5), blocks.length - TAIL_BLOCKS));
  let ended: ParagraphRule | null = null;
  let proseKept = false;
  blocks.forEach((block, i) => {
    if (ended) {
      // after the end of the article each block still says why it goes, when a rule of its own matches
      const own = findParagraphRule(block.text, 'tail') ?? ended;
      removed.push({ kind: own.kind, rule: own.id, text: block.text });
      return;
    }
    let rule = findParagraphRule(block.text, i >= tailFrom ? 'tail' : i < 3 ? 'head' : 'body');
    if (rule?.confirmNext && !isConfirmed(rule, block.text, blocks[i + 1]?.text)) rule = null;
    if (rule?.confirmBeside && !isBeside(rule, blocks[i - 1]?.text) && !isBeside(rule, blocks[i + 1]?.text)) rule = null;
    if (!rule) {
      kept.push(block);
      proseKept ||= block.text.length >= PROSE_CHARS;
      return;
    }
    removed.push({ kind: rule.kind, rule: rule.id, text: block.text });
    if (rule.endsArticle && (i >= tailFrom || (rule.endsAfterProse && proseKept))) ended = rule;
  });
  return { kept, removed };
}

/** A kept block this long is a paragraph of the story (see ParagraphRule.endsAfterProse). */
const PROSE_CHARS = 150;

/** See ParagraphRule.confirmNext: "About Corvane Therapeutics" then "Corvane Therapeutics is a…". */
function isConfirmed(rule: ParagraphRule, text: string, next: string | undefined): boolean {
  if (!next) return false;
  for (const re of rule.patterns) {
    const word = re.exec(text.trim())?.[1];
    if (word && next.trimStart().startsWith(word)) return true;
  }
  return false;
}

/**
 * See ParagraphRule.confirmBeside: a neighbouring block is furniture of the same kind, "84.1K" beside "💬 340", "Share"
 * or "6 min read·Oct 6, 2026". A neighbour that would itself need its neighbours does not count ("1.2M" over "45K").
 */
function isBeside(rule: ParagraphRule, text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = text.trim();
  if (rule.confirmBeside!.test(t)) return true;
  const other = findParagraphRule(t);
  return other !== null && other.kind === rule.kind && !other.confirmBeside && !other.confirmNext;
}

/**
 * The tail reaches up over a run of credit lines that ends in it: a three-paragraph brief closing with "Associated
 * Press writer Amy Beth Hanson contributed to this report.", "--With assistance from …" and "To contact the reporter
 * …" has its first credit line in its first half, above the plain tail. Only credit lines (byline-kind tail rules that
 * end nothing) extend it, each one joined to the removed line below it.
 */
function extendTail(blocks: readonly Block[], tailFrom: number): number {
  const isCredit = (b: Block | undefined): boolean => {
    const rule = b ? findParagraphRule(b.text, 'tail') : null;
    return rule !== null && rule.where === 'tail' && rule.kind === 'byline' && !rule.endsArticle;
  };
  let from = tailFrom;
  while (from > 1 && isCredit(blocks[from]) && isCredit(blocks[from - 1])) from -= 1;
  return from;
}

/**
 * Removes the note on the writer (BYLINE_BIO) from the first and last BYLINE_BIO_BLOCKS blocks: a block opening with
 * the full name of one of the article's `authors` ("Amina Yusuf is a Sudanese physician and the co-founder of …").
 */
export function removeBylineBio(blocks: readonly Block[], authors: readonly string[]): RuleResult {
  const names = authors.map((a) => a.trim().replace(/\s+/g, ' ')).filter((a) => /\s/.test(a));
  const removed: RemovedBlock[] = [];
  if (!names.length) return { kept: [...blocks], removed };
  const kept = blocks.filter((b, i) => {
    if (i >= BYLINE_BIO_BLOCKS && i < blocks.length - BYLINE_BIO_BLOCKS) return true;
    const t = b.text.trim().replace(/\s+/g, ' ');
    if (t.length > BYLINE_BIO.maxChars) return true;
    const bio = names.some((n) => t.startsWith(n) && BYLINE_BIO.after.test(t.slice(n.length)));
    if (bio) removed.push({ kind: BYLINE_BIO.kind, rule: BYLINE_BIO.id, text: b.text });
    return !bio;
  });
  return { kept, removed };
}
