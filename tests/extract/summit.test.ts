// Names cut or typed wrong around bodies: "<grouping> <city> summit", people surnamed like a body's head (extract stage).
import { describe, it } from 'vitest';
import { expectPlacesAndActors } from './ner-helpers.js';

describe('"the G20 Bali summit": the grouping is the body, the host city a place', () => {
  it.each([
    ['Leaders flew in for the G20 Bali summit on Tuesday.', ['organization:G20', 'place:Bali:region:ID'], ['organization:G20 Bali']],
    ['The G20 Johannesburg summit ended without a joint statement.', ['organization:G20', 'place:Johannesburg:city:ZA'],
      ['organization:G20 Johannesburg']],
    ['Japan hosted the G7 Hiroshima summit in May.', ['organization:G7', 'place:Hiroshima:city:JP'], ['organization:G7 Hiroshima']],
    ['Allies gathered at a NATO Vilnius summit last summer.', ['organization:NATO', 'place:Vilnius:city:LT'], ['organization:NATO Vilnius']],
    ['Putin welcomed guests to the BRICS Kazan summit.', ['organization:BRICS', 'place:Kazan:city:RU'], ['organization:BRICS Kazan']],
    ['Ministers attended the ASEAN Jakarta meeting on Friday.', ['organization:ASEAN', 'place:Jakarta:city:ID'], []],
    ['Officials prepared the G20 Rio de Janeiro summit for months.', ['organization:G20', 'place:Rio de Janeiro:city:BR'],
      ['organization:G20 Rio de Janeiro']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));

  // no place after the grouping, or no meeting after the place: nothing is cut
  it.each([
    ['The UN Security Council meeting ended without a vote.', ['organization:UN Security Council'], ['organization:UN']],
    ['The Asean Regional Forum met in Laos.', ['organization:Asean Regional Forum'], ['organization:Asean']],
    ['The G20 said in a statement that it would meet again.', ['organization:G20'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('"Peter Fund, a retired teacher": a given name before a body\'s head that is a surname is a person', () => {
  it.each([
    ['Daniel Fund, a retired nurse from Kansas, told reporters he had never owned shares. Fund said his savings were enough.',
      ['person:Daniel Fund'], ['organization:Daniel Fund', 'organization:Fund']],
    ['Margaret Fund said the new road would cut her commute in half.', ['person:Margaret Fund'], ['organization:Margaret Fund']],
    ['Helen League, 61, said she would vote for the first time.', ['person:Helen League'], ['organization:Helen League']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));

  // a determiner or a name that is no given name keeps the body
  it.each([
    ['The Robertson Fund pledged $20 million to rebuild schools.', ['organization:Robertson Fund'], ['person:Robertson Fund']],
    ['Donors to the Daniel Fund raised $2 million for the clinic.', ['organization:Daniel Fund'], ['person:Daniel Fund']],
    ['The International Monetary Fund said growth would slow. The Fund expects inflation to ease.',
      ['organization:International Monetary Fund'], ['person:Fund']],
    ['The Ghana Cocoa Board raised the farm-gate price.', ['organization:Ghana Cocoa Board'], ['person:Cocoa Board']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('sports sides: "<town> Town/City/County" is a club, a given-named player beside a person is a person', () => {
  it.each([
    ['Harlow Town beat Dagenham in the quarter-final on Tuesday.', ['organization:Harlow Town'], ['person:Harlow Town']],
    ['Crawley Town beat Leyton Orient in the cup. Orient manager Tom Reed said his side were tired.',
      ['organization:Crawley Town', 'organization:Leyton Orient'], ['person:Crawley Town', 'person:Leyton Orient']],
    ['Taylor Fritz beat Holger Rune in the second round in Paris.', ['person:Taylor Fritz', 'person:Holger Rune'],
      ['organization:Taylor Fritz', 'organization:Holger Rune']],
    ['Casper Ruud fell to Taylor Fritz in three sets in Turin.', ['person:Casper Ruud', 'person:Taylor Fritz'],
      ['organization:Casper Ruud', 'organization:Taylor Fritz']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));

  // no sport, no person on the other side: the names stay as they were
  it.each([
    ['Mexico City beat Lima in the race to host the games.', ['place:Mexico City:city:MX'], ['organization:Mexico City']],
    ['Morgan Stanley beat Goldman Sachs in the bond rankings.', ['organization:Morgan Stanley', 'organization:Goldman Sachs'],
      ['person:Morgan Stanley']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});
