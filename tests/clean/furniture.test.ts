import { describe, expect, it } from 'vitest';
import { applyParagraphRules, findParagraphRule } from '../../src/clean/boilerplate.js';
import { cleanDoc } from '../../src/clean/index.js';
import { findPlainDateline } from '../../src/clean/plain.js';
import { createDoc } from '../../src/doc.js';

function cleanTextFile(text: string) {
  const doc = createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
  const kept = cleanDoc(doc, { clean: true }).map((b) => b.text);
  return { doc, kept };
}

function cleanHtmlPage(html: string) {
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true }).map((b) => b.text);
  return { doc, kept };
}

// Page furniture that reaches the text rules without its class words (text copied from a browser, hashed class names):
// each row is a block, where it stands, and the rule that must remove it (null: a near-miss sentence that must stay).
describe('page furniture lines (F30: labels of big outlets in copied text)', () => {
  it.each([
    ['Supported by', 'body', 'clean/ad-label'],
    ['Ad Feedback', 'body', 'clean/ad-label'],
    ['Scroll to continue with content', 'body', 'clean/ad-label'],
    ['Article continues below this ad', 'body', 'clean/ad-label'],
    ['Content continues below', 'body', 'clean/ad-label'],
    ['Enlarge this image', 'body', 'clean/image-credit'],
    ['toggle caption', 'body', 'clean/image-credit'],
    ['Hide caption', 'body', 'clean/image-credit'],
    ['Image 1 of 12', 'body', 'clean/image-credit'],
    ['1 of 5', 'body', 'clean/image-credit'],
    ['Continue reading the main story', 'body', 'clean/read-more'],
    ['Read full article', 'body', 'clean/read-more'],
    ['Listen to article', 'body', 'clean/read-more'],
    ['Show more', 'body', 'clean/read-more'],
    ['Loading...', 'body', 'clean/read-more'],
    ['Loading tweet…', 'body', 'clean/read-more'],
    ['Skip to main content', 'head', 'clean/read-more'],
    ['RECOMMENDED', 'tail', 'clean/related-link'],
    ['Recommended Stories', 'body', 'clean/related-link'],
    ['Related Topics', 'tail', 'clean/related-link'],
    // near misses: sentences that open with the same words
    ['Supported by the unions, the bill passed the lower house on Tuesday.', 'body', null],
    ['Show more restraint, the judge told both lawyers.', 'body', null],
    ['Loading the ferry took four hours because of the wind.', 'body', null],
    ['Loading the ark', 'body', null],
    ['One of five patients waited more than a year.', 'body', null],
    ['Image rights were sold to a French agency for 1 million euros.', 'body', null],
    ['Recommended doses were halved after 12 children fell ill.', 'body', null],
    ['Related topics such as housing dominated the debate.', 'body', null],
    ['The article continues a series on rural hospitals.', 'body', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });
});

describe('closing furniture of government and UN releases (F13)', () => {
  it.each([
    ['Ends', 'tail', 'clean/end-mark'],
    ['-ENDS-', 'tail', 'clean/end-mark'],
    ['- 30 -', 'tail', 'clean/end-mark'],
    ['###', 'tail', 'clean/end-mark'],
    ['For further information, please contact:', 'tail', 'clean/media-inquiry'],
    ['For more information contact', 'body', 'clean/media-inquiry'],
    ['Media enquiries', 'tail', 'clean/media-inquiry'],
    ['Press office:', 'tail', 'clean/media-inquiry'],
    ['Notes to editors', 'tail', 'clean/media-inquiry'],
    ['For more information, please visit www.relief.example/floods', 'tail', 'clean/media-inquiry'],
    // near misses
    ['Ends meet for fewer families each winter, the charity warned.', 'tail', null],
    ['The talks ended without agreement.', 'tail', null],
    ['30', 'tail', null],
    ['###', 'body', null],
    ['press office', 'tail', null],
    ['For more information, residents should contact the council on 0300 555 0101, a spokesman said.', 'tail', null],
    ['The press office refused to comment on the leaked memo.', 'tail', null],
    ['Notes to editors were leaked to the Echo before the briefing.', 'tail', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });

  it.each([
    // "Ends" in the tail ends the release: the press office's notes and contacts after it go too
    [['The ship shot down two drones over the strait on Sunday.', 'No one was hurt, the ministry said.', 'The convoy reached port.', 'Ends', 'Press office', 'desk@ministry.example'], 3],
    // a sitrep's contact block: the names after the label go with it
    [['Floods displaced 41,000 people.', 'Aid reached 12 districts.', 'Water levels fell on Friday.', 'For further information, please contact:', 'Amira Solberg, Head of Office, solberg@relief.example'], 3],
  ])('%j keeps %i blocks', (texts, keptCount) => {
    const { kept } = applyParagraphRules(texts.map((text) => ({ tag: 'p' as const, text })));
    expect(kept.map((b) => b.text)).toEqual(texts.slice(0, keptCount));
  });
});

describe('e-mail newsletter furniture (F22)', () => {
  it.each([
    ['View this email in your browser', 'head', 'clean/newsletter-prompt'],
    ['View in browser', 'head', 'clean/newsletter-prompt'],
    ['View online', 'head', 'clean/newsletter-prompt'],
    ['Having trouble viewing this email? Click here.', 'head', 'clean/newsletter-prompt'],
    ['Forwarded this email? Sign up here for more.', 'tail', 'clean/newsletter-prompt'],
    ['Was this newsletter forwarded to you? Subscribe here.', 'body', 'clean/newsletter-prompt'],
    ['Unsubscribe | Update your preferences', 'tail', 'clean/newsletter-prompt'],
    ['Unsubscribe', 'tail', 'clean/newsletter-prompt'],
    ['You are receiving this email because you subscribed to The Daily Ledger. Unsubscribe | Update your preferences The Daily Ledger, 40 Harbour St, Portsmouth', 'tail', 'clean/email-footer'],
    ['This email was sent to reader@example.com by The Daily Ledger.', 'tail', 'clean/email-footer'],
    ['To unsubscribe from this list, click here.', 'tail', 'clean/email-footer'],
    // near misses
    ['Unsubscribe rates rose 4% after the redesign, the company said.', 'tail', null],
    ['View this as a warning, the minister told parliament.', 'body', null],
    ['Voters forwarded the email to the electoral commission.', 'body', null],
    ['You are receiving this award because of your courage, the king told the firefighters.', 'tail', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });
});

describe('paywall offers under a teaser (F5)', () => {
  it.each([
    ['Keep reading for $1', 'body', 'clean/paywall'],
    ['Then $69 per month. Complete digital access to quality journalism. Cancel anytime during your trial.', 'body', 'clean/paywall'],
    ['Only $1 for 4 weeks', 'body', 'clean/paywall'],
    ['This post is for paid subscribers', 'body', 'clean/paywall'],
    ['This article is for subscribers only.', 'body', 'clean/paywall'],
    ['This story is available exclusively to subscribers.', 'body', 'clean/paywall'],
    ['Already a paid subscriber? Sign in', 'body', 'clean/paywall'],
    ['Keep reading with a 7-day free trial', 'body', 'clean/paywall'],
    ['Subscribe to Harbour Notes to keep reading this post and get 7 days of free access to the full post archives.', 'body', 'clean/paywall'],
    ['Upgrade to paid', 'body', 'clean/paywall'],
    ['Member-only story', 'head', 'clean/paywall'],
    ['Become a member', 'tail', 'clean/paywall'],
    ['To read the full article, subscribe now.', 'body', 'clean/paywall'],
    ['Unlock this article', 'body', 'clean/paywall'],
    ["You've read all your free articles this month.", 'body', 'clean/paywall'],
    ['Register for free to continue reading', 'body', 'clean/paywall'],
    ['Sign in or create a free account to read more', 'body', 'clean/paywall'],
    ['Continue reading with a subscription', 'body', 'clean/paywall'],
    ['Get full access to this article', 'body', 'clean/paywall'],
    ['Try unlimited access', 'body', 'clean/paywall'],
    ['Subscribers only', 'body', 'clean/paywall'],
    ['End of preview', 'body', 'clean/paywall'],
    // near misses: news about subscriptions, prices and members
    ['Readers can keep reading for free until May, the editor said.', 'body', null],
    ['Then $69 per month was deducted from her pension without notice, she told the tribunal.', 'body', null],
    ['Members only learned of the merger from the press.', 'body', null],
    ['Become a member of the council and you inherit its debts.', 'body', null],
    ['Cancel culture dominated the debate in the second hour.', 'body', null],
    ['The union said it would unlock the funds once the deal was signed.', 'body', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });

  const story = '<p>When the first margin call arrived on a Tuesday morning in March, three senior traders on the bank\'s credit desk already knew the position was too big to unwind quietly.</p>';
  it.each([
    // a teaser, then the barrier: the offer goes and the record says it holds the teaser only
    [`<article><h1>Inside the bond desk</h1>${story}<div class="barrier"><h2>Keep reading for $1</h2><p>Then $69 per month.</p></div></article>`, true],
    [`<article><h1>Inside the bond desk</h1>${story}<p>Subscribe to continue reading.</p></article>`, true],
    // a full short story on a metered site: the login prompt alone is no barrier
    [`<article><h1>Inside the bond desk</h1>${story}<p>Already a subscriber? Sign in</p></article>`, false],
    // a long story above the offer is no teaser
    [`<article><h1>Inside the bond desk</h1>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => story.replace('three', `${n + 2}`)).join('')}<p>Keep reading for $1</p></article>`, false],
  ])('page %#: teaser warning %s', (html, warned) => {
    const { doc, kept } = cleanHtmlPage(`<html><head><title>Inside the bond desk</title></head><body>${html}</body></html>`);
    expect(kept.some((t) => /keep reading|\$69|subscribe|subscriber/i.test(t))).toBe(false);
    expect(doc.messages.some((m) => m.rule === 'clean/teaser')).toBe(warned);
  });
});

describe('feed excerpts (F16)', () => {
  it.each([
    ['The post Ferry strike ends after 9 days appeared first on Harbour Daily.', 'tail', 'clean/feed-footer'],
    ['This entry was posted in Local news. Bookmark the permalink.', 'tail', 'clean/feed-footer'],
    // near misses
    ['The post office appeared first on the list of closures, the council said.', 'tail', null],
    ['The post of mayor appeared first on the ballot.', 'tail', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });

  const lead = 'Heavy rain forced more than 2,000 people from their homes in the valley on Sunday, as the river burst its banks.';
  it.each([
    [`Floods in the valley\n\n${lead} [&#8230;]\n\nThe post Floods in the valley appeared first on Valley Report.`, [lead], true],
    [`Floods in the valley\n\n${lead} […]`, [lead], true],
    [`Floods in the valley\n\n${lead} [...]`, [lead], true],
    [`Floods in the valley\n\n${lead.slice(0, -1)}… Read more »`, [lead.slice(0, -1)], true],
    // an ellipsis inside the story is no cut mark
    [`Floods in the valley\n\n${lead}\n\n"We waited […] and then the water came," one resident said.`, [lead, '"We waited […] and then the water came," one resident said.'], false],
  ])('%#', (text, paragraphs, warned) => {
    const { doc, kept } = cleanTextFile(text);
    expect(kept).toEqual(paragraphs);
    expect(doc.messages.some((m) => m.rule === 'clean/excerpt')).toBe(warned);
  });
});

describe('action labels and reading-time lines of hashed-class sites (F20)', () => {
  it.each([
    ['Share', 'head', 'clean/share-prompt'],
    ['Save', 'head', 'clean/share-prompt'],
    ['Follow', 'head', 'clean/share-prompt'],
    ['Listen', 'head', 'clean/share-prompt'],
    ['Copy link Share', 'body', 'clean/share-prompt'],
    ['Share Save Print', 'head', 'clean/share-prompt'],
    ['Email | Print', 'tail', 'clean/share-prompt'],
    ['5 min read · Oct 6, 2026', 'head', 'clean/dateline'],
    ['6 min read·Oct 6, 2026', 'head', 'clean/dateline'],
    ['4 min read · 2 days ago', 'head', 'clean/dateline'],
    // near misses
    ['Share prices fell 4% on Monday.', 'head', null],
    ['Follow the money, the prosecutor said.', 'body', null],
    ['Save the Children said 40 schools were hit.', 'body', null],
    ['Listen', 'tail', 'clean/share-prompt'],
    ['5 min read', 'head', 'clean/read-more'],
    ['It is a 5 min read · and worth it', 'head', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });

  it.each([
    ['5 min read · Oct 6, 2026', '2026-10-06'],
    ['6 min read·Oct 6, 2026', '2026-10-06'],
    ['12 min read', null],
  ])('%j dates the page: %s', (line, published) => {
    expect(findPlainDateline(line)?.published ?? null).toBe(published);
  });

  it('a page without a meta date is dated by its reading-time line, and its action bar goes', () => {
    const { doc, kept } = cleanHtmlPage('<html><head><title>Fine for sewage spills</title></head><body><article><h1>Fine for sewage spills</h1><div><div>Share</div><div>Save</div><div>Follow</div></div><p>A water company was fined £3.2 million after it discharged raw sewage into two rivers on 141 occasions over three years.</p><div>5 min read · Oct 6, 2026</div></article></body></html>');
    expect(kept).toEqual(['A water company was fined £3.2 million after it discharged raw sewage into two rivers on 141 occasions over three years.']);
    expect(doc.meta.published).toBe('2026-10-06');
  });
});

describe('labels left alone after their values went (F19)', () => {
  it.each([
    ['Key events', 'head', 'clean/orphan-label'],
    ['Pinned', 'head', 'clean/orphan-label'],
    ['Pinned post', 'body', 'clean/orphan-label'],
    ['Show key events only', 'head', 'clean/orphan-label'],
    ['From:', 'head', 'clean/orphan-label'],
    ['Published', 'head', 'clean/orphan-label'],
    ['Originally published', 'head', 'clean/orphan-label'],
    ['Source', 'head', 'clean/orphan-label'],
    ['Format', 'head', 'clean/orphan-label'],
    ['Press release', 'head', 'clean/orphan-label'],
    // near misses: the label word opening a sentence or a heading with more in it
    ['Published in 2019, the report found 40 breaches.', 'head', null],
    ['From the archive: the 1953 flood', 'head', null],
    ['Key events of the trial so far', 'head', null],
    ['Pinned under rubble for 30 hours, she survived.', 'body', null],
    ['Sources close to the minister denied the report.', 'body', null],
  ] as const)('%j (%s) → %s', (text, where, rule) => {
    expect(findParagraphRule(text, where)?.id ?? null).toBe(rule);
  });
});
