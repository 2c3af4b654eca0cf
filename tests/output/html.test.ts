// Tests for the HTML report (src/output/html.ts) and the highlight spans it draws (src/output/highlights.ts).
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml, formatMarkedText } from '../../src/output/html.js';
import { findHighlights, findWord, formatNumberValue } from '../../src/output/highlights.js';
import type { ArticleRecord } from '../../src/output/record.js';
import { hostileRecord, mention, sampleErrorRecord, sampleRecord } from '../helpers/sample-record.js';

const VOID = new Set(['meta', 'br', 'img', 'input', 'link', 'hr']);

/** Every tag in order, with its attributes; throws on a "<" that does not start a well-formed tag. */
function tags(html: string): { name: string; close: boolean; attrs: Record<string, string> }[] {
  const out: { name: string; close: boolean; attrs: Record<string, string> }[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!doctype html>/i, '');
  for (const m of body.matchAll(/<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>|</gi)) {
    if (!m[2]) throw new Error(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/gi)) attrs[a[1]!] = a[2] ?? '';
    out.push({ name: m[2].toLowerCase(), close: m[1] === '/', attrs });
  }
  return out;
}

/** Throws unless every opened element is closed in order. */
function assertNested(html: string): void {
  const stack: string[] = [];
  for (const t of tags(html)) {
    if (VOID.has(t.name)) continue;
    if (!t.close) stack.push(t.name);
    else if (stack.pop() !== t.name) throw new Error(`</${t.name}> closes the wrong element`);
  }
  expect(stack).toEqual([]);
}

/** What a browser shows as the text of marked-up article text: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A record whose claim content starts inside an actor mention and ends after it: the spans cross. */
function crossingRecord(): ArticleRecord {
  const r = sampleRecord();
  const text = r.article.text;
  const actor = mention(text, 'Port Authority');
  const content = mention(text, 'Authority, repairs could');
  r.actors = [{ id: 'A1', type: 'organization', name: 'Port Authority', aliases: [], roles: [], mentions: [actor] }];
  r.places = [];
  r.numbers = [];
  r.dates = [];
  r.claims = [{
    id: 'C1', source: { text: 'officials', kind: 'unnamed', actor: null }, cue: 'according to', content: content.text,
    direct: false, start: mention(text, 'According').start, end: content.end, contentStart: content.start, contentEnd: content.end,
  }];
  return r;
}

describe('formatHtml snapshot', () => {
  it('renders the sample as one page', () => {
    expect(formatHtml([sampleRecord()])).toMatchSnapshot();
  });
});

describe('formatHtml', () => {
  it.each([
    ['sample', sampleRecord],
    ['hostile', hostileRecord],
    ['crossing', crossingRecord],
  ])('keeps the %s text intact and the tags nested', (_name, make) => {
    const r = make();
    const marked = formatMarkedText(r, 0);
    // the text, character for character, with control characters shown as U+FFFD (an ESC in the hostile one)
    expect(textOf(marked)).toBe(r.article.text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '\ufffd'));
    assertNested(formatHtml([r]));
  });

  it('splits a span that crosses another, and shows the claim source once, at its end', () => {
    const marked = formatMarkedText(crossingRecord(), 0);
    expect(marked.match(/<span class="claim" data-id="C1"/g)).toHaveLength(2);
    expect(marked.match(/class="claim-source"/g)).toHaveLength(1);
    expect(marked).toContain(
      '<mark class="actor organization" data-id="A1" id="doc1-actor-A1" title="organization A1: Port Authority">Port ' +
        '<span class="claim" data-id="C1" id="doc1-claim-C1" title="claim C1 — officials — according to">Authority</span></mark>' +
        '<span class="claim" data-id="C1" title="claim C1 — officials — according to">, repairs could' +
        '<span class="claim-source" data-source="officials"></span></span>',
    );
  });

  it.each([
    ['an actor with type and id on hover', '<mark class="actor person" data-id="A1" id="doc1-actor-A1" title="person A1: Jane Okafor">Jane Okafor</mark>'],
    ['a place nested in an actor', '<mark class="actor organization" data-id="A3" id="doc1-actor-A3" title="organization A3: Riverton Council"><mark class="place" data-id="P1" title="place P1: Riverton (city, US)">Riverton</mark> Council</mark>'],
    ['a number with what it counts', 'title="number: 2,500,000 USD · per the Port Authority">$2.5 million</mark>'],
    ['a date with its value', 'title="date: 2025-03-03">March 3, 2025</mark>'],
    ['a claim cue', '<mark class="cue" data-id="C2" id="doc1-cue-C2" title="cue of claim C2">According to</mark>'],
    ['a direct claim', '<span class="claim direct" data-id="C3"'],
    ['the claim source after the content', '<span class="claim-source" data-source="the Port Authority"></span>'],
    ['a side panel entry linked to the first mention', '<a href="#doc1-actor-A1"><mark class="actor person">Jane Okafor</mark></a>'],
    ['a claim in the panel', '<mark class="source">the Port Authority</mark> — <mark class="cue">according to</mark> — <span class="content">repairs could cost $2.5 million</span>'],
    ['a number in the panel', '<mark class="number">2,500,000 USD</mark></a> per the Port Authority'],
    ['the removed blocks', 'Support local news: donate today.'],
    ['a source link', '<a href="https://news.example/flood"'],
  ])('shows %s', (_what, fragment) => {
    const r = sampleRecord();
    r.source.url = 'https://news.example/flood';
    expect(formatHtml([r])).toContain(fragment);
  });

  it('escapes every piece of a hostile article: nothing becomes markup', () => {
    const html = formatHtml([hostileRecord()]);
    expect(html).not.toMatch(/<(script|img|svg|iframe|b|u)\b/i);
    expect(html).not.toContain('</mark><script');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('data-id="A1&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('&lt;/mark&gt;&lt;script&gt;window.__pwned = 4&lt;/script&gt;');
    // The only attributes that hold a URL point into the page itself.
    for (const t of tags(html)) {
      expect(t.attrs).not.toHaveProperty('src');
      if ('href' in t.attrs) expect(t.attrs.href).toMatch(/^(#|https?:)/);
      for (const name of Object.keys(t.attrs)) expect(name).not.toMatch(/^on/);
    }
  });

  it('loads nothing and runs nothing: a strict content security policy and no script element', () => {
    const html = formatHtml([sampleRecord(), hostileRecord()]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
  });

  it('puts several records on one page with an index and distinct ids', () => {
    const html = formatHtml([sampleRecord(), sampleErrorRecord(), sampleRecord()]);
    expect(html).toContain('<nav class="index"><h1>3 articles</h1>');
    for (const n of [1, 2, 3]) {
      expect(html).toContain(`href="#doc${n}"`);
      expect(html).toContain(`id="doc${n}"`);
    }
    expect(html).toContain('<span class="error-code">input/http-status</span>');
    const ids = tags(html).map((t) => t.attrs.id).filter((x): x is string => x !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tags(html)) if (t.attrs.href?.startsWith('#')) expect(ids).toContain(t.attrs.href.slice(1));
    assertNested(html);
  });

  it('shows code and message for an error record alone, without an index', () => {
    const html = formatHtml([sampleErrorRecord()]);
    expect(html).not.toContain('<nav');
    expect(html).toContain('answered 404 Not Found; check the address.');
  });

  it('ignores spans outside the text and empty spans', () => {
    const r = sampleRecord();
    r.actors[0]!.mentions.push({ start: 9_000, end: 9_010, text: 'gone' }, { start: 5, end: 5, text: '' });
    expect(textOf(formatMarkedText(r, 0))).toBe(r.article.text);
  });
});

describe('findHighlights', () => {
  it('orders spans by start, outer spans first', () => {
    const hs = findHighlights(sampleRecord());
    for (let i = 1; i < hs.length; i++) {
      const [a, b] = [hs[i - 1]!, hs[i]!];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
  });

  it.each([
    ['C1', 'cue', 'said'],
    ['C1', 'source', 'Mayor Jane Okafor'],
    ['C2', 'cue', 'According to'],
    ['C3', 'cue', 'said'],
    ['C3', 'source', 'Okafor'],
  ])('finds claim %s %s "%s" in the attribution', (id, kind, text) => {
    const r = sampleRecord();
    const h = findHighlights(r).find((x) => x.id === id && x.kind === kind);
    expect(h && r.article.text.slice(h.start, h.end)).toBe(text);
  });
});

describe('findWord', () => {
  it.each([
    ['the man said he left', 'he', 0, 20, 13],
    ['According to him', 'according to', 0, 16, 0],
    ['theme', 'he', 0, 5, -1],
    ['he said', 'he', 1, 7, -1],
    ['x İstanbul said', 'said', 0, 15, 11],
    ['', 'x', 0, 0, -1],
  ])('findWord(%j, %j, %i, %i) = %i', (text, needle, from, to, at) => {
    expect(findWord(text, needle, from, to)).toBe(at);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['"&\'', '&quot;&amp;&#39;'],
    ['a\u0000b', 'a\ufffdb'],
    // control characters from a page (an ESC in its title) are parse errors in HTML: one U+FFFD each
    ['T\u001b]0;x\u0007\u007f', 'T\ufffd]0;x\ufffd\ufffd'],
    // tab, newline and carriage return stay
    ['a\tb\nc\r', 'a\tb\nc\r'],
    ['plain', 'plain'],
  ])('%j → %j', (s, out) => {
    expect(escapeHtml(s)).toBe(out);
  });
});

describe('formatHtml over generated records', () => {
  /** Small seeded generator (mulberry32), so a failure can be replayed from its seed. */
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const WORDS = ['army', 'said', '<b>', '&amp;', '"q"', 'Ünïcödé', '東京', 'a\nb', '\n\n', '</mark>', 'x'];

  function generated(seed: number): ArticleRecord {
    const rand = rng(seed);
    const int = (n: number) => Math.floor(rand() * n);
    const text = Array.from({ length: 5 + int(40) }, () => WORDS[int(WORDS.length)]).join(' ');
    const span = () => {
      const start = int(text.length - 1);
      const end = start + 1 + int(Math.min(30, text.length - start - 1) + 1);
      return { start, end: Math.min(end, text.length), text: '' };
    };
    const m = () => {
      const s = span();
      return { ...s, text: text.slice(s.start, s.end) };
    };
    const r = sampleRecord();
    r.article = { ...r.article, text, paragraphs: [{ start: 0, end: text.length }] };
    r.actors = Array.from({ length: int(4) }, (_, k) => ({
      id: `A${k + 1}`, type: 'person' as const, name: `n${k}`, aliases: [], roles: [], mentions: Array.from({ length: 1 + int(3) }, m),
    }));
    r.places = Array.from({ length: int(3) }, (_, k) => ({
      id: `P${k + 1}`, name: `p${k}`, aliases: [], kind: null, country: null, lat: null, lon: null, mentions: [m()],
    }));
    r.numbers = Array.from({ length: int(3) }, () => ({ ...m(), value: 1, approximate: false, unit: null, counts: null, event: null, claim: null }));
    r.dates = Array.from({ length: int(3) }, () => ({ ...m(), value: null, precision: null }));
    r.claims = Array.from({ length: int(3) }, (_, k) => {
      const outer = span();
      const cs = outer.start + int(outer.end - outer.start);
      const ce = cs + 1 + int(outer.end - cs);
      return {
        id: `C${k + 1}`, source: { text: WORDS[int(WORDS.length)]!, kind: 'unnamed' as const, actor: null }, cue: 'said',
        content: text.slice(cs, Math.min(ce, outer.end)), direct: rand() < 0.5,
        start: outer.start, end: outer.end, contentStart: cs, contentEnd: Math.min(ce, outer.end),
      };
    });
    return r;
  }

  it.each(Array.from({ length: 150 }, (_, i) => [i + 1]))('seed %i: text intact, tags nested, ids unique', (seed) => {
    const r = generated(seed);
    expect(textOf(formatMarkedText(r, 0))).toBe(r.article.text);
    const html = formatHtml([r, r]);
    assertNested(html);
    const ids = tags(html).map((t) => t.attrs.id).filter((x): x is string => x !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('formatNumberValue', () => {
  const n = (over: Partial<ArticleRecord['numbers'][number]>): ArticleRecord['numbers'][number] => ({
    text: 'x', start: 0, end: 1, value: 30, high: null, approximate: false, unit: null, counts: null, event: null, claim: null, ...over,
  });
  it.each([
    ['one figure', n({}), '30'],
    ['thousands separated, approximate', n({ value: 1200000, approximate: true }), '~1,200,000'],
    ['a range shows both ends', n({ value: 30, high: 40, approximate: true }), '~30–40'],
    ['a range of a percentage keeps the sign attached', n({ value: 5, high: 7, approximate: true, unit: '%' }), '~5–7%'],
    ['a range of an amount puts the unit after both ends', n({ value: 2e6, high: 3e6, approximate: true, unit: 'USD' }), '~2,000,000–3,000,000 USD'],
    ['a high end equal to the value is not repeated', n({ value: 30, high: 30 }), '30'],
  ])('%s', (_name, num, expected) => {
    expect(formatNumberValue(num)).toBe(expected);
  });
});
