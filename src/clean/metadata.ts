// Clean stage: reads article metadata (title, authors, date, site, language, canonical URL) from JSON-LD, meta tags and the page.
import type { CheerioAPI } from 'cheerio/slim';
import type { Document, Element } from 'domhandler';
import type { ArticleMeta } from '../doc.js';
import { MAX_AUTHOR_CHARS } from '../defaults.js';
import { linearize } from './content.js';
import { queryAll, queryFirst, selectorTest } from './select.js';
import { KICKER_PREFIX } from './rules.js';

/** A JSON-LD node, loosely typed: only the fields read here. */
type LdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Review|CreativeWork|WebPage|VideoObject)$/;

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
  return [];
}

/** Every JSON-LD object on the page, with @graph lists and arrays flattened. Broken blocks are skipped. */
export function readJsonLd($: CheerioAPI): LdNode[] {
  const out: LdNode[] = [];
  const add = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) { for (const v of value) add(v, depth + 1); return; }
    const node = value as LdNode;
    out.push(node);
    if (node['@graph']) add(node['@graph'], depth + 1);
    if (node['mainEntity'] && typeof node['mainEntity'] === 'object') add(node['mainEntity'], depth + 1);
  };
  for (const el of queryAll($.root()[0]!, 'script[type="application/ld+json"]')) {
    // tidied pages wrap the JSON in "<![CDATA[ … ]]>" or "//<![CDATA[ … //]]>"
    const raw = $(el).text().trim().replace(/^<!--|-->$/g, '').replace(/^\s*(\/\/\s*)?<!\[CDATA\[/, '').replace(/(\/\/\s*)?\]\]>\s*$/, '').trim();
    if (!raw) continue;
    try {
      add(JSON.parse(raw), 0);
    } catch {
      // Sites emit raw newlines inside strings: "articleBody": "line one\nline two"
      try { add(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')), 0); } catch { /* not JSON: ignore this block */ }
    }
  }
  return out;
}

/** The JSON-LD object describing the article itself, if any (NewsArticle before Article before WebPage). */
export function findArticleLd(nodes: LdNode[]): LdNode | null {
  let best: LdNode | null = null;
  let bestRank = 99;
  for (const node of nodes) {
    for (const t of typesOf(node)) {
      if (!ARTICLE_TYPES.test(t)) continue;
      const rank = /NewsArticle|BlogPosting|Report/.test(t) ? 0 : t === 'Article' ? 1 : t === 'WebPage' || t === 'CreativeWork' || t === 'VideoObject' ? 3 : 2;
      if (rank < bestRank) { best = node; bestRank = rank; }
    }
  }
  return best;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') { const s = value.replace(/\s+/g, ' ').trim(); return s || null; }
  if (Array.isArray(value)) { for (const v of value) { const s = str(v); if (s) return s; } }
  if (value && typeof value === 'object' && 'name' in value) return str((value as LdNode)['name']);
  return null;
}

/** Decodes the common HTML entities (JSON-LD strings, the flat fallback): "&amp;", "&#8217;", "&nbsp;". */
export function decodeEntities(s: string): string {
  return s.replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, d: string) => fromCodePointSafe(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h: string) => fromCodePointSafe(parseInt(h, 16)));
}

/** Every <meta> content by its property/name/itemprop, lower-cased; the first one wins. Read once per page. */
type MetaIndex = Map<string, string>;

function indexMeta($: CheerioAPI): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of queryAll($.root()[0]!, 'meta')) {
    const content = el.attribs['content'];
    if (!content || !content.trim()) continue;
    for (const key of [el.attribs['property'], el.attribs['name'], el.attribs['itemprop']]) {
      const k = key?.trim().toLowerCase();
      if (k && !index.has(k)) index.set(k, content.replace(/\s+/g, ' ').trim());
    }
  }
  return index;
}

function metaContent(index: MetaIndex, names: readonly string[]): string | null {
  for (const name of names) {
    const v = index.get(name.toLowerCase());
    if (v) return v;
  }
  return null;
}

// ---------------------------------------------------------------- authors

/** Words that are never an author on their own: "By", "Staff", "Admin", "Redaktion"… */
const NOT_AUTHOR = /^(by|von|par|por|staff|admin|administrator|editor|editors|redaktion|rédaction|redacción|the editors|news desk|newsdesk|web desk|reporter|guest|anonymous|unknown|null|undefined|agencies|agency|wire|wires|гость|редакция|администратор|redazione|redação)$/i;

/** Words of a job title: a byline part holding one is a role, not a name ("Ottawa Bureau", "Special to the Gazette"). */
const ROLE_WORDS = /\b(writer|editor|correspondent|reporter|staff|contributor|columnist|desk|journalist|redakteur|redakteurin|rédacteur|periodista|corresponsal|news service|press|team|bureau|special to)\b/i;

/** A "»" or "›" after the name and everything after it: the post's date or a section ("by X » Tue Mar 03, 2026"). */
const BYLINE_DATE_SEPARATOR = /(?<=\S)\s+[»›]\s.*$/;

/**
 * What a byline credits the person with, before "by" or a colon: "Story and photos by Owen Keats", "Photographs by
 * Owen Keats", "Words: Owen Keats", "Reporting by Owen Keats". Grouped by what is credited; up to three credits may be
 * joined ("Text and photos by", "Words, pictures and video by").
 */
export const BYLINE_CREDITS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'byline-credit/writing', words: ['analysis', 'commentary', 'opinion', 'review', 'text', 'story', 'words', 'written', 'writing', 'reporting', 'reported', 'posted', 'interview', 'compiled', 'edited'] },
  { id: 'byline-credit/pictures', words: ['photos', 'photo', 'photographs', 'photography', 'pictures', 'images', 'video', 'videos', 'illustrations', 'illustration', 'graphics'] },
];
const CREDIT = `(?:${BYLINE_CREDITS.flatMap((c) => c.words).join('|')})`;
const CREDITS = `${CREDIT}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)${CREDIT}){0,2}`;
/** "Story and photos by ", "By ", "Von ", "Words: ": the credit in front of the name (see BYLINE_CREDITS). */
const BYLINE_PREFIX = new RegExp(`^(?:(?:${CREDITS}\\s+)?(?:by|von|par|por|di|door|av|af|от|автор:?)\\s+|${CREDITS}\\s*:\\s*)`, 'i');

/** The last word of a job title: "Staff Writer", "Managing Editor", "Ottawa Bureau Chief", "Editor-in-Chief". */
const ROLE_NOUNS: readonly string[] = [
  'writer', 'editor', 'correspondent', 'reporter', 'columnist', 'contributor', 'photographer', 'photojournalist',
  'journalist', 'producer', 'bureau', 'chief', 'intern', 'critic', 'anchor', 'staff', 'desk',
];

/**
 * What may follow the name in a byline, after a separator ("|", " - ", ","), and is not a person: "By Owen Keats,
 * Special to the Gazette", "Owen Keats | The Gazette", "Kevin Tran, Ottawa Bureau", "By Carl Jennings, Editor". Each
 * pattern must take the whole part after the separator, so a second name ("Stella Kim, Jennifer Jett") stays.
 */
export const BYLINE_TAILS: readonly { id: string; pattern: RegExp }[] = [
  // "Staff Writer", "Editor", "AP National Security Writer", "Ottawa Bureau Chief", "Editor-in-Chief", "Gazette Staff"
  { id: 'byline-tail/role', pattern: new RegExp(`^(?:[\\p{L}.&'’]+\\s+){0,4}(?:[\\p{L}]+-){0,2}(?:${ROLE_NOUNS.join('|')})s?(?:\\s+(?:of|at|for|with)\\s+\\S.{0,50})?$`, 'iu') },
  // "Special to the Gazette", "Special for CNN"
  { id: 'byline-tail/special-to', pattern: /^special (?:to|for) \S.{0,50}$/iu },
  // "for The Guardian", "For MailOnline": the outlet a freelance wrote for
  { id: 'byline-tail/for-outlet', pattern: /^for (?:the )?\p{Lu}.{0,50}$/iu },
  // "The Gazette", "The Canadian Press": a person's name never opens with "The"
  { id: 'byline-tail/outlet', pattern: /^[Tt]he \p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|and|&|for|on)){0,5}$/u },
  // "Jane Smith, Reuters", "MARK SMITH, Associated Press": the agency that carried the story
  { id: 'byline-tail/agency', pattern: /^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|dpa|efe|ansa|kyodo|xinhua|bloomberg|bloomberg news|cnn|cnn wire|upi|pti|ians|ani|tass|canadian press|cp|press association|pa|pa media|aap)$/i },
];

/** A separator between the name and what follows it (whitespace is one space by then): "Owen Keats | The Gazette", "Owen Keats - Special to…", "Kevin Tran, Ottawa Bureau". */
const TAIL_SEPARATOR = / ?[|•·] ?| [-–—/] | ?, ?/;

/**
 * Words that open a job title or outlet written after the name with no separator: "Owen Keats Staff Writer", "Jane
 * Smith for MailOnline". Only there may a tail follow a bare space (a name of mixed case); a shouted name ends where
 * the case changes ("By OWEN KEATS Staff Writer").
 */
const SPACED_TAIL_OPENERS: ReadonlySet<string> = new Set([
  'staff', 'senior', 'chief', 'contributing', 'special', 'associate', 'deputy', 'managing', 'executive', 'political',
  'sports', 'business', 'investigative', 'freelance', 'guest', 'foreign', 'for',
]);

/** True when the part after the name is one of BYLINE_TAILS, or the site itself ("Owen Keats | Lakeside Gazette"). */
function isBylineTail(part: string, siteName: string | null): boolean {
  if (BYLINE_TAILS.some((t) => t.pattern.test(part))) return true;
  if (!siteName) return false;
  const norm = (x: string): string => x.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(part).length >= 3 && norm(part) === norm(siteName);
}

/** The name without a tail set after a bare space ("OWEN KEATS Staff Writer" → "OWEN KEATS"), see SPACED_TAIL_OPENERS. */
function cutSpacedTail(part: string, siteName: string | null): string {
  const words = part.split(' ');
  const shouted = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
  // two words of the name at least: "Chief Writer" alone is left for isPlausibleAuthor to judge
  for (let i = 2; i < words.length; i++) {
    const caseTurns = words.slice(0, i).every(shouted) && !shouted(words[i]!);
    // an opener alone is a collective, not a role: "Science X staff", "Practical Horseman Editorial Staff" stay whole
    if (!caseTurns && (!SPACED_TAIL_OPENERS.has(words[i]!.toLowerCase()) || i === words.length - 1)) continue;
    if (isBylineTail(words.slice(i).join(' '), siteName)) return words.slice(0, i).join(' ');
  }
  return part;
}

/**
 * The byline without the role or outlet after the name (BYLINE_TAILS): "Owen Keats, Special to the Gazette" → "Owen
 * Keats", "Kevin Tran, Ottawa Bureau" → "Kevin Tran". The first part is always kept; a later part that is a name stays.
 */
function cutBylineTails(s: string, siteName: string | null): string {
  const parts: string[] = [];
  const seps: string[] = [];
  let rest = s;
  for (let m = TAIL_SEPARATOR.exec(rest); m; m = TAIL_SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index));
    seps.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  let out = cutSpacedTail(parts[0]!, siteName);
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    if (part && !isBylineTail(part, siteName)) out += seps[i - 1]! + cutSpacedTail(part, siteName);
  }
  return out;
}

/**
 * Strips "By", credits, roles, outlets and dates around a byline: "By Jane Smith, Reuters | May 3, 2019" → "Jane
 * Smith", "Story and photos by Owen Keats" → "Owen Keats". `siteName`, when known, is cut as an outlet too.
 */
export function cleanByline(raw: string, siteName: string | null = null): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(BYLINE_PREFIX, '');
  // cut before a date or "Updated": "Jane Smith March 11, 2015 3:46 PM"
  s = s.replace(/\s*(\||•|·|—|–|-)?\s*(updated|published|posted|aktualisiert|mis à jour)\b.*$/i, '');
  // "by riverwatcher » Tue Mar 03, 2026 9:14 am" (forums, some news CMSs): "»" / "›" separate the name from the date
  s = s.replace(BYLINE_DATE_SEPARATOR, '');
  s = s.replace(/\s*(\||•|·|—|–|,)?\s*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b.*$/i, '');
  s = s.replace(/\s*(\||•|·|—|–|,)?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.*$/, '');
  // the preposition left of a date cut above: "Rachael Link, MS, RD on November 5, 2019" → "Rachael Link, MS, RD"
  s = s.replace(/(?<=\S)\s+(?:on|at|um|le|el)$/i, '');
  // credentials after the name: "Brenda Goodman, MA"
  s = s.replace(/(,\s*(MA|MD|PhD|Ph\.D\.|RN|MSc|BSc|MBA|MPH|DO|MS|RD))+\s*$/, '');
  s = s.replace(/^[\s|•·,:–—-]+|[\s|•·,:–—-]+$/g, '');
  // a byline is short; a long string is no byline and is left for isPlausibleAuthor to refuse
  if (s.length <= 200) s = cutBylineTails(s, siteName).replace(/^[\s|•·,:–—-]+|[\s|•·,:–—-]+$/g, '');
  return s;
}

/** Splits "Stella Kim, Jennifer Jett" / "A and B" into names; keeps "Smith, Reuters" whole when parts are one word. */
export function splitAuthors(s: string): string[] {
  const parts = s.split(/\s*(?:;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|,)\s*/).map((p) => tidyAuthor(p.trim())).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.split(' ').length >= 2 || /[\u3040-\u9fff]/.test(p))) return parts;
  return [tidyAuthor(s)];
}

/** Where the reporter filed from, after the name: "Sarah Whitcombe in London", "Sam Jones in Madrid" (Guardian, FT,
 *  Reuters bylines). Two or more words must remain: "Jane in" is not cut to "Jane". */
const FILED_FROM = /^(\S+(?:\s+\S+)+?)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** One author's name as it should read: without "in <place>", and in Title Case when the byline shouts ("HANNA
 *  WOLSKA", as AP writes them: the name is matched against the article's actors). Acronyms ("AFP") stay. */
function tidyAuthor(name: string): string {
  let n = name.replace(FILED_FROM, '$1');
  if (/\p{Lu}{2}/u.test(n) && n === n.toUpperCase() && n.split(/\s+/).length >= 2 && n.replace(/[^\p{L}]/gu, '').length > 5) {
    n = n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return n;
}

/** True when a string can be a person's or agency's name: not a date, URL, role word or site name. */
export function isPlausibleAuthor(name: string, siteName: string | null): boolean {
  if (!name || name.length > MAX_AUTHOR_CHARS) return false;
  if (NOT_AUTHOR.test(name)) return false;
  // "AP National Security Writer", "CNN Editor-at-large": a role line under the name
  if (ROLE_WORDS.test(name)) return false;
  if (/^https?:|www\.|@|\.(com|org|net)\b/i.test(name)) return false;
  if (/\d{2}/.test(name)) return false; // "April 28, 2019 at 6:01 am"
  if (!/\p{L}/u.test(name)) return false;
  // the site or its owner named as author: "Business Insider" on "Business Insider Deutschland"
  if (siteName) {
    const n = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const site = siteName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (n === site || (n.length >= 4 && site.includes(n)) || (site.length >= 4 && n.includes(site))) return false;
  }
  if (name.split(/\s+/).length > 6) return false;
  return true;
}

/**
 * A node given by reference, as Yoast SEO writes JSON-LD: `"author": [{"@id": "…/person/ab12"}]`, with the Person
 * node elsewhere in the @graph. The node itself when it has no "@id" or no other node has it.
 */
function resolveLd(value: unknown, byId: ReadonlyMap<string, LdNode>): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const id = (value as LdNode)['@id'];
  if (typeof id !== 'string' || 'name' in (value as LdNode)) return value;
  return byId.get(id) ?? value;
}

/** Every JSON-LD node that has an "@id", by it. */
function indexLdIds(nodes: readonly LdNode[]): Map<string, LdNode> {
  const byId = new Map<string, LdNode>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && !byId.has(id) && Object.keys(n).length > 1) byId.set(id, n);
  }
  return byId;
}

function ldAuthors(node: LdNode | null, byId: ReadonlyMap<string, LdNode>): string[] {
  if (!node) return [];
  const raw = node['author'] ?? node['creator'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const names: string[] = [];
  for (const item of list) {
    const a = resolveLd(item, byId);
    const n = typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as LdNode)['name']) : null;
    if (n) names.push(decodeEntities(n));
  }
  return names;
}

/** Byline elements of the page, most specific first. */
const BYLINE_SELECTORS: readonly string[] = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.byline__name', '.author-name',
  '.byline-name', '.c-byline__author', '.author a', '.byline a', '.byline', '.author', '.article-author', '.post-author', '.entry-author',
  // any other byline box: "pb-byline", "FeatureByline"
  '[class*="byline"]', '[class*="Byline"]',
];

/**
 * Parts of a page that carry other people's bylines and times: comment threads ("Posted by Bob Miller"), sidebars
 * and teaser cards of other stories, tickers, navigation. A byline or a <time> inside one is not the article's.
 */
// (not <footer>: an <article>'s own footer often holds its author box)
const FOREIGN_TAGS = new Set(['aside', 'nav']);
// The word must open a class token ("sidebar", "sidebar-second", "comment-list"): "has-sidebar", "one-sidebar" and
// "comments-open" describe the layout of a page or wrapper that holds the article, not a part beside it.
const FOREIGN_CLASS = /(^|\s)(comments?(?!-(?:open|closed))|comment-list|replies|related|sidebar|teaser|teasers|recommended|recommendations|popular|most-read|mostread|trending|ticker|promo|newsletter|widget-area|more-stories|read-more|outbrain|taboola)($|[\s_-])/i;

/** Where the walk up stops: the page itself, whose classes describe its layout ("one-sidebar sidebar-second" on a
 *  Drupal <body>), and <main>, which holds the article. */
const PAGE_LEVEL = new Set(['body', 'html', 'main']);

/** True when the element sits inside such a part (its own tag or an ancestor's, by tag, class or id). */
function inForeignPart(el: Element): boolean {
  for (let n: Element | null = el; n && n.attribs && !PAGE_LEVEL.has(n.name); n = n.parent as Element | null) {
    if (FOREIGN_TAGS.has(n.name)) return true;
    if (FOREIGN_CLASS.test(n.attribs['class'] ?? '') || FOREIGN_CLASS.test(n.attribs['id'] ?? '')) return true;
  }
  return false;
}

/** Names from the first byline selector that yields a plausible one. */
function pageAuthors($: CheerioAPI, siteName: string | null): string[] {
  // one query for all selectors, then the selectors in order over the few elements it found; none from comments,
  // sidebars or teaser cards (a wire story with no byline would take a commenter or another story's author)
  const candidates = queryAll($.root()[0]!, BYLINE_SELECTORS.join(', ')).filter((el) => !inForeignPart(el));
  if (candidates.length === 0) return [];
  for (const sel of BYLINE_SELECTORS) {
    const found: string[] = [];
    for (const el of candidates.filter(selectorTest(sel))) {
      // the blocks of the box apart: "<p>By Karin Dahl and Oleg Marsh</p><p>October 4, 2026</p>" is read
      // "By Karin Dahl and Oleg Marsh | October 4, 2026" (cut at the date), never "…Oleg MarshOctober 4, 2026"
      const t = $(el).attr('content') ?? linearize(el).map((b) => b.text).join(' | ');
      const s = t.replace(/\s+/g, ' ').trim();
      if (!s || s.length > 120) continue;
      for (const name of splitAuthors(cleanByline(s, siteName))) {
        if (isPlausibleAuthor(name, siteName) && !found.includes(name)) found.push(name);
      }
    }
    if (found.length > 0) return found.slice(0, 5);
  }
  return [];
}

// ---------------------------------------------------------------- dates

/** "03.04.2024", "3.4.2024", optionally followed by a time: day, month, year. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** Zone names Date.parse understands (RFC 2822), in minutes east of UTC. */
const ZONE_NAMES: ReadonlyMap<string, number> = new Map([
  ['GMT', 0], ['UTC', 0], ['UT', 0], ['Z', 0],
  ['EST', -300], ['EDT', -240], ['CST', -360], ['CDT', -300], ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420],
]);

/** The zone a date string names at its end or after its time ("GMT", "+0100", "-05:00"), in minutes; null if none. */
function zoneOffsetMinutes(s: string): number | null {
  const numeric = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})\b/i.exec(s);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const named = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?([A-Z]{1,3})\b/.exec(s.replace(/\b([ap])\.?m\.?/gi, (m) => m.toLowerCase()));
  return named ? (ZONE_NAMES.get(named[1]!) ?? null) : null;
}

/** ISO form of a date string, or null: "2017-05-13T10:00:00+02:00" stays, "May 13, 2017" → "2017-05-13". */
export function parseDate(raw: string | null, now?: Date): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let iso: string | null = null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, tz] = m;
    if (h && tz) {
      const zone = tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.slice(-2)}`;
      iso = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
    } else if (h) iso = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}`;
    else iso = `${y}-${mo}-${d}`;
    if (Number.isNaN(Date.parse(iso.length === 10 ? iso : iso.replace(/T(\d{2}:\d{2}:\d{2})$/, 'T$1Z')))) return null;
  } else if (/^\d{10,13}$/.test(s)) {
    const n = Number(s);
    iso = new Date(s.length === 13 ? n : n * 1000).toISOString();
  } else if (DOTTED_DATE.test(s)) {
    // "03.04.2024" is day first wherever dots are written (German, Russian, Polish, Czech…); Date.parse reads it
    // month first
    const [, d, mo, y] = DOTTED_DATE.exec(s)!;
    const day = Number(d);
    const month = Number(mo);
    const date = new Date(Date.UTC(Number(y), month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null; // "31.02.2024", "03.13.2024"
    iso = date.toISOString().slice(0, 10);
  } else {
    const t = Date.parse(s);
    if (Number.isNaN(t) || !/\d{4}/.test(s)) return null;
    const zone = zoneOffsetMinutes(s);
    if (zone === null) {
      // no zone written: Date.parse read the wall time as this machine's local time, so its local date is the one
      // written
      const d = new Date(t);
      iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    } else {
      // "Tue, 12 Mar 2024 23:30:00 GMT": the time in the zone written, whatever this machine's zone ("2024-03-13"
      // on a server in Tokyo before)
      const wall = new Date(t + zone * 60_000).toISOString().slice(0, 19);
      const sign = zone < 0 ? '-' : '+';
      const abs = Math.abs(zone);
      iso = `${wall}${zone === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`}`;
    }
  }
  const year = Number(iso.slice(0, 4));
  if (year < 1990) return null;
  // a published date after the file/fetch time is a template's placeholder or a clock error
  if (now && Date.parse(iso.slice(0, 10)) > now.getTime()) return null;
  return iso;
}

/** A <time> marked as the modification time ("Updated 3 hours ago"): its class, itemprop or the label before it. */
const MODIFIED_TIME = /modif|updat|edited|aktualisiert|mis à jour|actualizado/i;

/**
 * The article's publication <time>: one marked as such (itemprop=datePublished, pubdate) first, then the first one
 * that is neither in a part of the page holding other stories' times (a header ticker, a sidebar) nor labelled as an
 * update ("Updated Aug 29 · Published Aug 28" puts the update first).
 */
function publishedTime(root: Element | Document): string | null {
  const times = queryAll(root as Element, 'time[datetime]');
  const marked = times.find((t) => /datePublished/i.test(t.attribs['itemprop'] ?? '') || t.attribs['pubdate'] !== undefined);
  if (marked) return marked.attribs['datetime'] ?? null;
  const labelled = (t: Element): boolean => {
    if (MODIFIED_TIME.test(`${t.attribs['class'] ?? ''} ${t.attribs['itemprop'] ?? ''}`)) return true;
    const before = t.prev && t.prev.type === 'text' ? (t.prev as unknown as { data: string }).data : '';
    const parent = t.parent as Element | null;
    const parentLabel = parent?.attribs ? `${parent.attribs['class'] ?? ''}` : '';
    return MODIFIED_TIME.test(before.slice(-30)) || MODIFIED_TIME.test(parentLabel);
  };
  const good = times.filter((t) => !inForeignPart(t) && !labelled(t));
  // a live blog with no date of its own lists its entries newest first ("Sep 3, 11:30" … "Sep 1, 8:00"): the first
  // <time> is only the latest entry, and the blog began with the oldest, as its meta date would say
  const entries = good.filter(inLiveEntry).map((t) => t.attribs['datetime'] ?? '').filter((d) => !Number.isNaN(Date.parse(d)));
  if (entries.length >= 2) return entries.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  return good[0]?.attribs['datetime'] ?? null;
}

/** A class naming a live blog's entry: "live-post", "liveblog-entry", "c-live-update", "live-post__time". */
const LIVE_ENTRY_CLASS = /(^|[\s_-])(live|liveblog|liveupdate|livepost)([\s_-]|$)/i;

/**
 * True for a live blog: a LiveBlogPosting in its JSON-LD, or an element whose class names a live blog's part
 * ("live-blog__entries", "liveblog-entry", "live-post").
 */
export function isLiveBlogPage(root: Element, ld: LdNode[]): boolean {
  if (ld.some((n) => typesOf(n).includes('LiveBlogPosting'))) return true;
  return queryAll(root, '[class*="live"], [class*="Live"]').some((el) => LIVE_ENTRY_CLASS.test(el.attribs['class'] ?? ''));
}

/** True for a <time> inside a live blog's entry (see LIVE_ENTRY_CLASS). */
function inLiveEntry(el: Element): boolean {
  for (let n: Element | null = el; n && n.attribs && !PAGE_LEVEL.has(n.name); n = n.parent as Element | null) {
    if (LIVE_ENTRY_CLASS.test(n.attribs['class'] ?? '')) return true;
  }
  return false;
}

/**
 * A live blog's entries with their own times, when they hold two times or more: each entry element (the largest one
 * holding a single entry time, and no other entry's) mapped to that time in ISO form. Entry times are the <time
 * datetime> inside an entry (see LIVE_ENTRY_CLASS), not an update label ("Updated 12:40"), and the items of an AMP
 * live list (<amp-live-list><div items><div data-sort-time="1725363000000">). An entry of Sep 3 that says
 * "yesterday" means Sep 2, whatever day the blog began; an ordinary page has no such times and gets an empty map.
 */
export function findLiveEntries(root: Element, now?: Date): Map<Element, string> {
  const stamps: [Element, string][] = [];
  for (const t of queryAll(root, 'time[datetime], amp-live-list [data-sort-time]')) {
    if (t.name === 'time') {
      if (!inLiveEntry(t) || isUpdateTime(t)) continue;
      const iso = parseDate(t.attribs['datetime'] ?? null, now);
      if (iso) stamps.push([t, iso]);
    } else {
      const iso = fromEpoch(t.attribs['data-sort-time'] ?? '', now);
      if (iso) stamps.push([t, iso]);
    }
  }
  const entries = new Map<Element, string>();
  if (new Set(stamps.map(([, iso]) => iso)).size < 2) return entries;
  // the one time under each element, or MIXED when it holds several entries (the list, the page)
  const under = new Map<Element, string>();
  const parentOf = (el: Element): Element | null => {
    const p = el.parent as Element | null;
    return p && p.attribs && !PAGE_LEVEL.has(p.name) ? p : null;
  };
  for (const [t, iso] of stamps) {
    for (let n: Element | null = t; n; n = parentOf(n)) {
      const seen = under.get(n);
      if (seen === MIXED) break; // its ancestors are mixed too
      under.set(n, seen === undefined || seen === iso ? iso : MIXED);
    }
  }
  for (const [t, iso] of stamps) {
    let entry = t;
    for (let p = parentOf(entry); p && under.get(p) === iso; p = parentOf(p)) entry = p;
    entries.set(entry, iso);
  }
  return entries;
}

/**
 * A cheap look at the raw HTML before walking its DOM for entries: an AMP live list or a class naming a live blog's
 * part (see LIVE_ENTRY_CLASS: class="liveblog-entry", class="c-live-update"). An ordinary page has neither and pays
 * one scan of its text, not a walk of its tree.
 */
const LIVE_MARKUP = /<amp-live-list\b|\bclass\s*=\s*["']?(?:[^"'>]*?[\s_-])?(?:live|liveblog|liveupdate|livepost)(?:[\s_"'>-])/i;

/** True when the page's HTML may hold live-blog entries (LIVE_MARKUP): findLiveEntries is worth running. */
export function hasLiveMarkup(html: string): boolean {
  return LIVE_MARKUP.test(html);
}

/** The time of the live entry holding `el` (see findLiveEntries), or undefined outside any entry (the blog's intro). */
export function liveEntryTime(el: Element, entries: ReadonlyMap<Element, string>): string | undefined {
  for (let n: Element | null = el; n && n.attribs; n = n.parent as Element | null) {
    const iso = entries.get(n);
    if (iso) return iso;
  }
  return undefined;
}

/**
 * The live entry holding `el`: the nearest element (itself or above) whose class names a live blog's part and not
 * the entry's stamp ("live-post", not "live-post__time" or "live-post__meta"); null outside any.
 */
export function liveEntryElement(el: Element): Element | null {
  for (let n: Element | null = el; n && n.attribs && !PAGE_LEVEL.has(n.name); n = n.parent as Element | null) {
    const cls = n.attribs['class'] ?? '';
    if (LIVE_ENTRY_CLASS.test(cls) && !ENTRY_STAMP_CLASS.test(cls)) return n;
  }
  return null;
}

/** A class naming the stamp of a live entry rather than the entry: "live-post__time", "liveblog-entry__meta". */
const ENTRY_STAMP_CLASS = /time|date|meta|stamp|byline|header/i;

const MIXED = 'mixed';

/** A <time> labelled as an update ("Updated 12:40", class="updated"): not the time its entry was posted. */
function isUpdateTime(t: Element): boolean {
  if (MODIFIED_TIME.test(`${t.attribs['class'] ?? ''} ${t.attribs['itemprop'] ?? ''}`)) return true;
  const before = t.prev && t.prev.type === 'text' ? (t.prev as unknown as { data: string }).data : '';
  return MODIFIED_TIME.test(before.slice(-30));
}

/**
 * An AMP live-list item's data-sort-time (milliseconds since 1970, some sites write seconds) as an ISO date-time in
 * UTC, or null when it is no plausible time.
 */
function fromEpoch(raw: string, now?: Date): string | null {
  if (!/^\d{9,13}$/.test(raw)) return null;
  const n = Number(raw);
  return parseDate(new Date(n < 1e11 ? n * 1000 : n).toISOString().replace(/\.\d{3}Z$/, 'Z'), now);
}

// ---------------------------------------------------------------- title and site

/**
 * Drops a " | Site" / " - Site" tail from a title when the tail is the site name (or a short site-like part), and
 * then a section before it: "Council to spend €12m | Local News | Riverside Echo" → "Council to spend €12m". When the
 * page's <h1> (`headline`) is the title's head, it alone tells where the tail starts, whatever the tail says.
 */
export function stripSiteFromTitle(title: string, site: string | null, headline: string | null = null, fromTitleTag = false): string {
  const confirmed = headline ? titleByHeadline(title, headline, site, fromTitleTag) : null;
  if (confirmed) return confirmed;
  const once = stripTitleTail(title, site);
  return once === title ? title : stripTitleTail(once, null);
}

/**
 * Drops a kicker label in front of a title (KICKER_PREFIX): "Exclusive: Defence firm paid £2m…" → "Defence firm paid
 * £2m…", "Analysis | Why the Fed is in no hurry to cut rates" → "Why the Fed…". The same story gets one title whatever
 * label an outlet puts on it. A title that would be left with fewer than three words keeps its label.
 */
export function stripKicker(title: string): string {
  const m = KICKER_PREFIX.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length).trim();
  return rest.split(/\s+/).length >= 3 ? rest : title;
}

/** The article's own containers: an <h1> inside one sits over the story. <main>/[role=main] are not among them: many
 *  sites open <main> with a section header ("<main><h1>Crime and Courts News Today</h1>") over the story. */
const IN_ARTICLE_TEST = selectorTest('article, [itemprop="articleBody"]');

/** A headline has at least this many words: "World News" or "Opinion" over a section is no headline. */
const MIN_HEADLINE_WORDS = 4;

/** Words that say nothing about which story a title is: "Northern Valley Farm and Ranch News" shares only these with
 *  a headline about a burn ban, so they never count as shared. */
const HEADLINE_FILLER_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was',
  'be', 'over', 'after', 'into', 'its', 'it', 'his', 'her', 'their', 'new', 'news', 'today', 'latest', 'live', 'update',
  'updates', 'daily', 'online', 'home', 'page', 'world', 'local',
]);

/** A title's content words, lower-cased, filler aside. */
function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w && !HEADLINE_FILLER_WORDS.has(w)) out.add(w);
  return out;
}

/** How many content words two titles share. */
function sharedWords(a: string, b: string): number {
  const x = contentWords(a);
  let n = 0;
  for (const w of contentWords(b)) if (x.has(w)) n++;
  return n;
}

/**
 * An <h1> that reads as this story's headline rather than the site's or a section's name, so that it may replace the
 * <title>: long enough, and either inside the article (<article>, articleBody) or sharing content words with the
 * <title> (SEO <title> "Bus crash Peru Andes news | Andes Post" vs <h1> "Bus plunges into ravine in Peru, killing 24":
 * bus, peru). Being the page's only <h1>, or sitting in <main>, is not enough: "Northern Valley Farm and Ranch News"
 * (a blog's header <h1>) or "Crime and Courts News Today" (a section header in <main>) share nothing with "County
 * extends burn ban as drought deepens" and leave the <title> alone.
 */
function isArticleHeadline(h1: Element, headline: string, title: string): boolean {
  if (headline.split(/\s+/).length < MIN_HEADLINE_WORDS) return false;
  for (let p = h1.parent; p; p = p.parent) if (p.type === 'tag' && IN_ARTICLE_TEST(p as Element)) return true;
  return sharedWords(headline, title) >= 2;
}

/** The same words, case and punctuation aside, a kicker label aside: "ANALYSIS Why the Fed…" and "Why the Fed…". */
function sameWords(a: string, b: string): boolean {
  const norm = (x: string): string => stripKicker(x).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const x = norm(a);
  const y = norm(b);
  return x === y || (y.length > 20 && x.endsWith(y)) || (x.length > 20 && y.endsWith(x));
}

/** Separators between a title and the site's tail or a prefix ("Print: "). */
const TITLE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ', ': '];

/** A headline shorter than this (letters and digits) is too short to confirm where a title ends ("News"). */
const MIN_HEADLINE_CHARS = 15;

/**
 * The title cut where the page's <h1> says the headline ends, for a page that declares no site name: "Statement on
 * the Kessary Strait incident | Ministry of Foreign Affairs of Ruritania" with <h1>Statement on the Kessary Strait
 * incident</h1>; "Print: Water company fined £3.2m" with the bare headline as <h1>. The cut is at a separator, and
 * a prefix has at most three words and is dropped only from the <title> (`prefixes`): a headline's own kicker
 * ("Brexit: what happens next") stays. Null when the <h1> does not confirm one.
 */
function titleByHeadline(title: string, headline: string, site: string | null, prefixes: boolean): string | null {
  const norm = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const h = norm(headline);
  if (h.length < MIN_HEADLINE_CHARS || h === norm(title) || (site && h === norm(site))) return null;
  for (const sep of TITLE_SEPARATORS) {
    for (let i = title.indexOf(sep); i > 0; i = title.indexOf(sep, i + 1)) {
      const head = title.slice(0, i).trim();
      if (sep !== ': ' && norm(head) === h) return head;
      const rest = title.slice(i + sep.length).trim();
      if (prefixes && norm(rest) === h && head.split(/\s+/).length <= 3) return rest;
    }
  }
  return null;
}

function stripTitleTail(title: string, site: string | null): string {
  const seps = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · '];
  for (const sep of seps) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    const norm = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    // a tail that is a mere piece of the site name must be long enough to mean it: "- US" is not "USA Daily"
    if (site && (norm(tail) === norm(site) || norm(tail).includes(norm(site)) || (norm(tail).length >= 4 && norm(site).includes(norm(tail))))) return head;
    if (head.length >= title.length / 2 && tail.split(/\s+/).length <= 3 && (sep === ' | ' || sep === ' :: ' || sep === ' » ')) return head;
  }
  return title;
}

/** Where each metadata field came from ("json-ld headline", "og:title", "<title>", "byline box", "'Articles by' line"…). */
export type MetaSources = Partial<Record<keyof ArticleMeta, string>>;

/** The first candidate with a value, and its source name. */
function firstOf<T>(candidates: ReadonlyArray<readonly [string, () => T | null | undefined]>): { value: T | null; source: string | null } {
  for (const [source, get] of candidates) {
    const value = get();
    if (value !== null && value !== undefined && !(typeof value === 'string' && value === '')) return { value, source };
  }
  return { value: null, source: null };
}

/** Fills title, authors, published, site, language and canonical URL; each field keeps the first source that has it. */
export function findMetadata($: CheerioAPI, ld: LdNode[], now?: Date): ArticleMeta {
  return findMetadataWithSources($, ld, now).meta;
}

/** findMetadata, plus the source of each field (for --explain). */
export function findMetadataWithSources($: CheerioAPI, ld: LdNode[], now?: Date): { meta: ArticleMeta; sources: MetaSources } {
  const meta = indexMeta($);
  const article = findArticleLd(ld);
  const byId = indexLdIds(ld);
  const publisher = resolveLd(article?.['publisher'], byId);
  const orgs = ld.filter((n) => typesOf(n).some((t) => /^(Organization|NewsMediaOrganization|WebSite)$/.test(t)));
  const sources: MetaSources = {};

  // the publisher's own name before og:site_name, which often carries a slogan ("Aktuálně.cz - Víte, co se právě děje")
  const site = firstOf<string>([
    ['json-ld publisher', () => (publisher ? str(publisher) : null)],
    ['og:site_name', () => metaContent(meta, ['og:site_name'])],
    ['application-name', () => metaContent(meta, ['application-name', 'al:android:app_name', 'al:iphone:app_name'])],
    ['json-ld organization', () => (orgs.length > 0 ? str(orgs[0]!['name']) : null)],
  ]);
  // the same name written twice, as "9to5mac" in JSON-LD and "9to5Mac" in og:site_name: the one with capitals
  const ogSite = metaContent(meta, ['og:site_name']);
  const siteValue = site.value && ogSite && site.value !== ogSite && site.value.toLowerCase() === ogSite.toLowerCase() && site.value === site.value.toLowerCase() ? ogSite : site.value;
  const siteName = siteValue ? decodeEntities(siteValue) : null;
  if (site.source) sources.site = site.source;

  const root = $.root()[0]!;
  const first = (sel: string) => queryFirst(root, sel);
  const text = (sel: string): string | null => {
    const el = first(sel);
    return el ? $(el).text().replace(/\s+/g, ' ').trim() || null : null;
  };
  const title = firstOf<string>([
    ['json-ld headline', () => (article ? str(article['headline']) ?? str(article['name']) : null)],
    ['og:title / twitter:title', () => metaContent(meta, ['og:title', 'twitter:title', 'dc.title', 'title', 'headline'])],
    ['<title>', () => text('head title') ?? text('title')],
    ['<h1>', () => text('h1')],
  ]);
  if (title.source) sources.title = title.source;

  const names = firstOf<string[]>([
    ['json-ld author', () => { const n = ldAuthors(article, byId); return n.length ? n : null; }],
    ['meta author', () => {
      const byMeta = metaContent(meta, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'cXenseParse:author']);
      return byMeta && !/^https?:/.test(byMeta) ? [byMeta] : null;
    }],
    ['byline box', () => { const n = pageAuthors($, siteName); return n.length ? n : null; }],
  ]);
  const authors: string[] = [];
  for (const raw of names.value ?? []) {
    for (const name of splitAuthors(cleanByline(raw, siteName))) {
      if (isPlausibleAuthor(name, siteName) && !authors.includes(name)) authors.push(name);
    }
  }
  if (authors.length > 0 && names.source) sources.authors = names.source;

  const published = firstOf<string>([
    ['json-ld datePublished', () => parseDate(article ? str(article['datePublished']) ?? str(article['dateCreated']) : null, now)],
    ['meta published_time', () => parseDate(metaContent(meta, ['article:published_time', 'og:article:published_time', 'datePublished', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'dcterms.issued', 'dc.date.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cXenseParse:recs:publishtime']), now)],
    ['<time datetime>', () => parseDate(publishedTime(root), now)],
    ['json-ld dateModified', () => parseDate(article ? str(article['dateModified']) : null, now)],
  ]);
  if (published.source) sources.published = published.source;

  const langCandidates: ReadonlyArray<readonly [string, () => string | null | undefined]> = [
    ['<html lang>', () => { const html = first('html'); return html?.attribs['lang'] ?? html?.attribs['xml:lang']; }],
    ['content-language', () => first('meta[http-equiv="content-language" i]')?.attribs['content']],
    ['og:locale', () => metaContent(meta, ['og:locale', 'language', 'dc.language'])],
    ['json-ld inLanguage', () => (article ? str(article['inLanguage']) : null)],
  ];
  const primary = (v: string | null | undefined): string | null => (v ? (v.trim().split(/[-_,\s]/)[0] ?? '').toLowerCase() || null : null);
  const lang = firstOf<string>(langCandidates);
  let language = primary(lang.value);
  if (language && lang.source) sources.language = lang.source;
  // Themes hard-code <html lang="en-US">: when two other declarations agree on another language (og:locale de_DE and
  // JSON-LD inLanguage de-DE), they are the page's own and win.
  const others = langCandidates.slice(1).map(([source, get]) => [source, primary(get())] as const).filter(([, v]) => v && v !== language);
  const agreed = others.find(([, v], i) => others.some(([, w], j) => j !== i && w === v));
  if (lang.source === '<html lang>' && agreed) {
    language = agreed[1];
    sources.language = others.filter(([, v]) => v === language).map(([source]) => source).join(' + ');
  }

  // A relative canonical link ("/news/2024/10/port-strike-ends", several CMSs write them) is resolved against og:url;
  // without an absolute base it gives way to og:url itself.
  const ogUrl = metaContent(meta, ['og:url'])?.trim() ?? null;
  const absolute = (href: string | null | undefined): string | null => {
    const h = href?.trim();
    if (!h) return null;
    if (/^https?:\/\//i.test(h)) return h;
    if (!ogUrl || !/^https?:\/\//i.test(ogUrl) || h.startsWith('#')) return null;
    try {
      return new URL(h, ogUrl).href;
    } catch {
      return null;
    }
  };
  const canonical = firstOf<string>([
    ['link rel=canonical', () => absolute(first('link[rel="canonical"]')?.attribs['href'])],
    ['og:url', () => absolute(ogUrl)],
  ]);
  const canonicalUrl = canonical.value;
  if (canonicalUrl && canonical.source) sources.canonicalUrl = canonical.source;

  // the page's <h1> confirms where the headline ends, unless it is the site's logo (<h1 class="logo"><a href="/">)
  const h1 = first('h1');
  const headline = h1 && !/logo|brand|site/i.test(`${h1.attribs['class'] ?? ''} ${h1.attribs['id'] ?? ''}`) && !queryFirst(h1, 'a, img') ? text('h1') : null;
  let cleanTitle = title.value ? stripSiteFromTitle(decodeEntities(title.value), siteName, headline ? decodeEntities(headline) : null, title.source === '<title>') : null;
  // the page's only word for its title is <title>, an SEO line ("Bus crash Peru Andes news | Andes Post"), while the
  // article's own <h1> says "Bus plunges into ravine in Peru, killing 24": the headline is the title, and it is then
  // removed from the text as the headline (its figures counted once)
  if (title.source === '<title>' && h1 && headline && cleanTitle && isArticleHeadline(h1, headline, cleanTitle)) {
    const h = decodeEntities(headline);
    if (!sameWords(h, cleanTitle)) {
      cleanTitle = h;
      sources.title = '<h1>';
    }
  }
  if (cleanTitle) cleanTitle = stripKicker(cleanTitle);
  return { meta: { title: cleanTitle || null, authors, published: published.value, site: siteName, language, canonicalUrl }, sources };
}

/** A character reference as HTML reads it: NUL, surrogates and anything past U+10FFFF ("&#x110000;") become U+FFFD
 *  instead of a RangeError from String.fromCodePoint. */
function fromCodePointSafe(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}
