// Span helpers of the extract stage: the one place that checks offsets against doc.text.
import type { Entities } from '../doc.js';

interface Spanned { start: number; end: number; text?: string }

/** A span whose offsets are inside the text and whose text (when given) equals the slice. */
export function isValidSpan(text: string, s: Spanned): boolean {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) return false;
  return s.text === undefined || text.slice(s.start, s.end) === s.text;
}

/** Every span in the entities that breaks `text.slice(start, end) === text`, described for a message. */
export function findBadSpans(text: string, e: Entities): string[] {
  const bad: string[] = [];
  const check = (what: string, s: Spanned) => {
    if (!isValidSpan(text, s)) bad.push(`${what} ${JSON.stringify(s.text ?? '')} at ${s.start}-${s.end}`);
  };
  for (const a of e.actors) a.mentions.forEach((m) => check(`actor ${a.id}`, m));
  for (const p of e.places) p.mentions.forEach((m) => check(`place ${p.id}`, m));
  e.numbers.forEach((n) => check('number', n));
  e.dates.forEach((d) => check('date', d));
  for (const c of e.claims) {
    check(`claim ${c.id}`, { start: c.start, end: c.end });
    check(`claim ${c.id} content`, { start: c.contentStart, end: c.contentEnd, text: c.content });
  }
  return bad;
}
