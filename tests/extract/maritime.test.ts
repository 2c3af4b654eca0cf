// Shipping, energy and sanctions copy (Red Sea and Black Sea attacks, tankers, oil and gas prices, sanctions):
// the whole extract pipeline on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { expectPlacesAndActors, placesAndActors } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('claims: a noun-like cue form after a possessive and a name is a noun ("its Brent forecast")', () => {
  it.each([
    ['"raised its Brent forecast"', 'Goldman Sachs raised its Brent forecast to $87 a barrel for the third quarter.', []],
    ['"cut their Q3 estimate"', 'Morgan Stanley cut their Q3 estimate to $2.1 billion after the strike.', []],
    ['near miss: "The IMF forecast growth"', 'The IMF forecast growth of 2% for the region next year.',
      [['The IMF', 'forecast', 'growth of 2% for the region next year']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('places: a flag state or a base before "-flagged", "-based", "-bound" is the country, its whole name', () => {
  it.each([
    ['Iran seized a Marshall Islands-flagged oil tanker on Thursday.', ['place:Marshall Islands:country:MH'], ['place:Marshall:city:US', 'place:Marshall:null:null']],
    ['Militants fired two missiles at the Liberia-flagged tanker.', ['place:Liberia:country:LR'], []],
    ['A Panama-registered bulk carrier ran aground.', ['place:Panama:country:PA'], []],
    ['The network was run by a Hong Kong-based company.', ['place:Hong Kong:country:HK'], []],
    ['A China-bound tanker changed course in the Red Sea.', ['place:China:country:CN'], []],
    // near miss: a word that is no country keeps its compound a plain adjective
    ['The duty-bound crew stayed on board.', [], ['place:duty:null:null']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('names: a ship named after its kind or its prefix is neither an actor nor a place', () => {
  it.each([
    ['The bulk carrier Rubymar sank on Saturday.', ['Rubymar']],
    ['Houthi forces attacked the container ship MSC Sky II in the Gulf of Aden.', ['MSC Sky II', 'MSC']],
    ['A Panama-flagged bulk carrier, the Aroyat, was damaged near Odesa.', ['Aroyat']],
    ['The rebels seized one vessel, the Galaxy Leader, in November.', ['Galaxy', 'Leader', 'Galaxy Leader']],
    ['Among the vessels designated were the tanker MT Hong Xiang and the Comoros-flagged Sea Horizon.', ['MT Hong Xiang', 'Hong Xiang', 'Sea Horizon']],
  ])('%s', (text, ships) => {
    const got = placesAndActors(text).map((x) => x.split(':')[1]);
    for (const s of ships) expect(got).not.toContain(s);
  });
  it.each([
    // near miss: a country or a known group after a ship word is no ship's name
    ['The tanker Israel seized last week was released.', 'place:Israel:country:IL'],
    ['The vessel Houthi forces attacked was carrying fertilizer.', 'organization:Houthi'],
  ])('near miss: %s', (text, kept) => {
    expect(placesAndActors(text)).toContain(kept);
  });
});

describe('names: a crude benchmark or a traded fuel is no actor', () => {
  it.each([
    ['Brent crude rose 1.2% to $82.40 a barrel on Monday.', ['organization:Brent', 'person:Brent']],
    ['Oil prices rose on the news, with Brent crude futures up 84 cents, or 1%, at $83.63 a barrel by 1400 GMT.', ['organization:Brent']],
    ['West Texas Intermediate gained 1.1% to $77.91 a barrel.', ['organization:West Texas Intermediate']],
    ['The Dutch TTF contract rose as high as 34.50 euros.', ['organization:TTF', 'organization:Dutch TTF']],
    ['EU ports will be banned from transshipping Russian LNG to third countries.', ['organization:LNG']],
    ['Urals crude was trading at about $68 a barrel at Baltic ports.', ['organization:Urals', 'person:Urals', 'place:Urals:region:RU']],
  ])('%s', (text, absent) => {
    expectPlacesAndActors(text, [], absent);
  });
  it.each([
    // near miss: a country before "crude" stays the country; a body named after a place keeps its name
    ['Iraq crude exports rose in March.', 'place:Iraq:country:IQ'],
    ['Brent Council said the library would close.', 'organization:Brent Council'],
  ])('near miss: %s', (text, kept) => {
    expect(placesAndActors(text)).toContain(kept);
  });
});

describe('names: a plus glued to an acronym is part of the name ("OPEC+")', () => {
  it.each([
    ['Oil rose for a third day after OPEC+ agreed to extend supply curbs.', ['organization:OPEC+'], ['organization:OPEC']],
    ['OPEC+ agreed on Sunday to cut output by 2.2 million barrels per day.', ['organization:OPEC+'], ['organization:OPEC']],
    // near miss: OPEC alone stays OPEC
    ['OPEC said demand would grow next year.', ['organization:OPEC'], ['organization:OPEC+']],
  ])('%s', (text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('dates: a hedged length of time counted from an event is no date', () => {
  const datesOf = (text: string) => recordOf(text).dates.map((d) => d.text);
  it.each([
    ['"about two weeks after"', 'The bulk carrier had been drifting for about two weeks after it was struck by a missile.', []],
    ['"nearly three months after"', 'The crew was freed nearly three months after the ship was seized.', []],
    ['near miss: a dated event keeps its date', 'The ship was struck by a missile on Feb. 18, 2024.', ['Feb. 18, 2024']],
  ])('%s', (_label, text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});
