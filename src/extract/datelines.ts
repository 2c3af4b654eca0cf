// Wire datelines opening a story's sentence (extract stage): where the sentence's own words start, and the place it was
// filed from. Read by claims (the dateline is no part of what is claimed) and by actors and places (its words are no
// name of the story, its city is a place).
import type { Sentence } from './context.js';
import { DATELINE_AGENCIES } from './cues.js';
import { lookupPlace, lookupPlaceWithin } from './gazetteer.js';
import { isVerbTerm, tagText } from './nlp.js';
import type { RefinedName } from './ner/index.js';

/** A dateline opening a sentence: "IMPHAL, Nov 18 (PTI) ", "Kyiv, Ukraine – ", "LONDON (Reuters) - ". */
export interface Dateline {
  /** The sentence's first character (the dateline's). */
  start: number;
  /** Where the sentence's own words start, after the dateline and its dash: "Three" of "Imphal, Nov 18 (PTI) Three …". */
  bodyStart: number;
  /** The place the story was filed from ("Imphal"), when the gazetteer holds it; null otherwise. */
  place: { start: number; end: number } | null;
}

/**
 * A wire dateline with its place in capitals: "LONDON, March 4 (Reuters) - ", "NEW YORK (AP) — ", "BRISTOL, England,
 * March 4 (Wire) - ", "WASHINGTON — ". A bracketed agency, a comma part or a dash between spaces after a long place is
 * needed ("US – China talks" is no dateline; "LONDON - The Bank of England …" is one). Group 1 is the place.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu})(?:(?:,\s*[\p{L}\p{M}\p{N} .'’]{1,30}){1,3}(?:\s*\([^()\n]{1,40}\))?|\s*\([^()\n]{1,40}\)|(?<=\p{Lu}{4})(?=\s*[—–]|\s+-\s))\s*[-–—]{1,2}\s+/u;
/**
 * A dateline with a mixed-case place and a bracketed agency (DATELINE_AGENCIES), then a dash, a colon or nothing:
 * "Port Sudan (AFP) - Sudan's …", "Imphal, Nov 18 (PTI) Three people were killed …", "Srinagar, Jan 5 (ANI): Two
 * soldiers …". Group 1 is the place, before its comma parts and the bracket.
 */
const DATELINE_AGENCY = new RegExp(`^(\\p{Lu}[\\p{L}\\p{M} .'’-]{0,30}?)\\s*(?:,\\s*[\\p{L}\\p{M}\\p{N} .'’]{1,30}){0,2}\\s*\\((?:${[...DATELINE_AGENCIES].join('|')})\\)\\s*(?:(?:[-–—]{1,2}|:)\\s+)?(?=\\p{Lu}|\\p{N})`, 'u');
/**
 * "Kyiv, Ukraine – A Russian …": a mixed-case city and its country or region, then a dash between spaces; the
 * gazetteer must hold the city in that region ("Smith, Jones – …" is none).
 */
// ("Deir el-Balah, Gaza –": a lower-case particle joined to a name part)
const DATELINE_PLACE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:\p{Lu}|(?:al|el|ad|an|ar|as|at|ash|az)-\p{Lu})[\p{L}\p{M}'’-]*){0,2}), (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}) [–—-]{1,2} (?=\p{Lu})/u;
/** A dateline's closing dash, between spaces or at the end: "KYIV, Ukraine — ", "LONDON - ". */
const ENDS_IN_DASH = /[-–—]{1,2}\s+$/u;
/** Where the clause after a dateline's dash ends: a comma, a semicolon, a colon, a bracket or a line break. */
const CLAUSE_END = /[,;:(\n]/u;
/** A dash between spaces inside a clause: the two of "– Africa's largest city –". */
const SPACED_DASH = /\s[-–—]{1,2}\s/gu;

/**
 * The dateline opening sentence `s`, or null. A dateline opens a line ("… said.\n\nKYIV, Ukraine — …"): a sentence in
 * the middle of a paragraph ("He left. Paris, Texas – the town …") is never one.
 */
export function findDateline(text: string, s: Sentence): Dateline | null {
  if (s.start > 0 && text[s.start - 1] !== '\n') return null;
  let m = DATELINE.exec(s.text);
  // the agency's bracket makes a dateline whatever follows: "Port Sudan (AFP) - …"
  const agency = !m && (m = DATELINE_AGENCY.exec(s.text)) !== null;
  let within = false;
  if (!m && (m = DATELINE_PLACE.exec(s.text)) && !(within = !!lookupPlaceWithin(m[1]!, m[2]!))) m = null;
  if (!m || m[0].length >= s.text.length) return null;
  if (!agency && ENDS_IN_DASH.test(m[0]) && isAppositionDash(s.text, m[0].length)) return null;
  const place = within || lookupPlace(m[1]!) ? { start: s.start, end: s.start + m[1]!.length } : null;
  return { start: s.start, bodyStart: s.start + m[0].length, place };
}

/**
 * "Lagos, Nigeria – Africa's largest city – will ban plastic bags …": the dash after the place opens an apposition
 * when a closing dash follows it in the same clause (one, or an odd count: "Kyiv, Ukraine – Drones hit Odesa – the
 * port city – overnight" pairs the second and third and leaves the first a dateline's) and the words between the two
 * dashes hold no verb ("Kyiv, Ukraine – Russia launched 40 drones overnight – the largest attack this month." is a
 * dateline and an aside). `from` is where the words after the first dash start in `sentence`.
 */
function isAppositionDash(sentence: string, from: number): boolean {
  const rest = sentence.slice(from);
  const stop = CLAUSE_END.exec(rest);
  const clause = stop ? rest.slice(0, stop.index) : rest;
  const dashes = [...clause.matchAll(SPACED_DASH)];
  if (dashes.length % 2 === 0) return false;
  // tagged only here, for the rare lookalike: a few words, once per article at most
  return !tagText(clause.slice(0, dashes[0]!.index)).some(isVerbTerm);
}

/**
 * The sentences handed to the name tagger, each dateline cut off as a run of its own: "Imphal, Nov 18 (PTI)" and
 * "Three militants were killed …". The story's first word then opens its sentence, and a capitalised number word or
 * "At" of "At least 14 people …" is read as such, not as a name. Returns the datelines found too.
 */
export function splitDatelines(text: string, sentences: readonly Sentence[]): { ranges: Sentence[]; datelines: Dateline[] } {
  const datelines: Dateline[] = [];
  const ranges: Sentence[] = [];
  for (const s of sentences) {
    const d = findDateline(text, s);
    if (!d) {
      ranges.push(s);
      continue;
    }
    datelines.push(d);
    ranges.push({ ...s, end: d.bodyStart, text: text.slice(s.start, d.bodyStart) });
    ranges.push({ ...s, start: d.bodyStart, text: text.slice(d.bodyStart, s.end) });
  }
  return { ranges: datelines.length ? ranges : [...sentences], datelines };
}

/**
 * "Imphal, Nov 18 (PTI) …", "Guwahati (IANS) …": the place of a dateline is a place, whatever the tagger made of it
 * (a mixed-case city before a date reads to it as a person or a body). The names inside it are replaced by one place
 * name; a place the tagger missed is added. `names` are sorted by start; so is the result.
 */
export function markDatelinePlaces(text: string, datelines: readonly Dateline[], names: RefinedName[]): RefinedName[] {
  let out = names;
  for (const d of datelines) {
    const p = d.place;
    if (!p) continue;
    // the names over the place, inside the dateline ("Imphal", or "Imphal, Nov" read as one name)
    const inside = out.filter((n) => n.start < p.end && n.end > p.start && n.start >= d.start && n.end <= d.bodyStart);
    const same = inside.length === 1 && inside[0]!.start === p.start && inside[0]!.end === p.end ? inside[0]! : null;
    if (same) {
      if (same.type !== 'LOC') Object.assign(same, { type: 'LOC', kind: null, cue: 'place' });
      continue;
    }
    if (out.some((n) => n.start < p.end && n.end > p.start && !inside.includes(n))) continue;
    // the sentence index of the dateline's other names ("PTI"), or one of its own
    const neighbour = out.find((n) => n.start >= d.start && n.end <= d.bodyStart && !inside.includes(n));
    const sentence = neighbour ? neighbour.sentence : out.reduce((k, n) => Math.max(k, n.sentence + 1), 0);
    const place: RefinedName = { start: p.start, end: p.end, type: 'LOC', kind: null, sentence, cue: 'place' };
    out = out.filter((n) => !inside.includes(n)).concat(place).sort((a, b) => a.start - b.start);
  }
  return out;
}
