// Claim frames of wire reporting (findClaims): a hedged figure after the cue, a hearer and a trailing clause, "according
// to X, which said …", frames with a phrase inside. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);
/** Through the whole pipeline: each number with the source of the claim holding it (null when none does). */
const figuresOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const byId = new Map(record.claims.map((c) => [c.id, c]));
  return record.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.source.text : null]);
};

describe('findClaims: a hedged figure right after the cue opens the content', () => {
  it.each([
    ['a fronted time, "at least"', 'On Friday, the coastguard said at least 12 migrants were rescued.',
      [['the coastguard', 'said', 'at least 12 migrants were rescued']]],
    ['a fronted adverb, "about"', 'Meanwhile, the fire service said about 60 homes were evacuated.',
      [['the fire service', 'said', 'about 60 homes were evacuated']]],
    ['a fronted clause', 'When the storm passed, engineers said at least 3 pylons had collapsed.',
      [['engineers', 'said', 'at least 3 pylons had collapsed']]],
    ['"at least a dozen"', 'In its weekly update, the agency said at least a dozen clinics had closed.',
      [['the agency', 'said', 'at least a dozen clinics had closed']]],
    ['"on DAY" then the hedge', 'The coastguard said on Friday at least 12 migrants were rescued.',
      [['The coastguard', 'said', 'at least 12 migrants were rescued']]],
    ['a bare weekday then "about"', 'The fire service said Thursday about 60 homes were evacuated.',
      [['The fire service', 'said', 'about 60 homes were evacuated']]],
    ['a participle with "about"', 'The union rejected the offer, saying about 300 drivers had walked out.',
      [['The union', 'saying', 'about 300 drivers had walked out']]],
    ['"and that" later in the clause stays inside it', 'In a statement, the agency said at least 900 of the evacuees were elderly, and that most had no transport.',
      [['the agency', 'said', 'at least 900 of the evacuees were elderly, and that most had no transport']]],
    // near misses: the adverbial after an inverted cue is still no content
    ['near miss: "at a news conference"', 'The tunnel reopened on Monday, the operator said at a news conference.',
      [['the operator', 'said', 'The tunnel reopened on Monday']]],
    ['near miss: "at least" without a figure', 'Looters broke into the depot, guards said on Sunday at least twice.',
      [['guards', 'said', 'Looters broke into the depot']]],
    ['near miss: "about" without a figure', 'The levee failed overnight, the engineer said about the flood.',
      [['the engineer', 'said', 'The levee failed overnight']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['fronted time', 'On Friday, the coastguard said at least 12 migrants were rescued.', [['at least 12 migrants', 'the coastguard']]],
    ['weekday and hedge', 'The coastguard said on Friday at least 12 migrants were rescued.', [['at least 12 migrants', 'The coastguard']]],
  ])('gives the figure to the source: %s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});
