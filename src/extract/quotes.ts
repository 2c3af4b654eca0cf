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

/**
 * Single quotation marks, the house style of the Daily Mail, the Sun and many UK and Commonwealth outlets: "‘I thought
 * we were going to die,’ she told reporters.", "said: 'Our thoughts are with the families.'". The same characters are
 * apostrophes ("couldn’t", "the army's", "’90s", "Guns N’ Roses", "the soldiers’ families"), so a mark counts only in
 * the places a quotation mark stands, and only in pairs (SINGLE_MARK_FAMILIES).
 */
const SINGLE_MARK_FAMILIES: { id: string; open: string; close: string; marks: RegExp }[] = [
  { id: 'single/curly', open: '‘', close: '’', marks: /[‘’]/g },
  { id: 'single/straight', open: "'", close: "'", marks: /'/g },
];
/** Most words of a quotation closed by a mark that may be a possessive: "‘in a matter of minutes’ after". */
const PHRASE_QUOTE_MAX_WORDS = 8;
/** What a quotation mark replacing a single mark is read as: double marks, which pair by direction. */
const READ_OPEN = '“';
const READ_CLOSE = '”';
/** Before an opening mark: a paragraph start, a space, a colon, a bracket or a dash ("said: ‘…", "— ‘…"). */
const BEFORE_OPEN = /[\s:([—–-]/u;
/** After an opening mark: the first word of the quotation, or an ellipsis ("‘…and then it stopped’"). */
const AFTER_OPEN = /^[\p{L}\p{N}…]|^\.\.\./u;
/**
 * Elisions that open with a mark and are no quotation: "the ’90s", "'em", "'til", "rock 'n' roll", "'tis". A decade
 * is two digits and an "s".
 */
const ELISION_AFTER_MARK = /^(?:\p{N}{2}s|em|til|tis|twas|n|cause|bout)(?![\p{L}\p{N}])/iu;
/** Where a quotation ends: ", . ! ? …" at a word's end ("…die,’ she said", "…water.'"). */
const END_PUNCTUATION = /[,.!?…]/u;
/** After a closing mark: a space, the paragraph's end, or punctuation going on with the sentence ("…,’ she said"). */
const AFTER_CLOSE = /[\s)\]—–,;:.!?]/u;
/** "the U.S.’ role": a dotted abbreviation's possessive, a full stop then an apostrophe, is no quotation's end. */
const DOTTED_POSSESSIVE = /\.\p{Lu}\.$/u;

/** A pair of single marks read as a quotation: offsets of the opening and the closing mark. */
interface MarkPair {
  open: number;
  close: number;
}

/** A character of the text to read as another: a single quotation mark read as “ or ”. */
export interface QuoteMark {
  at: number;
  ch: string;
}

/**
 * The single marks of `text` used as quotation marks, in text order, each with the double mark it reads as, so every
 * rule reading quotations sees them: "‘Four people have died,’ Chief Inspector Mark Holt said." An opening mark
 * stands after a space, a colon or a paragraph start, before a word; a closing mark after , . ! ? at a word's end,
 * before a space, punctuation or the paragraph's end. A mark right after a word and before a space or punctuation
 * ("described as ‘barbaric’ and") closes only a quotation the rule above cannot close; it is no close after an "s"
 * before a word ("the soldiers’ families", a plural's possessive) nor after one letter ("Guns N’ Roses"). A mark with
 * no partner is an apostrophe. A paragraph ending inside a quotation carries it on when the next one opens with a mark
 * (a quote over several paragraphs, findQuotes). A document that already writes its quotations in double marks
 * (`doubles`: findQuotes of the text) mixes the styles only for speech: there a pair counts only when a cue stands
 * next to it and it is no quotation nested in a double one (isCuedSpeech): "‘We will not give up,’ the minister
 * said." in a page with “…” elsewhere; other single marks are apostrophes or nested quotations.
 */
export function findSingleQuoteMarks(text: string, paragraphs: Paragraph[], doubles: Quote[]): QuoteMark[] {
  if (!text.includes("'") && !text.includes('‘')) return [];
  const mixed = doubles.some((q) => !isScareQuote(text, q));
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  const marks: QuoteMark[] = [];
  for (const family of SINGLE_MARK_FAMILIES) {
    if (!text.includes(family.open)) continue;
    const all = [...text.matchAll(family.marks)].map((m) => m.index!);
    let k = 0;
    let carried = false;
    for (let p = 0; p < paras.length; p++) {
      const { start, end } = paras[p]!;
      const next = paras[p + 1];
      while (k < all.length && all[k]! < start) k++;
      const first = k;
      while (k < all.length && all[k]! < end) k++;
      if (k === first) {
        carried = false;
        continue;
      }
      const pairs = pairSingleMarks(text, start, end, family, all.slice(first, k));
      let speech: MarkPair | null = null;
      for (const pair of pairs.closed) {
        // "‘We were “neutralised”,’ he said": a double mark inside would pair with the one read in
        if (/[“”"«»]/.test(text.slice(pair.open + 1, pair.close))) continue;
        if (mixed) {
          // "‘…,’ she said. ‘I thought we were going to die.’": a second sentence of the same speech goes on with it
          const goesOn = speech !== null && isClosedSpeech(text, pair) && !/[“”"«»]/.test(text.slice(speech.close, pair.open));
          if (!goesOn && !isCuedSpeech(text, pair, doubles)) continue;
          speech = pair;
        }
        marks.push({ at: pair.open, ch: READ_OPEN }, { at: pair.close, ch: READ_CLOSE });
      }
      // (in a document of double marks, a single-marked quotation never runs over paragraphs)
      const carries = !mixed && pairs.open !== null && !!next && text[next.start] === family.open && isOpeningMark(text, next.start, next.start, next.end);
      // a quotation carried on from the paragraph before and still open: its mark opening this paragraph goes on with it
      if (carries || (carried && pairs.open === start)) marks.push({ at: pairs.open!, ch: READ_OPEN });
      carried = carries;
    }
  }
  return marks.sort((a, b) => a.at - b.at);
}

/** Most words between a single-marked quotation and the cue after it: "’ Chief Inspector Mark Holt said". */
const CUE_AFTER_MAX_WORDS = 6;
/** The words after a closing mark up to the sentence's end or the next quotation mark. */
const WORDS_AFTER_CLOSE = /^[^.!?;:“”"‘«»\n]*/u;
/** Marks around a quotation and its cue: "said: ‘…", "said, ‘…". */
const CUE_JOIN = /[\s:,]*$/u;

/** A quotation of whole sentences: its closing mark comes right after , . ! ? ("…die,’", "…water.'"). */
function isClosedSpeech(text: string, pair: MarkPair): boolean {
  return END_PUNCTUATION.test(text[pair.close - 1]!);
}

/**
 * A single-marked quotation in a document of double marks that is speech with its cue: closed like a sentence, not
 * inside a double-marked quotation, with a cue right before it ("said: ‘…’", "told reporters ‘…’") or after it within
 * CUE_AFTER_MAX_WORDS words of its sentence ("‘…,’ the minister said", "‘…,’ said Holt").
 */
function isCuedSpeech(text: string, pair: MarkPair, doubles: Quote[]): boolean {
  if (!isClosedSpeech(text, pair) || doubles.some((q) => q.start < pair.open && pair.close < q.end)) return false;
  const before = text.slice(Math.max(0, pair.open - 80), pair.open);
  if (opensAfterCue(text, pair.open - (CUE_JOIN.exec(before)?.[0].length ?? 0))) return true;
  const after = WORDS_AFTER_CLOSE.exec(text.slice(pair.close + 1, pair.close + 120))![0];
  const words = after.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? [];
  return words.slice(0, CUE_AFTER_MAX_WORDS).some((w) => CUE_FORMS.has(w.toLowerCase()));
}

/** The single-mark quotations of one paragraph, and the opening mark left open at its end (null: none). */
function pairSingleMarks(text: string, start: number, end: number, family: (typeof SINGLE_MARK_FAMILIES)[number], at: number[]): { closed: MarkPair[]; open: number | null } {
  const closed: MarkPair[] = [];
  let open: number | null = null;
  let loose: number | null = null;
  let possessive: number | null = null;
  // a quotation that ends at a word: the first word-end mark after its opening one, else a short one whose last word
  // looks like a plural's possessive ("the water rose ‘in a matter of minutes’ after the river burst")
  const wordEnd = (o: number): number | null =>
    loose ?? (possessive !== null && countWords(text.slice(o + 1, possessive)) <= PHRASE_QUOTE_MAX_WORDS ? possessive : null);
  for (const i of at) {
    const ch = text[i]!;
    if (ch === family.open && isOpeningMark(text, i, start, end)) {
      // a second opening mark: the first one's quotation ended at a word ("described as ‘barbaric’. ‘We will …")
      const close = open !== null ? wordEnd(open) : null;
      if (open !== null && close !== null) closed.push({ open, close });
      open = i;
      loose = possessive = null;
      continue;
    }
    if (ch !== family.close || open === null) continue;
    if (isClosingMark(text, i, end)) {
      closed.push({ open, close: i });
      open = loose = possessive = null;
      continue;
    }
    const kind = wordEndMark(text, i, end);
    if (kind === 'close' && loose === null) loose = i;
    else if (kind === 'possessive' && possessive === null) possessive = i;
  }
  const close = open !== null ? wordEnd(open) : null;
  if (open !== null && close !== null) {
    closed.push({ open, close });
    open = null;
  }
  // a mark that may be a possessive ("the soldiers’ families") keeps the quotation from carrying on
  return { closed, open: possessive === null ? open : null };
}

/** An opening single mark: after a space, colon, bracket, dash or the paragraph start; before a word; no elision. */
function isOpeningMark(text: string, i: number, start: number, end: number): boolean {
  if (i > start && !BEFORE_OPEN.test(text[i - 1]!)) return false;
  const after = text.slice(i + 1, Math.min(end, i + 8));
  return AFTER_OPEN.test(after) && !ELISION_AFTER_MARK.test(after);
}

/** A closing single mark: after , . ! ? at a word's end; before a space, punctuation or the paragraph end. */
function isClosingMark(text: string, i: number, end: number): boolean {
  const before = text[i - 1] ?? ' ';
  if (!END_PUNCTUATION.test(before) || /\s/.test(text[i - 2] ?? ' ')) return false;
  if (i + 1 < end && !AFTER_CLOSE.test(text[i + 1]!) && !/[’'”"]/.test(text[i + 1]!)) return false;
  return !(before === '.' && DOTTED_POSSESSIVE.test(text.slice(Math.max(0, i - 4), i)) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3)));
}

/**
 * A mark right after a word that may close a quotation ending without punctuation ("called it ‘barbaric’ and …"):
 * 'close'; 'possessive' after an "s" before a word ("the soldiers’ families", a plural's possessive); null for a
 * one-letter elision ("Guns N’ Roses", "rock ’n’ roll") or a mark inside a word.
 */
function wordEndMark(text: string, i: number, end: number): 'close' | 'possessive' | null {
  if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) return null;
  if (i + 1 < end && !AFTER_CLOSE.test(text[i + 1]!)) return null;
  if (!/[\p{L}\p{N}]/u.test(text[i - 2] ?? ' ')) return null; // "N’", "’n’"
  return /[sSzx]/.test(text[i - 1]!) && /^\s+[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3)) ? 'possessive' : 'close';
}

/** Words in a string. */
function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).length;
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
