// The article text the whole pipeline produces from HTML and plain text: invisible characters and line breaks.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { SourceInfo } from '../../src/doc.js';

const source = (html: boolean, content: string): SourceInfo => ({
  kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: html ? 'text/html' : 'text/plain', bytes: Buffer.byteLength(content),
});
const FILLER = '<p>The second paragraph has enough ordinary words in it to be kept as the article text by the cleaner.</p>';
const htmlText = (body: string) => processDocument(source(true, body), `<html><body><article>${body}${FILLER}</article></body></html>`).text;
const plainText = (body: string) => processDocument(source(false, body), body).text;

describe('zero-width spaces never split a word', () => {
  it.each([
    ['<p>Five sol\u200bdiers were killed in Homs on Monday, officials said.</p>', 'Five soldiers were killed'],
    ['<p>Fighters of Al-\u200bQaeda attacked the town of Idlib, residents said.</p>', 'Fighters of Al-Qaeda attacked'],
    ['<p>Fighters of Al-&#8203;Qaeda attacked the town of Idlib, residents said.</p>', 'Fighters of Al-Qaeda attacked'],
  ])('HTML %j', (body, want) => expect(htmlText(body)).toContain(want));

  it.each([
    ['Five sol\u200bdiers were killed in Homs on Monday, officials said.', 'Five soldiers were killed'],
    ['Fighters of Al-\u200bQaeda attacked the town.\n\nA second paragraph.', 'Fighters of Al-Qaeda attacked'],
  ])('plain text %j', (body, want) => expect(plainText(body)).toContain(want));

  it('keeps the joiners of an emoji sequence', () => {
    expect(htmlText('<p>The family \u{1F468}\u200d\u{1F469}\u200d\u{1F467} fled the shelling of the town on Monday.</p>')).toContain('\u{1F468}\u200d\u{1F469}\u200d\u{1F467}');
  });
});

describe('<br> inside a paragraph', () => {
  it.each([
    // one <br> before a lower-case word: a wrapped sentence goes on
    ['<p>Karim said 8 people<br>died in Homs on Monday, according to local officials and residents.</p>', 'Karim said 8 people died in Homs'],
    ['<p>The army said the strikes had hit<br/>\n  several positions near the town of Idlib on Monday.</p>', 'had hit several positions'],
    ['<p>The army said the strikes had hit<br><em>several</em> positions near the town of Idlib on Monday.</p>', 'had hit several positions'],
  ])('joins %j', (body, want) => expect(htmlText(body)).toContain(want));

  it.each([
    // two <br>: a paragraph break
    ['<p>The first paragraph ends here.<br><br>the second one starts in lower case.</p>', 'ends here.\n\nthe second'],
    ['<p>The first paragraph ends here<br>\n<br>and the second one starts in lower case.</p>', 'ends here\n\nand the second'],
    // one <br> before a capital, a digit or after a full stop or a colon: a line of its own
    ['<p>The town of Idlib fell on Monday after a week of heavy fighting<br>Residents fled north toward the border.</p>', 'fighting\n\nResidents fled'],
    ['<p>The town of Idlib fell on Monday after a week of heavy fighting<br>3,000 residents fled north toward the border.</p>', 'fighting\n\n3,000 residents'],
    ['<p>The town fell on Monday.<br>officials said nothing.</p>', 'Monday.\n\nofficials'],
    ['<p>Contact:<br>press office</p>', 'Contact:\n\npress office'],
  ])('breaks %j', (body, want) => expect(htmlText(body)).toContain(want));
});
