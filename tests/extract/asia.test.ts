// Conflict reporting from South and Southeast Asia (the asia helper's audit): townships and tehsils, names with
// honorifics and initials. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { extract } from '../../src/index.js';
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

describe('Burmese, Pakistani and Afghan honorifics open a person\'s name and are no part of it', () => {
  it.each([
    ['"The town is ours," AA spokesman U Khine Thu Kha told reporters by phone.', ['person:Khine Thu Kha'], ['organization:U Khine Thu Kha', 'person:U Khine Thu Kha']],
    ['Daw Aye Aye Mar, a member of the rights group, said thousands had fled.', ['person:Aye Aye Mar'], ['person:Daw Aye Aye Mar']],
    ['Maulana Fazlur Rehman said the talks with the government had failed.', ['person:Fazlur Rehman'], ['person:Maulana Fazlur Rehman']],
    // a capital letter with a full stop is an initial, kept in the name
    ['The opener U. Chandana scored 55 before lunch.', ['person:U. Chandana'], ['person:Chandana']],
  ])('%s', (text, present, absent) => check(text, present, absent));

  it('"He" after "U" and the name is that man', () => {
    const record = extract('Headline\n\n"The town is ours," AA spokesman U Khine Thu Kha told reporters. He said 40 soldiers were killed.', { id: 'a.txt' });
    const names = new Map(record.actors.map((a) => [a.id, a.name]));
    expect(record.claims.map((c) => [c.source.text, c.source.actor ? names.get(c.source.actor) : null])).toEqual([
      ['AA spokesman U Khine Thu Kha', 'Khine Thu Kha'], ['He', 'Khine Thu Kha'],
    ]);
  });
});

describe('a month word inside a person\'s name is no date', () => {
  it.each([
    ['Daw Aye Aye Mar, a member of the rights group, said thousands had fled.', []],
    ['June Okafor, a nurse, said 12 people died in June.', ['June']],
    // near miss: the month alone is still a date
    ['Exports rose in Mar and fell in Apr.', ['Mar', 'Apr.']],
  ])('%s', (text, dates) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    expect(record.dates.map((d) => d.text)).toEqual(dates);
  });
});

describe('initials without full stops after a title open an Indian name', () => {
  it.each([
    ['Chief Minister N Biren Singh said peace would return to the valley.', ['person:N Biren Singh'], ['person:Biren Singh']],
    ['Inspector General VK Birdi said the militants were local.', ['person:VK Birdi'], ['person:Birdi']],
    ['Inspector General of Police (Bastar Range) P Sunderraj said 31 bodies were recovered.', ['person:P Sunderraj'], ['organization:P Sunderraj']],
    ['Director General of Police RR Swain told reporters five bodies were found.', ['person:RR Swain'], ['organization:Police RR Swain']],
    // near miss: an acronym the article spells out is no initials
    ['The Central Reserve Police Force (CRPF) said CRPF Commandant Rakesh Rao was wounded.', ['organization:Central Reserve Police Force'], ['person:CRPF Commandant Rakesh Rao']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
