// Claim, date and number defects left by the earlier sessions: a "City, Region," subject, event subjects with a
// qualifier, labels after a labelling verb, common-noun sources, units of volume. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, kind, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.source.kind, c.cue, c.content]);

describe('a region after a city and its comma ends the subject, it describes nobody', () => {
  it.each([
    ['"The city of X, State," said', 'The city of Columbus, Ohio, said on Tuesday that 4,000 homes had lost water service.',
      [['The city of Columbus, Ohio', 'named', 'said', '4,000 homes had lost water service']]],
    ['the city alone opens the sentence', 'Springfield, Illinois, said 40 homes were flooded.',
      [['Springfield, Illinois', 'named', 'said', '40 homes were flooded']]],
    ['a head before "in"', 'Officials in Kyiv, Ukraine, said 40 homes were flooded.',
      [['Officials in Kyiv, Ukraine', 'unnamed', 'said', '40 homes were flooded']]],
    ['near miss: a name between commas after a description', 'The home secretary, Yvette Cooper, said 40 homes were flooded.',
      [['Yvette Cooper', 'named', 'said', '40 homes were flooded']]],
    ['near miss: a region closing a description', 'Omar Haddad, a nurse in Lyon, France, said 40 homes were flooded.',
      [['Omar Haddad', 'named', 'said', '40 homes were flooded']]],
    ['near miss: the city\'s phrase inside a longer description', '“Water is hard to find beyond Earth,” study lead author Lucas Paganini, a planetary scientist at NASA and American University in Washington, D.C., said in a statement.',
      [['study lead author Lucas Paganini', 'named', 'said', 'Water is hard to find beyond Earth']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('an event before a qualifier is no source', () => {
  it.each([
    ['"by" and a name after the head', 'The attacks by Hamas showed that Israel was vulnerable.', []],
    ['a place after the head', 'The weekend attacks in Kabul showed that the Taliban could not protect the city.', []],
    ['near miss: a name ending in an event word speaks', 'The Fire Brigade said 12 people were rescued.',
      [['The Fire Brigade', 'named', 'said', '12 people were rescued']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('people at the scene, named by a common noun, are unnamed sources', () => {
  it.each([
    ['Rescuers told reporters that 12 people were trapped.', [['Rescuers', 'unnamed', 'told', '12 people were trapped']]],
    ['Firefighters said the blaze was contained.', [['Firefighters', 'unnamed', 'said', 'the blaze was contained']]],
    ['Paramedics said two men died.', [['Paramedics', 'unnamed', 'said', 'two men died']]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a label after a labelling verb and its object, wherever the full stop stands', () => {
  it.each([
    ['the full stop outside the marks', 'The minister described it as “improper and wrong”. He did not elaborate.',
      [['The minister', 'unnamed', 'described', 'improper and wrong']]],
    ['straight marks', 'The senator described the plan as "reckless and dangerous". He left.',
      [['The senator', 'unnamed', 'described', 'reckless and dangerous']]],
    ['a second verb after the label', 'Secretary of State Antony Blinken called the decision “a serious mistake” and said it would weaken the alliance.',
      [['Secretary of State Antony Blinken', 'named', 'called', 'a serious mistake'], ['Secretary of State Antony Blinken', 'named', 'said', 'it would weaken the alliance']]],
    ['a label after "and", the second verb of a reporting subject', 'Pedro Sanchez said the government would send two more planes and called the fire “a tragedy for the whole region”.',
      [['Pedro Sanchez', 'named', 'said', 'the government would send two more planes'], ['Pedro Sanchez', 'named', 'called', 'a tragedy for the whole region']]],
    ['a label after ", and"', 'The ministry said 40 people died, and called the attack “a cowardly act of terror”.',
      [['The ministry', 'unnamed', 'said', '40 people died'], ['The ministry', 'unnamed', 'called', 'a cowardly act of terror']]],
    ['a label after "and", no claim before', 'Blinken met the envoy and called the decision “a serious mistake”.',
      [['Blinken', 'named', 'called', 'a serious mistake']]],
    ['near miss: a passive first verb', 'He was hauled in and called the charges “a complete fabrication”.', []],
    ['near miss: a quotation after a preposition is only a part of the label', 'His obituary called him the author of “many books” and a tireless teacher.', []],
    ['near miss: the stop inside, after a preposition', 'His obituary called him the author of “many books.”', []],
    ['near miss: one word stays a scare quote', 'The mayor called them “terrorists”.', []],
    ['near miss: no object', 'The ministry called on residents “to stay indoors”.', []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** Each number as [text, value, unit, counts, event]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value, n.unit, n.counts, n.event]);

describe('volumes of liquid and gas have a unit', () => {
  it.each([
    ['The government had promised 2 million liters of fuel.', [['2 million liters', 2e6, 'l', null, 'promised']]],
    ['Aid groups delivered 10,000 gallons of water.', [['10,000 gallons', 10000, 'gal', null, 'delivered']]],
    ['The leak released 500 cubic feet of gas.', [['500 cubic feet', 500, 'ft3', null, 'released']]],
    ['Each family received a 20-litre jerrycan.', [['20-litre', 20, 'l', null, 'received']]],
  ])('%s', (text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('a plural after a figure ends what it counts before a verb the tagger read as a noun', () => {
  it.each([
    ['More than 300 strikes hit civilian areas last year.', [['More than 300 strikes', 300, null, 'strikes', 'hit']]],
    ['Some 40 attacks hit schools.', [['Some 40 attacks', 40, null, 'attacks', 'hit']]],
    ['a past form read as an adjective', 'Two suspects received prison terms.', [['Two suspects', 2, null, 'suspects', 'received']]],
    ['near miss: a noun phrase of two nouns', 'Rebels captured 4 army bases.', [['4 army bases', 4, null, 'army bases', 'captured']]],
    ['near miss: a participle after the noun', 'Police said 30 suspects arrested on Monday were charged.', [['30 suspects', 30, null, 'suspects', 'arrested']]],
  ].map((r) => (r.length === 2 ? [r[0], r[0], r[1]] : r)))('%s', (_name, text, expected) => {
    expect(numbersOf(text as string)).toEqual(expected);
  });
});

describe('a bare "May" is the month after a date\'s preposition or another month', () => {
  const datesOf = (text: string) => findDates({ ...contextOf(text), referenceDate: '2024-06-10' }).map((d) => [d.text, d.value]);
  it.each([
    ['a list of two months', 'Heavy rain fell in April and May.', [['April', '2024-04'], ['May', '2024-05']]],
    ['a list ahead', 'Elections will be held in April and May.', [['April', '2025-04'], ['May', '2025-05']]],
    ['a range', 'Fighting raged between April and May.', [['April', '2024-04'], ['May', '2024-05']]],
    ['a list of three', 'It rained in March, April and May.', [['March', '2024-03'], ['April', '2024-04'], ['May', '2024-05']]],
    ['"since"', 'Prices have risen since May.', [['May', '2024-05']]],
    ['"in late"', 'The talks ended in late May.', [['May', '2024-05']]],
    ['"mid-"', 'The floods peaked in mid-May.', [['May', '2024-05']]],
    ['near miss: a modal', 'The president may visit in June.', [['June', '2024-06']]],
    ['near miss: a name after "since"', 'Since May took office, 40 bills have passed.', []],
    ['near miss: a name after "by"', 'The rally was attended by May and Corbyn.', []],
  ])('%s', (_name, text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});

describe('an undated article: the file\'s date resolves no date (claims7)', () => {
  // A file's mtime (or an HTTP Last-Modified) is the date of the copy: a page saved in January 2026 may be years older
  // ("Elections will be held in March" was March 2026, "results in December" 2025-12). Only what the text says stays.
  const NOW = new Date('2026-01-20T12:00:00Z');
  const datesOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt', now: NOW }).dates.map((d) => [d.text, d.value]);
  it.each([
    ['a bare month ahead', 'Elections will be held in March.', [['March', null]]],
    ['a month and day ahead', 'The summit begins on March 4.', [['March 4', null]]],
    ['a month before the file\'s date', 'The company reported results in December.', [['December', null]]],
    ['the file\'s own month', 'Prices rose in January.', [['January', null]]],
    ['"next" names no year by itself', 'The deal will close next March.', [['next March', null]]],
    ['a weekday and a week', 'The minister resigned on Tuesday after a newspaper reported last week that he had misused funds.', [['Tuesday', null], ['last week', null]]],
    ['near miss: a year the text writes', 'Prices rose in January 2025.', [['January 2025', '2025-01']]],
  ])('%s', (_name, text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  it('the record is the same whatever the file\'s date', () => {
    const text = 'Headline\n\nThe minister resigned on Tuesday. The vote is on March 4.';
    const at = (iso: string) => extract(text, { id: 'a.txt', now: new Date(iso) }).dates;
    expect(at('2019-06-01T12:00:00Z')).toEqual(at('2026-01-20T12:00:00Z'));
  });

  it('near miss: a published date still resolves ahead', () => {
    const r = extract('Headline\n\nPublished: 2026-01-10\n\nElections will be held in March.', { id: 'a.txt', now: NOW });
    expect(r.article.published).toBe('2026-01-10');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['March', '2026-03']]);
  });
});

describe('an aside opened by an action noun: the words between the noun and the cue speak', () => {
  it.each([
    ['a name', 'The Commission said it would impose tariffs from July, a move Beijing warned would harm trade.',
      [['The Commission', 'named', 'said', 'it would impose tariffs from July'], ['Beijing', 'named', 'warned', 'would harm trade']]],
    ['a plural noun', 'The bank raised rates to 5%, a move critics say will hurt borrowers.',
      [['critics', 'unnamed', 'say', 'will hurt borrowers']]],
    ['a determined noun phrase', 'The court upheld the ban, a ruling the opposition said was politically motivated.',
      [['the opposition', 'unnamed', 'said', 'was politically motivated']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a public body whose name holds an "and" alone', () => {
  it.each([
    ['after an aside, the cue last', 'The quake hit near Malatya, the Disaster and Emergency Management Authority, known as AFAD, said.',
      [['the Disaster and Emergency Management Authority', 'named', 'said', 'The quake hit near Malatya']]],
    ['before an aside, the cue first', 'The Food and Drug Administration, the US regulator, said the drug was safe.',
      [['The Food and Drug Administration', 'named', 'said', 'the drug was safe']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
