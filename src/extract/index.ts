// The extract stage: actors, places, dates, numbers and claims from doc.text, linked to each other.
import type { Actor, DateMention, NewsDoc, NumberMention } from '../doc.js';
import { InternalError } from '../errors.js';
import type { ExtractContext } from './context.js';
import { splitSentences } from './sentences.js';
import { findActorsAndPlaces } from './actors.js';
import { findDates } from './dates.js';
import { findNumbers, localizeDollars } from './numbers.js';
import { findClaims } from './claims.js';
import { findBadSpans } from './spans.js';
import { MAX_EXTRACT_CHARS } from '../defaults.js';

/**
 * A number that is a day or a year of a date the dates stage found: "3" of "on 3 and 4 March", "12" of "12 to 15
 * February", "2025" of "fiscal 2025". The numbers stage skips the dates it knows itself; a list or a range of days
 * is read only by the dates stage. Counts inside a date span keep their place when they have a unit ("in 10 years").
 */
function isDatePart(n: NumberMention, dates: readonly DateMention[]): boolean {
  if (n.unit !== null || !Number.isInteger(n.value)) return false;
  const dayOrYear = (n.value >= 1 && n.value <= 31) || (n.value >= 1900 && n.value <= 2100);
  return dayOrYear && dates.some((d) => n.start >= d.start && n.end <= d.end);
}

// a number written in letters, alone: "ten" of "Erik ten Hag", "Ten" of "Ten Hag, 54, had been in charge"
const SPELLED_NUMBER = /^\p{L}+$/u;
// the word right after a number: "Hag" of "ten Hag"
const NEXT_WORD = /^[ \t]+(\p{L}[\p{L}'’-]*)/u;

/**
 * A number that is a word of a person's name: Dutch and German names carry "ten" ("Erik ten Hag", "Jaap ten Kate"),
 * which the numbers stage read as a count of 10 in a football report ("Ten Hag, 54, had been in charge since 2022"),
 * even where the sentence writes the name without its given name. A number that starts inside a person's mention,
 * or a spelled number followed by the next word of a person's name the article gives, is no number.
 */
function isPersonNamePart(n: NumberMention, text: string, people: readonly Actor[]): boolean {
  if (people.some((a) => a.mentions.some((m) => n.start >= m.start && n.start < m.end))) return true;
  const word = text.slice(n.start, n.end);
  const next = NEXT_WORD.exec(text.slice(n.end, n.end + 40))?.[1];
  if (!SPELLED_NUMBER.test(word) || !next) return false;
  const pair = `${word} ${next}`.toLowerCase();
  return people.some((a) => [a.name, ...a.aliases, ...a.mentions.map((m) => m.text)].some((name) => ` ${name.toLowerCase()} `.includes(` ${pair} `)));
}

/** Fills doc.entities. Throws InternalError when an extractor breaks the span invariant. */
/** The cues of transcript turns and interview answers (claims.ts): "WALSH: …" (':'), an answer under a marked question. */
const TURN_CUES = new Set([':', 'answer']);

export function extractEntities(doc: NewsDoc): void {
  // a text in another language gets no entities: English rules read it wrongly (clean/index.ts: noteLanguage)
  if (doc.foreignLanguage) return;
  // Entities come from at most MAX_EXTRACT_CHARS of text, cut at a paragraph end: a 10 MB "article" is a dump,
  // and reading all of it would hold one input for minutes. Offsets stay valid: the cut text is a prefix.
  let text = doc.text;
  let paragraphs = doc.paragraphs;
  if (text.length > MAX_EXTRACT_CHARS) {
    paragraphs = paragraphs.filter((p) => p.end <= MAX_EXTRACT_CHARS);
    if (!paragraphs.length) paragraphs = [{ start: 0, end: MAX_EXTRACT_CHARS }];
    text = text.slice(0, paragraphs[paragraphs.length - 1]!.end);
    doc.messages.push({
      severity: 'warning',
      rule: 'extract/truncated',
      text: `the article text has ${doc.text.length} characters; entities were extracted from the first ${text.length} only`,
    });
  }
  const ctx: ExtractContext = {
    doc,
    text,
    sentences: splitSentences(text, paragraphs),
    // Relative dates resolve against the article's published date only: a file's mtime or an HTTP Last-Modified is
    // the date of the copy, not of the article (a 2017 report checked out in 2024 dated its "May 11" 2023-05-11 and
    // its "Thursday" 2023-12-28), and it made the record change with the day the file was copied. Without a published
    // date "on Tuesday", "last week" or "March 4" keep a null value.
    referenceDate: doc.meta.published ?? null,
  };
  const { actors, places } = findActorsAndPlaces(ctx);
  // a month word inside a person's name is no date: "Daw Aye Aye Mar, a teacher, said" dated March, "June Okafor" June
  const personSpans = actors.filter((a) => a.type === 'person').flatMap((a) => a.mentions);
  const dates = findDates(ctx).filter((d) => !personSpans.some((m) => d.start >= m.start && d.end <= m.end));
  const people = actors.filter((a) => a.type === 'person');
  const numbers = findNumbers(ctx).filter((n) => !isDatePart(n, dates) && !isPersonNamePart(n, text, people));
  // "$1.2 million" in a Sydney court report is AUD: the places tell the local dollar
  localizeDollars(text, numbers, places);
  const claims = findClaims(ctx, actors);
  // A number belongs to the claim whose content holds it: "26 ISIS militants" in C2's content → claim "C2". In a
  // transcript turn or an interview's answer, to the report the speaker makes inside it: "SPOKESPERSON: … The
  // International Organization for Migration says 1.1 million people are now displaced" is the IOM's figure.
  const holds = (cl: (typeof claims)[number], n: { start: number; end: number }) => n.start >= cl.contentStart && n.end <= cl.contentEnd;
  for (const n of numbers) {
    let c = claims.find((cl) => holds(cl, n));
    if (c && TURN_CUES.has(c.cue)) c = claims.find((cl) => cl !== c && !TURN_CUES.has(cl.cue) && holds(cl, n) && cl.start >= c!.contentStart && cl.end <= c!.contentEnd) ?? c;
    n.claim = c ? c.id : null;
  }
  doc.entities = { actors, places, numbers, dates, claims };
  const bad = findBadSpans(doc.text, doc.entities);
  if (bad.length) throw new InternalError(`extract produced ${bad.length} span(s) that do not match the text: ${bad.slice(0, 3).join('; ')}`);
}
