import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteerIndex, countryOfDemonym, countryOfName, isCountryOrRegion, lookupPlace, matchGazetteer, readGazetteerIndex,
  type GazetteerSource,
} from '../../src/extract/gazetteer.js';
import { InternalError } from '../../src/errors.js';

describe('matchGazetteer', () => {
  it.each([
    // word classes match in any case, place names only with a capital
    [['the', 'spokesman', 'of', 'the', 'Syrian', 'Democratic', 'Forces'], [[], ['title:B'], [], [], ['demonym:B'], [], ['orghead:B']]],
    [['Split', 'and', 'split'], [['city:B'], [], []]],
    [['Army', 'army'], [['orghead:B'], ['orghead:B']]],
    // overlapping phrases: "New York" and "York" and "New York City"; kinds in the order the tagger was trained with
    [['New', 'York', 'City', 'police'], [['city:B'], ['city:I', 'city:B'], ['city:I'], ['orghead:B']]],
    [['Kuwait', 'City'], [['country:B', 'city:B'], ['city:I']]],
    [['Singapore'], [['country:B', 'city:B']]],
    [['United', 'States', 'Army'], [['country:B'], ['country:I'], ['orghead:B']]],
    // names outside ASCII: the tokens as written, lower-cased, not stripped of accents
    [['São', 'Paulo'], [['city:B'], ['city:I']]],
    [['Hama', 'and', 'Ḩamāh'], [[], [], ['city:B']]],
    [[], []],
  ])('%j', (words, expected) => expect(matchGazetteer(words)).toEqual(expected));
});

describe('country names and demonyms', () => {
  it.each([
    // [word, countryOfDemonym, countryOfName, isCountryOrRegion]
    ['Syrian', 'SY', null, false],
    ['Iraqi', 'IQ', null, false],
    ['Syria', null, 'SY', true],
    ['U.S.', null, 'US', true],
    ['Georgia', null, 'GE', true],
    ['Middle East', null, null, true],
    ['Paris', null, null, false],
    ['Pentagon', null, null, false],
  ])('%s', (word, demonym, name, countryOrRegion) => {
    expect(countryOfDemonym(word)).toBe(demonym);
    expect(countryOfName(word)).toBe(name);
    expect(isCountryOrRegion(word)).toBe(countryOrRegion);
  });

  it.each([
    ['Syria', { kind: 'country', country: 'SY', lat: 35, lon: 38, population: Infinity }],
    ['Middle East', { kind: 'region', country: null, lat: null, lon: null, population: Infinity }],
    ['Mosul', { kind: 'city', country: 'IQ', lat: 36.34, lon: 43.12, population: 1739800 }],
  ])('entry of %s', (name, entry) => expect(lookupPlace(name)).toEqual(entry));
});

describe('gazetteer index', () => {
  const source: GazetteerSource = {
    about: 'test',
    countries: [['SY', ['Syria'], ['Syrian'], 35, 38], ['AQ', ['Antarctica'], [], null, null]],
    regions: ['Middle East'],
    cities: [['Ar Raqqah', 'SY', 35.95, 39.01, 177000], ['Ras al-Ain', 'SY', 36.85, 40.07, 29000]],
  };

  it('reads back what it was built from', () => {
    const g = readGazetteerIndex(buildGazetteerIndex(source));
    expect(g.countries).toEqual(['SY', 'AQ']);
    expect([...g.entryKind]).toEqual([0, 0, 1, 2, 2]);
    expect([...g.entryLat]).toEqual([35, NaN, NaN, 35.95, 36.85]);
    expect([...g.entryPopulation]).toEqual([Infinity, Infinity, Infinity, 177000, 29000]);
  });

  it('reads bytes that are not 8-byte aligned', () => {
    const bytes = buildGazetteerIndex(source);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect([...readGazetteerIndex(shifted).entryLon]).toEqual([...readGazetteerIndex(bytes).entryLon]);
  });

  it('refuses another format', () => {
    const bytes = buildGazetteerIndex(source);
    bytes[bytes.indexOf('1'.charCodeAt(0), 20)] = '9'.charCodeAt(0);
    expect(() => readGazetteerIndex(bytes)).toThrow(InternalError);
  });

  it('models/gazetteer.bin names its sources and licences in its first line', () => {
    const head = readFileSync(new URL('../../models/gazetteer.bin', import.meta.url)).subarray(0, 4096).toString('latin1').split('\n')[0]!;
    expect(JSON.parse(head).about).toMatch(/world-countries \(ODbL 1\.0\).*GeoNames \(CC BY 4\.0/);
  });
});
