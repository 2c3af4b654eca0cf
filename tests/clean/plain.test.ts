import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlainDateline, isTitleLine, splitPlainText } from '../../src/clean/plain.js';
import { cleanDoc, metaSourcesOf } from '../../src/clean/index.js';
import { extract } from '../../src/index.js';
import { createDoc } from '../../src/doc.js';

const seedPath = join(import.meta.dirname, '..', '..', 'fixtures', 'articles', 'globalresearch-tabqah-corridor', 'source.txt');

function textDoc(text: string) {
  return createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
}

describe('isTitleLine', () => {
  it.each([
    ['Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition', true],
    ['What is the sea telling us?', true],
    ['He left the town on Monday.', false],
    ['x'.repeat(201), false],
    ['', false],
  ])('%j → %s', (line, ok) => {
    expect(isTitleLine(line)).toBe(ok);
  });
});

describe('splitPlainText', () => {
  it.each([
    ['Title line\n\nFirst paragraph.\nSame paragraph.\n\nSecond.', 'Title line', ['First paragraph. Same paragraph.', 'Second.']],
    ['Title line\nFirst paragraph right under it.\n\nSecond.', 'Title line', ['First paragraph right under it.', 'Second.']],
    ['Only one paragraph here.', null, ['Only one paragraph here.']],
    ['It starts with a sentence.\n\nThen another.', null, ['It starts with a sentence.', 'Then another.']],
    ['A\r\n\r\nB\r\n \r\nC', 'A', ['B', 'C']],
    // one line per paragraph (no blank lines; prose lines longer than any wrap width): each line is a paragraph
    ['Reservoirs fall to record low\nBy Ana Ruiz\nThe regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest for the month since 1995.\nAdvertisement\nFarmers in the valley have been told to cut irrigation by a fifth from next week, and a hosepipe ban starts on Monday.', 'Reservoirs fall to record low',
      ['By Ana Ruiz', 'The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest for the month since 1995.', 'Advertisement', 'Farmers in the valley have been told to cut irrigation by a fifth from next week, and a hosepipe ban starts on Monday.']],
    // hard-wrapped at ~65 columns: lines that carry on a sentence stay one paragraph, even when they start with a
    // capital or a number; a short line closes its paragraph
    ['Reservoirs fall to record low\n\nBy Ana Ruiz\n3 March 2026\n\nThe regional water board said on Friday that reservoir levels had\nfallen to 41 per cent. Farmers in the valley have been told by\nAnglian Water to cut irrigation by a fifth from next week, and\n2,000 households will face a hosepipe ban from Monday.\nThe board meets again in April.',
      'Reservoirs fall to record low', ['By Ana Ruiz', '3 March 2026', 'The regional water board said on Friday that reservoir levels had fallen to 41 per cent. Farmers in the valley have been told by Anglian Water to cut irrigation by a fifth from next week, and 2,000 households will face a hosepipe ban from Monday. The board meets again in April.']],
    // in one-line-per-paragraph text a line after a comma or starting in lower case still continues the sentence
    ['The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest for the month since 1995,\nthe board added.\nFarmers in the valley have been told to cut irrigation by a fifth from next week, and a hosepipe ban starts on Monday.', null, ['The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest for the month since 1995, the board added.', 'Farmers in the valley have been told to cut irrigation by a fifth from next week, and a hosepipe ban starts on Monday.']],
  ])('%j', (text, title, paragraphs) => {
    const r = splitPlainText(text);
    expect(r.title).toBe(title);
    expect(r.blocks.map((b) => b.text)).toEqual(paragraphs);
  });
});

describe('cleanDoc on the seed article (plain text)', () => {
  const text = readFileSync(seedPath, 'utf8');

  it('keeps the story, removes appeals and notices, reads title and author', () => {
    const doc = textDoc(text);
    const kept = cleanDoc(doc, { clean: true }).map((b) => b.text).join('\n\n');
    expect(kept).toContain('Some 70 ISIS members have withdrawn from the town of Tabqah');
    expect(kept).toContain('A new round of clashes in the province of Idlib may start soon.');
    for (const gone of ['please support the project', 'PayPal', 'patreon.com', 'Articles by: South Front', 'Disclaimer:', 'fair use', 'For media inquiries', 'copyrighted material']) {
      expect(kept).not.toContain(gone);
    }
    expect(doc.meta.title).toBe('Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition to Fight ‘Terrorists’');
    expect(doc.meta.authors).toEqual(['South Front']);
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['clean/donation-appeal', 'clean/articles-by', 'clean/disclaimer', 'clean/copyright-notice', 'clean/media-inquiry']));
    expect(doc.messages).toEqual([]);
  });

  it('under --no-clean returns every paragraph and removes nothing', () => {
    const doc = textDoc(text);
    const blocks = cleanDoc(doc, { clean: false });
    expect(blocks.map((b) => b.text).join('\n')).toContain('Articles by: South Front');
    expect(doc.removed).toEqual([]);
    expect(doc.meta.title).toMatch(/^Video: U\.S\. Opens Corridor/);
  });

  it('warns when nothing is left', () => {
    const doc = textDoc('Share this article\n\nAdvertisement');
    expect(cleanDoc(doc, { clean: true })).toEqual([]);
    expect(doc.messages.map((m) => m.rule)).toEqual(['clean/no-content']);
  });
});

describe('an e-mail saved as text', () => {
  it.each([
    ['From: Valley Briefing <news@valley.example>\nDate: Wed, 4 Mar 2026 07:00:00 +0000\nSubject: Valley Briefing: bridge reopens; rates rise\n\nGood morning. The Mill Street bridge reopened on Tuesday after 14 months of repairs.\n\nRATES RISE\nThe central bank raised its main rate to 4.5%.',
      'Valley Briefing: bridge reopens; rates rise', '2026-03-04', ['Good morning. The Mill Street bridge reopened on Tuesday after 14 months of repairs.', 'RATES RISE', 'The central bank raised its main rate to 4.5%.']],
  ])('%j: the Subject is the title, the Date the date, the headers no text', (text, title, published, paragraphs) => {
    const doc = textDoc(text);
    expect(cleanDoc(doc, { clean: true, now: new Date('2026-12-01T00:00:00Z') }).map((b) => b.text)).toEqual(paragraphs);
    expect(doc.meta.title).toBe(title);
    expect(doc.meta.published).toBe(published);
    expect(doc.removed.filter((r) => r.rule === 'clean/email-header')).toHaveLength(3);
  });
});

describe('cleanDoc on plain text with one line per paragraph', () => {
  it.each([
    ['Reservoirs fall to record low\nBy Ana Ruiz\n3 March 2026\nThe regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest for the month since 1995.\nAdvertisement\nFarmers in the valley have been told to cut irrigation by a fifth from next week, and a hosepipe ban starts on Monday.\nRead more: Rain fails to refill the moor\nShare this article\nSign up for our daily newsletter',
      ['The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest for the month since 1995.', 'Farmers in the valley have been told to cut irrigation by a fifth from next week, and a hosepipe ban starts on Monday.'],
      ['clean/byline', 'clean/dateline', 'clean/ad-label', 'clean/read-more', 'clean/share-prompt', 'clean/newsletter-prompt']],
  ])('%j', (text, paragraphs, rules) => {
    const doc = textDoc(text);
    expect(cleanDoc(doc, { clean: true }).map((b) => b.text)).toEqual(paragraphs);
    expect(doc.removed.map((r) => r.rule)).toEqual(rules);
    expect(doc.meta.title).toBe('Reservoirs fall to record low');
    expect(doc.meta.authors).toEqual(['Ana Ruiz']);
    expect(doc.meta.published).toBe('2026-03-03');
  });
});

describe('findPlainDateline', () => {
  const now = new Date('2024-01-01T00:00:00Z');
  it.each([
    ['a date line under the byline', 'Floods cut the coast road\n\nBy Ana Ruiz, AFP\nMarch 2, 2021\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['day first, with a weekday', 'Floods cut the coast road\n\nTuesday, 2 March 2021\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['an ordinal day, a label and a time', 'Floods cut the coast road\nPosted on: Mar. 2nd, 2021 at 6:15 p.m. EST\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['an ISO date', 'Floods cut the coast road\n\n2021-03-02\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['the date closing the byline', 'Floods cut the coast road\n\nBy Ana Ruiz | March 2, 2021\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-byline-date'],
    ['the date after a dash in the byline', 'Floods cut the coast road\nBY ANA RUIZ - 2 March 2021 09:40 GMT\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-byline-date'],
    ['a wire dateline', 'Floods cut the coast road\n\nLIMA, March 2, 2021 (AFP)\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-place-date-line'],
    ['an update line when nothing else dates the article', 'Floods cut the coast road\n\nUpdated March 3, 2021\n\nThe river rose overnight.', '2021-03-03', 'clean/plain-updated-line'],
    ['an ISO timestamp on a label line', 'Floods cut the coast road\n\nPublished: 2021-03-02T14:02:00Z\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['an ISO timestamp with an offset', 'Floods cut the coast road\n\n2021-03-02T23:40:00-05:00\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['the first date before the update line', 'Floods cut the coast road\n\nUpdated March 3, 2021\nMarch 2, 2021\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    // abbreviated weekdays, e-mail headers, a time before the date, and what follows a separator
    ['an e-mail Date header', 'Floods cut the coast road\nDate: Tue, 2 Mar 2021 06:15:00 +0000\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['an abbreviated weekday', 'Floods cut the coast road\nTue, March 2, 2021\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['an e-mail Sent header', 'Floods cut the coast road\nSent: Tuesday, March 2, 2021 6:15 AM\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['the time before the date, then the update', 'Floods cut the coast road\nPublished: 06:15 GMT, 2 March 2021 | Updated: 09:40 GMT, 2 March 2021\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['a time after a bar', 'Floods cut the coast road\n2 March 2021 | 10:32 BST\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    ['a reading time after a bullet', 'Floods cut the coast road\n2 March 2021 • 6 min read\n\nThe river rose overnight.', '2021-03-02', 'clean/plain-date-line'],
    // press-release ledes: the wire's name marks the dateline, and the release goes on after it
    ['a PR Newswire lede', 'Dunmore Foods names new chief\n\nDAYTON, Ohio, Nov. 4, 2021 /PRNewswire/ -- Dunmore Foods Inc. today named Ana Ruiz chief executive.', '2021-11-04', 'clean/plain-wire-dateline'],
    ['a Business Wire lede', 'Dunmore Foods names new chief\n\nDAYTON--(BUSINESS WIRE)--November 4, 2021--Dunmore Foods Inc. today named Ana Ruiz chief executive.', '2021-11-04', 'clean/plain-wire-dateline'],
    ['a Globe Newswire lede', 'Dunmore Foods names new chief\n\nSAN DIEGO, Nov. 4, 2021 (GLOBE NEWSWIRE) -- Dunmore Foods Inc. today named Ana Ruiz chief executive.', '2021-11-04', 'clean/plain-wire-dateline'],
    ['an Accesswire lede', 'Dunmore Foods names new chief\n\nVANCOUVER, BC / ACCESSWIRE / November 4, 2021 / Dunmore Foods Inc. today named Ana Ruiz chief executive.', '2021-11-04', 'clean/plain-wire-dateline'],
  ])('reads %s', (_name, text, published, rule) => {
    expect(findPlainDateline(text, now)).toMatchObject({ published, rule });
  });

  it.each([
    ['a date without its year', 'Floods cut the coast road\n\nMarch 2\n\nThe river rose overnight.'],
    ['a weekday alone', 'Floods cut the coast road\n\nTuesday\n\nThe river rose overnight.'],
    ['an ISO timestamp inside a sentence', 'Floods cut the coast road\n\nPublished 2021-03-02T14:02:00Z by the desk\n\nRoads closed.'],
    ['a date inside a sentence', 'Floods cut the coast road\n\nOn March 2, 2021 the river rose overnight.\n\nRoads closed.'],
    ['a sentence ending in a date', 'Floods cut the coast road\n\nThe river rose on March 2, 2021.\n\nRoads closed.'],
    ['a byline-like sentence with a date', 'Floods cut the coast road\n\nBy the bridge, March 2, 2021 was quiet.\n\nRoads closed.'],
    ['a day the month does not have', 'Floods cut the coast road\n\nFebruary 30, 2021\n\nThe river rose overnight.'],
    ['a date after the file\'s time', 'Floods cut the coast road\n\nMarch 2, 2025\n\nThe river rose overnight.'],
    ['a sentence after a bar', 'Floods cut the coast road\n\nMarch 2, 2021 | The river rose overnight, and by Tuesday morning 40 homes in the valley had been flooded.'],
    ['a place and a date opening a sentence, with no wire', 'Floods cut the coast road\n\nDAYTON, Nov. 4, 2021 -- Dunmore Foods Inc. said on Thursday it would close a plant.'],
    ['a date below the first lines', 'Floods cut the coast road\nOne\nTwo\nThree\nFour\nFive\nMarch 2, 2021\n\nThe river rose overnight.'],
  ])('reads nothing from %s', (_name, text) => {
    expect(findPlainDateline(text, now)).toBeNull();
  });
});

describe('the dateline of a plain-text article', () => {
  const text = 'Floods cut the coast road\n\nBy Ana Ruiz, AFP\nMarch 2, 2021\n\nOn Monday, 14 villages were cut off. Yesterday, rescuers reached them.\n\nThe river is falling.';

  it('becomes the published date, with its source, and the line is not kept as text', () => {
    const doc = textDoc(text);
    const kept = cleanDoc(doc, { clean: true, now: new Date('2024-01-01T00:00:00Z') });
    expect(doc.meta.published).toBe('2021-03-02');
    expect(metaSourcesOf(doc).published).toBe('"March 2, 2021" line (clean/plain-date-line)');
    expect(kept.map((b) => b.text).join('\n')).not.toContain('March 2, 2021');
  });

  it('dates the relative dates of the article instead of the file time', () => {
    const record = extract(text, { now: new Date('2024-01-01T00:00:00Z') });
    expect(record.article.published).toBe('2021-03-02');
    expect(record.dates.map((d) => [d.text, d.value])).toEqual([['Monday', '2021-03-01'], ['Yesterday', '2021-03-01']]);
    expect(record.numbers.map((n) => n.text)).toEqual(['14 villages']);
  });
});
