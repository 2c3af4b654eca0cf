import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { parseEntryTimeLine } from '../../src/clean/liveblog.js';
import { createDoc } from '../../src/doc.js';
import { buildText } from '../../src/text/index.js';

/** Each kept block's opening words with the entry time it carries (undefined outside any entry). */
const dated = (html: string): [string, string | undefined][] => {
  const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  return cleanDoc(doc, { clean: true, now: new Date('2030-01-01') }).map((b) => [b.text.split(' ').slice(0, 3).join(' '), b.date]);
};

const page = (head: string, body: string): string => `<!doctype html><html><head><title>Port strike live</title>${head}</head><body>${body}</body></html>`;
const PUBLISHED = '<meta property="article:published_time" content="2029-03-10T07:00:00+00:00">';
const INTRO = '<p>Follow the dock workers\' strike as it enters a new week, with updates from our reporters at the port.</p>';
const ONE = 'Union leaders said talks with the port authority resumed yesterday after the operator cancelled sailings.';
const TWO = 'The port authority said yesterday that forty lorries were stuck at the gates, and the queue grew overnight.';
const THREE = 'Dock workers walked out on Sunday after pay talks collapsed, the union said in a statement.';

describe('live blog entries carry their own time (Block.date)', () => {
  it.each([
    ['WordPress-like entries, newest first, <time> in the entry header',
      page(PUBLISHED, `<main><article><h1>Port strike live</h1>${INTRO}<div class="liveblog-entries">
        <div class="liveblog-entry"><header><time datetime="2029-03-12T16:20:00+00:00">16:20</time></header><p>${ONE}</p></div>
        <div class="liveblog-entry"><header><time datetime="2029-03-11T09:05:00+00:00">09:05</time></header><p>${TWO}</p></div>
        <div class="liveblog-entry"><header><time datetime="2029-03-10T08:00:00+00:00">08:00</time></header><p>${THREE}</p></div>
      </div></article></main>`),
      [['Follow the dock', undefined], ['Union leaders said', '2029-03-12T16:20:00+00:00'], ['The port authority', '2029-03-11T09:05:00+00:00'], ['Dock workers walked', '2029-03-10T08:00:00+00:00']]],
    ['Guardian-like blocks, oldest first, an update label ignored',
      page(PUBLISHED, `<article><div class="js-liveblog-body">
        <article class="block"><p class="block-time"><time datetime="2029-03-10T08:00:00Z">8.00am</time></p><p>${THREE}</p></article>
        <article class="block"><p class="block-time"><time datetime="2029-03-11T09:05:00Z"></time><time class="updated" datetime="2029-03-13T10:00:00Z"></time></p><p>${TWO}</p></article>
        <article class="block"><p class="block-time"><time datetime="2029-03-12T16:20:00Z">4.20pm</time></p><p>${ONE}</p></article>
      </div></article>`),
      [['Dock workers walked', '2029-03-10T08:00:00Z'], ['The port authority', '2029-03-11T09:05:00Z'], ['Union leaders said', '2029-03-12T16:20:00Z']]],
    ['Arc-like updates, several paragraphs per entry',
      page(PUBLISHED, `<div class="c-live-updates"><section class="c-live-update"><time datetime="2029-03-11T09:05:00Z"></time><h2>Lorries queue</h2><p>${TWO}</p><p>${THREE}</p></section>
        <section class="c-live-update"><time datetime="2029-03-10T08:00:00Z"></time><p>${ONE}</p></section></div>`),
      [['Lorries queue', '2029-03-11T09:05:00Z'], ['The port authority', '2029-03-11T09:05:00Z'], ['Dock workers walked', '2029-03-11T09:05:00Z'], ['Union leaders said', '2029-03-10T08:00:00Z']]],
    ['AMP live list: items dated by data-sort-time',
      page(PUBLISHED, `<article>${INTRO}<amp-live-list id="l" data-poll-interval="15000" data-max-items-per-page="10"><div update></div><div items>
        <div id="p2" data-sort-time="1867982400000"><p>${ONE}</p></div><div id="p1" data-sort-time="1867813200000"><p>${TWO}</p></div></div></amp-live-list></article>`),
      [['Follow the dock', undefined], ['Union leaders said', '2029-03-12T04:00:00Z'], ['The port authority', '2029-03-10T05:00:00Z']]],
    ['time lines heading the entries ("Mar 12, 16:20"), removed as datelines, still date them',
      page(PUBLISHED, `<article>${INTRO}<div class="live-post"><div class="live-post__meta">Mar 12, 16:20</div><p>${ONE}</p></div>
        <div class="live-post"><div class="live-post__meta">Mar 11, 09:05</div><p>${TWO}</p></div></article>`),
      [['Follow the dock', undefined], ['Union leaders said', '2029-03-12T16:20:00'], ['The port authority', '2029-03-11T09:05:00']]],
    ['a blog with one entry time: nothing to tell apart',
      page(PUBLISHED, `<article><div class="liveblog-entry"><time datetime="2029-03-12T16:20:00Z">16:20</time><p>${ONE}</p><p>${TWO}</p></div></article>`),
      [['Union leaders said', undefined], ['The port authority', undefined]]],
    ['an ordinary article with times outside any live entry',
      page(PUBLISHED, `<article><time datetime="2029-03-12T16:20:00Z">Mar 12</time><p>${ONE}</p><aside><time datetime="2029-03-11T09:05:00Z">Mar 11</time></aside><p>${TWO}</p></article>`),
      [['Union leaders said', undefined], ['The port authority', undefined]]],
    ['JSON-LD liveBlogUpdate of a script-drawn blog: each entry its datePublished',
      page(`<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Port strike live', datePublished: '2029-03-10T07:00:00Z', liveBlogUpdate: [
        { '@type': 'BlogPosting', headline: 'Talks resume', datePublished: '2029-03-12T16:20:00Z', articleBody: ONE },
        { '@type': 'BlogPosting', datePublished: '2029-03-11T09:05:00Z', articleBody: `<p>${TWO}</p><p>${THREE}</p>` }] })}</script>`, '<div id="app"><p>Loading live updates…</p></div>'),
      [['Talks resume', '2029-03-12T16:20:00Z'], ['Union leaders said', '2029-03-12T16:20:00Z'], ['The port authority', '2029-03-11T09:05:00Z'], ['Dock workers walked', '2029-03-11T09:05:00Z']]],
  ])('%s', (_label, html, expected) => {
    expect(dated(html)).toEqual(expected);
  });

  it('the text stage gives each paragraph its block\'s entry time', () => {
    const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: 0 }, '<p>x</p>');
    buildText(doc, [{ tag: 'p', text: 'Intro.' }, { tag: 'p', text: 'Entry one.', date: '2029-03-12T16:20:00Z' }], { clean: true });
    expect(doc.paragraphs).toEqual([{ start: 0, end: 6 }, { start: 8, end: 18, date: '2029-03-12T16:20:00Z' }]);
  });
});

describe('a live blog saved as plain text: time lines date the entries below them', () => {
  const plain = (text: string): [string, string | undefined][] => {
    const doc = createDoc({ kind: 'file', id: 'x.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
    return cleanDoc(doc, { clean: true, now: new Date('2030-01-01') }).map((b) => [b.text.split(' ').slice(0, 3).join(' '), b.date]);
  };
  it.each([
    ['newest first, the intro undated',
      `Port strike live\n\nFollow the strike at the port with updates from our reporters.\n\nMar 12, 2029, 16:20\n\n${ONE}\n\nMar 11, 2029, 09:05\n\n${TWO}\n\n${THREE}`,
      [['Follow the strike', undefined], ['Union leaders said', '2029-03-12T16:20:00'], ['The port authority', '2029-03-11T09:05:00'], ['Dock workers walked', '2029-03-11T09:05:00']]],
    ['one time line is a dateline, not a blog',
      `Port strike\n\nMar 12, 2029, 16:20\n\n${ONE}\n\n${TWO}`,
      [['Union leaders said', undefined], ['The port authority', undefined]]],
  ])('%s', (_label, text, expected) => {
    expect(plain(text)).toEqual(expected);
  });
});

describe('parseEntryTimeLine', () => {
  it.each([
    ['Mar 12, 16:20', '2029-03-10', '2029-03-12T16:20:00'],
    ['Tue 12 March 2030 09.15 GMT', '2029-03-10', '2030-03-12T09:15:00'],
    ['March 12 at 4:05pm', '2029-03-10', '2029-03-12T16:05:00'],
    ['Jan 2, 08:00', '2029-12-30T10:00:00Z', '2030-01-02T08:00:00'],
    ['Mar 12', '2029-03-10', null],
    ['Mar 12, 16:20', null, null],
    ['Feb 30, 10:00', '2029-03-10', null],
    ['Talks resumed on Mar 12, 16:20', '2029-03-10', null],
  ])('%s (published %s) → %s', (line, published, expected) => {
    expect(parseEntryTimeLine(line, published)).toBe(expected);
  });
});
