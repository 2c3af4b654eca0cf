import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

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
