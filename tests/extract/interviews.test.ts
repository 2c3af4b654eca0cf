// Interviews, briefing and broadcast transcripts, op-eds: who speaks each turn, which paragraphs are turns, and
// which sentences only ask. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source text, actor name or null, cue, content start]. */
const claimsOf = (text: string) => {
  const r = recordOf(text);
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.actor ? names.get(c.source.actor) ?? null : null, c.cue, c.content.slice(0, 24)]);
};

describe('transcript labels in capitals with a title, one-word labels, role labels', () => {
  it.each([
    ['"MR MILLER:" of a State Department briefing', [
      'Department spokesperson Matthew Miller briefed reporters on Haiti.',
      'MR MILLER: Good afternoon. About 400 Kenyan officers are in Port-au-Prince today.',
      'QUESTION: How many more are coming?',
      'MR MILLER: We expect another 600 over the coming weeks.',
    ], [['MR MILLER', 'Matthew Miller', ':', 'Good afternoon. About 40'], ['MR MILLER', 'Matthew Miller', ':', 'We expect another 600 ov']]],
    ['"SEN. MARK KELLY (D-AZ):" and "KELLY:" of a broadcast', [
      'Democratic Senator Mark Kelly of Arizona joined the programme.',
      'SEN. MARK KELLY (D-AZ): Thanks for having me.',
      'BLITZER: Is that enough?',
      'KELLY: It is a good start, but Poland needs four batteries.',
    ], [['SEN. MARK KELLY', 'Mark Kelly', ':', 'Thanks for having me'], ['KELLY', 'Mark Kelly', ':', 'It is a good start, but ']]],
    ['"Reuters:" / "Dragan:" of a wire interview', [
      'Central bank governor Anca Dragan spoke to Reuters on Tuesday.',
      'Reuters: Inflation rose to 7.4% in January. Why did it jump again?',
      'Dragan: The main reason is gas. Tariffs rose by 27% in December.',
      'Reuters: When will you cut rates?',
      'Dragan: We will look at the data in April.',
    ], [['Dragan', 'Anca Dragan', ':', 'The main reason is gas. '], ['Dragan', 'Anca Dragan', ':', 'We will look at the data']]],
    ['"SPOKESPERSON:" is the person presented as the spokesperson', [
      'The following is the transcript of the noon briefing by Stéphane Dujarric, Spokesperson for the Secretary-General.',
      'SPOKESPERSON: Good afternoon. More than 5,000 people fled their homes over the weekend.',
      'QUESTION: Does the mission need more troops?',
      'SPOKESPERSON: The trust fund has received only 110 million dollars so far.',
    ], [['SPOKESPERSON', 'Stéphane Dujarric', ':', 'Good afternoon. More tha'], ['SPOKESPERSON', 'Stéphane Dujarric', ':', 'The trust fund has recei']]],
  ])('%s', (_name, paras, expected) => {
    expect(claimsOf(paras.join('\n\n'))).toEqual(expected);
  });

  it.each([
    ['a one-word label once is no label', 'Meanwhile: the road has reopened.\n\nThe council said the bridge was safe.'],
    ['a title label naming two people of the article', 'Ken Doyle and Ruth Doyle debated the budget.\n\nHOST: Is it fair?\n\nMR DOYLE: No, it is not.\n\nHOST: Why?'],
  ])('near miss: %s', (_name, text) => {
    expect(claimsOf(text).filter((c) => c[2] === ':')).toEqual([]);
  });
});

describe('a turn over several paragraphs', () => {
  it('an unlabelled paragraph between two turns is the speaker\'s; a stage note and the lines after the last turn are not', () => {
    const text = [
      'Stéphane Dujarric, Spokesperson for the Secretary-General, briefed reporters.',
      'SPOKESPERSON: Good afternoon. I will start with Haiti.',
      'In Gaza, the World Food Programme delivered 3,500 tonnes of food last week.',
      '(The briefing was interrupted.)',
      'QUESTION: Does the mission need more troops?',
      'SPOKESPERSON: It needs more funding.',
      'The outlet will publish the full transcript on Friday.',
    ].join('\n\n');
    expect(claimsOf(text)).toEqual([
      ['SPOKESPERSON', 'Stéphane Dujarric', ':', 'Good afternoon. I will s'],
      ['SPOKESPERSON', 'Stéphane Dujarric', ':', 'In Gaza, the World Food '],
      ['SPOKESPERSON', 'Stéphane Dujarric', ':', 'It needs more funding'],
    ]);
  });
});

describe('a question asks about a report, it reports nothing', () => {
  it.each([
    ['auxiliary in the source', 'And on Sudan, has the UN confirmed the attack on the camp?', []],
    ['auxiliary before the source', 'Does the ministry say that 40 people died in the fire?', []],
    ['question word, auxiliary', 'Why did the army claim the village was empty?', []],
    ['near miss: a statement', 'The ministry says that 40 people died in the fire.', [['The ministry', null, 'says', '40 people died in the fi']]],
    ['near miss: a name that is an auxiliary', 'Will Smith said the film would open in May?', [['Will Smith', 'Will Smith', 'said', 'the film would open in M']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('the "I" of an op-ed is its writer', () => {
  /** Each claim as [source text, kind, actor name or null, cue, content] of a text under a byline. */
  const underByline = (byline: string, paras: string[]) => {
    const r = extract(['Why the ceasefire will fail', byline, ...paras].join('\n\n'), { id: 'a.txt' });
    const names = new Map(r.actors.map((a) => [a.id, a.name]));
    return r.claims.map((c) => [c.source.text, c.source.kind, c.source.actor ? names.get(c.source.actor) ?? null : null, c.cue, c.content]);
  };
  const PARAS = [
    'President Hugo Ferran met the rebels in Geneva last week. I said at the time that the deal would not hold.',
    'I believe the ceasefire will collapse within a month.',
  ];

  it('named as the byline names them, never the person named before; a belief of theirs is a claim', () => {
    expect(underByline('By Lena Marsh', PARAS)).toEqual([
      ['Lena Marsh', 'named', null, 'said', 'the deal would not hold'],
      ['Lena Marsh', 'named', null, 'believe', 'the ceasefire will collapse within a month'],
    ]);
  });

  it('no byline: the pronoun of no one, and no belief', () => {
    expect(underByline('Opinion', PARAS)).toEqual([['I', 'pronoun', null, 'said', 'the deal would not hold']]);
  });

  it('near miss: the "I" inside a quotation is the quoted speaker\'s', () => {
    expect(underByline('By Lena Marsh', ['President Hugo Ferran met the rebels. "I said at the time that the deal would not hold," Ferran said.']))
      .toEqual([['Ferran', 'named', 'Hugo Ferran', 'said', 'I said at the time that the deal would not hold']]);
  });
});

describe('a colon after the reported clause closes it', () => {
  it.each([
    ['after a clause with its own verb', 'The minister said the figures were wrong: in the north, nobody was counted.', 'the figures were wrong: in the north, nobody was counted'],
    ['near miss: after the hearer', 'The minister told reporters: the border is closed.', 'the border is closed'],
    ['near miss: after an adverbial', 'The ministry said in a statement: the border is closed.', 'the border is closed'],
  ])('%s', (_name, text, content) => {
    expect(claimsOf(text).map((c) => c[3])).toEqual([content.slice(0, 24)]);
  });
});

describe('a speaker label in capitals is the person it names, no actor of its own', () => {
  it.each([
    ['"KELLY:" after "Mark Kelly"', 'Democratic Senator Mark Kelly of Arizona joined us.\n\nBLITZER: Is that enough?\n\nKELLY: It is a good start.\n\nBLITZER: And next year?\n\nKELLY: We need 60 votes.',
      [['Mark Kelly', ['KELLY'], 3]]],
    ['near miss: an acronym in a sentence stays apart', 'Democratic Senator Mark Kelly of Arizona met KELLY officials.', [['Mark Kelly', [], 1]]],
  ])('%s', (_name, text, expected) => {
    expect(recordOf(text).actors.filter((a) => a.type === 'person').map((a) => [a.name, a.aliases, a.mentions.length])).toEqual(expected);
  });
});

describe('a cue word after a possessive is a noun: its source is the possessor', () => {
  it.each([
    ['a name', 'The defense chief dismissed Beijing\'s claim that the Philippines had provoked the clashes.', 'Beijing'],
    ['"the" and a noun', 'He rejected the army\'s claim that the village was empty.', 'the army'],
    ['a name of several words', 'Officials dismissed the Foreign Ministry\'s claim that 40 people died.', 'the Foreign Ministry'],
    ['near miss: a document of the body is the source', 'The Foreign Ministry\'s statement said 40 people died.', 'The Foreign Ministry\'s statement'],
  ])('%s', (_name, text, source) => {
    expect(claimsOf(text).map((c) => c[0])).toEqual([source]);
  });
});

describe('a figure in a transcript turn belongs to the report the speaker makes in it', () => {
  it('"SPOKESPERSON: … the IOM says 1.1 million …": the IOM\'s figure; a figure of the speaker\'s own, the turn\'s', () => {
    const r = recordOf([
      'Stéphane Dujarric, Spokesperson for the Secretary-General, briefed reporters.',
      'SPOKESPERSON: Good afternoon. The International Organization for Migration says 1.1 million people are displaced. The trust fund has 110 million dollars.',
      'QUESTION: Does the mission need more troops?',
      'SPOKESPERSON: It needs 2,500 officers.',
    ].join('\n\n'));
    const byId = new Map(r.claims.map((c) => [c.id, c]));
    expect(r.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.source.text : null])).toEqual([
      ['1.1 million people', 'The International Organization for Migration'], ['110 million dollars', 'SPOKESPERSON'], ['2,500 officers', 'SPOKESPERSON'],
    ]);
  });
});
