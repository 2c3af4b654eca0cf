import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { findParagraphRule } from '../../src/clean/boilerplate.js';
import { createDoc } from '../../src/doc.js';

function cleanText(text: string) {
  const doc = createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
  const kept = cleanDoc(doc, { clean: true, now: null }).map((b) => b.text);
  return { kept, removed: doc.removed.map((r) => `${r.rule}: ${r.text}`), doc };
}

// one line per paragraph, as a browser copies a page: prose lines longer than any wrap width
const LEAD = 'The county council voted on Tuesday to close three branch libraries from April, saving an estimated £1.4 million a year.';
const SECOND = 'Campaigners handed in a petition with 6,200 signatures before the meeting and said they would seek a judicial review.';
const THIRD = 'A spokesperson for the council said mobile library visits to the affected villages would double from next month.';

// the same story hard-wrapped at 66 columns, as an e-mail client or a terminal saves it
const WRAPPED_1 = 'The county council voted on Tuesday to close three branch\nlibraries from April, saving an estimated £1.4 million a year, and\nto move their stock to the central library in the market square.';
const WRAPPED_2 = 'Campaigners handed in a petition with 6,200 signatures before the\nmeeting and said they would seek a judicial review of the decision';

describe('plain text copied from a page: labels and teaser lists on single-spaced lines', () => {
  it.each([
    ['ad labels under a paragraph, one line per paragraph',
      `Libraries to close\n\n${LEAD}\nADVERTISEMENT\nArticle continues below this ad\n${SECOND}`,
      [LEAD, SECOND], ['clean/ad-label: ADVERTISEMENT', 'clean/ad-label: Article continues below this ad']],
    ['a "Most Read" list under the last paragraph, in its block',
      `Libraries to close\n\n${LEAD}\n\n${SECOND}\nMost Read\nPier reopens after storm repairs\nCouncil tax to rise by 4.99% in April\n\n${THIRD}`,
      [LEAD, SECOND, THIRD], ['clean/related-link: Most Read', 'clean/related-link: Pier reopens after storm repairs', 'clean/related-link: Council tax to rise by 4.99% in April']],
    ['a "More from <outlet>" list',
      `Libraries to close\n\n${LEAD}\n\nMore from The Harbour Gazette\nFerry timetable cut for winter\nSchool wins national robotics prize\n\n${THIRD}`,
      [LEAD, THIRD], ['clean/related-link: More from The Harbour Gazette', 'clean/related-link: Ferry timetable cut for winter']],
    ['hard-wrapped: the ad label as the last line of a paragraph is not joined to it',
      `Libraries to close\n\n${WRAPPED_1}\nAdvertisement\n\n${WRAPPED_2}\nMost Read\nPier reopens after storm repairs\nCouncil tax to rise by 4.99% in April`,
      [WRAPPED_1.replace(/\n/g, ' '), WRAPPED_2.replace(/\n/g, ' ')], ['clean/ad-label: Advertisement', 'clean/related-link: Most Read', 'clean/related-link: Council tax to rise by 4.99% in April']],
  ])('%s', (_, text, kept, removed) => {
    const r = cleanText(text);
    expect(r.kept).toEqual(kept);
    expect(r.removed).toEqual(expect.arrayContaining(removed));
  });

  it.each([
    // an ordinary wrapped paragraph is joined and kept whole
    ['a hard-wrapped paragraph', `Libraries to close\n\n${WRAPPED_1}\n\n${WRAPPED_2}`, [WRAPPED_1.replace(/\n/g, ' '), WRAPPED_2.replace(/\n/g, ' ')]],
    // prose under a label-shaped line is no headline list: the line after it is cut at a comma and carried on
    ['prose under "Related"', `Libraries to close\n\n${LEAD}\nRelated\nThe decision follows a review of opening hours,\nwhich found visits had fallen by a third since 2019.`,
      [LEAD, 'The decision follows a review of opening hours, which found visits had fallen by a third since 2019.']],
    // "More from" opening a sentence is no label
    ['"More from" in a sentence', `Libraries to close\n\n${LEAD}\nMore from the reserve fund will go to mobile services\n${THIRD}`,
      [LEAD, 'More from the reserve fund will go to mobile services', THIRD]],
  ])('keeps %s', (_, text, kept) => {
    expect(cleanText(text).kept).toEqual(kept);
  });

  it('keeps the teaser lines as text under --no-clean', () => {
    const text = `Libraries to close\n\n${LEAD}\nMost Read\nPier reopens after storm repairs\nFerry timetable cut for winter`;
    const doc = createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
    expect(cleanDoc(doc, { clean: false, now: null }).map((b) => b.text)).toEqual([LEAD, 'Most Read', 'Pier reopens after storm repairs', 'Ferry timetable cut for winter']);
    expect(doc.removed).toEqual([]);
  });
});

describe('share and view counters', () => {
  it.each([
    ['84.1K', true],
    ['1.2K shares', true],
    ['12 comments', true],
    ['3 min read · 2.4K views', true],
    ['♥ 1.2K · 💬 340', true],
    ['45 likes 3 replies', true],
    ['12,480 views', true],
    // sentences, figures and sums stay
    ['1.2K shares were sold on Monday', false],
    ['184K people affected', false],
    ['$38.5M', false],
    ['2026', false],
    ['12', false],
    ['12,400 votes', false],
    ['Comments from 12 residents were read out', false],
  ])('%j removed: %s', (line, removed) => {
    expect(findParagraphRule(line)?.id === 'clean/share-counter').toBe(removed);
  });

  it('leaves no counter line in the text of a copied post', () => {
    const r = cleanText(`Libraries to close\n\n5 min read · 1.8K views\n${LEAD}\n84.1K\n💬 340\n\n${SECOND}`);
    expect(r.kept).toEqual([LEAD, SECOND]);
  });
});
