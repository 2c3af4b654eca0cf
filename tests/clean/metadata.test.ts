import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { cleanByline, findMetadata, findMetadataWithSources, isPlausibleAuthor, parseDate, readJsonLd, splitAuthors, stripSiteFromTitle } from '../../src/clean/metadata.js';

describe('parseDate', () => {
  it.each([
    ['2017-05-13', '2017-05-13'],
    ['2017-05-13T08:21:07+00:00', '2017-05-13T08:21:07+00:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['May 13, 2017', '2017-05-13'],
    ['1494663667', '2017-05-13T08:21:07.000Z'],
    ['03.04.2024', '2024-04-03'], // dots: day first, whatever Date.parse thinks
    ['12.03.2024 10:00', '2024-03-12'],
    ['31.02.2024', null], // no such day
    ['Tue, 12 Mar 2024 23:30:00 GMT', '2024-03-12T23:30:00Z'],
    ['Wed, 13 Mar 2024 01:30:00 +0100', '2024-03-13T01:30:00+01:00'],
    ['March 12, 2024 8:00 PM EST', '2024-03-12T20:00:00-05:00'],
    ['Tuesday, March 5, 2024', '2024-03-05'],
    ['yesterday', null],
    ['1970-01-01', null],
    [null, null],
  ])('%j → %j', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('rejects a date after the file or fetch time', () => {
    expect(parseDate('2030-01-01', new Date('2025-01-01'))).toBeNull();
    expect(parseDate('2024-12-31', new Date('2025-01-01'))).toBe('2024-12-31');
  });
});

describe('cleanByline / splitAuthors / isPlausibleAuthor', () => {
  it.each([
    ['By Jane Smith', ['Jane Smith']],
    ['Analysis by Chris Cillizza', ['Chris Cillizza']],
    ['Von Anna Berg und Jonas Keller', ['Anna Berg', 'Jonas Keller']],
    ['By Sarah Whitcombe in London and Daniel Ferreira in New York', ['Sarah Whitcombe', 'Daniel Ferreira']],
    ['Sam Jones in Madrid', ['Sam Jones']],
    ['HANNA WOLSKA and PIOTR ZIELINSKI', ['Hanna Wolska', 'Piotr Zielinski']],
    ['By AFP', ['AFP']],
    ['Stella Kim, Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['Gillian Mohney']],
    ['By Brenda Goodman, MA', ['Brenda Goodman']],
    // the preposition before a date the cut left (regress15 M2)
    ['By Rachael Link, MS, RD on November 5, 2019', ['Rachael Link']],
    ['Posted by Tom Reyes on March 3, 2026', ['Tom Reyes']],
    ['Jane Smith | Updated 3 hours ago', ['Jane Smith']],
  ])('%j → %j', (raw, names) => {
    expect(splitAuthors(cleanByline(raw))).toEqual(names);
  });

  it.each([
    ['South Front', true],
    ['By', false],
    ['Staff', false],
    ['AP National Security Writer', false],
    ['April 28, 2019 at 6:01 am', false],
    ['https://facebook.com/someone', false],
    ['Valley News', false], // the site name
  ])('%j plausible: %s', (name, ok) => {
    expect(isPlausibleAuthor(name, 'Valley News')).toBe(ok);
  });
});

describe('stripSiteFromTitle', () => {
  it.each([
    ['Bridge to be rebuilt | Valley News', 'Valley News', 'Bridge to be rebuilt'],
    ['Bridge to be rebuilt - The Valley News', 'Valley News', 'Bridge to be rebuilt'],
    ['Bridge to be rebuilt | Valley', null, 'Bridge to be rebuilt'],
    ['Opinion - why the bridge matters more than the budget', null, 'Opinion - why the bridge matters more than the budget'],
    ['Council to spend €12m on flood defences | Local News | Riverside Echo', 'Riverside Echo', 'Council to spend €12m on flood defences'],
    ['Ministers clash over budget - US', 'USA Daily', 'Ministers clash over budget - US'],
  ])('%j (site %j) → %j', (title, site, out) => {
    expect(stripSiteFromTitle(title, site)).toBe(out);
  });
});

describe('findMetadata', () => {
  const page = (head: string, body = '') => load(`<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`);

  it.each([
    [
      'JSON-LD first (CDATA-wrapped, @graph, author list)',
      `<title>Other title - Site</title><meta property="og:title" content="OG title">
       <script type="application/ld+json"><![CDATA[{"@graph":[{"@type":"WebSite","name":"Valley News"},{"@type":"NewsArticle","headline":"Bridge to be rebuilt","datePublished":"2024-03-05T09:30:00+01:00","author":[{"@type":"Person","name":"Mara Lind"},{"@type":"Person","name":"Ola Berg"}],"publisher":{"@type":"Organization","name":"Valley News"}}]}]]></script>`,
      '',
      { title: 'Bridge to be rebuilt', authors: ['Mara Lind', 'Ola Berg'], published: '2024-03-05T09:30:00+01:00', site: 'Valley News', language: 'en' },
    ],
    [
      'meta tags, canonical URL',
      `<meta property="og:title" content="Bridge to be rebuilt"><meta property="og:site_name" content="Valley News">
       <meta name="author" content="By Staff"><meta property="article:published_time" content="2024-03-05">
       <link rel="canonical" href="https://valley.example/bridge">`,
      '',
      { title: 'Bridge to be rebuilt', authors: [], published: '2024-03-05', site: 'Valley News', canonicalUrl: 'https://valley.example/bridge' },
    ],
    [
      'the page: <title> without the site, byline box, <time>',
      '<title>Bridge to be rebuilt | Valley News</title>',
      '<div class="article-byline">By <a href="/mara">Mara Lind</a></div><time datetime="2024-03-05T10:00:00Z">5 March</time>',
      { title: 'Bridge to be rebuilt', authors: ['Mara Lind'], published: '2024-03-05T10:00:00Z' },
    ],
    [
      'JSON-LD authors and publisher given by @id, as Yoast writes them',
      `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Bridge","author":[{"@id":"https://v.example/#/person/1"},{"@id":"https://v.example/#/person/2"}],"publisher":{"@id":"https://v.example/#org"}},
       {"@type":"Person","@id":"https://v.example/#/person/1","name":"Gemma Hollis"},{"@type":"Person","@id":"https://v.example/#/person/2","name":"Rob Kettering"},
       {"@type":"Organization","@id":"https://v.example/#org","name":"Valley News"}]}</script>`,
      '',
      { authors: ['Gemma Hollis', 'Rob Kettering'], site: 'Valley News' },
    ],
    [
      'no byline from a comment thread or a sidebar teaser',
      '<title>Bridge</title>',
      '<article><p>From wire reports.</p></article><div id="comments"><span class="byline">Posted by Bob Miller</span></div><aside><div class="byline">Dana Kirk</div></aside><div class="most-read"><span class="author">Lee Han</span></div>',
      { authors: [] },
    ],
    [
      'a page whose <body> or wrapper classes describe its layout ("one-sidebar sidebar-second", "has-sidebar comments-open") keeps its byline and time',
      '<title>Bridge</title>',
      '<div class="layout has-sidebar comments-open"><article><div class="byline">By Mara Lind</div><time datetime="2024-05-14T09:30:00-05:00">May 14</time><p>Text.</p></article></div>',
      { authors: ['Mara Lind'], published: '2024-05-14T09:30:00-05:00' },
    ],
    // a byline box whose name and date sit in blocks of their own: the blocks are read apart
    ['a byline box of two paragraphs', '<title>Bridge</title>', '<article><div class="byline"><p>By Mara Lind and Tom Hale</p><p>May 14, 2024</p></div><p>Text.</p></article>', { authors: ['Mara Lind', 'Tom Hale'] }],
    ['a byline box of one name over a date', '<title>Bridge</title>', '<article><div class="byline"><div>By Mara Lind</div><div>May 14, 2024</div></div><p>Text.</p></article>', { authors: ['Mara Lind'] }],
    ['three names with an Oxford comma over a date', '<title>Bridge</title>', '<article><div class="byline"><p>By Mara Lind, Tom Hale, and Ana Ruiz</p><p>May 14, 2024</p></div><p>Text.</p></article>', { authors: ['Mara Lind', 'Tom Hale', 'Ana Ruiz'] }],
    [
      'the <time> marked as published, not a ticker time or the update first',
      '<title>Bridge</title>',
      '<header><div class="ticker"><time datetime="2024-08-30T21:00:00Z">9pm</time></div></header><article><p class="meta">Updated <time datetime="2024-08-29T10:00:00Z">Aug 29</time> · Published <time datetime="2024-08-28T09:12:00-07:00">Aug 28</time></p></article>',
      { published: '2024-08-28T09:12:00-07:00' },
    ],
    [
      'itemprop=datePublished wins over an earlier <time>',
      '<title>Bridge</title>',
      '<article><time datetime="2024-08-29T10:00:00Z">x</time><time itemprop="datePublished" datetime="2024-08-28">y</time></article>',
      { published: '2024-08-28' },
    ],
    [
      'the site name as capitalised in og:site_name when JSON-LD writes it in lower case',
      '<meta property="og:site_name" content="9to5Mac"><script type="application/ld+json">{"@type":"NewsArticle","headline":"X","publisher":{"@type":"Organization","name":"9to5mac"}}</script>',
      '',
      { site: '9to5Mac' },
    ],
    ['Drupal dcterms.date', '<title>Bridge</title><meta name="dcterms.date" content="2024-04-25T06:30:00+02:00">', '', { published: '2024-04-25T06:30:00+02:00' }],
    [
      'a relative canonical link, resolved against og:url',
      '<title>Bridge</title><link rel="canonical" href="/news/bridge"><meta property="og:url" content="https://valley.example/news/bridge?utm=x">',
      '',
      { canonicalUrl: 'https://valley.example/news/bridge' },
    ],
    ['a relative canonical link with nothing to resolve it against: none', '<title>Bridge</title><link rel="canonical" href="/news/bridge">', '', { canonicalUrl: null }],
  ])('%s', (_name, head, body, expected) => {
    const $ = page(head, body);
    expect(findMetadata($, readJsonLd($), new Date('2025-01-01'))).toMatchObject(expected);
  });

  it.each([
    ['og:locale and JSON-LD agree against a template <html lang>', 'en-US', '<meta property="og:locale" content="de_DE"><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de-DE"}</script>', 'de'],
    ['one other declaration alone does not overrule <html lang>', 'en-US', '<meta property="og:locale" content="de_DE">', 'en'],
  ])('language: %s', (_name, htmlLang, head, language) => {
    const $ = load(`<html lang="${htmlLang}"><head>${head}</head><body></body></html>`);
    expect(findMetadata($, readJsonLd($)).language).toBe(language);
  });

  it('skips a JSON-LD block that is not JSON', () => {
    const $ = page('<script type="application/ld+json">{ not json</script><meta property="og:title" content="T">');
    expect(readJsonLd($)).toEqual([]);
    expect(findMetadata($, []).title).toBe('T');
  });
});

describe('findMetadataWithSources', () => {
  it('names where each field came from', () => {
    const $ = load(`<html lang="fr"><head><title>Pont | Le Val</title><meta property="og:site_name" content="Le Val">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05"}</script></head>
      <body><p class="byline">Par Jeanne Roux</p></body></html>`);
    const { meta, sources } = findMetadataWithSources($, readJsonLd($));
    expect(meta).toMatchObject({ title: 'Pont', authors: ['Jeanne Roux'], published: '2024-03-05', site: 'Le Val', language: 'fr' });
    expect(sources).toEqual({ title: '<title>', authors: 'byline box', published: 'json-ld datePublished', site: 'og:site_name', language: '<html lang>' });
  });
});
