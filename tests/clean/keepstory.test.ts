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
    // removed: a promotion of another story behind a label and a colon (regress15 R3)
    ['<p>Don\u2019t miss: <a href="/m">Is the port ready for the next winter storm?</a></p>', 'Don\u2019t miss: Is the port ready for the next winter storm?', false],
    ['<p>Recommended reading: <a href="/r">Five things to know about the harbour repairs.</a></p>', 'Recommended reading: Five things to know about the harbour repairs.', false],
    // removed: a related headline half linked, ending with its link
    ['<ul><li>Dockers must be heard, <a href="/s/2">whatever the board decides</a></li></ul>', 'Dockers must be heard, whatever the board decides', false],
  ])('%s', (block, text, kept) => {
    const { doc, kept: blocks } = cleanHtmlPage(storyWith(block));
    expect(blocks.includes(text)).toBe(kept);
    // a list goes by the link-list test or by a paragraph rule of its own ("Tags: …" is clean/tags), never silently
    expect(doc.removed.some((r) => r.text === text)).toBe(!kept);
  });
});

const BODY = [
  '<div class="c-body"><div class="c-body__content">',
  '<p>Bus drivers at three depots in the west of the county walked out at dawn on Monday, leaving most rural routes without a service for the first time since 2019.</p>',
  '<p>The operator said fewer than one in four scheduled buses ran before noon, and that school routes had been given priority where drivers were available.</p>',
  '<p>The union said it would announce further dates on Thursday unless the company reopened talks on overtime rates.</p>',
  '</div></div>',
].join('');
const MOST_READ = '<div class="c-most-read"><h3>Most Read</h3><ol><li><a href="/1">Café owner fined over outdoor seating</a></li><li><a href="/2">Frost warning for the hills tonight</a></li></ol></div>';

/** A page whose header holds the headline and `header` (a standfirst, a byline…), then the body and `after`. */
const headerPage = (header: string, after = ''): string =>
  `<html lang="en"><head><title>Bus strike leaves rural routes empty</title></head><body><div class="wrap"><div class="c-header"><h1>Bus strike leaves rural routes empty</h1>${header}</div>${BODY}${after}</div></body></html>`;

const DEK = 'Drivers say the company has ignored two years of complaints about overtime, while managers accuse the union of breaking an agreement';

// Bug 8: a standfirst without a closing stop joins the text, whatever boxes stand beside the body
describe('a standfirst joins the text with or without a full stop', () => {
  it.each([
    ['class standfirst', `<p class="c-header__standfirst">${DEK}</p>`, '', DEK],
    ['class standfirst, with a Most Read box', `<p class="c-header__standfirst">${DEK}</p>`, MOST_READ, DEK],
    ['class dek on the wrapper', `<div class="article-dek"><p>${DEK}</p></div>`, MOST_READ, DEK],
    ['the <p> under the <h1>', `<p>${DEK}</p>`, MOST_READ, DEK],
    ['a live blog summary line', '<p class="live-summary">Snow warning in force until noon; two roads closed; schools shut in the north of the county</p>', MOST_READ, 'Snow warning in force until noon; two roads closed; schools shut in the north of the county'],
    ['a byline link between it and the body', `<p class="standfirst">${DEK}</p><p class="author">By <a href="/a/holt">Jenna Holt</a></p>`, MOST_READ, DEK],
    ['a box of links between it and the body', `<p class="standfirst">${DEK}</p><h2>Key events</h2><ul><li><a href="#e1">Depots shut at dawn</a></li><li><a href="#e2">Talks called off</a></li></ul>`, MOST_READ, DEK],
  ])('%s', (_, header, after, first) => {
    const { kept } = cleanHtmlPage(headerPage(header, after));
    expect(kept[0]).toBe(first);
  });

  it.each([
    ['a date line under the <h1>', '<p>Posted: Mon 6:45 AM, Mar 2, 2026 |</p>'],
    ['a short label with a standfirst class', '<p class="intro">Live: bus strike</p>'],
    // notices where a standfirst stands (regress15 R4)
    ['an age notice', '<p>This article is more than 5 years old and may contain outdated information</p><p class="author">By <a href="/a/holt">Jenna Holt</a></p>'],
    ['an affiliate notice', '<p>We may earn a commission from links on this page at no cost to you</p><p class="author">By <a href="/a/holt">Jenna Holt</a></p>'],
    ['a sponsored label', '<p class="dek">Sponsored content from a regional bus operator and its partners</p>'],
  ])('%s is no standfirst', (_, header) => {
    const { kept } = cleanHtmlPage(headerPage(header, MOST_READ));
    expect(kept[0]).toMatch(/^Bus drivers at three depots/);
  });
});

// Bug 8: prose the selection of the body leaves out is listed in doc.removed (--explain), never dropped silently
describe('story-like blocks left out of the body are listed', () => {
  it.each([
    ['a prose paragraph in a box beside the body', '<div class="panel"><p>The county council said it was not responsible for the dispute, but would review its contract with the operator when it ends in 2027.</p></div>', 'The county council said it was not responsible for the dispute, but would review its contract with the operator when it ends in 2027.'],
  ])('%s', (_, after, text) => {
    const { doc, kept } = cleanHtmlPage(headerPage('', MOST_READ + after));
    expect(kept).not.toContain(text);
    expect(doc.removed).toContainEqual({ kind: 'other', rule: 'clean/outside-body', text });
  });

  it('a left-out block does not count as story text lost (no clean/over-removal)', () => {
    const comments = Array.from({ length: 3 }, (_, i) => `<div class="reply"><p>I have taken the number ${i + 10} bus every morning for ten years and it has never once been on time, so I can't say I will notice the strike much.</p></div>`).join('');
    const { doc, kept } = cleanHtmlPage(`<html lang="en"><body><article><h1>Bus strike leaves rural routes empty</h1>${BODY}</article><div class="panel">${comments}</div></body></html>`);
    expect(kept.some((t) => t.startsWith('I have taken'))).toBe(false);
    expect(doc.removed.filter((r) => r.rule === 'clean/outside-body')).toHaveLength(3);
    expect(doc.messages.map((m) => m.rule)).not.toContain('clean/over-removal');
  });
});

const TEASER = [
  '<p>The water company has delayed its plan to build a reservoir north of the city by three years, according to papers filed with the regulator on Friday.</p>',
  '<p>The papers show the company now expects construction to start in 2031, after a review of its demand forecasts for the next two decades.</p>',
].join('');

/** A short story, then `after` (an offer box, a heading), in a page whose JSON-LD says `ld`. */
const teaserPage = (after: string, ld = ''): string =>
  `<html lang="en"><head><title>Reservoir plan delayed</title>${ld ? `<script type="application/ld+json">${ld}</script>` : ''}</head><body><article><h1>Reservoir plan delayed</h1><div class="article-body">${TEASER}</div>${after}</article></body></html>`;

// Bug 7, the warning: a short text over a paywall offer, in the common wordings, or a page whose JSON-LD says it is
// not free, gives clean/teaser; a newsletter offer or a bare "Continue reading" link does not
describe('the teaser warning', () => {
  it.each([
    ['<h3>Subscribe to keep reading</h3>', true],
    ['<h3>Subscribe to read the full story</h3>', true],
    ['<h3>Subscribe to read more</h3>', true],
    ['<h3>This story is exclusive to subscribers</h3>', true],
    ['<h3>To continue reading, log in or subscribe</h3>', true],
    ['<h3>Want to keep reading?</h3>', true],
    ['<h3>You’ve reached your free article limit</h3>', true],
    ['<div class="offer"><h3>Subscribe to keep reading</h3><ul><li>Unlimited articles on any device</li><li>The weekly print edition</li></ul></div>', true],
    ['<h3>Subscribe to our morning newsletter</h3>', false],
    ['<p><a href="/next">Continue reading</a></p>', false],
    ['', false],
  ])('%s → %s', (after, warns) => {
    const { doc } = cleanHtmlPage(teaserPage(after));
    expect(doc.messages.some((m) => m.rule === 'clean/teaser')).toBe(warns);
  });

  it.each([
    ['{"@type":"NewsArticle","headline":"Reservoir plan delayed","isAccessibleForFree":false}', true],
    ['{"@type":"NewsArticle","headline":"Reservoir plan delayed","isAccessibleForFree":"False"}', true],
    ['{"@type":"NewsArticle","headline":"Reservoir plan delayed","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywalled"}}', true],
    ['{"@type":"NewsArticle","headline":"Reservoir plan delayed","isAccessibleForFree":true}', false],
  ])('JSON-LD %s → %s', (ld, warns) => {
    const { doc } = cleanHtmlPage(teaserPage('', ld));
    expect(doc.messages.some((m) => m.rule === 'clean/teaser')).toBe(warns);
  });

  // regress15 R5: metered sites mark every story not free; a complete brief of ~900 characters is no teaser on that
  // word alone (an offer under it still makes it one)
  it.each([
    ['', false],
    ['<h3>Subscribe to keep reading</h3>', true],
  ])('a complete brief marked not free, then %s → %s', (after, warns) => {
    const third = '<p>A spokesman for the company said the delay would not affect water supplies, since demand had fallen by a tenth over the past five years and two older reservoirs had been repaired.</p><p>The regulator said it would publish its response to the plan in the spring, after a public consultation that opens next month and runs for twelve weeks across the region.</p>';
    const page = teaserPage(after, '{"@type":"NewsArticle","headline":"Reservoir plan delayed","isAccessibleForFree":false}').replace('</div>', `${third}</div>`);
    const { doc, kept } = cleanHtmlPage(page);
    expect(kept.join(' ').length).toBeGreaterThan(600);
    expect(doc.messages.some((m) => m.rule === 'clean/teaser')).toBe(warns);
  });
});
