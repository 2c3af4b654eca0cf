// Short forms of non-Anglo names: accents left out, the first of two surnames, a relative named later (sentences
// written for these tests).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { foldName } from '../../src/extract/name-fold.js';
import { contextOf } from './ner-helpers.js';

/** The mention texts of every person, in order of first mention. */
const people = (text: string) => findActorsAndPlaces(contextOf(text)).actors.filter((a) => a.type === 'person').map((a) => a.mentions.map((m) => m.text));

describe('the accent fold of a name', () => {
  it.each([
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Ekrem İmamoğlu', 'ekrem imamoglu'],
    ['Lech Wałęsa', 'lech walesa'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Franz Strauß', 'franz strauss'],
    ['Plain Name', 'plain name'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('a name written later without its accents is the same person', () => {
  it.each([
    ['Opposition leader Ömer Yıldıztaş addressed the rally. Yildiztas said the vote was unfair.', ['Ömer Yıldıztaş', 'Yildiztas']],
    ['Interior Minister Tomasz Wróbłewski resigned on Friday. Wroblewski said he had no regrets.', ['Tomasz Wróbłewski', 'Wroblewski']],
    ['Mayor Gökhan Özkaraç spoke in the square. Ozkarac told reporters that the budget would grow.', ['Gökhan Özkaraç', 'Ozkarac']],
    // the other way round: the plain spelling first
    ['Party leader Gokhan Ozkarac spoke in the square. Özkaraç said the budget would grow.', ['Gokhan Ozkarac', 'Özkaraç']],
  ])('%s', (text, mentions) => {
    expect(people(text)).toContainEqual(mentions);
  });

  // different letters are different names, accents or not
  it.each([
    ['Mayor Gökhan Özkaraç spoke in the square. Ozkaya said the budget would shrink.', 'Ozkaya'],
  ])('%s', (text, other) => {
    expect(people(text).find((m) => m.includes('Gökhan Özkaraç'))).not.toContain(other);
  });
});

describe('the first of two surnames is a short form of the name', () => {
  it.each([
    ['Senator Rodrigo Valdivia Moreno opened the debate. Valdivia said the law would pass.', ['Rodrigo Valdivia Moreno', 'Valdivia']],
    ['Judge Ana Lucía Quintero Robles criticised the bill. Quintero said it threatened the courts.', ['Ana Lucía Quintero Robles', 'Quintero']],
    ['Finance Minister Jorge Arrieta Zubizarreta met bankers on Monday. Arrieta said rates would fall.', ['Jorge Arrieta Zubizarreta', 'Arrieta']],
  ])('%s', (text, mentions) => {
    expect(people(text)).toContainEqual(mentions);
  });

  // another person named with that word as a surname or a first word: no join with the double-surnamed one
  it.each([
    ['Senator Rodrigo Valdivia Moreno opened the debate. His rival Carla Valdivia objected. Valdivia said the law would fail.', 'Rodrigo Valdivia Moreno', 'Valdivia'],
    ['Judge Ana Lucía Quintero Robles criticised the bill. Quintero Ortiz, a lawyer, defended it. Quintero said it was fair.', 'Ana Lucía Quintero Robles', 'Quintero'],
  ])('%s', (text, name, short) => {
    expect(people(text).find((m) => m.includes(name))).not.toContain(short);
  });

  // the word is one person's surname and another's first of two surnames: neither; a father's name after "bin" is no surname
  it.each([
    ['Rodrigo Valdivia Moreno and Carla Valdivia testified on Monday. Valdivia said the firm paid.', ['Carla Valdivia'], 'Valdivia'],
    ['King Salman met envoys. Crown Prince Mohammed bin Salman Al Saud attended. Salman said the kingdom wanted peace.', ['Salman', 'Salman'], 'Mohammed bin Salman Al Saud'],
  ])('%s', (text, mentions, other) => {
    const found = people(text);
    expect(found).toContainEqual(mentions);
    expect(found.find((m) => m.includes(other))).not.toContain(mentions[mentions.length - 1]);
  });
});

describe('a short surname joins the person named before it, not a relative named later', () => {
  it.each([
    ['Former premier Haruto Nakabayashi was taken to hospital in Osaka. Nakabayashi died hours later. His widow, Emiko Nakabayashi, thanked supporters.',
      ['Haruto Nakabayashi', 'Nakabayashi'], ['Emiko Nakabayashi']],
    ['Leader Park Jin Ho visited a factory on Friday. Park praised the workers. His sister, Park Mi Sun, criticised the summit.',
      ['Park Jin Ho', 'Park'], ['Park Mi Sun']],
    ['Senator Dolores Whitfield spoke in the chamber. Whitfield said the bill was flawed. Her husband, Gareth Whitfield, watched from the gallery.',
      ['Dolores Whitfield', 'Whitfield'], ['Gareth Whitfield']],
  ])('%s', (text, first, relative) => {
    const found = people(text);
    expect(found).toContainEqual(first);
    expect(found).toContainEqual(relative);
  });

  // a short form after both stays on its own, even when an earlier one joined the first: "Whitfield" is not keyed to her
  it.each([
    ['Senator Dolores Whitfield spoke in the chamber. Whitfield said the bill was flawed. Her husband, Gareth Whitfield, watched from the gallery. Whitfield later told reporters he agreed.',
      ['Dolores Whitfield', 'Whitfield'], ['Gareth Whitfield']],
  ])('%s', (text, first, relative) => {
    const found = people(text);
    expect(found).toContainEqual(first);
    expect(found).toContainEqual(relative);
  });

  // both named before the short form: it is neither of them
  it.each([
    ['Senator Dolores Whitfield and her husband Gareth Whitfield arrived together. Whitfield said the bill was flawed.', 'Whitfield'],
  ])('%s', (text, short) => {
    const found = people(text);
    expect(found.find((m) => m.includes('Dolores Whitfield'))).not.toContain(short);
    expect(found.find((m) => m.includes('Gareth Whitfield'))).not.toContain(short);
  });
});

// A one-word name that is a middle name, or that brings in someone new with an apposition, joins no one (regress17
// R1, R4): the claim of "James, a neighbour," is not the suspect's, and "Tamim, a student," is not the emir.
describe('a middle name or a newly introduced given name stays a person of its own', () => {
  it.each([
    ['a middle name, the surname written alone too', 'Police arrested Michael James Carter on Saturday. James, a neighbour, said he heard shots. Carter appeared in court on Monday.', 'James'],
    ['a given name inside a compound surname', 'Rep. Marjorie Taylor Greene voted no. Greene left early. Taylor, a county clerk in Georgia, said the count was accurate.', 'Taylor'],
    ['a possessive apposition', 'Justice Ketanji Brown Jackson wrote the dissent. Brown, the plaintiff\'s lawyer, said he would appeal.', 'Brown'],
    ['a given name with its own apposition after a "bin" name', 'Qatar\'s emir, Tamim bin Hamad Al Thani, opened the stadium on Friday. Tamim, a 23-year-old student, said he had waited since dawn.', 'Tamim'],
  ])('%s', (_name, text, lone) => {
    expect(people(text)).toContainEqual([lone]);
  });
});

// A name without its generational suffix written before the suffixed one is the father, after it a shortening.
describe('"Jr." tells father and son apart by which is written first', () => {
  it('the father first: two people', () => {
    const found = people('President Donald Trump said he would sign the order. His son Donald Trump Jr. said the family backed the plan.');
    expect(found).toContainEqual(['Donald Trump Jr.']);
    expect(found).toContainEqual(['Donald Trump']);
  });
  it('the suffixed name first: one person', () => {
    expect(people('Martin Luther King Jr. spoke in Washington in 1963. Martin Luther King later won the Nobel Peace Prize.'))
      .toContainEqual(['Martin Luther King Jr.', 'Martin Luther King']);
  });
});
