// Clean stage: finds the main content of an HTML page and turns it into text blocks in reading order.
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../doc.js';
import {
  CLASS_WORD_RULES, CONTENT_CLASS_TOKENS, FIGURES_BOX, FOOTNOTE_MARK, NON_CONTENT_TAGS, PAGE_META_LABEL, SUMMARY_BOX, TAG_RULES, type RemovedKind,
} from './rules.js';
import { cfHexFromHref, parseCfEmail } from './cfemail.js';
import { isAttached, matchEach, queryFirst, selectorTest } from './select.js';
import {
  GUARD_SHARE, LINK_LIST_DENSITY, MIN_SCORED_CHARS, SIBLING_SCORE_SHARE, TWIN_MAX_LINK_DENSITY, ARTICLE_ELEMENT_BOOST, MAX_CLIMB_STEPS, CLIMB_MAX_LINK_DENSITY, LEAD_LOOKBACK, LEAD_MIN_CHARS,
} from '../defaults.js';

/** A text block of the page before it is judged: text plus what the scorer needs. */
export interface RawBlock {
  tag: Block['tag'];
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** How many links the block holds. */
  links: number;
  /**
   * The block's text outside its links, set when it holds links, in pieces parted by the links: [before the first
   * link, between the first and the second, …, after the last]. "<a>Mayor Joan Pike</a> voted yes" → ["", " voted yes"];
   * "Read: <a>A</a> · <a>B</a>" → ["Read: ", " · ", ""] (see isLinkedSentence in index.ts).
   */
  outside?: string[];
  /** The nearest block-level element holding the text. */
  owner: Element;
  /** 1–6 for headings, else 0. */
  level: number;
  /** true on the first block of a <table> (see Block.tableStart). */
  tableStart?: true;
  /** Marked by the page as an interview's question (see Block.question and QUESTION_MARKS). */
  question?: true;
}

/** A block dropped by a DOM rule, before text rules run. */
export interface DomRemoval {
  id: string;
  kind: RemovedKind;
  text: string;
  /** Characters of prose paragraphs in the removed element (see holdsProse): story text a DOM rule may have eaten. */
  proseChars: number;
  /**
   * true when the removed element is inline, with no block inside ("<p><span class="tags">Passenger numbers fell…
   * </span></p>", an <a> around a paragraph's words): it sat in the flow of the text, never in the page's frame.
   */
  inline: boolean;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td',
  'th', 'ul', 'caption', 'legend', 'menu', 'br', 'picture', 'time-block',
]);

const NON_CONTENT = new Set(NON_CONTENT_TAGS);

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Plain text of a subtree, without whitespace normalisation (faster than cheerio .text() for our walks). */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  if (NON_CONTENT.has(node.name)) return '';
  let out = '';
  for (const child of node.children) out += rawText(child);
  return out;
}

/**
 * Collapses every whitespace run to one space and trims: block text as emitted. A zero-width space is a break
 * opportunity, not a space: "sol\u200bdiers" reads "soldiers" (the text stage drops it), so it never splits a word.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/g, ' ').trim();
}

/** Words of a class or id token: "article-shareBar_top" → ["article", "share", "bar", "top"], plus "articlesharebartop". */
function classWords(token: string): string[] {
  const spaced = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const words = spaced.split(/[^a-z0-9]+/).filter(Boolean);
  words.push(words.join(''));
  return words;
}

const CLASS_WORD_INDEX: Map<string, (typeof CLASS_WORD_RULES)[number]> = new Map();
for (const rule of CLASS_WORD_RULES) for (const w of rule.words) CLASS_WORD_INDEX.set(w.toLowerCase().replace(/[^a-z0-9]/g, ''), rule);

/** The class-word rule an element's class/id falls under, or null (also null for the article container itself). */
function classRuleOf(el: Element): (typeof CLASS_WORD_RULES)[number] | null {
  const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.trim();
  if (!attrs) return null;
  const tokens = attrs.split(/\s+/);
  for (const t of tokens) if (CONTENT_CLASS_TOKENS.some((re) => re.test(t.toLowerCase()))) return null;
  // a wrapper word ("widget") gives way to a widget word of the same element ("widget widget_newsletter")
  let wrapper: (typeof CLASS_WORD_RULES)[number] | null = null;
  for (const t of tokens) {
    for (const w of classWords(t)) {
      const rule = CLASS_WORD_INDEX.get(w);
      if (rule && !rule.keepProse) return rule;
      wrapper ??= rule ?? null;
    }
  }
  return wrapper;
}

/** Chars of long <p> text per element, for the guard that keeps an "article inside <aside>" (one walk, no selector queries). */
function longParagraphChars(root: Element): { total: number; inside: (el: Element) => number } {
  const below = new Map<Element, number>();
  const walk = (el: Element): number => {
    if (el.name === 'p') {
      const len = normalizeSpace(rawText(el)).length;
      const v = len >= 100 ? len : 0;
      below.set(el, v);
      return v;
    }
    let sum = 0;
    for (const c of el.children) if (isElement(c)) sum += walk(c);
    below.set(el, sum);
    return sum;
  };
  const total = walk(root);
  return { total, inside: (el: Element) => below.get(el) ?? 0 };
}

/** A paragraph of prose: long, ending as a sentence, few of its characters in links. */
const PROSE_MIN_CHARS = 100;
const SENTENCE_END = /[.!?…"”»]\s*$/;

const isProse = (b: RawBlock): boolean => b.text.length >= PROSE_MIN_CHARS && SENTENCE_END.test(b.text) && b.linkChars < b.text.length * 0.1;

/**
 * Characters of prose in the paragraphs under `el`: <p> elements, and block elements holding text with no block inside
 * (a Telegram post is one <div> with "<br><br>" between its paragraphs, as are many forum and e-mail pages). With
 * `firstOnly`, stops at the first prose paragraph. Without it, a lone short blurb ("Click the photo to read his columns
 * on Formula 1…" in a menu) does not count: a piece of the story is two prose paragraphs or a long one.
 */
function proseChars(el: Element, firstOnly = false): number {
  let sum = 0;
  let count = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.name === 'p' || (BLOCK_TAGS.has(node.name) && !hasBlockChild(node))) {
      for (const b of linearize(node)) {
        if (!isProse(b)) continue;
        if (firstOnly) return b.text.length;
        sum += b.text.length;
        count += 1;
      }
      continue;
    }
    for (const c of node.children) if (isElement(c)) stack.push(c);
  }
  return count >= 2 || sum >= 2 * PROSE_PIECE_CHARS ? sum : 0;
}

/**
 * Characters of prose in an inline element with no block inside (isInlineText): its words read as a paragraph's (long,
 * ending as a sentence), whatever share of them is linked ("<a class="related-link">Passenger numbers have fallen by a
 * third since the bridge opened, the board said…</a>" around a whole paragraph). proseChars reads <p> and block
 * elements only, so it found none in "<p><span class="tags">…</span></p>".
 */
function inlineProseChars(text: string): number {
  return text.length >= PROSE_MIN_CHARS && SENTENCE_END.test(text) ? text.length : 0;
}

/** True for an inline element with no block element anywhere inside it: "<span>", "<a>", "<em>" around words. */
function isInlineText(el: Element): boolean {
  if (BLOCK_TAGS.has(el.name)) return false;
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (BLOCK_TAGS.has(c.name) && c.name !== 'br') return false;
      stack.push(c);
    }
  }
  return true;
}

/** True when an element has a block element among its children (a <br> is none): "<div>a<br><br>b</div>" has none. */
const hasBlockChild = (el: Element): boolean => el.children.some((c) => isElement(c) && c.name !== 'br' && BLOCK_TAGS.has(c.name));

/** See proseChars: one prose paragraph counts as removed story text from this length. */
const PROSE_PIECE_CHARS = 150;

/** Removals whose prose is never the story: comment threads, author boxes, cookie notices, hidden elements. */
const NOT_STORY_KINDS: ReadonlySet<RemovedKind> = new Set(['comments', 'author-bio', 'consent']);

/** True when `el` holds a <p> of prose: a wrapper of the story, not a widget ("elementor-widget-text-editor"). */
const holdsProse = (el: Element): boolean => proseChars(el, true) > 0;

/** True when an ancestor of `el` (not `el` itself) passes `test`: `$(el).parents(selector).length > 0`. */
function hasAncestor(el: Element, test: (e: Element) => boolean): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && test(p)) return true;
  return false;
}

/** The word or character just before an element, within its parent ("people" in "3,000 people<sup>2</sup>"). */
function textBefore(el: Element): string {
  for (let n = el.prev; n; n = n.prev) {
    const t = rawText(n);
    if (t.trim()) return t.trimEnd();
    if (t) return ' ';
  }
  return '';
}

/** See FOOTNOTE_MARK: a superscript note number, not an exponent ("km<sup>2</sup>"). */
function isFootnoteMark(el: Element): boolean {
  const text = normalizeSpace(rawText(el));
  const linksToNote = (n: Element): boolean => (n.name === 'a' && FOOTNOTE_MARK.href.test(n.attribs['href'] ?? '')) || n.children.some((c) => isElement(c) && linksToNote(c));
  if (linksToNote(el)) return true;
  if (!FOOTNOTE_MARK.text.test(text)) return false;
  // a bracketed number is never an exponent: "3,400<sup>[3]</sup> hospital admissions"
  if (text.startsWith('[')) return true;
  const before = textBefore(el);
  // an exponent follows a number or a unit symbol: "10<sup>6</sup>", "1,200 km<sup>2</sup>"
  if (!before || /\d$/.test(before)) return false;
  const word = /\p{L}+$/u.exec(before)?.[0];
  return !(word && FOOTNOTE_MARK.unitsBefore.has(word.toLowerCase()));
}

/** The article's own containers: a figures box inside one is the article's. */
const IN_ARTICLE = selectorTest('article, main, [itemprop="articleBody"], [role="main"]');

/** A box of key figures (FIGURES_BOX): a "Key figures" heading over figure lines, or figure lines inside the article. */
function isFiguresBox(el: Element, blocks: RawBlock[] = linearize(el)): boolean {
  if (blocks.length < 2 || blocks.length > 40) return false;
  const isFigure = (text: string): boolean => text.length <= 80 && FIGURES_BOX.lines.some((re) => re.test(text));
  const lines = blocks.filter((b) => b.tag !== 'h' && !FIGURES_BOX.headings.some((re) => re.test(b.text)));
  // a list of links ("1 Council closes pool", "Comments 12") is a list of stories, never the article's figures
  const figures = lines.filter((b) => isFigure(b.text) && b.linkChars < b.text.length / 2).length;
  if (figures === 0) return false;
  const head = blocks[0]!.text;
  if (head.length <= 50 && FIGURES_BOX.headings.some((re) => re.test(head))) return true;
  return figures >= FIGURES_BOX.minLines && figures >= lines.length * FIGURES_BOX.minShare && hasAncestor(el, IN_ARTICLE);
}

/** Cloudflare's obfuscated e-mail links, whose text becomes the address. */
const CF_EMAIL_SELECTOR = '[data-cfemail], a[href*="/cdn-cgi/l/email-protection"]';

/** Decodes a Cloudflare e-mail link in place: the link text becomes the address. */
function decodeCfEmail($: CheerioAPI, el: Element): void {
  const hex = el.attribs['data-cfemail'] ?? cfHexFromHref(el.attribs['href'] ?? '');
  const address = hex ? parseCfEmail(hex) : null;
  if (address) $(el).text(address);
}

/** Drops non-content tags and widget elements (DOM rules); returns what was dropped, with text. */
export function removeBoilerplateElements($: CheerioAPI, options: { removeWidgets: boolean }): DomRemoval[] {
  // One walk finds the e-mail links, the non-content tags and every tag rule's elements. Each rule then takes those
  // still in the page when its turn comes, as `$(rule.selector)` would at that moment: the selectors look at the
  // element and its ancestors only, which earlier removals do not change.
  const [cfEmails, nonContent, sups, headings, ...ruleMatches] = matchEach($.root()[0]!, [CF_EMAIL_SELECTOR, NON_CONTENT_TAGS.join(','), 'sup', 'h2, h3, h4', ...TAG_RULES.map((r) => r.selector)]);
  for (const el of cfEmails!) decodeCfEmail($, el);
  for (const el of nonContent!) $(el).remove();
  const removals: DomRemoval[] = [];
  if (!options.removeWidgets) return removals;
  for (const el of sups!) if (isFootnoteMark(el)) $(el).remove();
  const top = (queryFirst($.root()[0]!, 'body') ?? $.root()[0]) as Element;
  const guard = longParagraphChars(top);
  const isGuarded = (el: Element): boolean => guard.total > 0 && guard.inside(el) >= guard.total * GUARD_SHARE;
  // an aside's blocks, read once for the figures-box check and again, unchanged, for the removal's text
  const blocksOf = new WeakMap<Element, RawBlock[]>();
  const linearized = (el: Element): RawBlock[] => {
    let b = blocksOf.get(el);
    if (!b) blocksOf.set(el, (b = linearize(el)));
    return b;
  };
  const drop = (el: Element, id: string, kind: RemovedKind): void => {
    const text = linearized(el).map((b) => b.text).join(' ');
    // comment threads and author boxes are prose by nature: only other removals can have eaten the story
    const inline = isInlineText(el);
    const prose = NOT_STORY_KINDS.has(kind) || id === 'clean/hidden' ? 0 : inline ? inlineProseChars(text) : proseChars(el);
    if (text) removals.push({ id, kind, text: text.length > 300 ? `${text.slice(0, 300)}…` : text, proseChars: prose, inline });
    $(el).remove();
  };
  TAG_RULES.forEach((rule, i) => {
    for (const el of ruleMatches[i]!) {
      if (el.name === 'body' || el.name === 'html') continue;
      // inside something already removed, by an earlier rule or by this one (a <menu> in a <nav>): its text is
      // already in that removal, and listing it again would count it twice
      if (!isAttached(el)) continue;
      if (rule.guarded && isGuarded(el)) continue;
      if (rule.unlessInside && hasAncestor(el, selectorTest(rule.unlessInside))) continue;
      if (rule.keepFigures && isFiguresBox(el, linearized(el))) { blocksOf.delete(el); continue; } // kept: later removals inside may change it
      drop(el, rule.id, rule.kind);
    }
  });
  const body = top;
  const summaries: Element[][] = [];
  const walk = (el: Element): void => {
    for (const child of [...el.children]) {
      if (!isElement(child)) continue;
      if (isSummaryBox(child)) summaries.push([child]);
      const rule = classRuleOf(child);
      if (rule && !(rule.guarded && isGuarded(child)) && !(rule.keepProse && holdsProse(child)) && !(rule.keepFigures && isFiguresBox(child, linearized(child)))) { drop(child, rule.id, rule.kind); continue; }
      blocksOf.delete(child);
      walk(child);
    }
  };
  if (body) walk(body);
  // "Key takeaways" set as a heading over a list, with no class of its own
  for (const h of headings!) {
    const list = nextElement(h);
    if (list && (list.name === 'ul' || list.name === 'ol') && SUMMARY_BOX.headings.some((re) => re.test(normalizeSpace(rawText(h))))) summaries.push([h, list]);
  }
  if (summaries.length > 0) {
    const page = figureCounts(rawText(top));
    for (const parts of summaries) {
      if (!parts.every(isAttached)) continue;
      const box = figureCounts(parts.map(rawText).join(' '));
      const items = parts.reduce((n, p) => n + linearized(p).length, 0);
      // every figure of the box is said again outside it
      if (items <= SUMMARY_BOX.maxItems + 1 && [...box].every(([f, n]) => (page.get(f) ?? 0) > n)) for (const p of parts) drop(p, SUMMARY_BOX.id, 'other');
    }
  }
  return removals;
}

/** Letters every SUMMARY_BOX word holds one of, for a first test of an element's class and id. */
const SUMMARY_GATE = /takeaway|points|tldr|highlights|bullets|summary/i;

/** See SUMMARY_BOX: an element whose class or id names a summary box ("key-takeaways"). */
function isSummaryBox(el: Element): boolean {
  const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  // one cheap scan first: most elements name no summary box
  if (!SUMMARY_GATE.test(attrs)) return false;
  for (const t of attrs.trim().split(/\s+/)) for (const w of classWords(t)) if (SUMMARY_BOX.words.has(w)) return true;
  return false;
}

/** A figure as written, its thousands commas aside: "146", "1.2", "2,580" → "2580". */
const FIGURE = /\d+(?:[.,]\d+)*/g;

/** How many times each figure appears in a text. */
function figureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(FIGURE)) {
    const f = m[0].replace(/,(?=\d{3}\b)/g, '');
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return counts;
}

/** Where a link stood in the text outside the links (RawBlock.outside): a character no page text holds. */
const LINK_MARK = '\u0000';

/** The first character of a text node that is not white space. */
const FIRST_VISIBLE = /\S/;
/** A lower-case letter: the text after a single <br> goes on with the sentence before it. */
const LOWER_START = /^\p{Ll}/u;
/** Text that ends a sentence or a labelled line: a <br> after it is a line break whatever follows. */
const TERMINAL_END = /[.!?:;…"”»]\s*$/;

/**
 * How a page marks an interview's question when it has no "Q:" (Block.question): the block's whole text inside these
 * inline tags ("<p><strong>Would you join a coalition?</strong></p>" over a plain answer), a block element with one of
 * these class words ("<p class="question">"), or a heading of these levels ending in "?" ("<h3>Why now?</h3>").
 * Only a mark: the claims stage reads a page as an interview when several marked blocks are each followed by answers.
 */
const QUESTION_MARKS = {
  id: 'clean/question-mark',
  boldTags: new Set(['strong', 'b']),
  classWords: new Set(['question', 'interviewer', 'interview-question', 'qa-question']),
  headingLevels: new Set([3, 4]),
};
const WHITESPACE = /\s+/g;
const QUESTION_END = /\?["”’»]?$/;

/**
 * Between the cells of a table row: " | ". Never a plain space, which numbers read as a thousands separator ("63 197"
 * was one number), and visible in the text, so a reader of article.text still sees the columns.
 */
export const CELL_SEPARATOR = ' | ';

/** Between the label and the value of a key-value row (see isKeyValueRow). */
const KEY_VALUE_SEPARATOR = ': ';

/**
 * A table cell used for page layout, not data: it holds block elements (paragraphs, a nested table, a list) or a
 * paragraph break ("<br><br>"). Old sites put the whole story in one <td> and "Most read" in the next: each is a block
 * of its own, scored on its own, never glued into one row.
 */
function isLayoutCell(cell: Element): boolean {
  // the row's other cells follow: "Most read<br>Heat wave…" beside the story's cell is a sidebar, not a data cell
  const row = cell.parent && isElement(cell.parent) && cell.parent.name === 'tr' ? cell.parent : null;
  if (!row) return holdsParagraphs(cell);
  let layout = LAYOUT_ROWS.get(row);
  if (layout === undefined) LAYOUT_ROWS.set(row, (layout = row.children.some((c) => isElement(c) && (c.name === 'td' || c.name === 'th') && holdsParagraphs(c))));
  return layout;
}

/** Rows already judged by isLayoutCell (each row once, not once per cell). */
const LAYOUT_ROWS = new WeakMap<Element, boolean>();

/** Inline wrappers a layout cell's story may sit in: "<td><font face="Verdana">story<br><br>…</font></td>". */
const INLINE_WRAPPERS: ReadonlySet<string> = new Set(['font', 'span', 'b', 'strong', 'i', 'em', 'center', 'small', 'big']);

/** True when a cell holds block elements or a paragraph break ("<br><br>"), looking through inline wrappers. */
function holdsParagraphs(cell: Element): boolean {
  let br = false;
  for (const c of cell.children) {
    if (!isElement(c)) {
      if (c.type === 'text' && FIRST_VISIBLE.test((c as unknown as { data: string }).data)) br = false;
      continue;
    }
    if (c.name === 'br') {
      if (br) return true;
      br = true;
      continue;
    }
    br = false;
    if (BLOCK_TAGS.has(c.name)) return true;
    if (INLINE_WRAPPERS.has(c.name) && holdsParagraphs(c)) return true;
  }
  return false;
}

/**
 * A row of a data table whose names are links, kept by the link-list test: two cells or more, and one of them with
 * text outside any link ("1", "70:12:33" beside linked rider and team). A layout table's menu row, every cell a link
 * ("Home | News | Sport"), is still a link list, and so is a row where one cell holds the story (a layout row, see
 * isLayoutCell): its link cell beside the story is a menu, not data.
 */
export function isDataRow(row: Element): boolean {
  if (row.name !== 'tr') return false;
  let cells = 0;
  let plain = false;
  for (const c of row.children) {
    if (!isElement(c) || (c.name !== 'td' && c.name !== 'th')) continue;
    cells += 1;
    plain ||= hasPlainText(c);
  }
  if (cells < 2 || !plain) return false;
  const first = row.children.find((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
  return !first || !isLayoutCell(first);
}

/** True when some text under `el` sits outside links. */
function hasPlainText(el: Element): boolean {
  for (const c of el.children) {
    if (c.type === 'text' && FIRST_VISIBLE.test((c as unknown as { data: string }).data)) return true;
    if (isElement(c) && c.name !== 'a' && !NON_CONTENT.has(c.name) && hasPlainText(c)) return true;
  }
  return false;
}

/**
 * A row of a key-value table (an infobox, a fact box): a <th> label and one <td> value, "<th scope="row">Houses
 * destroyed</th><td>2,300</td>", read as one "Label: value" line like a <dt>/<dd> pair. Not in a data table whose
 * first row is column headers ("Province | Deaths" over "<th scope="row">Sindh</th><td>24</td>"): there the <th> names
 * the row, not the value, and the row stays "Sindh | 24".
 */
function isKeyValueRow(th: Element): boolean {
  const row = th.parent && isElement(th.parent) && th.parent.name === 'tr' ? th.parent : null;
  if (!row) return false;
  const cells = rowCells(row);
  if (!(cells.length === 2 && cells[0] === th && cells[1]!.name === 'td')) return false;
  const table = closestTable(row);
  return !table || !hasColumnHeaderRow(table);
}

/** The <td>/<th> cells of a row. */
function rowCells(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

/** The <table> a row belongs to (through <thead>/<tbody>). */
function closestTable(row: Element): Element | null {
  for (let p = row.parent; p && isElement(p); p = p.parent) if (p.name === 'table') return p;
  return null;
}

/** Tables already judged by hasColumnHeaderRow. */
const HEADER_TABLES = new WeakMap<Element, boolean>();

/** True when the table's first row is two header cells or more, all <th>: "<tr><th>Province</th><th>Deaths</th></tr>". */
function hasColumnHeaderRow(table: Element): boolean {
  let known = HEADER_TABLES.get(table);
  if (known !== undefined) return known;
  let first: Element | null = null;
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (first || !isElement(c)) continue;
      if (c.name === 'tr') first = c;
      else if (c.name === 'thead' || c.name === 'tbody') walk(c);
    }
  };
  walk(table);
  const cells = first ? rowCells(first) : [];
  known = cells.length >= 2 && cells.every((c) => c.name === 'th');
  HEADER_TABLES.set(table, known);
  return known;
}

/** The next sibling element, text between them skipped. */
function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (isElement(n)) return n;
  return null;
}

/** A <dd> longer than this holds an answer or an explanation, not an infobox value ("114", "Second quarter of 2026"). */
const MAX_INLINE_VALUE_CHARS = 80;

/**
 * A <dt> whose value follows in a short <dd>: "Dead" / "114" read as "Dead: 114". Not a question ("Why have prices gone
 * up so much?" over a paragraph answer: a Q&A keeps two blocks), not a long <dd>, and not a page-metadata label
 * ("Originally published" / "12 May 2026", see PAGE_META_LABEL), which stays out of the text as before.
 */
function isInlineTerm(dt: Element): boolean {
  const dd = nextElement(dt);
  if (dd === null || dd.name !== 'dd' || hasBlockChild(dt) || hasBlockChild(dd)) return false;
  const term = normalizeSpace(textOf(dt));
  if (term.endsWith('?') || PAGE_META_LABEL.test(term)) return false;
  return normalizeSpace(textOf(dd)).length <= MAX_INLINE_VALUE_CHARS;
}

/** The text under an element, as written. */
function textOf(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += (c as unknown as { data: string }).data;
    else if (isElement(c) && !NON_CONTENT.has(c.name)) out += textOf(c);
  }
  return out;
}

/** A term that already ends with its own mark: "Dead:" or "Status —" takes no added colon. */
const TERM_END = /[:：—–-]\s*$/;

/** Splits a subtree into text blocks at block-level boundaries ("<div>a</div><div>b</div>" → two blocks, never "ab"). */
export function linearize(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let links = 0;
  // the text nodes outside links (RawBlock.outside)
  let outside: string[] = [];
  let owner: Element = root;
  const ctx = { tag: 'p' as Block['tag'], level: 0, inLink: 0, inPre: 0, inBold: 0 };
  // visible characters of the block inside <strong>/<b> (QUESTION_MARKS)
  let boldChars = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    const text = ctx.inPre > 0 ? raw.replace(/^\s*\n|\s+$/g, '') : normalizeSpace(raw);
    if (text) {
      const block: RawBlock = { tag: ctx.tag, text, linkChars: Math.min(linkChars, text.length), links, owner, level: ctx.level };
      if (isMarkedQuestion(block, boldChars)) block.question = true;
      if (links > 0) block.outside = outside.join('').split(LINK_MARK);
      blocks.push(block);
    }
    parts = [];
    outside = [];
    linkChars = 0;
    links = 0;
    boldChars = 0;
    cellEnded = false;
  };
  // true after a table cell closed: the next cell's text starts with `cellSeparator`
  let cellEnded = false;
  let cellSeparator = CELL_SEPARATOR;
  // <dd> elements already read with their <dt>
  const joinedValues = new Set<Element>();
  // <table> elements being read, whose first block is marked once they are done (Block.tableStart)
  const openedTables = new Set<Element>();

  // A <br> waiting for the text after it to decide what it was. Two in a row end the paragraph ("a<br><br>b"); one
  // before a lower-case word continues a wrapped sentence, read as a space ("Karim said 8 people<br>died in Homs.");
  // one before anything else is a line of its own, as before ("24.01.2022 11:38<br>Category: News", bylines, addresses).
  let pendingBr = false;
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (pendingBr) {
        const first = FIRST_VISIBLE.exec(data);
        if (first) {
          pendingBr = false;
          if (LOWER_START.test(first[0]) && !TERMINAL_END.test(parts.join(''))) parts.push(' ');
          else flush();
        }
      }
      // the separator goes between two cells that hold text: no leading, trailing or doubled one for empty cells
      if (cellEnded && FIRST_VISIBLE.test(data)) {
        cellEnded = false;
        if (parts.some((p) => FIRST_VISIBLE.test(p))) {
          // "Houses destroyed: 2,300", no space before the colon
          if (cellSeparator === KEY_VALUE_SEPARATOR) parts = [parts.join('').trimEnd()];
          parts.push(cellSeparator);
        }
      }
      parts.push(data);
      if (ctx.inLink > 0) linkChars += normalizeSpace(data).length;
      else outside.push(data);
      if (ctx.inBold > 0) boldChars += data.replace(WHITESPACE, '').length;
      return;
    }
    if (!isElement(node)) return;
    const name = node.name;
    if (NON_CONTENT.has(name)) return;
    if (name === 'br') {
      if (pendingBr) { flush(); pendingBr = false; } else pendingBr = true;
      return;
    }
    // A table row is one block, its cells separated by CELL_SEPARATOR: "1 | Kyle Busch | 5040 | 5". With a plain
    // space, the row "Total 63 197 2,580" read 63 deaths and 197 injured as the number 63,197. A layout cell (one
    // holding paragraphs, see isLayoutCell) is a block of its own instead, like a <div>.
    if ((name === 'td' || name === 'th') && !isLayoutCell(node)) {
      parts.push(' ');
      for (const child of node.children) visit(child);
      parts.push(' ');
      cellSeparator = name === 'th' && isKeyValueRow(node) ? KEY_VALUE_SEPARATOR : CELL_SEPARATOR;
      cellEnded = true;
      return;
    }
    // Two tables in a row ("Party | Seats" over three rows, then a headerless "Registered voters | 4.2 million" table)
    // are rows of one run in the text: the first block of each table is marked (Block.tableStart), so a column header
    // is never read over into the next table. The table itself is read by the block path below.
    if (name === 'table' && !openedTables.has(node)) {
      openedTables.add(node);
      const first = blocks.length;
      visit(node);
      if (blocks.length > first) blocks[first]!.tableStart = true;
      return;
    }
    // "<dt>Dead</dt><dd>114</dd>": the term and its value are one line, "Dead: 114", not two contextless blocks
    if (name === 'dt' && isInlineTerm(node)) {
      const dd = nextElement(node)!;
      flush();
      pendingBr = false;
      const saved = { tag: ctx.tag, owner };
      owner = dd;
      if (ctx.tag !== 'quote') ctx.tag = 'li';
      for (const child of node.children) visit(child);
      if (!TERM_END.test(parts.join(''))) parts.push(': ');
      else parts.push(' ');
      for (const child of dd.children) visit(child);
      joinedValues.add(dd);
      flush();
      pendingBr = false;
      ctx.tag = saved.tag; owner = saved.owner;
      return;
    }
    if (name === 'dd' && joinedValues.has(node)) return;
    if (!BLOCK_TAGS.has(name)) {
      if (name === 'a') { ctx.inLink += 1; links += 1; outside.push(LINK_MARK); }
      const bold = QUESTION_MARKS.boldTags.has(name);
      if (bold) ctx.inBold += 1;
      for (const child of node.children) visit(child);
      if (name === 'a') ctx.inLink -= 1;
      if (bold) ctx.inBold -= 1;
      return;
    }
    flush();
    pendingBr = false;
    const saved = { tag: ctx.tag, level: ctx.level, inPre: ctx.inPre, owner };
    owner = node;
    if (/^h[1-6]$/.test(name)) { ctx.tag = 'h'; ctx.level = Number(name[1]); }
    else if (name === 'li' || name === 'dt' || name === 'dd') { if (ctx.tag !== 'quote') ctx.tag = 'li'; }
    else if (name === 'blockquote') ctx.tag = 'quote';
    else if (name === 'pre') { ctx.tag = 'pre'; ctx.inPre += 1; }
    for (const child of node.children) visit(child);
    flush();
    pendingBr = false;
    ctx.tag = saved.tag; ctx.level = saved.level; ctx.inPre = saved.inPre; owner = saved.owner;
  };

  for (const child of root.children) visit(child);
  flush();
  return blocks;
}

/** A block the page marks as an interview's question (QUESTION_MARKS); `boldChars`: its visible characters in bold. */
function isMarkedQuestion(b: RawBlock, boldChars: number): boolean {
  if (b.tag === 'h') return QUESTION_MARKS.headingLevels.has(b.level) && QUESTION_END.test(b.text);
  if (boldChars > 0 && boldChars >= b.text.replace(WHITESPACE, '').length) return true;
  const cls = b.owner.attribs?.['class']; // the root of a fragment has no attributes
  return cls !== undefined && cls.split(WHITESPACE).some((w) => QUESTION_MARKS.classWords.has(w.toLowerCase()));
}

/** Positive class/id words of article containers ("entry-content", "article-body"): a bonus for the candidate. */
const POSITIVE_WORDS = new Set(['article', 'body', 'content', 'entry', 'main', 'post', 'text', 'story', 'blog', 'hentry', 'articlebody']);

function classBonus(el: Element): number {
  const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.trim();
  if (!attrs) return 0;
  for (const t of attrs.split(/\s+/)) for (const w of classWords(t)) if (POSITIVE_WORDS.has(w)) return 25;
  if (el.attribs['itemprop'] === 'articleBody') return 25;
  return 0;
}

const COMMA = /[,，、،;]/g;

/** How much a paragraph says it is prose: commas, length (capped), minus links. */
function paragraphScore(block: RawBlock): number {
  if (block.tag === 'h' || block.text.length < MIN_SCORED_CHARS) return 0;
  const commas = block.text.match(COMMA)?.length ?? 0;
  const base = 1 + commas + Math.min(Math.floor(block.text.length / 100), 3);
  const weight = block.tag === 'li' ? 0.5 : 1;
  return base * weight * (1 - block.linkChars / block.text.length);
}

/** A <p>, or an element used as one: <div class="body__paragraph">text with <a>links</a></div> (no block children). */
function isParagraphLike(el: Element): boolean {
  if (el.name === 'p' || el.name === 'blockquote' || el.name === 'pre') return true;
  const hasBlockChild = (node: Element): boolean => node.children.some((c) => isElement(c) && c.name !== 'br' && (BLOCK_TAGS.has(c.name) || hasBlockChild(c)));
  return !hasBlockChild(el);
}

/** The element marked as the article when the page has exactly one: itemprop=articleBody, else <article>. */
function singleArticleElement(root: Element): Element | null {
  const bodies: Element[] = [];
  const articles: Element[] = [];
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.attribs['itemprop'] === 'articleBody') bodies.push(c);
      if (c.name === 'article') articles.push(c);
      walk(c);
    }
  };
  walk(root);
  if (bodies.length === 1) return bodies[0]!;
  const outer = articles.filter((a) => !articles.some((b) => b !== a && isInside(a, b)));
  return outer.length === 1 ? outer[0]! : null;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Stats per element: score given by its paragraphs, and chars/link chars below it. */
interface Stats { score: number; chars: number; linkChars: number; mass: number }

function statsOf(map: Map<Element, Stats>, el: Element): Stats {
  let s = map.get(el);
  if (!s) { s = { score: 0, chars: 0, linkChars: 0, mass: 0 }; map.set(el, s); }
  return s;
}

/**
 * Picks the elements that hold the article: the best-scored container (paragraph scores flow to parent ×1,
 * grandparent ×½, higher ancestors less), plus siblings that score close to it (multi-part bodies split by ads).
 * Returns the kept blocks in reading order; `leftOut`, when given, receives the story-like blocks it did not keep, and
 * `repeats` the standfirsts it dropped because the lead says the same (STANDFIRST_REPEAT).
 */
export function selectMainBlocks(
  blocks: RawBlock[], root: Element, isTitle: (text: string) => boolean = () => false, leftOut?: RawBlock[], repeats?: RawBlock[],
): RawBlock[] {
  if (blocks.length === 0) return [];
  const stats = new Map<Element, Stats>();
  const ancestorsOf = new Map<RawBlock, Element[]>();
  for (const block of blocks) {
    const chain: Element[] = [];
    for (let el: Element | null = block.owner; el; el = el.parent && isElement(el.parent) ? el.parent : null) {
      chain.push(el);
      if (el === root) break;
    }
    ancestorsOf.set(block, chain);
    for (const el of chain) {
      const s = statsOf(stats, el);
      s.chars += block.text.length;
      s.linkChars += block.linkChars;
    }
    const score = paragraphScore(block);
    if (score <= 0) continue;
    for (const el of chain) statsOf(stats, el).mass += score;
    // chain[0] is the paragraph's own element; its container is chain[1]
    for (let level = 1; level < Math.min(chain.length, 6); level += 1) {
      const divider = level === 1 ? 1 : level === 2 ? 2 : (level - 1) * 3;
      statsOf(stats, chain[level]!).score += score / divider;
    }
    if (block.owner.name !== 'p' && block.owner !== root) statsOf(stats, block.owner).score += score * 0.5;
  }

  const articleEl = singleArticleElement(root);
  let top: Element | null = null;
  let topScore = 0;
  const finalScore = new Map<Element, number>();
  for (const [el, s] of stats) {
    if (s.score <= 0) continue;
    const density = s.chars > 0 ? s.linkChars / s.chars : 0;
    // a class like "entry-content" tips a close call; it must not lift a byline box over the article
    let f = (classBonus(el) > 0 ? s.score * 1.3 + 3 : s.score) * (1 - density);
    // the page's one <article> (or articleBody) holds the story; an author box or teaser grid beside it does not
    if (articleEl && (el === articleEl || isInside(el, articleEl))) f *= ARTICLE_ELEMENT_BOOST;
    finalScore.set(el, f);
    if (f > topScore) { top = el; topScore = f; }
  }
  if (!top) return blocks.filter((b) => b.linkChars / b.text.length < LINK_LIST_DENSITY);
  const keep = gatherAround(top, topScore, blocks, root, stats, finalScore, ancestorsOf, isTitle);
  const repeated = dropRepeatedStandfirsts(blocks, keep);
  if (repeats) repeats.push(...repeated);
  // story-like blocks the selection left out (a prose paragraph, a standfirst) are listed, so --explain shows them
  if (leftOut) for (let i = 0; i < blocks.length; i += 1) if (!keep[i] && !repeated.includes(blocks[i]!) && isStoryLike(blocks[i]!, blocks[i - 1])) leftOut.push(blocks[i]!);
  return blocks.filter((_, i) => keep[i]);
}

/** Which blocks the article holds (one flag per block): the top container, its kin and the lead above it. */
function gatherAround(
  start: Element, startScore: number, blocks: RawBlock[], root: Element, stats: Map<Element, Stats>,
  finalScore: Map<Element, number>, ancestorsOf: Map<RawBlock, Element[]>, isTitle: (text: string) => boolean,
): boolean[] {
  let top = start;
  let topScore = startScore;

  // Climb while the parent only adds prose: a body whose paragraphs each sit in their own wrapper
  // (<div class="paragraph"><h2>…</h2><div><p>…</p></div></div> × n) is held by an ancestor, not by one wrapper.
  // Stop at link-heavy additions (teaser lists), at the page's single <article>, and below <body>.
  const articleEl = singleArticleElement(root);
  // inside the page's one <article>, the whole article is the container; link lists in it are dropped block by block
  if (articleEl && articleEl.name === 'article' && isInside(top, articleEl)) top = articleEl;
  for (let step = 0; step < MAX_CLIMB_STEPS; step += 1) {
    // <article> and <main> are the page's own word on where the story ends
    if (top === articleEl || top === root || top.name === 'article' || top.name === 'main' || top.attribs['itemprop'] === 'articleBody') break;
    const parent: Element | null = top.parent && isElement(top.parent) ? top.parent : null;
    if (!parent || parent === root || parent.name === 'body' || parent.name === 'html') break;
    const p = statsOf(stats, parent);
    const t = statsOf(stats, top);
    const addedChars = p.chars - t.chars;
    const addedLinks = p.linkChars - t.linkChars;
    const addedMass = p.mass - t.mass;
    const prose = addedChars === 0 || (addedLinks / addedChars < CLIMB_MAX_LINK_DENSITY && (addedMass > 0 || addedChars < 100));
    if (!prose) break;
    top = parent;
    topScore = Math.max(topScore, finalScore.get(parent) ?? 0);
  }

  // Siblings of the top candidate that score close to it, or are prose paragraphs themselves
  const included = new Set<Element>([top]);
  const parent = top.parent && isElement(top.parent) ? top.parent : null;
  if (parent) {
    const threshold = Math.max(10, topScore * SIBLING_SCORE_SHARE);
    for (const sib of parent.children) {
      if (!isElement(sib) || sib === top) continue;
      const f = finalScore.get(sib) ?? 0;
      const s = stats.get(sib);
      if (f >= threshold) { included.add(sib); continue; }
      if (s && s.chars > 0 && isParagraphLike(sib)) {
        const density = s.linkChars / s.chars;
        if ((s.chars > 80 && density < 0.25) || (density === 0 && s.chars > 20)) included.add(sib);
      }
    }
  }
  // Twins: a body cut into chunks by ads or pull quotes repeats its container's class
  // (<div class="body__container"> … ad … <div class="body__container">): every chunk with prose joins.
  // The document root has no attribs ("the<pre …>" with no <body>): it has no signature.
  const signature = (el: Element): string => (el.attribs?.['class'] ? `${el.name}.${el.attribs['class'].trim().split(/\s+/).sort().join('.')}` : '');
  const sig = signature(top);
  if (sig) {
    for (const [el, s] of stats) {
      if (el === top || included.has(el) || signature(el) !== sig) continue;
      if (s.score > 0 && s.chars > 0 && s.linkChars / s.chars < TWIN_MAX_LINK_DENSITY) included.add(el);
    }
  }
  const keep = blocks.map((b) => ancestorsOf.get(b)!.some((el) => included.has(el)));
  addLead(blocks, keep, isTitle);
  return keep;
}

/** A block read as the story's: a prose paragraph (isProse) or a standfirst (STANDFIRST). */
const isStoryLike = (b: RawBlock, prev: RawBlock | undefined): boolean => isProse(b) || isStandfirst(b, prev);

/**
 * A standfirst (dek, subtitle) set above the body: a block under an element with one of these class words
 * ("<p class="c-article-header__standfirst">", "<div class="dek"><p>…</p></div>"), or the paragraph right under the
 * <h1>. It joins the text whether or not it ends in a stop: UK outlets and live blogs write it without one ("Union
 * leaders say no new offer has been made, while the operator accuses them of moving the goalposts").
 */
const STANDFIRST = {
  id: 'clean/standfirst',
  /** Class/id words (see classWords): "standfirst", "article-dek", "sub-headline", "entry-summary", "story-intro". */
  classWords: new Set(['standfirst', 'dek', 'subtitle', 'subheadline', 'subhead', 'summary', 'intro', 'strapline']),
  /** Elements searched for a class word: the block's own and this many above it. */
  ancestors: 2,
  /**
   * A standfirst is a sentence: this many words with a lower-case letter at least ("Amber wind warning in force until
   * 9pm"), not a label or a date line ("Posted: Fri 6:45 PM, Feb 16, 2018").
   */
  minWords: 6,
  /**
   * Notices printed under the headline where a standfirst stands, which are no part of the story: "This article is
   * more than 5 years old", "We may earn a commission from links on this page", "This article was translated from
   * Spanish", "Sponsored content" (regress15 R4).
   */
  notNotice: /^(?:this (?:article|story|piece|content|page|post) (?:is|was|has|may|contains)\b|(?:we|the site|this site) (?:may )?(?:earn|receive)s? (?:a )?(?:commission|compensation)|(?:sponsored|paid|partner|promoted) (?:content|post|feature|by)\b|(?:advertisement|advertorial|affiliate (?:links?|disclosure))\b|(?:editor['’]s note|disclosure|correction|update)\s*:)/iu,
};
const WORD_SPLIT = /\s+/;
const LOWER_CASE = /\p{Ll}/u;

/** True when an element or one of its STANDFIRST.ancestors nearest ancestors has a standfirst class word. */
function hasStandfirstClass(el: Element): boolean {
  let n: Element | null = el;
  for (let i = 0; n && i <= STANDFIRST.ancestors; i += 1, n = n.parent && isElement(n.parent) ? n.parent : null) {
    const attrs = `${n.attribs?.['class'] ?? ''} ${n.attribs?.['id'] ?? ''}`.trim();
    if (!attrs) continue;
    for (const t of attrs.split(WORD_SPLIT)) for (const w of classWords(t)) if (STANDFIRST.classWords.has(w)) return true;
  }
  return false;
}

/** More than a tenth of the block's characters in links: a byline link, a share bar, a box of links; not a lead. */
const isLinkHeavy = (b: RawBlock): boolean => b.linkChars / b.text.length > 0.1;

/** True when `b` is a standfirst (STANDFIRST); `prev` is the block before it. */
function isStandfirst(b: RawBlock, prev: RawBlock | undefined): boolean {
  if ((b.tag !== 'p' && b.tag !== 'h') || b.linkChars > b.text.length / 2) return false;
  // words, not figures: "Posted: Fri 6:45 PM, Feb 16, 2018 |" under the <h1> is a date line
  let words = 0;
  for (const w of b.text.split(WORD_SPLIT)) if (LOWER_CASE.test(w)) words += 1;
  if (words < STANDFIRST.minWords || STANDFIRST.notNotice.test(b.text)) return false;
  return (b.tag === 'p' && prev?.tag === 'h' && prev.level === 1) || hasStandfirstClass(b.owner);
}

/**
 * The standfirst often sits outside the body container, just above it (in the article header, after the byline).
 * Walking back from the first kept block, a standfirst (STANDFIRST) and prose paragraphs join; short lines (bylines,
 * dates) are stepped over; a heading, a link-heavy block or LEAD_LOOKBACK blocks end the walk. A short link-heavy line
 * ("By <a>Jane Holt</a>", a share bar's label) between the standfirst and the body is stepped over too, but beyond it
 * only a standfirst joins.
 */
function addLead(blocks: RawBlock[], keep: boolean[], isTitle: (text: string) => boolean): void {
  const first = keep.indexOf(true);
  if (first <= 0) return;
  let standfirstOnly = false;
  for (let j = first - 1; j >= Math.max(0, first - LEAD_LOOKBACK); j -= 1) {
    const b = blocks[j]!;
    if (isTitle(b.text)) return;
    if (isStandfirst(b, blocks[j - 1])) {
      keep[j] = true;
      continue;
    }
    if (isLinkHeavy(b)) {
      if (b.text.length >= LEAD_MIN_CHARS) return;
      standfirstOnly = true;
      continue;
    }
    // a subtitle set as <h2> is a standfirst when it reads as a sentence: long, many words
    if (b.tag === 'h') {
      if (b.text.length < LEAD_MIN_CHARS || b.text.split(/\s+/).length < 12) {
        // the label of a box of links ("Key events" over its linked entries) is stepped over with the box
        const next = blocks[j + 1];
        if (j + 1 < first && next && isLinkHeavy(next)) { standfirstOnly = true; continue; }
        return;
      }
      if (!standfirstOnly) keep[j] = true;
      continue;
    }
    if (standfirstOnly) continue;
    // a sentence-final mark, or long enough to be prose anyway ("In Reichenbach … wird eine neue Idee erprobt:")
    if (b.text.length >= LEAD_MIN_CHARS && (b.tag === 'p' || b.tag === 'quote') && (/[.!?…»“"”]\s*$/.test(b.text) || b.text.length >= 2 * LEAD_MIN_CHARS)) keep[j] = true;
  }
}

/**
 * A standfirst that only repeats the lead: the dek is the first half of the first sentence ("Engineers began repairs on
 * the bridge on Monday" over "Engineers began repairs on the bridge on Monday after a barge struck it, …"), or restates
 * a sentence of the first paragraphs ("Repairs will take six weeks and cost $2.4 million, the director said" over
 * "Repairs will take six weeks and cost $2.4 million, the director, Helen Marsh, said on Monday."). Kept, its figures
 * and its claim would be counted twice (regress15 M1). It is left out of the text and listed under this id.
 *
 * The measure is containment, not similarity: the share of the standfirst's distinct words (normalized: lower case,
 * runs of letters and digits, so "$2.4" is "2" and "4" and "city's" is "city" and "s") found anywhere in the first
 * `leadParagraphs` body paragraphs, whose own length does not matter. As a set, not in order: a dek often moves the
 * attribution ("…, the director said" over "The director said the work would …") and still adds nothing. All of
 * them (minShare), as a dek that says something new brings words of its own: "Payments were not declared in the
 * government's register of interests" over "The payments … were not declared in the register of interests" (9 of
 * 11) stays, and so does a paraphrase ("Repairs to take six weeks, cost put at $2.4 million, with one lane open by
 * Christmas", 13 of 17). One figure or name the lead lacks keeps it whatever its other words (hasNewFact).
 */
const STANDFIRST_REPEAT = {
  id: 'clean/standfirst-repeat',
  /** Body paragraphs (p or quote, STANDFIRST.minWords words at least) the standfirst is compared with. */
  leadParagraphs: 3,
  /**
   * Share of the standfirst's distinct words that must be in those paragraphs: all of them. A dek's news is often one
   * verb the body never repeats: "The council leader says she will resign if the deal is not approved" over a body
   * that never says "resign" stays (regress16 R4; every repeat dropped on the 791 test inputs had them all).
   */
  minShare: 1,
  /** Longer standfirsts are a summary of their own, not a repeat; also caps the work. */
  maxWords: 80,
};
export const STANDFIRST_REPEAT_RULE = STANDFIRST_REPEAT.id;
const WORD_TOKEN = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const CAPITALIZED = /^\p{Lu}/u;

/** The distinct words of a text, lower case (see STANDFIRST_REPEAT). */
function wordSet(text: string, into: Set<string> = new Set()): Set<string> {
  for (const m of text.toLowerCase().matchAll(WORD_TOKEN)) into.add(m[0]);
  return into;
}

/**
 * True when the standfirst holds a figure or a name the lead lacks: "… collapsed at Fishguard in 2022" over a lead
 * that never names Fishguard says where it happened. A name is a capitalized word after the first.
 */
function hasNewFact(text: string, lead: Set<string>): boolean {
  let first = true;
  for (const m of text.matchAll(WORD_TOKEN)) {
    const w = m[0];
    const name = !first && CAPITALIZED.test(w);
    first = false;
    if ((name || DIGIT.test(w)) && !lead.has(w.toLowerCase())) return true;
  }
  return false;
}

/** True when a block counts as a body paragraph for STANDFIRST_REPEAT: prose-sized, set as a paragraph. */
function isLeadParagraph(b: RawBlock): boolean {
  if (b.tag !== 'p' && b.tag !== 'quote') return false;
  let words = 0;
  for (const w of b.text.split(WORD_SPLIT)) if (LOWER_CASE.test(w) && (words += 1) >= STANDFIRST.minWords) return true;
  return false;
}

/**
 * Unflags the kept standfirsts above the body that repeat its first paragraphs (STANDFIRST_REPEAT); returns them. A
 * standfirst is a candidate until the first body paragraph that is no standfirst, and only outside the container of
 * the body paragraphs it is compared with.
 */
function dropRepeatedStandfirsts(blocks: RawBlock[], keep: boolean[]): RawBlock[] {
  const dropped: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    if (!keep[i]) continue;
    const b = blocks[i]!;
    if (!isStandfirst(b, blocks[i - 1])) {
      if (isLeadParagraph(b)) break;
      continue;
    }
    const own = wordSet(b.text);
    if (own.size === 0 || own.size > STANDFIRST_REPEAT.maxWords) continue;
    const lead = new Set<string>();
    let taken = 0;
    let sameContainer = false;
    for (let j = i + 1; j < blocks.length && taken < STANDFIRST_REPEAT.leadParagraphs; j += 1) {
      if (!keep[j] || !isLeadParagraph(blocks[j]!)) continue;
      if (taken === 0) sameContainer = blocks[j]!.owner.parent === b.owner.parent;
      wordSet(blocks[j]!.text, lead);
      taken += 1;
    }
    // a dek sits apart from the body, in the header or above the body's own container; a paragraph beside the body's
    // paragraphs is the story's lead, even when the next paragraphs reuse its words ("Strong winds and heavy rain have
    // caused travel disruption across the region." under the <h1>, or a <p class="intro"> opening the body: regress16 R1)
    if (taken === 0 || sameContainer) continue;
    let found = 0;
    for (const w of own) if (lead.has(w)) found += 1;
    if (found >= own.size * STANDFIRST_REPEAT.minShare && !hasNewFact(b.text, lead)) {
      keep[i] = false;
      dropped.push(b);
    }
  }
  return dropped;
}
