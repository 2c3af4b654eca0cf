// A one-word "person" that is a word of the language and no name, given name, title or surname of the article's
// people is no person (ner/refine.ts: isCommonWordPerson).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const people = (text: string) => findActorsAndPlaces(contextOf(text)).actors.filter((a) => a.type === 'person').map((a) => a.name);

describe('common words read as people', () => {
  it.each([
    ['The doctor treated her with homeopathy, and she consistently worsened.\n\nAllegedly, Thomas\' sister pleaded with him to send her to hospital.', 'Allegedly'],
    ['Thatcher occasionally pulled her punches. Rhetorically, she would champion the causes of the right.', 'Rhetorically'],
    ['To facilitate the patients\' treatment abroad, the director said: Swift intervention will significantly enhance their chances.', 'Swift'],
    ['"Generally speaking, in the entertainment business, you go where the consumer is," the chief executive added.', 'Generally'],
  ])('%s → no person %s', (text, word) => {
    expect(people(text)).not.toContain(word);
  });

  it.each([
    // the surname of a person the article names stays that person's
    ['Taylor Swift released a new album on Friday. Swift said the songs were personal.', 'Taylor Swift'],
    // a surname that is also a word ("the dole"), written with its capital inside a sentence
    ['Dole said on Tuesday he would run again. Aides to Dole declined to comment on the polls.', 'Dole'],
    // a given name alone is a person
    ['Hope said she would return to the stage next year.', 'Hope'],
  ])('%s → keeps %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});
