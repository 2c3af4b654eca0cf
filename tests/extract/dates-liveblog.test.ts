import { describe, expect, it } from 'vitest';
import type { NewsDoc } from '../../src/doc.js';
import { findDates } from '../../src/extract/dates.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

/**
 * Dates of a text whose paragraphs (blank-line separated) carry the live-entry times given, in order (null: outside
 * any entry, the blog's intro), read against the page's reference date.
 */
const values = (text: string, ref: string, times: (string | null)[]) => {
  const ctx = contextOf(text);
  const paragraphs = [...text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)].map((m, i) => {
    const p = { start: m.index!, end: m.index! + m[0].length };
    return times[i] ? { ...p, date: times[i]! } : p;
  });
  return findDates({ ...ctx, doc: { paragraphs } as NewsDoc, referenceDate: ref }).map((d) => [d.text, d.value]);
};

describe('findDates: each live entry is read against its own time', () => {
  it.each([
    ['newest first over three days: "yesterday" is the day before each entry',
      'Latest from the strike, which began last week.\n\nTalks resumed yesterday, the union said.\n\nThe authority said yesterday that lorries were stuck.\n\nWorkers walked out on Sunday, the union said.',
      '2029-03-10T07:00:00Z', [null, '2029-03-12T16:20:00Z', '2029-03-11T09:05:00Z', '2029-03-10T08:00:00Z'],
      [['last week', '2029'], ['yesterday', '2029-03-11'], ['yesterday', '2029-03-10'], ['Sunday', '2029-03-04']]],
    ['oldest first: a weekday and "today" in a later entry',
      'The river rose on Friday, officials said.\n\nThe council said on Monday that schools would close today.',
      '2029-01-06T06:00:00Z', ['2029-01-06T07:10:00Z', '2029-01-09T12:30:00Z'],
      [['Friday', '2029-01-05'], ['Monday', '2029-01-08'], ['today', '2029-01-09']]],
    ['an entry of the page\'s own day reads as the page does (its time of day ignored)',
      'Officials met yesterday and will meet again tomorrow.',
      '2029-03-10T07:00:00Z', ['2029-03-10T23:50:00Z'],
      [['yesterday', '2029-03-09'], ['tomorrow', '2029-03-11']]],
    ['paragraphs without an entry time keep the page\'s reference',
      'Talks resumed yesterday, the union said.',
      '2029-03-10T07:00:00Z', [null],
      [['yesterday', '2029-03-09']]],
    ['an entry written in another zone: its own wall-clock day',
      'The ministry said yesterday that the bridge was hit.',
      '2029-03-10T07:00:00+02:00', ['2029-03-12T23:30:00-05:00'],
      [['yesterday', '2029-03-11']]],
  ])('%s', (_label, text, ref, times, expected) => {
    expect(values(text, ref, times)).toEqual(expected);
  });
});

describe('live blog pages end to end', () => {
  const post = (iso: string, text: string) => `<div class="liveblog-entry"><header><time datetime="${iso}"></time></header><p>${text}</p></div>`;
  const page = (entries: string) => `<!doctype html><html><head><title>Port strike live</title><meta property="article:published_time" content="2029-03-10T07:00:00Z"></head>
    <body><main><article><h1>Port strike live</h1><p>Follow the strike at the port, which began last week, as it happens.</p><div class="liveblog-entries">${entries}</div></article></main></body></html>`;
  it.each([
    ['a three-day blog, newest first',
      page(post('2029-03-12T16:20:00Z', 'Union leaders said talks with the port authority resumed yesterday.') + post('2029-03-10T08:00:00Z', 'Dock workers walked out yesterday after pay talks collapsed.')),
      [['last week', '2029'], ['yesterday', '2029-03-11'], ['yesterday', '2029-03-09']]],
    ['a one-day blog reads as before',
      page(post('2029-03-10T16:20:00Z', 'Union leaders said talks with the port authority resumed yesterday.') + post('2029-03-10T08:00:00Z', 'Dock workers walked out yesterday after pay talks collapsed.')),
      [['last week', '2029'], ['yesterday', '2029-03-09'], ['yesterday', '2029-03-09']]],
  ])('%s', (_label, html, expected) => {
    const record = extract(html, { now: new Date('2030-01-01') });
    expect(record.dates.map((d) => [d.text, d.value])).toEqual(expected);
    expect(record.article.paragraphs.every((p) => Object.keys(p).join() === 'start,end')).toBe(true);
  });
});
