import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedDate } from '../../src/input/feed.js';

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
    ['yesterday', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(parseFeedDate(raw)).toBe(expected);
  });
});
