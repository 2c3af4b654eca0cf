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

describe('a poll that puts a party on a share is the source of the shares', () => {
  it.each([
    // the pollster named before its poll is the source's actor (claims5: "A Reuters tally shows …")
    ['An Ipsos poll put Labour on 38%.', [['An Ipsos poll', 'named', 'put', 'Labour on 38%']]],
    ['A poll published by the newspaper on Monday put the PP on 33.1% and the PSOE on 28.4%.',
      [['A poll published by the newspaper on Monday', 'unnamed', 'put', 'the PP on 33.1% and the PSOE on 28.4%']]],
    ['The survey of 1,089 adults, conducted between 14 and 17 March, put Labour on 31%, with the Conservatives on 23%.',
      [['The survey of 1,089 adults', 'unnamed', 'put', 'Labour on 31%, with the Conservatives on 23%']]],
    ['A Datafolha survey had Lula at 46 percent.', [['A Datafolha survey', 'unnamed', 'had', 'Lula at 46 percent']]],
    // what must not change: no poll in the subject, no share after the object
    ['The party put pressure on 12 MPs.', []],
    ['The poll put the issue at the top of the agenda.', []],
  ])('%s', (text, expected) => expect(claimsOf(text)).toEqual(expected));

  it('links the shares to the poll\'s claim', () => {
    const r = extract('Headline\n\nAn Ipsos poll put Labour on 38% and the Conservatives on 24%.', { id: 'a.txt' });
    expect(r.numbers.map((n) => [n.text, n.claim])).toEqual([['38%', 'C1'], ['24%', 'C1']]);
  });
});

describe('a participle\'s subject is never the first name after a quotation of an earlier sentence', () => {
  it('"IEC chairperson Mosotho Moepya rejected …, saying" after a quotation in the sentence before', () => {
    const text = 'MK spokesman Nhlamulo Ndhlela alleged "massive irregularities" in counting.\n\n' +
      'IEC chairperson Mosotho Moepya rejected the allegations, saying the commission had investigated 579 objections.';
    expect(claimsOf(text)).toEqual([
      ['MK spokesman Nhlamulo Ndhlela', 'named', 'alleged', 'massive irregularities'],
      ['IEC chairperson Mosotho Moepya', 'named', 'saying', 'the commission had investigated 579 objections'],
    ]);
  });
});
