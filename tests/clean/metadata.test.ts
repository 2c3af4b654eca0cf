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
    ['Stella Kim, Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['GILLIAN MOHNEY']],
    ['By Brenda Goodman, MA', ['Brenda Goodman']],
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
  ])('%s', (_name, head, body, expected) => {
    const $ = page(head, body);
    expect(findMetadata($, readJsonLd($), new Date('2025-01-01'))).toMatchObject(expected);
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
