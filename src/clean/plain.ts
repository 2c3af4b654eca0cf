// Clean stage: splits a plain-text article into a title line and paragraphs at blank lines, and reads its date line.
import type { Block } from '../doc.js';
import { MAX_TITLE_CHARS } from '../defaults.js';
import { parseDate } from './metadata.js';

export interface PlainSplit {
  title: string | null;
  blocks: Block[];
}

/** True for a first line that reads as a headline: short, and not a sentence ending in a full stop. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  // "Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition" is a title; "He left." is not
  return t.length > 0 && t.length <= MAX_TITLE_CHARS && !/[.。]["”’)]?$/.test(t);
}

/**
 * Paragraphs are separated by blank lines; lines inside one are joined with a space.
 * "Title line\n\nFirst paragraph…" → title "Title line", one block.
 */
export function splitPlainText(text: string): PlainSplit {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let title: string | null = null;
  const first = text.replace(/\r\n?/g, '\n').trimStart().split('\n')[0] ?? '';
  if (paragraphs.length > 1 && isTitleLine(first)) {
    title = first.replace(/\s+/g, ' ').trim();
    // the title may be its own paragraph or the first line of one
    if (paragraphs[0] === title) paragraphs.shift();
    else if (paragraphs[0]!.startsWith(title)) paragraphs[0] = paragraphs[0]!.slice(title.length).trim();
  }
  return { title, blocks: paragraphs.map((p) => ({ tag: 'p' as const, text: p })) };
}

// ---------------------------------------------------------------- published date

/** A published date read from the head of a plain-text article, with the rule and the line it came from. */
export interface PlainDateline {
  /** ISO date, YYYY-MM-DD. */
  published: string;
  rule: string;
  line: string;
}

/**
 * Lines of the head searched for a date (non-empty lines, the title's included): headline, byline, date and
 * sometimes a kicker or an agency line come first; a date further down belongs to the story.
 */
const DATELINE_LINES = 6;

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3], ['apr', 4], ['april', 4], ['may', 5],
  ['jun', 6], ['june', 6], ['jul', 7], ['july', 7], ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10], ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
]);
// each name as written in any case ("May", "MAY", "may"): the wire-dateline rule below cannot be case-insensitive
const MONTH = `(?<month>${[...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length)
  .flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]).join('|')})\\.?`;
/** A complete date with its year, English forms: "May 14, 2017", "14 May 2017", "Sunday, May 14th, 2017", "2017-05-14". */
const FULL_DATE = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})`
  + `|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH.replace('<month>', '<month2>')},?\\s+(?<year2>\\d{4})`
  + `|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2}))`;
/**
 * What may follow the date on its line: "10:32 AM EDT", "at 3:46 p.m.", "(Reuters)", or the time of an ISO timestamp
 * ("Published: 2025-03-04T14:02:00Z"; the date as written is the article's day).
 */
const AFTER_DATE = `(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?(?:\\s*\\(\\p{L}+\\))?\\s*$`;

/**
 * Lines near the top of a plain-text article that give its published date, tried in this order. Each must hold a
 * complete date with a year: a weekday or "May 14" alone is not enough to date the article.
 */
export const PLAIN_DATELINES: readonly { id: string; pattern: RegExp }[] = [
  // "May 14, 2017", "Published: 14 May 2017 10:32 BST", "Posted on Sunday, May 14, 2017": the date on a line of its own
  { id: 'clean/plain-date-line', pattern: new RegExp(`^(?:(?:first\\s+)?(?:published|posted|date|dated)(?:\\s+on)?\\s*:?\\s+)?${FULL_DATE}${AFTER_DATE}`, 'iu') },
  // "LONDON 1996-08-30", "BEIRUT, May 14, 2017": a wire dateline, the place in capitals, on a line of its own
  { id: 'clean/plain-place-date-line', pattern: new RegExp(`^\\p{Lu}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){0,3},?\\s+${FULL_DATE}${AFTER_DATE}`, 'u') },
  // "By John Smith, Reuters | May 14, 2017", "By Jane Doe - 14 May 2017": the date closing the byline
  { id: 'clean/plain-byline-date', pattern: new RegExp(`^by\\s+\\p{L}[^\\n]{0,80}?(?:\\s*[|•·—–-]\\s*|,\\s*|\\s+)(?:(?:published|posted|updated)(?:\\s+on)?\\s*:?\\s+)?${FULL_DATE}${AFTER_DATE}`, 'iu') },
  // "Updated May 15, 2017": a later date, taken only when no line gives the first one (as dateModified for HTML)
  { id: 'clean/plain-updated-line', pattern: new RegExp(`^(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*:?\\s+${FULL_DATE}${AFTER_DATE}`, 'iu') },
  // "5 min read · Oct 6, 2026", "6 min read·Oct 6, 2026": the reading time, then the date (Medium and its imitators)
  { id: 'clean/plain-read-time-date', pattern: new RegExp(`^\\d{1,3}\\s*min(?:ute)?s?\\.?\\s+read\\s*[·•|–—-]\\s*${FULL_DATE}${AFTER_DATE}`, 'iu') },
];

/**
 * The published date of a plain-text article from a date line among its first lines ("By John Smith, Reuters\n
 * May 14, 2017"), as the HTML path reads it from the page's metadata; null when there is none. A date after `now`
 * (the file's time) or before 1990 is rejected as in parseDate.
 */
export function findPlainDateline(text: string, now?: Date): PlainDateline | null {
  const lines: string[] = [];
  for (const raw of text.slice(0, 2000).replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[\s\u200b]+/g, ' ').trim();
    if (line && lines.push(line) >= DATELINE_LINES) break;
  }
  for (const rule of PLAIN_DATELINES) {
    for (const line of lines) {
      const g = rule.pattern.exec(line)?.groups;
      if (!g) continue;
      const published = parseDate(toIso(g), now);
      if (published) return { published, rule: rule.id, line };
    }
  }
  return null;
}

/** "May", "14", "2017" (or the ISO parts) → "2017-05-14"; null for a day the month does not have ("February 30"). */
function toIso(g: Record<string, string | undefined>): string | null {
  const year = Number(g['year'] ?? g['year2'] ?? g['isoYear']);
  const month = g['isoMonth'] ? Number(g['isoMonth']) : MONTH_NUMBERS.get((g['month'] ?? g['month2'] ?? '').toLowerCase()) ?? 0;
  const day = Number(g['day'] ?? g['day2'] ?? g['isoDay']);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
