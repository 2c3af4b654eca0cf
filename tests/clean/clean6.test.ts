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
    // a bare K/M figure alone only matches: the cleaner removes it beside other counters alone ("84.1K" over "💬 340"
    // below), a key figure over its label stays ("1.2M" / "people displaced": tests/extract/reg10a.test.ts)
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

describe('clean/over-removal counts story prose only', () => {
  const STORY = [
    'The harbour authority said on Thursday that the north pier would stay closed until June while engineers repair storm damage to its piles.',
    'About 40 fishing boats have moved to the south basin, and the ferry to the islands now leaves from a temporary pontoon near the lifeboat station.',
    'Repairs are expected to cost £2.3 million, which the authority hopes to recover from its insurers, its chief executive told a public meeting.',
    'Traders on the quay said footfall had fallen by a third since the pier closed, and several cafés have cut their opening hours until spring.',
  ];
  const MORE = [
    'The lifeboat crew, which trains from the pier every Tuesday, will use the slipway at the old boatyard until the repairs are finished.',
    'Engineers found that six of the timber piles had been split by the waves and that two more had shifted on the harbour bed, leaving the deck unsafe for vehicles and for the crowds that gather on it in summer.',
    'The pier was last rebuilt in 1988 after a winter gale, and a survey two years ago had rated most of its structure as sound, although it warned that the oldest piles would need replacing within a decade.',
    'Councillors will be asked next month to lend the authority £500,000 so that the work can start before the summer season, when the ferry company says it carries three-quarters of its yearly passengers.',
  ];
  const story = (n: number) => STORY.slice(0, n).map((p) => `<p>${p}</p>`).join('');
  const warns = (html: string) => {
    const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, `<html><head><title>Pier stays shut</title></head><body>${html}</body></html>`);
    cleanDoc(doc, { clean: true, now: null });
    return doc.messages.some((m) => m.rule === 'clean/over-removal');
  };
  const cookie = 'We use cookies and similar technologies to store and access information on your device, to measure the audience and to show you personalised advertising. You can accept all of them or choose which purposes you agree to.';
  const about = 'The Harbour Gazette has reported on the town and its coast since 1894. It is owned by a charitable trust and employs eleven journalists. Our newsroom is open to readers every weekday morning.';
  it.each([
    // story text in boxes the cleaner drops: the article was eaten
    ['most of the story inside removed teaser and promo boxes', `<article>${story(1)}</article><div class="related-box"><p>${STORY[1]}</p><p>${STORY[2]}</p></div><div class="promo-box"><p>${STORY[3]}</p><p>${STORY[0]} It was the third closure in ten years.</p></div>`, true],
    // three of eight paragraphs in a box the cleaner drops
    ['three of eight paragraphs inside a removed promo box', `<article>${story(4)}<p>${MORE[0]}</p><div class="promo"><p>${MORE[1]}</p><p>${MORE[2]}</p><p>${MORE[3]}</p></div></article>`, true],
    // a cookie dialog in an element named as an ad, prose but no story
    ['a long cookie notice inside an ad overlay', `<article>${story(2)}</article><div class="ad-overlay"><p>${cookie}</p><p>${cookie}</p><p>${cookie}</p></div>`, false],
    // the page's frame: an "about us" blurb in the footer, a bio in a sidebar
    ['prose in the footer and a sidebar', `<article>${story(2)}</article><aside><p>${about}</p><p>${about}</p></aside><footer><p>${about}</p><p>${about}</p></footer>`, false],
    // a list of links after a short story: teasers, not story prose
    ['a long list of teaser links', `<article>${story(2)}<div>${['Ferry timetable cut for the winter months', 'School wins national robotics prize for the second year', 'New bus route links the estate with the hospital', 'Lifeboat crew rescues two walkers cut off by the tide', 'Council tax to rise by 4.99% in April after budget vote', 'Town hall clock restored after two years of silence', 'Beach huts to be auctioned for the harbour appeal', 'Choir marks 100 years with a concert at the chapel', 'Rail works close the coast line for nine days', 'Skate park plans go on show at the library', 'Crab season opens early after a mild winter', 'Museum finds a lost painting of the old lighthouse'].map((t) => `<p><a href="/n">${t}</a></p>`).join('')}</div></article>`, false],
  ])('%s', (_, html, expected) => {
    expect(warns(html)).toBe(expected);
  });

  it.each([
    // three long appeals removed by a text rule around two story paragraphs: more than half the prose went
    ['appeals around the story', `Pier stays shut\n\n${STORY[0]}\n\nPlease support our work: make a one-time donation today and help us keep reporting on the harbour, the quay and the town for every reader.\n\nPlease support independent journalism. Make a monthly donation and become a supporter of the newsroom that covers your coast every day.\n\nPlease support us. You can make a donation to us through our website, and every gift helps our eleven journalists report on the town.\n\n${STORY[1]}`, true],
    // short furniture lines only: nothing of the story went
    ['labels and a byline', `Pier stays shut\n\nBy Ana Ruiz\nPublished 3 March 2026\n\n${STORY[0]}\nAdvertisement\n${STORY[1]}\nMost Read\nFerry timetable cut for winter\nSchool wins robotics prize`, false],
  ])('plain text, %s', (_, text, expected) => {
    expect(cleanText(text).doc.messages.some((m) => m.rule === 'clean/over-removal')).toBe(expected);
  });
});
