// Finds the numbers of an article (extract stage): value, hedge, unit, what they count and what happened to it.
import { NUMBER_WINDOW_AFTER, NUMBER_WINDOW_BEFORE } from '../defaults.js';
import type { NumberMention, Place } from '../doc.js';
import type { ExtractContext, Sentence } from './context.js';
import { CUE_FORMS } from './cues.js';
import { COUNT_LABEL_HEADS, SUBJECT_PLACE_PREPOSITIONS, SUBJECT_PREPOSITIONS } from './data/count-labels.js';
import { SAME_PLURAL_PEOPLES, wordSet } from './data/name-words.js';
import { EXTRA_DEMONYMS } from './data/place-words.js';
import { findDateline } from './datelines.js';
import { countryOfDemonym } from './gazetteer.js';
import { isNounTerm, isVerbTerm, tagPieces, type Term } from './nlp.js';
import {
  AGE_WORDS, BARE_SCALES, CURRENCY_FAMILIES, LETTER_CURRENCY_FORMS, LOCAL_DOLLARS, CHANGE_VERBS, CHANGE_VERBS_BEFORE_BY_TO, CODE_WORDS, EMERGENCY_LINES, MODEL_MAKERS, GRADE_NUMBERS, SCALE_WORDS, STREET_WORDS, YEAR_PERIOD_BEFORE, YEAR_PERIOD_NOUNS, POUND_WEIGHT_CUES, isPluralAfterYear, DAY_BEFORE_YEAR, CURRENCY_PREFIXES, FRACTION_BLOCKERS, FRACTION_DENOMINATORS, FRACTION_UNIT, HEDGED_ONLY,
  CASUALTY_STATES, COLLECTIVES_OF, EVENT_NOUNS, ZERO_PHRASE_NOUNS, HEDGES, MONTHS, NUMBER_WORDS, OF_ONLY, RANGE_CHANGE_WORDS, RANGE_NOT_MODIFIERS, RANGE_PLURALS, SAME_FORM_PARTICIPLES, SCALES, SCORE_WORDS, SHORT_SCALES, UNITS, VAGUE_AMOUNTS, VERB_HEDGES, WEEKDAYS,
  FINDING_CUES, FOREIGN_SCALES, NEVER_EVENTS, RANK_GROUP_BEFORE, TRANSITIVE_CHANGE_VERBS,
  BREAKDOWN_OPENERS, BREAKDOWN_PRONOUNS, TOTAL_VERBS, INCLUSION_VERBS, CASUALTY_GROUPS, CASUALTY_PARTICIPLES, DESCRIPTIVE_PARTICIPLES, PREPOSITIONAL_VERB_PHRASES, RELATION_PARTICIPLES,
  COUNT_SCALE_LETTERS, LETTER_NAME_FIGURES, RESOLUTION_NOUNS, EVENT_COMPLETIONS, AFTER_PARTICLE_OPENERS, STATE_LEAVING_VERBS,
  ELLIPSIS_LEADS, ELLIPSIS_TAILS, TALLY_BODIES, TALLY_NOUNS, TALLY_VERBS, LEVEL_VERBS, NON_HEDGE_BEFORE, PEOPLE_SUBJECT_VERBS,
} from './number-words.js';

/** A figure found in a sentence, before the tagger has told what it counts. */
interface Candidate {
  start: number;
  end: number;
  /** Start of the figure itself, after any hedge ("some 70" → at "70"). */
  coreStart: number;
  value: number;
  /** The high end of a range ("10-15 villages" → 15), null for one figure. */
  high: number | null;
  approximate: boolean;
  unit: string | null;
  unitKind: string | null;
  kind: 'count' | 'measure' | 'money';
  /** "one" is a number only when a noun follows ("one strike"), not in "one of our own". */
  needsNoun: boolean;
  /** "1.2m" without a currency: metres, unless the tagger shows a count follows ("1.2m people", "1.2m stayed"). */
  metresOrMillion?: boolean;
  /** "41K", "2M" (a whole figure, no currency): times this scale when a count follows ("41K people"), else no number. */
  letterScale?: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const SCALE_WORD = `(?:${SCALE_WORDS.join('|')})`;
/**
 * A number in words: "twenty-five", "two hundred and fifty", "three million". "and" joins words of one number only
 * after "hundred" or a scale: "five and ten" is two numbers (or a range after "between"), not 15.
 */
// "zero tolerance", "the zero point", "a zero-sum game": no count (ZERO_PHRASE_NOUNS)
const ZERO_PHRASE_AFTER = new RegExp(`^[\\s-](?:${ZERO_PHRASE_NOUNS.words.join('|')})\\b`, 'i');
const WORD_NUMBER = `${WORD}(?:(?:(?<=${SCALE_WORD})\\s+and\\s+|\\s+|-)(?:${WORD}|${SCALE_WORD}))*`;
/** COUNT_SCALE_LETTERS by letter: "K" → 1000. */
const COUNT_SCALE_LETTER = new Map(COUNT_SCALE_LETTERS.flatMap((l) => l.letters.map((x): [string, number] => [x, l.scale])));
/** The word after a scale letter, looked up in RESOLUTION_NOUNS: "4K video". */
const NEXT_WORD = /^\s+([\p{L}-]+)/u;
/** A scale after a figure: "2.5 million", "₹500 crore", "$100m", "£1.1bn". */
const SCALE_AFTER = new RegExp(`^(\\s+(${SCALE_WORDS.join('|')})|(k|m|mn|bn|b|tn))(?![\\p{L}\\p{N}])`, 'iu');
/**
 * A scale word of another language after a currency amount, maybe after a decimal comma: "R$ 2,3 milhões", "€3
 * milliards", "€4,5 Mrd." (FOREIGN_SCALES). Group 1 is the decimal part, group 2 the word.
 */
const FOREIGN_SCALE_OF = new Map(FOREIGN_SCALES.flatMap((f) => f.forms.map((w): [string, number] => [w.toLowerCase(), f.scale])));
const FOREIGN_SCALE_AFTER = new RegExp(
  `^(?:,(\\d{1,2}))?[\\s\\u00a0]+(${[...FOREIGN_SCALE_OF.keys()].sort((a, b) => b.length - a.length).map((f) => esc(f).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const VAGUE = VAGUE_AMOUNTS.map((v) => v.pattern).sort((a, b) => b.length - a.length).map((p) => p.split(' ').map(esc).join('\\s+'));
const CURRENCY = CURRENCY_PREFIXES.flatMap((c) => c.forms).sort((a, b) => b.length - a.length).map(esc).join('|');
// Thousands are grouped by commas ("12,500"), by a no-break or narrow no-break space ("12\u00a0500": always a
// group), or by a plain space ("12 500") only when the first group has 1-3 digits and the next has exactly 3 with no
// digit or hyphen after: "in 2017 3 000 people" is 2017 and 3000, "aged 15 20 soldiers" and "ran 10 100-metre races"
// stay two numbers.
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00a0\\u202f]\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?!\\d|[-–]|[/:.,]\\d)|\\d+(?:\\.\\d+)?';
/** Separators of thousands, dropped before parsing: "12,500", "12 500", "12\u00a0500". */
const GROUP_SEPARATORS = /[,\s\u00a0\u202f]/g;
// One pass over a sentence finds every figure core; the checks after it decide which ones are amounts.
const CORE = new RegExp(
  `(?<![\\p{L}\\p{N}_@#/])(?:(?<cur>${CURRENCY})\\s?(?<d1>${DIGITS})|(?:(?<neg>(?<![-−–—\\p{N}%])[-−])|(?<![.,:\\-−])|(?<=magnitude-))(?<d2>${DIGITS})|(?<![-])(?<v>${VAGUE.join('|')})(?![\\p{L}\\p{N}])|(?<![-])(?<w>${WORD_NUMBER})(?![\\p{L}\\p{N}]))`,
  'giu',
);
/** "minus" before a figure, not in "plus or minus 3" (a margin): "stood at minus 12". */
const MINUS_BEFORE = /(?<!\bplus\s+or\s+)\bminus\s+$/i;
/** The unit of an earthquake's size, and the words around a figure that give it. */
const MAGNITUDE_UNIT = 'magnitude';
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+|-)$/i;
const MAGNITUDE_AFTER = /^(?:-|\s+)magnitude(?![\p{L}])/iu;
/** The unit of an age ("aged 19"), as of "a 34-year-old". */
const AGE_UNIT = 'year';
/** A house number before a street name: "10 Downing Street", "1600 Pennsylvania Avenue". */
const STREET_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${[...STREET_WORDS].join('|')})(?![\\p{L}])`, 'u');
/** What may follow a telephone line called: "called 911 to report", "by calling 101.", not "called 111 people". */
const LINE_END_AFTER = /^(?:\s*(?:[.,;:)!?"”’]|$)|\s+(?:to|and|or|for|if|immediately|now|on|at|with|from|as|when|after|before|in|about)\b)/u;
/**
 * US police copy's address, a block of a street: "a shooting in the 400 block of Salem Avenue", "the 1200 block of S.
 * Pierce St." (the figure counted 400 "block"). The figure is no amount.
 */
const BLOCK_OF_AFTER = /^[ \t]+block[ \t]+of[ \t]+(?:\p{Lu}|\d)/u;
/**
 * The high end of a range after a figure: "-15", "–20", " to 15", " or 40", " and 20" (checked in rangeTail), maybe
 * with the low end's currency again: "$2-$3 billion".
 */
const RANGE_TAIL = new RegExp(
  `^(?<link>[-–]|\\s+to\\s+|\\s+or\\s+|\\s+and\\s+)(?:(?<cur>${CURRENCY})\\s?)?(?<high>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\p{N}|[.,]\\p{N}|[-–]\\p{N})(?=(?:k|m|mn|bn|b|tn|km|kg|cm|mm|ft|mi|C|F|MW|GW|kW|mph)?(?!\\p{L}))`,
  'u',
);
/**
 * The high end of a range written after a whole amount, with its own currency, scale or unit (rangeAfterAmount):
 * "$2m-$3m", "5%-7%", "between $1bn and $2bn", "2 million to 3 million".
 */
const AMOUNT_RANGE_TAIL = new RegExp(
  `^(?<link>[\\s\\u00a0]?[-–][\\s\\u00a0]?|\\s+to\\s+|\\s+or\\s+|\\s+and\\s+)(?:(?<cur>${CURRENCY})\\s?)?(?<high>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\p{N}|[.,]\\p{N})`,
  'iu',
);
/**
 * The high end of a range of number words (wordRangeTail): "two to three hundred", "five or six", "(between) five and
 * ten", or a figure, as styles that spell out numbers under ten write it: "between five and 10".
 */
const WORD_RANGE_TAIL = new RegExp(`^(?<link>\\s+(?:to|or|and)\\s+)(?:(?<high>${WORD_NUMBER})|(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+))(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'iu');
/**
 * The plural a range counts, maybe after one modifier: "10-15 villages", "20 to 30 armed men", "30 or 40 soldiers";
 * or a partitive: "between 30 and 40 of them". Not over a determiner or a preposition: "call 555-1234 for details",
 * "after 9-11 the rules changed" (checked in isRangeEnd).
 */
const RANGE_PLURAL = RANGE_PLURALS.flatMap((p) => p.words.map((w) => (p.compound ? `\\p{Ll}*${w}` : w))).join('|');
const RANGE_NEXT = new RegExp(
  `^\\s+(?:(?<mod>[\\p{Ll}-]+)\\s+)?(?<plural>\\p{Ll}+s|${RANGE_PLURAL})(?![\\p{L}])|^\\s+of\\s+(?:the|these|those|them|their|its|our|us)(?![\\p{L}])`,
  'u',
);
/** A scale or percent sign after a range: "10-15 million", "15-20%", "3-4bn". */
const RANGE_SCALE = /^(?:\s?(?:k|m|mn|bn|b|tn)(?![\p{L}])|\s?%|\s+(?:hundred|thousand|million|billion)(?![\p{L}]))/iu;
// Quick test: a sentence without a digit, a number word or a vague amount is skipped before any work.
const HAS_NUMBER = new RegExp(`\\d|\\b(?:${Object.keys(NUMBER_WORDS).join('|')}|dozens?|scores|hundreds?|thousands?|millions?|billions?|twice|once|half|a\\s+(?:${FRACTION_DENOMINATORS.flatMap((d) => d.forms).join('|')}))\\b`, 'i');

/**
 * Telephone numbers, which are no amounts: "+44 20 7946 0958", "Tel+44 171 …" (a "+" and a country code),
 * "0800 123 456", "020 7946 0958" (a trunk "0" and at least two more groups), "(555) 123-4567". Each must hold at
 * least 7 digits (checked in findPhones), so "+5%" or "0 100" stay.
 */
const PHONE = /(?:(?<!\p{N})\+\d{1,3}(?:[ .\-\u00a0]?\(?\d{1,4}\)?){2,6}|(?<![\p{L}\p{N}]|\p{N}[ \u00a0\u202f.,])(?:\(?0\d{1,4}\)?(?:[ .\-\u00a0]\d{2,4}){2,4}|\(\d{3}\)[ \u00a0]?\d{3}[-. ]\d{4}))(?![\p{L}\p{N}])/gu;
const PHONE_HINT = /\+\d|(?<!\d)\(?0\d|\(\d{3}\)/;
const PHONE_MIN_DIGITS = 7;

const DENOMINATOR_OF = new Map(FRACTION_DENOMINATORS.flatMap((d) => d.forms.map((f): [string, number] => [f, d.denominator])));
const DENOMINATOR = [...DENOMINATOR_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const CARDINAL = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
/**
 * Fractions and ratios, read as one proportion instead of two counts: "three-quarters" (always), "two thirds of"
 * (spaced: only before "of"), "a third of", "one in five", "1 in 4", "three out of every ten"; after "by", the size
 * of a change: "cut the risk of death by a third", "fell by half" (checked against BY_FRACTION_END in findFractions).
 */
const FRACTION = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?<num>${CARDINAL})(?<sep>-|\\s+)(?<den>${DENOMINATOR})|(?<a>a)\\s+(?<aden>${DENOMINATOR})(?=\\s+of\\b)|(?<half>half)(?=\\s+of\\s)|(?<=\\bby\\s+)(?:(?<ba>a)\\s+(?<baden>${DENOMINATOR})|(?<bhalf>half))|(?<rn>${CARDINAL}|\\d{1,3})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?<rd>${CARDINAL}|\\d{1,3}(?:,\\d{3})*))(?![\\p{L}\\p{N}]|-\\p{L})`,
  'giu',
);
/**
 * What may follow "by a third"/"by half" for it to be the size of a change: the end of the clause or a word opening
 * another phrase ("fell by a third in May", "by half since 2010"), not a noun ("by a third party", "by half a point").
 */
const BY_FRACTION_END = /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:in|on|at|from|to|over|since|between|compared|and|or|but|than|after|before|last|this|next|within|during|by|for|while|when|as|year|among|across)(?![\p{L}]))/iu;
/** Words before "half of" that make it a part, not a share: "the second half of the match", "one half of the duo". */
const PART_BEFORE_HALF = new Set(['second', 'other', 'latter', 'former', 'a', 'one', 'its', 'his', 'her', 'their', 'my', 'our', 'your', 'and']);
/** "a quarter of a million people": the fraction of a scale is a count. */
const FRACTION_OF_SCALE = /^\s+of\s+a\s+(hundred|thousand|million|billion)(?![\p{L}])/iu;
/** "a quarter of a century", "a third of a mile": a part of one thing is a measure of it, not a share; not read. */
const FRACTION_OF_ONE = /^\s+of\s+an?\s/i;
/** Largest first term of a ratio: "one in five", "3 in 10", "nine out of every ten". */
const RATIO_MAX_FIRST = 10;

const HEDGE_LIST = HEDGES.map((h) => h.words).sort((a, b) => b.length - a.length);
const UNIT_LIST = UNITS.flatMap((u) => u.forms.map((f) => ({ form: f, code: u.code, kind: u.kind, afterScaleOnly: !!u.afterScaleOnly, figuresOnly: !!u.figuresOnly }))).sort((a, b) => b.form.length - a.form.length);
const PREPOSITIONS = new Set([
  'for', 'on', 'at', 'in', 'against', 'within', 'to', 'from', 'of', 'by', 'with', 'among', 'between', 'into', 'onto',
  'than', 'per', 'across', 'toward', 'towards', 'during', 'since', 'until', 'after', 'before', 'under', 'over', 'about',
  'around', 'near', 'like', 'including', 'out', 'without', 'via', 'despite', 'through', 'behind', 'ahead', 'above',
  'below', 'beyond', 'inside', 'outside', 'along', 'off', 'past', 'beside', 'besides', 'toward', 'amid', 'among',
]);
/** Words skipped when looking left from a figure for the verb that governs it: "killed only 20", "announced a $100m loan". */
const LEFT_SKIP = new Set(['only', 'just', 'a', 'an', 'the', 'total', 'additional', 'another', 'further', 'all', 'its', 'their', 'his', 'her', 'estimated', 'also', 'nearly', 'reportedly', 'least', 'at']);
const AUXILIARIES = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'be', 'being', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'not', 'never', 'to', 'get', 'got', 'reportedly', 'allegedly', 'also', 'already', 'now', 'still', 'all', 'both', 'each', 'later', 'then', 'recently', 'since', 'reported', 'believed', 'thought', 'said', 'expected', 'estimated', 'feared', 'understood', 'likely', 'known']);
/** Nouns of a group with no plural in "-s" ("police", "personnel", "staff"): RANGE_PLURALS' group row. */
const GROUP_PLURALS = new Set(RANGE_PLURALS.find((r) => r.id === 'range-plural/group')!.words);
/** Quantifiers that float off a subject before its verb: "Moscow and Kyiv each released 95 prisoners", "both sides lost". */
const FLOATING_QUANTIFIERS = new Set(['each', 'both', 'all']);
/** Verbs that only link the subject to a description: "More than five million people … remain without access". */
const LINKING = new Set(['be', 'is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'total', 'totals', 'totaled', 'totalled', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'became', 'becomes', 'stand', 'stands', 'stood']);
/**
 * Verbs of staying in a state, read as a copula whose state is the event: "300 people remain missing" (missing), "40
 * miners remained trapped" (trapped), "12,000 remain displaced", "20 workers remain in hospital" (in hospital). With
 * no state from STAYING_STATES after them, "remain" links as LINKING says ("five million people remain without
 * access" has no event) and "stay" is read as any verb.
 */
const STAYING_VERBS = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
/**
 * States after a STAYING_VERBS verb that are what the counted group underwent, besides the casualty states and
 * participles (CASUALTY_STATES, CASUALTY_PARTICIPLES: missing, trapped, displaced, detained, hospitalised …): words,
 * and phrases of a place that is the state ("remain in hospital", "remained in custody").
 */
const STAYING_STATES: { id: string; words: string[] }[] = [
  { id: 'staying/closed', words: ['closed'] }, // "about 200 schools remain closed"
  { id: 'staying/shut', words: ['shut'] },
  { id: 'staying/hospital', words: ['in', 'hospital'] }, // "Twenty workers remain in hospital"
  { id: 'staying/the-hospital', words: ['in', 'the', 'hospital'] },
  { id: 'staying/intensive-care', words: ['in', 'intensive', 'care'] },
  { id: 'staying/custody', words: ['in', 'custody'] }, // "Three suspects remained in custody"
  { id: 'staying/detention', words: ['in', 'detention'] },
  { id: 'staying/captivity', words: ['in', 'captivity'] }, // "59 hostages remain in captivity"
];
/** Adverbs between a staying verb and its state: "remain officially missing", "remained reportedly trapped". */
const STAYING_ADVERBS = new Set(['still', 'officially', 'reportedly']);
/** Units of distance, place and time: their amounts undergo nothing ("about 30km south of Kirkuk", "the last 24 hours"). */
const NO_EVENT_UNITS = new Set(['length', 'duration']);
/**
 * Punctuation between two words that ends a phrase: commas, brackets, quotes, dashes, a line break, and the tab or
 * "|" between table cells ("Total | 63 | 197": the 63 count no "|").
 */
const BOUNDARY_PUNCT = /[,;:()"“”‘’'\[\]—–\n\t|]|\s-+\s|--/;
/** A gap that only opens a quotation, and one that only closes it: `9 “fighters” were`, `had been "neutralised" near`. */
const OPENING_QUOTE_GAP = /^\s*["“‘']$/;
const CLOSING_QUOTE_GAP = /^["”’']\s*$/;
const OPENING_QUOTE = /["“‘']/;
const CLOSING_QUOTE = /["”’']/;
/**
 * Whether the text between `prevEnd` and a word (`start`..`end`) ends a phrase. Quotation marks around one word
 * are scare quotes, read through: in `Abu Mohammed said 9 “fighters” were killed` the 9 count fighters, who were
 * killed; in `15 militants had been "neutralised"` the event is "neutralised". A quotation of two words or more
 * still ends the phrase.
 */
function isBreak(text: string, prevEnd: number, start: number, end: number): boolean {
  const gap = text.slice(prevEnd, start);
  if (text[start] === '|') return true; // the tagger reads a cell separator as a word of its own
  if (!BOUNDARY_PUNCT.test(gap)) return false;
  if (OPENING_QUOTE_GAP.test(gap)) return !CLOSING_QUOTE.test(text[end] ?? '');
  return true;
}
/** The same between two terms, also reading through the closing quote after a one-word quotation. */
function isTermBreak(text: string, prev: Term, next: Term): boolean {
  const gap = text.slice(prev.end, next.start);
  if (CLOSING_QUOTE_GAP.test(gap) && OPENING_QUOTE.test(text[prev.start - 1] ?? '')) return false;
  return isBreak(text, prev.end, next.start, next.end);
}
/** Words that end a counted noun phrase although compromise may tag them as nouns: "three town halls next year". */
const NP_STOPS = new Set(['here', 'there', 'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'next', 'last', 'ago', 'each', 'per', 'alone', 'apiece', 'annually', 'earlier', 'later', 'this', 'that']);
/** Verbs whose particle "over" is no hedge (NON_HEDGE_BEFORE): "handed over four villages". */
const OVER_PARTICLE_VERBS = new Set(NON_HEDGE_BEFORE.find((h) => h.id === 'hedge-not/over-particle')!.before);
/** Particles of phrasal verbs, read through to their verb: "have taken back 30%". */
const PARTICLES = new Set(['back', 'off', 'out', 'up', 'down', 'away']);
/**
 * Reporting verbs (cues.ts lemmas) whose object is a clause, never the counted thing: in "The SDF said 12 fighters
 * were killed" the fighters were killed, not said. A number after them takes the verb that follows it, or none.
 * Cues that can take a counted object keep themselves when nothing follows: "the ministry reported 40 new cases",
 * "announced a $100m loan", "claimed 30 kills".
 */
const CLAUSE_ONLY_CUES = new Set([
  'say', 'insist', 'argue', 'state', 'stress', 'emphasize', 'assert', 'contend', 'believe', 'suggest', 'remark',
  'reiterate', 'quip', 'joke', 'muse', 'exclaim', 'agree', 'theorize', 'explain', 'comment', 'reply', 'respond',
  'testify', 'lament', 'complain', 'caution', 'allege',
  // "A Reuters tally shows at least 12 collisions": what a count shows is no event of the collisions
  'show',
]);
/** A single verb in the third person singular present: "needs", "planes" (a noun the tagger read as a verb). */
const PRESENT_S = /^\p{L}+[^su]s$/u;
/** Verbs read through as hedges before a state: "5 people were reported missing", "three were feared dead". */
const REPORTED_STATES = new Set(['reported', 'believed', 'thought', 'feared', 'said', 'understood', 'known']);
const HEDGE_RES = HEDGE_LIST.map((h) => new RegExp(`(?:^|[^\\p{L}])(${esc(h).replace(/ /g, '\\s+')})\\s+$`, 'iu'));
// the vague amounts that are a scale's plural: "hundreds", "thousands", "millions", "billions" ("dozens of" counts)
const VAGUE_SCALE_WORD = /^(?:hundreds|thousands|millions|billions|trillions)$/iu;
const VAGUE_RES = VAGUE_AMOUNTS.map((v) => ({ v, re: new RegExp(`^${v.pattern.replace(/ /g, '\\s+')}$`, 'i') }));

/** Mentions of places that tell a local dollar: at least this many, all in the one country. */
const LOCAL_DOLLAR_MIN_MENTIONS = 2;
/** A dollar marked with its country anywhere in the text ("US$5", "A$20m", "C$"): then a bare "$" is left as it is. */
const MARKED_DOLLAR = /(?:\b(?:US|U\.S\.|A|AU|C|CA|Can|NZ|HK|S)\$|\b(?:USD|AUD|CAD|NZD|HKD|SGD)\b)/;
/** A bare dollar sign opening an amount: "$1.2 million", "about $2000" (not "US$", "A$"). */
const BARE_DOLLAR = /(?:^|[^\p{L}$])\$\s?\d/u;

/**
 * Bare "$" amounts in the local dollar (LOCAL_DOLLARS) of an article whose places all lie in one such country: "A
 * Sydney man … claims worth more than $1.2 million … repaid $180,000" → AUD. Runs after places are known; no place
 * elsewhere, LOCAL_DOLLAR_MIN_MENTIONS mentions at least, and no marked dollar in the text.
 */
export function localizeDollars(text: string, numbers: NumberMention[], places: readonly Place[]): void {
  if (MARKED_DOLLAR.test(text)) return;
  const countries = new Set<string>();
  let mentions = 0;
  for (const p of places) {
    if (!p.country) continue;
    countries.add(p.country);
    mentions += p.mentions.length;
  }
  if (countries.size !== 1 || mentions < LOCAL_DOLLAR_MIN_MENTIONS) return;
  const local = LOCAL_DOLLARS.find((d) => countries.has(d.country));
  if (!local) return;
  for (const n of numbers) if (n.unit === 'USD' && BARE_DOLLAR.test(n.text)) n.unit = local.code;
}

/** Every number of the text with value, hedge, unit, counted noun phrase and event; `claim` is left null. */
export function findNumbers(ctx: ExtractContext): NumberMention[] {
  const out: NumberMention[] = [];
  const memory = articleCurrencies(ctx.text);
  // Tag only a window around the figures (a few words each side is all counts and event need), all windows of the
  // article in one compromise call: it costs ~4 ms per KB plus ~0.7 ms per call.
  const groups: { start: number; end: number; cands: Candidate[]; sentenceStart: number }[] = [];
  for (const s of ctx.sentences) {
    if (!HAS_NUMBER.test(s.text)) continue;
    const cands = findCandidates(ctx.text, s, memory);
    if (cands.length) for (const w of windows(ctx.text, s, cands)) groups.push({ ...w, sentenceStart: s.start });
  }
  const tagged = tagPieces(groups.map((g) => ({ text: ctx.text.slice(g.start, g.end), offset: g.start })));
  // where each table of the text begins (Paragraph.tableStart): a column header is read within its own table only
  const tableStarts = new Set<number>();
  for (const p of ctx.doc?.paragraphs ?? []) if (p.tableStart) tableStarts.add(ctx.text.lastIndexOf('\n', p.start - 1) + 1);
  groups.forEach((g, i) => describe(ctx.text, g.cands, tagged[i]!, out, g.sentenceStart, tableStarts));
  out.sort((a, b) => a.start - b.start);
  inheritEllipticCounts(ctx.text, ctx.sentences, out);
  readTallies(ctx.text, ctx.sentences, out);
  // "About 999…9 (500 digits) people" parses to Infinity, which JSON writes as null: no real count is that large.
  return out.filter((n) => Number.isFinite(n.value));
}

// "down from |303", "a combined |215", "the Samajwadi Party took |37", "the Pakistan Peoples Party (PPP) |54"
const ELLIPSIS_BEFORE = new RegExp(`(?:(?:^|[^\\p{L}])(?:${ELLIPSIS_LEADS.flatMap((r) => r.words).join('|')})|\\)|[^\\p{L}]\\p{Lu}{2,6})\\s+$`, 'u');
// "303| in 2019", "233| needed", "37|." : no noun of the figure's own after it
const ELLIPSIS_AFTER = new RegExp(`^(?:\\s*(?:[.,;:)]|$)|\\s+(?:${ELLIPSIS_TAILS.flatMap((r) => r.words).join('|')})\\b)`, 'u');
// a plain whole figure, no unit or scale written: "303", "1,204"
const PLAIN_FIGURE = /^\d{1,3}(?:,\d{3})*$|^\d+$/;
const ELLIPSIS_RESULT_VERBS = new Set(ELLIPSIS_LEADS.find((r) => r.id === 'ellipsis/result')?.words ?? []);
// "The death toll rose to 1,204, up from 834 in 2023": the base of a change or a comparison, which leaves out a
// singular head too (the toll), where a total or a result leaves out only a plural noun ("a 465-seat chamber")
const ELLIPSIS_BASE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ELLIPSIS_LEADS.filter((r) => r.id === 'ellipsis/change' || r.id === 'ellipsis/comparison')
  .flatMap((r) => r.words).join('|')})\\s+$`, 'u');
/** A part of the figure before, right before a bare figure: "…, including 34", "…, among them 12". */
const PART_LEAD = /,\s+(?:including|among\s+them)\s+$/u;
// "Of the aircraft, |26 crossed": the sentence's opening part, naming what its first figure counts (group 1)
// (not "Of those arrested, nine faced charges": "those" is the head there)
const PART_OF_NOUN_LEAD = /^Of\s+(?:the|these)\s+([\p{L}\p{M}'’ -]{2,40}?),\s*$/u;
// "four| of which entered", "three| of them were": the figure is a part of what the figure before it counts
const PART_OF_RELATIVE = /^\s+of\s+(?:which|whom|them|those)\b/u;
/** Hedges opening a figure's text: "around 14,000" is as plain as "14,000" (inheritEllipticCounts). */
const HEDGE_OPENING = new RegExp(`^(?:${HEDGE_LIST.map((h) => esc(h).replace(/ /g, '\\s+')).join('|')})\\s+`, 'iu');
/** ", with" right before a figure: a part of the figure before, what befell it after ("…, with 40 arrested"). */
const PART_WITH_BEFORE = /,\s+with\s+$/u;
/** Most characters read back from a bare figure for its ellipsis lead. */
const ELLIPSIS_LEAD_MAX = 24;

/**
 * A bare figure whose noun is left out counts what the figure before it in its sentence counts: "The BJP won 240 of
 * the 543 seats, down from 303 in 2019" (303 seats), "giving the bloc a combined 215, short of the 233 needed for a
 * majority" (seats), "won 75 seats and the PPP 54". Only after ELLIPSIS_LEADS and before ELLIPSIS_TAILS or
 * punctuation, and only from a plain count (no unit, no compound: "a 465-seat chamber" counts no seats for the next).
 * One of three readings of a left-out noun, kept apart as each reads another join: this one a lead word of a change,
 * a total or a result, or a party's acronym ("down from 303", "a combined 215", "and the PPP 54"), or a part
 * ("including 34"), once the whole article is read and from a plural count only; shareGappedCounts a conjunction and
 * maybe a casualty verb ("Nine people were killed and 47 wounded", giving the event too) and shareListCounts a list's
 * further member ("34 people in Kahramanmaras and 12 in Hatay", "and another 4,200"), both per sentence in describe.
 */
function inheritEllipticCounts(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, out: NumberMention[]): void {
  let si = 0;
  const peopleByVerb = new Set<NumberMention>();
  for (let k = 0; k < out.length; k++) {
    const b = out[k]!;
    if (b.counts !== null || b.unit !== null) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= b.start) si++;
    const sentenceStart = sentences[si]?.start ?? 0;
    // "Of the aircraft, 26 crossed the median line" (Taiwan's defence ministry's tallies): a sentence opening on "Of
    // the <noun>," with no figure of its own names what the figure right after it counts
    const fronted = PART_OF_NOUN_LEAD.exec(text.slice(sentenceStart, b.start));
    if (fronted && !out.some((o) => o !== b && o.start >= sentenceStart && o.end <= b.start)) {
      b.counts = fronted[1]!;
      continue;
    }
    // "38 died and 29 survived", "Five drowned": a bare figure subject of a verb of people (PEOPLE_SUBJECT_VERBS)
    // counts people, unless a count before it in its sentence names what it is a part of ("Of the 120 sheep, 38 died")
    const bare = PLAIN_FIGURE.test(b.text.replace(HEDGE_OPENING, '')) || NUMBER_WORD_ALONE.test(b.text.replace(HEDGE_OPENING, ''));
    if (bare && PEOPLE_SUBJECT_AFTER.test(text.slice(b.end, b.end + 24))) {
      // (the next of two such figures joined by "and" counts what the first does: "Of the 120 goats, 38 died and 29
      // survived", "38 died and 29 survived")
      const p = out[k - 1];
      const pair = p && p.start >= sentenceStart && p.counts !== null && p.event !== null && new RegExp(`^\\s+${p.event}\\s+and\\s+$`, 'iu').test(text.slice(p.end, b.start));
      if (pair) {
        b.counts = p.counts;
        continue;
      }
      if (!out.some((o) => o !== b && o.start >= sentenceStart && o.end <= b.start && o.counts !== null && !peopleByVerb.has(o))) {
        b.counts = PEOPLE_COUNTS;
        peopleByVerb.add(b);
        continue;
      }
    }
    const a = out[k - 1];
    if (!a) continue;
    // "tracked 16 Chinese coast guard ships, four of which entered restricted waters": a figure of "which" or "them"
    // right after a count, a comma between, is a part of what that count counts
    if (PART_OF_RELATIVE.test(text.slice(b.end, b.end + 12)) && /^\s*,\s*$/u.test(text.slice(a.end, b.start)) && a.start >= sentenceStart &&
      a.counts !== null && a.unit === null && /s$/u.test(a.counts) && !/\s/u.test(b.text)) {
      b.counts = a.counts;
      continue;
    }
    // "bringing the total to around 14,000": a hedge is no noun, the figure after it is as plain
    if (!PLAIN_FIGURE.test(b.text.replace(HEDGE_OPENING, ''))) continue;
    if (a.start < sentenceStart || a.counts === null || a.unit !== null || a.text.includes('-')) continue;
    const lead = text.slice(Math.max(a.end, b.start - ELLIPSIS_LEAD_MAX), b.start);
    // ("people", "men", "children" are plurals too: "Of the 67 people on board, 38 died")
    if (!/s$/u.test(a.counts) && !IRREGULAR_PLURALS.has(a.counts.split(' ').pop()!.toLowerCase()) && !ELLIPSIS_BASE_BEFORE.test(lead)) continue;
    // "Of the 251 hostages taken, 97 remain in Gaza, including 34 the army says are dead": a sentence opening on "Of
    // the N <noun>," and a part after "including" leave the noun out before any word (97 hostages, 34 hostages)
    const partOf = (/^of\s+the\s+$/iu.test(text.slice(sentenceStart, a.start)) && /^[^,.;]{0,40},\s*$/u.test(text.slice(a.end, b.start))) ||
      PART_LEAD.test(lead);
    // "Police clashed with 300 protesters, with 40 arrested": after "with", what befell the part is no noun of its own
    // (and the next part of a list: "…, with 12 killed and 30 wounded")
    const nextPart = a.event !== null && CASUALTY_PARTICIPLES.has(a.event.toLowerCase()) && new RegExp(`^\\s+${a.event}\\s+and\\s+$`, 'iu').test(text.slice(a.end, b.start));
    const partEvent = (PART_WITH_BEFORE.test(lead) || nextPart) && b.event !== null && CASUALTY_PARTICIPLES.has(b.event.toLowerCase()) &&
      new RegExp(`^\\s+${b.event}\\b`, 'iu').test(text.slice(b.end, b.end + 24));
    if (!partOf && !partEvent && (!ELLIPSIS_BEFORE.test(lead) || !ELLIPSIS_AFTER.test(text.slice(b.end, b.end + 16)))) continue;
    // a result verb leaves out the noun of a result before it ("won 75 seats and lost 3"), not of another event: "The
    // army killed 20 militants and lost 3" lost no militants
    const verb = lead.trimEnd().split(/\s+/).pop()?.toLowerCase();
    if (verb && ELLIPSIS_RESULT_VERBS.has(verb) && a.event && !ELLIPSIS_RESULT_VERBS.has(a.event.toLowerCase())) continue;
    b.counts = a.counts;
  }
}

/** A number written as one word, alone: "Five" of "Five drowned". */
const NUMBER_WORD_ALONE = new RegExp(`^(?:${Object.keys(NUMBER_WORDS).filter((w) => /^\p{L}+$/u.test(w)).join('|')})$`, 'iu');
/** What a bare figure subject of a verb of people counts (PEOPLE_SUBJECT_VERBS): "38 died". */
const PEOPLE_COUNTS = 'people';
const PEOPLE_SUBJECT_AFTER = new RegExp(`^\\s+(?:${PEOPLE_SUBJECT_VERBS.filter((v) => !v.passive).flatMap((v) => v.words).join('|')}|(?:were|have\\s+been|had\\s+been)\\s+(?:${PEOPLE_SUBJECT_VERBS.filter((v) => v.passive).flatMap((v) => v.words).join('|')}))\\b`, 'iu');
/** Plurals with no "s" that a left-out noun may stand for: "Of the 67 people on board, 38 died" (RANGE_PLURALS). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(RANGE_PLURALS.flatMap((r) => r.words));

/** What the two figures of a vote's tally count. */
const TALLY_COUNTS = 'votes';
// "286-134", "74–24": two whole figures of up to three digits joined by a hyphen or dash, the figure on either side
const TALLY_FIRST = /^[-–]\d{1,3}(?![\d.,]\d|[-–]\d)/u;
const TALLY_SECOND = /(?:^|[^\d.,\-–])\d{1,3}[-–]$/u;
// "74 to 24" after a vote: "by a vote of 74 to 24", "voted 177 to 171"
const TALLY_TO_FIRST = /^\s+to\s+\d{1,3}(?![\d.,]\d)/u;
const TALLY_TO_SECOND = /(?:^|[^\d.,])\d{1,3}\s+to\s+$/u;
/** Most characters read back from a tally for its verb. */
const TALLY_VERB_BEFORE = 80;
const WORDS = /\p{L}+/gu;

/** Whether the words of a sentence hold a vote's verb (before `at`) and a body that votes, or a vote's noun after `end`. */
function isTallyContext(text: string, from: number, at: number, end: number, sentenceEnd: number): boolean {
  if (TALLY_NOUNS.has((/^\s+(\p{L}+)/u.exec(text.slice(end, Math.min(sentenceEnd, end + 16)))?.[1] ?? '').toLowerCase())) return true;
  const before = (text.slice(Math.max(from, at - TALLY_VERB_BEFORE), at).match(WORDS) ?? []).map((w) => w.toLowerCase());
  if (!before.some((w) => TALLY_VERBS.has(w))) return false;
  return (text.slice(from, sentenceEnd).match(WORDS) ?? []).some((w) => TALLY_BODIES.has(w.toLowerCase()));
}

/** The figure at start..end is a side of a hyphenated vote tally: "286" or "134" of "passed 286-134". */
function isTallySide(text: string, start: number, end: number, s: Sentence): boolean {
  if (end - start > 3 || !/^\d+$/u.test(text.slice(start, end))) return false;
  const first = TALLY_FIRST.exec(text.slice(end, end + 6));
  if (first) return isTallyContext(text, s.start, start, end + first[0].length, s.end);
  const second = TALLY_SECOND.exec(text.slice(Math.max(s.start, start - 5), start));
  return !!second && !/^\d/u.test(text.slice(end, end + 1)) && isTallyContext(text, s.start, start - second[0].replace(/^[^\d]/u, '').length, end, s.end);
}

// a figure read with the tally's other side: "52-48 vote" (as a compound), "6-3 ruling"
const TALLY_PAIR = /^(\d{1,3})[-–](\d{1,3})(?![\d.,]\d)/u;

/**
 * Vote tallies: both sides of "passed 286-134", "a 52-48 vote", "voted 74 to 24" count votes. The figure after a
 * hyphen is never a candidate of its own (a score's or a code's second half), so it is added here; a tally read as a
 * compound ("52-48 vote") is cut back to its first figure.
 */
function readTallies(text: string, sentences: ReadonlyArray<Sentence>, out: NumberMention[]): void {
  const added: NumberMention[] = [];
  for (const n of out) {
    if (n.unit !== null && n.high === null) continue;
    const s = sentences.find((x) => x.start <= n.start && x.end >= n.end);
    if (!s) continue;
    const pair = TALLY_PAIR.exec(n.text);
    if (pair && pair[0].length < n.text.length || (pair && n.high !== null)) {
      if (!isTallyContext(text, s.start, n.start, n.start + pair[0].length, s.end)) continue;
      Object.assign(n, { text: pair[1]!, end: n.start + pair[1]!.length, value: Number(pair[1]), high: null, approximate: false, unit: null });
    } else if (n.counts !== null || n.unit !== null || !isTallyFigure(text, n, sentences)) continue;
    n.counts = TALLY_COUNTS;
    // the side after the hyphen: "134" of "286-134"
    const second = /^[-–](\d{1,3})(?![\d.,]\d)/u.exec(text.slice(n.end, n.end + 5));
    if (!second) continue;
    const start = n.end + 1;
    if (out.some((o) => o.start === start)) continue;
    added.push({ text: second[1]!, value: Number(second[1]), high: null, approximate: false, unit: null, counts: TALLY_COUNTS, event: null, start, end: start + second[1]!.length, claim: null });
  }
  if (added.length) {
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
}

/** A figure that is a side of a vote's tally, hyphenated or "74 to 24" after a vote's verb: counts votes. */
function isTallyFigure(text: string, n: NumberMention, sentences: ReadonlyArray<Sentence>): boolean {
  if (!/^\d{1,3}$/u.test(n.text)) return false;
  const s = sentences.find((x) => x.start <= n.start && x.end >= n.end);
  if (!s) return false;
  if (isTallySide(text, n.start, n.end, s)) return true;
  const to = TALLY_TO_FIRST.exec(text.slice(n.end, n.end + 12));
  if (to) return isTallyContext(text, s.start, n.start, n.end + to[0].length, s.end);
  const back = TALLY_TO_SECOND.exec(text.slice(Math.max(s.start, n.start - 12), n.start));
  return !!back && isTallyContext(text, s.start, n.start - back[0].replace(/^[^\d]/u, '').length, n.end, s.end);
}

const WINDOW_BEFORE = NUMBER_WINDOW_BEFORE;
const WINDOW_AFTER = NUMBER_WINDOW_AFTER;

/** Figures of a sentence grouped into windows of text to tag, each window snapped to word edges. */
function windows(text: string, s: Sentence, cands: Candidate[]): { start: number; end: number; cands: Candidate[] }[] {
  const out: { start: number; end: number; cands: Candidate[] }[] = [];
  for (const c of cands) {
    let start = Math.max(s.start, c.start - WINDOW_BEFORE);
    let end = Math.min(s.end, c.end + WINDOW_AFTER);
    while (start > s.start && /\S/.test(text[start - 1]!)) start--;
    while (end < s.end && /\S/.test(text[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.cands.push(c);
    } else out.push({ start, end, cands: [c] });
  }
  return out;
}

function findCandidates(text: string, s: Sentence, memory: CurrencyMemory): Candidate[] {
  const out: Candidate[] = [];
  // Spans (document offsets) already read as a phone number or a fraction: the figures inside them are not counts.
  const taken = findPhones(s);
  findFractions(text, s, out, taken);
  CORE.lastIndex = 0;
  for (let m = CORE.exec(s.text); m; m = CORE.exec(s.text)) {
    const g = m.groups ?? {};
    const coreStart = s.start + m.index;
    let end = coreStart + m[0].length;
    if (taken.length && taken.some((t) => coreStart < t.end && end > t.start)) continue;
    let value: number;
    let approximate = false;
    let unit: string | null = null;
    let unitKind: string | null = null;
    let needsNoun = false;
    let metresOrMillion = false;
    let rangeStart = -1;
    // the high end of a range: "Between 30 and 40 people" → value 30, high 40
    let high: number | null = null;
    let digits = g.d1 ?? g.d2;
    // "shrank by -0.3%", "stood at minus 12", "minus 5C": a written minus makes the value negative. "down 0.3%" keeps
    // a positive value, its direction being the event (as for "fell 0.3%").
    let negative = !!g.neg;
    let figureStart = coreStart;
    // "Social Democrats 22.6 81 -26": a minus right after another figure and a space is a value of its own in a row
    // of figures (a "Change" column); elsewhere ("10 -15 people") it is a sloppy range, read as before: no number
    if (negative && FIGURE_THEN_SPACE.test(text.slice(Math.max(s.start, coreStart - 2), coreStart)) && !FIGURE_ROW_AFTER.test(text.slice(end, end + 3))) continue;
    // "N50 million" is naira, "N95 masks" and "the N1 road" are none (LETTER_CURRENCY_FORMS)
    if (g.cur && LETTER_CURRENCY_FORMS.has(g.cur.toUpperCase()) && !isLetterCurrencyAmount(text, g.cur, coreStart, end)) continue;
    if (digits) {
      const space = g.cur || g.neg ? -1 : digits.indexOf(' ');
      if (space > 0 && !joinsGroups(text, coreStart, space, end, s)) {
        // two numbers after all: read the first alone, then go on from the second
        digits = digits.slice(0, space);
        end = coreStart + space;
        CORE.lastIndex = m.index + space + 1;
      }
      if (!g.cur && !g.neg && isItemNumber(text, coreStart, end)) continue;
      // "Doncic shot 14-of-22 from the field", "went 3-for-4 at the plate": a player's made-of-attempted line, no 14
      // of anything that was shot (the event was "shot")
      if (!g.cur && !g.neg && STAT_LINE_AFTER.test(text.slice(end, end + 6))) continue;
      const range = rangeTail(text, coreStart, end, digits, g.cur, s);
      if (range) end += range.length;
      if (!g.cur && !isAmountContext(text, coreStart, end, s)) continue;
      value = Number(digits.replace(GROUP_SEPARATORS, ''));
      if (!g.cur && !range && isNonCountCompound(text, end, value)) continue; // "2-factor", as "two-factor"
      if (!negative && !range) {
        const minus = MINUS_BEFORE.exec(text.slice(Math.max(s.start, coreStart - 20), coreStart));
        if (minus) {
          negative = true;
          figureStart = coreStart - minus[0].length;
        }
      }
      if (range) {
        approximate = true;
        rangeStart = range.start;
        high = range.high;
        CORE.lastIndex = Math.max(CORE.lastIndex, end - s.start);
      }
      if (g.cur) {
        // CORE matches case-insensitively, so "EUr0" reaches here: compare forms the same way
        const cur = g.cur.toLowerCase();
        unit = CURRENCY_PREFIXES.find((c) => c.forms.some((f) => f.toLowerCase() === cur))?.code ?? null;
        // "Rs 5,000" in a report from Karachi: a family's shared sign takes the article's currency of that family
        const shared = CURRENCY_FAMILIES.find((f) => f.prefixes?.includes(cur));
        if (shared && memory.has(shared.id)) unit = memory.get(shared.id)!;
        unitKind = unit ? 'money' : null;
      }
    } else if (g.v) {
      const v = VAGUE_RES.find((x) => x.re.test(g.v!))!.v;
      const before = text.slice(Math.max(s.start, coreStart - 20), coreStart).toLowerCase();
      if (HEDGED_ONLY.has(v.pattern) && !HEDGE_LIST.some((h) => before.trimEnd().endsWith(h))) continue;
      if (OF_ONLY.has(v.pattern) && !/^\s+of\b/i.test(text.slice(end, end + 5))) continue;
      value = v.value;
      approximate = v.approximate;
    } else {
      const w = g.w!;
      if (isNameNumberWord(text, s, coreStart, end)) continue;
      // "reach net zero by 2050", "at ground zero": a goal's or a place's name, no amount (ZERO_NAME_BEFORE)
      if (/^zero$/i.test(w) && ZERO_NAME_BEFORE.has((/(\p{L}+)[\s-]*$/u.exec(text.slice(Math.max(s.start, coreStart - 12), coreStart))?.[1] ?? '').toLowerCase())) continue;
      value = parseWords(w);
      // "two-factor authentication", "a six-figure salary": a compound whose number counts nothing (NON_COUNT_COMPOUNDS);
      // "a three-bedroom house", "a two-goal lead", "a one-match ban" count bedrooms, goals, a match and stay
      if (isNonCountCompound(text, end, value)) continue;
      const range = wordRangeTail(text, s, coreStart, end, w);
      if (range) {
        value = range.low;
        high = range.high;
        approximate = true;
        rangeStart = range.start;
        end += range.length;
        CORE.lastIndex = Math.max(CORE.lastIndex, end - s.start);
      } else if (/^one$/i.test(w)) {
        const prev = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(s.start, coreStart - 15), coreStart))?.[1]?.toLowerCase();
        if (prev && (['the', 'this', 'that', 'no', 'any', 'every', 'each', 'which', 'only', 'another', 'someone', 'anyone'].includes(prev) || CODE_WORDS.has(prev))) continue; // "the one", "number one priority"
        if (/^\s+(?:of|another|or|and|who|which|that|day|time)\b/i.test(text.slice(end, end + 12))) continue;
        needsNoun = true;
      } else if (/^zero$/i.test(w) && ZERO_PHRASE_AFTER.test(text.slice(end, end + 14))) continue; // "near the zero point", "zero tolerance"
    }
    // A scale after the figure: "2.5 million", "$100m", "£1.1bn".
    let scaledBy = false;
    let letterScale = 0;
    for (;;) {
      const after = text.slice(end, Math.min(s.end, end + 12));
      const sm = SCALE_AFTER.exec(after);
      if (!sm || (!digits && !sm[2])) break;
      const word = (sm[2] ?? sm[3]!).toLowerCase();
      if (SHORT_SCALES.has(word) && !g.cur && !BARE_SCALES.has(word)) {
        // "3m dollars", "5k euros": a currency after the letter makes it a scale
        const money = matchUnit(text.slice(end + sm[0].length, Math.min(s.end, end + sm[0].length + 30)));
        if (money?.kind !== 'money') {
          const letter = COUNT_SCALE_LETTER.get(sm[3] ?? '');
          if (letter && digits) {
            // "184K people", "3.4K homes", "1.2M people" (COUNT_SCALE_LETTERS); "4K video" and "his 401k" are none
            const next = NEXT_WORD.exec(text.slice(end + sm[0].length, end + sm[0].length + 20))?.[1]?.toLowerCase();
            if ((letter === 1e3 && next && RESOLUTION_NOUNS.has(next)) || LETTER_NAME_FIGURES.has(digits + sm[3])) { letterScale = -1; break; }
            if (!digits.includes('.')) {
              letterScale = letter; // a whole figure: describe() scales it when a count follows
              end += sm[0].length;
              break;
            }
          } else {
            metresOrMillion = word === 'm'; // "300m" is metres, unless describe() sees a count follow
            break;
          }
        }
      }
      value = scaled(value, SCALES[word]!);
      if (high !== null) high = scaled(high, SCALES[word]!); // "$2-3 billion": the scale applies to both ends
      end += sm[0].length;
      scaledBy = true;
    }
    if (letterScale < 0) continue;
    if (g.cur && !scaledBy) {
      // "R$ 2,3 milhões", "€3 milliards": a scale word of another language, only after a currency amount
      const fm = FOREIGN_SCALE_AFTER.exec(text.slice(end, Math.min(s.end, end + 24)));
      if (fm && !(fm[1] && /[.,]/.test(digits ?? ''))) {
        if (fm[1]) value = Number(`${value}.${fm[1]}`);
        const scale = FOREIGN_SCALE_OF.get(fm[2]!.toLowerCase().replace(/\s+/g, ' '))!;
        value = scaled(value, scale);
        if (high !== null) high = scaled(high, scale);
        end += fm[0].length;
        scaledBy = true;
        CORE.lastIndex = Math.max(CORE.lastIndex, end - s.start);
      }
    }
    const after = text.slice(end, Math.min(s.end, end + 30));
    // "60-plus nations" → 60, approximate
    const plus = /^-plus(?![\p{L}])/u.exec(after);
    if (plus) {
      approximate = true;
      end += plus[0].length;
    }
    // "14-year-old", "a 25-year partnership", "a 10-km march" → a measure
    const compound = UNIT_COMPOUND.exec(text.slice(end, end + 16));
    if (compound && !unit) {
      const u = matchUnit(` ${compound[1]!.replace(/-/g, ' ')}`);
      if (u) {
        unit = u.code;
        unitKind = u.kind;
        end += compound[0].length;
      }
    }
    // "A magnitude 6.4 earthquake", "a 5.1-magnitude aftershock", "a magnitude-4.8 tremor": the size of one quake,
    // not a count of quakes
    const magnitudeBefore = digits && !unit ? MAGNITUDE_BEFORE.exec(text.slice(Math.max(s.start, coreStart - 12), coreStart)) : null;
    const magnitudeAfter = digits && !unit ? MAGNITUDE_AFTER.exec(text.slice(end, end + 12)) : null;
    if (magnitudeBefore || magnitudeAfter) {
      unit = MAGNITUDE_UNIT;
      unitKind = 'magnitude';
      if (magnitudeBefore) figureStart = coreStart - magnitudeBefore[0].length;
      if (magnitudeAfter) end += magnitudeAfter[0].length;
    }
    // "losses of billions of pounds", "millions of dollars in ransom": a vague scale's money is after its "of" (the
    // figure counted "pounds", with no unit); only a currency, as "thousands of kilometres" or "hundreds of tonnes"
    // count other things too
    let vagueOf = 0;
    if (!unit && g.v && VAGUE_SCALE_WORD.test(g.v)) {
      const of = /^\s+of(?=\s)/u.exec(text.slice(end, end + 6));
      const u = of ? matchUnit(text.slice(end + of[0].length, Math.min(s.end, end + of[0].length + 30)), true) : null;
      if (of && u?.kind === 'money' && !FAMILY_BY_ID.get(u.code)?.scaleOnly) {
        vagueOf = of[0].length;
      }
    }
    if (!unit) {
      const u = matchUnit(text.slice(end + vagueOf, Math.min(s.end, end + vagueOf + 30)), scaledBy || vagueOf > 0);
      if (vagueOf && u) end += vagueOf;
      if (u && (digits || !u.figuresOnly)) {
        // "one dinar" after "two Jordanian dinars", "3.1 billion crowns" after "Swedish crowns": the article's own currency
        const family = FAMILY_BY_ID.get(u.code);
        if (family?.id === 'family/pound' && isPoundWeight(text, s, hedgeStart(text, s, figureStart), end + u.length, !!scaledBy)) {
          unit = 'lb';
          unitKind = 'weight';
          end += u.length;
        } else {
          const code = family ? memory.get(family.id) ?? (family.scaleOnly && !scaledBy ? null : family.code) : u.code;
          if (code) {
            unit = code;
            unitKind = u.kind;
            end += u.length;
          }
        }
      }
    }
    const family = unit ? FAMILY_OF_CODE.get(unit) : undefined;
    if (family) memory.set(family.id, unit!);
    // "$2m-$3m", "5%-7%", "between $1bn and $2bn": a range of whole amounts, each with its scale or unit
    if (digits && high === null && !negative && (scaledBy || unit || g.cur)) {
      const range = rangeAfterAmount(text, s, coreStart, end, { value, unit, cur: g.cur, scaled: scaledBy });
      if (range) {
        high = range.high;
        end = range.end;
        approximate = true;
        rangeStart = range.start;
        CORE.lastIndex = Math.max(CORE.lastIndex, end - s.start);
      }
    }
    // "Three men aged 19 to 24", "aged between 15 and 17", "Adults aged 65 and over": ages, in years
    if (!unit && digits && AGE_WORDS.has(wordBefore(text, s, rangeStart >= 0 ? rangeStart : coreStart))) {
      unit = AGE_UNIT;
      unitKind = 'duration';
    }
    // "John Whitaker, 34, of Leeds, was jailed", "Kessler, 52, was ordered", "the victim was named as Amy Cole, 19.",
    // "Rajesh Verma (58)": an age in apposition after a name, in years as "aged 34" is (it was a bare 34)
    if (!unit && digits && rangeStart < 0 && high === null && Number.isInteger(value) && value > 0 && value <= MAX_AGE &&
      (isAgeApposition(text, s, figureStart, end) || (AGE_LIST_BEFORE.test(text.slice(Math.max(s.start, figureStart - 40), figureStart)) &&
        AGE_LIST_AFTER.test(text.slice(end, Math.min(s.end, end + 5)))))) {
      unit = AGE_UNIT;
      unitKind = 'duration';
    }
    // "the Premier League's top four", "finished in the bottom three": a rank group unless a noun follows ("the top
    // 10 universities")
    if (!unit && RANK_GROUP_BEFORE.has(wordBefore(text, s, figureStart))) needsNoun = true;
    if (unit) needsNoun = false; // "one dinar"
    if (unit !== 'm') metresOrMillion = false;
    if (negative) value = -value;
    const start = rangeStart >= 0 ? Math.min(rangeStart, hedgeStart(text, s, rangeStart)) : hedgeStart(text, s, figureStart);
    if (start < figureStart) approximate = true;
    const kind = unitKind === 'money' ? 'money' : unit ? 'measure' : 'count';
    out.push({ start, end, coreStart, value, high, approximate, unit, unitKind, kind, needsNoun, metresOrMillion, ...(letterScale && !unit ? { letterScale } : {}) });
  }
  if (taken.length) out.sort((a, b) => a.start - b.start);
  // "about 30km (19 miles)": the conversion in brackets shares its amount's hedge.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    if (prev.approximate && /^\s*\(\s*$/.test(text.slice(prev.end, cur.start))) cur.approximate = true;
  }
  return out;
}

/**
 * A range written after a figure: "10-15 villages", "15–20 percent", "10 to 15 people", "30 or 40 soldiers",
 * "between 10 and 20 soldiers". It is one number: the low end as value (as "dozens" is 24), the high end as `high`,
 * approximate, with the unit or counted noun after the high end. Not a score ("won 2-1", "a 6-3 victory", "lost 1-3
 * to Chelsea": the high end is not higher, or no plural or unit follows), not years ("2013-2014"), not "from 10 to
 * 15" (a change, two numbers). Returns the length of the tail, where the range starts ("between" included) and the
 * high end before any scale.
 */
function rangeTail(text: string, coreStart: number, end: number, digits: string, cur: string | undefined, s: Sentence): { length: number; start: number; high: number } | null {
  const tail = RANGE_TAIL.exec(text.slice(end, Math.min(s.end, end + 24)));
  if (!tail) return null;
  const low = Number(digits.replace(GROUP_SEPARATORS, ''));
  const high = Number(tail.groups!.high!.replace(GROUP_SEPARATORS, ''));
  if (!(high > low) || /^\d{4}$/.test(digits) || /[\s\u00a0]/.test(digits)) return null;
  // "$2-$3 billion": the same currency on both ends, never a currency on the high end alone
  if (tail.groups!.cur && (!cur || currencyCode(tail.groups!.cur) !== currencyCode(cur))) return null;
  const link = tail.groups!.link!.trim().toLowerCase();
  // "call 555-1234": a telephone number, not a range (a range of hundreds to thousands ends round: "500-1000")
  if (link === '-' && /^\d{3}$/.test(digits) && /^\d{4}$/.test(tail.groups!.high!) && high % 100 !== 0) return null;
  const start = rangeStartOf(text, s, coreStart, end + tail[0].length, link, true, high / low);
  return start === null ? null : { length: tail[0].length, start, high };
}

/**
 * Where a range with the link `link` ("-", "to", "or", "and") starts, or null when the words around make it none: a
 * range counts a plural or has a unit or a scale after its high end (`tailEnd`), unless "between … and" or "aged"
 * says range by itself; "and" needs "between"; "to" after a verb of change is a change ("rose from 10 to 15").
 * `needsNext`: false when the ends carry their own unit or scale ("$2m-$3m"), which make a range by themselves.
 */
function rangeStartOf(text: string, s: Sentence, coreStart: number, tailEnd: number, link: string, needsNext: boolean, ratio: number): number | null {
  const rest = text.slice(tailEnd, Math.min(s.end, tailEnd + 30));
  const prev = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(s.start, coreStart - 12), coreStart));
  const prevWord = prev?.[1]?.toLowerCase() ?? '';
  // "aged between 18 and 25": "between … and" says range by itself, whatever follows
  const between = link === 'and' && prevWord === 'between';
  // "Three men aged 19 to 24 were arrested", "children aged 5 or 6": an age range, whatever follows
  const aged = link !== 'and' && AGE_WORDS.has(prevWord);
  if (needsNext && !between && !aged && !isRangeEnd(rest, link)) return null;
  if (link === 'and') return between ? coreStart - prev![0].length : null;
  // "rose from 10 to 15", "eased 0.5% to 3.2%", "rose by 2% to 5%": a change and the level it reached. Between whole
  // amounts the verb may stand a few words back; a bare "10 to 15 percent" only right after it
  if (link === 'to') {
    const before = wordsBefore(text, s, coreStart, needsNext ? 2 : RANGE_CHANGE_LOOKBACK);
    const isChange = (w: string | undefined) => !!w && (RANGE_CHANGE_WORDS.has(w) || CHANGE_VERBS_BEFORE_BY_TO.has(w));
    if (needsNext ? isChange(before[0]) : before.some(isChange)) return null;
    // "Nickel rose by 500 to 39,200 rupees": a change and the level it reached, far apart; "sales rose by 10 to 15
    // percent" is a range of the change, its ends close
    if (needsNext && before[0] === 'by' && isChange(before[1]) && ratio > RANGE_MAX_RATIO_AFTER_BY) return null;
  }
  return coreStart;
}

/** Largest high-to-low ratio of a range after "rose by": "rose by 10 to 15 percent" (1.5) is one, "rose by 500 to 39,200" no range. */
const RANGE_MAX_RATIO_AFTER_BY = 3;
/** Most words read back from a range of whole amounts for a verb of change: "rose by about 2% to 5%". */
const RANGE_CHANGE_LOOKBACK = 3;
/** The last `n` words before `pos` in the sentence, lower case, nearest first. */
function wordsBefore(text: string, s: Sentence, pos: number, n: number): string[] {
  const words = text.slice(Math.max(s.start, pos - 40), pos).toLowerCase().split(NON_WORD).filter(Boolean);
  return words.slice(-n).reverse();
}
const NON_WORD = /[^\p{L}.]+/u;

/**
 * Whether the text after a range's high end makes it one: a unit, a scale, or a counted plural that is no score
 * ("won 2-3 games" is a score; "scored 2 or 3 goals" is a range: no score is written with "or").
 */
function isRangeEnd(rest: string, link: string): boolean {
  if (matchUnit(rest) || RANGE_SCALE.test(rest)) return true;
  const next = RANGE_NEXT.exec(rest);
  if (!next) return false;
  const mod = next.groups?.mod?.toLowerCase();
  if (mod && (RANGE_NOT_MODIFIERS.has(mod) || PREPOSITIONS.has(mod))) return false;
  const plural = next.groups?.plural;
  return !plural || link === 'or' || !SCORE_WORDS.has(plural.toLowerCase());
}

/** The article's last currency of each family (CURRENCY_FAMILIES id → code), for a bare "crowns" or "pesos". */
type CurrencyMemory = Map<string, string>;
const FAMILY_BY_ID = new Map(CURRENCY_FAMILIES.map((f) => [f.id, f]));
const FAMILY_OF_CODE = new Map(CURRENCY_FAMILIES.flatMap((f) => f.codes.map((c) => [c, f] as const)));

/** Each family's countries as one pattern per code: "Pakistan" or "Pakistani" → PKR. */
const FAMILY_COUNTRY_PATTERNS = CURRENCY_FAMILIES.filter((f) => f.countries).map((f) => ({
  id: f.id,
  codes: Object.entries(f.countries!).map(([code, names]) => ({ code, re: new RegExp(`\\b(?:${names.join('|')})\\b`, 'g') })),
}));

/**
 * The currency memory an article starts with: for a family with countries, the code of the country the text names
 * most, first named on a tie ("Monsoon floods … across Pakistan … 1 million rupees" → PKR); none when it names none.
 */
function articleCurrencies(text: string): CurrencyMemory {
  const memory: CurrencyMemory = new Map();
  for (const f of FAMILY_COUNTRY_PATTERNS) {
    let best: { code: string; n: number; first: number } | null = null;
    for (const { code, re } of f.codes) {
      re.lastIndex = 0;
      let n = 0;
      let first = -1;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (first < 0) first = m.index;
        n++;
      }
      if (n && (!best || n > best.n || (n === best.n && first < best.first))) best = { code, n, first };
    }
    if (best) memory.set(f.id, best.code);
  }
  return memory;
}

/** A scale word right after a figure: "N50 million", "N3.5bn", "N2.23 trillion". */
const LETTER_CURRENCY_SCALE = /^\s?(?:million|billion|trillion|mn|bn|tn|m|b|k)(?![\p{L}\p{N}])/iu;

/**
 * Whether a bare-letter currency prefix (LETTER_CURRENCY_FORMS) opens an amount at coreStart..end: written in capitals,
 * glued to its figure, and the figure has grouped thousands ("N5,000") or a scale word after it ("N50 million").
 */
function isLetterCurrencyAmount(text: string, cur: string, coreStart: number, end: number): boolean {
  if (!LETTER_CURRENCY_FORMS.has(cur) || !/\d/.test(text[coreStart + cur.length] ?? '')) return false;
  return /\d,\d{3}/.test(text.slice(coreStart, end)) || LETTER_CURRENCY_SCALE.test(text.slice(end, end + 12));
}

/** The ISO code of a currency prefix as written: "$" → "USD", "eur" → "EUR". */
function currencyCode(form: string): string | null {
  const f = form.toLowerCase();
  return CURRENCY_PREFIXES.find((c) => c.forms.some((x) => x.toLowerCase() === f))?.code ?? null;
}

/**
 * A range whose ends are whole amounts, each with its currency, scale or unit: "$2m-$3m", "5%-7%", "between $1bn and
 * $2bn", "2 million to 3 million people", "10km to 15km". The high end must carry what the low end carries (the same
 * scale or unit; a currency only if the low end has the same) and be higher. Returns the new end, the high value and
 * where the range starts.
 */
function rangeAfterAmount(text: string, s: Sentence, coreStart: number, end: number, low: { value: number; unit: string | null; cur: string | undefined; scaled: boolean }): { end: number; high: number; start: number } | null {
  const tail = AMOUNT_RANGE_TAIL.exec(text.slice(end, Math.min(s.end, end + 24)));
  if (!tail) return null;
  const g = tail.groups!;
  if (g.cur && (!low.cur || currencyCode(g.cur) !== currencyCode(low.cur))) return null;
  let tailEnd = end + tail[0].length;
  let high = Number(g.high!.replace(GROUP_SEPARATORS, ''));
  let scaledHigh = false;
  for (;;) {
    const sm = SCALE_AFTER.exec(text.slice(tailEnd, Math.min(s.end, tailEnd + 12)));
    if (!sm) break;
    const word = (sm[2] ?? sm[3]!).toLowerCase();
    if (SHORT_SCALES.has(word) && !low.cur && !BARE_SCALES.has(word)) break;
    high = scaled(high, SCALES[word]!);
    tailEnd += sm[0].length;
    scaledHigh = true;
  }
  if (scaledHigh !== low.scaled) return null;
  // the low end's unit, unless it is the currency written before both ("$2m-$3m")
  if (low.unit && !low.cur) {
    const u = matchUnit(text.slice(tailEnd, Math.min(s.end, tailEnd + 30)), scaledHigh);
    if (u?.code !== low.unit) return null;
    tailEnd += u.length;
  } else if (!scaledHigh && !g.cur) return null; // "$5-6" is read by rangeTail
  if (!(high > low.value)) return null;
  const link = g.link!.trim().toLowerCase() || '-';
  const start = rangeStartOf(text, s, coreStart, tailEnd, link, false, high / low.value);
  return start === null ? null : { end: tailEnd, high, start };
}

/**
 * A range of number words after the word number ending at `end`: "two to three hundred people", "five or six gunmen",
 * "between five and ten houses". The low end takes the high end's scale when it has none: "two to three hundred" is
 * 200 to 300, "one or two million" 1 000 000 to 2 000 000. Checked like rangeTail.
 */
function wordRangeTail(text: string, s: Sentence, coreStart: number, end: number, low: string): { length: number; start: number; low: number; high: number } | null {
  const tail = WORD_RANGE_TAIL.exec(text.slice(end, Math.min(s.end, end + 60)));
  if (!tail) return null;
  const highWords = tail.groups!.high;
  const high = highWords ? parseWords(highWords) : Number(tail.groups!.digits!.replace(GROUP_SEPARATORS, ''));
  let lowValue = parseWords(low);
  const scale = highWords ? trailingScale(highWords, high) : 1;
  if (scale > 1 && !hasScaleWord(low) && lowValue * scale < high) lowValue *= scale;
  if (!(high > lowValue)) return null;
  const start = rangeStartOf(text, s, coreStart, end + tail[0].length, tail.groups!.link!.trim().toLowerCase(), true, high / lowValue);
  return start === null ? null : { length: tail[0].length, start, low: lowValue, high };
}

const WORD_SPLIT = /[\s-]+/;
const SCALE_WORD_SET = new Set(SCALE_WORDS);
function hasScaleWord(words: string): boolean {
  return words.toLowerCase().split(WORD_SPLIT).some((w) => SCALE_WORD_SET.has(w));
}
/**
 * The scale a number in words ends in, as a multiple of its first figure: "three hundred" → 100, "thirty thousand" →
 * 1000, "three hundred thousand" → 100 000; 1 when figures follow the scale ("three hundred and fifty") or there is none.
 */
function trailingScale(words: string, value: number): number {
  const ws = words.toLowerCase().split(WORD_SPLIT).filter((w) => w !== 'and');
  const first = ws.findIndex((w) => SCALE_WORD_SET.has(w));
  if (first <= 0 || ws.slice(first).some((w) => !SCALE_WORD_SET.has(w))) return 1;
  const head = parseWords(ws.slice(0, first).join(' '));
  return head > 0 && Number.isInteger(value / head) ? value / head : 1;
}

/**
 * Whether "400 737", matched as one figure grouped by a plain space, is one: not when the first group is no amount by
 * itself ("On May 5 300 people fled": a day) or when a name follows ("roughly 400 737 Max jets": a model number).
 * "12 500 Syrians" stays one figure: a plural is what is counted.
 */
function joinsGroups(text: string, start: number, space: number, end: number, s: Sentence): boolean {
  if (!isAmountContext(text, start, start + space, s, true)) return false;
  // a row of figures, as table cells joined by spaces: "Total 63 197 2,580" is 63, 197 and 2,580, "North 3 12 450 7"
  // is 3, 12, 450 and 7. A year before stays a year of its own: "In 2017 3 000 people fled" keeps 3 000
  if (isFigureRow(text, start, end, s)) return false;
  const name = /^\s+\p{Lu}[\p{L}-]*/u.exec(text.slice(end, end + 30));
  if (name && !/s$/.test(name[0])) return false;
  // a first group of three digits makes a figure of hundreds of thousands, written round ("250 000", "120 500");
  // "540 960 pixels" are two sizes
  const groups = text.slice(start, end).split(' ');
  if (groups[0]!.length === 3 && !groups.slice(1).every((g) => g.endsWith('00'))) return false;
  // after a determiner the first group may be a noun phrase of its own ("Of the 120 100 were released"): one figure
  // only when a counted noun follows ("the 7 000 people")
  const det = DETERMINER_BEFORE.exec(text.slice(Math.max(s.start, start - 12), start));
  if (det) {
    const next = NEXT_WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
    return !!next && !NOT_COUNTED_AFTER.has(next) && !/ed$/.test(next);
  }
  return true;
}

/** Another figure right after a figure, over a space, a tab or a "|": the next cell of a row ("63 197 2,580"). */
const FIGURE_AFTER = /^(?:[ \t]+|[ \t]*\|[ \t]*)[-+−]?\d/;
/** The figure before a figure, over the same separators, with its start: "3 |12 450", "2.1 -0.4". */
const FIGURE_BEFORE = /(?:^|[^\p{L}\p{N}.,])[-+−]?(\d[\d,.]*)%?(?:[ \t]+|[ \t]*\|[ \t]*)$/u;
/** Only figures after a figure up to the line's end: the rest of a table row ("24.1| 87 +19", "38| 112 1,450"). */
const ROW_TO_LINE_END = /^(?:(?:[ \t]+|[ \t]*\|[ \t]*)[-+−]?\d[\d,.]*%?)+[ \t]*(?:\n|$)/;
/** Most characters of a row read after a figure. */
const ROW_MAX_CHARS = 80;
/** A capitalised word that may be a row's name: "Herring", "Total". */
const ROW_LABEL_WORD = /^\p{Lu}/u;
/** Whether a figure has another figure right after or right before it: a cell of a row ("8 0 0 0"). */
function isInRow(text: string, start: number, end: number): boolean {
  return FIGURE_AFTER.test(text.slice(end, end + 4)) || FIGURE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
/** A figure and one space, right before a minus: "81 -26". */
const FIGURE_THEN_SPACE = /\d[ \t]$/;
/** What ends a row's figure: the line's end, or another separator and figure ("81 -26 | 4"). */
const FIGURE_ROW_AFTER = /^(?:[ \t]*(?:\n|$)|[ \t]+[-+−]?\d|[ \t]*\|)/;
const YEAR_FIGURE = /^(?:1[89]|20)\d\d$/;

/**
 * Whether the figure at `start`..`end` stands in a row of figures: another figure right after it, or a figure that is
 * no year right before it ("Sindh 4 120 35", "3 12 450 7"). Table cells joined by spaces read as such rows, and a
 * cell boundary is never a thousands separator nor the end of a name ("Khyber Pakhtunkhwa 38 112 1,450").
 */
function isFigureRow(text: string, start: number, end: number, s: Sentence): boolean {
  if (FIGURE_AFTER.test(text.slice(end, Math.min(s.end, end + 4)))) return true;
  const before = FIGURE_BEFORE.exec(text.slice(Math.max(s.start, start - 16), start));
  return !!before && !YEAR_FIGURE.test(before[1]!);
}

/**
 * Units glued to a figure by a hyphen: "14-year-old", "a 25-year partnership", "a 10-km march", "a 30-second clip", "a
 * six-inch blade", "a 250-acre site", "a 40-megawatt solar plant", "a 300-tonne crane", "a 500,000-square-foot
 * warehouse". Each is read as its unit of UNITS, the hyphens as spaces.
 */
const UNIT_COMPOUND_FORMS: readonly string[] = [
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'mile', 'km', 'kilometer', 'kilometre', 'metre', 'meter', 'foot', 'ft', 'inch',
  'acre', 'hectare', 'tonne', 'ton', 'megawatt', 'gigawatt', 'MW', 'GW', 'square-foot', 'square-feet', 'square-metre', 'square-meter',
  'square-kilometre', 'square-kilometer', 'square-mile',
  // the sea's mile: "inside the Philippines' 200-nautical-mile exclusive economic zone" (counted "nautical-mile exclusive
  // economic zone", with no unit)
  'nautical-mile',
  // volumes: "a 20-litre jerrycan", "a 55-gallon drum" (counted "litre", with no unit)
  'litre', 'liter', 'gallon',
  // science copy: "the 1.5-degree limit set in the Paris Agreement", "a 2-nanometre chip", "a 100-light-year span"
  'degree', 'nanometre', 'nanometer', 'light-year',
];
const UNIT_COMPOUND = new RegExp(`^-(${[...UNIT_COMPOUND_FORMS].sort((a, b) => b.length - a.length).join('|')})(?:-old)?(?![\\p{L}])`, 'iu');
/**
 * Words glued by a hyphen to a number (in words or figures) that make a compound counting nothing: the number is no
 * figure of the story ("Users must turn on two-factor authentication", "a six-figure salary", "a five-star hotel" is a
 * rating). `values` limits an entry to these numbers ("a one-time payment"; "a three-time champion" counts titles).
 * Every other compound counts its noun and keeps its number: "a three-bedroom house", "a two-goal lead", "a one-match
 * ban", "a three-judge panel" (three judges), "a six-storey building".
 */
const NON_COUNT_COMPOUNDS: readonly { id: string; noun: string; values?: readonly number[] }[] = [
  { id: 'compound/factor', noun: 'factor' }, // "two-factor authentication"
  { id: 'compound/figure', noun: 'figure' }, // "a six-figure salary", "a seven-figure deal"
  { id: 'compound/star', noun: 'star' }, // "a five-star hotel", "a four-star general": a rank
  { id: 'compound/way', noun: 'way' }, // "a one-way ticket", "a two-way street", "a three-way race"
  { id: 'compound/sided', noun: 'sided' }, // "a one-sided contest", "a two-sided market"
  { id: 'compound/dimensional', noun: 'dimensional' }, // "a three-dimensional model"
  { id: 'compound/pointer', noun: 'pointer' }, // "hit a three-pointer": a kind of shot
  { id: 'compound/one-time', noun: 'time', values: [1] }, // "a one-time payment"
  { id: 'compound/one-off', noun: 'off', values: [1] }, // "a one-off bonus"
  { id: 'compound/one-stop', noun: 'stop', values: [1] }, // "a one-stop shop"
  { id: 'compound/one-size', noun: 'size', values: [1] }, // "a one-size-fits-all approach"
  // "zero-emission buses", "zero-carbon power", "a zero-tolerance policy", "a zero-sum game": a kind, no count of none
  { id: 'compound/zero-emission', noun: 'emission', values: [0] },
  { id: 'compound/zero-emissions', noun: 'emissions', values: [0] },
  { id: 'compound/zero-carbon', noun: 'carbon', values: [0] },
  { id: 'compound/zero-tolerance', noun: 'tolerance', values: [0] },
  { id: 'compound/zero-sum', noun: 'sum', values: [0] },
  // a golf score against par: "shot a 7-under 65", "seven-under-par 65", "is 2-over for the tournament" (no 7 of anything)
  { id: 'compound/under-par', noun: 'under' },
  { id: 'compound/over-par', noun: 'over' },
];
/**
 * Words before "zero" that make it part of a name, no figure: "net zero" (a climate goal: "reach net zero by 2050"
 * gave a number 0), "ground zero" (a place), "year zero".
 */
const ZERO_NAME_BEFORE = new Set(['net', 'ground', 'year']);
const NON_COUNT_BY_NOUN = new Map(NON_COUNT_COMPOUNDS.map((c) => [c.noun, c]));
/** The word glued by a hyphen right after a number: "two-factor" → "factor". */
const GLUED_WORD = /^-(\p{L}+)(?![\p{L}])/u;

/** True when the number ending at `end` (of value `value`) makes a compound that counts nothing (NON_COUNT_COMPOUNDS). */
function isNonCountCompound(text: string, end: number, value: number): boolean {
  if (text.charCodeAt(end) !== 45) return false; // most numbers are not glued by "-"
  const m = GLUED_WORD.exec(text.slice(end, end + 16));
  const rule = m ? NON_COUNT_BY_NOUN.get(m[1]!.toLowerCase()) : undefined;
  return !!rule && (!rule.values || rule.values.includes(value));
}

/** Determiners right before a space-grouped figure: "the 7 000 people", "these 12 500". */
const DETERMINER_BEFORE = /\b(?:the|these|those|its|their|his|her|our|all)\s+$/i;
const NEXT_WORD_AFTER = /^\s+(\p{Ll}[\p{L}-]*)/u;
/** Words after a figure that make it the subject, not a count of them: "Of the 120 100 were released". */
const NOT_COUNTED_AFTER = new Set([
  'were', 'was', 'are', 'is', 'had', 'have', 'has', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'did', 'do', 'does', 'remain', 'left', 'of', 'and', 'or', 'to', 'in', 'on',
]);

/** The word before `pos` in the sentence, lower case, over a "between": "aged (between) 15 and 17" → "aged". */
/** The earlier members of a list of ages: "aged 20, 23 and 27", "aged 82, 87, 91" (23, 27 took the event "aged"). */
const AGE_LIST_BEFORE = new RegExp(`\\b(?:${[...AGE_WORDS].join('|')})\\s+\\d{1,3}(?:\\s*,\\s*\\d{1,3})*\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)$`);
/** What may follow a member of a list of ages: its punctuation or the list's "and"/"or" ("two boys aged 15 and 3 dogs": no age). */
const AGE_LIST_AFTER = /^(?:\s*[,.;:)]|\s+(?:and|or)\b|\s*$)/;
/** Oldest age read from a bare figure in apposition (isAgeApposition). */
const MAX_AGE = 120;
/** A capitalised word (a name's last) then the comma or bracket opening an apposition: "Whitaker, ", "Verma (". */
const NAME_BEFORE_AGE = /\p{Lu}[\p{L}'’.-]*(?:,\s*|\s\()$/u;

/**
 * Whether the figure text[start..end] stands alone between a name and the end of its apposition: ", 34," or ", 19."
 * or " (58)"; not "On Monday, 12 people", nor "in March, 2021" (no age).
 */
function isAgeApposition(text: string, s: Sentence, start: number, end: number): boolean {
  const before = NAME_BEFORE_AGE.exec(text.slice(Math.max(s.start, start - 40), start));
  if (!before) return false;
  const after = text.slice(end, Math.min(s.end + 1, end + 2));
  return before[0].endsWith('(') ? after.startsWith(')') : /^(?:,|\.?$|\.\s)/.test(after);
}

function wordBefore(text: string, s: Sentence, pos: number): string {
  // word by word, not one backtracking pattern (a flood of letters would make it quadratic)
  const words = text.slice(Math.max(s.start, pos - 24), pos).trimEnd().split(SPACES);
  let w = words.pop()?.toLowerCase() ?? '';
  if (w === 'between') w = words.pop()?.toLowerCase() ?? '';
  return w;
}

/** A sports stat line's link after its first figure: "14-of-22", "3-for-4". */
const STAT_LINE_AFTER = /^-(?:of|for)-\d/u;
/**
 * A bare figure after "a", maybe with a golf score against par between: the figure names a round or a score, not a
 * count of what the verb acted on ("Scheffler shot a 7-under 65", "McIlroy fired a 66", "carded a 71"), which gave
 * 65 with the event "shot". A count of people takes no "a" ("gunmen shot 5 people").
 */
const ROUND_BEFORE = /(?:^|[^\p{L}])an?[ \t]+(?:[\p{L}\d]+-(?:under|over)(?:-par)?[ \t]+)?$/iu;

/** A figure or a number word and a hyphen right before a hedge word: "7-" of "7-under 65", "two-" of "two-over 74". */
const GLUED_TO_FIGURE = /(?:\d|(?:^|[^\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))-$/iu;

/** Start of the hedge before a figure, or the figure's own start: "some 70", "more than 20", "up to $1 billion". */
function hedgeStart(text: string, s: Sentence, coreStart: number): number {
  const before = text.slice(Math.max(s.start, coreStart - 25), coreStart);
  for (const re of HEDGE_RES) {
    const hm = re.exec(before);
    if (!hm) continue;
    const at = coreStart - (before.length - before.lastIndexOf(hm[1]!));
    // "a 7-under 65", "a two-over 74": a golf score against par before the round's strokes, no "under 65" (less than
    // 65, approximate)
    if (GLUED_TO_FIGURE.test(text.slice(Math.max(s.start, at - 12), at))) return coreStart;
    // "police estimated 15,000": a verb, not a hedge (VERB_HEDGES)
    const verbHedge = VERB_HEDGES.find((h) => h.words === hm[1]!.toLowerCase());
    // "handed over four villages", "a dispute over two islands": a particle or a preposition (NON_HEDGE_BEFORE)
    const nonHedge = NON_HEDGE_BEFORE.filter((h) => h.words === hm[1]!.toLowerCase());
    if (nonHedge.length) {
      const prev = text.slice(s.start, at).trimEnd().split(SPACES).pop()?.toLowerCase() ?? '';
      if (nonHedge.some((h) => h.before.includes(prev))) return coreStart;
    }
    if (verbHedge) {
      const prev = text.slice(s.start, at).trimEnd().split(SPACES).pop()?.toLowerCase() ?? '';
      if (prev && !verbHedge.after.includes(prev)) return coreStart;
    }
    return at;
  }
  return coreStart;
}

/** Spans of telephone numbers in a sentence (document offsets): "Call +44 20 7946 0958", "the hotline 0800 123 456". */
function findPhones(s: Sentence): { start: number; end: number }[] {
  if (!PHONE_HINT.test(s.text)) return [];
  const out: { start: number; end: number }[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(s.text); m; m = PHONE.exec(s.text)) {
    if (m[0].replace(/\D/g, '').length >= PHONE_MIN_DIGITS) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

/**
 * Fractions and ratios as one proportion each (unit FRACTION_UNIT, value between 0 and 1), their spans added to
 * `taken`. An analyst reads "Three-quarters of the houses were destroyed" as 75 % of them, not as 3 "quarters";
 * "One in five houses was damaged" says a fifth of the houses, not that 5 houses were. So, like a percentage, a
 * fraction counts nothing (counts null) and takes the verb of what it is a share of ("destroyed", "damaged").
 * A fraction of a scale is a count: "a quarter of a million people" → 250 000 people.
 */
function findFractions(text: string, s: Sentence, out: Candidate[], taken: { start: number; end: number }[]): void {
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(s.text); m; m = FRACTION.exec(s.text)) {
    const g = m.groups ?? {};
    const coreStart = s.start + m.index;
    let end = coreStart + m[0].length;
    if (taken.some((t) => coreStart < t.end && end > t.start)) continue;
    let value: number;
    if (g.rn) {
      // "one in five houses", not "one in five years" (a time, with its own unit) or "1 in 3,000 km"
      const a = parseFigure(g.rn);
      const b = parseFigure(g.rd!);
      if (!(a >= 1 && b > a) || matchUnit(text.slice(end, Math.min(s.end, end + 30)))) continue;
      // a ratio has a small first term: "three in ten voters", not a cricket score "four for 24 in 48 balls"
      if (a > RATIO_MAX_FIRST) continue;
      value = a / b;
    } else {
      if ((g.ba || g.bhalf) && !BY_FRACTION_END.test(text.slice(end, Math.min(s.end, end + 12)))) continue;
      const den = g.half || g.bhalf ? 2 : DENOMINATOR_OF.get((g.den ?? g.aden ?? g.baden)!.toLowerCase())!;
      const num = g.a || g.ba || g.half || g.bhalf ? 1 : parseWords(g.num!);
      if (g.half) {
        // "More than half of the residents fled"; not "the second half of the match", "the other half of it"
        const prev = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(s.start, coreStart - 15), coreStart))?.[1]?.toLowerCase();
        if (prev && (FRACTION_BLOCKERS.has(prev) || PART_BEFORE_HALF.has(prev))) continue;
      }
      if (num >= den) continue; // "two halves of the match"
      if (g.a) {
        // "a cup and a half of honey", "two and a third times": part of a mixed amount, not a share
        const prev = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(s.start, coreStart - 15), coreStart))?.[1]?.toLowerCase();
        if (den === 2 || prev === 'and') continue;
      }
      if (g.sep && g.sep !== '-') {
        // spaced: "two thirds of the votes", but not "the first three quarters of 2017" (periods)
        if (!/^\s+of\b/i.test(text.slice(end, end + 5))) continue;
        const prev = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(s.start, coreStart - 15), coreStart))?.[1]?.toLowerCase();
        if (prev && FRACTION_BLOCKERS.has(prev)) continue;
      }
      value = num / den;
    }
    const start = hedgeStart(text, s, coreStart);
    const scale = FRACTION_OF_SCALE.exec(text.slice(end, Math.min(s.end, end + 25)));
    if (!scale && FRACTION_OF_ONE.test(text.slice(end, end + 8))) continue;
    const base = { start, coreStart, approximate: start < coreStart, needsNoun: false, high: null };
    if (scale) {
      end += scale[0].length;
      out.push({ ...base, end, value: scaled(value, SCALES[scale[1]!.toLowerCase()]!), unit: null, unitKind: null, kind: 'count' });
    } else {
      // 4 decimals: "two-thirds" → 0.6667, as a share is quoted
      out.push({ ...base, end, value: Math.round(value * 1e4) / 1e4, unit: FRACTION_UNIT, unitKind: 'fraction', kind: 'measure' });
    }
    taken.push({ start: coreStart, end });
  }
}

/** "five" → 5, "12" → 12, "1,000" → 1000. */
function parseFigure(figure: string): number {
  return /\d/.test(figure) ? Number(figure.replace(GROUP_SEPARATORS, '')) : parseWords(figure);
}

/** Longest unit written right after a figure: "8 km", "30km", "10 per cent", "two Jordanian dinars". The forms go
 *  into two patterns, longest first: the long ones case-insensitive ("Per cent"), the short ones as written ("MW",
 *  "m"). One regex run per figure instead of one per form (122 of them), and two compilations per thread instead
 *  of 122: those cost about 90 ms on each worker's first pages. */
const UNIT_PATTERNS = [
  { forms: UNIT_LIST.filter((u) => u.form.length > 3), fold: true },
  { forms: UNIT_LIST.filter((u) => u.form.length <= 3), fold: false },
].map(({ forms, fold }) => {
  const byKey = new Map<string, (typeof UNIT_LIST)[number]>();
  for (const u of forms) if (!byKey.has(unitKey(u.form, fold))) byKey.set(unitKey(u.form, fold), u); // first (longest) wins
  const alternatives = forms.map((u) => esc(u.form).replace(/ /g, '\\s+')).join('|');
  return { re: new RegExp(`^[\\s\\u00a0]?(${alternatives})(?![\\p{L}\\p{N}²³])`, fold ? 'iu' : 'u'), fold, byKey };
});
/** "Sq.  KM" → "sq. km": how a matched form is looked up. */
function unitKey(text: string, fold: boolean): string {
  const key = text.replace(/\s+/g, ' ');
  return fold ? key.toLowerCase() : key;
}
/**
 * Short forms that are units only glued to the figure, never after a space: "300m" (not "5 m[embers]"), "38C",
 * "105F", "312p".
 */
const GLUED_ONLY_UNITS = new Set(['m', 'C', 'F', 'p']);
/** `afterScale`: a scale word came before ("5 billion won"), which some forms need. */
function matchUnit(after: string, afterScale = false): { code: string; kind: string; length: number; figuresOnly?: boolean } | null {
  if (!/^[\s\u00a0]?[\p{L}%$£€°º]/u.test(after)) return null;
  for (const p of UNIT_PATTERNS) {
    const m = p.re.exec(after);
    if (!m) continue;
    const u = p.byKey.get(unitKey(m[1]!, p.fold));
    if (!u) return matchUnitFormByForm(after, afterScale); // a case fold toLowerCase does not make ("ſ" for "s"): the slow way
    // "5 m" would read "5 members" wrongly without the boundary; "m" also needs no space for metres: "300m".
    if (GLUED_ONLY_UNITS.has(u.form) && /^\s/.test(after)) return null;
    if (u.afterScaleOnly && !afterScale) return null;
    return { code: u.code, kind: u.kind, length: m[0].length, figuresOnly: u.figuresOnly };
  }
  return null;
}
/** The same, one pattern per form: for the rare match whose folded text is not a key. */
function matchUnitFormByForm(after: string, afterScale: boolean): { code: string; kind: string; length: number; figuresOnly?: boolean } | null {
  for (const u of UNIT_LIST) {
    const m = new RegExp(`^[\\s\\u00a0]?${esc(u.form).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}²³])`, u.form.length <= 3 ? 'u' : 'iu').exec(after);
    if (!m) continue;
    if ((GLUED_ONLY_UNITS.has(u.form) && /^\s/.test(after)) || (u.afterScaleOnly && !afterScale)) continue;
    return { code: u.code, kind: u.kind, length: m[0].length, figuresOnly: u.figuresOnly };
  }
  return null;
}

const POUND_WEIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${POUND_WEIGHT_CUES.before.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const POUND_BODY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${POUND_WEIGHT_CUES.bodyBefore.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const POUND_HEAVIER_AFTER = new RegExp(`^\\s+(?:${POUND_WEIGHT_CUES.heavier.words.join('|')})(?![\\p{L}])`, 'iu');
// the thing weighed is a lower-case noun ("500 pounds of cocaine") or, for explosives and drugs, a capitalised code
// ("three pounds of C-4", "50 pounds of TNT", "pounds of PCP"); "500 pounds of NHS funding" stays money (its next word)
const POUND_OF_AFTER = /^\s+of\s+(?:([\p{Ll}][\p{L}'’-]*)|[\p{Lu}\d](?:-?[\p{Lu}\d])+(?![\p{L}\d'’-])(?:\s+([\p{Ll}][\p{L}'’-]*))?)/u;
const POUND_OF_MONEY = new Set(POUND_WEIGHT_CUES.ofMoney.words);
/**
 * Whether a bare "pounds" (start: the figure with its hedge, end: after "pounds") is a weight (POUND_WEIGHT_CUES):
 * "weighs two pounds less", "seized 500 pounds of cocaine", "five pounds heavier".
 */
function isPoundWeight(text: string, s: Sentence, start: number, end: number, scaled: boolean): boolean {
  if (POUND_WEIGHT_BEFORE.test(text.slice(Math.max(s.start, start - 30), start))) return true;
  if (scaled) return false;
  if (POUND_BODY_BEFORE.test(text.slice(Math.max(s.start, start - 30), start))) return true;
  const after = text.slice(end, Math.min(s.end, end + 40));
  if (POUND_HEAVIER_AFTER.test(after)) return true;
  const of = POUND_OF_AFTER.exec(after);
  return !!of && !POUND_OF_MONEY.has((of[1] ?? of[2] ?? '').toLowerCase());
}

/** Lines of a video picture, written with a glued "p": "1080p", "720p" are formats, not pence (GBX). */
const VIDEO_RESOLUTIONS = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);
/** The glued "p" of a video resolution: "1080p", "1080p60". */
const GLUED_P = /^p(?![\p{L}])/u;

/** The mark after a numbered item's number: "1. ", "2) ", or the ")" of "(3) ", then a space or the line's end. */
const ITEM_MARK_AFTER = /^[.)](?:[ \t\u00a0]|\n|$)/;
/** Most digits of a numbered item's number: "12. Requests …" (a year or a count is longer or has no mark). */
const ITEM_NUMBER_MAX_DIGITS = 3;
const WHOLE_DIGITS = /^\d+$/;
/**
 * Whether the figure is the number of a numbered paragraph or list item, at the start of a line with "." or ")" after
 * it: "1. Over the past day, 34 combat engagements …", "2) Air defence units …", "(3) Requests the Secretary-General
 * …". Such numbers order the statement's points and count nothing.
 */
function isItemNumber(text: string, start: number, end: number): boolean {
  if (end - start > ITEM_NUMBER_MAX_DIGITS || !WHOLE_DIGITS.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 2);
  if (!ITEM_MARK_AFTER.test(after)) return false;
  let i = start - 1;
  const paren = text[i] === '(';
  if (paren) {
    if (after[0] !== ')') return false;
    i--;
  }
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || text[i] === '\n';
}

/** False for digits that are parts of dates, times, years, ordinals, codes, references or names. */
/**
 * `firstGroup`: the digits are the first group of a space-grouped figure, whose next group is no other cell of a row:
 * "Schobert 74 100%" is a row label, 74 and 100%, never 74,100%.
 */
function isAmountContext(text: string, start: number, end: number, s: Sentence, firstGroup = false): boolean {
  const digits = text.slice(start, end);
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(s.start, start - 20), start);
  if (VIDEO_RESOLUTIONS.has(digits) && GLUED_P.test(after)) return false; // "records video in 1080p
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return false; // "101st Division", "the 5th"
  if (/^:\d/.test(after) || /\d:$/.test(before)) return false; // "6:00am"
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hrs\b|o'clock)/i.test(after)) return false;
  // "passed 286-134", "a 52-48 vote": a vote's tally, two counts of votes (before the code and score rules below)
  if (isTallySide(text, start, end, s)) return true;
  if (/^-\d{2,}/.test(after) || /\d-$/.test(before)) {
    if (/^-\d{3}/.test(after) || /\d{3}-$/.test(before)) return false; // "888-847-6592", "2013-2014"
  }
  // "a 6-3 victory", "won 2-1": scores are not amounts; a range keeps its unit ("15-20 percent")
  if (/^[-–]\d{1,2}(?!\d)/.test(after) && /^\d{1,2}$/.test(digits) && !/^[-–]\d+\s*(?:%|per\s?cent|percent|km|miles?|kilomet)/i.test(after)) return false;
  if (/\[$/.test(before) && /^\]/.test(after)) return false; // "[1]" references
  // coordinates "33°47′N" (a temperature "41°C" is a measure)
  if ((/^[°′″]/.test(after) && !/^[°º]\s?[CF](?![\p{L}])/u.test(after)) || /[°′″]$/.test(before)) return false;
  if (/^\/\d/.test(after)) return false; // "24/7", "5/6"
  if (/^\s?[-–]\s?\d{1,2}\s+\p{L}+/u.test(after) && MONTHS.has((/(\p{L}+)/u.exec(after)?.[1] ?? '').toLowerCase())) return false; // "5-6 April"
  if (/^[\p{L}]/u.test(after) && !GLUED_UNIT_AFTER.test(after)) return false; // "3D", "A320"
  const prevWord = /([\p{L}.]+)\s+$/u.exec(before)?.[1] ?? '';
  const nextWord = /^[\s.]*([\p{L}]+)/u.exec(after)?.[1] ?? '';
  if (MONTHS.has(prevWord.replace(/\.$/, '').toLowerCase()) || MONTHS.has(nextWord.toLowerCase())) return false; // "May 11", "11 May"
  if (CODE_WORDS.has(prevWord.replace(/\.$/, '').toLowerCase())) return false; // "Passcode 3080897"
  if (GRADE_NUMBERS.before.includes(prevWord.toLowerCase()) && /^\d$/.test(digits) && +digits <= GRADE_NUMBERS.max) return false; // "a phase 3 trial"
  // an emergency line's number names the line: "the first 911 call", "a 999 call", "911 dispatchers" (EMERGENCY_LINES)
  if (EMERGENCY_LINES.numbers.includes(digits) && EMERGENCY_LINES.after.includes(nextWord.toLowerCase())) return false;
  if (EMERGENCY_LINES.lines.includes(digits) && EMERGENCY_LINES.before.includes(prevWord.toLowerCase()) && LINE_END_AFTER.test(after)) return false;
  // A year: "in 2016", "since 2011" (but "2000 troops" counts). A year names the period of some nouns, never counts
  // them: "the 2014 elections", "its 2023 sales", "fiscal 2025 earnings".
  if (/^\d{4}$/.test(digits) && +digits >= 1800 && +digits <= 2100) {
    if (!/^\s+[a-z]+s\b/.test(after) || /^\s+(?:was|is|has|as|this|its|his|us|has)\b/.test(after)) return false;
    if (!isPluralAfterYear(nextWord) || DAY_BEFORE_YEAR.test(before)) return false;
    if (YEAR_PERIOD_NOUNS.has(nextWord) || YEAR_PERIOD_BEFORE.has(prevWord.toLowerCase())) return false;
  }
  if (/^\d{1,5}$/.test(digits) && STREET_AFTER.test(text.slice(end, end + 60))) return false; // "outside 10 Downing Street"
  if (/^\d{1,5}$/.test(digits) && BLOCK_OF_AFTER.test(after)) return false; // "the 400 block of Salem Avenue"
  // an aircraft model's number without its maker, after the article wrote them together or after the maker's
  // possessive: "Boeing's 737 production", "builds the 737 fuselage" (MODEL_MAKERS); of three or four figures, and
  // not before people or a plural: "an ATR 72-500 … killing all 72 people on board" counts
  if (/^\d{2,4}$/.test(digits) && (MAKER_POSSESSIVE_BEFORE.test(before) ||
    (/^\d{3,4}$/.test(digits) && !COUNT_AFTER_MODEL.test(after) && !/\ball\s+$/i.test(before) && makerModelIn(text, digits)))) return false;
  // "bought a 737 Max", "an 8 Series": one thing named by its model number (a single article, then a name); "a 84 MW
  // plant" (a unit) and "a 300 Syrians" (plural) stay
  if (/^\d+$/.test(digits) && /(?:^|\s)an?\s+$/i.test(before) && MODEL_NAME_AFTER.test(after) && !matchUnit(text.slice(end, end + 30))) return false;
  // "ordered 400 737 Max jets", "delivered 12 A350 Ultra jets": a figure right after a count and before a name is the
  // model the count is of (it counted "Max jets", and 400 nothing). Not in a row of figures ("63 197 2,580")
  if (/^\d{2,4}$/.test(digits) && COUNT_BEFORE_MODEL.test(before) && MODEL_NAME_AFTER.test(after) && !matchUnit(text.slice(end, end + 30))) return false;
  // Part of a name: "Resolution 2254", "Boeing 737" (a capitalised word right before, not the sentence start).
  const pw = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(before);
  // A row label is no name: "Moderate Party 24.1 87 +19", "Khyber Pakhtunkhwa 38 112 1,450" (only figures follow to
  // the line's end); "Apple Watch Series 3 38mm" stays a name
  // A scale word after the figure makes it an amount, which no model number has: "orbits the Sun 1.5 million
  // kilometres from Earth" (the figure was lost as part of "Sun 1.5")
  if (pw && start - pw[0].length > s.start && !/[,\s]/.test(digits) && !/^\s*(?:%|per\s?cent|percent)/i.test(after) && !SCALE_WORD_AFTER.test(after) && (firstGroup || !ROW_TO_LINE_END.test(text.slice(end, end + ROW_MAX_CHARS)))) {
    const w = pw[1]!.toLowerCase();
    if (!HEDGE_LIST.includes(w) && !['some', 'about', 'over', 'nearly', 'almost', 'around', 'approximately'].includes(w) && !WEEKDAYS.has(w) && !isToldObject(text, start - pw[0].length, s)) return false;
  }
  return true;
}

/** A capitalised word after "one" that ends its phrase: "and one Australian, the airline said" (group 1). */
const ONE_DEMONYM_AFTER = /^\s+(\p{Lu}\p{Ll}+)(?=\s*(?:[,.;:)]|$|\s+(?:and|or|were|was|died|among|on|in|who)\b))/u;
/** A model maker's possessive right before a figure: "Boeing's 737 production" (MODEL_MAKERS). */
const MAKER_POSSESSIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MODEL_MAKERS.words.join('|')})['’]s\\s+$`, 'u');
/** Words after a figure that make it a count, whatever model shares its number: "72 people", "190 on board", "737 jets". */
const COUNT_AFTER_MODEL = /^\s+(?:\p{Ll}+s\b|people|crew|men|women|children|on\s+board|aboard|were|died|survived)/u;
/** Whether the text writes `digits` as a model right after its maker: "a Boeing 737 MAX 9", "the Bell 412". */
function makerModelIn(text: string, digits: string): boolean {
  if (text !== modelsOf.text) {
    // once per article, not a pattern built and run over the whole text for every figure of three or four digits
    modelsOf.text = text;
    modelsOf.numbers = new Set([...text.matchAll(MAKER_MODEL)].map((m) => m[1]!));
  }
  return modelsOf.numbers.has(digits);
}
/**
 * A model's number right after its maker, or its maker's possessive: "a Boeing 737 MAX 9", "the Bell 412", "30 of
 * Boeing's 787-9 Dreamliner jets" (which makes "five 787 Dreamliner sales" a model's) (group 1).
 */
const MAKER_MODEL = new RegExp(`(?<![\\p{L}])(?:${MODEL_MAKERS.words.join('|')})(?:['’]s)?\\s+(\\p{N}+)(?!\\p{N}|[,.]\\p{N})`, 'gu');
/** The model numbers of the last article makerModelIn read. */
const modelsOf: { text: string | null; numbers: Set<string> } = { text: null, numbers: new Set() };
/** A scale word after a figure: "1.5 million", "2 billion". */
const SCALE_WORD_AFTER = /^\s+(?:thousand|million|billion|trillion)(?![\p{L}])/iu;
/** A count in digits right before a figure, over one space, after a word: "ordered 400 [737]", "The 30 [767]". */
const COUNT_BEFORE_MODEL = /(?:^|[\s(])\p{L}+\s+\d{1,3}(?:,\d{3})*\s$/u;
/** A capitalised singular word after a figure: "a 737 Max", "an 8 Series" (not "a 300 Syrians", plural). */
const MODEL_NAME_AFTER = /^\s+\p{Lu}[\p{L}-]*(?<!s)(?![\p{L}\p{N}-])/u;
/** A capitalised word, or a capitalised word and "of", right before a number word: "the Big Six", "Group of Seven". */
const NAME_BEFORE_WORD = /\p{Lu}[\p{L}'’-]*(?:\s+of)?\s+$/u;
const NAME_AFTER_WORD = /^\s+\p{Lu}/u;
/**
 * Lower-case words, and the short words a title-case headline keeps in lower case: a sentence with no other lower-case
 * word is a headline ("Gunmen Kill Four in Northern Town"), where capitals say nothing of names.
 */
const LOWER_WORD = /(?<![\p{L}'’])\p{Ll}+(?![\p{L}])/gu;
const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'from', 'by', 'of', 'in', 'with', 'as', 'vs', 'into', 'over']);
/**
 * Whether a spelled-out number written with a capital inside a sentence is part of a name with the capitalised word
 * next to it: "the Big Six clubs", "the Group of Seven", "the Chicago Seven", "the Fab Four". A number at the start
 * of a sentence ("Four people died"), in lower case ("the big four banks") or in a title-case headline is read.
 */
function isNameNumberWord(text: string, s: Sentence, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text[start] ?? '') || start === s.start) return false;
  const before = text.slice(Math.max(s.start, start - 30), start);
  // the first word of the sentence or of a quotation or a line: "Officials said: Four people died"
  if (/(?:^|[:"“‘(\n]\s*)$/u.test(before) && !/\p{L}\s+$/u.test(before)) return false;
  // the story's first word after a wire dateline: "YEREVAN (Reuters) - Two Armenian servicemen were killed" (the
  // capital is the story's, not a name's: "Armenian" after it made "Two" part of a name and the toll went missing)
  if (/[-–—)]\s+$/u.test(before) && findDateline(text, s)?.bodyStart === start) return false;
  const prev = NAME_BEFORE_WORD.exec(before);
  const byName = (!!prev && !HEDGE_LIST.includes(prev[0].trim().toLowerCase())) || NAME_AFTER_WORD.test(text.slice(end, end + 3));
  if (!byName) return false;
  return (s.text.match(LOWER_WORD) ?? []).some((w) => !TITLE_CASE_SMALL.has(w));
}

/** Units and scales glued to a figure, which make it no code like "3D" or "A320": "300m", "38C", "12bp", "15p". */
// ("1.5TB of files": an amount of data, unit/tb; not "GB", whose glued form names a product's model: "Phone 5 64GB model")
// ("11TWh", "8GWh", "2.5GtCO2e", "120MtCO2": energy and emissions as climate copy writes them; "11TWh" was no number)
const GLUED_UNIT_AFTER = /^(?:k|K|M|m|mn|bn|km|mi|ft|MW|GW|kg|cm|mm|m3|m²|km²|km2|h|mph|kph|kmh|bps|bp|C|F|p|TB|PB|TWh|GWh|MWh|kWh|TW|GtCO2e?|MtCO2e?|Gt)(?![\p{L}])/u;

/** Spaces between words, for reading the few words before a name one by one. */
const SPACES = /\s+/;
/** Most capitalised words read back over before the hearer's verb: "told [Al] Jazeera 15 …". */
const TOLD_NAME_MAX_WORDS = 2;
/**
 * Whether the capitalised word at `nameStart` is the hearer of a telling verb, so the figure after it opens the
 * reported clause: "Officials told Reuters 40 people had died", "He told the BBC 300 were missing". A name with a
 * number is otherwise one name ("Resolution 2254", "Boeing 737").
 */
function isToldObject(text: string, nameStart: number, s: Sentence): boolean {
  // word by word, not one backtracking pattern: "told (the) (Al) " before the last word of the name
  const words = text.slice(Math.max(s.start, nameStart - 40), nameStart).trim().split(SPACES);
  for (let n = 0; n < TOLD_NAME_MAX_WORDS && words.length > 1 && /^\p{Lu}/u.test(words[words.length - 1]!); n++) words.pop();
  if (words.length > 1 && words[words.length - 1]!.toLowerCase() === 'the') words.pop();
  const verb = words[words.length - 1]?.toLowerCase() ?? '';
  return !!CUE_FORMS.get(verb)?.verb.takesObject;
}

/**
 * A figure times its scale without binary noise: 4.1 × 1e9 is 4099999999.9999995 in floating point, and "$4.1bn"
 * must read 4 100 000 000. Fifteen significant digits hold every amount written in an article.
 */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** "twenty-five" → 25, "two hundred and fifty" → 250, "five million" → 5 000 000. */
export function parseWords(words: string): number {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || !w) continue;
    if (w in NUMBER_WORDS) current += NUMBER_WORDS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    }
  }
  return total + current;
}

/**
 * Adds counts and event from the tagged sentence and pushes the numbers. `sentenceStart`: where the sentence of the
 * window starts, so a breakdown finds the toll it is part of ("killed 14 civilians, including three children").
 */
function describe(text: string, cands: Candidate[], terms: Term[], out: NumberMention[], sentenceStart: number, tableStarts: ReadonlySet<number>): void {
  const firstOut = out.length;
  // `leaves`: the list's verb leaves its objects in a state ("left 5,000 people homeless and 200 missing")
  let lastObject: { end: number; event: string; leaves?: true } | null = null;
  // end of the previous figure when a preposition governs it: "in 3 villages and 5 towns" lists the preposition's objects
  let prepObjectEnd = -1;
  // counted phrases opened by a participle ("12 wounded civilians"), whose participle is the event if nothing else is
  const participleEvents: { n: NumberMention; participle: string }[] = [];
  // candidates and terms are both in text order: two pointers, not a search per candidate
  let first = 0;
  let last = -1;
  let prev: { start: number; end: number } | null = null;
  for (let c of cands) {
    while (first < terms.length && terms[first]!.end <= c.start) first++;
    while (last + 1 < terms.length && terms[last + 1]!.start < c.end) last++;
    const firstIdx = first < terms.length ? first : -1;
    if (c.metresOrMillion && isMillionOf(text, terms, c, firstIdx, last)) c = { ...c, value: scaled(c.value, SCALES.m!), high: c.high === null ? null : scaled(c.high, SCALES.m!), unit: null, unitKind: null, kind: 'count' };
    if (c.letterScale) {
      if (!isLetterScaleOf(text, terms, c, firstIdx, last, tableStarts)) continue; // "a 5K run", "3M said": no amount
      c = { ...c, value: scaled(c.value, c.letterScale), high: c.high === null ? null : scaled(c.high, c.letterScale) };
    }
    let counts: string | null = null;
    let end = c.end;
    let npEnd = last; // index of the last term of the figure or its noun phrase
    let undergone: string | null = null; // a participle before the counted noun that says what the group underwent
    let group: string | null = null;
    let pronounPart = false;
    if (c.kind === 'count' && last >= 0) {
      let np = countedPhrase(text, terms, last + 1, c.end, c.value > 1);
      // "12 wounded civilians": the participle is a modifier where the figure cannot be its subject; "Of those held,
      // 12 faced charges" keeps "faced" as the verb (and counts nothing)
      if (np?.participle !== undefined && !keepsParticiple(text, terms, np, firstIdx, prev)) np = countedPhrase(text, terms, last + 1, c.end, c.value > 1, false);
      if (np?.participle !== undefined && !DESCRIPTIVE_PARTICIPLES.has(terms[np.participle]!.normal)) undergone = terms[np.participle]!.text;
      if (np?.group) {
        // "14 of the dead were children" counts the children, "12 of the wounded were in serious condition" the
        // wounded; the group word is the event
        group = terms[np.lastIdx]!.text;
        const part = complementPhrase(text, terms, np.lastIdx + 1);
        if (part) {
          counts = text.slice(part.start, part.end);
          npEnd = part.lastIdx;
          np = null;
        }
      } else if (!np && terms[last + 1]?.normal === 'of' && BREAKDOWN_PRONOUNS.has(terms[last + 2]?.normal ?? '') && !isTermBreak(text, terms[last]!, terms[last + 1]!)) {
        // "killed nine people, six of them children": a part of the toll, counting the noun after the pronoun
        pronounPart = true;
        npEnd = last + 2;
        const part = complementPhrase(text, terms, last + 3);
        if (part) {
          counts = text.slice(part.start, part.end);
          npEnd = part.lastIdx;
        }
      }
      if (np) {
        npEnd = np.lastIdx;
        // `9 “fighters”`, `140 million monthly active "businesses"`: a scare-quoted noun keeps its closing mark, so
        // the quotes of the mention and of what it counts stay balanced
        const quotedHead = CLOSING_QUOTE.test(text[np.end] ?? '') && OPENING_QUOTE.test(text[terms[np.lastIdx]!.start - 1] ?? '');
        const npClose = quotedHead && terms[np.lastIdx]!.start - 1 > np.start ? np.end + 1 : np.end;
        counts = text.slice(np.start, npClose);
        if (!np.partitive) end = Math.max(end, np.end);
        if (end === np.end && quotedHead) end++;
        // "a three-bedroom house", "a six-storey building", "a nine-member crew": the noun glued to the number is what
        // it counts (three bedrooms, six storeys, nine members); the noun after the compound is the thing it describes.
        // The event stays the whole phrase's ("The six-storey building collapsed")
        const glued = gluedNoun(text, terms, last + 1, c.end, np);
        if (glued) {
          counts = text.slice(glued.start, glued.end);
          end = glued.end;
        }
      } else if (counts === null && !pronounPart) {
        // "a three-judge panel ruled", "a 100-seat majority": the glued noun the tagger read as a verb ("judge",
        // "seat") is what is counted, and the phrase after it is what the compound describes, not the figure's verb
        const glued = gluedVerbNoun(text, terms, last + 1, c.end);
        if (glued) {
          counts = glued.term.text;
          end = glued.term.end;
          npEnd = glued.lastIdx;
        }
      }
    } else if ((c.unit === FRACTION_UNIT || c.unit === MAGNITUDE_UNIT) && last >= 0) {
      // "one in five houses was damaged": the event is after the whole; "of the houses" is read by rightEvent.
      // "A magnitude 6.4 earthquake struck": the quake struck, and the 6.4 counts no earthquakes
      const np = countedPhrase(text, terms, last + 1, c.end);
      if (np && !np.partitive) npEnd = np.lastIdx;
    }
    // "Among the dead were five Indians, four Russians and one Australian": a singular demonym after "one" is the
    // person counted (the phrase reader takes it for an adjective, and "one" went missing from the victims' list)
    if (c.needsNoun && !counts && c.value === 1 && !c.unit) {
      const demonym = ONE_DEMONYM_AFTER.exec(text.slice(c.end, c.end + 30));
      if (demonym && countryOfDemonym(demonym[1]!)) {
        counts = demonym[1]!;
        end = c.end + demonym[0].length;
      }
    }
    if (c.needsNoun && !counts) continue;
    let event: string | null = null;
    // "killed 20 people in 3 villages and 5 towns": a list joined to a preposition's object continues that object, not
    // the verb's ("abducted 45 women and set fire to 60 houses and 12 shops" before the phrase was known); "$19,000 to
    // a 401(k) and $6,000 to an IRA" is joined to the verb's object
    const afterPrepObject = prepObjectEnd >= 0 && LIST_JOIN.test(text.slice(prepObjectEnd, c.start));
    prepObjectEnd = -1;
    let prepObject = afterPrepObject;
    if (!(c.unitKind && NO_EVENT_UNITS.has(c.unitKind)) && firstIdx >= 0) {
      const left = leftGovernor(text, terms, firstIdx, prev);
      // "The blast left 12 people dead", "left 5,000 people homeless and 200 missing": a verb that leaves its object
      // in a state, or a list going on after one (the tagger may read "left" as an adjective: not by its tag)
      const leaves: boolean = STATE_LEAVING_VERBS.has(leftWord(terms, firstIdx)) || (left.kind === 'list' && lastObject !== null && lastObject.leaves === true);
      if (left.kind === 'prep') {
        prepObjectEnd = end;
        prepObject ||= !CLAUSE_OPENERS.has(leftWord(terms, firstIdx));
      }
      const cue = left.kind === 'verb' ? CUE_FORMS.get(left.text.toLowerCase()) : undefined;
      if (left.kind === 'verb' && cue) {
        // "The SDF said 12 fighters were killed": what the fighters underwent follows them, not the reporting verb.
        // A cue that can take the figure as object needs a clear clause after it (an auxiliary or a past form):
        // "announced a $100m interest-free loan" is no clause, and "to" opens a purpose ("announced $100m to help").
        // After "a", the figure modifies a noun the cue governs: "added a two-run shot", "reported a 20% rise".
        // "The report found 40% of homes were damp": the figure opens the finding's clause, and the verb of finding
        // is not what happened to it; nor is it for a share ("The census showed 52% in favour"). "Police found 12
        // bodies" keeps "found" (FINDING_CUES)
        const finding = FINDING_CUES.has(cue.verb.lemma) && (c.unitKind === 'percent' || c.unit === FRACTION_UNIT || clauseAfter(text, terms, npEnd + 1));
        const clauseOnly = CLAUSE_ONLY_CUES.has(cue.verb.lemma) || finding;
        const inObject = !clauseOnly && ['a', 'an'].includes(terms[firstIdx - 1]?.normal ?? '');
        event = inObject || terms[npEnd + 1]?.normal === 'to' ? null : rightEvent(text, terms, npEnd + 1, false, !clauseOnly);
        // a plural is not the subject of a verb in "-s": in "said 200 fighter planes, …" the tagger took "planes"
        if (event && c.value > 1 && PRESENT_S.test(event)) event = null;
        // "the ministry reported 40 new cases"; "The group claimed 12 killed soldiers": the soldiers were killed (and the
        // list goes on with the cue: "and 3 destroyed tanks" were destroyed)
        if (!event && !clauseOnly) event = undergone ?? left.text;
        lastObject = event ? { end, event: event === undergone ? left.text : event } : null;
      } else if (left.kind === 'verb' && ROW_LABEL_WORD.test(left.text) && isInRow(text, c.start, c.end)) {
        // "37 Drew Herring 8 0 0 0": a capitalised word before a row of figures is the row's name, not a verb
      } else if (left.kind === 'verb') {
        event = left.text;
        // "includes about 1,180 personnel killed or wounded": a casualty participle right after the counted noun says
        // what happened to them; the verb of inclusion only places the figure in another
        const part = terms[npEnd + 1];
        if (INCLUSION_VERBS.has(left.text.toLowerCase()) && part && CASUALTY_PARTICIPLES.has(part.normal) && !isTermBreak(text, terms[npEnd]!, part)) event = part.text;
        lastObject = { end, event };
        // "Measles cases rose to 1,204": a bare level or change counts the subject of its verb of change; a negative
        // figure counts nothing ("Temperatures fell to minus 12" is a level, not 12 temperatures)
        if (left.subjectAt !== undefined && c.kind === 'count' && !counts && c.value >= 0) counts = subjectPhrase(text, terms, left.subjectAt);
      } else if (left.kind === 'with') {
        event = rightEvent(text, terms, npEnd + 1, true); // "with over 9 billion euros committed"
      } else if (left.kind === 'prep' && CLAUSE_OPENERS.has(leftWord(terms, firstIdx))) {
        // "two days after 14 soldiers were killed": "after" opens a clause here, whose subject is the figure
        event = rightEvent(text, terms, npEnd + 1, false);
      } else if (left.kind === 'none') {
        event = rightEvent(text, terms, npEnd + 1, false);
      } else if (left.kind === 'list') {
        // "26 militants were killed and 3 vehicles were destroyed": its own verb first; else the list's verb,
        // "destroyed eight oil pump jacks, six oil refinement stills", "fought off several attacks and six VBIEDs"
        event = rightEvent(text, terms, npEnd + 1, false);
        // "imposed sanctions on 12 entities and seven individuals based in Iran": a participle of relation is none
        if (event && isRelationParticiple(text, terms, npEnd + 1)) event = null;
        // "134 structures have been destroyed and another 4,200 remain in danger": a staying verb of the figure's own is
        // its verb, and the list's earlier verb is none of its
        const ownStay = STAYING_VERBS.has(terms[npEnd + 1]?.normal ?? '') || (terms[npEnd + 1]?.normal === 'more' && STAYING_VERBS.has(terms[npEnd + 2]?.normal ?? ''));
        if (ownStay) {
          // no event is better than the list's earlier one ("remain in danger" names no event of its own)
        } else if (!event && lastObject && !afterPrepObject && !hasVerbBetween(terms, firstIdx, lastObject.end, text)) {
          event = undergone && CUE_FORMS.has(lastObject.event.toLowerCase()) ? undergone : lastObject.event;
        } else if (!event) {
          event = listVerb(text, terms, firstIdx, prev);
          // "said 30 soldiers and 12 civilians": the list's verb is a reporting verb, not what they underwent
          if (event && CLAUSE_ONLY_CUES.has(CUE_FORMS.get(event.toLowerCase())?.verb.lemma ?? '')) event = null;
        }
        if (event) lastObject = { end, event };
      }
      const state: string | null = leaves ? stateAfter(text, terms, npEnd + 1) : null;
      if (state) {
        event = state;
        lastObject = { end, event: state, leaves: true };
      }
      if (c.kind === 'count' && !c.unit) {
        // Breakdowns of a toll: "including three children", "among them 11 women", "six of them children" take the
        // toll's event, and its noun when they name none ("45 people, including 19 in Beit Lahiya"); "Among the dead
        // were two journalists" takes the group's word, as "14 of the dead were children" does
        const before = breakdownBefore(terms, firstIdx);
        // "including 13 children who were hospitalised": the part's own relative clause says what it underwent (a
        // passive or past clause: "including 12 who will teach science" were hired)
        if (before && !event && RELATIVE_PRONOUNS.has(terms[npEnd + 1]?.normal ?? '') && !isTermBreak(text, terms[npEnd]!, terms[npEnd + 1]!) &&
          (RELATIVE_PAST_AUXILIARIES.has(terms[npEnd + 2]?.normal ?? '') || terms[npEnd + 2]?.tags.has('PastTense'))) event = rightEvent(text, terms, npEnd + 2, false, true);
        if (before?.group) event ??= before.group;
        else if (before || pronounPart) {
          const toll = tollBefore(out, sentenceStart);
          if (toll && (pronounPart || opensBreakdownOf(text, terms, before!.at!, toll))) {
            if (!toll.event || !TOTAL_VERBS.has(toll.event.toLowerCase())) event ??= toll.event;
            counts ??= toll.counts;
          }
        }
        if (group) event ??= group;
        if (event && (before || pronounPart || group)) {
          lastObject = { end, event };
          prepObjectEnd = -1; // "including 10 women and three infants": the list goes on with the breakdown
        }
      }
    }
    // "plus or minus 3 points", "up 12 basis points at 4.62%": a word the tagger read as a verb that never is one
    if (event && NEVER_EVENTS.has(event.toLowerCase())) event = null;
    if (event && c.kind === 'count' && !c.unit && counts === null && ROUND_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 24), c.start))) event = null;
    // "Firefighters deployed: 40,000", "Dead: 3", "Houses destroyed 2,300": a fact-box line, whose label says what is counted and
    // what happened to it
    if (c.kind === 'count' && !c.unit && counts === null) {
      const label = lineLabel(text, c.start, end);
      // the tagger may have read the label's participle as the figure's verb already ("Houses destroyed 2,300")
      if (label && (event === null || label.event === event)) ({ counts, event } = label);
    }
    // "The police put the death toll at 43", "The state government put the number of displaced people at 3,000": a
    // reporting frame whose object says what the figure after "at" counts
    if (c.kind === 'count' && !c.unit && counts === null) counts = framedCount(text, sentenceStart, c.start);
    // "52K | people displaced", "Sindh | 24" under "Province | Deaths": a figure alone in its table cell counts its
    // label cell or its column's header, whatever the words of the other cells seemed to say
    if (c.kind === 'count' && !c.unit) {
      const cell = cellReading(text, c.start, c.end, tableStarts);
      if (cell) ({ counts, event } = cell);
    }
    prev = { start: c.start, end };
    const n: NumberMention = { text: text.slice(c.start, end), value: c.value, high: c.high, approximate: c.approximate, unit: c.unit, counts, event, start: c.start, end, claim: null };
    if (undergone) participleEvents.push({ n, participle: undergone });
    if (prepObject) PREP_OBJECTS.add(n);
    out.push(n);
  }
  shareSubjectEvents(text, out, firstOut);
  // the gapped noun first: it gives the event too ("… and nine over the Kursk region" were shot down)
  shareGappedCounts(text, out, firstOut);
  shareListCounts(text, out, firstOut, sentenceStart);
  // "including 12 wounded civilians": with no verb of its own, what the counted group underwent is its participle
  // ("500 unaccompanied children" underwent nothing: DESCRIPTIVE_PARTICIPLES)
  for (const { n, participle } of participleEvents) n.event ??= participle;
}

/**
 * A verb that puts a figure on something, its object and "at", maybe a hedge, right before a figure (group 1 the
 * object's words after a determiner): "put the death toll at ", "estimated the crowd at about ", "pegged the number
 * of displaced people at ".
 */
const FRAME_BEFORE = /\b(?:put|puts|putting|placed|places|placing|pegged|pegs|pegging|estimated|estimates|estimate|estimating)\s+(?:(?:the|its|their|his|her|this|that)\s+)?(\p{Ll}[\p{Ll}-]*\s+(?:[\p{L}'’-]+\s+){0,7}?)at\s+(?:(?:at\s+)?least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/u;
/**
 * A verb that revises a toll, its object and "to", right before a figure (group 1 the toll's words): "revised the
 * death toll upward to ", "raised the number of dead to ", "took the toll to ". "Officials later revised the death
 * toll upward to 179 from 177" counted nothing. Only a toll or a number of something: "raised the price to 179" is
 * left alone.
 */
const REVISION_FRAME_BEFORE = /\b(?:raised|raises|raising|revised|revises|revising|lowered|lowers|lowering|increased|increases|updated|updates|upped|took|takes|brought|brings|pushed|pushes)\s+(?:the|its|their|this)\s+((?:[\p{Ll}-]+\s+){0,2}?(?:toll|tally)\s+(?:(?:from|in|of)\s+(?:[\p{L}'’-]+\s+){1,5}?)?|number\s+of\s+(?:[\p{Ll}-]+\s+){1,3}?)(?:(?:upward|upwards|downward|downwards|up|down|sharply|further)\s+)?to\s+(?:(?:at\s+)?least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/u;
/** Words opening a phrase that qualifies the frame's object, cut from it: "from flooding in Mokwa", "in the attacks", "this month". */
const FRAME_QUALIFIER_OPENERS = new Set(['from', 'in', 'on', 'after', 'since', 'across', 'among', 'during', 'caused', 'this', 'last', 'so']);
/** Most characters read back from a figure for the frame before it. */
const FRAME_MAX_CHARS = 120;
/** Objects that say only "how many", naming nothing counted: "put the figure at 43". */
const FRAME_EMPTY = new Set(['figure', 'number', 'total', 'count', 'tally', 'estimate']);

/**
 * What a figure after a frame that puts it on something counts (FRAME_BEFORE): "put the death toll at 43" → "death
 * toll" (as "The death toll rose to 43" counts), "put the number of displaced people at 3,000" → "displaced people"
 * (QUANTITY_HEADS' of-phrase). Null with no such frame in the figure's sentence, or an object that names nothing
 * ("put the figure at 43").
 */
function framedCount(text: string, sentenceStart: number, start: number): string | null {
  const lead = text.slice(Math.max(sentenceStart, start - FRAME_MAX_CHARS), start);
  const m = FRAME_BEFORE.exec(lead) ?? REVISION_FRAME_BEFORE.exec(lead);
  if (!m) return null;
  let object = m[1]!.trim();
  const of = /^(\p{Ll}+)\s+of\s+(?:the\s+)?(.+)$/u.exec(object);
  if (of && QUANTITY_HEADS.has(of[1]!)) object = of[2]!;
  // "the death toll from flooding in Mokwa at 151", "the number of people displaced this month": a phrase after the
  // head qualifies it
  const ws = object.split(/\s+/);
  const cut = ws.findIndex((w, k) => k > 0 && FRAME_QUALIFIER_OPENERS.has(w));
  if (cut > 0) object = ws.slice(0, cut).join(' ');
  return FRAME_EMPTY.has(object) || !/^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)*$/u.test(object) ? null : object;
}

/**
 * A label opening a line, then an optional ":" or a cell's "|", right before a figure: "Firefighters deployed: ",
 * "Dead: ", "Houses destroyed ", "Houses destroyed | " (a table row's header cell).
 */
const LINE_LABEL = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,3})[ \t]*[:|]?[ \t]*$/u;
/** The end of a line right after the figure: the label's value is all the line holds. */
const LINE_END = /^[ \t]*(?:\n|$)/;
/** Most characters read back from a figure for its line's label. */
const LINE_LABEL_MAX = 48;
/** Endings of a participle that says what happened to what the label counts: "deployed", "destroyed", "taken". */
const LABEL_PARTICIPLE = /^\p{L}{2,}(?:ed|en)$/u;

/**
 * The label of a fact-box line that holds one figure ("Label: N"), read as what is counted and what happened to it:
 * "Firefighters deployed: 40,000" counts firefighters, deployed; "Evacuated: 3,000" and "Dead: 3" say what happened
 * (a participle or a casualty state: CASUALTY_STATES), with or without the colon ("Houses destroyed 2,300");
 * "Passengers on board: 212" says what is counted (only with the colon: in "Punjab 17" the label is a row's place).
 * Null when the figure does not end its line or no line-opening label stands before it.
 */
function lineLabel(text: string, start: number, end: number): { counts: string | null; event: string | null } | null {
  if (!LINE_END.test(text.slice(end, end + 3))) return null;
  const from = Math.max(0, start - LINE_LABEL_MAX);
  const before = text.slice(from, start);
  const m = LINE_LABEL.exec(before);
  if (!m || (m.index === 0 && from > 0 && text[from - 1] !== '\n' && !before.startsWith('\n'))) return null;
  const words = m[1]!.split(/[ \t]+/);
  const last = words[words.length - 1]!;
  // without a colon, a noun before a figure may be a row's place or name ("Punjab 17", "Punjab | 17"), not what is
  // counted, unless it is a noun that counts ("Deaths | 18", "Registered voters | 4.2 million": COUNT_LABEL_NOUNS)
  if (!isLabelState(words)) return m[0].includes(':') || isCountLabel(words) ? { counts: m[1]!, event: null } : null;
  return { counts: words.length > 1 ? words.slice(0, -1).join(' ') : null, event: last };
}

/**
 * True when a label's last word says what happened to what it counts: a participle ("Homes destroyed", "Evacuated"), a
 * casualty state ("Dead", "Missing"), or, after a noun, a participle written like its present ("Ballots cast").
 */
function isLabelState(words: string[]): boolean {
  const last = words[words.length - 1]!;
  const lower = last.toLowerCase();
  return CASUALTY_STATES.has(lower) || LABEL_PARTICIPLE.test(last) || (words.length > 1 && SAME_FORM_PARTICIPLES.has(lower));
}

/** True when a label's head noun (its last word or two) names what a figure counts: "Deaths", "Polling stations". */
function isCountLabel(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  return COUNT_LABEL_HEADS.has(last) || (words.length > 1 && COUNT_LABEL_HEADS.has(`${words[words.length - 2]!.toLowerCase()} ${last}`));
}

/** A key-value row written with a colon ("Sindh: 24"), read as two cells under a column header row. */
const COLON_ROW = /^([^:|\n]+?):[ \t]+([^:|\n]+)$/;
/** A cell of words only, no figure: a label ("people displaced", "deaths") or a column header ("Province", "Deaths"). */
const LABEL_CELL = /^\p{L}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,3}$/u;
/** Most characters of a row line read around a figure, and of the rows read back up to a column header row. */
const CELL_ROW_MAX = 120;
const HEADER_LOOKBACK = 1500;

/** The cells of one line, with the start of each, or null for a line that is no table row. */
function rowCells(text: string, lineStart: number, lineEnd: number): { text: string; start: number }[] | null {
  const line = text.slice(lineStart, lineEnd);
  if (line.length > CELL_ROW_MAX) return null;
  if (line.includes('|')) {
    // the cells of a row as the clean stage joins them ("52K | people displaced", "Sindh | 24"), each trimmed, with the
    // start of its first character (split on the bar itself: a pattern with spaces around it backtracks on long runs
    // of spaces)
    const cells: { text: string; start: number }[] = [];
    let at = 0;
    for (const part of line.split('|')) {
      const cell = part.trim();
      cells.push({ text: cell, start: lineStart + at + (cell ? part.length - part.trimStart().length : 0) });
      at += part.length + 1;
    }
    // a Markdown row has bars at both ends ("| Labour | 70 |"): they open and close the row, they hold no cell
    if (cells.length > 2 && cells[0]!.text === '' && line.trimStart().startsWith('|')) cells.shift();
    if (cells.length > 2 && cells[cells.length - 1]!.text === '' && line.trimEnd().endsWith('|')) cells.pop();
    return cells;
  }
  const m = COLON_ROW.exec(line.trim());
  if (!m) return null;
  const lead = line.length - line.trimStart().length;
  return [{ text: m[1]!.trim(), start: lineStart + lead }, { text: m[2]!.trim(), start: lineStart + line.lastIndexOf(m[2]!) }];
}

/** A label's words read as what is counted and what happened to it: "people displaced" → people, displaced. */
function labelReading(label: string): { counts: string | null; event: string | null } {
  const words = label.split(/[ \t]+/);
  const last = words[words.length - 1]!;
  if (!isLabelState(words)) return { counts: label, event: null };
  return { counts: words.length > 1 ? words.slice(0, -1).join(' ') : null, event: last };
}

/**
 * Column headers that name no measure, only that the column holds the figures: under "Indicator | Total" the row's
 * own label says what is counted ("Suspected cases | 4,880", "Deaths | 63").
 */
const GENERIC_COLUMN_HEADERS = new Set(['total', 'totals', 'number', 'numbers', 'value', 'values', 'count', 'figure', 'figures', 'amount', 'latest', 'data', 'overall']);
/** A column header too short to read as a noun: an abbreviation of a sports or results table ("P", "GD", "Pts"). */
const ABBREVIATED_HEADER = /^(?:\p{L}{1,3}|\p{Lu}{2,})$/u;

/**
 * What a figure alone in its table cell counts, read from the table rather than from the words around it:
 * - a row "figure | label" (a "key figures" box): "52K | people displaced" counts people, displaced; "18 | deaths";
 * - a row under a column header row (a line of word cells above rows of the same kind): the figure's column header,
 *   never the row's name: under "Province | Deaths", "Sindh | 24" (or "Sindh: 24") counts Deaths, not Sindh; under
 *   a generic header ("Indicator | Total") the row's label: "Deaths | 63" counts Deaths. An abbreviated header ("P",
 *   "Pts") says nothing.
 * Null when the figure shares its cell with words, or its line is no row of such a table.
 */
function cellReading(text: string, start: number, end: number, tableStarts: ReadonlySet<number>): { counts: string | null; event: string | null } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > CELL_ROW_MAX) return null;
  const cells = rowCells(text, lineStart, lineEnd);
  if (!cells || cells.length < 2) return null;
  const col = cells.findIndex((c) => c.start === start && c.text.length === end - start);
  if (col < 0) return null;
  // "52K | people displaced": the label cell right after the figure, the row's only other cell
  if (col === 0 && cells.length === 2 && LABEL_CELL.test(cells[1]!.text)) return labelReading(cells[1]!.text);
  if (col === 0) return null;
  const header = headerAbove(text, lineStart, cells.length, text.slice(lineStart, lineEnd).includes('|'), tableStarts);
  if (!header) return countingRowLabel(cells[0]!.text);
  const name = header[col]!;
  if (GENERIC_COLUMN_HEADERS.has(name.toLowerCase())) return LABEL_CELL.test(cells[0]!.text) ? labelReading(cells[0]!.text) : null;
  return ABBREVIATED_HEADER.test(name) ? { counts: null, event: null } : labelReading(name);
}

/**
 * A row with no column header of its own width whose label names a count or a state: each figure counts the label.
 * "Deaths | 5 | 7" under "2023 | 2024" (the page's empty corner cell is dropped, so the header is one cell short, and
 * it holds figures, not words) counts Deaths; "Homes destroyed | 260 | 410" counts Homes, destroyed. A row named by a
 * place or a name ("Lagos | 52 | 60") counts nothing.
 */
function countingRowLabel(label: string): { counts: string | null; event: string | null } | null {
  if (!LABEL_CELL.test(label)) return null;
  const words = label.split(/[ \t]+/);
  return isCountLabel(words) || isLabelState(words) ? labelReading(label) : null;
}

/**
 * The column header row above a table row of `width` cells: the nearest line above, over blank lines and rows of
 * the same kind and width ("|" cells, or "Label: value" lines), whose cells are all words ("Province | Deaths"); null
 * when a line of prose, a row of the other kind or a row of another width comes first, or the nearest all-word row
 * has another width (the row's own table's header, or a table of its own) ("Cases: 4,880" below "Deaths | 63" is a fact box of its own).
 * The walk ends at the first row of the row's own table (`tableStarts`, see Paragraph.tableStart): a results table
 * "Party | Seats" does not head the rows of the turnout table right after it ("Registered voters | 4.2 million").
 */
function headerAbove(text: string, lineStart: number, width: number, piped: boolean, tableStarts: ReadonlySet<number>): string[] | null {
  if (tableStarts.has(lineStart)) return detachedHeader(text, lineStart, width, tableStarts);
  const stop = Math.max(0, lineStart - HEADER_LOOKBACK);
  let end = lineStart - 1;
  while (end > stop) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start >= end) { end = start - 1; continue; } // a blank line between rows
    const line = text.slice(start, end);
    if (line.length > CELL_ROW_MAX) return null;
    const lineIsPiped = line.includes('|');
    const cells = rowCells(text, start, end);
    if (!cells) return null;
    if (lineIsPiped && cells.every((c) => LABEL_CELL.test(c.text))) return cells.length === width ? cells.map((c) => c.text) : null;
    if (lineIsPiped !== piped) return null;
    // a row of another width belongs to another table: "Pos | Player | Score" does not head "Region | 12" below the
    // three-cell rows "1 | Jordan Hale | -12"
    if (cells.length !== width) return null;
    // the table's first row, and no header: the lines above belong to what came before the table
    if (tableStarts.has(start)) return detachedHeader(text, start, width, tableStarts);
    end = start - 1;
  }
  return null;
}

/** White space: the blank line between two tables. */
const BLANK = /\s/;

/**
 * The header of a table that is a table of its own, right above the table's first row (at `rowStart`): a table of one
 * all-word row of the same width, as a page with a fixed header row writes it ("<table><tr><th>Province</th>
 * <th>Deaths</th></tr></table>" over the table of the rows). Null for anything else above, such as the last row of
 * the table before ("Greens | 9" over "Registered voters | 4.2 million").
 */
function detachedHeader(text: string, rowStart: number, width: number, tableStarts: ReadonlySet<number>): string[] | null {
  let end = rowStart;
  while (end > 0 && BLANK.test(text[end - 1]!)) end--; // the blank line between the two tables
  if (end <= 0) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (!tableStarts.has(start) || end - start > CELL_ROW_MAX) return null;
  const line = text.slice(start, end);
  if (!line.includes('|')) return null;
  const cells = rowCells(text, start, end);
  return cells && cells.length === width && cells.every((c) => LABEL_CELL.test(c.text)) ? cells.map((c) => c.text) : null;
}

/** Relative pronouns opening a breakdown's own clause: "including 13 children who were hospitalised". */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Auxiliaries of a passive or perfect relative clause: "who were hospitalised", "who have been released". */
const RELATIVE_PAST_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'been']);
/** Copulas between a breakdown's opener and its figure: "among them were 11 women", "Among the dead were two". */
const BREAKDOWN_COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Determiners of a group a part is taken of: "among the dead", "among those killed". */
const GROUP_DETERMINERS = new Set(['the', 'those']);

/**
 * What makes the figure at term `first` a part of a toll, read back from it (hedges are part of the figure): an opener
 * (BREAKDOWN_OPENERS: "including three children", "among them were 11 women"), or a group ("Among the dead were two
 * journalists": the group word), or null.
 */
function breakdownBefore(terms: Term[], first: number): { opener?: string; at?: number; group?: string } | null {
  let i = first - 1;
  if (i >= 0 && BREAKDOWN_COPULAS.has(terms[i]!.normal)) i--;
  if (i < 0) return null;
  const g = terms[i]!;
  if (i >= 2 && CASUALTY_GROUPS.has(g.normal) && GROUP_DETERMINERS.has(terms[i - 1]!.normal) && terms[i - 2]!.normal === 'among') return { group: g.text };
  for (const o of BREAKDOWN_OPENERS) {
    if (o.words.every((w, n) => terms[i - o.words.length + 1 + n]?.normal === w)) return { opener: o.id, at: i - o.words.length + 1 };
  }
  return null;
}

/**
 * Whether the opener at term `at` starts a breakdown of `toll`: right after it ("killed 30 people including 12
 * children") or after a comma ("killed 14 civilians in Donetsk on Tuesday, including three children"). "arrested a
 * man, 32, on several charges including two warrants" breaks down the charges, not the 32.
 */
function opensBreakdownOf(text: string, terms: Term[], at: number, toll: NumberMention): boolean {
  const start = terms[at]!.start;
  return /,\s*$/.test(text.slice(Math.max(toll.end, start - 4), start)) || /^\s*$/.test(text.slice(toll.end, start));
}

/** Figures a preposition governs ("in two villages"): a place or a setting of a toll, never the toll itself. */
const PREP_OBJECTS = new WeakSet<NumberMention>();

/**
 * The nearest count before in the sentence (no unit, no money), not a preposition's object: the toll a breakdown is
 * part of. "Gunmen killed 30 people in two villages, including 12 in Kurmin Dutse": the 12 are people, not villages.
 */
function tollBefore(out: NumberMention[], sentenceStart: number): NumberMention | null {
  for (let k = out.length - 1; k >= 0 && out[k]!.start >= sentenceStart; k--) if (out[k]!.unit === null && !PREP_OBJECTS.has(out[k]!)) return out[k]!;
  return null;
}

/**
 * The plural noun phrase a part of a toll is, at term `k`, maybe after a copula: "six of them [children]", "14 of the
 * dead were [children]"; null for anything else ("19 of them in Beit Lahiya", "six of whom were killed").
 */
function complementPhrase(text: string, terms: Term[], k: number): { start: number; end: number; lastIdx: number } | null {
  if (terms[k] && BREAKDOWN_COPULAS.has(terms[k]!.normal)) k++;
  const t = terms[k];
  if (!t || isTermBreak(text, terms[k - 1]!, t)) return null;
  const np = countedPhrase(text, terms, k, terms[k - 1]!.end, true, false);
  return np && !np.partitive && !np.group && terms[np.lastIdx]!.tags.has('Plural') ? np : null;
}

/**
 * Whether the participle opening a counted phrase ("12 [wounded] civilians") is a modifier: when it names what
 * happens to people or what they are (CASUALTY_PARTICIPLES, DESCRIPTIVE_PARTICIPLES), when the clause's verb follows
 * the phrase ("200 detained migrants were freed"), or when the figure is an object ("received 12 wounded civilians",
 * "for 20 displaced families"). Else it is the figure's verb: "Of those held, 12 faced charges".
 */
function keepsParticiple(text: string, terms: Term[], np: { lastIdx: number; participle?: number }, firstIdx: number, prev: { start: number; end: number } | null): boolean {
  const p = terms[np.participle!]!.normal;
  if (CASUALTY_PARTICIPLES.has(p) || DESCRIPTIVE_PARTICIPLES.has(p)) return true;
  const next = terms[np.lastIdx + 1];
  if (next && !isTermBreak(text, terms[np.lastIdx]!, next) && (FINITE_AUXILIARIES.has(next.normal) || (isVerbTerm(next) && !isNounTerm(next) && !next.tags.has('Gerund')))) return true;
  if (firstIdx < 0) return false;
  // "caps each side at 1,550 deployed strategic warheads": a preposition right before the figure makes it an object,
  // and the participle a modifier; leftGovernor reads over "at" (of "at least") and found the noun "side" (the
  // figure counted nothing, its event was "deployed")
  const before = terms[firstIdx - 1];
  if (before && PREPOSITIONS.has(before.normal) && !CLAUSE_OPENERS.has(before.normal) && !isTermBreak(text, before, terms[firstIdx]!)) return true;
  // and so does "and" after such an object: "at 1,550 deployed strategic warheads and 700 deployed missiles"
  if (before && (before.normal === 'and' || before.normal === 'or') && prev && firstIdx >= 2) {
    const first = terms.findIndex((t) => t.start >= prev.start);
    const ahead = terms[first - 1];
    if (first > 0 && ahead && PREPOSITIONS.has(ahead.normal) && !CLAUSE_OPENERS.has(ahead.normal) && !isTermBreak(text, ahead, terms[first]!)) return true;
  }
  const left = leftGovernor(text, terms, firstIdx, prev);
  if (left.kind === 'verb') return !CLAUSE_ONLY_CUES.has(CUE_FORMS.get(left.text.toLowerCase())?.verb.lemma ?? '');
  if (left.kind === 'prep') return !CLAUSE_OPENERS.has(leftWord(terms, firstIdx));
  return left.kind === 'with' || left.kind === 'copula';
}

/** Finite verbs that make the words before them a clause's subject: "40% of homes were damp". */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
/** Most words of an of-phrase read over to the verb of a clause: "40% of [the homes in the north] were damp". */
const OF_PHRASE_MAX_WORDS = 8;
/** Whether a clause's verb follows at term `k`, maybe after an of-phrase: "(found 40%) of homes were damp". */
function clauseAfter(text: string, terms: Term[], k: number): boolean {
  let i = k;
  if (terms[i]?.normal === 'of') {
    for (i++; i < terms.length && i < k + OF_PHRASE_MAX_WORDS && !FINITE_AUXILIARIES.has(terms[i]!.normal); i++) {
      if (isTermBreak(text, terms[i - 1]!, terms[i]!)) return false;
    }
  }
  const t = terms[i];
  return !!t && i > 0 && !isTermBreak(text, terms[i - 1]!, t) && FINITE_AUXILIARIES.has(t.normal);
}

/** Most characters read back, past the tagged window, to the opening of a subject cut by it. */
const CUT_SUBJECT_MAX_CHARS = 200;
/**
 * The end of a wire dateline left before a story's first clause, which opens after its bracket or comma: "(AFP) - The
 * death toll … rose to 57" left "AFP) - The death toll" and the toll counted "freight train" from the words before the
 * figure; "ATHENS, Greece — The death toll" left "Greece — ". A capitalised name or a bracket's end, then a dash.
 */
const DATELINE_TAIL = /^(?:[^\n()]{1,40}\)|\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)*)\s*[-–—]+\s+/u;
/** A subject opening with a toll: "The death toll …", "Sunday's toll …", "The overall tally …" (group 1 the toll). */
const TOLL_SUBJECT_OPENING = /^(?:the\s+|[\p{L}-]+['’]s\s+)?((?:[\p{L}-]+\s+){0,2}?(?:toll|tally))\b/iu;

/**
 * What a figure after a verb of change counts when its subject begins before the tagged window (NUMBER_WINDOW_BEFORE),
 * read in the raw text back to the clause's opening: "The death toll from the attack on the village has risen to at
 * least 100" → "death toll", where the words in the window alone gave "village" (and "Local Government Area" for "…
 * in Guma Local Government Area has risen"). Null when the subject opens with no toll ("The number of infections"):
 * the words in the window are read as before.
 */
function cutSubject(text: string, from: number): string | null {
  const lead = text.slice(Math.max(0, from - CUT_SUBJECT_MAX_CHARS), from);
  const open = Math.max(lead.search(/[^.;:!?\n,(“"]*$/u), 0);
  const clause = lead.slice(open).trimStart().replace(DATELINE_TAIL, '');
  const m = TOLL_SUBJECT_OPENING.exec(clause);
  if (m) return m[1]!;
  // "The ministry said the overall death toll in the enclave since October 7 had risen to 31,184": the reported
  // clause opens after its cue, and the toll is its subject when no verb stands between it and the figure's verb
  const reported = [...clause.matchAll(TOLL_AFTER_REPORT)].pop();
  return reported && !SUBJECT_VERB_WORD.test(clause.slice(reported.index! + reported[0].length)) ? reported[1]! : null;
}
/** The toll opening the clause that ends at `from`, with no verb between it and `from`: "The death toll from … ". */
function tollOpening(text: string, from: number): string | null {
  const lead = text.slice(Math.max(0, from - CUT_SUBJECT_MAX_CHARS), from);
  const clause = lead.slice(Math.max(lead.search(/[^.;:!?\n,(“"]*$/u), 0)).trimStart().replace(DATELINE_TAIL, '');
  const m = TOLL_SUBJECT_OPENING.exec(clause);
  return m && !SUBJECT_VERB_WORD.test(clause.slice(m[0].length)) ? m[1]! : null;
}
/** A toll opening a reported clause: "said the death toll …", "reported that the overall tally …" (group 1 the toll). */
const TOLL_AFTER_REPORT = /\b(?:said|says|reported|reports|announced|added|stated|that)\s+(?:that\s+)?(?:the\s+|[\p{L}-]+['’]s\s+)?((?:[\p{L}-]+\s+){0,2}?(?:toll|tally))\b/giu;
/** A word of a verb between a toll and the figure's verb: the toll is then another clause's subject. */
const SUBJECT_VERB_WORD = /\b(?:is|was|were|are|has|had|have|stood|\p{Ll}{3,}ed)\b/u;

/**
 * Nouns of a toll that the tagger reads as verbs ("toll" as in "bells toll"): read as nouns of a subject. "The death
 * toll from the fighting has climbed to nearly 100" counted "fighting": the reading back stopped at "toll".
 */
const TOLL_WORDS = new Set(['toll', 'tally']);
/** Most words read back from a verb of change to the start of its subject: "Measles cases in the region". */
const SUBJECT_MAX_WORDS = 8;
/** Auxiliaries between a subject and its verb of change: "cases have climbed to 58". */
const SUBJECT_AUXILIARIES = new Set(['has', 'have', 'had']);
/** Words of place or time between a subject and its verb: "displaced people worldwide had reached", "cases have now topped". */
const SUBJECT_TRAILERS = new Set(['worldwide', 'nationwide', 'globally', 'overall', 'now', 'already', 'altogether', 'combined']);
/** Most words of a "since" phrase between a subject and its verb: "since the start of the war last year". */
const SINCE_MAX_WORDS = 8;
/** A "since" phrase right before a verb, with no stop inside: "… since October 7 had " (the auxiliaries read after). */
const SINCE_BEFORE_VERB = /\bsince\s[^,;:.!?()"“”\n]*$/iu;
/**
 * What makes a "since" phrase a time, not a clause whose own subject the figure counts ("… since prices rose to 5%"):
 * a date or a word of time or of the event a war's tolls are counted from.
 */
const SINCE_TIME = /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|start|beginning|outbreak|onset|war|conflict|invasion|attack|offensive|hostilities|fighting|ceasefire|truce|year|month|week|then)\b/iu;
/** Prepositions inside a subject, read over to its head: "Measles cases in the region rose", "Sales of cars rose". */
const SUBJECT_PREPOSITION = wordSet(SUBJECT_PREPOSITIONS);
/** Heads that only say "how many", whose of-phrase is what is counted: "The number of measles cases rose to 1,204", "Sales of electric cars fell by 2,000". */
const QUANTITY_HEADS = new Set(['number', 'total', 'tally', 'count', 'sales', 'exports', 'imports', 'deliveries', 'shipments']);
/**
 * The noun phrase that is the subject of the verb at `verb`, as what a bare figure after it counts: "Measles cases
 * in the region rose to 1,204" → "Measles cases". Read back over nouns, adjectives, determiners and a few
 * prepositions to the phrase's start, then forward to its first head; null unless the word before the verb is a
 * noun ("It rose to 40", "which fell to 12" count nothing said). Dates end it ("Last week cases rose").
 */
function subjectPhrase(text: string, terms: Term[], verb: number): string | null {
  // "The number of infections has climbed to 74": the subject ends before the auxiliary ("has" is no plural noun)
  // "people worldwide had reached", "cases have now topped": a word of place or time after the subject is no part of it
  while (verb > 1 && (SUBJECT_AUXILIARIES.has(terms[verb - 1]!.normal) || SUBJECT_TRAILERS.has(terms[verb - 1]!.normal)) &&
    !isTermBreak(text, terms[verb - 1]!, terms[verb]!)) verb--;
  // "The overall death toll in the enclave since October 7 had risen to 31,184", "The death toll from Israeli attacks
  // since October last year has risen to 3,136": the time since when is no part of the subject (its date ended it)
  const since = terms[verb] ? SINCE_BEFORE_VERB.exec(text.slice(Math.max(0, terms[verb]!.start - 120), terms[verb]!.start)) : null;
  if (since && (since[0].match(/\p{L}+|\d+/gu) ?? []).length <= SINCE_MAX_WORDS && SINCE_TIME.test(since[0])) {
    const at = terms[verb]!.start - since[0].length;
    const k = terms.findIndex((t) => t.start >= at);
    // the subject in the window ends before "since"; else it begins before the window, and only a toll is read there
    if (k >= 2 && terms[k]!.start === at) verb = k;
    else return cutSubject(text, at);
  }

  // "The death toll from last week's fighting between Kyrgyzstan and Tajikistan has climbed to nearly 100": a clause
  // opening on a toll, with no verb before this one, has the toll for subject, however far back it opens (the words in
  // the window gave "Tajikistan")
  const opening = terms[verb] && verb > 0 ? tollOpening(text, terms[verb]!.start) : null;
  if (opening) return opening;
  const last = terms[verb - 1];
  // "The number of dead had risen to 121", "the number of people killed rose to 40": a casualty state or participle
  // ends the counted phrase after "number of" (it is no noun; nothing was counted)
  if (last && (CASUALTY_STATES.has(last.normal) || CASUALTY_PARTICIPLES.has(last.normal)) && !isTermBreak(text, last, terms[verb]!)) {
    const quantityOf = (k: number) => k >= 1 && terms[k]!.normal === 'of' && QUANTITY_HEADS.has(terms[k - 1]!.normal) &&
      !isTermBreak(text, terms[k - 1]!, terms[k]!) && !isTermBreak(text, terms[k]!, terms[k + 1]!);
    if (quantityOf(verb - 2)) return last.text;
    const noun = terms[verb - 2];
    if (noun && isNounTerm(noun) && !noun.tags.has('Pronoun') && quantityOf(verb - 3) && !isTermBreak(text, noun, last)) return text.slice(noun.start, last.end);
  }
  // "asylum claims rose": the tagger may read a plural subject as a verb in "-s"
  const plural = (t: Term) => isNounTerm(t) || (/s$/.test(t.normal) && t.tags.has('PresentTense'));
  if (!last || isTermBreak(text, last, terms[verb]!) || !plural(last) || last.tags.has('Pronoun') || last.tags.has('Value') || last.tags.has('Date')) return null;
  // "the number of forcibly displaced people": a participle before a noun, and an adverb in "-ly" before it, modify it
  const modifier = (k: number) => terms[k]!.tags.has('PastTense') && terms[k + 1] !== undefined && isNounTerm(terms[k + 1]!) && !isTermBreak(text, terms[k]!, terms[k + 1]!);
  const inPhrase = (t: Term, k: number) => !t.tags.has('Date') && !t.tags.has('Value') && !t.tags.has('Pronoun') &&
    (isNounTerm(t) || TOLL_WORDS.has(t.normal) || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Possessive') || SUBJECT_PREPOSITION.has(t.normal) ||
      modifier(k) || (/ly$/.test(t.normal) && t.tags.has('Adverb') && modifier(k + 1)));
  let from = verb - 1;
  while (from > 0 && verb - from < SUBJECT_MAX_WORDS && inPhrase(terms[from - 1]!, from - 1) && !isTermBreak(text, terms[from - 1]!, terms[from]!)) from--;
  // the window's first word, with a word right before it in the text: the subject begins out of the window's sight
  // and it opens with a toll ("The death toll from …"), which is what is counted
  if (from === 0 && inPhrase(terms[0]!, 0) && /[\p{L}\p{N}'’]\s+$/u.test(text.slice(Math.max(0, terms[0]!.start - 3), terms[0]!.start))) {
    const toll = cutSubject(text, TOLL_WORDS.has(terms[0]!.normal) ? terms[0]!.end : terms[0]!.start);
    if (toll) return toll;
  }
  for (let round = 0; round < 2; round++) {
    while (from < verb - 1 && (terms[from]!.tags.has('Determiner') || terms[from]!.tags.has('Possessive') || SUBJECT_PREPOSITION.has(terms[from]!.normal))) from++;
    let head = -1;
    for (let k = from; k < verb; k++) {
      const t = terms[k]!;
      if (isNounTerm(t) || TOLL_WORDS.has(t.normal) || (k === verb - 1 && plural(t))) head = k;
      else if (!t.tags.has('Adjective') && !(head < 0 && (modifier(k) || (t.tags.has('Adverb') && /ly$/.test(t.normal) && modifier(k + 1))))) break;
    }
    if (head < 0) return null;
    // "The number of measles cases": what is counted is after "of"
    if (round === 0 && head === from && QUANTITY_HEADS.has(terms[head]!.normal) && terms[head + 1]?.normal === 'of') {
      from = head + 2;
      continue;
    }
    return text.slice(terms[from]!.start, terms[head]!.end);
  }
  return null;
}

/** The of-phrase of a part, then "and", between two coordinated figures: " of the drones and ", " of 96 drones and ". */
const PART_OF_COORDINATION = /^\s+of\s+[^,;:.!?"“”]{1,60}?\s+(?:,\s*)?and\s+$/u;
/** The opening of that of-phrase before the whole's own figure: " of ", " of the ". */
const PART_OF_OPENING = /^\s+of\s+(?:the\s+)?$/u;
/** Words between a part's figure and its verb: " of the missiles were", " of six missiles were". */
const PART_VERB_GAP = /(?:\s+[\p{L}\d]+){0,6}\s+/uy;
/** Most characters from a part's figure to the whole's. */
const PART_OF_MAX_CHARS = 12;
/** "and" (maybe after a comma) between two coordinated figures: "Two soldiers and three civilians". */
const COORDINATION = /^\s*(?:,\s*)?and\s+$/;
/** Only a comma or a conjunction between two figures of a list: "3 villages and 5 towns", "3 villages, 5 towns". */
const LIST_JOIN = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/;
/** Words between a subject and its verb: "were", "have been", "were reportedly". */
const SUBJECT_VERB_GAP = /(?:\s+[\p{L}]+){0,3}\s+/uy;

/** Most characters between a counted figure and a bare one of the same list: " in Kahramanmaras province and ". */
const LIST_COUNT_GAP_MAX = 60;
/** The end of the words between the two: a conjunction, maybe a verb and "another" ("and damaged another ", "and another "). */
// (the conjunction opens the match, never a space: a run of spaces would make an end-anchored scan quadratic)
const LIST_COUNT_JOIN = /\b(?:and|while|whereas|but)\s+(?:\p{Ll}+\s+)?(?:(?:another|a\s+further|an\s+additional)\s+)?$/u;
/** A comma alone joins an elliptical list whose members name their place: "96 were in Sindh, 61 in Khyber Pakhtunkhwa". */
const LIST_COUNT_COMMA = /,\s+$/;
const PLACE_AFTER_FIGURE = /^\s+(?:in|at|from)\s+\p{Lu}/u;
/** Words between "and" and a bare figure of such a list that are no verb of its own: "and another 4,200". */
const LIST_COUNT_MODIFIERS = new Set(['another', 'further', 'additional', 'more', 'some', 'about', 'nearly', 'almost', 'over', 'around']);
/** What may follow a bare figure of such a list: "more", then a verb or a preposition; never a capital (a name). */
const BARE_FIGURE_AFTER = /^\s*(?:more\s+)?(?:\p{Ll}|[,.;]|$)/u;

/**
 * A bare figure later in a list counts what the one before it counts: "34 people in Kahramanmaras and 12 in Hatay" (12
 * people), "134 structures have been destroyed and another 4,200 remain threatened" (4,200 structures), "Twelve people
 * died and 30 more were injured", "96 of the deaths were in Sindh, 61 in Khyber Pakhtunkhwa". Counts and measures with
 * units are left alone, as are figures after a quotation or a comma naming no place ("Hasan Yildiz, 52,").
 * Not merged with shareGappedCounts, run just before it: that one reads "and", "while", "whereas" within 12 words and
 * gives the event too ("Nine people were killed and 47 wounded"); this one also reads "but", "another N", a comma
 * before a place and the last figure of an earlier window of the sentence, never after a count of "others" or "more"
 * nor for a fraction, and gives the noun only. One loop for both would let the gapped reading give the event of a
 * figure this one counted, which it does not now. inheritEllipticCounts reads a lead word or an acronym before the
 * figure, over the whole article ("down from 303", "and the PPP 54").
 */
function shareListCounts(text: string, out: NumberMention[], firstOut: number, sentenceStart: number): void {
  for (let k = Math.max(firstOut, 1); k < out.length; k++) {
    const n = out[k]!;
    const p = out[k - 1]!;
    if (n.counts !== null || n.unit !== null || p.counts === null || p.unit !== null || p.start < sentenceStart) continue;
    if (/^(?:others|more)$/i.test(p.counts) || n.value < 1 || !Number.isInteger(n.value)) continue;
    const gap = text.slice(p.end, n.start);
    if (gap.length > LIST_COUNT_GAP_MAX || /["“”«»\n]/.test(gap) || /\d/.test(gap)) continue;
    const after = text.slice(n.end, n.end + 40);
    if (!BARE_FIGURE_AFTER.test(after)) continue;
    if (!LIST_COUNT_JOIN.test(gap) && !(LIST_COUNT_COMMA.test(gap) && PLACE_AFTER_FIGURE.test(after))) continue;
    // a verb of its own before the figure must say what happened to the same kind of thing (as shareGappedCounts
    // asks): "The army killed 20 militants and lost 3" lost no militants
    const verb = GAPPED_JOIN.exec(gap)?.[1];
    if (verb && !LIST_COUNT_MODIFIERS.has(verb.toLowerCase()) && !isSameKindVerb(verb, p.event)) continue;
    n.counts = p.counts;
  }
}

/**
 * The join before a bare figure that leaves out the noun of the figure before it: "Nine people were killed and [47]
 * wounded", "killed 12 people and wounded [30]", "29 drones were shot down over Belgorod and [nine] over Kursk".
 * Group 1 is a verb between the conjunction and the figure.
 */
const GAPPED_JOIN = /(?:^|[\s,])(?:and|while|whereas)\s+(?:(\p{L}+)\s+)?$/u;
/** Most words between the figure that names the noun and the one that leaves it out. */
const GAPPED_MAX_WORDS = 12;

/**
 * A bare count coordinated with a counted figure before it in its sentence counts the same noun (out[from..] are the
 * sentence's figures): "Nine people were killed and 47 wounded" counts 47 people. With no verb of its own it takes
 * the first figure's event too ("… and nine over the Kursk region" were shot down). A verb between the conjunction
 * and the figure must say, as the first figure's event does, what happened to people or things
 * (CASUALTY_PARTICIPLES): "killed 20 militants and lost 3" leaves the 3 uncounted, as they are not militants.
 * Run before its kin shareListCounts (a wider join: "but", "another N", a comma before a place), which gives the
 * noun only; inheritEllipticCounts reads a lead word or an acronym before the figure ("down from 303 in 2019", "a
 * combined 215", "and the PPP 54").
 */
function shareGappedCounts(text: string, out: NumberMention[], from: number): void {
  for (let k = from + 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const n = out[k]!;
    if (n.counts !== null || n.unit !== null || prev.counts === null || prev.unit !== null) continue;
    const gap = text.slice(prev.end, n.start);
    if (/\d/.test(gap) || countWordsIn(gap) > GAPPED_MAX_WORDS) continue;
    const m = GAPPED_JOIN.exec(gap);
    if (!m) continue;
    if (m[1] && !isSameKindVerb(m[1], prev.event) && !leavesInState(text, m[1], n, prev.event)) continue;
    n.counts = prev.counts;
    if (!m[1] && n.event === null) n.event = prev.event;
  }
}

/**
 * Whether a verb of its own before a bare figure says what happened to the same kind of thing as the figure before
 * it, so the figure may share its noun: both casualty participles ("killed 12 people and wounded 30"), while "The army
 * killed 20 militants and lost 3" lost no militants. Read by shareGappedCounts and shareListCounts.
 */
function isSameKindVerb(verb: string, prevEvent: string | null): boolean {
  return CASUALTY_PARTICIPLES.has(verb.toLowerCase()) && !!prevEvent && CASUALTY_PARTICIPLES.has(prevEvent.toLowerCase());
}

/** Verbs that leave the figure after them in a state: "killed 56 people and left 67 missing". */
const LEAVE_VERBS = new Set(['left', 'leaving', 'leaves', 'leave']);

/**
 * Whether "left" before a bare figure puts it in a casualty state or participle right after it, after a casualty
 * verb: "Heavy rains have killed at least 56 people and left 67 missing" (67 people; they gave no noun, where "killed 5
 * people and injured 40" did). "The army killed 20 militants and left 3 bases" has no state after the figure.
 */
function leavesInState(text: string, verb: string, n: NumberMention, prevEvent: string | null): boolean {
  if (!LEAVE_VERBS.has(verb.toLowerCase()) || !n.event || !prevEvent || !CASUALTY_PARTICIPLES.has(prevEvent.toLowerCase())) return false;
  const state = n.event.toLowerCase();
  return (CASUALTY_STATES.has(state) || CASUALTY_PARTICIPLES.has(state)) && new RegExp(`^\\s+${state}\\b`, 'iu').test(text.slice(n.end, n.end + 24));
}

function countWordsIn(s: string): number {
  return (s.match(/\p{L}+/gu) ?? []).length;
}

/**
 * Coordinated subjects share their verb: in "Two soldiers and three civilians were killed" the soldiers were killed
 * too. A count with no event takes the event of the next count, joined by "and", when that event follows it as its
 * verb. "Rebels seized 3 towns and 2 villages" (objects) and "Nine people died and 14 were injured" (own verbs)
 * already have theirs.
 */
function shareSubjectEvents(text: string, out: NumberMention[], from: number): void {
  for (let k = out.length - 2; k >= from; k--) {
    const a = out[k]!;
    let b = out[k + 1]!;
    // "71 of the drones and four of the missiles were shot down", "71 of 96 drones and four of six missiles were
    // shot down": a part of a whole is the subject up to the end of its of-phrase (the whole's figure, inside it, is
    // passed over and shares nothing: the 96 drones were launched)
    if (!a.event && a.counts && b.start < a.end + PART_OF_MAX_CHARS && PART_OF_OPENING.test(text.slice(a.end, b.start)) && b.counts === a.counts && !b.event) b = out[k + 2] ?? b;
    const gap = text.slice(a.end, b.start);
    const partOf = a.counts !== null && PART_OF_COORDINATION.test(gap) && gap.includes(a.counts);
    if (a.event || !a.counts || !b.event || !(COORDINATION.test(gap) || partOf)) continue;
    // (the second part's own of-phrase stands before the verb too: "four of the missiles were shot down")
    const verbGap = partOf ? PART_VERB_GAP : SUBJECT_VERB_GAP;
    verbGap.lastIndex = b.end;
    const gapMatch = verbGap.exec(text);
    const at = gapMatch ? text.indexOf(b.event, b.end) : -1;
    if (at < 0 || at > b.end + gapMatch![0].length + 1) continue;
    a.event = b.event;
  }
}

/**
 * Whether "1.2m" (no currency) is 1.2 million: a plural noun or a verb follows ("1.2m people", "1.2m stayed",
 * "1.2m were displaced"), right after a space. Metres otherwise: "a 1.2m wall" (one thing and its size), "2m high",
 * "300m (984ft) from the mosque", "100m from the border", "a 2m-high fence".
 */
function isMillionOf(text: string, terms: Term[], c: Candidate, firstIdx: number, last: number): boolean {
  const next = terms[last + 1];
  if (!next || !/^[ \t]+$/.test(text.slice(c.end, next.start))) return false;
  const prev = firstIdx > 0 ? terms[firstIdx - 1]!.normal : '';
  if (prev === 'a' || prev === 'an') return false;
  if (PREPOSITIONS.has(next.normal) || next.tags.has('Adjective') || next.tags.has('Adverb')) return false;
  if (isNounTerm(next)) return next.tags.has('Plural');
  return isVerbTerm(next) || AUXILIARIES.has(next.normal);
}

/**
 * Whether a whole figure with a scale letter ("41K", "2M") counts thousands or millions: a plural noun or a verb in
 * lower case follows, as for "1.2m" ("41K people", "10k steps", "2M fled"), but after "M" no reporting verb or verb
 * in "-s", which follow a name ("3M said", "3M makes masks"), and no capitalised word ("3M Selling", "2K Games"); or,
 * for "K", the clause ends after a verb in the past or "to"/"by" ("displaced 41K, officials said", "rose to 41K.";
 * not "shot in 4K.", "premium 4K,"). Not after an article: "a 5K run", "the 10K".
 */
function isLetterScaleOf(text: string, terms: Term[], c: Candidate, firstIdx: number, last: number, tableStarts: ReadonlySet<number>): boolean {
  const before = firstIdx > 0 ? terms[firstIdx - 1]! : undefined;
  const prev = before?.normal ?? '';
  if (prev === 'the') return false;
  // "52K | people displaced": a figure alone in its table cell, with a label or a column header saying what it counts
  if (cellReading(text, c.start, c.end, tableStarts)) return true;
  const next = terms[last + 1];
  if (c.letterScale === 1e3 && CLAUSE_END_AFTER.test(text.slice(c.end, c.end + 3))) return !!before && (prev === 'to' || prev === 'by' || before.tags.has('PastTense'));
  if (!next || !LOWER_START.test(next.text) || !isMillionOf(text, terms, c, firstIdx, last)) return false;
  return c.letterScale === 1e3 || !(next && !isNounTerm(next) && (CUE_FORMS.has(next.normal) || PRESENT_S.test(next.normal)));
}
/** The end of a clause right after a figure: "rose to 41K.", "displaced 41K, officials said". */
const CLAUSE_END_AFTER = /^(?:[.,;:!?)]|[ \t]*(?:\n|$))/;
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether the term after `k` is a verb and no noun: "has faced", "comes out" make term `k` a verb too. A copula, an
 * auxiliary or a modal never follows a verb in "-s": "17 of 23 Shahed drones were shot down", "40 Shahed drones have
 * been downed" keep "drones" the noun (the figures counted nothing).
 */
function isBareVerbAfter(terms: Term[], k: number): boolean {
  const next = terms[k + 1];
  if (next && (next.tags.has('Copula') || next.tags.has('Modal') || ['have', 'had'].includes(next.normal))) return false;
  return !!next && (next.tags.has('Particle') || (isVerbTerm(next) && !isNounTerm(next)));
}

/**
 * Nouns of criminal charges, whose of-phrase names the offence and is what a court report counts: "two counts of
 * fraud", "three charges of murder". "two counts" alone said nothing, and the offence's words were read as the event
 * ("three counts of attempted murder" → "attempted", "one count of conspiracy to supply drugs" → "supply").
 */
const CHARGE_HEADS = new Set(['count', 'counts', 'charge', 'charges']);
/** Most words of the offence after "counts of": "dishonestly obtaining a financial advantage by deception". */
const CHARGE_MAX_WORDS = 8;
/** Words that end an offence: another item of the list, or a time or place of the trial ("in 2019", "at the court"). */
const CHARGE_STOPS = new Set(['and', 'or', 'in', 'at', 'on', 'after', 'before', 'during', 'between', 'since', 'from', 'while', 'when', 'which', 'that', 'who']);

/**
 * Index of the last word of the offence after a charge noun at `head` ("counts" + "of fraud" → "fraud"), or -1 when
 * no "of" follows it: the offence runs to a break, a CHARGE_STOPS word or a finite verb ("… of fraud were dropped").
 */
function chargeOfEnd(text: string, terms: Term[], head: number): number {
  if (terms[head + 1]?.normal !== 'of' || isTermBreak(text, terms[head]!, terms[head + 1]!)) return -1;
  let end = -1;
  for (let k = head + 2; k < terms.length && k <= head + 1 + CHARGE_MAX_WORDS; k++) {
    const w = terms[k]!;
    if (isTermBreak(text, terms[k - 1]!, w) || CHARGE_STOPS.has(w.normal) || (AUXILIARIES.has(w.normal) && w.normal !== 'to') || w.tags.has('Value')) break;
    // "to supply", "with intent": the offence goes on; "attempted murder", "aggravated assault": a past form before a
    // noun modifies it; any other finite verb is the clause's ("… of fraud were dropped")
    const modifier = w.tags.has('PastTense') && !!terms[k + 1] && isNounTerm(terms[k + 1]!) && !isTermBreak(text, w, terms[k + 1]!);
    if ((w.tags.has('PastTense') || w.tags.has('PresentTense')) && !isNounTerm(w) && terms[k - 1]!.normal !== 'to' && !w.tags.has('Gerund') && !modifier) break;
    if (isNounTerm(w) || w.tags.has('Gerund')) end = k;
  }
  return end;
}

/**
 * Whether terms[k] is a "-ly" adverb before a participle or an adjective and then a noun, all of one phrase:
 * "internally displaced people", "critically injured patients", "newly arrived refugees".
 */
function isLyModifier(text: string, terms: Term[], k: number): boolean {
  const [w, m, n] = [terms[k], terms[k + 1], terms[k + 2]];
  if (!w || !m || !n || !/^\p{Ll}{3,}ly$/u.test(w.normal) || !w.tags.has('Adverb')) return false;
  if (isTermBreak(text, w, m) || isTermBreak(text, m, n)) return false;
  return (m.tags.has('Adjective') || m.tags.has('PastTense') || m.tags.has('Participle')) && isNounTerm(n) && !n.tags.has('Pronoun');
}

/** The noun phrase a figure counts, from term `j` on: "ISIS militants" in "26 ISIS militants were killed". */
/** What stands before a figure that opens its clause, the verb's subject: the sentence's start, a hedge ("Three face charges"). */
const SUBJECT_FIGURE_BEFORE = /(?:^|[.!?:;]["”]?\s+|\n\s*)(?:(?:some|about|around|nearly|almost|over|at\s+least|more\s+than|fewer\s+than|up\s+to)\s+)?$/iu;

function countedPhrase(
  text: string, terms: Term[], j: number, numEnd: number, many = false, participles = true,
): { start: number; end: number; lastIdx: number; partitive: boolean; participle?: number; group?: boolean } | null {
  let t = terms[j];
  if (!t || isBreak(text, numEnd, t.start, t.end)) return null;
  let partitive = false;
  let participle: number | undefined;
  // "three of the five key bridges", "dozens of weapons", "70 members of the tribe" (head stays "members")
  if (t.normal === 'of') {
    partitive = true;
    j++;
    // "nine of the country's ten provinces", "12 of the state's 36 counties": the owner in "'s" (which the tagger may read
    // as a singular noun or a verb) is no head; the counted noun comes after it
    while (terms[j] && (['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all'].includes(terms[j]!.normal) || terms[j]!.tags.has('Possessive') ||
      terms[j]!.tags.has('Value') || (/\p{L}['’]s$/u.test(terms[j]!.text) && terms[j + 1] !== undefined && !isTermBreak(text, terms[j]!, terms[j + 1]!)))) j++;
    t = terms[j];
    if (!t) return null;
    // "14 of the dead were children", "12 of the wounded were in serious condition": the group is the head ("of the
    // wounded soldiers" goes on to the noun)
    const after = terms[j + 1];
    if (CASUALTY_GROUPS.has(t.normal) && (!after || isTermBreak(text, t, after) || !isNounTerm(after) || after.tags.has('Pronoun'))) {
      return { start: t.start, end: t.end, lastIdx: j, partitive, group: true };
    }
  }
  if (t.normal === 'more' || t.normal === 'additional' || t.normal === 'other') j++; // "took 256 more prisoners"
  let head = -1;
  let k = j;
  // "issued 23 flood warnings", "40 oil drilling rigs": a base verb right after the figure, before a plural noun (over
  // an -ing modifier), is a noun modifying it (the tagger read "flood" as the verb: 23 counted nothing, and 100 of
  // "more than 100 flood alerts" had the event "flood")
  let modifiersTo = -1;
  {
    const w = terms[j];
    let n = j + 1;
    if (terms[n]?.tags.has('Gerund') && !isTermBreak(text, terms[n - 1]!, terms[n]!)) n++;
    const noun = terms[n];
    // (not a figure opening its clause, the verb's subject: "Three face charges over the fraud", "Two of them flee")
    const figureAt = terms.find((x) => x.end === numEnd)?.start ?? numEnd;
    const subject = /^(?:them|those|these|whom)$/.test(terms[j - 1]?.normal ?? '') || (!partitive && SUBJECT_FIGURE_BEFORE.test(text.slice(Math.max(0, figureAt - 40), figureAt)));
    if (!subject && w && w.tags.has('Infinitive') && !w.tags.has('PastTense') && /^\p{Ll}+$/u.test(w.text) && noun && noun.tags.has('Plural') && !noun.tags.has('Verb') &&
      terms.slice(j + 1, n + 1).every((x, m) => !isTermBreak(text, terms[j + m]!, x))) modifiersTo = n;
  }
  for (; k < terms.length && k < j + 7; k++) {
    const w = terms[k]!;
    const prev = terms[k - 1];
    if (k > j && prev && isTermBreak(text, prev, w)) break;
    if (k < modifiersTo) continue;
    const glued = k > j && prev && text.slice(prev.end, w.start) === '-';
    if (glued) {
      if (isNounTerm(w) && !w.tags.has('PastTense')) head = k; // "ISIL-held buildings": a modifier, keep going
      continue;
    }
    if ((w.normal === 'and' || w.normal === 'or') && prev?.tags.has('Adjective') && terms[k + 1] && (terms[k + 1]!.tags.has('Adjective') || isNounTerm(terms[k + 1]!))) continue;
    const tags = w.tags;
    if (NP_STOPS.has(w.normal) || PREPOSITIONS.has(w.normal)) break; // "34 strikes against ISIL terrorists"
    // "Two police personnel were wounded": a noun of a group right after the figure is its noun, though the tagger reads
    // "police" before another noun as a verb (the figure counted nothing, and its event was "police")
    // and after a nationality or an adjective: "three Georgian police officers were injured" counted nothing either
    if (GROUP_PLURALS.has(w.normal) && (k === j || terms.slice(j, k).every((m) => m.tags.has('Demonym') || countryOfDemonym(m.text) !== null || (m.tags.has('Adjective') && !isVerbTerm(m))))) {
      head = k;
      continue;
    }
    // "18 one-way attack drones", "two three-stage rockets": a number word glued by a hyphen to the next word opens a
    // compound modifier, not a second figure
    if (k === j && tags.has('Value') && !/\d/.test(w.text) && terms[k + 1] && text.slice(w.end, terms[k + 1]!.start) === '-' && !terms[k + 1]!.tags.has('Value')) continue;
    // "1.2 million internally displaced people", "40 critically injured patients": a "-ly" adverb opening the phrase
    // modifies the participle or adjective after it, which modifies the noun
    if (k === j && isLyModifier(text, terms, k)) continue;
    // "96 AH-64E Apache helicopters", "12 KC-46 tankers": a short capitalised word glued by a hyphen to a figure opens
    // a model's designation, a noun of the phrase whatever the tagger read ("AH" an interjection ended the phrase)
    if (/^\p{Lu}[\p{L}]{0,3}$/u.test(w.text) && terms[k + 1] && text.slice(w.end, terms[k + 1]!.start) === '-' && /^\d/.test(terms[k + 1]!.text)) {
      head = k;
      continue;
    }
    // "more than 120 MPs signing an amendment", "3,000 people living in the camp": a word in -ing after a plural noun
    // opens a participle clause on it, no word of what is counted (it counted "MPs signing"; the tagger reads the
    // -ing form as a noun)
    if (k > j && prev && /^\p{Ll}{3,}ing$/u.test(w.text) && /\p{L}s$/u.test(prev.text) && isNounTerm(prev) && !/ss$/u.test(prev.text)) break;
    // "ordered 400 737 Max jets": a model's number right after the figure and before a name opens the counted phrase
    // (isAmountContext reads it as no figure: COUNT_BEFORE_MODEL); the count was of nothing
    if (k === j && /^\d{2,4}$/.test(w.text) && terms[k + 1] && /^\p{Lu}/u.test(terms[k + 1]!.text) && text.slice(w.end, terms[k + 1]!.start) === ' ') continue;
    if (tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Pronoun') || tags.has('Copula') || tags.has('Modal') || tags.has('Adverb') || tags.has('Value')) break;
    // "12 wounded civilians", "40 abducted schoolgirls": a past form right before a noun modifies it (describe checks
    // it cannot be the figure's verb: keepsParticiple); after a nationality too: "38 Ukrainian unmanned aerial vehicles"
    // and after plain adjectives: "3,051 new confirmed mpox cases", "40 more suspected cholera deaths"
    if (participles && (k === j || (k === j + 1 && isLyModifier(text, terms, j)) || terms.slice(j, k).every((m) => m.tags.has('Demonym') || (m.tags.has('Adjective') && !isVerbTerm(m)))) && isParticipleBeforeNoun(text, terms, k, many)) {
      participle = k;
      continue;
    }
    // "23 strikes using attack aircraft", "18 teams playing in six groups": a participle after a plural ends the phrase
    if (/[a-z]{3}ing$/.test(w.normal) && head === k - 1 && terms[head]!.tags.has('Plural')) break;
    // "The 1.2m refugees need aid": a singular noun right after a plural head is a verb the tagger misread ("need",
    // "face", "fear"), not part of the phrase; plurals seldom modify ("arms depot" is the rare exception)
    // (not a noun of a group, which is no verb: "Two police personnel were wounded" counted nothing, its event "police")
    // An "-s" word right after a figure above one is such a plural, whatever the tagger read: "more than 300 strikes hit
    // civilian areas" ("strikes" a verb, "hit" a noun: it counted "strikes hit civilian areas")
    // (only a word the tagger read as a verb: "10 últimas corridas", an adjective, keeps its noun)
    const pluralHead = head >= j && (terms[head]!.tags.has('Plural') || (many && head === j && terms[head]!.tags.has('Verb') && /[^s'’]s$/.test(terms[head]!.normal)));
    if (head === k - 1 && pluralHead && tags.has('Singular') && !tags.has('ProperNoun') && !/^\p{Lu}/u.test(w.text) &&
      !GROUP_PLURALS.has(w.normal)) break;
    // … and so is a past form after it, the figure's verb or a participle after the noun, never a modifier of a noun
    // after it: "Two suspects received prison terms" ("suspects" a verb, "received" an adjective) counted "suspects
    // received prison terms"
    if (head === k - 1 && head === j && many && pluralHead && !terms[head]!.tags.has('Plural') && /^\p{Ll}{2,}ed$/u.test(w.text) && !isNounTerm(w)) break;
    // "Rebels captured 4 army bases": more than one of a singular noun cannot be, so the "-s" word after it that the
    // tagger read as a verb is the plural head. Only right after the first noun of the phrase, and not an auxiliary,
    // a phrasal verb or a verb before another verb: "its 777 program has faced delays", "the 180 page report comes
    // out" (the figure names the program or qualifies the page, and the "-s" word is the verb)
    // A name before it counts as the singular noun: "40 Shahed drones", "120 Hezbollah targets" (tagged as verbs)
    const pluralAfterSingular = many && head === k - 1 && head === j && (terms[head]!.tags.has('Singular') || terms[head]!.tags.has('ProperNoun')) && !terms[head]!.tags.has('Plural') &&
      /s$/.test(w.normal) && tags.has('PresentTense') && !AUXILIARIES.has(w.normal) && !tags.has('PhrasalVerb') && !isBareVerbAfter(terms, k);
    // the same after a compound of singular nouns, when the "-s" word ends the phrase (a break, "and" or the end after
    // it, so it has no object): "16 Chinese coast guard ships, four of which …", "two China Coast Guard ships and six
    // militia vessels" counted "Chinese coast guard" and nothing
    const pluralAfterCompound = many && !pluralAfterSingular && head === k - 1 && head > j && /s$/.test(w.normal) && tags.has('PresentTense') &&
      !AUXILIARIES.has(w.normal) && !tags.has('PhrasalVerb') && terms.slice(j, k).every((m) => isNounTerm(m) && !m.tags.has('Plural') && !m.tags.has('Pronoun')) &&
      (!terms[k + 1] || isTermBreak(text, w, terms[k + 1]!) || ['and', 'or'].includes(terms[k + 1]!.normal));
    const noun = isNounTerm(w) || (k === j && /s$/.test(w.normal) && tags.has('PresentTense')) || pluralAfterSingular || pluralAfterCompound;
    if (noun && !(tags.has('PastTense') && !tags.has('Plural'))) {
      head = k;
      continue;
    }
    // "two ISIL-held building and a VBIED": compromise reads "building" as a gerund; a gerund ends the phrase as its head
    // only when no noun came right before it ("five building partner capacity sites" goes on to "sites").
    if (tags.has('Gerund') && head === k - 1) break;
    if (tags.has('Gerund')) {
      head = k;
      continue;
    }
    if (tags.has('Adjective') || tags.has('Gerund')) continue;
    break;
  }
  if (head < 0) return null;
  // "1 Kyle Busch" in a ranking: a name, not what is counted ("300 ANG Airmen" is plural and stays)
  const words = terms.slice(j, head + 1);
  // ("40 Lockheed Martin F-16 fighter jets": a maker's name that reads as a person's before a plural common noun,
  // which is what is counted)
  const commonPluralHead = /^\p{Ll}/u.test(terms[head]!.text) && terms[head]!.tags.has('Plural');
  if ((words.some((w) => w.tags.has('Person')) && !commonPluralHead) || (words.every((w) => /^\p{Lu}/u.test(w.text)) && !/s$/.test(terms[head]!.normal) && !terms[head]!.tags.has('Plural') &&
    !(many && isSamePluralPeople(terms[head]!.text)))) return null;
  const charge = CHARGE_HEADS.has(terms[head]!.normal) ? chargeOfEnd(text, terms, head) : -1;
  if (charge > head) return { start: terms[j]!.start, end: terms[charge]!.end, lastIdx: charge, partitive, participle };
  return { start: terms[j]!.start, end: terms[head]!.end, lastIdx: head, partitive, participle };
}

const SAME_PLURAL_PEOPLE = wordSet(SAME_PLURAL_PEOPLES);
const EXTRA_DEMONYM_WORDS = new Set(Object.keys(EXTRA_DEMONYMS.words));

/**
 * A people's name whose plural is its singular, so that more than one of it is what a figure counts: "569 Rohingya"
 * (SAME_PLURAL_PEOPLES), or a demonym in "-ese" the gazetteer knows ("300 Sudanese", "120 Congolese", "40 Nepalese").
 */
function isSamePluralPeople(word: string): boolean {
  const w = word.toLowerCase();
  return SAME_PLURAL_PEOPLE.has(w) || (/ese$/.test(w) && (countryOfDemonym(word) !== null || EXTRA_DEMONYM_WORDS.has(w)));
}

/**
 * The noun glued by a hyphen to a number, when a longer phrase follows it: "bedroom" of "a three-bedroom house",
 * "storey" of "a six-storey building" (the term `j` right after the figure ending at `numEnd`, opening the phrase
 * `np`). Null when the figure stands alone before its noun ("three bedrooms"), the glued word is the whole phrase
 * ("a two-goal lead" already counts "goal": "lead" is no noun of it) or no noun ("a 30-strong crowd").
 */
function gluedNoun(text: string, terms: Term[], j: number, numEnd: number, np: { start: number; lastIdx: number; partitive: boolean }): Term | null {
  const t = terms[j];
  if (!t || np.partitive || np.lastIdx <= j || text.charCodeAt(numEnd) !== 45 || t.start !== numEnd + 1 || np.start !== t.start) return null;
  // "a two-storey-high wall", "a four-wheel-drive car": the compound may go on past the noun, which is still what the
  // number counts (two storeys, four wheels)
  return isNounTerm(t) ? t : null;
}

/**
 * A noun glued to a number that the tagger read as a verb, before the phrase the compound describes: "judge" of "a
 * three-judge panel", "seat" of "a 100-seat majority" (term `j`, right after the figure ending at `numEnd`), with the
 * index of that phrase's last term. Null for anything else: "a 30-strong crowd" (an adjective), "a two-run homer" read
 * as a noun already (gluedNoun).
 */
function gluedVerbNoun(text: string, terms: Term[], j: number, numEnd: number): { term: Term; lastIdx: number } | null {
  const t = terms[j];
  if (!t || text.charCodeAt(numEnd) !== 45 || t.start !== numEnd + 1 || text.charCodeAt(t.end) === 45) return null;
  if (!isVerbTerm(t) || t.tags.has('Adjective') || t.tags.has('PastTense') || t.tags.has('Gerund') || !GLUED_LOWER_WORD.test(t.text)) return null;
  const after = countedPhrase(text, terms, j + 1, t.end);
  return after && !after.partitive && after.participle === undefined ? { term: t, lastIdx: after.lastIdx } : null;
}
/** A glued word in lower-case letters only: "judge", not "COVID" or "19". */
const GLUED_LOWER_WORD = /^\p{Ll}+$/u;

/** Most words read over from a participle to the noun it modifies: "12 wounded [Palestinian] civilians". */
const PARTICIPLE_NOUN_MAX_WORDS = 3;
/**
 * Whether the past form at term `k` (after a figure) is followed by the noun it modifies: "12 [wounded] civilians",
 * "40 [abducted] schoolgirls", "12 [wounded] Palestinian civilians"; a plural after a figure above one.
 */
function isParticipleBeforeNoun(text: string, terms: Term[], k: number, many: boolean): boolean {
  const w = terms[k]!;
  // "300 reported deaths", "40 estimated cases": the auxiliaries of "were reported killed" that also describe a noun
  // (DESCRIPTIVE_PARTICIPLES) are modifiers before one
  if (!isVerbTerm(w) || isNounTerm(w) || !(w.tags.has('PastTense') || w.tags.has('Participle')) || !/(?:ed|en)$/.test(w.normal) ||
    (AUXILIARIES.has(w.normal) && !DESCRIPTIVE_PARTICIPLES.has(w.normal))) return false;
  for (let i = k + 1; i <= k + PARTICIPLE_NOUN_MAX_WORDS && i < terms.length; i++) {
    const t = terms[i]!;
    if (isTermBreak(text, terms[i - 1]!, t) || t.tags.has('Date') || t.tags.has('Pronoun') || t.tags.has('Value') || NP_STOPS.has(t.normal) || PREPOSITIONS.has(t.normal)) return false;
    if (isNounTerm(t) && (!many || t.tags.has('Plural'))) return true;
    // "five armored [fighting] vehicles": a gerund between them modifies the noun too
    if (!isNounTerm(t) && !t.tags.has('Adjective') && !t.tags.has('Gerund')) return false;
  }
  return false;
}

/** Words inside an age after "aged": "19 to 24", "between 15 and 17", "65 and over". */
const AGE_RANGE_WORDS = new Set(['to', 'and', 'or', 'between', 'over', 'under', 'above', 'up', 'older', 'younger', 'plus']);

/** Prepositions that also open a clause: "after 14 soldiers were killed", "since 300 people fled". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as']);

/** The nearest word before the figure at term `first`, over the words leftGovernor skips ("after at least 14"). */
function leftWord(terms: Term[], first: number): string {
  let i = first - 1;
  while (i >= 0 && first - i <= 6 && (LEFT_SKIP.has(terms[i]!.normal) || terms[i]!.tags.has('Value'))) i--;
  return i >= 0 ? terms[i]!.normal : '';
}

/** Words of the size of a change between its verb and "to": "by 39 percent", "4.5 percentage points", "30%". */
const CHANGE_SIZE_WORDS = new Set(['by', 'percent', 'per', 'cent', 'pc', 'percentage', 'point', 'points', '%']);
/** Most words of that size: "by 4.5 percentage points" (4). */
const CHANGE_SIZE_MAX_WORDS = 5;
/** `subjectAt`: the index of a verb of change whose subject the figure's level or size is ("Measles cases rose to 1,204"). */
type Governor = { kind: 'verb'; text: string; subjectAt?: number } | { kind: 'prep' | 'list' | 'with' | 'none' | 'copula' };

/**
 * What stands left of the figure (terms before index `first`): a verb, a preposition, a list comma. `prev`: the span
 * of the figure before it in the window, whose words (its unit: "up 12 basis points at 4.62%") govern nothing.
 */
function leftGovernor(text: string, terms: Term[], first: number, prev: { start: number; end: number } | null = null): Governor {
  let i = first - 1;
  let otherFigure = false;
  // a few words at most: "killed only the last 20"; figures in a row ("1 1 1 …") must not make this quadratic
  while (i >= 0 && first - i <= 6) {
    const t = terms[i]!;
    const g = text.slice(t.end, terms[i + 1]!.start);
    // "claimed it had killed “dozens of enemy soldiers”": a quotation opening on the figure is the verb's object
    // `the army said it had "neutralised" 45 terrorists`: a verb in scare quotes governs the figure after it, read
    // through its closing mark as isTermBreak reads it after a figure (`15 militants had been "neutralised"`)
    const scareQuoted = CLOSING_QUOTE_GAP.test(g) && OPENING_QUOTE.test(text[t.start - 1] ?? '');
    if (BOUNDARY_PUNCT.test(g) && !(i === first - 1 && OPENING_QUOTE_GAP.test(g)) && !scareQuoted) return /,/.test(g) ? { kind: 'list' } : { kind: 'none' };
    // "police estimated 15,000": the subject's verb, not the hedge of "an estimated 15,000" (VERB_HEDGES)
    const verbHedge = VERB_HEDGES.find((h) => h.words === t.normal);
    if (verbHedge && i > 0 && !verbHedge.after.includes(terms[i - 1]!.normal) && !BOUNDARY_PUNCT.test(text.slice(terms[i - 1]!.end, t.start))) break;
    // "fired a barrage of 30 rockets", "launched a salvo of 180 missiles", "released a group of 33 hostages": the
    // collective before "of" is the figure's measure, and the verb before it governs (as "a total of" does)
    if (LEFT_SKIP.has(t.normal) || (t.normal === 'of' && (terms[i - 1]?.normal === 'total' || COLLECTIVES_OF.has(terms[i - 1]?.normal ?? ''))) ||
      (COLLECTIVES_OF.has(t.normal) && terms[i + 1]?.normal === 'of' && i + 1 < first) || t.tags.has('Value')) {
      if (t.tags.has('Value')) otherFigure = true;
      i--;
      continue;
    }
    break;
  }
  if (i < 0) return { kind: 'none' };
  const p = terms[i]!;
  if (prev && p.start >= prev.start && p.start < prev.end) return { kind: 'none' };
  if (p.normal === 'and' || p.normal === 'or') return { kind: 'list' };
  if (p.normal === 'with') return { kind: 'with' };
  // "The flood wiped out nearly one-third of the harvest", "sold off 30 tanks": a particle after its verb, which
  // governs the figure ("out" and "off" are prepositions too)
  if (PARTICLES.has(p.normal) && terms[i - 1] && isVerbTerm(terms[i - 1]!) && !isNounTerm(terms[i - 1]!)) return { kind: 'verb', text: text.slice(terms[i - 1]!.start, p.end) };
  // "Armenia handed over four villages": the particle of NON_HEDGE_BEFORE's phrasal verbs, read through to its verb
  if (terms[i - 1] && OVER_PARTICLE_VERBS.has(terms[i - 1]!.normal) && p.normal === 'over' && !isTermBreak(text, terms[i - 1]!, p)) return { kind: 'verb', text: text.slice(terms[i - 1]!.start, p.end) };
  // "Gunmen shot dead 12 villagers", "took hostage 40 soldiers": a state completing the verb before its object
  // (EVENT_COMPLETIONS), as in the passive "were shot dead"
  const verbBefore = terms[i - 1];
  if (COMPLETION_IS_PARTICLE.get(p.normal) === false && verbBefore && (isVerbTerm(verbBefore) || SAME_FORM_PARTICIPLES.has(verbBefore.normal)) && !verbBefore.tags.has('Copula') && !verbBefore.tags.has('Auxiliary') && !isTermBreak(text, verbBefore, p)) {
    return { kind: 'verb', text: text.slice(verbBefore.start, p.end) };
  }
  // "In 2017 3 000 people fled": the preposition has its own figure (the year); this one is the clause's subject
  if (otherFigure && (PREPOSITIONS.has(p.normal) || p.tags.has('Preposition'))) return { kind: 'none' };
  // "set fire to 60 houses", "took control of 12 villages": the preposition ends a verb phrase, which governs the figure
  const phrase = verbPhraseBefore(text, terms, i);
  if (phrase >= 0) return { kind: 'verb', text: text.slice(terms[phrase]!.start, p.end) };
  // "Unemployment fell to 4.4%", "the share rose by 4.5 percentage points": the change verb governs the figure
  const beforePrep = terms[i - 1];
  if ((p.normal === 'by' || p.normal === 'to') && beforePrep && CHANGE_VERBS_BEFORE_BY_TO.has(beforePrep.normal) && !isTermBreak(text, beforePrep, p)) {
    return { kind: 'verb', text: beforePrep.text, subjectAt: i - 1 };
  }
  // "Irregular crossings fell by 39 percent to around 114,000", "Arrivals rose 30% to 45,000": the size of the change
  // between the verb and "to" (CHANGE_SIZE_WORDS); the level after "to" counts the verb's subject as above
  if (p.normal === 'to' && beforePrep && !isTermBreak(text, beforePrep, p)) {
    let k = i - 1;
    let size = false;
    while (k > 0 && i - k <= CHANGE_SIZE_MAX_WORDS && (terms[k]!.tags.has('Value') || CHANGE_SIZE_WORDS.has(terms[k]!.normal)) && !isTermBreak(text, terms[k - 1]!, terms[k]!)) {
      if (terms[k]!.tags.has('Value')) size = true;
      k--;
    }
    const v = terms[k]!;
    if (size && CHANGE_VERBS_BEFORE_BY_TO.has(v.normal)) return { kind: 'verb', text: v.text, subjectAt: k };
  }
  // "The number of displaced people reached 114 million", "Cholera cases have topped 12,000": a verb of a level whose
  // object is the figure; the figure counts the verb's subject
  if (i === first - 1 && LEVEL_VERBS.has(p.normal) && !isTermBreak(text, p, terms[first]!)) {
    // "the count reached 870", "the toll topped 100": a subject that only says "how many" names nothing counted
    const subject = terms[i - 1]?.normal ?? '';
    return QUANTITY_HEADS.has(subject) || subject === 'toll' ? { kind: 'verb', text: p.text } : { kind: 'verb', text: p.text, subjectAt: i };
  }
  // "cut rates by 25 basis points", "cut the risk of death by a third": a verb of change, its object, then "by N"
  if (p.normal === 'by') {
    const verb = changeVerbOverObject(text, terms, i);
    if (verb >= 0) return { kind: 'verb', text: terms[verb]!.text };
  }
  // "Sales rise 4%", "The firm cut 1,200 jobs": a verb of change the tagger read as a noun, right after its subject
  if (i === first - 1 && (CHANGE_VERBS.has(p.normal) || SAME_FORM_PARTICIPLES.has(p.normal)) && isChangeVerbAfterSubject(terms, i)) return { kind: 'verb', text: p.text };
  // "the killing of 13 police officers", "the kidnapping of 17 missionaries": a noun of what was done to them (EVENT_NOUNS)
  // after a determiner or a possessive governs the figure as its verb would; so does one that is a verb's object:
  // "inflicted losses of up to 1,340 troops", "suffered casualties of 200 men" (no event)
  const done = terms[i - 1];
  const owner = terms[i - 2];
  if (p.normal === 'of' && done && EVENT_NOUNS.has(done.normal) && !isTermBreak(text, done, p) &&
    (owner?.tags.has('Determiner') || owner?.tags.has('Possessive') || /['’]s$/.test(owner?.normal ?? '') ||
      (owner && isVerbTerm(owner) && !owner.tags.has('Auxiliary') && !owner.tags.has('Copula') && !isTermBreak(text, owner, done)))) return { kind: 'verb', text: done.text };
  if (PREPOSITIONS.has(p.normal) || p.tags.has('Preposition')) return { kind: 'prep' };
  if (p.tags.has('Copula') || LINKING.has(p.normal)) return { kind: 'copula' };
  if (PARTICLES.has(p.normal) && terms[i - 1] && isVerbTerm(terms[i - 1]!)) return { kind: 'verb', text: text.slice(terms[i - 1]!.start, p.end) };
  if (p.tags.has('Noun') || p.tags.has('Plural') || p.tags.has('ProperNoun')) {
    // compromise's noun tag wins over position, except for the clear verb shapes below
    if (!/[a-z]{3}ing$/.test(p.normal) && terms[i - 1]?.normal !== 'to') return { kind: 'none' };
  }
  // "used such weapons at least once": compromise may tag a plural after "such"/"the" as a verb
  const before = terms[i - 1];
  if (/s$/.test(p.normal) && p.tags.has('PresentTense') && before && (before.tags.has('Determiner') || before.tags.has('Adjective') || ['such', 'the', 'these', 'those', 'many', 'several'].includes(before.normal))) return { kind: 'none' };
  if (isVerbTerm(p) && !p.tags.has('Auxiliary') && !p.tags.has('Modal')) return { kind: 'verb', text: p.text };
  // "Gunmen … burned 60 houses": the tagger may read a past form before a figure as an adjective, but a figure does not
  // follow its adjective; after a determiner it does ("an unprecedented 60", "a reported 60"), and at the end of a
  // compound ("a weaker-than-expected 0.3 percent")
  // ("Moscow and Kyiv each released 95 prisoners": "each", "both", "all" after a subject float off it, no determiner of
  // the figure; the past form after them is the verb)
  const floating = before && FLOATING_QUANTIFIERS.has(before.normal) && !!terms[i - 2] && (terms[i - 2]!.tags.has('Noun') || terms[i - 2]!.tags.has('Pronoun'));
  if (p.tags.has('Adjective') && /[a-z]{2}ed$/.test(p.normal) && !p.tags.has('Hyphenated') && (floating || !(before && (before.tags.has('Determiner') || before.tags.has('Possessive') || before.tags.has('Adjective'))))) return { kind: 'verb', text: p.text };
  // compromise reads "delivering dozens of weapons" and "to employ 200,000 Syrians" as nouns; the position says verb.
  if (/[a-z]{3}ing$/.test(p.normal) && !p.tags.has('Plural')) return { kind: 'verb', text: p.text };
  if (terms[i - 1]?.normal === 'to' && !p.tags.has('Plural') && !p.tags.has('ProperNoun')) return { kind: 'verb', text: p.text };
  if (['has', 'have', 'had'].includes(p.normal)) return { kind: 'verb', text: p.text }; // "has 17 gates"
  return { kind: 'none' };
}

const RELATION_PARTICIPLE = new Set(RELATION_PARTICIPLES.words);
/** Whether terms[k] is a RELATION_PARTICIPLES word right before a preposition: "based in", "linked to". */
function isRelationParticiple(text: string, terms: Term[], k: number): boolean {
  const t = terms[k];
  const next = terms[k + 1];
  return !!t && !!next && RELATION_PARTICIPLE.has(t.normal) && PREPOSITIONS.has(next.normal) && !isTermBreak(text, terms[k - 1]!, t) && !isTermBreak(text, t, next);
}

/** PREPOSITIONAL_VERB_PHRASES by their last word ("to", "on", "of"). */
const VERB_PHRASES_BY_LAST = new Map<string, { verbs: Set<string>; rest: string[] }[]>();
for (const v of PREPOSITIONAL_VERB_PHRASES) {
  const last = v.rest[v.rest.length - 1]!;
  VERB_PHRASES_BY_LAST.set(last, [...(VERB_PHRASES_BY_LAST.get(last) ?? []), { verbs: new Set(v.verbs), rest: v.rest }]);
}
/** The index of the verb of a PREPOSITIONAL_VERB_PHRASES phrase ending at term `i` ("set fire [to]"), or -1. */
function verbPhraseBefore(text: string, terms: Term[], i: number): number {
  const phrases = VERB_PHRASES_BY_LAST.get(terms[i]!.normal);
  if (!phrases) return -1;
  for (const { verbs, rest } of phrases) {
    const v = i - rest.length;
    if (v < 0 || !verbs.has(terms[v]!.normal)) continue;
    let ok = true;
    for (let n = 1; n <= rest.length && ok; n++) ok = terms[v + n]!.normal === rest[n - 1] && !isTermBreak(text, terms[v + n - 1]!, terms[v + n]!);
    if (ok) return v;
  }
  return -1;
}

/** Most words of an object between a verb of change and "by N": "cut [the risk of death] by a third". */
const CHANGE_OBJECT_MAX_WORDS = 5;
/**
 * The index of a verb of change (TRANSITIVE_CHANGE_VERBS) before its object and the "by" at `by`, or -1: "The bank
 * cut rates by 25 basis points". The object holds no verb and no break; the verb is no noun after a determiner or an
 * adjective ("a deep cut in costs by 2020" is no change done by 2020).
 */
function changeVerbOverObject(text: string, terms: Term[], by: number): number {
  for (let k = by - 1, n = 0; k > 0 && n <= CHANGE_OBJECT_MAX_WORDS; k--, n++) {
    const t = terms[k]!;
    if (isTermBreak(text, t, terms[k + 1]!)) return -1;
    if (n > 0 && TRANSITIVE_CHANGE_VERBS.has(t.normal)) {
      const before = terms[k - 1]!;
      if (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Possessive')) return -1;
      return k;
    }
    if (PARTICLES.has(t.normal) || t.tags.has('Auxiliary') || t.tags.has('Copula')) return -1;
    // "raised prices by 5%": the tagger may read a plural object as a verb in "-s"
    if (isVerbTerm(t) && !isNounTerm(t) && !(/s$/.test(t.normal) && t.tags.has('PresentTense'))) return -1;
  }
  return -1;
}

/**
 * Whether the change verb at `i` (one the tagger may read as a noun: "rise", "cut") follows its subject: a noun or a
 * pronoun right before, with no determiner or adjective making the word itself a noun ("a sharp rise", "the cut").
 */
function isChangeVerbAfterSubject(terms: Term[], i: number): boolean {
  const subject = terms[i - 1];
  if (!subject || subject.tags.has('Determiner') || subject.tags.has('Value') || subject.tags.has('Possessive')) return false;
  // "The firm cut 1,200 jobs": the tagger reads "firm" as an adjective; after a determiner it is the subject's head
  if (subject.tags.has('Adjective')) return !!terms[i - 2]?.tags.has('Determiner') && !isNounTerm(subject);
  // "Food prices rise 3%": the tagger may read the plural subject as the verb
  return isNounTerm(subject) || subject.tags.has('Pronoun') || (/s$/.test(subject.normal) && subject.tags.has('PresentTense'));
}

/** The verb of a coordinated object list, read back over the earlier conjunct: "fought off several attacks and six …". */
function listVerb(text: string, terms: Term[], first: number, prev: { start: number; end: number } | null = null): string | null {
  let i = first - 1;
  while (i >= 0 && !['and', 'or'].includes(terms[i]!.normal) && !/,/.test(text.slice(terms[i]!.end, terms[i + 1]!.start))) i--;
  for (let n = 0, k = i - 1; k >= 0 && n < 6; k--, n++) {
    // the earlier conjunct's own words are no verb of the list: "two counts of conspiracy to supply drugs and one
    // count of money laundering" (the laundering was "supply")
    while (k >= 0 && prev && terms[k]!.start >= prev.start && terms[k]!.end <= prev.end) k--;
    if (k < 0) return null;
    const t = terms[k]!;
    if (BOUNDARY_PUNCT.test(text.slice(t.end, terms[k + 1]!.start)) && !/^,\s*$/.test(text.slice(t.end, terms[k + 1]!.start))) return null;
    if (['off', 'up', 'out', 'down', 'away', 'back'].includes(t.normal)) continue; // particles: "fought off"
    if (PREPOSITIONS.has(t.normal) || t.tags.has('Preposition') || t.tags.has('Copula')) return null;
    // "convicted of aggravated murder and two counts of …": a past form right before a noun of the conjunct modifies it
    if (t.tags.has('PastTense') && k + 1 < i && isNounTerm(terms[k + 1]!) && !terms[k + 1]!.tags.has('Pronoun')) continue;
    if (isFigureParticiple(text, terms, k)) continue;
    if (isVerbTerm(t) && !isNounTerm(t) && !t.tags.has('Auxiliary')) return t.text;
  }
  return null;
}

/** A verb among the terms before index `idx` that start at or after `from` (read backwards, so a list costs its length). */
function hasVerbBetween(terms: Term[], idx: number, from: number, text?: string): boolean {
  for (let k = idx - 1; k >= 0 && terms[k]!.start >= from; k--) if (isVerbTerm(terms[k]!) && !isNounTerm(terms[k]!) && !isJoinedPlural(terms, k) && !(text !== undefined && isFigureParticiple(text, terms, k))) return true;
  return false;
}

/**
 * "59,280 cases, including 12,660 confirmed, and 1,192 deaths": a past form right after a figure, its clause closed
 * by a comma, describes that figure's things ("confirmed" cases); it is no verb of the list going on after it (the
 * deaths were "confirmed").
 */
function isFigureParticiple(text: string, terms: Term[], k: number): boolean {
  const t = terms[k]!;
  const before = terms[k - 1];
  const after = terms[k + 1];
  return t.tags.has('PastTense') && !!before?.tags.has('Value') && !isTermBreak(text, before, t) && !!after && /^\s*,/.test(text.slice(t.end, after.start));
}

/**
 * "lost 28 ships and boats, and one submarine": a word in "-s" after a noun and "and"/"or" is a plural joined to it,
 * though the tagger reads it as a verb (the submarine's event was "boats"), and no verb of its own list member.
 */
function isJoinedPlural(terms: Term[], k: number): boolean {
  const t = terms[k]!;
  const before = terms[k - 2];
  // the noun before "and" may be read as a verb too: "28 ships" after its figure is a count's noun
  return /s$/.test(t.normal) && t.tags.has('PresentTense') && ['and', 'or'].includes(terms[k - 1]?.normal ?? '') && !!before &&
    (isNounTerm(before) || (/s$/.test(before.normal) && !!terms[k - 3]?.tags.has('Value')));
}

/**
 * The state a STATE_LEAVING_VERBS verb leaves the counted group in, at term `k` right after the group: "dead" of "left
 * 12 people dead", "homeless", "wounded", "without power" of "left 200,000 homes without power"; null for anything else.
 */
function stateAfter(text: string, terms: Term[], k: number): string | null {
  const t = terms[k];
  if (!t || (k > 0 && isTermBreak(text, terms[k - 1]!, t))) return null;
  if (CASUALTY_STATES.has(t.normal) || CASUALTY_PARTICIPLES.has(t.normal)) return t.text;
  const noun = terms[k + 1];
  if (t.normal === 'without' && noun && isNounTerm(noun) && !isTermBreak(text, t, noun)) return text.slice(t.start, noun.end);
  return null;
}

/**
 * The state after a staying verb, from term `k` on (STAYING_VERBS): a casualty state or participle ("remain missing",
 * "remained trapped", "remain displaced"), or a STAYING_STATES word or phrase ("remain in hospital"); null otherwise.
 */
/** A past participle right after a staying verb, its state: "remain threatened", "stayed flooded"; else null. */
function stayingParticiple(text: string, terms: Term[], k: number): string | null {
  const t = terms[k];
  return t && !isTermBreak(text, terms[k - 1]!, t) && /(?:ed|en)$/.test(t.normal) && (isVerbTerm(t) || t.tags.has('Adjective')) ? t.text : null;
}

function stayingState(text: string, terms: Term[], k: number): string | null {
  while (terms[k] && STAYING_ADVERBS.has(terms[k]!.normal) && !isTermBreak(text, terms[k - 1]!, terms[k]!)) k++;
  const t = terms[k];
  if (!t || isTermBreak(text, terms[k - 1]!, t)) return null;
  if (CASUALTY_STATES.has(t.normal) || CASUALTY_PARTICIPLES.has(t.normal)) return t.text;
  for (const st of STAYING_STATES) {
    const last = terms[k + st.words.length - 1];
    if (!last || !st.words.every((w, n) => terms[k + n]!.normal === w && (n === 0 || !isTermBreak(text, terms[k + n - 1]!, terms[k + n]!)))) continue;
    return text.slice(t.start, last.end);
  }
  return null;
}

/** Most words of an attribution aside between a counted phrase and its verb: ", according to the Gaza health ministry,". */
const ASIDE_MAX_WORDS = 10;
/** Most words after the reporting verb of an aside: ", the army said in a statement on Monday,". */
const ASIDE_AFTER_CUE_MAX_WORDS = 5;
/** A gap that is one comma and spaces: where an aside opens and closes. */
const COMMA_GAP = /^\s*,\s*$/;

/**
 * The term after a breakdown set off by commas that opens at term `k` (BREAKDOWN_OPENERS: ", including a child,",
 * ", among them two officers,"), or -1: "four people, including a child, were injured" takes "injured", not the
 * verb of the list before it.
 */
function afterBreakdownAside(text: string, terms: Term[], k: number): number {
  if (k === 0 || !COMMA_GAP.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return -1;
  const opener = BREAKDOWN_OPENERS.find((o) => o.words.every((w, n) => terms[k + n]?.normal === w));
  if (!opener) return -1;
  for (let j = k + opener.words.length + 1; j < terms.length && j <= k + ASIDE_MAX_WORDS; j++) {
    if (!isTermBreak(text, terms[j - 1]!, terms[j]!)) continue;
    return COMMA_GAP.test(text.slice(terms[j - 1]!.end, terms[j]!.start)) ? j : -1;
  }
  return -1;
}

/**
 * The index of the term after an attribution aside that opens at term `k` (after a comma) and closes with a comma, or
 * -1: "At least 40 people, according to the health ministry, were killed", "Twelve soldiers, the army said, were
 * wounded", "More than 300 homes, officials said on Monday, were destroyed", "…, said the army, …". Exactly one aside:
 * "according to" and its source, or a source of words with no verb, a reporting verb (CUE_FORMS) and a few words with
 * no verb ("in a statement"). A relative clause or a conjunction opens no aside ("40 people, who officials said were
 * …", "12 soldiers, and police said …"): the figure then has no verb after it here.
 */
function afterAttributionAside(text: string, terms: Term[], k: number): number {
  if (k === 0 || !COMMA_GAP.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return -1;
  // "The three men, aged 20, 23 and 27, were arrested", "Four teenagers, aged 15 to 17, were held": an age aside, with
  // commas of its own, describes the group; the verb comes after it (the men had no event)
  if (AGE_WORDS.has(terms[k]!.normal)) {
    let i = k + 1;
    while (terms[i] && (terms[i]!.tags.has('Value') || AGE_RANGE_WORDS.has(terms[i]!.normal) || terms[i]!.normal === 'or')) i++;
    return i > k + 1 && terms[i] && COMMA_GAP.test(text.slice(terms[i - 1]!.end, terms[i]!.start)) ? i : -1;
  }
  let close = -1;
  for (let j = k + 1; j < terms.length && j <= k + ASIDE_MAX_WORDS; j++) {
    if (!isTermBreak(text, terms[j - 1]!, terms[j]!)) continue;
    if (COMMA_GAP.test(text.slice(terms[j - 1]!.end, terms[j]!.start))) close = j;
    break;
  }
  if (close < 0) return -1;
  if (terms[k]!.normal === 'according' && terms[k + 1]?.normal === 'to' && close > k + 2) return close;
  const first = terms[k]!;
  if (first.tags.has('Conjunction') || first.tags.has('QuestionWord') || RELATIVE_PRONOUNS.has(first.normal) || first.tags.has('Preposition')) return -1;
  let cue = -1;
  for (let j = k; j < close; j++) {
    const t = terms[j]!;
    if (cue < 0 && CUE_FORMS.has(t.normal) && isVerbTerm(t) && !CUE_FORMS.get(t.normal)!.nounLike) cue = j;
    else if (isVerbTerm(t) && !isNounTerm(t)) return -1;
  }
  return cue >= 0 && close - cue - 1 <= ASIDE_AFTER_CUE_MAX_WORDS ? close : -1;
}

/** EVENT_COMPLETIONS by word: true for a particle, false for a state. */
const COMPLETION_IS_PARTICLE = new Map(EVENT_COMPLETIONS.flatMap((c) => c.words.map((w): [string, boolean] => [w, !!c.particle])));
/** A word opening with a capital: a name, the object of a preposition ("rescued off Libya"). */
const UPPER_START = /^\p{Lu}/u;
/** Time adverbs between auxiliaries and their verb, besides those AUXILIARIES holds: "had so far been charged". */
const AUXILIARY_TIME_ADVERBS = new Set(['earlier', 'previously', 'subsequently', 'since', 'just', 'so', 'far', 'yet', 'ever', 'eventually', 'finally', 'first']);
/** An adverb of manner or degree in "-ly" between an auxiliary and its verb: "were seriously injured", "critically". */
const LY_ADVERB = /^\p{L}{2,}ly$/u;

/**
 * The event read at the verb term `i`, with the particle or state after it that completes it (EVENT_COMPLETIONS):
 * "were shot down", "were shot dead", "were taken hostage"; else the verb alone.
 */
function withCompletion(text: string, terms: Term[], i: number): string {
  const v = terms[i]!;
  const next = terms[i + 1];
  const particle = next ? COMPLETION_IS_PARTICLE.get(next.normal) : undefined;
  if (particle === undefined || isTermBreak(text, v, next!)) return v.text;
  // "were driven up the hill", "were pushed back 3 km", "were rescued off Libya", "marched down Rustaveli Avenue",
  // "were rescued off southern Italy", "airlifted off nearby cliffs": a preposition with its own object, no particle
  // ("were shot down near the border", "walked out on Friday" keep it: a preposition follows)
  const after = terms[i + 2];
  if (particle && after && !isTermBreak(text, next!, after) && !after.tags.has('Preposition') && !AFTER_PARTICLE_OPENERS.has(after.normal) && (after.tags.has('Determiner') || after.tags.has('Possessive') || after.tags.has('Pronoun') || after.tags.has('Value') || after.tags.has('ProperNoun') || after.tags.has('Adjective') || after.tags.has('Noun') || UPPER_START.test(after.text))) return v.text;
  return text.slice(v.start, next!.end);
}

/** Possessives that may open a noun joined to a counted one: "and their companions", "and his bodyguards". */
const JOINED_POSSESSIVES = new Set(['their', 'his', 'her', 'its']);
/** Articles that may open a noun joined to a counted one: "and a civilian", "and an Orthodox priest". */
const JOINED_ARTICLES = new Set(['a', 'an']);
/** Most words of a noun joined by "and"/"or" to a counted one: "and auxiliaries", "and other civilians". */
const JOINED_NOUN_MAX_WORDS = 3;

/**
 * The term after a noun joined by "and"/"or" at term `k` ("[50 soldiers] and auxiliaries were killed") when an
 * auxiliary or a past form follows it: the verb of both. Else `k`. A figure, a determiner or a verb after the "and"
 * opens another item or clause ("and 10 civilians", "and wounded 20"), which the list readings take.
 */
function afterJoinedNoun(text: string, terms: Term[], k: number): number {
  const join = terms[k];
  if (!join || (join.normal !== 'and' && join.normal !== 'or')) return k;
  // "Fifteen police officers and an Orthodox priest were killed", "Two soldiers and a civilian were wounded": one more
  // person after "a"/"an" shares the verb too (the article is no word of the joined noun)
  const article = JOINED_ARTICLES.has(terms[k + 1]?.normal ?? '') && !!terms[k + 2] && !isTermBreak(text, terms[k + 1]!, terms[k + 2]!);
  const first = article ? k + 2 : k + 1;
  let j = first;
  while (j < terms.length && j - first < JOINED_NOUN_MAX_WORDS && !isTermBreak(text, terms[j - 1]!, terms[j]!)) {
    const t = terms[j]!;
    // "460 patients and their companions had been killed": a possessive right after the "and" opens the joined noun
    if (j === k + 1 && JOINED_POSSESSIVES.has(t.normal) && terms[j + 1] && isNounTerm(terms[j + 1]!)) { j++; continue; }
    if (t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Pronoun') || !(isNounTerm(t) || t.tags.has('Adjective')) || (isVerbTerm(t) && !isNounTerm(t))) break;
    j++;
  }
  const verb = terms[j];
  if (j === first || !verb || isTermBreak(text, terms[j - 1]!, verb) || !isNounTerm(terms[j - 1]!)) return k;
  return ['were', 'was', 'are', 'is', 'have', 'has', 'had'].includes(verb.normal) || (verb.tags.has('PastTense') && !isNounTerm(verb)) ? j : k;
}

/** Prepositions of a place or an origin phrase after a counted noun, before its passive verb: "13 peacekeepers from …". */
const SUBJECT_PLACE_PREPOSITION = wordSet(SUBJECT_PLACE_PREPOSITIONS);
/** Most terms of such a phrase: "from South Africa, Malawi and Uruguay", "in the besieged city of El Fasher". */
const SUBJECT_PLACE_MAX_TERMS = 8;

/**
 * The term opening the verb after a place or an origin phrase at term `k` ("[13 peacekeepers] from South Africa,
 * Malawi and Uruguay had been killed", "[30 civilians] in the town were killed"), else `k`. Only when a finite
 * auxiliary ends the phrase and a past form follows it: the phrase then qualifies the subject of a passive ("were
 * killed"), not a verb of its own. A list of names may hold commas; a verb or a figure's own clause ends the reading.
 */
function afterPlacePhrase(text: string, terms: Term[], k: number): number {
  const prep = terms[k];
  if (!prep || !SUBJECT_PLACE_PREPOSITION.has(prep.normal) || k === 0 || isTermBreak(text, terms[k - 1]!, prep)) return k;
  for (let i = k + 1; i < terms.length && i - k <= SUBJECT_PLACE_MAX_TERMS; i++) {
    const t = terms[i]!;
    // "from South Africa, Malawi and Uruguay": a comma between names of the list, nothing else
    if (isTermBreak(text, terms[i - 1]!, t) && !(/^,\s+$/.test(text.slice(terms[i - 1]!.end, t.start)) && /^\p{Lu}/u.test(t.text))) return k;
    if (MAIN_AUXILIARIES.has(t.normal)) {
      let v = i + 1;
      while (terms[v] && ['been', 'being', 'also', 'reportedly', 'allegedly'].includes(terms[v]!.normal)) v++;
      const verb = terms[v];
      return i > k + 1 && verb && !isTermBreak(text, terms[v - 1]!, verb) && /(?:ed|en|wn)$/.test(verb.normal) && isVerbTerm(verb) ? i : k;
    }
    if (RELATIVE_PRONOUNS.has(t.normal) || t.tags.has('Value') || (isVerbTerm(t) && !isNounTerm(t) && !t.tags.has('Adjective'))) return k;
  }
  return k;
}

/** Most terms of a relative clause with no commas between a counted noun and its verb: "who were travelling to the market". */
const RELATIVE_CLAUSE_MAX_TERMS = 12;
/** Finite auxiliaries that open the main verb after a relative clause: "… who fled the fighting have returned". */
const MAIN_AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);

/**
 * The term opening the main verb after a relative clause at term `k` ("[12 people] who were travelling to the market
 * were killed", "[5 soldiers] who were wounded in the attack died"), else `k`. The clause's own verb comes first, then
 * words that are no verb (its object or adverbial), then a finite auxiliary or a past form. A comma, "and" or "or"
 * before it ends the reading: "who fled, and …" is no subject's.
 */
function afterRelativeClause(text: string, terms: Term[], k: number): number {
  const rel = terms[k];
  if (!rel || (rel.normal !== 'who' && rel.normal !== 'that') || k === 0 || isTermBreak(text, terms[k - 1]!, rel)) return k;
  let i = k + 1;
  // the clause's verb group: "were travelling", "had been digging", "fled"
  const verbStart = i;
  while (i < terms.length && i - k <= 4 && (AUXILIARIES.has(terms[i]!.normal) || (isVerbTerm(terms[i]!) && !isNounTerm(terms[i]!)))) i++;
  if (i === verbStart) return k;
  let between = 0;
  for (; i < terms.length && i - k <= RELATIVE_CLAUSE_MAX_TERMS; i++) {
    const t = terms[i]!;
    if (isTermBreak(text, terms[i - 1]!, t) || t.normal === 'and' || t.normal === 'or' || RELATIVE_PRONOUNS.has(t.normal)) return k;
    const main = MAIN_AUXILIARIES.has(t.normal) || (t.tags.has('PastTense') && !isNounTerm(t));
    if (main) return between > 0 ? i : k;
    between++;
  }
  return k;
}

/**
 * The verb the counted phrase is subject of, from term `k` on: "were killed", "have withdrawn", "destroyed".
 * `pastOnly`: only a verb after an auxiliary or in a past form, for a figure that may rather be an object.
 */
function rightEvent(text: string, terms: Term[], k: number, participleOnly: boolean, pastOnly = false): string | null {
  const boundaryBefore = (i: number) => i > 0 && terms[i] && isTermBreak(text, terms[i - 1]!, terms[i]!);
  if (!terms[k]) return null;
  if (boundaryBefore(k)) {
    // "Twelve soldiers, the army said, were wounded": the verb comes after an attribution set off by commas; "a woman
    // was killed and four people, including a child, were injured": or after a breakdown of the figure
    const from = k;
    k = afterAttributionAside(text, terms, from);
    if (k < 0) k = afterBreakdownAside(text, terms, from);
    if (k < 0) return null;
  }
  if (participleOnly) {
    const t = terms[k]!;
    return /(?:ed|en)$/.test(t.normal) && isVerbTerm(t) ? t.text : null;
  }
  // "Around 50 soldiers and auxiliaries were killed", "at least 60 women and children were taken": a noun joined to
  // the counted one shares its verb, which follows the pair
  k = afterJoinedNoun(text, terms, k);
  // "More than 200 civilians who had been digging trenches around the town were also killed": the verb after the
  // relative clause is the group's
  k = afterRelativeClause(text, terms, k);
  // "13 peacekeepers from South Africa, Malawi and Uruguay had been killed": the verb after the place phrase
  k = afterPlacePhrase(text, terms, k);
  // "10 per cent of UN convoy requests to besieged areas were approved": step over the of-phrase.
  if (terms[k]!.normal === 'of') {
    let i = k + 1;
    for (; i < terms.length && i < k + 9; i++) {
      if (boundaryBefore(i)) return null;
      const t = terms[i]!;
      const afterPrep = PREPOSITIONS.has(terms[i - 1]!.normal) || terms[i - 1]!.tags.has('Determiner');
      if (AUXILIARIES.has(t.normal) && !PREPOSITIONS.has(t.normal)) break;
      if ((t.tags.has('PastTense') || t.tags.has('Participle')) && !isNounTerm(t) && !afterPrep) break;
    }
    k = i;
  }
  // "Twelve people died and 30 more were injured": "more" after a bare figure is no noun, the verb follows it
  if (terms[k]?.normal === 'more' && terms[k + 1] && terms[k + 1]!.normal !== 'than' && !boundaryBefore(k + 1)) k++;
  let sawAux = false;
  let copula = false;
  // "14 drones had not reached their targets": a negation among the auxiliaries stays with the event ("not reached");
  // it was read over as an auxiliary, and the drones had "reached" their targets
  let negation: string | null = null;
  const negated = (e: string | null) => (e && negation ? `${negation} ${e}` : e);
  let limit = k + 8;
  for (let i = k; i < terms.length && i < limit; i++) {
    if (i > k && boundaryBefore(i)) return null;
    let t = terms[i]!;
    // "Three men aged 19 to 24 were arrested": the age describes the group; its verb comes after
    if (AGE_WORDS.has(t.normal) && i === k && terms[i + 1] && (terms[i + 1]!.tags.has('Value') || terms[i + 1]!.normal === 'between')) {
      const from = i;
      i++;
      while (terms[i] && (terms[i]!.tags.has('Value') || AGE_RANGE_WORDS.has(terms[i]!.normal)) && !boundaryBefore(i)) i++;
      if (!terms[i] || boundaryBefore(i)) return null;
      limit += i - from;
      t = terms[i]!;
    }
    if (AUXILIARIES.has(t.normal)) {
      sawAux = true;
      if (t.normal === 'not' || t.normal === 'never') negation = t.normal;
      if (['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(t.normal)) copula = true;
      continue;
    }
    if (STAYING_VERBS.has(t.normal)) {
      const state = stayingState(text, terms, i + 1);
      if (state) return negated(state);
      // "another 4,200 remain threatened": a participle after the staying verb is the state too
      const participle = stayingParticiple(text, terms, i + 1);
      if (participle) return negated(participle);
    }
    if (LINKING.has(t.normal)) return null;
    // "Five civilians were seriously injured", "were critically wounded": a "-ly" adverb between the auxiliary and
    // its verb (AUXILIARIES holds the commonest ones already: "were reportedly killed")
    if (sawAux && LY_ADVERB.test(t.normal) && t.tags.has('Adverb') && !isVerbTerm(t)) continue;
    // "21 had so far been charged", "six had earlier been granted bail": a time adverb between the auxiliaries (the
    // verb was lost, and the figure took the list's "arrested")
    if (sawAux && AUXILIARY_TIME_ADVERBS.has(t.normal) && !isVerbTerm(t)) continue;
    // "5 people (were) reported missing", "three were feared dead": the state is the event, with its verb
    // ("were reported killed" stays "killed")
    if (i > k && REPORTED_STATES.has(terms[i - 1]!.normal) && (t.tags.has('Adjective') || t.tags.has('Gerund')) && !/(?:ed|en)$/.test(t.normal)) {
      return negated(text.slice(terms[i - 1]!.start, t.end));
    }
    // "Nine climbers were still missing": a casualty state after the copula, whatever the tagger made of it
    if (copula && CASUALTY_STATES.has(t.normal)) return negated(t.text);
    if (!isVerbTerm(t) || (isNounTerm(t) && !sawAux)) {
      // "2 million shares rise 5%": a verb of change the tagger read as a noun, with its figure or "by"/"to" after it
      const next = terms[i + 1];
      if (!sawAux && CHANGE_VERBS.has(t.normal) && next && (next.tags.has('Value') || next.normal === 'by' || next.normal === 'to')) return negated(t.text);
      // "are registered": compromise may tag a participle after "are" as an adjective
      if (copula && t.tags.has('Adjective') && /(?:ed|en)$/.test(t.normal)) return negated(withCompletion(text, terms, i));
      // "300 people were missing", "12 are dead": a casualty state after the copula is what they underwent
      if (copula && CASUALTY_STATES.has(t.normal)) return negated(t.text);
      // "200 homes were hit": a participle written like a noun, which the tagger read as one
      if (copula && SAME_FORM_PARTICIPLES.has(t.normal)) return negated(withCompletion(text, terms, i));
      // "more than 300 strikes hit civilian areas": a verb of that form right after a plural subject, before its
      // object, which the tagger read as a noun ("strikes" a verb, "hit" a noun)
      // ("Two suspects received prison terms": a past form the tagger read as an adjective, "suspects" as a verb)
      if (!sawAux && i === k && k > 0 && (SAME_FORM_PARTICIPLES.has(t.normal) || (/^\p{Ll}{2,}ed$/u.test(t.text) && t.tags.has('Adjective'))) &&
        /[^s'’]s$/.test(terms[k - 1]!.normal) && next && !boundaryBefore(i + 1) &&
        (next.tags.has('Determiner') || next.tags.has('Adjective') || isNounTerm(next))) return t.text;
      return null;
    }
    if (!sawAux && t.tags.has('Gerund')) return null; // "Syrians now living in Jordan"
    if (!sawAux && terms[i + 1]?.normal === 'by') return null; // "700 domains registered by Syrians"
    if (copula && !/(?:ed|en|wn|ne|t)$/.test(t.normal) && !t.tags.has('Participle') && !t.tags.has('PastTense')) return null;
    if (pastOnly && !sawAux && !t.tags.has('PastTense') && !t.tags.has('Participle')) return null;
    return negated(withCompletion(text, terms, i));
  }
  return null;
}
