// Finds dates in the article (extract stage): absolute and relative, resolved against the reference date.
import * as chrono from 'chrono-node';
import type { DateMention } from '../doc.js';
import type { ExtractContext } from './context.js';
import { MONTHS } from './number-words.js';

// Sentences without any of these cannot hold a date: chrono runs only on the others (it costs ~0.5 ms per KB).
// Month names are matched with their capital: "may" and "march" are mostly a modal and a verb.
const DATE_HINT = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Ww]eekend)s?\b|\b(?:1[89]|20)\d\d\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|\bthe \d{1,2}(?:st|nd|rd|th)\b/;
/** Words chrono includes before a date that are not part of it: "on Thursday" → "Thursday". */
const LEADING_PREPOSITIONS = /^(?:on|in|at|by|since|from|until|till|during|of|for|before|after|through)\s+/i;
/** Expressions that are durations or clock times, not dates: "the last 24 hours", "6:00am". */
const NOT_A_DATE = /^\s*(?:(?:the\s+)?(?:last|past|next)\s+)?\d+\s+(?:hours?|minutes?|seconds?)\b|^\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$|^(?:now|right now|just now|currently)$/i;
/** A sentence about the future may resolve a date after the reference date: "will meet on Friday". */
const FUTURE = /\b(?:will|shall|next|tomorrow|upcoming|coming|scheduled|expected to|plans? to|planned|due (?:to|on|for|in)|set (?:for|to)|slated)\b|'ll\b/i;
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
    ahead.parsers = ahead.parsers.map((p, i) => (past.parsers[i] && samePatternBothWays(past.parsers[i]!) ? past.parsers[i]! : p));
    chronos.past = new chrono.Chrono(past);
    chronos.forward = new chrono.Chrono(ahead);
  }
  return forward ? chronos.forward : chronos.past;
}

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

/** A bare year: "in 2016", "since 2011", "the 2014 elections" (not "2000 troops"). */
const YEAR = /(?<![\p{L}\p{N}.,$£€-])((?:1[89]|20)\d\d)(?![\p{L}\p{N}%]|,\d|\.\d)(?!\s+[a-z]+s\b)/gu;

/**
 * A day of the month named by its ordinal alone: "NATO said on the 5th that …" is the 5th of the reference month (of
 * the month before when that lies ahead in past reporting). Only before a clause break or a clause word: "on the 5th
 * floor" is no date.
 */
const ORDINAL_DAY = /\b[Oo]n the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|$)|\s+(?:that|when|and|as|after|before|but|at|in)\b)/g;

/** Dates of the text in order; `value` is ISO (YYYY-MM-DD, YYYY-MM or YYYY) or null when it cannot be resolved. */
export function findDates(ctx: ExtractContext): DateMention[] {
  const ref = parseReference(ctx.referenceDate);
  const out: DateMention[] = [];
  for (const s of ctx.sentences) {
    if (!DATE_HINT.test(s.text)) continue;
    const taken: [number, number][] = [];
    // "will meet on Friday" looks forward from the reference date; reporting of past events looks back
    const future = FUTURE.test(s.text);
    const results = chronoFor(future).parse(s.text, { instant: ref ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: future });
    for (const found of results) {
      const r = withoutTrailingNumber(found, s.text, future, ref);
      if (!r) continue;
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
      if (!text || NOT_A_DATE.test(text) || !/\p{L}|\d{4}|\//u.test(text)) continue;
      if (/^\d+$/.test(text) && !/^(?:1[89]|20)\d\d$/.test(text)) continue;
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) continue; // "13 1/2" is a fraction, not January 2
      const known = { day: r.start.isCertain('day'), weekday: r.start.isCertain('weekday'), month: r.start.isCertain('month'), year: r.start.isCertain('year') };
      const precision: DateMention['precision'] = known.day || known.weekday ? 'day' : known.month ? 'month' : known.year ? 'year' : relativePrecision(text);
      const absoluteYear = known.year && !/\b(?:ago|last|next|this|past)\b/i.test(text);
      let value: string | null = null;
      if (ref || absoluteYear) {
        let d = r.start.date();
        // Past-tense reporting: "Thursday" or "September 24" never lands after the article's date, nor does the past
        // clause of a future sentence ("Xi will visit on Monday, the ministry said on Sunday").
        const lookBack = !future || isPastClause(s.text, start - s.start);
        if (ref && !absoluteYear && lookBack && (future || isPastWeekday(s.text, start - s.start, known) ? isAfter(d, ref, known) : d.getTime() > ref.getTime() + 864e5)) d = stepBack(d, known);
        value = formatDate(d, precision);
      }
      if (!precision) continue; // "night", "noon": a time of day with no date
      out.push({ text, value, precision, start, end: start + text.length });
      taken.push([start, start + text.length]);
    }
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
      out.push({ text: m[1]!, value: m[1]!, precision: 'year', start, end });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
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
  const again = chronoFor(future).parse(sentence.slice(r.index, r.index + head.length), { instant: ref ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: future });
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
  const clause = clauseAt(sentence, index);
  return !FUTURE.test(clause) && PAST_CLAUSE.test(clause);
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
