// Output stage: the spans of article.text that the human views (pretty, html) highlight, taken from a published record.
import type { ArticleRecord } from './record.js';

/** What a highlighted span is. `claim` is a claim's content; `source` and `cue` are the parts of its attribution. */
export type HighlightKind = 'claim' | 'source' | 'cue' | 'actor' | 'place' | 'date' | 'number';

/** Outer kinds first: when two spans cover the same text, a claim's content encloses the actor or number inside it. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['claim', 'source', 'cue', 'actor', 'place', 'date', 'number'];

export interface Highlight {
  kind: HighlightKind;
  /** Offsets into article.text, end exclusive, clamped to the text. */
  start: number;
  end: number;
  /** Actor, place or claim id ("A1", "P3", "C2"); null for numbers and dates. */
  id: string | null;
  /** Index into the record list the span comes from (actors, places, numbers, dates or claims). */
  index: number;
}

/**
 * Every span worth highlighting, sorted by start, longer (outer) spans first. Spans outside the text or empty are
 * dropped rather than trusted: the views must survive a record built by another version or edited by hand.
 */
export function findHighlights(record: ArticleRecord): Highlight[] {
  const text = record.article.text;
  const out: Highlight[] = [];
  const push = (kind: HighlightKind, start: number, end: number, id: string | null, index: number) => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(0, Math.min(end, text.length));
    if (e > s) out.push({ kind, start: s, end: e, id, index });
  };
  record.actors.forEach((a, i) => a.mentions.forEach((m) => push('actor', m.start, m.end, a.id, i)));
  record.places.forEach((p, i) => p.mentions.forEach((m) => push('place', m.start, m.end, p.id, i)));
  record.numbers.forEach((n, i) => push('number', n.start, n.end, null, i));
  record.dates.forEach((d, i) => push('date', d.start, d.end, null, i));
  record.claims.forEach((c, i) => {
    push('claim', c.contentStart, c.contentEnd, c.id, i);
    // The record gives the cue and source as text only: find them in the attribution, outside the content.
    const outside: [number, number][] = [
      [c.start, Math.min(c.contentStart, c.end)],
      [Math.max(c.contentEnd, c.start), c.end],
    ];
    for (const [kind, needle] of [['cue', c.cue], ['source', c.source.text]] as const) {
      for (const [from, to] of outside) {
        const at = findWord(text, needle, from, to);
        if (at !== -1) {
          push(kind, at, at + needle.length, c.id, i);
          break;
        }
      }
    }
  });
  const rank = (k: HighlightKind) => HIGHLIGHT_KINDS.indexOf(k);
  return out.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * First whole-word occurrence of `needle` in text[from, to), case-insensitive, or -1. Whole words so that a pronoun
 * source "he" is not found inside "the"; case-insensitive so that the cue "according to" is found in "According to".
 */
export function findWord(text: string, needle: string, from: number, to: number): number {
  if (!needle || from < 0 || to > text.length || to - from < needle.length) return -1;
  const hay = text.slice(from, to);
  // Lower-casing must keep lengths, or offsets would drift ("İ" lower-cases to two code units): else match exact case.
  const lowerHay = hay.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  const fold = lowerHay.length === hay.length && lowerNeedle.length === needle.length;
  const h = fold ? lowerHay : hay;
  const n = fold ? lowerNeedle : needle;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + n.length];
    const startsWord = !WORD_CHAR.test(n[0]!) || before === undefined || !WORD_CHAR.test(before);
    const endsWord = !WORD_CHAR.test(n[n.length - 1]!) || after === undefined || !WORD_CHAR.test(after);
    if (startsWord && endsWord) return from + i;
  }
  return -1;
}

/**
 * A number as people read it: 1200000 → "1,200,000"; "~" when approximate; a range with both ends ("between 30 and
 * 40" → "~30–40"); unit after, "%" attached.
 */
export function formatNumberValue(n: ArticleRecord['numbers'][number]): string {
  // made per call: an Intl object kept at module level would be in the start-up snapshot, which V8 cannot write
  const DIGITS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  const high = n.high !== null && n.high !== n.value ? `–${DIGITS.format(n.high)}` : '';
  const unit = n.unit === null ? '' : n.unit === '%' ? '%' : ` ${n.unit}`;
  return `${n.approximate ? '~' : ''}${DIGITS.format(n.value)}${high}${unit}`;
}

/** "26 · ISIS militants · killed · per pro-SDF sources": value, what it counts, what happened, and whose claim it is. */
export function describeNumber(record: ArticleRecord, n: ArticleRecord['numbers'][number]): string {
  const parts = [formatNumberValue(n)];
  if (n.counts !== null) parts.push(n.counts);
  if (n.event !== null) parts.push(n.event);
  if (n.claim !== null) {
    const claim = record.claims.find((c) => c.id === n.claim);
    parts.push(claim ? `per ${claim.source.text}` : `per claim ${n.claim}`);
  }
  return parts.join(' · ');
}
