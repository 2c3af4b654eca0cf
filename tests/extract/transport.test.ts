// Air, rail and road accident copy (airliner and helicopter crashes, derailments, bus plunges, capsizes, collapses,
// and their investigations): the whole extract pipeline on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { expectPlacesAndActors } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each number as [text, counts]. */
const countsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts]);

describe('numbers: a toll opening the story after a wire dateline counts the toll', () => {
  it.each([
    ['LARISSA, Greece (AFP) - The death toll from a head-on collision between a passenger train and a freight train in central Greece rose to 57 on Friday, the fire service said.',
      [['57', 'death toll']]],
    ['ATHENS, Greece — The death toll from a collision between a passenger train and a freight train rose to 57 on Friday.',
      [['57', 'death toll']]],
    ['LIMA (Reuters) - The death toll from a bus crash in the mountains of northern Peru has risen to 25, police said.',
      [['25', 'death toll']]],
    // near miss: a dash inside the subject is no dateline
    ['The death toll from the crash of the bus — the worst in a decade — rose to 25 on Monday.', [['25', 'death toll']]],
  ])('%s', (text, expected) => {
    expect(countsOf(text)).toEqual(expected);
  });
});

/** Each claim as [source, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('claims: a clause with an aside in its subject, then "said" and the source ("…, were unhurt, said X")', () => {
  it.each([
    ["The vessel's 22 crew members, all Indian nationals, were unhurt, said Synergy Marine Group, which manages the ship.",
      [['Synergy Marine Group', 'said', "The vessel's 22 crew members, all Indian nationals, were unhurt"]]],
    ['The passengers, mostly students, were unhurt, said the operator.',
      [['the operator', 'said', 'The passengers, mostly students, were unhurt']]],
    // near misses: a description before the cue still describes the subject
    ['John Smith, a Pentagon spokesman, said the strikes killed 14 militants.', [['John Smith', 'said', 'the strikes killed 14 militants']]],
    ['The pilot, who was not named, said the engine failed.', [['The pilot', 'said', 'the engine failed']]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('claims: "there was X reported to Y" is no report (an existential "there" speaks for no one)', () => {
  it.each([
    ['She said the runway was dry and there was no crosswind concern reported to the crew.',
      [['She', 'said', 'the runway was dry and there was no crosswind concern reported to the crew']]],
    ['There were no problems reported to air traffic control before the crash.', []],
    // near miss: a speaker before "reported to"
    ['The pilot reported to air traffic control that an engine had failed.',
      [['The pilot', 'reported', 'an engine had failed']]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('numbers: an aircraft model number written without its maker counts nothing', () => {
  it.each([
    ["The FAA later capped Boeing's 737 production at 38 aircraft per month.", [['38 aircraft', 'aircraft']]],
    ['The jet was a Boeing 737 MAX 9. Spirit AeroSystems builds the 737 fuselage in Wichita.', []],
    ['It was the first crash of an Airbus A350 since a Boeing 787 Dreamliner went down. The 787 entered service in 2011.', []],
    // near misses: a figure the article never writes after a maker counts
    ['The airline flies a Boeing 737 MAX 8 with 178 passengers on most routes.', [['178 passengers', 'passengers']]],
    ['Boeing delivered 737 jets last year, up from 528.', [['737 jets', 'jets'], ['528', 'jets']]],
    ['A Yeti Airlines ATR 72-500 crashed near Pokhara, killing all 72 people on board.', [['72 people', 'people']]],
    ['An Embraer 190 crashed near Aktau. All 190 aboard survived.', [['190', null]]],
  ])('%s', (text, expected) => {
    expect(countsOf(text)).toEqual(expected);
  });
});

describe('actors: planemakers, rail operators, flight trackers and transport regulators named bare are organizations', () => {
  it.each([
    ['An Air India Boeing 787-8 Dreamliner bound for London crashed on Thursday. Boeing said it was in contact with Air India.', ['organization:Boeing', 'organization:Air India'], ['person:Boeing']],
    ['Flight-tracking website Flightradar24 said the aircraft reached an altitude of 625 feet.', ['organization:Flightradar24'], ['person:Flightradar24']],
    ['Two runways remained closed on Tuesday, Transport Canada said.', ['organization:Transport Canada'], ['person:Transport Canada']],
    ['Spirit AeroSystems, which builds the fuselage in Wichita, Kansas, said it was reviewing the report.', ['organization:Spirit AeroSystems'], ['person:Spirit AeroSystems']],
    // an operator's name tagged with its aircraft's maker, or with "Flight" before the flight's number
    ['A Yeti Airlines ATR 72-500 carrying 68 passengers crashed.', ['organization:Yeti Airlines', 'organization:ATR'], ['organization:Yeti Airlines ATR']],
    ['A Jeju Air Boeing 737-800 belly-landed at Muan International Airport.', ['organization:Jeju Air', 'organization:Boeing'], ['organization:Jeju Air Boeing']],
    ['The Jeju Air flight 7C2216 from Bangkok crashed at Muan.', ['organization:Jeju Air'], ['organization:Jeju Air flight', 'person:Jeju Air flight']],
    // near miss: a maker that is also a surname is left to the tagger
    ['Jamie Bell said the film was finished.', ['person:Jamie Bell'], ['organization:Bell']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('actors: a carrier\'s name ending in a transport word ("Air", "Train", "Connection") is an organization', () => {
  it.each([
    ['Delta Connection Flight 4819, a CRJ-900 operated by Endeavor Air, was arriving from Minneapolis.', ['organization:Delta Connection', 'organization:Endeavor Air'], ['person:Delta Connection', 'person:Endeavor Air']],
    ['Hellenic Train said in a statement it was cooperating fully with the investigation.', ['organization:Hellenic Train'], ['person:Hellenic Train']],
    ['The bus, operated by Greyhound Lines, overturned on the interstate.', ['organization:Greyhound Lines'], ['person:Greyhound Lines']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('numbers: "one" and a singular demonym in a list of victims counts that person', () => {
  it.each([
    ['Among the dead were five Indians, four Russians and one Australian, the airline said.',
      [['five Indians', 'Indians'], ['four Russians', 'Russians'], ['one Australian', 'Australian']]],
    ['Among the passengers were 169 Indian nationals, 53 Britons and one Canadian.',
      [['169 Indian nationals', 'Indian nationals'], ['53 Britons', 'Britons'], ['one Canadian', 'Canadian']]],
    // near misses: "one" before a name or in "one of" counts no one
    ['One Direction played in Lima.', []],
    ['One of the Australians was a pilot.', []],
  ])('%s', (text, expected) => {
    expect(countsOf(text)).toEqual(expected);
  });
});

describe('numbers: a figure after a verb that revises a toll ("revised the death toll upward to 179") counts the toll', () => {
  it.each([
    ['Officials later revised the death toll upward to 179 from 177.', [['179', 'death toll'], ['177', 'death toll']]],
    ['Police raised the number of dead to 30 on Monday.', [['30', 'dead']]],
    ['The new deaths took the toll from the derailment to 57.', [['57', 'toll']]],
    // near miss: a revision of no toll
    ['The airline raised the price to 179 on Monday.', [['179', null]]],
  ])('%s', (text, expected) => {
    expect(countsOf(text)).toEqual(expected);
  });
});

describe('actors: the first word of a two-word rank is the holder\'s, no word of the body before it', () => {
  it.each([
    ['Coast Guard Rear Admiral Shannon Gilreath told reporters the search was suspended.', ['organization:Coast Guard', 'person:Shannon Gilreath'], ['organization:Coast Guard Rear']],
    ['Navy Vice Admiral John Smith said the ship was damaged.', ['person:John Smith'], ['organization:Navy Vice']],
    ['Army Major General Ahmed Ali said the helicopter went down in bad weather.', ['person:Ahmed Ali'], ['organization:Army Major', 'person:Army Major']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('places: towns of accident copy below the gazetteer\'s population floor', () => {
  it.each([
    ['The bus was travelling from Tayabamba to the coastal city of Trujillo when it went off the road.', 'place:Tayabamba:city:PE'],
    ['In 2012 a police helicopter crashed near Ngong, killing the internal security minister.', 'place:Ngong:city:KE'],
  ])('%s', (text, place) => {
    expectPlacesAndActors(text, [place], []);
  });
});

describe('actors: the name a model goes by after its maker and designation is no actor ("Boeing 787-8 Dreamliner")', () => {
  it.each([
    ['An Air India Boeing 787-8 Dreamliner bound for London crashed on Thursday.', ['organization:Boeing'], ['organization:Dreamliner', 'person:Dreamliner']],
    ['The Bell UH-1H Huey came down moments after lifting off.', ['organization:Bell'], ['person:Huey', 'organization:Huey', 'place:Bell:city:US']],
    ['The Class 390 Pendolino was carrying 220 passengers.', [], ['organization:Pendolino', 'organization:Class']],
    ['The Cessna 208 Caravan had 10 people on board.', ['organization:Cessna'], ['person:Caravan']],
    ['It is the first crash of a 787 Dreamliner since the jet entered service in 2011.', [], ['organization:Dreamliner', 'person:Dreamliner']],
    // near miss: a name after a maker with no designation between
    ['A Boeing spokesman, Jessica Kowal, said the company was cooperating.', ['organization:Boeing', 'person:Jessica Kowal'], []],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('places: a title-case name the gazetteer does not know, before a lower-case county or province, is that division', () => {
  it.each([
    ['Their helicopter crashed shortly after take-off in the remote Elgeyo Marakwet county, President William Ruto said.', ['place:Elgeyo Marakwet:region:null'], ['organization:Elgeyo Marakwet']],
    ['Fighting spread to the Tharaka Nithi county border.', ['place:Tharaka Nithi:region:null'], ['organization:Tharaka Nithi']],
    // near miss: a body's name before the head stays a body
    ['The Kenya Red Cross county office was closed.', [], ['place:Kenya Red Cross:region:null']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('places: a name the tagger read as a person, before a lower-case "highway", is the road', () => {
  it.each([
    ['In January, 24 people died when a bus plunged off a cliff on the Panamericana Norte highway near Piura.', ['place:Panamericana Norte highway:facility:PE'], ['person:Panamericana Norte']],
    // near miss: a person before "the highway" is no road
    ['Officers told John Smith the highway was closed.', ['person:John Smith'], []],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('actors: a name described as a vessel after a comma is the ship\'s, no actor', () => {
  it.each([
    ['The 984-foot Dali, a Singapore-flagged vessel, lost power and struck a support pier of the bridge.', ['person:Dali', 'organization:Dali']],
    ['The Ever Given, a container ship operated by Evergreen, blocked the canal for six days.', ['person:Ever Given', 'organization:Ever Given']],
  ])('%s', (text, absent) => {
    expectPlacesAndActors(text, [], absent);
  });
  // near miss: a person described by a ship word that is no head of the phrase
  it('near miss: "John Smith, a ship captain, said"', () => {
    expectPlacesAndActors('John Smith, a ship captain, said the vessel lost power.', ['person:John Smith'], []);
  });
});
