// Claims left wrong or missing by earlier sessions: an event as a source, a labelling verb before a quotation, a
// news agency's own tally, a claim inside a relative clause (extract stage). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, kind, the name of the source's actor (null: none), cue, content]. */
const claimsOf = (text: string) => {
  const r = recordOf(text);
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.kind, c.source.actor ? name.get(c.source.actor) : null, c.cue, c.content]);
};

describe('an event is no source', () => {
  it.each([
    ['a quotation after "showed", and the police speak', 'The arrests showed "the threat from radicalised young men is real", police said on Tuesday.',
      [['police', 'unnamed', null, 'said', 'The arrests showed "the threat from radicalised young men is real"']]],
    ['"showed that"', 'The raid showed that the cell was still active, the minister said.',
      [['the minister', 'unnamed', null, 'said', 'The raid showed that the cell was still active']]],
    // what must not change: a body whose name ends in such a word, and a document
    ['a name ending in an event word', 'The Fire Brigade said two people were hurt.', [['The Fire Brigade', 'named', 'Fire Brigade', 'said', 'two people were hurt']]],
    ['an inquiry is a document', 'The inquiry found that the ferry was overloaded.', [['The inquiry', 'unnamed', null, 'found', 'the ferry was overloaded']]],
  ])('%s', (_what, text, expected) => expect(claimsOf(text)).toEqual(expected));
});
