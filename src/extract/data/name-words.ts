// Word lists for actors and places (extract stage): heads, cues, titles and well-known organizations, as data.
import { OUTLET_AGENCIES } from '../../data/news-agencies.js';

/** A word list with an id, used by the name rules in ner/refine.ts and actors.ts. */
export interface WordRule {
  id: string;
  /** Lower-case words or phrases. */
  words: string[];
  /** Why the rule exists, with the case it handles. */
  why: string;
}

/** Title words that take their portfolio after "for": "Minister for Foreign Affairs Penny Wong", "Secretary for Security". */
export const PORTFOLIO_TITLES: WordRule = {
  id: 'title/portfolio-for', why: '"State Minister for Disaster Management Mohibbur Rahman told reporters": the portfolio, then the person',
  words: ['minister', 'secretary', 'commissioner', 'adviser', 'advisor', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman'],
};

/**
 * Last words of an office only a person holds, which the tagger reads as an organization's head: "The National
 * Security Advisor, Mike Waltz, said" and "The Advisor added" gave an organization "National Security Advisor". A name
 * ending in one is an office (a person named by it), as "the Foreign Secretary" is; not a name holding "of" ("the
 * Office of the Special Envoy") nor opened by a body's head.
 */
export const PERSON_OFFICE_TAILS: WordRule = {
  id: 'title/person-office-tail', why: '"The National Security Advisor, Mike Waltz, said" is Mike Waltz\'s office, no organization',
  words: [...PORTFOLIO_TITLES.words, 'representative', 'ambassador'],
};

/**
 * Parties whose full name the tagger misses and whose short name is a common word, as written (case counts): "Reform
 * UK has overtaken the Conservatives … Reform said" gave the place "UK" and no actor. The full name in the article makes
 * it one organization, and its short name, standing alone after it, an alias (KNOWN_SHORT_FORMS); without the full
 * name the short word is read as any other word ("the reform said to …").
 */
export const PARTY_SHORT_NAMES: (WordRule & { full: string })[] = [
  { id: 'party-short/reform-uk', full: 'Reform UK', why: '"Reform UK has overtaken the Conservatives. Reform said the result …"', words: ['Reform'] },
  { id: 'party-short/change-uk', full: 'Change UK', why: '"Change UK lost all its seats. Change said …"', words: ['Change'] },
];

/** Last words that make a name an organization: "Samarkand Brigade", "101st Division", "Syrian Arab Army". */
export const ORG_HEADS: WordRule[] = [
  { id: 'org-head/military', why: '"Al-Fatah Brigade", "First Corps", "Syrian Democratic Forces"',
    words: ['brigade', 'brigades', 'division', 'corps', 'army', 'forces', 'front', 'battalion', 'battalions', 'regiment',
      'militia', 'militias', 'guard', 'guards', 'command', 'legion', 'squadron', 'fleet', 'unit', 'units', 'navy',
      'marines', 'police', 'air force', 'wing', 'task force',
      // a military's staff as a body: "the ministry's Joint Staff said" (a person "Joint Staff"), "Russia's General Staff"
      'staff'] },
  { id: 'org-head/media', why: '"Alsumaria News", "Fox News": a news outlet', words: ['news'] },
  { id: 'org-head/civil', why: '"Baath Party", "Security Council", "Defence Ministry", "Red Crescent"',
    words: ['party', 'movement', 'council', 'committee', 'ministry', 'agency', 'commission', 'coalition', 'alliance',
      'organization', 'organisation', 'union', 'institute', 'foundation', 'association', 'federation', 'crescent',
      'bank', 'university', 'department', 'office', 'court', 'parliament', 'assembly', 'government', 'society',
      'observatory'] },
];

/**
 * Last words of a body's name that a person's name may follow with no comma, the way Ukrainian and war-summary copy
 * writes an office before its holder: "Head of the Poltava Regional Military Administration Volodymyr Kohut said",
 * "Commander of the Ukrainian 3rd Assault Brigade Andriy Biletsky stated". Besides ORG_HEADS and BODY_ORG_HEADS, the
 * heads of the bodies named that way; the tagger ran body and holder into one organization.
 */
export const HOLDER_BODY_HEADS: WordRule[] = [
  { id: 'holder-body/administration', why: '"Kherson City Military Administration Roman Mrochko", "General Staff Oleksandr …"',
    words: ['administration', 'staff', 'headquarters', 'directorate', 'service', 'inspectorate'] },
];

/**
 * Last words of a public body's name besides ORG_HEADS, kept apart from them because the tagger's features read
 * ORG_HEADS (gazetteer 'orghead'): these are for the rules only. "The Kenya Ports Authority said" is tagged as one
 * place; with its head it stays one organization, not the place Kenya and a person "Ports Authority".
 */
export const BODY_ORG_HEADS: WordRule[] = [
  { id: 'org-head/public-body', why: '"Kenya Ports Authority", "Ghana Cocoa Board", "Pakistan Stock Exchange", "Arab Monetary Fund"',
    words: ['authority', 'board', 'exchange', 'fund'] },
  { id: 'org-head/national-service', why: '"the U.S. Geological Survey said", "the U.S. Census Bureau said": a country\'s scientific or statistical body, not the place U.S. and a person "Geological Survey"',
    words: ['survey', 'bureau'] },
  { id: 'org-head/presidency', why: '"the Disaster and Emergency Management Presidency said": a state body reporting to a president',
    words: ['presidency'] },
  // UK counter-terrorism police name themselves by the work: "Counter Terrorism Policing North West said" was a person
  { id: 'org-head/policing', why: '"Counter Terrorism Policing said a man was arrested", "Counter Terrorism Policing North East"',
    words: ['policing', 'constabulary'] },
  // a broadcaster named with its medium: "Houthi-run Al-Masirah TV said" and "Hezbollah's Al-Manar TV reported" were
  // people, "Army Radio" too
  { id: 'org-head/broadcaster', why: '"Al-Masirah TV said the strikes hit Hodeidah", "Israel\'s Army Radio reported", "Kan Television"',
    words: ['tv', 'television', 'radio'] },
];

/**
 * Last words of a body's name (BODY_ORG_HEADS, LEAGUE_HEADS) that are also surnames: "Peter Fund, a retired teacher,
 * told", "Mary League said" are people; "the Gates Fund", "the Arab League" bodies. After a common given name, with
 * nothing before it that makes a body ("the", an organization cue), the tagger's person stays a person.
 */
export const SURNAME_ORG_HEADS: WordRule = {
  id: 'org-head/surname', why: '"Peter Fund, a retired teacher from Ohio, told the paper": a person named Fund',
  words: ['fund', 'board', 'league'],
};

/**
 * A body's last word that also ends a sports competition's name: "The Arab League said", "the Awami League" are
 * organizations; "the American League wild card", "the National League lead" in a baseball report are competitions,
 * no actor (those the news treats as bodies are KNOWN_ORGS: "The Premier League said"). Read outside sports reports only.
 */
export const LEAGUE_HEADS: WordRule = {
  id: 'org-head/league', why: '"The Arab League said it rejected", "the Muslim League", "the Anti-Defamation League"',
  words: ['league'],
};

/**
 * Sports and their players' words, besides SPORT_CONTEXT_WORDS, that make an article a sports report: "BASEBALL - MAJOR
 * LEAGUE RESULTS", "Baseball games played on Thursday", "Kerala's bowlers took five wickets".
 */
export const SPORT_REPORT_WORDS: WordRule = {
  id: 'sport/report-word', why: '"Results of Major League Baseball games": a baseball report, its "American League" a competition',
  words: ['baseball', 'football', 'soccer', 'cricket', 'rugby', 'basketball', 'hockey', 'tennis', 'golf', 'athletics', 'cycling',
    'volleyball', 'handball', 'nfl', 'nba', 'nhl', 'mlb', 'wickets', 'innings', 'batsman', 'batsmen', 'batters', 'bowlers',
    'quarterback', 'touchdown', 'touchdowns', 'playoffs', 'play-offs'],
};

/** Words that open a military operation's name, itself an actor of the news: "Operation Inherent Resolve". */
export const OPERATION_LEADS: WordRule = {
  id: 'org/operation', why: '"Operation Steel Curtain", "Operation Inherent Resolve": the operation, not a person',
  words: ['operation'],
};

/** Capitalised words that are names but no actor of the news: "God", "Allah" in quotes. */
export const NOT_ACTORS: WordRule = {
  id: 'name/not-actor', why: '"God willing," he said: a deity is not a person in the story',
  words: ['god', 'allah',
    // our planet in science copy: "1.5 million kilometres from Earth" made an organization "Earth"
    'earth',
    // the legal classes of drugs (and of shares) in British court reports: "conspiracy to supply Class A drugs" made an
    // organization "Class A"
    'class a', 'class b', 'class c',
    // a degree and the British orders of chivalry in profiles and obituaries: "completed a PhD at Imperial College",
    // "She was appointed CBE in 2001", "received an MBE" made organizations PhD, CBE, MBE (no "BA" or "MA": British
    // Airways, Massachusetts)
    'phd', 'dphil', 'mba', 'msc', 'bsc', 'llb', 'llm', 'mbe', 'obe', 'cbe', 'kbe', 'dbe', 'gbe'],
};

/**
 * Sports events, competitions, trophies and award ceremonies, written as names: an event, neither a person nor a body
 * nor a place. The tagger made a person of "Super Bowl LX" and of "the Grammys", an organization of "Copa del Rey". A
 * roman numeral or a year after the name is the edition ("Super Bowl LIX", "Olympics 2028").
 */
export const EVENT_NAMES: WordRule = {
  id: 'name/event', why: '"Lamar will headline the Super Bowl LX halftime show", "won album of the year at the Grammys"',
  words: ['super bowl', 'grammys', 'grammy awards', 'oscars', 'academy awards', 'emmys', 'emmy awards', 'golden globes',
    'golden globe awards', 'baftas', 'bafta awards', 'tony awards', 'brit awards', 'mtv video music awards', 'olympics',
    'olympic games', 'paralympics', 'paralympic games', 'winter olympics', 'world series', 'stanley cup', 'copa del rey',
    'copa america', 'copa libertadores', 'ballon d\'or', 'tour de france', 'giro d\'italia', 'vuelta a espana', 'ryder cup',
    'solheim cup', 'davis cup', 'billie jean king cup', 'fa cup', 'carabao cup', 'league cup', 'world cup', 'club world cup',
    'six nations', 'eurovision', 'eurovision song contest', 'coachella', 'glastonbury', 'grand national', 'kentucky derby',
    'march madness', 'nba finals', 'stanley cup final', 'daytona 500', 'indianapolis 500', 'indy 500'],
};

/**
 * Nouns of a work (a film, an album, a book) right before its title, after a determiner or an owner: the title is no
 * person or body ("her country record Cowboy Carter" was a person, "her album The Tortured Poets Department" an
 * organization). Not nouns that often stand before an actor's name in other senses ("game", "record", "single", "show"),
 * nor verbs and adjectives ("The ban hit Nvidia's sales", "the western Idlib countryside", "the play Arsenal made").
 */
export const WORK_NOUNS: WordRule = {
  id: 'name/work-noun', why: '"her album The Tortured Poets Department", "the film Top Gun: Maverick", "his memoir A Promised Land"',
  words: ['album', 'albums', 'film', 'films', 'movie', 'movies', 'song', 'songs', 'track', 'ep', 'mixtape', 'novel', 'novels',
    'memoir', 'book', 'documentary', 'docuseries', 'miniseries', 'series', 'sitcom', 'musical', 'opera', 'biopic', 'sequel',
    'prequel', 'remake', 'franchise', 'podcast', 'anthem', 'ballad', 'blockbuster', 'thriller', 'video game', 'soundtrack',
    'painting', 'sculpture', 'poem',
    // obituaries and arts features: "a memoir, “Counting the Cost,”", "“The Drowned Lighthouse,” a canvas", "A
    // retrospective, “Tides,” opened"
    'memoirs', 'autobiography', 'biography', 'books', 'canvas', 'canvases', 'paintings', 'retrospective', 'exhibition',
    'essay', 'essays', 'poems', 'symphony'],
};
/**
 * Nouns of a nickname, read as WORK_NOUNS are (ner/refine.ts): a name quoted after them, or quoted before them in
 * apposition, is a nickname, no actor of its own. "earned her the nickname \"the Voice of the Valleys\"" made an
 * organization, "Friends call her \"La Flaca,\" a nickname from her student days" a second person.
 */
export const NICKNAME_NOUNS: WordRule = {
  id: 'name/nickname-noun', why: '"the nickname \"the Voice of the Valleys\"", "\"La Flaca,\" a nickname from her student days"',
  words: ['nickname', 'nicknames', 'moniker', 'sobriquet', 'stage name', 'pen name', 'nom de guerre'],
};
/** Nouns of a work that name one only after an owner's possessive: "her country record Cowboy Carter", "his new single". */
export const OWNED_WORK_NOUNS: WordRule = {
  id: 'name/owned-work-noun', why: '"for her country record Cowboy Carter" ("the record Smith set" is no title)',
  words: ['record', 'records', 'single', 'show', 'special', 'tour', 'collection'],
};

/**
 * Awards named by one word that are given names too ("Oscar Piastri"): an award before one of these words, or glued
 * to it by a hyphen ("Oscar-winning"), is the award, no person ("the two-time Oscar winner", "five Oscar nominations").
 */
export const AWARD_NAMES: WordRule = {
  id: 'name/award', why: '"the two-time Oscar winner", "Oscar-winning actor", "his fifth Grammy nomination"',
  words: ['oscar', 'grammy', 'emmy', 'tony', 'bafta', 'golden globe', 'olivier', 'pulitzer', 'booker', 'oscar-winning'],
};
export const AWARD_TAILS: WordRule = {
  id: 'name/award-tail', why: '"the two-time Oscar winner", "five Oscar nominations", "a Grammy-winning singer"',
  words: ['winner', 'winners', 'winning', 'nomination', 'nominations', 'nominee', 'nominees', 'nominated', 'award', 'awards',
    'prize', 'statuette', 'statuettes', 'ceremony', 'ceremonies', 'campaign', 'race', 'voters', 'glory', 'win', 'wins'],
};

/** First words of transliterated Arabic group names, which read like person names to a model: "Jaish al-Ahfad". */
export const ORG_LEADS: WordRule[] = [
  { id: 'org-lead/arabic', why: '"Jaish al-Islam" (army), "Jabhat al-Nusra" (front), "Hayat Tahrir al-Sham" (body), "Ahrar al-Sham"',
    words: ['jaish', 'jaysh', 'jabhat', 'jabha', 'harakat', 'hayat', "hay'at", 'liwa', 'kataib', "kata'ib",
      'saraya', 'faylaq', 'ahrar', 'ansar', 'jund', 'tajamu', 'fatah', 'hizb'] },
];

/** First words of transliterated Arabic place names, which a model may take for people or groups: "Wadi Barada". */
export const PLACE_LEADS: (WordRule & { kind: 'village' | 'city' | 'region' | 'feature' | 'facility' | null })[] = [
  { id: 'place-lead/feature', kind: 'feature', why: '"Wadi Barada" (valley), "Jabal al-Zawiya" (mountain), "Nahr Ibrahim" (river)',
    words: ['wadi', 'jabal', 'jebel', 'nahr', 'ras'] },
  { id: 'place-lead/settlement', kind: null, why: '"Kafr Nabl", "Tal Abyad", "Deir ez-Zor", "Jisr al-Shughur", "Ain al-Arab", "Bab al-Hawa"',
    words: ['kafr', 'kfar', 'tal', 'tell', 'deir', 'dayr', 'jisr', 'ain', 'ayn', 'bab', 'beit', 'bayt', 'khan', 'bir', 'qasr', 'marj', 'tel'] },
];

/** Last words that make a name a place, with the place kind: "Tabqah Dam", "Seen Military Airbase", "Al-Tanf road". */
export const PLACE_HEADS: (WordRule & { kind: 'facility' | 'feature' | 'region' })[] = [
  { id: 'place-head/facility', kind: 'facility', why: '"Tabqah military airport", "Seen Military Airbase", "Tabqah Dam"',
    words: ['airport', 'airbase', 'air base', 'airfield', 'base', 'dam', 'barrage', 'road', 'highway', 'bridge', 'crossing',
      'border crossing', 'prison', 'port', 'checkpoint', 'refinery', 'power plant', 'camp'] },
  { id: 'place-head/feature', kind: 'feature', why: '"Euphrates River", "Qalamoun Mountains"',
    words: ['river', 'lake', 'mountain', 'mountains', 'mount', 'valley', 'desert', 'sea', 'gulf', 'island', 'islands', 'plain'] },
  { id: 'place-head/region', kind: 'region', why: '"Idlib Province", "Deir Ezzor Governorate"',
    words: ['province', 'governorate', 'region', 'district', 'county', 'state', 'oblast',
      // Japan's divisions: "violated Japanese airspace off Nagasaki Prefecture" (a person "Nagasaki Prefecture")
      'prefecture'] },
  // the divisions below a province or region in South and Southeast Asia: "Sagaing Region's Kanbalu Township" (a
  // person "Kanbalu Township"), "the Paletwa Township" (an organization), "Kalat Tehsil"
  { id: 'place-head/township', kind: 'region', why: '"junta aircraft bombed a village in Kanbalu Township", "Kalat Tehsil"',
    words: ['township', 'tehsil', 'taluka', 'upazila'] },
];

/**
 * Last words of a performance or sports venue's name, for the rules only (PLACE_HEADS feed the tagger's features):
 * "Budweiser Stage", "Rogers Arena", "Wembley Stadium" are facilities, never a person nor a company, whatever the
 * sponsor's name before the head.
 */
export const VENUE_HEADS: WordRule = {
  id: 'place-head/venue', why: '"May 3 - Budweiser Stage, Toronto, ON" (a person "Budweiser Stage"), "the concert at Rogers Arena"',
  words: ['stage', 'arena', 'stadium', 'amphitheater', 'amphitheatre', 'coliseum', 'colosseum', 'auditorium', 'ballpark', 'speedway', 'velodrome',
    // launch sites: "lifted off from Cape Canaveral Space Force Station" (a person), "the Baikonur Cosmodrome"
    'station', 'cosmodrome', 'spaceport'],
};

/**
 * Last words of a venue's name that also end bodies' names ("Pew Research Center", "the Carter Center", "Royal Albert
 * Hall"): a venue only in a listing, before its city and the city's state or province ("Moody Center, Austin, TX").
 */
export const LISTED_VENUE_HEADS: WordRule = {
  id: 'place-head/listed-venue', why: '"May 5 - Moody Center, Austin, TX" (an organization "Moody Center")',
  words: ['center', 'centre', 'theatre', 'theater', 'hall', 'garden', 'gardens', 'pavilion', 'club', 'ballroom', 'field', 'park', 'dome', 'forum'],
};

/** Modifiers allowed between a place name and a lower-case head: "Tabqah military airport". */
export const PLACE_HEAD_MODIFIERS: WordRule = {
  id: 'place-head/modifier', why: '"Tabqah military airport", "Kuweires air base"',
  words: ['military', 'international', 'air', 'naval', 'main', 'old', 'new'],
};

/** Words just before a name that make it a place, with the kind they tell: "the villages of Ayed Kabir and Al-Mushirfa". */
export const PLACE_CUES: (WordRule & { kind: 'village' | 'city' | 'region' | 'feature' | null })[] = [
  { id: 'place-cue/village', kind: 'village', why: '"the villages of Ayed Kabir and Al-Mushirfa"', words: ['village of', 'villages of'] },
  { id: 'place-cue/town', kind: 'city', why: '"the town of Tabqah", "the city of Mosul"', words: ['town of', 'towns of', 'city of', 'cities of'] },
  // "carried missile propellant from China to the port of Bandar Abbas" made an organization "Bandar Abbas" (the
  // nonprolif audit), "exports from the ports of Es Sider, Ras Lanuf and Brega" persons "Es Sider" and "Brega" (the
  // maghreb audit); a port authority is named whole, "the Port of Los Angeles said", and takes no cue
  { id: 'place-cue/port', kind: 'city', why: '"to the port of Bandar Abbas", "the port city of Hodeidah", "the ports of Es Sider, Ras Lanuf and Brega"',
    words: ['port of', 'ports of', 'port city of', 'port town of', 'harbour of', 'harbor of', 'oil port of', 'oil ports of'] },
  { id: 'place-cue/mayor-of', kind: 'city', why: '"who served as mayor of Eagle Pass from 2016" (an organization "Eagle Pass"): a mayor\'s town',
    words: ['mayor of', 'mayors of', 'deputy mayor of'] },
  { id: 'place-cue/towns-including', kind: 'city', why: '"cities including Brisbane, Adelaide and Canberra", "towns such as Lismore"',
    words: ['cities including', 'cities such as', 'cities like', 'towns including', 'towns such as', 'towns like',
      'capitals including', 'capitals such as'] },
  { id: 'place-cue/states-including', kind: 'region', why: '"states including Idaho and Texas", "states such as Ohio"',
    words: ['states including', 'states such as', 'states like', 'provinces including', 'provinces such as', 'counties including'] },
  { id: 'place-cue/region', kind: 'region', why: '"the province of Idlib", "the countryside of Idlib"',
    words: ['province of', 'provinces of', 'region of', 'district of', 'governorate of', 'countryside of'] },
  { id: 'place-cue/feature', kind: 'feature', why: '"the mountains of Shomaria"', words: ['mountains of', 'hills of'] },
  { id: 'place-cue/area', kind: null, why: '"the outskirts of Hamida": a place, kind unknown',
    words: ['area of', 'outskirts of', 'suburb of', 'suburbs of', 'neighbourhood of', 'neighborhood of',
      // a city's quarters in a list: "clashes in several neighbourhoods, including Souq al-Juma and Ain Zara" made a
      // person "Souq al-Juma"
      'neighbourhoods including', 'neighborhoods including', 'neighbourhoods, including', 'neighborhoods, including',
      'neighbourhoods such as', 'neighborhoods such as', 'districts including', 'districts, including', 'districts such as'] },
];

/** Words right after a name that make it a place: "the northern Hama countryside", "Homs province". */
export const PLACE_AFTER_CUES: WordRule = {
  id: 'place-cue/after', why: '"the eastern Homs countryside", "the Idlib governorate", "isolate Raqqa city"',
  words: ['countryside', 'province', 'governorate', 'outskirts', 'suburbs', 'district', 'city', 'town', 'village'],
};

/**
 * Verbs of taking or striking ground: the name right after one is a place. "territory" verbs take only places ("The army
 * retook Wad Madani", "The RSF stormed Singa"); "target" verbs also take groups and people ("attacked Hamas"), so
 * their object is a place only when the gazetteer knows it ("The RSF attacked El Fasher on Sunday").
 */
export const PLACE_OBJECT_VERBS: WordRule[] = [
  { id: 'place-cue/territory-verb', why: '"The army retook Wad Madani", "The RSF stormed Singa", "troops besieged Avdiivka"',
    words: ['retook', 'retaken', 'retake', 'retaking', 'recaptured', 'recapture', 'stormed', 'storm', 'overran', 'overrun',
      'besieged', 'besieging', 'shelled', 'shelling', 'encircled'] },
  { id: 'place-cue/target-verb', why: '"The RSF attacked El Fasher", "M23 took Goma", "rebels seized Bukavu", "HTS took Aleppo"',
    words: ['attacked', 'attack', 'attacking', 'took', 'taken', 'take', 'seized', 'seize', 'captured', 'capture', 'struck',
      'bombed', 'hit', 'raided', 'reached', 'control of', 'fled', 'advanced on', 'pushed into'] },
  // everyday verbs in every beat, so a target verb (a known place only), not a territory verb: "Lisa Grant entered
  // Keir Starmer's cabinet", "Maria Lopez entered Congress", "occupied the minister's office" vs "troops entered Goma"
  // "border guards who had defended Mariupol" typed Mariupol a person (a known place only: "defended Smith" is a man)
  { id: 'place-cue/everyday-ground-verb', why: '"Russian troops entered Kherson", "occupied Crimea", "evacuated Rafah", "who had defended Mariupol", "withdrew from Avdiivka"',
    words: ['entered', 'occupied', 'evacuated', 'liberated', 'defended', 'defending', 'surrounded', 'bombarded', 'withdrew from',
      'retreated from', 'pulled out of'] },
];

/** Prepositions after which a one-word "person" is a place: "stationed in Ghandoura". */
export const LOCATIVE_PREPOSITIONS: WordRule = {
  id: 'place-cue/locative', why: '"in Ghandoura", "near Tabqah": people are rarely "in" in news text',
  words: ['in', 'near', 'outside', 'into', 'towards', 'toward', 'around', 'at'],
};

/** Second halves of compounds whose first half names a country acting: "US-backed", "Turkish-led" → the country. */
export const COUNTRY_COMPOUND_TAILS: WordRule = {
  id: 'place/country-compound', why: '"the US-backed Syrian Democratic Forces", "U.S.-led coalition": the US is involved',
  words: ['led', 'backed', 'based', 'funded', 'supported', 'brokered', 'sponsored', 'allied', 'controlled', 'held', 'trained', 'armed',
    // shipping copy: "the Liberia-flagged tanker", "a Panama-registered bulk carrier", "a China-bound cargo": the flag
    // state or the destination of a ship
    'flagged', 'registered', 'bound'],
};

/** Lower-case words after a name that make it a thing, not an actor or place: "Grad rockets", "Kornet missiles". */
export const THING_TAILS: WordRule = {
  id: 'name/thing-tail', why: '"Grad rockets" names a weapon: neither a person nor a place',
  words: ['rocket', 'rockets', 'missile', 'missiles', 'tank', 'tanks', 'launcher', 'launchers', 'drone', 'drones',
    'rifle', 'rifles', 'helicopter', 'helicopters', 'jet', 'jets', 'vaccine', 'vaccines',
    // a military exercise's code name: "China launched the Strait Thunder-2024A exercise" made an organization
    'exercise', 'exercises', 'drills', 'wargames',
    // spacecraft and their parts: "the Tianwen-2 probe", "its Super Heavy booster" (an organization), "the Orion
    // capsule", "eight Starlink satellites"
    'spacecraft', 'capsule', 'capsules', 'probe', 'probes', 'rover', 'rovers', 'lander', 'landers', 'orbiter', 'orbiters',
    'telescope', 'telescopes', 'satellite', 'satellites', 'booster', 'boosters'],
};

/**
 * Last words of a spacecraft's or an instrument's own name: "the James Webb Space Telescope" (a person), "the
 * Perseverance Rover", "the Mars Reconnaissance Orbiter". The craft is a thing: neither an actor nor a place.
 */
export const CRAFT_HEADS: WordRule = {
  id: 'name/craft-head', why: '"Astronomers using the James Webb Space Telescope say": a telescope, no person',
  words: ['telescope', 'rover', 'lander', 'orbiter', 'probe', 'spacecraft', 'capsule'],
};

/**
 * Heads of a description after a name and its comma that make the name a company or a body: "Gassco, the
 * state-owned operator of the pipeline network, said", "QatarEnergy, the state producer", "Vexora, a Swedish battery
 * maker" (a person, a place before). No person is anyone's producer or operator of a network.
 */
/**
 * Lower-case nouns of a body's members or of the body itself that a body's name modifies and a person's name does not:
 * "Viv Ansanm gangs attacked the town" (the coalition, "Viv" a given name, was a person), "Likud lawmakers", "the
 * Tisza faction". Not "supporters", "allies", "loyalists", "aides", "administration", "government", "fighters": a
 * leader's name modifies those ("Trump supporters", "the Netanyahu government", "Haftar fighters").
 */
export const ORG_MEMBER_NOUNS: WordRule = {
  id: 'name/org-member-noun', why: '"Viv Ansanm gangs attacked the town", "Likud lawmakers said"',
  words: ['gang', 'gangs', 'gangsters', 'coalition', 'alliance', 'bloc', 'faction', 'lawmakers', 'legislators', 'deputies',
    'parliamentarians', 'councillors', 'councilors', 'party'],
};

/**
 * Last words of a grade on a scale, written before its number: "1.2 million people in IPC Phase 3 or worse" (the
 * food-insecurity scale), "Alert Level 4", "a Category 5 hurricane", "Stage 6 load-shedding". With a figure after
 * it the name is a grade, no organization ("IPC Phase" was one).
 */
export const GRADE_HEADS: WordRule = {
  id: 'name/grade-head', why: '"(IPC Phase 3 or worse)", "raised to Alert Level 4", "Stage 6 load-shedding"',
  words: ['phase', 'level', 'category', 'stage', 'grade', 'tier'],
};

/**
 * Weapon systems named in war news, which the tagger reads as people or bodies: "seven more Patriot systems" (a
 * person "Patriot"), "a Kinzhal hypersonic missile", "Kyiv asked for ATACMS", "intercepted by the Iron Dome air defense
 * system" (organizations). Names that are also surnames or titles ("Abrams", "Bradley", "Lancet") are left out.
 */
export const WEAPON_NAMES: WordRule = {
  id: 'name/weapon', why: '"a Patriot battery", "HIMARS launchers", "the Iron Dome": a weapon is no actor',
  words: ['patriot', 'himars', 'atacms', 'iskander', 'iskander-m', 'kinzhal', 'kalibr', 'zircon', 'oreshnik', 'storm shadow',
    'iron dome', "david's sling", 'nasams', 'iris-t', 'bayraktar', 'shahed', 'geran', 'tomahawk', 'hellfire', 'javelin',
    'stinger', 'nlaw', 'leopard', 'kornet', 'qassam', 'fateh-110', 's-300', 's-400'],
};

/**
 * Benchmark grades and traded fuels of energy news, which the tagger reads as bodies: "Brent crude rose 1.2%", "West
 * Texas Intermediate gained", "the Dutch TTF contract", "Russian LNG" (organizations). A name before "crude" or
 * "blend" is a grade too ("Urals crude", "Basrah Medium crude"): see CRUDE_GRADE_TAILS.
 */
export const COMMODITY_NAMES: WordRule = {
  id: 'name/commodity', why: '"Brent crude rose 1.2% to $82.40 a barrel": a price benchmark is no actor',
  words: ['brent', 'wti', 'west texas intermediate', 'ttf', 'dutch ttf', 'lng', 'lpg', 'arab light', 'arab heavy', 'espo', 'murban'],
};

/** Words after a name that make it a grade of crude oil: "Urals crude", "Basrah Medium crude", "the Brent blend". */
export const CRUDE_GRADE_TAILS: WordRule = {
  id: 'name/crude-grade', why: '"Urals crude was trading at about $68 a barrel": the grade, not the mountains or a body',
  words: ['crude', 'blend'],
};

/** Group nouns that make a nationality word an actor: "Iraqi forces", "the Syrian government", "Turkish troops". */
export const NATIONAL_GROUP_NOUNS: WordRule = {
  id: 'org/national-group', why: '"Iraqi security forces retook the town": an organization named by its country',
  // not "troops", "military", "rebels": news (and CoNLL) treat "Iraqi troops" as a nationality and a common noun
  words: ['forces', 'security forces', 'army', 'government', 'police', 'authorities', 'regime', 'navy', 'air force',
    'coast guard', 'militias', 'intelligence',
    // a nation's people and its political camps act in the news too: "the Syrian people", "the Syrian opposition"
    'people', 'opposition', 'parties', 'population',
    // and its people as a body acting or spoken for: "Iraqi officials said", "Syrian refugees", "Turkish allies"
    'officials', 'soldiers', 'civilians', 'fighters', 'refugees', 'allies', 'partners'],
};

/** Group nouns before "of <country>" that make the phrase an actor: "the people of Iraq" (the country stays a place). */
export const PEOPLE_OF_NOUNS: WordRule = {
  id: 'org/people-of', why: '"support for the people of Syria": the nation as an actor, nesting the place "Syria"',
  words: ['people'],
};

/** Lower-case words after a name that make one organization with it: "the Asad regime". */
export const ORG_TAILS: WordRule = {
  id: 'org/tail', why: '"the Asad regime" is the organization, not the man',
  words: ['regime'],
};

/**
 * Lower-case heads that end a body's name written the Guardian's way: "the Scottish National party (SNP)", "the
 * Democratic Unionist party", "the Green party said". The tagger stops before them.
 */
export const LOWER_ORG_HEADS: WordRule = {
  id: 'org/lower-head', why: '"the Scottish National party (SNP)" is one party, "Scottish National party", with its acronym',
  words: ['party'],
};

/** Capitalised function words a sentence may start with, never the first word of a name: "Near Rawah, …". */
export const LEADING_FUNCTION_WORDS: WordRule = {
  id: 'name/leading-function-word', why: '"Near Rawah, one strike…" tags as one name; the name is "Rawah"',
  words: ['near', 'in', 'at', 'on', 'the', 'and', 'but', 'or', 'of', 'for', 'from', 'to', 'with', 'by', 'as', 'after',
    'before', 'during', 'since', 'when', 'while', 'if', 'then', 'thus', 'meanwhile', 'however', 'also', 'outside',
    'inside', 'into', 'around', 'across', 'along', 'against', 'between', 'under', 'over'],
};

/** Words just before a name that make it an organization: "members of Ana’ al-Sham", "leader of Hezbollah". */
export const ORG_CUES: WordRule[] = [
  { id: 'org-cue/membership', why: '"members of Ana’ al-Sham", "fighters of Jaish al-Islam", "spokesman of the SDF"',
    words: ['members of', 'member of', 'fighters of', 'militants of', 'leader of', 'leaders of', 'commander of',
      'commanders of', 'spokesman of', 'spokesman for', 'spokeswoman for', 'spokesperson for', 'head of the', 'chief of'] },
  // a body giving itself a name ("itself", not "himself"), or a gang's or network's name after "called"/"known as":
  // "A criminal group calling itself Qilin has claimed responsibility" (Qilin was a person)
  { id: 'org-cue/self-named', why: '"a criminal group calling itself Qilin", "a ransomware gang known as LockBit", "a network called Terrorgram"',
    words: ['calling itself', 'calls itself', 'called itself', 'group called', 'group known as', 'gang called', 'gang known as',
      'network called', 'network known as', 'cell called', 'cell known as', 'outfit called', 'outfit known as',
      // cyber copy names a hacking group by what researchers call it: "Chinese hackers known as Volt Typhoon", "the
      // group, which Microsoft tracks as Cadet Blizzard", "a ransomware gang called Rhysida" (Volt Typhoon, Cadet
      // Blizzard and Rhysida were people)
      'hackers known as', 'hackers called', 'hacking group', 'tracks as', 'tracked as', 'track as', 'tracks it as',
      // "Volt Typhoon, which other researchers call Vanguard Panda, Bronze Silhouette and Insidious Taurus"
      'researchers call', 'researchers also call', 'researchers have called'] },
  // a kind of firm or body named before its name, of any length: "according to the consulting firm Data Civica" (a
  // person), "the research firm Canalys", "the think tank Chatham House"; no bare "pollster" ("pollster John Curtice"
  // is a man)
  { id: 'org-cue/body-kind', why: '"according to the consulting firm Data Civica" made a person "Data Civica"',
    words: ['consulting firm', 'consultancy', 'law firm', 'research firm', 'data firm', 'analytics firm', 'security firm',
      'cybersecurity firm', 'accounting firm', 'polling firm', 'investment firm', 'think tank', 'think-tank', 'advocacy group',
      'rights group', 'watchdog group', 'monitoring group', 'nonprofit', 'non-profit', 'charity'] },
];

/**
 * Words right before a name that make it a journal, which publishes a study: "a study published in The Lancet", "in
 * the journal Science", "writing in Nature Medicine" (places "Lancet" and "Science" before). A journal is an
 * organization, as a newspaper is; a name the gazetteer knows stays a place ("a book published in London").
 */
export const JOURNAL_CUES: WordRule = {
  id: 'org-cue/journal', why: '"a study published in The Lancet", "a paper in the journal Science", "writing in Nature"',
  words: ['published in', 'publish in', 'publishes in', 'published online in', 'published on', 'appeared in', 'appears in',
    'writing in', 'reported in the journal', 'a study in', 'a paper in', 'an article in', 'a review in', 'a letter in',
    'a commentary in', 'an editorial in', 'study in', 'paper in', 'journal', 'medical journal', 'scientific journal',
    'peer-reviewed journal', 'the journal'],
};

/**
 * Words right before a name that make it a product's brand, a thing: "sold under the brand name Wegovy", "to be sold
 * as Kisunla", "the rival drug Leqembi" (persons before). Drug and vaccine names are coined words the tagger reads as
 * people's names.
 */
export const PRODUCT_CUES: WordRule = {
  id: 'name/product-cue', why: '"which makes the drug under the brand name Wegovy", "to be sold as Kisunla", "the drug Leqembi"',
  words: ['brand name', 'brand names', 'trade name', 'sold as', 'sold under', 'marketed as', 'marketed under', 'branded as',
    'drug', 'rival drug', 'medicine', 'medication', 'vaccine', 'weight-loss drug', 'obesity drug', 'diabetes drug',
    'cancer drug', 'blockbuster drug'],
};

/**
 * Diseases named after a physician, written with "'s": "Eli Lilly's Alzheimer's drug", "patients with Parkinson's
 * disease" made persons "Alzheimer" and "Parkinson". `words` are the names; `after` the words that may follow the
 * "'s" of a disease (or none: "living with Alzheimer's."), so that "Parkinson's office said" keeps a person.
 */
export const DISEASE_EPONYMS: WordRule & { after: string[] } = {
  id: 'name/disease-eponym', why: '"Alzheimer\'s disease", "a Parkinson\'s drug", "Crohn\'s", "Hodgkin\'s lymphoma"',
  words: ['alzheimer', 'parkinson', 'huntington', 'crohn', 'hodgkin', 'non-hodgkin', 'tourette', 'asperger', 'lou gehrig',
    'kaposi', 'cushing', 'addison', 'raynaud', 'meniere', 'ménière', 'graves'],
  after: ['disease', 'diseases', 'drug', 'drugs', 'treatment', 'treatments', 'therapy', 'therapies', 'patients', 'patient',
    'sufferers', 'symptoms', 'research', 'researchers', 'diagnosis', 'diagnoses', 'risk', 'syndrome', 'lymphoma',
    'sarcoma', 'dementia', 'medication', 'medications', 'trial', 'trials', 'vaccine', 'cases', 'care', 'association',
    'society', 'foundation', 'and', 'or', 'in', 'is', 'was', 'has', 'affects', 'with', 'by', 'to', 'than'],
};

/**
 * Last words of the names security firms give hacking groups, which read like people's names (the tagger's persons):
 * Microsoft names state groups after weather ("Volt Typhoon", "Midnight Blizzard", "Sangria Tempest", "Mint
 * Sandstorm", "Jade Sleet"), CrowdStrike after an animal for each country ("Fancy Bear", "Vanguard Panda",
 * "Charming Kitten", "Labyrinth Chollima") or "Spider" for criminals ("Scattered Spider", "Wizard Spider"). A name of
 * two or three words ending in one of them, whose first word is no given name, is a group ("Emily Bear" stays a person).
 */
export const THREAT_GROUP_TAILS: WordRule = {
  id: 'org/threat-group-tail', why: '"Volt Typhoon", "Fancy Bear", "Scattered Spider", "Octo Tempest": a hacking group, no person',
  words: ['typhoon', 'blizzard', 'sleet', 'sandstorm', 'tempest', 'cyclone', 'tsunami', 'panda', 'bear', 'kitten', 'chollima', 'spider'],
};

/**
 * Prefixes of the designations threat-intelligence firms give hacking groups before their number, one word with it:
 * Mandiant's "APT28", "APT41", "UNC3944", "FIN7", "TEMP.Veles"; Proofpoint's "TA505", "TA453"; Microsoft's
 * "DEV-0537", "Storm-0558"; CERT-UA's "UAC-0050"; Cisco Talos' "UAT-4356"; Google's "TAG-70". The tagger reads no name
 * in a word of letters and figures ("APT28, also known as Fancy Bear" gave Fancy Bear alone). Case as written.
 */
export const THREAT_GROUP_DESIGNATIONS: WordRule = {
  id: 'org/threat-group-designation', why: '"APT28, also known as Fancy Bear", "UNC3944", "TA505", "Storm-0558": a hacking group',
  words: ['APT', 'UNC', 'FIN', 'TA', 'DEV-', 'Storm-', 'UAC-', 'UAT-', 'TAG-'],
};

/**
 * Lower-case words after a name that make it a hacking or ransomware group: "the Black Basta group", "Black Basta
 * affiliates", "DragonForce ransomware", "Lazarus hackers". A group named once this way is the group wherever the article
 * names it ("Black Basta, which researchers believe emerged from Conti, has collected $107 million" was a person).
 */
export const THREAT_GROUP_AFTER: WordRule = {
  id: 'org/threat-group-after', why: '"the Black Basta group listed the hospital on its leak site", "LockBit affiliates", "Rhysida ransomware"',
  words: ['group', 'gang', 'ransomware', 'ransomware gang', 'ransomware group', 'hackers', 'hacking group', 'affiliates', 'operators',
    'threat actor', 'threat group', 'hacker group', 'crew', 'collective'],
};

/**
 * Titles of business, the courts, universities and sport, written before a name like PERSON_TITLES: "CEO Tim Cook",
 * "Chief Operating Officer Anita Desai", "Justice Sonia Sotomayor", "Professor Adrian Hill", "Liverpool manager Arne
 * Slot". Without them "CEO Tim Cook" was an organization and "Justice" stayed in the judge's name. Kept apart from
 * PERSON_TITLES, which the tagger's gazetteer reads as a feature: its model was trained with that list, and these words
 * are read by the name rules (ner/refine.ts) and the roles (actors.ts) only.
 */
export const ROLE_TITLES_EXTRA: WordRule[] = [
  { id: 'title/corporate', why: '"CEO Tim Cook", "Microsoft CEO Satya Nadella", "Chief Financial Officer Paul Meyer"',
    words: ['ceo', 'cfo', 'coo', 'cto', 'cio', 'chief executive officer', 'chief financial officer', 'chief operating officer',
      'chief risk officer', 'chief technology officer', 'chief information officer', 'chief marketing officer',
      'chief investment officer', 'chief executive', 'chief economist', 'chief strategist', 'managing director', 'executive chairman',
      'executive director', 'officer', 'boss', 'manager', 'owner', 'founder', 'co-founder', 'publisher', 'editor'] },
  // kept out of PERSON_TITLES, a feature of the name tagger, which then reads "the Sultan Mohammed Al-Fateh Brigade" as a
  // person
  { id: 'title/royal', why: '"Oman\'s Sultan Haitham bin Tariq … Sultan Haitham said": the ruler, not an organization "Sultan Haitham"',
    words: ['sultan'] },
  // Nigerian and South Asian police ranks, abbreviated before the name of nearly every police spokesman quoted:
  // "DSP Yazid Abubakar", "ASP Mansir Hassan" were organizations. Not "SP" (also India's Samajwadi Party: "SP chief
  // Akhilesh Yadav"), "AIG" (the insurer), "DIG" (a verb), "CP" (the Canadian Press)
  { id: 'title/police-rank-abbreviation', why: '"police spokesman, DSP Yazid Abubakar, said", "ASP Mansir Hassan said", "ACP Rajesh Kumar"',
    words: ['asp', 'dsp', 'csp', 'acp', 'dcp', 'igp'] },
  { id: 'title/court-academic-parliament', why: '"Justice Sonia Sotomayor", "Chief Justice John Roberts", "Professor Adrian Hill", "House Speaker Mike Johnson", "Union official Kari Holm", "Liberal Democrat MP Sarah Ng"',
    words: ['justice', 'chief justice', 'professor', 'speaker', 'official', 'mp', 'mep', 'lawmaker', 'spokesperson', 'negotiator'] },
  // the sciences and spaceflight: "NASA astronaut Suni Williams said" made an organization "Suni Williams";
  // "SpaceX engineer Tom Reed", "Stanford epidemiologist Maria Lopez" had no role
  { id: 'title/science', why: '"NASA astronaut Suni Williams", "Stanford epidemiologist Maria Lopez", "lead researcher Anna Berg"',
    // (not "scientist": the magazine New Scientist, alone on its byline line, became a person "Scientist")
    words: ['astronaut', 'cosmonaut', 'researcher', 'engineer', 'virologist', 'epidemiologist', 'immunologist',
      'astronomer', 'physicist', 'astrophysicist', 'climatologist', 'meteorologist', 'geneticist', 'neuroscientist',
      'physician', 'oncologist', 'cardiologist'] },
  // the international envoy overseeing Bosnia's peace accords and the EU's foreign policy chief: "the rulings of High
  // Representative Christian Schmidt" made one place of the title and the name
  { id: 'title/high-representative', why: '"High Representative Christian Schmidt", "EU High Representative Kaja Kallas"',
    words: ['high representative'] },
];

/**
 * An office held in a body, right before that body's name: a person is never the "president of" anyone. Only for a name
 * the tagger read as a person (a place after "president of" stays a place: "the president of Brazil").
 */
export const ORG_ROLE_CUES: WordRule = {
  id: 'org-cue/office-of', why: '"Jamie Court, president of Consumer Watchdog": Consumer Watchdog is the body, not a person',
  words: ['president of', 'chairman of', 'chairwoman of', 'chair of', 'chief executive of', 'ceo of', 'director of',
    'founder of', 'co-founder of', 'head of', 'general secretary of', 'secretary-general of', 'spokesperson for'],
};

/** Titles and role nouns written before a person's name; kept out of the name and put into roles: "Capt. Abu Kanan". */
export const PERSON_TITLES: WordRule[] = [
  { id: 'title/military', why: '"Capt. Abu Kanan al-Homsi", "Gen. Joseph Votel"',
    words: ['capt', 'captain', 'gen', 'general', 'col', 'colonel', 'lt', 'lieutenant', 'maj', 'major', 'sgt', 'sergeant',
      'cmdr', 'commander', 'adm', 'admiral', 'brig', 'brigadier', 'marshal', 'field marshal',
      // a navy's and a coast guard's rank: "Philippine Coast Guard spokesperson Commodore Jay Tarriela said" kept it in
      // the name
      'commodore',
      // the lowest ranks, in ministries' lists of the dead: "identified the dead as Private Arman Hovhannisyan, 19, and
      // Junior Sergeant Davit Sargsyan" (the private's rank was read as part of his name)
      'private', 'pvt', 'pte', 'corporal', 'cpl', 'lance corporal',
      // two-word ranks whose first word the tagger left in the body's name: "Coast Guard Rear Admiral Shannon Gilreath
      // told reporters" gave an organization "Coast Guard Rear"
      'rear admiral', 'vice admiral', 'lieutenant colonel', 'lieutenant general', 'major general', 'brigadier general'] },
  { id: 'title/civil', why: '"President Bashar al-Assad", "Foreign Minister Sergei Lavrov", "Mr. Smith"',
    words: ['president', 'prime minister', 'minister', 'foreign minister', 'defence minister', 'defense minister',
      'secretary', 'secretary of state', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'king', 'queen', 'prince',
      'sheikh', 'emir', 'ambassador', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'prof', 'judge', 'spokesman', 'spokeswoman',
      'leader', 'chief', 'pope', 'cardinal', 'bishop', 'imam', 'ayatollah',
      // clergy before a name: "Father Nikolai Kotelnikov, 66, who had served in Derbent", "led by Archbishop Bagrat
      // Galstanyan", "Patriarch Kirill" (the priest's "Father" was read as part of his name)
      'father', 'archbishop', 'patriarch',
      // Iran's head of state: "slogans against the Supreme Leader Ali Khamenei" made an organization "Supreme"
      'supreme leader'] },
  { id: 'title/office', why: '"Queensland Premier Steven Miles", "Fed Chair Jerome Powell", "Coach Billy Donovan", "Ms Jones"',
    words: ['premier', 'chair', 'chairman', 'chairwoman', 'chairperson', 'commissioner', 'councilman', 'councilwoman',
      'councillor', 'councilor', 'coach', 'sheriff', 'prosecutor', 'administrator', 'barrister', 'solicitor',
      // US prosecutors by office: "U.S. Attorney Damian Williams", "District Attorney Alvin Bragg" ("U.S. Attorney" was a place)
      'attorney',
      // the defence side, as "Public prosecutor Neha Gupta" is the other: "Defence counsel Vikas Malhotra", "Defence
      // lawyer Anne Bright" had no role
      'counsel', 'lawyer',
      'superintendent', 'detective', 'constable', 'magistrate', 'congressman', 'congresswoman',
      // UK police ranks lead nearly every police quote: "Detective Inspector Helen Graves", "Police Constable Sam Reid"
      'inspector', 'chief inspector', 'detective inspector', 'detective chief inspector', 'detective sergeant',
      'detective superintendent', 'detective chief superintendent', 'detective constable', 'police constable',
      'chief constable', 'chief superintendent',
      // … shortened: "Supt. Anna Kowalski said" opening a sentence was an organization "Supt. Anna Kowalski"
      'supt', 'det', 'insp',
      'assemblyman', 'assemblywoman', 'alderman', 'lord', 'dame', 'sir', 'rabbi', 'pastor', 'reverend', 'rev',
      // local councils: "Cllr John Davies said" (UK; a person "Cllr John Davies" beside "Cllr Davies"), "Cr Krieg said"
      // (Australia), "Ward 7 Ald. Brad Carlson" (Chicago, Milwaukee: an organization "Ald"), "Supervisor Hilda Solis"
      'cllr', 'cr', 'ald', 'alder', 'alderwoman', 'alderperson', 'selectman', 'selectwoman', 'supervisor'] },
  // Burmese honorifics ("U" for a man, "Daw" for a woman) and the religious and tribal ones of Pakistan and
  // Afghanistan, written before the name in most copy: "AA spokesman U Khine Thu Kha told" (an organization "U Khine
  // Thu Kha"), "Maulana Fazlur Rehman said", "Mullah Abdul Ghani Baradar"
  { id: 'title/honorific', why: '"U Khine Thu Kha", "Daw Aung San Suu Kyi", "Maulana Fazlur Rehman", "Sardar Akhtar Mengal"',
    words: ['u', 'daw', 'maulana', 'mullah', 'mawlawi', 'mufti', 'sardar'] },
];

/**
 * Letters written after a person's name for a rank of counsel, a seat or an honour: no part of the name. "Jonathan
 * Rees KC … Mr Rees told the court" were two people, "Jonathan Rees KC" and "Rees"; "Peter Hume SC" (Australian
 * senior counsel), "Ann Lee MP", "Tom Smith OBE". Matched as written, in capitals ("Sc" is no title).
 */
export const POST_NOMINALS: WordRule = {
  id: 'name/post-nominal', why: '"prosecutor Jonathan Rees KC … Mr Rees" is one person, Jonathan Rees',
  words: ['kc', 'qc', 'sc', 'mp', 'msp', 'mla', 'mep', 'obe', 'mbe', 'cbe', 'kbe', 'dbe'],
};

/**
 * Role nouns of business, law, sport and research after a name: "Jensen Huang, CEO of Nvidia", "Jerome Powell, chair of
 * the Federal Reserve", "Ian Crosby, a lawyer at Susman Godfrey", "Tom Reyes, a senior fellow at the Brookings
 * Institution", "Jordan Peterson, the Canadian psychologist". Without them the apposition gave no role.
 */
const ROLE_NOUNS_EXTRA = ['ceo', 'cfo', 'coo', 'chief executive officer', 'chief financial officer', 'chief operating officer',
  'chair', 'chairperson', 'manager', 'coach', 'lawyer', 'attorney', 'aide', 'publisher', 'executive', 'economist',
  'officer', 'judge', 'justice', 'fellow', 'psychologist', 'scientist', 'historian', 'strategist', 'owner', 'boss',
  'lawmaker', 'legislator', 'senator', 'mp', 'mep', 'premier', 'chancellor', 'commissioner', 'prosecutor', 'negotiator',
  'partner', 'consultant', 'lecturer', 'expert', 'head coach', 'captain', 'king', 'queen', 'prince', 'princess',
  'duke', 'duchess', 'pope',
  // the sciences and medicine: "said Angela Rasmussen, a virologist at the University of Saskatchewan", "Maria Lopez, an
  // epidemiologist at Johns Hopkins University, said" (no role before)
  'virologist', 'epidemiologist', 'immunologist', 'microbiologist', 'biologist', 'geneticist', 'ecologist', 'chemist',
  'physicist', 'astrophysicist', 'astronomer', 'climatologist', 'meteorologist', 'oceanographer', 'glaciologist',
  'geologist', 'seismologist', 'volcanologist', 'neuroscientist', 'physician', 'oncologist', 'cardiologist',
  'neurologist', 'pharmacologist', 'statistician', 'mathematician', 'engineer', 'astronaut'];

/** Role nouns that open an apposition after a name: "Talal Sallou, spokesman of the SDF, said". */
export const ROLE_NOUNS: WordRule = {
  id: 'role/apposition', why: '"Talal Sallou, spokesman of the SDF", "Leader of Lebanese Hezbollah, Sayyed Hassan Nasrallah"',
  words: ['spokesman', 'spokeswoman', 'spokesperson', 'leader', 'head', 'chief', 'commander', 'president', 'minister',
    'secretary', 'director', 'chairman', 'chairwoman', 'founder', 'member', 'official', 'adviser', 'advisor', 'envoy',
    'ambassador', 'governor', 'mayor', 'general', 'captain', 'colonel', 'deputy', 'coordinator', 'representative',
    'analyst', 'researcher', 'professor', 'editor', 'correspondent', 'reporter', 'emir', 'sheikh', 'prime minister',
    ...ROLE_NOUNS_EXTRA],
};

/**
 * Competitions named like an office or a place: "Premier League" reads as a premier called League, "Super League" as
 * a place. Each is an organization (its body speaks: "The Premier League said it would review the rules").
 */
export const COMPETITION_NAMES: WordRule = {
  id: 'org/competition', why: '"Arsenal lead the Premier League": no person "League" with the role "Premier", no place',
  words: ['premier league', 'champions league', 'europa league', 'conference league', 'super league', 'nations league',
    'major league soccer', 'major league baseball', 'english football league', 'scottish premiership', 'premiership'],
};

/**
 * Armed groups, monitors and agencies of today's conflicts, which a model trained on 1990s wire news types as places,
 * people or nothing: "M23 said", "Wagner fighters", "ACLED, a crisis monitoring group, said", "Human Rights Watch" (not
 * a person "Rights Watch"). Each is an organization wherever it is written (KNOWN_ORGS).
 */
/**
 * Armed groups named by a nation's word and the name of another group, which they are not (actors.ts findOwner): "the
 * Pakistani Taliban" (the TTP) beside "the Taliban" are two actors; "the Afghan Taliban" is the Taliban's short form's
 * owner as any qualified name is.
 */
export const SPLIT_GROUP_NAMES: WordRule = {
  id: 'org/split-group', why: '"The Taliban took power in Kabul. The Pakistani Taliban are allied with them": two groups',
  words: ['pakistani taliban'],
};

export const CONFLICT_GROUPS: WordRule[] = [
  { id: 'org/armed-group', why: '"M23 rebels entered Goma", "Wagner did not respond", "Fano fighters", "JNIM said", "the RSF"',
    words: ['m23', 'wagner', 'wagner group', 'fano', 'jnim', 'hts', 'rsf', 'saf', 'eln', 'farc', 'adf', 'tplf', 'iswap',
      'houthi', 'houthis', 'ansar allah', 'al shabaab', 'al-shabab', 'al-shabaab', 'rapid support forces', 'hezbollah',
      'hizbollah', 'hizballah', 'hamas', 'taliban', 'al-qaeda', 'al qaeda', 'al-qaida', 'isis', 'isil', 'daesh', 'islamic state',
      'boko haram', 'pkk', 'ypg', 'islamic jihad', 'janjaweed',
      'hayat tahrir al-sham', "jama'at nusrat al-islam wal-muslimin", 'jama’at nusrat al-islam wal-muslimin',
      'islamic state sahel province', 'islamic state west africa province', "people's defence forces",
      'people’s defence forces', 'volunteers for the defence of the homeland', 'arakan army', 'national liberation army',
      // fragile: Pakistan's Taliban are another group than Afghanistan's, named so by the wires ("the Pakistani Taliban
      // said they killed seven soldiers" gave the Afghan "Taliban", "The Pakistani Taliban are allied with them" no
      // actor; "the Afghan Taliban" is the Taliban: SPLIT_GROUP_NAMES); the state's names for the TTP and the Baloch
      // groups since 2024 ("terrorists of Fitna al-Hindustan" was a person); the Haqqani network, which the tagger cut
      // to a person "Haqqani"
      'pakistani taliban', 'afghan taliban', 'fitna al-khawarij', 'fitna al khawarij', 'fitna al-hindustan', 'fitna al hindustan',
      'haqqani network'] },
  { id: 'org/monitor', why: '"ACLED, a U.S.-based crisis monitoring group, said", "Human Rights Watch said", "UNRWA said"',
    words: ['acled', 'human rights watch', 'amnesty international', 'unrwa', 'ocha', 'wfp', 'msf', 'ukmto',
      'medecins sans frontieres', 'médecins sans frontières', 'doctors without borders', 'sudan doctors network',
      'united kingdom maritime trade operations', 'uk maritime trade operations', 'world food programme', 'world health organization'] },
  { id: 'org/conflict-media', why: '"on its radio station, Andalus, saying", "the Amaq news agency said": an armed group\'s outlet',
    words: ['andalus', 'radio andalus', 'amaq', 'al-naba'] },
  { id: 'org/un-agency', why: '"UNHCR said … The agency added", "UNRWA, the UN agency for Palestinian refugees, said"',
    words: ['unhcr', 'unrwa', 'unicef', 'wfp', 'ocha', 'iom', 'iaea', 'unfpa', 'undp', 'world food programme',
      'international organization for migration'] },
  // (last: actors.ts reads the groups above by their place in the list)
  { id: 'org/relief', why: '"The International Federation of Red Cross and Red Crescent Societies (IFRC) launched an appeal" (one body, not "International Federation of Red Cross" and "Red Crescent Societies"), "Cal Fire said" (not a person), "AFAD said": relief bodies and disaster agencies that disaster copy names by their full or short names',
    words: ['international federation of red cross and red crescent societies', 'ifrc', 'icrc',
      'international committee of the red cross', 'disaster and emergency management presidency', 'afad', 'cal fire',
      'bnpb', 'bmkg', 'ndma', 'ndrrmc', 'fema', 'usaid'] },
  // rescue services quoted for the toll of nearly every strike: the tagger read "Magen David Adom paramedics said" as a
  // person "David Adom" and "The White Helmets, a civil defense group, said" as a place
  { id: 'org/rescue', why: '"Magen David Adom paramedics said", "The White Helmets said its teams pulled 8 people alive"',
    words: ['magen david adom', 'white helmets'] },
  // rights monitors whose counts of the dead and the detained every protest story cites: the tagger read "Amnesty's
  // deputy director" as a person "Amnesty", "The Oslo-based group Iran Human Rights said" as the place Iran and a
  // person "Rights", and "Human Rights Activists in Iran" stopped at "Activists"
  { id: 'org/rights-monitor', why: '"Amnesty said", "the rights group HRANA said", "Iran Human Rights put the toll at 92", "according to OVD-Info"',
    words: ['amnesty', 'amnesty international', 'iran human rights', 'hrana', 'human rights activists in iran',
      'human rights activists news agency', 'hengaw', 'ovd-info', 'foro penal', 'provea', 'netblocks', 'freedom house',
      'front line defenders', 'civicus', 'fidh', 'article 19', 'reporters without borders', 'committee to protect journalists',
      'assistance association for political prisoners', 'odhikar', 'ain o salish kendra', 'syrian network for human rights',
      'kenya national commission on human rights', 'knchr', 'un human rights office', 'ohchr'] },
  // aid groups and health bodies quoted for nearly every refugee, famine or outbreak toll: the tagger read "Save the
  // Children said" as a person "Children", "Oxfam" as a person and "Africa CDC" as a place
  { id: 'org/aid', why: '"Save the Children said 300 children were among the arrivals", "Oxfam warned", "Africa CDC said"',
    words: ['save the children', 'oxfam', 'norwegian refugee council', 'danish refugee council', 'international rescue committee',
      'mercy corps', 'care international', 'action against hunger', 'islamic relief', 'world vision', 'caritas',
      'sea-watch', 'sos mediterranee', 'sos méditerranée', 'open arms', 'icrc', 'ifrc', 'red crescent',
      'international committee of the red cross', 'africa cdc', 'africa centres for disease control and prevention',
      'africa centers for disease control and prevention', 'gavi', 'unaids', 'un women', 'unfpa'] },
];

/**
 * A state's institutions, named by their owner: "Russia's Defence Ministry", "Lebanon's health ministry", "the Israeli
 * military", "Ukraine's air force". The country is part of the name: Russia's and Ukraine's Defence Ministry are two
 * actors. Lower case or capitalised alike; the longest phrase written wins ("military intelligence agency").
 */
export const STATE_INSTITUTIONS: WordRule[] = [
  { id: 'institution/ministry', why: '"Russia\'s Defence Ministry said", "Lebanon\'s health ministry said", "Iran\'s Foreign Ministry"',
    words: ['health ministry', 'defence ministry', 'defense ministry', 'foreign ministry', 'interior ministry', 'justice ministry',
      'finance ministry', 'information ministry', 'foreign affairs ministry', 'emergencies ministry', 'emergency ministry',
      'ministry of health', 'ministry of defence', 'ministry of defense', 'ministry of foreign affairs', 'ministry of interior',
      'ministry of the interior', 'ministry of information', 'ministry of justice', 'foreign office', 'defence department',
      'defense department', 'state department'] },
  { id: 'institution/armed', why: '"the Israeli military said", "Ukraine\'s air force said", "Chad\'s army", "Russia\'s General Staff"',
    words: ['military', 'army', 'armed forces', 'air force', 'navy', 'coast guard', 'border guard', 'border guards',
      'national guard', 'general staff', 'defence forces', 'defense forces', 'police', 'national police', 'military intelligence',
      'military intelligence agency', 'intelligence agency', 'intelligence service', 'security service', 'emergency service',
      'emergency services', 'civil defence', 'civil defense'] },
  { id: 'institution/state', why: '"Congo\'s government said", "Sudan\'s Sovereign Council", "Israel\'s cabinet"',
    words: ['government', 'cabinet', 'presidency', 'parliament', 'central bank', 'electoral commission', 'election commission',
      'sovereign council'] },
];

/**
 * Definite descriptions that name again an organization just named, by its kind: "Al-Shabaab attacked a base. The al
 * Qaeda-linked group said …", "The U.N. refugee agency said … The agency added …". Each head fits organizations of its
 * kind only (actors.ts): a ministry the ministries, a group the armed groups.
 */
export const ORG_DESCRIPTIONS: (WordRule & { kind: 'ministry' | 'military' | 'agency' | 'group' | 'organization' })[] = [
  { id: 'description/ministry', kind: 'ministry', why: '"according to the Russian Defence Ministry … the ministry said"', words: ['ministry'] },
  { id: 'description/military', kind: 'military', why: '"The Israeli military said … The military said two soldiers were wounded"',
    words: ['military', 'army'] },
  { id: 'description/agency', kind: 'agency', why: '"UNHCR said … The agency added that 3,000 people had been killed"', words: ['agency'] },
  { id: 'description/group', kind: 'group', why: '"Hezbollah fired rockets. The Iran-backed group said", "The paramilitary group said"',
    words: ['group', 'militia', 'movement', 'faction', 'affiliate', 'insurgent group', 'rebel group', 'armed group'] },
  { id: 'description/organization', kind: 'organization', why: '"Human Rights Watch said … The organization said it had interviewed 45 witnesses"',
    words: ['organization', 'organisation', 'charity', 'monitor', 'watchdog', 'monitoring group'] },
  // protest copy names a rights body once, then by its kind: "the Kenya National Commission on Human Rights (KNCHR)
  // said … The commission said that 300 people had been injured", "Amnesty International … The London-based rights
  // group said" (a "group" alone is an armed group's description)
  { id: 'description/rights-body', kind: 'organization', why: '"The commission said 300 people had been injured", "The London-based rights group said"',
    words: ['commission', 'rights group', 'human rights group', 'rights organization', 'rights organisation', 'rights body',
      'rights watchdog', 'rights monitor'] },
];

/**
 * Head nouns of a description of a body, set after its name between commas: "DTEK, Ukraine's largest private energy
 * company, said", "Ukrenergo, the national grid operator, reported", "Gassco, the state-owned operator of the pipeline
 * network, said". The tagger reads a one-word name before a comma and a description as a place ("Tabqah, a town in
 * …") or a person; a name the gazetteer does not know, described by one of these, is an organization (ner/refine.ts).
 * One table for two readings of the same cue: every head makes a name read as a place that the gazetteer does not know
 * a body (retypeDescribedBodies, BODY_APPOSITION_AFTER); only those with `anyName` make a name of any type one, a person
 * included (the per-name rules, ORG_APPOSITION). The others end a person's description as often, and that pattern reads
 * up to four words before the head: with them "Mensah, a member of the ruling party, said" made Mensah an organization.
 */
export const BODY_APPOSITION_HEADS: (WordRule & { anyName: boolean })[] = [
  { id: 'body-apposition/company', anyName: true,
    why: '"Gassco, the state-owned operator of the pipeline network, said" (a person "Gassco"), "Vexora, a Swedish battery maker, said"',
    words: ['company', 'firm', 'producer', 'operator', 'maker', 'manufacturer', 'carmaker', 'automaker', 'utility', 'lender',
      'insurer', 'airline', 'carrier', 'miner', 'retailer', 'supplier', 'conglomerate', 'refiner', 'exporter', 'importer',
      'shipper', 'shipowner', 'broadcaster', 'bank', 'chipmaker', 'drugmaker', 'startup', 'start-up', 'subsidiary', 'charity',
      'nonprofit', 'non-profit', 'watchdog', 'regulator', 'monitor'] },
  { id: 'body-apposition/body', anyName: false,
    why: '"Kyivstar, the country\'s largest mobile provider, said", "Metinvest, the steel group, reported"',
    words: ['companies', 'provider', 'agency', 'group', 'organization', 'organisation', 'ministry', 'developer', 'giant',
      'corporation', 'body', 'union', 'party', 'outlet', 'newspaper', 'distributor', 'holding', 'unit', 'arm'] },
];

/**
 * Modifiers that make "the … group" a civil organization (a rights group, a charity, a monitor), not an armed one:
 * "Human Rights Watch said … the New York-based group said" is Human Rights Watch, whatever armed group was named.
 * A word ending in "-based" (a headquarters) counts too (actors.ts).
 */
export const CIVIL_GROUP_MODIFIERS: WordRule = {
  id: 'description/civil-group', why: '"the rights group said", "the New York-based group said", "the aid group said" after Human Rights Watch or MSF',
  words: ['rights', 'human-rights', 'advocacy', 'aid', 'relief', 'humanitarian', 'medical', 'monitoring', 'campaign', 'watchdog', 'charity'],
};

/**
 * The UN agencies the wires name by what they do, with the names and acronyms of each (lower case): "the UN refugee
 * agency said" is UNHCR, "UNICEF, the UN children's agency, said" names UNICEF twice. The description follows "UN",
 * "U.N." or "United Nations" (or their possessive) in the text (actors.ts linkAgencyDescriptions).
 */
export const UN_AGENCY_DESCRIPTIONS: (WordRule & { names: string[] })[] = [
  { id: 'un-description/unhcr', why: '"At least 569 Rohingya died at sea, the UN refugee agency said"',
    names: ['unhcr', 'united nations high commissioner for refugees', 'un high commissioner for refugees', 'u.n. high commissioner for refugees'],
    words: ['refugee agency', 'refugees agency', 'refugee body'] },
  { id: 'un-description/unicef', why: '"UNICEF, the UN children\'s agency, said it was delivering 4 million tablets"',
    names: ['unicef', "united nations children's fund", "un children's fund"],
    words: ["children's agency", 'children’s agency', "children's fund", 'children’s fund', 'children agency'] },
  { id: 'un-description/iom', why: '"the U.N. migration agency said 41 people were missing"',
    names: ['iom', 'international organization for migration', 'international organisation for migration'],
    words: ['migration agency'] },
  { id: 'un-description/wfp', why: '"the UN food agency said it would cut rations"',
    names: ['wfp', 'world food programme', 'world food program'],
    words: ['food agency', 'food aid agency', 'food relief agency'] },
  { id: 'un-description/who', why: '"the UN health agency said the outbreak had killed 388 people"',
    names: ['who', 'world health organization', 'world health organisation'],
    words: ['health agency', 'health body'] },
  { id: 'un-description/ocha', why: '"the UN humanitarian office said 8.8 million people had been displaced"',
    names: ['ocha', 'office for the coordination of humanitarian affairs', 'un office for the coordination of humanitarian affairs'],
    words: ['humanitarian office', 'aid office', 'humanitarian affairs office', 'humanitarian coordination office', 'aid coordination office'] },
  { id: 'un-description/unrwa', why: '"the UN agency for Palestinian refugees said 1.9 million people had been displaced"',
    names: ['unrwa', 'united nations relief and works agency', 'un relief and works agency'],
    words: ['agency for palestinian refugees', 'palestinian refugee agency', 'agency for palestine refugees'] },
  { id: 'un-description/unfpa', why: '"the UN population fund said 50,000 women were pregnant"',
    names: ['unfpa', 'united nations population fund', 'un population fund'],
    words: ['population fund', 'sexual and reproductive health agency'] },
  { id: 'un-description/iaea', why: '"the U.N. nuclear watchdog said"', names: ['iaea', 'international atomic energy agency'],
    words: ['nuclear watchdog', 'atomic watchdog', 'nuclear agency'] },
];

/**
 * Phrases that give another name of the actor just named: "Yemen's Houthi movement, officially known as Ansar Allah,",
 * "Houthi rebels, who call themselves Ansar Allah,", "The Sudanese army, known as the SAF,", "(also known as HTS)".
 * Bracketed acronyms and acronyms of the name itself are linked by pass 2 already. Read by actors.ts (ALIAS_STATEMENT,
 * joinAliasStatements); the rules' ids pick the cues of each kind of alias (cueAtEnd).
 */
export const ALIAS_STATEMENTS: WordRule[] = [
  { id: 'alias/known-as', why: '"The Houthi movement, also known as Ansar Allah, said", "the Sudanese army, known as the SAF"',
    words: ['known as', 'also known as', 'officially known as', 'formally known as', 'formerly known as', 'commonly known as',
      'locally known as', 'better known as', 'widely known as', 'also called', 'officially called'] },
  // Latin American and police copy gives a criminal's nickname after "alias" (Spanish usage) or "aka", mostly quoted:
  // "Nemesio Oseguera Cervantes, alias \"El Mencho,\"", "Néstor Gregorio Vera, alias \"Iván Mordisco\"" (the nickname
  // was a second person)
  // (fragile) and after "nicknamed": 'Gabriel Jean-Pierre, nicknamed "Ti Gabriel," leads the G-Pèp alliance'
  { id: 'alias/nickname', why: '"Nemesio Oseguera Cervantes, alias \"El Mencho,\" leads the cartel": one person, the nickname an alias',
    words: ['alias', 'aka', 'a.k.a.', 'nicknamed'] },
  // a former or a new name, written in the apposition alone: the cue must close with the name ("Meta, formerly
  // Facebook, said"), so "Jones, formerly Smith's deputy" joins no one
  { id: 'alias/former-name', why: '"Meta Platforms, formerly Facebook, said": the name before the cue is the current one',
    words: ['formerly', 'previously', 'previously known as', 'previously called'] },
  // … or the new name after the cue: "Twitter, now known as X, was fined" (X is the current name)
  { id: 'alias/new-name', why: '"Twitter, now known as X, was fined", "Facebook, since renamed Meta,"',
    words: ['now known as', 'now called', 'now named', 'since renamed', 'renamed'] },
  // a person's birth name beside a nom de guerre: "HTS leader Abu Mohammed al-Jolani, whose real name is Ahmed
  // al-Sharaa, said" (two people)
  { id: 'alias/real-name', why: '"Abu Mohammed al-Jolani, whose real name is Ahmed al-Sharaa": one person, two names',
    words: ['whose real name is', 'whose birth name is', 'whose full name is', 'real name', 'born'] },
  { id: 'alias/self-name', why: '"Yemen\'s Houthi rebels, who call themselves Ansar Allah, said"',
    words: ['who call themselves', 'which calls itself', 'which call themselves', 'who calls himself', 'calling themselves',
      'calling itself'] },
];

/**
 * Nouns of a body's part or agency written between its name and an alias statement: in "The U.N. peacekeeping
 * mission, known as MONUSCO" or "the UN refugee agency, known as UNHCR" the other name is the part's (the mission's,
 * the agency's), not the first body's: the UN is not MONUSCO, so the two actors are not joined (actors.ts
 * joinAliasStatements).
 */
export const SUB_BODY_NOUNS: WordRule = {
  id: 'alias-gap/sub-body-noun', why: '"The U.N. peacekeeping mission, known as MONUSCO": the mission is MONUSCO, the U.N. is not',
  words: ['mission', 'missions', 'agency', 'office', 'wing', 'unit', 'branch', 'arm', 'programme', 'program',
    'operation', 'force', 'committee', 'commission', 'panel', 'fund', 'tribunal', 'court', 'envoy'],
};

/** Reporting verbs after a definite description: "The agency added that …", "The group, which …, said". */
export const DESCRIPTION_CUES: WordRule = {
  id: 'description/cue', why: '"The ministry said in a statement", "The agency added", "The group claimed responsibility"',
  words: ['said', 'says', 'say', 'added', 'adds', 'told', 'reported', 'reports', 'claimed', 'claims', 'announced', 'stated',
    'confirmed', 'denied', 'estimated', 'wrote', 'posted', 'accused', 'warned', 'noted', 'put', 'puts', 'urged', 'called',
    'condemned', 'insisted', 'acknowledged', 'described', 'published', 'released', 'issued', 'has said', 'had said'],
};

/** Refusals after a description, which speak for the body as a statement does: "The defence ministry declined to comment". */
export const DESCRIPTION_REFUSALS: WordRule = {
  id: 'description/refusal', why: '"The Ministry of Defence said … The defence ministry declined to give details"',
  words: ['declined', 'declines', 'refused', 'did not respond', 'did not immediately respond', 'did not comment', 'would not comment'],
};

/**
 * Social networks and messaging apps. Written as the medium of a statement ("said on Telegram", "on its Telegram
 * channel", "posted a video on YouTube and WhatsApp") the name is neither a place nor an actor; the company itself
 * speaking ("Facebook said it removed the posts") stays an organization, and never a place.
 */
export const PLATFORM_NAMES: WordRule = {
  id: 'name/platform', why: '"Governor Alexander Bogomaz said on Telegram", "posted on Facebook and Instagram"',
  words: ['telegram', 'facebook', 'instagram', 'youtube', 'whatsapp', 'twitter', 'tiktok', 'x', 'truth social', 'threads',
    'vkontakte', 'vk', 'weibo', 'wechat', 'rumble', 'signal', 'snapchat', 'linkedin', 'reddit', 'bluesky', 'viber'],
};

/** Words around a platform's name that make it the medium: "on Telegram", "a Telegram channel", "via WhatsApp". */
export const PLATFORM_MEDIUM_CUES: WordRule[] = [
  { id: 'platform/before', why: '"said on Telegram", "wrote on its Telegram channel", "via WhatsApp"',
    words: ['on', 'via', 'through', 'on its', 'on his', 'on her', 'on their', 'on the'] },
  { id: 'platform/after', why: '"the group\'s Telegram channel", "a Facebook post", "his Instagram account"',
    words: ['channel', 'channels', 'account', 'accounts', 'page', 'pages', 'post', 'posts', 'video', 'videos', 'message',
      'messages', 'statement', 'feed', 'broadcast', 'livestream', 'user', 'users'] },
];

/**
 * News agencies and papers cited by their bare name as the source of a report: "Yonhap said the missile fell",
 * "Kommersant reported". A lone capitalised word before "said" is otherwise read as a surname (ner/refine.ts
 * findLonePeople: "Scholz said"). Only names that are nothing else: not Bloomberg (a person too), Fars (a province),
 * Petra, Mena, Wafa or SANA (places, given names, words). The names are listed once, with the agencies' datelines and
 * credit lines, in src/data/news-agencies.ts (NEWS_AGENCIES): those with an outlet flag (OUTLET_AGENCIES).
 */
export const OUTLET_NAMES: WordRule = {
  id: 'org/news-agency', why: '"Yonhap said", "Interfax reported", "Kommersant said": the outlet reports, no person',
  words: [...OUTLET_AGENCIES],
};

/**
 * National parliaments called by their own word, which the tagger reads as a nationality-like name (MISC) and drops:
 * "The Bundestag voted on Friday", "the Knesset passed the bill", "the Lok Sabha was adjourned".
 */
export const LEGISLATURE_NAMES: WordRule = {
  id: 'org/legislature', why: '"The Bundestag voted to approve the budget": Germany\'s parliament, an organization',
  words: ['bundestag', 'bundesrat', 'knesset', 'duma', 'state duma', 'sejm', 'riksdag', 'storting', 'stortinget', 'folketing',
    'althing', 'eduskunta', 'lok sabha', 'rajya sabha', 'majlis', 'verkhovna rada', 'oireachtas', 'dail', 'seanad',
    'jatiya sangsad', 'bundesversammlung', 'nationalrat'],
};

/** Groupings of states named by a short form: "Leaders of the G20 will meet", "The Arab League said". */
export const STATE_GROUPINGS: WordRule = {
  id: 'org/state-grouping', why: '"the G20 summit", "the Group of Seven", "The Arab League said": bodies of states',
  words: ['g7', 'g8', 'g20', 'g-7', 'g-20', 'group of seven', 'group of eight', 'group of 7', 'group of 20', 'group of twenty',
    'arab league'],
};

/**
 * Military command bodies whose name opens with a rank: the tagger reads the rank as a title and the next word as a
 * person ("The General Staff also reported …" gave a person "Staff" with the role "General"). Capitalised only (the
 * phrase needs a capital to be found: "the general staff of the hospital" is none).
 */
export const COMMAND_BODIES: WordRule = {
  id: 'org/command-body', why: '"Ukraine\'s General Staff said", "The General Staff reported", "the Joint Chiefs of Staff"',
  words: ['general staff', 'joint chiefs of staff'],
};

/**
 * Bodies of states whose summits are named by the grouping and the host city: "the G20 Bali summit", "a NATO Vilnius
 * summit", "the ASEAN Jakarta meeting". The tagger reads grouping and city as one name ("G20 Bali"); the rules split it
 * into the body and the place (SUMMIT_NOUNS after it). Read by the rules only, not the tagger's gazetteer.
 */
export const SUMMIT_GROUPINGS: WordRule = {
  id: 'org/summit-grouping', why: '"the BRICS Kazan summit": BRICS the body, Kazan the place',
  words: [...STATE_GROUPINGS.words, 'nato', 'brics', 'asean', 'apec', 'opec', 'eu', 'un', 'sco', 'gcc', 'osce', 'oas',
    'g77', 'g-77', 'au', 'african union', 'ecowas', 'sadc', 'mercosur', 'celac', 'commonwealth', 'chogm', 'quad', 'wef',
    'cis', 'csto', 'eaeu', 'saarc', 'bimstec', 'cica', 'oic', 'wto', 'imf', 'iaea'],
};

/**
 * Words for the meeting a grouping holds in a city, after "<grouping> <city>": "the G20 Bali summit", "the ASEAN Jakarta
 * meeting", "the NATO Vilnius leaders' summit", "the G7 Hiroshima communique".
 */
export const SUMMIT_NOUNS: WordRule = {
  id: 'event/summit', why: '"the G7 Hiroshima summit": the meeting named after its host city',
  words: ['summit', 'summits', 'meeting', 'meetings', 'conference', 'talks', 'ministerial', 'gathering', 'declaration',
    'communique', 'communiqué', 'session', 'leaders', "leaders'", 'leaders’', 'foreign ministers', 'finance ministers'],
};

/**
 * Planemakers, rail operators, flight trackers and transport regulators that accident copy names bare, which the tagger
 * typed as people: "Boeing said it was in contact with Air India", "Flightradar24 said the aircraft reached 625 feet",
 * "Transport Canada said two runways remained closed". Makers that are also surnames (Bell, Piper, Antonov, Tupolev,
 * Dassault) are left out.
 */
export const TRANSPORT_BODIES: WordRule = {
  id: 'org/transport', why: '"Boeing said", "Airbus delivered", "Amtrak said", "Flightradar24 data showed", "Transport Canada said"',
  words: ['boeing', 'airbus', 'atr', 'embraer', 'bombardier', 'cessna', 'sukhoi', 'gulfstream', 'lockheed martin', 'sikorsky',
    'pilatus', 'comac', 'spirit aerosystems', 'airbus helicopters', 'flightradar24', 'flightaware', 'amtrak',
    'network rail', 'deutsche bahn', 'sncf', 'eurostar', 'renfe', 'trenitalia', 'via rail', 'indian railways',
    'transport canada', 'easa'],
};

/**
 * Climate and energy bodies that climate copy cites for its figures and verdicts, whose bare names the tagger reads as
 * people or places: "Greenpeace said" and "analysis for Carbon Brief" gave persons, "Copernicus deputy director
 * Samantha Burgess" a place Copernicus, "the Centre for Research on Energy and Clean Air (CREA)" three bodies
 * ("Centre for Research", "Energy", "CREA"), "Analysts at Climate Action Tracker said" a person "Tracker".
 */
export const CLIMATE_BODIES: WordRule = {
  id: 'org/climate', why: '"Greenpeace said", "Copernicus data showed", "according to Ember", "the analysis for Carbon Brief"',
  words: ['greenpeace', 'greenpeace international', 'carbon brief', 'climate action tracker', 'climate analytics', 'copernicus',
    'copernicus climate change service', 'c3s', 'ember', 'global carbon project', 'global energy monitor', 'rystad energy',
    'wood mackenzie', 'bloombergnef', 'bnef', 'irena', 'unfccc', 'ipcc', 'wmo', 'centre for research on energy and clean air',
    'center for research on energy and clean air', 'crea', 'friends of the earth', 'extinction rebellion', 'just stop oil',
    'clientearth', 'client earth', 'urgenda', 'sierra club', 'oil change international', 'berkeley earth',
    'world resources institute', 'e3g', 'climate home news'],
};

/** Organizations whose bare name a model trained on 1990s wire news may take for a person: "Hezbollah said". */
export const KNOWN_ORGS: WordRule = {
  id: 'org/known', why: '"Hezbollah", "Hamas", "the Taliban", "NATO": one-word organizations in today\'s news',
  words: ['hezbollah', 'hizbollah', 'hizballah', 'hamas', 'taliban', 'al-qaeda', 'al qaeda', 'al-qaida', 'isis', 'isil',
    'daesh', 'islamic state', 'al-shabaab', 'boko haram', 'nato', 'pentagon', 'kremlin', 'interpol', 'europol', 'opec',
    'unicef', 'unesco', 'unhcr', 'houthis', 'pkk', 'ypg', "da'esh", 'gop', 'islamic state of iraq and the levant',
    'islamic state of iraq and syria', 'islamic state of iraq and al-sham',
    // science, space, AI and drug companies and agencies whose bare names the tagger reads as people or places:
    // "Anthropic released a model" (a person), "Eli Lilly's Alzheimer's drug" (a person, by the given name Eli),
    // "Novo Nordisk funded the trial", "Nvidia said in May" (a place). Only names that are nothing else: not Merck,
    // Roche or Bayer (surnames), Gilead (a place), Meta (a word) or Mistral (a wind)
    'openai', 'anthropic', 'deepmind', 'google deepmind', 'nvidia', 'spacex', 'blue origin', 'tsmc', 'pfizer', 'moderna',
    'biontech', 'astrazeneca', 'novo nordisk', 'eli lilly', 'eisai', 'biogen', 'regeneron', 'novartis', 'sanofi',
    'glaxosmithkline', 'gsk', 'isro', 'jaxa', 'roscosmos', ...COMPETITION_NAMES.words, ...OUTLET_NAMES.words,
    ...CONFLICT_GROUPS.flatMap((r) => r.words), ...LEGISLATURE_NAMES.words, ...STATE_GROUPINGS.words, ...COMMAND_BODIES.words, ...TRANSPORT_BODIES.words,
    ...CLIMATE_BODIES.words],
};

/**
 * Verbs (and the adverbs that lead them) after "the <country>" that make the country a speaking, acting state: an
 * actor, not a place. Present tense and modals only: "The United States won 3-1" (a team, past tense) stays a place.
 */
export const STATE_STATEMENT_VERBS: WordRule = {
  id: 'org/state-statement', why: '"The UK will continue to work with…", "The United States strongly condemns…": the state speaks',
  words: ['is', 'has', 'will', 'would', 'should', 'must', 'can', 'cannot', 'does', 'remains', 'continues', 'stands',
    'condemns', 'welcomes', 'supports', 'urges', 'calls', 'reiterates', 'reaffirms', 'believes', 'shares', 'commends',
    'applauds', 'rejects', 'recognizes', 'recognises', 'hopes', 'looks', 'expects', 'encourages', 'deplores', 'regrets',
    'strongly', 'firmly', 'fully', 'also', 'again', 'stays', 'wants', 'demands', 'opposes', 'intends', 'plans'],
};

/**
 * Lower-case words of the press after a name the tagger read as a person's: the name is the outlet's. "North Korea's
 * state-run Rodong Sinmun newspaper said", "the Asahi Shimbun daily reported", "the Global Times tabloid".
 */
export const MEDIA_TAILS: WordRule = {
  id: 'org/media-tail', why: '"the state-run Rodong Sinmun newspaper said" made a person "Rodong Sinmun"',
  words: ['newspaper', 'daily', 'tabloid', 'broadcaster', 'news agency', 'magazine', 'weekly', 'news website'],
};

/** Organization tails whose name part is a person: "the Asad regime" mentions Asad himself. */
export const PERSON_ORG_TAILS: WordRule = {
  id: 'org/person-tail', why: '"the Asad regime" is an organization and names a man, Asad, who is an actor too',
  words: ['regime'],
};

/** Month abbreviations: capitalised and dotted like initials, never a name ("On Jan. 8, Coalition forces…"). */
export const MONTH_ABBREVIATIONS: WordRule = {
  id: 'name/month-abbreviation', why: '"Jan. 8" is a date, not an organization or person',
  words: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
};

/** Lower-case Arabic articles inside a place name the tagger split in two: "Dayr az Zawr", "Ras al Ain". */
export const ARABIC_ARTICLES: WordRule = {
  id: 'place/arabic-article', why: '"Dayr az Zawr" tags as "Dayr" + "Zawr"; the gazetteer knows the whole name',
  words: ['al', 'az', 'ar', 'as', 'ash', 'ad', 'an', 'at', 'el', 'ez', 'es', 'ed', 'ul'],
};

/** Capitalised words that qualify a title into an office: "Foreign Secretary", "Deputy Secretary", "Defence Minister". */
export const OFFICE_MODIFIERS: WordRule = {
  id: 'role/office-modifier', why: '"The Foreign Secretary said": the office names a person the article speaks of',
  words: ['foreign', 'deputy', 'defence', 'defense', 'home', 'prime', 'vice', 'special', 'interior', 'finance', 'justice',
    'health', 'education', 'trade', 'energy', 'culture', 'assistant', 'under', 'shadow', 'junior'],
};

/** Prefixes of ships' names: a ship is a vehicle, not an organization ("the destroyer USS Mahan", "FS Forbin"). */
export const SHIP_PREFIXES: WordRule = {
  id: 'name/ship', why: '"USS Hopper (DDG 70)" names a ship: neither an organization nor a person',
  // "MT" (motor tanker): "the Panama-flagged tanker MT Hong Xiang"; in capitals only, so "Mt Kenya" stays a mountain
  words: ['uss', 'hms', 'fs', 'ins', 'hmas', 'hmcs', 'tcg', 'rfs', 'mv', 'ms', 'rms', 'mt'],
};

/**
 * Kinds of ship whose name may follow them, alone or in apposition after "the": the name is a ship's, neither an
 * organization nor a person nor a place ("the bulk carrier Rubymar", "the container ship MSC Sky II", "a bulk
 * carrier, the Aroyat,", "one vessel, the Galaxy Leader"). A bare "carrier" is left out: "the carrier Emirates" is
 * an airline.
 */
export const VESSEL_HEADS: WordRule = {
  id: 'name/vessel-head', why: '"the bulk carrier Rubymar" names a ship, not an organization; "the tanker Advantage Sweet"',
  words: ['tanker', 'supertanker', 'vessel', 'ship', 'containership', 'freighter', 'bulker', 'ferry', 'trawler', 'warship',
    'destroyer', 'frigate', 'corvette', 'yacht', 'bulk carrier', 'gas carrier', 'crude carrier', 'car carrier', 'ore carrier',
    'aircraft carrier', 'cargo ship', 'container ship', 'merchant ship', 'cruise ship'],
};

/** Acronyms of weapons and vehicles, written like organizations' acronyms: "a VBIED", "an IED", "a UAV". */
export const THING_ACRONYMS: WordRule = {
  id: 'name/thing-acronym', why: '"destroyed a VBIED" names a car bomb, not a group',
  words: ['ied', 'ieds', 'vbied', 'vbieds', 'svbied', 'uav', 'uavs', 'ddg', 'rpg', 'rpgs', 'manpads', 'atgm', 'atgms',
    'apc', 'apcs', 'mlrs', 'icbm', 'sam', 'tow', 'mraps', 'mrap',
    // missiles, warheads and nuclear material of arms-control copy (the nonprolif audit): "700 deployed intercontinental
    // ballistic missiles (ICBMs), submarine-launched ballistic missiles (SLBMs)" made an organization "SLBMs" and a
    // place "ICBMs"; "enough HEU for six bombs" an organization "HEU"
    'icbms', 'slbm', 'slbms', 'irbm', 'irbms', 'srbm', 'srbms', 'mrbm', 'mrbms', 'slcm', 'slcms', 'glcm', 'glcms',
    'alcm', 'alcms', 'mirv', 'mirvs', 'hgv', 'hgvs', 'ucav', 'ucavs', 'sams', 'heu', 'leu', 'haleu'],
};

/** Religious and ethnic adjectives: like nationalities, no place or actor alone ("Yazidi women", "Sunni tribes"). */
export const GROUP_ADJECTIVES: WordRule = {
  id: 'name/group-adjective', why: '"the Yazidi community", "a Shia mosque": the word describes, it names no place',
  words: ['yazidi', 'yezidi', 'sunni', 'shia', 'shiite', "shi'ite", 'alawite', 'druze', 'christian', 'muslim', 'jewish',
    'kurdish', 'arab', 'turkmen', 'assyrian', 'chaldean', 'sufi', 'salafi', 'wahhabi', 'catholic', 'orthodox'],
};

/**
 * Plural words for the followers of a religion or the members of a people, whose singular is no GROUP_ADJECTIVE or
 * demonym the gazetteer knows: "radical Muslims", "Hindus prayed", "Kurds fled". They name a group, never a person
 * (a plural demonym, "Israelis", "Germans", is read from the gazetteer: ner/refine.ts isGroupPlural).
 */
export const GROUP_PLURALS: WordRule = {
  id: 'name/group-plural', why: '"he hates radical Muslims in government": Muslims is no person',
  words: ['muslims', 'christians', 'jews', 'hindus', 'sikhs', 'buddhists', 'jains', 'catholics', 'protestants', 'evangelicals',
    'mormons', 'baptists', 'methodists', 'anglicans', 'copts', 'shiites', 'sunnis', 'alawites', 'yazidis', 'yezidis',
    'kurds', 'arabs', 'assyrians', 'rohingya', 'uyghurs', 'uighurs', 'tamils', 'pashtuns', 'hazaras', 'tutsis', 'hutus',
    'roma', 'sufis', 'salafis', 'atheists',
    // displaced people by their acronym: "the State Committee for Affairs of Refugees and IDPs said" made a person "IDPs"
    'idps'],
};

/**
 * Peoples whose plural is the singular ("569 Rohingya", "300 Masalit", "40 Fulani"): after a figure they are what it
 * counts, though a capitalized word without "-s" after a figure is most often a name ("1 Kyle Busch"). Demonyms in
 * "-ese" ("300 Sudanese", "120 Congolese") are read from the gazetteer (numbers.ts isSamePluralPeople).
 */
export const SAME_PLURAL_PEOPLES: WordRule = {
  id: 'name/same-plural-people', why: '"At least 569 Rohingya died at sea", "Some 300 Masalit were killed in El Geneina"',
  words: ['rohingya', 'roma', 'masalit', 'zaghawa', 'fulani', 'hausa', 'tuareg', 'maasai', 'amhara', 'afar', 'oromo',
    'karen', 'kachin', 'hmong', 'sami', 'inuit'],
};

/** Last words of documents' names: a treaty or law is a thing, not an organization ("the Geneva Communique"). */
export const DOCUMENT_HEADS: WordRule = {
  id: 'name/document-head', why: '"the Geneva Communique", "the Peking Protocol", "UN Security Council Resolution 2254" name texts',
  words: ['agreement', 'accord', 'accords', 'treaty', 'communique', 'communiqué', 'convention', 'protocol', 'charter',
    'constitution', 'resolution', 'declaration', 'memorandum',
    // a plan and a register by name are texts too: "the Marshall Plan" and "added to the Entity List" (a US export
    // register) were a person or an organization
    'plan', 'list',
    // a statute by name (of two words or more: "the ACT" alone is Australia's capital territory): "it would not use
    // the Taft-Hartley Act to force workers back", "the Inflation Reduction Act" were organizations
    'act'],
};

/** First words of documents' and rules' names before "of": "the Cessation of Hostilities", "the Law of Armed Conflict". */
export const DOCUMENT_LEADS: WordRule = {
  id: 'name/document-lead', why: '"the Cessation of Hostilities", "the Treaty of Baden": an agreement, not a body',
  words: ['cessation', 'law', 'laws', 'treaty', 'convention', 'declaration', 'charter', 'protocol'],
};

/** Feasts and seasons written with a capital: "during Ramadan", "Eid al-Adha". */
export const CALENDAR_NAMES: WordRule = {
  id: 'name/calendar', why: '"during Ramadan" names a month, not a place or person',
  words: ['ramadan', 'eid', 'christmas', 'easter', 'hanukkah', 'passover', 'nowruz', 'ashura', 'black friday',
    'cyber monday', 'boxing day', 'new year', 'thanksgiving', 'diwali', 'halloween'],
};

/**
 * Lower-case particles inside a person's name, one or two words: "Ursula von der Leyen", "Charles de Gaulle",
 * "Rafael van der Vaart". Written capitalised when they open a sentence: "Von der Leyen said".
 */
export const NAME_PARTICLES: WordRule = {
  id: 'name/particle', why: '"Ursula von der Leyen" tags as "Leyen" alone; the particles belong to the surname',
  words: ['von der', 'van der', 'van den', 'van de', 'von dem', 'de la', 'de las', 'de los', 'van', 'von', 'de', 'der',
    'den', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'ter', 'ten', 'le', 'la',
    // Portuguese "do": "Andre Correa do Lago" (Brazil's COP30 president) was two people, "Andre Correa" and "Lago"
    'do'],
};

/**
 * "Son of" words after an Arab given name: a name of any length opened by "Given bin …" is that given name's full form,
 * so "Sheikh Tamim" joins "Tamim bin Hamad Al Thani" and "King Salman" joins "Salman bin Abdulaziz Al Saud". The word
 * after one is a father's name, no first surname: "King Salman … Mohammed bin Salman Al Saud … Salman said" is the king.
 */
export const PATRONYMIC_LINKS: WordRule = {
  id: 'name/patronymic-link', why: '"Qatar\'s emir, Sheikh Tamim bin Hamad Al Thani … Sheikh Tamim said": one person',
  words: ['bin', 'ibn', 'bint', 'ben', 'bn'],
};

/** Place nouns of an apposition or definition after a name: "Sabboura, an area outside Damascus", "X is a village". */
export const PLACE_APPOSITION_NOUNS: WordRule = {
  id: 'place-cue/apposition', why: '"striking Sabboura, an area outside Damascus": the apposition says what the name is',
  words: ['village', 'town', 'city', 'area', 'district', 'suburb', 'neighbourhood', 'neighborhood', 'region', 'province',
    'hamlet', 'settlement',
    // "gangs control Cité Soleil, a sprawling slum", "Kenscoff, a hillside commune": the poor quarters and communes
    // of the news' cities (leftovers3)
    'slum', 'shantytown', 'township', 'commune', 'municipality', 'enclave'],
};

/**
 * Last words of a firm's name that are no one's surname: "Elliott Management, the activist investor," is the fund, not
 * a person, though an apposition follows it; "Kenya Electricity Transmission Company" is one company, not the place
 * Kenya and a person. Company heads (in INSTITUTION_HEADS), for the rules only.
 */
export const FIRM_HEADS: WordRule = {
  id: 'org-head/firm', why: '"Kenya Electricity Transmission Company", "Elliott Management", "Bridgewater Associates"',
  words: ['company', 'management', 'associates', 'advisors', 'advisers', 'investments'],
};

/**
 * Last words of company and institution names, some of which read like a person's surname after a title word:
 * "General Motors", "Cardinal Health", "Admiral Group", "Queen Elizabeth Hospital". Kept apart from ORG_HEADS, which
 * the tagger's features read: these are for the rules only.
 */
export const INSTITUTION_HEADS: WordRule[] = [
  { id: 'org-head/institution', why: '"Vancouver General Hospital", "King\'s College London", "Queen Elizabeth Hospital"',
    words: ['hospital', 'college', 'school', 'academy', 'clinic', 'infirmary', 'university'] },
  { id: 'org-head/company', why: '"General Motors", "General Electric", "Cardinal Health", "Admiral Group", "General Mills"',
    words: ['motors', 'electric', 'dynamics', 'mills', 'health', 'group', 'holdings', 'international', 'system', 'court', 'office',
      'trust', 'service', 'industries', 'airlines', 'airways',
      'pharmaceuticals', 'insurance', 'foods', 'aviation', 'aerospace', 'systems', 'technologies', 'energy', 'capital',
      'partners', 'healthcare', 'logistics', 'telecom', 'communications', 'entertainment', 'brands', 'corporation',
      'inc', 'corp', 'ltd', 'plc', 'llc', 'co'] },
  FIRM_HEADS,
];

/**
 * The one word before "of" inside an institution's name: "Prince of Wales Hospital", "Duchess of Kent Hospital",
 * "Sisters of Charity Hospital". Any other word before "of" ends the name: "Dr. Jane Smith of Johns Hopkins Hospital"
 * is a person from the hospital, not part of its name.
 */
export const INSTITUTION_OF_LEADS: WordRule = {
  id: 'org/institution-of-lead', why: '"Prince of Wales Hospital" is one name; "Dr. Jane Smith of Johns Hopkins Hospital" is two',
  words: ['prince', 'princess', 'king', 'queen', 'duke', 'duchess', 'earl', 'countess', 'lady', 'sisters', 'brothers'],
};

/** First parts of "<body> for <purpose>" names besides the organization heads: "Transport for London". */
export const FOR_ORG_LEADS: WordRule = {
  id: 'org/for-lead', why: '"Transport for London said", "Campaign for Nuclear Disarmament", "Centre for Policy Studies"',
  words: ['transport', 'campaign', 'centre', 'center', 'centres', 'centers', 'fund', 'network', 'coalition', 'league', 'office', 'department',
    'commission', 'commissioner', 'council', 'committee', 'institute', 'trust', 'bank', 'agency', 'alliance', 'foundation',
    'society', 'partnership', 'union', 'party', 'movement', 'board', 'authority', 'ministry', 'secretariat', 'school',
    // "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said" gave two organizations,
    // "Coordination Headquarters" and "Treatment of Prisoners of War"; "the State Service for Special Communications",
    // "the Administration for Children and Families"
    'headquarters', 'directorate', 'service', 'administration',
    // a party named as the alternative it offers: "the far-right Alternative for Germany party won 20.8%" gave an
    // organization "Alternative" and a place "Germany"
    'alternative'],
};

/**
 * Heads of a body named by its subject after "on": "the Senate Committee on Foreign Relations", "the Kenya National
 * Commission on Human Rights", "the Council on Foreign Relations". The tagger cuts such a name at "on" and often makes a
 * person or a second organization of the subject ("Human Rights said").
 */
export const ON_ORG_LEADS: WordRule = {
  id: 'org/on-lead', why: '"The Kenya National Commission on Human Rights said" was "Kenya National Commission" + "Human Rights"',
  words: ['committee', 'subcommittee', 'commission', 'council', 'conference', 'panel', 'task force', 'forum', 'court'],
};

/**
 * Heads of a government body whose subjects come before it, joined by "and" or commas: "the Trade and Industry
 * Ministry", "the Internal Affairs and Communications Ministry", "the Health and Human Services Department", "the
 * House Ways and Means Committee". The tagger cuts such a name at "and" ("Trade" a person, "Industry Ministry").
 */
export const COORDINATED_ORG_HEADS: WordRule = {
  id: 'org/coordinated-head', why: '"the Internal Affairs and Communications Ministry" was "Internal Affairs" + "Communications Ministry"',
  words: ['ministry', 'department', 'office', 'committee', 'commission', 'agency',
    // a party named by two causes: "the ruling Justice and Development Party (AKP)" was "Justice" + "Development Party",
    // which took the alias AKP; "the Law and Justice party", "the Freedom and Justice Party"
    'party'],
};

/**
 * Words before "'s" inside an institution's name: "King's College", "Children's Hospital", "Manchester Coroner's Court".
 * Any other possessive is an owner, not part of the name: "Britain's Royal London Hospital" names the hospital only.
 * Titles (PERSON_TITLES) and saints ("St Thomas' Hospital") count too.
 */
export const POSSESSIVE_NAME_WORDS: WordRule = {
  id: 'org/possessive-name-word', why: '"Children\'s Hospital", "Coroner\'s Court", "Sheriff\'s Office" are one name each',
  words: ['children', 'women', 'men', 'people', 'coroner', 'coroners', 'sheriff', 'attorney', 'veterans', 'workers',
    'farmers', 'teachers', 'citizens', 'mothers', 'lloyd'],
};

/**
 * Last words of a name written "X's Y" (joinPossessiveNames), with the kind of name they head besides ORG_HEADS,
 * INSTITUTION_HEADS and PLACE_HEADS: "Sam's Club" is a company, "Fisherman's Terminal" and "Fisherman's Wharf" are
 * places. Any other last word makes the whole a name of a thing, no actor ("Founder's Edition").
 */
export const POSSESSIVE_NAME_HEADS: (WordRule & { type: 'ORG' | 'LOC' })[] = [
  { id: 'possessive-head/body', type: 'ORG', why: '"Sam\'s Club said" (an organization "Club"), "Macy\'s Stores"',
    words: ['club', 'clubs', 'store', 'stores', 'shop', 'restaurants', 'kitchen', 'bakery', 'pharmacy', 'brewery'] },
  { id: 'possessive-head/place', type: 'LOC', why: '"crews at Fisherman\'s Terminal" (a person "Terminal"), "Fisherman\'s Wharf"',
    words: ['terminal', 'wharf', 'landing', 'quay', 'harbour', 'harbor', 'cove', 'point', 'square', 'market', 'park', 'beach', 'creek'] },
];

/**
 * Words around a one-word name that say it is a company: "Shares of Nvidia", "Nvidia shares", "Boeing's chief
 * executive", "carmaker Tesla". `before` are the words just before the name, `after` those just after it.
 */
export const COMPANY_CUES: (WordRule & { at: 'before' | 'after' })[] = [
  { id: 'org-cue/company-before', at: 'before', why: '"Shares of Nvidia rose", "Shipping giant Maersk said", "carmaker Tesla"',
    words: ['shares of', 'stock of', 'shareholders of', 'investors in', 'executives from', 'executives at', 'executives of',
      'employees of', 'employees at', 'workers at', 'analysts at', 'shares in',
      // a bank's research staff: "Economists at JPMorgan said" made a place "JPMorgan"
      'economists at', 'strategists at', 'economists from', 'strategists from', 'analysts from', 'carmaker', 'automaker', 'planemaker', 'chipmaker',
      'drugmaker', 'retailer', 'lender', 'insurer', 'airline', 'carrier', 'giant', 'conglomerate', 'firm', 'company',
      'supermarket', 'broadcaster', 'telecoms operator', 'operator', 'manufacturer', 'maker', 'startup',
      'start-up', 'bank', 'utility', 'miner', 'producer', 'group',
      // the plural before a list: "according to the security firms Sygnia and Verichains" (two places), "the
      // carmakers Ford and Stellantis", "the lenders Barclays and HSBC"
      'firms', 'companies', 'carmakers', 'automakers', 'chipmakers', 'drugmakers', 'lenders', 'insurers', 'retailers',
      'airlines', 'carriers', 'banks'] },
  { id: 'org-cue/company-after', at: 'after', why: '"Boeing shares fell", "Maersk\'s chief executive, Vincent Clerc", "Nvidia said it would"',
    words: ['shares', 'stock', "'s shares", '’s shares', "'s stock", '’s stock', "'s chief executive", '’s chief executive',
      "'s ceo", '’s ceo', "'s chief financial officer", '’s chief financial officer', "'s board", '’s board',
      "'s shareholders", '’s shareholders', "'s profit", '’s profit', "'s revenue", '’s revenue', "'s share price",
      '’s share price', "'s restructuring", '’s restructuring', 'said it would', 'said its', 'reported higher',
      'reported lower', 'reported a', 'reported record',
      // what only a company owns: "The ban hit Nvidia's sales in China" and "Nvidia's chips" made a person "Nvidia"
      // (no "earnings": "Ronaldo's earnings" are a player's)
      "'s sales", '’s sales', "'s chips", '’s chips', "'s products", '’s products', "'s factory", '’s factory',
      "'s factories", '’s factories', "'s stores", '’s stores', "'s subsidiary", '’s subsidiary', "'s subsidiaries",
      '’s subsidiaries', "'s customers", '’s customers', "'s market value", '’s market value', "'s quarterly", '’s quarterly'] },
  // a company's own customers and filings, after its name: "Optus customers could not call 000", "Royal Mail said in a
  // regulatory filing" (a person speaks in a court filing, not in an exchange's)
  { id: 'org-cue/company-customers', at: 'after', why: '"Optus customers could not call emergency services", "Royal Mail said in a stock exchange filing"',
    words: ['customers', 'subscribers', 'shareholders', 'said in a regulatory filing', 'said in a stock exchange filing',
      'said in a securities filing', 'said in an exchange filing', 'said in a stock market filing'] },
];

/**
 * Verbs right after a name's possessive: the "'s" is part of the name, and the name a company's ("McDonald's said in a
 * filing", "Sainsbury's reported higher sales", "Moody's warned"). A person's possessive is followed by what is
 * theirs ("Smith's lawyer said"), never by a verb; no "plans", "reports", "says" (nouns too: "Smith's plans").
 */
export const POSSESSIVE_NAME_VERBS: WordRule = {
  id: 'org-cue/possessive-name-verb', why: '"McDonald\'s said in a filing it would close 200 stores" made a person "McDonald"',
  words: ['said', 'announced', 'reported', 'confirmed', 'denied', 'declined', 'warned', 'added', 'posted', 'agreed'],
};

/**
 * What a company does, right after a one-word name: it is the subject, and an organization. `object` says what must
 * follow the words: a capitalised name (a company bought), a figure (jobs, stores, workers), or nothing more.
 * "Google has bought CloudSimple" made a person "Google"; "Walmart will close 20 stores", "Netflix raised prices" no
 * actor at all.
 */
export const COMPANY_ACTS: (WordRule & { object: 'name' | 'figure' | null })[] = [
  { id: 'org-act/acquisition', object: 'name', why: '"Google has bought CloudSimple", "Zendara agreed to acquire Bluefin"',
    words: ['bought', 'has bought', 'had bought', 'acquired', 'has acquired', 'had acquired', 'agreed to buy', 'agreed to acquire',
      'will buy', 'will acquire', 'is buying', 'is acquiring', 'plans to buy', 'plans to acquire', 'completed its acquisition of',
      'completed the acquisition of', 'merged with', 'will merge with'] },
  { id: 'org-act/headcount', object: 'figure', why: '"Kellor laid off 300 workers", "Walmart will close 20 stores", "Amazon will hire 100,000"',
    words: ['laid off', 'lays off', 'will lay off', 'is laying off', 'plans to lay off', 'to lay off', 'will cut',
      'is cutting', 'plans to cut', 'will close', 'is closing', 'plans to close', 'will shut', 'will open', 'plans to open',
      'will hire', 'plans to hire', 'hired', 'will shed', 'is recalling'] },
  { id: 'org-act/results', object: null, why: '"Netflix raised prices", "Orvane reported earnings of $3 billion", "Ford posted a loss"',
    words: ['raised prices', 'raises prices', 'raised its prices', 'cut prices', 'cut its prices', 'hiked prices',
      'reported earnings', 'reported quarterly', 'reported revenue', 'reported net', 'reported profit', 'reported a profit',
      'reported a loss', 'posted a profit', 'posted a loss', 'posted quarterly', 'posted net', 'posted record',
      'beat estimates', 'missed estimates', 'went public', 'filed for bankruptcy', 'filed for Chapter 11', 'issued a recall'] },
];

/**
 * Words that refer back to a thing, never to a person: "Google, which denies wrongdoing, said", "Spotify raised its
 * prices". After a one-word name (", which" / "<verb> its") they say an organization is meant.
 */
export const NON_PERSON_REFERENCES: WordRule = {
  id: 'org-cue/non-person-reference', why: '"Google, which denies wrongdoing" is no person; "Spotify raised its prices" neither',
  words: ['which', 'its'],
};

/**
 * How a body answers a reporter, closing a ", which …," clause after a one-word name: only a company, agency or
 * group "declines to comment" or "did not respond to a request for comment" ("Tesco, which controls a quarter of the
 * market, did not respond to a request for comment"; "Ocado, which delivers to 900,000 homes, declined to comment").
 * A town or a product after ", which" does not answer ("Lakeview, which sits on the lake, flooded").
 */
export const BODY_RESPONSES: WordRule = {
  id: 'org-cue/body-response', why: '"Ericsson, which competes with Nokia, declined to comment" is a company answering a reporter',
  words: ['declined to comment', 'declines to comment', 'declined to respond', 'refused to comment', 'would not comment',
    'did not comment', 'has not commented', 'had not commented', 'did not respond', 'did not immediately respond',
    'has not responded', 'had not responded', 'did not reply', 'did not immediately reply', 'did not return',
    'did not immediately return', 'denies wrongdoing', 'denied wrongdoing', 'denies any wrongdoing', 'denied any wrongdoing'],
};

/**
 * What a company does to its own things: after "<verb> its" one of these (within two words) says the one-word name
 * before it is a company ("Spotify raised its subscription prices", "Oracle cut its forecast"). "its" alone is weak: a
 * town reopens its school, Brexit changes its trade, a virus spreads its way, so without such a word no organization.
 */
export const CORPORATE_OBJECTS: WordRule = {
  id: 'org-cue/corporate-object', why: '"Zentrolab raised its subscription prices" is a company; "Kirkbymoorside reopened its school" is not',
  words: ['price', 'prices', 'fees', 'fares', 'rates', 'forecast', 'forecasts', 'outlook', 'guidance', 'profit', 'profits',
    'revenue', 'revenues', 'sales', 'earnings', 'dividend', 'dividends', 'shares', 'stock', 'stake', 'workforce', 'staff',
    'employees', 'customers', 'subscribers', 'users', 'investors', 'shareholders', 'board', 'brand', 'products', 'product',
    'app', 'software', 'service', 'services', 'stores', 'shops', 'factory', 'factories', 'plant', 'plants', 'offer', 'bid',
    'headquarters', 'operations', 'business', 'businesses', 'subsidiary', 'unit', 'division', 'chief', 'ceo', 'executive',
    'executives', 'budget', 'spending', 'investment', 'results', 'losses', 'debt', 'market', 'valuation'],
};

/**
 * Capitalised words that open a sentence as its subject and are no company's name, though a company cue may follow:
 * "Nobody said it would be easy", "Management said its plan worked".
 */
export const COMMON_SUBJECTS: WordRule = {
  id: 'name/common-subject', why: '"Nobody said it would be easy": an indefinite pronoun or a collective noun, no organization',
  words: ['nobody', 'somebody', 'someone', 'anyone', 'anybody', 'everybody', 'everyone', 'no-one', 'none', 'nothing',
    'something', 'everything', 'neither', 'either', 'another', 'one', 'management', 'staff', 'leadership', 'administration',
    'government', 'police', 'security', 'authorities', 'officials', 'people', 'public', 'prosecution', 'defence', 'defense',
    'opposition', 'industry', 'business', 'research', 'data', 'evidence', 'history', 'trade', 'production', 'demand',
    'inflation', 'growth', 'revenue', 'profit', 'sales', 'analysis', 'testing', 'it', 'this', 'that',
    // what a market report moves besides companies: "Copper fell 1%", "Bitcoin jumped 5%", "Unemployment rose 0.2%"
    'oil', 'crude', 'brent', 'gold', 'silver', 'copper', 'platinum', 'palladium', 'aluminium', 'aluminum', 'nickel', 'zinc',
    'iron', 'steel', 'lithium', 'wheat', 'corn', 'soybeans', 'coffee', 'cocoa', 'sugar', 'cotton', 'bitcoin', 'ether',
    'ethereum', 'dow', 'nasdaq', 'nikkei', 'ftse', 'dax', 'cac', 'stoxx', 'kospi', 'sensex', 'nifty', 'topix', 'bovespa',
    'treasuries', 'bunds', 'gilts', 'unemployment', 'employment', 'output', 'productivity', 'spending', 'turnover',
    'exports', 'imports', 'earnings', 'wages', 'prices', 'rents', 'volume', 'volumes', 'shares', 'stocks', 'bonds', 'futures',
    // what a crime, transport or poll report moves: "Crime fell 7%", "Ridership fell 15%", "Turnout fell 3%" (regress17 R2)
    'crime', 'crimes', 'ridership', 'enrolment', 'enrollment', 'enrolments', 'enrollments', 'approval', 'turnout',
    'membership', 'support', 'participation', 'traffic', 'attendance', 'visits', 'visitors', 'admissions', 'applications',
    'homicides', 'burglaries', 'arrests', 'deaths', 'births', 'population', 'usage', 'subscriptions', 'readership'],
};

/**
 * Names for a party's members or the party itself that do not contain its name: "Republicans said", "the GOP", "the
 * Tories". Each is the party when it speaks or acts, and a mention of the party named earlier in the article (`head`:
 * the party name's first word, lower case).
 */
export const PARTY_NICKNAMES: (WordRule & { head: string })[] = [
  { id: 'party/us-republican', head: 'republican', why: '"The Republican Party won … Republicans said", "the GOP majority"',
    words: ['republicans', 'gop'] },
  { id: 'party/us-democratic', head: 'democratic', why: '"The Democratic Party lost … Democrats said they would fight"',
    words: ['democrats'] },
  { id: 'party/uk-conservative', head: 'conservative', why: '"The Conservative Party … the Tories now trail Reform UK"',
    words: ['tories', 'conservatives'] },
];

/**
 * Lower-case words right before a party's bare name: "the Catalan separatist party Junts", "its coalition partner
 * Komeito", "the far-right Vox", "the centre-left PSOE". The name after them is an organization, never a person or a
 * place, unless it is a person's with a given name ("the far-right Geert Wilders") or a country's.
 */
export const PARTY_NAME_CUES: WordRule = {
  id: 'party/name-cue', why: '"the far-right Vox" was a person, "its coalition partner Komeito" a person, "the separatist party Junts" nothing',
  words: ['party', 'parties', 'coalition partner', 'coalition partners', 'junior partner', 'far-right', 'far-left',
    'centre-right', 'center-right', 'centre-left', 'center-left', 'hard-right', 'hard-left', 'right-wing', 'left-wing',
    'ultranationalist', 'ultra-nationalist'],
};

/**
 * Words for a party's place in politics, right before "<Name> party": the name is the party's even when it is also a
 * place's. "the ruling Morena party" (Mexico's governing party) was the town of Morena in India; "a Downing Street party",
 * "a Brooklyn party" (no such word before) stay places.
 */
export const PARTY_STANDING_WORDS: WordRule = {
  id: 'party/standing', why: '"a member of the ruling Morena party": Morena is the party, not a town in India',
  words: ['ruling', 'governing', 'opposition', 'leftist', 'rightist', 'centrist', 'conservative', 'liberal', 'socialist',
    'communist', 'populist', 'nationalist', 'separatist', 'islamist', 'main opposition', 'former ruling', ...PARTY_NAME_CUES.words.filter((w) => w.includes('-'))],
};

/**
 * Parties named by a plural of their members, with the word before it part of the name: "the Liberal Democrats", "the
 * Christian Democrats", "the Free Democrats", "the Social Democrats", "the Christian Socialists". The tagger cuts them
 * ("Liberal" + "Democrats") or reads them as a person ("Christian Democrats"). Not "Senate Democrats", "Texas
 * Republicans": a body's or a state's members, whose first word is no lead here.
 */
export const PARTY_PLURAL_NAMES: { id: string; why: string; leads: string[]; heads: string[] } = {
  id: 'party/plural-name', why: '"The Liberal Democrats were on 11%" gave two organizations "Liberal" and "Democrats"',
  leads: ['liberal', 'social', 'christian', 'free', 'progressive', 'national', 'european'],
  heads: ['democrats', 'socialists', 'conservatives', 'liberals', 'nationalists', 'republicans'],
};

/**
 * Nouns of a poll right after its pollster's name: "a Gallup survey", "a Siena poll", "the latest Ipsos polling". A
 * name there that the gazetteer knows only as a town (Gallup, New Mexico; Siena) is the pollster, an organization; a
 * country's or a state's name stays a place ("a Texas poll").
 */
export const POLLSTER_NOUNS: WordRule = {
  id: 'org/pollster-noun', why: '"According to a Gallup survey" made Gallup the city in New Mexico',
  words: ['poll', 'polls', 'survey', 'surveys', 'polling', 'tracking poll', 'exit poll'],
};

/** Party adjectives, never a place: "Kemi Badenoch, the Conservative leader", "a Labour MP", "Republican senators". */
export const PARTY_ADJECTIVES: WordRule = {
  id: 'party/adjective', why: '"the Conservative leader" was read as a place "Conservative"',
  words: ['conservative', 'labour', 'liberal', 'republican', 'democratic', 'democrat', 'tory', 'socialist', 'communist'],
};

/**
 * Given names that are also places (cities, states): "Jordan Peterson", "Sydney Sweeney", "Paris Hilton". The
 * gazetteer pulls such a name to a place; with a capitalised word after it that is no place and no organization head,
 * and a cue that a person is meant, the pair is a person's name.
 */
export const PLACE_GIVEN_NAMES: WordRule = {
  id: 'name/place-given-name', why: '"Jordan Peterson, the Canadian psychologist": Jordan is a country, here a given name',
  words: ['jordan', 'sydney', 'paris', 'chelsea', 'florence', 'austin', 'victoria', 'georgia', 'dallas', 'alexandria',
    'lincoln', 'madison', 'savannah', 'brooklyn', 'charlotte', 'phoenix', 'india', 'israel', 'china', 'tyler', 'denver',
    'houston', 'orlando', 'camden', 'chester', 'devon', 'kent', 'lorraine', 'regina', 'santiago', 'adelaide', 'eugene',
    'elizabeth', 'marion', 'sofia', 'valencia', 'aurora', 'hudson', 'carson', 'jackson', 'montgomery', 'raleigh',
    'florida', 'virginia', 'carolina', 'dakota', 'cheyenne', 'sierra', 'asia', 'africa', 'america', 'kenya', 'milan',
    'vienna', 'siena', 'genoa', 'rio', 'cairo', 'trenton', 'bristol', 'preston', 'ashley', 'kingston', 'clifton',
    'chad', 'tyre',
    // "Scheffler led at Augusta National on Friday": the golf club is named after the city (Georgia), no person
    'augusta'],
};

/** Nouns of an apposition after a name that say it is a person's: "Florence Pugh, the actress, said". */
export const PERSON_NOUNS: WordRule = {
  id: 'name/person-noun', why: '"Florence Pugh, the actress", "Jordan Peterson, the Canadian psychologist"',
  words: ['actress', 'actor', 'singer', 'rapper', 'musician', 'songwriter', 'writer', 'author', 'novelist', 'poet',
    'psychologist', 'economist', 'scientist', 'lawyer', 'attorney', 'doctor', 'journalist', 'broadcaster', 'presenter',
    'host', 'comedian', 'model', 'influencer', 'entrepreneur', 'billionaire', 'businessman', 'businesswoman', 'investor',
    'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'guard', 'quarterback', 'pitcher', 'coach',
    'manager', 'athlete', 'runner', 'swimmer', 'boxer', 'golfer', 'champion', 'politician', 'lawmaker', 'congresswoman',
    'congressman', 'senator', 'activist', 'campaigner', 'heiress', 'daughter', 'son', 'wife', 'husband', 'mother',
    'father', 'widow', 'professor', 'historian', 'philosopher', 'director', 'producer', 'filmmaker', 'star', 'socialite',
    'candidate', 'spokesman', 'spokeswoman', 'spokesperson', 'chief executive', 'founder', 'former', 'who', 'aged'],
};

/** A Set of a rule list's words, for lookups. */
export function wordSet(...rules: WordRule[]): Set<string> {
  return new Set(rules.flatMap((r) => r.words));
}

/**
 * The rule of a table with this id; throws at load when it is missing, so a renamed or reordered table fails loudly
 * instead of handing another rule's words to the code that reads it (actors.ts took CONFLICT_GROUPS by position).
 */
export function ruleById(rules: readonly WordRule[], id: string): WordRule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`word table has no rule ${id}`);
  return rule;
}

/**
 * Organization heads whose order with the place or name beside them tells two institutions apart: "Washington
 * University" (St. Louis) is not the "University of Washington" (Seattle), nor "Miami University" the "University of
 * Miami". A short form with the head and its complement swapped never joins such a name ("Justice Department" …
 * "Department of Justice" still does).
 */
export const ORDER_BOUND_HEADS: WordRule = {
  id: 'org-head/order-bound', why: '"Washington University" and "the University of Washington" are two universities',
  words: ['university', 'college', 'school', 'academy', 'institute', 'museum', 'hospital', 'library', 'conservatory', 'seminary', 'polytechnic'],
};

/**
 * Words that make a name ending in a surname a company, never the person an honorific names: "Mr Johnson" is not
 * "Johnson & Johnson" ("&" is checked apart), nor "Ms Sachs" "Sachs Holdings Inc.".
 */
export const COMPANY_FORM_WORDS: WordRule = {
  id: 'org-form/company', why: '"Mr Johnson" beside "Johnson & Johnson" or "Lewis Group plc": the company stays a company',
  words: ['inc', 'corp', 'corporation', 'ltd', 'plc', 'llc', 'llp', 'co', 'company', 'group', 'holdings', 'bank', 'partners',
    'capital', 'industries', 'brothers', 'bros', 'sons', 'associates', 'ventures'],
};

/**
 * Dotted abbreviations that are no person's initials: "P.O. Box 69440" is a post-office box, not a person "P.O. Box"
 * nor an organization "Box". Written without their dots ("po" is "P.O."), as every word list here holds no regex
 * syntax; the lookup drops the dots.
 */
export const DOTTED_NON_INITIALS: WordRule = {
  id: 'name/dotted-non-initials', why: '"write to P.O. Box 1200, Denver": an address, no name',
  words: ['po', 'am', 'pm', 'eg', 'ie', 'nb', 'rsvp', 'cod'],
};

/**
 * Last words of a body's name besides the organization heads (ORG_HEADS, INSTITUTION_HEADS): places of worship and
 * charities, often named after a person or a virtue ("Grace Church", "St Mary's Cathedral", "Hope Fund"). A name the
 * tagger typed a person because its first word is a given name is the body when it ends in one of them.
 */
export const BODY_NAME_HEADS: WordRule = {
  id: 'org-head/body-name', why: '"Members of Grace Church gathered", "Hope Fund gave 500 blankets": a body named like a person',
  words: ['church', 'churches', 'chapel', 'mosque', 'temple', 'synagogue', 'parish', 'diocese', 'ministries', 'fund', 'charity',
    'hospice', 'centre', 'center', 'trust', 'foundation', 'institute', 'mission', 'network', 'project', 'appeal'],
};

/**
 * Last words of a neighbourhood's, suburb's or valley's name ("Clifton Hill", "Forest Hill", "Jackson Heights", "Glen
 * Park"). A name that ends in one and that the tagger typed a person is a place when something around it says so, and
 * no actor when nothing says a person is meant; "Chris Hill said he", "Ms Park", "Hill said" keep the person.
 */
export const PLACE_NAME_TAILS: WordRule = {
  id: 'place/name-tail', why: '"families in Clifton Hill, where the storm caused damage": a suburb, no person named Hill',
  words: ['hill', 'hills', 'park', 'heights', 'valley', 'vale', 'grove', 'gardens', 'springs', 'falls', 'haven', 'harbour',
    'harbor', 'creek'],
};

/**
 * What follows a name that only a person does or is, used where a name's last word would make it a body or a place:
 * a speech verb with a person's pronoun ("Chris Hill said he would stay", "Grace Park said she was pleased").
 */
export const PERSON_PRONOUN_CUES: WordRule = {
  id: 'name/person-pronoun-cue', why: '"Chris Hill said he would stay": "he" says a person, whatever "Hill" means',
  words: ['said he', 'said she', 'says he', 'says she', 'added that he', 'added that she', 'said his', 'said her',
    'and his', 'and her', 'himself', 'herself'],
};

/**
 * Words right before a name, or opening the name the tagger cut, that say a person where its last word names a body
 * ("Chapel", "Temple", "Trust": BODY_NAME_HEADS) or a neighbourhood: everyday person nouns besides titles, ROLE_NOUNS
 * and PERSON_NOUNS ("Former nurse Emma Chapel told the inquiry"), and "the late" ("The late Shirley Temple's films").
 */
export const PERSON_LEAD_CUES: WordRule = {
  id: 'name/person-lead-cue', why: '"Former nurse Emma Chapel told the inquiry", "The late Shirley Temple\'s films will be shown"',
  words: ['the late', 'nurse', 'midwife', 'surgeon', 'consultant', 'paramedic', 'carer', 'teacher', 'headteacher', 'pupil',
    'student', 'witness', 'victim', 'patient', 'survivor', 'widow', 'widower', 'grandmother', 'grandfather', 'neighbour',
    'neighbor', 'farmer', 'pensioner', 'mum', 'dad', 'headmaster', 'headmistress', 'miner', 'resident', 'worker',
    'driver', 'shopkeeper', 'landlord', 'landlady', 'tenant', 'retiree', 'builder', 'plumber', 'electrician', 'fisherman',
    'volunteer', 'soldier', 'mother-of-two', 'father-of-two', 'grandmother-of-two'],
};

/**
 * Words of PERSON_LEAD_CUES and PERSON_NOUNS that are no noun to end an apposition describing a person (refine.ts
 * HEADED_PERSON_APPOSITION): "the late" and "former" open a description ("a former cinema"), "who" and "aged" a clause.
 */
export const NOT_APPOSITION_PERSON_NOUNS: WordRule = {
  id: 'name/not-apposition-person-noun', why: '", a former cinema,": "former" describes the noun after it, it names no person',
  words: ['the late', 'former', 'who', 'aged'],
};

/**
 * Nouns for a relative, read after an owner's word ("his", "her", "their", "the", a count): obituaries and profiles
 * name the dead's family by them. A relative speaks as a spokesman does (claims.ts): "The cause was complications of
 * dementia, said his daughter, Ingrid Halvorsen." gave the source "The cause was complications of dementia"; and the
 * name set after the noun is a person (ner/refine.ts): "she is survived by a sister, Odile" made a place "Odile".
 */
export const KIN_NOUNS: WordRule = {
  id: 'name/kin-noun', why: '"said his daughter, Ingrid Halvorsen", "survived by a sister, Odile", "their two children, Anna and Mark"',
  words: ['wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'nephew',
    'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'partner', 'fiancee',
    'fiancée', 'fiance', 'fiancé', 'sons', 'daughters', 'children', 'brothers', 'sisters', 'parents', 'grandchildren',
    'stepchildren', 'siblings', 'family', 'relatives'],
};

/**
 * Things only a person has, after "'s": "The late Shirley Temple's films", "Emma Chapel's family". A name whose last
 * word names a body ("Temple", "Chapel") stays a person before them (a church's "members" or "roof" say nothing).
 */
export const PERSON_POSSESSIONS: WordRule = {
  id: 'name/person-possession', why: '"The late Shirley Temple\'s films will be shown", "a scene in Randall Park\'s comedy"',
  words: ['film', 'films', 'movies', 'career', 'family', 'wife', 'husband', 'widow', 'son', 'sons', 'daughter', 'daughters',
    'children', 'mother', 'father', 'parents', 'brother', 'sister', 'death', 'funeral', 'birthday', 'memoir', 'memoirs',
    'biography', 'novel', 'novels', 'album', 'albums', 'songs', 'girlfriend', 'boyfriend', 'movie', 'comedy', 'sitcom',
    'role', 'roles', 'debut', 'autobiography', 'wedding'],
};

/**
 * Acts after a name that a person does and a church's or a charity's name seldom does (besides PERSON_ACTS): "Emma
 * Chapel told the inquiry", "Peter Temple questioned the witness". They keep a person whose surname names a body
 * unless a body's cue stands before it ("Members of Grace Church told reporters": BODY_MEMBER_CUES).
 */
export const HEADED_PERSON_ACTS: WordRule = {
  id: 'name/headed-person-act', why: '"Former nurse Emma Chapel told the inquiry she had raised concerns", "Lawyer Peter Temple questioned the witness"',
  words: ['told', 'questioned', 'cross-examined', 'wrote', 'recalled', 'admitted', 'smiled', 'laughed', 'wept', 'starred',
    'sang', 'retired', 'grew up'],
};

/**
 * What a neighbourhood's possessive owns besides a city's (PLACE_POSSESSIONS: "streets", "residents"): after a place's
 * preposition, "in <given name> Hill's" or "Park's" before one of these is the place ("Firefighters worked in Mason
 * Park's east side"); before anything else a person's ("the role in Jonah Hill's latest movie").
 */
export const NEIGHBOURHOOD_POSSESSIONS: WordRule = {
  id: 'place-cue/neighbourhood-possession', why: '"Firefighters worked in Mason Park\'s east side", "homes in Forest Hill\'s flooded streets"',
  words: ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'side', 'end', 'edge',
    'homes', 'houses', 'roads', 'shops', 'schools', 'playground', 'high street', 'main street', 'neighbourhood',
    'neighborhood', 'estate', 'station', 'library', 'park', 'community', 'area', 'village', 'town'],
};

/**
 * Words before a name that make it a body's, whatever its person cues: "Members of Grace Church told reporters",
 * "worshippers at Grace Chapel". (ORG_CUES holds "members of" for any organization; these add a congregation's.)
 */
export const BODY_MEMBER_CUES: WordRule = {
  id: 'org-cue/body-member', why: '"Members of Grace Church told reporters", "worshippers at Grace Chapel said"',
  words: ['members of', 'member of', 'worshippers at', 'worshipers at', 'worshippers of', 'congregation of', 'congregation at',
    'parishioners of', 'parishioners at', 'volunteers at', 'volunteers with', 'trustees of', 'staff at', 'donors to',
    'pastor of', 'vicar of', 'rabbi of', 'imam of', 'priest at'],
};

/** Words right before a name that say a person (besides titles and PERSON_NOUNS): "knocked out compatriot James Hill". */
export const PERSON_BEFORE_CUES: WordRule = {
  id: 'name/person-before-cue', why: '"he knocked out compatriot Tom Hill in the seventh round": a boxer, no suburb',
  words: ['compatriot', 'countryman', 'countrywoman', 'teammate', 'team-mate', 'rival', 'opponent', 'veteran', 'rookie'],
};

/**
 * Words between two sides of a match that say a result or a fixture only in a sports report: "Wycombe held Leyton
 * Orient to a draw", "Wycombe's game against Leyton Orient", "Bristol Rovers fell to Forest Green". Elsewhere they join
 * people ("Police held John Smith", "the case against Jane Doe"), so they count only in a sentence with a sports word
 * (SPORT_CONTEXT_WORDS, SPORT_RESULT_WORDS) or a score; the plain results ("beat", "lost to") are GIVEN_NAME_MATCH_VERBS.
 */
export const SPORT_MATCH_LINKS: WordRule = {
  id: 'team/match-link', why: '"Wycombe held Leyton Orient to a goalless draw": the side held is a club, no person',
  words: ['held', 'against', 'played', 'played against', 'lost against', 'drew against', 'fell to', 'went down to', 'hosted',
    'hosts', 'host', 'faced', 'faces', 'face', 'visited', 'visit', 'was held by', 'were held by', 'held at home by'],
};

/** Words of a sports result that make a sentence a sports report besides SPORT_CONTEXT_WORDS: "held Orient to a goalless draw". */
export const SPORT_RESULT_WORDS: WordRule = {
  id: 'team/result-word', why: '"Wycombe held Leyton Orient to a goalless draw", "a late winner against Forest Green"',
  words: ['draw', 'goalless', 'scoreless', 'equaliser', 'equalizer', 'winner', 'kick-off', 'half-time', 'stoppage', 'penalty',
    'penalties', 'victory', 'defeat', 'striker', 'goalkeeper', 'manager', 'side'],
};

/**
 * Words of a report on an individual sport, where both sides of a result are people ("Denis Shapovalov defeated
 * Taylor Fritz in straight sets", "won the snooker final"): a result there makes no team of a player. Set scores
 * ("6-4, 7-6 (5)") mark the same (refine.ts SET_SCORE).
 */
export const INDIVIDUAL_SPORT_WORDS: WordRule = {
  id: 'team/individual-sport', why: '"Ana Costa beat Lena Brandt in straight sets": players, no clubs',
  words: ['tennis', 'golf', 'golfer', 'boxing', 'boxer', 'mma', 'ufc', 'chess', 'grandmaster', 'athletics', 'snooker', 'darts',
    'sets', 'tie-break', 'tiebreak', 'tiebreaker', 'singles', 'doubles', 'atp', 'wta', 'pga', 'bout', 'frames'],
};

/**
 * Words of a one-on-one result that a team sport's report also writes now and then: a boxer's decision and weight
 * ("Oleksandr Usyk beat Tyson Fury on points", "won by knockout", "the heavyweight"), a tennis player's seeding and
 * the late rounds of a draw ("the top seed", "lost to Jannik Sinner in the semi-final"). They mark an individual sport
 * (like INDIVIDUAL_SPORT_WORDS) only in a sentence with no team sport's word (TEAM_SPORT_WORDS, TEAM_ROUND_WORDS):
 * "Norwich beat Leyton Orient in the cup semi-final" stays a result between clubs.
 */
export const INDIVIDUAL_BOUT_WORDS: WordRule = {
  id: 'team/individual-bout', why: '"Oleksandr Usyk beat Tyson Fury on points", "Novak Djokovic lost to Jannik Sinner in the semi-final"',
  words: ['on points', 'knockout', 'technical knockout', 'split decision', 'unanimous decision', 'heavyweight',
    'cruiserweight', 'middleweight', 'welterweight', 'lightweight', 'featherweight', 'bantamweight', 'flyweight', 'seed',
    'seeded', 'semi-final', 'semi-finals', 'semifinal', 'semifinals', 'quarter-final', 'quarter-finals', 'quarterfinal',
    'quarterfinals'],
};

/**
 * Words of a team competition's round that with INDIVIDUAL_BOUT_WORDS say a team sport: "the FA Cup semi-final", "the
 * knockout stage", "the play-off quarter-final" (TEAM_SPORT_WORDS say the same).
 */
export const TEAM_ROUND_WORDS: WordRule = {
  id: 'team/team-round', why: '"Norwich beat Leyton Orient in the cup semi-final": clubs, not players',
  words: ['cup', 'stage', 'play-off', 'play-offs', 'group'],
};

/**
 * Words of a team sport's report ("held Leyton Orient to a goalless draw", "scored the equaliser"): with one of them,
 * a given-named side of a result may be a club ("Leyton Orient"); without, a given name and a surname stay a person
 * unless the other side is a club.
 */
export const TEAM_SPORT_WORDS: WordRule = {
  id: 'team/team-sport-word', why: '"Barnet held Leyton Orient to a goalless draw": a football result, the side is a club',
  words: ['goalless', 'scoreless', 'equaliser', 'equalizer', 'kick-off', 'half-time', 'stoppage', 'striker', 'strikers',
    'goalkeeper', 'goal', 'goals', 'league', 'derby', 'fixture', 'fixtures', 'relegation', 'relegated', 'midfielder',
    'midfielders', 'defender', 'defenders', 'squad', 'club', 'clubs', 'draw', 'penalties', 'wickets', 'innings',
    'touchdown', 'touchdowns'],
};

/**
 * A team's staff and players, written after the team's one-word name: "Chelsea coach Enzo Maresca", "a Chelsea
 * player", "Napoli striker Victor Osimhen". In a sports report the name before one is the club, whatever the tagger
 * made of its other mentions ("Chelsea" is a given name too: "Chelsea pulled one back" made a person of every mention).
 * Not "fans", "supporters": "Swift fans" are a singer's.
 */
export const TEAM_ROLE_NOUNS: WordRule = {
  id: 'team/role-noun', why: '"Chelsea coach Enzo Maresca said", "a Chelsea player was struck by a coin", "Napoli striker Victor Osimhen"',
  words: ['coach', 'head coach', 'manager', 'boss', 'striker', 'strikers', 'forward', 'midfielder', 'midfielders', 'defender',
    'defenders', 'goalkeeper', 'keeper', 'winger', 'full-back', 'centre-back', 'center-back', 'player', 'players', 'squad',
    'academy', 'teammate', 'teammates', 'team-mate', 'quarterback', 'pitcher', 'sporting director', 'technical director'],
};

/** Words of a club's or a team's name: "Leeds United", "Bristol Rovers", "Ajax FC". The side that has one is a team. */
export const TEAM_NAME_WORDS: WordRule = {
  id: 'team/name-word', why: '"Dean Morris scored as Bristol Rovers beat Exeter City": "Rovers" and "City" name teams',
  words: ['fc', 'afc', 'cf', 'sc', 'united', 'city', 'town', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur',
    'county'],
};

/**
 * Last words of a club's name that also end a place's, so no team's sign alone (TEAM_NAME_TAILS): "Crawley Town beat
 * Stevenage 2-1", "Exeter City drew with Luton", "Derby County lost to Leeds". After a town the gazetteer knows, in a
 * sports sentence, the name is the club, not a person or the town.
 */
export const TEAM_PLACE_TAILS: WordRule = {
  id: 'team/place-tail', why: '"Crawley Town beat Leyton Orient in the quarter-final": a club, no person',
  words: ['town', 'city', 'county'],
};

/**
 * The team words no place or person name ends in: a name the tagger typed a person that ends in one is a team
 * ("Forest Green Rovers beat Hamilton Academical", "Crawley Town beat Leyton Orient" names "Rovers" but not "Town",
 * which ends towns too). Not "city", "town", "county": "Kansas City", "Orange County".
 */
export const TEAM_NAME_TAILS: WordRule = {
  id: 'team/name-tail', why: '"Forest Green Rovers beat Hamilton Academical": a person does not end in "Rovers"',
  words: ['fc', 'afc', 'united', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur', 'academical'],
};

/**
 * Column headers of a table that say what the names in their column are: under "Party | Seats | Change" the row
 * "Reform | 15 | +15" names a party, under "Candidate | Votes" the row "Maria Lopez | 12,400" a person, under "Region |
 * Dead" the row "North Vale | 12" a place (ner/refine.ts typeTableCells). The header cells themselves are column
 * labels, no names. Lower case, singular and plural.
 */
export const TABLE_COLUMN_TYPES: (WordRule & { type: 'PER' | 'ORG' | 'LOC' })[] = [
  { id: 'table-column/organization', type: 'ORG', why: '"Party | Seats" over "Reform | 15": Reform is a party, an organization',
    words: ['party', 'parties', 'team', 'teams', 'club', 'clubs', 'company', 'companies', 'firm', 'firms', 'bank', 'banks',
      'airline', 'airlines', 'broadcaster', 'broadcasters', 'insurer', 'insurers', 'lender', 'lenders', 'union', 'unions',
      'charity', 'charities', 'university', 'universities', 'school', 'schools'] },
  { id: 'table-column/person', type: 'PER', why: '"Candidate | Votes" over "Maria Lopez | 12,400": a person',
    words: ['candidate', 'candidates', 'player', 'players', 'driver', 'drivers', 'rider', 'riders', 'athlete', 'athletes',
      'nominee', 'nominees', 'scorer', 'scorers', 'golfer', 'golfers', 'jockey', 'jockeys', 'boxer', 'boxers', 'senator',
      'senators', 'mp', 'mps'] },
  { id: 'table-column/place', type: 'LOC', why: '"Region | Dead | Missing" over "North Vale | 12 | 4": a place',
    words: ['country', 'countries', 'region', 'regions', 'state', 'states', 'province', 'provinces', 'county', 'counties',
      'city', 'cities', 'town', 'towns', 'district', 'districts', 'constituency', 'constituencies', 'territory',
      'territories', 'municipality', 'municipalities', 'borough', 'boroughs', 'ward', 'wards', 'nation', 'nations'] },
];

/**
 * Column headers that name no kind of name, only what a column holds: "Seats", "Change", "Winner". A header cell that
 * is one is a column label, never a name ("Winner" is no person), and a first row of such labels (or of
 * TABLE_COLUMN_TYPES) heads its table even when no figure follows: "Ward | Winner" over "Castle Hill | Green".
 */
export const TABLE_COLUMN_LABELS: WordRule = {
  id: 'table-column/label', why: '"Ward | Winner" over "Castle Hill | Green": "Winner" is no person',
  words: ['name', 'names', 'seats', 'seat', 'votes', 'vote', 'share', 'change', 'winner', 'winners', 'result', 'results',
    'score', 'rank', 'position', 'pos', 'pld', 'gd', 'date', 'year', 'notes', 'status', 'gain', 'gains', 'loss', 'losses', 'majority',
    'turnout', 'swing', 'points', 'pts', 'goals', 'played', 'won', 'lost', 'drawn', 'difference', 'cases', 'deaths',
    'dead', 'missing', 'injured', 'killed', 'wounded', 'displaced', 'confirmed', 'recovered', 'age', 'leader', 'holder',
    'incumbent', 'elected', 'total', 'percentage', 'percent', 'count', 'number', 'value', 'amount', 'price', 'rate',
    'level', 'population', 'area', 'capital', 'category', 'type', 'description', 'details', 'source', 'time', 'day',
    'week', 'month', 'period', 'quarter', 'revenue', 'profit', 'sales', 'margin', 'previous', 'latest', 'forecast',
    'actual', 'estimate', 'before', 'after', 'indicator', 'measure', 'item'],
};

/**
 * Row labels of a table that sum up or qualify the rows and name nothing, whatever the column's header: "Total | 79",
 * "Others | 3", "Turnout | 31%", "Independent | 2" under "Party | Seats".
 */
export const TABLE_SUMMARY_LABELS: WordRule = {
  id: 'table-row/summary-label', why: '"Total | 79" under "Party | Seats" is no party',
  words: ['total', 'totals', 'grand total', 'subtotal', 'others', 'other', 'other parties', 'turnout', 'majority',
    'electorate', 'independent', 'independents', 'vacant', 'none', 'overall', 'average', 'all', 'rest', 'spoilt',
    'rejected', 'invalid', 'valid', 'change', 'swing', 'unknown', 'n/a', 'tbc', 'tbd'],
};

/**
 * Trade words that end a company's name and are left out when the company is named again: "Nordvik Foods AB" …
 * "Nordvik said", "Meridian Bank AG" … "a spokesperson for Meridian", "Hollis Logistics" … "Hollis". No person's name
 * ends in one of them, so a name ending so is an organization whatever the tagger said ("Hutchison Ports UK").
 */
export const COMPANY_NAME_HEADS: WordRule = {
  id: 'org-head/company-trade', why: '"Brookfield Supply Corp agreed to buy … Brookfield will pay" is one company, not a person "Brookfield"',
  words: ['foods', 'food', 'bank', 'bancorp', 'supply', 'logistics', 'group', 'holdings', 'motors', 'motor', 'energy', 'airlines',
    'airways', 'pharma', 'pharmaceuticals', 'therapeutics', 'biosciences', 'biotech', 'biotherapeutics', 'technologies',
    'technology', 'systems', 'industries', 'mining', 'minerals', 'resources', 'petroleum', 'chemicals', 'insurance',
    'financial', 'brands', 'retail', 'stores', 'beverages', 'telecom', 'communications', 'entertainment', 'semiconductor',
    'semiconductors', 'electronics', 'networks', 'software', 'labs', 'laboratories', 'solutions', 'shipping', 'ports',
    'construction', 'homes', 'properties', 'realty', 'automotive', 'aerospace', 'aviation', 'healthcare', 'enterprises',
    'platforms', 'materials', 'utilities', 'apparel', 'textiles',
    // carriers and their regional brands: "Endeavor Air", "Delta Connection", "Hellenic Train", "Greyhound Lines" were
    // people in accident copy
    'air', 'rail', 'railway', 'railways', 'railroad', 'train', 'trains', 'lines', 'transit', 'ferries', 'express', 'connection'],
};

/**
 * Legal forms written after a company's name with no comma: "Taylor Wimpey plc said", "Nordvik Foods AB reported",
 * "Siemens AG". Written as they are, case included: "AG" or "SA" after a place are a state ("Texas AG"), so a name the
 * gazetteer knows as a place takes none (actors.ts).
 */
export const LEGAL_FORMS: WordRule = {
  id: 'org-legal-form/after-name', why: '"Taylor Wimpey plc said completions fell": a company, not a person "Taylor Wimpey"',
  // without dots, as every word list here holds no regex syntax: "SA" matches "S.A." and "SpA" "S.p.A." too (actors.ts)
  words: ['Inc', 'Corp', 'Co', 'Ltd', 'LLC', 'LLP', 'plc', 'PLC', 'Plc', 'AG', 'AB', 'SA', 'NV', 'GmbH', 'SE',
    'ASA', 'Oyj', 'SpA', 'BV', 'Pty', 'Limited', 'Corporation', 'Incorporated', 'KGaA', 'A/S'],
};

/**
 * Stock exchanges named before a ticker in brackets: "Apple Inc. (NASDAQ: AAPL)", "Shell plc (LSE: SHEL)". The ticker
 * is the company's, no actor of its own (actors.ts findTickers).
 */
export const STOCK_EXCHANGES: WordRule = {
  id: 'org-ticker/exchange', why: '"Solvane Therapeutics, Inc. (Nasdaq: SLVN) today reported": the source is the company, not "SLVN"',
  words: ['NYSE', 'Nasdaq', 'NASDAQ', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'NYSE American', 'NYSE Arca', 'NYSE MKT', 'AMEX', 'LSE',
    'AIM', 'TSX', 'TSXV', 'TSX-V', 'TSX Venture', 'CSE', 'NEO', 'ASX', 'NZX', 'OTC', 'OTCQX', 'OTCQB', 'OTC Pink', 'OTC Markets',
    'Euronext', 'Euronext Paris', 'Euronext Amsterdam', 'XETRA', 'Xetra', 'FWB', 'FRA', 'SIX', 'HKEX', 'HKSE', 'SEHK', 'SGX', 'JSE', 'BSE', 'NSE', 'TSE',
    'TYO', 'KRX', 'KOSDAQ', 'SSE', 'SZSE', 'TWSE', 'OMX', 'Nasdaq Stockholm', 'Nasdaq Helsinki', 'Nasdaq Copenhagen',
    'Oslo Børs', 'OSE', 'BME', 'WSE', 'Cboe', 'BATS', 'TASE', 'BMV', 'B3', 'Bovespa', 'NYSEAMERICAN'],
};

/**
 * Nouns that introduce a company's ticker in running text: "Ridgeway Motors Inc., which trades on the New York Stock
 * Exchange under the ticker RWM, said" (actors.ts findTickers).
 */
export const TICKER_NOUNS: WordRule = {
  id: 'org-ticker/noun', why: '"which trades on the New York Stock Exchange under the ticker RWM": RWM is the company, no actor of its own',
  words: ['ticker', 'symbol', 'ticker symbol', 'stock symbol', 'trading symbol'],
};

/**
 * Verbs of a share price's move, before a percentage: a capitalised word opening "Nvidia slid 4.6%", "Tesla fell 3.9%"
 * is a company (ner/refine.ts findCompanies), as "Inflation rose 3%" is not (a common word).
 */
export const MARKET_MOVE_VERBS: WordRule = {
  id: 'org-cue/market-move', why: '"Nvidia slid 4.6% and was the heaviest weight on the market. Tesla fell 3.9%."',
  words: ['slid', 'rose', 'fell', 'jumped', 'gained', 'dropped', 'climbed', 'tumbled', 'surged', 'plunged', 'sank', 'soared',
    'slumped', 'advanced', 'declined', 'dipped', 'rallied', 'added', 'lost', 'shed', 'eased', 'retreated', 'rebounded', 'slipped',
    'edged up', 'edged down', 'edged higher', 'edged lower', 'was up', 'was down', 'closed up', 'closed down', 'ended up', 'ended down'],
};

/**
 * Short forms of well-known bodies the news uses after the full name: "the Federal Reserve held rates … the Fed said".
 * `full` is the lower-case name the short form stands for.
 */
export const KNOWN_SHORT_FORMS: (WordRule & { full: string })[] = [
  { id: 'org-short/fed', full: 'federal reserve', why: '"The Federal Reserve held rates steady. Fed Chair Jerome Powell said … the Fed"',
    words: ['fed'] },
  ...PARTY_SHORT_NAMES.map((r) => ({ id: r.id, full: r.full.toLowerCase(), why: r.why, words: r.words.map((w) => w.toLowerCase()) })),
  { id: 'org-short/africa-cdc', full: 'africa centres for disease control and prevention',
    why: '"The Africa Centres for Disease Control and Prevention (Africa CDC) said … Africa CDC declared an emergency"',
    words: ['africa cdc'] },
  // Syria war copy names the monitor in full once, then by its head word: "according to the Syrian Observatory for
  // Human Rights … The Observatory said 17 members of the SDF died" (two actors)
  { id: 'org-short/sohr', full: 'syrian observatory for human rights',
    why: '"the Syrian Observatory for Human Rights, a Britain-based war monitor … The Observatory said"',
    words: ['observatory', 'syrian observatory'] },
  // the drugmaker named in full once, then by its surname-like word: "Eli Lilly's Alzheimer's drug … Lilly said the list
  // price would be $32,000" (a person "Lilly" beside the organization)
  { id: 'org-short/lilly', full: 'eli lilly', why: '"The FDA approved Eli Lilly\'s drug … Lilly said"', words: ['lilly'] },
];

/** Words that open an object's relative clause before its subject: no report in "those they claim to be defending". */
export const CLAIM_OBJECT_RELATIVE_LEADS: WordRule = {
  id: 'claim/object-relative-lead', why: '"have slaughtered Sunnis, those they claim to be defending": no claim of "those they"',
  words: ['those', 'what', 'whom', 'whatever', 'ones'],
};

/**
 * Words that open a clause of its own before a subject pronoun and a cue: "depends on whether he believes it will
 * benefit him" is no report of "he". Before any other word a subject pronoun right before its cue opens a reduced
 * relative clause, and it alone is the source: "companies it says supply Russia's military" (claims.ts).
 */
export const CLAIM_PRONOUN_CLAUSE_LEADS: WordRule = {
  id: 'claim/pronoun-clause-lead', why: '"depends largely on whether he believes it will benefit his re-election chances": no claim of "he"',
  words: ['whether', 'how', 'why', 'once', 'unless', 'until', 'than', 'now', 'whenever', 'wherever', 'lest'],
};
