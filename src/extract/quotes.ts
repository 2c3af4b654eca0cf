// Finds quotations in the article text (extract stage, for claims.ts), including quotes continued across paragraphs.
import type { Paragraph } from '../doc.js';
import { AFTER_CUE_ADVERBIALS, CUE_FORMS, DETERMINERS, HEARERS } from './cues.js';

/** A quotation: [start, end) covers the quote marks, [innerStart, innerEnd) the words inside. */
export interface Quote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Quotations in text order. Curly quotes pair by direction, straight quotes by alternation. A paragraph that ends
 * inside a quote carries it on when the next paragraph opens with a quote mark (the newspaper convention for a
 * quote over several paragraphs); otherwise the unclosed quote ends with its paragraph.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let open: number | null = null;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (open === null) {
        if (OPEN.has(ch) || (ch === '"' && isOpeningStraight(text, i))) open = i;
      } else if (CLOSE.has(ch) || ch === '"') {
        // a continuation paragraph re-opens with a quote mark: that mark is not a close
        if (i === start && p > 0 && (OPEN.has(ch) || ch === '"') && open < start) continue;
        if (ch === '"' && i === open) continue;
        out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
        open = null;
      }
    }
    if (open !== null) {
      const next = paras[p + 1];
      const carries = next && (OPEN.has(text[next.start]!) || text[next.start] === '"');
      if (!carries) {
        out.push({ start: open, end, innerStart: open + 1, innerEnd: end });
        open = null;
      }
    }
  }
  return out.filter((q) => q.innerEnd > q.innerStart);
}

// A straight quote opens when it is not glued to a word before it: ` "We`, `("We`, `:"We`.
function isOpeningStraight(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : ' ';
  return !/[\p{L}\p{M}\p{N}.,!?]/u.test(before);
}

/** Most words of a scare quote: "neutralised", "Islamic State", "armed and dangerous". */
const SCARE_QUOTE_MAX_WORDS = 3;
const LAST_WORD = /([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)\s*$/u;
const NEXT_WORD = /^\s+([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)/u;

/**
 * A short quotation set inside a clause, marking a word as someone else's rather than quoting a speaker: "15
 * militants had been “neutralised” near the border", "9 “fighters” were killed", "the so-called “Islamic State”
 * said". It has one to three words, no punctuation closing it, no line break, and a word of its clause right before
 * or right after it.
 */
export function isScareQuote(text: string, q: Quote): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (/[\n,.;:!?…]\s*$/.test(inner) || inner.includes('\n') || q.end > text.length) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > SCARE_QUOTE_MAX_WORDS) return false;
  // a word right before, part of the clause: not one introducing the quotation ("said “no”", "told reporters “…”",
  // "told Reuters “…”")
  const before = LAST_WORD.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1]?.toLowerCase();
  if (before && !opensAfterCue(text, q.start)) return true;
  // a word right after, with no comma, going on with the clause: "said “terrorists” attacked 3 villages"; not an
  // attribution ("“Yes” he said"), a second verb ("said “no” and left") nor an adverbial of the cue's sentence
  // ("said “we will rebuild” on Tuesday" quotes the mayor's words)
  const after = NEXT_WORD.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase();
  return !!after && !CUE_FORMS.has(after) && !NOT_CLAUSE_AFTER.has(after) && !AFTER_CUE_ADVERBIALS.has(after);
}

/** Words read back from a quotation to its cue: "told Reuters “…”", "told the BBC “…”". */
const CUE_LOOKBACK_WORDS = 4;
const WORDS_BEFORE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu;

/**
 * Whether the text right before `at` is a cue, or a cue and its hearer, introducing a quotation: "said “…”",
 * "told reporters “…”", "told the Associated Press “…”". Read back over hearers, determiners and capitalised words.
 */
function opensAfterCue(text: string, at: number): boolean {
  const toks = text.slice(Math.max(0, at - 80), at).match(WORDS_BEFORE) ?? [];
  for (let i = toks.length - 1, n = 0; i >= 0 && n <= CUE_LOOKBACK_WORDS; i--, n++) {
    const w = toks[i]!;
    const lower = w.toLowerCase();
    if (CUE_FORMS.has(lower)) return true;
    if (n === CUE_LOOKBACK_WORDS) return false;
    if (!(HEARERS.has(lower) || DETERMINERS.has(lower) || /^\p{Lu}/u.test(w))) return false;
  }
  return false;
}

/** Words after a short quotation that do not carry its clause on: a speaker's pronoun, a conjunction. */
const NOT_CLAUSE_AFTER = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'and', 'but', 'or', 'so', 'then']);
