// Roles and particles in non-Anglo names: "al-X" after a given name, offices before honorifics, Gulf royals
// (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

/** [type, name, aliases, roles] of every actor, in order. */
const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name, a.aliases, a.roles]);
const names = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => a.name);

describe('a given name right before "al-X" makes one person, whatever the tagger said of "al-X"', () => {
  it.each([
    ['Protesters toppled Bashar al-Assad last winter. Assad fled abroad.', ['person', 'Bashar al-Assad', ['Assad'], []]],
    ['The envoy met Ammar al-Hakim in Baghdad. Hakim said the talks went well.', ['person', 'Ammar al-Hakim', ['Hakim'], []]],
    ['The envoy met Hamza al-Hakim in Baghdad.', ['person', 'Hamza al-Hakim', [], []]],
    ['Rebels toppled Ammar al-Jubouri in March.', ['person', 'Ammar al-Jubouri', [], []]],
  ])('%j', (text, person) => {
    expect(actors(text)).toContainEqual(person);
  });

  // a place or a group opened by its own word stays what it was
  it.each([
    ['Fighters of Jaish al-Islam left the town.', 'Islam'],
    ['The army entered Ras al-Ain on Friday.', 'Ras'],
  ])('%j', (text, word) => {
    expect(actors(text).filter((a) => a[0] === 'person' && String(a[1]).includes(word))).toEqual([]);
  });
});
