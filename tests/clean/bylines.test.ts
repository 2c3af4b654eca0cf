// Bylines, date lines and agency credit lines: credits and role/outlet tails around an author's name, date lines in
// ordinal, numeric and non-English forms, date meta lines with a reading time, and multi-agency credit lines.
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { cleanByline, findMetadata, isPlausibleAuthor, splitAuthors } from '../../src/clean/metadata.js';
import { findPlainDateline } from '../../src/clean/plain.js';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

const htmlDoc = (html: string) => createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);

const authorsOf = (raw: string, site: string | null = null): string[] =>
  splitAuthors(cleanByline(raw, site)).filter((n) => isPlausibleAuthor(n, site));

describe('cleanByline: credits before the name', () => {
  it.each([
    ['Story and photos by Mirela Dost', ['Mirela Dost']],
    ['Text and photos by Mirela Dost', ['Mirela Dost']],
    ['Photographs by Mirela Dost', ['Mirela Dost']],
    ['Photography by Mirela Dost', ['Mirela Dost']],
    ['Words by Mirela Dost', ['Mirela Dost']],
    ['Words: Mirela Dost', ['Mirela Dost']],
    ['Reporting by Mirela Dost', ['Mirela Dost']],
    ['Words and pictures by Mirela Dost and Tobias Renk', ['Mirela Dost', 'Tobias Renk']],
    // unchanged: a plain "By", a name with no credit
    ['By Mirela Dost', ['Mirela Dost']],
    ['Mirela Dost', ['Mirela Dost']],
  ])('%j → %j', (raw, names) => {
    expect(authorsOf(raw)).toEqual(names);
  });
});

describe('clean/byline: a writing credit as a paragraph of its own names the author', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const page = (line: string): string =>
    `<html lang="en"><head><title>Harbour fair returns</title></head><body><article><h1>Harbour fair returns</h1><p>${line}</p><div class="body"><p>The harbour fair returned on Saturday after a three-year break, and organisers put the crowd at 12,000.</p><p>Stallholders said trade was brisk.</p></div></article></body></html>`;
  it.each([
    ['Story and photos by Mirela Dost', ['Mirela Dost']],
    ['Words by Mirela Dost', ['Mirela Dost']],
    ['Reporting by Mirela Dost and Tobias Renk', ['Mirela Dost', 'Tobias Renk']],
  ])('%j → removed, authors %j', (line, authors) => {
    const doc = htmlDoc(page(line));
    expect(cleanDoc(doc, { clean: true, now }).map((b) => b.text)).not.toContain(line);
    expect(doc.meta.authors).toEqual(authors);
  });

  it.each(['Story by the river, the mill stood.', 'Text by Friday'])('%j stays', (line) => {
    const doc = htmlDoc(page(line));
    expect(cleanDoc(doc, { clean: true, now }).map((b) => b.text)).toContain(line);
  });
});

describe('cleanByline: a role or outlet after the name', () => {
  it.each([
    ['By Tobias Renk, Special to the Herald', ['Tobias Renk']],
    ['Tobias Renk - Special to the Herald', ['Tobias Renk']],
    ['By Tobias Renk | The Herald', ['Tobias Renk']],
    ['Tobias Renk | Staff Writer', ['Tobias Renk']],
    ['By TOBIAS RENK Staff Writer', ['Tobias Renk']],
    ['Tobias Renk Senior Correspondent', ['Tobias Renk']],
    ['By Tobias Renk, Editor', ['Tobias Renk']],
    ['By Tobias Renk, Correspondent', ['Tobias Renk']],
    ['By Tobias Renk, Editor-in-Chief', ['Tobias Renk']],
    ['Ines Whitford, Halifax Bureau', ['Ines Whitford']],
    ['Ines Whitford, Halifax Bureau Chief', ['Ines Whitford']],
    ['By Ines Whitford, Reuters', ['Ines Whitford']],
    ['Ines Whitford for The Harbour Times', ['Ines Whitford']],
    ['By Ines Whitford and Tobias Renk, Staff Writers', ['Ines Whitford', 'Tobias Renk']],
    // a second name after the comma stays; an agency alone stays; a collective is not cut into a "name"
    ['Ines Whitford, Tobias Renk', ['Ines Whitford', 'Tobias Renk']],
    ['By Reuters', ['Reuters']],
    ['Halifax Bureau', []],
    ['Special to the Herald', []],
  ])('%j → %j', (raw, names) => {
    expect(authorsOf(raw)).toEqual(names);
  });

  it('leaves a collective whole: "X staff" is not a name and a role (isPlausibleAuthor refuses it whole)', () => {
    expect(cleanByline('Valley Science staff')).toBe('Valley Science staff');
    expect(cleanByline('Valley Science Editorial Staff')).toBe('Valley Science Editorial Staff');
  });

  it('cuts the site named after the name', () => {
    expect(authorsOf('Ines Whitford | Harbour Times', 'Harbour Times')).toEqual(['Ines Whitford']);
    expect(authorsOf('Ines Whitford | Harbour Times', null)).toEqual(['Ines Whitford | Harbour Times']);
  });

  it.each([
    ['<meta name="author" content="Photographs by Mirela Dost">', '', ['Mirela Dost']],
    ['<meta name="author" content="Ines Whitford | Staff Writer">', '', ['Ines Whitford']],
    ['', '<p class="byline">By Ines Whitford, Special to the Herald</p>', ['Ines Whitford']],
  ])('page %j %j → %j', (head, body, names) => {
    const $ = load(`<html lang="en"><head><title>T</title>${head}</head><body><article>${body}<p>Story.</p></article></body></html>`);
    expect(findMetadata($, []).authors).toEqual(names);
  });
});

describe('findPlainDateline: ordinal, numeric and non-English date lines', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it.each([
    ['August 14th, 2026', '2026-08-14'],
    ['14th August 2026', '2026-08-14'],
    ['Friday, August 14th 2026, 9:30 PM PDT', '2026-08-14'],
    ['Sept. 3rd, 2026 at 9:30 pm', '2026-09-03'],
    ['21.11.2026, 14:05 Uhr', '2026-11-21'],
    ['Veröffentlicht am 21.11.2026', '2026-11-21'],
    ['Sa., 21.11.2026', '2026-11-21'],
    ['21. November 2026', '2026-11-21'],
    ['Publié le 19 novembre 2026 à 06h30', '2026-11-19'],
    ['1er décembre 2025', '2025-12-01'],
    ['3 de septiembre de 2026', '2026-09-03'],
    ['3 settembre 2026, ore 8:20', '2026-09-03'],
    ['Stand: 21.11.2026 14:05 Uhr', '2026-11-21'],
    // slashed: a number over 12 is the day, whatever the page's order
    ['Published 14/08/2026', '2026-08-14'],
    ['Published 08/14/2026', '2026-08-14'],
    ['14/08/2026 21:30', '2026-08-14'],
    // …and both under 13 with no known order: no date rather than a wrong one
    ['Published 08/03/2026', null],
    ['31.02.2026', null],
    ['Mai 2026', null],
    ['Le vote du 3 mai 2026 a eu lieu', null],
  ])('%j → %s', (line, published) => {
    expect(findPlainDateline(`Storm closes coast road\n\n${line}\n\nThe road was closed.`, now)?.published ?? null).toBe(published);
  });

  it.each([
    ['day-first', '2026-03-08'],
    ['month-first', '2026-08-03'],
  ] as const)('a slashed date with both numbers under 13 reads the page order (%s)', (slashOrder, published) => {
    expect(findPlainDateline('Published 08/03/2026', now, undefined, { slashOrder })?.published).toBe(published);
  });
});

describe('splitPlainText: a text with one line per paragraph', () => {
  it('keeps the byline and an ordinal date line under it apart, however short the lines', () => {
    const text = 'Storm closes coast road\n\nBy Ines Whitford\nAugust 14th, 2026\n\nThe coast road between Millport and Carrick was closed on Thursday after waves brought down part of the sea wall, the council said.';
    const doc = createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
    const kept = cleanDoc(doc, { clean: true, now: new Date('2026-12-01T00:00:00Z') }).map((b) => b.text);
    expect(kept).toEqual(['The coast road between Millport and Carrick was closed on Thursday after waves brought down part of the sea wall, the council said.']);
    expect(doc.meta.authors).toEqual(['Ines Whitford']);
    expect(doc.meta.published).toBe('2026-08-14');
  });
});

describe('cleanDoc: a date line removed from the page dates it', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const story = '<p>The coast road between Millport and Carrick was closed on Thursday after waves brought down part of the sea wall, the county council said.</p><p>Engineers expect the repairs to take three weeks.</p>';
  const page = (line: string, lang = 'en'): string =>
    `<html lang="${lang}"><head><title>Storm closes coast road</title></head><body><article><h1>Storm closes coast road</h1><div class="meta">${line}</div><div class="body">${story}</div></article></body></html>`;
  it.each([
    ['August 14th, 2026', 'en', '2026-08-14'],
    ['Friday, August 14th 2026, 9:30 PM PDT', 'en', '2026-08-14'],
    ['14th August 2026', 'en-GB', '2026-08-14'],
    ['Published 14/08/2026', 'en-GB', '2026-08-14'],
    ['21.11.2026, 14:05 Uhr', 'de', '2026-11-21'],
    ['Publié le 19 novembre 2026', 'fr', '2026-11-19'],
    ['3 de septiembre de 2026', 'es', '2026-09-03'],
    ['Stand: 21.11.2026 14:05 Uhr', 'de', '2026-11-21'],
    ['Sa., 21.11.2026', 'de', '2026-11-21'],
    ['3 settembre 2026, ore 8:20', 'it', '2026-09-03'],
    // date meta lines: the date with the reading time, a label with "·", the local-TV "Posted at … and last updated …"
    ['November 18, 2026 | 4 min read', 'en', '2026-11-18'],
    ['| Nov 18, 2026 | 4 min read', 'en', '2026-11-18'],
    ['Published Nov. 3, 2026 · 7:00 PM EST', 'en', '2026-11-03'],
    ['Updated Nov. 3, 2026 · 9:42 PM EST', 'en', '2026-11-03'],
    ['Last updated 9:42 PM EST · Nov. 3, 2026', 'en', '2026-11-03'],
    ['Posted at 7:00 PM, Nov 03, 2026 and last updated 9:42 PM, Nov 03, 2026', 'en', '2026-11-03'],
    // removed, but not read: what WordPress leaves after the byline box took the published <time> is the update
    ['November 19, 2026 4 min read', 'en', null],
  ])('%j (%s) → removed, published %s', (line, lang, published) => {
    const doc = htmlDoc(page(line, lang));
    const kept = cleanDoc(doc, { clean: true, now }).map((b) => b.text);
    expect(kept).not.toContain(line);
    expect(doc.meta.published).toBe(published);
  });

  it.each([
    'Posted on Monday, the clip had been viewed 2 million times by Friday.',
    'Updated figures show 14 dead and 3 missing.',
    'Published in The Lancet, the study followed 1,200 adults for 10 years.',
  ])('%j stays', (line) => {
    const doc = htmlDoc(page(line));
    expect(cleanDoc(doc, { clean: true, now }).map((b) => b.text)).toContain(line);
  });
});

describe('clean/agency-line: an agency credit line closing the story', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const page = (line: string): string =>
    `<html lang="en"><head><title>Floods cut off villages</title></head><body><article><h1>Floods cut off villages</h1><div class="body"><p>Floodwaters cut off more than 200 villages in the north-east on Thursday, officials said, as rescue teams struggled to reach stranded families.</p><p>The state's relief minister said camps would open on Friday in the three worst-hit districts.</p><p>${line}</p></div></article></body></html>`;
  const rulesOf = (line: string): { kept: string[]; rules: string[] } => {
    const doc = htmlDoc(page(line));
    const kept = cleanDoc(doc, { clean: true, now }).map((b) => b.text);
    return { kept, rules: doc.removed.filter((r) => r.text === line).map((r) => r.rule) };
  };
  it.each([
    '(With inputs from PTI)', '(AFP/Reuters)', '(AP/AFP)', 'Reuters/AFP', 'With AFP', 'With inputs from agencies',
    '— Reuters', '(dpa/jk)', 'dpa/jk', '(avec AFP)', 'Con información de EFE y Reuters',
    '— With files from The Canadian Press', '(Agencies)', '(dpa)',
  ])('%j is removed', (line) => {
    const { kept, rules } = rulesOf(line);
    expect(kept).not.toContain(line);
    expect(rules).toEqual(['clean/agency-line']);
  });

  it.each([
    'Reuters reported the figures on Friday.',
    'With AFP cameras rolling, the minister left.',
  ])('%j stays', (line) => {
    expect(rulesOf(line).kept).toContain(line);
  });
});
