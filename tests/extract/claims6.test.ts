// Pronoun sources of relayed quotes ("Reuters quoted him as saying …"), single-quoted speech in a page with double
// quotes, and "remain missing" events. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, kind, the name of the source's actor (null: none), cue, content]. */
const claimsOf = (text: string) => {
  const r = recordOf(text);
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.kind, c.source.actor ? name.get(c.source.actor) : null, c.cue, c.content]);
};

describe('relayed quotes: an object pronoun is the speaker, never the relay', () => {
  it.each([
    ['"him" after the named person', 'Defence Minister Karel Vasko toured the border on Monday. Reuters quoted him as saying that 30 troops had been sent.',
      [['him', 'pronoun', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['"her", a relay with a description', 'Foreign Minister Ilse Marten met the envoy. State broadcaster NRK quoted her as saying the talks had stalled.',
      [['her', 'pronoun', 'Ilse Marten', 'quoted as saying', 'the talks had stalled']]],
    ['a filler before the verb keeps the frame active', 'Defence Minister Karel Vasko toured the border on Monday. Reuters later quoted him as saying that 30 troops had been sent.',
      [['him', 'pronoun', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['"has quoted" is active too', 'Defence Minister Karel Vasko toured the border on Monday. The agency has quoted him as saying that 30 troops had been sent.',
      [['him', 'pronoun', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['a time between the object and "as saying"', 'Defence Minister Karel Vasko toured the border on Monday. Reuters quoted him on Tuesday as saying that 30 troops had been sent.',
      [['him', 'pronoun', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['"yesterday" after a named object', 'The agency quoted Karel Vasko yesterday as saying that 30 troops had been sent.',
      [['Karel Vasko', 'named', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['a person relaying is not the speaker', 'Defence Minister Karel Vasko toured the border on Monday. Journalist Pavel Hruby quoted him as saying that 30 troops had been sent.',
      [['him', 'pronoun', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['"them": an organization relaying is not the speaker', 'Rescue teams reached the valley at dawn. The Associated Press quoted them as saying 12 houses were destroyed.',
      [['them', 'pronoun', null, 'quoted as saying', '12 houses were destroyed']]],
    ['nobody named before: unresolved', 'Reuters quoted him as saying that 30 troops had been sent.',
      [['him', 'pronoun', null, 'quoted as saying', '30 troops had been sent']]],
    // near misses: a passive with "be" among the fillers still has its subject speak
    ['near miss: "was later quoted by"', 'The governor was later quoted by Interfax as saying 12 civilians had been wounded.',
      [['The governor', 'unnamed', null, 'quoted as saying', '12 civilians had been wounded']]],
    ['near miss: "has also been quoted by"', 'Karel Vasko has also been quoted by Reuters as saying that 30 troops had been sent.',
      [['Karel Vasko', 'named', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

