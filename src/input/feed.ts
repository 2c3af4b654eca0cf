// Input stage: lists the article links of an RSS 2.0 / RSS 1.0 / Atom feed or a (news) sitemap, with each item's title and date.
import * as cheerio from 'cheerio/slim';
import { InputError } from '../errors.js';

/** A cheerio selection of XML elements (cheerio does not export its element type by name). */
type Sel = ReturnType<ReturnType<cheerio.CheerioAPI['root']>['contents']>;

/** One article link found in a feed. */
export interface FeedItem {
  /** Absolute URL of the article. */
  url: string;
  /** The item's title as the feed gives it, or null. */
  title: string | null;
  /** The item's date as ISO 8601, or null when absent or unreadable. */
  published: string | null;
}

/** A parsed feed. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'sitemap' | 'sitemap-index';
  title: string | null;
  items: FeedItem[];
  /** Items left out for want of a usable http(s) link (none, "javascript:…", unparseable). */
  dropped: number;
}

/**
 * Where each format keeps its items, links, titles and dates, as data (selectors run in cheerio's XML mode).
 * Dates are tried in order: an Atom entry with only <updated> still gets a date.
 */
const FORMATS: {
  id: Feed['format'];
  root: string;
  title: string;
  item: string;
  /** The item's link and the element it was read from (its xml:base applies), or null. */
  link: ((item: Sel) => { href: string; at: Sel } | null);
  itemTitle: string[];
  date: string[];
}[] = [
  {
    id: 'rss',
    root: 'rss',
    title: 'rss > channel > title',
    item: 'rss > channel > item',
    // <link> is the article; a permalink <guid> stands in when <link> is missing. RSS 2.0 wants a permalink guid to
    // be a full URL: "<guid>12345</guid>" (isPermaLink left out by many small CMSs) is an id, not a path to fetch.
    link: (item) => {
      const link = item.children('link');
      const href = text(link);
      if (href !== null) return { href, at: link };
      const guid = item.children('guid');
      const id = guid.attr('isPermaLink') !== 'false' ? text(guid) : null;
      return id !== null && ABSOLUTE_HTTP.test(id) ? { href: id, at: guid } : null;
    },
    itemTitle: ['title'],
    date: ['pubDate', 'dc\\:date', 'date'],
  },
  {
    id: 'atom',
    root: 'feed',
    title: 'feed > title',
    item: 'feed > entry',
    link: pickAtomLink,
    itemTitle: ['title'],
    date: ['published', 'updated', 'issued', 'modified'],
  },
  {
    id: 'rdf',
    root: 'rdf\\:RDF, RDF',
    title: 'channel > title',
    item: 'item',
    link: (item) => {
      const link = item.children('link');
      const href = text(link) ?? item.attr('rdf:about') ?? null;
      return href === null ? null : { href, at: link.length ? link : item };
    },
    itemTitle: ['title'],
    date: ['dc\\:date', 'date'],
  },
  {
    id: 'sitemap',
    root: 'urlset',
    title: '__none__',
    item: 'urlset > url',
    link: locOf,
    itemTitle: ['news\\:news > news\\:title', 'news > title'],
    date: ['news\\:news > news\\:publication_date', 'news > publication_date', 'lastmod'],
  },
  {
    // A sitemap index lists other sitemaps; they are returned as items and readSources fetches them as feeds.
    id: 'sitemap-index',
    root: 'sitemapindex',
    title: '__none__',
    item: 'sitemapindex > sitemap',
    link: locOf,
    itemTitle: [],
    date: ['lastmod'],
  },
];

function text(el: Sel): string | null {
  const t = el.first().text().trim();
  return t === '' ? null : t;
}

/** "http://…" or "https://…": a link that needs no base. */
const ABSOLUTE_HTTP = /^https?:\/\//i;

function locOf(item: Sel): { href: string; at: Sel } | null {
  const loc = item.children('loc');
  const href = text(loc);
  return href === null ? null : { href, at: loc };
}

/** Atom's rel values that name the article's page (RFC 4287 §4.2.7.2: a missing rel is "alternate"; the IANA IRI is the same). */
const ATOM_ALTERNATE = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);
/** Types of an alternate link that is the article's web page; a link without a type is taken to be one too. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The <link> of an Atom entry that is its web page: rel="alternate" (any case, or the IANA IRI, or none), an HTML
 * type (or none) before other types: "<link rel="alternate" type="application/json" …/><link rel="alternate"
 * type="text/html" …/>" is the HTML one. Never rel="self", "edit", "replies" or "enclosure".
 */
function pickAtomLink(item: Sel): { href: string; at: Sel } | null {
  let fallback: { href: string; at: Sel } | null = null;
  const links = item.children('link');
  for (let i = 0; i < links.length; i++) {
    const link = links.eq(i);
    const href = link.attr('href')?.trim();
    if (!href || !ATOM_ALTERNATE.has((link.attr('rel') ?? 'alternate').trim().toLowerCase())) continue;
    const type = link.attr('type')?.split(';')[0].trim().toLowerCase();
    if (!type || HTML_TYPES.has(type)) return { href, at: link };
    fallback ??= { href, at: link };
  }
  return fallback;
}

/** An element of the parsed XML, as far as xml:base needs it. */
interface XmlNode {
  attribs?: Record<string, string>;
  parent?: XmlNode | null;
}

/**
 * The base a link of `el` resolves against: the feed's URL, then each xml:base from the root down to the element
 * itself (XML Base; RFC 4287 §2): '<feed xml:base="https://a.example/dir/">…<link href="rel"/>' → https://a.example/dir/rel.
 */
function baseOf(el: Sel, feedUrl: string): string {
  const bases: string[] = [];
  for (let node = el.get(0) as XmlNode | undefined | null; node; node = node.parent) {
    const b = node.attribs?.['xml:base']?.trim();
    if (b) bases.push(b);
  }
  let base = feedUrl;
  for (const b of bases.reverse()) {
    try {
      base = new URL(b, base).href;
    } catch {
      // an unusable xml:base is skipped, as browsers skip a bad <base href>
    }
  }
  return base;
}

/**
 * An item title as readers show it: feeds put HTML in titles, entity-escaped ("&eacute;", "&nbsp;", which XML does
 * not define and leaves as they are) or in CDATA ("Mayor <b>resigns</b> &amp; leaves"): tags dropped, entities decoded.
 */
function cleanTitle(raw: string | null): string | null {
  if (raw === null || !/[&<]/.test(raw)) return raw;
  const t = cheerio.load(raw, null, false).text().replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * Time-zone names found at the end of feed dates, as UTC offsets. RFC 822 names (GMT, EST, PDT…) are read by
 * Date.parse already; these are the ones European and Asian feeds use ("26 Nov 2026 10:00 CET"). Ambiguous names
 * (IST: India, Ireland or Israel) are left out: the date is then read from the next date element, or null.
 */
const ZONE_OFFSETS: Record<string, string> = Object.assign(Object.create(null), {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
  AKST: '-0900', AKDT: '-0800', HST: '-1000', AST: '-0400', ADT: '-0300', NST: '-0330', NDT: '-0230',
  WET: '+0000', WEST: '+0100', BST: '+0100', CET: '+0100', CEST: '+0200', MET: '+0100', MEST: '+0200',
  EET: '+0200', EEST: '+0300', MSK: '+0300', JST: '+0900', KST: '+0900', HKT: '+0800', SGT: '+0800',
  AWST: '+0800', ACST: '+0930', ACDT: '+1030', AEST: '+1000', AEDT: '+1100', NZST: '+1200', NZDT: '+1300',
});
const TRAILING_ZONE = /\s([A-Z]{1,4})$/;

/** A feed date ("Thu, 26 Nov 2026 10:00:00 GMT", "26 Nov 2026 10:00 CET", "2026-11-26T10:00:00+01:00", "2026-11-26") as ISO 8601, or null. */
/** A <link> tag of a page (attributes in any order); linear: a tag ends at the first ">" or "<". */
const LINK_TAG = /<link\b[^<>]*>/gi;
/** The feed types a page announces with <link rel="alternate" type="…">, RSS before Atom as listed by most sites. */
const FEED_LINK_TYPES = /^application\/(rss|atom)\+xml$/i;

/** An attribute's value in one tag: rel="alternate", type='application/rss+xml', href=/feed. */
function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : null;
}

/**
 * The feeds a web page names (feed autodiscovery, as feed readers do): `<link rel="alternate"
 * type="application/rss+xml" href="/feed">` in its head, resolved against the page's URL, in page order; only
 * http(s) URLs. "--feed https://news.example/" then reads the site's feed instead of failing.
 */
export function findFeedLinks(html: string, pageUrl: string): string[] {
  const out: string[] = [];
  for (const m of html.slice(0, 200_000).matchAll(LINK_TAG)) {
    const tag = m[0];
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const type = attribute(tag, 'type') ?? '';
    const href = attribute(tag, 'href');
    if (!rel.includes('alternate') || !FEED_LINK_TYPES.test(type) || !href) continue;
    try {
      const url = new URL(href.replace(/&amp;/g, '&'), pageUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !out.includes(url.href)) out.push(url.href);
    } catch {
      // an href that is no URL: not a feed to follow
    }
  }
  return out;
}

export function parseFeedDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // A bare date stays a date: "2026-11-26" must not become a UTC midnight that shifts the day elsewhere.
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const zone = TRAILING_ZONE.exec(s);
  const offset = zone ? ZONE_OFFSETS[zone[1]] : undefined;
  const t = Date.parse(offset ? `${s.slice(0, zone!.index)} ${offset}` : s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Parses feed XML. Links are resolved against `baseUrl`; items without a usable http(s) link are left out.
 * Throws input/not-feed when the document is none of the known formats.
 */
export function parseFeed(xml: string, baseUrl: string): Feed {
  try {
    return parseFeedTree(xml, baseUrl);
  } catch (err) {
    // cheerio's selectors recurse over the tree: 3,000 unclosed "<item><link>" (6,000 levels) overflow the stack.
    // Said plainly here instead of "cannot read the feed (Maximum call stack size exceeded)".
    if (!(err instanceof RangeError)) throw err;
    throw new InputError('input/not-feed', 'the feed is nested too deeply to read (broken or truncated XML, unclosed elements); check the feed URL.', { cause: err });
  }
}

function parseFeedTree(xml: string, baseUrl: string): Feed {
  const $ = cheerio.load(xml, { xml: true });
  const format = FORMATS.find((f) => $(f.root).length > 0);
  if (!format) {
    throw new InputError('input/not-feed', `not an RSS/Atom feed or a sitemap; pass the feed's URL (often /feed, /rss or /sitemap.xml).`);
  }
  const items: FeedItem[] = [];
  let dropped = 0;
  $(format.item).each((_, node) => {
    const item = $(node);
    const link = format.link(item);
    const url = link ? resolveLink(link.href, baseOf(link.at, baseUrl)) : null;
    if (!url) {
      dropped++;
      return;
    }
    const title = cleanTitle(format.itemTitle.map((sel) => text(item.find(sel))).find((t) => t !== null) ?? null);
    // the first date element that reads: an unreadable <pubDate> does not hide a good <dc:date>
    let published: string | null = null;
    for (const sel of format.date) {
      published = parseFeedDate(text(item.find(sel)));
      if (published !== null) break;
    }
    items.push({ url, title, published });
  });
  return { format: format.id, title: cleanTitle(text($(format.title))), items, dropped };
}

function resolveLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
