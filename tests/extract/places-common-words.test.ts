// A name nothing places (no gazetteer entry, head word, cue or neighbour) made only of words of the language is no
// place unless a place's preposition stands before it (places.ts: isCommonWordsPlace).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const placeNames = (text: string) => findActorsAndPlaces(contextOf(text)).places.map((p) => p.name);

describe('common words read as places', () => {
  it.each([
    ['Like Neo, the app promises to free you from the Matrix. It costs $5.', 'Matrix'],
    ['On the two hardest difficulties (I finished it on Master), you are not given enough leeway.', 'Master'],
    ['Cere blocked herself off from the Force, a loveable ship captain said.', 'Force'],
    ['The Standing Committee views the South as a rival.', 'South'],
  ])('%s: no place %s', (text, word) => {
    expect(placeNames(text)).not.toContain(word);
  });

  it.each([
    // a town named like a word keeps its place after "in", "of", "near", "to"
    ['Residents of Paradise fled the fire on Thursday.', 'Paradise'],
    ['Floods hit homes in Reading, the council said.', 'Reading'],
    // two letters are an abbreviation, not a word: Michigan
    ['June 12 -- DTE Energy Music Theatre, Clarkston, MI', 'MI'],
    // a known place stays whatever the lexicon says of its name
    ['The storm hit Mobile and Nice.', 'Nice'],
  ])('%s: keeps %s', (text, word) => {
    expect(placeNames(text)).toContain(word);
  });
});

// A direction before a known place names part of it (places.ts: directionCore, data/place-words.ts: DIRECTION_LEADS)
describe('part of a known place', () => {
  const places = (text: string) => findActorsAndPlaces(contextOf(text)).places.map((p) => [p.name, p.kind, p.country, p.lat]);
  it.each([
    ['Set in 1983 in Northern Italy, the film follows a student.', ['Northern Italy', 'region', 'IT', null]],
    ['Republicans in Western North Carolina are grumbling.', ['Western North Carolina', 'region', 'US', null]],
    ['ISIL fighters were cornered in the heart of East Mosul, officials said.', ['East Mosul', 'region', 'IQ', null]],
    ['Fighting raged in Eastern Ukraine and Southern Lebanon.', ['Southern Lebanon', 'region', 'LB', null]],
  ])('%s', (text, expected) => {
    expect(places(text)).toContainEqual(expected);
  });

  it('a compass point before a country or small town names a town of its own', () => {
    // East Palestine, Ohio is no part of the Palestinian territories
    expect(places('A train derailed in East Palestine, Ohio, on Friday.')).toContainEqual(['East Palestine', null, 'US', null]);
  });
});
