// Places the tagger typed as people or organizations (report places, re-run): a big city alone in a story about its
// country, the members of "X and Y" lists of known places or of a list after a verb of striking, the examples a
// plural place noun brings ("suburbs such as …"), names with a lower-case particle ("do", "de las"), "the X region".
// People and bodies named like places keep their type.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const placesAndActors = (text: string) => {
  const { actors, places } = findActorsAndPlaces(contextOf(text));
  return [...places.map((p) => `place:${p.name}:${p.country}`), ...actors.map((a) => `${a.type}:${a.name}`)];
};

const check = (text: string, present: string[], absent: string[]) => {
  const got = placesAndActors(text);
  for (const p of present) expect(got).toContain(p);
  for (const a of absent) expect(got).not.toContain(a);
};

describe('places typed as people or organizations', () => {
  it.each([
    // a lone word that is a city of a million people, in a story about its country
    ['Smoke hid Manaus for a week. Brazil asked for help.', ['place:Manaus:BR'], ['person:Manaus']],
    // a list after a verb of striking with one known place: the unknown member is a place too
    ['Artillery struck Nabatieh and Tyre overnight, the army said.', ['place:Tyre:LB'], ['person:Nabatieh', 'organization:Tyre', 'organization:Nabatieh']],
    // every member a city or division the gazetteer knows
    ['Officials said Transnistria and Northern Cyprus would be on the agenda.', ['place:Transnistria:MD'], ['organization:Transnistria']],
    // the names a plural place noun brings as examples
    ['Waterlogging cut off suburbs such as Kurla and Andheri on Friday.', [], ['person:Kurla', 'person:Andheri']],
    ['Drones struck the southern suburbs, known as Dahiyeh, before dawn.', [], ['person:Dahiyeh']],
    // a plural place noun after a list the tagger kept whole
    ['Officers searched the Rocinha and Vidigal favelas for weapons.', [], ['organization:Rocinha and Vidigal']],
    // a particle inside the name: one place, no organization for its last word
    ['Cafes in Oaxaca and San Cristobal de las Casas closed early.', ['place:San Cristobal de las Casas:MX'], ['organization:Casas']],
    ['Boats reached Canoas and Eldorado do Sul after the levee broke.', [], ['organization:Eldorado do Sul', 'person:Eldorado do Sul']],
    // a feature head at the end of the name: "the X Gap"
    ['Thousands of families walked through the Darien Gap last year.', ['place:Darien Gap:null'], ['person:Darien Gap']],
    // the owner of a place whose name holds it is the island it is named after
    ['Heat records fell in Tenerife\'s Santa Cruz de Tenerife on Sunday.', [], ['person:Tenerife']],
    // a division of a country the article names, alone, with no team in the article
    ['Bougainville, which held a referendum in 2019, is pressing Papua New Guinea for talks.', ['place:Bougainville:PG'], ['organization:Bougainville']],
    // a strike list with one known place and an unknown name the tagger reads as a person (no given name)
    ['Israeli strikes hit Nabatieh and Tyre on Monday.', ['place:Nabatieh:LB', 'place:Tyre:LB'], ['person:Nabatieh']],
    // "camps" and "areas" bring places after a word of ground
    ['Families fled to refugee camps such as Zaatari and Azraq, aid workers said.', ['place:Zaatari:null', 'place:Azraq:null'], ['person:Zaatari']],
    // "the X region" the gazetteer knows
    ['Militants ambushed a convoy in the Lower Shabelle region.', [], ['organization:Lower Shabelle']],
  ])('%s', check);

  it.each([
    // people named like places keep their type
    ['Paris Hilton arrived at the gala. Hilton said the evening was fun.', ['person:Paris Hilton'], ['place:Paris:FR']],
    ['Victoria Beckham and Brooklyn Beckham posed for photographers.', ['person:Victoria Beckham', 'person:Brooklyn Beckham'], ['place:Brooklyn:US']],
    // a lone word that is a big city but the surname of a person the article names
    ['Whitney Houston sang in New York. Houston was 48 when she died in the United States.', ['person:Whitney Houston'], ['place:Houston:US']],
    ['Jordan Peterson spoke in Toronto on Monday.', ['person:Jordan Peterson'], []],
    ['Chelsea Clinton visited a school in Harlem.', ['person:Chelsea Clinton'], []],
    // clubs and firms keep theirs: no place among the list after the verb
    ['Chelsea beat Everton 2-1 on Saturday.', [], ['place:Chelsea:null', 'place:Everton:null']],
    ['Israeli jets struck Hamas and Hezbollah positions.', [], ['place:Hamas:null', 'place:Hezbollah:null']],
    // a county's side plays: no place, though England is named
    ['Surrey won the title and thanked fans in England.', ['organization:Surrey'], []],
    ['Surrey, who won the title, thanked fans in England.', ['organization:Surrey'], []],
    // a particle between a person's names: the man, not a place
    ['President Luiz Inacio Lula da Silva spoke in Brasilia.', ['person:Luiz Inacio Lula da Silva'], ['place:Lula da Silva:null']],
    // an owner whose name the place does not hold stays the person
    ['Critics said Putin\'s Moscow had changed.', ['person:Putin'], []],
    // a strike list with a known place: the tagger's companies and clubs stay organizations
    ['A strike by pilots hit Glasgow and Loganair Airways, the airport said.', ['organization:Loganair Airways'], ['place:Loganair Airways:null']],
    ['Fresh sanctions hit Minsk and Belarusbank, officials said.', ['organization:Belarusbank'], ['place:Belarusbank:null']],
    ['Illness has hit Leeds and Millwall ahead of Saturday\'s derby.', [], ['place:Millwall:null']],
    ['Real Betis took Sevilla and Osasuna apart in the cup last month.', [], ['place:Osasuna:null']],
    // a person's word in a strike list stays a person: "Marks and Spencer"
    ['The hack hit Leeds and Harrison, two staffers who quit.', ['person:Harrison'], ['place:Harrison:null', 'place:Harrison:US']],
    // "areas" and "camps" in their other senses bring no places; a party stays an actor
    ['Both sides will cooperate in areas such as Quantum Computing and Clean Energy.', [], ['place:Quantum Computing:null', 'place:Clean Energy:null']],
    ['Rival camps such as Labour and the Greens backed the bill.', ['organization:Labour'], ['place:Labour:null']],
    // "leaders such as" brings people, not places
    ['Leaders such as Angela Merkel and Emmanuel Macron attended.', ['person:Angela Merkel', 'person:Emmanuel Macron'], []],
  ])('stays an actor: %s', check);
});

describe('a feature does not lie where a namesake town of another country lies', () => {
  it.each([
    // Orange is also a town in New South Wales, and the story names Sydney: the place after the river says where it is
    ['Vineyards along the Orange River in southern Africa lost their harvest. Growers near Sydney were spared.',
      ['place:Orange River:null'], ['place:Orange River:AU']],
    // the place after the feature agrees with the namesake town: it still tells the country
    ['Dams on the Vakhsh River in Tajikistan were opened, officials in Dushanbe said.', ['place:Vakhsh River:TJ'], []],
  ])('%s', check);
});
