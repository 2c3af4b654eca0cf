import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

function cleanHtmlPage(html: string) {
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true }).map((b) => b.text);
  return { doc, kept };
}

const STORY = [
  '<p>The harbour board voted on Wednesday to close the north quay to heavy lorries from March, after engineers found cracks in two of its supporting piers.</p>',
  '<p>Traders at the fish market said the closure would add an hour to every delivery, and asked the board to pay for a temporary road across the old rail yard.</p>',
  '<p>The board said it would publish the engineers’ report in full next week, together with an estimate of what the repairs will cost the port.</p>',
].join('\n');

/** A story page with `block` between its second and third paragraphs. */
const storyWith = (block: string): string =>
  `<html lang="en"><head><title>Harbour board shuts north quay to lorries</title></head><body><article><h1>Harbour board shuts north quay to lorries</h1><div class="story-body">\n${STORY.replace('</p>\n<p>The board', `</p>\n${block}\n<p>The board`)}\n</div></article></body></html>`;

// Bug 2: a block mostly made of link text is a link list only when the words outside its links are separators, a
// label or furniture; a sentence whose key phrases are linked is story text.
describe('linked sentences are story text, link lists are not', () => {
  it.each([
    // kept: words of its own, ending as a sentence
    ['<p>The closure follows <a href="/a">a survey of the quay walls</a> and <a href="/b">three winters of storm damage</a>.</p>', 'The closure follows a survey of the quay walls and three winters of storm damage.', true],
    ['<p>Repairs will be paid for by <a href="/c">the coastal infrastructure fund set up in June</a>.</p>', 'Repairs will be paid for by the coastal infrastructure fund set up in June.', true],
    // kept: words after the last link, no stop ("voted yes")
    ['<ul><li><a href="/p/1">Chair Dana Ruiz</a> voted yes</li><li><a href="/p/2">Member Tom Ekwueme</a> voted no</li></ul>', 'Member Tom Ekwueme voted no', true],
    ['<p><a href="/p/3">Harbourmaster Ines Vogt</a> resigned last month</p>', 'Harbourmaster Ines Vogt resigned last month', true],
    // removed: a label and separators
    ['<p>Read: <a href="/x">Quay cracks found</a> · <a href="/y">Lorry ban debated</a> · <a href="/z">Port budget cut</a></p>', 'Read: Quay cracks found · Lorry ban debated · Port budget cut', false],
    ['<p>More: <a href="/x">Fish market moves</a> | <a href="/y">Rail yard sold to developer</a></p>', 'More: Fish market moves | Rail yard sold to developer', false],
    // removed: a tag line and a teaser with its age
    ['<p>Tags: <a href="/t/1">harbour</a>, <a href="/t/2">transport</a>, <a href="/t/3">council</a></p>', 'Tags: harbour, transport, council', false],
    ['<ul><li><a href="/s/1">Ferry timetable changes for winter season</a> 3 hours ago</li></ul>', 'Ferry timetable changes for winter season 3 hours ago', false],
    // removed: a related headline half linked, ending with its link
    ['<ul><li>Dockers must be heard, <a href="/s/2">whatever the board decides</a></li></ul>', 'Dockers must be heard, whatever the board decides', false],
  ])('%s', (block, text, kept) => {
    const { doc, kept: blocks } = cleanHtmlPage(storyWith(block));
    expect(blocks.includes(text)).toBe(kept);
    // a list goes by the link-list test or by a paragraph rule of its own ("Tags: …" is clean/tags), never silently
    expect(doc.removed.some((r) => r.text === text)).toBe(!kept);
  });
});
