import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

const run = (html: string): { text: string; rules: string[] } => {
  const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const text = cleanDoc(doc, { clean: true, now: new Date('2030-01-01') }).map((b) => b.text).join('\n\n');
  return { text, rules: doc.messages.map((m) => m.rule) };
};

const entry = (headline: string, body: string): object => ({ '@type': 'BlogPosting', headline, datePublished: '2029-04-02T10:00:00Z', articleBody: body });
const ldPage = (updates: object[], body: string, type: unknown = 'LiveBlogPosting'): string =>
  `<html><head><title>Harbour fire live</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': type, headline: 'Harbour fire live', liveBlogUpdate: updates })}</script></head><body>${body}</body></html>`;

const FIRE = entry('Fire under control', 'Firefighters said the blaze at the grain store on the east quay was under control by midday, after burning for six hours.');
const ROAD = entry('Coast road closed', 'Police closed the coast road between the ferry terminal and the lighthouse while 40 crews worked on the quay.');
const OPEN = entry('Opening', '<p>Smoke was first seen over the harbour at 05:50.</p><p>Residents were asked to keep windows shut.</p>');
const LONG_BODY = '<article><p>Firefighters said the blaze at the grain store on the east quay was under control by midday, after burning for six hours, and that the cause was not yet known.</p><p>Police closed the coast road between the ferry terminal and the lighthouse while 40 crews worked on the quay, and ferries were moved to the west pier for the day.</p><p>Smoke was first seen over the harbour at 05:50, and residents were asked to keep their windows shut until the evening.</p></article>';

describe('live blog entries from JSON-LD liveBlogUpdate', () => {
  it.each([
    ['loading shell: entries in the order given, headings and bodies',
      ldPage([FIRE, ROAD, OPEN], '<div id="root"><p>Loading live updates…</p></div>'),
      ['Fire under control\n\nFirefighters said', 'Coast road closed\n\nPolice closed', 'Smoke was first seen over the harbour at 05:50.\n\nResidents were asked'], ['Loading'], 'clean/jsonld-liveblog'],
    ['empty app root, @type given as a list',
      ldPage([FIRE, ROAD], '<div id="app"></div>', ['LiveBlogPosting', 'NewsArticle']),
      ['Firefighters said the blaze', 'Police closed the coast road'], [], 'clean/jsonld-liveblog'],
    ['HTML that carries the entries keeps its own reading',
      ldPage([FIRE, ROAD, OPEN], LONG_BODY),
      ['ferries were moved to the west pier'], ['Fire under control'], null],
  ])('%s', (_name, html, keep, drop, rule) => {
    const { text, rules } = run(html);
    for (const k of keep) expect(text).toContain(k);
    for (const d of drop) expect(text).not.toContain(d);
    if (rule) expect(rules).toContain(rule);
    else expect(rules).not.toContain('clean/jsonld-liveblog');
  });

  it('orders entries as the JSON-LD lists them (newest first)', () => {
    const { text } = run(ldPage([FIRE, ROAD], '<div>Loading…</div>'));
    expect(text.indexOf('Firefighters')).toBeLessThan(text.indexOf('Police closed'));
  });
});

describe('a page that is only a loading placeholder', () => {
  it.each([
    ['<html><body><div class="app"><p>Loading live updates…</p></div></body></html>', true],
    ['<html><body><div id="root">Loading...</div></body></html>', true],
    ['<html><body><article><p>Loading of the ferry resumed on Tuesday after the strike ended, the port authority said.</p></article></body></html>', false],
  ])('%s → warning %s', (html, warned) => {
    const { rules } = run(html);
    expect(rules.includes('clean/script-shell')).toBe(warned);
    // the shell warning says why there is no text: no second "no article text" warning beside it
    if (warned) expect(rules).not.toContain('clean/no-content');
  });
});
