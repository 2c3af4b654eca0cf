// Every tunable of news-extract, each with the reason for its value.
import { readFileSync } from 'node:fs';
import { packageFile } from './paths.js';

const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };

export const TOOL_NAME = 'news-extract';
/** From package.json, so `--version` and records never disagree with the release. */
export const TOOL_VERSION: string = pkg.version;
/** OUTPUT.md: raised only when a field is renamed, removed or changes meaning. */
export const SCHEMA_VERSION = '1';

// ---- input
/** Largest input read, in bytes (`--max-bytes`): 10 MB holds any real article page with inline assets. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Total time for one URL fetch, ms (`--fetch-timeout`): a news page that takes longer is hanging. */
export const FETCH_TIMEOUT_MS = 20_000;
/** File name endings read from folders; anything else is skipped with a note. */
export const ARTICLE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt', '.html.gz', '.htm.gz', '.txt.gz'];

// ---- input: fetching and decoding
/** Sent with every request unless `--user-agent` is given: names the tool and version so site owners can tell who calls. */
export const USER_AGENT = `${TOOL_NAME}/${TOOL_VERSION} (+https://www.npmjs.com/package/${TOOL_NAME})`;
/** Time to get response headers, ms: a server that has not answered by then is down or unreachable; capped by FETCH_TIMEOUT_MS. */
export const CONNECT_TIMEOUT_MS = 10_000;
/** Extra attempts after a connection error, 429 or 5xx: two ride out a restart or a brief overload without hammering. */
export const FETCH_RETRIES = 2;
/** First backoff before a retry, ms; doubled per attempt, with ±50 % jitter so cron jobs do not retry in lockstep. */
export const RETRY_BASE_DELAY_MS = 1_000;
/** Longest backoff between attempts, ms. */
export const RETRY_MAX_DELAY_MS = 15_000;
/** Longest `Retry-After` honoured, ms: a server asking for more is told "try later" rather than blocking a batch. */
export const RETRY_AFTER_MAX_MS = 60_000;
/** Redirect hops followed; browsers allow 20, but a news page needing more than 5 is looping or tracking. */
export const MAX_REDIRECTS = 5;
/** Requests in flight to one host: 2 is what polite crawlers use, so a feed of 50 links does not flood one site. */
export const PER_HOST_CONCURRENCY = 2;
/** Minimum gap between starting two requests to the same host, ms. */
export const POLITENESS_DELAY_MS = 1_000;
/** Bytes looked at to tell text from binary, and to find a `<meta charset>` (WHATWG prescans 1024; CMS pages often put it later). */
export const SNIFF_BYTES = 4096;
/** Share of control characters (not tab/newline/CR/FF) above which input is binary, not text: a PDF or image, not an article. */
export const BINARY_CONTROL_RATIO = 0.1;

// ---- text
/** A plain-text first line this short (chars) and not ending in a full stop is the title: "Video: U.S. Opens Corridor…". */
export const MAX_TITLE_CHARS = 200;

// ---- output: views for people (pretty, html, csv)
/** Narrowest pretty layout, cells: below this a table of actors cannot show a name at all; also used when width is unknown. */
export const PRETTY_MIN_WIDTH = 40;
/** Widest pretty layout, cells: text lines longer than this are hard to read even on a wide terminal. */
export const PRETTY_MAX_WIDTH = 120;
/** Spaces between pretty table columns: one space runs "organization" into the next column's aliases. */
export const PRETTY_TABLE_GAP = 2;
/** A pretty table column is never squeezed below this many cells: "Hezb…" is still recognisable. */
export const PRETTY_TABLE_MIN_COLUMN = 6;

// ---- clean
/** A widget-like element (aside, form, class "share") is kept when it holds this share of the page's long <p> text: ASP.NET pages wrap the article in one <form>. */
export const GUARD_SHARE = 0.5;
/** A block with at least this share of its characters in links is a link list ("Related: A · B · C"), not prose. */
export const LINK_LIST_DENSITY = 0.5;
/** Paragraphs shorter than this (chars) give no score to their container: "Share", "Photo: AP" say nothing about where the article is. */
export const MIN_SCORED_CHARS = 25;
/** A sibling of the best container joins it when it scores this share of the best score: bodies split by an ad slot. */
export const SIBLING_SCORE_SHARE = 0.2;
/** Longer "authors" are sentences picked up from a byline box. */
export const MAX_AUTHOR_CHARS = 80;
/**
 * When more than this share of the text was removed, warn (clean/over-removal): the cleaner may have eaten the article.
 * Counted: story prose only (LOST_STORY in clean/rules.ts) — blocks a text rule removed that read as prose, and prose
 * paragraphs removed by DOM rules outside the page's frame, and prose inside inline elements (a <span class="tags">
 * around a paragraph's words) even under a frame rule; never menus, footers, sidebars, byline boxes, comments,
 * cookie notices, link lists, the headline or a repeat. At 0.9 a story that lost its lead and two of five paragraphs
 * (75 %) went unreported. With furniture no longer counted, the highest share on a page that lost nothing is 0.24 over
 * the 302 pages of the dev sets (article-extraction, snippets, metadata; a long photo caption), and the one page that
 * lost its story is at 0.85 (its paragraphs sit in inline elements with a navigation class): 0.35 also reports a story that lost three of eight paragraphs.
 */
export const OVER_REMOVAL_SHARE = 0.35;
/** …and at least this many characters were removed: a short page losing a long disclaimer line is not worth a warning. */
export const OVER_REMOVAL_MIN_CHARS = 400;
/** A chunk of the body repeating the main container's class joins it unless this share of its text is links (teaser lists reuse classes too). */
export const TWIN_MAX_LINK_DENSITY = 0.3;
/** A block equal to one of the last this-many kept blocks is a repeat (slideshow captions shown twice), not content. */
export const DUPLICATE_WINDOW = 4;
/** Candidates inside the page's single <article> (or itemprop=articleBody) score this many times more: a one-paragraph news item beats a two-paragraph author box. */
export const ARTICLE_ELEMENT_BOOST = 1.5;
/** How far the main container may climb towards <body> while its parents add only prose (paragraphs in per-paragraph wrappers). */
export const MAX_CLIMB_STEPS = 6;
/** A parent whose extra text is at least this share links adds teasers or menus: the climb stops below it. */
export const CLIMB_MAX_LINK_DENSITY = 0.2;
/** Blocks looked at above the body for a standfirst that sits in the article header. */
export const LEAD_LOOKBACK = 6;
/** A standfirst is a real sentence: at least this many characters. */
export const LEAD_MIN_CHARS = 80;
/** The JSON-LD articleBody replaces the page's text only when it holds at least this many characters… */
export const LD_BODY_MIN_CHARS = 500;
/** …and the markup gave less than this share of its length (the story is rendered by JavaScript). */
export const LD_BODY_SHARE = 0.5;
/** Pages nested deeper than this many elements are read flat (clean/too-deep): tree walks would overflow the stack. Real pages stay under 100. */
export const MAX_HTML_DEPTH = 1500;

// ---- extract (lead)
/** Text read for entities, in chars: a long-form feature is ~100k chars; past 300k it is a dump, not an article
 *  (a 2 MB page of repeated paragraphs took over a minute), so the rest is left out with a warning. */
export const MAX_EXTRACT_CHARS = 300_000;

// ---- batch (cli)
/** Per-input hard time limit, ms (`--timeout`): a real article takes well under a second; 30 s means something is wrong. */
export const INPUT_TIMEOUT_MS = 30_000;
/** How long a worker may take to load before its first job fails, ms: it normally takes ~0.3 s (the NLP and models);
 *  a job's own --timeout clock starts only once its worker has loaded. */
export const WORKER_START_TIMEOUT_MS = 60_000;
/** Heap cap of one worker thread, MB: a 10 MB page (the input cap) cleans in about 200 MB; the cap also makes V8
 *  collect sooner, which keeps a batch's peak RSS about 50 MB lower per worker than the default limit. 512 until
 *  2026-11-28, when the merged rules took bench:batch's 5,000-input run at -j2 to 401 and 404 MB (target 400); at 384,
 *  392 MB, with -j2 over 1,000 inputs at 61.3 articles/s (60.4-60.6 at 512). A page that outgrows it is run again on
 *  a worker of WORKER_RETRY_MAX_OLD_MB. */
export const WORKER_MAX_OLD_MB = 384;
/** Heap cap of the worker a page gets when it outgrew WORKER_MAX_OLD_MB, MB: about what a single-input run (no cap of
 *  ours) can use; 9.6 MB of tiny inline tags needs ~800 MB. Only that page's worker is this big, and only for it. */
export const WORKER_RETRY_MAX_OLD_MB = 4096;
/** Young-generation size of each worker when there are several, MB. 8 (set when peak memory was the problem: bench:batch
 *  at -j2 450 → 405 MB) cost scavenges; with memory now well under its target, 16: 1,000 dev pages at -j2 on a quiet
 *  machine, four runs each in turns, 10.8-11.3 s against 10.8-11.8 s (CPU 20.5-21.6 against 20.6-22.7 s), peak RSS of
 *  the process 315-335 MB against 298-308 MB (target 400 at 5,000 inputs). 32 saved no more and cost 24 MB a worker.
 *  Back to 8 when the rules grew (2026-11-28): at 16 the 5,000-input run peaked at 427 MB; at 8, 397 and 383 MB, for
 *  70-72 s against 67 s (-j2 over 1,000 inputs 61.8-63.2 articles/s against 62.8). */
export const WORKER_MAX_YOUNG_MB = 8;
/** Young-generation size of a batch's only worker (-j1), MB: with one worker the memory is paid once, and V8's
 *  parallel scavenger has the spare core. 109 dev pages at -j1: CPU 5.1 → 4.7 s, peak RSS 182 → 207 MB (target of
 *  one process: 250 MB). */
export const WORKER_SOLO_YOUNG_MB = 32;
/** Inputs in flight per worker: output keeps input order, so one slow page holds the others back; 8 per worker keeps
 *  both busy behind it while holding only a few MB of pages. */
export const INFLIGHT_PER_JOB = 8;

// ---- extract: claims, numbers, dates
/** Longest sentence (chars) read for claims: news sentences stay under 1,000; longer ones are tables or lists run together. */
export const CLAIM_MAX_SENTENCE_CHARS = 3000;
/** Longest source, in words: "Executive director of the Dallas chapter of the Council on … Alia Salem said" fits; a longer run is a clause. */
export const CLAIM_MAX_SOURCE_WORDS = 20;
/** Shortest content, in words: "he said so" has no claim; "“That's perfect,” he said" has one. */
export const CLAIM_MIN_CONTENT_WORDS = 2;
/** How far back (chars) "he"/"they" look for the actor they stand for: about two paragraphs of news prose. */
export const PRONOUN_LOOKBACK_CHARS = 1500;
/** Characters tagged left of a figure for its verb and hedge: "killed more than 20", "announced a $100m loan". */
export const NUMBER_WINDOW_BEFORE = 35;
/** Characters tagged right of a figure for its noun and verb: "700 domains … were reported to have been seized". */
export const NUMBER_WINDOW_AFTER = 70;
/**
 * --state forgets a URL not seen (fetched, or found unchanged) for this many days, when it writes the file. Feeds list
 * an article for days, news sitemaps for two: a page no feed has listed for three months will not come back, and an
 * hourly cron over a few busy feeds otherwise grows the file by ~100,000 URLs a year, every run reading and writing
 * all of them. A page seen on every run (a full sitemap) is refreshed each time and never forgotten.
 */
export const STATE_MAX_AGE_DAYS = 90;
