// A lone word the tagger calls a place is a person when the article names a person of that surname or a person's
// title stands before it (ner/refine.ts: retypeSurnamePlaces).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const read = (text: string) => {
  const { actors, places } = findActorsAndPlaces(contextOf(text));
  return { places: places.map((p) => p.name), people: actors.filter((a) => a.type === 'person').map((a) => [a.name, a.mentions.length]) };
};

describe('surnames read as places', () => {
  it.each([
    ['Senator Joe Biden spoke on Monday.\n\nTrump objected to Ukraine opening an investigation into Biden and did not realize it.', 'Biden', 'Joe Biden'],
    ['Debbie Bennett launched her run on Monday.\n\nMeadows remained near Bennett for much of the event, introducing her to voters.', 'Bennett', 'Debbie Bennett'],
  ])('%s', (text, word, person) => {
    const r = read(text);
    expect(r.places).not.toContain(word);
    expect(r.people).toContainEqual([person, 2]);
  });

  it('a title before a town\'s name makes the person, in every mention (Obama is also a town in Japan)', () => {
    const r = read('President Obama told the assembly he would seek breakthroughs.\n\nFew foreign leaders so brazenly stand up to ' +
      'Obama, analysts said. The Obama administration was silent.\n\nIn his address to the United Nations, Obama hailed signs of hope.');
    expect(r.places).not.toContain('Obama');
    expect(r.people.map((p) => p[0])).toContain('Obama');
  });

  it('a place the gazetteer knows keeps its type beside a namesake person', () => {
    // "Jordan" the country, whatever Michael Jordan's surname
    const r = read('Michael Jordan flew to Jordan on Monday.');
    expect(r.places).toContain('Jordan');
  });
});
