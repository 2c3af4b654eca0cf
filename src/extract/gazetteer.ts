// Country, division and city gazetteer for the extract stage: types places and gives their country and coordinates.
// Data: models/gazetteer.bin, built by scripts/build-gazetteer.mjs from world-countries (ODbL), a table of first-level
// divisions ("Texas", "Ontario") and GeoNames (CC BY 4.0).
//
// The file is the lookup index itself, not a list of names to index at start-up: normalised keys in a hash table
// and flat lists of entry numbers, all typed arrays used in place (layout: buildGazetteerIndex). Loading is one
// file read, a few views and the word classes, a few ms and ~0.15 MB of heap, where building Maps from the names
// took ~130 ms and left 12 MB in hundreds of thousands of strings, arrays and entries in every worker's heap and in
// the start-up snapshot. An entry object is made only when a lookup returns it. The keys are made by this file's
// rules (normName, fuzzyKey, addPhrase with ner/tokenize.ts): a change to them needs npm run build:gazetteer.
import { endianness } from 'node:os';
import { readFileSync } from 'node:fs';
import { tokenize } from './ner/tokenize.js';
import type { GazetteerMatcher } from './ner/features.js';
import { KNOWN_ORGS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, wordSet } from './data/name-words.js';
import { packageFile } from '../paths.js';
import { InternalError } from '../errors.js';

export interface GazetteerEntry {
  kind: 'country' | 'city' | 'region';
  /** ISO 3166-1 alpha-2; null for world regions. */
  country: string | null;
  /**
   * GeoNames admin1 id of a first-level division ("US.TX" for Texas) or of the division a city lies in ("Paris" in
   * Texas); null for countries, world regions and cities outside the divisions the gazetteer knows.
   */
  division: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
}

/** What scripts/build-gazetteer.mjs gathers from its sources; buildGazetteerIndex() makes the file from it. */
export interface GazetteerSource {
  /** Sources and licences, kept in the file's header. */
  about: string;
  /** [ISO code, names, demonyms, lat, lon]. */
  countries: [string, string[], string[], number | null, number | null][];
  /** World regions: "Middle East"; no country, no coordinates. */
  regions: string[];
  /** First-level divisions: [GeoNames admin1 id ("US.TX"), names, ISO code, lat, lon]. */
  divisions: [string, string[], string, number, number][];
  /** [name, ISO code, lat, lon, population, division id or null, true for a national capital], most populous first. */
  cities: [string, string, number, number, number, string | null, boolean?][];
}

/**
 * Abbreviations of first-level divisions, as news write them after a city ("Paris, Tex.", "Austin, TX", "Lismore,
 * NSW"): each stands for the full names listed, tried in order ("NT" is Australia's Northern Territory or Canada's
 * Northwest Territories, whichever holds the city). Read only as the qualifier of a city: alone, "IN" and "OK" are words.
 */
export const DIVISION_ABBREVIATIONS: readonly { id: string; why: string; names: Readonly<Record<string, readonly string[]>> }[] = [
  { id: 'division-abbr/us-ap', why: '"Paris, Tex.", "Springfield, Ill.": AP style',
    names: {
      'Ala.': ['Alabama'], 'Ariz.': ['Arizona'], 'Ark.': ['Arkansas'], 'Calif.': ['California'], 'Colo.': ['Colorado'],
      'Conn.': ['Connecticut'], 'Del.': ['Delaware'], 'Fla.': ['Florida'], 'Ga.': ['Georgia'], 'Ill.': ['Illinois'],
      'Ind.': ['Indiana'], 'Kan.': ['Kansas'], 'Kans.': ['Kansas'], 'Ky.': ['Kentucky'], 'La.': ['Louisiana'], 'Md.': ['Maryland'],
      'Mass.': ['Massachusetts'], 'Mich.': ['Michigan'], 'Minn.': ['Minnesota'], 'Miss.': ['Mississippi'], 'Mo.': ['Missouri'],
      'Mont.': ['Montana'], 'Neb.': ['Nebraska'], 'Nebr.': ['Nebraska'], 'Nev.': ['Nevada'], 'N.H.': ['New Hampshire'],
      'N.J.': ['New Jersey'], 'N.M.': ['New Mexico'], 'N.Y.': ['New York'], 'N.C.': ['North Carolina'], 'N.D.': ['North Dakota'],
      'Okla.': ['Oklahoma'], 'Ore.': ['Oregon'], 'Oreg.': ['Oregon'], 'Pa.': ['Pennsylvania'], 'Penn.': ['Pennsylvania'],
      'R.I.': ['Rhode Island'], 'S.C.': ['South Carolina'], 'S.D.': ['South Dakota'], 'Tenn.': ['Tennessee'], 'Tex.': ['Texas'],
      'Vt.': ['Vermont'], 'Va.': ['Virginia'], 'Wash.': ['Washington'], 'W.Va.': ['West Virginia'], 'W. Va.': ['West Virginia'],
      'Wis.': ['Wisconsin'], 'Wisc.': ['Wisconsin'], 'Wyo.': ['Wyoming'], 'D.C.': ['District of Columbia'],
    } },
  { id: 'division-abbr/us-postal', why: '"Austin, TX", "Portland, OR": postal codes',
    names: {
      AL: ['Alabama'], AK: ['Alaska'], AZ: ['Arizona'], AR: ['Arkansas'], CA: ['California'], CO: ['Colorado'], CT: ['Connecticut'],
      DE: ['Delaware'], FL: ['Florida'], GA: ['Georgia'], HI: ['Hawaii'], ID: ['Idaho'], IL: ['Illinois'], IN: ['Indiana'],
      IA: ['Iowa'], KS: ['Kansas'], KY: ['Kentucky'], LA: ['Louisiana'], ME: ['Maine'], MD: ['Maryland'], MA: ['Massachusetts'],
      MI: ['Michigan'], MN: ['Minnesota'], MS: ['Mississippi'], MO: ['Missouri'], MT: ['Montana'], NE: ['Nebraska'],
      NV: ['Nevada'], NH: ['New Hampshire'], NJ: ['New Jersey'], NM: ['New Mexico'], NY: ['New York'], NC: ['North Carolina'],
      ND: ['North Dakota'], OH: ['Ohio'], OK: ['Oklahoma'], OR: ['Oregon'], PA: ['Pennsylvania'], RI: ['Rhode Island'],
      SC: ['South Carolina'], SD: ['South Dakota'], TN: ['Tennessee'], TX: ['Texas'], UT: ['Utah'], VT: ['Vermont'],
      VA: ['Virginia'], WA: ['Washington', 'Western Australia'], WV: ['West Virginia'], WI: ['Wisconsin'], WY: ['Wyoming'],
      DC: ['District of Columbia'],
    } },
  { id: 'division-abbr/canada', why: '"London, Ont.", "Halifax, NS"',
    names: {
      'Ont.': ['Ontario'], 'Que.': ['Quebec'], 'B.C.': ['British Columbia'], 'Alta.': ['Alberta'], 'Man.': ['Manitoba'],
      'Sask.': ['Saskatchewan'], 'N.S.': ['Nova Scotia'], 'N.B.': ['New Brunswick'], 'Nfld.': ['Newfoundland and Labrador'],
      // Canadian Press style: "130 km/h at Wreckhouse, N.L.", "Yellowknife, N.W.T."
      'N.L.': ['Newfoundland and Labrador'], 'N.W.T.': ['Northwest Territories'],
      'P.E.I.': ['Prince Edward Island'], ON: ['Ontario'], QC: ['Quebec'], BC: ['British Columbia'], AB: ['Alberta'],
      MB: ['Manitoba'], SK: ['Saskatchewan'], NS: ['Nova Scotia'], NB: ['New Brunswick'], NL: ['Newfoundland and Labrador'],
      PE: ['Prince Edward Island'], PEI: ['Prince Edward Island'], YT: ['Yukon'], NU: ['Nunavut'],
      NT: ['Northern Territory', 'Northwest Territories'],
    } },
  { id: 'division-abbr/australia', why: '"Lismore, NSW", "Cairns, Qld"',
    names: {
      NSW: ['New South Wales'], Qld: ['Queensland'], 'Qld.': ['Queensland'], QLD: ['Queensland'], Vic: ['Victoria'],
      'Vic.': ['Victoria'], VIC: ['Victoria'], Tas: ['Tasmania'], 'Tas.': ['Tasmania'], TAS: ['Tasmania'],
      SA: ['South Australia'], ACT: ['Australian Capital Territory'],
    } },
];
const DIVISION_ABBREVIATION = new Map<string, readonly string[]>();
for (const r of DIVISION_ABBREVIATIONS) for (const [abbr, names] of Object.entries(r.names)) DIVISION_ABBREVIATION.set(abbr, names);
// a dateline in capitals writes the dotted forms in capitals too: "SOUTHWEST MIAMI-DADE, FLA. (WSVN)" (a local TV
// station's page; "FLA" was a person), "SACRAMENTO, CALIF. —"; a capitals form another entry holds keeps that one
for (const r of DIVISION_ABBREVIATIONS) {
  for (const [abbr, names] of Object.entries(r.names)) {
    const caps = abbr.toUpperCase();
    if (abbr.endsWith('.') && caps !== abbr && !DIVISION_ABBREVIATION.has(caps)) DIVISION_ABBREVIATION.set(caps, names);
  }
}

/** The full names a division abbreviation may stand for ("Tex." → ["Texas"]); empty for any other word. */
export function divisionNamesOf(abbreviation: string): readonly string[] {
  return DIVISION_ABBREVIATION.get(abbreviation) ?? [];
}

/**
 * Regions of the news the gazetteer's sources lack or give to a namesake ("Sinai" is a small Italian town there):
 * looked up before the index. Countries are those the UN recognises; a disputed region (Kashmir) has none.
 */
export const NEWS_REGIONS: readonly { id: string; why: string; places: readonly [string[], string | null, number, number][] }[] = [
  { id: 'news-region/conflict', why: '"the Gaza Strip", "Darfur", "Tigray", "Crimea", "the Donbas", "Kashmir", "Sinai"',
    places: [
      // "northern Gaza" is the Strip, not the West Bank: the index gives both names to Palestine, one point for both
      [['Gaza Strip', 'Gaza'], 'PS', 31.42, 34.36], [['West Bank'], 'PS', 31.95, 35.25], [['Darfur'], 'SD', 13.5, 24.0], [['Tigray'], 'ET', 14.0, 38.5],
      [['Crimea'], 'UA', 45.3, 34.4], [['Donbas', 'Donbass'], 'UA', 48.0, 37.8], [['Kashmir'], null, 34.1, 74.8],
      [['Sinai', 'Sinai Peninsula'], 'EG', 29.5, 33.8], [['Northern Ireland'], 'GB', 54.6, -6.7],
      // breakaway and autonomous regions no first-level division names: their country is the one the UN recognises
      [['South Ossetia'], 'GE', 42.3, 43.97], [['Nagorno-Karabakh', 'Karabakh'], 'AZ', 39.82, 46.75], [['Transnistria'], 'MD', 47.2, 29.4],
      [['Northern Cyprus'], 'CY', 35.25, 33.6], [['Somaliland'], 'SO', 9.6, 45.3], [['Puntland'], 'SO', 8.4, 49.0], [['Jubaland'], 'SO', 0.5, 42.0],
      [['Kurdistan Region', 'Iraqi Kurdistan'], 'IQ', 36.2, 44.0], [['Golan Heights'], 'SY', 33.0, 35.8],
      [['Kivu', 'Kivus'], 'CD', -2.0, 28.6], [['Cyrenaica'], 'LY', 31.0, 22.0], [['Tripolitania'], 'LY', 32.0, 13.5], [['Fezzan'], 'LY', 26.0, 14.0],
      [['Ogaden'], 'ET', 7.0, 44.0],
      // the names Russian state media (TASS, RIA Novosti) give the occupied parts of Ukraine's Donetsk and Luhansk
      // oblasts: "Novolyubovka in the Lugansk People's Republic" made a place "Republic" (a town in Missouri)
      [["Donetsk People's Republic"], 'UA', 48.0, 37.8], [["Lugansk People's Republic", "Luhansk People's Republic"], 'UA', 48.57, 39.31],
      // a territory Venezuela claims, no division of Guyana's (six regions share it): "troops massed near Essequibo";
      // the two tribal districts named together, as news still does: "militants in Waziristan"
      [['Essequibo', 'Guayana Esequiba'], 'GY', 6.0, -59.5], [['Waziristan'], 'PK', 32.65, 69.85],
    ] },
  { id: 'news-region/islands', why: '"floods on Java", "the island of Mindanao", "Borneo": islands and island groups news name as regions',
    places: [
      [['Bali'], 'ID', -8.4, 115.2], [['Mindanao'], 'PH', 7.5, 125.0], [['Luzon'], 'PH', 16.0, 121.0], [['Visayas'], 'PH', 10.5, 123.5], [['Java'], 'ID', -7.4, 110.0],
      [['Sumatra'], 'ID', 0.0, 101.5], [['Sulawesi'], 'ID', -2.0, 121.0], [['Kalimantan'], 'ID', 0.0, 114.0], [['Borneo'], null, 0.9, 114.2],
    ] },
];
// keys are lower case: every name above is plain ASCII, which is all normName changes then
const NEWS_REGION = new Map<string, GazetteerEntry>();
for (const r of NEWS_REGIONS) {
  for (const [names, country, lat, lon] of r.places) {
    for (const n of names) NEWS_REGION.set(n.toLowerCase(), { kind: 'region', country, division: null, lat, lon, population: Infinity });
  }
}

/**
 * Named natural features of the news, which the gazetteer's sources (settlements and divisions) lack: seas, straits,
 * lakes, mountains, islands written with their head word ("the Strait of Hormuz", "Lake Chad", "Mount Kilimanjaro").
 * A feature has a country only when it lies in one ("Mount Kilimanjaro" in Tanzania, "the Isle of Wight" in Britain);
 * open water and features several countries share ("Lake Victoria", "Mount Everest", "the Red Sea") have none, only a
 * point. Never the country of a name inside ("the Gulf of Mexico", "Mt. Kenya" is not the country Kenya's place).
 */
export const NEWS_FEATURES: readonly { id: string; why: string; places: readonly [string[], string | null, number, number][] }[] = [
  { id: 'news-feature/water', why: '"tankers in the Strait of Hormuz", "the Bab el-Mandeb strait", "the shrinking Aral Sea": shared water',
    places: [
      [['Strait of Hormuz', 'Straits of Hormuz', 'Hormuz Strait'], null, 26.6, 56.3],
      [['Bab el-Mandeb', 'Bab al-Mandab', 'Bab el-Mandeb Strait', 'Bab al-Mandab Strait', 'Bab el-Mandab Strait'], null, 12.6, 43.3],
      [['Gulf of Aden'], null, 12.5, 48.0], [['Gulf of Oman'], null, 24.5, 58.5], [['Persian Gulf', 'Arabian Gulf'], null, 26.5, 52.0],
      [['Red Sea'], null, 20.0, 38.5], [['Black Sea'], null, 43.4, 34.3], [['Caspian Sea', 'Caspian'], null, 41.7, 50.7],
      [['Sea of Azov'], null, 46.1, 36.6], [['Mediterranean', 'Mediterranean Sea'], null, 35.0, 18.0], [['Arabian Sea'], null, 15.0, 65.0],
      [['Bay of Bengal'], null, 15.0, 88.0], [['South China Sea'], null, 12.0, 113.0], [['East China Sea'], null, 29.0, 125.0],
      [['Sea of Japan'], null, 40.0, 135.0], [['Yellow Sea'], null, 35.0, 123.0], [['Taiwan Strait'], null, 24.0, 119.5],
      [['Strait of Malacca', 'Malacca Strait'], null, 2.5, 101.3], [['Gulf of Mexico'], null, 25.0, -90.0],
      [['Baltic Sea'], null, 58.0, 20.0], [['North Sea'], null, 56.0, 3.0], [['Aegean Sea'], null, 39.0, 25.0],
      [['Dead Sea'], null, 31.5, 35.5], [['Aral Sea'], null, 45.0, 60.0], [['English Channel'], null, 50.2, -1.0],
    ] },
  { id: 'news-feature/lake', why: '"Fishermen on Lake Victoria", "the Lake Chad region": lakes; shared ones have no country',
    places: [
      [['Lake Victoria'], null, -1.0, 33.0], [['Lake Chad'], null, 13.0, 14.0], [['Lake Kivu'], null, -2.0, 29.2],
      [['Lake Tanganyika'], null, -6.0, 29.5], [['Lake Malawi', 'Lake Nyasa'], null, -12.0, 34.5], [['Lake Titicaca'], null, -15.8, -69.4],
      [['Lake Mead'], 'US', 36.25, -114.4], [['Lake Tahoe'], 'US', 39.1, -120.0], [['Lake Baikal'], 'RU', 53.5, 108.0],
      [['Sea of Galilee', 'Lake Tiberias'], 'IL', 32.8, 35.6],
      // lakes of travel and weather news; the Great Lakes US and Canada share, but Lake Michigan
      [['Lake Como'], 'IT', 46.0, 9.26], [['Lake Garda'], 'IT', 45.65, 10.67], [['Lake Lucerne'], 'CH', 47.0, 8.45], [['Lake Balaton'], 'HU', 46.83, 17.73],
      [['Loch Ness'], 'GB', 57.3, -4.45], [['Lake Van'], 'TR', 38.6, 42.9], [['Lake Urmia'], 'IR', 37.7, 45.3], [['Lake Tana'], 'ET', 12.0, 37.3],
      [['Lake Michigan'], 'US', 44.0, -87.0], [['Lake Superior'], null, 47.7, -87.5], [['Lake Huron'], null, 44.8, -82.4],
      [['Lake Erie'], null, 42.2, -81.2], [['Lake Ontario'], null, 43.7, -77.9], [['Great Salt Lake'], 'US', 41.17, -112.67],
      [['Lake Okeechobee'], 'US', 26.95, -80.83], [['Lake Powell'], 'US', 37.07, -111.24], [['Lake Pontchartrain'], 'US', 30.18, -90.1],
      [['Lake Winnipeg'], 'CA', 52.1, -97.3],
    ] },
  { id: 'news-feature/mountain', why: '"Climbers on Mount Kilimanjaro", "Mt. Kenya", "Mount Everest" (Nepal and China: none)',
    places: [
      [['Mount Everest', 'Mt. Everest', 'Mt Everest'], null, 27.99, 86.93], [['Mount Kilimanjaro', 'Mt. Kilimanjaro', 'Kilimanjaro'], 'TZ', -3.07, 37.35],
      [['Mount Kenya', 'Mt. Kenya', 'Mt Kenya'], 'KE', -0.15, 37.31], [['Mount Etna', 'Mt. Etna', 'Etna'], 'IT', 37.75, 14.99],
      [['Mount Vesuvius', 'Vesuvius'], 'IT', 40.82, 14.43], [['Mount Fuji', 'Mt. Fuji', 'Mt Fuji'], 'JP', 35.36, 138.73],
      [['Mount Merapi'], 'ID', -7.54, 110.45], [['Mount Rainier'], 'US', 46.85, -121.76], [['Mount Sinjar'], 'IQ', 36.37, 41.7],
      [['Mount Hermon'], null, 33.42, 35.86], [['Mount Elgon'], null, 1.13, 34.53],
      // volcanoes and peaks of the news: eruptions, climbers, wildfires
      [['Mount Hood', 'Mt. Hood', 'Mt Hood'], 'US', 45.37, -121.7], [['Mount St. Helens', 'Mount Saint Helens', 'Mt. St. Helens'], 'US', 46.19, -122.19],
      [['Mount Whitney'], 'US', 36.58, -118.29], [['Mount Rushmore'], 'US', 43.88, -103.46], [['Denali', 'Mount McKinley'], 'US', 63.07, -151.01],
      [['Mount Ararat'], 'TR', 39.7, 44.3], [['Mount Elbrus'], 'RU', 43.35, 42.44], [['Mount Agung'], 'ID', -8.34, 115.51],
      [['Mount Semeru'], 'ID', -8.11, 112.92], [['Mount Marapi'], 'ID', -0.38, 100.47], [['Mount Kinabalu'], 'MY', 6.08, 116.56],
      [['Mount Kanlaon'], 'PH', 10.41, 123.13], [['Mount Nyiragongo', 'Nyiragongo'], 'CD', -1.52, 29.25], [['Mount Taranaki'], 'NZ', -39.3, 174.06],
    ] },
  { id: 'news-feature/river', why: '"barges on the River Thames", "the Yangtze River", "crossing the Dnipro River": rivers, at a city they cross',
    places: [
      // written without "River" only where no town bears the bare name ("Dnipro", "Amazon", "Niger", "Jordan" do); the
      // country most of the river's course lies in (the Dnipro in Ukraine, the Congo in the DRC), none when no one holds most
      [['River Thames', 'Thames'], 'GB', 51.51, -0.12], [['River Seine', 'Seine River', 'Seine'], 'FR', 48.86, 2.35],
      [['Mississippi River'], 'US', 29.95, -90.07], [['Hudson River'], 'US', 40.75, -74.01], [['Potomac River'], 'US', 38.88, -77.05],
      [['Colorado River'], 'US', 36.1, -112.11], [['Yangtze River', 'Yangtze'], 'CN', 30.58, 114.29],
      [['Danube River', 'River Danube', 'Danube'], null, 47.5, 19.04], [['Rhine River', 'River Rhine', 'Rhine'], null, 50.94, 6.96],
      [['Nile River', 'River Nile', 'Nile'], null, 30.04, 31.23], [['Dnipro River', 'Dnieper River', 'River Dnipro', 'Dnieper'], 'UA', 50.45, 30.53],
      [['Euphrates River', 'River Euphrates', 'Euphrates'], null, 35.33, 40.14], [['Tigris River', 'River Tigris', 'Tigris'], null, 33.31, 44.37],
      [['Jordan River', 'River Jordan'], null, 32.0, 35.55], [['Mekong River', 'Mekong'], null, 11.56, 104.93],
      [['Ganges River', 'River Ganges', 'Ganges'], 'IN', 25.31, 83.01], [['Amazon River'], null, -3.13, -60.02],
      [['Congo River'], 'CD', -4.32, 15.31], [['Zambezi River', 'Zambezi'], null, -17.92, 25.86], [['Niger River', 'River Niger'], null, 13.51, 2.11],
    ] },
  { id: 'news-feature/island-cape-canal', why: '"off the Isle of Wight", "around the Cape of Good Hope", "the Suez Canal"',
    places: [
      [['Isle of Wight'], 'GB', 50.68, -1.3], [['Isle of Skye'], 'GB', 57.3, -6.2], [['Cape of Good Hope'], 'ZA', -34.36, 18.47],
      [['Cape Horn'], 'CL', -55.98, -67.27], [['Suez Canal'], 'EG', 30.6, 32.33], [['Panama Canal'], 'PA', 9.1, -79.7],
      [['Great Barrier Reef'], 'AU', -18.3, 147.7],
      // an island of news (wildfires, migrant boats, tourists) whose name no city bears (Wikipedia "Tenerife": 28°16′N 16°36′W)
      [['Tenerife'], 'ES', 28.27, -16.61],
    ] },
];
/**
 * Buildings and squares of the news, which the gazetteer's sources lack: seats of government ("talks at the White
 * House", "Protesters gathered outside the Kremlin") and squares of protest and celebration. A place when the text puts
 * something there; a seat (`seat`) that speaks or acts is its government, an organization ("The White House said",
 * "Downing Street declined to comment": ner/refine.ts, retypeSeatsOfGovernment). [names, country, lat, lon, seat].
 */
export const NEWS_LANDMARKS: readonly { id: string; why: string; places: readonly [string[], string, number, number, boolean][] }[] = [
  { id: 'news-landmark/seat', why: '"talks at the White House", "outside the Kremlin", "Downing Street said": seats of government',
    places: [
      [['White House'], 'US', 38.8977, -77.0365, true], [['Pentagon'], 'US', 38.8719, -77.0563, true],
      [['Kremlin'], 'RU', 55.752, 37.6175, true], [['Downing Street', 'Number 10', 'No 10', 'No. 10'], 'GB', 51.5034, -0.1276, true],
      [['Elysee Palace', 'Élysée Palace', 'Elysee', 'Élysée'], 'FR', 48.8704, 2.3167, true], [['Zhongnanhai'], 'CN', 39.9133, 116.3833, true],
      [['Quai d’Orsay', "Quai d'Orsay"], 'FR', 48.8619, 2.3117, true], [['Capitol Hill'], 'US', 38.8899, -77.0091, false],
      [['Westminster'], 'GB', 51.4995, -0.1248, false],
      // the British royal households, which speak as the seats do: "Kensington Palace said on Tuesday" was a person
      // (points from each palace's Wikipedia article)
      [['Buckingham Palace'], 'GB', 51.5014, -0.1419, true], [['Kensington Palace'], 'GB', 51.5058, -0.1876, true],
    ] },
  { id: 'news-landmark/square', why: '"crowds in Tahrir Square", "a rally on Red Square": squares of protest and celebration',
    places: [
      [['Tiananmen Square'], 'CN', 39.9055, 116.3976, false], [['Red Square'], 'RU', 55.7539, 37.6208, false],
      [['Tahrir Square'], 'EG', 30.0444, 31.2357, false], [['Trafalgar Square'], 'GB', 51.508, -0.1281, false],
      [['Times Square'], 'US', 40.758, -73.9855, false], [['Taksim Square'], 'TR', 41.037, 28.985, false],
      [['Wall Street'], 'US', 40.7064, -74.0094, false],
      // the Vatican's square, where crowds gather for the pope (Wikipedia "St. Peter's Square": 41°54′08″N 12°27′26″E)
      [["St. Peter's Square", "St Peter's Square", 'Saint Peter’s Square', "Saint Peter's Square"], 'VA', 41.9022, 12.4572, false],
    ] },
  // churches and shrines where popes, patriarchs and pilgrims make news; a saint's name in them is also a town's
  // ("St. Peter's" in Kent): "from the balcony of St. Peter's Basilica" was placed in Britain (points from each
  // building's Wikipedia article)
  { id: 'news-landmark/shrine', why: '"the central balcony of St. Peter\'s Basilica", "Mass at St Paul\'s Cathedral"',
    places: [
      [["St. Peter's Basilica", "St Peter's Basilica", "Saint Peter's Basilica", 'Saint Peter’s Basilica'], 'VA', 41.9022, 12.4533, false],
      [['Sistine Chapel'], 'VA', 41.9029, 12.4545, false],
      [["St Paul's Cathedral", "St. Paul's Cathedral", "Saint Paul's Cathedral"], 'GB', 51.5138, -0.0984, false],
      [['Westminster Abbey'], 'GB', 51.4993, -0.1273, false],
      [['Notre-Dame Cathedral', 'Notre Dame Cathedral', 'Notre-Dame de Paris'], 'FR', 48.853, 2.3499, false],
    ] },
];
let newsLandmark: Map<string, { country: string; lat: number; lon: number; seat: boolean }> | null = null;

/** The building or square of the news named `name` ("White House", "Red Square"): its country, point and whether it is a seat of government. */
export function lookupLandmark(name: string): { country: string; lat: number; lon: number; seat: boolean } | null {
  if (!newsLandmark) {
    newsLandmark = new Map();
    for (const r of NEWS_LANDMARKS) for (const [names, country, lat, lon, seat] of r.places) for (const n of names) newsLandmark.set(placeKeyRaw(n), { country, lat, lon, seat });
  }
  return newsLandmark.get(placeKey(name)) ?? null;
}

// keyed like the index ("Mt. Kenya" and "Mt Kenya" one key); made at the first lookup, as the key rules come below
let newsFeature: Map<string, { country: string | null; lat: number; lon: number }> | null = null;

/** The natural feature of the news named `name` ("Lake Chad", "Bab el-Mandeb strait"): its country (or null) and point. */
export function lookupFeature(name: string): { country: string | null; lat: number; lon: number } | null {
  if (!newsFeature) {
    newsFeature = new Map();
    for (const r of NEWS_FEATURES) for (const [names, country, lat, lon] of r.places) for (const n of names) newsFeature.set(placeKeyRaw(n), { country, lat, lon });
  }
  return newsFeature.get(placeKey(name)) ?? null;
}

/**
 * Towns named like a first-level division of their own country, in another division, too small for the gazetteer's
 * cities: "Indiana, Pennsylvania", "Georgia, Vermont", "Virginia, Minnesota". Written "<state>, <state>", two states
 * are a list ("Storms hit Georgia, Alabama, on Sunday"); only a town listed here is read as a town there (a city the
 * index holds, "Oregon, Ohio", "Delaware, Ohio", always is). [town, division it lies in, lat, lon] (GeoNames populated places).
 */
export const NAMESAKE_TOWNS: readonly { id: string; why: string; towns: readonly [string, string, number, number][] }[] = [
  { id: 'namesake-town/us-state-named', why: '"the selectboard of Georgia, Vermont", "a teacher from Indiana, Pennsylvania"',
    towns: [
      ['Georgia', 'Vermont', 44.73, -73.12], ['Indiana', 'Pennsylvania', 40.62, -79.15], ['Washington', 'Pennsylvania', 40.17, -80.25],
      ['Washington', 'North Carolina', 35.55, -77.05], ['Washington', 'Missouri', 38.56, -91.01], ['Washington', 'Iowa', 41.3, -91.69],
      ['Washington', 'Indiana', 38.66, -87.17], ['Washington', 'Georgia', 33.74, -82.74], ['Washington', 'New Jersey', 40.76, -74.98],
      ['Virginia', 'Minnesota', 47.52, -92.54], ['Nevada', 'Missouri', 37.84, -94.35], ['Nevada', 'Iowa', 42.02, -93.45],
      ['Florida', 'New York', 41.33, -74.36], ['California', 'Pennsylvania', 40.07, -79.89], ['Oregon', 'Wisconsin', 42.93, -89.38],
    ] },
];
// "<town>|<division>", lower case (every name above is plain ASCII)
const NAMESAKE_TOWN = new Map<string, [number, number]>();
for (const r of NAMESAKE_TOWNS) for (const [town, within, lat, lon] of r.towns) NAMESAKE_TOWN.set(`${town.toLowerCase()}|${within.toLowerCase()}`, [lat, lon]);

/**
 * A town of NAMESAKE_TOWNS named `name` in the division named `within`, with that division; else null. Asked only
 * where the two are no list ("Georgia, Vermont, and New Hampshire" is one), which places.ts decides.
 */
export function lookupNamesakeTown(name: string, within: string): { place: GazetteerEntry; within: GazetteerEntry } | null {
  const point = NAMESAKE_TOWN.get(`${normName(name)}|${normName(within)}`);
  const w = point ? lookupDivision(within) : null;
  if (!point || !w) return null;
  return { place: { kind: 'city', country: w.country, division: w.division, lat: point[0], lon: point[1], population: 0 }, within: w };
}

/**
 * English names of world cities that the gazetteer's sources list under another name, while a small namesake carries
 * the English one: "Geneva" alone was Geneva, Illinois (Genève is listed as such), "New York" the state (the city is
 * "New York City"). Looked up in place of the name; a qualified name ("Geneva, Ill.") still finds its namesake, and
 * "New York State" or "the state of New York" the state (places.ts).
 */
export const CITY_EXONYMS: readonly { id: string; why: string; names: Readonly<Record<string, string>> }[] = [
  { id: 'city-exonym/world', why: '"talks in Geneva", "NEW YORK (Reuters) —": the world city, not a namesake',
    names: { 'Geneva': 'Genève', 'New York': 'New York City', 'Kiev': 'Kyiv' } },
];
const CITY_EXONYM = new Map<string, string>();
for (const r of CITY_EXONYMS) for (const [english, listed] of Object.entries(r.names)) CITY_EXONYM.set(english.toLowerCase(), listed);

/**
 * Country names two countries share, with the one meant when the article says nothing of either: AP style writes
 * "Congo" for the Democratic Republic ("GOMA, Congo (AP) —"), the far bigger country and story; an article whose other
 * places lie in the Republic of the Congo ("Brazzaville", "Pointe-Noire") means that one (lookupPlaceInContext).
 */
export const SHARED_COUNTRY_NAMES: readonly { id: string; why: string; names: Readonly<Record<string, readonly string[]>> }[] = [
  { id: 'shared-country/congo', why: '"Congo\'s army said M23 rebels entered Goma": the DRC unless Brazzaville is named',
    names: { Congo: ['CD', 'CG'] } },
];

const SHARED_COUNTRY = new Map<string, readonly string[]>();
for (const r of SHARED_COUNTRY_NAMES) for (const [name, codes] of Object.entries(r.names)) SHARED_COUNTRY.set(name.toLowerCase(), codes);

/** A city outside the article's countries must be this big to be taken as meant (people): "Paris", not "Grad". */
const FOREIGN_CITY_MIN_POPULATION = 100_000;

/**
 * Territories whose towns a story names as those of the country holding them: a town of the territory counts as in
 * the article's countries when its holder is. "Rockets hit Smara, Moroccan officials in Rabat said": Smara lies in
 * Western Sahara (the gazetteer's EH, south of 27°40′N), which Morocco holds; the story names only Morocco.
 */
export const HELD_TERRITORIES: readonly { id: string; why: string; territories: Readonly<Record<string, readonly string[]>> }[] = [
  { id: 'held-territory/western-sahara', why: '"Polisario rockets hit Smara, officials in Rabat said": a town of Western Sahara in a Moroccan story',
    territories: { EH: ['MA'] } },
];
const HOLDERS = new Map<string, readonly string[]>();
for (const r of HELD_TERRITORIES) for (const [t, holders] of Object.entries(r.territories)) HOLDERS.set(t, holders);

/** Whether the article's countries hold `cc`: it is one of them, or a territory one of them holds (HELD_TERRITORIES). */
function isContextCountry(contextCountries: ReadonlySet<string>, cc: string): boolean {
  return contextCountries.has(cc) || (HOLDERS.get(cc)?.some((h) => contextCountries.has(h)) ?? false);
}
/**
 * A city this many times bigger than its namesake in the article's countries is still the one meant, unless the
 * article's places lie in the namesake's division: "Moscow" in a story that names the U.S. is Russia's, not Moscow,
 * Idaho (400 times smaller), "Athens" Greece's (5.2 times Athens, Georgia); "Birmingham" in that story is Alabama's
 * (England's is 4.6 times bigger).
 */
const WORLD_CITY_RATIO = 5;
/**
 * The same when another city the article names lies in the namesake's country: "Clashes erupted in Tripoli … the army
 * deployed in Tripoli" in a story datelined BEIRUT is Lebanon's Tripoli (Libya's is 5.0 times bigger), "Moscow"
 * beside Dallas stays Russia's (400 times Moscow, Idaho).
 */
const WORLD_CITY_RATIO_BESIDE_CITY = 20;
/** Namesake cities this close (hundredths of a degree, ~25 km) are one urban area: Kansas City, Missouri and Kansas. */
const TWIN_CITY_MAX_CENTI_DEGREES = 25;
/**
 * A city at least this big is meant by its bare name over the first-level division of the same name: "Washington"
 * (the capital, 0.6M) over the state, "Delhi" and "São Paulo" over theirs; "Victoria" (0.3M) stays the Australian state.
 */
const CITY_OVER_DIVISION_MIN_POPULATION = 500_000;
/**
 * A city in the article's countries at least this big is meant by its bare name over a division of that name abroad:
 * "Victoria" (British Columbia's capital, 0.29M) in a Canadian story is the city; "Ontario" (California, 0.17M) or
 * "Victoria" (Texas, 0.07M) in a US story is the Canadian province or the Australian state, unless the article's places
 * lie in the city's own state.
 */
const CITY_OVER_FOREIGN_DIVISION_MIN_POPULATION = 250_000;
/**
 * A division abroad is meant over a smaller namesake city at home, with no sign of its country in the article, only
 * when it is at least this big (the people of its gazetteer cities): the provinces and states world news name bare,
 * Ontario (12M), Victoria (7M), Florida (13M); not Durango (1M), nor England's counties (Norfolk, Kent: their towns
 * are listed under England), whose US namesakes in a US story ("returned to Norfolk", "schools in Kent") stay home.
 */
const FOREIGN_DIVISION_OVER_CITY_MIN_PEOPLE = 5_000_000;
const GAZETTEER_URL = packageFile('models/gazetteer.bin');
const FORMAT = 'news-extract gazetteer index 3';
/** Gazetteer kinds that are word classes, matched in any case ("spokesman", "brigade"). */
const WORD_CLASSES = new Set(['title', 'orghead', 'placehead', 'org']);
/** Phrase byte of a key: low 7 bits index the header's kind lists, this bit marks the leading part of a longer phrase. */
const PREFIX = 0x80;
/** lookupPlace's default: the name rules ask without an article's countries, many times a page. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();
/** The kinds of a token that matches nothing: shared, never written to. */
const NO_KINDS: readonly string[] = Object.freeze([]);

// Plain ASCII with single spaces (most names): lower case is all normalisation does; NFD and the regexes are slow.
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
// Plain letters and single spaces: the name's tokens are its words.
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function normRaw(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  // "Diyarbakır" is "Diyarbakir" in English copy: the dotless i has no accent to strip
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʻʿ`]/g, "'").replace(/ı/g, 'i').replace(/\s+/g, ' ').trim().toLowerCase();
}

// "St. Petersburg", "St Petersburg", "Saint Petersburg", "Sankt Gallen", "Ste-Foy": one key for the place's name.
// Only a whole word before a space or hyphen: "Main St." and "Stuttgart" are left alone.
const SAINT = /(^|[ -])(?:st\.?|saint|sankt)(?=[ -])/g;
const SAINTE = /(^|[ -])(?:ste\.?|sainte)(?=[ -])/g;
const MAYBE_SAINT = /(?:^|[ -])s(?:t|aint|ankt)/;

function saintForm(norm: string): string {
  return MAYBE_SAINT.test(norm) ? norm.replace(SAINT, '$1saint').replace(SAINTE, '$1sainte') : norm;
}

/** Normalised names kept (names repeat in an article and across a batch); the cache starts afresh past this. */
const MAX_NORM_CACHE = 20_000;
const normCache = new Map<string, string>();

/** "Ḩamāh" → "hamah", "Tala’a" → "tala'a". Memoised: the rules ask for the same names many times. */
export function normName(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = normRaw(s);
    if (normCache.size >= MAX_NORM_CACHE) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

// Transliteration noise in Arabic place names: "Ar Raqqah" / "Raqqa", "Al-Mayadin" / "Mayadin", "Ḩamāh" / "Hama".
const ARTICLE = /^(?:al|ar|as|an|ad|ath|at|az|el|ash|adh)[- ]/;
const fuzzyCache = new Map<string, string>();

/**
 * A loose key for transliterated names; only for lookups, never shown. Memoised like normName: every name the
 * gazetteer lacks ("Pentagon", "Talal Sallou") is looked up again by this key, each time the rules ask.
 */
export function fuzzyKey(s: string): string {
  let f = fuzzyCache.get(s);
  if (f === undefined) {
    f = fuzzyOfNorm(placeKey(s));
    if (fuzzyCache.size >= MAX_NORM_CACHE) fuzzyCache.clear();
    fuzzyCache.set(s, f);
  }
  return f;
}

/** The gazetteer's key of a name: normName with the forms of "Saint" made one. */
function placeKey(s: string): string {
  return saintForm(normName(s));
}

function placeKeyRaw(s: string): string {
  return saintForm(normRaw(s));
}

function fuzzyOfNorm(norm: string): string {
  return norm
    .replace(/'/g, '')
    .replace(ARTICLE, '')
    .replace(/-/g, ' ')
    .replace(/([aeiou])h\b/g, '$1')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Adds a name as a tagger phrase (its lower-case tokens, space-joined: "ras al ain") with its kind, and every
 * leading part ("ras al") to `prefixes`. Returns the phrase's token count; 0 when too long to match (over 5).
 */
function addPhrase(phrases: Map<string, string[]>, prefixes: Set<string>, name: string, kind: string): number {
  const toks = PLAIN_WORDS.test(name) ? name.toLowerCase().split(' ') : tokenize(name).map((t) => t.text.toLowerCase());
  if (!toks.length || toks.length > 5) return 0;
  const key = toks.join(' ');
  for (let k = 1; k < toks.length; k++) prefixes.add(toks.slice(0, k).join(' '));
  const kinds = phrases.get(key);
  if (!kinds) phrases.set(key, [kind]);
  else if (!kinds.includes(kind)) kinds.push(kind);
  return toks.length;
}

/**
 * FNV-1a over UTF-16 code units, with a final mix so that the low bits (the bucket) depend on every character.
 * Part of the file format: a change needs a new FORMAT and npm run build:gazetteer.
 */
function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** UTF-8 lead byte of a character by its length in bytes. */
const UTF8_LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

/**
 * Strings in a hash table of typed arrays: string k is bytes[start[k], start[k + 1]) in UTF-8 (names are mostly
 * ASCII: half the size of UTF-16), bucket b holds k from buckets[b] to buckets[b + 1]. One table is the file's
 * (the gazetteer keys), one is built at load (word classes).
 */
interface KeyTable {
  bytes: Uint8Array;
  start: Uint32Array;
  buckets: Uint32Array;
  mask: number;
}

/** The table of `keys` (distinct), and order[k]: which of `keys` is string k of the table. */
function makeKeyTable(keys: string[]): { table: KeyTable; order: number[] } {
  let size = 1;
  while (size < keys.length) size *= 2;
  const bucketOf = keys.map((k) => hashKey(k) & (size - 1));
  const order = keys.map((_, i) => i).sort((a, b) => bucketOf[a]! - bucketOf[b]! || a - b);
  const buckets = new Uint32Array(size + 1);
  for (const b of bucketOf) buckets[b + 1]!++;
  for (let b = 0; b < size; b++) buckets[b + 1]! += buckets[b]!;
  const encoded = order.map((i) => {
    // a lone surrogate would be written as U+FFFD and never found again
    if (/\p{Cs}/u.test(keys[i]!)) throw new InternalError(`gazetteer key ${JSON.stringify(keys[i])} is not well-formed UTF-16`);
    return Buffer.from(keys[i]!, 'utf8');
  });
  const start = new Uint32Array(keys.length + 1);
  encoded.forEach((b, k) => { start[k + 1] = start[k]! + b.length; });
  const bytes = new Uint8Array(start[keys.length]!);
  encoded.forEach((b, k) => bytes.set(b, start[k]!));
  return { table: { bytes, start, buckets, mask: size - 1 }, order };
}

/** The number of `key` in the table, or -1; `hash` is hashKey(key), when the caller has it already. Exported for tests. */
export function findKey(t: KeyTable, key: string, hash = hashKey(key)): number {
  const b = hash & t.mask;
  for (let k = t.buckets[b]!, end = t.buckets[b + 1]!; k < end; k++) if (isKey(t, k, key)) return k;
  return -1;
}

/** True when string k of the table is `key`, whose characters are encoded in UTF-8 as they are compared. */
function isKey(t: KeyTable, k: number, key: string): boolean {
  const bytes = t.bytes;
  const end = t.start[k + 1]!;
  let p = t.start[k]!;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end || bytes[p++] !== c) return false;
      continue;
    }
    const low = (c & 0xfc00) === 0xd800 ? key.charCodeAt(i + 1) : 0;
    if ((low & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      i++;
    }
    // a lead byte, then 6 bits a byte: "ā" (U+0101) is C4 81
    const n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (p + n > end || bytes[p++] !== (UTF8_LEAD[n]! | (c >> (6 * (n - 1))))) return false;
    for (let shift = 6 * (n - 2); shift >= 0; shift -= 6) if (bytes[p++] !== (0x80 | ((c >> shift) & 0x3f))) return false;
  }
  return p === end;
}

type SectionType = 'u8' | 'u16' | 'i16' | 'u32' | 'f64';
const ARRAY_TYPES = { u8: Uint8Array, u16: Uint16Array, i16: Int16Array, u32: Uint32Array, f64: Float64Array };

/** The file's first line: what the binary part holds and where. */
interface Header {
  format: string;
  about: string;
  /** ISO codes; an entry's or demonym's country is a position in this list plus one (0: none). */
  countries: string[];
  /** Entries are countries up to here, then world regions, divisions from firstDivision, cities from firstCity. */
  firstRegion: number;
  firstDivision: number;
  firstCity: number;
  /** GeoNames admin1 ids of the divisions ("US.TX"), in entry order; a city's division is a position here plus one. */
  divisions: string[];
  /** Tagger kinds of a phrase, by the low bits of its phrase byte: ["country"], ["city"], ["country", "city"] … */
  phraseKinds: string[][];
  /** Most tokens in a phrase. */
  maxPhrase: number;
  /** Hash buckets, a power of two. */
  buckets: number;
  /** Section name → [element type, byte offset after the header line, element count]. */
  sections: Record<string, [SectionType, number, number]>;
}

/**
 * The lookup index of a gazetteer, as written to models/gazetteer.bin: a JSON header line padded to 8 bytes, then
 * little-endian typed arrays, each 8-byte aligned:
 * - keys: every normalised name, loose (fuzzy) key, tagger phrase, leading part of a phrase and demonym, once each,
 *   in a KeyTable (`keyBytes`, `keyStart`, `bucketStart`).
 * - per key k: its entries, list[listStart[k], listStart[k + 1]), the first nameCount[k] by exact name, the others by
 *   loose key; `phrase` (tagger kinds and prefix bit) and `demonym` (country + 1, 0 none).
 * - per entry: `entryCountry` (country + 1, 0 none); countries', regions' and divisions' `placeLat`, `placeLon` (NaN:
 *   none); cities' `cityLat`, `cityLon` in hundredths of a degree, `cityPopulation` and `cityDivision` (division + 1,
 *   0 none); `capital`: the numbers of the cities that are national capitals.
 * Lists keep the order of the source (countries, world regions, divisions, then cities most populous first): lookups
 * rely on it.
 */
export function buildGazetteerIndex(src: GazetteerSource): Uint8Array {
  const countries: string[] = [];
  const countryNo = new Map<string, number>();
  const countryOf = (cc: string): number => {
    let no = countryNo.get(cc);
    if (no === undefined) countryNo.set(cc, (no = countries.push(cc)));
    return no;
  };
  const entryCountry: number[] = [];
  const byName = new Map<string, number[]>();
  const byFuzzy = new Map<string, number[]>();
  const demonyms = new Map<string, number>();
  const phrases = new Map<string, string[]>();
  const prefixes = new Set<string>();
  let maxPhrase = 1;
  const push = (m: Map<string, number[]>, k: string, e: number) => {
    const a = m.get(k);
    // two spellings of one entry with one key ("Québec", "Quebec") list it once
    if (a) { if (a[a.length - 1] !== e) a.push(e); }
    else m.set(k, [e]);
  };
  const phrase = (name: string, kind: string) => { maxPhrase = Math.max(maxPhrase, addPhrase(phrases, prefixes, name, kind)); };
  for (const [cc, names, dems] of src.countries) {
    const e = entryCountry.push(countryOf(cc)) - 1;
    for (const n of names) {
      push(byName, placeKeyRaw(n), e);
      push(byFuzzy, fuzzyOfNorm(placeKeyRaw(n)), e);
      phrase(n, 'country');
    }
    // a demonym two countries share goes to the later one
    for (const d of dems) {
      demonyms.set(normRaw(d), countryOf(cc));
      phrase(d, 'demonym');
    }
  }
  const firstRegion = entryCountry.length;
  for (const name of src.regions) push(byName, placeKeyRaw(name), entryCountry.push(0) - 1);
  const firstDivision = entryCountry.length;
  const divisionNo = new Map<string, number>();
  // by exact name only, and no tagger phrase: the tagger's features stay those it was trained with
  for (const [id, names, cc] of src.divisions) {
    const e = entryCountry.push(countryOf(cc)) - 1;
    divisionNo.set(id, e - firstDivision);
    for (const n of names) push(byName, placeKeyRaw(n), e);
  }
  const firstCity = entryCountry.length;
  const cityDivision: number[] = [];
  const capitals: number[] = [];
  for (const [name, cc, lat, lon, population, division, capital] of src.cities) {
    // "Shanghai" 31.22, 121.46: the build script rounds to hundredths, which 16 bits hold exactly
    const exact = (v: number) => Math.abs(v) <= 180 && Math.round(v * 100) / 100 === v;
    if (!exact(lat) || !exact(lon) || !(Number.isInteger(population) && population >= 0 && population < 2 ** 32)) {
      throw new InternalError(`gazetteer: ${name} (${lat}, ${lon}, population ${population}) does not fit the index`);
    }
    const e = entryCountry.push(countryOf(cc)) - 1;
    const d = division === null ? undefined : divisionNo.get(division);
    if (division !== null && d === undefined) throw new InternalError(`gazetteer: ${name} lies in ${division}, which is not a division`);
    cityDivision.push(d === undefined ? 0 : d + 1);
    if (capital) capitals.push(e - firstCity);
    push(byName, placeKeyRaw(name), e);
    push(byFuzzy, fuzzyOfNorm(placeKeyRaw(name)), e);
    phrase(name, 'city');
  }

  const keys = [...new Set([...byName.keys(), ...byFuzzy.keys(), ...phrases.keys(), ...prefixes, ...demonyms.keys()])].sort();
  const { table, order } = makeKeyTable(keys);
  const phraseKinds: string[][] = [[]];
  const kindsNo = new Map<string, number>([['', 0]]);
  const listStart = new Uint32Array(keys.length + 1);
  const nameCount = new Uint8Array(keys.length);
  const phraseByte = new Uint8Array(keys.length);
  const demonym = new Uint16Array(keys.length);
  const list: number[] = [];
  order.forEach((i, k) => {
    const key = keys[i]!;
    const names = byName.get(key) ?? [];
    list.push(...names, ...(byFuzzy.get(key) ?? []));
    listStart[k + 1] = list.length;
    nameCount[k] = names.length;
    const kinds = phrases.get(key) ?? [];
    let no = kindsNo.get(kinds.join());
    if (no === undefined) kindsNo.set(kinds.join(), (no = phraseKinds.push(kinds) - 1));
    phraseByte[k] = no | (prefixes.has(key) ? PREFIX : 0);
    demonym[k] = demonyms.get(key) ?? 0;
    if (names.length > 0xff) throw new InternalError(`gazetteer: more than 255 places named "${key}"`);
  });
  if (phraseKinds.length > PREFIX) throw new InternalError('gazetteer: more than 128 lists of phrase kinds');

  const countryType = countries.length <= 0xff ? 'u8' : 'u16';
  const sections: [string, SectionType, ArrayLike<number>][] = [
    // numbers first: their zero bytes near the start of the file tell git it is binary (no line diffs)
    ['keyStart', 'u32', table.start],
    ['bucketStart', 'u32', table.buckets],
    ['listStart', 'u32', listStart],
    ['nameCount', 'u8', nameCount],
    ['list', entryCountry.length <= 0xffff ? 'u16' : 'u32', list],
    ['phrase', 'u8', phraseByte],
    ['demonym', countryType, demonym],
    ['entryCountry', countryType, entryCountry],
    ['placeLat', 'f64', src.countries.map((c) => c[3] ?? NaN).concat(src.regions.map(() => NaN), src.divisions.map((d) => d[3]))],
    ['placeLon', 'f64', src.countries.map((c) => c[4] ?? NaN).concat(src.regions.map(() => NaN), src.divisions.map((d) => d[4]))],
    ['cityLat', 'i16', src.cities.map((c) => Math.round(c[2] * 100))],
    ['cityLon', 'i16', src.cities.map((c) => Math.round(c[3] * 100))],
    ['cityPopulation', 'u32', src.cities.map((c) => c[4])],
    ['cityDivision', 'u16', cityDivision],
    ['capital', 'u32', capitals],
    ['keyBytes', 'u8', table.bytes],
  ];
  const header: Header = {
    format: FORMAT, about: src.about, countries, firstRegion, firstDivision, firstCity, divisions: src.divisions.map((d) => d[0]), phraseKinds, maxPhrase, buckets: table.mask + 1, sections: {},
  };
  let size = 0;
  const parts = sections.map(([name, type, values]) => {
    const bytes = new Uint8Array(new ARRAY_TYPES[type](Array.from(values)).buffer);
    header.sections[name] = [type, size, values.length];
    const at = size;
    size += Math.ceil(bytes.length / 8) * 8;
    return { at, bytes };
  });
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.concat([json, Buffer.from(' '.repeat(7 - (json.length % 8)) + '\n')]);
  const out = new Uint8Array(head.length + size);
  out.set(head);
  for (const { at, bytes } of parts) out.set(bytes, head.length + at);
  return out;
}

interface Loaded {
  keys: KeyTable;
  listStart: Uint32Array;
  nameCount: Uint8Array;
  list: Uint16Array | Uint32Array;
  phrase: Uint8Array;
  demonym: Uint8Array | Uint16Array;
  entryCountry: Uint8Array | Uint16Array;
  placeLat: Float64Array;
  placeLon: Float64Array;
  cityLat: Int16Array;
  cityLon: Int16Array;
  cityPopulation: Uint32Array;
  cityDivision: Uint16Array;
  /** National capitals, by entry number. */
  capitals: ReadonlySet<number>;
  firstRegion: number;
  firstDivision: number;
  firstCity: number;
  countries: string[];
  divisions: string[];
  phraseKinds: string[][];
  /**
   * Word classes for the tagger (a title before a name, an organization or place head word after one): a few hundred
   * words from data/name-words.ts, indexed at load so that editing the lists needs no rebuild. Same phrase bytes.
   */
  words: KeyTable;
  wordPhrase: Uint8Array;
  wordKinds: string[][];
  maxPhrase: number;
}

let loaded: Loaded | null = null;

/** Reads an index made by buildGazetteerIndex (models/gazetteer.bin) into views on its bytes; nothing is copied. */
export function readGazetteerIndex(bytes: Uint8Array): Loaded {
  if (endianness() !== 'LE') throw new InternalError('the gazetteer index is little-endian; this machine is not');
  // typed views need their element alignment; a file read gets its own buffer, but a copy is cheap if not
  const buf = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const nl = buf.indexOf(10);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(0, nl))) as Header;
  if (header.format !== FORMAT) throw new InternalError(`gazetteer index: format "${header.format}", expected "${FORMAT}"`);
  const view = (name: string) => {
    const [type, offset, length] = header.sections[name]!;
    return new ARRAY_TYPES[type](buf.buffer as ArrayBuffer, buf.byteOffset + nl + 1 + offset, length);
  };
  const phrases = new Map<string, string[]>();
  const prefixes = new Set<string>();
  let maxPhrase = header.maxPhrase;
  const word = (w: string, kind: string) => { maxPhrase = Math.max(maxPhrase, addPhrase(phrases, prefixes, w, kind)); };
  // a one-letter title ("U", the Burmese honorific) is no feature for the tagger: a capital letter is an initial far
  // more often ("U. Chandana" lost its initial)
  for (const w of wordSet(...PERSON_TITLES)) if (w.length > 1) word(w, 'title');
  for (const w of wordSet(...ORG_HEADS)) word(w, 'orghead');
  for (const w of wordSet(...PLACE_HEADS)) word(w, 'placehead');
  for (const w of wordSet(KNOWN_ORGS)) word(w, 'org');
  const wordKeys = [...new Set([...phrases.keys(), ...prefixes])];
  const { table: words, order } = makeKeyTable(wordKeys);
  const wordKinds: string[][] = [[]];
  const kindsNo = new Map<string, number>([['', 0]]);
  const wordPhrase = new Uint8Array(order.map((i) => {
    const kinds = phrases.get(wordKeys[i]!) ?? [];
    let no = kindsNo.get(kinds.join());
    if (no === undefined) kindsNo.set(kinds.join(), (no = wordKinds.push(kinds) - 1));
    return no | (prefixes.has(wordKeys[i]!) ? PREFIX : 0);
  }));
  return {
    keys: { bytes: view('keyBytes') as Uint8Array, start: view('keyStart') as Uint32Array, buckets: view('bucketStart') as Uint32Array, mask: header.buckets - 1 },
    listStart: view('listStart') as Uint32Array,
    nameCount: view('nameCount') as Uint8Array,
    list: view('list') as Uint16Array | Uint32Array,
    phrase: view('phrase') as Uint8Array,
    demonym: view('demonym') as Uint8Array | Uint16Array,
    entryCountry: view('entryCountry') as Uint8Array | Uint16Array,
    placeLat: view('placeLat') as Float64Array,
    placeLon: view('placeLon') as Float64Array,
    cityLat: view('cityLat') as Int16Array,
    cityLon: view('cityLon') as Int16Array,
    cityPopulation: view('cityPopulation') as Uint32Array,
    cityDivision: view('cityDivision') as Uint16Array,
    capitals: new Set(Array.from(view('capital'), (c) => c + header.firstCity)),
    firstRegion: header.firstRegion,
    firstDivision: header.firstDivision,
    firstCity: header.firstCity,
    countries: header.countries,
    divisions: header.divisions,
    phraseKinds: header.phraseKinds,
    words,
    wordPhrase,
    wordKinds,
    maxPhrase,
  };
}

function load(): Loaded {
  return (loaded ??= readGazetteerIndex(readFileSync(GAZETTEER_URL)));
}

/** Entries named exactly `norm` (a normName), as a range of g.list; empty when none. */
function nameRange(g: Loaded, norm: string): [number, number] {
  const k = findKey(g.keys, norm);
  return k < 0 ? [0, 0] : [g.listStart[k]!, g.listStart[k]! + g.nameCount[k]!];
}

function entryAt(g: Loaded, e: number): GazetteerEntry {
  const cc = g.entryCountry[e]!;
  const country = cc ? g.countries[cc - 1]! : null;
  const c = e - g.firstCity;
  if (c >= 0) {
    const d = g.cityDivision[c]!;
    return {
      kind: 'city', country, division: d ? g.divisions[d - 1]! : null,
      lat: g.cityLat[c]! / 100, lon: g.cityLon[c]! / 100, population: g.cityPopulation[c]!,
    };
  }
  const lat = g.placeLat[e]!;
  const lon = g.placeLon[e]!;
  return {
    kind: e < g.firstRegion ? 'country' : 'region',
    country,
    division: e >= g.firstDivision ? g.divisions[e - g.firstDivision]! : null,
    lat: Number.isNaN(lat) ? null : lat,
    lon: Number.isNaN(lon) ? null : lon,
    population: Infinity,
  };
}

/** Entries named `name`: exactly, else by loose key ("Ar Raqqah" for "Raqqa"), as a range of g.list; empty when none. */
function entriesNamed(g: Loaded, name: string): [number, number] {
  const range = nameRange(g, placeKey(name));
  if (range[0] < range[1]) return range;
  const k = findKey(g.keys, fuzzyKey(name));
  return k < 0 ? range : [g.listStart[k]! + g.nameCount[k]!, g.listStart[k + 1]!];
}

/**
 * What an article's other places say about where a name lies: the countries they name or lie in, and the first-level
 * divisions. Built by places.ts from every place of the article but the one looked up.
 */
export interface PlaceContext {
  /** ISO codes: countries named ("Syria"), by demonym ("Syrian"), or holding a named city or division ("Atlanta"). */
  countries: ReadonlySet<string>;
  /** Division ids named ("Florida" → "US.FL") or holding a named city ("Tampa" → "US.FL"). */
  divisions: ReadonlySet<string>;
  /** Division ids named as such ("Alabama", "Oregon"), not only holding a city: a state's name beside its sibling states. */
  namedDivisions: ReadonlySet<string>;
  /** ISO codes of countries where another city the article names lies ("Beirut" → "LB"): stronger than a name or demonym. */
  cityCountries?: ReadonlySet<string>;
}

/**
 * The gazetteer entry a place name refers to, or null. Countries and world regions win ("Georgia" alone is the
 * country); then a first-level division ("Texas"), unless a big city has its name or only the city lies in the
 * article's countries; among cities, one in a country the article mentions wins ("Homs" in a Syria story), else the
 * most populous when it dwarfs the others of that name.
 */
export function lookupPlace(name: string, contextCountries: ReadonlySet<string> = NO_COUNTRIES): GazetteerEntry | null {
  return lookupPlaceInContext(name, { countries: contextCountries, divisions: NO_COUNTRIES, namedDivisions: NO_COUNTRIES });
}

/**
 * lookupPlace with the article's divisions too. A name that is a country's and a division's is the division when the
 * article's other places lie in it or name its sibling divisions, and none lies in the country: "Georgia" in a story
 * datelined ATLANTA, or beside "Oregon" and "Indiana", is the US state; beside "Tbilisi" the country. Among cities of
 * one name, one in the article's divisions wins whatever its size ("Naples" beside Tampa and Sarasota is Naples,
 * Florida), then one in its countries, unless a namesake elsewhere is WORLD_CITY_RATIO times bigger.
 */
export function lookupPlaceInContext(name: string, context: PlaceContext): GazetteerEntry | null {
  const region = NEWS_REGION.get(normName(name));
  if (region) return { ...region };
  const exonym = CITY_EXONYM.get(normName(name));
  if (exonym) return lookupPlaceInContext(exonym, context);
  const contextCountries = context.countries;
  const g = load();
  const [from, to] = entriesNamed(g, name);
  if (from === to) return null;
  const { list, firstDivision, firstCity } = g;
  const shared = SHARED_COUNTRY.get(normName(name));
  for (let i = from; i < to; i++) {
    let e = list[i]!;
    if (e >= firstDivision) continue;
    if (shared) e = sharedCountry(g, from, to, shared, contextCountries) ?? e;
    const state = e < g.firstRegion ? sameNamedDivision(g, from, to, context) : -1;
    return entryAt(g, state >= 0 && !contextCountries.has(g.countries[g.entryCountry[e]! - 1]!) ? state : e);
  }
  const inContext = (e: number) => contextCountries.has(g.countries[g.entryCountry[e]! - 1]!);
  // two divisions of one name: the one the article's places lie in ("Punjab" beside Lahore), else the one in its
  // countries, else the first
  const inDivisions = (e: number) => context.divisions.has(g.divisions[e - firstDivision]!);
  let division = -1;
  for (let i = from; i < to; i++) {
    const e = list[i]!;
    if (e >= firstCity) continue;
    if (division < 0 || (!inDivisions(division) && (inDivisions(e) || (!inContext(division) && inContext(e))))) division = e;
  }
  const city = bestCity(g, from, to, context);
  if (division < 0) return city < 0 ? null : entryAt(g, city);
  // A name shared by a first-level division and a big city is the big city: "Washington" in a story that also names
  // Chicago is the capital, not Washington, Illinois (15k) nor the state; a small namesake in the article's own
  // divisions wins only names without such a city ("Naples" beside Tampa).
  // The division keeps the name only when the article's places lie in it ("across Washington, officials in Seattle
  // said"): siblings named beside it are not enough here ("WASHINGTON (Reuters) - … Speaker Mike Johnson of
  // Louisiana" is the capital).
  const big = biggestCity(g, from, to);
  if (big >= 0 && g.cityPopulation[big - firstCity]! >= CITY_OVER_DIVISION_MIN_POPULATION) return entryAt(g, inDivisions(division) ? division : big);
  // "Washington" is the capital, "Victoria" in a Canadian story the city, "Victoria" elsewhere the Australian state.
  // A namesake in the article's countries is meant over a division abroad whose country the article gives no sign of
  // (no name, demonym or place of it), unless the division is one of the big provinces or states world news name bare
  // and the city small and outside the article's divisions: "wildfires in Ontario" in a story naming New York is the
  // province, "Ontario" beside Riverside the Californian city ("Ontario, Calif." is settled by its qualifier,
  // places.ts); "returned to Norfolk" in a US Navy story is Norfolk, Virginia, not the English county, "near Durango"
  // in a US storm story Durango, Colorado.
  const cityPop = city >= 0 ? g.cityPopulation[city - firstCity]! : 0;
  const cityDivision = city >= 0 ? g.cityDivision[city - firstCity]! : 0;
  const inArticleDivision = cityDivision > 0 && context.divisions.has(g.divisions[cityDivision - 1]!);
  const bigAbroad = () => divisionPeople(g)[division - firstDivision]! >= FOREIGN_DIVISION_OVER_CITY_MIN_PEOPLE;
  if (city >= 0 && (cityPop >= CITY_OVER_DIVISION_MIN_POPULATION ||
    (inContext(city) && !inContext(division) && (cityPop >= CITY_OVER_FOREIGN_DIVISION_MIN_POPULATION || inArticleDivision || !bigAbroad())))) {
    return entryAt(g, city);
  }
  return entryAt(g, division);
}

let peopleOf: { g: Loaded; people: Float64Array } | null = null;
/** People of each first-level division (by its index in g.divisions): the sum of its gazetteer cities, made once. */
function divisionPeople(g: Loaded): Float64Array {
  if (peopleOf?.g === g) return peopleOf.people;
  const people = new Float64Array(g.divisions.length);
  for (let c = 0; c < g.cityPopulation.length; c++) {
    const d = g.cityDivision[c]!;
    if (d) people[d - 1]! += g.cityPopulation[c]!;
  }
  peopleOf = { g, people };
  return people;
}

/**
 * The country entry of g.list[from, to) a shared name means (SHARED_COUNTRY_NAMES): the first of `codes` among the
 * article's countries, else the first of `codes`; undefined when the list holds none of them.
 */
function sharedCountry(g: Loaded, from: number, to: number, codes: readonly string[], contextCountries: ReadonlySet<string>): number | undefined {
  const want = codes.find((cc) => contextCountries.has(cc)) ?? codes[0];
  for (let i = from; i < to; i++) {
    const e = g.list[i]!;
    if (e < g.firstRegion && g.countries[g.entryCountry[e]! - 1] === want) return e;
  }
  return undefined;
}

/**
 * The division entry of g.list[from, to) that the context points to (lookupPlaceInContext), or -1: one the article's
 * places lie in, or a sibling of a division the article names.
 */
function sameNamedDivision(g: Loaded, from: number, to: number, context: PlaceContext): number {
  if (!context.divisions.size) return -1;
  for (let i = from; i < to; i++) {
    const e = g.list[i]!;
    if (e < g.firstDivision || e >= g.firstCity) continue;
    const id = g.divisions[e - g.firstDivision]!;
    if (context.divisions.has(id)) return e;
    const cc = g.countries[g.entryCountry[e]! - 1]!;
    for (const d of context.namedDivisions) if (d !== id && d.startsWith(cc) && d[cc.length] === '.') return e;
  }
  return -1;
}

/** The most populous city entry of g.list[from, to), the first of equals; -1 when none is a city. */
function biggestCity(g: Loaded, from: number, to: number): number {
  let top = -1;
  for (let i = from; i < to; i++) {
    const e = g.list[i]!;
    if (e >= g.firstCity && (top < 0 || g.cityPopulation[e - g.firstCity]! > g.cityPopulation[top - g.firstCity]!)) top = e;
  }
  return top;
}

/** The city entry of g.list[from, to) a bare name means (lookupPlace), or -1; entries that are no city are skipped. */
function bestCity(g: Loaded, from: number, to: number, context: PlaceContext): number {
  const { list, entryCountry, firstCity } = g;
  const contextCountries = context.countries;
  const pop = (e: number) => g.cityPopulation[e - firstCity]!;
  // the most populous city in one of the article's divisions, then in one of its countries, the first of equals
  let inDivision = -1;
  let local = -1;
  let top = -1;
  let count = 0;
  for (let i = from; i < to; i++) {
    const e = list[i]!;
    if (e < firstCity) continue;
    count++;
    const cc = entryCountry[e]!;
    const d = g.cityDivision[e - firstCity]!;
    if (d && context.divisions.has(g.divisions[d - 1]!) && (inDivision < 0 || pop(e) > pop(inDivision))) inDivision = e;
    if (cc && isContextCountry(contextCountries, g.countries[cc - 1]!) && (local < 0 || pop(e) > pop(local))) local = e;
    // the most populous city, the first of equals
    if (top < 0 || pop(e) > pop(top)) top = e;
  }
  if (inDivision >= 0) return inDivision;
  if (local >= 0) {
    const ratio = context.cityCountries?.has(g.countries[entryCountry[local]! - 1]!) ? WORLD_CITY_RATIO_BESIDE_CITY : WORLD_CITY_RATIO;
    return pop(top) >= ratio * pop(local) && pop(top) >= FOREIGN_CITY_MIN_POPULATION ? top : local;
  }
  if (top < 0) return -1;
  // and the population of the next one
  let second = -Infinity;
  for (let i = from; i < to; i++) if (list[i]! >= firstCity && list[i] !== top && pop(list[i]!) > second) second = pop(list[i]!);
  // a Syria story's "Grad" is not the small Slovenian town: outside the article's countries only big cities count, and
  // national capitals whatever their size ("talks in Valletta", "Thimphu": GeoNames counts the city proper)
  if (contextCountries.size && pop(top) < FOREIGN_CITY_MIN_POPULATION && !g.capitals.has(top)) return -1;
  // "Paris" (2.1M, FR) over Paris, Texas (25k): a name is unambiguous when one place dwarfs its namesakes.
  if (count === 1 || pop(top) >= 10 * second) return top;
  // "Kansas City" (Missouri, 508k) and Kansas City, Kansas (152k) across the river: namesakes that make one urban
  // area are one place, the biggest; "Springfield" (Illinois, Missouri, Massachusetts) stays unresolved
  const near = (e: number) => Math.abs(g.cityLat[e - firstCity]! - g.cityLat[top - firstCity]!) <= TWIN_CITY_MAX_CENTI_DEGREES &&
    Math.abs(g.cityLon[e - firstCity]! - g.cityLon[top - firstCity]!) <= TWIN_CITY_MAX_CENTI_DEGREES;
  for (let i = from; i < to; i++) if (list[i]! >= firstCity && !near(list[i]!)) return -1;
  return top;
}

/**
 * The division an abbreviation after a city stands for, when the gazetteer lacks the city: "Bristow, VA" is in
 * Virginia even though Bristow is unknown. The first full name that is a first-level division ("WA" → Washington).
 */
export function lookupDivisionAbbreviation(abbreviation: string): GazetteerEntry | null {
  for (const f of DIVISION_ABBREVIATION.get(abbreviation) ?? []) {
    const found = lookupDivision(f);
    if (found) return found;
  }
  return null;
}

/**
 * The first-level division named `name`, or null: "the state of New York" is the state, not the city. Of two divisions
 * of one name, one in `countries` (the article's) wins: "Punjab province" in a story about Pakistan is Pakistan's.
 */
export function lookupDivision(name: string, countries: ReadonlySet<string> = NO_COUNTRIES): GazetteerEntry | null {
  const g = load();
  const [from, to] = nameRange(g, placeKey(name));
  let first = -1;
  for (let j = from; j < to; j++) {
    const w = g.list[j]!;
    if (w < g.firstDivision || w >= g.firstCity) continue;
    if (first < 0) first = w;
    if (!countries.size) break;
    if (countries.has(g.countries[g.entryCountry[w]! - 1]!)) return entryAt(g, w);
  }
  return first >= 0 ? entryAt(g, first) : null;
}

/**
 * "Paris, Texas", "London, Ontario", "Tbilisi, Georgia": the most populous city named `name` inside the place named
 * `within` (a first-level division or a country), with the reading of `within` that holds it ("Georgia" is the US
 * state for "Athens", the country for "Tbilisi"; countries are tried first). Null when the gazetteer has no city of
 * that name there: "Springfield, Narnia" resolves nothing.
 */
export function lookupPlaceWithin(name: string, within: string): { place: GazetteerEntry; within: GazetteerEntry } | null {
  // "Paris, Tex.", "Austin, TX": the abbreviation's full names, in turn
  const full = DIVISION_ABBREVIATION.get(within);
  if (full) {
    for (const f of full) {
      const found = lookupPlaceWithin(name, f);
      if (found) return found;
    }
    return null;
  }
  const g = load();
  const [wFrom, wTo] = nameRange(g, placeKey(within));
  if (wFrom === wTo) return null;
  // "Geneva, Switzerland": the city is listed by its own name (CITY_EXONYMS, "Genève"), as lookupPlace reads it
  const exonym = CITY_EXONYM.get(normName(name));
  if (exonym) return lookupPlaceWithin(exonym, within);
  const [from, to] = entriesNamed(g, name);
  const { list, firstRegion, firstDivision, firstCity } = g;
  const pop = (e: number) => g.cityPopulation[e - firstCity]!;
  for (let j = wFrom; j < wTo; j++) {
    const w = list[j]!;
    // a city or a world region ("Middle East") is not taken as the qualifier of a city
    if (w >= firstCity || (w >= firstRegion && w < firstDivision)) continue;
    const division = w >= firstDivision ? w - firstDivision + 1 : 0;
    let best = -1;
    for (let i = from; i < to; i++) {
      const e = list[i]!;
      if (e < firstCity) continue;
      if (division ? g.cityDivision[e - firstCity] !== division : g.entryCountry[e] !== g.entryCountry[w]) continue;
      if (best < 0 || pop(e) > pop(best)) best = e;
    }
    if (best >= 0) return { place: entryAt(g, best), within: withinEntry(g, w, within) };
  }
  return null;
}

/**
 * The place a qualifier names: a region of the news rather than the country it lies in, when the country has its name
 * too. "RAMALLAH, West Bank (AP) —" finds Ramallah in Palestine, and the West Bank stays the territory, not the state.
 */
function withinEntry(g: Loaded, w: number, within: string): GazetteerEntry {
  const entry = entryAt(g, w);
  const region = NEWS_REGION.get(normName(within));
  return region && entry.kind === 'country' && region.country === entry.country ? { ...region } : entry;
}

/** Country code of a demonym ("Syrian" → "SY"), else null. */
export function countryOfDemonym(word: string): string | null {
  const g = load();
  const k = findKey(g.keys, normName(word));
  const cc = k < 0 ? 0 : g.demonym[k]!;
  return cc ? g.countries[cc - 1]! : null;
}

/** Country code of a country name ("Syria", "U.S." → "SY", "US"), else null. */
export function countryOfName(name: string): string | null {
  const g = load();
  const [from, to] = nameRange(g, placeKey(name));
  for (let i = from; i < to; i++) {
    const e = g.list[i]!;
    if (e < g.firstRegion) return g.countries[g.entryCountry[e]! - 1]!;
  }
  return null;
}

/** True for a region of the news (NEWS_REGIONS), spelled exactly: "Darfur", "Tigray", "Donbas". */
export function isNewsRegion(name: string): boolean {
  return NEWS_REGION.has(name.toLowerCase());
}

/** True for a country or world region's name, spelled exactly: "Middle East", "Syria"; not "Texas" (a division). */
export function isCountryOrRegion(name: string): boolean {
  const g = load();
  const [from, to] = nameRange(g, placeKey(name));
  for (let i = from; i < to; i++) if (g.list[i]! < g.firstDivision) return true;
  return false;
}

/**
 * True for the exact name of a country, world region or first-level division: "New South Wales", "Texas", "Syria";
 * not a city ("Paris") nor a loose spelling. Tells a place the tagger split or joined ("New" + "South Wales").
 */
export function isRegionName(name: string): boolean {
  const g = load();
  const [from, to] = nameRange(g, placeKey(name));
  for (let i = from; i < to; i++) if (g.list[i]! < g.firstCity) return true;
  return false;
}

/** True when the gazetteer holds a place of this name (or loose spelling), of any kind and country: "Hama", "Texas". */
export function isPlaceName(name: string): boolean {
  const [from, to] = entriesNamed(load(), name);
  return from < to;
}

/** Tagger features: which gazetteer phrases cover each token ("kind:B" at the first token, "kind:I" after). */
export const matchGazetteer: GazetteerMatcher = (words) => {
  const g = load();
  const lowers = words.map((w) => w.toLowerCase());
  // most tokens match nothing and share one empty list; a token's own list is made at its first match
  const out = new Array<string[]>(lowers.length).fill(NO_KINDS as string[]);
  const mark = (kinds: readonly string[], capital: boolean, i: number, len: number) => {
    for (const k of kinds) {
      if (!capital && !WORD_CLASSES.has(k)) continue;
      for (let j = i; j < i + len; j++) {
        const feature = k + (j === i ? ':B' : ':I');
        if (out[j] === NO_KINDS) out[j] = [feature];
        else out[j]!.push(feature);
      }
    }
  };
  for (let i = 0; i < lowers.length; i++) {
    // a place name starts with a capital: "split" and "mobile" are words, "Split" and "Mobile" may be cities
    const capital = words[i]![0] !== lowers[i]![0];
    let key = '';
    for (let len = 1; len <= g.maxPhrase && i + len <= lowers.length; len++) {
      key = len === 1 ? lowers[i]! : key + ' ' + lowers[i + len - 1]!;
      const hash = hashKey(key);
      const k = findKey(g.keys, key, hash);
      const w = findKey(g.words, key, hash);
      const p = k < 0 ? 0 : g.phrase[k]!;
      const q = w < 0 ? 0 : g.wordPhrase[w]!;
      if (!(p & ~PREFIX) && !(q & ~PREFIX)) {
        if (!(p & PREFIX) && !(q & PREFIX)) break;
        continue;
      }
      // the gazetteer's kinds before the word classes, as the features were trained
      mark(g.phraseKinds[p & ~PREFIX]!, capital, i, len);
      mark(g.wordKinds[q & ~PREFIX]!, capital, i, len);
    }
  }
  return out;
};
