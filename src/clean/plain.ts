// Clean stage: splits a plain-text article into a title line and paragraphs (blank lines, or lines when not wrapped), and reads its date line.
import type { Block } from '../doc.js';
import { MAX_TITLE_CHARS } from '../defaults.js';
import { DATELINE_AGENCIES } from '../data/news-agencies.js';
import { parseDate } from './metadata.js';
import { findParagraphRule } from './boilerplate.js';
import { RELATED_LIST } from './rules.js';
import { isHeaderRow, isMarkdownDivider, isTableLine, isTableRow, opensTableLines, tableCells } from '../text/table-row.js';

export interface PlainSplit {
  title: string | null;
  blocks: Block[];
  /** An e-mail's header lines ("From: …", "Date: …", "Subject: …"), left out of the blocks. */
  headers: string[];
  /**
   * Blocks of a teaser list, its label and the headline lines right under it ("Most Read\nTeacher struck off…\nMan
   * jailed…"): boilerplate the cleaner removes as RELATED_LIST.id, kept as text with --no-clean.
   */
  teasers: ReadonlySet<Block>;
}

/** A header line of an e-mail saved as text: "Subject: Morning Wire: Senate passes stopgap bill". */
const EMAIL_HEADER = /^(from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*(\S.*)$/i;

/**
 * An e-mail saved as text opens with its headers: at least two of them, one the Subject, which is the title
 * ("From: The Morning Wire <…>\nDate: Tue, 3 Mar 2026 06:15:00 +0000\nSubject: Senate passes stopgap bill").
 */
function splitEmailHeaders(text: string): { subject: string; headers: string[]; body: string } | null {
  const lines = text.trimStart().split('\n');
  let subject: string | null = null;
  let n = 0;
  for (; n < lines.length; n++) {
    const m = EMAIL_HEADER.exec(lines[n]!.trim());
    if (!m) break;
    if (m[1]!.toLowerCase() === 'subject') subject = m[2]!.trim();
  }
  if (n < 2 || !subject) return null;
  return { subject, headers: lines.slice(0, n).map((l) => l.trim()), body: lines.slice(n).join('\n') };
}

/** True for a first line that reads as a headline: short, and not a sentence ending in a full stop. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  // "Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition" is a title; "He left." is not
  return t.length > 0 && t.length <= MAX_TITLE_CHARS && !/[.。]["”’)]?$/.test(t);
}

/**
 * A line longer than this is no hard-wrapped line: text wrapped for e-mail or a terminal breaks at 72–80 columns, so a
 * prose line of 120 characters means the text has one line per paragraph (scripts' "\n".join(paragraphs), Word or
 * Google Docs pasted, reader-view copies).
 */
const WRAP_MAX_CHARS = 100;

/**
 * In hard-wrapped text every line but a paragraph's last reaches near the wrap width; a line shorter than this share
 * of the longest line stands alone ("By Sarah Collins", "Advertisement") or ends its paragraph.
 */
const SHORT_LINE_SHARE = 0.6;

/** A prose line longer than WRAP_MAX_CHARS: the text it is in is not hard-wrapped. */
const isUnwrappedLine = (l: string): boolean => l.length > WRAP_MAX_CHARS && l.includes(' ');

/** One line of the text. */
const LINE = /[^\n]+/g;

/** A line that ends a sentence: "… official figures show.", "… he said.”" */
const SENTENCE_END = /[.!?…:]["”’)\]]?$/;

/** A line that goes on with the sentence of the line before: "the council said on\nmonday that …" */
const CONTINUES = /^[\p{Ll}(,;]/u;

/** A line cut inside its sentence: "…said the prime minister,\nKeir Starmer…", "evacu-\nation". */
const CUT = /[,;\-–]$/;

export interface SplitOptions {
  /**
   * true: every single newline inside a blank-line-separated block is a space, as in text taken from HTML whose source
   * lines are not the writer's. Default false: lines are paragraphs unless the text is hard-wrapped (splitLines).
   */
  joinLines?: boolean;
}

/**
 * Paragraphs are separated by blank lines; inside one, lines are paragraphs of their own unless they are the
 * wrapped lines of one paragraph (splitLines). "Title line\n\nFirst paragraph…" → title "Title line", one block.
 */
export function splitPlainText(input: string, options: SplitOptions = {}): PlainSplit {
  const email = options.joinLines ? null : splitEmailHeaders(input.replace(/\r\n?/g, '\n'));
  const text = email ? email.body : input;
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n+/);
  // the wrap width is the text's: a head block "By Ana Ruiz\n3 March 2026" is short beside 70-column paragraphs; a
  // table row ("Registered voters | 4.2 million") is no wrapped line and sets no width
  let width = 0;
  if (!options.joinLines) {
    for (const m of text.matchAll(LINE)) {
      const t = m[0].trim();
      if (t.length <= WRAP_MAX_CHARS && !isTableRow(t)) width = Math.max(width, t.length);
    }
  }
  // one prose line longer than any wrap width anywhere means the text has one line per paragraph (WRAP_MAX_CHARS):
  // its head block "By Marco Villanueva\nAugust 14th, 2026" is two paragraphs however short its lines are
  const unwrapped = !options.joinLines && [...text.matchAll(LINE)].some((m) => isUnwrappedLine(m[0].trim()));
  const perBlock = blocks.map((p) => (options.joinLines ? [{ text: p }] : splitLines(p, width, unwrapped)));
  if (!options.joinLines) markDetachedHeaders(perBlock);
  const lines: { text: string; teaser: boolean; tableStart: boolean }[] = perBlock.flat()
    .map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), teaser: l.teaser === true, tableStart: l.tableStart === true }))
    .filter((l) => l.text);
  let title: string | null = null;
  const toBlocks = (): PlainSplit => {
    // the first row of a table keeps its mark (Block.tableStart), for the column headers read by the numbers stage
    const out: Block[] = lines.map((l) => (l.tableStart ? { tag: 'p', text: l.text, tableStart: true } : { tag: 'p', text: l.text }));
    return { title, blocks: out, headers: email ? email.headers : [], teasers: new Set(out.filter((_, i) => lines[i]!.teaser)) };
  };
  if (email) {
    title = email.subject.replace(/\s+/g, ' ');
    return toBlocks();
  }
  const head = findHeadLine(text);
  if (head && lines.length > 1 && isTitleLine(head.line)) {
    const candidate = head.line.replace(/\s+/g, ' ').trim();
    // the title's paragraph: the first, or under table rows the first that is no row
    const at = head.belowTable ? lines.findIndex((l) => l.text.startsWith(candidate)) : 0;
    const paragraph = at >= 0 ? lines[at]!.text : '';
    // the title may be its own paragraph or the first line of one
    if (paragraph === candidate) {
      title = candidate;
      lines.splice(at, 1);
    // …unless the next line carries on its sentence ("…since 1995,\nthe board added."): then there is no title
    } else if (paragraph.startsWith(candidate) && !CUT.test(candidate) && !CONTINUES.test(paragraph.slice(candidate.length).trim())) {
      title = candidate;
      lines[at]!.text = paragraph.slice(candidate.length).trim();
    }
  }
  return toBlocks();
}

/**
 * The line of a plain text that may be its title (isTitleLine decides): its first line, unless that is a row of a
 * table (isTableLine, and the lines under it make a table: opensTableLines: "| Party | Seats |", "Party\tSeats" over
 * "Labour\t70", "2019 2020 2021"), which is never a headline. Under table
 * rows opening the text, the first line after them, set apart by a blank line ("| Party | Seats |\n| Labour | 70 |\n\n
 * Labour holds the council\n\n…"); null when a line right under the rows comes first: the table's note or caption
 * ("Source: council returns"), not the article's headline.
 */
function findHeadLine(text: string): { line: string; belowTable: boolean } | null {
  const rows = text.replace(/\r\n?/g, '\n').trimStart().split('\n');
  let i = 0;
  let blank = false;
  const table: string[] = [];
  for (; i < rows.length; i++) {
    const t = rows[i]!.trim();
    if (t === '') blank = true;
    else if (isTableLine(t)) {
      blank = false;
      table.push(t);
    } else break;
  }
  // lines with bars or tabs that do not look like a table are a headline with its section or site, over its byline:
  // "Opinion | Why the ferry must stay", "Floods hit Valencia as storm moves east | World news\nBy Sam Jones in Madrid |
  // 29 October 2024", "Floods hit Valencia as storm moves east<TAB>World news" (opensTableLines)
  if (i === 0 || !opensTableLines(table)) return { line: rows[0] ?? '', belowTable: false };
  return blank && i < rows.length ? { line: rows[i]!, belowTable: true } : null;
}

/**
 * A paragraph of a plain text; `teaser` marks the label and the headlines of a teaser list (PlainSplit.teasers),
 * `tableStart` the first row of a table (Block.tableStart).
 */
interface PlainLine {
  text: string;
  teaser?: boolean;
  tableStart?: boolean;
}

/**
 * A column header row standing alone, a blank line above the rows it heads ("Party | Seats\n\nLabour | 70\nGreens |
 * 9"): it is marked as a table of its own when the next block opens a table of as many cells, so it still heads
 * that table (a header row set apart, as in HTML: see detachedHeader in extract/numbers.ts). A lone row with a figure
 * ("Total | 79" under its table) is left unmarked: it reads the header above it.
 */
function markDetachedHeaders(perBlock: PlainLine[][]): void {
  const nonEmpty = perBlock.filter((b) => b.length > 0);
  for (let i = 0; i + 1 < nonEmpty.length; i++) {
    const block = nonEmpty[i]!;
    const next = nonEmpty[i + 1]![0]!;
    if (block.length !== 1 || !next.tableStart) continue;
    const width = tableCells(next.text)?.length;
    if (width !== undefined && isHeaderRow(block[0]!.text, width)) block[0]!.tableStart = true;
  }
}

/**
 * A line longer than this is never tested against the paragraph rules while lines are joined: the rules for whole
 * lines ("Advertisement", "Most Read", "Article continues below this ad", "1.2K shares") fit in it.
 */
const RULE_LINE_MAX_CHARS = 60;

/**
 * The paragraphs of one block of lines with no blank line between them; `width` is the longest line of the text up to
 * WRAP_MAX_CHARS.
 * - A prose line longer than WRAP_MAX_CHARS: the text is not wrapped, each line is a paragraph
 *   ("Hospital waiting lists hit record 7.9 million\nBy Sarah Collins\n…official figures show.\nAdvertisement\n…").
 * - Else the lines are wrapped: they are joined, except after a short line ("By Sarah Collins", a paragraph's last
 *   line) and between a finished sentence and a short line ("…figures show.\nAdvertisement"). A short line that a
 *   paragraph rule removes whole ("ADVERTISEMENT", "Most Read", "2.4K views") is never joined to the line before it,
 *   even as the block's last line: text copied from a browser keeps such labels on lines of their own.
 * Either way a line starting in lower case, or after a comma, continues the line before ("…the council said on\n
 * monday that…"). A teaser list's label ("Most Read", "More from The Riverside Echo") and the headline lines under it
 * are paragraphs of their own, marked `teaser`.
 */
function splitLines(block: string, width: number, textUnwrapped = false): PlainLine[] {
  // a Markdown table's divider ("| Party | Seats |\n|---|---|\n| Labour | 70 |") is markup, not text: the header row
  // then sits right above the rows it heads, as the cleaner writes an HTML table
  const lines = block.split('\n').map((l) => l.trim()).filter((l) => l && !isMarkdownDivider(l));
  if (lines.length < 2) return lines.map((text) => ({ text }));
  const rows = lines.map(isTableRow);
  const unwrapped = textUnwrapped || lines.some(isUnwrappedLine);
  const short = width * SHORT_LINE_SHARE;
  // the first row of a run of two rows or more opens a table ("Party | Seats\nLabour | 70" after a blank line, or
  // after a line of prose): a header above it belongs to the table before (Block.tableStart)
  const opensTable = (i: number): boolean => rows[i] === true && rows[i + 1] === true && rows[i - 1] !== true;
  const out: PlainLine[] = [opensTable(0) ? { text: lines[0]!, tableStart: true } : { text: lines[0]! }];
  // index of the next line of a teaser list, after its label and each headline
  let teaserFrom = !rows[0] && isTeaserLabel(lines, 0) ? 1 : -1;
  if (teaserFrom > 0) out[0]!.teaser = true;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    // a table row is a paragraph of its own, never joined to the line before or after it: "…the council said on
    // Friday\nParty | Seats\nLabour | 70\nand a recount is due" is a paragraph, two rows, then the next paragraph
    if (rows[i] || rows[i - 1]) {
      out.push(opensTable(i) ? { text: line, tableStart: true } : { text: line });
      continue;
    }
    if (i === teaserFrom && isTeaserItem(line, lines[i + 1])) {
      out.push({ text: line, teaser: true });
      teaserFrom = i + 1;
      continue;
    }
    if (isTeaserLabel(lines, i)) {
      out.push({ text: line, teaser: true });
      teaserFrom = i + 1;
      continue;
    }
    const sentenceEnd = SENTENCE_END.test(prev);
    const continues = CUT.test(prev) || (!sentenceEnd && CONTINUES.test(line));
    const join = continues || (!unwrapped && prev.length >= short && !(sentenceEnd && line.length < short && i < lines.length - 1)
      && !(line.length <= RULE_LINE_MAX_CHARS && line.length < short && findParagraphRule(line) !== null));
    if (join) out[out.length - 1]!.text += ' ' + line;
    else out.push({ text: line });
  }
  return out;
}

/**
 * True when line `i` labels a teaser list: "Most Read" (RELATED_LIST.label), or "More from The Riverside Echo"
 * (RELATED_LIST.outletLabel), with a headline line under it in the same block.
 */
function isTeaserLabel(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (line.length > RELATED_LIST.maxLabelChars || !(RELATED_LIST.label.test(line) || RELATED_LIST.outletLabel.test(line))) return false;
  const next = lines[i + 1];
  return next !== undefined && isTeaserItem(next, lines[i + 2]);
}

/**
 * A headline of a teaser list: short, no sentence end, not cut or carried on by the next line ("Most Read\nThe
 * council voted on Monday to close the library,\nwhich…" is prose under a subheading).
 */
function isTeaserItem(line: string, next: string | undefined): boolean {
  return line.length <= RELATED_LIST.maxItemChars && !/[.!?…]["”’)\]]?$/.test(line) && !CUT.test(line)
    && !CONTINUES.test(line) && !(next !== undefined && CONTINUES.test(next));
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

/**
 * Month names by their number: English, and the languages the cleaner knows (French, German, Spanish, Italian,
 * Portuguese): "19 novembre 2026", "21. November 2026", "3 de septiembre de 2026".
 */
export const MONTH_NAMES: readonly { id: string; months: readonly (readonly string[])[] }[] = [
  { id: 'en', months: [['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december']] },
  { id: 'fr', months: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']] },
  { id: 'de', months: [['januar', 'jänner'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']] },
  { id: 'es', months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']] },
  { id: 'it', months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']] },
  { id: 'pt', months: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']] },
];
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((l) => l.months.flatMap((names, i) => names.map((n) => [n, i + 1] as const))));
/**
 * The month names as one alternative. A case-insensitive pattern takes each name once; a case-sensitive one (the
 * agency and capitals datelines, whose place must be in capitals) takes it as written in any case ("May", "MAY",
 * "may"). Writing the three forms into the case-insensitive patterns too made them three times larger for nothing:
 * V8 folds the case of every letter of every form under the i and u flags, and the eleven date-line patterns took
 * ~0.5 s to compile on first use in each worker (measured: 578 → see the commit).
 */
function monthAlternative(caseSensitive: boolean): string {
  const names = [...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length);
  return `(?<month>${(caseSensitive ? names.flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]) : names).join('|')})\\.?`;
}
/** For case-sensitive patterns (the agency and capitals datelines). */
const MONTH = monthAlternative(true);
/** For case-insensitive patterns (flag i). */
const MONTH_I = monthAlternative(false);
/**
 * Weekdays before a date: "Sunday, May 14th, 2017", "Tue, 3 Mar", "vendredi 21 novembre 2026", "Samstag, 21. November
 * 2026", "Sa., 21.11.2026", "sábado, 3 de septiembre de 2026".
 */
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?'
  + '|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag'
  + '|(?:mo|di|mi|do|fr|sa|so)\\.|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica'
  + '|(?:segunda|terça|quarta|quinta|sexta)-feira)';
/**
 * A complete date with its year: "May 14, 2017", "14 May 2017", "Sunday, May 14th, 2017", "2017-05-14", "21. November
 * 2026", "3 de septiembre de 2026", "1er décembre 2026"; numeric, "21.11.2026" (dots: always day first) and
 * "14/08/2026" (slashes: read in toIso).
 */
function fullDate(month: string): string {
  return `(?:${WEEKDAY},?\\s+)?(?:${month}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})`
  + `|(?<day2>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:of\\s+|de\\s+)?${month.replace('<month>', '<month2>')},?\\s+(?:de\\s+|del\\s+)?(?<year2>\\d{4})`
  + `|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})`
  + `|(?<dotDay>\\d{1,2})\\.\\s?(?<dotMonth>\\d{1,2})\\.\\s?(?<dotYear>\\d{4})`
  + `|(?<slashA>\\d{1,2})/(?<slashB>\\d{1,2})/(?<slashYear>\\d{4}))`;
}
/** FULL_DATE for case-sensitive patterns, FULL_DATE_I for case-insensitive ones (see monthAlternative). */
const FULL_DATE = fullDate(MONTH);
const FULL_DATE_I = fullDate(MONTH_I);
/**
 * What may follow the date on its line: "10:32 AM EDT", "at 3:46 p.m.", "06:15:00 +0000" (an e-mail's Date header),
 * "(Reuters)", the time of an ISO timestamp ("Published: 2025-03-04T14:02:00Z"; the date as written is the article's
 * day), a time in other languages ("à 06h30", "14:05 Uhr", "- 08:20 h"), the update ("… and last updated 9:42 PM, Nov
 * 03, 2026"), and after a separator anything short: "3 March 2026 | 10:32 BST", "3 March 2026 • 6 min read", "… |
 * Updated: 09:40 GMT, 3 March 2026". Not a reading time with no separator: "November 19, 2026 4 min read" is what
 * WordPress leaves of its box when the byline box took the published <time> before it, and is the update's date.
 */
const AFTER_DATE = `(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:(?:,?\\s+|\\s+[-–—]\\s+)(?:(?:at|à|um|a las|alle|ore|às)\\s+)?\\d{1,2}(?:[:.h]\\d{2}){0,2}\\s*(?:[ap]\\.?m\\.?|[Uu]hr|h)?(?:\\s+(?:[A-Z]{2,4}|[+-]\\d{4})(?:\\s+\\([A-Z]{2,4}\\))?)?)?(?:\\s*\\(\\p{L}+\\))?(?:,?\\s+and\\s+(?:last\\s+)?(?:updated|modified)\\s[^|•·\\n]{1,60})?(?:\\s*[|•·]\\s*[^|•·\\n]{1,60}){0,2}\\s*$`;

/**
 * A time before the date: "Published: 06:15 GMT, 3 March 2026" (Daily Mail), "10:32 BST 3 March 2026", "Posted at 7:00
 * PM, Nov 03, 2026", "Last updated 9:42 PM EST · Nov. 3, 2026".
 */
const BEFORE_DATE = `(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?(?:,?\\s+|\\s*[·•|]\\s*)(?:on\\s+)?)?`;

/** Press-release wires, as their datelines name them: "/PRNewswire/", "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)". */
const WIRE_SERVICES: readonly string[] = [
  'PR\\s?Newswire(?:-[\\p{L}]+)?', 'Business\\s?Wire', 'Globe\\s?Newswire', 'Access\\s?wire', 'EQS-News', 'Newsfile\\s+Corp\\.?',
  'Marketwired', 'CNW', 'PRWeb', 'EIN\\s?Presswire', 'Canada\\s?NewsWire',
];
const WIRE = `(?:${WIRE_SERVICES.join('|')})`;
/**
 * A cheap first test of the wire datelines, on the first 120 characters: a line naming no wire is never handed to
 * their patterns, which are large (every month form) and cost tens of milliseconds to compile on first use.
 */
const WIRE_GATE = new RegExp(WIRE, 'iu');
/**
 * A cheap first test of the date-line patterns that need a complete date (FULL_DATE always holds a four-digit year):
 * a line with no four digits in a row is never handed to them. They are large (every month and weekday form of six
 * languages) and a pattern costs tens of milliseconds to compile on its first use in a run, so most articles, whose
 * first lines give no date, no longer pay for it (measured: a 5 KB plain-text article 198 → 139 ms from the snapshot).
 */
const YEAR_GATE = /\d{4}/;
/** News agencies as their datelines name them, in brackets: "(Reuters)", "(AP)", "(AFP)" (DATELINE_AGENCIES, shared with extract). */
const AGENCY = `(?:${[...DATELINE_AGENCIES].join('|')})`;
/** See WIRE_GATE: a line with no agency in brackets (or TASS's slashes) is never handed to the agency-dateline pattern. */
const AGENCY_GATE = new RegExp(`\\(\\s*${AGENCY}\\s*\\)|/\\s*${AGENCY}\\s*/`, 'u');
/** The agency's name after a comma and before a dash, with no bracket: "JENIN, January 22, 2025, WAFA- …" (see PLAIN_DATELINES). */
const AGENCY_COMMA_GATE = new RegExp(`,\\s*${AGENCY}\\s*[-–—]`, 'u');
/** An ordinal day in an agency's dateline: "14th January, 2025 (WAM)", "January 22nd (SPA)". */
const ORDINAL_DAY = '(?:st|nd|rd|th)?';
/**
 * The place of a wire dateline, with its state or province: "PITTSBURGH", "SAN JOSE, Calif.", "VANCOUVER, BC",
 * "GENEVA/PORT SUDAN" (filed from two places).
 */
const WIRE_PLACE = `[\\p{L}'’./-]+(?:\\s+[\\p{L}'’./-]+){0,3}(?:,\\s*[\\p{L}.'’]+(?:\\s[\\p{L}.'’]+)?)?`;

/**
 * The year an agency's dateline may write after its day: "JERUSALEM, Nov 10, 2024 (AFP) -". Most give none ("KYIV,
 * Jan 14 (Reuters) -"); when one is written it dates the story, where the year guessed from the file's time would date
 * an old story, and every weekday and "October 7" in it, in the wrong year. The agency's bracket marks the line; with
 * no bracket a place, a full date and a dash stay undated (tests/clean/plain: "DAYTON, Nov. 4, 2021 -- …").
 */
const DATELINE_YEAR = `(?:,?\\s+(?<year>\\d{4}))?`;

/** A dateline's place in capitals: "DHAKA", "NEW DELHI", "PORT-AU-PRINCE" (two capitals at least, no lower case). */
const CAPS_PLACE = `\\p{Lu}[\\p{Lu}'’./-]+(?:\\s+\\p{Lu}[\\p{Lu}'’./-]+){0,3}`;
/** See WIRE_GATE: a line not opening with a word in capitals and a comma is never handed to the capitals-dateline pattern. */
const CAPS_PLACE_GATE = new RegExp(`^${CAPS_PLACE},`, 'u');

/**
 * Lines near the top of a plain-text article that give its published date, tried in this order. Each must hold a
 * complete date with a year: a weekday or "May 14" alone is not enough to date the article.
 */
export interface PlainDatelineRule {
  id: string;
  pattern: RegExp;
  /** Tried on the line's first 120 characters before the pattern: a line it fails cannot match. */
  gate?: RegExp;
}

export const PLAIN_DATELINES: readonly PlainDatelineRule[] = [
  // "May 14, 2017", "Published: 14 May 2017 10:32 BST", "Posted on Sunday, May 14, 2017": the date on a line of its own
  // "Date: Tue, 3 Mar 2026 06:15:00 +0000", "Sent: Tuesday, March 3, 2026 6:15 AM": an e-mail's header
  // "Publié le 19 novembre 2026 à 06h30", "Veröffentlicht am 21.11.2026": the label in the languages the cleaner knows
  // "| Nov 18, 2026 | 4 min read": a separator left in front when the byline box took the name before it
  // "Aired March 18, 2026 - 18:00 ET" (a broadcast transcript), "Broadcast on 3 March 2026", "Recorded May 2, 2026"
  { id: 'clean/plain-date-line', gate: YEAR_GATE, pattern: new RegExp(`^(?:[|•·]\\s*)?(?:(?:(?:first\\s+)?(?:published|posted|date|dated|sent|aired|broadcast|recorded)(?:\\s+(?:on|at))?|publié(?:\\s+le)?|veröffentlicht(?:\\s+am)?|publicado(?:\\s+(?:el|em))?|pubblicato(?:\\s+il)?)\\s*:?\\s+)?${BEFORE_DATE}${FULL_DATE_I}${AFTER_DATE}`, 'iu') },
  // "LONDON 1996-08-30", "BEIRUT, May 14, 2017": a wire dateline, the place in capitals, on a line of its own
  { id: 'clean/plain-place-date-line', gate: YEAR_GATE, pattern: new RegExp(`^\\p{Lu}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){0,3},?\\s+${FULL_DATE}${AFTER_DATE}`, 'u') },
  // "Geneva, 13 March 2025", "Port Sudan, Sudan, May 14, 2017": the place in title case, a comma, then the full date,
  // on a line of its own under the headline (the comma is needed: "Friday 13 March 2025" is the date line above)
  { id: 'clean/plain-place-date-line', gate: YEAR_GATE, pattern: new RegExp(`^\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]+){0,3}(?:,\\s*\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]+){0,2})?,\\s+${FULL_DATE}${AFTER_DATE}`, 'u') },
  // "By John Smith, Reuters | May 14, 2017", "By Jane Doe - 14 May 2017": the date closing the byline
  { id: 'clean/plain-byline-date', gate: YEAR_GATE, pattern: new RegExp(`^by\\s+\\p{L}[^\\n]{0,80}?(?:\\s*[|•·—–-]\\s*|,\\s*|\\s+)(?:(?:published|posted|updated)(?:\\s+on)?\\s*:?\\s+)?${FULL_DATE_I}${AFTER_DATE}`, 'iu') },
  // "Department Press Briefing - March 11, 2026", "Remarks to the Press | 3 March 2026": a transcript's title line
  // closing with its date after a dash or a bar (a headline's own words never end so); after the byline's
  // rule, which reads "By Jane Doe | March 2, 2021" as its own
  { id: 'clean/plain-title-date', gate: YEAR_GATE, pattern: new RegExp(`^\\p{Lu}[^\\n]{2,150}?\\s[-–—|]\\s+${FULL_DATE_I}\\s*$`, 'iu') },
  // a press release's lede: "PITTSBURGH, Oct. 28, 2026 /PRNewswire/ -- Halvern Robotics…", "NEW YORK, March 3, 2026
  // (GLOBE NEWSWIRE) -- …", "BOSTON--(BUSINESS WIRE)--March 3, 2026--Corvane…", "VANCOUVER, BC / ACCESSWIRE / March 3,
  // 2026 / …": the wire's name marks it, so the text may go on after the date
  { id: 'clean/plain-wire-dateline', gate: WIRE_GATE, pattern: new RegExp(`^${WIRE_PLACE},\\s*${FULL_DATE_I}\\s*(?:/\\s*${WIRE}\\s*/|\\(\\s*${WIRE}\\s*\\))\\s*[-–—]`, 'iu') },
  { id: 'clean/plain-wire-dateline', gate: WIRE_GATE, pattern: new RegExp(`^${WIRE_PLACE}\\s*--\\s*\\(\\s*${WIRE}\\s*\\)\\s*--\\s*${FULL_DATE_I}\\s*--`, 'iu') },
  { id: 'clean/plain-wire-dateline', gate: WIRE_GATE, pattern: new RegExp(`^${WIRE_PLACE}\\s*/\\s*${WIRE}\\s*/\\s*${FULL_DATE_I}\\s*/`, 'iu') },
  // a news agency's dateline, which gives no year: "SANTIAGO, Nov 28 (Reuters) - Chile's copper…", "KYIV, March 3
  // (Reuters) -", "PARIS, 4 June (AFP) —", and with no dash, "Taipei, May 24 (CNA) Taiwan's …" (Focus Taiwan),
  // "Imphal, Nov 18 (PTI) Three …", or a colon, "Srinagar, Jan 5 (ANI): …". The agency in brackets marks it (a
  // story's sentence never reads so); the year is the latest that does not put the day after the file's time (see
  // toIso). AFP's wire copy writes the year: "JERUSALEM, Nov 10, 2024 (AFP) - Thousands of Israelis rallied …"
  // (DATELINE_YEAR), the year then as written
  // State agencies write the day as an ordinal, "ABU DHABI, 14th January, 2025 (WAM) --" (ORDINAL_DAY)
  { id: 'clean/plain-agency-dateline', gate: AGENCY_GATE, pattern: new RegExp(`^${WIRE_PLACE},\\s*(?:${MONTH}\\s+(?<day>\\d{1,2})${ORDINAL_DAY}|(?<day2>\\d{1,2})${ORDINAL_DAY}\\s+${MONTH.replace('<month>', '<month2>')})${DATELINE_YEAR}\\s*\\(\\s*${AGENCY}\\s*\\)\\s*(?:[-–—:]|(?<=\\s)(?=[\\p{Lu}\\p{N}]))`, 'u') },
  // the agency after a comma, with no bracket, then its dash: "JENIN, January 22, 2025, WAFA- Two citizens …",
  // "Riyadh, January 12, 2025, SPA -- The Crown Prince …" (the Palestinian and Saudi agencies). The agency's name
  // between the date's comma and the dash marks it as the bracket does
  { id: 'clean/plain-agency-dateline', gate: AGENCY_COMMA_GATE, pattern: new RegExp(`^${WIRE_PLACE},\\s*(?:${MONTH}\\s+(?<day>\\d{1,2})${ORDINAL_DAY}|(?<day2>\\d{1,2})${ORDINAL_DAY}\\s+${MONTH.replace('<month>', '<month2>')})${DATELINE_YEAR}\\s*,\\s*${AGENCY}\\s*[-–—]{1,2}\\s*(?=[\\p{Lu}\\p{N}])`, 'u') },
  // Reuters files a story tied to no place with the day alone: "July 30 (Reuters) - The city of Columbus said on
  // Tuesday …" (a tech, markets or company story); the day and the agency's bracket then a dash, the year as above
  // (without the rule "Tuesday" was read against the file's time, not July 30)
  { id: 'clean/plain-agency-dateline', gate: AGENCY_GATE, pattern: new RegExp(`^(?:${MONTH}\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+${MONTH.replace('<month>', '<month2>')})${DATELINE_YEAR}\\s*\\(\\s*${AGENCY}\\s*\\)\\s*[-–—]`, 'u') },
  // TASS writes the agency between slashes after a full stop: "MOSCOW, January 14. /TASS/. Russian air defense …",
  // "ST. PETERSBURG, June 7. /TASS/. …"; the place in capitals, as the slashes alone are rarer a mark than a bracket
  { id: 'clean/plain-agency-dateline', gate: AGENCY_GATE, pattern: new RegExp(`^\\p{Lu}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){0,3},\\s*(?:${MONTH}\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+${MONTH.replace('<month>', '<month2>')})\\.?\\s*/\\s*${AGENCY}\\s*/\\.?(?:\\s|$)`, 'u') },
  // a newspaper's dateline with no agency: "DHAKA, May 27 — Cyclone Remal …", "NEW DELHI, 4 June – …", "DHAKA,
  // Bangladesh, May 27 — …". The place in capitals, the day and the dash mark it (a story's sentence never opens so);
  // the year as for the agency's dateline. A paper may put its own name in the agency's bracket: "KHARTOUM, April 14
  // (Sudan Tribune) - …", "MOGADISHU, May 2 (Garowe Online) –": a bracket of two to four capitalised words before the
  // dash (one word is a credit as often as a name: "KOCHI, Jan 5 (Staff) -" stays undated, tests/extract/dateline2)
  { id: 'clean/plain-caps-dateline', gate: CAPS_PLACE_GATE, pattern: new RegExp(`^${CAPS_PLACE}(?:,\\s*\\p{Lu}[\\p{L}.'’]+(?:\\s\\p{Lu}[\\p{L}.'’]+)?)?,\\s*(?:${MONTH}\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+${MONTH.replace('<month>', '<month2>')})(?:\\s*\\(\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’&-]*){1,3}\\))?\\s*[-–—]{1,2}\\s`, 'u') },
  // "Updated May 15, 2017": a later date, taken only when no line gives the first one (as dateModified for HTML)
  // "Stand: 21.11.2026 14:05 Uhr" (German public broadcasters), "Mis à jour le 19 novembre 2026"
  { id: 'clean/plain-updated-line', gate: YEAR_GATE, pattern: new RegExp(`^(?:(?:last\\s+)?(?:updated|modified)(?:\\s+(?:on|at))?|mis à jour(?:\\s+le)?|aktualisiert(?:\\s+am)?|stand|actualizado(?:\\s+el)?|aggiornato(?:\\s+il)?|atualizado(?:\\s+em)?)\\s*:?\\s+${BEFORE_DATE}${FULL_DATE_I}${AFTER_DATE}`, 'iu') },
  // "5 min read · Oct 6, 2026", "6 min read·Oct 6, 2026": the reading time, then the date (Medium and its imitators)
  { id: 'clean/plain-read-time-date', gate: YEAR_GATE, pattern: new RegExp(`^\\d{1,3}\\s*min(?:ute)?s?\\.?\\s+read\\s*[·•|–—-]\\s*${FULL_DATE_I}${AFTER_DATE}`, 'iu') },
];

/** The press-release wire datelines alone: read in the lede of an HTML page, where the text goes on after the date. */
export const WIRE_DATELINES = PLAIN_DATELINES.filter((r) => r.id === 'clean/plain-wire-dateline');
/**
 * The datelines read in an HTML page's lede when its metadata gives no date: a press release's wire, and a story's
 * place in capitals with its day ("<p>DHAKA, May 27 — Cyclone Remal …</p>").
 */
export const LEDE_DATELINES = PLAIN_DATELINES.filter((r) => r.id === 'clean/plain-wire-dateline' || r.id === 'clean/plain-caps-dateline');

/**
 * The published date of a plain-text article from a date line among its first lines ("By John Smith, Reuters\n
 * May 14, 2017"), as the HTML path reads it from the page's metadata; null when there is none. A date after `now`
 * (the file's time) or before 1990 is rejected as in parseDate.
 */
export function findPlainDateline(text: string, now?: Date, rules: readonly PlainDatelineRule[] = PLAIN_DATELINES, options: DatelineOptions = {}): PlainDateline | null {
  const lines: string[] = [];
  for (const raw of text.slice(0, 2000).replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[\s\u200b]+/g, ' ').trim();
    if (line && lines.push(line) >= DATELINE_LINES) break;
  }
  for (const rule of rules) {
    for (const line of lines) {
      if (rule.gate && !rule.gate.test(line.slice(0, 120))) continue;
      const g = rule.pattern.exec(line)?.groups;
      if (!g) continue;
      const published = parseDate(toIso(g, now, options.slashOrder), now);
      if (published) return { published, rule: rule.id, line };
    }
  }
  return null;
}

/**
 * "May", "14", "2017" (or the ISO or numeric parts) → "2017-05-14"; null for a day the month does not have ("February
 * 30"), and for a slashed date whose order nothing tells (see slashParts).
 */
function toIso(g: Record<string, string | undefined>, now?: Date, slashOrder?: SlashOrder): string | null {
  if (g['slashYear'] !== undefined) {
    const parts = slashParts(Number(g['slashA']), Number(g['slashB']), slashOrder);
    return parts ? toIso({ isoYear: g['slashYear'], isoMonth: String(parts.month), isoDay: String(parts.day) }) : null;
  }
  if (g['dotYear'] !== undefined) return toIso({ isoYear: g['dotYear'], isoMonth: g['dotMonth'], isoDay: g['dotDay'] });
  const written = g['year'] ?? g['year2'] ?? g['isoYear'];
  // (with no file or fetch date, as from standard input, the year is unknown: the clock of the run is no date of the
  // article, and "KYIV, Jan 14 (Reuters)" read in 2026 was 2026-01-14 whatever its year)
  if (written === undefined) return now ? yearlessIso(g, now) : null;
  const year = Number(written);
  const month = g['isoMonth'] ? Number(g['isoMonth']) : MONTH_NUMBERS.get((g['month'] ?? g['month2'] ?? '').toLowerCase()) ?? 0;
  const day = Number(g['day'] ?? g['day2'] ?? g['isoDay']);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Which number of a slashed date is the day: "14/08/2026" day first (most of the world), "08/14/2026" month first (US). */
export type SlashOrder = 'day-first' | 'month-first';

export interface DatelineOptions {
  /**
   * How the page writes a slashed date, when its locale says so: month first for en-US, day first for other locales.
   * Default: unknown, and only a number over 12 decides ("14/08/2026" is day first whatever the page; "08/03/2026"
   * gives no date).
   */
  slashOrder?: SlashOrder;
}

/**
 * Day and month of a slashed date "a/b/yyyy": a number over 12 is the day; else the page's order; null when the
 * numbers fit both orders and the order is unknown (a wrong date is worse than none: relative dates shift by months).
 */
function slashParts(a: number, b: number, order?: SlashOrder): { day: number; month: number } | null {
  if (a > 12 && b <= 12) return { day: a, month: b };
  if (b > 12 && a <= 12) return { day: b, month: a };
  if (a > 12 || b > 12 || !order) return null;
  return order === 'day-first' ? { day: a, month: b } : { day: b, month: a };
}

/**
 * The date of a dateline with no year ("KYIV, Jan 14 (Reuters) - ..."): the year of the file's time, or the one before
 * when the day would come after it (never a date after the file's time). Neither a year the story names ("the
 * invasion began in February 2022": wire stories routinely recall when a war began) nor a weekday in the lede ("said
 * on Monday" in a story dated Tuesday: the day before) is evidence of the story's own year.
 */
function yearlessIso(g: Record<string, string | undefined>, ref: Date): string | null {
  const today = ref.toISOString().slice(0, 10);
  for (const year of [ref.getUTCFullYear(), ref.getUTCFullYear() - 1]) {
    const iso = toIso({ ...g, year: String(year) });
    if (iso && iso <= today) return iso;
  }
  return null;
}
