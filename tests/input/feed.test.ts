import { describe, expect, it } from 'vitest';
import { findFeedLinks, parseFeed, parseFeedDate } from '../../src/input/feed.js';

describe('parseFeed', () => {
  it.each([
    [
      'RSS 1.0 (RDF)',
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title></channel><item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2026-01-02T03:04:05Z</dc:date></item></rdf:RDF>',
      'rdf',
      [{ url: 'https://r.example/1', title: 'One', published: '2026-01-02T03:04:05.000Z' }],
    ],
    [
      'RSS with a non-permalink guid and no link',
      '<rss version="2.0"><channel><title>T</title><item><title>X</title><guid isPermaLink="false">tag:1</guid></item></channel></rss>',
      'rss',
      [],
    ],
    [
      'RSS with a javascript: link',
      '<rss version="2.0"><channel><item><link>javascript:alert(1)</link></item></channel></rss>',
      'rss',
      [],
    ],
    [
      'RSS with CDATA title and relative link',
      '<rss version="2.0"><channel><item><title><![CDATA[Tom & Jerry]]></title><link>/x.html</link><pubDate>not a date</pubDate></item></channel></rss>',
      'rss',
      [{ url: 'https://base.example/x.html', title: 'Tom & Jerry', published: null }],
    ],
    [
      'RSS with a guid that is an id, not a URL (isPermaLink left out)',
      '<rss version="2.0"><channel><item><title>X</title><guid>12345</guid></item><item><title>Y</title><guid>https://g.example/y</guid></item></channel></rss>',
      'rss',
      [{ url: 'https://g.example/y', title: 'Y', published: null }],
    ],
    [
      'RSS with xml:base on the root',
      '<rss version="2.0" xml:base="https://other.example/dir/"><channel><item><title>R</title><link>rel</link></item></channel></rss>',
      'rss',
      [{ url: 'https://other.example/dir/rel', title: 'R', published: null }],
    ],
    [
      'Atom with nested xml:base (feed, then entry, both relative)',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/"><title>A</title><entry xml:base="2026/"><title>E</title><link href="story"/></entry><entry><title>F</title><link xml:base="https://c.example/" href="x"/></entry></feed>',
      'atom',
      [
        { url: 'https://base.example/news/2026/story', title: 'E', published: null },
        { url: 'https://c.example/x', title: 'F', published: null },
      ],
    ],
    [
      'Atom alternates: HTML type before JSON, rel in capitals, rel as the IANA IRI, self and enclosure skipped',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>' +
        '<entry><title>J</title><link rel="self" href="/self"/><link rel="alternate" type="application/json" href="/j.json"/><link rel="alternate" type="text/html; charset=utf-8" href="/j.html"/></entry>' +
        '<entry><title>U</title><link rel="ALTERNATE" href="/u"/></entry>' +
        '<entry><title>I</title><link rel="enclosure" href="/i.mp3"/><link rel="http://www.iana.org/assignments/relation/alternate" href="/i"/></entry>' +
        '<entry><title>O</title><link rel="alternate" type="application/json" href="/only.json"/></entry></feed>',
      'atom',
      [
        { url: 'https://base.example/j.html', title: 'J', published: null },
        { url: 'https://base.example/u', title: 'U', published: null },
        { url: 'https://base.example/i', title: 'I', published: null },
        { url: 'https://base.example/only.json', title: 'O', published: null },
      ],
    ],
    [
      'RSS titles with HTML entities and tags; an unreadable pubDate falls through to dc:date',
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><title>Caf&eacute;&nbsp;opens &mdash; &#8220;at last&#8221;</title><link>/a</link><pubDate>Thu, 26 Nov 2026 25:00:00 GMT</pubDate><dc:date>2026-11-26T10:00:00+01:00</dc:date></item>' +
        '<item><title><![CDATA[Mayor <b>resigns</b> &amp; leaves]]></title><link>/b</link></item></channel></rss>',
      'rss',
      [
        { url: 'https://base.example/a', title: 'Café opens — “at last”', published: '2026-11-26T09:00:00.000Z' },
        { url: 'https://base.example/b', title: 'Mayor resigns & leaves', published: null },
      ],
    ],
  ])('%s', (_name, xml, format, items) => {
    const feed = parseFeed(xml, 'https://base.example/feed');
    expect(feed.format).toBe(format);
    expect(feed.items).toEqual(items);
  });

  it.each([['<html><body>hello</body></html>'], ['<catalog/>'], ['not xml at all']])('%j → input/not-feed', (xml) => {
    expect(() => parseFeed(xml, 'https://base.example/feed')).toThrow(expect.objectContaining({ code: 'input/not-feed' }));
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Thu, 26 Nov 2026 10:00:00 GMT', '2026-11-26T10:00:00.000Z'],
    ['Thu, 26 Nov 2026 10:00:00 +0100', '2026-11-26T09:00:00.000Z'],
    ['2026-11-26', '2026-11-26'],
    ['2026-11-26T10:00:00+02:00', '2026-11-26T08:00:00.000Z'],
    ['26 Nov 2026 10:00 CET', '2026-11-26T09:00:00.000Z'],
    ['Sun, 26 Jul 2026 10:00:00 CEST', '2026-07-26T08:00:00.000Z'],
    ['Thu, 26 Nov 2026 10:00:00 EST', '2026-11-26T15:00:00.000Z'],
    ['Thu, 26 Nov 2026 10:00:00 PDT', '2026-11-26T17:00:00.000Z'],
    ['Thu, 26 Nov 2026 10:00:00 JST', '2026-11-26T01:00:00.000Z'],
    ['Thu, 26 Nov 2026 10:00:00 IST', null],
    ['yesterday', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(parseFeedDate(raw)).toBe(expected);
  });
});

describe('findFeedLinks (feed autodiscovery)', () => {
  it.each([
    ['<link rel="alternate" type="application/rss+xml" href="/feed">', ['https://news.example/feed']],
    ["<link href='https://cdn.example/atom.xml' type='application/atom+xml' rel='alternate'>", ['https://cdn.example/atom.xml']],
    ['<link rel=alternate type=application/rss+xml href=rss.xml>', ['https://news.example/section/rss.xml']],
    ['<link rel="alternate" hreflang="fr" href="/fr/">', []],
    ['<link rel="stylesheet" type="text/css" href="/a.css">', []],
    ['<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">', []],
    ['<link rel="alternate" type="application/rss+xml" href="/a"><link rel="alternate" type="application/atom+xml" href="/b"><link rel="alternate" type="application/rss+xml" href="/a">', ['https://news.example/a', 'https://news.example/b']],
  ])('%s', (html, expected) => {
    expect(findFeedLinks(`<html><head>${html}</head></html>`, 'https://news.example/section/')).toEqual(expected);
  });
});
