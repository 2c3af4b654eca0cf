// Places of an article (extract stage): groups place names into one place each, typed and located by the gazetteer.
import type { Mention, Place } from '../doc.js';
import {
  countryOfDemonym, countryOfName, divisionNamesOf, isPlaceName, isRegionName, lookupDivision, lookupDivisionAbbreviation, lookupFeature, lookupLandmark, lookupNamesakeTown, lookupPlace, lookupPlaceInContext, lookupPlaceWithin, normName,
  type GazetteerEntry, type PlaceContext,
} from './gazetteer.js';
import type { RefinedName } from './ner/index.js';
import { isCommonLexiconWord } from './nlp.js';
import { LOCATIVE_PREPOSITIONS, PLACE_HEADS, PLACE_HEAD_MODIFIERS, ruleById, wordSet, type WordRule } from './data/name-words.js';
import { BODY_LOCATIVES, DIRECTION_TAILS, QUALIFIER_END_WORDS, QUALIFIER_NOUNS, QUARTER_NOUNS, RIVER_LEADS, SUBJECT_ACTS, WATER_DIRECTIONS, FACILITY_BODY_HEADS, FACILITY_OF_NAME_LEADS, FEATURE_NAME_LEADS, FEATURE_OF_NAME_LEADS, DIRECTION_LEADS, METRO_LEADS, WATER_HEADS, US_STATE_PARTY_WORDS, placePartNouns } from './data/place-words.js';

/** Words of a facility's name before its head that are no part of the town it is named after. */
const FACILITY_NAME_WORDS: WordRule = {
  id: 'place-base/facility-words', why: '"the Zaporizhzhia nuclear power plant" is named after Zaporizhzhia',
  words: ['nuclear', 'hydroelectric', 'thermal', 'station'],
};
const HEAD_WORDS = new Set([...wordSet(...PLACE_HEADS), ...wordSet(PLACE_HEAD_MODIFIERS, FACILITY_NAME_WORDS)].flatMap((w) => w.split(' ')));

/**
 * Head words after a name that make it a first-level division, singular or plural: "the Kharkiv region", "Idlib
 * province", "Katsina state", "the Luhansk and Donetsk regions". The gazetteer lists a division under its bare name
 * or, when a city has that name, under the name and one of these words ("Kharkiv Oblast", "Idlib Governorate",
 * "Katsina State"): findDivision tries them all, so that news' word need not be the gazetteer's.
 */
const DIVISION_HEADS: WordRule = {
  id: 'place-head/division', why: '"drones struck villages in the Kharkiv region", "Idlib province", "Kano state"',
  words: ['state', 'province', 'region', 'oblast', 'governorate', 'krai', 'prefecture', 'county', 'department'],
};
const DIVISION_HEAD = wordSet(DIVISION_HEADS);
// "Kharkiv region", "Sumy and Chernihiv regions" (the first of a pair takes the head after the second)
const DIVISION_AFTER = /^\s+(?:(?:and|or|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(\p{Ll}+)/u;
// "drone attacks on the Kharkiv, Poltava, Sumy and Dnipropetrovsk regions": every member of a longer list joined by
// commas and a last "and"/"or" takes the plural head after the last (Kharkiv and Poltava were read as the cities). The
// conjunction is needed: "Pokrovsk, Donetsk region" is a town and the region it lies in
const DIVISION_LIST_AFTER = /^(?:,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?){1,8},?[ \t]+(?:and|or|&)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]+(\p{Ll}+s)(?![\p{L}-])/u;

/**
 * Lead words written before "of" and a place that make the whole a feature, not the place: "the Gulf of Mexico" is
 * no part of Mexico, "the Sea of Japan" none of Japan. Written as one name when the tagger splits it.
 */
const FEATURE_LEADS: WordRule = {
  id: 'place-lead/feature-of', why: '"hurricane season in the Gulf of Mexico", "the Sea of Azov", "the Strait of Hormuz"',
  words: ['gulf', 'sea', 'strait', 'straits', 'bay', 'isle', 'cape', 'lake', 'mount', 'mt', 'mt.'],
};
const FEATURE_LEAD = wordSet(FEATURE_LEADS);
// "Gulf of ", "Sea of the " right before a name; "Mount ", "Mt. ", "Lake " right before it
const FEATURE_LEAD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}*\.?)\s+(?:of\s+(?:the\s+)?)?$/u;
const WATER_HEAD = wordSet(WATER_HEADS);
// "Nuba Mountains of Sudan", "the Rift Valley of Kenya": a feature, then the country it lies in
const FEATURE_OF_COUNTRY = /^(.+?\s(\p{L}+))\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;
/**
 * Words between a neighbourhood and the city it lies in: "the Shejaiya neighbourhood of Gaza City", "Soho in London",
 * "Deir al-Balah in central Gaza". The neighbourhood takes the city's country when the gazetteer lacks it.
 */
// "the village of Novooleksandrivka in the Donetsk region": "the" before a region named by its head ("the Donetsk region")
const PART_OF_PLACE = new RegExp(`^\\s+(?:(?:${placePartNouns('part-of').join('|')})\\s+)?(?:of|in)\\s+(?:the\\s+)?(?:(?:central|northern|southern|eastern|western|north|south|east|west|downtown)\\s+)?$`, 'i');
// "Ben Gurion Airport near Tel Aviv", "the Saky air base outside Simferopol": the town a facility serves
const FACILITY_NEAR = /^\s+(?:near|outside)\s+(?:(?:central|northern|southern|eastern|western)\s+)?$/i;
/** Feature heads before "of <Country>": PLACE_HEADS' features and a few more. */
const FEATURE_OF_HEADS: WordRule = {
  id: 'place-head/feature-of-country', why: '"the Sinai Peninsula of Egypt", "the Atlas Mountains of Morocco"',
  words: ['peninsula', 'plateau', 'highlands', 'coast', 'delta', 'basin'],
};
const FEATURE_HEAD = new Set([...wordSet(...PLACE_HEADS.filter((r) => r.kind === 'feature')), ...wordSet(FEATURE_OF_HEADS)]);
// "Argentina's Cordoba", "In Spain, Cordoba": a country just before the name
const COUNTRY_BEFORE = /^(?:['’]s|,)[ \t]+$/;
// "Iraq's semi-autonomous ", "Nigeria's northeastern ": a country's possessive, up to two describing words after it
const COUNTRY_OWNS = /^['’]s(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2}[ \t]+$/u;
// "Mumbai's Andheri", "Beirut’s Dahiyeh": a place owned by the one before it
const POSSESSIVE_GLUE = /^['’]s[ \t]+$/;
// "the Bijapur district of Chhattisgarh", "Sukma district in Chhattisgarh state": a second-level division's head,
// then the first-level division it lies in
const DIVISION_PART_OF = new RegExp(`^[ \\t]+(?:${placePartNouns('division-of').join('|')})[ \\t]+(?:of|in)[ \\t]+(?:the[ \\t]+)?$`, 'i');
// "Bijapur district": the head word right after a name, which the gazetteer writes "Bijapur District"
const DISTRICT_AFTER = /^[ \t]+district\b/i;
// "in Sweden's …", "near Mumbai's …": a place's preposition before the owner, which makes the owned name a place
const LOCATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${LOCATIVE_PREPOSITIONS.words.join('|')})[ \\t]+$`, 'iu');
// "Hyderabad in Pakistan's Sindh province": the place the name lies in just after it
const PLACE_AFTER_IN = /^[ \t]+in[ \t]+(?:the[ \t]+)?$/;
const DIRECTION_TAIL = wordSet(DIRECTION_TAILS);
// "the Niger and Benue rivers": names before a plural feature head are features, not the country and state of their name
const FEATURES_AFTER = /^\s+(?:(?:and|or|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:rivers|lakes)\b/u;
// between the members of a list of places: "Quebec and Ontario", "Alberta, Quebec"
const LIST_GLUE = /^(?:,[ \t]+|[ \t]+(?:and|or|&)[ \t]+|,[ \t]*(?:and|or|&)[ \t]+)$/;
// "In Nairobi, police dispersed protesters in Kibera": a sentence that opens on its city
const SENTENCE_OPENS_IN = /(?:^|\n[ \t]*|[.!?]["”’]?[ \t]+)In[ \t]+$/;
// "In Paris, Macron has said", "In London, Starmer has also warned": a person's act or speech after a one-word name
const SUBJECT_ACT_AFTER = new RegExp(`^[ \\t]+(?:(?:has|have|had|will|would|also|has[ \\t]+also|had[ \\t]+also)[ \\t]+)?(?:${SUBJECT_ACTS.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}-])`, 'u');
// one word: "Macron", "Starmer"
const ONE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
// "the Rio Grande", "the Río Negro": a river (Spanish and Portuguese "rio"); one word after it, so "the Rio Grande do Sul"
// (a state) is not one
const THE_RIO = /(?:^|[^\p{L}])the\s+R[ií]o\s+\p{Lu}[\p{L}'’-]*$/u;
// a lower-case particle inside a place name: "Rio Grande do Sul", "Mocimboa da Praia", "Surigao del Sur"
const PARTICLE_TAIL = /^\s+(?:da|do|dos|das|de|del|de la|de las|de los)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/u;
// Between a city and the division or country that qualifies it: "Paris, Texas", "Alexandria, Virginia".
const QUALIFIER_GLUE = /^,[ \t]*$/;
/**
 * What may follow a qualifying state or country: punctuation, a line's end or a conjunction ("Lake City, Florida,
 * police said", "Govandi, Mumbai, where", "Mount Airy, North Carolina."). Not "'s", a verb or a noun: "the town of
 * Jenin, Israel's army said", "Novohrodivka, Russia said on Monday" are attributions, and Jenin is not in Israel.
 */
const QUALIFIER_END = new RegExp(`^(?:[ \\t]*(?:[^\\p{L}\\p{N}'’\\s-]|\\n|$)|[ \\t]+[—–-][ \\t]|[ \\t]+(?:${QUALIFIER_END_WORDS.words.join('|')})[ \\t])`, 'u');
// "Jordan, Minnesota police said", "a Peru, Indiana man": a noun the state modifies, after a state qualifying a town
const QUALIFIER_NOUN_AFTER = new RegExp(`^[ \\t]+(?:${QUALIFIER_NOUNS.words.map((w) => w.replace("'", "['’]")).join('|')})(?![\\p{L}'’])`, 'u');
// After that noun, the phrase going on as a list or an attribution's aside: then the state's noun is a subject of its
// own beside a country, not a town's ("Authorities in Mexico, Texas police and the FBI are searching", "Imports from
// Mexico, Texas officials said, rose 12 percent"); "Jordan, Minnesota police said the driver fled" stays the town
const NOUN_GOES_ON = /^(?:[ \t]+(?:and|or|as well as)[ \t]|[ \t]+(?:said|say|says|told|reported|added|estimated)[ \t]*,)/u;
/**
 * Whether the qualifier of a town ends the phrase before `after` (QUALIFIER_END), or, for a first-level division, a
 * noun it modifies follows (QUALIFIER_NOUNS: "Jordan, Minnesota police said") and ends no list or aside (NOUN_GOES_ON).
 */
function endsQualifier(after: string, division: boolean): boolean {
  if (QUALIFIER_END.test(after)) return true;
  const noun = division ? QUALIFIER_NOUN_AFTER.exec(after) : null;
  return !!noun && !NOUN_GOES_ON.test(after.slice(noun[0].length));
}
// Between the qualifier and the next place of a list of peers: "Ansongo, Niger and Burkina Faso", "Ansongo, Niger, Mali"
const PEER_AND_GLUE = new RegExp(`^[ \\t]+(?:${QUALIFIER_END_WORDS.words.filter((w) => w !== 'but').join('|')})[ \\t]+(?:the[ \\t]+)?$`, 'u');
const PEER_COMMA_GLUE = /^,[ \t]*$/;
// Between two peers of a list, with or without a serial comma: "Texas, Oklahoma", "Georgia and Alabama", "Nevada, and Utah"
const PEER_LIST_GLUE = new RegExp(`^(?:,[ \\t]*|,?[ \\t]+(?:${QUALIFIER_END_WORDS.words.filter((w) => w !== 'but').join('|')})[ \\t]+(?:the[ \\t]+)?)$`, 'u');
// a capitalised name after a qualifier, as the next peer of a list: "Georgia, Alabama and Florida", "Jordan, Syria, Iraq"
const PEER_AFTER = new RegExp(`^(?:,[ \\t]*|,?[ \\t]+(?:${QUALIFIER_END_WORDS.words.filter((w) => w !== 'but').join('|')})[ \\t]+(?:the[ \\t]+)?)\\p{Lu}`, 'u');
/**
 * Words that open a part of a state in a list of states: "Texas, Louisiana and parts of Mississippi", "and western Missouri".
 * Apart from PLACE_PART_NOUNS (data/place-words.ts) on purpose: quantities and directions before the place ("parts of",
 * "much of", "western"), not a part's head after its name ("the Shejaiya neighbourhood of"); only "area(s)" is in both.
 */
const PART_OF_PLACE_WORDS: readonly string[] = [
  'parts?', 'much', 'areas?', 'portions?', 'most', 'north', 'south', 'east', 'west', 'central', 'northern', 'southern',
  'eastern', 'western', 'north-?eastern', 'north-?western', 'south-?eastern', 'south-?western', 'coastal', 'rural',
  'upstate', 'downstate',
];
// After the second name of "<name>, <state>", the list going on: "Georgia, Florida and the Carolinas", "Texas, Louisiana
// and parts of Mississippi", "Oklahoma, Kansas, and western Missouri". Then the two are peers of a list of states or
// countries, whatever its next member is, not a town and the state it is in. A comma alone goes on a sentence as
// often as a list ("Police in Jordan, Minnesota, arrested a man"): the next name must then be a place
// (PEER_LIST_GLUE, isPeerPair).
const LIST_GOES_ON = new RegExp(`^,?[ \\t]+(?:and|or|as well as|plus)[ \\t]+(?:the[ \\t]+)?(?:\\p{Lu}|(?:${PART_OF_PLACE_WORDS.join('|')})(?![\\p{L}-]))`, 'u');
// An abbreviated division after a city, tagged or not: "Paris, Tex.", "Austin, TX", "Bluefield, W. Va.", "Lismore, NSW".
const ABBREVIATED_QUALIFIER = /^,[ \t]*((?:\p{Lu}\.[ ]?){1,3}|\p{Lu}(?:\p{Ll}{1,4}\.?|\p{Lu}{1,2}))(?![\p{L}\p{N}])/u;

// a wire dateline after a name in capitals opening a line: "TINDOUF, Algeria (AP) — ", "NABATIEH — ", and with the
// day the wires write after the place: "PARIS, March 13 (Bloomberg) -- ", "LONDON, Oct 16 (Reuters) - " (no dateline
// was read, and "PARIS" in a story naming Houston was Paris, Texas)
const DATELINE_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?[ \\t]+\\d{1,2}(?:,[ \\t]+\\d{4})?';
const DATELINE_AFTER = new RegExp(`^(?:,[ \\t]+\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*)?)?(?:,[ \\t]+${DATELINE_DAY})?(?:[ \\t]+\\([^()\\n]{1,30}\\))?[ \\t]+[-–—]{1,2}[ \\t]`, 'u');
const LINE_START = /(?:^|\n)[ \t]*$/;
// the state or country after a dateline's name: "BOCA CHICA, Texas —" → "Texas"
// (the day is none: "PARIS, March 13 (Bloomberg)")
const DATELINE_QUALIFIER = new RegExp(`^,[ \\t]+(?!${DATELINE_DAY})(\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*)?)`, 'u');

/**
 * The places the article is datelined from, by name: "TINDOUF — Refugees in the camps said …" is filed from the
 * Algerian town, so the town is meant by its name even where a foreign town that small would not be in a story about
 * Morocco (lookupPlace's FOREIGN_CITY_MIN_POPULATION: "Grad" in a Syria story is no Slovenian town). `byStart` holds
 * the dateline mentions themselves; `byName` is for a later mention of the name ("Tindouf") only where the gazetteer
 * leaves it unresolved: under "WASHINGTON (Reuters) —", "farmers in Washington and Idaho" is still the state, and under
 * "NEW YORK (AP) —", "snow fell across New York and New Jersey". Empty for most articles: a dateline is rare and
 * comes first.
 */
function findDatelinePlaces(text: string, locs: RefinedName[]): { byStart: Map<number, GazetteerEntry>; byName: Map<string, GazetteerEntry> } {
  const byStart = new Map<number, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry>();
  for (const n of locs) {
    const s = surface(text, n);
    if (n.kind || !isCapitals(s) || !LINE_START.test(text.slice(Math.max(0, n.start - 4), n.start)) || !DATELINE_AFTER.test(text.slice(n.end, n.end + 48))) continue;
    const e = lookupPlace(s);
    if (!e) continue;
    // "BOCA CHICA, Texas —": the state or country after the comma names where the town is; a town of that name
    // elsewhere (the Dominican Republic's Boca Chica) is another town, and the qualifier settles it (findQualifiedPlaces)
    const qualifier = DATELINE_QUALIFIER.exec(text.slice(n.end, n.end + 48))?.[1];
    const within = qualifier && !lookupPlaceWithin(s, qualifier) ? lookupDivision(qualifier) ?? lookupPlace(qualifier) : null;
    if (within?.country && e.country && within.country !== e.country) continue;
    byStart.set(n.start, e);
    if (!byName.has(normName(s))) byName.set(normName(s), e);
  }
  return { byStart, byName };
}

// "the state of New York", "the province of Quebec": the division, not the city of its name
const STATE_OF = /\b(?:state|province)\s+of\s+$/i;

/** Countries the article is about: named countries and demonyms ("Syrian") — they settle which "Homs" is meant. */
export function findContextCountries(text: string, names: RefinedName[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    if (n.type === 'MISC') {
      const cc = countryOfDemonym(s);
      if (cc) out.add(cc);
    } else if (n.type === 'LOC') {
      const e = lookupPlace(s);
      // "the Gaza Strip", "Crimea": a region of the news tells its country as well; "Police in Jordan, Minnesota" not
      if ((e?.kind === 'country' || (e?.kind === 'region' && !e.division)) && e.country && !isNamesakeTownAt(text, s, n.end)) out.add(e.country);
    }
  }
  return out;
}

const METRO_LEAD_WORDS = wordSet(METRO_LEADS);
/** Tails of a city's own name the gazetteer may lack: "Zamboanga City" is Zamboanga, "Davao City" Davao. */
const CITY_TAILS: WordRule = { id: 'place-core/city', why: '"Zamboanga City", "Cotabato City": the city the gazetteer lists as "Zamboanga"', words: ['city'] };
const CITY_TAIL_WORDS = wordSet(CITY_TAILS);

/**
 * The city an unlisted metropolitan or "City" name is made of: "Greater Cairo" → "Cairo", "Metro Manila" → "Manila",
 * "Zamboanga City" → "Zamboanga"; null for any other name. Such a place takes the city's country and point.
 */
function metroCore(name: string): string | null {
  const ws = name.split(/\s+/);
  if (ws.length < 2) return null;
  if (METRO_LEAD_WORDS.has(ws[0]!.toLowerCase())) return ws.slice(1).join(' ');
  if (CITY_TAIL_WORDS.has(ws[ws.length - 1]!.toLowerCase())) return ws.slice(0, -1).join(' ');
  return null;
}

const DIRECTION_ADJECTIVE = wordSet(ruleById(DIRECTION_LEADS, 'place-lead/direction-adjective'));
const COMPASS_POINT = wordSet(ruleById(DIRECTION_LEADS, 'place-lead/compass'));
/** A direction adjective in lower case right before a name: "eastern Washington", "western New York". */
const DIRECTION_ADJECTIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${[...DIRECTION_ADJECTIVE].join('|')})\\s+$`, 'u');
/** A city whose side a compass point names ("East Mosul") is at least this big (people). */
const COMPASS_CITY_MIN_POPULATION = 500_000;

/**
 * The known place a name of part of it lies in, the gazetteer lacking the part: "Northern Italy" → Italy, "Western
 * North Carolina" → the state, "East Mosul" → Mosul (DIRECTION_LEADS); null for any other name. Such a place is a
 * region of the core's country, with no point of its own.
 */
function directionCore(name: string, context: (core: string) => GazetteerEntry | null): GazetteerEntry | null {
  const ws = name.split(/\s+/);
  if (ws.length < 2) return null;
  const lead = ws[0]!.toLowerCase();
  const adjective = DIRECTION_ADJECTIVE.has(lead);
  if (!adjective && !COMPASS_POINT.has(lead)) return null;
  const core = context(ws.slice(1).join(' '));
  if (!core?.country) return null;
  return adjective || (core.kind === 'city' && core.population >= COMPASS_CITY_MIN_POPULATION) ? core : null;
}

/** The kind of a place metroCore found a city for: "Zamboanga City" a city, "Greater Cairo" a region; else null. */
function metroKind(name: string, metroOf: GazetteerEntry | null): 'city' | 'region' | null {
  if (!metroOf) return null;
  return METRO_LEAD_WORDS.has(name.split(/\s+/)[0]!.toLowerCase()) ? 'region' : 'city';
}

/** "Tabqah military airport" → "Tabqah", "Port of Beirut" → "Beirut": the settlement a facility is named after. */
function baseName(name: string): string {
  const of = facilityOfCity(name);
  if (of) return of;
  const ws = name.split(/\s+/);
  while (ws.length > 1 && HEAD_WORDS.has(ws[ws.length - 1]!.toLowerCase())) ws.pop();
  return ws.join(' ');
}

const FACILITY_OF_LEAD = wordSet(FACILITY_OF_NAME_LEADS);
// "Port of Savannah", "Port of the Moon": a lead word, "of" and a capitalised name
const FACILITY_OF_NAME = /^(\p{L}+)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;

/** "Port of Mombasa" → "Mombasa": the city a facility written "<lead> of <city>" serves; null for any other name. */
function facilityOfCity(name: string): string | null {
  const m = FACILITY_OF_NAME.exec(name);
  return m && FACILITY_OF_LEAD.has(m[1]!.toLowerCase()) ? m[2]! : null;
}

/**
 * A town named after a country or another state, qualified by a first-level division the gazetteer does not hold it
 * in: "Jordan, Minnesota", "Mexico, Mo.", "Peru, Indiana", "Georgia, Vermont" are US towns, never the country or the
 * state of their name (the town itself, with no point: the gazetteer lacks it). Not a country before a division of its
 * own ("Mexico, Jalisco": the country, then its state) nor a division of the country the qualifier also names
 * ("Abkhazia, Georgia"). Null for any other name: a town neither a country nor a division is left to the unplaced-town
 * reading, which keeps the qualifier's own reading.
 */
function namesakeTown(name: string, within: string): { place: GazetteerEntry; within: GazetteerEntry } | null {
  const w = lookupDivision(within);
  if (!w) return null;
  const country = countryOfName(name);
  const division = lookupDivision(name);
  if (!country && !division) return null;
  if (country === w.country || (division && division.division === w.division)) return null;
  // "Storms hit Georgia, Alabama, on Sunday", "schools closed in Ohio, Indiana.": a state before a state of its own
  // country is a list of two, unless a town of that name lies there ("Georgia, Vermont", "Indiana, Pennsylvania")
  if (division && division.country === w.country) return lookupNamesakeTown(name, within);
  const withinCountry = countryOfName(within);
  if (withinCountry && (country === withinCountry || division?.country === withinCountry)) return null;
  return { place: { kind: 'city', country: w.country, division: w.division, lat: null, lon: null, population: 0 }, within: w };
}

/**
 * Whether a country's name ending at `end` is a town's, by the qualifier written after it ("Jordan, Minnesota,",
 * "Mexico, Mo."): the text alone, for the article's countries, before any name is placed; findQualifiedPlaces, which
 * also weighs the places around, decides the place itself.
 */
function isNamesakeTownAt(text: string, name: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const after = text.slice(end, end + 48);
  const abbr = ABBREVIATED_QUALIFIER.exec(after);
  if (abbr && divisionNamesOf(abbr[1]!.trim()).length) {
    return endsQualifier(after.slice(abbr[0].length), true) && divisionNamesOf(abbr[1]!.trim()).some((f) => namesakeTown(name, f));
  }
  const q = QUALIFIER_AFTER.exec(after);
  if (!q) return false;
  // the longest run of the words that names a division: "New Hampshire", "Minnesota"
  for (let k = 3; k >= 1; k--) {
    if (!q[k]) continue;
    const within = q.slice(1, k + 1).join(' ');
    if (!lookupDivision(within)) continue;
    let end = 1;
    for (let j = 1; j <= k; j++) end = after.indexOf(q[j]!, end) + q[j]!.length;
    const tail = after.slice(end);
    // "Jordan, Georgia and Armenia", "Texas, Georgia, Alabama": peers of a list
    return endsQualifier(tail, true) && !PEER_AFTER.test(tail) && !LIST_GOES_ON.test(tail) && !!namesakeTown(name, within);
  }
  return false;
}

/**
 * Whether the name at `i` and the one after it are members of a list of peers rather than a town and its qualifier:
 * "Texas, Georgia, Alabama", "Georgia, Alabama and Florida", "California, Nevada, and Arizona", "Jordan, Syria, Iraq".
 * The place after the qualifier is no peer when a qualifier of its own ends the phrase after it: "Jordan, Minnesota,
 * and Mexico, Missouri, made arrests" are two towns; "Texas, Oklahoma and Kansas, Missouri and Arkansas" five states.
 */
function isPeerPair(text: string, places: RefinedName[], i: number): boolean {
  const a = places[i]!;
  const b = places[i + 1]!;
  const prev = places[i - 1];
  if (prev && prev.sentence === a.sentence && PEER_COMMA_GLUE.test(text.slice(prev.end, a.start))) return true;
  const c = places[i + 2];
  const goesOn = LIST_GOES_ON.test(text.slice(b.end, b.end + 16));
  const glued = !!c && c.sentence === b.sentence && PEER_LIST_GLUE.test(text.slice(b.end, c.start));
  if (!glued) return goesOn;
  const d = places[i + 3];
  const after = d ? text.slice(d.end, d.end + 16) : '';
  // "Jordan, Minnesota and Mexico, Missouri": the next name has a qualifier of its own, so both are towns
  const qualified = d && d.sentence === c.sentence && QUALIFIER_GLUE.test(text.slice(c.end, d.start)) && lookupDivision(text.slice(d.start, d.end)) &&
    QUALIFIER_END.test(after) && !PEER_AFTER.test(after);
  // a state or country, or a feature named after one: "California, Nevada, and the Arizona desert"
  return !qualified && (goesOn || isRegionName(baseName(text.slice(c.start, c.end))));
}

/**
 * Places a qualifier settles: "Paris, Texas" is the Paris in Texas, and the Texas the state; "Athens, Georgia" puts
 * Georgia in the US, "Tbilisi, Georgia" in the Caucasus. By the mention's start for both names, and by name for later
 * bare mentions ("Paris police said" after "Paris, Texas"): the first qualified mention of a name settles it.
 */
function findQualifiedPlaces(text: string, places: RefinedName[]): { byStart: Map<number, GazetteerEntry>; byName: Map<string, GazetteerEntry> } {
  const byStart = new Map<number, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry>();
  for (let i = 0; i < places.length; i++) {
    const a = places[i]!;
    const next = places[i + 1];
    const aText = text.slice(a.start, a.end);
    if (a.kind) continue;
    const abbr = ABBREVIATED_QUALIFIER.exec(text.slice(a.end, a.end + 12));
    if (abbr && divisionNamesOf(abbr[1]!.trim()).length) {
      // the abbreviation settles the city; the abbreviation, when tagged as a place, is the division
      // "a nurse from Jordan, Minn., was honoured": a town of Minnesota the gazetteer lacks, not the country
      const found = lookupPlaceWithin(aText, abbr[1]!.trim()) ??
        (endsQualifier(text.slice(a.end + abbr[0].length, a.end + abbr[0].length + 24), true) ?
          divisionNamesOf(abbr[1]!.trim()).map((f) => namesakeTown(aText, f)).find((t) => t) ?? null : null);
      const at = a.end + abbr[0].length - abbr[1]!.length;
      // a city the gazetteer lacks leaves the abbreviation its division: "Bristow, VA" is in Virginia as "Richmond, VA"
      const within = found?.within ?? lookupDivisionAbbreviation(abbr[1]!.trim());
      if (next && next.start === at && within) byStart.set(next.start, within);
      if (!found) continue;
      byStart.set(a.start, found.place);
      if (!byName.has(normName(aText))) byName.set(normName(aText), found.place);
      continue;
    }
    if (!next) continue;
    const b = next;
    if (b.kind || a.sentence !== b.sentence || !QUALIFIER_GLUE.test(text.slice(a.end, b.start))) continue;
    const bText = text.slice(b.start, b.end);
    // "Police in Jordan, Minnesota, arrested", "Georgia, Vermont": a town named like a country or another state,
    // unless the two are peers of a list ("Georgia, Alabama and Florida") or the comma an attribution's
    const known = lookupPlaceWithin(aText, bText);
    const found = known ?? (endsQualifier(text.slice(b.end, b.end + 32), true) && !isPeerPair(text, places, i) ? namesakeTown(aText, bText) : null);
    if (!found) continue;
    byStart.set(a.start, found.place);
    byStart.set(b.start, found.within);
    // later bare mentions take the town ("Deputies in Jordan, Minnesota, … Jordan officials said"), but a town named
    // like a country the gazetteer lacks, written after the country was named, settles its own mention only: "Trade
    // with Mexico has slowed … a Mexico, Missouri man … Mexico is the largest partner" keeps the country (regress16 R2)
    const countryFirst = !known && !!countryOfName(aText) && text.lastIndexOf(aText, a.start - 1) >= 0;
    if (!byName.has(normName(aText)) && !countryFirst) byName.set(normName(aText), found.place);
    if (!byName.has(normName(bText))) byName.set(normName(bText), found.within);
  }
  return { byStart, byName };
}

/**
 * The group of a place entry: "U.S." and "United States" are one place, Georgia the state and the country two. A city
 * or region is its gazetteer entry, whatever the spelling: "Kyiv" and "Kiev", "Gaza" and "the Gaza Strip" are one
 * place, "Paris, Texas" and "Paris, France" two. Spellings of one city are entries of their own with one point.
 */
function groupKey(surface: string, entry: GazetteerEntry | null): string {
  if (entry?.kind === 'country') return `country:${entry.country}`;
  if (entry?.kind === 'region' && entry.division) return `division:${entry.division}`;
  if (entry && entry.lat !== null) return `${entry.kind}:${entry.country}@${entry.lat},${entry.lon}`;
  return entry ? `name:${normName(surface)}@${entry.country}.${entry.division}` : `name:${normName(surface)}`;
}

/** Where each place of the article lies, by the name that told it: a place does not count as its own context. */
interface Evidence {
  countries: Map<string, Set<string>>;
  divisions: Map<string, Set<string>>;
  namedDivisions: Map<string, Set<string>>;
  cityCountries: Map<string, Set<string>>;
}

function addEvidence(m: Map<string, Set<string>>, key: string | null, name: string): void {
  if (!key) return;
  const names = m.get(key);
  if (names) names.add(name);
  else m.set(key, new Set([name]));
}

/** The keys some other name than `name` supports. */
function othersThan(m: Map<string, Set<string>>, name: string): Set<string> {
  const out = new Set<string>();
  for (const [key, names] of m) if (names.size > 1 || !names.has(name)) out.add(key);
  return out;
}

/**
 * The article's evidence of where it is, from the first reading of its places: countries named, demonyms, and the
 * countries and divisions of the cities and divisions found. A country's name that is a division's of another country
 * ("Georgia") tells nothing: which one it is, is what the others decide; "Scotland" tells both its country and division.
 */
function gatherEvidence(text: string, names: RefinedName[], locs: RefinedName[], entries: (GazetteerEntry | null)[]): Evidence {
  const ev: Evidence = { countries: new Map(), divisions: new Map(), namedDivisions: new Map(), cityCountries: new Map() };
  for (const n of names) if (n.type === 'MISC') addEvidence(ev.countries, countryOfDemonym(surface(text, n)), normName(surface(text, n)));
  locs.forEach((n, i) => {
    const e = entries[i];
    if (!e) return;
    const name = normName(surface(text, n));
    const division = e.kind === 'country' ? lookupDivision(surface(text, n)) : null;
    if (division && division.country !== e.country) return;
    addEvidence(ev.countries, e.country, name);
    addEvidence(ev.divisions, division?.division ?? e.division, name);
    if (e.kind === 'region') addEvidence(ev.namedDivisions, e.division, name);
    if (e.kind === 'city') addEvidence(ev.cityCountries, e.country, name);
  });
  return ev;
}

function contextFor(ev: Evidence, name: string): PlaceContext {
  return { countries: othersThan(ev.countries, name), divisions: othersThan(ev.divisions, name), namedDivisions: othersThan(ev.namedDivisions, name),
    cityCountries: othersThan(ev.cityCountries, name) };
}

function surface(text: string, n: RefinedName): string {
  return text.slice(n.start, n.end);
}

/** "Tex.", "TX", "N.Y.": a shortened form, named after a written-out one of the same place. */
function isAbbreviated(name: string): boolean {
  return name.endsWith('.') || /^\p{Lu}{2,3}$/u.test(name);
}

/** "KYIV", "NEW DELHI": a dateline's capitals. */
function isCapitals(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase() && name !== name.toLowerCase();
}

/**
 * Place names as the tagger left them, mended where a place's name is written around another one (new objects; the
 * names given are not changed): "the Gulf of Mexico" and "the South China Sea" are one feature, not Mexico and China;
 * "Rio Grande do Sul" one name, not Rio Grande and "Sul"; "the Nuba Mountains of Sudan" a feature and a country.
 */
function mendPlaceNames(text: string, locs: RefinedName[]): (RefinedName & { lead?: boolean })[] {
  const out: (RefinedName & { lead?: boolean })[] = [];
  // a name the one before now covers ("Sul" after "Rio Grande do"): names come in text order, so the last is enough
  const covered = (n: RefinedName) => {
    const o = out[out.length - 1];
    return !!o && o.start <= n.start && n.end <= o.end;
  };
  for (let i = 0; i < locs.length; i++) {
    const n = locs[i]!;
    if (covered(n)) continue;
    let m: RefinedName & { lead?: boolean } = { ...n };
    const s = text.slice(m.start, m.end);
    // "Gulf of Mexico", "Sea of Japan", "Mt. Kenya": a lead word and "of" before the name make one feature with it
    const before = FEATURE_LEAD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!m.kind && before && FEATURE_LEAD.has(before[1]!.toLowerCase()) && !before[0].includes('\n')) {
      const start = m.start - before[0].length + before[0].indexOf(before[1]!);
      const whole = text.slice(start, m.end);
      const e = lookupPlace(whole);
      if (!e || e.kind !== 'city') {
        // the lead, when tagged apart ("Gulf"), is part of this name now
        for (let k = out.length - 1; k >= 0 && out[k]!.start >= start; k--) out.splice(k, 1);
        m = { ...m, start, kind: 'feature', lead: true };
      }
    }
    // "South China Sea", "East China Sea": the direction before an open water's name is part of it
    const words = s.split(/\s+/);
    if (m.kind === 'feature' && WATER_HEAD.has(words[words.length - 1]!.toLowerCase())) {
      const dir = /(?:^|[^\p{L}])((?:South|North|East|West)\s+)$/u.exec(text.slice(Math.max(0, m.start - 8), m.start));
      if (dir) {
        const start = m.start - dir[1]!.length;
        // the direction, when tagged apart ("East" + "China Sea"), is part of this name now
        for (let k = out.length - 1; k >= 0 && out[k]!.start >= start; k--) out.splice(k, 1);
        m = { ...m, start, lead: true };
      }
    }
    // "Climbers on Mount Everest and Mount Kilimanjaro", "the Bab el-Mandeb": a place the tagger kept whole with its
    // lead word ("Mount", "Lake", "Isle of") or a feature of the news is the feature, unless the gazetteer knows the
    // whole as a settlement or division ("Cape Town", "Lake Charles", "Mount Pleasant", "Cape Verde")
    if (!m.kind && (isLeadFeature(text, m.start, m.end) || lookupFeature(text.slice(m.start, m.end)))) m = { ...m, kind: 'feature', lead: true };
    // "talks at the White House", "crowds in Tahrir Square": a building or square of the news (NEWS_LANDMARKS)
    if (!m.kind && lookupLandmark(text.slice(m.start, m.end))) m = { ...m, kind: 'facility', lead: true };
    // "Rio Grande do Sul", "Surigao del Sur", "Mocimboa da Praia": a particle and a capitalised word after the name
    const tail = PARTICLE_TAIL.exec(text.slice(m.end, m.end + 40));
    if (tail && !m.kind) {
      const whole = text.slice(m.start, m.end + tail[0].length);
      const last = whole.slice(whole.lastIndexOf(' ') + 1).toLowerCase();
      if (isPlaceName(whole) || DIRECTION_TAIL.has(last)) m = { ...m, end: m.end + tail[0].length };
    }
    // "across the Rio Grande from El Paso", "the Rio Negro fell": "Rio" is "river", and a city takes no "the"; the
    // river is not the Brazilian city of its name
    if (!m.kind && THE_RIO.test(text.slice(Math.max(0, m.start - 4), m.end))) m = { ...m, kind: 'feature', lead: true };
    // "the Nuba Mountains of Sudan": the feature, then the country
    const of = m.kind ? null : FEATURE_OF_COUNTRY.exec(text.slice(m.start, m.end));
    if (of && FEATURE_HEAD.has(of[2]!.toLowerCase()) && countryOfName(of[3]!)) {
      out.push({ ...m, end: m.start + of[1]!.length, kind: 'feature' });
      out.push({ ...m, start: m.end - of[3]!.length, kind: null, cue: undefined, cueKind: undefined, listCue: undefined });
      continue;
    }
    // "Ships queued at the Port of Savannah": the port, a facility in the city's country; "Port of Spain" is the city,
    // "The Port of Rotterdam Authority said" a body (no place named "Rotterdam Authority")
    const served = m.kind ? null : facilityOfCity(text.slice(m.start, m.end));
    if (served && isPlaceName(served) && !isPlaceName(text.slice(m.start, m.end))) m = { ...m, kind: 'facility' };
    out.push(m);
  }
  return out;
}

const NAME_LEAD = wordSet(FEATURE_NAME_LEADS);
// "River X" among place names only (the tagger's): "barges on the River Severn"; not for people ("River Phoenix")
const PLACE_NAME_LEAD = wordSet(RIVER_LEADS);
const OF_NAME_LEAD = wordSet(FEATURE_OF_NAME_LEADS);
/**
 * Words just before a lead-word name that make it the feature even when towns bear the name: "Climbers on Mount
 * Vernon", "boats on Lake Forest", "the summit of Mount Pleasant" (a hill), not "in Mount Pleasant" (the town).
 */
const FEATURE_CUES_BEFORE: WordRule = {
  id: 'place-cue/feature-before', why: '"Climbers on Mount X", "fishing boats on Lake X", "the slopes of Mount X": the mountain or lake',
  words: ['on', 'atop', 'climb', 'climbed', 'climbing', 'climbs', 'summit of', 'slopes of', 'slope of', 'peak of', 'top of',
    'foot of', 'shore of', 'shores of', 'banks of', 'waters of'],
};
const FEATURE_CUE_BEFORE = wordSet(FEATURE_CUES_BEFORE);
// the word (or "<word> of") just before a name, with an optional "the": "on the", "the slopes of"
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+(?:[ \t]+of)?)[ \t]+(?:the[ \t]+)?$/u;
// ", South Carolina", ", N.Y.", ", Ill.": up to three capitalised words after a comma, the division or country that
// qualifies a town
const QUALIFIER_AFTER = /^,[ \t]*(\p{Lu}[\p{L}'’-]*)(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?/u;

/**
 * "Mount Kilimanjaro", "Lake Chad", "Gulf of Aden": a feature's lead word first ("Gulf", "Sea", "Isle" only before
 * "of": "the Gulf States", "the Gulf Coast" are none), no place of the gazetteer's of that name, and no division or
 * country after a comma. "Mount Pleasant", "Mount Vernon", "Lake Forest" are towns: several of them share the name, so
 * only their name's presence in the gazetteer tells (isPlaceName, as refine.ts asks), unless the text puts the name on
 * a mountain or lake (FEATURE_CUES_BEFORE). "Mount Airy, North Carolina", "Lake Placid, New York": a town qualified by
 * its state, whatever the gazetteer holds.
 */
function isLeadFeature(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const ws = name.split(' ');
  if (ws.length < 2) return false;
  const lead = ws[0]!.toLowerCase();
  if (!NAME_LEAD.has(lead) && !(PLACE_NAME_LEAD.has(lead) && isRiverName(text, start, end)) && !(ws.length > 2 && ws[1] === 'of' && OF_NAME_LEAD.has(lead))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const cue = before ? before[1]!.replace(/[ \t]+/g, ' ') : null;
  // "Two climbers fell from the slopes of Mount Shasta, California": the text puts the name on a mountain or lake, and
  // the qualifier tells its country; "in Mount Airy, North Carolina" is the town, and so is "Hail fell on Lake Forest,
  // Ill." ("on" says a town as well, once a state qualifies the name)
  if (isQualifiedTown(text.slice(end, end + 40))) return !!cue && cue !== 'on' && FEATURE_CUE_BEFORE.has(cue);
  return !isPlaceName(name) || (!!cue && FEATURE_CUE_BEFORE.has(cue));
}

/** ", South Carolina", ", N.Y.", ", France" after a name: a first-level division or country qualifies it. */
function isQualifiedTown(after: string): boolean {
  const abbr = ABBREVIATED_QUALIFIER.exec(after);
  if (abbr && divisionNamesOf(abbr[1]!.trim()).length) return true;
  const q = QUALIFIER_AFTER.exec(after);
  if (!q) return false;
  // the longest run of the words that names one: "New York City" is New York
  for (let k = 3; k >= 1; k--) {
    if (!q[k]) continue;
    if (isRegionName(q.slice(1, k + 1).join(' '))) return true;
  }
  return false;
}

/**
 * The first-level division `name` names, by its bare name or with any division head word ("Kharkiv" → "Kharkiv
 * Oblast", "Idlib Province" → "Idlib Governorate"); null when the gazetteer has none.
 */
function findDivision(name: string, countries?: ReadonlySet<string>): GazetteerEntry | null {
  const found = lookupDivision(name, countries);
  if (found) return found;
  // a region of the news or of the world by its whole name ("Kurdistan Region", Iraq's) or bare ("the Kurdistan region")
  // is not a namesake division ("Kurdistan Province", Iran's)
  const whole = lookupPlace(name);
  if (whole?.kind === 'region') return whole.division ? whole : null;
  const ws = name.split(/\s+/);
  const bare = ws.length > 1 && DIVISION_HEAD.has(ws[ws.length - 1]!.toLowerCase()) ? ws.slice(0, -1).join(' ') : name;
  if (bare !== name) {
    const e = lookupDivision(bare, countries);
    if (e) return e;
    const b = lookupPlace(bare);
    if (b && (b.kind === 'country' || (b.kind === 'region' && !b.division))) return null;
  }
  for (const head of DIVISION_HEADS.words) {
    const e = lookupDivision(`${bare} ${head}`, countries);
    if (e) return e;
  }
  return null;
}

const SUBDIVISION_HEAD = wordSet(ruleById(PLACE_HEADS, 'place-head/township'));

/**
 * A name with a region head ("Benue State", "Kurdistan Region"): the division, else a region of the news it names;
 * a township or tehsil takes its country and point from the town it is named after ("Paletwa Township" → Paletwa).
 */
function regionReading(name: string, countries?: ReadonlySet<string>): GazetteerEntry | null {
  const d = findDivision(name, countries);
  if (d) return d;
  const e = lookupPlace(name);
  if (e?.kind === 'region') return e;
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !SUBDIVISION_HEAD.has(ws[ws.length - 1]!.toLowerCase())) return null;
  const town = lookupPlace(ws.slice(0, -1).join(' '), countries);
  return town?.kind === 'city' ? { ...town, kind: 'region' } : null;
}

const FACILITY_BODY_HEAD = wordSet(FACILITY_BODY_HEADS);
// "Doctors at Al-Shifa Hospital said", "taken to the Kamal Adwan Hospital": a preposition of place before the name
const BODY_LOCATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${BODY_LOCATIVES.words.join('|')})\\s+(?:the\\s+)?$`, 'iu');

/**
 * A hospital named as an organization where the text puts people or things in it: "Doctors at Al-Shifa Hospital said
 * fuel had run out" is also the building, a facility on the map, while the hospital stays an actor ("the hospital
 * said"). Not "Al-Shifa Hospital said" alone: a body that speaks is no place.
 */
function isPlacedBody(text: string, n: RefinedName): boolean {
  if (n.type !== 'ORG' || n.office) return false;
  const ws = text.slice(n.start, n.end).split(/\s+/);
  if (ws.length < 2) return false;
  const last = ws[ws.length - 1]!.toLowerCase();
  if (!FACILITY_BODY_HEAD.has(last) && !FACILITY_BODY_HEAD.has(`${ws[ws.length - 2]!.toLowerCase()} ${last}`)) return false;
  return BODY_LOCATIVE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start));
}

// "the River Thames", "River Severn": a river lead and one or two capitalised words
const RIVER_NAME = new RegExp(`^(?:${RIVER_LEADS.words.join('|')})[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?$`, 'iu');
/**
 * A river or other feature of the news the tagger typed an organization: "Barges on the River Thames were stopped",
 * "Floods along the River Severn" are places on the map, features (the organization is ner/refine.ts's to retype).
 */
export function isFeatureBody(text: string, n: RefinedName): boolean {
  if (n.type !== 'ORG' || n.office) return false;
  const s = text.slice(n.start, n.end);
  return (RIVER_NAME.test(s) && isRiverName(text, n.start, n.end)) || !!lookupFeature(s);
}

const QUARTER_NOUN = wordSet(QUARTER_NOUNS);
const COMPASS_WORD = wordSet(WATER_DIRECTIONS);
// the lower-case word right after a name: "the River North district"
const NEXT_LOWER_WORD = /^[ \t]+(\p{Ll}+)/u;
/**
 * Whether "River X" is a river: not a quarter named so ("near the River North district", "homes in River Oaks"
 * followed by "neighborhood"): no compass word for X, no quarter noun after the name.
 */
function isRiverName(text: string, start: number, end: number): boolean {
  const rest = text.slice(start, end).split(/\s+/).slice(1);
  if (rest.length === 1 && COMPASS_WORD.has(rest[0]!.toLowerCase())) return false;
  const next = NEXT_LOWER_WORD.exec(text.slice(end, end + 24));
  return !next || !QUARTER_NOUN.has(next[1]!);
}

// "a Georgia Republican", "Texas Democrats said": the state of a party's members, whatever else the name may be
const STATE_PARTY_AFTER = new RegExp(`^[ \\t]+(?:${US_STATE_PARTY_WORDS.words.join('|')})(?![\\p{L}'’-])`, 'u');
const STATE_PARTY_COUNTRY: ReadonlySet<string> = new Set([US_STATE_PARTY_WORDS.country]);

/** One Place per real place: mentions grouped by country code or by name; ids P1… in order of first mention. */
/** Prepositions that make a word a place name more likely ("in Reading", "residents of Hope", "fled to Paradise"). */
const PLACE_PREPOSITION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...LOCATIVE_PREPOSITIONS.words, 'of', 'from', 'to'].join('|')})[ \\t]+$`, 'iu');
// three letters or more: "Clarkston, MI" is Michigan, whatever the lexicon says of "mi"
const COMMON_PLACE_WORD = /^\p{L}{3,}$/u;

// "the " or "The " right before a name
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/** An unplaced name made only of words of the language (compromise's lexicon), with no place's preposition before it. */
function isCommonWordsPlace(text: string, n: RefinedName): boolean {
  const words = text.slice(n.start, n.end).split(/\s+/);
  if (!words.every((w) => COMMON_PLACE_WORD.test(w) && isCommonLexiconWord(w))) return false;
  return !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start));
}

export function toPlaces(text: string, names: RefinedName[], contextCountries: ReadonlySet<string>): Place[] {
  const groups = new Map<string, { mentions: Mention[]; kind: Place['kind']; country: string | null; lat: number | null; lon: number | null }>();
  const locs = mendPlaceNames(text, names.flatMap((n) => (n.type === 'LOC' ? [n] : isPlacedBody(text, n) ? [{ ...n, type: 'LOC' as const, kind: 'facility' as const }] :
    isFeatureBody(text, n) ? [{ ...n, type: 'LOC' as const, kind: 'feature' as const, lead: true }] : [])));
  const qualified = findQualifiedPlaces(text, locs);
  // a head word after the name makes it a division: "villages in the Kharkiv region", "Idlib province" (not for a
  // country, world region or region of the news: "the Sahel region", "the Tigray region" are those already)
  const headRegion = locs.map((n) => {
    if (n.kind) return false;
    const after = DIVISION_AFTER.exec(text.slice(n.end, n.end + 48)) ?? DIVISION_LIST_AFTER.exec(text.slice(n.end, n.end + 200));
    if (!after || !DIVISION_HEAD.has(after[1]!.replace(/ies$/, 'y').replace(/s$/, ''))) return false;
    const e = lookupPlace(surface(text, n));
    return !(e && (e.kind === 'country' || (e.kind === 'region' && !e.division)));
  });
  // what the mention's own words say, before what another mention of its name said: "the Australian state of
  // Victoria", "Argentina's Cordoba", "In Spain, Cordoba", "Hyderabad in Pakistan's Sindh province"
  const localReading = (i: number): GazetteerEntry | null => {
    const n = locs[i]!;
    const s = surface(text, n);
    const head = DIVISION_AFTER.exec(text.slice(n.end, n.end + 48));
    if (head && DIVISION_HEAD.has(head[1]!)) {
      const owned = regionOfCountry(i, head[1]);
      if (owned) return owned;
    }
    if (headRegion[i] || STATE_OF.test(text.slice(Math.max(0, n.start - 20), n.start))) return findDivision(s, contextCountries);
    // "raids across Idaho and eastern Washington": a direction adjective in lower case before a name that is a city
    // and a division lying elsewhere names a part of the division (the city, Washington DC, is no part of the state);
    // a city inside its namesake division keeps its reading ("the siege of eastern Aleppo" is the city's east)
    if (DIRECTION_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start))) {
      const city = lookupPlace(s, contextCountries);
      const d = city?.kind === 'city' ? findDivision(s, contextCountries) : null;
      if (d && d.division !== city!.division) return d;
    }
    if (STATE_PARTY_AFTER.test(text.slice(n.end, n.end + 16))) {
      const d = lookupDivision(s, STATE_PARTY_COUNTRY);
      if (d && STATE_PARTY_COUNTRY.has(d.country!)) return d;
    }
    const prev = locs[i - 1];
    if (prev && prev.sentence === n.sentence && COUNTRY_BEFORE.test(text.slice(prev.end, n.start))) {
      const p = lookupPlace(surface(text, prev));
      const found = p?.kind === 'country' ? lookupPlaceWithin(s, surface(text, prev)) : null;
      if (found) return found.place;
    }
    const next = locs[i + 1];
    if (next && next.sentence === n.sentence && PLACE_AFTER_IN.test(text.slice(n.end, next.start))) {
      const found = lookupPlaceWithin(s, surface(text, next));
      if (found) return found.place;
    }
    return ownedByDivision(i);
  };
  // "in Chhattisgarh's Bijapur district", "the Bijapur district of Chhattisgarh state": a place a first-level division
  // owns lies in it. The gazetteer's town of that name there, else its district by that name ("Bijapur District"),
  // else a place of the division's country with no point: never the namesake of another division (Bijapur, Karnataka)
  const ownedByDivision = (i: number): GazetteerEntry | null => {
    const n = locs[i]!;
    const prev = locs[i - 1];
    const next = locs[i + 1];
    const owner = prev && prev.sentence === n.sentence && POSSESSIVE_GLUE.test(text.slice(prev.end, n.start)) ? prev :
      next && next.sentence === n.sentence && DIVISION_PART_OF.test(text.slice(n.end, next.start)) ? next : null;
    if (!owner) return null;
    const o = lookupPlace(surface(text, owner));
    if (o?.kind !== 'region' || !o.division) return null;
    const s = surface(text, n);
    const found = lookupPlaceWithin(s, surface(text, owner));
    if (found) return found.place;
    const district = DISTRICT_AFTER.test(text.slice(n.end, n.end + 24)) ? lookupPlace(`${s} District`) : null;
    if (district?.country === o.country) return district;
    const e = lookupPlace(s);
    if (!e || e.kind === 'country' || (e.kind === 'region' && !e.division) || e.division === o.division) return null;
    return { kind: 'region', country: o.country, division: null, lat: null, lon: null, population: 0 };
  };
  // "Iraq's semi-autonomous Kurdistan region", "Pakistan's restive Balochistan province": a region named with its head
  // after its country's possessive (describing words between) lies in that country. Its division there, else the
  // region of the news named with "Region" ("Kurdistan Region", Iraq's), else the reading of the name when it lies
  // there, else a region of that country with no point: never a namesake elsewhere (the world region "Kurdistan")
  const regionOfCountry = (i: number, head?: string): GazetteerEntry | null => {
    const n = locs[i]!;
    const prev = locs[i - 1];
    if (!prev || prev.sentence !== n.sentence || !COUNTRY_OWNS.test(text.slice(prev.end, n.start))) return null;
    const cc = lookupPlace(surface(text, prev));
    if (cc?.kind !== 'country' || !cc.country) return null;
    const s = surface(text, n);
    const d = findDivision(s, new Set([cc.country]));
    if (d?.country === cc.country) return d;
    // "Iran's Kurdistan province": the division by its name with the head written ("Kurdistan Province")
    const headed = head ? lookupDivision(`${s} ${head}`, new Set([cc.country])) : null;
    if (headed?.country === cc.country) return headed;
    const whole = lookupPlace(`${s} Region`);
    if (whole?.kind === 'region' && whole.country === cc.country) return whole;
    const e = regionReading(s, contextCountries);
    if (e?.country === cc.country) return e;
    return { kind: 'region', country: cc.country, division: null, lat: null, lon: null, population: 0 };
  };
  // a name with a head word is no city, but may be a division by its whole name: "Benue State" is the "Benue" of later
  const datelined = findDatelinePlaces(text, locs);
  const settled = locs.map((n, i) => (n.kind ? (n.kind === 'region' ? regionOfCountry(i) ?? regionReading(surface(text, n), contextCountries) : null) :
    qualified.byStart.get(n.start) ?? localReading(i) ?? qualified.byName.get(normName(surface(text, n))) ?? datelined.byStart.get(n.start) ?? null));
  // a first reading by the countries named, then a second by where the article's other places lie: "Naples" beside
  // Tampa and Sarasota is in Florida, "Birmingham" beside Coventry and Leeds in England, "Georgia" beside ATLANTA a state
  // both readings look each name up once: "Gaza" is written a dozen times in a Gaza story (the gazetteer's answers
  // are fresh objects nobody changes, so mentions alike may share one)
  const firstByName = new Map<string, GazetteerEntry | null>();
  const firstReading = (s: string) => {
    let e = firstByName.get(s);
    if (e === undefined) firstByName.set(s, (e = lookupPlace(s, contextCountries)));
    return e;
  };
  // a later mention of a dateline's name the gazetteer leaves unresolved is the dateline's town ("TINDOUF — … near Tindouf")
  const datelineOf = (n: RefinedName): GazetteerEntry | null => datelined.byName.get(normName(surface(text, n))) ?? null;
  const first = locs.map((n, i) => settled[i] ?? (n.kind ? null : firstReading(surface(text, n)) ?? datelineOf(n)));
  const evidence = gatherEvidence(text, names, locs, first);
  const contexts = new Map<string, PlaceContext>();
  const contextOf = (name: string) => {
    let c = contexts.get(name);
    if (!c) contexts.set(name, (c = contextFor(evidence, name)));
    return c;
  };
  // a division told by its head word lies where the article's other places lie, when a namesake does: "Floods hit
  // Punjab province, officials in Lahore said" is Pakistan's Punjab, not India's
  locs.forEach((n, i) => {
    const e = settled[i];
    if (!headRegion[i] || !e?.country) return;
    const countries = contextOf(normName(surface(text, n))).countries;
    if (countries.size && !countries.has(e.country)) settled[i] = findDivision(surface(text, n), countries) ?? e;
  });
  const secondByName = new Map<string, GazetteerEntry | null>();
  const secondReading = (s: string) => {
    let e = secondByName.get(s);
    if (e === undefined) secondByName.set(s, (e = lookupPlaceInContext(s, contextOf(normName(s)))));
    return e;
  };
  const featureList = locs.map((n) => !n.kind && FEATURES_AFTER.test(text.slice(n.end, n.end + 48)));
  const entries = locs.map((n, i) => settled[i] ?? (n.kind || featureList[i] ? null : secondReading(surface(text, n)) ?? datelineOf(n)));
  // a city named like a division, listed beside a division of that country, is the division: "wildfires burning in
  // Quebec and Ontario" (Quebec City is over 500,000 people), "Victoria and New South Wales"
  entries.forEach((e, i) => {
    if (e?.kind !== 'city' || settled[i]) return;
    const n = locs[i]!;
    const sibling = (j: number) => {
      const o = locs[j];
      const oe = entries[j];
      if (!o || o.sentence !== n.sentence || oe?.kind !== 'region' || !oe.division) return null;
      return LIST_GLUE.test(j < i ? text.slice(o.end, n.start) : text.slice(n.end, o.start)) ? oe : null;
    };
    const near = sibling(i - 1) ?? sibling(i + 1);
    if (!near) return;
    const d = lookupDivision(surface(text, n));
    if (d && d.country === near.country) entries[i] = d;
  });
  // The same text is never two places, one resolved and one not: a mention left unresolved takes the entry of the
  // first resolved mention written alike ("Richmond, VA, … Bristow, VA": both "VA" are Virginia).
  // the first place of each sentence, by sentence
  const firstOfSentence = new Map<number, number>();
  locs.forEach((n, i) => { if (!firstOfSentence.has(n.sentence)) firstOfSentence.set(n.sentence, i); });
  const openingCity = (i: number): GazetteerEntry | null => {
    const k = firstOfSentence.get(locs[i]!.sentence)!;
    const p = locs[k]!;
    if (k === i || entries[k]?.kind !== 'city') return null;
    return SENTENCE_OPENS_IN.test(text.slice(Math.max(0, p.start - 8), p.start)) && text.startsWith(',', p.end) ? entries[k]! : null;
  };
  // "Rebels attacked Ansongo, Niger and Burkina Faso": the country after the comma opens a list of its peers, a country
  // or a first-level division after "and"/"or" (or a comma, of its own kind), and qualifies nothing; "Lake City, Florida
  // and nearby towns", "Mount Airy, North Carolina and Galax, Virginia" keep their qualifier
  const opensPeerList = (j: number): boolean => {
    const q = locs[j]!;
    const r = locs[j + 1];
    const re = entries[j + 1];
    if (!r || r.sentence !== q.sentence || !re || !(re.kind === 'country' || (re.kind === 'region' && re.division))) return false;
    const glue = text.slice(q.end, r.start);
    return PEER_AND_GLUE.test(glue) || (PEER_COMMA_GLUE.test(glue) && entries[j]?.kind === re.kind);
  };
  const resolvedByText = new Map<string, GazetteerEntry>();
  locs.forEach((n, i) => { const e = entries[i]; if (e && !headRegion[i] && !resolvedByText.has(surface(text, n))) resolvedByText.set(surface(text, n), e); });
  for (const [i, n] of locs.entries()) {
    const surface = text.slice(n.start, n.end);
    let entry = entries[i] ?? (n.kind || headRegion[i] ? null : resolvedByText.get(surface) ?? null);
    // "the Kharkiv region" the gazetteer has no division for: a region of the city's country, not the city
    const regionOf = headRegion[i] && entry && entry.kind !== 'region' ? entry : null;
    if (regionOf) entry = null;
    let base = n.kind && !n.lead ? lookupPlaceInContext(baseName(surface), contextOf(normName(surface))) : null;
    // "Greater Cairo", "Zamboanga City" the gazetteer lacks: the city they are named after, if it is a city
    const core = !entry && !regionOf && !base ? metroCore(surface) : null;
    const coreEntry = core ? lookupPlaceInContext(core, contextOf(normName(core))) : null;
    const metroOf = coreEntry?.kind === 'city' ? coreEntry : null;
    const sideOf = !entry && !regionOf && !base && !metroOf && !n.kind ? directionCore(surface, (c) => lookupPlaceInContext(c, contextOf(normName(c)))) : null;
    const kind = n.kind ?? (featureList[i] ? 'feature' : null);
    // "Mount Kilimanjaro" lies in Tanzania, "Lake Chad" in four countries (none): a feature of the news tells its own
    let feature = kind === 'feature' ? lookupFeature(surface) : kind === 'facility' ? lookupLandmark(surface) : null;
    // "Hundreds of mourners gathered in Baghdad's Tahrir Square": a place of another country that owns the name has
    // a namesake of the news landmark (Cairo's); the facility then lies in its owner (below)
    const ownedBy = i > 0 && locs[i - 1]!.sentence === n.sentence && POSSESSIVE_GLUE.test(text.slice(locs[i - 1]!.end, n.start)) ? entries[i - 1] : null;
    if (feature && kind === 'facility' && ownedBy?.country && ownedBy.country !== feature.country) feature = null;
    if (feature) base = null;
    // a river or sea is not where a namesake city lies: "the Orange River" is not in California, "the Aral Sea" not in
    // Xinjiang; a country or division it names, or a city in the article's countries, still tells ("Vakhsh River")
    if (base && n.kind === 'feature') {
      const words = surface.split(/\s+/);
      const water = WATER_HEAD.has(words[words.length - 1]!.toLowerCase());
      if (base.kind === 'city' ? !contextOf(normName(surface)).countries.has(base.country!) : water && base.kind === 'country') base = null;
      // "along the Orange River in southern Africa" in a story that also names Sydney: the place written right after
      // the feature says where it lies, and a namesake town of another country (Orange, New South Wales) does not
      const o = locs[i + 1];
      const where = o && o.sentence === n.sentence && PART_OF_PLACE.test(text.slice(n.end, o.start)) ? entries[i + 1] : null;
      if (base?.kind === 'city' && where && where.country !== base.country) base = null;
    }
    // "the Shejaiya neighbourhood of Gaza City", "Soho in London": the city's country when the gazetteer lacks the name;
    // "In Damascus, an explosion hit the Mezzeh district": the city the sentence opens on
    const next = locs[i + 1];
    // (a feature only by a country or division: "the Nuba Mountains of Sudan", not "the Thames River in Ontario" read
    // as the Californian city)
    const unplaced = !entry && !base && !regionOf && !metroOf && !feature && !sideOf;
    const glue = unplaced && next && next.sentence === n.sentence ? text.slice(n.end, next.start) : null;
    // "Ben Gurion Airport near Tel Aviv": a facility lies near the town it serves, a neighbourhood in its city
    // "Lake City, Florida", "Nabatieh, Lebanon", "Dharavi, Mumbai": a town or quarter the gazetteer lacks, qualified by
    // its state, country or city, lies there (a known place in a list, "Syria, Iraq", is placed already: not unplaced)
    // "Rogers Arena, Vancouver, BC", "Al-Awda Hospital, Gaza": a facility, then the city it stands in
    const after = glue !== null && (PART_OF_PLACE.test(glue) || (kind === 'facility' && FACILITY_NEAR.test(glue)) ||
      (kind === 'facility' && QUALIFIER_GLUE.test(glue) && entries[i + 1]?.kind === 'city') ||
      ((!kind || kind === 'feature') && QUALIFIER_GLUE.test(glue) && endsQualifier(text.slice(next!.end, next!.end + 24), !!entries[i + 1]?.division && entries[i + 1]?.kind === 'region') &&
      !opensPeerList(i + 1))) ? entries[i + 1] : null;
    // "In Mumbai's Andheri", "Beirut's Dahiyeh": a quarter of the city (or country) that owns it, when more than the
    // tagger says it is a place: a city owns it, a cue named its kind, or a place's preposition stands before the
    // owner ("in Ukraine's …"); "Shares of Sweden's Klarna" gives no country to a company typed a place
    const prev = locs[i - 1];
    const possessor = prev && prev.sentence === n.sentence && POSSESSIVE_GLUE.test(text.slice(prev.end, n.start)) ? entries[i - 1] : null;
    const ownerEntry = unplaced && !kind ? possessor : null;
    // "Budapest's Liszt Ferenc International Airport", "Kenya's Jomo Kenyatta International Airport": a facility whose
    // name tells no country lies in the city or country that owns it; a name that does tells first ("Russia's Crimea
    // bridge" is named after the Ukrainian peninsula, whoever holds it)
    const facilityOwner = kind === 'facility' && !entry ? possessor : null;
    const owner = ownerEntry && (ownerEntry.kind === 'city' || n.cue === 'place' || n.cueKind ||
      LOCATIVE_BEFORE.test(text.slice(Math.max(0, prev!.start - 12), prev!.start))) ? ownerEntry : null;
    const partOf = kind === 'feature' ? (after?.kind === 'city' ? null : after) : kind === 'facility' ? after : unplaced ? after ?? owner ?? openingCity(i) : null;
    // a name no gazetteer, head word, cue or neighbour places, made only of words of the language and not written after
    // a place's preposition, is a label the tagger read as a place: "Save $31 if …", "freed you like Neo from the
    // Matrix", "published in Science and Nature", "the Force", "We are here to Get. It. OUT" (isCommonWordsPlace).
    // "in Reading", "residents of Paradise" keep theirs: a town named like a word is written after "in", "near", "of".
    if (unplaced && !kind && !partOf && isCommonWordsPlace(text, n)) continue;
    // "The Republic has not commented, the paper said": a word of the language after "the" names no town called so
    // (Republic, Missouri); a town named like a word is written bare ("in Reading", "residents of Hope")
    if (!kind && !n.cue && entry?.kind === 'city' && THE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)) && ONE_WORD.test(surface) &&
      isCommonWordsPlace(text, n)) continue;
    // "In Paris, Macron has said …": a name the gazetteer lacks, right after the place the sentence opens on, that
    // speaks or acts is the clause's subject (a person), not a place of that place's country
    if (unplaced && !kind && prev && i - 1 === firstOfSentence.get(n.sentence) && entries[i - 1] && PEER_COMMA_GLUE.test(text.slice(prev.end, n.start)) &&
      SENTENCE_OPENS_IN.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && ONE_WORD.test(surface) && SUBJECT_ACT_AFTER.test(text.slice(n.end, n.end + 40))) continue;
    const key = regionOf ? `region-of:${normName(surface)}@${regionOf.country}` : feature ? `feature@${feature.lat},${feature.lon}` : groupKey(surface, entry);
    let g = groups.get(key);
    if (!g) {
      g = {
        mentions: [],
        // a head word ("Dam") or cue ("the villages of") tells the kind better than a namesake in the gazetteer, but a
        // country's kind is the gazetteer's: "the village of Novohrodivka, Russia's defence ministry said"
        kind: kind ?? (headRegion[i] ? 'region' : entry?.kind === 'country' ? 'country' : n.cueKind ?? entry?.kind ?? metroKind(surface, metroOf) ?? (sideOf ? 'region' : null)),
        country: feature ? feature.country : entry?.country ?? regionOf?.country ?? base?.country ?? facilityOwner?.country ?? metroOf?.country ?? sideOf?.country ?? partOf?.country ?? null,
        lat: entry?.lat ?? metroOf?.lat ?? feature?.lat ?? null,
        lon: entry?.lon ?? metroOf?.lon ?? feature?.lon ?? null,
      };
      groups.set(key, g);
    } else if (g.country === null && after && partOf === after && !entry && !feature) {
      // "Rebels attacked Ansongo, Niger and Burkina Faso … Troops moved into Ansongo, Mali, on Friday": a later
      // mention's qualifier places a name its first mention left without a country
      g.country = after.country;
    }
    g.mentions.push({ start: n.start, end: n.end, text: surface });
  }
  const places: Place[] = [];
  for (const g of groups.values()) {
    const counts = new Map<string, number>();
    for (const m of g.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    // the most used form; of equals, a written-out one ("Tex." once and "Texas" once → "Texas"), then one not in
    // capitals ("KYIV —" as a dateline, "Kyiv" in the text → "Kyiv")
    const name = [...counts].sort((a, b) => b[1] - a[1] || Number(isAbbreviated(a[0])) - Number(isAbbreviated(b[0])) ||
      Number(isCapitals(a[0])) - Number(isCapitals(b[0])))[0]![0];
    const aliases = [...counts.keys()].filter((t) => t !== name);
    places.push({ id: '', name, aliases, kind: g.kind, country: g.country, lat: g.lat, lon: g.lon, mentions: g.mentions });
  }
  places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  places.forEach((p, i) => { p.id = `P${i + 1}`; });
  return places;
}
