// Defects seen in real output and left by earlier sessions: relative pronouns as sources, names with commas or
// hyphens, party short names, military units, venues, company subjects, deadlines. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a relative pronoun never closes a report before it', () => {
  it.each([
    ['a cue that needs "that", no "that"', 'The first round of talks drew 116 participants, who agreed today on the structure of the talks.', []],
    ['a cue with no content after it', 'The protest was led by farmers, who said on Monday.', []],
    ['a report after the cue stays', 'The rebels, who said they had captured the town, posted a video on Monday.',
      [['The rebels', 'said', 'they had captured the town']]],
    ['"which" with a source inside the clause stays', 'The strike, which the army said targeted a weapons depot, killed 8 people.',
      [['the army', 'said', 'targeted a weapons depot']]],
  ])('%s', (_label, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});
