// Paragraph rules for the furniture of news pages: wire credits, editor's notes, page counters, reader notes, kickers.
import { describe, expect, it } from 'vitest';
import { applyParagraphRules, findParagraphRule } from '../../src/clean/boilerplate.js';
import { findPlainDateline } from '../../src/clean/plain.js';
import { stripKicker } from '../../src/clean/metadata.js';

// Sentences written for these tests.
describe('lines removed, and the near misses that stay', () => {
  it.each([
    ['(Reporting by Ana Lima; Writing by Tom Reed; Editing by Joe Bloggs)', 'tail', 'clean/wire-credit'],
    ['--With assistance from Jane Doe and Mark Fields.', 'tail', 'clean/wire-credit'],
    ['— With assistance from Eko Prasetyo.', 'tail', 'clean/wire-credit'],
    ['With assistance from the UN, the town rebuilt its school within a year.', 'tail', null],
    ['To contact the reporter on this story: Mark Hale in Denver at mhale@example.net', 'tail', 'clean/wire-credit'],
    ['To contact the editor responsible for this story: Ann Cole at acole@example.net', 'tail', 'clean/wire-credit'],
    ['To contact the city, residents should call the helpline, the mayor said.', 'tail', null],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'tail', 'clean/wire-credit'],
    ['Have information about this story? Email tips@example.org', 'body', 'clean/media-inquiry'],
    ["Editor's note: An earlier version of this article misstated the number of lines closed.", 'body', 'clean/correction-notice'],
    ['Editor’s Note — This story has been updated to include comment from the union.', 'body', 'clean/correction-notice'],
    ["Editor's notes are read by the board before each issue goes to print.", 'body', null],
    // a disclosure is part of the record, not a note about the article's changes
    ["Editor's note: Lena Holt is married to a member of the county's zoning board.", 'body', null],
    ["Editor's note: This story was corrected to show the vote was 5-2.", 'body', 'clean/correction-notice'],
    ['Page 1 of 3', 'body', 'clean/pagination'],
    ['Page 2/2', 'body', 'clean/pagination'],
    ['Page 3 of the report lists 14 villages that were flooded.', 'body', null],
    ['Reading time: 3 minutes', 'body', 'clean/reader-note'],
    ['Reading time rose 12% among teenagers last year, the survey found.', 'body', null],
    ['This is a developing story and will be updated.', 'body', 'clean/reader-note'],
    ['This story is developing. Check back for updates.', 'body', 'clean/reader-note'],
    ['The developing story of the strike dominated the session.', 'body', null],
    ['Follow our live coverage here.', 'body', 'clean/reader-note'],
    ['— Maria Lopez (@marialopez) March 3, 2025', 'body', 'clean/social-embed'],
    ['A post shared by City Daily (@citydaily)', 'body', 'clean/social-embed'],
    ['Maria Lopez (@marialopez) said on Tuesday she would run again.', 'body', null],
    ['EXCLUSIVE', 'head', 'clean/kicker'],
    ['Analysis', 'head', 'clean/kicker'],
    ['WATCH', 'head', 'clean/kicker'],
    ['Analysis', 'body', null],
    ['Exclusive talks began on Monday.', 'head', null],
  ] as const)('%j (%s) → %s', (text, position, rule) => {
    expect(findParagraphRule(text, position)?.id ?? null).toBe(rule);
  });
});

describe('credit lines above the tail', () => {
  it('removes every line of a run of credits that ends the story, even in a short brief', () => {
    const blocks = [
      'Smoke from forest fires forced 40 schools to close on Tuesday, state officials said.',
      'Air quality readings reached hazardous levels for the second day in a row, the agency said.',
      'Associated Press writer Dana Hill in Helena contributed to this report.',
      '--With assistance from Jane Doe.',
      'To contact the reporter on this story: Mark Hale in Denver at mhale@example.net',
      'Reporting by Ana Lima in Washington. Editing by Joe Bloggs.',
    ].map((text) => ({ tag: 'p' as const, text }));
    const { kept, removed } = applyParagraphRules(blocks);
    expect(kept).toHaveLength(2);
    expect(removed.map((r) => r.rule)).toEqual(Array(4).fill('clean/wire-credit'));
  });

  it('keeps a credit-like line followed by story text', () => {
    const blocks = [
      'The council approved the budget on Monday after a long debate, officials said.',
      'Residents protested outside the town hall before the vote on the spending plan.',
      'Dana Hill contributed to this report from the town hall on Monday evening.',
      'The budget includes money for two new schools and a bridge, the mayor said.',
      'Work on the bridge is due to begin in the spring, according to the plan.',
      'Reporting by Ana Lima. Editing by Joe Bloggs.',
    ].map((text) => ({ tag: 'p' as const, text }));
    const { kept } = applyParagraphRules(blocks);
    expect(kept.map((b) => b.text)).toContain('Dana Hill contributed to this report from the town hall on Monday evening.');
  });
});

describe('kicker labels in titles', () => {
  it.each([
    ['Exclusive: Defence firm paid £2m to adviser, papers show', 'Defence firm paid £2m to adviser, papers show'],
    ['Analysis | Why the central bank is in no hurry', 'Why the central bank is in no hurry'],
    ['EXPLAINER - Why floodwater swept through the old town', 'Why floodwater swept through the old town'],
    ['Video: Floodwater sweeps through the old town', 'Video: Floodwater sweeps through the old town'],
    ['Brexit: what happens next for the border', 'Brexit: what happens next for the border'],
    ['Opinion: Enough', 'Opinion: Enough'],
  ])('%j → %j', (title, want) => expect(stripKicker(title)).toBe(want));
});

describe('agency datelines without a year', () => {
  const now = new Date('2026-11-27T09:00:00Z');
  it.each([
    ['SANTIAGO, Nov 28 (Reuters) - Copper output fell 4.1% in October, the institute said.', '2025-11-28'],
    ['KYIV, March 3 (Reuters) - Russia launched 83 drones overnight, the air force said.', '2026-03-03'],
    ['PARIS, 4 June (AFP) — Rail workers walked out on Tuesday.', '2026-06-04'],
    ['HELENA, Mont. (AP) — Smoke from wildfires closed 40 schools.', null],
    // no agency, but the place in capitals, the day and the dash are a newspaper's dateline (clean/plain-caps-dateline;
    // this row read null before fix-disaster)
    ['SANTIAGO, Nov 28 - Copper output fell 4.1% in October.', '2025-11-28'],
    ['Santiago, Nov 28 - Copper output fell 4.1% in October.', null],
    // a paper's own name in the agency's bracket (fix-sahel; these rows read null before)
    ['KHARTOUM, April 14 (Sudan Tribune) - The RSF shelled the camp on Friday, residents said.', '2026-04-14'],
    ['MOGADISHU, Nov 2 (Garowe Online) – Al-Shabaab fighters attacked a base on Sunday.', '2026-11-02'],
    ['KHARTOUM, April 14 (the army said) - The RSF shelled the camp.', null],
    ['KHARTOUM, April 14 (Staff) - The RSF shelled the camp.', null],
    // a year the story names is no evidence of its own year (stories recall when a war or a slump began): the file's
    // year stands (these rows read 2022-02-09 and null before; a past year never moves the date any more)
    ['LIMA, Feb 9 (Reuters) - Exports had fallen since November 2021, the ministry said.', '2026-02-09'],
    ['LIMA, Feb 9 (Reuters) - The port has been closed since 2019, the ministry said.', '2026-02-09'],
    ['LIMA, Feb 9 (Reuters) - Exports rose 3% in 2025, the ministry said.', '2026-02-09'],
    ['KYIV, Jan 14 (Reuters) - The air force said on Wednesday it shot down 30 drones. The war began in February 2022.', '2026-01-14'],
    ['OSLO, March 3 (Reuters) - Factory orders fell, a survey showed on Tuesday, after a slump that began in June 2016.', '2026-03-03'],
    // nor is the lede's weekday: "said on Monday" in a story dated Tuesday is the day before (14 Oct 2025 was a
    // Tuesday, 14 Oct 2026 a Wednesday: the file's year stands either way)
    ['LONDON, Oct 14 (Reuters) - Retail sales fell 1.3%, the statistics office said on Tuesday.', '2026-10-14'],
    ['CAIRO, Nov 24 (Reuters) - Egypt raised fuel prices, the ministry said on Monday.', '2026-11-24'],
    ['LIMA, Feb 9 (Reuters) - The ministry said on Friday that exports fell.', '2026-02-09'],
    // Reuters' day alone, no place, for a story filed from nowhere in particular (fix-cyber; these rows read null before)
    ['July 30 (Reuters) - The city of Columbus said on Tuesday that hackers had leaked its data.', '2026-07-30'],
    ['Nov 28 (Reuters) - Copper output fell 4.1% in October, the institute said.', '2025-11-28'],
    ['July 30 (the city said) - Hackers leaked the data.', null],
    // TASS: the agency between slashes after a full stop
    ['MOSCOW, January 14. /TASS/. Russian air defenses destroyed 38 drones overnight, the ministry said.', '2026-01-14'],
    ['ST. PETERSBURG, June 7. /TASS/. The forum opened on Wednesday.', '2026-06-07'],
    ['The ministry said on January 14 that 38 drones were downed. /TASS/.', null],
  ])('%j → %s', (line, want) => {
    expect(findPlainDateline(`Title line\n\n${line}`, now)?.published ?? null).toBe(want);
  });
});
