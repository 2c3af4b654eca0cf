// Claims in election and parliament stories: sources described by party or seat before their name. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

/** Each claim as [source, kind, cue, content]. */
const claimsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).claims
  .map((c) => [c.source.text, c.source.kind, c.cue, c.content]);

describe('a politician described by party or seat before a name between commas is the source', () => {
  it.each([
    ['A senior Democrat, Stacey Abrams, said the count was fair.', [['Stacey Abrams', 'named', 'said', 'the count was fair']]],
    ['A Labour MP, John Smith, said the whip had been withdrawn.', [['John Smith', 'named', 'said', 'the whip had been withdrawn']]],
    ['One protester, Ana Ruiz, said the police fired first.', [['Ana Ruiz', 'named', 'said', 'the police fired first']]],
    ['A district commissioner, Paul Otieno, said the road was closed.', [['Paul Otieno', 'named', 'said', 'the road was closed']]],
    // what must not change: a clause before the comma, and a role word
    ['The talks failed, said a senior official.', [['a senior official', 'unnamed', 'said', 'The talks failed']]],
    ['An army spokesman, Col. John Smith, said two soldiers were hurt.', [['Col. John Smith', 'named', 'said', 'two soldiers were hurt']]],
  ])('%s', (text, expected) => expect(claimsOf(text)).toEqual(expected));
});
