// Clean stage: recognises pages that hold no article (error pages served as pages, consent and pay-or-accept walls).
import type { Block } from '../doc.js';
import { NOT_ARTICLE_MAX_CHARS, NOT_ARTICLE_RULES, REPORTED_SPEECH, type NotArticleRule } from './rules.js';

/**
 * The NOT_ARTICLE_RULES rule a page falls under, from its title and kept blocks; null for an article. Conservative: the
 * kept text must be short, and the title with one text pattern, or two different text patterns, must match
 * ("Page not found" + "Sorry, we couldn't find that page"; "We and our 842 partners store…" + "I Accept").
 */
export function findNotArticle(title: string | null, blocks: readonly Block[]): NotArticleRule | null {
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  if (chars === 0 || chars > NOT_ARTICLE_MAX_CHARS) return null;
  const texts = blocks.map((b) => b.text.trim()).filter((t) => !REPORTED_SPEECH.test(t));
  for (const rule of NOT_ARTICLE_RULES) {
    const hits = rule.text.filter((re) => texts.some((t) => re.test(t))).length;
    if (hits >= 2 || (hits >= 1 && title && rule.title.some((re) => re.test(title.trim())))) return rule;
  }
  return null;
}
