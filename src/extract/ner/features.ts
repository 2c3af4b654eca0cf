// Feature strings for the name tagger (extract stage): word, shape, affixes, context, gazetteer and document cues.
import type { Token } from './tokenize.js';

/** What the tagger knows about one token before tagging: its static features (as training sees them). */
export interface TokenFeatures {
  token: Token;
  lower: string;
  shape: string;
  /** Every static feature: own (word, shape, affixes), window, first-token, document and gazetteer cues. */
  feats: string[];
}

/** Kinds of gazetteer match a token can be part of, from gazetteer.ts. */
export type GazetteerKind = 'country' | 'city' | 'demonym' | 'org' | 'title' | 'orghead' | 'placehead';

/** Finds gazetteer matches over a token run: for each token, the kinds with B (begin) or I (inside). */
export type GazetteerMatcher = (words: string[]) => string[][];

/** Document-wide evidence about word forms, gathered once per text. */
export interface DocStats {
  /** Lower-case forms seen written in lower case: "general" in "the general said" → "General" is less name-like. */
  lowerSeen: Set<string>;
  /** Forms seen capitalised not at a sentence start: "Nasrallah" mid-sentence makes a headline "NASRALLAH" a name. */
  capSeen: Set<string>;
}

/** Longest prefix and suffix among a token's own features. */
export const MAX_AFFIX = 4;

/** "Tabqah" → "Xx", "U.S." → "X.X.", "101st" → "dx", "al-Sham" → "x-Xx". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    // ASCII (most characters) by code; any other character, a whole code point, by its case mappings
    if (code < 128) c = code >= 48 && code <= 57 ? 'd' : code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : word[i]!;
    else {
      const ch = String.fromCodePoint(word.codePointAt(i)!);
      i += ch.length - 1;
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
    if (out.length > 6) break;
  }
  return out;
}

// Asked of every token of an article, most of them ASCII: an ASCII letter answers without case-mapping a string,
// other characters go the Unicode way.
/** First character changes in lower case: "Raqqa" yes, "raqqa" and "3" no. */
export function isCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w.length > 0 && w[0]!.toLowerCase() !== w[0];
}
/** Some character changes in upper case: "Raqqa" yes, "ISIS" and "1,000" no. */
function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // an a-z changes whatever the rest does; past ASCII, only the whole string's upper case tells
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return w.toUpperCase() !== w;
  }
  return false;
}
const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;
/** LETTER.test(w) with an ASCII scan first: "U.S." yes, "1,000" no. */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LETTER.test(w);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  }
  return false;
}
/** LETTER_START.test(w): "Raqqa" yes, "(" no. */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER_START.test(w);
}

/** Collects DocStats over every sentence's tokens. */
export function collectDocStats(sentences: Token[][]): DocStats {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const toks of sentences) {
    const caps = isAllCaps(toks);
    toks.forEach((t, i) => {
      const w = t.text;
      if (!isCapital(w)) { if (hasLower(w)) lowerSeen.add(w.toLowerCase()); return; }
      if (i > 0 && !caps && hasLower(w)) capSeen.add(w.toLowerCase());
    });
  }
  return { lowerSeen, capSeen };
}

// The rules ask both questions of every sentence several times: answers kept per token array (freed with it).
const allCapsSeen = new WeakMap<Token[], boolean>();
const titleCaseSeen = new WeakMap<Token[], boolean>();

/** A run of text written in capitals ("TABQAH DAM FALLS"): case says nothing about names there. */
export function isAllCaps(toks: Token[]): boolean {
  let r = allCapsSeen.get(toks);
  if (r === undefined) { r = allCapsOf(toks); allCapsSeen.set(toks, r); }
  return r;
}

/** A run in headline case: (nearly) all words of 4+ letters capitalised ("Pro-Turkish Militants Form Coalition"). */
export function isTitleCase(toks: Token[]): boolean {
  let r = titleCaseSeen.get(toks);
  if (r === undefined) { r = titleCaseOf(toks); titleCaseSeen.set(toks, r); }
  return r;
}

function allCapsOf(toks: Token[]): boolean {
  let letters = 0;
  for (const t of toks) {
    if (!hasLetter(t.text)) continue;
    if (hasLower(t.text)) return false;
    letters++;
  }
  return letters >= 3;
}

function titleCaseOf(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.text.length < 4 || !startsWithLetter(t.text)) continue;
    words++;
    if (isCapital(t.text)) caps++;
  }
  // one lower-case word in ten at most: "Omar Khalil met officials of Hezbollah" is a sentence, not a headline
  return words >= 3 && words - caps <= Math.floor(words / 10);
}

/**
 * Features that depend only on a token's text and the sentence's case mode ("N", "T" title case, "C" capitals):
 * word, shape, affixes. The tagger sums their weights once per distinct (mode, text) and caches the sum.
 */
export function ownFeatures(text: string, mode: string): string[] {
  const w = text.toLowerCase();
  const sh = shapeOf(text);
  const f = ['b', 'w=' + w, 'sh=' + sh, 'm=' + mode + sh];
  if (mode !== 'N') f.push('mw=' + mode + w);
  const len = w.length;
  for (let k = 1; k <= MAX_AFFIX && k < len; k++) {
    f.push('pre=' + w.slice(0, k));
    f.push('suf=' + w.slice(len - k));
  }
  return f;
}

/** The case mode of a sentence: "C" all capitals, "T" headline case, "N" running text. */
export function caseMode(toks: Token[]): 'C' | 'T' | 'N' {
  return isAllCaps(toks) ? 'C' : isTitleCase(toks) ? 'T' : 'N';
}

/**
 * Static features of every token of one sentence, as strings: what training counts. The tagger looks the same
 * features up by number instead (tagger.ts#tagSentence), in the same order.
 */
export function sentenceFeatures(toks: Token[], stats: DocStats, gaz: GazetteerMatcher | null): TokenFeatures[] {
  const n = toks.length;
  const lowers = toks.map((t) => t.text.toLowerCase());
  const shapes = toks.map((t) => shapeOf(t.text));
  const mode = caseMode(toks);
  const gz = gaz ? gaz(toks.map((t) => t.text)) : null;
  const at = (a: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const out: TokenFeatures[] = [];
  for (let i = 0; i < n; i++) {
    const w = lowers[i]!;
    const sh = shapes[i]!;
    const f = ownFeatures(toks[i]!.text, mode);
    // the window around token i: neighbours' words and shapes
    f.push(
      'p1=' + at(lowers, i - 1), 'n1=' + at(lowers, i + 1), 'p2=' + at(lowers, i - 2), 'n2=' + at(lowers, i + 2),
      'pw=' + at(lowers, i - 1) + '|' + w, 'wn=' + w + '|' + at(lowers, i + 1),
      'psh=' + at(shapes, i - 1) + '|' + sh, 'nsh=' + sh + '|' + at(shapes, i + 1), 'sh3=' + at(shapes, i - 1) + '|' + sh + '|' + at(shapes, i + 1),
    );
    if (i === 0) f.push('first=' + sh);
    if (isCapital(toks[i]!.text)) {
      if (stats.lowerSeen.has(w)) f.push('dl');
      if (stats.capSeen.has(w)) f.push('dc=' + mode + (i === 0 ? '0' : ''));
    }
    if (gz) {
      for (const g of gz[i]!) f.push('gz=' + g);
      if (i > 0) for (const g of gz[i - 1]!) f.push('pgz=' + g);
      if (i + 1 < n) for (const g of gz[i + 1]!) f.push('ngz=' + g);
    }
    out.push({ token: toks[i]!, lower: w, shape: sh, feats: f });
  }
  return out;
}

/** Features that depend on the tags already chosen to the left. */
export function historyFeatures(tf: TokenFeatures, prev1: string, prev2: string): string[] {
  return ['t1=' + prev1, 't2=' + prev2 + '|' + prev1, 't1w=' + prev1 + '|' + tf.lower, 't1sh=' + prev1 + '|' + tf.shape];
}
