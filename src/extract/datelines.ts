// Wire datelines opening a story's sentence (extract stage): where the sentence's own words start, and the place it was
// filed from. Read by claims (the dateline is no part of what is claimed) and by actors and places (its words are no
// name of the story, its city is a place).
import type { Sentence } from './context.js';
import { DATELINE_AGENCIES } from '../data/news-agencies.js';
import { divisionNamesOf, lookupPlace, lookupPlaceWithin } from './gazetteer.js';
import { isVerbTerm, tagText } from './nlp.js';
import type { RefinedName } from './ner/index.js';

/** A part of a dateline: its place or the region after the place's comma. */
export interface DatelinePart {
  start: number;
  end: number;
  /** True when the gazetteer holds the part ("Imphal", "Ukraine"); "Nov 18" or an unknown town is not. */
  known: boolean;
}

/** A dateline opening a sentence: "IMPHAL, Nov 18 (PTI) ", "Kyiv, Ukraine – ", "LONDON (Reuters) - ". */
export interface Dateline {
  /** The sentence's first character (the dateline's). */
  start: number;
  /** Where the sentence's own words start, after the dateline and its dash: "Three" of "Imphal, Nov 18 (PTI) Three …". */
  bodyStart: number;
  /** The place the story was filed from: "Imphal", "KHAN YOUNIS". */
  place: DatelinePart;
  /** The first part after the place's comma: "Ukraine" of "KYIV, Ukraine —", "Nov 18" of "Imphal, Nov 18 (PTI)". */
  region: DatelinePart | null;
  /** The place is in capitals ("SEOUL, South Korea (AP) —"), not mixed case ("Chennai, Dec 3 (PTI)"). */
  capitals: boolean;
}

/**
 * A wire dateline with its place in capitals: "LONDON, March 4 (Reuters) - ", "NEW YORK (AP) — ", "GENEVA/PORT SUDAN
 * (Reuters) - " (a story filed from two places), "BRISTOL, England,
 * March 4 (Wire) - ", "WASHINGTON — ". A bracketed agency, a comma part or a dash between spaces after a long place is
 * needed ("US – China talks" is no dateline; "LONDON - The Bank of England …" is one). Group 1 is the place, group 2
 * the first comma part.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’/-]*\p{Lu})(?:,\s*([\p{L}\p{M}\p{N} .'’]{1,30})(?:,\s*[\p{L}\p{M}\p{N} .'’]{1,30}){0,2}(?:\s*\([^()\n]{1,40}\))?|\s*\([^()\n]{1,40}\)|(?<=\p{Lu}{4})(?=\s*[—–]|\s+-\s))\s*[-–—]{1,2}\s+/du;
/**
 * A dateline with a mixed-case place and a bracketed agency (DATELINE_AGENCIES, src/data/news-agencies.ts), then a dash,
 * a colon or nothing: "Port Sudan (AFP) - Sudan's …", "Imphal, Nov 18 (PTI) Three people were killed …", "Srinagar,
 * Jan 5 (ANI): Two soldiers …", and AFP's country in brackets, "Zaporizhzhia (Ukraine) (AFP) - A Russian …" (the
 * content of the first claim began with the dateline). Group 1 is the place, before its comma parts and the bracket,
 * group 2 the first comma part, group 3 the bracketed country.
 */
const DATELINE_AGENCY = new RegExp(`^(\\p{Lu}[\\p{L}\\p{M} .'’-]{0,30}?)\\s*(?:,\\s*([\\p{L}\\p{M}\\p{N} .'’]{1,30}?)(?:,\\s*[\\p{L}\\p{M}\\p{N} .'’]{1,30}){0,1}|\\((\\p{Lu}[\\p{L}\\p{M} .'’-]{1,30})\\))?\\s*\\((?:${[...DATELINE_AGENCIES].join('|')})\\)\\s*(?:(?:[-–—]{1,2}|:)\\s+)?(?=\\p{Lu}|\\p{N})`, 'du');
/**
 * A dateline whose agency follows a comma, with no bracket, then a dash: "Damascus, SANA- The Ministry of Foreign
 * Affairs …" (SANA), "Riyadh, SPA -- His Royal Highness …" (the Saudi agency), "JENIN, January 22, 2025, WAFA- Two
 * citizens …". The agency's name (DATELINE_AGENCIES) before the dash marks it: read as a name, "SANA" and "SPA" were
 * places and the dateline the first claim's content. Groups as DATELINE_AGENCY's (no bracketed country).
 */
const DATELINE_AGENCY_COMMA = new RegExp(`^(\\p{Lu}[\\p{L}\\p{M} .'’-]{0,30}?)(?:,\\s*([\\p{L}\\p{M}\\p{N} .'’]{1,30}?)(?:,\\s*[\\p{L}\\p{M}\\p{N} .'’]{1,30}?){0,2})?,\\s*(?:${[...DATELINE_AGENCIES].join('|')})\\s*[-–—]{1,2}\\s*(?=\\p{Lu}|\\p{N})`, 'du');
/** An agency's name after a comma, before the dash closing a dateline (DATELINE_AGENCY_COMMA). */
const AGENCY_AFTER_COMMA = new RegExp(`,\\s*(?:${[...DATELINE_AGENCIES].join('|')})\\s*[-–—]{1,2}\\s*$`, 'u');
/**
 * "Kyiv, Ukraine – A Russian …": a mixed-case city and its country or region, then a dash between spaces; the
 * gazetteer must hold the city in that region ("Smith, Jones – …" is none).
 */
// ("Deir el-Balah, Gaza –": a lower-case particle joined to a name part)
const DATELINE_PLACE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:\p{Lu}|(?:al|el|ad|an|ar|as|at|ash|az)-\p{Lu})[\p{L}\p{M}'’-]*){0,2}), (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}) [–—-]{1,2} (?=\p{Lu})/du;
/**
 * The dateline of rights groups' releases, in brackets before a dash: "(Washington, DC) – Venezuelan security forces
 * …" (Human Rights Watch), "(Nairobi) – …", "(Beirut, March 3, 2025) – …". The gazetteer must hold the place: "(Updated)
 * – …" is none. Group 1 is the place, group 2 the first comma part.
 */
const DATELINE_BRACKETED = /^\((\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?:,\s*([\p{L}\p{M}\p{N} .'’]{1,30}?)(?:,\s*[\p{L}\p{M}\p{N} .'’]{1,30}?){0,1})?\)\s*[-–—]{1,2}\s+(?=\p{Lu})/du;
/**
 * A mixed-case city alone, then a dash between spaces: "Addis Abeba - Heavy fighting …" (Addis Standard), "El Fasher –
 * After 20 years …" (Al Jazeera, Radio Dabanga). The gazetteer must hold it as a city: "Smith - …", "Update – …" are
 * none. Group 1 is the place.
 */
const DATELINE_CITY_DASH = /^(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}\p{M}'’-]*){0,2}) [–—-]{1,2} (?=\p{Lu})/du;
/**
 * The dateline of South Asian and Gulf papers: the place and a colon, "PESHAWAR: Six soldiers were martyred …"
 * (Dawn), "ISLAMABAD: The federal cabinet …", "Dubai: The Roads and Transport Authority …" (Gulf News). In capitals,
 * or in mixed case when the gazetteer holds the place ("Note: The ministry …" is none). Group 1 is the place.
 */
// "Imphal, Nov 11: Ten suspected militants …" (Indian papers): the day after the place's comma, before the colon;
// only a month's name and a day, so "Smith, Jones: …" is none
const DATELINE_COLON = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?:\s+(?=["“‘]?[\p{Lu}\p{N}])/du;
/** A place all in capitals, of three letters or more: "PESHAWAR", "DERA ISMAIL KHAN". */
const CAPITALS_PLACE = /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}$/u;
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
  let capitals = m !== null;
  if (!m && (m = DATELINE_COLON.exec(s.text))) {
    capitals = CAPITALS_PLACE.test(m[1]!) && m[1]!.length >= 3;
    // "At Hove: Sussex 363 and 144" heads a list of results: a preposition opens no place (the gazetteer reads
    // "At Hove" as Hove)
    const opener = tagText(/^[\p{L}'’]+/u.exec(m[1]!)?.[0] ?? '')[0];
    const known = !!lookupPlace(m[1]!);
    if ((!capitals && !known) || opener?.tags.has('Preposition') || opener?.tags.has('Determiner')) m = null;
    else if (m[0].length >= s.text.length) return null;
    else return { start: s.start, bodyStart: s.start + m[0].length, place: { start: s.start, end: s.start + m[1]!.length, known }, region: null, capitals };
  }
  // the agency's bracket makes a dateline whatever follows: "Port Sudan (AFP) - …"
  const agency = !m && ((m = DATELINE_AGENCY.exec(s.text)) !== null || (m = DATELINE_AGENCY_COMMA.exec(s.text)) !== null);
  let within = false;
  if (!m && (m = DATELINE_PLACE.exec(s.text)) && !(within = !!lookupPlaceWithin(m[1]!, m[2]!))) m = null;
  if (!m && (m = DATELINE_BRACKETED.exec(s.text)) && !lookupPlace(m[1]!)) m = null;
  // (a sentence of its own after it: "Liverpool - Everton 2-1" heads a result)
  if (!m && (m = DATELINE_CITY_DASH.exec(s.text)) && (lookupPlace(m[1]!)?.kind !== 'city' || s.text.slice(m[0].length).split(/\s+/).length < 6)) m = null;
  if (!m || m[0].length >= s.text.length) return null;
  if (!agency && ENDS_IN_DASH.test(m[0]) && isAppositionDash(s.text, m[0].length)) return null;
  const part = (i: number, known: (name: string) => boolean): DatelinePart | null => {
    const at = m!.indices![i];
    if (!at) return null;
    // "Ukraine " before the dash, "Calif." before the bracket: the name without the spaces around it
    const name = m![i]!.trim();
    const start = s.start + at[0] + m![i]!.indexOf(name);
    return name ? { start, end: start + name.length, known: known(name) } : null;
  };
  return {
    start: s.start,
    bodyStart: s.start + m[0].length,
    // "GENEVA/PORT SUDAN": a story filed from two places is known when the gazetteer holds each
    // "SANTA CRUZ, California (AP) —": a name of several places is known by the region after its comma ("SANTA" alone
    // was the place)
    place: part(1, (name) => within || name.split('/').every((p) => !!lookupPlace(p.trim())) || (!!m![2] && !!lookupPlaceWithin(name, m![2].trim())))!,
    // (a state's abbreviation is a known region too: "SPRINGFIELD, Ill. —" lost Illinois)
    region: part(2, (name) => within || !!lookupPlace(name) || divisionNamesOf(name).length > 0) ?? (agency ? part(3, (name) => !!lookupPlace(name)) : null),
    capitals,
  };
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
 * The sentences handed to the name tagger, and the datelines opening them. Only a dateline whose place the gazetteer
 * holds, or with a bracket, counts: a headline's section label ("SOCCER - SHEARER NAMED AS CAPTAIN.", "TENNIS -
 * FRIDAY'S RESULTS") has the shape of "LONDON - " and is read as before. A dateline in capitals is cut off as a run of
 * its own, as the tagger's training text sets it on a line of its own: the story's first word then opens its sentence
 * ("SEOUL, South Korea (AP) — | Samsung Electronics said …" is the company; read in one run, a person). A mixed-case
 * one stays in its sentence's run: cut off, "Chennai, Dec 3 (PTI) | Tamil Nadu recorded …" lost Tamil Nadu (an
 * organization) and "Congress leader Rahul Gandhi" its party, which the tagger reads where the story's first word
 * follows the bracket (regress16 R3). markDatelineNames mends the dateline's own words either way.
 */
export function splitDatelines(text: string, sentences: readonly Sentence[]): { ranges: Sentence[]; datelines: Dateline[] } {
  const datelines: Dateline[] = [];
  const ranges: Sentence[] = [];
  let cut = false;
  for (const s of sentences) {
    const d = findDateline(text, s);
    if (!d || !(d.place.known || text.slice(d.place.end, d.bodyStart).includes('(') || AGENCY_AFTER_COMMA.test(text.slice(d.place.end, d.bodyStart)))) {
      ranges.push(s);
      continue;
    }
    datelines.push(d);
    if (!d.capitals) {
      ranges.push(s);
      continue;
    }
    cut = true;
    ranges.push({ ...s, end: d.bodyStart, text: text.slice(s.start, d.bodyStart) });
    ranges.push({ ...s, start: d.bodyStart, text: text.slice(d.bodyStart, s.end) });
  }
  return { ranges: cut ? ranges : [...sentences], datelines };
}

/** Tags of a story's first word that make no name of it: "Three militants …", "At least 14 …", "The army said …". */
const NO_NAME_FIRST_WORD = ['Value', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb'];
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * The names of the datelines: "IMPHAL, Nov 18 (PTI) …", "Guwahati (IANS) …", "KYIV, Ukraine — …". A dateline holds no
 * name of the story: its date ("Nov") is none, its agency filed the story and is no actor in it (as "(Reuters) -"
 * in actors.ts). Its place and its region, when the gazetteer holds them, are places, whatever the tagger made of
 * them (a mixed-case city before a date reads to it as a person or a body: "Imphal" → ORG); a part it does not hold
 * keeps the tagger's names ("YORK"). Read in one run with the dateline, the story's first word may look like a name
 * after it ("(PTI) Three militants …", "(IANS) At least 14 …"): a name opening the story on a number, a preposition, a
 * determiner or such a word (NO_NAME_FIRST_WORD) is dropped. `sentences` are the article's. `names` are sorted by
 * start; so is the result.
 */
export function markDatelineNames(text: string, sentences: readonly Sentence[], datelines: readonly Dateline[], names: RefinedName[]): RefinedName[] {
  if (!datelines.length) return names;
  let out = names;
  for (const d of datelines) {
    const inside = (n: RefinedName, p: { start: number; end: number }) => n.start >= p.start && n.end <= p.end;
    const kept = (n: RefinedName) => (!d.place.known && inside(n, d.place)) || (!!d.region && !d.region.known && inside(n, d.region));
    const first = FIRST_WORD.exec(text.slice(d.bodyStart, d.bodyStart + 40))?.[0];
    const noName = !!first && tagText(first).some((t) => NO_NAME_FIRST_WORD.some((tag) => t.tags.has(tag)));
    // also a name the run made across the dateline's end: "PARIS — Police", "— Coalition"
    const dropped = out.filter((n) => (inside(n, { start: d.start, end: d.bodyStart }) && !kept(n)) || (noName && n.start === d.bodyStart) ||
      (n.start >= d.start && n.start < d.bodyStart && n.end > d.bodyStart));
    // the sentence index of the dateline's names, or one of its own when it is a run of its own
    const sentence = dropped.length ? dropped[0]!.sentence : d.capitals ? out.reduce((k, n) => Math.max(k, n.sentence + 1), 0) : Math.max(0, sentences.findIndex((s) => s.start === d.start));
    const added: RefinedName[] = [...slashParts(text, d.place), d.region].filter((p): p is DatelinePart => !!p && p.known)
      .map((p) => ({ start: p.start, end: p.end, type: 'LOC', kind: null, sentence, cue: 'place' }));
    if (!dropped.length && !added.length) continue;
    out = out.filter((n) => !dropped.includes(n)).concat(added).sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A dateline's place as its places: "GENEVA/PORT SUDAN" → "GENEVA" and "PORT SUDAN"; one place stays itself. */
function slashParts(text: string, p: DatelinePart): DatelinePart[] {
  const name = text.slice(p.start, p.end);
  if (!name.includes('/')) return [p];
  const out: DatelinePart[] = [];
  let at = p.start;
  for (const raw of name.split('/')) {
    const word = raw.trim();
    const start = at + raw.indexOf(word);
    out.push({ start, end: start + word.length, known: p.known });
    at += raw.length + 1;
  }
  return out;
}
