import { describe, expect, it } from 'vitest';
import { applyParagraphRules, findParagraphRule } from '../../src/clean/boilerplate.js';

// Each row: a paragraph, where it stands, and the rule that must remove it (null: it must be kept).
describe('findParagraphRule', () => {
  it.each([
    // donation
    ['If you’re able, and if you like our content and approach, please support the project. PayPal: desk@example.org', 'body', 'clean/donation-appeal'],
    ['Make a one-time donation today and keep our reporters in the field.', 'body', 'clean/donation-appeal'],
    ['Sie lesen gern Talzeitung? Dann unterstützen Sie uns.', 'body', 'clean/donation-appeal'],
    ['The charity said donations had fallen by a third since the floods.', 'body', null],
    // regressions the second regression tester found: a police appeal and a company's news are no author bio; a
    // republication note and an abbreviated weekday's date line go
    ['Police asked anyone with information to contact them at 101, quoting log 1123 of 16 November.', 'tail', null],
    ['Detectives can be reached on 555-0142; anyone who saw the van can contact them at the station, the sheriff\'s office said.', 'tail', null],
    ['State Farm Insurance covers similar costs for some employees, a spokeswoman said.', 'tail', null],
    ['Ana Ruiz covers county government for Valley News. Reach her at ana@valley.example.', 'tail', 'clean/author-bio'],
    ['Tom Bell covers courts for the Riverside Echo.', 'tail', 'clean/author-bio'],
    ['Maria Lopez is a staff reporter at the Valley Courier who writes about transport and local government.', 'tail', 'clean/author-bio'],
    ['Ana Ruiz covers education for the newspaper. Reach her at 555-0142.', 'tail', 'clean/author-bio'],
    ['The report was first published in draft form in March and has since been revised twice.', 'body', null],
    ['This article was originally published by KFF Health News. Read the original article.', 'tail', 'clean/republished-note'],
    ['This story was first published in The Conversation.', 'tail', 'clean/republished-note'],
    ['This story was originally published by Stateline, part of States Newsroom.', 'body', 'clean/republished-note'],
    ['The story was published by three papers at once, the editors said.', 'body', null],
    ['UPDATED: Tue., Nov. 19, 2019', 'head', 'clean/dateline'],
    ['Published: Mon, Nov 18, 2019 at 6:00 am', 'head', 'clean/dateline'],
    // bylines
    ['Articles by: South Front', 'tail', 'clean/articles-by'],
    ['Articles by: South Front', 'body', null],
    ['By Mara Lind', 'head', 'clean/byline'],
    ['Von Anna Berg | 5. März 2024', 'head', 'clean/byline'],
    ['by the river the council met again', 'head', null],
    ['05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde', 'head', 'clean/byline'],
    // disclaimers and copyright
    ['Disclaimer: The contents of this article are of sole responsibility of the author(s).', 'tail', 'clean/disclaimer'],
    ['This post may contain affiliate and/or referral links.', 'body', 'clean/disclaimer'],
    ['www.example.org contains copyrighted material the use of which has not always been authorized.', 'tail', 'clean/copyright-notice'],
    ['© 2024 Valley News. All rights reserved.', 'tail', 'clean/copyright-notice'],
    ['The court ruled that quoting the report was fair use, a decision the publisher will appeal.', 'body', null],
    ['For media inquiries: desk@example.org', 'tail', 'clean/media-inquiry'],
    ['Safe Harbor Statement', 'body', 'clean/forward-looking'],
    ['Cautionary Note Regarding Forward-Looking Statements', 'body', 'clean/forward-looking'],
    ['Analysts said the forward-looking statements in the filing were vague.', 'body', null],
    ['Investor Contacts:', 'body', 'clean/press-contacts'],
    ['Contacts', 'body', 'clean/press-contacts'],
    ['Contact:', 'body', null],
    ['SOURCE Dunmore Foods Inc.', 'body', 'clean/press-contacts'],
    ['Source: county records', 'body', null],
    ['-ENDS-', 'tail', 'clean/end-mark'],
    ['About the study', 'body', null],
    // prompts
    ['Sign up for our newsletter to get the latest headlines delivered to your inbox.', 'body', 'clean/newsletter-prompt'],
    ['Share this article', 'body', 'clean/share-prompt'],
    ['Facebook Twitter WhatsApp E-Mail', 'body', 'clean/share-prompt'],
    ['Follow The Gleaner on Twitter and Instagram @Gleaner and on Facebook.', 'body', 'clean/share-prompt'],
    ['Follow The Gleaner on Twitter and Instagram @Gleaner and on Facebook @GleanerNews. Send us a story, a photo or a video of what is happening in your community today.', 'body', 'clean/follow-prompt'],
    ['Related: Floods close two more roads', 'body', 'clean/related-link'],
    ['Lesen Sie auch: Hochwasser sperrt zwei weitere Straßen', 'body', 'clean/related-link'],
    ['Читайте также: Паводок закрыл ещё две дороги', 'body', 'clean/related-link'],
    ['VEA TAMBIÉN: Cierran dos carreteras más', 'body', 'clean/related-link'],
    ['We use cookies to improve your experience.', 'body', 'clean/cookie-consent'],
    ['Mara Lind is a reporter for Valley News who covers transport.', 'tail', 'clean/author-bio'],
    ['Mara Lind is a reporter for Valley News who covers transport.', 'body', null],
    ['Correction: An earlier version of this article misstated the cost of the bridge.', 'body', 'clean/correction-notice'],
    ['Read more', 'body', 'clean/read-more'],
    ['Leave a Reply', 'tail', 'clean/comments-prompt'],
    ['Advertisement', 'body', 'clean/ad-label'],
    ['Protesters wore masks (Image: GETTY )', 'body', 'clean/image-credit'],
    ['To view the full story, please subscribe to Valley News.', 'body', 'clean/paywall'],
    ['Tags: bridge, council, floods', 'tail', 'clean/tags'],
    ['This slideshow requires JavaScript.', 'body', 'clean/page-furniture'],
    ['If you have Telegram, you can view this post and join Harbour Watch right away.', 'tail', 'clean/page-furniture'],
    ['If you have Telegram on your phone, the ministry said, you can report drones to the bot.', 'body', null],
    ['In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station.', 'body', 'clean/photo-caption'],
    ['In this town, photos of the old bridge still hang in every shop.', 'body', null],
    ['The Associated Press', 'tail', 'clean/agency-line'],
    ['(AFP)', 'body', 'clean/agency-line'],
    ['Wednesday 20 November 2019 11:42, UK', 'head', 'clean/dateline'],
    // date lines, but never table cells or sentences
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', 'head', 'clean/dateline'],
    ['November 19, 2019 at 8:59 pm', 'head', 'clean/dateline'],
    ['Updated at 1:23 p.m.', 'head', 'clean/dateline'],
    ['5040', 'body', null],
    ['1 Kyle Busch 5040 5 1 17 27', 'body', null],
    ['On May 11 the coalition confirmed the deal.', 'body', null],
    // key-figure rows are no date lines, though "deaths" can be spelled from date words ("de"+"at"+"hs")
    ['Deaths: 63', 'body', null],
    ['212 deaths', 'body', null],
    ['Deaths | 1,204', 'head', null],
    ['USA 1,204', 'body', null],
    ['Monday 3 March 2025 at 9:15 am', 'head', 'clean/dateline'],
    ['Dienstag, 4. März 2025 um 10:30 Uhr', 'head', 'clean/dateline'],
    // appeal rules match the form of an appeal to the reader, not a topic word a news sentence can hold
    ['Stripe shares rose 4% after the payments company said PayPal users could now pay in its app.', 'head', null],
    ['The development bank agreed to fund the project with a €300 million loan, the ministry said.', 'body', null],
    ['The county board voted 5-2 to support the project, which adds 800 homes near the station.', 'body', null],
    ['Neighbours who want to help can make a donation to the food bank, the pastor said.', 'body', null],
    ['The school asked parents to donate now, before the winter term begins.', 'body', null],
    ['“Please support our campaign,” the charity wrote in a letter to members.', 'body', null],
    ['Please support us with a monthly gift.', 'tail', 'clean/donation-appeal'],
    ['Donate via PayPal to keep this site independent.', 'tail', 'clean/donation-appeal'],
    ['Ballots will be delivered to your door by April 9, the elections office said.', 'body', null],
    ['Get the best of Valley News delivered to your inbox every morning.', 'body', 'clean/newsletter-prompt'],
    ['The company said it would change its cookie settings for users in Europe next month.', 'body', null],
    ['Manage your cookie preferences', 'tail', 'clean/cookie-consent'],
    ['The judge said the report does not necessarily reflect the views of the ministry.', 'body', null],
    ['This article does not necessarily reflect the views of Valley News.', 'tail', 'clean/disclaimer'],
    // label rules need the label form: a colon, the label alone, or a list
    ['Category 3 Ernesto weakened over the mountains overnight.', 'head', null],
    ['Category: Local news', 'head', 'clean/tags'],
    ['Topics on the agenda included rents, buses and the new pool.', 'tail', null],
    ['Topics Housing, Transport, Council', 'tail', 'clean/tags'],
    ['Tags fitted to 12 turtles showed they travelled 900 km.', 'tail', null],
    ['By Friday, 30 homes had been cleared.', 'head', null],
    ['By Ana Ruiz, Valley News', 'head', 'clean/byline'],
    ['By Ana Ruiz and Tom Lee', 'head', 'clean/byline'],
    ['By Monday and Tuesday, roads had reopened.', 'head', null],
    ['The study, published by the health agency, followed 9,000 patients.', 'body', null],
    ['Posted by a neighbour on Sunday, the clip has been shared 10,000 times.', 'head', null],
    ['Updated figures put the toll at 31.', 'head', null],
    ['Published in Nature, the paper tracked 400 glaciers.', 'head', null],
    ['Updated 2 hours ago', 'head', 'clean/dateline'],
    ['Published: 3 March 2024', 'head', 'clean/dateline'],
    ['Copyright experts say the case could take years.', 'tail', null],
    ['Copyright 2024 Valley News', 'tail', 'clean/copyright-notice'],
    ['Quelle surprise, the motion failed again.', 'tail', null],
    ['Quelle: dpa', 'tail', 'clean/source-line'],
    ['Continue reading the letter, the judge told the court.', 'body', null],
    ['Continue reading', 'body', 'clean/read-more'],
    // reader furniture, captions, wire tails, prompts and bios in their common wordings
    ['Listen to this article 4 min', 'head', 'clean/read-more'],
    ['7 min read', 'head', 'clean/read-more'],
    ['Story continues below advertisement', 'body', 'clean/read-more'],
    ['Also Read | Bridge to close for repairs', 'body', 'clean/related-link'],
    ['Image source, Valley Photos', 'body', 'clean/image-credit'],
    ['Crews clear the road on Monday. Picture: County Council', 'body', 'clean/caption-credit'],
    ['A man crosses the flooded square. (AP Photo/Ana Ruiz)', 'body', 'clean/caption-credit'],
    ['Reporting by Ana Ruiz in Lisbon; Editing by Tom Lee', 'tail', 'clean/wire-credit'],
    ['The Associated Press contributed to this report.', 'tail', 'clean/wire-credit'],
    ['Reporting by Ana Ruiz in Lisbon; Editing by Tom Lee', 'body', null],
    ['Thanks for reading Valley Notes! Subscribe for free to receive new posts.', 'tail', 'clean/newsletter-prompt'],
    ['Sign up for our Evening Digest newsletter to get the day’s news.', 'body', 'clean/newsletter-prompt'],
    ['You have reached your limit of free articles this month.', 'body', 'clean/paywall'],
    ['Ana Ruiz is the Courier’s Lisbon correspondent.', 'tail', 'clean/author-bio'],
    ['Ana Ruiz covers city hall for the Courier. Reach her at ana@example.org.', 'tail', 'clean/author-bio'],
  ] as const)('%j (%s) → %s', (text, position, rule) => {
    expect(findParagraphRule(text, position)?.id ?? null).toBe(rule);
  });
});

describe('applyParagraphRules', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => ({ tag: 'p' as const, text: `Paragraph ${i + 1} of the story, long enough to be prose.` }));

  it('removes a tail rule match and, for an article-ending rule, everything after it', () => {
    const blocks = [...body(6), { tag: 'p' as const, text: 'Articles by: South Front' }, { tag: 'p' as const, text: 'Some footer text of the site' }, { tag: 'p' as const, text: 'For media inquiries: desk@example.org' }];
    const { kept, removed } = applyParagraphRules(blocks);
    expect(kept).toHaveLength(6);
    expect(removed.map((r) => r.rule)).toEqual(['clean/articles-by', 'clean/articles-by', 'clean/media-inquiry']);
    expect(removed[0]).toMatchObject({ kind: 'byline', text: 'Articles by: South Front' });
  });

  // a press release's closing sections end it even far above the last blocks, once the release itself was kept
  const LEDE = 'DAYTON, Ohio, Nov. 4, 2025 /PRNewswire/ -- Dunmore Foods Inc., a maker of frozen meals, today named Ana Ruiz its chief executive, effective January 1.';
  const p = (text: string) => ({ tag: 'p' as const, text });
  it.each([
    ['About Dunmore Foods', [p(LEDE), p('About Dunmore Foods'), p('Dunmore Foods Inc. makes frozen meals in 3 plants.'), p('Forward-Looking Statements'), p('This release contains forward-looking statements.'), p('Media Contact:'), p('Tom Lee 555-0100'), p('Investors:'), p('Sam Oduya'), p('SOURCE Dunmore Foods Inc.'), p('###'), p('A'), p('B'), p('C'), p('D')], 1],
    ['Forward-Looking Statements', [p(LEDE), p(LEDE.replace('DAYTON', 'TOLEDO')), p('Forward-Looking Statements'), p('This release contains forward-looking statements.'), p('Contacts'), p('Tom Lee 555-0100'), p('A'), p('B'), p('C'), p('D'), p('E'), p('F'), p('G')], 2],
  ])('a release ends at %j', (_, blocks, kept) => {
    expect(applyParagraphRules(blocks).kept).toHaveLength(kept);
  });

  it.each([
    // "About" with a name that does not open the next paragraph is a section of a story
    ['a section headed About', [p(LEDE), p('About Dunmore Foods'), p('The company was founded in 1952 by two brothers, and it now employs 1,400 people in Ohio and Indiana.'), ...body(8)], 11],
    // above the story, a contact line only goes: the release after it stays
    ['a contact label above the release', [p('Media Contact:'), p(LEDE), ...body(8)], 9],
    // "###" parting a blog post's sections, far from its end
    ['a section mark in the middle', [p(LEDE), p('###'), ...body(10)], 12],
  ])('%s does not end the text', (_, blocks, kept) => {
    expect(applyParagraphRules(blocks).kept).toHaveLength(kept);
  });

  it('keeps every block when nothing matches', () => {
    const { kept, removed } = applyParagraphRules(body(4));
    expect(kept).toHaveLength(4);
    expect(removed).toEqual([]);
  });
});
