// The compiled selectors of the clean stage give what cheerio's own $(selector) gives, on the same tree.
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { isAttached, matchEach, queryAll, queryFirst } from '../../src/clean/select.js';

const HTML = `<html lang="en"><head><title>T</title><meta name="a" content="1"><link rel="canonical" href="/x"></head>
<body><header id="h1">top</header><nav><ul><li><a href="/">Home</a></li></ul><menu id="m1"></menu></nav>
<article><header id="h2">standfirst</header><p>One <a href="/cdn-cgi/l/email-protection#abc">x</a></p>
<div class="byline">By A</div><div hidden>h</div><aside role="complementary">r</aside></article>
<footer role="contentinfo"><p>c</p></footer></body></html>`;

const $ = load(HTML, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
const root = $.root()[0]!;
const ids = (els: ReadonlyArray<{ startIndex: number | null }>) => els.map((e) => e.startIndex);

describe('matchEach / queryAll / queryFirst', () => {
  it.each([
    'nav, menu, [role="navigation"]',
    'header, [role="banner"]',
    'article header',
    '[hidden], [aria-hidden="true"]',
    'a[href*="/cdn-cgi/l/email-protection"]',
    '[class*="byline"]',
    'meta',
    'link[rel="canonical"]',
    'HEADER',
  ])('%s matches what $(selector) matches, in the same order', (sel) => {
    expect(ids(queryAll(root, sel))).toEqual(ids($(sel).toArray()));
    expect(queryFirst(root, sel)?.startIndex ?? null).toBe($(sel)[0]?.startIndex ?? null);
  });

  it('answers several selectors from one walk', () => {
    const [a, b] = matchEach(root, ['header', 'footer']);
    expect(a!.map((e) => e.attribs['id'])).toEqual(['h1', 'h2']);
    expect(b).toHaveLength(1);
  });

  it('gives null when nothing matches', () => {
    expect(queryFirst(root, 'table')).toBeNull();
    expect(queryAll(root, 'table')).toEqual([]);
  });

  it('tells an element inside a removed subtree from one still in the page', () => {
    const $2 = load('<body><nav><menu></menu></nav><p>x</p></body>');
    const menu = $2('menu')[0]!;
    const p = $2('p')[0]!;
    $2('nav').remove();
    expect(isAttached(menu)).toBe(false);
    expect(isAttached(p)).toBe(true);
  });
});
