// Sports, entertainment and culture news read by rules built for conflict news: no false places, numbers or claims
// from match reports, profiles and obituaries (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { placesAndActors } from './ner-helpers.js';

describe('a participle that opens a profile\'s fronted phrase is no place', () => {
  it.each([
    ['Born in San Bernardino, California, in 1930, Hackman left home at 16 to join the Marine Corps.', 'San Bernardino'],
    ['The coach was sacked on Monday. Born in Rotterdam, ten Hag joined Twente in 1989.', 'Rotterdam'],
    ['Raised in Lagos, the singer moved to London at the age of 12.', 'Lagos'],
    ['Based in Geneva, the federation employs 400 people.', 'Geneva'],
  ])('%j', (text, town) => {
    const got = placesAndActors(text);
    expect(got.some((s) => s.startsWith(`place:${town}:`))).toBe(true);
    expect(got.filter((s) => /^(?:place|person|organization):(?:Born|Raised|Based)\b/.test(s))).toEqual([]);
  });
});
