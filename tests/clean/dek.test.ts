import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';
import { pipeTabRows } from '../../src/text/table-row.js';

function cleanHtmlPage(html: string) {
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true }).map((b) => b.text);
  return { doc, kept };
}

const TITLE = 'Ferry service to Carrow Island suspended';
const BODY = [
  'The ferry service between Portlen and Carrow Island was suspended on Tuesday after inspectors found corrosion on the landing ramp at the island pier.',
  'The harbour authority said repairs would take four weeks and cost about $900,000, and that a smaller boat would carry passengers in the meantime.',
  '"We will not run a vessel onto a ramp we cannot trust," harbour master Olu Bankole told reporters at the quay.',
  'About 1,200 people live on the island, which depends on the ferry for food deliveries and for its school run to the mainland.',
].map((p) => `<p>${p}</p>`).join('\n');

/** The standfirst right under the <h1>, inside the <article> that holds the body. */
const simplePage = (dek: string): string =>
  `<html lang="en"><head><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1>
<p class="standfirst">${dek}</p>
<p class="byline">By Mara Quill</p>
<div class="article-body">${BODY}</div></article></main></body></html>`;

/** The dek in a header above the body, with a byline link, a share bar and a related box between them. */
const headerPage = (dek: string): string =>
  `<html lang="en"><head><title>${TITLE}</title></head><body><main><div class="article-header"><h1>${TITLE}</h1>
<p class="article-dek">${dek}</p>
<p class="byline">By <a href="/authors/mara-quill">Mara Quill</a></p></div>
<div class="share"><a href="https://facebook.com/share">Facebook</a> <a href="mailto:">Email</a></div>
<div class="related"><h4>Related</h4><ul><li><a href="/r1">Island school gets a new head teacher this term</a></li><li><a href="/r2">Fuel prices rise again on the islands</a></li></ul></div>
<article><div class="article-body">${BODY}</div></article></main></body></html>`;

// A standfirst the lead repeats would count its figures and its claim twice (regress15 M1): it is left out, and
// listed under clean/standfirst-repeat for --explain. One that says something new stays in the text.
describe('a standfirst that repeats the lead is left out, one that says something new stays', () => {
  it.each([
    // the first half of the first sentence
    ['The ferry service between Portlen and Carrow Island was suspended on Tuesday', false],
    // a sentence of paragraph 2, its attribution moved to the end
    ['Repairs will take four weeks and cost about $900,000, the harbour authority said', false],
    // the quote of paragraph 3, with its speaker
    ['"We will not run a vessel onto a ramp we cannot trust," harbour master Olu Bankole said', false],
    // new words: the residents' fears are in no paragraph
    ['Islanders fear weeks of empty shelves as the only link to the mainland stops', true],
    // two new words in 17: more than one in ten is something new ("after a storm warning")
    ['The ferry service between Portlen and Carrow Island was suspended on Tuesday after a storm warning', true],
    // one word in 14 differs, but it is a figure the body lacks (5, not four)
    ['Repairs will take 5 weeks and cost about $900,000, the harbour authority said', true],
    // one word in 16 differs, but it is a name the body lacks
    ['The ferry service between Portlen and Carrow Island was suspended on Tuesday at Kilbrae pier', true],
    // one new word in 13, and it is the news: "halted" is in no paragraph (regress16 R4)
    ['The ferry service between Portlen and Carrow Island was halted on Tuesday', true],
    // a paraphrase with words of its own ("put at", "meanwhile") is no repeat
    ['Repairs put at four weeks and $900,000 while a smaller boat runs a stopgap service meanwhile', true],
  ])('%s → kept: %s', (dek, kept) => {
    for (const page of [simplePage(dek), headerPage(dek)]) {
      const { doc, kept: text } = cleanHtmlPage(page);
      expect(text.includes(dek)).toBe(kept);
      expect(text[kept ? 1 : 0]).toMatch(/^The ferry service between Portlen/);
      expect(doc.removed.some((r) => r.rule === 'clean/standfirst-repeat' && r.text === dek)).toBe(!kept);
    }
  });

  it('the paragraph right under the <h1> reads as a standfirst, and stays when nothing repeats it', () => {
    const html = `<html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>\n${BODY}</article></body></html>`;
    const { doc, kept } = cleanHtmlPage(html);
    expect(kept[0]).toMatch(/^The ferry service between Portlen/);
    expect(kept).toHaveLength(4);
    expect(doc.removed.some((r) => r.rule === 'clean/standfirst-repeat')).toBe(false);
  });
});

// The story's own lead, beside the paragraphs that go on from it, is no dek even when they reuse all its words
// (regress16 R1): under the <h1> with no body container, or as a <p class="intro"> opening the body container.
describe('a lead paragraph beside the body paragraphs stays, whatever words they reuse', () => {
  const LEAD = 'Strong winds and heavy rain have caused travel disruption across the region.';
  const STORY = [
    'Trains were cancelled and several roads were closed on Sunday after strong winds brought down trees across the region, causing travel disruption.',
    'Heavy rain also caused flooding on a number of roads, and drivers have been told to avoid travel unless necessary.',
    'A yellow warning for wind remains in place until Monday morning.',
  ].map((p) => `<p>${p}</p>`).join('\n');
  it.each([
    ['under the <h1>, no body container', `<html lang="en"><head><title>Storm brings disruption</title></head><body><article><h1>Storm brings disruption</h1>\n<p>${LEAD}</p>\n${STORY}</article></body></html>`],
    ['a <p class="intro"> in the body container', `<html lang="en"><head><title>Storm brings disruption</title></head><body><article><h1>Storm brings disruption</h1>\n<div class="byline">By Mara Quill</div>\n<div class="article-content"><p class="intro">${LEAD}</p>\n${STORY}</div></article></body></html>`],
  ])('%s', (_name, html) => {
    const { doc, kept } = cleanHtmlPage(html);
    expect(kept[0]).toBe(LEAD);
    expect(doc.removed.some((r) => r.rule === 'clean/standfirst-repeat')).toBe(false);
  });
});

// A table pasted from a spreadsheet keeps its rows: each tab-separated line becomes a row as the cleaner writes an
// HTML table's ("Region | Dead | Missing"), so its figures keep their column; other lines with a tab stay as they are.
describe('tab-separated rows of a plain text are table rows', () => {
  it.each([
    // a table under a line of prose, in the same run of lines
    ['Figures on Sunday:\nRegion\tDead\tMissing\nNorth Vale\t12\t4\nEast Ridge\t7\t11\n', 'Figures on Sunday:\nRegion | Dead | Missing\nNorth Vale | 12 | 4\nEast Ridge | 7 | 11\n'],
    // a header row set apart by a blank line, as wide as the table under it
    ['Region\tDead\n\nNorth Vale\t12\nEast Ridge\t7', 'Region | Dead\n\nNorth Vale | 12\nEast Ridge | 7'],
    // cells padded with spaces, two tabs between cells
    ['Route \t\t Sailings\nHarbour to Isle\t40\nIsle to Point\t 12', 'Route | Sailings\nHarbour to Isle | 40\nIsle to Point | 12'],
    // a headline with its section after a tab: one line, no table
    ['Floods hit Valencia as storm moves east\tWorld news\n\nAt least 60 people died.', 'Floods hit Valencia as storm moves east\tWorld news\n\nAt least 60 people died.'],
    // two rows of words alone: no figure cell, no table
    ['Chair\tDana Ruiz\nTreasurer\tTom Ekwueme', 'Chair\tDana Ruiz\nTreasurer\tTom Ekwueme'],
    // a lone header row whose table is narrower stays as it is
    ['Region\tDead\tMissing\n\nNorth Vale\t12\nEast Ridge\t7', 'Region\tDead\tMissing\n\nNorth Vale | 12\nEast Ridge | 7'],
  ])('%j', (input, expected) => {
    expect(pipeTabRows(input)).toBe(expected);
  });

  it('a .txt table keeps its rows in the text', () => {
    const text = 'Flood toll rises\n\nOfficials said on Sunday that the floods had killed dozens of people across the north.\n\nRegion\tDead\tMissing\nNorth Vale\t12\t4\nEast Ridge\t7\t11\n';
    const doc = createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
    const kept = cleanDoc(doc, { clean: true });
    expect(kept.map((b) => b.text)).toEqual([
      'Officials said on Sunday that the floods had killed dozens of people across the north.', 'Region | Dead | Missing', 'North Vale | 12 | 4', 'East Ridge | 7 | 11',
    ]);
    expect(kept[1]!.tableStart).toBe(true);
  });
});
