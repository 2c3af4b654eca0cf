// Tests for the pretty terminal view (src/output/pretty.ts) and its wrap helpers (src/output/text-width.ts).
import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/output/pretty.js';
import { displayWidth, toTerminalSafe, truncate, wrapRanges } from '../../src/output/text-width.js';
import { hostileRecord, sampleErrorRecord, sampleRecord } from '../helpers/sample-record.js';

// Escape sequences as chalk level 1 writes them: SGR only.
const SGR = /\x1b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(SGR, '');

describe('formatPretty snapshots', () => {
  it('renders the sample without colour', () => {
    expect(formatPretty(sampleRecord(), { color: false, width: 72 })).toMatchSnapshot();
  });
  it('renders the sample with colour forced', () => {
    expect(formatPretty(sampleRecord(), { color: true, width: 72 })).toMatchSnapshot();
  });
  it('renders an error record', () => {
    expect(formatPretty(sampleErrorRecord(), { color: false, width: 72 })).toMatchSnapshot();
  });
});

describe('formatPretty', () => {
  it.each([40, 57, 80, 120])('keeps every line within %i cells and loses no word of the text', (width) => {
    for (const color of [false, true]) {
      const out = formatPretty(sampleRecord(), { color, width });
      for (const line of strip(out).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const words = sampleRecord().article.text.split(/\s+/);
      const printed = strip(out).split(/\s+/);
      let at = 0;
      for (const w of words) {
        at = printed.indexOf(w, at);
        expect(at, `word "${w}" at width ${width}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it.each([
    ['actor', 'Jane Okafor', '\x1b[36m'],
    ['place', 'Riverton', '\x1b[32m'],
    ['number', '14 berths', '\x1b[33m'],
    ['date', 'Tuesday', '\x1b[35m'],
    ['claim cue', 'According to', '\x1b[31m\x1b[1m'],
    ['claim source', 'the ', '\x1b[34m'],
    ['claim content', 'repairs could cost', '\x1b[4m'],
  ])('colours a %s (%s) in the text', (_kind, phrase, code) => {
    const out = formatPretty(sampleRecord(), { color: true, width: 120 });
    expect(out).toContain(code + phrase);
  });

  it('paints the shorter of two nested spans: an actor inside a number, a place inside an actor', () => {
    const r = sampleRecord();
    const text = r.article.text;
    const count = text.indexOf('about 300 workers');
    r.actors.push({ id: 'A9', type: 'organization', name: 'workers', aliases: [], roles: [], mentions: [{ start: count + 10, end: count + 17, text: 'workers' }] });
    const out = formatPretty(r, { color: true, width: 120 });
    expect(out).toContain('\x1b[33mabout 300 \x1b[39m\x1b[36mworkers\x1b[39m');
    expect(out).toContain('\x1b[32mRiverton\x1b[39m\x1b[36m Council\x1b[39m');
  });

  it('prints a legend only with colour', () => {
    expect(strip(formatPretty(sampleRecord(), { color: true, width: 80 }))).toContain('actor  place  date  number  claim cue');
    expect(formatPretty(sampleRecord(), { color: false, width: 80 })).not.toContain('claim cue  claim content');
  });

  it.each([
    ['numbers with the claim source', '2,500,000 USD · per the Port Authority'],
    ['approximate numbers', '~300 · workers · stranding'],
    ['claims as source — cue — content', 'C2 the Port Authority — according to — repairs could cost $2.5 million'],
    ['direct claims in quotes', 'C3 Okafor — said — “We will reopen within weeks”'],
    ['the actor table', 'A1  Jane Okafor       person        Okafor   mayor  2'],
    ['places with country', 'P1  Riverton  city  US'],
    ['dates with their value', 'March 3, 2025 → 2025-03-03 (day)'],
    ['messages', 'info extract/no-coordinates One place has no coordinates'],
    ['the byline', 'Example Gazette · Sam Writer · 2025-02-11'],
  ])('lists %s', (_what, line) => {
    expect(formatPretty(sampleRecord(), { color: false, width: 120 })).toContain(line);
  });

  it('writes no escape code at all without colour, even from a hostile article', () => {
    const out = formatPretty(hostileRecord(), { color: false, width: 80 });
    expect(out).not.toContain('\x1b');
    expect(out).toContain('<script>window.__pwned = 1</script>');
  });

  it('lets only its own colour codes through with colour on', () => {
    const out = formatPretty(hostileRecord(), { color: true, width: 80 });
    expect(strip(out)).not.toContain('\x1b');
    expect(strip(out)).toContain('\ufffd[2J');
  });

  it('prints code and message for an error record', () => {
    const out = formatPretty(sampleErrorRecord(), { color: false, width: 100 });
    expect(out.split('\n')[0]).toBe('error input/http-status  https://news.example/missing');
    expect(out).toContain('answered 404 Not Found; check the address.');
  });

  it.each([
    [5, 40],
    [Number.NaN, 40],
    [10_000, 120],
  ])('clamps width %d to a layout of at most %i cells', (width, max) => {
    const lines = strip(formatPretty(sampleRecord(), { color: false, width })).split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(max);
  });

  it('survives an article with no entities and no text', () => {
    const r = { ...sampleRecord(), actors: [], places: [], numbers: [], dates: [], claims: [], messages: [] };
    r.article = { ...r.article, text: '', paragraphs: [], title: null, authors: [], site: null, published: null };
    const out = formatPretty(r, { color: false, width: 60 });
    expect(out).toContain('(untitled)');
    expect(out).toContain('(no article text)');
    expect(out).not.toContain('Actors');
  });

  it('ignores spans outside the text instead of throwing', () => {
    const r = sampleRecord();
    r.actors[0]!.mentions.push({ start: 9_000, end: 9_010, text: 'gone' });
    expect(() => formatPretty(r, { color: true, width: 80 })).not.toThrow();
  });
});

describe('wrapRanges', () => {
  const wrap = (text: string, width: number) => wrapRanges(text, width).map((r) => text.slice(r.start, r.end));
  it.each([
    ['a b c', 3, ['a b', 'c']],
    ['one two three', 7, ['one two', 'three']],
    ['word   spaced', 6, ['word', 'spaced']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['para one\n\npara two', 20, ['para one', '', 'para two']],
    ['东京都 大阪', 6, ['东京都', '大阪']],
    ['', 10, ['']],
    ['crlf line\r\nnext line\r\n', 20, ['crlf line', 'next line', '']],
  ])('wraps %j at %i', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe('terminal helpers', () => {
  it.each([
    ['\x1b[2J', '\ufffd[2J'],
    ['a\tb', 'a b'],
    ['line\r', 'line '],
    ['form\ffeed', 'form feed'],
    ['right\u202eleft', 'right\ufffdleft'],
    ['\x9b31m', '\ufffd31m'],
    ['plain text', 'plain text'],
  ])('toTerminalSafe(%j) = %j', (input, out) => {
    expect(toTerminalSafe(input)).toBe(out);
    expect(toTerminalSafe(input).length).toBe(input.length);
  });

  it.each([
    ['Hezbollah', 6, 'Hezbo…'],
    ['short', 6, 'short'],
    ['東京都', 4, '東…'],
  ])('truncate(%j, %i) = %j', (s, w, out) => {
    expect(truncate(s, w)).toBe(out);
  });
});
