import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';

// A page listed by a feed: the feed's date for the item dates the page when the page itself gives none.
describe('published from the feed item', () => {
  const feed = { url: 'https://news.example/rss', title: 'Dam talks', published: '2024-03-05T09:00:00.000Z' };
  const source = { kind: 'feed-item' as const, id: 'https://news.example/a', url: 'https://news.example/a', fetchedAt: null, contentType: 'text/html', bytes: 0, feed };
  const page = (head: string) => `<html lang="en"><head><title>Dam talks</title>${head}</head><body><article><p>Engineers met officials on Monday, the ministry said.</p></article></body></html>`;

  it.each([
    ['a page with no date takes the feed item’s', page(''), '2024-03-05T09:00:00.000Z'],
    ['a page’s own date comes first', page('<meta property="article:published_time" content="2024-03-04T08:00:00Z">'), '2024-03-04T08:00:00Z'],
  ])('%s', (_what, html, published) => {
    expect(processDocument(source, html).meta.published).toBe(published);
  });

  it('a page not from a feed stays undated', () => {
    expect(processDocument({ ...source, kind: 'url', feed: null }, page('')).meta.published).toBeNull();
  });
});
