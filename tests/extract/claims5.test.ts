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

describe('a newsroom\'s tally or count shows a figure: the newsroom\'s claim', () => {
  it.each([
    ['"shows" and a hedged figure', 'A Reuters tally shows at least 12 collisions between fishing boats and coast guard vessels this year.',
      [['A Reuters tally', 'named', 'Reuters', 'shows', 'at least 12 collisions between fishing boats and coast guard vessels this year']]],
    ['"found" and a clause', 'An AFP count found at least 40 people were killed in the raids.',
      [['An AFP count', 'named', 'AFP', 'found', 'at least 40 people were killed in the raids']]],
    // what must not change: "found" with a figure and no document, and a document of nobody named
    ['rescuers find bodies', 'Rescuers found two bodies in the rubble.', []],
    ['a survey of nobody named', 'A survey found 40% of voters were undecided.', [['A survey', 'unnamed', null, 'found', '40% of voters were undecided']]],
  ])('%s', (_what, text, expected) => expect(claimsOf(text)).toEqual(expected));

  it('what the tally shows is no event of the figure', () => {
    const n = recordOf('A Reuters tally shows at least 12 collisions between fishing boats and coast guard vessels this year.').numbers[0]!;
    expect([n.text, n.counts, n.event, n.claim]).toEqual(['at least 12 collisions', 'collisions', null, 'C1']);
  });
});

describe('a label in a quotation after "called", "branded", "described … as" is the subject\'s claim', () => {
  it.each([
    ['"called it"', 'The interior minister called it "an Islamist terrorist act" and said more arrests were likely.',
      [['The interior minister', 'unnamed', null, 'called', 'an Islamist terrorist act'], ['The interior minister', 'unnamed', null, 'said', 'more arrests were likely']]],
    ['"described … as", a time before the verb', 'Chancellor Olaf Scholz on Tuesday described the attack as "cowardly, despicable and senseless".',
      [['Chancellor Olaf Scholz', 'named', 'Olaf Scholz', 'described', 'cowardly, despicable and senseless']]],
    ['"branded"', 'The opposition branded the vote "a farce from start to finish".', [['The opposition', 'unnamed', null, 'branded', 'a farce from start to finish']]],
    ['a subject before a description between commas', 'The home secretary, Yvette Cooper, called the figures "a legacy of chaos" on Thursday.',
      [['Yvette Cooper', 'named', 'Yvette Cooper', 'called', 'a legacy of chaos']]],
    ['a name before its description', 'Yvette Cooper, the home secretary, called the figures "a legacy of chaos".',
      [['Yvette Cooper', 'named', 'Yvette Cooper', 'called', 'a legacy of chaos']]],
    // the noun before "who" speaks, not "including a career Army officer who"
    ['a relative clause in a list\'s remark', 'They heard four officials, including a career Army officer who described the call as "improper and wrong."',
      [['a career Army officer', 'unnamed', null, 'described', 'improper and wrong']]],
    ['an infinitive is no label', 'Hours later, a man called the station "to say a bomb would go off".', []],
    // what must not change: "called on", a name after "called", a one-word label, "described" with no "as"
    ['"called on"', 'He called on the army "to stop the killing now".', []],
    ['a name after "called"', 'Members of a group called "Friends of the Earth Europe" marched.', []],
    ['a one-word label', 'She called them "terrorists".', []],
    ['"described" with no "as"', 'The ministry described the situation in the city.', []],
  ])('%s', (_what, text, expected) => expect(claimsOf(text)).toEqual(expected));
});

// (the content is the stretch after the cue, one unbroken stretch that holds no source: claims7)
describe('a claim inside an object relative clause: its subject speaks, and says the rest of the clause', () => {
  it.each([
    ['"which"', 'Thousands protested against elections which the opposition says were rigged.',
      [['the opposition', 'unnamed', null, 'says', 'were rigged']]],
    ['", which" and a pronoun', 'He rejected the charges, which he says are politically motivated.',
      [['he', 'pronoun', null, 'says', 'are politically motivated']]],
    ['"who" after a figure: the army speaks, not "Police arrested 12 men who the army"', 'Police arrested 12 men who the army says were planning an attack.',
      [['the army', 'unnamed', null, 'says', 'were planning an attack']]],
    ['the clause ends at its comma', 'The report, which the ministry said was accurate, was published on Friday.',
      [['the ministry', 'unnamed', null, 'said', 'was accurate']]],
    // what must not change: a subject relative clause, and "said that"
    ['"who asked not to be named"', 'An officer who asked not to be named said two soldiers were killed.',
      [['An officer who asked not to be named', 'unnamed', null, 'said', 'two soldiers were killed']]],
    ['"said that"', 'The minister said that the army says troops were sent.',
      [['The minister', 'unnamed', null, 'said', 'the army says troops were sent'], ['the army', 'unnamed', null, 'says', 'troops were sent']]],
  ])('%s', (_what, text, expected) => expect(claimsOf(text)).toEqual(expected));
});

describe('a pronoun right after a noun and before its cue is the subject of a relative clause', () => {
  it.each([
    ['"it says is"', 'The junta has vowed to recapture the 40 percent of the country it says is controlled by jihadists.',
      [['it', 'pronoun', null, 'says', 'is controlled by jihadists']]],
    ['"they said were"', 'Police detained 30 people they said were armed.', [['they', 'pronoun', null, 'said', 'were armed']]],
    ['"it accused of" and a quotation', 'Last month the military government expelled three French diplomats it accused of "subversive activities".',
      [['it', 'pronoun', null, 'accused', 'diplomats it accused of "subversive activities"']]],
    // what must not change: a pronoun opening its own clause
    ['a clause of its own', 'Asked about the deal, he said it was dead.', [['he', 'pronoun', null, 'said', 'it was dead']]],
  ])('%s', (_what, text, expected) => expect(claimsOf(text)).toEqual(expected));
});

describe('a manner adverbial opening the sentence with no comma is no part of the source', () => {
  it.each([
    ['a pronoun', 'The ministry issued figures on Monday. In a statement it said 12 people were killed.',
      [['it', 'pronoun', null, 'said', '12 people were killed']]],
    ['a noun', 'In a statement the ministry said 12 people were killed.', [['the ministry', 'unnamed', null, 'said', '12 people were killed']]],
    ['with a post-modifier', 'In an interview with Sky News the minister said the talks had failed.', [['the minister', 'unnamed', null, 'said', 'the talks had failed']]],
    // what must not change: the adverbial after the cue
    ['after the cue', 'The ministry said in a statement that 12 people were killed.', [['The ministry', 'unnamed', null, 'said', '12 people were killed']]],
  ])('%s', (_what, text, expected) => expect(claimsOf(text)).toEqual(expected));
});
