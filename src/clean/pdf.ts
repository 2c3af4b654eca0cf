// Clean stage: reads a PDF converted to HTML (pdftohtml, pdf2htmlEX) as paragraphs: lines joined, hyphenation undone,
// running headers, footers and page numbers dropped, every page taken.
import type { AnyNode, Element } from 'domhandler';
import type { RemovedBlock } from '../doc.js';
import type { RawBlock } from './content.js';
import { normalizeSpace } from './content.js';
import { NON_CONTENT_TAGS } from './rules.js';
import { queryAll, queryFirst } from './select.js';

/** The converters whose HTML is lines on pages, not paragraphs: `<meta name="generator" content="pdftohtml 0.86.1">`. */
const PDF_GENERATOR = /^\s*(pdftohtml|pdf2htmlex)\b/i;
/** The converters' names anywhere in the page, a cheap test before the meta lookup. */
const PDF_CONVERTER_NAME = /pdftohtml|pdf2htmlex/i;
/** Page containers: pdftohtml -c writes `<div id="page1-div">`, pdf2htmlEX `<div class="pf" data-page-no="1">`. */
const PAGE_SELECTOR = 'div[id^="page"][id$="-div"], div.pf[data-page-no]';
/** A pdf2htmlEX text line: `<div class="t m0 x1 h2 y3 …">`, one per line of the page. */
const LINE_CLASS = /(^|\s)t(\s|$)/;

/** True when the page is a PDF converted to HTML: its generator says so, or it has pdftohtml's page divs (the
 *  generator meta is sometimes stripped). Call before the <head> is removed. */
export function isPdfConversion(root: AnyNode, html: string): boolean {
  if (html.includes('id="page1-div"') && html.includes('id="page2-div"')) return true;
  // the meta is looked up only in a page that names a converter somewhere: most pages never do
  if (!PDF_CONVERTER_NAME.test(html)) return false;
  const generator = queryFirst(root, 'meta[name="generator" i]')?.attribs['content'] ?? '';
  return PDF_GENERATOR.test(generator);
}

const NON_CONTENT = new Set(NON_CONTENT_TAGS);
const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'blockquote', 'pre', 'section', 'article', 'dl', 'dt', 'dd']);

/** One block of a page as the converter wrote it: its lines, in order. */
interface PdfBlock {
  lines: string[];
  linkChars: number;
  links: number;
  owner: Element;
  /** Lines written one by one on the page, not inside a paragraph element (pdftohtml without -c, pdf2htmlEX): each
   *  may be a header or a page number on its own. */
  loose: boolean;
}

/** Text that ends a sentence or a labelled line: the next block starts a new paragraph. */
const TERMINAL_END = /[.!?:;…"”’)\]]$/;
/** A line that opens a list item: "• Shelter kits…", "– 14 bridges…", "1. Access", "a) Health". */
const LIST_START = /^([•▪◦●■□➢►\-–—*]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
/** A bare page number, alone on its line at the top or bottom of a page: "3", "- 3 -", "Page 3", "3 of 12", "3/12". */
const PAGE_NUMBER = /^[\s\-–—([]*(page\s+|p\.\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?[\s\-–—)\]]*$/i;
/** A word broken at the end of a line ("evacu-" + "ation centres"), tested on the line's last word only: anchored, it
 *  stays linear on a long run of letters. */
const BROKEN_WORD = /^[^\p{L}]*(\p{L}+)-$/u;
/** The next line goes on with a suspended hyphen: "pro-" + "and anti-government", "short-" + "or long-term". */
const SUSPENDED_HYPHEN = /^(and|or|nor|to|und|oder|et|ou|y|o)\b/;
/**
 * First parts of compounds written with a hyphen: a line ending in one keeps it ("well-" + "known" → "well-known").
 * Any other word broken at a line end is joined without it ("fami-" + "lies" → "families").
 */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'well', 'self', 'ex', 'all', 'half', 'long', 'short', 'high', 'low', 'full', 'part', 'cross', 'far', 'non', 'anti',
  'pro', 'pre', 'post', 'multi', 'semi', 'co', 'mid', 'vice', 'so', 'one', 'two', 'three', 'four', 'five', 'ten',
  'first', 'second', 'third', 'year', 'old', 'large', 'small', 'cease', 'follow', 'e',
]);
/** Lines of a page looked at for running headers, footers and page numbers, at the top and at the bottom. */
const EDGE_LINES = 2;
/** Lines at the top of a page that may hold the document's title. */
const TITLE_LINES = 3;
/** A running header or footer is one line of at most this many characters. */
const EDGE_MAX_CHARS = 150;
/** A line ending a sentence and shorter than this share of its block's longest line ends a paragraph. */
const SHORT_LINE_SHARE = 0.6;

/**
 * The article's blocks from a PDF converted to HTML, every page in order, and what was dropped. The converter writes
 * lines, not paragraphs: "…across Sarum and<br/>Delta provinces…" is one sentence, "evacu-<br/>ation" one word, and
 * "Marenia: Flash Floods Situation Report No. 3" at the top of every page and "2" at the bottom are page furniture.
 */
export function readPdfPages(root: Element, title: string | null): { blocks: RawBlock[]; removed: RemovedBlock[] } {
  const pageEls = queryAll(root, PAGE_SELECTOR);
  const pages = pageEls.length > 0 ? pageEls.flatMap((p) => readPage(p)) : readPage(root);
  const removed: RemovedBlock[] = [];
  dropPageFurniture(pages, title, removed);
  const blocks = joinAcrossBlocks(pages.flat()).flatMap(splitAtParagraphEnds);
  return {
    blocks: blocks.map((b) => {
      const text = joinLines(b.lines);
      return { tag: 'p' as const, text, linkChars: Math.min(b.linkChars, text.length), links: b.links, owner: b.owner, level: 0 };
    }),
    removed,
  };
}

/** The blocks of a page (or of the whole body, whose pages are cut at <hr>: pdftohtml without -c), as lines. */
function readPage(pageEl: Element): PdfBlock[][] {
  const pages: PdfBlock[][] = [[]];
  let lines: string[] = [];
  let line = '';
  let linkChars = 0;
  let links = 0;
  let inLink = 0;
  let owner = pageEl;
  const endLine = (): void => {
    const t = normalizeSpace(line);
    if (t) lines.push(t);
    line = '';
  };
  const endBlock = (): void => {
    endLine();
    if (lines.length > 0) pages[pages.length - 1]!.push({ lines, linkChars, links, owner, loose: owner.name !== 'p' });
    lines = [];
    linkChars = 0;
    links = 0;
  };
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      line += data;
      if (inLink > 0) linkChars += normalizeSpace(data).length;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (NON_CONTENT.has(el.name)) return;
    // one <br> ends a line; a second in a row ends the block ("line<br/><br/>next paragraph")
    if (el.name === 'br') {
      if (normalizeSpace(line)) endLine();
      else endBlock();
      return;
    }
    if (el.name === 'hr') {
      endBlock();
      pages.push([]);
      return;
    }
    if (el.name === 'div' && LINE_CLASS.test(el.attribs['class'] ?? '')) {
      endLine();
      for (const child of el.children) visit(child);
      endLine();
      return;
    }
    if (!BLOCK_TAGS.has(el.name)) {
      if (el.name === 'a') { inLink += 1; links += 1; }
      for (const child of el.children) visit(child);
      if (el.name === 'a') inLink -= 1;
      return;
    }
    endBlock();
    const saved = owner;
    owner = el;
    for (const child of el.children) visit(child);
    endBlock();
    owner = saved;
  };
  for (const child of pageEl.children) visit(child);
  endBlock();
  return pages.filter((p) => p.length > 0);
}

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Running headers change only in their numbers: "Situation Report No. 3 – page 2". */
const furnitureKey = (s: string): string => s.toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, '');

/**
 * Removes, at the top and bottom of each page, bare page numbers, lines repeated at the edge of at least half the
 * pages (two at least), and the document's title set there (alone or over two lines: "Marenia: Flash Floods" /
 * "Situation Report No. 3"). A line counts when it stands alone: a one-line block, or a line of a page written line
 * by line.
 */
function dropPageFurniture(pages: PdfBlock[][], title: string | null, removed: RemovedBlock[]): void {
  interface At { block: PdfBlock; line: number }
  const alone = (at: At): boolean => (at.block.loose || at.block.lines.length === 1) && at.block.lines[at.line]!.length <= EDGE_MAX_CHARS;
  const textOf = (at: At): string => at.block.lines[at.line]!;
  const linesOf = (page: PdfBlock[]): At[] => page.flatMap((block) => block.lines.map((_, line) => ({ block, line })));
  const edgesOf = (page: PdfBlock[]): { top: At[]; all: At[] } => {
    const lines = linesOf(page);
    const n = Math.min(EDGE_LINES, lines.length);
    // the title may take up to TITLE_LINES lines at the top; they must come one after the other
    const top: At[] = [];
    for (const at of lines.slice(0, TITLE_LINES)) { if (!alone(at)) break; top.push(at); }
    return { top, all: [...lines.slice(0, n), ...lines.slice(Math.max(n, lines.length - n))].filter(alone) };
  };
  const pageEdges = pages.map(edgesOf);
  const pagesWith = new Map<string, number>();
  if (pages.length >= 2) {
    for (const edges of pageEdges) {
      for (const key of new Set(edges.all.map((at) => furnitureKey(textOf(at))))) if (key) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
  }
  const titleKey = title ? letters(title) : '';
  pages.forEach((page, p) => {
    const edges = pageEdges[p]!;
    const drop = new Map<At, string>();
    for (const at of edges.all) {
      const line = textOf(at);
      const seen = pagesWith.get(furnitureKey(line)) ?? 0;
      if (PAGE_NUMBER.test(line)) drop.set(at, 'clean/pdf-page-number');
      else if (seen >= 2 && seen >= pages.length / 2) drop.set(at, 'clean/pdf-running-header');
    }
    // the title at the top of a page, on one line or over the first lines
    if (titleKey) {
      let joined = '';
      for (const [i, at] of edges.top.entries()) {
        joined += letters(textOf(at));
        if (!joined || !titleKey.startsWith(joined)) break;
        if (joined === titleKey) {
          for (const t of edges.top.slice(0, i + 1)) if (!drop.has(t)) drop.set(t, 'clean/headline');
          break;
        }
      }
    }
    // later lines first, so that the line numbers of the others stay right
    const ordered = [...drop].sort(([a], [b]) => page.indexOf(b.block) - page.indexOf(a.block) || b.line - a.line);
    for (const [at, rule] of ordered) {
      removed.push({ kind: 'other', rule, text: textOf(at) });
      at.block.lines.splice(at.line, 1);
    }
    for (let i = page.length - 1; i >= 0; i--) if (page[i]!.lines.length === 0) page.splice(i, 1);
  });
}

/**
 * A sentence going on in the next block (the converter's next <p>, or the next page once its header is gone):
 * "…and the main road" / "between Sarum and Port Lessa is cut." is one paragraph. Only a block that does not end a
 * sentence and a next block that starts lower-case are joined: a capitalised start may be a heading.
 */
function joinAcrossBlocks(blocks: PdfBlock[]): PdfBlock[] {
  const out: PdfBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const last = prev?.lines[prev.lines.length - 1];
    if (prev && last && !TERMINAL_END.test(last) && /^\p{Ll}/u.test(b.lines[0]!)) {
      for (const line of b.lines) prev.lines.push(line);
      prev.linkChars += b.linkChars;
      prev.links += b.links;
    } else {
      out.push({ ...b, lines: [...b.lines] });
    }
  }
  return out;
}

/**
 * A block holding several paragraphs or list items (pdftohtml without -c, pdf2htmlEX: one block per page) is cut
 * before a list marker ("• 14 bridges damaged") and after a short line that ends a sentence (a paragraph's last line).
 */
function splitAtParagraphEnds(b: PdfBlock): PdfBlock[] {
  if (b.lines.length < 2) return [b];
  const longest = b.lines.reduce((n, l) => Math.max(n, l.length), 0);
  const out: PdfBlock[] = [];
  let cur: string[] = [];
  b.lines.forEach((line, i) => {
    if (cur.length > 0 && LIST_START.test(line)) { out.push({ ...b, lines: cur }); cur = []; }
    cur.push(line);
    if (i < b.lines.length - 1 && TERMINAL_END.test(line) && line.length < longest * SHORT_LINE_SHARE) { out.push({ ...b, lines: cur }); cur = []; }
  });
  if (cur.length > 0) out.push({ ...b, lines: cur });
  // links counted once, on the first part
  return out.map((part, i) => (i === 0 ? part : { ...part, linkChars: 0, links: 0 }));
}

/** The lines of a paragraph as one text: a word broken at a line end is joined again ("evacu-" + "ation"). */
export function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (const next of lines.slice(1)) {
    const broken = BROKEN_WORD.exec(out.slice(out.lastIndexOf(' ') + 1));
    // checked on the last two characters: a test of the whole paragraph per line would be quadratic on long pages
    const hyphenated = out.endsWith('-') && out.length > 1 && !/\s/.test(out[out.length - 2]!);
    if (hyphenated && /^\p{Ll}/u.test(next)) {
      const part = broken?.[1]?.toLowerCase() ?? '';
      if (SUSPENDED_HYPHEN.test(next)) out += ` ${next}`; // "pro- and anti-government"
      else if (!broken || HYPHEN_PREFIXES.has(part)) out += next; // "well-known", "5,000-strong"
      else out = out.slice(0, -1) + next; // "evacuation"
    } else if (broken && /^[\p{Lu}\p{N}]/u.test(next)) {
      out += next; // "Franco-German", "COVID-19"
    } else {
      out += ` ${next}`;
    }
  }
  return out;
}
