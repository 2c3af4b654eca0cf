// Finds dates in the article (extract stage): absolute and relative, resolved against the reference date.
import * as chrono from 'chrono-node';
import type { DateMention } from '../doc.js';
import type { ExtractContext } from './context.js';
import { DAY_BEFORE_YEAR, isPluralAfterYear, MONTHS, YEAR_PERIOD_BEFORE, YEAR_PERIOD_NOUNS } from './number-words.js';

// Sentences without any of these cannot hold a date: chrono runs only on the others (it costs ~0.5 ms per KB).
// Month names are matched with their capital: "may" and "march" are mostly a modal and a verb.
// A month in capitals with its day: the dateline of a wire story further down a page or a digest ("TBILISI, JUNE 9
// (Reuters) - Police detained 20 people" gave no date; chrono reads the capitals, the hint did not let it)
const DATE_HINT = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Ww]eekend)s?\b|\b(?:1[89]|20)\d\d\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b(?:JAN|FEB|MARCH|MAR|APRIL|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}\b/;
/** Words chrono includes before a date that are not part of it: "on Thursday" → "Thursday". */
const LEADING_PREPOSITIONS = /^(?:on|in|at|by|since|from|until|till|during|of|for|before|after|through)\s+/i;
/**
 * Expressions that are durations or clock times, not dates: "the last 24 hours", "for three hours" (a figure in words
 * gave the article's own day as a date), "for about two minutes" (an approximation before it did the same), "6:00am"; and a span counted from an event the text names, not from the
 * article's date: "Ruto spoke on Wednesday, a day after protesters stormed parliament" (was the day after the
 * article), "a week after the protests"; and so is a plural span with no count: "an unofficial anthem in the years
 * after independence" (was the year after the article), "in the months before his death" (the month before it).
 */
const NOT_A_DATE = /^(?:an?|one)\s+(?:second|minute|hour)$|^(?:an?|one)\s+(?:day|week|fortnight|month|year)\s+(?:after|before)$|^the\s+(?:(?:first|last|early|final|few|following|ensuing)\s+)?(?:days|weeks|months|years|decades)\s+(?:after|before)$|^\s*(?:(?:the\s+)?(?:last|past|next)\s+)?(?:(?:about|around|some|nearly|almost|roughly|approximately|over|under|just|only|more\s+than|less\s+than)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+(?:hours?|minutes?|seconds?)\b|^\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$|^(?:now|right now|just now|currently)$/i;
/** A relative day written with a capital: a date only where a capital is due (the sentence's start), else a title. */
const TITLE_DAY_WORD = /^(?:Today|Tonight|Tomorrow|Yesterday)$/;
/** A capitalised word or a possessive right before: "USA Today", "Russia Today", "Radio 4's Today programme". */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.]*|['’]s)\s+$/u;
/**
 * Whether a capitalised "Today" (or "Tonight", …) after a capitalised word or a possessive is a newspaper's or a
 * programme's name: "according to a database maintained by The Associated Press and USA Today" (dated as the day of
 * the article), "NBC's Today show", "BBC Radio 4's Today programme". "Today, police said" opens its sentence.
 */
function isTitleDayWord(text: string, before: string): boolean {
  return TITLE_DAY_WORD.test(text) && TITLE_BEFORE.test(before);
}
/**
 * Names that hold a day or a month word (science and space copy): "orbits the Sun 1.5 million kilometres from Earth"
 * (chrono's Sunday, which also took the figure), "its Long March 5 rocket" (March 5). An abbreviated weekday after
 * "the" is the star or the newspaper ("The Sun reported"); "March" after "Long" is China's rocket family (and the
 * 1934 march). A date stays where its word stands alone: "on Sun 4 Jan", "on March 5".
 */
const NAME_DAY_WORDS: readonly { id: string; word: RegExp; before: RegExp }[] = [
  { id: 'the-abbreviated-weekday', word: /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)\b(?![.,]?\s*\d{1,2}\b(?!\.\d))/, before: /\bthe\s+$/i },
  { id: 'long-march', word: /^March\b/, before: /\bLong\s+$/ },
];
/**
 * A decade: "a power plant in the early 2030s" in a sentence about the future was chrono's 20:30 of the article's day
 * (precision day); "the 1990s" was never read. A decade is no day, and is left out as the 1990s are.
 */
const DECADE = /^(?:the\s+)?(?:early\s+|mid-?|late\s+)?\d{3}0['’]?s$/i;
function isNameDayWord(text: string, before: string): boolean {
  return NAME_DAY_WORDS.some((rule) => rule.word.test(text) && rule.before.test(before));
}
/** A sentence about the future may resolve a date after the reference date: "will meet on Friday". */
// ("A decision is expected in March": an expectation in the present looks forward; "was expected" may not)
const FUTURE = /\b(?:will|shall|next|tomorrow|upcoming|coming|scheduled|expected to|(?:is|are)\s+(?:now\s+|also\s+)?expected|plans? to|planned|due (?:to|on|for|in)|set (?:for|to)|slated)\b|'ll\b/i;
/**
 * Where a clause ends, to find the one a date stands in: "Biden will meet Xi on Monday, the White House said on
 * Sunday", "He said on Friday that he will resign".
 */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\b(?:that|which|who|and|but)\b/g;
/**
 * A verb in the past that tells a clause of a future sentence reports the past: "the White House said on Sunday" in a
 * sentence that also says "will meet on Monday". Regular verbs by their "-ed" ("announced", "confirmed").
 */
const PAST_VERBS: ReadonlySet<string> = new Set([
  'said', 'told', 'wrote', 'met', 'spoke', 'made', 'took', 'gave', 'held', 'left', 'came', 'went', 'fled', 'fell', 'began',
  'sent', 'saw', 'won', 'lost', 'fought', 'struck', 'shot', 'hit', 'killed', 'was', 'were', 'had', 'did', 'found', 'broke',
  'brought', 'bought', 'caught', 'drove', 'ran', 'rose', 'threw', 'stood', 'led', 'hid', 'kept', 'felt', 'heard', 'paid',
  'sold', 'stole', 'swept', 'thought', 'became', 'chose', 'drew', 'flew', 'grew', 'knew', 'rode', 'sank', 'shook', 'spent',
  'stuck', 'swore', 'tore', 'woke', 'withdrew', 'overtook', 'blew', 'forgot', 'froze', 'sought', 'taught', 'wept',
]);
const PAST_CLAUSE = new RegExp(`\\b(?:${[...PAST_VERBS].join('|')}|\\p{L}{2,}ed)\\b`, 'iu');
/**
 * Words that put a weekday of a sentence without a future word in the past: a past verb (PAST_CLAUSE), "last Monday",
 * "three days ago", "yesterday". Without one, a weekday is no past event: "The central bank meets Wednesday", "Ministers
 * are meeting on Wednesday" (a schedule in the present tense) keep the nearest such day, which may be ahead.
 */
const PAST_WORDS = /\b(?:last|ago|yesterday|earlier)\b/i;
/** A clause in the present progressive: "is meeting", "are now holding" (a present simple "meets" has no past word). */
const PRESENT_CLAUSE = /\b(?:is|are|am)\s+(?:\p{L}+\s+)?\p{L}+ing\b/iu;
/**
 * One chrono per direction, made on first use. chrono's parsers keep their compiled pattern until the options
 * change it: with one shared chrono, every switch between a past and a future sentence built its "within 3 days"
 * patterns again (two of 110-130 KB of regexp bytecode each). The two share every parser whose pattern is the same in
 * both directions (all but "within 3 days"): each pattern is then compiled once per process, not twice ("3 days ago"
 * and "3 days later" take ~40 ms each to compile to machine code).
 */
const chronos: { past?: chrono.Chrono; forward?: chrono.Chrono } = {};
function chronoFor(forward: boolean): chrono.Chrono {
  if (!chronos.past || !chronos.forward) {
    const past = chrono.en.configuration.createCasualConfiguration(false);
    const ahead = chrono.en.configuration.createCasualConfiguration(false);
    for (const p of [...past.parsers, ...ahead.parsers]) unboundChronoPatterns(p);
    for (const c of [past, ahead]) c.refiners = c.refiners.map((r) => (r.constructor.name === 'ENUnlikelyFormatFilter' ? keepingMonthMay(r) : r));
    ahead.parsers = ahead.parsers.map((p, i) => (past.parsers[i] && samePatternBothWays(past.parsers[i]!) ? past.parsers[i]! : p));
    chronos.past = new chrono.Chrono(past);
    chronos.forward = new chrono.Chrono(ahead);
  }
  return forward ? chronos.forward : chronos.past;
}

/**
 * chrono drops a bare "May" unless "in" stands right before it (ENUnlikelyFormatFilter: "may" is mostly a modal), so
 * "in April and May" lost May, and "since May", "until May", "in late May" gave no date at all. The filter is kept
 * for everything else; a bare "May" with its capital is the month again after a date's preposition or after another
 * month of a list (MAY_MONTH_BEFORE). After the prepositions a name may stand as well ("since May took office", of
 * Theresa May): the word after "May" must then be no verb of its (MAY_MONTH_AFTER).
 */
function keepingMonthMay(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || isMonthMay(context.text, r.index, r.text));
    },
  };
}
/** Words right before a bare "May" that make it the month: "in late May", "since May", "April and May", "mid-May". */
const MAY_AFTER_MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s*,\s*|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)$/;
const MAY_AFTER_PERIOD = /\b(?:early|mid|late|end\s+of|start\s+of|beginning\s+of|middle\s+of)[\s-]+$/i;
const MAY_AFTER_PREPOSITION = /\b(?:since|until|till|during|through|throughout)\s+$/i;
/** Words that may follow the month after a preposition ("since May last year", "until May, when …"); any other lower-case word may be a name's verb. */
const MAY_MONTH_AFTER = /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:last|this|next|and|or|to|when|as|after|before|amid|because|despite|while|with|the|a|an|in|on|at|for|of|but)\b|\s+\d)/;
function isMonthMay(text: string, index: number, found: string): boolean {
  if (found.trim() !== 'May') return false;
  const before = text.slice(Math.max(0, index - 30), index);
  if (MAY_AFTER_MONTH.test(before) || MAY_AFTER_PERIOD.test(before)) return true;
  return MAY_AFTER_PREPOSITION.test(before) && MAY_MONTH_AFTER.test(text.slice(index + found.length));
}

/**
 * chrono's patterns bound their spaces ("\s{0,5}", "\s{0,3}") and repeat a time unit up to ten more times ("2 years,
 * 3 months and 4 days ago": a large group under {0,10}). V8 unrolls every bounded repeat when it compiles a pattern to
 * machine code, and the copies multiply: "3 days ago" and "3 days later" each took 150-200 ms to compile on their
 * second use (the first runs in V8's interpreter), in every worker and every run outside the start-up snapshot
 * (measured here on a loaded machine; "within 3 days", written with a word before the units, took 5 ms). With the
 * spaces and the repeat unbounded (\s*, *) they compile in 15-40 ms and match the same phrases: the text's spaces are
 * single, and no article strings eleven time units together. Each parser's pattern is replaced by the unbounded one,
 * made once per pattern, so chrono's check that its pattern has not changed (the same object) still holds.
 */
function unboundChronoPatterns(parser: chrono.Parser): void {
  const p = parser as unknown as { innerPattern?: (context: chrono.ParsingContext) => RegExp };
  if (typeof p.innerPattern !== 'function') return;
  const inner = p.innerPattern.bind(parser);
  const unbounded = new Map<RegExp, RegExp>();
  p.innerPattern = (context) => {
    const re = inner(context);
    let out = unbounded.get(re);
    if (!out) {
      const source = re.source.replace(BOUNDED_SPACES, '\\s*').split(REPEATED_UNITS).join(')*');
      unbounded.set(re, (out = source === re.source ? re : new RegExp(source, re.flags)));
    }
    return out;
  };
}
/** "\s{0,5}": a few spaces at most (see unboundChronoPatterns). */
const BOUNDED_SPACES = /\\s\{0,\d+\}/g;
/** The repeat of chrono's repeatedTimeunitPattern: ten more time units at most. */
const REPEATED_UNITS = '){0,10}';

/** True when the parser matches with the same pattern whatever the direction (forwardDate), so one instance serves
 *  both chronos. Asked of the parser itself: a parser that cannot say keeps an instance per direction. */
function samePatternBothWays(parser: chrono.Parser): boolean {
  const probe = (forwardDate: boolean) => ({ option: { forwardDate }, reference: { instant: new Date(0) }, text: '' }) as unknown as chrono.ParsingContext;
  try {
    return parser.pattern(probe(true)) === parser.pattern(probe(false));
  } catch {
    return false;
  }
}

// a year written in the date's own text: "March 5, 2024", "2024-03-05", "March '24"
const WRITTEN_YEAR = /(?:^|\D)\d{4}(?!\d)|['’]\d\d\b/;
/** A bare year: "in 2016", "since 2011", "the 2014 elections" (not "2000 troops"). */
const YEAR = /(?<![\p{L}\p{N}.,$£€-])((?:1[89]|20)\d\d)(?![\p{L}\p{N}%]|,\d|\.\d)/gu;
/** A plural noun after a number: "2000 troops" is a count (see isYearOfPeriod). */
const PLURAL_AFTER = /^\s+([a-z]+s)\b/;

/**
 * A 4-digit number before a plural noun is a count ("2000 troops"), unless the noun names a period of that year
 * ("the 2014 elections", "2023 sales") or a word before it does ("fiscal 2025 earnings"): the lists are the numbers
 * stage's, which leaves those years to this stage.
 */
function isYearOfPeriod(sentence: string, start: number, end: number): boolean {
  const plural = PLURAL_AFTER.exec(sentence.slice(end, end + 40));
  if (!plural || !isPluralAfterYear(plural[1]!)) return true;
  if (YEAR_PERIOD_NOUNS.has(plural[1]!)) return true;
  if (DAY_BEFORE_YEAR.test(sentence.slice(Math.max(0, start - 8), start))) return true;
  // the word before it, read by a scan (a regex anchored at the end backtracks on long runs of letters)
  const head = sentence.slice(Math.max(0, start - 30), start).trimEnd();
  const word = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  return YEAR_PERIOD_BEFORE.has(word);
}

/**
 * A day of the month named by its ordinal alone: "NATO said on the 5th that …" is the 5th of the reference month (of
 * the month before when that lies ahead in past reporting). Only before a clause break or a clause word: "on the 5th
 * floor" is no date.
 */
const ORDINAL_DAY = /\b[Oo]n the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|$)|\s+(?:that|when|and|as|after|before|but|at|in)\b)/g;

/**
 * A length of time, not a point in time: "jailed for 10 years", "has lived there for 20 years", "The strike continued
 * for two weeks", "over the past five years". chrono reads a bare "N units" as N units from now. "in 10 years", "within
 * two years", "three weeks ago", "10 years from now" stay dates.
 */
// hours too: "the riot lasted several hours before police regained control" was dated the article's day
const DURATION = /^(?:(?:for|over|lasting|during|after)\s+)?(?:(?:the|a|another)\s+)?(?:(?:last|past|next|first|coming|previous)\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|at\s+least)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|few|several|many|some)\s+(?:hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
/** "in N units" after one of these is the span of a record, not a date: "for the first time in 20 years", "the worst drought in 50 years". */
const SINCE_WORDS: ReadonlySet<string> = new Set([
  'first', 'time', 'ever', 'record', 'highest', 'lowest', 'biggest', 'largest', 'smallest', 'worst', 'best', 'most', 'least',
  'strongest', 'weakest', 'fastest', 'slowest', 'deadliest', 'longest', 'shortest', 'hottest', 'coldest', 'wettest',
  'driest', 'warmest', 'sharpest', 'steepest', 'heaviest', 'greatest', 'level', 'high', 'low', 'peak',
  // the place in a series over a span: "the second major attack on NHS services in 18 months" (dated 18 months ahead),
  // "the third such plot in two years", "the latest in a string of attacks in six months"
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'latest',
]);
const IN_UNITS = /^(?:in|within)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|few|several|many)\s+(?:days?|weeks?|months?|years?|decades?|centuries)$/i;

/**
 * "within N units" counted from something else is a length of time, not a deadline: "will be seen within 18 weeks of
 * referral", "within 18 weeks by 2029" (the date is the other one). "The plant will close within two years" stays a date.
 */
const SPAN_FROM_AFTER = /^\s+(?:of|by|from)\b/i;
/** A length of time ending in the word that ties it to an event: "four years and six months after", "a week before". */
const EVENT_OFFSET = /(?<!\s)\s+(?:after|before)$/i;
const WITHIN = /^within\b/i;

/**
 * True when chrono's match (`raw`, after the sentence text `before`, before `after`) is a length of time (DURATION,
 * SINCE_WORDS, SPAN_FROM_AFTER). "after" opens a length too: "released the crew after 14 months".
 */
// a length of time then "earlier" or "later", as the whole of chrono's match: "ten days earlier", "two weeks later"
const COMPARED_OFFSET = /^(?:\S+\s+){1,2}(?:earlier|later|sooner)$/i;
// "than" right after it: "… earlier than usual", "… later than planned"
const THAN_AFTER = /^\s*than\b/i;

function isDuration(raw: string, before: string, after: string): boolean {
  const t = raw.replace(/^[\s,;:]+/, '').replace(/[\s,]+$/, '');
  if (DURATION.test(t)) return true;
  // "Joshua Wong was jailed for four years and eight months", "sentenced to two years, three months and 10 days": a
  // length in several units is as much a length as one (it was dated 2031-07); "in four years and eight months" is not
  const parts = t.split(/,|\band\b/).map((part) => part.trim()).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => DURATION.test(part))) return true;
  // "jailed for four years and six months after admitting possession", "found two weeks after she vanished": a length
  // counted from an event chrono could not read (the match ends at "after"/"before"), not from the article's date
  // (they were dated 2031-05 and two weeks from now)
  const fromEvent = EVENT_OFFSET.exec(t);
  if (fromEvent && t.slice(0, fromEvent.index).split(/,|\band\b/).every((part) => DURATION.test(part.trim()))) return true;
  // "the window would open on June 1, ten days earlier than usual", "two weeks later than planned": a comparison with
  // the usual date, no date ten days before the article's (it was dated so)
  if (COMPARED_OFFSET.test(t) && THAN_AFTER.test(after)) return true;
  if (!IN_UNITS.test(t)) return false;
  if (WITHIN.test(t) && SPAN_FROM_AFTER.test(after)) return true;
  const words = before.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.slice(-6).some((w) => SINCE_WORDS.has(w));
}

/**
 * The instant chrono resolves against: the reference itself, but noon of its day when looking forward. An article
 * published at 14:02 that says "Ministers will meet later on Tuesday" or "LONDON, March 4 - … will …" means that same
 * day; with the instant at 14:02 chrono takes the day's implied noon as past and rolls to next week or next year.
 */
function instantFor(ref: Date | null, future: boolean): Date {
  if (!ref) return new Date(Date.UTC(2000, 0, 1));
  if (!future) return ref;
  return new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12));
}

/** A week named relatively ("last week", "this week", "three weeks ago", "the week before"): no day of it is known. */
const WEEK_WORD = /\bweeks?\b/i;
const MONTH_OR_WEEKDAY = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
function isWeekSpan(text: string): boolean {
  return WEEK_WORD.test(text) && !MONTH_OR_WEEKDAY.test(text);
}

/** The precision a week around `d` (Monday to Sunday) allows: its month when all seven days share it, else its year. */
function weekPrecision(d: Date): DateMention['precision'] {
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5);
  const sunday = new Date(monday.getTime() + 6 * 864e5);
  return monday.getUTCMonth() === sunday.getUTCMonth() ? 'month' : 'year';
}

/** "rose to 1,204 last week, up from 870 the week before": one unit before the date named just before in the sentence. */
const RELATIVE_TO_PREVIOUS = /^the\s+(week|month|year)\s+(?:before|earlier|prior)$|^the\s+(?:previous|preceding|prior)\s+(week|month|year)$/i;
function unitBefore(d: Date, unit: string): Date {
  const back = new Date(d.getTime());
  if (unit === 'week') back.setUTCDate(back.getUTCDate() - 7);
  else if (unit === 'month') back.setUTCMonth(back.getUTCMonth() - 1);
  else back.setUTCFullYear(back.getUTCFullYear() - 1);
  return back;
}

/**
 * "Friday 7 March": a written weekday picks the year of a month and day that has no year, when the nearest reading
 * contradicts it and the year before or after agrees (the one closer to the reference).
 */
function withWrittenWeekday(d: Date, weekday: number | null, ref: Date | null): Date {
  if (weekday === null || d.getUTCDay() === weekday) return d;
  const near = (ref ?? d).getTime();
  const fits = [-1, 1].map((k) => { const x = new Date(d.getTime()); x.setUTCFullYear(x.getUTCFullYear() + k); return x; })
    .filter((x) => x.getUTCDay() === weekday)
    .sort((a, b) => Math.abs(a.getTime() - near) - Math.abs(b.getTime() - near));
  return fits[0] ?? d;
}

/**
 * Reporting verbs: in "The festival runs from 12 to 15 June, organisers said" the past of the attribution is not the
 * tense of the dated clause. Words ending in "-ed" that are no past verb: "hundred", "need", "speed".
 */
const REPORTING_PAST: ReadonlySet<string> = new Set([
  'said', 'told', 'added', 'wrote', 'noted', 'stated', 'explained', 'claimed', 'insisted', 'warned', 'reported', 'announced',
  'confirmed', 'argued', 'predicted', 'estimated', 'forecast', 'expected', 'believed', 'suggested', 'indicated', 'revealed',
]);
const NOT_PAST: ReadonlySet<string> = new Set(['hundred', 'need', 'speed', 'indeed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'shed', 'bed', 'red', 'breed', 'greed', 'creed', 'embed', 'bred', 'shred']);
const WORD = /\p{L}+/gu;

/** True when `text` holds a past verb (PAST_VERBS, "-ed") other than the words of `skip`; a capitalised word after the first is a name ("Ahmed"). */
function hasPastVerb(text: string, skip: ReadonlySet<string>): boolean {
  WORD.lastIndex = 0;
  let first = true;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const lower = w.toLowerCase();
    const name = !first && w[0] !== lower[0];
    first = false;
    if (name || skip.has(lower) || NOT_PAST.has(lower)) continue;
    if (PAST_VERBS.has(lower) || (lower.length > 3 && lower.endsWith('ed'))) return true;
  }
  return false;
}

/**
 * A clause in the present: "The deadline is March 31", "Analysts expect the Fed to hold rates at its March 19 meeting"
 * (an infinitive), "The unions are striking". A present simple verb ("begins", "go to the polls") has no mark: such
 * a clause takes the tense of the sentence without its attribution.
 */
const PRESENT_MARK = /\b(?:is|are|am|does|do)\b|\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|your|my|date)\b)\p{Ll}+/u;

/**
 * True when a date with a month but no year, in a sentence without a future word, reports the past and so may not lie
 * after the article's date: its clause has a past verb or word ("He left the ministry on September 24"), or has no
 * present mark and the sentence has a past verb outside its attribution ("Rail workers held strikes on 3 and 4
 * March"). "The trial begins on April 2", "Voters go to the polls on May 15, the first election since 2022" and
 * "The festival runs from 12 to 15 June, organisers said" keep the nearest such date, which may be ahead.
 */
function isPastDatedClause(sentence: string, index: number, length: number): boolean {
  // "BAKU, Azerbaijan, March 4." (Trend), "YEREVAN, May 8, ARMENPRESS.": a dateline of its own dates the story, which
  // is never written ahead of its reference date (it was the next March 4)
  if (DATELINE_BEFORE_DATE.test(sentence.slice(0, index)) && DATELINE_AFTER_DATE.test(sentence.slice(index + length))) return true;
  // "were considering a resolution at the Board of Governors meeting starting on March 3", "talks scheduled for May
  // 5": a schedule's word before the date dates an event set ahead, whatever the tense of the verb that tells it (the
  // date was the March 3 of the year before)
  if (SCHEDULE_BEFORE_DATE.test(sentence.slice(0, index))) return false;
  const clause = clauseAt(sentence, index);
  if (FUTURE_IN_PAST.test(clause)) return false;
  if (PAST_WORDS.test(clause) || hasPastVerb(clause, NOT_PAST)) return true;
  if (PRESENT_MARK.test(clause) || PRESENT_CLAUSE.test(clause)) return false;
  if (PAST_WORDS.test(sentence)) return true;
  // "On March 10, the minister said …": a clause that is the date alone belongs to the main verb, attribution or not
  const adjunct = !(clause.replace(sentence.slice(index, index + length), ' ').match(/\p{L}+/gu) ?? []).some((w) => !ADJUNCT_WORDS.has(w.toLowerCase()));
  return hasPastVerb(sentence, adjunct ? NOT_PAST : REPORTING_PAST);
}

/** A schedule's word right before a date: "meeting starting on March 3", "a vote scheduled for", "due on", "set for". */
const SCHEDULE_BEFORE_DATE = /\b(?:starting|beginning|opening|scheduled|slated|due|set)\s+(?:(?:on|for|from)\s+)?$/i;

/** A wire dateline's place in capitals and maybe a region, before its date: "BAKU, Azerbaijan, ", "YEREVAN, ". */
const DATELINE_BEFORE_DATE = /^\p{Lu}{2}[\p{Lu}\p{M} .'’/-]*(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{0,30})?,\s*$/u;
/** The rest of a sentence that is a dateline alone: ".", ", ARMENPRESS.", ". /TASS/." (an agency in capitals). */
const DATELINE_AFTER_DATE = /^(?:\s*,\s*\p{Lu}[\p{Lu}\p{N}&/ -]{1,30})?[\s./]*(?:\/?\p{Lu}{2,12}\/?[\s.]*)?$/u;

/**
 * The future seen from the past, or expected, in a sentence: "He said talks would resume on Friday", "Forecasters
 * expect more rain through the weekend". Not a refusal or a habit of the past, dated in the past: "A spokesman would
 * not comment on Monday", "He would have won".
 */
// "should" too: "She said employees should report to work as usual on Monday" is the coming Monday
const FUTURE_OF_PAST = /\b(?:would|should)\s+(?!not\b|never\b|have\b|also\s+not\b)\p{Ll}+|\bexpects?\b|\bexpected\s+(?!to\b)(?:[\p{L}\p{M}'’.-]+\s+){1,4}?to\s+\p{Ll}+/u;
/**
 * The "would" half of FUTURE_OF_PAST alone, with no word of the article's own future (FUTURE, "expects"): the future seen
 * from a past time, which may already be past when the article is written. A month in it is the one nearest the
 * article's date (nearestYear), not the next one: "In July, the company had said a new warehouse would open on Sept.
 * 1" in an October article is the September just gone; "He said it would launch in March" in November is the coming
 * March. A weekday still looks forward a few days ("talks would resume on Friday").
 */
// an expectation stated in the past about an object is such a future too: "Economists said they expected the bank to start
// cutting rates in December" (in an October article: the coming December, where the past tense dated it a year back)
const WOULD_FUTURE = /\b(?:would|should)\s+(?!not\b|never\b|have\b|also\s+not\b)\p{Ll}+|\bexpected\s+(?!to\b)(?:[\p{L}\p{M}'’.-]+\s+){1,4}?to\s+\p{Ll}+/u;
const EXPECTS = /\bexpects?\b/;
/**
 * "the year", "the month" alone: the current one ("will close 40 stores by the end of the year", "expects revenue of
 * $9 billion for the year"). Looking forward, chrono reads "the year" as "a year from now".
 */
const CURRENT_PERIOD = /^the\s+(?:year|month)$/i;
/** "He said he would resign in April": the future seen from the past, which may lie after the article's date. */
const FUTURE_IN_PAST = /\b(?:would|could|should)\b(?!\s+(?:not\s+|n't\s+)?have\b)/i;
/** The words that may stand with a date in a clause of its own: "On March 10", "by early June", "in mid-April". */
const ADJUNCT_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'from', 'since', 'until', 'till', 'during', 'of', 'before', 'after', 'through', 'the', 'early', 'late', 'mid', 'end', 'start', 'beginning', 'then', 'also', 'again', 'and', 'but', 'as']);

/** One more day of a list with a dated day: "3" of "on 3 and 4 March", "27" of "February 26 and 27". */
interface ListedDay { text: string; value: number; index: number }
const DAYS_BEFORE = /(?:^|[\s(])((\d{1,2})(?:st|nd|rd|th)?)(?:\s*,\s*|\s+(?:and|&)\s+)$/;
const DAY_AFTER = /^(\s*,\s*|\s+(?:and|&)\s+)((\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\p{N}%]|[.,]\d|\s+(?!(?:and|or|in|at|on|to|for|when|as|after|before|but|with|of)\b)\p{L})/u;

/**
 * The days listed with the dated day `day` that chrono left out, day-first before it ("on 3 and 4 March") or
 * month-first after it ("February 26 and 27"): each smaller (before) or larger (after) than its neighbour, so that
 * "killed 3 and 14 March" or "February 26 and 12 people" are no list.
 */
function listedDays(sentence: string, from: number, to: number, day: number | null, single: boolean): ListedDay[] {
  if (!single || day === null) return [];
  const out: ListedDay[] = [];
  if (/^\d/.test(sentence.slice(from, to))) {
    let end = from;
    let next = day;
    for (let m = DAYS_BEFORE.exec(sentence.slice(0, end)); m; m = DAYS_BEFORE.exec(sentence.slice(0, end))) {
      const n = Number(m[2]);
      if (n < 1 || n >= next) break;
      const index = m.index + m[0].indexOf(m[1]!);
      out.unshift({ text: m[1]!, value: n, index });
      end = index;
      next = n;
    }
  } else {
    let at = to;
    let prev = day;
    for (let m = DAY_AFTER.exec(sentence.slice(at)); m; m = DAY_AFTER.exec(sentence.slice(at))) {
      const n = Number(m[3]);
      if (n > 31 || n <= prev) break;
      out.push({ text: m[2]!, value: n, index: at + m[1]!.length });
      at += m[1]!.length + m[2]!.length;
      prev = n;
    }
  }
  return out;
}

/**
 * Quarters, halves and fiscal years: "in the first quarter", "fourth quarter of 2024", "Q3", "H1 2024", "fiscal 2025",
 * "FY25". The record has no quarter precision: the period's year, with precision "year". A quarter or half without
 * its year is resolved against the article's date by tense (periodYear). A quarter or "H1" is also a part of a game
 * or a name ("scored in the fourth quarter", "Apple's H1 chip"): without a year it counts in a sentence about money
 * or the economy (FINANCE_WORDS), or for a spelled-out quarter in a clause about the future outside a game ("The
 * decision is due in the second quarter"; SPORT_WORDS).
 */
interface PeriodRule {
  id: string;
  pattern: RegExp;
  /** The period from the match: its length in months and its number in the year (1-based), or its year alone. */
  read: (m: RegExpExecArray) => { months: number; n: number; year: number | null } | { year: number };
}
const ORDINAL_NUMBERS: ReadonlyMap<string, number> = new Map([['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4]]);
const yearOf = (y: string | undefined): number | null => (y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : null);
const PERIODS: readonly PeriodRule[] = [
  { id: 'extract/date-quarter', pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b(?:\s+of\s+(?:fiscal\s+)?((?:19|20)\d\d)\b)?/gi, read: (m) => ({ months: 3, n: ORDINAL_NUMBERS.get(m[1]!.toLowerCase())!, year: yearOf(m[2]) }) },
  { id: 'extract/date-quarter-code', pattern: /\bQ([1-4])\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b|\s+'(\d\d)\b)?/g, read: (m) => ({ months: 3, n: Number(m[1]), year: yearOf(m[2] ?? m[3]) }) },
  { id: 'extract/date-half', pattern: /\b(first|second)[\s-]half\s+of\s+(?:the\s+year\b|(?:fiscal\s+)?((?:19|20)\d\d)\b)/gi, read: (m) => ({ months: 6, n: ORDINAL_NUMBERS.get(m[1]!.toLowerCase())!, year: yearOf(m[2]) }) },
  { id: 'extract/date-half-code', pattern: /\bH([12])\b(?:\s+((?:19|20)\d\d)\b)?/g, read: (m) => ({ months: 6, n: Number(m[1]), year: yearOf(m[2]) }) },
  { id: 'extract/date-fiscal-year', pattern: /\bfiscal(?:\s+year)?\s+((?:19|20)\d\d)\b/gi, read: (m) => ({ year: Number(m[1]) }) },
  { id: 'extract/date-fiscal-code', pattern: /\bFY\s?'?((?:19|20)\d\d|\d\d)\b/g, read: (m) => ({ year: yearOf(m[1])! }) },
];
const SPORT_WORDS = /\b(?:scor\w*|(?<!basis |percentage )points?|goals?|touchdowns?|baskets?|rebounds?|assists?|quarterback|game|games|match|half-?time|kick\w*|penalt\w*|innings?|minutes?|whistle|possessions?|shots?|free throws?|intercept\w*|fumbl\w*|yards?|comeback|lead|led|trail\w*)\b/i;
const FINANCE_WORDS = /\b(?:revenues?|sales|yields?|rates|shares|stocks?|bonds?|markets?|investors?|price|basis points|profits?|earnings|results|income|losses|growth|GDP|economy|economic|output|inflation|quarterly|fiscal|financial|forecasts?|guidance|margins?|dividends?|turnover|deliveries|shipments|spending|deficit|budget|prices|orders)\b/i;

/**
 * The year of the `n`th period of `months` months for the reference: the latest one ended by then in the past
 * ("revenue in the fourth quarter fell", in February: the year before), the current or next one ahead ("the decision is
 * due in the second quarter"), else the current or last one begun ("reports first-quarter results on April 24" in
 * March: this year; "the Q2 results season" in November: this year; "Q4 sales are weak" in March: the year before).
 */
function periodYear(ref: Date, n: number, months: number, mode: 'past' | 'ahead' | 'near'): number {
  const t = ref.getTime();
  const from = (y: number) => Date.UTC(y, (n - 1) * months, 1);
  const to = (y: number) => Date.UTC(y, n * months, 1);
  const y = ref.getUTCFullYear();
  if (mode === 'past') return to(y) > t ? y - 1 : y;
  if (mode === 'ahead') return to(y) <= t ? y + 1 : y;
  return from(y) > t ? y - 1 : y;
}

/** Adds the periods (PERIODS) of the sentence at `offset` that no other date covers. */
function findPeriods(sentence: string, offset: number, ref: Date | null, future: boolean, taken: [number, number][], out: DateMention[]): void {
  if (!/quarter|half|\b[QH][1-4]\b|fiscal|FY/i.test(sentence)) return;
  for (const rule of PERIODS) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const p = rule.read(m);
      let year = p.year;
      if (year === null && 'months' in p) {
        const past = future ? isPastClause(sentence, m.index) : isPastDatedClause(sentence, m.index, m[0].length);
        const ahead = future && !past;
        if (!FINANCE_WORDS.test(sentence) && !(ahead && rule.id === 'extract/date-quarter' && !SPORT_WORDS.test(sentence))) continue;
        if (ref) year = periodYear(ref, p.n, p.months, past ? 'past' : ahead ? 'ahead' : 'near');
      }
      out.push({ text: m[0], value: year === null ? null : String(year), precision: 'year', start, end });
      taken.push([start, end]);
    }
  }
}

/**
 * "last year", "this year" or "next year" right after a month with no year: "since October 7 last year", "in March
 * this year" (Anadolu, The National and most papers outside the wires write the war's start so). Group 1 the word.
 */
const YEAR_AFTER = /^\s+(last|this|next)\s+year\b/i;
/** Years from the reference's to the one YEAR_AFTER names. */
const YEAR_AFTER_OFFSET: Record<RelativeWord, number> = { last: -1, this: 0, next: 1 };

/** A count of days before or after the date named just before in the sentence: "a day earlier", "two days later". */
const DAYS_FROM_PREVIOUS = /^(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(earlier|before|prior|later|after)$/i;
const DAY_COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "a" → 1, "two" → 2, "10" → 10 (DAYS_FROM_PREVIOUS). */
function dayCount(word: string): number {
  return DAY_COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

/**
 * A count of weeks, months or years before or after a date named earlier: "a year later", "two months earlier",
 * "three weeks after" (LENGTH_FROM_EARLIER in findDates). Groups: the count, the unit, the direction.
 */
const LENGTH_FROM_EARLIER = /^(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(week|month|year)s?\s+(earlier|before|prior|later|after)$/i;

/** The date `n` units (week, month, year) after `d`, before it when `n` is negative. */
function shiftedBy(d: Date, n: number, unit: string): Date {
  const x = new Date(d.getTime());
  if (unit === 'week') x.setUTCDate(x.getUTCDate() + 7 * n);
  else if (unit === 'month') x.setUTCMonth(x.getUTCMonth() + n);
  else x.setUTCFullYear(x.getUTCFullYear() + n);
  return x;
}

/** "this", "last" or "next" right before a month or a season: "this March", "last summer". */
type RelativeWord = 'this' | 'last' | 'next';
// not after "the": "the last March of the war" is no date before the reference
const RELATIVE_BEFORE = /(?<!\bthe\s+)\b(this|last|next)\s+$/i;

/**
 * The year of a month named with "this", "last" or "next" (1-12), for the reference date: "this March" is the March of
 * the reference's year, whatever the tense ("this March" written in November 2024 is March 2024; in January 2025,
 * March 2025); "last March" the latest March before the reference's month (in March 2024: March 2023); "next March"
 * the first March after it. chrono reads only "March", whose year the tense would pick.
 */
function relativeMonthYear(word: RelativeWord, month: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (word === 'last') return month < m ? y : y - 1;
  if (word === 'next') return month > m ? y : y + 1;
  return y;
}

/**
 * Seasons, with the months (1-12) they span in the northern hemisphere, as most news in English is written there.
 * Winter runs over the new year: it takes the year of its January and February, its December is the year before.
 */
const SEASONS: { id: string; words: string[]; months: number[] }[] = [
  { id: 'season/spring', words: ['spring'], months: [3, 4, 5] },
  { id: 'season/summer', words: ['summer'], months: [6, 7, 8] },
  { id: 'season/autumn', words: ['autumn', 'fall'], months: [9, 10, 11] },
  { id: 'season/winter', words: ['winter'], months: [12, 1, 2] },
];
const SEASON_OF = new Map(SEASONS.flatMap((x) => x.words.map((w): [string, (typeof SEASONS)[number]] => [w, x])));
/** "this spring", "last summer", "next winter"; not "the last summer of the war" (the final one). */
const RELATIVE_SEASON = new RegExp(`(?<!\\bthe\\s+)\\b(this|last|next)\\s+(${[...SEASON_OF.keys()].join('|')})\\b`, 'gi');
/** What makes "fall" a noun of change, not the season: "this fall in prices", "the last fall of the index". */
const FALL_OF_SOMETHING = /^\s+(?:in|of)\b/i;

/**
 * The year a season named with "this", "last" or "next" falls in (precision year): "this spring" is the reference's
 * year ("The drought began this spring" in November 2024: 2024); "last summer" the latest summer ended by the
 * reference's month (in November 2024: 2024; in July 2024: 2023); "next summer" the first summer not yet begun (in
 * November 2024: 2025; in March 2024: 2024). A winter is the year of its January, and "this winter" is the one not yet
 * over, running or coming: in November or December 2024 it is 2025 ("Gas may run short this winter"), "last winter" the
 * latest one over (2024), "next winter" the one after this (2026). Without a reference date the value is null.
 */
function seasonYear(word: RelativeWord, season: (typeof SEASONS)[number], ref: Date): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (season.months[0] === 12) {
    // winter y runs from December y-1 to February y: in January or February it is running; from March on it is over
    // and "this winter" is the coming one, so last, this and next winter are three winters in every month
    const current = m <= 2 ? y : y + 1;
    if (word === 'this') return current;
    if (word === 'last') return current - 1;
    return current + 1;
  }
  if (word === 'this') return y;
  if (word === 'last') return m > season.months[season.months.length - 1]! ? y : y - 1;
  return m >= season.months[0]! ? y + 1 : y;
}

/** Adds "this/last/next <season>" of the sentence at `offset` that no other date covers (seasonYear). */
function findSeasons(sentence: string, offset: number, ref: Date | null, taken: [number, number][], out: DateMention[]): void {
  RELATIVE_SEASON.lastIndex = 0;
  for (let m = RELATIVE_SEASON.exec(sentence); m; m = RELATIVE_SEASON.exec(sentence)) {
    if (m[2]!.toLowerCase() === 'fall' && FALL_OF_SOMETHING.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const start = offset + m.index;
    const text = m[0];
    const end = start + text.length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const season = SEASON_OF.get(m[2]!.toLowerCase())!;
    const value = ref ? String(seasonYear(m[1]!.toLowerCase() as RelativeWord, season, ref)) : null;
    out.push({ text, value, precision: 'year', start, end });
    taken.push([start, end]);
  }
}

/** Days of a month written as a range before it, read by chrono as clock hours: "12 to 15 June", "3-5 May". */
const DAY_RANGE = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s*(?:to|-|\u2013|until|till)\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+\p{L}+\.?$/u;

/**
 * The end of a period still running, after "until": "released on bail until April 10", "The vote was delayed until
 * Thursday". Within COMING_BOUND_DAYS after the article's date it is the coming day, whatever the verb's tense.
 */
const UNTIL_BEFORE = /\b(?:until|till|pending)\s+$/i;
const COMING_BOUND_DAYS = 92;
/**
 * The end of a period an action still to be done will last, after "through"/"until" and an infinitive in the same
 * clause: "The House voted on a bill to fund the government through September" (in November, the coming September,
 * not the last one), "a plan to extend the ceasefire until March". Not "to have": "appeared to have lasted until March".
 */
const INFINITIVE_BOUND = /\bto\s+(?!(?:the|a|an|have|has|had|his|her|their|its|this|that|these|those)\b)\p{Ll}+\b[^,;:.!?]{0,80}\b(?:through|thru|until|till)\s+$/u;
/** How far back the infinitive of INFINITIVE_BOUND may stand, in characters (the clause before the date). */
const INFINITIVE_BOUND_CHARS = 120;
function isComingBound(before: string, d: Date, ref: Date): boolean {
  return UNTIL_BEFORE.test(before) && d.getTime() - ref.getTime() <= COMING_BOUND_DAYS * 864e5;
}

function isActionBound(before: string): boolean {
  return INFINITIVE_BOUND.test(before.slice(-INFINITIVE_BOUND_CHARS));
}

/** A month or day of an action's bound (isActionBound): the first one not before the article's date. */
function comingBound(d: Date, ref: Date, precision: DateMention['precision']): Date {
  const behind = (x: Date) => (precision === 'month' ? x.toISOString().slice(0, 7) < ref.toISOString().slice(0, 7) : x.getTime() < ref.getTime() - 864e5);
  const shifted = (x: Date, years: number) => {
    const y = new Date(x.getTime());
    y.setUTCFullYear(y.getUTCFullYear() + years);
    return y;
  };
  let out = d;
  while (behind(out)) out = shifted(out, 1);
  while (!behind(shifted(out, -1))) out = shifted(out, -1);
  return out;
}

/** Month names by number, as RANGE_END_YEAR reads them. */
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The month and year closing a range after its first month: " and March 2022", " to Aug. 12, 2019", "–June 2021". */
const RANGE_END_YEAR = /^\s*(?:and|to|or|until|till|through|thru|[-–—])\s*(?:(?:early|mid|late|the end of)[\s-]+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:1[89]|20)\d\d)\b/i;

/** The last month and year of a range whose first month stands before `after`, or null. */
function rangeEndYear(after: string): { year: number; month: number } | null {
  const m = RANGE_END_YEAR.exec(after);
  return m ? { year: Number(m[2]), month: MONTH_PREFIXES.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1 } : null;
}

/**
 * "the year to June", "the year through September 30" (text of chrono's match, "in" cut): twelve months ending in the
 * month named (group 1 the month and its day, 2 the month, 3 the day). A month with its year ("the year to March
 * 2025") is read by chrono as any date.
 */
const YEAR_TO_MONTH = /^the\s+year\s+(?:to|through|until|till)\s+((Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+(\d{1,2}))?)$/i;

/**
 * The end of a "year to" period (YEAR_TO_MONTH): figures for a year to a month are published after it ends, so the
 * month is the last such month up to the reference ("in the year to June" in July 2026, or in May 2026: June 2026, June
 * 2025); in a forecast ("is expected to reach 3% in the year to June") the next one from it.
 */
function yearToValue(ref: Date, month: number, day: number | null, ahead: boolean): string {
  const refMonth = ref.getUTCMonth() + 1;
  const refDay = ref.getUTCDate();
  const after = month > refMonth || (month === refMonth && day !== null && day > refDay);
  const before = month < refMonth || (month === refMonth && day !== null && day < refDay);
  const year = ref.getUTCFullYear() + (ahead ? (before ? 1 : 0) : after ? -1 : 0);
  const mm = String(month).padStart(2, '0');
  return day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
}

/** Dates of the text in order; `value` is ISO (YYYY-MM-DD, YYYY-MM or YYYY) or null when it cannot be resolved. */
export function findDates(ctx: ExtractContext): DateMention[] {
  const pageRef = parseReference(ctx.referenceDate);
  // (hand-built contexts of the unit tests carry no document)
  const paragraphs = ctx.doc?.paragraphs ?? [];
  // the reference of the last live entry met, parsed once per entry
  let entry = null as { iso: string; ref: Date | null } | null;
  const out: DateMention[] = [];
  // Timelines: the year of a year heading ("2023" alone on its line) and the date of the previous item ("January 12,
  // 2024 – …") give their year to the items after them that have none ("March 6 – …"): see itemYear
  const timeline: Timeline = { heading: null, last: null };
  let paragraph = -1;
  // the date named last in the paragraph's sentences before this one (LENGTH_FROM_EARLIER)
  let paragraphLast: Date | null = null;
  for (const s of ctx.sentences) {
    // a live blog's entry dates what it says by its own time ("yesterday" in an entry of Sep 3 is Sep 2); the intro and
    // any ordinary article keep the page's date
    const iso = paragraphs[s.paragraph]?.date;
    if (iso && entry?.iso !== iso) entry = { iso, ref: entryReference(iso, pageRef) };
    const ref = iso ? entry!.ref : pageRef;
    const opensParagraph = s.paragraph !== paragraph;
    paragraph = s.paragraph;
    if (opensParagraph) paragraphLast = null;
    if (opensParagraph) readHeading(s.text, timeline);
    const taken: [number, number][] = [];
    if (!DATE_HINT.test(s.text)) {
      findPeriods(s.text, s.start, ref, FUTURE.test(s.text), taken, out); // "Revenue fell in the fourth quarter."
      findSeasons(s.text, s.start, ref, taken, out); // "The drought began this spring."
      continue;
    }
    // "will meet on Friday" looks forward from the reference date; reporting of past events looks back; "talks would
    // resume on Friday" and "Forecasters expect more rain through the weekend" look forward too (FUTURE_OF_PAST)
    const future = FUTURE.test(s.text) || FUTURE_OF_PAST.test(s.text);
    const results = chronoFor(future).parse(s.text, { instant: instantFor(ref, future), timezone: 0 }, { forwardDate: future });
    const wouldOnly = future && !FUTURE.test(s.text) && !EXPECTS.test(s.text) && WOULD_FUTURE.test(s.text);
    let previous: Date | null = null;
    for (const found of results) {
      const r = withoutLeadingHour(withoutTrailingNumber(withoutTimeOfDay(found, s.text, future, ref), s.text, future, ref), s.text, future, ref);
      if (!r) continue;
      // "last year" of "October 7 last year", already read with its month (YEAR_AFTER)
      if (taken.some(([a, b]) => s.start + r.index >= a && s.start + r.index + r.text.length <= b)) continue;
      if (isDuration(r.text, s.text.slice(0, r.index), s.text.slice(r.index + r.text.length, r.index + r.text.length + 8))) continue;
      let text = r.text;
      let start = s.start + r.index;
      // ", on Saturday" when the sentence was cut after an abbreviation ("Paris, Tex., on Saturday"): the comma goes
      const punct = /^[\s,;:]+/.exec(text);
      if (punct) {
        start += punct[0].length;
        text = text.slice(punct[0].length);
      }
      const lead = LEADING_PREPOSITIONS.exec(text);
      if (lead) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      text = text.replace(/[\s,]+$/, '');
      // "prices rose 3.1% in the year to June": the period's last month is the date (as "the three months to May" is
      // May), not the year chrono made of "in the year" (a year from now: 2027 in an article of 2026)
      const yearTo = YEAR_TO_MONTH.exec(text);
      if (yearTo) {
        const at = start + text.length - yearTo[1]!.length;
        const month = MONTH_PREFIXES.indexOf(yearTo[2]!.slice(0, 3).toLowerCase()) + 1;
        const day = yearTo[3] ? Number(yearTo[3]) : null;
        out.push({ text: yearTo[1]!, value: ref ? yearToValue(ref, month, day, future && !isPastClause(s.text, at - s.start)) : null, precision: day ? 'day' : 'month', start: at, end: at + yearTo[1]!.length });
        taken.push([at, at + yearTo[1]!.length]);
        continue;
      }
      if (!text || NOT_A_DATE.test(text) || !/\p{L}|\d{4}|\//u.test(text)) continue;
      if (/^\d+$/.test(text) && !/^(?:1[89]|20)\d\d$/.test(text)) continue;
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) continue; // "13 1/2" is a fraction, not January 2
      if (isTitleDayWord(text, s.text.slice(Math.max(0, start - s.start - 24), start - s.start))) continue;
      if (isNameDayWord(text, s.text.slice(Math.max(0, start - s.start - 24), start - s.start))) continue;
      if (DECADE.test(text)) continue;
      const known = { day: r.start.isCertain('day'), weekday: r.start.isCertain('weekday'), month: r.start.isCertain('month'), year: r.start.isCertain('year') };
      // "between January and March 2022", "from June to August 2019": the first month of a range takes the year
      // written after the last (the year before when it comes later in the calendar: "between November and February
      // 2023" opens in November 2022); it was dated by the article's year
      let rangeYear: number | null = null;
      if (known.month && !known.year && !known.weekday) {
        const y = r.end?.isCertain('year') && r.end.isCertain('month') ? { year: r.end.get('year')!, month: r.end.get('month')! } : rangeEndYear(s.text.slice(r.index + r.text.length));
        if (y) {
          rangeYear = r.start.get('month')! > y.month ? y.year - 1 : y.year;
          known.year = true;
        }
      }
      // "this March", "last March", "next March": the word before the month fixes its year (relativeMonthYear)
      const relative = known.month && !known.year && !known.day && !known.weekday ? RELATIVE_BEFORE.exec(s.text.slice(Math.max(0, start - s.start - 16), start - s.start)) : null;
      if (relative) {
        start -= relative[0].length;
        text = s.text.slice(start - s.start, start - s.start + relative[0].length) + text;
      }
      // "since October 7 last year", "in March this year": the year named after the month fixes it (YEAR_AFTER);
      // chrono read "October 7" and "last year" apart, and dated the day in the reference's year
      const yearAfter = known.month && !known.year && !known.weekday && !relative ? YEAR_AFTER.exec(s.text.slice(start - s.start + text.length)) : null;
      if (yearAfter) text = s.text.slice(start - s.start, start - s.start + text.length + yearAfter[0].length);
      // "from 12 to 15 June": chrono reads 12:00 to 15:00 on a day of June; the first number is the day
      const dayRange = !known.day && known.month ? DAY_RANGE.exec(text) : null;
      if (dayRange) known.day = true;
      const week = isWeekSpan(text);
      let precision: DateMention['precision'] = week ? 'month' : known.day || known.weekday ? 'day' : known.month ? 'month' : known.year ? 'year' : relativePrecision(text);
      const absoluteYear = known.year && !/\b(?:ago|last|next|this|past)\b/i.test(text);
      let value: string | null = null;
      const index0 = start - s.start;
      const item = opensParagraph && !known.year && known.month && !known.weekday && !relative && !dayRange && isItemDate(s.text, index0, text.length);
      const anchored = item ? itemYear(timeline, r.start.get('month')!, r.start.get('day') ?? 1, known.day, item === 'timeline') : null;
      if (anchored) {
        previous = anchored;
        value = formatDate(anchored, precision);
      } else if (ref && CURRENT_PERIOD.test(text)) {
        value = formatDate(ref, precision);
      } else if (yearAfter && ref) {
        const year = ref.getUTCFullYear() + YEAR_AFTER_OFFSET[yearAfter[1]!.toLowerCase() as RelativeWord];
        const d = new Date(Date.UTC(year, r.start.get('month')! - 1, known.day ? r.start.get('day')! : 15, 12));
        value = formatDate(d, precision);
        previous = d;
      } else if (relative && ref) {
        const month = r.start.get('month')!;
        const year = relativeMonthYear(relative[1]!.toLowerCase() as RelativeWord, month, ref);
        value = `${year}-${String(month).padStart(2, '0')}`;
        previous = new Date(Date.UTC(year, month - 1, 15, 12));
      } else if (ref || (absoluteYear && WRITTEN_YEAR.test(text))) {
        // (with no article date, a year chrono computed from a length is no written year: "in two years" was dated
        // 2002, counted from chrono's fallback of 2000)
        let d = r.start.date();
        if (rangeYear !== null) d = new Date(Date.UTC(rangeYear, d.getUTCMonth(), d.getUTCDate(), 12));
        if (dayRange) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), Number(dayRange[1]), 12));
        if (wouldOnly && ref && known.month && !known.year) d = nearestYear(d, ref);
        // "up from 870 the week before": one unit before the date just named in the sentence ("last week"), not
        // before the article's date
        const weeks = previous && RELATIVE_TO_PREVIOUS.exec(text);
        if (weeks && previous) d = unitBefore(previous, (weeks[1] ?? weeks[2])!.toLowerCase());
        // "fired rockets on Sunday in response to a strike that killed a commander a day earlier": days counted from
        // the date just named in the sentence (Saturday), not from the article's date
        const days = previous && !weeks ? DAYS_FROM_PREVIOUS.exec(text) : null;
        if (days && previous) d = new Date(previous.getTime() + (/^(?:later|after)$/i.test(days[2]!) ? 1 : -1) * dayCount(days[1]!) * 864e5);
        // "The mission arrived in June 2024 … Nearly a year later, its officers remain confined": a length later or
        // earlier counts from the date named last before it in its paragraph, not from the article's date (it was
        // dated 2027); with no such date it has no value
        const length = !weeks && !days ? LENGTH_FROM_EARLIER.exec(text) : null;
        if (length) {
          const anchor = previous ?? paragraphLast;
          if (!anchor) {
            out.push({ text, value: null, precision, start, end: start + text.length });
            taken.push([start, start + text.length]);
            continue;
          }
          d = shiftedBy(anchor, /^(?:later|after)$/i.test(length[3]!) ? dayCount(length[1]!) : -dayCount(length[1]!), length[2]!.toLowerCase());
        }
        const unit = weeks || days || length;
        // Past-tense reporting: "Thursday" or "September 24" never lands after the article's date, nor does the past
        // clause of a future sentence ("Xi will visit on Monday, the ministry said on Sunday"). A clause in the
        // present ("The trial begins on April 2") keeps the nearest such date, which may be ahead.
        const index = start - s.start;
        // A weekday alone of a sentence without a future word keeps the older rule: at most one day ahead unless its
        // sentence is in the past (isPastWeekday), then not ahead at all.
        // a timeline item in the present of narration ("March 6 – Three sailors are killed") is a past event
        const historic = known.month && opensParagraph && isItemDate(s.text, index, text.length) === 'timeline' && !FUTURE.test(s.text.slice(index + text.length));
        const lookBack = historic || (future ? isPastClause(s.text, index) : known.month ? isPastDatedClause(s.text, index, text.length) : true);
        const ahead = future || known.month || isPastWeekday(s.text, index, known) ? isAfter(d, ref ?? d, known) : d.getTime() > (ref ?? d).getTime() + 864e5;
        // "a bill to fund the government through September": the bound of an action still to come is the coming one
        if (ref && !absoluteYear && !unit && known.month && !known.year && (precision === 'month' || precision === 'day') && isActionBound(s.text.slice(0, index))) d = comingBound(d, ref, precision);
        else if (ref && !absoluteYear && !unit && lookBack && ahead && !isComingBound(s.text.slice(0, index), d, ref)) d = stepBack(d, known);
        if (!known.year && known.weekday && known.day) d = withWrittenWeekday(d, r.start.get('weekday'), ref);
        previous = d;
        // a dated timeline item anchors the next ones: "January 12, 2024 – …" then "March 6 – …"
        if (known.month && known.day && opensParagraph && isItemDate(s.text, index, text.length) === 'timeline') timeline.last = d;
        if (week) precision = weekPrecision(d);
        value = formatDate(d, precision);
      }
      if (!precision) continue; // "night", "noon": a time of day with no date
      // "on 3 and 4 March", "February 26 and 27": the other days of the list take the month of the dated one
      for (const day of listedDays(s.text, start - s.start, start - s.start + text.length, r.start.get('day'), known.day && known.month && !r.end && !dayRange)) {
        const dd = new Date(Date.UTC(Number((value ?? '').slice(0, 4)) || 2000, (r.start.get('month') ?? 1) - 1, day.value));
        if (dd.getUTCDate() !== day.value) continue;
        const at = s.start + day.index;
        out.push({ text: day.text, value: value ? dd.toISOString().slice(0, 10) : null, precision: 'day', start: at, end: at + day.text.length });
        taken.push([at, at + day.text.length]);
      }
      out.push({ text, value, precision, start, end: start + text.length });
      taken.push([start, start + text.length]);
    }
    if (previous) paragraphLast = previous;
    findPeriods(s.text, s.start, ref, future, taken, out);
    findSeasons(s.text, s.start, ref, taken, out);
    ORDINAL_DAY.lastIndex = 0;
    for (let m = ORDINAL_DAY.exec(s.text); m; m = ORDINAL_DAY.exec(s.text)) {
      const text = m[0].slice('on the '.length);
      const start = s.start + m.index + 'on the '.length;
      if (taken.some(([a, b]) => start < b && start + text.length > a)) continue;
      out.push({ text, value: ref ? ordinalDay(ref, Number(m[1]), future && !isPastClause(s.text, m.index)) : null, precision: 'day', start, end: start + text.length });
      taken.push([start, start + text.length]);
    }
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(s.text); m; m = YEAR.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[1]!.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      if (!isYearOfPeriod(s.text, m.index, m.index + m[1]!.length)) continue;
      out.push({ text: m[1]!, value: m[1]!, precision: 'year', start, end });
      // "The war began in 2011. Two years later, …": a year alone anchors a length after it too
      if (!previous) paragraphLast = new Date(Date.UTC(Number(m[1]), 6, 1, 12));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** What dates a timeline's items by: the year of the last year heading, the date of the last dated item. */
interface Timeline {
  heading: number | null;
  last: Date | null;
}
/** A paragraph that is a year alone: the heading of a timeline's section ("2023", "2024"). */
const YEAR_HEADING = /^\s*((?:1[89]|20)\d\d)\s*$/;
/** A year heading opens a section: its year dates the items after it, until the next heading. */
function readHeading(paragraphStart: string, timeline: Timeline): void {
  const h = YEAR_HEADING.exec(paragraphStart);
  if (!h) return;
  timeline.heading = Number(h[1]);
  timeline.last = null;
}
/** Words that may stand before an item's date at the start of its paragraph: "On July 4, the company …". */
const ITEM_LEAD = /^\s*(?:(?:on|in|by)\s+)?$/i;
/** The mark between a timeline item's date and its event: "July 4 - …", "March 6 – …", "Nov. 21: …". */
const ITEM_SEPARATOR = /^\s*[-–—:|]\s/;
/**
 * Whether the date at `index` of a paragraph's first sentence opens the paragraph: 'timeline' when a dash or a colon
 * follows it ("March 6 – Three sailors are killed"), 'item' for an opening date of prose ("On July 4, …"), else false.
 */
function isItemDate(sentence: string, index: number, length: number): 'timeline' | 'item' | false {
  if (!ITEM_LEAD.test(sentence.slice(0, index))) return false;
  return ITEM_SEPARATOR.test(sentence.slice(index + length, index + length + 4)) ? 'timeline' : 'item';
}
/**
 * The date of an item's month and day without a year, from its timeline, or null: a timeline item ("March 6 – …")
 * after a dated item takes that item's year, or the next one when its month and day come before (timelines run
 * forward: "Dec. 28, 2023 – …" then "Jan. 5 – …" is 2024); an opening date under a year heading ("2023", then "July 4
 * - …" or "On July 4, …") takes the heading's year. Nothing else does: a prose paragraph after a dated one keeps
 * the article's date as reference.
 */
function itemYear(timeline: Timeline, month: number, day: number, knownDay: boolean, isTimelineItem: boolean): Date | null {
  const at = (year: number) => new Date(Date.UTC(year, month - 1, day, 12));
  if (isTimelineItem && timeline.last) {
    const d = at(timeline.last.getUTCFullYear());
    const next = d.getTime() < timeline.last.getTime() - (knownDay ? 0 : 31 * 864e5) ? at(timeline.last.getUTCFullYear() + 1) : d;
    if (knownDay) timeline.last = next;
    return next;
  }
  if (timeline.heading === null) return null;
  const d = at(timeline.heading);
  if (isTimelineItem && knownDay) timeline.last = d;
  return d;
}

/** What a number at the end of a chrono match was read as, and what stands before it. */
interface TrailingNumber {
  digits: string;
  /** The date component chrono made of it. */
  component: 'year' | 'day' | 'hour';
  /** The separator before it: ", " or " ". */
  sep: string;
  /** The word before it, lower-case, without a final period: "may", "monday", "3", "at". */
  prevWord: string;
}

/**
 * The only forms in which a number ending chrono's match belongs to the date. Any other trailing number starts the
 * next phrase and is cut off, to be read as a count: "On May 3, 15 civilians died" (chrono reads the year 2015),
 * "On Monday, 12 soldiers were killed" (read as 12 o'clock), "In May, 15 people fled" (read as May 15).
 */
const DATE_TAILS: readonly { id: string; test: (t: TrailingNumber) => boolean }[] = [
  // "May 3, 2015", "3 May 1999": a year is written with 4 digits in running text; "May 3, 1500 soldiers" is a count
  { id: 'extract/date-tail-full-year', test: (t) => t.component === 'year' && /^(?:1[89]|20)\d\d$/.test(t.digits) },
  // "May 15", "Sept. 15": the day right after the month name; "In May, 15 people" has a comma between them
  { id: 'extract/date-tail-day', test: (t) => t.component === 'day' && !t.sep.includes(',') && MONTHS.has(t.prevWord) },
  // "Monday at 12": a clock time, part of the date expression (its precision stays the day)
  { id: 'extract/date-tail-clock', test: (t) => t.component === 'hour' && t.prevWord === 'at' },
];
const TRAILING_DIGITS = /^(.*?[\p{L}\p{N}.])(,\s*|\s+)(\d{1,4})$/u;
const CLOCK_WORDS = /:|\b(?:[ap]\.?m\b|o'clock|noon|midnight)/i;

/**
 * The chrono result without a number it swallowed from the next phrase ("May 3, 15" → "May 3"), parsed again so
 * that the year or hour it had taken from that number is implied from the reference instead; null when the shorter
 * text is no date on its own. Results that do not end in such a number are returned as they are.
 */
/** A part of the day before the date it is of: "evening of " of "on the evening of May 25", "early morning of ". */
// and before "on": "for a fifth consecutive night on December 2" (chrono read "night on December 2" as a time of day,
// and the date was lost)
const TIME_OF_DAY_OF = /^(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i;

/**
 * The date of "the evening of May 25", "the night of June 3": chrono reads the part of the day and the date as one
 * time whose day it leaves uncertain, so the date was dropped as a bare time of day. The date is read alone, after
 * the part of the day; the result is unchanged when there is none.
 */
function withoutTimeOfDay(r: chrono.ParsedResult, sentence: string, future: boolean, ref: Date | null): chrono.ParsedResult {
  const m = TIME_OF_DAY_OF.exec(r.text);
  if (!m) return r;
  const at = r.index + m[0].length;
  const again = chronoFor(future).parse(sentence.slice(at, r.index + r.text.length), { instant: instantFor(ref, future), timezone: 0 }, { forwardDate: future });
  const date = again.find((x) => x.index === 0 && (x.start.isCertain('month') || x.start.isCertain('weekday')));
  return date ? Object.assign(date, { index: at }) : r;
}

/** A bare number before a relative period: "killed 15 last year", "rescued 40 this week" (chrono's hour 15). */
const LEADING_BARE_NUMBER = /^(\d{1,2})\s+(?=(?:last|this|next|past)\s)/;
/**
 * "The outbreak infected 66 people and killed 15 last year": chrono reads the figure before "last year" as an hour
 * ("15 last year" was a date, and the 15 deaths were lost to it). The period is read alone, after the figure; a time
 * with a clock word stays ("at 3 pm last Friday" has no bare number before the period).
 */
function withoutLeadingHour(r: chrono.ParsedResult | null, sentence: string, future: boolean, ref: Date | null): chrono.ParsedResult | null {
  if (!r) return r;
  const m = LEADING_BARE_NUMBER.exec(r.text);
  if (!m || !r.start.isCertain('hour') || r.start.get('hour') !== Number(m[1]) || CLOCK_WORDS.test(r.text)) return r;
  const at = r.index + m[0].length;
  const again = chronoFor(future).parse(sentence.slice(at, r.index + r.text.length), { instant: instantFor(ref, future), timezone: 0 }, { forwardDate: future });
  const date = again.find((x) => x.index === 0);
  return date ? Object.assign(date, { index: at }) : null;
}

function withoutTrailingNumber(r: chrono.ParsedResult, sentence: string, future: boolean, ref: Date | null): chrono.ParsedResult | null {
  const last = r.text.charCodeAt(r.text.length - 1);
  if (last < 48 || last > 57) return r; // most matches end in a word: "Monday", "last week"
  const m = TRAILING_DIGITS.exec(r.text);
  if (!m || CLOCK_WORDS.test(r.text)) return r;
  const [, head, sep, digits] = m as unknown as [string, string, string, string];
  const n = Number(digits);
  const component = r.start.isCertain('day') && r.start.get('day') === n ? 'day'
    : r.start.isCertain('hour') && r.start.get('hour') === n ? 'hour'
    : r.start.isCertain('year') ? 'year' : null;
  if (!component) return r;
  const prevWord = (/([\p{L}\p{N}]+)\.?$/u.exec(head)?.[1] ?? '').toLowerCase();
  if (DATE_TAILS.some((rule) => rule.test({ digits, component, sep, prevWord }))) return r;
  const again = chronoFor(future).parse(sentence.slice(r.index, r.index + head.length), { instant: instantFor(ref, future), timezone: 0 }, { forwardDate: future });
  const shorter = again.find((x) => x.index === 0 && x.text === head);
  return shorter ? Object.assign(shorter, { index: r.index }) : null;
}

/**
 * The reference instant, as the article's own wall-clock time written as UTC (chrono runs with timezone 0): "today"
 * is then the calendar day where the article was published. "2017-05-13T23:30:00-05:00" is 04:30 on May 14 in UTC,
 * but "Today" in that article is May 13. A date alone stands for its noon; a time without an offset is taken as it is
 * written.
 */
function parseReference(iso: string | null): Date | null {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return validDate(new Date(`${iso}T12:00:00Z`));
  const local = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!local) return validDate(new Date(iso));
  return validDate(new Date(`${local[1]}Z`));
}

/**
 * The reference of a live entry posted at `iso`: its own time when it falls on another day than the page's reference
 * ("Sep 3, 11:30" in a blog begun Sep 1), else the page's reference, so that an entry of the blog's own day, and a
 * blog of one day, read their dates as the page does.
 */
function entryReference(iso: string, pageRef: Date | null): Date | null {
  const own = parseReference(iso);
  if (!own) return pageRef;
  return pageRef && own.toISOString().slice(0, 10) === pageRef.toISOString().slice(0, 10) ? pageRef : own;
}

function validDate(d: Date): Date | null {
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * True when the date lies after the reference in a way past reporting excludes. A weekday is one of the past seven
 * days: "Police found the car on Monday" in an article of Sunday is the Monday before, not the next day (chrono takes
 * the nearest). A month and day may be one day ahead (a late wire story names its local date).
 */
function isAfter(d: Date, ref: Date, known: { month: boolean; weekday: boolean }): boolean {
  if (!known.month && known.weekday) return d.toISOString().slice(0, 10) > ref.toISOString().slice(0, 10);
  return d.getTime() > ref.getTime() + 864e5;
}

/**
 * True when the clause holding the date at `index` of a future sentence has no future word and a past verb: "…, the
 * White House said on Sunday". "The talks will resume on Monday" and "Talks, due on Monday, …" stay forward.
 */
function isPastClause(sentence: string, index: number): boolean {
  if (isDatedPastVerb(sentence.slice(0, index))) return true;
  const clause = clauseAt(sentence, index);
  // "prices would rise in April": "would" before the date in its clause; "He said on Monday he would resign" is past
  if (FUTURE_OF_PAST.test(clauseAt(sentence.slice(0, index), index))) return false;
  if (FUTURE.test(clause)) return false;
  if (PAST_CLAUSE.test(clause)) return true;
  // A clause with no verb of either tense ("On Monday,", "In a statement on Friday,") belongs to the clause after it:
  // past when a past verb comes there before any future word ("On Monday, officials said the bridge would reopen"),
  // not in "On Monday, the minister will visit"
  const rest = sentence.slice(sentence.indexOf(clause, Math.max(0, index - clause.length)) + clause.length);
  const past = PAST_CLAUSE.exec(rest);
  if (!past) return false;
  const ahead = [FUTURE.exec(rest), FUTURE_OF_PAST.exec(rest)].filter((m) => m !== null).map((m) => m!.index);
  return ahead.every((at) => past.index < at);
}

/**
 * Words before a past participle that keep it forward or make it no past event of its own: "will be announced on
 * Monday", "would have finished in March", "The final is played on Sunday".
 */
const BEFORE_PARTICIPLE_NOT_PAST: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'have', 'get', 'gets', 'getting', 'become', 'remain', 'remains', 'stay', 'stays', 'keep', 'keeps', // "schools will remain closed on Monday"
  'is', 'are', 'am', // a passive of the present is a schedule: "The next round is played on Tuesday"
  'if', 'once', 'unless', 'when', 'whether', // a condition: "She will lead the party if elected on Sunday"
]);
/** Participles that look forward: "results expected on Tuesday", "a vote scheduled for March", "the plant planned in 2027". */
const FORWARD_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected', 'scheduled', 'planned', 'projected', 'forecast', 'forecasted', 'predicted', 'estimated', 'targeted', 'intended',
  'slated', 'anticipated', 'required', 'needed', 'proposed', 'timed', 'pencilled', 'penciled', 'booked', 'due', 'set',
]);
/**
 * The verb a date follows, with at most a preposition between ("announced in March", "said Tuesday", "opened on
 * Friday"), or a reporting verb and whom it was told to or where ("told reporters on Tuesday", "said in a statement on
 * Monday"). Group 1 is the word before the verb, group 2 the verb.
 */
// ("The council voted 8-2 on Tuesday night to approve a plan to repave streets": a vote's tally between the verb and
// the date; the noun "a plan to" made the sentence one about the future, and Tuesday the next week's)
const VERB_BEFORE_DATE = /(?:\b(\p{L}+)\s+)?\b(\p{L}+)\s+(?:(?:in\s+an?\s+\p{L}+|reporters|analysts|investors|journalists|lawmakers|shareholders|employees|staff|\d{1,2}[-–]\d{1,2})\s+)?(?:(?:on|in|at|during|late\s+on|early\s+on)\s+)?$/u;
/** The objects VERB_BEFORE_DATE steps over, which only a reporting verb (REPORTING_PAST) takes. */
const REPORTED_TO = /\s(?:in\s+an?\s+\p{L}+|reporters|analysts|investors|journalists|lawmakers|shareholders|employees|staff)\s+(?:(?:on|in|at|during|late\s+on|early\s+on)\s+)?$/u;

/**
 * True when the date whose sentence runs `before` it belongs to a verb in the past: the tense of the verb the date
 * goes with decides, not a modal later or earlier in the sentence. "The company said on Tuesday it will cut 1,200
 * jobs", "Ridgeway Motors said Tuesday it will close two plants" (no "that" ends the clause), "The CFO said it would
 * cut 450 jobs as part of a plan announced in March". Not a participle after "be" or "have" ("will be announced on
 * Monday", "would have closed in March") nor one that looks forward ("results expected on Tuesday").
 */
function isDatedPastVerb(before: string): boolean {
  const m = VERB_BEFORE_DATE.exec(before.slice(-80));
  if (!m) return false;
  const verb = m[2]!.toLowerCase();
  if (verb[0] !== m[2]![0]) return false; // a name: "Ahmed on Monday"
  if (m[1] && BEFORE_PARTICIPLE_NOT_PAST.has(m[1].toLowerCase())) return false;
  if (REPORTED_TO.test(m[0])) return REPORTING_PAST.has(verb) && !FORWARD_PARTICIPLES.has(verb);
  if (FORWARD_PARTICIPLES.has(verb) || NOT_PAST.has(verb)) return false;
  return PAST_VERBS.has(verb) || REPORTING_PAST.has(verb) || (verb.length > 3 && verb.endsWith('ed'));
}

/**
 * True when a weekday alone of a sentence without a future word is a past event, so that it may not lie after the
 * article's day: the sentence has a past verb or word ("Police found two bodies on Monday", "On Monday, rebels seized
 * the town") and the clause holding the date is not in the present progressive ("He said the board is meeting on
 * Wednesday"). Other dates keep the older rule (at most one day ahead).
 */
function isPastWeekday(sentence: string, index: number, known: { month: boolean; weekday: boolean }): boolean {
  if (known.month || !known.weekday) return true;
  if (!PAST_CLAUSE.test(sentence) && !PAST_WORDS.test(sentence)) return false;
  return !PRESENT_CLAUSE.test(clauseAt(sentence, index));
}

/** The clause of `sentence` that holds the offset `index` (CLAUSE_BREAK). */
function clauseAt(sentence: string, index: number): string {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index < index) from = m.index + m[0].length;
    else { to = m.index; break; }
  }
  return sentence.slice(from, to);
}

/** The `day` of the reference month, or of the month before (after, looking forward) when it lies the other way; null when that month has no such day. */
function ordinalDay(ref: Date, day: number, forward: boolean): string | null {
  let m = ref.getUTCMonth();
  const today = ref.getUTCDate();
  if (!forward && day > today) m -= 1;
  if (forward && day < today) m += 1;
  const d = new Date(Date.UTC(ref.getUTCFullYear(), m, day));
  if (d.getUTCDate() !== day) return null; // "the 31st" of a 30-day month
  return d.toISOString().slice(0, 10);
}

/** "last week" → day; "last month" → month; "two years ago" → year. */
function relativePrecision(text: string): DateMention['precision'] {
  if (/\byears?\b|\bdecade/i.test(text)) return 'year';
  if (/\bmonths?\b/i.test(text)) return 'month';
  if (/\b(?:weeks?|days?|today|yesterday|tomorrow|tonight|weekend)\b/i.test(text)) return 'day';
  return null;
}

/** The same month and day in the year that puts it nearest `ref` (a year before or after `d`, or `d` itself). */
function nearestYear(d: Date, ref: Date): Date {
  let best = d;
  for (const shift of [-1, 1]) {
    const other = new Date(d.getTime());
    other.setUTCFullYear(d.getUTCFullYear() + shift);
    if (Math.abs(other.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime())) best = other;
  }
  return best;
}

/** A weekday one week back, a day of the year one year back. */
function stepBack(d: Date, known: { month: boolean; weekday: boolean }): Date {
  const back = new Date(d.getTime());
  if (!known.month && known.weekday) back.setUTCDate(back.getUTCDate() - 7);
  else back.setUTCFullYear(back.getUTCFullYear() - 1);
  return back;
}

function formatDate(d: Date, precision: DateMention['precision']): string | null {
  const iso = d.toISOString();
  if (precision === 'day') return iso.slice(0, 10);
  if (precision === 'month') return iso.slice(0, 7);
  if (precision === 'year') return iso.slice(0, 4);
  return null;
}
