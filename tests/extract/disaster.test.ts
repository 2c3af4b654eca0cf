// Disaster and humanitarian copy: tolls attributed with a time and a second participle clause ("…, the WHO said on
// Tuesday, warning that …"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findPlainDateline } from '../../src/clean/plain.js';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a time after the cue, then ", warning that …": the clause before is the first claim\'s content', () => {
  it.each([
    ['"said on Tuesday, warning that"', 'A cholera outbreak has killed at least 388 people since July, the World Health Organization said on Tuesday, warning that the disease was spreading in camps.',
      [['the World Health Organization', 'said', 'A cholera outbreak has killed at least 388 people since July'],
        ['the World Health Organization', 'warning', 'the disease was spreading in camps']]],
    ['"said Wednesday, adding that"', 'Fourteen people have died in the outbreak, health officials said Wednesday, adding that more than 2,000 cases had been confirmed.',
      [['health officials', 'said', 'Fourteen people have died in the outbreak'],
        ['health officials', 'adding', 'more than 2,000 cases had been confirmed']]],
    ['"said in a statement on Monday, saying that"', 'The fire destroyed 2,000 shelters, the agency said in a statement on Monday, saying that thousands of refugees had no food.',
      [['the agency', 'said', 'The fire destroyed 2,000 shelters'],
        ['the agency', 'saying', 'thousands of refugees had no food']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });

  it('the toll before the cue is linked to its claim', () => {
    const r = recordOf('Fourteen people have died in the outbreak, health officials said Wednesday, adding that more than 2,000 cases had been confirmed.');
    const n = r.numbers.find((x) => x.value === 14)!;
    expect(n.claim).toBe(r.claims[0]!.id);
  });

  it('an aside naming a sub-source still leads to the "that" clause', () => {
    expect(claimsOf('Reuters reported on Monday, citing two officials, that the dam had burst.'))
      .toEqual([['Reuters', 'reported', 'the dam had burst']]);
  });
});

describe('"states" after two names joined by "and" is the noun of a place list, no cue', () => {
  it.each([
    ['"in Kassala and Gedaref states", end of sentence', 'The ministry put the death toll at 316 on Monday, with most cases in Kassala and Gedaref states.'],
    ['"Officials in Borno and Yobe states reported"', 'Officials in Borno and Yobe states reported 40 deaths.'],
    ['a list of three states', 'Flooding hit villages in Borno, Adamawa and Yobe states on Sunday.'],
  ])('%s', (_l, text) => {
    expect(claimsOf(text).filter((c) => c[1] === 'states')).toEqual([]);
  });

  it('the subject keeps its place list', () => {
    expect(claimsOf('Officials in Borno and Yobe states reported 40 deaths.'))
      .toEqual([['Officials in Borno and Yobe states', 'reported', '40 deaths']]);
  });

  it('a subject at the start of its clause still states', () => {
    expect(claimsOf('The agency states that 40 people died.')).toEqual([['The agency', 'states', '40 people died']]);
  });
});

/** Each actor as [type, name]. */
const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name]);

describe('a national body named with its country: one organization', () => {
  it.each([
    ['"Survey"', 'The U.S. Geological Survey said the quake had a magnitude of 6.1.', [['organization', 'U.S. Geological Survey']]],
    ['"Bureau"', 'The U.S. Census Bureau said 4,000 people lived in the valley.', [['organization', 'U.S. Census Bureau']]],
    ['"Bureau" without a country', 'The Census Bureau said 4,000 people lived in the valley.', [['organization', 'Census Bureau']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });

  it('the body is the named source of its claim', () => {
    const r = recordOf('A magnitude 7.1 quake struck off the coast, the U.S. Geological Survey said.');
    expect(r.claims.map((c) => [c.source.text, c.source.kind, r.actors.find((a) => a.id === c.source.actor)?.name]))
      .toEqual([['the U.S. Geological Survey', 'named', 'U.S. Geological Survey']]);
  });
});

describe('relief bodies and disaster agencies are organizations under their full and short names', () => {
  it.each([
    ['the Red Cross federation, "and" inside its name', 'The International Federation of Red Cross and Red Crescent Societies (IFRC) launched an appeal for 12 million Swiss francs.',
      [['organization', 'International Federation of Red Cross and Red Crescent Societies', ['IFRC']]]],
    ['Turkey\'s disaster agency', 'The Disaster and Emergency Management Presidency said 34 people died.',
      [['organization', 'Disaster and Emergency Management Presidency', []]]],
    ['"Cal Fire" is no person', 'Cal Fire said the blaze was 12% contained.', [['organization', 'Cal Fire', []]]],
  ])('%s', (_l, text, want) => {
    expect(recordOf(text).actors.map((a) => [a.type, a.name, a.aliases])).toEqual(want);
  });
});

describe('a bare "rupees" or "pesos" is the currency of the country the article is about', () => {
  const unitsOf = (text: string) => recordOf(text).numbers.filter((n) => n.unit).map((n) => [n.text, n.unit]);
  it.each([
    ['Pakistan', 'Floods have killed 214 people across Pakistan. Prime Minister Shehbaz Sharif announced compensation of 1 million rupees for each family.',
      [['1 million rupees', 'PKR']]],
    ['Sri Lanka', 'Landslides buried homes in Sri Lanka\'s hill country. The Sri Lankan government announced 25,000 rupees in aid.',
      [['25,000 rupees', 'LKR']]],
    ['Nepal, the sign "Rs"', 'Floods hit western Nepal. Each family will receive Rs 10,000, officials said.',
      [['Rs 10,000', 'NPR']]],
    ['the Philippines', 'The typhoon hit the central Philippines. The government released 500 million pesos for relief.',
      [['500 million pesos', 'PHP']]],
    ['India stays INR', 'Floods hit Kerala in southern India. The state announced 400,000 rupees for each family.',
      [['400,000 rupees', 'INR']]],
    ['no country named: INR as before', 'The state announced 400,000 rupees for each family.', [['400,000 rupees', 'INR']]],
    ['a named currency wins', 'Floods hit Pakistan. India sent 5 million Indian rupees in aid, and then 2 million rupees more.',
      [['5 million Indian rupees', 'INR'], ['2 million rupees', 'INR']]],
  ])('%s', (_l, text, want) => {
    expect(unitsOf(text)).toEqual(want);
  });
});

describe('a dateline with its place in capitals and a day, no agency, dates the story', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['em dash', 'DHAKA, May 27 — Cyclone Remal slammed into the coast on Sunday night.', '2026-05-27'],
    ['two-word place, day first', 'NEW DELHI, 4 June – Floods killed 12 people on Tuesday.', '2026-06-04'],
    ['with the country', 'DHAKA, Bangladesh, May 27 — Cyclone Remal slammed into the coast on Sunday night.', '2026-05-27'],
    ['near miss: mixed case opening', 'On Sunday, May 27 — the day the storm hit — 16 people died.', null],
    ['near miss: no dash after the day', 'DHAKA, May 27 was the day the storm hit.', null],
  ])('%s', (_l, text, want) => {
    expect(findPlainDateline(text, now)?.published.slice(0, 10) ?? null).toBe(want);
  });

  it.each([
    ['plain text', 'Cyclone hits Bangladesh\n\nDHAKA, May 27 — Cyclone Remal slammed into the coast on Sunday night, officials said on Monday.'],
    ['an HTML page with no date in its metadata', '<html><head><title>Cyclone hits Bangladesh</title></head><body><article><h1>Cyclone hits Bangladesh</h1><p>DHAKA, May 27 — Cyclone Remal slammed into the coast on Sunday night, officials said on Monday.</p><p>Nearly 800,000 people had been evacuated from coastal districts before the storm hit, the minister said.</p></article></body></html>'],
  ])('weekdays resolve against the dateline: %s', (_l, source) => {
    const r = extract(source, { id: 'a', now });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['May 27', '2026-05-27'], ['Sunday night', '2026-05-24'], ['Monday', '2026-05-25']]);
  });
});

describe('a bare figure later in a list: its own verb, the list\'s noun', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"another N remain threatened" is no "destroyed"', 'At least 134 structures have been destroyed and another 4,200 remain threatened.',
      [['At least 134 structures', 'structures', 'destroyed'], ['4,200', 'structures', 'threatened']]],
    ['"remain in danger": no event rather than the list\'s', 'At least 134 structures have been destroyed and another 4,200 remain in danger.',
      [['At least 134 structures', 'structures', 'destroyed'], ['4,200', 'structures', null]]],
    ['"N more were injured" is no "died"', 'Twelve people died and 30 more were injured.',
      [['Twelve people', 'people', 'died'], ['30', 'people', 'injured']]],
    ['an elliptical place list', 'The quake killed 34 people in Kahramanmaras province and 12 in Hatay.',
      [['34 people', 'people', 'killed'], ['12', 'people', 'killed']]],
    ['a second verb of the subject', 'The fire destroyed 300 homes and damaged another 1,100.',
      [['300 homes', 'homes', 'destroyed'], ['1,100', 'homes', 'damaged']]],
    ['"while"', 'Some 2,000 houses were flattened, while 5,000 were partially damaged.',
      [['Some 2,000 houses', 'houses', 'flattened'], ['5,000', 'houses', 'damaged']]],
    ['a comma list naming places', 'Of the dead, 96 people were in Sindh, 61 in Punjab and 38 in Balochistan.',
      [['96 people', 'people', null], ['61', 'people', null], ['38', 'people', null]]],
    ['near miss: an age after a name', 'Two children died, said Hasan Yildiz, 52.',
      [['Two children', 'children', 'died'], ['52', null, null]]],
    ['near miss: a measure', 'Floods killed 20 people and 300 mm of rain fell.',
      [['20 people', 'people', 'killed'], ['300 mm', null, null]]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('"Minister for <portfolio> <Name>": the portfolio is the role, the name the person', () => {
  it.each([
    ['"State Minister for Disaster Management"', 'In Bangladesh, 10 people died, State Minister for Disaster Management Mohibbur Rahman told reporters.',
      [['person', 'Mohibbur Rahman', ['State Minister for Disaster Management']]]],
    ['"Minister for Foreign Affairs"', 'Minister for Foreign Affairs Penny Wong said Australia would send a medical team.',
      [['person', 'Penny Wong', ['Minister for Foreign Affairs']]]],
    ['a portfolio with "and"', 'Minister for Climate Change and Energy Chris Bowen said the fires were a warning.',
      [['person', 'Chris Bowen', ['Minister for Climate Change and Energy']]]],
  ])('%s', (_l, text, want) => {
    expect(recordOf(text).actors.filter((a) => a.type === 'person').map((a) => [a.type, a.name, a.roles])).toEqual(want);
  });

  it('the claim is the person\'s', () => {
    const r = recordOf('In Bangladesh, 10 people died, State Minister for Disaster Management Mohibbur Rahman told reporters.');
    expect(r.claims.map((c) => r.actors.find((a) => a.id === c.source.actor)?.name)).toEqual(['Mohibbur Rahman']);
  });

  it('near miss: a portfolio alone names no person', () => {
    expect(recordOf('The Minister for Foreign Affairs said the team would leave on Monday.').actors.filter((a) => a.type === 'person').map((a) => a.name))
      .not.toContain('Foreign Affairs');
  });
});

describe('an of-phrase that runs to the end of the sentence', () => {
  it.each([
    ['"4 of the 12 districts"', 'Rebels now hold 4 of the 12 districts'],
    ['"2 of 3"', 'The team won 2 of 3'],
    ['a second of-phrase ending the sentence', 'The Rangers have lost four of their last seven games, and eight of 10 on the road.'],
  ])('%s: no crash', (_l, text) => {
    expect(() => recordOf(text)).not.toThrow();
  });
});

describe('a dateline filed from two places: "GENEVA/PORT SUDAN (Reuters) -"', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['no date', 'Cholera spreads\n\nGENEVA/PORT SUDAN (Reuters) - A cholera outbreak has killed 388 people, the WHO said.'],
    ['with a date', 'Cholera spreads\n\nGENEVA/PORT SUDAN, Sept 3 (Reuters) - A cholera outbreak has killed 388 people, the WHO said.'],
  ])('%s: two places, no actor, a claim without the dateline', (_l, text) => {
    const r = extract(text, { id: 'a.txt', now });
    expect(r.places.map((p) => [p.name, p.country])).toEqual([['GENEVA', 'CH'], ['PORT SUDAN', 'SD']]);
    expect(r.actors.map((a) => a.name)).toEqual(['WHO']);
    expect(r.claims.map((c) => c.content)).toEqual(['A cholera outbreak has killed 388 people']);
  });

  it('the date of the dateline dates the story', () => {
    expect(findPlainDateline('GENEVA/PORT SUDAN, Sept 3 (Reuters) - A cholera outbreak has killed 388 people.', now)?.published.slice(0, 10)).toBe('2026-09-03');
  });
});

describe('a function word alone opening its sentence is no name', () => {
  it.each([
    ['"Between 50 and 70"', 'Between 50 and 70 people are feared dead after the landslide, officials said.'],
    ['"Between" before a place', 'Between Cianjur and Puncak the road was blocked.'],
  ])('%s', (_l, text) => {
    expect(recordOf(text).actors.map((a) => a.name)).not.toContain('Between');
  });
});
