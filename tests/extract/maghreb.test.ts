// North Africa and Balkans copy: Libyan factions and their backers, Tunisian and Moroccan ministries, Kosovo and
// Bosnian officials with Slavic names. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a hyphenated adjective in -ed ("eastern-based") is no verb inside the subject before an aside', () => {
  it.each([
    ['"The eastern-based administration, aligned with …, said"', 'The eastern-based administration, aligned with commander Khalifa Haftar, said the oil fields would stay shut.',
      [['The eastern-based administration', 'said', 'the oil fields would stay shut']]],
    ['"The internationally-recognised government, backed by …, said"', 'The internationally-recognised government, backed by armed groups from Misrata, said the airport would reopen on Monday.',
      [['The internationally-recognised government', 'said', 'the airport would reopen on Monday']]],
    // near miss: a verb with its prefix stays a verb; the source comes after the cue
    ['near miss: "re-elected"', 'The party re-elected its leader, said a spokesman for the group.',
      [['a spokesman for the group', 'said', 'The party re-elected its leader']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});
