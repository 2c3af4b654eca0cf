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
  link: ((item: Sel) => string | null);
  itemTitle: string[];
  date: string[];
}[] = [
  {
    id: 'rss',
    root: 'rss',
    title: 'rss > channel > title',
    item: 'rss > channel > item',
    // <link> is the article; a permalink <guid> stands in when <link> is missing.
    link: (item) =>
      text(item.children('link')) ??
      (item.children('guid').attr('isPermaLink') !== 'false' ? text(item.children('guid')) : null),
    itemTitle: ['title'],
    date: ['pubDate', 'dc\\:date', 'date'],
  },
  {
    id: 'atom',
    root: 'feed',
    title: 'feed > title',
    item: 'feed > entry',
    // <link rel="alternate" href> (rel defaults to alternate); not rel="self", "edit" or "enclosure".
    link: (item) => item.children('link[rel="alternate"], link:not([rel])').first().attr('href') ?? null,
    itemTitle: ['title'],
    date: ['published', 'updated', 'issued', 'modified'],
  },
  {
    id: 'rdf',
    root: 'rdf\\:RDF, RDF',
    title: 'channel > title',
    item: 'item',
    link: (item) => text(item.children('link')) ?? item.attr('rdf:about') ?? null,
    itemTitle: ['title'],
    date: ['dc\\:date', 'date'],
  },
  {
    id: 'sitemap',
    root: 'urlset',
    title: '__none__',
    item: 'urlset > url',
    link: (item) => text(item.children('loc')),
    itemTitle: ['news\\:news > news\\:title', 'news > title'],
    date: ['news\\:news > news\\:publication_date', 'news > publication_date', 'lastmod'],
  },
  {
    // A sitemap index lists other sitemaps; they are returned as items and readSources fetches them as feeds.
    id: 'sitemap-index',
    root: 'sitemapindex',
    title: '__none__',
    item: 'sitemapindex > sitemap',
    link: (item) => text(item.children('loc')),
    itemTitle: [],
    date: ['lastmod'],
  },
];

function text(el: Sel): string | null {
  const t = el.first().text().trim();
  return t === '' ? null : t;
}

/** A feed date ("Thu, 26 Nov 2026 10:00:00 GMT", "2026-11-26T10:00:00+01:00", "2026-11-26") as ISO 8601, or null. */
export function parseFeedDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // A bare date stays a date: "2026-11-26" must not become a UTC midnight that shifts the day elsewhere.
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
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
    const url = resolveLink(link, baseUrl);
    if (!url) {
      dropped++;
      return;
    }
    const title = format.itemTitle.map((sel) => text(item.find(sel))).find((t) => t !== null) ?? null;
    const rawDate = format.date.map((sel) => text(item.find(sel))).find((t) => t !== null) ?? null;
    items.push({ url, title, published: parseFeedDate(rawDate) });
  });
  return { format: format.id, title: text($(format.title)), items, dropped };
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
