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
