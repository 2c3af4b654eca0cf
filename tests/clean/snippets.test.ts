import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc, type ArticleMeta } from '../../src/doc.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'snippets');
const FIRST = 'The river council voted on Tuesday to rebuild the old stone bridge';
const LAST = 'by almost a third.';

interface Row {
  /** Text that must be in the kept text. */
  keep: string[];
  /** Text that must not be. */
  drop: string[];
  meta?: Partial<ArticleMeta>;
  /** Rules that must have fired. */
  rules?: string[];
  messages?: string[];
}

// One row per fixture: the behaviour the page was written for.
const rows: Record<string, Row> = {
  'aside-wrapper.html': { keep: [FIRST, LAST], drop: ['Home', 'All rights reserved', 'Bridge to be rebuilt'] },
  'form-wrapper.html': { keep: [FIRST, LAST], drop: ['Home | News', 'Search'] },
  'minified-blocks.html': { keep: ['closed to traffic since the spring floods damaged two of its arches.\n\nEngineers said', 'Closing line of the story.'], drop: ['arches.Engineers'] },
  'multi-part-body.html': { keep: [FIRST, 'The second part of the body ends the article'], drop: ['Advertisement', 'Trending', 'Council budget approved'] },
  'link-density.html': { keep: ['The council published the engineering report', 'Short one.', 'http://valley.example/report.pdf', LAST], drop: ['Floods close two more roads', 'Ferry service'], rules: ['clean/link-list'] },
  'cfemail.html': { keep: ['Readers can send questions to desk@valley-news.example before the meeting.'], drop: ['[email', 'protected]'] },
  'jsonld-body.html': {
    keep: [FIRST, 'The council will publish the timetable for the works in May.'], drop: ['Loading'],
    meta: { title: 'Bridge to be rebuilt', authors: ['Mara Lind'], site: 'Valley News', published: '2024-03-05T09:30:00+01:00' },
    messages: ['clean/jsonld-body'],
  },
  'metadata-tags.html': {
    keep: ['Der Stadtrat hat am Dienstag beschlossen'], drop: ['Lesen Sie auch', 'Von Anna Berg', 'Brücke wird neu gebaut'],
    meta: { title: 'Brücke wird neu gebaut', authors: ['Anna Berg', 'Jonas Keller'], site: 'Talzeitung', language: 'de', canonicalUrl: 'https://talzeitung.example/brucke' },
    messages: ['clean/not-english'],
  },
  'standfirst-header.html': { keep: ['Councillors chose repair over a new crossing', FIRST], drop: ['Subscribe', 'March 5, 2024', 'Bridge to be rebuilt'] },
  'boilerplate-blocks.html': {
    keep: [FIRST, LAST], drop: ['By Mara Lind', 'Share this article', 'newsletter', 'please support', 'Disclaimer', 'All rights reserved', 'cookies'],
    meta: { authors: ['Mara Lind'] },
    rules: ['clean/byline', 'clean/share-prompt', 'clean/newsletter-prompt', 'clean/donation-appeal', 'clean/disclaimer', 'clean/copyright-notice', 'clean/consent'],
  },
  // Elementor puts "elementor-widget" on every container, the story's text editors included
  'elementor-widgets.html': {
    keep: ['The river council voted on Tuesday', 'Engineers said the work', 'Category 2 repairs', 'By Friday, the council', LAST],
    drop: ['Ferry service resumes'],
  },
  // news sentences that hold a boilerplate word stay; the furniture around them goes
  'news-furniture.html': {
    keep: [FIRST, 'Updated figures from the engineers', 'would fund the project in part', LAST],
    drop: ['Listen to this article', 'Story continues below', 'Picture: Valley Council', 'Reporting by', 'Morning Valley newsletter'],
    rules: ['clean/read-more', 'clean/caption-credit', 'clean/wire-credit', 'clean/newsletter-prompt'],
  },
  'russian-page.html': {
    keep: ['Городской совет во вторник решил восстановить'], drop: ['Читайте также', 'Главная'],
    meta: { title: 'Мост восстановят', language: 'ru', site: 'Долинные вести' },
    messages: ['clean/not-english'],
  },
};

describe('fixtures/snippets', () => {
  it('has a row for every fixture page', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.html')).sort()).toEqual(Object.keys(rows).sort());
  });

  it.each(Object.entries(rows))('%s', (file, row) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    const doc = createDoc({ kind: 'file', id: file, url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
    const text = cleanDoc(doc, { clean: true, now: new Date('2025-01-01') }).map((b) => b.text).join('\n\n');
    for (const k of row.keep) expect(text).toContain(k);
    for (const d of row.drop) expect(text).not.toContain(d);
    if (row.meta) expect(doc.meta).toMatchObject(row.meta);
    if (row.rules) expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(row.rules));
    expect(doc.messages.map((m) => m.rule)).toEqual(row.messages ?? []);
  });

  it('under --no-clean keeps every text block of the body', () => {
    const html = readFileSync(join(DIR, 'boilerplate-blocks.html'), 'utf8');
    const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: 0 }, html);
    const text = cleanDoc(doc, { clean: false }).map((b) => b.text).join('\n\n');
    expect(text).toContain('Share this article');
    expect(text).toContain('We use cookies');
    expect(doc.removed).toEqual([]);
  });

  it('never throws on broken or empty HTML', () => {
    for (const html of ['', '<html', '<p>unclosed <b>bold', '<script>var a = "</p>";</script>', '\u0000\u0001']) {
      const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: 0 }, html);
      expect(() => cleanDoc(doc, { clean: true })).not.toThrow();
    }
  });
});

describe('deeply nested HTML', () => {
  it.each([1000, 5000, 50000])('%i levels: text kept, no throw', (n) => {
    const html = `<html><body>${'<div>'.repeat(n)}<p>Deep text, long enough to count as a paragraph of prose in the article.</p>${'</div>'.repeat(n)}</body></html>`;
    const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: 0 }, html);
    const blocks = cleanDoc(doc, { clean: true });
    expect(blocks.map((b) => b.text)).toEqual(['Deep text, long enough to count as a paragraph of prose in the article.']);
    expect(doc.messages.map((m) => m.rule)).toEqual(n > 1500 ? ['clean/too-deep'] : []);
  });
});
