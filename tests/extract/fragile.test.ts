// Haiti, the Caribbean, Afghanistan and Pakistan (the fragile helper's audit): gang and militant copy, anonymous
// security sources, tolls claimed by each side. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, the name of the source's actor (null: none), cue, content]. */
const claimsOf = (text: string) => {
  const r = recordOf(text);
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.actor ? name.get(c.source.actor) : null, c.cue, c.content]);
};

describe('a participle clause of anonymity with "because …" inside it leaves the subject as the source', () => {
  it.each([
    ['between commas', 'Two security officials, speaking on condition of anonymity because they were not authorised to talk to the media, said four soldiers had died.',
      [['Two security officials', null, 'said', 'four soldiers had died']]],
    ['"requesting", between commas', 'A police officer, requesting anonymity as he was not allowed to brief reporters on the raid, told AFP that 12 people were killed.',
      [['A police officer', null, 'told', '12 people were killed']]],
    ['no commas: the whole subject, as after "who"', 'Two officials speaking on condition of anonymity because they were not authorised to talk to the media said four soldiers had died.',
      [['Two officials speaking on condition of anonymity because they were not authorised to talk to the media', null, 'said', 'four soldiers had died']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a nickname in quotes closing a description, with the comma inside the quote, leaves the name as the source', () => {
  it.each([
    ['"known as", the comma inside', 'Jimmy Cherizier, a former police officer known as "Barbecue," said the coalition would fight on.',
      [['Jimmy Cherizier', 'Jimmy Cherizier', 'said', 'the coalition would fight on']]],
    ['"nicknamed", a name of two words', 'Gabriel Jean-Pierre, nicknamed "Ti Gabriel," told reporters that the alliance held the port.',
      [['Gabriel Jean-Pierre', 'Gabriel Jean-Pierre', 'told', 'the alliance held the port']]],
    ['"nicknamed" without quotes', 'Gabriel Jean-Pierre, nicknamed Ti Gabriel, said the alliance held the port.',
      [['Gabriel Jean-Pierre', 'Gabriel Jean-Pierre', 'said', 'the alliance held the port']]],
    // near miss: a quotation's own comma before an inverted cue is no aside
    ['a quotation before "said"', '"We will not stop," said Jimmy Cherizier.',
      [['Jimmy Cherizier', 'Jimmy Cherizier', 'said', 'We will not stop']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a full date inside a description between commas does not end it at the year', () => {
  it.each([
    ['a relative clause', 'The group, which takes its name from the mass protests of July 11, 2021, said 14 people were detained.',
      [['The group', null, 'said', '14 people were detained']]],
    ['a participle', 'The minister, sworn in on March 3, 2023, said the plan would go ahead.',
      [['The minister', null, 'said', 'the plan would go ahead']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a length of time "later" or "earlier" counts from the date named before it in the paragraph', () => {
  it.each([
    ['the sentence before', 'The mission arrived in June 2024 with a promise to restore order. Nearly a year later, its officers remain confined to the airport.',
      [['June 2024', '2024-06'], ['a year later', '2025']]],
    ['a year alone before', 'The war began in 2011. Two years later, rebels took the city.', [['2011', '2011'], ['Two years later', '2013']]],
    ['the same sentence', 'He was arrested on March 3, 2020, and released two months later.', [['March 3, 2020', '2020-03-03'], ['two months later', '2020-05']]],
    // no date before it: no value (it was two years after the article's date)
    ['no date before', 'Two years later, rebels took the city.', [['Two years later', null]]],
  ])('%s', (_label, text, expected) => {
    const dates = findDates({ ...contextOf(text), referenceDate: '2026-11-28' });
    expect(dates.map((d) => [d.text, d.value])).toEqual(expected);
  });
});

/** Each place as "name:kind:country". */
const placesOf = (text: string) => recordOf(text).places.map((p) => `${p.name}:${p.kind}:${p.country}`);

describe('Haitian communes and departments, Afghan and Pakistani border towns the gazetteer lacked', () => {
  it.each([
    ['a Port-au-Prince commune by its short name', 'Gangs attacked Haiti\'s capital overnight. The wounded were taken to a hospital in Delmas.', 'Delmas:city:HT'],
    ['a commune the tagger read as a person', 'In Haiti, gunmen attacked Tabarre overnight.', 'Tabarre:city:HT'],
    ['a department the tagger read as an organization', 'Violence in Haiti has spread into the Artibonite, where hundreds were killed.', 'Artibonite:region:HT'],
    ['the Afghan side of the Chaman crossing', 'Officials in Spin Boldak said 300 refugees had returned.', 'Spin Boldak:city:AF'],
    ['a North Waziristan town', 'The strike hit a house in the Mir Ali area of North Waziristan.', 'Mir Ali:city:PK'],
    ['a Khyber town', 'Trucks were stranded at Landi Kotal for three days.', 'Landi Kotal:city:PK'],
  ])('%s', (_label, text, place) => {
    expect(placesOf(text)).toContain(place);
  });
  // near miss: South Africa's Delmas in a South African story
  it('Delmas in a South African story', () => {
    expect(placesOf('Delmas is a town in Mpumalanga, South Africa.')).toContain('Delmas:city:ZA');
  });
});

describe('a town a cue places in the article is that town where the tagger read a body', () => {
  const namesOf = (text: string) => {
    const r = recordOf(text);
    return [...r.actors.map((a) => `${a.type}:${a.name}`), ...r.places.map((p) => `place:${p.name}:${p.country}:${p.mentions.length}`)];
  };
  it.each([
    ['its other mentions', 'Gunmen stormed a police station in Croix-des-Bouquets on Tuesday. Residents of Croix-des-Bouquets described scenes of panic. The council said the state will not abandon Croix-des-Bouquets.',
      ['place:Croix-des-Bouquets:HT:3'], ['organization:Croix-des-Bouquets']],
    ['"arrived from" before a known town', 'Police said officers fought the gunmen before reinforcements arrived from Pétion-Ville.',
      ['place:Pétion-Ville:HT:1'], ['organization:Pétion-Ville']],
    // near misses: a group after "escaped from" is no place; a town's government speaking stays a body
    ['"escaped from" before a group', 'Thousands escaped from Boko Haram last year.', ['organization:Boko Haram'], []],
  ])('%s', (_label, text, present, absent) => {
    const got = namesOf(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('the Pakistani Taliban and the state\'s names for militant groups are organizations of their own', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}:${a.aliases.join('|')}`);
  it.each([
    ['a group of its own, not the Afghan Taliban', 'The Pakistani Taliban said they had killed seven soldiers.', ['organization:Pakistani Taliban:']],
    ['beside the Taliban, neither a short form of the other', 'The Taliban took power in Kabul in 2021. The Pakistani Taliban are allied with them.',
      ['organization:Taliban:', 'organization:Pakistani Taliban:']],
    // near miss: the Afghan Taliban are the Taliban
    ['the Afghan Taliban and their short form', 'The TTP is allied with the Afghan Taliban. The Taliban deny sheltering it.', ['organization:TTP:', 'organization:Afghan Taliban:Taliban']],
    ['a state designation', 'The ISPR said the terrorists belonged to Fitna al-Hindustan.', ['organization:ISPR:', 'organization:Fitna al-Hindustan:']],
    ['a network named after its family', 'He was a senior figure of the Haqqani network, officials said.', ['organization:Haqqani network:']],
  ])('%s', (_label, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});

describe('a nickname after "known as" or "nicknamed" is an alias of the person, a description between or not', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}:${a.aliases.join('|')}:${a.mentions.length}`);
  it.each([
    ['a description before "known as"', 'Jimmy Cherizier, a former police officer known as "Barbecue," said the coalition would fight. Barbecue later posted a video.',
      ['person:Jimmy Cherizier:Barbecue:3']],
    ['"nicknamed"', 'Gabriel Jean-Pierre, nicknamed "Ti Gabriel," told reporters the alliance held the port.', ['person:Gabriel Jean-Pierre:Ti Gabriel:2']],
    // near miss: a company's former name keeps its reading
    ['a former name', 'Meta, formerly Facebook, said profits rose.', ['organization:Meta:Facebook:2']],
  ])('%s', (_label, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});

describe('a person\'s name of three words opening with "Khan" is a person, not a place', () => {
  it.each([
    ['Khan Jan Alokozai, a member of the chamber of commerce, said traders lose $1.5 million a day.', ['Khan Jan Alokozai', 'Khan Jan Alokozai', 'said']],
  ])('%s', (text, claim) => {
    expect(claimsOf(text).map((c) => c.slice(0, 3))).toEqual([claim]);
  });
  it.each([
    ['Strikes hit Khan Younis on Monday.', 'Khan Younis:city:PS'],
    ['Shelling hit Khan Sheikhoun and Deir Ez Zor.', 'Khan Sheikhoun:city:SY'],
  ])('near miss, an Arabic place: %s', (text, place) => {
    expect(placesOf(text)).toContain(place);
  });
});

describe('the district an official serves, written between the title and the name, is a place and part of the role', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}:${a.roles.join('|')}`);
  it.each([
    ['a district', 'Deputy Commissioner Kech Bashir Ahmed Baloch said the men arrived on motorcycles.',
      ['person:Bashir Ahmed Baloch:Deputy Commissioner Kech'], 'Kech:region:PK'],
    ['a city', 'Deputy Commissioner Quetta Saad Asad said the road had been reopened.', ['person:Saad Asad:Deputy Commissioner Quetta'], 'Quetta:city:PK'],
  ])('%s', (_label, text, actors, place) => {
    expect(actorsOf(text)).toEqual(actors);
    expect(placesOf(text)).toContain(place);
  });
  // near miss: a given name that is also a town stays the person's
  it('a given name that a town bears', () => {
    expect(actorsOf('Deputy Commissioner Hassan Ali Khan said the road had been reopened.')).toEqual(['person:Hassan Ali Khan:Deputy Commissioner']);
  });
  it('a kunya that a town bears', () => {
    expect(actorsOf('The group has 10,000 fighters, according to Capt. Abu Kanan al-Homsi.').filter((a) => a.startsWith('person'))).toEqual(['person:Abu Kanan al-Homsi:Capt.']);
  });
});

describe('"zero" in a set phrase counts nothing', () => {
  it.each([
    ['the border\'s zero point', 'Forces clashed near the zero point on Friday.', []],
    ['zero tolerance', 'The government has zero tolerance for violence.', []],
    ['a zero-sum game', 'Officials called it a zero-sum game.', []],
    // near miss: zero of a count
    ['a count of none', 'The ministry reported zero deaths on Sunday.', [['zero deaths', 0]]],
  ])('%s', (_label, text, expected) => {
    expect(recordOf(text).numbers.map((n) => [n.text, n.value])).toEqual(expected);
  });
});
