// Pronoun sources of relayed quotes ("Reuters quoted him as saying …"), single-quoted speech in a page with double
// quotes, and "remain missing" events. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findQuotes, findSingleQuoteMarks } from '../../src/extract/quotes.js';
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
    ['the relay spoke just before: still not "them"', 'Rescue teams reached the valley at dawn. Reuters reported that the road was blocked. Reuters later quoted them as saying 12 houses were destroyed.',
      [['Reuters', 'named', 'Reuters', 'reported', 'the road was blocked'], ['them', 'pronoun', null, 'quoted as saying', '12 houses were destroyed']]],
    ['the relay spoke just before: still not "him"', 'Defence Minister Karel Vasko toured the border. Reporter Pavel Hruby said the visit was brief. Hruby also quoted him as saying that 30 troops had been sent.',
      [['Reporter Pavel Hruby', 'named', 'Reporter Pavel Hruby', 'said', 'the visit was brief'], ['him', 'pronoun', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
    ['nobody named before: unresolved', 'Reuters quoted him as saying that 30 troops had been sent.',
      [['him', 'pronoun', null, 'quoted as saying', '30 troops had been sent']]],
    // "as" left out (cues.ts relay/quoted-saying, passive/quoted-saying)
    ['"quoted him saying", no "as"', 'Defence Minister Karel Vasko toured the border on Monday. The newspaper quoted him saying that 30 troops had been sent.',
      [['him', 'pronoun', 'Karel Vasko', 'quoted saying', '30 troops had been sent']]],
    ['"was quoted saying", no "as"', 'The governor was quoted saying that 12 villages were flooded.',
      [['The governor', 'unnamed', null, 'quoted saying', '12 villages were flooded']]],
    // near misses: a passive with "be" among the fillers still has its subject speak
    ['near miss: "was later quoted by"', 'The governor was later quoted by Interfax as saying 12 civilians had been wounded.',
      [['The governor', 'unnamed', null, 'quoted as saying', '12 civilians had been wounded']]],
    ['near miss: "has also been quoted by"', 'Karel Vasko has also been quoted by Reuters as saying that 30 troops had been sent.',
      [['Karel Vasko', 'named', 'Karel Vasko', 'quoted as saying', '30 troops had been sent']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** The text with the single marks read as quotation marks written as “ and ” (paragraphs: lines). */
function marked(text: string): string {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m, index) => ({ index, start: m.index!, end: m.index! + m[0].length }));
  let out = text;
  for (const m of findSingleQuoteMarks(text, paragraphs, findQuotes(text, paragraphs))) out = out.slice(0, m.at) + m.ch + out.slice(m.at + 1);
  return out;
}

/** A paragraph in double marks that makes the document one of double quotation marks. */
const DOUBLES = '“We are doing all we can,” the council said.\n\n';

describe('single-marked speech with its cue counts in a document of double marks', () => {
  it.each([
    ['curly, cue after', '‘We will not give up,’ the minister said.', '“We will not give up,” the minister said.'],
    ['straight, cue after, a name', "'Two people have died,' Chief Inspector Tom Ladd said.", '“Two people have died,” Chief Inspector Tom Ladd said.'],
    ['inverted cue after', '‘Who will pay for this?’ asked one farmer.', '“Who will pay for this?” asked one farmer.'],
    ['cue and colon before', "The inspector said: 'Our thoughts are with the families.'", 'The inspector said: “Our thoughts are with the families.”'],
    ['cue and hearer before', '‘Stay away from the river,’ she told reporters. ‘It is still rising.’', '“Stay away from the river,” she told reporters. “It is still rising.”'],
    ['apostrophes inside', '‘The soldiers’ families couldn’t wait,’ he said.', '“The soldiers’ families couldn’t wait,” he said.'],
  ])('%s', (_name, text, expected) => {
    expect(marked(DOUBLES + text)).toBe(DOUBLES + expected);
  });

  it.each([
    ['possessives and contractions', "The soldiers' families said the army's plan couldn't work."],
    ['a decade and an elision', "Since the '90s the town's rock 'n' roll festival has drawn crowds, organisers said."],
    ['curly decade', 'Prices are the highest since the ’90s, the bank said, and the ’80s were worse.'],
    ['a phrase with no cue', 'The mayor called the plan ‘a disgrace’ and left.'],
    ['a whole sentence with no cue', '‘The flood was the worst in decades.’ The water has gone now.'],
    ['nested in a double quotation', '“He told me ‘go home,’ and walked off,” she said.'],
  ])('near miss: %s', (_name, text) => {
    expect(marked(DOUBLES + text)).toBe(DOUBLES + text);
  });

  it.each([
    ['a single-marked quote after a double one', `${DOUBLES}‘We have warned about this for years,’ councillor Ann Bell said.`,
      [['the council', 'said', 'We are doing all we can', true], ['councillor Ann Bell', 'said', 'We have warned about this for years', true]]],
    ['a colon quote with its figure', `${DOUBLES}A spokesman for the agency said: ‘More than 120 homes have been flooded.’`,
      [['the council', 'said', 'We are doing all we can', true], ['A spokesman for the agency', 'said', 'More than 120 homes have been flooded', true]]],
  ])('claims: %s', (_name, text, expected) => {
    expect(recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content, c.direct])).toEqual(expected);
  });
});

describe('"remain"/"stay" and a state: the state is the event', () => {
  const eventsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['remain missing', 'At least 300 people remain missing after the mudslide.', [['At least 300 people', 'people', 'missing']]],
    ['remained trapped', 'Some 40 miners remained trapped underground.', [['Some 40 miners', 'miners', 'trapped']]],
    ['remain displaced', 'More than 12,000 villagers remain displaced by the fighting.', [['More than 12,000 villagers', 'villagers', 'displaced']]],
    ['remains with an adverb', 'One fisherman remains officially missing.', [['One fisherman', 'fisherman', 'missing']]],
    ['remain in hospital', 'Twenty workers remain in hospital with burns.', [['Twenty workers', 'workers', 'in hospital']]],
    ['remained in custody', 'Three suspects remained in custody overnight.', [['Three suspects', 'suspects', 'in custody']]],
    ['remain closed', 'About 200 schools remain closed.', [['About 200 schools', 'schools', 'closed']]],
    ['stayed trapped', 'Eight hikers stayed trapped on the ridge.', [['Eight hikers', 'hikers', 'trapped']]],
    ['"were still missing"', 'Nine climbers were still missing on the mountain.', [['Nine climbers', 'climbers', 'missing']]],
    // near misses: "remain" with no state stays a link with no event
    ['near miss: remain without access', 'More than 5 million people remain without access to clean water.', [['More than 5 million people', 'people', null]]],
    ['near miss: remain a concern', 'Two bridges remain a concern for engineers.', [['Two bridges', 'bridges', null]]],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});
