// Bylines, date lines and agency credit lines: credits and role/outlet tails around an author's name, date lines in
// ordinal, numeric and non-English forms, date meta lines with a reading time, and multi-agency credit lines.
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { cleanByline, findMetadata, isPlausibleAuthor, splitAuthors } from '../../src/clean/metadata.js';

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
