// Clean stage: the entries of a live blog rendered by JavaScript, read from its JSON-LD LiveBlogPosting (liveBlogUpdate).
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { Block } from '../doc.js';
import { LD_BODY_MIN_CHARS, LD_BODY_SHARE } from '../defaults.js';
import { linearize, normalizeSpace } from './content.js';
import { decodeEntities, parseDate } from './metadata.js';
import { queryFirst } from './select.js';

/** A JSON-LD node, loosely typed: only the fields read here. */
type LdNode = Record<string, unknown>;

/** An articleBody written as HTML ("<p>…</p>"), read as markup rather than as text. */
const HTML_BODY = /<(p|div|br|ul|ol|li|h[1-6])\b/i;

/**
 * The live blog's entries as blocks (each entry's headline as a heading, then its body's paragraphs), in the order the
 * JSON-LD lists them (sites list them as the page shows them, newest first), when the page's markup held much less
 * text than they do; else null. A live blog whose app draws the entries in the browser ("Loading live updates…")
 * keeps them only in `liveBlogUpdate`, which search engines require for the live badge; a page whose HTML carries the
 * entries gives more text from its markup and keeps it.
 */
export function blocksFromLiveBlog(ld: readonly LdNode[], kept: readonly Block[], now?: Date): { blocks: Block[]; entries: number } | null {
  const updates = ld.find(isLiveBlog)?.['liveBlogUpdate'];
  if (!updates) return null;
  const list = (Array.isArray(updates) ? updates : [updates]).filter((u): u is LdNode => Boolean(u) && typeof u === 'object' && !Array.isArray(u));
  const blocks: Block[] = [];
  let entries = 0;
  for (const entry of list) {
    const body = bodyBlocks(entry['articleBody'] ?? entry['text']);
    const headline = typeof entry['headline'] === 'string' ? normalizeSpace(decodeEntities(entry['headline'])) : '';
    if (body.length === 0 && !headline) continue;
    entries += 1;
    // the entry's own time (datePublished) dates what it says: "yesterday" in an entry of Sep 3 is Sep 2 (Block.date)
    const date = parseDate(typeof entry['datePublished'] === 'string' ? entry['datePublished'] : null, now);
    if (date) for (const b of body) b.date = date;
    // a headline that only opens the body ("Two drones intercepted" / "Two drones intercepted over the strait…") is not repeated
    if (headline && !(body[0] && body[0].text.startsWith(headline))) blocks.push(date ? { tag: 'h', text: headline, date } : { tag: 'h', text: headline });
    blocks.push(...body);
  }
  const ldChars = blocks.reduce((n, b) => n + b.text.length, 0);
  const keptChars = kept.reduce((n, b) => n + b.text.length, 0);
  // a short blog (three entries of two sentences) is enough when the page shows nothing else
  const enough = ldChars >= LD_BODY_MIN_CHARS || keptChars === 0 || isScriptShell(kept);
  return entries > 0 && enough && keptChars < ldChars * LD_BODY_SHARE ? { blocks, entries } : null;
}

/** A LiveBlogPosting node ("@type": "LiveBlogPosting" or ["LiveBlogPosting", …], with or without the schema.org prefix). */
function isLiveBlog(node: LdNode): boolean {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /(^|\/)LiveBlogPosting$/.test(x)) && Boolean(node['liveBlogUpdate']);
}

/** One entry's articleBody as paragraphs: HTML read block by block, plain text split at its line breaks. */
function bodyBlocks(value: unknown): Block[] {
  if (typeof value !== 'string' || !value.trim()) return [];
  if (HTML_BODY.test(value)) {
    const $ = load(`<body>${value}</body>`);
    const root = queryFirst($.root()[0]!, 'body') as Element;
    return linearize(root).map((b) => ({ tag: b.tag, text: b.text }));
  }
  return decodeEntities(value).replace(/\r\n?/g, '\n').split(/\n\s*/).map(normalizeSpace).filter(Boolean).map((text) => ({ tag: 'p' as const, text }));
}

/**
 * Text a script-rendered page shows before its app runs: "Loading live updates…", "Loading…", "Please enable
 * JavaScript to view this page". A page whose only text is such a line has no article in its HTML.
 */
const LOADING_PLACEHOLDERS: readonly { id: string; pattern: RegExp }[] = [
  { id: 'loading', pattern: /^(loading|fetching)\b[^.!?]{0,40}(…|\.{3})?$/i },
  { id: 'enable-javascript', pattern: /^(please\s+)?(enable|turn on|activate)\s+javascript\b.{0,80}$/i },
  { id: 'needs-javascript', pattern: /^(you need to|this (page|site|app) (requires|needs))\s.{0,40}javascript\b.{0,60}$/i },
];

/** True when every kept block is a loading placeholder: the page's content is drawn by JavaScript and is not in it. */
export function isScriptShell(kept: readonly Block[]): boolean {
  return kept.length > 0 && kept.length <= 3 && kept.every((b) => LOADING_PLACEHOLDERS.some((p) => p.pattern.test(b.text.trim())));
}

/** Months as live blogs abbreviate or spell them in an entry's time line ("Sep 3, 11:30", "3 September 09:15"). */
const MONTHS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/**
 * The time line heading a live entry, a day and a clock time with no sentence around them: "Sep 3, 11:30", "Tue 3
 * Sep 2024 09.15 BST", "September 3 at 4:05pm". A date alone ("Sep 3") may be a section's heading; the clock time
 * marks an entry's stamp.
 */
const ENTRY_TIME_LINE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?,?\\s*(?:at\\s+|[-–—·|]\\s*)?(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?$`,
  'i',
);
/** Longest time line read (see ENTRY_TIME_LINE): longer text is a sentence. */
const ENTRY_TIME_MAX_CHARS = 40;

/**
 * The time an entry's time line writes, as an ISO date-time of the wall clock ("Sep 3, 11:30" → "2024-09-03T11:30:00"),
 * or null when the text is no such line. A line without a year takes the blog's (`published`), and the next year when
 * it would fall half a year or more before it (a blog begun on Dec 30 running into January).
 */
export function parseEntryTimeLine(text: string, published: string | null): string | null {
  if (text.length > ENTRY_TIME_MAX_CHARS) return null;
  const m = ENTRY_TIME_LINE.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = MONTHS.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()) + 1;
  let hour = Number(m[6]);
  const minute = Number(m[7]);
  const meridiem = m[8]?.[0]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  let year = m[5] ? Number(m[5]) : Number(published?.slice(0, 4));
  if (!year) return null;
  if (!m[5] && published && month - Number(published.slice(5, 7)) <= -6) year += 1;
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (d.getUTCDate() !== day) return null; // "Feb 30, 10:00"
  return d.toISOString().slice(0, 19);
}

/**
 * Blocks of a plain-text live blog dated by the time lines heading its entries: every block after "Mar 12, 2025,
 * 16:20" and up to the next such line takes that time (Block.date); the intro above the first keeps none. Only a
 * text with two entry times or more is a live blog: one time line alone is an article's dateline.
 */
export function dateByTimeLines(blocks: readonly Block[], published: string | null): Block[] {
  const times = blocks.map((b) => parseEntryTimeLine(b.text, published));
  if (new Set(times.filter(Boolean)).size < 2) return blocks as Block[];
  let date: string | null = null;
  return blocks.map((b, i) => {
    date = times[i] ?? date;
    return date ? { ...b, date } : b;
  });
}
