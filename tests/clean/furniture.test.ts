import { describe, expect, it } from 'vitest';
import { applyParagraphRules, findParagraphRule } from '../../src/clean/boilerplate.js';

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
