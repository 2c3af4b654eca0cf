// Claim, number and date defects left by the earlier sessions (claims7): an action noun opening the sentence, inverted
// cues after an aside, "claim to" as entitlement, counts before a model number. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, kind, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.source.kind, c.cue, c.content]);

describe('an action noun after a preposition opening the sentence: the words between the noun and the cue speak', () => {
  it.each([
    ['"In a move analysts said"', 'In a move analysts said was unexpected, the Bank of England kept its main rate at 4.5 percent.',
      [['analysts', 'unnamed', 'said', 'was unexpected']]],
    ['"With a decision critics say"', 'With a decision critics say will cost jobs, the council closed the library.',
      [['critics', 'unnamed', 'say', 'will cost jobs']]],
    // near miss: a statement noun is a setting of the cue, and its subject follows
    ['near miss: "In a statement the ministry said"', 'In a statement the ministry said the toll rose to 40.',
      [['the ministry', 'unnamed', 'said', 'the toll rose to 40']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a model number between a count and a name is what the count is of', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value, n.counts]);
  it.each([
    ['"400 737 Max jets"', 'The airline has ordered 400 737 Max jets from Boeing.', [['400 737 Max jets', 400, '737 Max jets']]],
    ['"25 A350 jets" (as before)', 'The carrier flies 25 A350 jets.', [['25 A350 jets', 25, 'A350 jets']]],
    // near miss: a plural after the figures counts, and the groups make one figure
    ['near miss: "12 500 Syrians"', 'Turkey sent back 12 500 Syrians.', [['12 500 Syrians', 12500, 'Syrians']]],
  ])('%s', (_name, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('"claim to" a noun phrase is a right held, no report', () => {
  it.each([
    ['a possessor\'s "claim to a"', 'Critics have long rejected the Chinese Communist Party\'s claim to a divine right to rule over Tibet.', []],
    ['"claim to sovereignty"', 'Their claim to sovereignty over the reef is disputed.', []],
    // near misses: an infinitive, and a hearer then "that"
    ['near miss: "claimed to have"', 'The rebels claimed to have shot down a jet.', [['The rebels', 'unnamed', 'claimed', 'to have shot down a jet']]],
    ['near miss: "claimed to the court that"', 'He claimed to the court that he was innocent.', [['He', 'pronoun', 'claimed', 'he was innocent']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a bare figure subject of a verb of people counts people', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"38 died and 29 survived"', 'The boat capsized. 38 died and 29 survived.', [['38', 'people', 'died'], ['29', 'people', 'survived']]],
    ['after "Of the 67 people on board,"', 'Of the 67 people on board, 38 died and 29 survived.',
      [['67 people', 'people', null], ['38', 'people', 'died'], ['29', 'people', 'survived']]],
    ['"Five drowned and two were injured"', 'Five drowned and two were injured.', [['Five', 'people', 'drowned'], ['two', 'people', 'injured']]],
    // near misses: a count before names the group; a verb of things
    ['near miss: "Of the 120 goats,"', 'Of the 120 goats, 38 died and 29 survived.', [['120 goats', 'goats', null], ['38', 'goats', 'died'], ['29', 'goats', 'survived']]],
    ['near miss: "12 were damaged"', 'The storm hit the port and 12 were damaged.', [['12', null, 'damaged']]],
  ])('%s', (_name, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('"co-accused" is a noun', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"Three co-accused received"', 'Three co-accused received sentences of four years each.', [['Three co-accused', 'co-accused', 'received'], ['four years', null, null]]],
    ['"His two co-accused were acquitted"', 'His two co-accused were acquitted.', [['two co-accused', 'co-accused', 'acquitted']]],
  ])('%s', (_name, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('an inverted cue after a predicate in the past, its subject set off by an apposition', () => {
  it.each([
    ['"died, said police"', 'Two people, both Britons, died, said police.', [['police', 'unnamed', 'said', 'Two people, both Britons, died']]],
    ['"fled, said the mayor"', 'Three men, all from Leeds, fled, said the mayor.', [['the mayor', 'unnamed', 'said', 'Three men, all from Leeds, fled']]],
    // near misses: a participle with its agent or setting describes the subject, and the cue reports forward
    ['near miss: "injured in the crash, said"', 'The driver, injured in the crash, said police had stopped him.',
      [['The driver', 'unnamed', 'said', 'police had stopped him']]],
    ['near miss: "rescued by fishermen, said"', 'The pilot, rescued by fishermen, said he was fine.', [['The pilot', 'unnamed', 'said', 'he was fine']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('what a count counts: a participle after the plural ends it', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"120 MPs signing"', 'Labour faces a revolt, with more than 120 MPs signing an amendment.', [['more than 120 MPs', 'MPs', null]]],
    // near miss: a noun in -ing after a singular noun stays in the phrase
    ['near miss: "Five business dealings"', 'Five business dealings were probed.', [['Five business dealings', 'business dealings', 'probed']]],
  ])('%s', (_name, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('a noun the tagger reads as a verb, between a figure and a plural, is what is counted', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"23 flood warnings"', 'Natural Resources Wales issued 23 flood warnings and more than 100 flood alerts.',
      [['23 flood warnings', 'flood warnings', 'issued'], ['more than 100 flood alerts', 'flood alerts', 'issued']]],
    // near misses: a figure opening its clause is the verb's subject
    ['near miss: "Two of them flee"', 'Two of them flee cities.', [['Two', null, 'flee']]],
    ['near miss: "12 rescue teams" (as before)', 'They sent 12 rescue teams.', [['12 rescue teams', 'rescue teams', 'sent']]],
  ])('%s', (_name, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('a dateline with no year, and no file or fetch date: the story stays undated', () => {
  const text = 'Headline\n\nKYIV, Jan 14 (Reuters) - Ukraine said on Tuesday it had shot down 40 drones.';
  it('no date from the clock of the run', () => {
    const r = extract(text, { id: '-' });
    expect(r.article.published).toBeNull();
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Jan 14', null], ['Tuesday', null]]);
  });
  it('near miss: a file\'s date gives the year', () => {
    expect(extract(text, { id: 'a.txt', now: new Date('2025-03-01T00:00:00Z') }).article.published).toBe('2025-01-14');
  });
});
