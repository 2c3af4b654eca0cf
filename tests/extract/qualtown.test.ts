// Towns named like countries or states, qualified by a state (fix-qualtown): "Jordan, Minnesota" is a US town, not
// Jordan; ports written "Port of <city>" and facilities owned by a city ("Budapest's … Airport") take the city's
// country. Each row has a side that must stay: a list of peers, a town the gazetteer holds, a country and its state.
import { describe, it } from 'vitest';
import { expectPlacesAndActors as check } from './ner-helpers.js';

describe('a town named like a country or another state, qualified by a state', () => {
  it.each([
    ['Deputies in Jordan, Minnesota, seized a stolen truck on Tuesday.', ['place:Jordan:city:US', 'place:Minnesota:region:US'], ['place:Jordan:country:JO']],
    ['The only bakery in Mexico, Missouri, shut its doors.', ['place:Mexico:city:US'], ['place:Mexico:country:MX']],
    ['A tornado damaged barns near Peru, Indiana, late on Sunday.', ['place:Peru:city:US'], ['place:Peru:country:PE']],
    // the qualifier is the state, not the city of its name
    ['Firefighters in Cuba, New York, battled the blaze for hours.', ['place:Cuba:city:US', 'place:New York:region:US'], ['place:Cuba:country:CU', 'place:New York:city:US']],
    // a town named like another state is neither state
    ['The selectboard of Georgia, Vermont, voted to repave the road.', ['place:Georgia:city:US', 'place:Vermont:region:US'], ['place:Georgia:region:US', 'place:Georgia:country:GE']],
    // an abbreviated state, and a second town qualified after "and"
    ['A teacher from Poland, Ohio, and a nurse from Jordan, Minn., were honoured.', ['place:Poland:city:US', 'place:Jordan:city:US'], ['place:Poland:country:PL', 'place:Jordan:country:JO']],
    ['Police in Lebanon, Ohio and Mexico, Missouri, traded notes.', ['place:Mexico:city:US'], ['place:Mexico:country:MX']],
    // a later bare mention is the same town
    ['Deputies in Jordan, Minnesota, seized a truck. Jordan officials said it was stolen.', ['place:Jordan:city:US'], ['place:Jordan:country:JO']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('what stays as it was: peers, towns the gazetteer holds, a country and its own state', () => {
  it.each([
    ['Envoys from Jordan, Syria and Iraq met in Amman.', ['place:Jordan:country:JO', 'place:Syria:country:SY'], ['place:Jordan:city:US']],
    ['Hail fell across Georgia, Alabama and Florida on Monday.', ['place:Georgia:region:US', 'place:Alabama:region:US'], ['place:Georgia:city:US']],
    // a serial comma, a long list, a list whose later member looks qualified
    ['Snow fell in Utah, Nevada, and the Colorado mountains.', ['place:Utah:region:US', 'place:Nevada:region:US'], ['place:Utah:city:US']],
    ['Turnout rose in Nevada, Arizona, Georgia, Michigan and Wisconsin.', ['place:Nevada:region:US', 'place:Georgia:region:US'], ['place:Nevada:city:US', 'place:Georgia:city:US']],
    ['Hail hit Texas, Oklahoma and Kansas, Missouri and Arkansas.', ['place:Texas:region:US', 'place:Kansas:region:US'], ['place:Texas:city:US', 'place:Kansas:city:US']],
    ['Envoys from Jordan, Georgia and Armenia signed the accord.', ['place:Jordan:country:JO', 'place:Georgia:country:GE'], ['place:Jordan:city:US']],
    // the list goes on past the second name, whatever its next member is (regress15 R1)
    ['Flooding hit Georgia, Florida and the Carolinas on Sunday.', ['place:Georgia:region:US', 'place:Florida:region:US'], ['place:Georgia:city:US']],
    ['Storms swept Texas, Louisiana and parts of Mississippi.', ['place:Texas:region:US', 'place:Louisiana:region:US'], ['place:Texas:city:US']],
    ['Tornadoes struck Oklahoma, Kansas, and western Missouri.', ['place:Oklahoma:region:US'], ['place:Oklahoma:city:US']],
    ['Smoke drifted over Mexico, Texas and parts of Louisiana.', ['place:Mexico:country:MX'], ['place:Mexico:city:US']],
    ['The fair in Paris, Texas, drew big crowds.', ['place:Paris:city:US'], ['place:Paris:city:FR']],
    ['Students in Moscow, Idaho, held a vigil.', ['place:Moscow:city:US'], ['place:Moscow:city:RU']],
    ['A warehouse in Lebanon, Pennsylvania, burned down.', ['place:Lebanon:city:US'], ['place:Lebanon:country:LB']],
    ['The ferry from Victoria, British Columbia, was late.', ['place:Victoria:city:CA'], ['place:Victoria:region:AU']],
    // a country, then a state of its own: the country (no town "Mexico" in Jalisco)
    ['Farmers in Mexico, Jalisco, lost their harvest.', ['place:Mexico:country:MX', 'place:Jalisco:region:MX'], ['place:Mexico:city:MX']],
    // a region of the country the qualifier also names
    ['Russian troops have stayed in Abkhazia, Georgia, since 2008.', ['place:Abkhazia:region:GE'], ['place:Abkhazia:city:US']],
    // an attribution's comma, not a qualifier's
    ['Refugees crossed into Jordan, Minnesota lawmakers were told.', ['place:Jordan:country:JO'], ['place:Jordan:city:US']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a port written "Port of <city>" is a facility of the city\'s country', () => {
  it.each([
    ['Container ships waited outside the Port of Savannah for days.', ['place:Port of Savannah:facility:US'], ['place:Port of Savannah:null:null']],
    ['Cranes at the Port of Beirut were repaired last year.', ['place:Port of Beirut:facility:LB'], ['place:Port of Beirut:null:null']],
    ['Dockworkers at the Port of Mombasa went on strike.', ['place:Port of Mombasa:facility:KE'], ['place:Port of Mombasa:null:null']],
    // a city named so is the city, a body named after the port is none
    ['The carnival in Port of Spain drew thousands.', ['place:Port of Spain:city:TT'], ['place:Port of Spain:facility:TT']],
    ['Trucks lined up as the Port of Rotterdam Authority said delays would last.', [], ['place:Port of Rotterdam Authority:facility:null']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a facility owned by a city or country takes its country', () => {
  it.each([
    ["Fog shut Budapest's Liszt Ferenc International Airport on Friday.", ['place:Liszt Ferenc International Airport:facility:HU'], ['place:Liszt Ferenc International Airport:facility:null']],
    ["Flights were cancelled at Kenya's Jomo Kenyatta International Airport.", ['place:Jomo Kenyatta International Airport:facility:KE'], ['place:Jomo Kenyatta International Airport:facility:null']],
    // the facility's own name tells first: the bridge is named after the peninsula
    ["Russia's Crimea bridge was closed to traffic again.", ['place:Crimea bridge:facility:UA'], ['place:Crimea bridge:facility:RU']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
