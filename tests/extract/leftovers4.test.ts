// Defects a review left open: regions owned by their country, facilities and coasts read as people, and the rest of
// the list in the leftovers4 brief. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type]);
const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.kind, p.country]);

describe("a region after its country's possessive is the place, not a body", () => {
  it.each([
    ["Somalia's Puntland said it had arrested 12 suspects.", [], [['Somalia', 'country', 'SO'], ['Puntland', 'region', 'SO']]],
    ["Pakistan's restive Balochistan said it had arrested 12 suspects.", [], [['Pakistan', 'country', 'PK'], ['Balochistan', 'region', 'PK']]],
    ["Officials in Somalia's Puntland said the port had reopened.", [], [['Somalia', 'country', 'SO'], ['Puntland', 'region', 'SO']]],
    // what must not change: a body after a country's possessive
    ["Somalia's al-Shabaab said on Monday that its fighters had captured the town after heavy fighting.",
      [['al-Shabaab', 'organization']], [['Somalia', 'country', 'SO']]],
  ])('%s', (text, actors, places) => {
    expect(actorsOf(text)).toEqual(actors);
    expect(placesOf(text)).toEqual(places);
  });
});

describe('a name the tagger read as a person before a facility head is the facility', () => {
  it.each([
    ['Three activists were moved to Ghezel Hesar prison in Karaj last week, their lawyers said on Sunday.',
      [['Ghezel Hesar prison', 'facility', 'IR'], ['Karaj', 'city', 'IR']], []],
    // what must not change: the person a prison holds
    ['Supporters of Imran Khan gathered outside Adiala prison in Rawalpindi on Friday to demand his release.',
      [['Adiala prison', 'facility', 'PK'], ['Rawalpindi', 'city', 'PK']], [['Imran Khan', 'person']]],
  ])('%s', (text, places, actors) => {
    expect(placesOf(text)).toEqual(places);
    expect(actorsOf(text)).toEqual(actors);
  });
});

describe('"off" after a sea\'s verb or a distance makes a place', () => {
  it.each([
    ['A fishing trawler carrying hundreds of migrants sank off Pylos in June, the coast guard said.', [['Pylos', 'city', 'GR']], []],
    ['Some 40 people were rescued 20 miles off Lampedusa on Friday after their boat began taking on water.', [['Lampedusa', 'city', 'IT']], []],
    // what must not change: a player sent off
    ['The referee sent off Rooney after 30 minutes of the match on Saturday in a heated derby.', [], [['Rooney', 'person']]],
  ])('%s', (text, places, actors) => {
    expect(placesOf(text)).toEqual(places);
    expect(actorsOf(text)).toEqual(actors);
  });
});

describe("a leader's surname before government or administration is the person", () => {
  it.each([
    ['Mexico will send 10,000 troops to the northern border, the Sheinbaum government said on Monday.', [['Sheinbaum', 'person']]],
    ['The Biden administration said on Monday it would respond to the attack on the base.', [['Biden', 'person']]],
    // what must not change: a party's government
    ['The Likud government said on Monday it would respond to the attack on the base.', [['Likud', 'organization']]],
  ])('%s', (text, actors) => expect(actorsOf(text)).toEqual(actors));
});

describe('a length of time is no year when the article has no date', () => {
  const datesOf = (text: string) => recordOf(text).dates.map((d) => [d.text, d.value]);
  it.each([
    ['The ministry said on Monday it would finish the wall in two years.', [['Monday', null], ['two years', null]]],
    ['Prices could double within five years, the bank warned in March 2024.', [['within five years', null], ['March 2024', '2024-03']]],
  ])('%s', (text, want) => expect(datesOf(text)).toEqual(want));
  // what must not change: with the article's date, the length counts from it
  it('dates "in two years" from the article date', () => {
    const r = extract('Wall plan\n13 March 2025\n\nThe ministry said on Monday it would finish the wall in two years.', { id: 'a.txt' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Monday', '2025-03-10'], ['two years', '2027']]);
  });
});

describe('a place and a full date alone on the line under the headline', () => {
  it.each([
    ['Rights council opens its session\n\nGeneva, 13 March 2025\n\nThe council opened its session on Thursday, officials said.',
      '2025-03-13', [['Geneva', 'city', 'CH']]],
    ['Rights council opens its session\nGeneva, Switzerland, March 13, 2025\n\nThe council opened its session on Thursday, officials said.',
      '2025-03-13', [['Geneva', 'city', 'CH'], ['Switzerland', 'country', 'CH']]],
  ])('%s', (text, published, places) => {
    const r = extract(text, { id: 'a.txt' });
    expect(r.article.published).toBe(published);
    expect(r.actors).toEqual([]);
    expect(r.places.map((p) => [p.name, p.kind, p.country])).toEqual(places);
  });
});

describe('a headline line inside the body makes no actor of its capitalised words', () => {
  it.each([
    ['Heavy rains flooded the capital on Tuesday, the ministry said.\n\nArmy Deploys Troops As Floods Hit Northern Districts\n\nSoldiers were sent to help residents on Wednesday.', []],
    ['Heavy rains flooded the capital on Tuesday.\n\nMore Rain Expected In Coastal Areas Next Week\n\nSoldiers were sent to help residents on Wednesday.', []],
    // what must not change: a body's name on a line of its own, with no verb after its first word
    ['Heavy rains flooded the capital on Tuesday.\n\nDoctors Without Borders\n\nThe charity sent two teams on Wednesday.', [['Doctors Without Borders', 'organization']]],
  ])('%s', (text, want) => expect(actorsOf(text)).toEqual(want));
});

describe('a denial verb in a report noun\'s aside is a cue', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['The minister was accused of taking bribes, an accusation his office rejected.',
      [['his office', 'rejected', 'The minister was accused of taking bribes']]],
    ['Police said 12 people died, a figure the opposition disputes.',
      [['Police', 'said', '12 people died'], ['the opposition', 'disputes', '12 people died']]],
    // what must not change: the verb outside the aside takes any object
    ['Ministers rejected the plan on Monday, and the court dismissed the case.', []],
  ])('%s', (text, want) => expect(claimsOf(text)).toEqual(want));
});

describe("a region named with its head after its country's possessive lies in that country", () => {
  const pointsOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.kind, p.country, p.lat, p.lon]);
  it.each([
    ["Fighting spread across Iraq's semi-autonomous Kurdistan region on Monday.",
      [['Iraq', 'country', 'IQ', 33, 44], ['Kurdistan', 'region', 'IQ', 36.2, 44]]],
    ["An earthquake struck Iran's western Kurdistan province on Monday.",
      [['Iran', 'country', 'IR', 32, 53], ['Kurdistan', 'region', 'IR', 35.56, 46.78]]],
    // what must not change: a division the gazetteer places with no adjective before it
    ["Police raided a camp in Kenya's remote Mandera county on Monday.", [['Kenya', 'country', 'KE', 1, 38], ['Mandera', 'region', 'KE', 3.94, 41.86]]],
  ])('%s', (text, want) => expect(pointsOf(text)).toEqual(want));
});

describe('towns of conflict news the gazetteer lacked', () => {
  const pointsOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.country, p.lat, p.lon]);
  it.each([
    ['Insurgents attacked Macomia on Monday, officials said.', [['Macomia', 'MZ', -12.25, 40.13]]],
    ['Refugees crossed the border at Myawaddy on Monday, officials said.', [['Myawaddy', 'MM', 16.69, 98.51]]],
    ['Fighting was reported in Paletwa on Monday, officials said.', [['Paletwa', 'MM', 21.3, 92.85]]],
    ['Police arrested two men in Dhiban on Monday, officials said.', [['Dhiban', 'JO', 31.5, 35.78]]],
    ['An air strike hit fighters near Ras Kamboni on Monday, officials said.', [['Ras Kamboni', 'SO', -1.63, 41.58]]],
  ])('%s', (text, want) => expect(pointsOf(text)).toEqual(want));
});

describe('the base of a comparison counts what the figure before it counts', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts]);
  it.each([
    ['The death toll rose to 1,204, up from 834 in 2023.', [['1,204', 'death toll'], ['834', 'death toll']]],
    ['Police recorded 40,100 crossings this year, with 30,692 in the first half.', [['40,100 crossings', 'crossings'], ['30,692', 'crossings']]],
    // what must not change: a figure with its own noun
    ['The army killed 20 militants, with 3 soldiers wounded.', [['20 militants', 'militants'], ['3 soldiers', 'soldiers']]],
  ])('%s', (text, want) => expect(numbersOf(text)).toEqual(want));
});

describe('a curly apostrophe inside a name reads as a straight one', () => {
  it.each([
    ['The Workers’ Party said it would boycott the vote.', [['Workers’ Party', 'organization']]],
    ["The Workers' Party said it would boycott the vote.", [["Workers' Party", 'organization']]],
  ])('%s', (text, want) => expect(actorsOf(text)).toEqual(want));
});

describe('a body introduced by its kind is the one a bare description of that kind names', () => {
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    const names = new Map(r.actors.map((a) => [a.id, a.name]));
    return r.claims.map((c) => [c.source.text, c.source.actor && names.get(c.source.actor)]);
  };
  it.each([
    ['The EU border agency Frontex said 12 boats were intercepted. The agency said most came from Libya.',
      [['The EU border agency Frontex', 'Frontex'], ['The agency', 'Frontex']]],
    // what must not change: two bodies of the kind, and the description names neither
    ['The EU border agency Frontex and the UN agency UNHCR met on Monday. The agency said most came from Libya.',
      [['The agency', null]]],
  ])('%s', (text, want) => expect(sourcesOf(text)).toEqual(want));
});

describe('a town the gazetteer knows keeps its whole name on a headline-case line', () => {
  it.each([
    ['Talks resume in the city\nPort Sudan, March 13, 2025\n\nThe council opened its session on Thursday, officials said.', [['Port Sudan', 'city', 'SD']]],
    ['Talks resume in the city\n\nPort Sudan, Sudan\n\nThe council opened its session on Thursday, officials said.', [['Port Sudan', 'city', 'SD'], ['Sudan', 'country', 'SD']]],
  ])('%s', (text, want) => expect(extract(text, { id: 'a.txt' }).places.map((p) => [p.name, p.kind, p.country])).toEqual(want));
});
