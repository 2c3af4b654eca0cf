// The extract stage: actors, places, dates, numbers and claims from doc.text, linked to each other.
import type { NewsDoc } from '../doc.js';
import { InternalError } from '../errors.js';
import type { ExtractContext } from './context.js';
import { splitSentences } from './sentences.js';
import { findActorsAndPlaces } from './actors.js';
import { findDates } from './dates.js';
import { findNumbers } from './numbers.js';
import { findClaims } from './claims.js';
import { findBadSpans } from './spans.js';

export interface ExtractOptions {
  /** Date to resolve relative dates against when the article has no published date (file mtime, fetch time). */
  fallbackDate?: Date | null;
}

/** Fills doc.entities. Throws InternalError when an extractor breaks the span invariant. */
export function extractEntities(doc: NewsDoc, options: ExtractOptions = {}): void {
  const text = doc.text;
  const ctx: ExtractContext = {
    doc,
    text,
    sentences: splitSentences(text, doc.paragraphs),
    referenceDate: doc.meta.published ?? (options.fallbackDate ? options.fallbackDate.toISOString() : null),
  };
  const { actors, places } = findActorsAndPlaces(ctx);
  const dates = findDates(ctx);
  const numbers = findNumbers(ctx);
  const claims = findClaims(ctx, actors);
  // A number belongs to the claim whose content holds it: "26 ISIS militants" in C2's content → claim "C2".
  for (const n of numbers) {
    const c = claims.find((cl) => n.start >= cl.contentStart && n.end <= cl.contentEnd);
    n.claim = c ? c.id : null;
  }
  doc.entities = { actors, places, numbers, dates, claims };
  const bad = findBadSpans(text, doc.entities);
  if (bad.length) throw new InternalError(`extract produced ${bad.length} span(s) that do not match the text: ${bad.slice(0, 3).join('; ')}`);
}
