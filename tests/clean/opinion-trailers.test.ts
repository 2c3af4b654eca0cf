// The trailers of op-eds, analysis pieces and transcripts: the note on the writer the byline names (at the top or
// the bottom), a broadcast transcript's "rush transcript" warning, and the date lines of transcripts. Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findPlainDateline } from '../../src/clean/plain.js';

const BODY = [
  'For the past 18 months, I have travelled across Darfur as a doctor with a small medical charity.',
  'Our team treated 3,200 children for severe malnutrition in January alone, and at least 40 of them died.',
  'We do not need another conference. We need donors to pay what they promised.',
];
const run = (text: string) => {
  const r = extract(text, { id: 'a.txt' });
  return { paragraphs: r.article.paragraphs.map((p) => r.article.text.slice(p.start, p.end)), removed: r.article.removed.map((x) => [x.rule, x.text]) };
};

describe('the note on the writer the byline names', () => {
  it.each([
    ['closing the piece', [...BODY, 'Amina Yusuf is a Sudanese physician and the co-founder of the Darfur Health Initiative.'], 'Amina Yusuf is a Sudanese physician and the co-founder of the Darfur Health Initiative.'],
    ['opening the piece', ['Amina Yusuf is the foreign minister of Guyana.', ...BODY], 'Amina Yusuf is the foreign minister of Guyana.'],
    ['name, apposition', [...BODY, 'Amina Yusuf, a senior fellow at the Rift Institute, is the author of "Hunger Roads".'], 'Amina Yusuf, a senior fellow at the Rift Institute, is the author of "Hunger Roads".'],
  ])('%s', (_name, paras, bio) => {
    const r = run(['The world cannot look away from Sudan', 'By Amina Yusuf', ...paras].join('\n\n'));
    expect(r.paragraphs).toEqual(BODY);
    expect(r.removed).toContainEqual(['clean/author-bio', bio]);
  });

  it.each([
    ['someone else than the writer', 'Khalid Omar is a Sudanese physician and the co-founder of the Darfur Health Initiative.'],
    ['the writer in the middle of the piece', null],
  ])('near miss: %s', (_name, line) => {
    const paras = line ? [...BODY, line] : [BODY[0]!, BODY[1]!, 'Amina Yusuf is a doctor, and I am proud of my colleagues.', BODY[2]!, BODY[0]!.replace('18', '20'), BODY[1]!.replace('3,200', '4,000')];
    const r = run(['The world cannot look away from Sudan', 'By Amina Yusuf', ...paras].join('\n\n'));
    expect(r.paragraphs).toEqual(paras);
  });
});

describe('a broadcast transcript\'s warning', () => {
  it('"THIS IS A RUSH TRANSCRIPT…" is a disclaimer', () => {
    const r = run(['Interview With Sen. Mark Kelly', 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.', ...BODY].join('\n\n'));
    expect(r.paragraphs).toEqual(BODY);
    expect(r.removed).toContainEqual(['clean/disclaimer', 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.']);
  });
});

describe('the date of a transcript saved as text', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it.each([
    ['a broadcast\'s "Aired" line', 'CNN THE SITUATION ROOM: Interview With Sen. Mark Kelly\n\nAired March 18, 2026 - 18:00 ET\n\nBLITZER: Thanks.', '2026-03-18'],
    ['a briefing\'s title closing with its date', 'Department Press Briefing - March 11, 2026\n\nMatthew Miller, Department Spokesperson\n\nMR MILLER: Good afternoon.', '2026-03-11'],
    ['a bar before the date', 'Remarks to the Press | 3 March 2026\n\nSPOKESPERSON: Good afternoon.', '2026-03-03'],
    ['near miss: a headline with a date inside', 'Talks set for March 11, 2026 - officials\n\nThe talks will open in Geneva.', null],
    ['near miss: a sentence ending with a date', 'The ministry said the talks would open on March 11, 2026\n\nThe talks will open in Geneva.', null],
  ])('%s', (_name, text, want) => {
    expect(findPlainDateline(text, now)?.published.slice(0, 10) ?? null).toBe(want);
  });
});
