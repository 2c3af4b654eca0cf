// A common given name before a capitalised surname names a person (ner/refine.ts retypeGivenNamedPeople, data/given-names.ts).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { GIVEN_NAME_STOPS, US_GIVEN_NAMES, WORD_GIVEN_NAMES, WORLD_GIVEN_NAMES } from '../../src/extract/data/given-names.js';
import { contextOf } from './ner-helpers.js';

/** [type, name] of every actor, in order. */
const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name]);
const places = (text: string) => findActorsAndPlaces(contextOf(text)).places.map((p) => p.name);

describe('given-name lists', () => {
  const plain = new Set([...US_GIVEN_NAMES.words, ...WORLD_GIVEN_NAMES.flatMap((r) => r.words)]);
  const word = new Set(WORD_GIVEN_NAMES.words);

  it.each([['elon'], ['jamie'], ['scott'], ['ahmed'], ['recep'], ['volodymyr'], ['sundar'], ['ngozi'], ['shigeru'], ['keir']])(
    '%s is a plain given name', (name) => {
      expect(plain.has(name)).toBe(true);
      expect(word.has(name)).toBe(false);
    });

  // names that are also words, places, brands or firms' names: kept apart, they need a person cue
  it.each([['will'], ['may'], ['mark'], ['grace'], ['hope'], ['rose'], ['chase'], ['general'], ['boston'], ['tesla'], ['aston'], ['meta'], ['morgan']])(
    '%s is a given name that is also a word', (name) => {
      expect(word.has(name)).toBe(true);
      expect(plain.has(name)).toBe(false);
    });

  it.each([['bank'], ['group'], ['party'], ['court'], ['house'], ['treasury'], ['the']])('%s is no given name', (name) => {
    expect(plain.has(name) || word.has(name)).toBe(false);
  });

  it('holds lower-case letters only, in thousands', () => {
    const all = [...plain, ...word, ...GIVEN_NAME_STOPS.words];
    expect(all.filter((w) => !/^[a-z]+$/u.test(w))).toEqual([]);
    expect(plain.size).toBeGreaterThan(5000);
  });
});

describe('a given name before a capitalised surname is a person', () => {
  it.each([
    // surnames that are also words: "musk", "court"
    ['Elon Musk said on Monday that sales rose.', ['person', 'Elon Musk']],
    ['Marisol Court, president of the Tenants Union, disagreed.', ['person', 'Marisol Court']],
    // given names from outside the US lists
    ['Sundar Pichai said the company would appeal.', ['person', 'Sundar Pichai']],
    ['Ngozi Adeyemi said the talks had failed.', ['person', 'Ngozi Adeyemi']],
    // a given name that is also a brand, with an apposition saying a person is meant
    ['Mercedes Abara, the actress, said she was sorry.', ['person', 'Mercedes Abara']],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });
});

describe('names opening with a given name that stay what they are', () => {
  it.each([
    // an organization word, with no apposition saying a person is meant
    ['Howard University said enrolment rose.', ['organization', 'Howard University']],
    ['Jamie Court said the ruling was wrong.', ['organization', 'Jamie Court']],
    // a given name that is also a brand or a club's first word, and a plural-looking last word
    ['Aston Villa said on Monday that its manager would stay.', ['organization', 'Aston Villa']],
    ['Meta Platforms said it would appeal.', ['organization', 'Meta Platforms']],
    // … and the same brand-like given name with no cue that a person is meant
    ['Mercedes Abara said on Monday that sales rose.', ['organization', 'Mercedes Abara']],
    // two given names: a firm
    ['Morgan Stanley said the deal was off.', ['organization', 'Morgan Stanley']],
    // after "the"
    ['The Ngozi Adeyemi Foundation said the talks had failed.', ['organization', 'Ngozi Adeyemi Foundation']],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
    expect(actors(text).filter((a) => a[0] === 'person')).toEqual([]);
  });

  it.each([
    ['Turnout rose in Hartley East and Milford Haven.', ['Hartley East', 'Milford Haven']],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
    expect(actors(text)).toEqual([]);
  });
});
