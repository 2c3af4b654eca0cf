// Repairs made while merging this session's branches: each case is a sentence written for the test, of the kind a
// merged rule got wrong on a benchmark page.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = (text: string) =>
  extract(`Headline\n\n${text}`, { id: 'a.txt' }).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a "City, Region" subject closes the subject only when it opens it', () => {
  it.each([
    ['the last part of a description after "and"',
      '"Water is hard to find beyond Earth," study lead author Lucas Paganini, a planetary scientist at a NASA centre in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.',
      ['study lead author Lucas Paganini', 'said', 'Water is hard to find beyond Earth']],
    ['the city opening the subject', 'The city of Columbus, Ohio, said the water was safe to drink.',
      ['The city of Columbus, Ohio', 'said', 'the water was safe to drink']],
  ])('%s', (_name, text, claim) => {
    expect(claimsOf(text)).toContainEqual(claim);
  });
});

describe("an interviewer's question reports nothing", () => {
  it.each([
    ['a question word opens the source', 'Q: What’s the one thing you’ve learned in your past roles that is the most helpful as a chief executive?'],
    ['the source speaks to "you"', 'Q: So far in your journey, tell me one thing that has surprised you the most?'],
  ])('%s', (_name, text) => {
    expect(claimsOf(`Dana Pike runs the company.\n\n${text}\n\nA: The people. We hired 40 engineers this year.`).filter(([, cue]) => cue !== ':')).toEqual([]);
  });
  it('a statement with "you" in it is still a claim', () => {
    expect(claimsOf('The minister said you could see the damage from the road.')).toContainEqual(['The minister', 'said', 'you could see the damage from the road']);
  });
});

describe('a full stop before a closing bracket or quote is no part of a name', () => {
  const mentions = (text: string) => {
    const r = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    return r.actors.flatMap((a) => a.mentions.map((m) => r.article.text.slice(m.start, m.end)));
  };
  it.each([
    ['a bracket', 'He held similar views long before working with Boeing.) He left in 2010.', 'Boeing'],
    ['a quotation mark', 'She said: "I will never work for Microsoft."', 'Microsoft'],
    ['an abbreviation keeps its dot', 'He worked (with Apple Inc.) for ten years.', 'Apple Inc.'],
  ])('%s', (_name, text, name) => {
    expect(mentions(text)).toContain(name);
  });
});

describe("a model's number after its maker's possessive is the model everywhere in the article", () => {
  it('"Boeing\'s 787-9" makes "five 787 Dreamliner sales" no count of 787', () => {
    const r = extract("Headline\n\nThe airline bought 30 of Boeing's 787-9 Dreamliner jets. It comes after five 787 Dreamliner sales this week.", { id: 'a.txt' });
    const texts = r.numbers.map((n) => n.text);
    expect(texts).toContain('30');
    expect(texts.some((t) => t.startsWith('787'))).toBe(false);
  });
});
