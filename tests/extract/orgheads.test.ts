// Bodies the tagger drops, cuts at a place or types as people; divisions opening a sentence before "'s" (extract stage).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf, expectPlacesAndActors } from './ner-helpers.js';

describe('bodies the tagger calls MISC: parliaments, groupings, "<X> League", "<X> Fund"', () => {
  it.each([
    ['Lawmakers in the Bundestag approved the pension reform on Thursday.', ['organization:Bundestag'], []],
    ['The Bundesrat, the chamber of the states, blocked the tax plan.', ['organization:Bundesrat'], ['person:Bundesrat']],
    ['The Riksdag passed the law after a long night.', ['organization:Riksdag'], ['place:Riksdag:null:null']],
    ['The Storting approved the budget on Tuesday.', ['organization:Storting'], []],
    ['The Arab League said it would hold an emergency meeting.', ['organization:Arab League'], []],
    ['Finance ministers of the G20 gathered in Rio de Janeiro.', ['organization:G20'], []],
    ['The Caribbean Climate Fund said it approved three new loans.', ['organization:Caribbean Climate Fund'],
      ['organization:Climate Fund', 'place:Caribbean:region:null']],
    ['Officials from the Muslim League met in Lahore.', ['organization:Muslim League', 'place:Lahore:city:PK'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));

  // a competition in a sports report is no body: "National League" stays out of the actors
  it.each([
    ['Atlanta leads the National League by five games. The Braves won 5-3 on Friday in the rain.', [], ['organization:National League']],
    ['Pitchers in the American League hit 12 batters. Baseball games resumed on Friday after the rain.', [], ['organization:American League']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('"<Country> … Authority/Board/Exchange/Company/Union": one body, no place, no person', () => {
  it.each([
    ['The Tanzania Ports Authority said cranes were idle at Dar es Salaam.', ['organization:Tanzania Ports Authority'],
      ['place:Tanzania:country:TZ', 'person:Ports Authority']],
    ['The Kenya Revenue Authority and the Uganda Revenue Authority signed a deal.',
      ['organization:Kenya Revenue Authority', 'organization:Uganda Revenue Authority'], ['person:Revenue Authority']],
    ['The Zambia Cotton Board raised the floor price.', ['organization:Zambia Cotton Board'], ['person:Cotton Board', 'place:Zambia:country:ZM']],
    ['The Ghana Stock Exchange fell 1% on Tuesday.', ['organization:Ghana Stock Exchange'], ['person:Stock Exchange']],
    ['The Tanzania Electric Supply Company cut power to Arusha.', ['organization:Tanzania Electric Supply Company'],
      ['person:Electric Supply Company']],
    ['The Malawi Dock Workers Union said members would strike.', ['organization:Malawi Dock Workers Union'], ['organization:Workers Union']],
    ['The Ghana Power and Water Company restored supply.', ['organization:Ghana Power and Water Company'], ['place:Ghana Power:null:null']],
    ['The Zambia Union of Teachers called a strike.', ['organization:Zambia Union of Teachers'], ['organization:Zambia Union']],
    ['Douglas Creek Associates, the activist investor, cut its holdings in the lender.', ['organization:Douglas Creek Associates'],
      ['person:Douglas Creek Associates']],
    // what must not change: a list of countries, a place after a body's "of", a person
    ['Floods hit Kenya and Uganda on Monday, the Red Cross said.', ['place:Kenya:country:KE', 'place:Uganda:country:UG'], []],
    ['The Ministry of Defence said two drones were shot down.', ['organization:Ministry of Defence'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a division opening its sentence before "\'s" is a place', () => {
  it.each([
    ["Bavaria's dairy farmers blocked roads in protest.", ['place:Bavaria:region:DE'], ['organization:Bavaria']],
    ["Jharkhand's chief minister resigned on Friday.", ['place:Jharkhand:region:IN'], []],
    ["Balochistan's government declared an emergency.", ['place:Balochistan:region:PK'], []],
    ["Luzon's rice farmers lost their crops.", ['place:Luzon:region:PH'], ['person:Luzon']],
    ["\"Bihar's young people are leaving for jobs,\" the opposition leader said.", ['place:Bihar:region:IN'], ['organization:Bihar']],
    // a state's side in a cricket report stays the team
    ["Queensland's bowlers took four wickets before lunch. Queensland's innings ended at 245.", [], ['place:Queensland:region:AU']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a lower-case "party" ends the party\'s name, and its acronym joins it', () => {
  const actorsOf = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => `${a.name}[${a.aliases.join(',')}]:${a.mentions.length}`);
  it.each([
    ['The Liberal Democratic party (LDP) lost its majority. The LDP said it would regroup.', 'Liberal Democratic party[LDP]:3'],
    ['Leaders of the ruling Bharatiya Janata party met on Monday.', 'Bharatiya Janata party[]:1'],
    ['The Green party said it would vote against the bill.', 'Green party[]:1'],
  ])('%s', (text, actor) => expect(actorsOf(text)).toContain(actor));

  // events and complete names keep their span: "Christmas party", "the Freedom Front party" (its name is "Freedom Front")
  it.each([
    ['They held a Christmas party at the embassy.', 'organization:Christmas party'],
    ['She hosted her annual Guy Fawkes party on the farm.', 'organization:Guy Fawkes party'],
    ['The Freedom Front party said it would boycott the vote.', 'organization:Freedom Front party'],
    ['Ms Laurent, who leads the centrist MoDem party, resigned on Friday.', 'organization:MoDem party'],
  ])('%s', (text, absent) => expectPlacesAndActors(text, [], [absent]));
});

describe('command bodies whose name opens with a rank (wire tester)', () => {
  it.each([
    ['The General Staff also reported the destruction of 12 tanks.', ['organization:General Staff'], ['person:Staff']],
    ["Ukraine's General Staff said 1,140 soldiers were lost. The General Staff also reported 12 tanks destroyed.",
      ["organization:Ukraine's General Staff"], ['person:Staff', 'organization:General Staff']],
    ['The Joint Chiefs of Staff met on Monday.', ['organization:Joint Chiefs of Staff'], ['organization:Chiefs of Staff']],
    // near miss: a general by name keeps his rank as a title
    ['General Mark Milley said the war would be long.', ['person:Mark Milley'], ['organization:General Mark Milley']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('weapon systems are no actors (wire tester)', () => {
  it.each([
    ['Ukraine urgently needed at least seven more Patriot systems, the president said.', [], ['person:Patriot', 'organization:Patriot']],
    ['Most of the rockets were intercepted by the Iron Dome air defense system.', [], ['organization:Iron Dome']],
    ['A Kinzhal hypersonic missile hit the city, and Kyiv asked again for ATACMS.', ['place:Kyiv:city:UA'], ['organization:Kinzhal', 'organization:ATACMS']],
    // near miss: a body with the word in its name stays one
    ['The Patriot Front marched through the city on Saturday.', ['organization:Patriot Front'], []],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('a city before "regime" names a government, no person (wire tester)', () => {
  it.each([
    ['The ministry said an attack by the Kiev regime had been thwarted.', ['organization:Kiev regime'], ['person:Kiev']],
    ['Ankara accused the Damascus regime of shelling the town.', ['organization:Damascus regime'], ['person:Damascus']],
    // near miss: a ruler's name before "regime" is still a person
    ['Rebels fought the Asad regime for years.', ['person:Asad'], []],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('rescue services and maritime monitors quoted in war news (wire tester)', () => {
  it.each([
    ['Magen David Adom paramedics said a man was seriously hurt by shrapnel.', ['organization:Magen David Adom'], ['person:David Adom']],
    ['The White Helmets, a civil defense group, said its teams pulled 8 people alive from the rubble.', ['organization:White Helmets'], ['place:White Helmets:null:null']],
    ['The UK Maritime Trade Operations agency (UKMTO) said it had received a report of an incident.', ['organization:UK Maritime Trade Operations'], ['person:Maritime Trade Operations']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});
