// Places, round 7 (fix-places7): two states with only a comma are a list unless a town of that name lies in the
// second; a qualifier followed by a noun ("Jordan, Minnesota police") still qualifies the town; a fronted "In <city>,"
// before a clause; features named "Mount X", "Lake X", "River X", "X River" keep their kind. Each table has both sides.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf, expectPlacesAndActors as check } from './ner-helpers.js';

describe('two states with only a comma are two states', () => {
  it.each([
    ['Storms hit Georgia, Alabama, on Sunday.', ['place:Georgia:region:US', 'place:Alabama:region:US'], ['place:Georgia:city:US']],
    ['Schools closed in Ohio, Indiana.', ['place:Ohio:region:US', 'place:Indiana:region:US'], ['place:Ohio:city:US']],
    ['Farmers in Iowa, Nebraska, lost their crops to hail.', ['place:Iowa:region:US', 'place:Nebraska:region:US'], ['place:Iowa:city:US']],
    ['Turnout was low in Nevada, Arizona; both counted for days.', ['place:Nevada:region:US', 'place:Arizona:region:US'], ['place:Nevada:city:US']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a town named like a state that lies in the second state stays a town', () => {
  it.each([
    ['The selectboard of Georgia, Vermont, voted to repave the road.', ['place:Georgia:city:US', 'place:Vermont:region:US'], ['place:Georgia:region:US']],
    ['A teacher from Indiana, Pennsylvania, won the award.', ['place:Indiana:city:US', 'place:Pennsylvania:region:US'], ['place:Indiana:region:US']],
    ['The mayor of Virginia, Minnesota, resigned on Friday.', ['place:Virginia:city:US'], ['place:Virginia:region:US']],
    // a city the gazetteer holds, and towns named like countries
    ['A plant in Delaware, Ohio, closed last year.', ['place:Delaware:city:US'], ['place:Delaware:region:US']],
    ['Deputies in Jordan, Minnesota, seized a stolen truck.', ['place:Jordan:city:US'], ['place:Jordan:country:JO']],
    ['The fair in Paris, Texas, drew big crowds.', ['place:Paris:city:US'], ['place:Paris:city:FR']],
    ['A nurse from Poland, Ohio, was honoured.', ['place:Poland:city:US'], ['place:Poland:country:PL']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a state qualifying a town, then a noun it modifies', () => {
  it.each([
    ['Jordan, Minnesota police said the driver fled on foot.', ['place:Jordan:city:US', 'place:Minnesota:region:US'], ['place:Jordan:country:JO']],
    ['Paris, Texas officials closed the road for a day.', ['place:Paris:city:US'], ['place:Paris:city:FR']],
    ['A Peru, Indiana man was charged on Monday.', ['place:Peru:city:US'], ['place:Peru:country:PE']],
    ['A Mexico, Mo. woman won the lottery.', ['place:Mexico:city:US'], ['place:Mexico:country:MX']],
    // a noun not in the list, a state before a state, a country's own word: the comma is no qualifier's
    ['Refugees crossed into Jordan, Minnesota lawmakers were told.', ['place:Jordan:country:JO'], ['place:Jordan:city:US']],
    ['Georgia, Alabama officials said the storm had passed.', ['place:Georgia:region:US', 'place:Alabama:region:US'], ['place:Georgia:city:US']],
    ['Aid reached Lebanon, Syria officials said on Friday.', ['place:Lebanon:country:LB'], ['place:Lebanon:city:SY']],
    // the noun goes on as a list or an attribution's aside: a country and a state's officials side by side (regress16 R2)
    ['Authorities in Mexico, Texas police and the FBI are searching for the gunman.', ['place:Mexico:country:MX', 'place:Texas:region:US'], ['place:Mexico:city:US']],
    ['Imports from Mexico, Texas officials said, rose 12 percent.', ['place:Mexico:country:MX'], ['place:Mexico:city:US']],
  ])('%s', (text, present, absent) => check(text, present, absent));

  it('a town named like a country settles its own mention only: the article\'s other mentions stay the country', () => {
    const text = 'Trade with Mexico has slowed this year.\n\nA Mexico, Missouri man was charged on Monday.\n\nMexico is the largest trading partner of the United States.';
    const places = findActorsAndPlaces(contextOf(text)).places;
    expect(places.find((p) => p.country === 'MX')?.mentions.length).toBe(2);
    expect(places.find((p) => p.name === 'Mexico' && p.country === 'US')?.mentions.length).toBe(1);
  });
});

describe('a sentence that opens "In <city>," then a name that speaks or acts', () => {
  it.each([
    ['In Paris, Macron has said the plan would go ahead.', ['place:Paris:city:FR'], ['place:Macron:null:FR']],
    ['In London, Starmer has warned of deep cuts.', ['place:London:city:GB'], ['place:Starmer:null:GB']],
    ['In Caracas, Maduro has said the vote was fair.', ['place:Caracas:city:VE'], ['place:Maduro:null:VE']],
    // a quarter of the city that undergoes something stays a place of the city's country
    ['In Beirut, Ghobeiry has been hit twice this week.', ['place:Beirut:city:LB', 'place:Ghobeiry:null:LB'], []],
    ['In Mumbai, Dharavi was flooded again.', ['place:Mumbai:city:IN'], ['place:Dharavi:null:null']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('mountains, lakes and rivers keep their kind, with the point of the gazetteer or the qualifier\'s country', () => {
  it.each([
    ['Climbers were rescued on Mount Hood on Sunday.', ['place:Mount Hood:feature:US'], ['place:Mount Hood:feature:null']],
    ['Tourists flocked to Lake Como in the summer.', ['place:Lake Como:feature:IT'], ['place:Lake Como:feature:null']],
    ['Hikers died on Mount Hood, Oregon, last year.', ['place:Mount Hood:feature:US', 'place:Oregon:region:US'], ['place:Mount Hood:null:US']],
    ['The villa on Lake Como, Italy, was sold.', ['place:Lake Como:feature:IT'], ['place:Lake Como:null:IT']],
    // a feature the gazetteer lacks takes the country of its qualifier
    ['Two climbers fell from the slopes of Mount Shasta, California, on Friday.', ['place:Mount Shasta:feature:US'], ['place:Mount Shasta:null:US']],
    ['Barges on the River Thames were stopped by the tide.', ['place:River Thames:feature:GB'], []],
    ['Floods along the River Severn cut several roads.', ['place:River Severn:feature:null'], []],
    ['Troops crossed the Dnipro River near Kherson.', ['place:Dnipro River:feature:UA', 'place:Kherson:city:UA'], []],
    ['Drought lowered the Danube near Vienna.', ['place:Danube:feature:null'], ['place:Danube:feature:AT']],
    // a quarter named "River X" is no river
    ['A stadium is planned near the River North district.', [], ['place:River North:feature:null']],
    // towns named like features, qualified by their state, stay towns
    ['A man from Mount Airy, North Carolina, won the prize.', ['place:Mount Airy:null:US'], ['place:Mount Airy:feature:US']],
    ['Schools in Lake City, Florida, closed early.', ['place:Lake City:null:US'], ['place:Lake City:feature:US']],
    ['Hail fell on Lake Forest, Ill., late on Tuesday.', ['place:Lake Forest:city:US'], ['place:Lake Forest:feature:US']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a feature of the gazetteer has its point', () => {
  it.each([
    ['Climbers were rescued on Mount Hood on Sunday.', 'Mount Hood', 45.37],
    ['Tourists flocked to Lake Como in the summer.', 'Lake Como', 46],
    ['Snow fell on Mount Kenya overnight.', 'Mount Kenya', -0.15],
    ['Fishermen on Lake Victoria reported a poor catch.', 'Lake Victoria', -1],
    ['The Yangtze River flooded towns near Wuhan.', 'Yangtze River', 30.58],
  ])('%s', (text, name, lat) => {
    const p = findActorsAndPlaces(contextOf(text)).places.find((x) => x.name === name);
    expect(p?.lat).toBe(lat);
  });
});
