// The one place compromise is loaded and configured (extract stage): extra words, reporting verbs, and a tagger
// that returns terms with offsets into the document.
import nlp from 'compromise/two';
import { CUE_VERBS } from './cues.js';

/** One word as compromise tagged it, with offsets into the text handed to `tagText`. */
export interface Term {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** Lower case, punctuation and accents removed. */
  normal: string;
  start: number;
  end: number;
  /** compromise tags: Noun, Plural, Verb, PastTense, Adjective, Preposition, Value, … */
  tags: Set<string>;
  /** Punctuation and spaces written before / after the word (", ", "“"). */
  pre: string;
  post: string;
}

// Words compromise's lexicon lacks or mis-tags in war and politics reporting. Without them "militants" is guessed
// from its ending, and "strikes" after a number reads as a verb ("15 strikes engaged five units").
const EXTRA_WORDS: Record<string, string> = {
  militants: 'Plural', militant: 'Singular', insurgents: 'Plural', civilians: 'Plural', airmen: 'Plural',
  vehicles: 'Plural', strikes: 'Plural', airstrikes: 'Plural', airdrops: 'Plural', members: 'Plural',
  fighters: 'Plural', soldiers: 'Plural', troops: 'Plural', casualties: 'Plural', refugees: 'Plural',
  excavators: 'Plural', cranes: 'Plural', jacks: 'Plural', stills: 'Plural', hills: 'Plural', villages: 'Plural',
  rockets: 'Plural', missiles: 'Plural', mortars: 'Plural', tanks: 'Plural', sources: 'Plural', officials: 'Plural',
  listings: 'Plural', masks: 'Plural', chapters: 'Plural', employees: 'Plural', gates: 'Plural', domains: 'Plural',
  permits: 'Plural', nations: 'Plural', positions: 'Plural', buildings: 'Plural', structures: 'Plural',
  destroyed: 'PastTense', registered: 'PastTense', engaged: 'PastTense', withdrawn: 'Participle',
  displaced: 'PastTense', wounded: 'PastTense', injured: 'PastTense', captured: 'PastTense', seized: 'PastTense',
  capable: 'Adjective',
  // "Six soldiers were martyred" (Pakistani, Iranian and Arab press for soldiers or civilians killed): read as a noun
  martyred: 'PastTense',
  // "According to the Indepaz think tank, 59 social leaders and 25 former combatants have been murdered": a compound
  // noun, whose "think" the tagger read as the verb the list of figures underwent
  'think tank': 'Singular', 'think tanks': 'Plural',
  // "Three co-accused received sentences of four to six years" (court reports): a noun, the people tried together,
  // which the tagger read as a past verb (the event of "Three" was "co-accused"); the lexicon is looked up by the
  // word without its hyphen
  coaccused: 'Plural',
};

/** compromise compute steps run by `tagText`, in compromise's own order. */
const TAG_STEPS = ['contractions', 'alias', 'machine', 'index', 'id', 'lexicon', 'preTagger'];

let configured = false;
/** Configure compromise once, on first use (library code has no side effects on import). */
function setup(): void {
  if (configured) return;
  configured = true;
  const words: Record<string, string> = { ...EXTRA_WORDS };
  // Reporting verbs are verbs after a subject: "Paris claims that …" (compromise may read "claims" as a noun).
  for (const v of CUE_VERBS) {
    for (const f of v.forms) if (!(f in words) && /(ed|id|ld|ote)$/.test(f)) words[f] = 'PastTense';
  }
  nlp.addWords(words);
}

/**
 * Tags `text` and returns its terms with offsets shifted by `offset` (the text's start in the document), so
 * `doc.slice(t.start, t.end) === t.text`. Costs about 2 ms per KB: call it on the text that needs it only.
 */
export function tagText(text: string, offset = 0): Term[] {
  setup();
  // Tokenize, then only the lexicon and the pre-tagger: compromise's post-tagger corrections and noun-phrase chunks
  // cost three times as much and change little that numbers.ts reads.
  const doc = nlp.tokenize(text);
  doc.compute(TAG_STEPS);
  doc.compute('offset');
  const out: Term[] = [];
  for (const t of doc.termList() as unknown as RawTerm[]) {
    if (!t.offset || !t.text) continue;
    const start = offset + t.offset.start;
    // compromise's offset covers the word without pre/post punctuation; guard against any drift.
    if (text.slice(t.offset.start, t.offset.start + t.text.length) !== t.text) continue;
    // "Between 400 and 700 IS fighters remain", "Four IS militants were killed": the Islamic State's acronym, in
    // capitals among words in lower case, is a name, not the verb "is" (which ended the counted noun phrase)
    if (t.text === 'IS' && /\p{Ll}/u.test(text.slice(Math.max(0, t.offset.start - 24), t.offset.start + 26))) {
      out.push({ text: t.text, normal: 'IS', start, end: start + 2, tags: new Set(['Noun', 'ProperNoun', 'Acronym', 'Organization']), pre: t.pre ?? '', post: t.post ?? '' });
      continue;
    }
    out.push({ text: t.text, normal: t.normal ?? t.text.toLowerCase(), start, end: start + t.text.length, tags: fixTags(t), pre: t.pre ?? '', post: t.post ?? '' });
  }
  return out;
}

/** Tags of compromise's lexicon for words of the language, no names: nouns, adjectives, verbs and the small words. */
const COMMON_LEXICON_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Adjective', 'Comparative', 'Superlative',
  'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle', 'Verb', 'Adverb', 'Preposition', 'Determiner',
  'Conjunction', 'Modal', 'Actor']);

/**
 * Whether compromise's lexicon holds `word` (any case) as a word of the language that is never a name: "staff",
 * "higher", "education", "secretary" are; "hill", "baker", "brown" are not (they are surnames too: the lexicon's
 * switches say "Person|Noun"), and neither are words it does not know ("chi", "onwurah").
 */
export function isCommonLexiconWord(word: string): boolean {
  setup();
  const model = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> }; two: { switches?: Record<string, string> } } }).model;
  const w = word.toLowerCase();
  // own keys only: the lexicon is a plain object, and "constructor" must not find Object.prototype's function
  const tag = Object.hasOwn(model.one.lexicon, w) ? model.one.lexicon[w] : undefined;
  if (!tag || !COMMON_LEXICON_TAGS.has(tag)) return false;
  const switches = model.two.switches;
  return !(switches && Object.hasOwn(switches, w) && String(switches[w]).includes('Person'));
}

/** Separator between pieces tagged in one call: a paragraph break, which compromise never reads across. */
const PIECE_SEPARATOR = '\n\n';

/**
 * Tags several pieces of the document in one compromise call (each call costs ~0.7 ms before any word is read) and
 * returns each piece's terms with document offsets: `pieces[i].offset` is where piece i starts in the document.
 */
export function tagPieces(pieces: { text: string; offset: number }[]): Term[][] {
  if (!pieces.length) return [];
  const starts: number[] = [];
  let joined = '';
  for (const p of pieces) {
    if (joined) joined += PIECE_SEPARATOR;
    starts.push(joined.length);
    joined += p.text;
  }
  const out: Term[][] = pieces.map(() => []);
  let k = 0;
  for (const t of tagText(joined, 0)) {
    while (k + 1 < starts.length && t.start >= starts[k + 1]!) k++;
    const local = t.start - starts[k]!;
    if (local < 0 || local + t.text.length > pieces[k]!.text.length) continue;
    const start = pieces[k]!.offset + local;
    out[k]!.push({ ...t, start, end: start + t.text.length });
  }
  return out;
}

/**
 * Words compromise's lexicon reads as nouns although news prose uses them as verbs: "Sales rose 4%" (the flower).
 * Only as written in lower case, so the name "Rose" keeps its tags.
 */
// a Map, not an object: a word is looked up, and "constructor" or "toString" must not find Object.prototype's
const VERB_NOT_NOUN: ReadonlyMap<string, string[]> = new Map([['rose', ['Verb', 'PastTense']]]);

/** The term's tags, with VERB_NOT_NOUN applied. */
function fixTags(t: RawTerm): Set<string> {
  const fix = VERB_NOT_NOUN.get(t.text);
  return fix ? new Set(fix) : t.tags;
}

interface RawTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** True when compromise tagged the term as a verb form (not a gerund used as a noun). */
export function isVerbTerm(t: Term): boolean {
  return t.tags.has('Verb') || t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('PresentTense') || t.tags.has('Infinitive');
}

/** True for nouns (common or proper, singular or plural), including acronyms ("VBIEDs", "ISIS"). */
export function isNounTerm(t: Term): boolean {
  return t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Singular') || t.tags.has('ProperNoun') || t.tags.has('Acronym');
}
