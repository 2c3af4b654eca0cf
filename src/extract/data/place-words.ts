// Word lists that type a name as a place, or as no place at all (extract stage), as data for ner/refine.ts.
import type { WordRule } from './name-words.js';

/**
 * Describing words between a preposition and a place, or just before it: "in occupied Crimea", "in central Kyiv",
 * "Central Beirut was hit". Such a word before a name the gazetteer knows as a city or region makes it that place.
 */
export const PLACE_ADJECTIVES: WordRule = {
  id: 'place-cue/adjective', why: '"an air base in occupied Crimea", "a cafe in central Kyiv", "Central Beirut was hit"',
  words: ['occupied', 'central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern',
    'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'downtown', 'rural', 'coastal',
    'besieged', 'annexed', 'war-torn', 'rebel-held', 'government-held', 'neighbouring', 'neighboring', 'suburban'],
};

/**
 * Prepositions after which a capitalised name is a place even when the gazetteer does not know it: "killed dozens
 * around Parachinar", "gunmen ambushed police near Acapulco", "advanced towards Pokrovsk". Not "in", "at", "across":
 * "shares in Manchester United", "ads across Facebook".
 */
export const SURE_PLACE_PREPOSITIONS: WordRule = {
  id: 'place-cue/sure-preposition', why: '"near Acapulco", "around Parachinar", "outside Kherson", "towards Pokrovsk"',
  words: ['near', 'around', 'outside', 'towards', 'toward'],
};

/** Verbs of going somewhere: a name after them and "to"/"into" is where people went ("Residents fled to Petion-Ville"). */
export const MOTION_VERBS: WordRule = {
  id: 'place-cue/motion-verb', why: '"Displaced families fled to Qamishli", "Residents fled to Petion-Ville and Cap-Haitien"',
  words: ['fled', 'flee', 'flees', 'fleeing', 'flew', 'travelled', 'traveled', 'deported', 'evacuated', 'relocated',
    'sailed', 'escaped', 'marched', 'displaced'],
};

/**
 * What a place's possessive owns: "Hebron's old city was under curfew", "Dagestan's capital Makhachkala". A name the
 * gazetteer knows as a city or region, before one of these, is the place ("Chelsea's manager" is not in the list).
 */
export const PLACE_POSSESSIONS: WordRule = {
  id: 'place-cue/possession', why: '"Hebron\'s old city", "Dagestan\'s capital", "Odesa\'s port", "Kyiv\'s mayor"',
  words: ['old city', 'old town', 'city centre', 'city center', 'streets', 'residents', 'outskirts', 'suburbs', 'centre',
    'center', 'capital', 'port', 'airport', 'mayor', 'governor', 'skyline', 'neighbourhoods', 'neighborhoods', 'districts',
    'waterfront', 'main square', 'inhabitants'],
};

/**
 * An apposition that says the name before it is a town: "Wad Madani, the capital of Gezira state", "El Geneina, the
 * capital of West Darfur", "Butuan, the regional capital". No person or body is anyone's capital or port city.
 */
export const PLACE_APPOSITIONS: WordRule = {
  id: 'place-cue/the-apposition', why: '"Wad Madani, the capital of Gezira state", "Gwadar, the port city"',
  words: ['capital', 'provincial capital', 'state capital', 'regional capital', 'largest city', 'biggest city', 'second city',
    'second-largest city', 'port city', 'border town', 'border city', 'main city', 'main town'],
};

/**
 * Nouns after a name that make it the owner of a building, not a place: "unions marched outside Air France
 * headquarters", "protesters gathered near Google offices". The sure cues ("outside", "near") then say nothing.
 */
export const PREMISES_NOUNS: WordRule = {
  id: 'name/premises', why: '"marched outside Air France headquarters": the company\'s building, no place called Air France',
  words: ['headquarters', 'offices', 'office', 'building', 'buildings', 'embassy', 'consulate', 'premises', 'factory',
    'factories', 'plant', 'store', 'stores', 'branch', 'compound', 'warehouse', 'warehouses', 'hq'],
};

/**
 * Plural place nouns after a list of names: the whole list is places of that kind ("Typhoon Kristine flooded Albay and
 * Camarines Sur provinces", "the Kogi and Anambra states", "the Rocinha and Mare favelas").
 */
export const PLACE_LIST_TAILS: (WordRule & { kind: 'village' | 'city' | 'region' | null })[] = [
  { id: 'place-list-tail/region', kind: 'region', why: '"flooded Albay and Camarines Sur provinces", "Kogi and Anambra states"',
    words: ['provinces', 'states', 'regions', 'districts', 'governorates', 'oblasts', 'counties', 'prefectures'] },
  { id: 'place-list-tail/city', kind: 'city', why: '"the Kharkiv and Sumy cities"', words: ['cities', 'towns'] },
  { id: 'place-list-tail/village', kind: 'village', why: '"the Ayed Kabir and Al-Mushirfa villages"', words: ['villages'] },
  { id: 'place-list-tail/area', kind: null, why: '"the Rocinha and Mare favelas", "the Shejaiya and Zeitoun neighbourhoods"',
    words: ['favelas', 'neighbourhoods', 'neighborhoods', 'suburbs', 'areas'] },
];

/**
 * Rivers, seas, deserts and ranges that news names without a head word, always after "the": "barges stuck on the
 * Danube", "the eastern bank of the Euphrates". The gazetteer holds settlements and divisions, not these.
 */
export const FEATURE_NAMES: WordRule = {
  id: 'place/feature-name', why: '"on the Danube near the border", "the Tishrin dam on the Euphrates", "trucks bound for the Caspian"',
  words: ['danube', 'euphrates', 'tigris', 'nile', 'blue nile', 'white nile', 'rhine', 'rhone', 'thames', 'seine', 'volga',
    'dnieper', 'dniester', 'dnipro river', 'elbe', 'oder', 'vistula', 'mekong', 'yangtze', 'ganges', 'indus', 'brahmaputra',
    'irrawaddy', 'zambezi', 'limpopo', 'orinoco', 'litani', 'orontes', 'shatt al-arab', 'syr darya', 'amu darya', 'yukon',
    'rio grande', 'caspian', 'baltic', 'adriatic', 'aegean', 'mediterranean', 'caribbean', 'atlantic', 'pacific', 'arctic',
    'sahara', 'sahel', 'negev', 'kalahari', 'gobi', 'himalayas', 'alps', 'andes', 'urals', 'pyrenees', 'hindu kush'],
};

/**
 * Ceasefire and de facto border lines, named like bodies ("Line of …") but places on the map: "troops exchanged fire
 * across the Line of Control" (Kashmir) made an organization. Read as FEATURE_NAMES are: whole, after "the".
 */
export const BORDER_LINE_NAMES: WordRule = {
  id: 'place/border-line', why: '"across the Line of Control", "along the Line of Actual Control", "the Blue Line" (Lebanon)',
  words: ['line of control', 'line of actual control', 'line of contact', 'blue line', 'green line', 'durand line', 'radcliffe line'],
};

/**
 * First words of a metropolitan area named after its city: "Greater Khartoum saw heavy fighting", "power cuts in
 * Metro Manila". The tagger reads "Greater" + a capitalised word as a person's name.
 */
/**
 * Words of direction that lead a name of part of a known place, the gazetteer lacking the part: "Northern Italy",
 * "Eastern Ukraine", "Western North Carolina", "Southern California" (an adjective: any country, division or city),
 * "East Mosul", "West Aleppo" (a compass point: a big city's side only, since "East Palestine", Ohio and "West
 * Hollywood" are towns of their own whose namesakes lie elsewhere). places.ts: directionCore.
 */
export const DIRECTION_LEADS: WordRule[] = [
  { id: 'place-lead/direction-adjective', why: '"Northern Italy", "Eastern Ukraine", "Western North Carolina", "Upper Egypt"',
    words: ['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower'] },
  { id: 'place-lead/compass', why: '"East Mosul", "West Mosul", "East Aleppo": a side of a big city',
    words: ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'] },
];

export const METRO_LEADS: WordRule = {
  id: 'place-lead/metro', why: '"Greater Khartoum", "Greater London", "Metro Manila", "Metropolitan Lima": the city and its suburbs',
  words: ['greater', 'metro', 'metropolitan'],
};

/**
 * Tails of compounds that make a city or a division an actor ("Moscow-backed separatists", "Kigali-backed rebels"):
 * not "-based", which tells where a company or office sits ("a Minneapolis-based bank").
 */
export const PLACE_COMPOUND_TAILS: WordRule = {
  id: 'place/city-compound', why: '"Moscow-backed separatists", "Kigali-backed rebels", "Tehran-funded militias"',
  words: ['led', 'backed', 'funded', 'supported', 'brokered', 'sponsored', 'allied', 'controlled', 'held', 'trained', 'armed'],
};

/**
 * Nationalities and peoples the gazetteer's demonyms miss, with the country they point to (null for a people of several
 * countries): alone, the word is no place and no actor ("Kyrgyz police said", "Rohingya refugees", "Tajik border guards").
 */
export const EXTRA_DEMONYMS: { id: string; why: string; words: Record<string, string | null> } = {
  id: 'name/extra-demonym', why: '"Kyrgyz police said", "Azeri forces", "Rohingya refugees": a people, neither a place nor an actor',
  words: {
    kyrgyz: 'KG', kirghiz: 'KG', tajik: 'TJ', tadjik: 'TJ', uzbek: 'UZ', kazakh: 'KZ', turkmen: 'TM', azeri: 'AZ',
    nepali: 'NP', nepalese: 'NP', laotian: 'LA', chechen: 'RU', dagestani: 'RU', ingush: 'RU', tatar: 'RU',
    bashkir: 'RU', tigrayan: 'ET', oromo: 'ET', uyghur: 'CN', uighur: 'CN', tibetan: 'CN', rohingya: 'MM',
    baloch: 'PK', baluch: 'PK', pashtun: null, darfuri: 'SD', kurdish: null, kurd: null, kurds: null,
    abkhaz: 'GE', ossetian: 'GE', kosovar: 'XK', bosniak: 'BA', sahrawi: 'EH',
  },
};

/**
 * Nouns of one person of a nation, which sports and profile writing put after "the" for a player named before: "The
 * Northern Irishman, 35, made an eagle" (a person "Northern Irishman"), "the Dane was injured" (a person "Dane").
 * After "the", maybe with a compass word ("Northern", "South"), the word is no actor: the person is the one named
 * before. Without "the" the words stay names ("Finn Russell", "Dane Coles"); not "Pole" ("the North Pole").
 */
export const DEMONYM_NOUNS: WordRule = {
  id: 'name/demonym-noun', why: '"The Northern Irishman, 35, made an eagle", "the Dane was injured", "the Frenchman scored twice"',
  words: ['irishman', 'irishwoman', 'englishman', 'englishwoman', 'scotsman', 'scotswoman', 'welshman', 'welshwoman',
    'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'spaniard', 'dane', 'swede', 'finn', 'scot', 'brit',
    'briton', 'kiwi', 'aussie', 'argentine', 'serb', 'croat', 'czech', 'slovak', 'swiss', 'luxembourger', 'icelander',
    'new zealander', 'kenyan', 'ethiopian', 'norwegian', 'belgian', 'austrian', 'portuguese', 'italian', 'german', 'american',
    'canadian', 'australian', 'japanese', 'chinese', 'brazilian', 'colombian', 'mexican', 'south african', 'nigerian'],
};

/**
 * Verbs after a name that only a person does: "Tyre Nichols died in Memphis", "Chad Daybell was sentenced": a name
 * that reads as a place or a team ("Tyre" + "Nichols") is then a person.
 */
export const PERSON_ACTS: WordRule = {
  id: 'name/person-act', why: '"Tyre Nichols died in Memphis in 2023", "Chad Daybell was sentenced in Idaho"',
  words: ['died', 'was born', 'was sentenced', 'was convicted', 'was arrested', 'was charged', 'was jailed', 'was killed',
    'was shot', 'was stabbed', 'was elected', 'pleaded', 'testified', 'married', 'resigned', 'told reporters'],
};

/**
 * Second words of names that open with a place and are never a surname, though compromise does not know them as
 * common words: "Georgia Tech", "Florida State", "Jordan Times" are a university and a newspaper, not people.
 */
export const NOT_SURNAMES: WordRule = {
  id: 'name/not-surname', why: '"Georgia Tech beat Florida State": a university, not a person called Tech',
  words: ['tech', 'state', 'metro', 'telecom', 'express', 'herald', 'tribune', 'gazette', 'chronicle', 'observer', 'times',
    'magazine', 'radio', 'tv', 'city', 'county', 'united', 'rovers', 'wanderers', 'athletic', 'airways', 'airlines'],
};

/**
 * Feature words written BEFORE the name: "Fishermen on Lake Victoria", "Climbers on Mount Kenya", "Mt. Elgon". The
 * tagger reads "Lake Mead" as a person and "Mount Sinjar" as anything; the lead makes it a natural feature unless the
 * gazetteer knows the whole as a settlement ("Cape Town", "Lake Charles", "Mount Pleasant").
 */
export const FEATURE_NAME_LEADS: WordRule = {
  id: 'place-lead/feature-name', why: '"Lake Victoria", "Lake Titicaca", "Mount Sinjar", "Mt. Kenya", "Cape Horn"',
  words: ['lake', 'mount', 'mt', 'mt.', 'cape'],
};

/**
 * Lead words of a river's name, read only for names the tagger already calls places ("barges on the River Severn"): a
 * person may bear one ("River Phoenix"), so the tagger's people and bodies keep theirs.
 */
export const RIVER_LEADS: WordRule = {
  id: 'place-lead/river-name', why: '"floods along the River Severn", "the River Wye burst its banks"',
  words: ['river'],
};

/**
 * Feature words written before "of" and the name: "the Strait of Hormuz", "the Bay of Bengal", "the Sea of Azov", "the
 * Gulf of Aden", "the Cape of Good Hope", "the Isle of Wight". Read whole by the tagger as an organization.
 */
export const FEATURE_OF_NAME_LEADS: WordRule = {
  id: 'place-lead/feature-of-name', why: '"tankers in the Strait of Hormuz", "a cyclone over the Bay of Bengal"',
  words: ['strait', 'straits', 'bay', 'sea', 'gulf', 'cape', 'isle', 'lake', 'lakes', 'mountains', 'mouth'],
};

/**
 * Facility words written before "of" and the city they serve: "ships queued at the Port of Savannah", "the Port of
 * Beirut was rebuilt", "the Harbour of Piraeus". The whole is the facility, in the city's country; a town the
 * gazetteer holds by the whole name ("Port of Spain") stays the town.
 */
export const FACILITY_OF_NAME_LEADS: WordRule = {
  id: 'place-lead/facility-of-name', why: '"a fire broke out at the Port of Mombasa", "cranes at the Port of Antwerp"',
  words: ['port', 'ports', 'harbour', 'harbor'],
};

/**
 * Feature heads written last that name words (PLACE_HEADS) lack: "militants in the Sinai Peninsula", "the Golan
 * Heights", "Scarborough Shoal". A capitalised name ending in one is a natural feature, not an organization.
 */
export const FEATURE_NAME_TAILS: WordRule = {
  id: 'place-head/feature-name-tail', why: '"the Sinai Peninsula", "the Golan Heights", "Scarborough Shoal", "the Great Barrier Reef", "crossing the Darien Gap"',
  words: ['peninsula', 'heights', 'shoal', 'reef', 'strait', 'plateau', 'highlands', 'delta', 'canal', 'corridor', 'archipelago', 'gap'],
};

/**
 * Lower-case facility heads after a name the tagger kept as an organization or person: "the Kerem Shalom crossing",
 * "Ben Gurion airport". The name with its head is the facility (extendOverPlaceHead takes only known places).
 */
export const FACILITY_AFTER_HEADS: WordRule = {
  id: 'place-head/facility-after-name', why: '"aid trucks waited at the Kerem Shalom crossing", "flights resumed at Ben Gurion airport"',
  words: ['crossing', 'border crossing', 'airport', 'checkpoint', 'dam'],
};

/**
 * Prepositions just before a name that put it in a phrase, so a "said" after it is someone else's: "Fishermen on Lake
 * Victoria said the catch fell" (the lake does not speak; "Ricki Lake said" does).
 */
/**
 * Prepositions before a hospital's name that put people or things in the building ("Doctors at Al-Shifa Hospital
 * said", "taken to the Kamal Adwan Hospital"): FACILITY_LOCATIVES without "on", "into" and "around", which also
 * stand before a body's name in other senses ("pressure on Al-Shifa Hospital").
 */
export const BODY_LOCATIVES: WordRule = {
  id: 'place-cue/body-locative', why: '"Doctors at Al-Shifa Hospital said fuel had run out": the hospital is also a facility',
  words: ['at', 'in', 'to', 'from', 'inside', 'outside', 'near'],
};

/**
 * Conjunctions that may follow a state or country qualifying a town, as punctuation may: "Lake City, Florida and
 * Valdosta, Georgia". Anything else after it ("Jenin, Israel's army said", "Novohrodivka, Russia said") makes the
 * comma an attribution's, not a qualifier's.
 */
export const QUALIFIER_END_WORDS: WordRule = {
  id: 'place/qualifier-end', why: '"Lake City, Florida and Valdosta, Georgia": the qualifier ends before "and"',
  words: ['and', 'or', 'but'],
};

/**
 * Party words after a place's name that make it a US state: "Rep. Marjorie Taylor Greene, a Georgia Republican",
 * "Texas Democrats walked out", "the Florida GOP". Capitalised only: "a Georgia republican movement" is not meant.
 */
export const US_STATE_PARTY_WORDS: WordRule & { country: string } = {
  id: 'place/us-state-party', country: 'US', why: '"a Georgia Republican" was the country Georgia',
  words: ['Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'GOP'],
};

/**
 * Nouns a state written after a town may modify, the town's comma then left out as news often do: "Jordan, Minnesota
 * police said", "Paris, Texas officials", "a Peru, Indiana man". The state still qualifies the town before it (a
 * first-level division only: "Jenin, Israel's army" and "Novohrodivka, Russia said" are attributions). Not "lawmakers"
 * or "troops": "Refugees crossed into Jordan, Minnesota lawmakers were told" is the country, then a state's body.
 */
export const QUALIFIER_NOUNS: WordRule = {
  id: 'place/qualifier-noun', why: '"Jordan, Minnesota police said the driver fled": the town of Jordan, in Minnesota',
  words: ['police', 'officials', 'official', 'authorities', 'residents', 'resident', 'schools', 'school', 'sheriff', "sheriff's",
    'deputies', 'firefighters', 'officers', 'mayor', 'man', 'woman', 'boy', 'girl', 'native', 'students', 'teachers'],
};

/**
 * Verbs of a person's act or speech after a one-word name right after the place a sentence opens on: "In Paris, Macron
 * has said …", "In London, Starmer has warned …". The tagger reads such a name as a place qualifying the first ("Paris,
 * Texas"); with one of these verbs after it (maybe after "has", "will", "also"), it is the clause's subject, no place.
 * Not the verbs a quarter takes ("In Beirut, Ghobeiry was hit", "Govandi has no power": QUARTER_PREDICATES).
 */
export const SUBJECT_ACTS: WordRule = {
  id: 'place/subject-act', why: '"In Paris, Macron has said the plan would go ahead": Macron speaks, he is no place in France',
  words: ['said', 'says', 'told', 'warned', 'warns', 'called', 'calls', 'urged', 'urges', 'vowed', 'vows', 'pledged', 'promised',
    'insisted', 'argued', 'announced', 'announces', 'added', 'stressed', 'declared', 'signed', 'signs', 'met', 'meets', 'rejected',
    'praised', 'criticised', 'criticized', 'condemned', 'welcomed', 'dismissed', 'denied', 'claimed', 'ordered', 'appointed',
    'unveiled', 'proposed', 'defended', 'accused', 'thanked', 'hosted', 'said that', 'told reporters'],
};

export const FACILITY_LOCATIVES: WordRule = {
  id: 'place-cue/locative-before', why: '"Fishermen on Lake Victoria said", "Doctors at Nasser Hospital in Khan Younis said"',
  words: ['at', 'in', 'to', 'into', 'from', 'outside', 'near', 'inside', 'on', 'around'],
};

/** Heads of buildings that are also bodies: a facility when the article places it ("Nasser Hospital in Khan Younis"). */
export const FACILITY_BODY_HEADS: WordRule = {
  id: 'place-head/facility-body', why: '"doctors at Nasser Hospital in Khan Younis": the hospital as a place',
  words: ['hospital', 'medical center', 'medical centre', 'infirmary', 'clinic'],
};

/**
 * Capitalised sentence openers that are never the first word of a facility named after someone: "Yesterday Gaza
 * Airport reopened", "Officials Gurion ..." stay out of the name ("Ben Gurion Airport suspended flights" takes "Ben").
 */
export const OPENERS_NOT_NAMES: WordRule = {
  id: 'name/opener-not-name', why: '"Ben Gurion Airport suspended flights" takes "Ben"; "Yesterday Gaza Airport reopened" does not take "Yesterday"',
  words: ['yesterday', 'today', 'tonight', 'tomorrow', 'meanwhile', 'officials', 'residents', 'authorities', 'police', 'troops',
    'flights', 'passengers', 'travellers', 'travelers', 'both', 'some', 'many', 'most', 'all', 'several', 'earlier', 'later',
    'now', 'overnight', 'there', 'here', 'elsewhere', 'nearby', 'inside', 'outside', 'again', 'still', 'only', 'even'],
};

/** Heads of open water: a country in the name is a shore, not where the feature lies ("South China Sea"). */
export const WATER_HEADS: WordRule = {
  id: 'place-head/water', why: '"the South China Sea", "the Sea of Japan": no country of their own',
  words: ['sea', 'ocean', 'gulf', 'strait', 'straits', 'bay', 'channel'],
};

/**
 * Compass words the tagger splits from the open water they name: "patrolled the South China Sea" as "South" (an
 * organization) and "China Sea", "over the East China Sea" as two places. Before a water name, one feature.
 */
export const WATER_DIRECTIONS: WordRule = {
  id: 'place-lead/water-direction', why: '"the South China Sea", "the East China Sea": one sea, not "South" and "China Sea"',
  words: ['north', 'south', 'east', 'west'],
};

/**
 * Lower-case particles inside a place name, between capitalised words: "San Cristobal de las Casas", "Eldorado do
 * Sul", "Mocimboa da Praia". The tagger often cuts the name at them ("San Cristobal" + "Casas") or keeps it whole
 * under another type; these join the pieces and let the place rules read the whole.
 */
export const PLACE_NAME_PARTICLES: WordRule = {
  id: 'place-name/particle', why: '"hotels in San Cristobal de las Casas", "families in Eldorado do Sul", "Mocimboa da Praia"',
  words: ['da', 'do', 'dos', 'das', 'de', 'del', 'de la', 'de las', 'de los', 'la', 'las', 'los'],
};

/**
 * Capitalised words that open a place's name and never a person's: Spanish plural articles and the Spanish and French
 * words for a town, port or quarter. "Fishermen in Las Croabas said" (a Puerto Rican village) was a person, then an
 * organization; "El" is left out ("El Chapo", "El Mencho" are nicknames of people).
 */
export const PLACE_NAME_LEADS: WordRule = {
  id: 'place-name/lead', why: '"fishermen in Las Croabas", "Los Mochis", "Cité Soleil", "Ciudad Juárez", "Puerto Morelos"',
  words: ['las', 'los', 'cité', 'cite', 'ciudad', 'puerto', 'playa', 'colonia', 'barrio'],
};

/** Last words after a particle that make a place name, whatever the gazetteer knows: "Eldorado do Sul", "Vina del Mar". */
export const DIRECTION_TAILS: WordRule = {
  id: 'place-name/particle-tail', why: '"Eldorado do Sul", "Surigao del Sur", "Lanao del Norte", "Vina del Mar"',
  words: ['sul', 'sur', 'norte', 'mar', 'oeste', 'este', 'leste'],
};

/**
 * A plural place noun and a word that brings examples of it, before a list of names: each name is such a place,
 * whatever the tagger or the gazetteer says ("flooding suburbs such as Andheri and Kurla", "Beirut's southern suburbs,
 * known as Dahiyeh"). Person nouns ("leaders such as") are not here, so "such as Paris Hilton" stays a person.
 * Apart from PLACE_PART_NOUNS on purpose: places of any size (cities, provinces, islands), mostly plural, and "areas",
 * "camps" only qualified, as no title follows to make the example a place (its use 'titled-example' reads "district",
 * "areas" and "camps" alone before "Sheikh", "Sidi").
 */
export const PLACE_EXAMPLE_NOUNS: WordRule = {
  id: 'place-cue/example-noun', why: '"suburbs such as Andheri and Kurla", "towns including Bakhmut", "the southern suburbs, known as Dahiyeh"',
  // "areas" and "camps" have other senses ("areas such as Cyber Security", "camps such as Labour"): see
  // PLACE_EXAMPLE_QUALIFIED_NOUNS
  words: ['suburbs', 'suburb', 'neighbourhoods', 'neighborhoods', 'neighbourhood', 'neighborhood', 'districts', 'towns', 'cities',
    'villages', 'provinces', 'regions', 'islands', 'favelas', 'slums', 'townships', 'settlements', 'enclaves'],
};
/**
 * Plural nouns that bring places as examples only after a word that makes them ground: "refugee camps such as Zaatari"
 * (not "camps such as Labour and the Conservatives"), "coastal areas such as Cox's Bazar" (not "areas such as Cyber
 * Security and Artificial Intelligence").
 */
export const PLACE_EXAMPLE_QUALIFIED_NOUNS: (WordRule & { noun: string })[] = [
  { id: 'place-cue/example-noun-camps', noun: 'camps', why: '"refugee camps such as Zaatari", "displacement camps like Zamzam"',
    words: ['refugee', 'displacement', 'displaced', 'idp', 'tent', 'migrant', 'migrants', 'relief', 'transit', 'border'] },
  { id: 'place-cue/example-noun-areas', noun: 'areas', why: '"coastal areas such as Cox\'s Bazar", "border areas like Kurram"',
    words: ['residential', 'rural', 'urban', 'border', 'coastal', 'frontline', 'front-line', 'flooded', 'affected', 'occupied',
      'populated', 'remote', 'mountainous', 'tribal', 'low-lying', 'outlying', 'surrounding', 'northern', 'southern', 'eastern',
      'western', 'central', 'hit', 'storm-hit', 'quake-hit', 'flood-hit'] },
];
export const PLACE_EXAMPLE_LINKS: WordRule = {
  id: 'place-cue/example-link', why: '"suburbs such as Andheri", "towns including Bakhmut", "suburbs, known as Dahiyeh", "slums like Kibera"',
  words: ['such as', 'including', 'like', 'known as', 'called', 'namely'],
};

/**
 * The patterns that read a noun of a part of a place (PLACE_PART_NOUNS):
 * - 'part-of' (places.ts PART_OF_PLACE): the part's head, if any, between a part and the place it lies in: "the
 *   Shejaiya neighbourhood of Gaza City", "Deir al-Balah in central Gaza"; the part takes the place's country.
 * - 'division-of' (places.ts DIVISION_PART_OF): a second-level division's head, then the first-level division it lies
 *   in: "the Bijapur district of Chhattisgarh", "Sukma district in Chhattisgarh state".
 * - 'titled-head' (ner/refine.ts TITLED_PLACE_HEAD_AFTER): a quarter's head after a name that opens with an Arabic
 *   title, which makes it a place: "the Sheikh Maqsoud neighbourhood" (no person "Maqsoud").
 * - 'titled-example' (ner/refine.ts TITLED_PLACE_BEFORE): a noun, singular or plural, and an example's cue before such
 *   a titled name: "Kurdish neighbourhoods such as Sheikh Maqsoud", "camps like Sidi Bilal". Wider than
 *   PLACE_EXAMPLE_NOUNS, which needs no title after it: "areas" and "camps" are safe before "Sheikh", "Sidi".
 */
export type PlacePartUse = 'part-of' | 'division-of' | 'titled-head' | 'titled-example';

/**
 * Nouns of a part of a place, each written once with the patterns that read it (PlacePartUse), lower case (the
 * patterns of places.ts ignore case, those of refine.ts do not). Plurals only where a use reads them: a list of parts
 * before the place ("the Shejaiya and Zeitoun neighbourhoods of Gaza City").
 */
export const PLACE_PART_NOUNS: (WordRule & { uses: PlacePartUse[] })[] = [
  { id: 'place-part/quarter', uses: ['part-of', 'titled-head', 'titled-example'],
    why: '"the Shejaiya neighbourhood of Gaza City", "the Sheikh Maqsoud neighbourhood"',
    words: ['neighbourhoods', 'neighborhoods', 'neighbourhood', 'neighborhood', 'area', 'quarter', 'suburb'] },
  { id: 'place-part/district', uses: ['part-of', 'division-of', 'titled-head', 'titled-example'],
    why: '"the Bijapur district of Chhattisgarh", "the Shejaiya district of Gaza City", "the Sheikh Maqsoud district"',
    words: ['district'] },
  { id: 'place-part/plural', uses: ['part-of', 'titled-example'],
    why: '"the Shejaiya and Zeitoun districts of Gaza City", "Kurdish areas such as Sheikh Maqsoud"',
    words: ['districts', 'suburbs', 'quarters', 'areas'] },
  { id: 'place-part/part-of-only', uses: ['part-of'],
    why: '"the Soweto township of Johannesburg", "the Kibera slum in Nairobi"',
    words: ['township', 'townships', 'slum', 'slums'] },
  { id: 'place-part/camp', uses: ['titled-head', 'titled-example'], why: '"families sheltered in the Sidi Bilal camp": a place, no person "Bilal"', words: ['camp'] },
  { id: 'place-part/division', uses: ['division-of'], why: '"Kiambu county in Kenya", "the Dahanu taluka in Maharashtra"',
    words: ['county', 'tehsil', 'taluka', 'municipality'] },
  // settlements, not parts of a place, read only as the noun before an example's cue and a titled name
  { id: 'place-part/settlement', uses: ['titled-example'], why: '"camps such as Sidi Bilal", "towns like Sidi Bouzid"',
    words: ['camps', 'town', 'towns', 'village', 'villages'] },
];

/** The nouns of PLACE_PART_NOUNS one use reads, for a pattern's alternation. */
export function placePartNouns(use: PlacePartUse): string[] {
  return PLACE_PART_NOUNS.filter((r) => r.uses.includes(use)).flatMap((r) => r.words);
}

/**
 * Words of a sports report in the sentence of a list after a verb of striking or taking: the list is of clubs, not
 * places ("Injuries have hit Chelsea and Arsenal ahead of Sunday's match", "Real Madrid took Barcelona and Atletico
 * apart in the cup"). Words that war copy rarely writes beside "hit X and Y".
 */
export const SPORT_CONTEXT_WORDS: WordRule = {
  id: 'not-place/sport-context', why: '"Injuries have hit Chelsea and Arsenal ahead of the match", "took Liverpool and Newcastle apart"',
  words: ['match', 'matches', 'fixture', 'fixtures', 'derby', 'league', 'cup', 'season', 'squad', 'squads', 'clubs', 'goals',
    'striker', 'strikers', 'defenders', 'midfielders', 'apart', 'injuries', 'injury', 'showdown', 'title', 'points', 'games'],
};

/**
 * Verbs of a side playing, right after a name or "who": a team or club named after its county or city ("Surrey won the
 * title", "Queensland beat Victoria"), never the place, whatever the gazetteer knows of the name.
 */
export const TEAM_VERBS: WordRule = {
  id: 'not-place/team-verb', why: '"Surrey won the title", "Queensland beat Victoria by six wickets", "Otago drew with Canterbury"',
  words: ['won', 'wins', 'win', 'beat', 'beats', 'drew', 'draw', 'lost', 'lose', 'loses', 'defeated', 'signed', 'signs',
    'scored', 'thrashed', 'edged', 'clinched', 'played', 'plays', 'who'],
};

/**
 * Verbs after a one-word name that a place takes as well as a person: "In Mumbai, Dharavi was flooded", "Malvani saw the
 * worst flooding", "Govandi has no power". Any other verb there makes the name the person acting ("In Washington, Biden
 * signed the bill"): ner/refine.ts keeps the tagger's person then. These verbs say nothing either way: what follows them
 * must say a place (QUARTER_PREDICATES), for "In Paris, Macron has called for talks" is the president.
 */
export const PLACE_SUBJECT_VERBS: WordRule = {
  id: 'place-cue/place-subject-verb', why: '"In Mumbai, Dharavi was flooded", "In Beirut, Ghobeiry has been hit", "Tondo saw looting"',
  words: ['is', 'was', 'were', 'are', 'has', 'had', 'have', 'remains', 'remained', 'lies', 'sits', 'saw', 'sees', 'recorded', 'received'],
};

/**
 * The positive evidence that a one-word name after "In <city>," is a quarter of that city and not the person the tagger
 * read ("In Mumbai, Dharavi residents queued" but "In Paris, Macron has called for talks", "In Rome, Meloni, who took
 * office in 2022, …", "In Kyiv, Zelensky's office said"). First, nouns of a place's people, streets and buildings right
 * after the name or its "'s": "Dharavi residents", "Ghobeiry's streets".
 * Its place-part heads (slum, neighbourhood, district, area …) are kept here, not taken from PLACE_PART_NOUNS: this cue
 * reads them with the people's and buildings' nouns after a lone name, in the singular and "slums", a set that is no
 * use of that table ('titled-head' has the plural "neighbourhoods" and no "slum", "township"); one set would change
 * what either reads. A head added there may belong here too.
 */
export const QUARTER_NOUNS: WordRule = {
  id: 'place-cue/quarter-noun', why: '"In Mumbai, Dharavi residents queued for water", "In Beirut, Ghobeiry\'s streets were empty"',
  words: ['residents', 'resident', 'inhabitants', 'dwellers', 'locals', 'villagers', 'households', 'families', 'tenants',
    'streets', 'street', 'roads', 'homes', 'houses', 'buildings', 'shops', 'shopkeepers', 'traders', 'market', 'markets',
    'slum', 'slums', 'neighbourhood', 'neighborhood', 'district', 'area', 'quarter', 'suburb', 'township', 'camp'],
};

/**
 * Second, what a place undergoes or is, after a linking verb (QUARTER_LINKS): "In Beirut, Ghobeiry was hit twice",
 * "Govandi has no power", "Kurla remains under water". Not the act done to or by a person: "Zelensky was greeted",
 * "Meloni is expected to", "Sharma was arrested" (none of these is in the list).
 */
export const QUARTER_PREDICATES: WordRule = {
  id: 'place-cue/quarter-predicate', why: '"In Beirut, Ghobeiry was hit twice", "In Mumbai, Govandi has no power", "Kurla was flooded"',
  words: ['flooded', 'shelled', 'hit', 'bombed', 'struck', 'evacuated', 'submerged', 'inundated', 'damaged', 'destroyed',
    'razed', 'flattened', 'levelled', 'leveled', 'swamped', 'battered', 'pounded', 'besieged', 'encircled', 'cut off',
    'sealed off', 'cordoned off', 'blacked out', 'under water', 'underwater', 'under curfew', 'under siege', 'without power',
    'without water', 'without electricity', 'no power', 'no water', 'no electricity', 'home to', 'worst hit', 'hardest hit',
    'worst-hit', 'hardest-hit', 'among the worst hit', 'among the hardest hit', 'located', 'situated'],
};

/** Linking verbs before a QUARTER_PREDICATE ("was hit", "has no power", "remains under water"; "has been" by "been"). */
export const QUARTER_LINKS: WordRule = {
  id: 'place-cue/quarter-link', why: '"Ghobeiry was hit", "Govandi has been shelled", "Kurla remains under water"',
  words: ['is', 'was', 'were', 'are', 'has', 'had', 'have', 'remains', 'remained', 'stays', 'stayed', 'lies', 'lay'],
};

/** Adverbs between a QUARTER_LINK and its predicate, besides any "-ly" word: "Ghobeiry was again hit", "is still without power". */
export const QUARTER_ADVERBS: WordRule = {
  id: 'place-cue/quarter-adverb', why: '"Ghobeiry was again hit", "Govandi is still without power", "Kurla was badly flooded"',
  words: ['still', 'also', 'again', 'now', 'already', 'once again', 'twice'],
};

/**
 * Third, a verb of what a place went through with the event it names, two words apart at most: "Malvani saw the worst
 * flooding", "Tondo saw looting"; not "In Paris, Macron saw an opportunity".
 */
export const QUARTER_EVENT_VERBS: WordRule = {
  id: 'place-cue/quarter-event-verb', why: '"Malvani saw the worst flooding", "In Manila, Tondo saw looting"',
  words: ['saw', 'sees', 'recorded', 'received', 'suffered'],
};

/** The events of QUARTER_EVENT_VERBS: "saw the worst flooding", "suffered heavy shelling". */
export const QUARTER_EVENT_NOUNS: WordRule = {
  id: 'place-cue/quarter-event-noun', why: '"Malvani saw the worst flooding", "Tondo saw looting", "Ghobeiry suffered heavy shelling"',
  words: ['flooding', 'floods', 'rain', 'rainfall', 'snow', 'snowfall', 'looting', 'shelling', 'strikes', 'airstrikes',
    'bombing', 'fighting', 'clashes', 'damage', 'outages', 'blackouts', 'landslides', 'fires', 'destruction'],
};

/** Nouns of a body's branch named by its town: "the FBI's Cincinnati field office", "the agency's Kabul bureau". */
export const BRANCH_NOUNS: WordRule = {
  id: 'place-cue/branch', why: '"The FBI\'s Cincinnati field office said": Cincinnati is where the office is, not a body',
  words: ['field office', 'field offices', 'regional office', 'office', 'offices', 'bureau', 'branch', 'headquarters', 'plant',
    'factory', 'consulate', 'embassy', 'station', 'chapter', 'campus'],
};

/**
 * Last words of a street's name, in an address given with a person's age or town in local copy: "Daniel Parfitt, 29,
 * of Kingshill Road, Swindon, admitted", "John Smith, of 12 Elm Street, Dayton, said". The town after the street's
 * comma ends that address, no speaker. No "court" ("Swindon Crown Court") nor "park".
 */
export const STREET_HEADS: WordRule = {
  id: 'place-head/street', why: '"Jane Doe, 41, of Bath Road, Swindon, told the court": Swindon is where Bath Road is, not who spoke',
  words: ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'close', 'crescent', 'boulevard', 'blvd', 'way',
    'terrace', 'grove', 'gardens', 'parade', 'circle', 'highway', 'place'],
};

/**
 * Local copy's people of a town, after the town's name and a person's age: "a 19-year-old Auburn man was charged",
 * "a 54-year-old Lismore woman". The name between is where they live, whatever the tagger made of it.
 */
export const RESIDENT_NOUNS: WordRule = {
  id: 'place-cue/resident-noun', why: '"a 19-year-old Auburn man" (an organization "Auburn")',
  words: ['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'youth', 'resident', 'driver', 'motorist', 'couple', 'mother', 'father'],
};

/**
 * A town's public bodies in lower case after its name: "Cincinnati police said", "Lewiston police arrested", "Dayton
 * firefighters". A name the gazetteer holds as a place, before one of these, is the town (the body is no name).
 */
export const TOWN_BODY_NOUNS: WordRule = {
  id: 'place-cue/town-body', why: '"Separately, Cincinnati police said" (an organization "Cincinnati", and the town lost)',
  words: ['police', 'police officers', 'police department', 'officers', 'detectives', 'deputies', 'firefighters',
    'fire crews', 'fire officials', 'city officials', 'city council', 'school officials', 'school board'],
};
