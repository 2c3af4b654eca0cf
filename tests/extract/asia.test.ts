// Conflict reporting from South and Southeast Asia (the asia helper's audit): townships and tehsils, names with
// honorifics and initials. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const placesAndActors = (text: string) => {
  const { actors, places } = findActorsAndPlaces(contextOf(text));
  return [...places.map((p) => `place:${p.name}:${p.kind}:${p.country}`), ...actors.map((a) => `${a.type}:${a.name}`)];
};

const check = (text: string, present: string[], absent: string[]) => {
  const got = placesAndActors(text);
  for (const p of present) expect(got).toContain(p);
  for (const a of absent) expect(got).not.toContain(a);
};

describe('a name before "Township" or "Tehsil" is a place, placed by the town it is named after', () => {
  it.each([
    ['Jets bombed a school in Sagaing Region\'s Kanbalu Township on Tuesday, residents said.',
      ['place:Kanbalu Township:region:null'], ['person:Kanbalu Township']],
    ['The rebels said the whole of Minbya Township was now under their control.',
      ['place:Minbya Township:region:null'], ['organization:Minbya Township', 'person:Minbya Township']],
    ['Fighting spread to Lashio Township overnight.', ['place:Lashio Township:region:MM'], ['person:Lashio Township']],
    ['Levies were attacked in Kalat Tehsil on Sunday.', ['place:Kalat Tehsil:region:PK'], ['person:Kalat Tehsil']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
