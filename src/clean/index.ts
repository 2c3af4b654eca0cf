// Clean stage: turns the decoded input (HTML page or plain text) into the article's text blocks and its metadata.
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { addMessage, isHtmlDoc, type Block, type NewsDoc, type RemovedBlock } from '../doc.js';
import { DUPLICATE_WINDOW, LD_BODY_MIN_CHARS, LD_BODY_SHARE, LINK_LIST_DENSITY, MAX_HTML_DEPTH, OVER_REMOVAL_MIN_CHARS, OVER_REMOVAL_SHARE } from '../defaults.js';
import { applyParagraphRules, findParagraphRule, removeBylineBio } from './boilerplate.js';
import { isDataRow, linearize, normalizeSpace, removeBoilerplateElements, selectMainBlocks, STANDFIRST_REPEAT_RULE, type RawBlock } from './content.js';
import { detectLanguage, languageName, LANGUAGE_SAMPLE_CHARS } from './language.js';
import { cleanByline, decodeEntities, findArticleLd, findMetadataWithSources, isPlausibleAuthor, readJsonLd, splitAuthors, type MetaSources } from './metadata.js';
import { findNotArticle } from './page-kind.js';
import { blocksFromLiveBlog, dateByTimeLines, isScriptShell, parseEntryTimeLine } from './liveblog.js';
import { isPdfConversion, readPdfPages } from './pdf.js';
import { findPlainDateline, LEDE_DATELINES, PLAIN_DATELINES, splitPlainText } from './plain.js';
import { pipeTabRows } from '../text/table-row.js';
import { DOM_RULE_IDS, LEAK_PHRASES, LOST_STORY, RELATED_LIST, REPORTED_SPEECH } from './rules.js';
import { queryFirst } from './select.js';
import { findLiveEntries, hasLiveMarkup, isLiveBlogPage, liveEntryElement, liveEntryTime } from './metadata.js';

export interface CleanOptions {
  /** false under --no-clean: no boilerplate removal; plain text is returned paragraph by paragraph, unchanged. */
  clean: boolean;
  /** File mtime or fetch time: a published date after it is rejected. */
  now?: Date;
}

/** Fills doc.meta and doc.removed, may add messages; returns the kept blocks in reading order. Never throws for content problems. */
export function cleanDoc(doc: NewsDoc, options: CleanOptions): Block[] {
  let blocks = isHtmlDoc(doc) ? cleanHtmlSafely(doc, options) : cleanPlain(doc, options);
  if (options.clean) blocks = dropNotArticle(doc, blocks);
  // a page already said to be no article, or only a JavaScript shell, needs no "no article text" on top
  if (options.clean && !doc.messages.some((m) => m.rule === 'clean/not-article' || m.rule === 'clean/script-shell')) checkResult(doc, blocks);
  noteLanguage(doc, blocks);
  publishedFromFeed(doc);
  return blocks;
}

/**
 * A page that is no article (an error page served with HTTP 200, a consent wall) gives no text, and a warning that
 * says what it is, so a batch run over a list of URLs (--strict, or a filter on messages) can drop it instead of
 * recording "Sorry" and "Error" as actors and 404 as a number. Its lines stay in doc.removed for --explain.
 */
function dropNotArticle(doc: NewsDoc, blocks: Block[]): Block[] {
  const rule = findNotArticle(doc.meta.title, blocks);
  if (!rule) return blocks;
  for (const b of blocks) doc.removed.push({ kind: rule.kind, rule: rule.id, text: b.text });
  addMessage(doc, { severity: 'warning', rule: 'clean/not-article', text: `this page is ${rule.what}, not an article: no text was extracted (see --explain); ${rule.advice}` });
  return [];
}

/** Codes a page may declare that name no language ("und": undetermined, "mul": several, "zxx": no linguistic content). */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/**
 * article.language from the kept text when the page declares none (plain text, stdin, pages without <html lang>),
 * and doc.foreignLanguage with a warning when the text is not English. The extract rules are English, and on another
 * language they give wrong facts, not merely few: German "mindestens 1.200 Menschen" read as 1.2 people, capitalised
 * nouns ("Einblick", "Regierung") as people, "Haar" and "Lage" as German towns. So the extract stage reads nothing
 * from such a text, and the warning says so. The text outranks the declaration (English pages often keep a
 * template's lang="fr"), but the declared language stays the published one.
 */
function noteLanguage(doc: NewsDoc, blocks: Block[]): void {
  let sample = '';
  for (const b of blocks) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    sample += b.text + '\n';
  }
  const found = detectLanguage(sample);
  if (!doc.meta.language && found) {
    doc.meta.language = found.lang;
    SOURCES.set(doc, { ...metaSourcesOf(doc), language: `the text (${found.by})` });
  }
  const lang = found?.lang ?? doc.meta.language;
  if (!lang || lang === 'en' || NOT_A_LANGUAGE.has(lang) || !/^[a-z]{2,3}$/.test(lang)) return;
  doc.foreignLanguage = lang;
  addMessage(doc, {
    severity: 'warning',
    rule: 'clean/not-english',
    text: `the article reads as ${languageName(lang)} (${lang}): news-extract reads English only, so no actors, places, numbers, dates or claims were extracted from it (its text and metadata are complete)`,
  });
}

const SOURCES = new WeakMap<NewsDoc, MetaSources>();

/** Where the clean stage found each metadata field of this document (empty when it did not run on it). */
export function metaSourcesOf(doc: NewsDoc): MetaSources {
  return SOURCES.get(doc) ?? {};
}

function cleanPlain(doc: NewsDoc, options: CleanOptions): Block[] {
  // a table pasted with tabs ("Region\tDead\tMissing") keeps its rows, as "Region | Dead | Missing" (pipeTabRows)
  const { title, blocks, headers, teasers } = splitPlainText(pipeTabRows(doc.html));
  doc.meta.title = title;
  SOURCES.set(doc, title ? { title: headers.length > 0 ? 'the e-mail\'s Subject header' : 'first line' } : {});
  // "By John Smith, Reuters\nMay 14, 2017": the date line dates the article, as the page's metadata does for HTML
  const dateline = findPlainDateline(doc.html, options.now);
  if (dateline) {
    doc.meta.published = dateline.published;
    SOURCES.set(doc, { ...metaSourcesOf(doc), published: `"${dateline.line}" line (${dateline.rule})` });
  }
  if (!options.clean) return blocks;
  // "From: …", "Date: …", "Subject: …" of an e-mail saved as text: the title and the date, never article text
  for (const h of headers) doc.removed.push({ kind: 'byline', rule: 'clean/email-header', text: h });
  // a teaser list copied with the story ("Most Read\nTeacher struck off…\nMan jailed for 12 years…"): its label and
  // headlines go, as a "Most read" list does in HTML (RELATED_LIST)
  for (const b of teasers) doc.removed.push({ kind: 'related', rule: RELATED_LIST.id, text: b.text });
  const story = teasers.size > 0 ? blocks.filter((b) => !teasers.has(b)) : blocks;
  // a live blog saved as text: the time line heading each entry ("Mar 12, 2025, 16:20") dates what follows it
  const { kept, removed } = applyParagraphRules(dateByTimeLines(story, doc.meta.published));
  doc.removed.push(...removed);
  authorFromRemoved(doc);
  return withoutBylineBio(doc, kept);
}

/** The blocks without the note on the writer the byline names (BYLINE_BIO), which goes to doc.removed. */
function withoutBylineBio(doc: NewsDoc, blocks: Block[]): Block[] {
  const { kept, removed } = removeBylineBio(blocks, doc.meta.authors);
  doc.removed.push(...removed);
  return kept;
}

/**
 * A feed item's page with no date of its own takes the date its feed gave the item (RSS pubDate, Atom published,
 * news:publication_date): the page's own date, when it has one, comes first.
 */
function publishedFromFeed(doc: NewsDoc): void {
  const fromFeed = doc.source.feed?.published;
  if (doc.meta.published || !fromFeed) return;
  doc.meta.published = fromFeed;
  SOURCES.set(doc, { ...metaSourcesOf(doc), published: 'the feed item' });
}

/**
 * Rules whose removed lines may carry the article's date ("Published 14 February 2024", "Tuesday, March 5, 2024"),
 * the text rules' lines first: a byline box (<p class="timestamp">October 4, 2026</p>, <div class="published-dates">)
 * is read when no removed line of the text gave a date.
 */
const DATED_RULES: readonly (readonly string[])[] = [['clean/dateline', 'clean/byline'], ['clean/byline-box']];

/**
 * A page with no date in its metadata is dated by the date line the cleaner removed from its text, read as the
 * plain-text path reads one (plain.ts): "Published 14 February 2024" in a <p class="meta">.
 */
function publishedFromRemoved(doc: NewsDoc, now?: Date): void {
  if (doc.meta.published) return;
  for (const rules of DATED_RULES) {
    if (publishedFromLines(doc, doc.removed.filter((r) => rules.includes(r.rule)).map((r) => r.text), now)) return;
  }
}

function publishedFromLines(doc: NewsDoc, lines: string[], now?: Date, rules = PLAIN_DATELINES): boolean {
  if (lines.length === 0) return false;
  const found = findPlainDateline(lines.join('\n'), now, rules);
  if (!found) return false;
  doc.meta.published = found.published;
  SOURCES.set(doc, { ...metaSourcesOf(doc), published: `"${found.line}" line (${found.rule})` });
  return true;
}

/** Blocks of the text searched for a press-release dateline: the lede may follow a subtitle and a highlights line. */
const LEDE_BLOCKS = 3;

/**
 * A press release with no date elsewhere is dated by its lede's wire dateline ("PITTSBURGH, Oct. 28, 2026 /PRNewswire/
 * -- Halvern Robotics…"), which always gives the year; the wire's name tells it from a story's first sentence.
 */
function publishedFromLede(doc: NewsDoc, kept: Block[], now?: Date): void {
  if (doc.meta.published || kept.length === 0) return;
  publishedFromLines(doc, kept.slice(0, LEDE_BLOCKS).map((b) => b.text), now, LEDE_DATELINES);
}

/** "Articles by: South Front" (removed as a byline line) names the author when nothing else did. */
function authorFromRemoved(doc: NewsDoc): void {
  if (doc.meta.authors.length > 0) return;
  for (const r of doc.removed) {
    if (r.rule !== 'clean/articles-by' && r.rule !== 'clean/byline') continue;
    // "By Jenna Holt and Marcus Webb" (a byline the rule now takes whole) names two authors
    const names = splitAuthors(cleanByline(r.text.replace(/^(articles?|posts?|stories|more) by\s*:\s*/i, ''))).filter((n) => isPlausibleAuthor(n, doc.meta.site));
    if (names.length > 0) {
      doc.meta.authors.push(...names);
      SOURCES.set(doc, { ...metaSourcesOf(doc), authors: `"${r.text}" line` });
      return;
    }
  }
}

/**
 * True when a block is the headline: the same text, or one holding the other ("Headline | Site") with near-equal
 * length. A heading may hold more ("Headline: live updates"); a lead that repeats the headline word for word and goes
 * on ("The central bank raises interest rates by half a point to 5.25%, …") is not the headline.
 */
const sameText = (a: string, b: string, heading = false): boolean => {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const x = n(a);
  const y = n(b);
  if (x.length === 0) return false;
  if (x === y) return true;
  if (!heading && Math.min(x.length, y.length) < Math.max(x.length, y.length) * HEADLINE_MIN_SHARE) return false;
  return (y.length > 20 && x.includes(y)) || (x.length > 20 && y.includes(x));
};

/** True when a block holds the whole headline: "Storm Bron: power restored – live updates" for "Storm Bron: power restored". */
const holdsTitle = (text: string, title: string): boolean => {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const t = n(title);
  return t.length > 0 && n(text).includes(t);
};

/** A block this long is prose: repeated word for word anywhere in a live blog, it is a copy (clean/duplicate). */
const DUPLICATE_PROSE_CHARS = 100;

/** The end of a sentence closing a block: "…the council said.", "…she asked?”" */
const SENTENCE_END = /[.!?…]["”’)]?$/;

/** A block holding the headline is the headline itself only when the headline is at least this share of it. */
const HEADLINE_MIN_SHARE = 0.6;

/**
 * Characters of prose paragraphs removed by DOM rules, per document: counted by checkResult toward over-removal. Not
 * counted: the page's frame (menus, footers, sidebars, byline boxes) and cookie notices (LOST_STORY).
 */
const DOM_PROSE = new WeakMap<NewsDoc, number>();

/**
 * HTML nested thousands of levels deep overflows the stack of any tree walk (the parser's included):
 * such a page falls back to its text split at block tags, with a warning, instead of failing.
 */
function cleanHtmlSafely(doc: NewsDoc, options: CleanOptions): Block[] {
  try {
    // checked first: the parser itself slows down badly (seconds) on such pages before any overflow
    if (nestingDepth(doc.html) > MAX_HTML_DEPTH) throw new RangeError('nested too deeply');
    return cleanHtml(doc, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    doc.removed = [];
    addMessage(doc, { severity: 'warning', rule: 'clean/too-deep', text: 'the HTML is nested too deeply to parse as a tree; its text was taken block by block without choosing the main content' });
    const text = doc.html
      .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|blockquote|pre|header|footer|nav|aside|main|dd|dt|figure|figcaption)\b[^<>]*>/gi, '\n\n')
      // [^<>]: a "<" that never closes ends at the next "<" instead of being scanned to the end of the page (quadratic).
      .replace(/<[^<>]*>/g, '');
    const blocks = splitPlainText(decodeEntities(text), { joinLines: true }).blocks;
    if (!options.clean) return blocks;
    const { kept, removed } = applyParagraphRules(blocks);
    doc.removed.push(...removed);
    return kept;
  }
}

/** Elements closed implicitly or never: they do not nest ("<p>a<p>b" is two siblings). */
const FLAT_TAGS = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

/** Deepest element nesting, counted from the tags alone (cheap, approximate). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  // A scan by indexOf over the tags of /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g, which cost ~0.5 ms a page (the
  // lazy tail is retried at every character). The tag ends at the first ">" before any "<": with [^>], every "<a " of
  // a page that never closes them ("<a <a <a …", 300 KB) was scanned to the end of the page, quadratic (14 s); a tag
  // holding a raw "<" is rare and only blurs this estimate.
  // the next ">" is looked up once and kept until the scan passes it: a page with no ">" is searched once, not per "<"
  let gt = -2;
  let lt = html.indexOf('<');
  while (lt >= 0) {
    let i = lt + 1;
    const closing = html.charCodeAt(i) === 47; // "</p>"
    if (closing) i++;
    const nameStart = i;
    if (!isAsciiLetter(html.charCodeAt(i))) { lt = html.indexOf('<', lt + 1); continue; }
    while (isNameChar(html.charCodeAt(i))) i++;
    const next = html.indexOf('<', i);
    if (gt !== -1 && gt < i) gt = html.indexOf('>', i);
    // no ">" before the next "<": this "<" opened no tag
    lt = next;
    if (gt < 0 || (next >= 0 && next < gt)) continue;
    // "<br/>", "<div />": self-closed
    if (gt > i && html.charCodeAt(gt - 1) === 47) continue;
    const name = html.slice(nameStart, i).toLowerCase();
    if (FLAT_TAGS.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [a-zA-Z0-9-]: a tag name's characters. */
const isNameChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;

function cleanHtml(doc: NewsDoc, options: CleanOptions): Block[] {
  // htmlparser2 (not parse5): several times faster on big pages and lenient enough for article text
  const $ = load(doc.html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  const ld = readJsonLd($);
  const pdf = isPdfConversion($.root()[0]!, doc.html);
  const found = findMetadataWithSources($, ld, options.now);
  doc.meta = found.meta;
  SOURCES.set(doc, found.sources);
  // read before the furniture goes: an entry's <time> often sits in its header, which the byline rules remove
  const liveEntries = options.clean && hasLiveMarkup(doc.html) ? findLiveEntries(queryFirst($.root()[0]!, 'body') ?? ($.root()[0] as unknown as Element), options.now) : null;
  const domRemoved = removeBoilerplateElements($, { removeWidgets: options.clean });
  const root = (queryFirst($.root()[0]!, 'body') ?? $.root()[0]) as Element;
  const all = linearize(root);
  if (!options.clean) return all.map(toBlock);

  for (const r of domRemoved) doc.removed.push({ kind: r.kind, rule: r.id, text: r.text });
  const article = findArticleLd(ld);
  if (options.clean && isNotFreeLd(article)) NOT_FREE.add(doc);
  const title = doc.meta.title ?? (article ? String(article['headline'] ?? '') : '');
  // an inline element a frame rule removed ("<p><span class="tags">…</span></p>": clean/navigation) sat inside the text:
  // its prose counts as the story's, where a <nav> or a footer's "About us" blurb does not
  DOM_PROSE.set(doc, domRemoved.reduce((n, r) => n + (r.proseChars > 0 && (r.inline || !LOST_STORY.frameRules.has(r.id)) && !isConsentNotice(r.text) ? r.proseChars : 0), 0));
  // a PDF converted to HTML is all article, page after page, written line by line
  const fromPdf = pdf ? readPdfPages(root, title) : null;
  if (fromPdf) doc.removed.push(...fromPdf.removed);
  const leftOut: RawBlock[] = [];
  const repeats: RawBlock[] = [];
  const main = fromPdf ? fromPdf.blocks : selectMainBlocks(all, root, (text) => Boolean(title) && sameText(text, title), leftOut, repeats);
  // prose the selection left out (a second story's paragraphs, a standfirst it missed) never disappears silently
  for (const b of leftOut) doc.removed.push({ kind: 'other', rule: OUTSIDE_BODY, text: b.text });
  // a standfirst the lead repeats ("Repairs will take six weeks and cost $2.4 million, the director said")
  for (const b of repeats) doc.removed.push({ kind: 'other', rule: STANDFIRST_REPEAT_RULE, text: b.text });
  const blocks: Block[] = [];
  // true once a kept block ends a sentence: the story has begun, and a heading below it is a section's or an entry's
  let storyBegun = false;
  const keptProse = new Set<string>();
  // looked up once, and only when a long paragraph repeats
  let liveBlog: boolean | undefined;
  // the element of a "Most read" label kept in the text: its next lines are the list's headlines (see RELATED_LIST)
  let relatedOwner: Element | null = null;
  // the time line heading the live entry being read ("Sep 3, 11:30", which the paragraph rules remove as a dateline)
  // and that entry: it dates the entry's blocks after it (Block.date)
  let stamp: { entry: Element; date: string } | null = null;
  for (const b of main) {
    const stamped = parseEntryTimeLine(b.text, doc.meta.published);
    if (stamped && (liveBlog ??= isLiveBlogPage(root, ld))) {
      const entry = liveEntryElement(b.owner);
      stamp = entry ? { entry, date: stamped } : null;
    }
    if (relatedOwner && b.owner === relatedOwner && b.text.length <= RELATED_LIST.maxItemChars && !SENTENCE_END.test(b.text)) {
      doc.removed.push({ kind: 'related', rule: RELATED_LIST.id, text: b.text });
      continue;
    }
    relatedOwner = b.text.length <= RELATED_LIST.maxLabelChars && RELATED_LIST.label.test(b.text) ? b.owner : null;
    // the headline goes to meta.title, never into the text; some templates repeat it as a plain <p>. A heading the
    // title merely holds ("Met Office upgrades warning to amber" in "Storm Idris live: Met Office upgrades warning to
    // amber as thousands lose power") is the headline only above the story: below, it heads a live entry or a section,
    // and only a heading holding the whole title is the headline repeated
    if (title && (b.tag === 'h' || blocks.length < 3) && (b.tag === 'h' && storyBegun ? holdsTitle(b.text, title) : sameText(b.text, title, b.tag === 'h'))) {
      doc.removed.push({ kind: 'other', rule: 'clean/headline', text: b.text });
      continue;
    }
    // a link list ("Read: A", "B · C · D"); a paragraph that is one bare URL ("http://amzn.to/2iJF") stays with the article
    const oneLinkParagraph = (b.tag === 'p' || b.tag === 'quote') && b.links === 1 && /^(https?:\/\/|www\.)\S+$/.test(b.text);
    // a row of a data table whose names are links ("1 | Tadej Pogacar | UAE Team Emirates | 70:12:33") is data
    if (b.linkChars / b.text.length >= LINK_LIST_DENSITY && !oneLinkParagraph && !(b.tag === 'p' && b.text.length > 200) && !isDataRow(b.owner) && !isLinkedSentence(b) && !findParagraphRule(b.text)) {
      doc.removed.push({ kind: 'related', rule: 'clean/link-list', text: b.text });
      continue;
    }
    // slideshows repeat a caption word for word a few blocks apart; a meal plan repeating "Meal 1…" days later is content,
    // and so is an interview's question put to each guest. On a live blog a prose paragraph repeated word for word is a
    // copy wherever it stands: the pinned summary that is also one of its entries (its figures would count twice)
    if (b.text.length >= 20 && (blocks.slice(-DUPLICATE_WINDOW).some((k) => k.text === b.text)
      || (b.text.length >= DUPLICATE_PROSE_CHARS && keptProse.has(b.text) && (liveBlog ??= isLiveBlogPage(root, ld))))) {
      doc.removed.push({ kind: 'other', rule: 'clean/duplicate', text: b.text });
      continue;
    }
    storyBegun ||= SENTENCE_END.test(b.text);
    if (b.text.length >= DUPLICATE_PROSE_CHARS) keptProse.add(b.text);
    const block = toBlock(b);
    // a block of a live entry resolves its dates against the entry's time (Block.date)
    const entryTime = (liveEntries?.size ? liveEntryTime(b.owner, liveEntries) : undefined)
      ?? (stamp && holds(stamp.entry, b.owner) ? stamp.date : undefined);
    if (entryTime) block.date = entryTime;
    blocks.push(block);
  }
  // read before the paragraph rules, which remove a lone "Loading..." line as furniture
  const scriptShell = isScriptShell(blocks);
  const { kept, removed } = applyParagraphRules(blocks);
  doc.removed.push(...removed);
  // headings left at the end lost their section (a sidebar box whose list was removed): "Flipboard"
  while (kept.length > 0 && kept[kept.length - 1]!.tag === 'h') {
    doc.removed.push({ kind: 'other', rule: 'clean/orphan-heading', text: kept.pop()!.text });
  }
  authorFromRemoved(doc);
  publishedFromRemoved(doc, options.now);
  publishedFromLede(doc, kept, options.now);
  // a live blog drawn by JavaScript ("Loading live updates…") has its entries only in JSON-LD liveBlogUpdate
  const live = blocksFromLiveBlog(ld, kept, options.now);
  if (live) {
    addMessage(doc, { severity: 'info', rule: 'clean/jsonld-liveblog', text: `the page body held little of the live blog; its text comes from the ${live.entries} JSON-LD liveBlogUpdate entries` });
    const entries = applyParagraphRules(live.blocks);
    doc.removed.push(...entries.removed);
    unlistKept(doc, entries.kept);
    return entries.kept;
  }
  const fromLd = article ? blocksFromLdBody(article['articleBody'], kept) : null;
  if (fromLd) {
    addMessage(doc, { severity: 'info', rule: 'clean/jsonld-body', text: 'the page body held little of the article; its text comes from the JSON-LD articleBody' });
    const ld = applyParagraphRules(fromLd);
    doc.removed.push(...ld.removed);
    unlistKept(doc, ld.kept);
    return ld.kept;
  }
  if (scriptShell) {
    addMessage(doc, { severity: 'warning', rule: 'clean/script-shell', text: `the page shows only "${blocks[0]!.text}": its content is drawn by JavaScript and is not in this HTML (try the page's AMP or print version)` });
  }
  return withoutBylineBio(doc, kept);
}

/**
 * The JSON-LD articleBody as blocks, when it is much longer than what the page's markup gave
 * (pages that render the story with JavaScript keep it only there); else null.
 */
function blocksFromLdBody(value: unknown, kept: Block[]): Block[] | null {
  if (typeof value !== 'string') return null;
  let body = value;
  if (/<(p|div|br)\b/i.test(body)) {
    const $ = load(`<body>${body}</body>`);
    const root = queryFirst($.root()[0]!, 'body') as Element;
    return accept(linearize(root).map(toBlock));
  }
  body = body.replace(/\r\n?/g, '\n');
  return accept(body.split(/\n\s*/).map((t) => normalizeSpace(t)).filter(Boolean).map((text) => ({ tag: 'p' as const, text })));

  function accept(blocks: Block[]): Block[] | null {
    const ldChars = blocks.reduce((n, b) => n + b.text.length, 0);
    const keptChars = kept.reduce((n, b) => n + b.text.length, 0);
    return ldChars >= LD_BODY_MIN_CHARS && keptChars < ldChars * LD_BODY_SHARE ? blocks : null;
  }
}

/**
 * A sentence of the story whose key phrases are links, told from a link list by the words outside its links. A link
 * list's own words are separators, a label and furniture ("Read: A · B · C", "More: A | B", "A 3 hours ago", "Tags:
 * A, B", "By A and B"); a sentence has words of its own that carry it, and either ends as a sentence ("The plan
 * follows <a>a state-funded study</a> and <a>two winters of closures</a>.") or goes on after its last link ("<a>Mayor
 * Joan Pike</a> voted yes"). A related-stories item whose headline is half linked ("YouTubers must unionize, <a>no
 * matter what Google says</a>") ends with its link and no stop: still a link list. Lower-case words only: a capitalised
 * word outside a link is a label or a name ("Related", "Opinion", "Reuters").
 */
const LINKED_SENTENCE = {
  id: 'clean/linked-sentence',
  /** Words of link lists, menus and teaser lines around their links: labels, joiners, ages, counts, media marks. */
  filler: new Set([
    'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'for', 'to', 'from', 'with', 'via', 'about', 'as', 'is',
    'more', 'also', 'see', 'read', 'watch', 'listen', 'view', 'click', 'here', 'latest', 'top', 'most', 'popular',
    'ago', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month',
    'months', 'year', 'years', 'am', 'pm', 'comment', 'comments', 'reply', 'replies', 'views', 'shares', 'likes',
    'photo', 'photos', 'video', 'videos', 'image', 'images', 'gallery', 'audio', 'podcast', 'live', 'updated', 'posted',
    'published', 'filed', 'under', 'tagged', 'tags', 'topics', 'related', 'previous', 'next', 'share', 'follow', 'us',
    'story', 'stories', 'article', 'articles', 'news', 'opens', 'new', 'window', 'tab', 'link', 'links', 'external',
    'pdf', 'sponsored', 'ad', 'advertisement', 'our', 'this', 'that', 'all', 'et', 'al', 'sign', 'up', 'subscribe',
    'staff', 'writer', 'reporter', 'editor', 'contributor', 'contributed',
    // promotions of other stories: "Find all our coverage of <a>…</a> here."
    'find', 'coverage', 'full', 'complete', 'continue', 'continuing',
  ]),
  /** Text before the first link that is a label: a few words and a colon ("Don't miss:", "Editor's picks:"). */
  label: /^[^.!?:]{0,40}:\s*$/u,
  /** Carrying words after the last link that make a sentence without a stop: "voted yes", "won the seat". */
  minTailWords: 2,
  /** A word: letters, with an inner apostrophe or hyphen ("didn't", "state-funded"). */
  word: /\p{L}+(?:['’-]\p{L}+)*/gu,
};

/** Carrying words (LINKED_SENTENCE) in a piece of text outside links. */
function carryingWords(text: string): number {
  let words = 0;
  for (const [w] of text.matchAll(LINKED_SENTENCE.word)) {
    if (w[0] !== w[0]!.toUpperCase() && !LINKED_SENTENCE.filler.has(w)) words += 1;
  }
  return words;
}

/** True when the words outside a block's links make it a sentence of the story (LINKED_SENTENCE), not a link list. */
function isLinkedSentence(b: RawBlock): boolean {
  if (!b.outside) return false;
  const tail = carryingWords(b.outside[b.outside.length - 1]!);
  if (tail >= LINKED_SENTENCE.minTailWords) return true;
  // a label ending in a colon before the first link carries nothing: "Don't miss: <a>…?</a>", "Recommended reading:
  // <a>…</a>.", "Trending now: <a>…</a>" are promotions of other stories (regress15 R3)
  const pieces = LINKED_SENTENCE.label.test(b.outside[0]!) && b.outside.length > 1 ? b.outside.slice(1) : b.outside;
  return SENTENCE_END.test(b.text) && pieces.some((piece) => carryingWords(piece) > 0);
}

/**
 * A paragraph the selection left out (clean/outside-body) that the JSON-LD text then brought back is in the text:
 * it leaves doc.removed.
 */
function unlistKept(doc: NewsDoc, kept: Block[]): void {
  const texts = new Set(kept.map((b) => b.text));
  doc.removed = doc.removed.filter((r) => r.rule !== OUTSIDE_BODY || !texts.has(r.text));
}

/** True when `el` is `ancestor` or lies inside it. */
function holds(ancestor: Element, el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parent as Element | null) if (n === ancestor) return true;
  return false;
}

function toBlock(b: RawBlock): Block {
  // the first block of a table keeps its mark (Block.tableStart), for the column headers read by the numbers stage; an
  // interview's question marked by the page (Block.question) travels with its block, to the claims stage
  const out: Block = { tag: b.tag, text: b.text };
  if (b.tableStart) out.tableStart = true;
  if (b.question) out.question = true;
  return out;
}

/** Self-check of the result: boilerplate that leaked through, nothing left, or nearly everything removed. */
function checkResult(doc: NewsDoc, kept: Block[]): void {
  const text = kept.map((b) => b.text).join('\n').toLowerCase();
  if (!text.trim()) {
    addMessage(doc, { severity: 'warning', rule: 'clean/no-content', text: 'no article text was found in this input' });
    return;
  }
  // a leak is a boilerplate-shaped block ("Privacy Policy | Terms of Use", "By signing up, you agree to our Privacy
  // Policy"), not a phrase inside a sentence of a story about a privacy policy
  const short = kept.filter((b) => b.text.length <= LEAK_MAX_BLOCK_CHARS && !REPORTED_SPEECH.test(b.text)).map((b) => b.text.toLowerCase());
  const leaks = LEAK_PHRASES.filter((p) => short.some((t) => t.includes(p)));
  if (leaks.length > 0) {
    addMessage(doc, { severity: 'warning', rule: 'clean/leak', text: `kept text still contains boilerplate phrases: ${leaks.map((l) => `"${l}"`).join(', ')}` });
  }
  const keptChars = text.length;
  // story text can go by a text rule or inside an element a DOM rule dropped ("elementor-widget", "paywall-content")
  const removedChars = doc.removed.filter((r) => isTextRule(r)).reduce((n, r) => n + lostProseChars(r), 0) + (DOM_PROSE.get(doc) ?? 0);
  if (removedChars >= OVER_REMOVAL_MIN_CHARS && removedChars / (removedChars + keptChars) > OVER_REMOVAL_SHARE) {
    addMessage(doc, { severity: 'warning', rule: 'clean/over-removal', text: `the cleaner removed ${Math.round((100 * removedChars) / (removedChars + keptChars))} % of the article text; check with --explain` });
  }
  noteTeaser(doc, kept, keptChars);
  noteExcerpt(doc, kept);
}

/**
 * The mark a feed puts where it cut the item's text: "… by boat. […]", "[&#8230;]" (saved as text, the entity stays),
 * "[...]", "… Read more »". The whole story is not in the input.
 */
const EXCERPT_MARK = /(\[\s*(…|\.{3}|&#8230;|&hellip;)\s*\]|(…|\.{3})\s*(read more|continue reading)\s*[»›→>]*)$/i;

/** The mark closes the block: only its last characters are searched. */
const EXCERPT_MARK_CHARS = 40;

/**
 * A text cut by its feed ("[…]" closing the last block) is an excerpt: the mark goes from the text, and a warning
 * says the record holds only the lead, as extract/truncated does for a cut sentence.
 */
function noteExcerpt(doc: NewsDoc, kept: Block[]): void {
  const last = kept[kept.length - 1];
  const text = last ? last.text.trimEnd() : '';
  const from = Math.max(0, text.length - EXCERPT_MARK_CHARS);
  const mark = EXCERPT_MARK.exec(text.slice(from));
  if (!last || !mark) return;
  last.text = text.slice(0, from + mark.index).trimEnd();
  if (!last.text) kept.pop();
  addMessage(doc, { severity: 'warning', rule: 'clean/excerpt', text: 'the text ends with a feed\'s cut mark ("[…]"): the input holds an excerpt of the article, not the whole story' });
}

/**
 * An offer to read on, in the wordings of metered and hard paywalls: "Subscribe to keep reading", "Subscribe to read
 * the full story", "To continue reading, log in", "Want to keep reading?", "This story is exclusive to subscribers",
 * "You've reached your free article limit". Said of the page itself, never a newsletter's offer ("Subscribe to our
 * morning briefing") or a story's sentence about members.
 */
const TEASER_OFFER = new RegExp([
  // with a word of subscription: a bare "Continue reading" is a read-more link ("Continue reading the main story")
  String.raw`\b(subscri\w*|sign in|log ?in|register|account|membership|free trial)\b.{0,60}\b(keep|continue) reading\b`,
  String.raw`\b(keep|continue) reading\b.{0,60}\b(subscri\w*|sign in|log ?in|register|account|membership|free trial)\b`,
  String.raw`^(want|ready) to (keep|continue) reading\??$`,
  String.raw`\bsubscribe (now |today )?to read (the (full|rest|whole)|more|on|this|all)\b`,
  String.raw`^(this|the) (story|article|content|piece|post|report) is (exclusive|available|reserved|only)( only)? (to|for) (paid |paying |our |digital )?(subscribers|members)\b`,
  String.raw`\b(you(’|')?ve|you have) reached (your|the) (free |monthly |weekly )*(article|story|page|content) limit\b`,
  String.raw`\bfree (article|story) limit\b`,
].join('|'), 'i');

/**
 * Removed blocks that show the story stops at a paywall: the barrier element (<div class="barrier">), an offer to read
 * on (TEASER_OFFER) whichever rule removed it (a heading left alone under the teaser goes as clean/orphan-heading), or a
 * paywall line with a price or a members' word ("Keep reading for $1", "This post is for paid subscribers"). A bare
 * "Already a subscriber? Sign in", which metered sites print under every full story, is not one.
 */
const TEASER_EVIDENCE: readonly { rule?: string; text?: RegExp }[] = [
  { rule: 'clean/paywall-box' },
  { rule: 'clean/paywall', text: /\b(keep|continue) reading\b|\bfor (paid |paying )?(subscribers|members)\b|\b(subscribers|members) only\b|\bunlock\b|\bfree (articles|stories)\b|\bend of (the )?(free )?preview\b|[$€£]\s?\d/i },
  { text: TEASER_OFFER },
];

/** A removed or kept block longer than this is no paywall offer, whatever phrase it holds: it is prose. */
const TEASER_OFFER_MAX_CHARS = 200;

/** The last kept blocks searched for an offer the rules left in the text ("Subscribe to keep reading" over a perks list). */
const TEASER_TAIL_BLOCKS = 4;

/** Kept text shorter than this, above a subscription offer, is a teaser: a paywalled story's first paragraph or two. */
const TEASER_MAX_CHARS = 1200;

/**
 * Kept text shorter than this is a teaser on the JSON-LD's word alone (isAccessibleForFree: false, no offer in the
 * page): a paragraph or two. Metered sites mark every story so, and a complete brief runs to 600–1,200 characters.
 */
const TEASER_LD_MAX_CHARS = 600;

/** Documents whose page says in its JSON-LD that the article is not free to read (isAccessibleForFree: false). */
const NOT_FREE = new WeakSet<NewsDoc>();

/** True when the article's JSON-LD, or a part of it, says it is not free to read: isAccessibleForFree false or "False". */
function isNotFreeLd(article: Record<string, unknown> | null): boolean {
  if (!article) return false;
  const notFree = (v: unknown): boolean => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
  if (notFree(article['isAccessibleForFree'])) return true;
  const parts = article['hasPart'];
  return (Array.isArray(parts) ? parts : [parts]).some((p) => typeof p === 'object' && p !== null && notFree((p as Record<string, unknown>)['isAccessibleForFree']));
}

/**
 * A short text followed by a subscription offer is only the start of the story ("When the first margin call arrived…"
 * then "Keep reading for $1"): the user should know the record covers the teaser, not the article. The offer may be a
 * removed block, one of the last kept blocks, or the page's JSON-LD (isAccessibleForFree: false).
 */
function noteTeaser(doc: NewsDoc, kept: Block[], keptChars: number): void {
  if (keptChars >= TEASER_MAX_CHARS) return;
  const isOffer = (text: string): boolean => text.length <= TEASER_OFFER_MAX_CHARS && TEASER_OFFER.test(text);
  const removedOffer = doc.removed.some((r) => TEASER_EVIDENCE.some((e) => (!e.rule || e.rule === r.rule) && (!e.text || (e.rule ? e.text.test(r.text) : isOffer(r.text)))));
  const keptOffer = kept.slice(-TEASER_TAIL_BLOCKS).some((b) => isOffer(b.text));
  // the page's word alone is weaker: metered sites mark every story not free, short complete briefs too (regress15 R5)
  const ld = NOT_FREE.has(doc) && keptChars < TEASER_LD_MAX_CHARS;
  if (!removedOffer && !keptOffer && !ld) return;
  const why = removedOffer || keptOffer ? 'then a subscription offer' : 'and the page marks the article as not free to read';
  addMessage(doc, { severity: 'warning', rule: 'clean/teaser', text: `only the start of the article was found (${keptChars} characters, ${why}): the rest is behind a paywall, so the record covers the teaser only` });
}

/** A kept block longer than this is prose: a boilerplate phrase inside it is the story's own word (clean/leak). */
const LEAK_MAX_BLOCK_CHARS = 160;

/**
 * A story-like block (prose, a standfirst) outside the part of the page chosen as the article: listed in doc.removed
 * for --explain, but not counted as story text lost (clean/over-removal), as comments and teasers beside the story
 * read as prose too.
 */
const OUTSIDE_BODY = 'clean/outside-body';

/** Removals of text blocks (paragraph rules), as opposed to page furniture (menus, footers) dropped by DOM rules. */
function isTextRule(r: RemovedBlock): boolean {
  return !DOM_RULE_IDS.has(r.rule) && !RELEASE_TAIL_RULES.has(r.rule) && r.rule !== OUTSIDE_BODY;
}

/**
 * Characters of story prose a text rule removed, for clean/over-removal: a block that reads as prose (LOST_STORY: long
 * enough, with a sentence end, no cookie notice), not the headline, a repeat or a link list. "Advertisement" and
 * "Published 3 May 2026" count nothing; a lead paragraph taken by a donation rule counts whole.
 */
function lostProseChars(r: RemovedBlock): number {
  // a standfirst the lead repeats is a copy, like clean/duplicate: nothing of the story is lost
  if (LOST_STORY.notLostRules.has(r.rule) || r.rule === STANDFIRST_REPEAT_RULE) return 0;
  const text = normalizeSpace(r.text);
  return text.length >= LOST_STORY.minChars && LOST_STORY.sentence.test(text) && !isConsentNotice(text) ? text.length : 0;
}

/** True when a removed text opens as a cookie or consent notice (LOST_STORY.consent). */
function isConsentNotice(text: string): boolean {
  return LOST_STORY.consent.test(text.slice(0, LOST_STORY.consentChars));
}

/**
 * A press release's closing sections ("About Corvane Therapeutics", "Forward-Looking Statements", contacts) and what
 * follows them: the issuer's boilerplate, often as long as the release itself, never story text lost.
 */
const RELEASE_TAIL_RULES: ReadonlySet<string> = new Set(['clean/about-company', 'clean/forward-looking', 'clean/press-contacts', 'clean/end-mark']);
