import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteerIndex, countryOfDemonym, countryOfName, findKey, isCountryOrRegion, lookupPlace, lookupPlaceWithin, matchGazetteer, readGazetteerIndex,
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
    // demonyms news use beside the package's ("Kirghiz", "Tadzhik"); "Congolese" is the DRC's as "Congo" is
    ['Kyrgyz', 'KG', null, false],
    ['Tajik', 'TJ', null, false],
    ['Azeri', 'AZ', null, false],
    ['Congolese', 'CD', null, false],
    // near miss: a people's word that is no country's
    ['Rohingya', null, null, false],
    ['Iraqi', 'IQ', null, false],
    ['Syria', null, 'SY', true],
    ['U.S.', null, 'US', true],
    ['Georgia', null, 'GE', true],
    ['Middle East', null, null, true],
    // a first-level division is a place, but neither a country nor a world region
    ['Texas', null, null, false],
    ['Paris', null, null, false],
    ['Pentagon', null, null, false],
  ])('%s', (word, demonym, name, countryOrRegion) => {
    expect(countryOfDemonym(word)).toBe(demonym);
    expect(countryOfName(word)).toBe(name);
    expect(isCountryOrRegion(word)).toBe(countryOrRegion);
  });

  it.each([
    ['Syria', { kind: 'country', country: 'SY', division: null, lat: 35, lon: 38, population: Infinity }],
    ['Middle East', { kind: 'region', country: null, division: null, lat: null, lon: null, population: Infinity }],
    ['Mosul', { kind: 'city', country: 'IQ', division: 'IQ.15', lat: 36.34, lon: 43.12, population: 1739800 }],
    // a division's point is the population-weighted mean of its cities: Texas between Houston, Dallas and San Antonio
    ['Texas', { kind: 'region', country: 'US', division: 'US.TX', lat: 30.97, lon: -97.54, population: Infinity }],
    ['Austin', { kind: 'city', country: 'US', division: 'US.TX', lat: 30.27, lon: -97.74, population: 931830 }],
  ])('entry of %s', (name, entry) => expect(lookupPlace(name)).toEqual(entry));

  // sub-national places and older spellings the build adds: [name, kind, country, a spelling of the same entry or null]
  it.each([
    ['Kharkov', 'city', 'UA', 'Kharkiv'],
    ['Bombay', 'city', 'IN', 'Mumbai'],
    ['Bangalore', 'city', 'IN', 'Bengaluru'],
    ['Lvov', 'city', 'UA', 'Lviv'],
    ['Nikolaev', 'city', 'UA', 'Mykolaiv'],
    ['Palmyra', 'city', 'SY', 'Tadmur'],
    ['Khan Younis', 'city', 'PS', 'Khan Yunis'],
    ['Essex', 'region', 'GB', null],
    ['Yorkshire', 'region', 'GB', null],
    ['County Durham', 'region', 'GB', null],
    ['Benue', 'region', 'NG', 'Benue State'],
    ['Borno State', 'region', 'NG', null],
    ['Sindh', 'region', 'PK', null],
    ['Khyber Pakhtunkhwa', 'region', 'PK', null],
    // near misses: a state named like its capital is the city when bare; "Delta" alone is no state (the airline)
    ['Kano', 'city', 'NG', null],
    ['Delta', 'city', 'CA', null],
  ])('%s', (name, kind, country, same) => {
    const e = lookupPlace(name);
    expect([e?.kind ?? null, e?.country ?? null]).toEqual([kind, country]);
    if (same) expect(lookupPlace(same)).toEqual(e);
  });
});

describe('names news use', () => {
  // [name, context countries, kind, country, division or null]
  it.each([
    // initialisms and short names of countries
    ['UAE', [], 'country', 'AE', null],
    ['U.A.E.', [], 'country', 'AE', null],
    ['DRC', [], 'country', 'CD', null],
    ['KSA', [], 'country', 'SA', null],
    ['Cabo Verde', [], 'country', 'CV', null],
    // "Congo" is the Democratic Republic, unless the article's places lie in the Republic
    ['Congo', [], 'country', 'CD', null],
    ['Congo', ['CG'], 'country', 'CG', null],
    ['Congo', ['CD', 'CG'], 'country', 'CD', null],
    ['Republic of the Congo', [], 'country', 'CG', null],
    // "St." / "St" / "Saint" / "Sankt" are one key; the bigger namesake wins a bare name
    ['St. Petersburg', [], 'city', 'RU', 'RU.66'],
    ['St Petersburg', ['US'], 'city', 'RU', 'RU.66'],
    ['Saint Petersburg', [], 'city', 'RU', 'RU.66'],
    ['St Louis', [], 'city', 'US', 'US.MO'],
    ['St. Gallen', [], 'city', 'CH', null],
    // national capitals below the foreign-city bar are still found in a story about another country
    ['Valletta', ['US'], 'city', 'MT', null],
    ['Thimphu', ['US'], 'city', 'BT', null],
    ['Kuwait City', ['US'], 'city', 'KW', null],
    ['Panama City', [], 'city', 'PA', null],
    // near miss: a small town that is no capital stays unresolved in a foreign story
    ['Macomia', ['US'], null, null, null],
    // exonyms and news spellings of cities
    ['Frankfurt', [], 'city', 'DE', 'DE.05'],
    ['Seville', [], 'city', 'ES', 'ES.51'],
    ['Astana', [], 'city', 'KZ', null],
    ['Naypyitaw', [], 'city', 'MM', 'MM.18'],
    ['Ciudad Juarez', [], 'city', 'MX', 'MX.06'],
    ['Qamishli', ['SY'], 'city', 'SY', 'SY.01'],
    ['Jenin', ['PS'], 'city', 'PS', null],
    ['Diyarbakir', [], 'city', 'TR', 'TR.21'],
    ['Prayagraj', [], 'city', 'IN', 'IN.36'],
    ['Jabalia', ['PS'], 'city', 'PS', null],
    // first-level divisions and regions of the news
    ['Xinjiang', [], 'region', 'CN', 'CN.13'],
    ['Chechnya', [], 'region', 'RU', 'RU.12'],
    ['North Kivu', [], 'region', 'CD', 'CD.11'],
    ['Nord-Kivu', [], 'region', 'CD', 'CD.11'],
    ['Bavaria', [], 'region', 'DE', 'DE.02'],
    ['Catalonia', [], 'region', 'ES', 'ES.56'],
    ['Helmand', [], 'region', 'AF', 'AF.10'],
    ['Amhara', [], 'region', 'ET', 'ET.46'],
    ['Rakhine', [], 'region', 'MM', 'MM.01'],
    ['Cabo Delgado', [], 'region', 'MZ', 'MZ.01'],
    ['Antioquia', [], 'region', 'CO', 'CO.02'],
    ['Kharkiv Oblast', [], 'region', 'UA', 'UA.07'],
    ['Idlib Governorate', [], 'region', 'SY', 'SY.12'],
    ['Somaliland', [], 'region', 'SO', null],
    ['South Ossetia', [], 'region', 'GE', null],
    ['Mindanao', [], 'region', 'PH', null],
    // near misses: a division named like its capital is the city when bare; a country stays the country
    ['Kharkiv', [], 'city', 'UA', 'UA.07'],
    ['Idlib', [], 'city', 'SY', 'SY.12'],
    ['Georgia', [], 'country', 'GE', null],
    ['Kurdistan', [], 'region', null, null],
  ])('%s (context %j)', (name, ctx, kind, country, division) => {
    const e = lookupPlace(name, new Set(ctx));
    expect([e?.kind ?? null, e?.country ?? null, e?.division ?? null]).toEqual([kind, country, division]);
  });

  it.each([
    // a qualifier that is a region of the news is that region, not the country it lies in
    ['Ramallah', 'West Bank', 'PS', 'region'],
    ['Ramallah', 'Palestine', 'PS', 'country'],
    ['Goma', 'Congo', 'CD', 'country'],
    ['Brazzaville', 'Congo', 'CG', 'country'],
    ['St. Petersburg', 'Florida', 'US', 'region'],
    ['St. Petersburg', 'Russia', 'RU', 'country'],
    ['Paris', 'Texas', 'US', 'region'],
  ])('%s within %s', (name, within, country, withinKind) => {
    const r = lookupPlaceWithin(name, within);
    expect([r?.place.country ?? null, r?.within.kind ?? null]).toEqual([country, withinKind]);
  });
});

describe('gazetteer index', () => {
  const source: GazetteerSource = {
    about: 'test',
    countries: [['SY', ['Syria'], ['Syrian'], 35, 38], ['AQ', ['Antarctica'], [], null, null]],
    regions: ['Middle East'],
    divisions: [['SY.04', ['Raqqa Governorate'], 'SY', 35.9, 39.0]],
    cities: [['Ar Raqqah', 'SY', 35.95, 39.01, 177000, 'SY.04'], ['Ras al-Ain', 'SY', 36.85, 40.07, 29000, null]],
  };

  it('reads back what it was built from', () => {
    const g = readGazetteerIndex(buildGazetteerIndex(source));
    expect(g.countries).toEqual(['SY', 'AQ']);
    // countries, then world regions, divisions, then cities; cities' coordinates in hundredths of a degree
    expect([g.firstRegion, g.firstDivision, g.firstCity]).toEqual([2, 3, 4]);
    expect([...g.placeLat]).toEqual([35, NaN, NaN, 35.9]);
    expect([...g.cityLat]).toEqual([3595, 3685]);
    expect([...g.cityPopulation]).toEqual([177000, 29000]);
    // a city's division, by position plus one (0: none)
    expect(g.divisions).toEqual(['SY.04']);
    expect([...g.cityDivision]).toEqual([1, 0]);
  });

  it('marks national capitals, by entry number', () => {
    const withCapital: GazetteerSource = { ...source, cities: [source.cities[0]!, ['Ras al-Ain', 'SY', 36.85, 40.07, 29000, null, true]] };
    const g = readGazetteerIndex(buildGazetteerIndex(withCapital));
    expect([...g.capitals]).toEqual([g.firstCity + 1]);
    expect([...readGazetteerIndex(buildGazetteerIndex(source)).capitals]).toEqual([]);
  });

  it('refuses a city in a division it does not hold', () => {
    const stray: GazetteerSource = { ...source, cities: [['Ar Raqqah', 'SY', 35.95, 39.01, 177000, 'SY.99']] };
    expect(() => buildGazetteerIndex(stray)).toThrow(InternalError);
  });

  // keys are stored in UTF-8 and compared with the string as it is encoded: 1 to 4 bytes a character
  it.each([
    ['ar raqqah', true],
    ['raqa', true], // the loose key: no article, no final h, no doubled letters
    ['ras al-ain', true],
    ['ras', true], // a leading part of a phrase
    ['syrian', true],
    ['zürich', true], // tagger phrase, accents kept
    ['zurich', true], // name, accents dropped
    ['ḩamāh', true],
    ['东京', true],
    ['𝔸ville', true],
    ['ar raqqa', false],
    ['ar raqqahh', false],
    ['zürch', false],
    ['ḩamā', false],
    ['东', false],
    ['𝔹ville', false],
    ['\ud835ville', false],
    ['', false],
  ])('finds %j: %s', (key, found) => {
    const withNames: GazetteerSource = {
      ...source,
      cities: [...source.cities, ['Zürich', 'CH', 47.37, 8.55, 341730, null], ['Ḩamāh', 'SY', 35.13, 36.76, 460602, null],
        ['东京', 'JP', 35.69, 139.69, 8336599, null], ['𝔸ville', 'FR', 0, 0, 1, null]],
    };
    const g = readGazetteerIndex(buildGazetteerIndex(withNames));
    expect(findKey(g.keys, key) >= 0).toBe(found);
  });

  it('reads bytes that are not 8-byte aligned', () => {
    const bytes = buildGazetteerIndex(source);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect([...readGazetteerIndex(shifted).cityLon]).toEqual([3901, 4007]);
  });

  it('refuses a city it cannot hold exactly', () => {
    const unrounded: GazetteerSource = { ...source, cities: [['Ar Raqqah', 'SY', 35.9594, 39.0079, 177000, null]] };
    expect(() => buildGazetteerIndex(unrounded)).toThrow(InternalError);
  });

  it('refuses another format', () => {
    const bytes = buildGazetteerIndex(source);
    bytes[bytes.indexOf('3'.charCodeAt(0), 20)] = '9'.charCodeAt(0);
    expect(() => readGazetteerIndex(bytes)).toThrow(InternalError);
  });

  // the file holds names normalised and tokenized by today's rules: a change to them needs npm run build:gazetteer
  it('models/gazetteer.bin is what scripts/build-gazetteer.mjs makes from its sources', async () => {
    const { gazetteerSource } = await import('../../scripts/build-gazetteer.mjs');
    const built = buildGazetteerIndex(gazetteerSource() as GazetteerSource);
    expect(Buffer.compare(built, readFileSync(new URL('../../models/gazetteer.bin', import.meta.url))), 'run npm run build:gazetteer').toBe(0);
  }, 30_000);

  it('models/gazetteer.bin names its sources and licences in its first line', () => {
    const head = readFileSync(new URL('../../models/gazetteer.bin', import.meta.url)).subarray(0, 65536).toString('latin1').split('\n')[0]!;
    expect(JSON.parse(head).about).toMatch(/world-countries \(ODbL 1\.0\).*GeoNames \(CC BY 4\.0/);
  });
});
