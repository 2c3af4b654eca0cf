// Splits the article text into sentences with offsets (extract stage); rules only, no NLP model.
import type { Paragraph } from '../doc.js';
import type { Sentence } from './context.js';
import { DATELINE_AGENCIES } from '../data/news-agencies.js';

/** Words after which a full stop does not end a sentence: "Capt. Abu Kanan", "U.S. forces", "Jan. 5". */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'capt', 'col', 'gen', 'lt', 'maj', 'sgt', 'cpl', 'pvt', 'adm',
    'cmdr', 'cdr', 'brig', 'rev', 'gov', 'sen', 'rep', 'pres', 'hon', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g',
    'i.e', 'a.m', 'p.m', 'approx', 'dept', 'est', 'fig', 'al',
    // the Indian rupee before its amount: "seized Rs. 5 crore in cash" (the sentence ended at "Rs.", and "5 crore" lost its currency)
    'rs',
    // police and other ranks before a name: "Supt. Christopher deGale told reporters", "Det. Insp. Ana Ruiz said" (the
    // sentence ended at "Supt.", and the officer opening the next one was lost); "Fr." and "Msgr." of priests
    'supt', 'det', 'insp', 'cpt', 'pfc', 'spc', 'comdr', 'fr', 'msgr', 'atty',
  ],
);

// A candidate boundary: . ! ? (with closing quotes/brackets) followed by space and then an opener. The lookbehind
// starts a match only at the first mark of a run: without it, 100,000 dots with no space took 19 s (each dot retried).
const BOUNDARY = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}\p{Lo}])/gu;

/** Sentences of each paragraph, in order; a sentence never crosses a paragraph. */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  paras.forEach((p, index) => {
    const body = text.slice(p.start, p.end);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const stop = m.index + m[1]!.length + m[2]!.length;
      if (m[1] === '.' && isAbbreviationBefore(body, m.index)) continue;
      if (m[1] === '.' && AGENCY_AFTER.test(body.slice(m.index + 1, m.index + 24))) continue;
      push(out, text, p.start + from, p.start + stop, index);
      from = stop + m[3]!.length;
    }
    push(out, text, p.start + from, p.end, index);
  });
  return out;
}

/**
 * A wire agency in brackets right after a dot: the dot closes a dotted abbreviation of a dateline, not a sentence
 * ("NASHVILLE, Tenn. (AP) — A Tennessee man …", "COLUMBIA, S.C. (AP) —": the sentence started at "(AP) —", and the
 * dateline stayed in the first claim's content). No sentence opens with the agency's bracket.
 */
// A local station's call sign in brackets before the dateline's dash too: "LAKEWOOD, Colo. (KDVR) — Firefighters …",
// "TAMPA, Fla. (WFLA) —", "SPRINGFIELD, Mo. (KY3) -" (the first claim's content began "(KDVR) —")
const AGENCY_AFTER = new RegExp(`^\\s+\\((?:(?:${[...DATELINE_AGENCIES].join('|')})\\)|\\p{Lu}[\\p{Lu}\\p{N}]{1,5}(?:-(?:TV|DT|FM|AM))?\\)\\s*[-–—])`, 'u');

/** Dotted initials of two or three letters: "J.D" of "J.D. Vance", "A.G" of "A.G. Sulzberger". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,2}\p{Lu}$/u;
/**
 * Capitalised words that open a sentence after a dotted abbreviation, never a surname: "He moved to Washington D.C. The
 * mayor said" ends at the dot; "J.D. Vance arrived" does not.
 */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but',
  'and', 'or', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'there', 'when', 'after', 'before',
  'as', 'if', 'while', 'for', 'from', 'by', 'with', 'meanwhile', 'however', 'also', 'since', 'during', 'some', 'many']);
const NEXT_WORD = /^\s*["'“‘(\[]?([\p{L}]+)/u;
/** Words before the social platform X ("posted on X", "said via X"), where the letter is a name, never an initial. */
const PLATFORM_LEADS = new Set(['on', 'via']);
/** Legal forms of companies in ABBREVIATIONS: "Inc.", "Corp.", "Co.", "Ltd." */
const LEGAL_FORM_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd']);
/** The next two words after a dot: "Caesars" and "paid" of " Caesars paid about $15mn". */
const TWO_WORDS_AFTER = /^\s*["'“‘(\[]?(\p{L}+)\s+(\p{L}+)/u;

function isAbbreviationBefore(body: string, dot: number): boolean {
  const before = body.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return false;
  // "No. 10", "the No. 2 official": "No." is short for a number only before one; "Lawmakers voted no. The bill failed" ends
  if (word.toLowerCase() === 'no') return /^\s*\d/u.test(body.slice(dot + 1, dot + 4));
  // a time ends its sentence before a sentence opener: "launched at around 7:10 a.m. The missile flew …" is two
  // sentences (the claim of "it said" after the second took in the first); "6 a.m. Tuesday", "9 p.m. EST" go on
  if (/^[ap]\.m$/iu.test(word)) {
    const next = NEXT_WORD.exec(body.slice(dot + 1, dot + 24))?.[1];
    return !(next && /^\p{Lu}/u.test(next) && SENTENCE_OPENERS.has(next.toLowerCase()));
  }
  // a company's legal form ends its sentence before a sentence opener, or before a capitalised word and a lower-case
  // one: "attacks on MGM Resorts International and Caesars Entertainment Inc. Caesars paid about $15mn" was one
  // sentence (its "according to" claimed both), "… Boeing Co. The company said"; a title or a name goes on ("Apple
  // Inc. CEO Tim Cook said", "Microsoft Corp. Vice Chair Brad Smith")
  if (LEGAL_FORM_ABBREVIATIONS.has(word.toLowerCase())) {
    const m = TWO_WORDS_AFTER.exec(body.slice(dot + 1, dot + 40));
    return !(m && (SENTENCE_OPENERS.has(m[1]!.toLowerCase()) || (/^\p{Lu}\p{Ll}/u.test(m[1]!) && /^\p{Ll}/u.test(m[2]!))));
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // single capital initials: "George W. Bush"; not a one-letter name after a lower-case word before a sentence opener
  // ("CENTCOM said in a statement on X. The ship was carrying …", "low in vitamin D. The")
  if (/^\p{Lu}$/u.test(word)) {
    // the word before the letter, by a split (an end-anchored pattern would be quadratic on a flood of letters)
    const prev = before.slice(0, before.length - 1).trimEnd().split(/[^\p{L}]/u).pop();
    // the platform X after "on"/"via" is no initial, whatever word follows: "… said in a post on X. Survivors told IOM
    // staff that …" was one sentence, and the spokesman's claim took the survivors' words as its content
    if (word === 'X' && prev && PLATFORM_LEADS.has(prev)) return false;
    const next = NEXT_WORD.exec(body.slice(dot + 1, dot + 24))?.[1];
    return !(prev && /^\p{Ll}/u.test(prev) && next && SENTENCE_OPENERS.has(next.toLowerCase()));
  }
  // two or three dotted initials before a name: "J.D. Vance", "H.R. McMaster"; not before a sentence opener
  if (!DOTTED_INITIALS.test(word)) return false;
  const next = NEXT_WORD.exec(body.slice(dot + 1, dot + 24))?.[1];
  return !!next && !SENTENCE_OPENERS.has(next.toLowerCase());
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
