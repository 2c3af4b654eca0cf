// Corrects the tagger's names with rules over the whole article (extract stage): heads, cues, lists, one type per name.
import {
  PLACE_APPOSITION_NOUNS, GROUP_PLURALS, CALENDAR_NAMES, DOCUMENT_HEADS, DOCUMENT_LEADS, GROUP_ADJECTIVES, SHIP_PREFIXES, VESSEL_HEADS, THING_ACRONYMS, OFFICE_MODIFIERS, ARABIC_ARTICLES, MONTH_ABBREVIATIONS, COUNTRY_COMPOUND_TAILS, KNOWN_ORGS, LEADING_FUNCTION_WORDS, LOCATIVE_PREPOSITIONS, NATIONAL_GROUP_NOUNS, NOT_ACTORS, TEAM_ROLE_NOUNS, WORK_NOUNS, NICKNAME_NOUNS, OWNED_WORK_NOUNS, EVENT_NAMES, AWARD_NAMES, AWARD_TAILS, WEAPON_NAMES, COMMODITY_NAMES, CRUDE_GRADE_TAILS,
  OPERATION_LEADS, ORG_CUES, THREAT_GROUP_AFTER, THREAT_GROUP_DESIGNATIONS, THREAT_GROUP_TAILS, ORG_HEADS, ORG_LEADS, ORG_TAILS, MEDIA_TAILS, PEOPLE_OF_NOUNS, PERSON_ORG_TAILS, PERSON_TITLES, ROLE_TITLES_EXTRA, PLACE_AFTER_CUES, PLACE_CUES,
  GRADE_HEADS, CRAFT_HEADS, DISEASE_EPONYMS, PRODUCT_CUES, JOURNAL_CUES, ORG_MEMBER_NOUNS, LISTED_VENUE_HEADS, PLACE_HEADS, PLACE_HEAD_MODIFIERS, PLACE_LEADS, ROLE_NOUNS, VENUE_HEADS, STATE_STATEMENT_VERBS, THING_TAILS, ruleById, wordSet, type WordRule,
  BODY_ORG_HEADS, BODY_APPOSITION_HEADS, HOLDER_BODY_HEADS, PORTFOLIO_TITLES, FIRM_HEADS, LEAGUE_HEADS, SUMMIT_GROUPINGS, SUMMIT_NOUNS, SURNAME_ORG_HEADS, TEAM_PLACE_TAILS, LOWER_ORG_HEADS, SPORT_REPORT_WORDS, COMPANY_ACTS, COMPANY_CUES, MARKET_MOVE_VERBS, COMMON_SUBJECTS, PARTY_ADJECTIVES, PARTY_NICKNAMES, COMPANY_FORM_WORDS, CORPORATE_OBJECTS, DOTTED_NON_INITIALS, NON_PERSON_REFERENCES, BODY_RESPONSES, ORG_ROLE_CUES, FOR_ORG_LEADS, POLLSTER_NOUNS, PARTY_NAME_CUES, PARTY_PLURAL_NAMES, ON_ORG_LEADS, COORDINATED_ORG_HEADS, PLACE_OBJECT_VERBS, PLATFORM_MEDIUM_CUES, PLATFORM_NAMES, INSTITUTION_HEADS, NAME_PARTICLES, PERSON_NOUNS, PLACE_GIVEN_NAMES, POSSESSIVE_NAME_WORDS, POSSESSIVE_NAME_HEADS, PARTY_STANDING_WORDS,
} from '../data/name-words.js';
import { BODY_NAME_HEADS, INSTITUTION_OF_LEADS, PERSON_BEFORE_CUES, PERSON_PRONOUN_CUES, PLACE_NAME_TAILS, SPORT_MATCH_LINKS, SPORT_RESULT_WORDS,
  INDIVIDUAL_BOUT_WORDS, INDIVIDUAL_SPORT_WORDS, TEAM_NAME_TAILS, TEAM_NAME_WORDS, TEAM_ROUND_WORDS, TEAM_SPORT_WORDS } from '../data/name-words.js';
import { TRANSPORT_BODIES } from '../data/name-words.js';
import { MODEL_MAKERS } from '../number-words.js';
import { BODY_MEMBER_CUES, HEADED_PERSON_ACTS, KIN_NOUNS, NEIGHBOURHOOD_POSSESSIONS, NOT_APPOSITION_PERSON_NOUNS, PERSON_LEAD_CUES, PERSON_POSSESSIONS } from '../data/name-words.js';
import { COMPANY_NAME_HEADS, LEGAL_FORMS, PERSON_OFFICE_TAILS, POSSESSIVE_NAME_VERBS } from '../data/name-words.js';
import {
  BORDER_LINE_NAMES, EXTRA_DEMONYMS, DEMONYM_NOUNS, SUBJECT_ACTS, FACILITY_AFTER_HEADS, FACILITY_BODY_HEADS, FACILITY_LOCATIVES, FEATURE_NAME_LEADS, FEATURE_NAME_TAILS, FEATURE_NAMES, FEATURE_OF_NAME_LEADS, OPENERS_NOT_NAMES, METRO_LEADS, MOTION_VERBS, NOT_SURNAMES, PERSON_ACTS, PLACE_ADJECTIVES, PLACE_APPOSITIONS, DIRECTION_TAILS, PLACE_COMPOUND_TAILS, PLACE_EXAMPLE_LINKS, PLACE_EXAMPLE_NOUNS, PLACE_EXAMPLE_QUALIFIED_NOUNS, SPORT_CONTEXT_WORDS, PLACE_LIST_TAILS, PLACE_NAME_PARTICLES, PLACE_POSSESSIONS, TEAM_VERBS, PREMISES_NOUNS, SURE_PLACE_PREPOSITIONS,
} from '../data/place-words.js';
import { countryOfDemonym, countryOfName, isCountryOrRegion, isPlaceName, isRegionName, divisionNamesOf, lookupDivision, lookupLandmark, lookupPlace, normName } from '../gazetteer.js';
import { BRANCH_NOUNS, DIRECTION_LEADS, PLACE_NAME_LEADS, PLACE_SUBJECT_VERBS, QUALIFIER_END_WORDS, RESIDENT_NOUNS, TOWN_BODY_NOUNS, WATER_DIRECTIONS, WATER_HEADS } from '../data/place-words.js';
import { isTitleCase, isAllCaps } from './features.js';
import { DATELINE_AGENCIES } from '../../data/news-agencies.js';
import { NEWS_AGENCIES } from '../../data/news-agencies.js';
import { isOutsideWord, loadModel, wordLabel, type NameSpan } from './tagger.js';
import {
  GIVEN_NAME_BODY_CUES, GIVEN_NAME_BODY_HEADS, GIVEN_NAME_MATCH_VERBS, GIVEN_NAME_PLACE_SURNAMES, GIVEN_NAME_STOPS, US_GIVEN_NAMES, WORD_GIVEN_NAMES,
  WORLD_GIVEN_NAMES,
} from '../data/given-names.js';
import { DEPARTMENT_TITLES, TITLE_DEPARTMENTS } from '../data/office-words.js';
import type { Token } from './tokenize.js';
import { splitAtCellBars, typeTableNames } from './table-names.js';
import { foldName, hasNonAscii } from '../name-fold.js';
import { isCommonLexiconWord, isVerbTerm, tagPieces } from '../nlp.js';
import type { GazetteerEntry } from '../gazetteer.js';
import { CURRENCY_PREFIXES, HEDGES, UNITS } from '../number-words.js';
import { LONE_COMMON_OPENERS, LONE_LEADER_SURNAMES, LONE_PERSON_FRONTED_LEADS, LONE_PERSON_POSSESSIONS, LONE_PERSON_VERBS } from '../data/lone-words.js';
import { QUARTER_ADVERBS, QUARTER_EVENT_NOUNS, QUARTER_EVENT_VERBS, QUARTER_LINKS, QUARTER_NOUNS, QUARTER_PREDICATES, placePartNouns } from '../data/place-words.js';

/** A name after the rules: its type, and for places the kind a head word gave ("Tabqah Dam" → facility). */
export interface RefinedName extends NameSpan {
  kind: 'facility' | 'feature' | 'region' | null;
  /** Index of the sentence (token run) holding it. */
  sentence: number;
  /** Set when a cue word settled the type ("the villages of …"): list neighbours follow it. */
  cue?: 'place';
  /** True when a phrase before the name ("the towns of") set the cue: it covers the whole list that follows. */
  listCue?: boolean;
  /** The place kind a cue told: "the villages of …" → village. */
  cueKind?: 'village' | 'city' | 'region' | 'feature' | null;
  /** A person named by office alone ("the Foreign Secretary said"): the actor is found through roles. */
  office?: boolean;
}

// the tagger's organization heads and the rules' own (BODY_ORG_HEADS: "Kenya Ports Authority", "Arab League")
const ORG_HEAD = wordSet(...ORG_HEADS, ...BODY_ORG_HEADS);
const ORG_LEAD = wordSet(...ORG_LEADS);
const KNOWN_ORG = wordSet(KNOWN_ORGS);
const FUNCTION_WORD = wordSet(LEADING_FUNCTION_WORDS);
const NOT_ACTOR = wordSet(NOT_ACTORS);
const EVENT_NAME = wordSet(EVENT_NAMES);
const AWARD_NAME = wordSet(AWARD_NAMES);
// an award's word after its name, or glued by a hyphen: " winner", "-winning", " nominations"
const AWARD_TAIL = new RegExp(`^(?:\\s+|-)(?:${AWARD_TAILS.words.join('|')})(?![\\p{L}])`, 'iu');
// the edition after an event's name: " LX" of "Super Bowl LX", " 2028" of "Olympics 2028"
const EDITION_TAIL = / (?:[IVXLC]+|\d{4})$/u;

// the nouns before a work's title or a nickname: "her album |", "the nickname |"
const TITLE_NOUNS = [...WORK_NOUNS.words, ...NICKNAME_NOUNS.words];
// a determiner or an owner's word, lower case or opening the sentence: "the", "The", "her", "Her"
const capsOrNot = (ws: string[]) => ws.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
// a work's noun after a determiner or an owner, maybe with describing words, right before a title: "her country
// record ", "the 2019 film ", "Disney's live-action ", "his latest album \"" (the noun alone, no determiner: "film
// director Spike Lee" has another noun after it, "Paramount's head of film Jane Roe" a title before the name)
const WORK_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${capsOrNot(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'whose'])}|\\p{Lu}[\\p{L}.&]*['’]s?)[ \\t]+(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*[ \\t]+){0,3}(?:${TITLE_NOUNS.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})|(?:${capsOrNot(['his', 'her', 'their', 'its'])}|\\p{Lu}[\\p{L}.&]*['’]s?)[ \\t]+(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*[ \\t]+){0,3}(?:${OWNED_WORK_NOUNS.words.join('|')})),?[ \\t]+["“]?(?:The[ \\t]+)?$`, 'u');
// an opening quotation mark and the title's words before a name inside it: "a memoir, “Counting the |Cost,”"
const QUOTED_TITLE_OPEN = /(?:^|[\s,(])["“][^"“”\n]{0,40}$/u;
// a quoted title's closing mark, then a work's noun in apposition: "“The Drowned Lighthouse,” a canvas nearly 20 feet
// wide" (a person "Drowned Lighthouse"); a person's nickname in quotes is followed by no work's noun
const QUOTED_WORK_AFTER = new RegExp(`^[,.]?["”],?[ \\t]+(?:a|an|the|his|her|their)[ \\t]+(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*[ \\t]+){0,3}(?:${TITLE_NOUNS.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}])`, 'u');

/**
 * A work's title after its noun (WORK_NOUNS) is no actor: "her country record Cowboy Carter" (a person), "her album The
 * Tortured Poets Department" (an organization), "the film Top Gun: Maverick"; so is a quoted title before its noun in
 * apposition ("“The Drowned Lighthouse,” a canvas"). A person's name there as the object of a
 * relative clause ("the film Spielberg directed") stays a person where the article names that person in full.
 */
function typeWorkTitles(text: string, names: RefinedName[]): void {
  let fullNameEnds: Set<string> | null = null;
  for (const n of names) {
    if (n.type === 'MISC' || n.kind || n.cue || n.office || n.end <= n.start) continue;
    // "her second album, Mountain Songs,": a comma may set the title off; "a memoir, “Counting the Cost,”" (an
    // organization "Cost"): a name inside a quoted title is read from the quotation's opening mark
    let before = text.slice(Math.max(0, n.start - 60), n.start);
    const open = QUOTED_TITLE_OPEN.exec(before);
    if (open) before = before.slice(0, open.index + open[0].search(/["“]/) + 1);
    // (set off by a comma, the title closes with a comma or a stop too: "The film, Steven Spielberg said, cost …")
    const titleBefore = WORK_NOUN_BEFORE.test(before) && (!/,[ \t]+(?:The[ \t]+)?$/.test(before) || /^[,.;:)]/.test(text.slice(n.end, n.end + 1)));
    if (!titleBefore && !QUOTED_WORK_AFTER.test(text.slice(n.end, n.end + 80))) continue;
    fullNameEnds ??= new Set(names.filter((p) => p.type === 'PER').map((p) => text.slice(p.start, p.end)).filter((p) => p.includes(' '))
      .map((p) => p.slice(p.lastIndexOf(' ') + 1)));
    if (!fullNameEnds.has(text.slice(n.start, n.end))) n.type = 'MISC';
  }
}

/**
 * An event, a trophy or an award ceremony (EVENT_NAMES: "Super Bowl LX", "the Grammys", "Copa del Rey"), or a one-word
 * award before an award's word (AWARD_NAMES, AWARD_TAILS: "the two-time Oscar winner"): no actor of the news.
 */
function isEventName(text: string, n: RefinedName, surface: string): boolean {
  const low = surface.toLowerCase();
  if (EVENT_NAME.has(low) || EVENT_NAME.has(surface.replace(EDITION_TAIL, '').toLowerCase())) return true;
  return AWARD_NAME.has(low) && AWARD_TAIL.test(text.slice(n.end, n.end + 16));
}
const WEAPON_NAME = wordSet(WEAPON_NAMES);
const COMMODITY_NAME = wordSet(COMMODITY_NAMES);
const CRUDE_GRADE_TAIL = new RegExp(`^\\s+(?:${CRUDE_GRADE_TAILS.words.join('|')})\\b`, 'i');
// ", spokesman of" / ", the leader of" right after a capitalised run: the run is a person
const ROLE_APPOSITION = new RegExp(`^,\\s+(?:the\\s+|a\\s+|its\\s+)?(?:${[...wordSet(ROLE_NOUNS)].join('|')})\\b`, 'i');
/**
 * A role noun after a body's or a country's possessive, in apposition after a name: "Staffan de Mistura, the U.N.
 * Secretary-General's personal envoy for Western Sahara, said" (the tagger read "Mistura" as a place, and the envoy
 * was no actor), "…, Algeria's foreign minister", "…, the WHO's chief scientist". The owner is capitalised.
 */
const OWNED_ROLE_APPOSITION = new RegExp(`^,\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s\\s+(?:\\p{Ll}+\\s+){0,2}(?:${[...wordSet(ROLE_NOUNS)].join('|')})\\b`, 'u');
// ", the head of", ", a spokesman for": offices only a person holds, in apposition after a name (not ", a member of",
// which a body may be too)
const PERSON_OFFICE_APPOSITION = /^,\s+(?:the\s+|a\s+|its\s+)?(?:head|leader|chief|commander|spokesman|spokeswoman|spokesperson|chairman|chairwoman|president|prime minister|minister|governor|general|colonel)\s+(?:of|for)\b/iu;
/** One capitalised word, maybe after an Arabic article: "Burhan", "Al-Burhan", "el-Sisi" (no acronym). */
const ONE_NAME_WORD = /^(?:(?:[Aa]l|[Ee]l)-)?\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;
// ", 45, said", ", 32, a nurse": a person's age in apposition, then the sentence goes on in lower case
const AGE_APPOSITION = /^,\s*\d{1,3},\s+\p{Ll}/u;
// name parts that stay lower case inside a person's name: "Abu Kanan al-Homsi", "Osama bin Laden"
const NAME_PARTICLE = /^(?:al-\p{L}+|el-\p{L}+|bin|ibn|bint|de|van|von|al|el)$/u;
const OPERATION = wordSet(OPERATION_LEADS);
const OPERATION_NEAR = new RegExp(`\\b(?:${OPERATION_LEADS.words.join('|')})\\b`, 'iu');
const NATIONAL_GROUP = new RegExp(`^\\s+(?:${NATIONAL_GROUP_NOUNS.words.join('|')})\\b`);
// the people nouns of NATIONAL_GROUP_NOUNS (after "people"), which a body may serve: "the agency for Palestinian refugees"
const NATIONAL_PEOPLE = new RegExp(`^\\s+(?:${NATIONAL_GROUP_NOUNS.words.slice(NATIONAL_GROUP_NOUNS.words.indexOf('people')).join('|')})\\b`);
const BENEFICIARY_BEFORE = /\bfor\s+$/u;
const ORG_TAIL = new RegExp(`^\\s+(?:${ORG_TAILS.words.join('|')})\\b`);
// "the |", "Korea's state-run |", "the pro-government |": what opens an outlet's name before it
const MEDIA_NAME_BEFORE = /(?:\bthe|['’]s?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// a press word right before a name, and at most one capitalised word between: "magazine [Private ]", "the daily "
const PRESS_BEFORE = new RegExp(`(?:\\bthe\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:daily|weekly)|(?<![\\p{L}-])(?:${MEDIA_TAILS.words.filter((w) => w !== 'daily' && w !== 'weekly')
  .map((w) => w.replace(/ /g, '\\s+')).join('|')}))\\s+(\\p{Lu}\\p{Ll}+\\s+)?$`, 'u');
const MEDIA_TAIL = new RegExp(`^\\s+(?:${MEDIA_TAILS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
// "the Scottish National| party (SNP)": one space, then the lower-case head, ending the name
const LOWER_ORG_HEAD_WORD = wordSet(LOWER_ORG_HEADS);
// a capital inside a word: a party's short form, complete in itself ("MoDem", "AfD", "PiS")
const INNER_CAPITAL = /^.+\p{Lu}/u;
// "the" (and up to two words) right before a name: "the Bharatiya Janata party", "the ruling Georgian| Dream party"
const THE_PARTY_BEFORE = /(?:^|[^\p{L}])the\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "the ruling Morena| party": a party's standing in politics right before the name (PARTY_STANDING_WORDS)
const PARTY_STANDING_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${PARTY_STANDING_WORDS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const LOWER_ORG_HEAD = new RegExp(`^ (?:${LOWER_ORG_HEADS.words.join('|')})(?![\\p{L}\\d'’-])`, 'u');
// multi-word well-known organizations, found in the text whatever the tagger split them into
const KNOWN_ORG_PHRASE = new RegExp(`\\b(?:${KNOWN_ORGS.words.filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu');
const COMPOUND = new RegExp(`^(.+?)-(?:${COUNTRY_COMPOUND_TAILS.words.join('|')})$`, 'i');
const LOCATIVE = wordSet(LOCATIVE_PREPOSITIONS);
/** Plants and stations named after their town: "the Zaporizhzhia nuclear plant", "the Kakhovka power station". */
const PLANT_HEADS: WordRule & { kind: 'facility' } = {
  id: 'place-head/plant', kind: 'facility', why: '"the Zaporizhzhia nuclear plant" is a facility, not an organization',
  // not "plant" alone: "the company's Detroit plant" names the city Detroit
  words: ['nuclear plant', 'power station', 'power plant'],
};
const PLANT_HEAD = wordSet(PLANT_HEADS);
const PLANT_MODIFIERS: WordRule = { id: 'place-head/plant-modifier', why: '"Zaporizhzhia nuclear power plant"', words: ['nuclear'] };
const MODIFIER = wordSet(PLACE_HEAD_MODIFIERS, PLANT_MODIFIERS);
const TITLE = wordSet(...PERSON_TITLES, ...ROLE_TITLES_EXTRA);
const PLACE_AFTER = new RegExp(`^\\s+(?:${PLACE_AFTER_CUES.words.join('|')})\\b`);
/** Streets and squares, named places of a city: the tagger reads "Downing Street said …" as a person. */
const STREET_HEADS: WordRule & { kind: 'facility' } = {
  id: 'place-head/street', kind: 'facility', why: '"Downing Street said", "Tahrir Square", "Pennsylvania Avenue": a place, like a road',
  words: ['street', 'avenue', 'boulevard', 'square'],
};
/**
 * Heads of a second-level division of several words, for the rules only (PLACE_HEADS feed the tagger's features, and
 * with these the tagger joined "Guma Local Government Area of Benue State" into one name): Nigeria's 774 local
 * government areas, named so in nearly every report of an attack there ("villages in Guma Local Government Area" was
 * a person).
 */
const AREA_HEADS: WordRule & { kind: 'region' } = {
  id: 'place-head/local-government-area', kind: 'region', why: '"gunmen attacked three villages in Guma Local Government Area of Benue State"',
  words: ['local government area'],
};
/** Words before "off" that make the name after it a coast or an island: "sank off Pylos", "20 nautical miles off Lampedusa". */
const OFFSHORE_WORDS: WordRule = {
  id: 'place-cue/offshore', why: '"a boat carrying migrants sank off Pylos", "was rescued off Lampedusa", "anchored off Hodeidah"',
  words: ['sank', 'sunk', 'sinks', 'sinking', 'capsized', 'capsizes', 'capsizing', 'foundered', 'anchored', 'moored', 'aground',
    'shipwreck', 'waters', 'coast', 'ashore', 'rescued', 'intercepted', 'drowned', 'patrolling', 'miles', 'kilometres', 'kilometers', 'km',
    'just', 'somewhere'],
};
const OFFSHORE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${OFFSHORE_WORDS.words.join('|')})[ \\t]+off[ \\t]+$`, 'iu');
const PLACE_HEAD = new Map<string, RefinedName['kind']>();
for (const r of [...PLACE_HEADS, STREET_HEADS, PLANT_HEADS, AREA_HEADS]) for (const w of r.words) PLACE_HEAD.set(w, r.kind);
/**
 * Facility heads after which a name the tagger read as a person is the facility named after a place or a founder:
 * "Others were moved to Ghezel Hesar prison" (a person "Ghezel Hesar"). Not "camp", "base" or "road": "the Harris
 * camp said", "the Trump base", "Abbey Road" follow people and bodies as often as places.
 */
const PERSON_FACILITY_HEADS: WordRule = {
  id: 'place-head/after-person', why: '"moved to Ghezel Hesar prison", "flights to Ninoy Aquino airport"',
  words: ['prison', 'airport', 'airbase', 'air base', 'airfield', 'dam', 'barrage', 'bridge', 'border crossing', 'checkpoint', 'refinery',
    'power plant', 'nuclear plant', 'power station',
    // a road named after a person or a place the tagger took for one: "a bus plunged off a cliff on the Panamericana
    // Norte highway" (a person "Panamericana Norte")
    'highway'],
};
const PERSON_FACILITY_HEAD = wordSet(PERSON_FACILITY_HEADS);
const MAX_HEAD_WORDS = 2;
const PLACE_LEAD = new Map<string, RefinedName['cueKind']>();
for (const r of PLACE_LEADS) for (const w of r.words) PLACE_LEAD.set(w, r.kind === 'facility' ? null : r.kind);

// "the villages of " / "members of the " just before a name
const cueRegex = (phrases: string[]) => new RegExp(`\\b(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i');
const PLACE_CUE_KINDS = PLACE_CUES.map((r) => ({ re: cueRegex(r.words), kind: r.kind }));
const THING_TAIL = new RegExp(`^\\s+(?:${THING_TAILS.words.join('|')})\\b`);
const CRAFT_HEAD = wordSet(CRAFT_HEADS);
// "sold under the brand name Wegovy", "the drug Leqembi" (PRODUCT_CUES)
const PRODUCT_CUE = cueRegex(PRODUCT_CUES.words);
// "Alzheimer's disease", "a Parkinson's drug", "living with Alzheimer's." (DISEASE_EPONYMS)
const DISEASE_EPONYM = wordSet(DISEASE_EPONYMS);
const DISEASE_AFTER = new RegExp(`^['’]s(?:\\s+(?:${DISEASE_EPONYMS.after.join('|')})(?![\\p{L}])|[ \\t]*(?:[^\\p{L}\\s]|\\n|$))`, 'iu');
// "a study published in The Lancet", "the journal Science" (JOURNAL_CUES)
const JOURNAL_CUE = cueRegex(JOURNAL_CUES.words);
const ORG_CUE = cueRegex(ORG_CUES.flatMap((r) => r.words));
const ORG_ROLE_CUE = cueRegex(ORG_ROLE_CUES.words);
const PARTY_NICKNAME = wordSet(...PARTY_NICKNAMES);
const PARTY_ADJECTIVE = wordSet(PARTY_ADJECTIVES);
// Between two items of a list: "Al-Rai, Akhtarin and Ghandoura", "(YPG, YPJ, PKK)".
const LIST_GLUE = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|\s+or\s+|\s*,\s*or\s+)$/;
// Arabic names split at a final hamza/ayn mark: "Ana’ al-Sham" tags as "Ana" + "al-Sham".
const APOSTROPHE_GLUE = /^['’]\s+$/;
const ARTICLE_START = /^(?:al|el|ad|ar|as|an|ash|at)-/i;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// words an acronym may skip or spell: "Syrian Observatory for Human Rights" → "SOHR", "Islamic State of Iraq" → "ISOI"
const LINK_WORD = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'al']);
const words = (s: string) => s.toLowerCase().split(/\s+/);
// The token loops below ask these of every token of the article, most of them lower-case words ("the", "said"): an
// ASCII first letter answers without a regex or toLowerCase, other letters go through the Unicode classes.
const UPPER_START = /^\p{Lu}/u;
const CAP_WORD = /^\p{Lu}\p{Ll}/u;
/** /^\p{Lu}/u.test(s): "Army" yes, "the" and "3" no. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(s);
}
/** /^\p{Lu}\p{Ll}/u.test(s): "Army" yes, "ARMY" and "army" no. */
function isCapWord(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 128) return CAP_WORD.test(s);
  if (c < 65 || c > 90) return false;
  const d = s.charCodeAt(1);
  return d < 128 ? d >= 97 && d <= 122 : CAP_WORD.test(s);
}
// Several rules ask for a token's lower-case form: made once per sentence and kept with it ("Army" → "army").
const lowerForms = new WeakMap<Token[], string[]>();
function lowersOf(toks: Token[]): string[] {
  let r = lowerForms.get(toks);
  if (!r) { r = toks.map((t) => t.text.toLowerCase()); lowerForms.set(toks, r); }
  return r;
}
/**
 * The character before `pos` is a space: the rules' end-anchored cue regexes ("in Paris", "Shares of Nvidia": /…\s+$/)
 * can match the text before a name only then, and most names follow a space, but a quote, a bracket or nothing does
 * not need the regex tried at every position of the window.
 */
function spaceBefore(text: string, pos: number): boolean {
  if (pos <= 0) return false;
  const c = text.charCodeAt(pos - 1);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/u.test(text[pos - 1]!));
}
// The words the article writes in lower case ("said", "march"): two rules ask, each used to build it for itself.
const lowerWordSets = new WeakMap<Token[][], Set<string>>();
const LOWER_START = /^\p{Ll}/u;
function lowerWordsOf(sentences: Token[][]): Set<string> {
  let r = lowerWordSets.get(sentences);
  if (!r) {
    r = new Set<string>();
    for (const ts of sentences) {
      for (const t of ts) {
        // /^\p{Ll}/u.test(t.text), with an ASCII first letter answered without the regex
        const c = t.text.charCodeAt(0);
        if (c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(t.text)) r.add(t.text);
      }
    }
    lowerWordSets.set(sentences, r);
  }
  return r;
}
/** ACRONYM.test(s), with "the" and "3" turned away at the first letter. */
function isAcronym(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 && (c < 65 || c > 90) ? false : ACRONYM.test(s);
}
const STATE_VERB = wordSet(STATE_STATEMENT_VERBS);
const OFFICE_MODIFIER = wordSet(OFFICE_MODIFIERS);
const SHIP_PREFIX = wordSet(SHIP_PREFIXES);
// "the bulk carrier Rubymar", "a bulk carrier, the Aroyat,", "the Comoros-flagged Sea Horizon": the text before a
// ship's name (a flag compound is said of ships only)
const VESSEL_BEFORE = new RegExp(`(?:\\b(?:${VESSEL_HEADS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:,?\\s+the)?|\\p{L}-flagged)\\s+$`, 'iu');
// "The 984-foot Dali, a Singapore-flagged vessel, lost power": a description after the name whose head, last of its
// phrase, is a vessel's (a person "Dali"); "John Smith, a ship captain," is a person's
const VESSEL_APPOSITION = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${VESSEL_HEADS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=\\s*[,.;:)]|\\s+(?:that|which|with|carrying|bound|owned|operated|managed|chartered|from)\\b)`, 'iu');
const THING_ACRONYM = wordSet(THING_ACRONYMS);
const GROUP_ADJECTIVE = wordSet(GROUP_ADJECTIVES);
const DOCUMENT_HEAD = wordSet(DOCUMENT_HEADS);
const DOCUMENT_LEAD = wordSet(DOCUMENT_LEADS);
const CALENDAR = wordSet(CALENDAR_NAMES);
// a feast of two words at a name's start: "Black Friday", "Cyber Monday" (sticky: tried at the name's offset only)
const CALENDAR_PHRASE = new RegExp(`(?:${CALENDAR_NAMES.words.filter((w) => w.includes(' ')).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'iy');
// ", an area outside …", " is a village in …": up to two describing words between the article and the noun
// ", the state-owned operator of …", ", a Swedish battery maker", ", Norway's biggest producer": up to four words, then the
// head, last of its noun phrase (", a bank clerk," is a person's)
const ORG_APPOSITION = new RegExp(`^,\\s+(?:the|a|an|\\p{Lu}[\\p{L}.]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${BODY_APPOSITION_HEADS.filter((r) => r.anyName).flatMap((r) => r.words).join('|')})(?=\\s*[,.;:)]|\\s+(?:of|in|for|that|which|based|owned|with|and|from|at|on|to)\\b)`, 'u');
const PLACE_APPOSITION = new RegExp(`^(?:,\\s+|\\s+is\\s+)(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}(?:${PLACE_APPOSITION_NOUNS.words.join('|')})\\b`, 'u');
/** Words a name never ends in: "Rebels & troops clash in Idlib" tags "Rebels &". */
const TRAILING_CONNECTOR = new Set(['&', 'and', 'or', 'of', 'the', 'for', '-', '+', '/']);
/** Longest untagged name findOpeningPeople takes at the start of a sentence, in words. */
const MAX_OPENING_NAME = 3;
/** Capitalised words that open a sentence without being a name's first word: "Some Democrats said", "Last Monday". */
const NOT_OPENING_NAMES: WordRule = {
  id: 'name/not-opening-name', why: '"Some Democrats said", "Last Monday Police found": a determiner or date word, no person',
  words: ['some', 'many', 'most', 'all', 'several', 'both', 'few', 'more', 'other', 'these', 'those', 'this', 'that', 'our',
    'their', 'his', 'her', 'its', 'my', 'your', 'every', 'each', 'no', 'any', 'such', 'top', 'senior', 'last', 'next',
    'early', 'late', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
    'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'new', 'good',
    'former', 'acting', 'dear', 'god', 'allah'],
};
const NOT_OPENING_NAME = wordSet(NOT_OPENING_NAMES);
/** Words of a date that stand before a capitalised organization word without being part of its name. */
const DATE_WORDS: WordRule = {
  id: 'name/date-word', why: '"Last Monday Police found …", "In March Army units entered …": the organization word alone, no name',
  words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'next', 'this',
    'early', 'late', 'yesterday', 'today', 'tonight', 'tomorrow'],
};
const DATE_WORD = wordSet(DATE_WORDS);
/** Words a title-case headline keeps in lower case: "Pro-Turkish Militants Form Coalition to Fight ISIS". */
const HEADLINE_SMALL_WORDS: WordRule = {
  id: 'name/headline-small-word', why: '"Rebels Retake Town in North" is a headline; "Netanyahu met Biden in Washington" is not',
  words: ['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from',
    'into', 'onto', 'over', 'off', 'up', 'via', 'vs', 'per', 'amid', 'after', 'near', 'says', 'say', 'is', 'are'],
};
const HEADLINE_SMALL_WORD = wordSet(HEADLINE_SMALL_WORDS);
/** Longest "for the Middle East" after an office title, in tokens. */
const MAX_OFFICE_TAIL = 5;
const MONTH_ABBREVIATION = new RegExp(`^(?:${MONTH_ABBREVIATIONS.words.join('|')})\\.?$`, 'iu');
const ARABIC_ARTICLE_GLUE = new RegExp(`^\\s+(?:${ARABIC_ARTICLES.words.join('|')})\\s+$`, 'u');
const PEOPLE_OF = new RegExp(`\\b(?:${PEOPLE_OF_NOUNS.words.join('|')})\\s+of\\s+$`, 'u');
const PERSON_ORG_TAIL = new RegExp(`^(.+?)\\s+(?:${PERSON_ORG_TAILS.words.join('|')})$`, 'u');
const PERSON_ORG_TAIL_BEFORE = new RegExp(`\\b(?:${PERSON_ORG_TAILS.words.join('|')})\\s+of\\s+$`, 'u');
// two-letter words an all-capitals span may be ("IN", "IS"): too common to read as acronyms
const SHORT_WORD = new Set(['an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on',
  'or', 'so', 'to', 'up', 'us', 'we']);
/** Longest capitalised run (with link words) tried as the spelled-out form of an acronym. */
const MAX_ACRONYM_RUN = 10;
/** Distinct acronyms looked up per article: bounds the work on pathological input. */
const MAX_ACRONYMS = 200;

/**
 * Overlap questions about a fixed set of spans in O(log n): spans sorted by start with a running maximum of their
 * ends. Keeps the rules linear on huge inputs (a 50 KB "sentence" of capitalised words), where scanning every name
 * for every token was quadratic.
 */
class SpanIndex {
  private readonly spans: { start: number; end: number }[];
  private readonly maxEnd: number[];
  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.maxEnd = [];
    let m = -1;
    for (const x of this.spans) { m = Math.max(m, x.end); this.maxEnd.push(m); }
  }
  /** Index of the last span starting at or before `pos`, or -1. */
  private lastAtOrBefore(pos: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }
  /** Some span shares a character with [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = this.lastAtOrBefore(end - 1);
    return i >= 0 && this.maxEnd[i]! > start;
  }
  /** Some span contains [start, end). */
  covers(start: number, end: number): boolean {
    const i = this.lastAtOrBefore(start);
    return i >= 0 && this.maxEnd[i]! >= end;
  }
}

/** Tokens of `toks` (sorted) lying inside [start, end), found by binary search. */
function tokensIn(toks: Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const out: Token[] = [];
  for (let i = lo; i < toks.length && toks[i]!.end <= end; i++) out.push(toks[i]!);
  return out;
}

/** Applies every rule, in order; returns names sorted by start. `tableStarts`: see findNames (ner/index.ts). */
export function refineNames(text: string, sentences: Token[][], spans: NameSpan[], tableStarts?: ReadonlySet<number>): RefinedName[] {
  const bounds = sentences.map((toks) => ({ start: toks[0]!.start, end: toks[toks.length - 1]!.end }));
  let names: RefinedName[] = [];
  let s = 0;
  for (const sp of spans) {
    while (s < bounds.length - 1 && bounds[s]!.end <= sp.start) s++;
    names.push({ start: sp.start, end: sp.end, type: sp.type, kind: null, sentence: s });
  }
  for (const n of names) stripLeadingFunctionWord(text, n);
  for (const n of names) stripCourtStyle(text, n);
  for (const n of names) stripTrailingConnector(text, sentences[n.sentence]!, n);
  for (const n of names) stripClosingStop(text, n);
  names = splitAtCellBars(text, names.filter((n) => n.end > n.start));
  names = splitAtGluedStops(text, names);
  names = splitAtSpacedDashes(text, names);
  names = splitAtOpenBracket(text, names);
  names = splitHolderFromBody(text, names);
  names = splitHolderFromOffice(text, sentences, names);
  names = splitCompanyLists(text, names);
  names = joinSplitRegions(text, sentences, splitRegionLists(text, names));
  names = splitAtMotionPreposition(text, names);
  names = splitForPerson(text, names);
  names = joinMiddleInitials(text, names);
  names = names.concat(findOpeningPeople(text, sentences, names));
  extendOpeningGivenNames(text, sentences, names);
  for (const n of names) extendToAcronym(text, sentences[n.sentence]!, n);
  names = joinBeforeShortForm(text, sentences, names);
  names = names.flatMap((n) => splitRegionFromPerson(text, sentences[n.sentence]!, n));
  names = splitGroupingFromPlace(text, names);
  names = mergeApostropheNames(text, names);
  for (const n of stripPersonPossessives(text, names)) n.type = 'PER';
  names = joinPersonParticles(text, sentences, names);
  names = findCountryCompounds(text, sentences, names);
  names = findPlaceCompounds(text, sentences, names);
  names = joinPossessivePlaces(text, sentences, names);
  names = joinPossessiveNames(text, sentences, names);
  names = findPeopleByRole(text, sentences, names);
  names = findKnownOrgPhrases(text, sentences, names);
  names = splitOperatorNames(text, names).filter((n) => !isModelName(text, n));
  names = names.concat(findUntaggedOrgs(sentences, names), findKnownOrgs(text, sentences, names), findThreatDesignations(text, sentences, names));
  for (const n of names) extendOverOrgTail(text, n);
  for (const n of names) extendOverOperation(text, n);
  names = mergeCountryIntoOrg(text, names);
  names = joinNumberedOrgs(text, names);
  names.sort((a, b) => a.start - b.start);
  const sportArticle = lazySportArticle(sentences);
  for (const n of names) applyWordRules(text, bounds, n, sportArticle);
  retypeProductMentions(text, bounds, names);
  names = extendOrgOverCapitals(text, sentences, names);
  names = extendOrgOverOf(text, sentences, names);
  for (const n of names) extendOverHeadOf(text, bounds, n, names);
  for (const n of names) extendOverPlaceHead(text, bounds, n);
  for (const n of names) extendPersonOverCamp(text, n);
  applyListRules(text, sentences, names);
  names = names.filter((n) => n.type !== 'MISC' || n.end > n.start);
  confirmHeadlineNames(text, sentences, names);
  names = linkAcronymsToNames(text, sentences, names.filter((n) => n.end > n.start));
  // "(Washington, DC) –": the tagger's organization "DC" after a place and its comma is the place's state
  for (const n of names) {
    if (n.type === 'LOC' || !divisionNamesOf(text.slice(n.start, n.end)).length) continue;
    const city = names.find((c) => c.type === 'LOC' && c.end < n.start && /^,[ \t]*$/.test(text.slice(c.end, n.start)));
    if (city) n.type = 'LOC';
  }
  names = mergeArabicArticleNames(text, names);
  names = names.concat(findPeoplesOf(text, names));
  names = joinMiscIntoOrg(text, names);
  for (const n of names) extendOverPossessiveNameWord(text, n);
  names = joinInstitutionNames(text, sentences, names);
  names = joinForOrgNames(text, sentences, names);
  names = splitPortfolioFromPerson(text, sentences, names);
  names = joinLinkedOrgNames(text, sentences, names);
  names = joinPluralLedOrgs(text, names);
  names = splitPlaceBeforeTitle(text, sentences, names);
  names = splitPlaceAfterTitle(text, names);
  names = names.concat(findPlacesBeforeTitles(text, sentences, names));
  names = joinParticleNames(text, sentences, names);
  names = joinParticlePlaces(text, names);
  retypeHonorificPeople(text, names);
  names = dropPersonTitleHeads(text, names);
  retypePlaceFirstPeople(text, names);
  retypeGivenNamePeople(text, sentences, names);
  retypeSpeakingPeople(text, names);
  retypeTownClubs(text, sentences, names);
  retypeResultPeople(text, sentences, names);
  retypeGivenNamedPeople(text, sentences, names);
  names = findCityTeams(text, names);
  names = findCompanies(text, sentences, names);
  joinCompanyPossessives(text, names);
  retypeTakenPlaces(text, names);
  retypeTakenLists(text, sentences, names);
  retypeHeadedPeople(text, names);
  retypeMatchSides(text, sentences, names);
  retypeMarketNames(text, names);
  harmonizeTypes(text, names);
  retypeRoleTeams(text, names, sportArticle);
  retypeCompanyPeople(text, names);
  retypeThreatGroups(text, names);
  names = findPartyNames(text, sentences, names);
  names = joinPartyPlurals(text, names);
  names = names.concat(findPeopleInOrgNames(text, names));
  names = dropCommonOpeners(text, sentences, names);
  names = names.concat(findLoneSurnames(text, sentences, names));
  names = findLonePeople(text, sentences, names);
  trimDescribedNames(text, names);
  retypeLeaderGovernments(text, names);
  fixTypesByWords(text, names);
  retypeExamplePlaces(text, names);
  names = names.concat(findOpeningDivisions(text, sentences, names, sportArticle));
  retypeKnownPlaces(text, sentences, names, sportArticle);
  retypePollsters(text, names);
  retypeNamesakeOwners(text, names);
  typeFeatureNames(text, names);
  names = typeHeadFirstFeatures(text, sentences, names);
  names = joinSplitFeatures(text, names);
  typeMetroAreas(text, names);
  dropExtraDemonyms(text, names);
  retypeOpeningSubjects(text, sentences, names);
  retypeDescribedBodies(text, names);
  retypeSeatsOfGovernment(text, names);
  retypeSurnamePlaces(text, names);
  retypeQualifiedTowns(text, names);
  typeStreetLists(text, names);
  for (const n of names) retypeTitledPlace(text, n);
  for (const n of names) markSpeakingState(text, n);
  for (const n of names) markDateline(text, sentences, n);
  markStorms(text, names);
  names = dropDatelineOpeners(text, sentences, names);
  retypeOfficeBodies(text, names);
  names = names.concat(findOffices(text, sentences, names));
  names = dropTitleHeads(text, names);
  names = dropTitleDepartments(text, names);
  for (const n of names) {
    extendOverRegnalNumber(text, n);
    extendOverUnitOrdinal(text, n);
    extendOverUnitNumber(text, n);
  }
  markPlatforms(text, names);
  // the words of the article's names of two words or more ("Green Party" → green, party): a lone word among them, or
  // its plural, is a short form of that name ("the Greens"), whatever the lexicon says of it
  let nameWords: Set<string> | undefined;
  const nameWordsOf = () => (nameWords ??= new Set(names.flatMap((o) => {
    const ws = text.slice(o.start, o.end).toLowerCase().split(/\s+/);
    return ws.length > 1 ? ws : [];
  })));
  names = names.filter((n) => {
    const s = text.slice(n.start, n.end);
    if (CALENDAR_WORD.has(s.toLowerCase())) return false;
    if (PARTICIPLE_OPENER.has(s.toLowerCase()) && SENTENCE_OPENING.test(text.slice(Math.max(0, n.start - 4), n.start)) &&
      PARTICIPLE_OPENER_AFTER.test(text.slice(n.end, n.end + 12))) return false;
    if (n.type !== 'PER') return true;
    if (isCommonWordsName(s) || isCommonWordModifier(text, n)) return false;
    // "spokesperson for the General Coordination for Displaced Persons …": a title that is an adjective too, after
    // "the", opens a body's name; the one word after it is no person "Coordination" (a rank goes without "the")
    if (!/\s/u.test(s) && !isGivenName(s) && isAdjectiveTitleOfBody(text, n.start)) return false;
    // one-word persons that are common words: "Swift intervention will help", "Generally speaking". The other
    // one-word filter, dropCommonOpeners (run earlier), differs and stays apart: it takes only the surname of a person
    // the article names in full, opening its sentence, and reads it with compromise's tags in the sentence ("Timothy
    // Weeks … Weeks later": "weeks" is in no lexicon entry, so isCommonWordPerson misses it); this one keeps such a
    // word of another name (nameWordsOf: "Taylor Swift … Swift said") and drops a lexicon word wherever it stands
    if (!isCommonWordPerson(s)) return true;
    // "Mr Tan", "President Good": a title makes the person
    if (titleBefore(text, n.start)) return true;
    const w = s.toLowerCase();
    return nameWordsOf().has(w) || nameWordsOf().has(w.replace(/s$/, '')) || isCapitalisedInside(text, s);
  });
  // "Al-Burhan, the head of the ruling Sovereignty Council, told …" (an organization "Al-Burhan"): one word that is no
  // known body, with an office only a person holds in apposition, is a person (PERSON_OFFICE_APPOSITION)
  for (const n of names) {
    if (n.type !== 'ORG') continue;
    const s = text.slice(n.start, n.end);
    if (!ONE_NAME_WORD.test(s) || KNOWN_ORG.has(normName(s)) || !PERSON_OFFICE_APPOSITION.test(text.slice(n.end, n.end + 40))) continue;
    n.type = 'PER';
    n.kind = null;
  }
  // "OPEC+ agreed to cut output": a plus glued to an acronym names another body (OPEC and its allies), which the
  // tokens cut off; not a "+" before a letter or another plus ("EU+UK", "C++")
  for (const n of names) if (text[n.end] === '+' && /^\p{Lu}{2,}$/u.test(text.slice(n.start, n.end)) && !/[\p{L}\p{N}+]/u.test(text[n.end + 1] ?? '')) n.end++;
  // "In a statement carried by SANA, the ministry said", "WAFA correspondent said": a news agency's name in capitals
  // (DATELINE_AGENCIES, three letters or more) is the agency, no place (the tagger made places "SANA" and "WAFA", which
  // the gazetteer resolved to nothing); not before "region" ("the MENA region")
  for (const n of names) {
    if (n.type !== 'LOC') continue;
    const s = text.slice(n.start, n.end);
    if (s.length >= 3 && /^\p{Lu}+$/u.test(s) && DATELINE_AGENCIES.has(s) && !/^\s+regions?\b/iu.test(text.slice(n.end, n.end + 10))) n.type = 'ORG';
  }
  retypeReportingAgencies(text, names);
  // "joint exercises code-named Strait Thunder" (Global Times, Xinhua), "an operation codenamed Iron Swords": the name
  // after "code-named" is an operation's or a drill's, no person nor body (the tagger made a person "Strait Thunder")
  for (const n of names) if (n.type !== 'MISC' && CODE_NAMED_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start))) n.type = 'MISC';
  typeWorkTitles(text, names);
  // again at the end: a person's name is extended back over the capitalised words before it on the way ("His
  // Excellency Masoud Pezeshkian" came back whole)
  for (const n of names) stripCourtStyle(text, n);
  return typeTableNames(text, bounds, joinBracketedPlaces(text, names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start)), tableStarts);
}

// a river or a region in brackets right after a town's name: " (Oder)" of "Frankfurt (Oder)", " (Saale)" of "Halle (Saale)"
const BRACKET_QUALIFIER = /^ \((\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)\)/u;

/**
 * "Police in Frankfurt (Oder) arrested two smugglers": the town's name holds its river in brackets, as GeoNames writes
 * it, and the tagger read "Frankfurt" (Frankfurt am Main) and a place "Oder". A place name and the bracket after it
 * that the gazetteer knows whole are one place; a name inside the bracket goes.
 */
function joinBracketedPlaces(text: string, names: RefinedName[]): RefinedName[] {
  if (!text.includes(' (')) return names;
  let out = names;
  for (const n of names) {
    if (n.type !== 'LOC') continue;
    const m = BRACKET_QUALIFIER.exec(text.slice(n.end, n.end + 40));
    if (!m || !lookupPlace(text.slice(n.start, n.end + m[0].length))) continue;
    const end = n.end + m[0].length;
    out = out.filter((o) => o === n || o.start >= end || o.end <= n.start);
    n.end = end;
  }
  return out;
}

const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}'’-]*$/u;
/**
 * A "person" of two words or more, none a given name, each a word of the language that is no name (compromise's
 * lexicon: isCommonLexiconWord) is a title, a product or a label the tagger read as a name: "Higher Education",
 * "Staff Reports", "Magic Mouse", "Phantom Thread", "Read Later", "Wary Republicans" were people.
 * A surname that is also a word ("Fiona Hill", "Emma Stone") comes with a given name, and words that are surnames
 * too ("Hill", "Baker", "Brown") count as names. An office names its holder: "the Foreign Secretary" stays a person.
 */
function isCommonWordsName(s: string): boolean {
  const ws = s.split(/\s+/);
  // an office names its holder, a person: "The Foreign Secretary said" (TITLE)
  return ws.length >= 2 && ws.every((w) => TITLE_CASE_WORD.test(w) && !isGivenName(w) && !TITLE.has(w.toLowerCase()) && isCommonLexiconWord(w));
}

/**
 * A "person" of one word that is a word of the language and no name (isCommonLexiconWord), neither a given name nor
 * a title, is an opening word or a label the tagger read as a name: "Generally speaking, …", "Allegedly, Thomas'
 * sister pleaded", "Rhetorically, she would champion", "Tourism is critical", "Swift intervention will help". The
 * caller keeps it after a title ("Mr Tan"), when it is a word of another of the article's names ("Taylor Swift …
 * Swift said", "the Green Party … the Greens") and when the article writes it with its capital inside a sentence
 * (isCapitalisedInside: "Dole said", "a Dole aide"); "The President said" keeps its office.
 */
function isCommonWordPerson(s: string): boolean {
  return TITLE_CASE_WORD.test(s) && s.length >= 3 && !isGivenName(s) && !TITLE.has(s.toLowerCase()) && (isCommonLexiconWord(s) || isCommonAdverb(s));
}

// what may stand before a word that opens a sentence, a line, a quote or a list item: "Tourism is", "\"Generally
// speaking", "said: Swift intervention", "– Mel"
const SENTENCE_OPENER_BEFORE = /(?:^|[.!?:;\n"“‘'(\[•*|–—-])[\s"“‘']*$/u;
/**
 * Whether the word is written with its capital somewhere inside a sentence, as names are and words of the language
 * are not: "Republican leader Dole said … a Dole aide" (dole is a word too), not "Tourism is …", "Generally speaking".
 */
function isCapitalisedInside(text: string, word: string): boolean {
  // (the word is letters, apostrophes and hyphens only: TITLE_CASE_WORD, nothing to escape)
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) if (!SENTENCE_OPENER_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index))) return true;
  return false;
}

/**
 * An adverb in -ly made of a word of the language, which compromise tags by its ending rather than its lexicon:
 * "Allegedly" (alleged), "Generally" (general), "Rhetorically" (rhetoric), "Happily" (happy), "Notably" (notable).
 * Names in -ly are made of no such word: "Kelly", "Reilly", "Sally", "Connolly", "Daly".
 */
function isCommonAdverb(s: string): boolean {
  const w = s.toLowerCase();
  if (w.length < 6 || !w.endsWith('ly')) return false;
  const stem = w.slice(0, -2);
  return isCommonLexiconWord(stem) || (stem.endsWith('al') && isCommonLexiconWord(stem.slice(0, -2))) ||
    (stem.endsWith('i') && isCommonLexiconWord(`${stem.slice(0, -1)}y`)) || (stem.endsWith('b') && isCommonLexiconWord(`${stem}le`));
}

/**
 * A "person" of one word of the language that is no name (isCommonLexiconWord), opening its sentence before a plural
 * noun, is the first word of a noun phrase capitalised by its place: "Rights groups said the men were tortured" made
 * a person "Rights". Mid-sentence a capital is the writer's ("Dole has narrowed the gap", "the Dole campaign"), and
 * a verb after the word makes it the subject ("Hope says …"): both stay as the tagger read them.
 */
function isCommonWordModifier(text: string, n: { start: number; end: number }): boolean {
  const w = text.slice(n.start, n.end);
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(n.end, n.end + 30));
  if (!next || !TITLE_CASE_WORD.test(w) || !SENTENCE_OPENING.test(text.slice(Math.max(0, n.start - 3), n.start))) return false;
  if (isGivenName(w) || TITLE.has(w.toLowerCase()) || !isCommonLexiconWord(w)) return false;
  const t = tagPieces([{ text: `${w} ${next[1]}`, offset: 0 }])[0]?.[1];
  return !!t && t.tags.has('Plural') && !t.tags.has('Verb');
}
/** What stands before a word that opens a sentence: the text's start, a line break, or a full stop and a space. */
const SENTENCE_OPENING = /(?:^|\n|[.!?]["”’]?\s+)$/u;

/**
 * A day or month alone is never a name, whatever the tagger made of it: "On Friday, Smith met Jones" tagged "On
 * Friday" a person, and "Friday" was left when "On" was cut. Months that are also given names or surnames ("Theresa
 * May", "April Ryan", "June Carter", "August Wilson") are left out.
 */
const CALENDAR_WORDS: WordRule = {
  id: 'name/calendar-word', why: '"On Friday, Smith met Jones": "Friday" is no person',
  words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'september', 'october', 'november', 'december'],
};
const CALENDAR_WORD = wordSet(CALENDAR_WORDS);

/**
 * Past participles that open a fronted background phrase of a profile or an obituary, before a preposition: "Born in
 * San Bernardino, California, in 1930, Hackman left home at 16" gave a place "Born" (the tagger's place, which took
 * the country of the town after it). Such a word, alone, opening its sentence, is no name.
 */
const PARTICIPLE_OPENERS: WordRule = {
  id: 'name/participle-opener', why: '"Born in Rotterdam, ten Hag joined Twente", "Raised in Lagos, she moved to London"',
  words: ['born', 'raised', 'based', 'educated', 'trained', 'founded', 'located', 'situated', 'headquartered', 'brought',
    'schooled', 'married', 'buried', 'stationed'],
};
const PARTICIPLE_OPENER = wordSet(PARTICIPLE_OPENERS);
// the preposition after the participle: "Born in", "Based at", "Raised on a farm", "Educated at Eton"
const PARTICIPLE_OPENER_AFTER = /^[ \t]+(?:in|at|on|near|outside|to|into|as|by)[ \t]/u;

const PLATFORM = wordSet(PLATFORM_NAMES);
const PLATFORM_HINT = new RegExp(`\\b(?:${[...PLATFORM].filter((w) => w.length > 2).join('|')})\\b`, 'i');
const PLATFORM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ruleById(PLATFORM_MEDIUM_CUES, 'platform/before').words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const PLATFORM_AFTER = new RegExp(`^['’]?s?\\s+(?:${ruleById(PLATFORM_MEDIUM_CUES, 'platform/after').words.join('|')})\\b`, 'iu');

/**
 * Social networks (PLATFORM_NAMES) written as the medium of a statement are no place and no actor: "Governor Alexander
 * Bogomaz said on Telegram", "on its Telegram channel", "posted a video on YouTube and WhatsApp" (the list shares the
 * cue). Elsewhere the platform is its company, an organization and never a place: "Facebook said it removed 30 posts".
 */
function markPlatforms(text: string, names: RefinedName[]): void {
  if (!PLATFORM_HINT.test(text) && !/\bon\s+X\b/.test(text)) return;
  let prev: RefinedName | null = null;
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    if (!PLATFORM.has(s.toLowerCase()) || !startsUpper(s) || (s.length < 3 && s !== 'X' && s !== 'VK')) { prev = n; continue; }
    const before = text.slice(Math.max(0, n.start - 12), n.start);
    const listed = prev !== null && prev.type === 'MISC' && PLATFORM.has(text.slice(prev.start, prev.end).toLowerCase()) &&
      LIST_GLUE.test(text.slice(prev.end, n.start));
    if (listed || PLATFORM_BEFORE.test(before) || PLATFORM_AFTER.test(text.slice(n.end, n.end + 16))) n.type = 'MISC';
    else n.type = 'ORG';
    prev = n;
  }
}

// a number inside a name: "Channel| 4 |News", "Formula| 1 |Group"
const NUMBER_GLUE = /^ \d{1,3} $/u;
const NUMBERED_LEAD = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) \d{1,3} $/u;
/** Hedges of one word (HEDGES) and "another", which open a sentence before a count: "About 200 U.S. Marines landed" is no name "About 200 U.S. Marines". */
const COUNT_LEAD = new Set([...HEDGES.map((h) => h.words).filter((w) => !w.includes(' ')), 'another', 'only', 'just'].map((w) => w.toLowerCase()));

/**
 * "Speaking to Channel 4 News": the tagger splits a name at its number into "Channel" and "News". Two capitalised names
 * of one sentence joined by a number alone are one organization when the second ends in an organization head.
 */
function joinNumberedOrgs(text: string, names: RefinedName[]): RefinedName[] {
  if (!/[A-Za-z] \d{1,3} [A-Z]/u.test(text)) return names;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const out: RefinedName[] = [];
  let changed = false;
  for (const n of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.sentence === n.sentence && !prev.kind && !n.kind && prev.type !== 'LOC' && NUMBER_GLUE.test(text.slice(prev.end, n.start)) &&
      isCapWord(text.slice(prev.start, prev.end)) && ORG_HEAD.has(text.slice(n.start, n.end).split(' ').pop()!.toLowerCase()) &&
      !FUNCTION_WORD.has(text.slice(prev.start, prev.end).split(' ')[0]!.toLowerCase())) {
      prev.end = n.end;
      prev.type = 'ORG';
      continue;
    }
    // the word before the number left untagged: "Channel 5 News"
    const lead = n.type === 'ORG' && !n.kind ? NUMBERED_LEAD.exec(text.slice(Math.max(0, n.start - 24), n.start)) : null;
    if (lead && ORG_HEAD.has(text.slice(n.start, n.end).split(' ').pop()!.toLowerCase()) && !FUNCTION_WORD.has(lead[1]!.toLowerCase()) && !COUNT_LEAD.has(lead[1]!.toLowerCase()) &&
      !(prev && prev.end > n.start - lead[0].length + lead[0].indexOf(lead[1]!))) {
      n.start -= lead[0].length - lead[0].indexOf(lead[1]!);
      changed = true;
    }
    out.push(n);
  }
  return out.length === sorted.length && !changed ? names : out;
}

// the bracketed part of a tagged run: "Defence (MoD" → "MoD"
const BRACKET_TAIL = /^\s*\(\s*(\p{Lu}[\p{L}\d&-]{1,9})\s*\)?$/u;

/**
 * "The Ministry of Defence (MoD) has signed": the tagger may run a name on into its bracketed acronym ("Defence (MoD").
 * A name never holds an open bracket: it ends before it, and the acronym inside is a name of its own.
 */
function splitAtOpenBracket(text: string, names: RefinedName[]): RefinedName[] {
  let extra: RefinedName[] | null = null;
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    const open = s.indexOf('(');
    if (open <= 0 || s.includes(')', open)) continue;
    const left = s.slice(0, open).trimEnd();
    if (!left) continue;
    // the bracketed words are a name of their own: "MoD" of "Defence (MoD", "Party of God" of "Hizbollah (Party of God"
    const tail = BRACKET_TAIL.exec(s.slice(open));
    const inner = tail ? tail[1]! : s.slice(open + 1).trim();
    if (inner && UPPER_START.test(inner)) {
      const at = n.start + s.indexOf(inner, open);
      (extra ??= []).push({ ...n, start: at, end: at + inner.length });
    }
    n.end = n.start + left.length;
  }
  return extra ? names.concat(extra).sort((a, b) => a.start - b.start) : names;
}

/** Heads of a body a holder's name may follow with no comma (ORG_HEADS, BODY_ORG_HEADS, HOLDER_BODY_HEADS). */
const HOLDER_BODY_HEAD = wordSet(...ORG_HEADS, ...BODY_ORG_HEADS, ...HOLDER_BODY_HEADS);
/** Most words of the holder's name after the given name: "Volodymyr Kohut", "Oleksandr Sak". */
const MAX_HOLDER_SURNAME_WORDS = 2;

/**
 * "Head of the Poltava Regional Military Administration Volodymyr Kohut said", "Commander of the Ukrainian 3rd
 * Assault Brigade Andriy Biletsky stated": an office written before its holder with no comma ran the body and the
 * person into one organization ("Poltava Regional Military Administration Volodymyr Kohut"), and the claim had no
 * person. A body's head (HOLDER_BODY_HEAD), then a sure given name and one or two capitalised words ending the name:
 * the body ends at its head and the given name opens a person of its own.
 */
/**
 * An office and its "of" right before `at`, maybe with "the" and a first portfolio joined by "and": "Governor of the ",
 * "Head of the ", "Minister of ", "Minister of Foreign Affairs and " (the office a capitalised TITLE or ROLE_NOUN).
 */
const OFFICE_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}?(?:(?:\p{Lu}\p{Ll}+\s+){1,3}and\s+)?$/u;
function isAfterOfficeOf(text: string, at: number): boolean {
  const m = OFFICE_OF_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return TITLE.has(w) || ROLE_NOUN.has(w);
}

function splitHolderFromBody(text: string, names: RefinedName[]): RefinedName[] {
  let extra: RefinedName[] | null = null;
  for (const n of names) {
    if (n.type === 'PER') continue;
    const words = [...text.slice(n.start, n.end).matchAll(/\S+/gu)];
    // "Khortytsia Group of Forces Spokesperson Lieutenant Colonel Nazar Voloshyn": a capitalised role word after the
    // body's head, before the holder's title or name, is the holder's office, no word of the body
    const last = words[words.length - 1];
    if (n.type === 'ORG' && words.length >= 3 && last && isCapWord(last[0]) && ROLE_NOUN.has(last[0].toLowerCase()) &&
      HOLDER_BODY_HEAD.has(words[words.length - 2]![0].toLowerCase()) && /^ \p{Lu}/u.test(text.slice(n.end, n.end + 2))) {
      n.end = n.start + words[words.length - 2]!.index! + words[words.length - 2]![0].length;
      continue;
    }
    // "Governor of the Bryansk Region Alexander Bogomaz wrote …", "Head of the Republic of Crimea Sergey Aksyonov",
    // "Minister of Foreign Affairs Ayman Safadi" (TASS, Petra): after an office and its "of", the body or the place
    // the office is of ends where a sure given name opens the holder, whatever its last word
    const afterOffice = n.type !== 'MISC' && isAfterOfficeOf(text, n.start);
    for (let k = 1; k < words.length - 1; k++) {
      const head = words[k - 1]![0].toLowerCase();
      // … or a given name that is a town's name too ("Kamal", Indonesia), right after the whole of a place the gazetteer
      // knows: "Governor of Jenin Kamal Abu al-Rub said" (the tagger's place "Jenin Kamal Abu")
      const placeThenGiven = afterOffice && n.type === 'LOC' && GIVEN_NAME.has(givenKey(words[k]![0])) && isCapWord(words[k]![0]) &&
        !!lookupPlace(text.slice(n.start, n.start + words[k - 1]!.index! + words[k - 1]![0].length));
      if (!(HOLDER_BODY_HEAD.has(head) || afterOffice) || !(isSureGivenName(words[k]![0]) || placeThenGiven)) continue;
      const rest = words.slice(k + 1);
      if (rest.length > MAX_HOLDER_SURNAME_WORDS || !rest.every((w) => isCapWord(w[0]) && !HOLDER_BODY_HEAD.has(w[0].toLowerCase()))) continue;
      const at = n.start + words[k]!.index!;
      // "… Kamal Abu al-Rub": the tagger's name of the surname's "al-" word right after it is the holder's too
      const tail = placeThenGiven ? names.find((o) => o.start === n.end + 1 && o.sentence === n.sentence && text[n.end] === ' ' && ARTICLE_SURNAME.test(text.slice(o.start, o.end))) : undefined;
      (extra ??= []).push({ start: at, end: tail?.end ?? n.end, type: 'PER', kind: null, sentence: n.sentence });
      if (tail) tail.end = tail.start;
      n.end = n.start + words[k - 1]!.index! + words[k - 1]![0].length;
      // "Israel's Chief of Staff Herzi Halevi" (tagged "Staff Herzi Halevi"): a lone head word left after "Chief of" is
      // the title's last word, no body "Staff"; "Chief of the General Staff Valery Gerasimov" keeps its General Staff
      if (k === 1 && TITLE_OF_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))) n.end = n.start;
      break;
    }
  }
  if (!extra) return names;
  return names.filter((n) => n.end > n.start).concat(extra).sort((a, b) => a.start - b.start);
}
// a surname's Arabic article and word, alone: "al-Rub", "el-Sisi"
const ARTICLE_SURNAME = /^(?:al|el)-\p{Lu}[\p{L}'’-]*$/u;
// a title's words before "of" and its last word: "Chief of [Staff]", "Chiefs of [Staff]"
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])Chiefs?\s+of\s+$/u;

/**
 * Court styles of the Gulf and of state agencies' protocol copy, written before a name: "His Highness Sheikh Mohamed
 * bin Zayed Al Nahyan" (WAM), "His Royal Highness Prince Mohammed bin Salman" (SPA), "His Excellency Masoud
 * Pezeshkian", "H.E. Abbas Araghchi", "HE Sheikh Mohammed bin Abdulrahman" (QNA). They say how a person is addressed,
 * as "Mr" does: no part of the name (the tagger made an organization "H.E. Abbas Araghchi" and a person "His Highness").
 */
const COURT_STYLES: WordRule = {
  id: 'title/court-style', why: '"His Highness Sheikh Mohamed bin Zayed", "H.E. Abbas Araghchi": the style is no part of the name',
  words: ['his highness', 'her highness', 'his royal highness', 'her royal highness', 'his excellency', 'her excellency',
    'his majesty', 'her majesty', 'h.e.', 'he', 'h.h.', 'h.r.h.', 'hrh'],
};
/** A court style opening a name, the style's words as written (COURT_STYLES): "His Highness ", "H.E. ", "HE ". */
// (the short forms in capitals only, "HE" before a word in title case: "He Lifeng" is a man's name, "HE WARNS" a headline's)
const COURT_STYLE_AT_START = new RegExp(`^(?:${COURT_STYLES.words.map((w) => w.length <= 6 ? w.toUpperCase().replace(/\\./g, '\\.') : w.split(' ').map((x) => x[0]!.toUpperCase() + x.slice(1)).join('\\s+')).join('|')})(?:\\s+(?=\\p{Lu}\\p{Ll})|$)`, 'u');

/**
 * A court style (COURT_STYLES) opening a name goes; the name after it is a person's when two capitalised words or
 * more are left ("H.E. Abbas Araghchi", tagged an organization, is Abbas Araghchi), and a style alone is no name
 * ("His Highness and the Iranian President also reviewed …" made a person "His Highness").
 */
function stripCourtStyle(text: string, n: RefinedName): void {
  const m = COURT_STYLE_AT_START.exec(text.slice(n.start, n.end));
  if (!m) return;
  n.start += m[0].length;
  if (n.start >= n.end) {
    n.end = n.start;
    return;
  }
  const rest = text.slice(n.start, n.end).split(/\s+/u);
  if (rest.length >= 2 && rest.every((w) => /^\p{Lu}|^(?:bin|bint|ibn|al|el)(?:-|$)/u.test(w))) n.type = 'PER';
}

// the participle before a birth name: "Born Ahmed Fathi Suleiman in …", "Née Mary Cole, she …"
const BIRTH_NAME_LEAD = /^(?:Born|Née|Nee)$/u;

function stripLeadingFunctionWord(text: string, n: RefinedName): void {
  const m = /^(\p{L}+)\s+/u.exec(text.slice(n.start, n.end));
  if (m && FUNCTION_WORD.has(m[1]!.toLowerCase()) && /^\p{Lu}/u.test(m[1]!)) n.start += m[0].length;
  // "Born Ahmed Fathi Suleiman in Alexandria in 1968, al-Masri left Egypt": the participle opening a sentence before a
  // birth name is no part of it (a person "Born Ahmed Fathi Suleiman"); "Max Born" keeps his surname
  else if (m && BIRTH_NAME_LEAD.test(m[1]!) && /^\p{Lu}/u.test(text.slice(n.start + m[0].length, n.end)) && (n.start === 0 || /\n|[.!?]["”]?\s+$/.test(text.slice(Math.max(0, n.start - 4), n.start)))) n.start += m[0].length;
  // "Between 50 and 70 people are feared dead": a function word opening its sentence, alone, is no name (emptied here,
  // dropped with the other empty spans)
  else if (FUNCTION_WORD.has(text.slice(n.start, n.end).toLowerCase())) n.end = n.start;
}

/**
 * A name never ends in a connector: "Rebels & troops clash" tags as "Rebels &". The connector goes; a lone word left
 * at the start of its sentence is capitalised only because it opens it, and is no name ("Rebels").
 */
function stripTrailingConnector(text: string, toks: Token[], n: RefinedName): void {
  const inside = tokensIn(toks, n.start, n.end);
  let k = inside.length;
  while (k > 0 && TRAILING_CONNECTOR.has(inside[k - 1]!.text.toLowerCase())) k--;
  if (k === inside.length) return;
  n.end = k > 0 ? inside[k - 1]!.end : n.start;
  if (k === 1 && inside[0] === toks[0]) n.end = n.start;
}

/** Words whose abbreviation dot belongs to a name even before a bracket or a quote: "(Apple Inc.)", "(Martin Luther King Jr.)". */
const LETTER = /\p{L}/u;
const NAME_ABBREVIATIONS = new Set([...LEGAL_FORMS.words.filter((w) => w.length <= 4).map((w) => w.toLowerCase()), 'jr', 'sr', 'st', 'bros', 'mt', 'ft']);
/**
 * A sentence's full stop that the tagger took into a name when a bracket or a quotation mark closes right after it:
 * "… long before working with Boeing.)" gave the organization "Boeing." beside "Boeing" (the tagger keeps a plain
 * "Boeing. He" apart). The dot of an abbreviation stays: "(Apple Inc.)", "U.S.", "J."
 */
function stripClosingStop(text: string, n: RefinedName): void {
  if (text[n.end - 1] !== '.' || !/^["'”’)\]]/u.test(text.slice(n.end, n.end + 1))) return;
  // the word before the dot, by a scan back over letters (a pattern would retry at every letter of a long run)
  let a = n.end - 1;
  while (a > n.start && a > n.end - 40 && LETTER.test(text[a - 1]!)) a--;
  const word = text.slice(a, n.end - 1);
  if (word.length < 3 || NAME_ABBREVIATIONS.has(word.toLowerCase()) || word === word.toUpperCase()) return;
  n.end -= 1;
}

// a preposition right before a name: "of New South Wales", "across Texas"
const PLACE_NAME_LEAD = wordSet(PLACE_NAME_LEADS);
const ARABIC_ARTICLE_WORD = wordSet(ARABIC_ARTICLES);
// "Viv Ansanm gangs", "Likud lawmakers": a body's name before a lower-case noun of its members (ORG_MEMBER_NOUNS)
const ORG_MEMBER_AFTER = new RegExp(`^[ \t]+(?:${ORG_MEMBER_NOUNS.words.join('|')})(?![\p{L}-])`, 'u');
/** Prepositions of where, before a name with a place's lead word: "in Las Croabas", "near Los Mochis" (not "of", "with"). */
const LEAD_PLACE_PREPOSITION = /\b(?:in|near|outside|inside|around|across|throughout|into)\s+$/u;
const REGION_PREPOSITION = /\b(?:of|in|across|throughout|from|to|into|near|around|outside|inside)\s+$/u;
/** Longest run of capitalised words before a name that joinSplitRegions tries: "New" of "New South Wales". */
const MAX_REGION_LEAD = 2;

/**
 * "Floods hit Queensland and New South Wales", "Texas, Oklahoma" tagged as one organization: a name made of two regions (countries,
 * world regions, first-level divisions) joined by "and" or a comma is two places. "Bosnia and Herzegovina" is one
 * country and stays whole; "Trinidad and Tobago" too.
 */
function splitRegionLists(text: string, names: RefinedName[]): RefinedName[] {
  return names.flatMap((n) => {
    const surface = text.slice(n.start, n.end);
    if (n.type === 'PER' || !surface.includes(' ') || isRegionName(surface)) return [n];
    // split at the first comma or " and " (by index: a regex split is slow on long runs of spaces)
    const comma = surface.indexOf(',');
    const and = surface.indexOf(' and ');
    const at = comma >= 0 && (and < 0 || comma < and) ? comma : and;
    if (at < 0) return [n];
    const first = surface.slice(0, at).trimEnd();
    let rest = surface.slice(at === comma ? at + 1 : at + 5).trimStart();
    if (at === comma && rest.startsWith('and ')) rest = rest.slice(4).trimStart();
    if (!first || !rest) return [n];
    // "raided the Rocinha and Complexo da Mare favelas", "Naga City and Legazpi": before a plural place noun, or both
    // halves cities or divisions the gazetteer knows, two names of the tagger's type (the place rules type them later)
    if (!isRegionName(first) || !isRegionName(rest)) {
      const known = (w: string) => { const p = lookupPlace(w); return !!p && p.kind !== 'country'; };
      if (at !== and || !(PLACE_LIST_TAIL.test(text.slice(n.end, n.end + 24)) || (known(first) && known(rest)))) return [n];
      return [{ ...n, end: n.start + first.length }, { ...n, start: n.start + surface.length - rest.length }];
    }
    return [
      { ...n, end: n.start + first.length, type: 'LOC' as const },
      { ...n, start: n.start + surface.length - rest.length, type: 'LOC' as const },
    ];
  });
}

// " toward " between two capitalised words of one name: the way from one place to another (single spaces: "\s+" on
// both sides backtracks over a run of spaces)
const MOTION_PREPOSITION_INSIDE = /(?<=\S) (?:toward|towards|into) (?=\p{Lu})/u;

/**
 * "More than 100,000 people have fled Manbij and Tal Rifaat toward Raqqa" tagged as one name "Tal Rifaat toward
 * Raqqa": a name with a lower-case "toward(s)" or "into" between its capitalised words is two, the place left and the
 * place reached (no name of a place or a body holds these words).
 */
function splitAtMotionPreposition(text: string, names: RefinedName[]): RefinedName[] {
  return names.flatMap((n) => {
    const surface = text.slice(n.start, n.end);
    const m = MOTION_PREPOSITION_INSIDE.exec(surface);
    if (!m || n.type === 'PER' || !/^\p{Lu}/u.test(surface)) return [n];
    return [{ ...n, end: n.start + m.index }, { ...n, start: n.start + m.index + m[0].length }];
  });
}

// a middle initial and a surname right after a given name: " A. Gross" of "David A. Gross"
const MIDDLE_INITIAL_AFTER = /^ \p{Lu}\. (\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}\p{N}.])/u;

/**
 * "said David A. Gross, who runs the film consulting firm Franchise Entertainment Research": American copy writes a
 * middle initial with its full stop between the given name and the surname, and the tagger cut the name there (a
 * person "David", the surname dropped later). A person's name of one word that opens with a given name (GIVEN_NAME),
 * a capital and a full stop, and a capitalised word after it are one person, with any name on that word.
 */
function joinMiddleInitials(text: string, names: RefinedName[]): RefinedName[] {
  const drop = new Set<RefinedName>();
  for (const n of names) {
    if (n.type !== 'PER' || drop.has(n)) continue;
    const s = text.slice(n.start, n.end);
    const m = MIDDLE_INITIAL_AFTER.exec(text.slice(n.end, n.end + 40));
    if (!m || s.includes(' ') || !GIVEN_NAME.has(givenKey(s)) || FUNCTION_WORD.has(m[1]!.toLowerCase())) continue;
    const end = n.end + m[0].length;
    const over = names.filter((o) => o !== n && o.start < end && o.end > n.end);
    // the surname's own name, if the tagger found one, must be that word or a person's name starting there
    if (over.some((o) => o.start !== end - m[1]!.length || (o.type !== 'PER' && o.end !== end))) continue;
    for (const o of over) drop.add(o);
    n.end = Math.max(end, ...over.map((o) => o.end));
  }
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

// " for " and a person's name of two or three capitalised words to the name's end: " for Trent Alexander-Arnold"
const FOR_PERSON_TAIL = / for ((\p{Lu}[\p{L}'’]*)(?: \p{Lu}[\p{L}'’-]*){1,2})$/u;

/**
 * "Real Madrid agreed a fee with Liverpool for Trent Alexander-Arnold", "the 100 million pounds Manchester City paid
 * Aston Villa for Jack Grealish": transfer news names the seller, "for" and the player, which the tagger read as one
 * organization "Liverpool for Trent Alexander-Arnold". A body's name ending in "for" and a given name (GIVEN_NAME)
 * with a surname is the body and the person. Bodies named for a cause take no person's name after "for" ("Transport for
 * London", "Americans for Prosperity", "the Office for National Statistics" keep theirs).
 */
function splitForPerson(text: string, names: RefinedName[]): RefinedName[] {
  return names.flatMap((n) => {
    if (n.type !== 'ORG' && n.type !== 'MISC') return [n];
    const surface = text.slice(n.start, n.end);
    const m = FOR_PERSON_TAIL.exec(surface);
    if (!m || m.index === 0 || !GIVEN_NAME.has(givenKey(m[2]!)) || KNOWN_ORG.has(normName(surface))) return [n];
    const ws = m[1]!.toLowerCase().split(' ');
    if (ws.some((w) => ORG_HEAD.has(w) || FUNCTION_WORD.has(w))) return [n];
    return [{ ...n, end: n.start + m.index }, { ...n, type: 'PER' as const, start: n.end - m[1]!.length }];
  });
}

/**
 * "Heavy rain swept across New South Wales" tagged as "New" + "South Wales": a name that the capitalised words just
 * before it make into a region's full name ("New South Wales", "North Carolina") takes them in, as a place; names
 * on those words go. Two places joined by "and" that make one country's name are that country. "New" before "Delhi" is no lead ("New Delhi" is a city, not a region): cities keep their tagging.
 */
function joinSplitRegions(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const drop = new Set<RefinedName>();
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (n.type === 'PER') continue;
    // "Bosnia and Herzegovina", "Trinidad and Tobago" tagged as two places: one country
    const next = names[k + 1];
    if (next && next.sentence === n.sentence && text.slice(n.end, next.start) === ' and ' && isRegionName(text.slice(n.start, next.end))) {
      n.end = next.end;
      n.type = 'LOC';
      drop.add(next);
      k++;
      continue;
    }
    const toks = sentences[n.sentence]!;
    const first = tokensIn(toks, n.start, n.end)[0];
    const i = first ? toks.indexOf(first) : -1;
    for (let lead = Math.min(MAX_REGION_LEAD, i); lead >= 1; lead--) {
      const from = toks[i - lead]!;
      if (!toks.slice(i - lead, i).every((t, j) => isCapWord(t.text) && toks[i - lead + j + 1]!.start - t.end === 1)) continue;
      if (!isRegionName(text.slice(from.start, n.end))) continue;
      for (let q = k - 1; q >= 0 && names[q]!.end > from.start; q--) if (names[q]!.start >= from.start) drop.add(names[q]!);
      n.start = from.start;
      n.type = 'LOC';
      break;
    }
  }
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

/**
 * "Yoav Gallant visited Gaza on Monday.": two or three capitalised words opening a sentence, followed by a lower-case
 * word, that the tagger left untagged (the first word is capitalised anyway, and "Gallant" is an English word). The
 * second word is capitalised though nothing asks for it: a person's name, unless a word is a place, a nationality, a
 * title, an organization or date word, a determiner ("Some Democrats said"), or written in lower case elsewhere in
 * the article ("Heavy Rains fell": "rains").
 */
function findOpeningPeople(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  const named = new SpanIndex(names);
  let lowerSeen: Set<string> | null = null;
  sentences.forEach((toks, si) => {
    if (toks.length < 3 || isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    let b = 0;
    while (b < toks.length && b < MAX_OPENING_NAME && isCapWord(toks[b]!.text) && !NOT_OPENING_NAME.has(low[b]!) && !TITLE.has(low[b]!) &&
      !ORG_HEAD.has(low[b]!) && !FUNCTION_WORD.has(low[b]!)) b++;
    if (b < 2 || b >= toks.length || isCapWord(toks[b]!.text) || !/^\p{Ll}/u.test(toks[b]!.text) || LINK_WORD.has(low[b]!)) return;
    const start = toks[0]!.start;
    const end = toks[b - 1]!.end;
    if (named.overlaps(start, end)) return;
    for (let i = 0; i < b; i++) if (countryOfDemonym(toks[i]!.text) || lookupPlace(toks[i]!.text)) return;
    if (lookupPlace(text.slice(start, end))) return;
    lowerSeen ??= lowerWordsOf(sentences);
    for (let i = 0; i < b; i++) if (lowerSeen.has(low[i]!)) return;
    out.push({ start, end, type: 'PER', kind: null, sentence: si });
  });
  return out;
}

/**
 * "Recep Tayyip Erdogan said": the tagger leaves the first given name of a sentence-opening person out ("Tayyip
 * Erdogan"). A capitalised word opening the sentence right before a person's name is its first word, unless it is a
 * function, title, date or determiner word, a place or nationality, written in lower case in the article, or a word
 * the tagger's own weights read as no name ("Police", "Officials").
 */
function extendOpeningGivenNames(text: string, sentences: Token[][], names: RefinedName[]): void {
  let lowerSeen: Set<string> | null = null;
  const found: { n: RefinedName; start: number; word: string }[] = [];
  for (const n of names) {
    if (n.type !== 'PER') continue;
    const toks = sentences[n.sentence]!;
    // "Marcus L. Whitfield, 34, of Dayton, was booked": a middle initial between the given name and the tagged surname
    // (the person was "Whitfield" alone); joinMiddleInitials takes the initial once the given name is in
    const initial = toks.length > 4 && toks[3]!.start === n.start && /^\p{Lu}$/u.test(toks[1]!.text) && toks[2]!.text === '.' &&
      toks[1]!.start - toks[0]!.end === 1 && toks[2]!.start === toks[1]!.end && toks[3]!.start - toks[2]!.end === 1;
    if (!initial && (toks.length < 3 || toks[1]!.start !== n.start || toks[1]!.start - toks[0]!.end !== 1)) continue;
    const t = toks[0]!;
    const w = t.text.toLowerCase();
    // (a plural's "-s" is no sign before an initial: "Marcus L.", "Nicholas J.")
    if (!isCapWord(t.text) || (!initial && /\p{Ll}s$/u.test(t.text)) || FUNCTION_WORD.has(w) || NOT_OPENING_NAME.has(w) || TITLE.has(w) || DATE_WORD.has(w) ||
      ORG_HEAD.has(w) || countryOfDemonym(t.text) || lookupPlace(t.text) || isOutsideWord(loadModel(), t.text)) continue;
    lowerSeen ??= lowerWordsOf(sentences);
    if (lowerSeen.has(w) || names.some((o) => o !== n && o.start < t.end && o.end > t.start)) continue;
    if (found.length < MAX_GIVEN_NAME_SUSPECTS) found.push({ n, start: t.start, word: w });
  }
  if (!found.length) return;
  // … and compromise knows it as a given name ("recep", "mehmet"): "Promoter Nina Okafor", "Reporter Jon Hours" stay
  const tagged = tagPieces(found.map((f, k) => ({ text: f.word, offset: k })));
  found.forEach((f, k) => {
    const tags = tagged[k]?.[0]?.tags;
    if (tags?.has('FirstName')) f.n.start = f.start;
  });
}

/**
 * "the US-backed Syrian Democratic Forces (SDF)" tagged as "Democratic Forces": the acronym in brackets spells the
 * name's initials, so the name takes in the capitalised words before it until the initials match.
 */
function extendToAcronym(text: string, toks: Token[], n: RefinedName): void {
  const m = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(n.end, n.end + 12));
  if (!m) return;
  const acr = m[1]!;
  const initials = (from: number) => tokensIn(toks, from, n.end).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('');
  if (initials(n.start) === acr) return;
  const first = tokensIn(toks, n.start, n.end)[0];
  const i = first ? toks.indexOf(first) : -1;
  for (let j = i - 1; j >= 0 && i - j <= acr.length; j--) {
    if (!/^\p{Lu}\p{Ll}/u.test(toks[j]!.text)) return;
    if (initials(toks[j]!.start) === acr) { n.start = toks[j]!.start; if (n.type === 'MISC') n.type = 'ORG'; return; }
  }
}

// a short form in brackets, one word with two capitals or more: "(KSrelief)", "(MoD)", "(UNHCR)"
const SHORT_FORM_AFTER = /^ \((\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*)\)/u;
// the link words inside a body's long name: "Aid and Relief Centre", "Ministry of Defence"
const LONG_NAME_LINK = new Set(['and', 'of', 'for', 'the', 'on', '&']);
/** Capitalised words the run before a short form may hold at most: bounds the walk back. */
const MAX_LONG_NAME_WORDS = 10;

/**
 * "The King Salman Humanitarian Aid and Relief Centre (KSrelief) sent 40 trucks" gave a person "Salman Humanitarian
 * Aid" (role "King") and an organization "Relief Centre": the tagger cut a long name at its title word and at "and".
 * A short form in brackets whose capitals spell the first initials of the capitalised run before it ("KS": King
 * Salman; "MoD": Ministry of Defence) names that run, which is one organization: the names inside it are replaced by
 * it, and the short form is that organization. Runs of three capitalised words or more, with link words between.
 */
function joinBeforeShortForm(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  let out = names;
  for (const n of names) {
    const m = SHORT_FORM_AFTER.exec(text.slice(n.end, n.end + 20));
    if (!m || !out.includes(n)) continue;
    const caps = m[1]!.replace(/\P{Lu}/gu, '');
    const toks = sentences[n.sentence]!;
    let i = toks.findIndex((t) => t.end === n.end);
    if (i < 0) continue;
    // the run back from the bracket: capitalised words and link words
    const starts: number[] = [];
    let words = 0;
    for (; i >= 0 && words < MAX_LONG_NAME_WORDS; i--) {
      const w = toks[i]!.text;
      if (isCapWord(w)) { words++; starts.push(i); } else if (!LONG_NAME_LINK.has(w.toLowerCase())) break;
    }
    // the farthest start whose initials open with the short form's capitals
    let from = -1;
    for (const j of starts) {
      const initials = toks.slice(j, toks.findIndex((t) => t.end === n.end) + 1).filter((t) => isCapWord(t.text)).map((t) => t.text[0]).join('');
      if (initials.length >= 3 && initials.startsWith(caps)) from = j;
    }
    if (from < 0) continue;
    const start = toks[from]!.start;
    if (start === n.start && n.type === 'ORG') continue;
    const inside = out.filter((o) => o.start >= start && o.end <= n.end);
    if (out.some((o) => o.start < start && o.end > start)) continue;
    const short = out.find((o) => o.start === n.end + 2 && o.end === n.end + 2 + m[1]!.length);
    if (short) { short.type = 'ORG'; short.kind = null; }
    out = out.filter((o) => !inside.includes(o)).concat({ start, end: n.end, type: 'ORG', kind: null, sentence: n.sentence });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** "The Islamic State of Iraq and the Levant" tagged in pieces: the known name replaces the pieces. */
function findKnownOrgPhrases(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  KNOWN_ORG_PHRASE.lastIndex = 0;
  let out = names;
  for (let m = KNOWN_ORG_PHRASE.exec(text); m; m = KNOWN_ORG_PHRASE.exec(text)) {
    // "al Qaeda" opens with its article in lower case; a phrase with no capital at all is no name
    if (!/\p{Lu}/u.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const si = sentences.findIndex((toks) => toks[0]!.start <= start && toks[toks.length - 1]!.end >= end);
    if (si < 0) continue;
    out = out.filter((n) => n.end <= start || n.start >= end);
    out.push({ start, end, type: 'ORG', kind: null, sentence: si });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One-word makers of TRANSPORT_BODIES: "Boeing", "Airbus", "Embraer". */
const TRANSPORT_MAKER = new Set(TRANSPORT_BODIES.words.filter((w) => !w.includes(' ')));
/** A model's designation after its maker: " 787-8", " A320neo", " CRJ-900", " 737". */
const MODEL_DESIGNATION_AFTER = /^\s+\p{Lu}{0,3}-?\d/u;
/** A flight's number after the operator's name: "Delta Connection Flight 4819", "Jeju Air flight 7C2216". */
const FLIGHT_NUMBER_TAIL = /(?<!\s)\s+[Ff]light$/u; // (from the run's first space: linear on a flood of spaces)
const FLIGHT_NUMBER_AFTER = /^\s+(?:\p{Lu}{1,2}\d?\s?)?\d/u;

/**
 * A maker or a class and a designation with figures, right before a name: "Boeing 787-8 ", "Bell UH-1H ", "Cessna 208
 * ", "Class 390 " (MODEL_MAKERS and "Class").
 */
// (or an article and a model's three figures, with the maker left out: "the first crash of a 787 Dreamliner")
const MODEL_BEFORE = new RegExp(`(?:(?:^|[^\\p{L}])(?:${[...MODEL_MAKERS.words, 'Class'].join('|')})\\s+\\p{Lu}{0,3}-?\\d[\\p{L}\\p{N}-]*|(?:^|[^\\p{L}])(?:[Aa]n?|[Tt]he)\\s+\\d{3}(?:-\\d{1,3})?)\\s+$`, 'u');
/**
 * The name a model goes by after its maker and designation is the aircraft's or the train's, no actor: "an Air India
 * Boeing 787-8 Dreamliner" gave an organization "Dreamliner", "The Bell UH-1H Huey came down" a person "Huey", "The
 * Class 390 Pendolino was carrying 220 passengers" an organization "Pendolino".
 */
function isModelName(text: string, n: RefinedName): boolean {
  const surface = text.slice(n.start, n.end);
  // "The Class 390 Pendolino": the class's word before its number names no body
  if (surface === 'Class' && CLASS_NUMBER_AFTER.test(text.slice(n.end, n.end + 6))) return true;
  // "The Bell UH-1H Huey": a maker before its designation is the company, whatever the tagger said ("Bell" a town)
  if (n.type !== 'ORG' && MODEL_MAKER.has(surface) && MODEL_DESIGNATION_AFTER.test(text.slice(n.end, n.end + 8))) { n.type = 'ORG'; n.kind = null; }
  return n.type !== 'LOC' && !surface.includes(' ') && MODEL_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start));
}
const MODEL_MAKER = new Set(MODEL_MAKERS.words);
const CLASS_NUMBER_AFTER = /^\s\d/u;

/**
 * An operator's name tagged with the maker of its aircraft or with the word "Flight": "an Air India Boeing 787-8" was
 * the organization "Air India Boeing", "Delta Connection Flight 4819" the person "Delta Connection Flight". The maker
 * before a model's designation is a name of its own (an organization), and "Flight" before a flight's number is no
 * part of the operator's name.
 */
function splitOperatorNames(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    const flight = FLIGHT_NUMBER_TAIL.exec(surface);
    if (flight && flight.index > 0 && FLIGHT_NUMBER_AFTER.test(text.slice(n.end, n.end + 12))) {
      out.push({ ...n, end: n.start + flight.index });
      continue;
    }
    const last = /\s(\p{Lu}\p{L}+)$/u.exec(surface);
    if (last && TRANSPORT_MAKER.has(last[1]!.toLowerCase()) && MODEL_DESIGNATION_AFTER.test(text.slice(n.end, n.end + 8))) {
      const makerStart = n.end - last[1]!.length;
      out.push({ ...n, end: n.start + last.index }, { start: makerStart, end: n.end, type: 'ORG', kind: null, sentence: n.sentence });
      continue;
    }
    out.push(n);
  }
  return out;
}

/** "Operation Steel Curtain" tagged as "Steel Curtain": the operation is the name, an organization. */
function extendOverOperation(text: string, n: RefinedName): void {
  const before = text.slice(Math.max(0, n.start - 48), n.start);
  // most names have no lead word near them: one search settles it
  if (!OPERATION_NEAR.test(before + text.slice(n.start, n.end))) return;
  // tagged whole, as a nationality-or-event name would be: the operation is an actor all the same
  const lead = /^(\p{L}+)\s+\p{Lu}/u.exec(text.slice(n.start, n.end));
  if (lead && OPERATION.has(lead[1]!.toLowerCase()) && /^\p{Lu}/u.test(lead[1]!)) { n.type = 'ORG'; return; }
  // "Operation Inherent Resolve" tagged as "Resolve": walk back over up to three capitalised words to the lead word
  const ws = [...before.matchAll(/(\p{L}+)\s+/gu)];
  for (let k = ws.length - 1; k >= 0 && k >= ws.length - 4; k--) {
    const w = ws[k]!;
    if (!/^\p{Lu}/u.test(w[1]!) || w.index! + w[0].length !== (k === ws.length - 1 ? before.length : ws[k + 1]!.index)) return;
    if (OPERATION.has(w[1]!.toLowerCase())) {
      n.start -= before.length - w.index!;
      n.type = 'ORG';
      return;
    }
  }
}

// "Kenya Power| and |Lighting Company": the words between a body's two halves
const AND_GLUE = /^ and $/u;

/**
 * "Kenya Dock" + "Workers Union", "Kenya Power" + "Lighting Company": a country and capitalised words the gazetteer does
 * not know as a place, the tagger's "place", is the first half of a body's name whose other half follows it. Not "New
 * York" (a place), not "Kenya" alone (countryOfName covers it), not a place with a head or cue ("Kenya Highway").
 */
function isCountryLedFragment(text: string, n: RefinedName): boolean {
  if (n.type !== 'LOC' || n.kind || n.cue) return false;
  const s = text.slice(n.start, n.end);
  const sp = s.indexOf(' ');
  if (sp < 0 || !countryOfName(s.slice(0, sp)) || !s.slice(sp + 1).split(' ').every(isCapWord)) return false;
  return !lookupPlace(s);
}

/** A lower-case "party" right after a name (mergeCountryIntoOrg). */
const PARTY_WORD_AFTER = /^\s+party\b/u;

/** "U.S. Central Command", "Syrian Arab Army": a country or nationality right before an organization's name is part of it. */
function mergeCountryIntoOrg(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    const lastWord = text.slice(n.start, n.end).split(/\s+/).pop()!.toLowerCase();
    const orgHead = ORG_HEAD.has(lastWord);
    const glue = prev ? text.slice(prev.end, n.start) : '';
    // the rest typed a person though it ends in a word no one's surname is: "Ghana" + "Cocoa Board", "Water Company"
    const body = n.type === 'ORG' || (n.type === 'PER' && NOT_SURNAME_HEAD.has(lastWord));
    // a lower-case "party" after the name makes the whole a party's name: "the ruling Georgian Dream party" is not
    // "Georgian" + a party "Dream" ("Swiss" + "Nestle" has no such word)
    const partyName = body && PARTY_WORD_AFTER.test(text.slice(n.end, n.end + 8));
    // "Syrian" + "Arab Army": a nationality before an organization named by its head word is part of the name, also
    // when the tagger took the rest for a nationality-like name too ("Syrian" + "Democratic Forces", both MISC)
    if (prev && (body || (n.type === 'MISC' && orgHead)) && prev.sentence === n.sentence && glue === ' ' &&
      ((prev.type === 'LOC' && body && countryOfName(prevText)) || (prev.type === 'MISC' && (orgHead || partyName) && countryOfDemonym(prevText)))) {
      n.start = prev.start;
      n.type = 'ORG';
      out[out.length - 1] = n;
      continue;
    }
    // "The Kenya Dock Workers Union said", "the Kenya Power and Lighting Company": the tagger's place "Kenya Dock" is
    // the body's first half when the second ends in a head ("and" only before a company's: "Kenya Power and Lighting
    // Company"; "Kenya and the Workers Union" has no fragment before "and")
    if (prev && body && prev.sentence === n.sentence && (orgHead || COMPANY_HEAD.has(lastWord)) &&
      (glue === ' ' || (AND_GLUE.test(glue) && COMPANY_HEAD.has(lastWord))) && isCountryLedFragment(text, prev)) {
      n.start = prev.start;
      n.type = 'ORG';
      out[out.length - 1] = n;
      continue;
    }
    out.push(n);
  }
  return out;
}

/** Most capitalised words an organization's name takes in before the part the tagger found: "Free" of "Free Syrian Army". */
const MAX_ORG_LEAD_WORDS = 3;

/**
 * "the Free Syrian Army" tagged as "Syrian Army", "Iraqi Security Forces" as "Iraqi" + "Forces": an organization named
 * by its head word takes in the untagged capitalised words right before it, and a nationality right before those. The
 * first word of a sentence is capitalised anyway and is taken only when tagged as a nationality ("Iraqi Security
 * Forces retook the town"); titles and function words stop it ("President Army" is no name).
 */
function extendOrgOverCapitals(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const drop = new Set<RefinedName>();
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (n.type !== 'ORG' || !ORG_HEAD.has(words(text.slice(n.start, n.end)).pop()!)) continue;
    const toks = sentences[n.sentence]!;
    const first = tokensIn(toks, n.start, n.end)[0];
    let i = first ? toks.indexOf(first) : -1;
    if (i <= 0) continue;
    const prev = k > 0 ? names[k - 1]! : undefined;
    let start = n.start;
    const low = lowersOf(toks);
    for (let taken = 0; i > 0 && taken < MAX_ORG_LEAD_WORDS; taken++) {
      const t = toks[i - 1]!;
      if (toks[i]!.start - t.end !== 1 || text[t.end] !== ' ') break;
      // a nationality the tagger found: "Iraqi" + "Security Forces"; it ends the walk
      if (prev && prev.end === t.end && prev.type === 'MISC' && countryOfDemonym(text.slice(prev.start, prev.end))) {
        start = prev.start;
        drop.add(prev);
        break;
      }
      // "New South Wales Police said": the sentence's first word is taken when it opens a region's name with the next words
      const opensRegion = i - 1 === 0 && isCapWord(t.text) && tokensIn(toks, t.start, n.end).slice(1, -1).some((x) => isRegionName(text.slice(t.start, x.end)));
      if ((i - 1 === 0 && !opensRegion) || !isCapWord(t.text) || TITLE.has(low[i - 1]!) || FUNCTION_WORD.has(low[i - 1]!) || DATE_WORD.has(low[i - 1]!)) break;
      if (prev && prev.end > t.start) break;
      start = t.start;
      i--;
    }
    n.start = start;
  }
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

/** Most capitalised words extendOrgOverOf takes after "of": "Union of| Teachers", "Council of| Legal Education". */
const MAX_ORG_OF_WORDS = 3;

/**
 * "The Nigeria Union of Teachers called a strike" tagged as "Nigeria Union": an organization ending in its head word
 * takes in "of" and the capitalised words right after it that name no place and no person ("the Nigeria Union of
 * Teachers"; "the Kenya Union of Journalists"). A place there may be the body's seat or a separate thing ("the Workers
 * Union of Kenya", "the Army of Syria"), so the walk stops before it.
 */
function extendOrgOverOf(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  let drop: Set<RefinedName> | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (n.type !== 'ORG' || n.kind || text.charCodeAt(n.end) !== 32 || !text.startsWith(' of ', n.end) ||
      !ORG_HEAD.has(words(text.slice(n.start, n.end)).pop()!)) continue;
    const toks = sentences[n.sentence]!;
    const at = tokensIn(toks, n.end + 1, n.end + 3)[0];
    let i = at ? toks.indexOf(at) + 1 : -1;
    if (i <= 0) continue;
    const low = lowersOf(toks);
    let end = -1;
    for (let taken = 0; i < toks.length && taken < MAX_ORG_OF_WORDS; taken++, i++) {
      const t = toks[i]!;
      if (t.start - toks[i - 1]!.end !== 1 || !isCapWord(t.text) || FUNCTION_WORD.has(low[i]!) || TITLE.has(low[i]!) || isPlaceName(t.text)) break;
      end = t.end;
    }
    // a capitalised word goes on past the limit, or the run is a place's or a person's name ("Union of South Africa")
    if (end < 0 || (i < toks.length && toks[i]!.start - toks[i - 1]!.end === 1 && isCapWord(toks[i]!.text))) continue;
    const tail = text.slice(n.end + 4, end);
    if (isPlaceName(tail)) continue;
    const inside = names.filter((o) => o !== n && o.start >= n.end && o.end <= end && o.end > o.start);
    if (inside.some((o) => o.type === 'PER' || o.type === 'LOC') || names.some((o) => o.start < end && o.end > end)) continue;
    for (const o of inside) (drop ??= new Set()).add(o);
    n.end = end;
  }
  return drop ? names.filter((n) => !drop!.has(n)) : names;
}

/**
 * A nationality followed by a group noun is an actor ("Iraqi security forces", "the Syrian government"), and a
 * name followed by "regime" is that regime: the organization span takes in the noun.
 */
function extendOverOrgTail(text: string, n: RefinedName): void {
  const after = text.slice(n.end, n.end + 30);
  const surface = text.slice(n.start, n.end);
  // the people a body works for are no actor: "the UN agency for Palestinian refugees", "a fund for Syrian civilians"
  const beneficiaries = BENEFICIARY_BEFORE.test(text.slice(Math.max(0, n.start - 5), n.start)) && NATIONAL_PEOPLE.test(after);
  const group = n.type === 'MISC' && !beneficiaries && countryOfDemonym(surface) ? NATIONAL_GROUP.exec(after) : null;
  const tail = n.type !== 'MISC' ? ORG_TAIL.exec(after) : null;
  // "the Scottish National party", "the Green party said": the name the tagger gave as a body, a nationality-like
  // name or a person is the party's; not a feast ("a Christmas party"), a place ("a Downing Street party"), a
  // demonym alone ("the Kenyan party") nor a person's full name ("a Boris Johnson party")
  // … but a place's name after a party's standing is the party's: "the ruling Morena party" (a town in India)
  const standing = n.type === 'LOC' && /^ party\b/u.test(after) && PARTY_STANDING_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start));
  const party = !group && !tail && (n.type !== 'LOC' || standing) && !n.kind ? LOWER_ORG_HEAD.exec(after) : null;
  if (party && !group && !tail) {
    const ws = surface.split(' ');
    const last = ws[ws.length - 1]!.toLowerCase();
    // nor a name complete without it: "the Freedom Front party", "the NLD party", "the centrist MoDem party" name the
    // party "Freedom Front", "NLD", "MoDem";
    // a single nationality-like word is a description ("the ruling Moslem party"); the party's name takes "the"
    // before it ("at a Super Bowl party", "my annual Guy Fawkes party" are events)
    if (CALENDAR.has(surface.toLowerCase()) || countryOfDemonym(surface) || countryOfName(surface) || PLACE_HEAD.has(last) ||
      ORG_HEAD.has(last) || isAcronym(surface) || (ws.length === 1 && INNER_CAPITAL.test(surface)) || (n.type === 'MISC' && ws.length === 1) ||
      (n.type === 'PER' && ws.length > 1 && GIVEN_NAME.has(givenKey(ws[0]!))) ||
      !THE_PARTY_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) return;
  }
  const m = group ?? tail ?? party;
  if (!m) return;
  n.end += m[0].length;
  n.type = 'ORG';
}

const SUMMIT_GROUPING = wordSet(SUMMIT_GROUPINGS);
const SUMMIT_NOUN = wordSet(SUMMIT_NOUNS);
/** Most words of a grouping's name ("Group of Seven") and of its host's ("Rio de Janeiro") that splitGroupingFromPlace reads. */
const MAX_SUMMIT_NAME_WORDS = 3;
// the meeting after "<grouping> <city>": "the G20 Bali| summit", "the NATO Vilnius| leaders' summit"
const SUMMIT_AFTER = new RegExp(`^\\s+(?:${[...SUMMIT_NOUN].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * "Leaders met at the G20 Bali summit", "a NATO Vilnius summit": the tagger reads a grouping of states and the city
 * hosting its meeting as one name ("G20 Bali"), an organization no one is, and the place is lost. A name that opens
 * with a grouping (SUMMIT_GROUPINGS) whose other words are a place the gazetteer knows, before a meeting word
 * (SUMMIT_NOUNS, also inside the name: "the G20 Bali Summit"), is the body and the place. When the tagger already cut
 * them, "the ASEAN Jakarta meeting" ("ASEAN" read as a nationality-like name), the grouping is the body.
 * Not "the ASEAN Regional Forum" (no place), nor "NATO Vilnius" with no meeting after it.
 */
function splitGroupingFromPlace(text: string, names: RefinedName[]): RefinedName[] {
  let out: RefinedName[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if ((n.type !== 'ORG' && n.type !== 'MISC') || n.kind) { out?.push(n); continue; }
    const s = text.slice(n.start, n.end);
    const sp = s.indexOf(' ');
    const parts = sp < 0 ? null : splitGroupingName(text, n, s);
    if (parts) { (out ??= names.slice(0, k)).push(...parts); continue; }
    // "ASEAN" + "Jakarta" + "meeting": the grouping the tagger called a nationality-like name is the body
    const next = names[k + 1];
    if (sp < 0 && n.type === 'MISC' && next?.type === 'LOC' && next.start === n.end + 1 && text[n.end] === ' ' &&
      SUMMIT_GROUPING.has(s.toLowerCase()) && SUMMIT_AFTER.test(text.slice(next.end, next.end + 40))) n.type = 'ORG';
    out?.push(n);
  }
  return out ?? names;
}

/** "G20 Bali" (before "summit") or "G20 Bali Summit" → the grouping "G20" and the place "Bali"; null when it is no such name. */
function splitGroupingName(text: string, n: RefinedName, s: string): RefinedName[] | null {
  const ws = s.split(' ');
  if (ws.some((w) => !w)) return null;
  // the meeting word inside the name ("G20 Bali Summit") or after it ("G20 Bali summit")
  let last = ws.length;
  while (last > 2 && SUMMIT_NOUN.has(ws[last - 1]!.toLowerCase())) last--;
  if (last === ws.length && !SUMMIT_AFTER.test(text.slice(n.end, n.end + 40))) return null;
  for (let g = 1; g <= MAX_SUMMIT_NAME_WORDS && g < last; g++) {
    const grouping = ws.slice(0, g).join(' ');
    if (!SUMMIT_GROUPING.has(grouping.toLowerCase())) continue;
    const host = ws.slice(g, last);
    if (host.length > MAX_SUMMIT_NAME_WORDS || !isCapWord(host[0]!) || !lookupPlace(host.join(' '))) return null;
    const placeStart = n.start + grouping.length + 1;
    return [{ start: n.start, end: n.start + grouping.length, type: 'ORG', kind: null, sentence: n.sentence },
      { start: placeStart, end: placeStart + host.join(' ').length, type: 'LOC', kind: null, sentence: n.sentence }];
  }
  return null;
}

// "Cooperation", "Development", "Partnership", "Security": endings of abstract nouns, never of a surname
const ABSTRACT_NOUN_END = /\p{Ll}(?:tion|ment|ship|ity|ism)$/u;
/**
 * "Minister for the Middle East Tobias Ellwood" tags as one place "Middle East Tobias Ellwood": a country or region
 * followed by two or more capitalised words the gazetteer does not know is a place, then a person.
 */
function splitRegionFromPerson(text: string, toks: Token[], n: RefinedName): RefinedName[] {
  const inside = tokensIn(toks, n.start, n.end);
  if (inside.length < 3) return [n];
  for (let k = Math.min(3, inside.length - 2); k >= 1; k--) {
    const head = text.slice(inside[0]!.start, inside[k - 1]!.end);
    const rest = inside.slice(k);
    if (!isCountryOrRegion(head) || !rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) continue;
    // "Pakistan Muslim League-Nawaz": a body's head inside the rest, before a hyphenated faction's name, keeps it whole
    if (lookupPlace(text.slice(rest[0]!.start, rest[rest.length - 1]!.end)) || ORG_HEAD.has(rest[rest.length - 1]!.text.toLowerCase()) ||
      isHeadWithFaction(rest[rest.length - 1]!.text)) return [n];
    // "the Asia-Pacific Economic Cooperation forum" (a place and a person "Economic Cooperation"): a last word of an
    // abstract noun's ending is no surname, and the whole is a body
    if (ABSTRACT_NOUN_END.test(rest[rest.length - 1]!.text)) return [{ ...n, type: 'ORG' }];
    return [
      { ...n, end: inside[k - 1]!.end, type: 'LOC' },
      { ...n, start: rest[0]!.start, type: 'PER' },
    ];
  }
  return [n];
}

// "League-Nawaz", "League-Quaid": a body's head, a hyphen and the name of the faction it is
const HEAD_WITH_FACTION = /^(\p{L}+)-\p{Lu}\p{Ll}+$/u;
/** Whether a word is a body's head (ORG_HEAD, LEAGUE_HEAD) joined by a hyphen to its faction's name: "League-Nawaz". */
function isHeadWithFaction(w: string): boolean {
  const m = HEAD_WITH_FACTION.exec(w);
  return !!m && (ORG_HEAD.has(m[1]!.toLowerCase()) || LEAGUE_HEAD.has(m[1]!.toLowerCase()));
}

/**
 * A known organization's national or regional branch: "a campaigner at Greenpeace Japan", "Oxfam India", "Greenpeace
 * East Asia" (the words after the known name are a country's or a place's). After "at" the tagger's place cue made
 * "Greenpeace Japan" a place.
 */
function isKnownOrgBranch(surface: string): boolean {
  const ws = surface.split(/\s+/);
  for (let k = 1; k < ws.length; k++) {
    if (!KNOWN_ORG.has(normName(ws.slice(0, k).join(' ')))) continue;
    const rest = ws.slice(k).join(' ');
    if (countryOfName(rest) || isPlaceName(rest)) return true;
  }
  return false;
}

/** Well-known organizations the tagger left untagged: "an ISIL vehicle", "Da’esh fighters". */
function findKnownOrgs(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  const named = new SpanIndex(names);
  sentences.forEach((toks, si) => {
    toks.forEach((t) => {
      if (!startsUpper(t.text) || !KNOWN_ORG.has(normName(t.text))) return;
      if (named.overlaps(t.start, t.end)) return;
      out.push({ start: t.start, end: t.end, type: 'ORG', kind: null, sentence: si });
    });
  });
  return out;
}

// "APT28", "UNC3944", "TA505", "Storm-0558": a designation's prefix (THREAT_GROUP_DESIGNATIONS), then one to five figures
const THREAT_DESIGNATION = new RegExp(`^(?:${THREAT_GROUP_DESIGNATIONS.words.map((w) => w.replace(/\./g, '\\.')).join('|')})\\d{1,5}$`, 'u');

/** Hacking groups named by a designation the tagger leaves untagged: "APT28, also known as Fancy Bear", "UNC3944". */
function findThreatDesignations(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  let named: SpanIndex | null = null;
  sentences.forEach((toks, si) => {
    for (const t of toks) {
      if (!THREAT_DESIGNATION.test(t.text)) continue;
      if ((named ??= new SpanIndex(names)).overlaps(t.start, t.end)) continue;
      out.push({ start: t.start, end: t.end, type: 'ORG', kind: null, sentence: si });
    }
  });
  return out;
}

/** The index after the longest title (TITLE) of one to four words opening at token i: "Chief Operating Officer" → i + 3. */
function titlePhraseEnd(low: string[], i: number): number {
  for (let k = Math.min(4, low.length - i); k > 1; k--) if (TITLE.has(low.slice(i, i + k).join(' '))) return i + k;
  return i + 1;
}
const isOrgHeadWord = (w: string) => ORG_HEAD.has(w) || INSTITUTION_HEAD.has(w) || COMPANY_HEAD.has(w);
/**
 * Words that open a title of several words, no part of the organization before them: "Senate Minority Leader Chuck
 * Schumer" is the Senate and a "Minority Leader", not an organization "Senate Minority"; "Former president Jair
 * Bolsonaro" names no organization "Former". (The department itself stays a name, as in "Defense Secretary Ash Carter".)
 */
const OFFICE_QUALIFIERS: WordRule = {
  id: 'title/office-qualifier', why: '"Senate Minority Leader Chuck Schumer": the organization is "Senate", the office "Minority Leader"',
  words: ['minority', 'majority', 'former', 'deputy', 'acting', 'interim', 'vice', 'assistant', 'shadow', 'junior', 'chief'],
};
const OFFICE_QUALIFIER = wordSet(OFFICE_QUALIFIERS);
/** The end of a name without the office qualifiers it ends in ("Senate Minority" → end of "Senate"); n.start when only those. */
function endWithoutQualifiers(text: string, n: { start: number; end: number }): number {
  let end = n.end;
  for (let w = /(\S+)$/u.exec(text.slice(n.start, end)); w && OFFICE_QUALIFIER.has(w[1]!.toLowerCase()); w = /(\S+)$/u.exec(text.slice(n.start, end))) {
    end = n.start + text.slice(n.start, end - w[1]!.length).trimEnd().length;
  }
  return end;
}

/**
 * People the context names whatever the tagger thought: a capitalised run after a title ("Capt. Abu Kanan al-Homsi")
 * or before a role apposition ("Talal Sallou, spokesman of the SDF"). Names the tagger put inside the run give way.
 */
function findPeopleByRole(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const sorted = [...names].sort((x, y) => x.start - y.start);
  const removed = new Set<RefinedName>();
  const added: RefinedName[] = [];
  const people = new SpanIndex(names.filter((n) => n.type === 'PER'));
  // runs are tried left to right: names ending before a run are passed for good (p), keeping the search linear
  let p = 0;
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    // token k is a capitalised word, neither a title nor a function word
    const isCap = (k: number) => k < toks.length && isCapWord(toks[k]!.text) && !TITLE.has(low[k]!) && !FUNCTION_WORD.has(low[k]!);
    for (let i = 0; i < toks.length; i++) {
      let a = -1;
      let b = -1;
      let aged = false;
      const t = toks[i]!;
      let covered = -1;
      // a title in lower case after a capitalised word names its owner: "Liverpool manager Arne Slot", "Union
      // official Kari Holm", "Former president Jair Bolsonaro"
      const lowerTitle = i > 0 && !startsUpper(t.text) && TITLE.has(low[i]!) && startsUpper(toks[i - 1]!.text) && t.start - toks[i - 1]!.end === 1;
      if ((startsUpper(t.text) || lowerTitle) && TITLE.has(low[i]!)) {
        // "Capt." / "Capt" then the name; a title of several words whole: "Chief Operating Officer Anita Desai"
        const e = titlePhraseEnd(low, i);
        a = toks[e]?.text === '.' ? e + 1 : e;
        if (!isCap(a)) continue;
        covered = t.start;
        b = a;
        while (b + 1 < toks.length && b - a < 4 && (isCap(b + 1) || NAME_PARTICLE.test(toks[b + 1]!.text))) b++;
        if (b === a && !people.covers(toks[a]!.start, toks[a]!.end)) continue;
      } else if (isCap(i) && (i === 0 || !isCap(i - 1))) {
        b = i;
        while (b + 1 < toks.length && b - i < 4 && (isCap(b + 1) || NAME_PARTICLE.test(toks[b + 1]!.text))) b++;
        // "Bali, 45, said": an age between commas follows only a person, even one whose name is also a place's
        aged = text.charCodeAt(toks[b]!.end) === 44 && AGE_APPOSITION.test(text.slice(toks[b]!.end, toks[b]!.end + 16));
        if (!aged && (b === i || !(ROLE_APPOSITION.test(text.slice(toks[b]!.end, toks[b]!.end + 40)) ||
          OWNED_ROLE_APPOSITION.test(text.slice(toks[b]!.end, toks[b]!.end + 72))))) continue;
        a = i;
      } else continue;
      const start = toks[a]!.start;
      const end = toks[b]!.end;
      // the run must not cross a place or organization the article names by a head word or cue
      while (p < sorted.length && sorted[p]!.end <= start) p++;
      const overlapping: RefinedName[] = [];
      for (let q = p; q < sorted.length && sorted[q]!.start < end; q++) {
        const n = sorted[q]!;
        if (n.end > start && !removed.has(n)) overlapping.push(n);
      }
      // an organization the tagger made of the title and the person ("CEO Tim Cook", "Justice Sonia Sotomayor"), or of
      // an owner, the title and the person ("Microsoft CEO Satya Nadella"): the person's words are at least two, none an
      // organization's head ("Major League Baseball", "General Motors" stay); a place before a title is left to
      // splitPlaceBeforeTitle ("London Mayor Sadiq Khan"); a person cut inside a title of several words goes too:
      // "Chief Risk Officer Paul Green" tagged "Risk Officer Paul Green"
      const titled = (n: RefinedName) => covered >= 0 && n.start < start && n.end > covered && n.end <= end && (n.type === 'ORG' || n.type === 'MISC' || n.start > covered) &&
        b > a && !KNOWN_ORG.has(normName(text.slice(n.start, n.end))) && !low.slice(a, b + 1).some(isOrgHeadWord);
      if (overlapping.some((n) => (n.start < start && !titled(n)) || n.end > end || n.kind || n.cue)) continue;
      if ((!aged && lookupPlace(text.slice(start, end))) || ORG_HEAD.has(toks[b]!.text.toLowerCase())) continue;
      for (const n of overlapping) {
        removed.add(n);
        // the owner before the title stays a name of its own, without the words that open the title: "Microsoft" of
        // "Microsoft CEO Satya Nadella"
        const h = i - 1;
        const headEnd = h >= 0 && toks[h]!.end <= covered ? endWithoutQualifiers(text, { start: n.start, end: toks[h]!.end }) : n.start;
        if (n.start < covered && headEnd > n.start) added.push({ ...n, end: headEnd, cue: undefined, listCue: undefined, cueKind: undefined });
      }
      added.push({ start, end, type: 'PER', kind: null, sentence: si });
      i = b;
    }
  });
  return sorted.filter((n) => !removed.has(n)).concat(added).sort((x, y) => x.start - y.start);
}

/** "US-backed" (tagged as a nationality or not at all) holds a mention of the US: a place span on "US" alone. */
function findCountryCompounds(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const compoundOf = (word: string) => {
    const m = COMPOUND.exec(word);
    return m && (countryOfName(m[1]!) || KNOWN_ORG.has(normName(m[1]!))) ? m : null;
  };
  // a name that starts with such a compound loses it: "US-backed" alone goes, "US-backed Kurdish Forces" → "Kurdish Forces"
  const out: RefinedName[] = [];
  for (const n of names) {
    const first = /^\S+/.exec(text.slice(n.start, n.end))![0];
    if (!compoundOf(first)) { out.push(n); continue; }
    const rest = /^\S+\s+/.exec(text.slice(n.start, n.end));
    if (rest) out.push({ ...n, start: n.start + rest[0].length });
  }
  // "a Marshall Islands-flagged tanker", "a Hong Kong-based company": the compound closes a country's name of two or
  // three words, which the tagger reads in part ("Marshall", a town in Texas); the whole name is the place, and the
  // names the tagger found inside the words go
  const wholes: { name: RefinedName; end: number }[] = [];
  sentences.forEach((toks, si) => {
    toks.forEach((t, k) => {
      const m = COMPOUND.exec(t.text);
      if (!m || countryOfName(m[1]!) || KNOWN_ORG.has(normName(m[1]!))) return;
      const end = t.start + m[1]!.length;
      for (let a = k - 1; a >= Math.max(0, k - 2); a--) {
        if (!/^\p{Lu}/u.test(toks[a]!.text) || text.slice(toks[a]!.end, toks[a + 1]!.start) !== ' ') return;
        if (!countryOfName(text.slice(toks[a]!.start, end))) continue;
        wholes.push({ name: { start: toks[a]!.start, end, type: 'LOC', kind: null, sentence: si }, end: t.end });
        return;
      }
    });
  });
  if (wholes.length) {
    const kept = out.filter((n) => !wholes.some((w) => n.start >= w.name.start && n.end <= w.end));
    out.splice(0, out.length, ...kept, ...wholes.map((w) => w.name));
    out.sort((a, b) => a.start - b.start);
  }
  const named = new SpanIndex(out);
  sentences.forEach((toks, si) => {
    for (const t of toks) {
      const m = COMPOUND.exec(t.text);
      if (!m || named.overlaps(t.start, t.end)) continue;
      // "an ISIL-held building" holds a mention of ISIL, as "US-backed" holds one of the US
      const type = countryOfName(m[1]!) ? 'LOC' : KNOWN_ORG.has(normName(m[1]!)) ? 'ORG' : null;
      if (type) out.push({ start: t.start, end: t.start + m[1]!.length, type, kind: null, sentence: si });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Least population of a city whose name a compound or a pair takes as the place: "Moscow-backed", "Kigali-backed
 * rebels", "a Dubai-based analyst". A small namesake town of a company or person ("Mercedes-Benz") stays out.
 */
const MIN_COMPOUND_CITY_POPULATION = 100_000;
// "US-China", "Russia-Ukraine", "Israel-Hamas": two capitalised halves joined by a hyphen
const NAME_PAIR = /^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$/u;
// "pro-Moscow", "anti-Kyiv", "anti-Israel"
const PRO_ANTI = /^(?:[Pp]ro|[Aa]nti)-(\p{Lu}[\p{L}.]*)$/u;
// "Moscow-backed", "Kyiv-based" (the tails of the country compounds)
// (no "i" flag: with it \p{Lu} takes lower case too, and "state-backed" would look "state" up)
const PLACE_COMPOUND = new RegExp(`^(\\p{Lu}[\\p{L}.]*)-(?:${PLACE_COMPOUND_TAILS.words.join('|')})$`, 'u');

/** The type a half of a compound names: a country, a world or news region, a division or a big city; a known group. */
function compoundPart(s: string): 'LOC' | 'ORG' | null {
  if (countryOfName(s) || isCountryOrRegion(s)) return 'LOC';
  if (KNOWN_ORG.has(normName(s))) return 'ORG';
  const p = lookupPlace(s);
  return p && (p.kind === 'region' || (p.kind === 'city' && (p.population ?? 0) >= MIN_COMPOUND_CITY_POPULATION)) ? 'LOC' : null;
}

/**
 * "the Russia-Ukraine war", "US-China tensions", "the Israel-Hamas war": a hyphenated pair of places (or a place and a
 * well-known group) names both, each a mention of its own, not one organization or place "US-China"; "Guinea-Bissau"
 * (one country) stays whole. "Moscow-backed", "a Dubai-based analyst", "the pro-Moscow governor", "anti-Kyiv
 * protesters" hold a mention of the city, as "US-backed" holds one of the US (findCountryCompounds).
 */
function findPlaceCompounds(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const found: { start: number; end: number; names: RefinedName[] }[] = [];
  sentences.forEach((toks, si) => {
    for (const t of toks) {
      // most tokens hold no hyphen, or open with a lower-case letter that is no "pro-"/"anti-"
      if (t.text.length < 5 || !t.text.includes('-')) continue;
      const parts: { start: number; end: number; type: 'LOC' | 'ORG' }[] = [];
      // "Anti-Tehran" opening a sentence is no pair
      const pair = PRO_ANTI.test(t.text) ? null : NAME_PAIR.exec(t.text);
      if (pair) {
        if (isPlaceName(t.text) || KNOWN_ORG.has(normName(t.text))) continue;
        const a = compoundPart(pair[1]!);
        const b = a ? compoundPart(pair[2]!) : null;
        if (!a || !b || (a === 'ORG' && b === 'ORG')) continue;
        parts.push({ start: t.start, end: t.start + pair[1]!.length, type: a }, { start: t.end - pair[2]!.length, end: t.end, type: b });
      } else {
        const m = PRO_ANTI.exec(t.text) ?? PLACE_COMPOUND.exec(t.text);
        // the country compounds ("US-backed") are findCountryCompounds' own
        if (!m || (!PRO_ANTI.test(t.text) && countryOfName(m[1]!))) continue;
        if (compoundPart(m[1]!) !== 'LOC') continue;
        const start = t.text.startsWith(m[1]!) ? t.start : t.end - m[1]!.length;
        parts.push({ start, end: start + m[1]!.length, type: 'LOC' });
      }
      found.push({ start: t.start, end: t.end, names: parts.map((p) => ({ start: p.start, end: p.end, type: p.type, kind: null, sentence: si, cue: p.type === 'LOC' ? 'place' : undefined })) });
    }
  });
  // a name reaching past the word ("US-China Business Council") keeps it
  return replaceSpans(names, found);
}

/**
 * `names` with the names inside each span of `found` (sorted, disjoint) replaced by that span's own names; a span
 * that a name crosses is left alone. Two passes over the sorted lists: linear, however many spans an article has.
 */
function replaceSpans(names: RefinedName[], found: { start: number; end: number; names: RefinedName[] }[]): RefinedName[] {
  if (!found.length) return names;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const crossed = new Set<number>();
  // spans are disjoint and sorted: the names overlapping span k start before its end, and end after its start
  let k = 0;
  for (const n of sorted) {
    while (k < found.length && found[k]!.end <= n.start) k++;
    for (let q = k; q < found.length && found[q]!.start < n.end; q++) {
      const f = found[q]!;
      if (n.start < f.start || n.end > f.end) crossed.add(q);
    }
  }
  const out: RefinedName[] = [];
  k = 0;
  for (const n of sorted) {
    while (k < found.length && found[k]!.end <= n.start) k++;
    const f = found[k];
    if (!(f && !crossed.has(k) && n.start >= f.start && n.end <= f.end)) out.push(n);
  }
  found.forEach((f, q) => { if (!crossed.has(q)) out.push(...f.names); });
  return out.sort((a, b) => a.start - b.start);
}

/** Longest tail, in words, of a place's name after a possessive: "Martha's Vineyard", "Cox's Bazar". */
const MAX_POSSESSIVE_TAIL = 2;

/**
 * "Officials in Cox's Bazar said", "St. John's, Newfoundland", "King's Lynn": a possessive inside or at the end of a
 * place's name the gazetteer (or NEWS_LANDMARKS) knows cuts it in the tokens ("Cox" + "'s" + "Bazar"), and the tagger reads the pieces
 * as a place and an organization. The whole is one place; names on the pieces go.
 */
function joinPossessivePlaces(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const found: { start: number; end: number; names: RefinedName[] }[] = [];
  sentences.forEach((toks, si) => {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      // "'s" glued to a capitalised word
      if (t.text.length !== 2 || (t.text !== "'s" && t.text !== '’s') || toks[i - 1]!.end !== t.start || !isCapWord(toks[i - 1]!.text)) continue;
      // the name's start: the capitalised word, and "St." or another capitalised word before it
      let a = i - 1;
      if (a >= 2 && toks[a - 1]!.text === '.' && /^St$/u.test(toks[a - 2]!.text)) a -= 2;
      else if (a >= 1 && isCapWord(toks[a - 1]!.text) && toks[a]!.start - toks[a - 1]!.end === 1 && !FUNCTION_WORD.has(toks[a - 1]!.text.toLowerCase())) a -= 1;
      let best = -1;
      for (let b = i; b <= i + MAX_POSSESSIVE_TAIL && b < toks.length; b++) {
        if (b > i && (!isCapWord(toks[b]!.text) || toks[b]!.start - toks[b - 1]!.end !== 1)) break;
        // from the first word or the one after it ("in Cox's Bazar" tagged whole or not)
        for (const from of a < i - 1 ? [a, i - 1] : [a]) {
          const s = text.slice(toks[from]!.start, toks[b]!.end);
          // (or a building of the news: "St. Peter's Basilica" was a town "St. Peter's" in Kent and a place "Basilica")
          if ((b > i || from < i - 1) && (isPlaceName(s) || lookupLandmark(s))) { best = b; a = from; }
        }
      }
      if (best < 0) continue;
      const start = toks[a]!.start;
      const end = toks[best]!.end;
      found.push({ start, end, names: [{ start, end, type: 'LOC', kind: null, sentence: si, cue: 'place' }] });
      i = best;
    }
  });
  return replaceSpans(names, found);
}

// a determiner opening the sentence before a possessive name: "Its Founder's Edition cards", "This Sam's Club store"
const OPENING_DETERMINER = /^(?:Its|His|Her|Their|Our|My|Your|A|An|This|That|These|Those|Every|Each)$/u;
const POSSESSIVE_HEAD_TYPE = new Map(POSSESSIVE_NAME_HEADS.flatMap((r) => r.words.map((w) => [w, r.type] as const)));
const COMPASS_WORD = wordSet(ruleById(DIRECTION_LEADS, 'place-lead/compass'));
/** A body's head, then one or two compass words ending the name: "Policing North West", "Army South", "Police East". */
function isHeadThenCompass(ws: string[]): boolean {
  let j = ws.length;
  while (j > 0 && ws.length - j < 2 && COMPASS_WORD.has(ws[j - 1]!)) j--;
  return j < ws.length && j > 0 && ORG_HEAD.has(ws[j - 1]!);
}
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How often `word` stands in `text` as a whole word, capitalised as given. */
function countWord(text: string, word: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeWord(word)}(?![\\p{L}\\p{N}-])`, 'gu'))?.length ?? 0;
}

/**
 * "Shoppers crowded Sam's Club stores", "crews at Fisherman's Terminal", "Nvidia's Founder's Edition cards": a name
 * written with a possessive inside is cut at "'s" in the tokens, and the tagger reads the pieces as a person "Sam" and
 * an organization "Club", a person "Terminal", an organization "Edition". One capitalised word, its "'s" and one
 * capitalised word after it are one name when the article writes neither word anywhere else (an owner is named again:
 * "Erdogan's Justice and Development Party", "Nvidia's chips … Nvidia said"), neither is a place, a nationality, a
 * date or a known body ("Russia's Gazprom", "Britain's Labour", "Monday's Budget"), and the last one is no title, no
 * one's given name nor a person the tagger found ("Hezbollah's Nasrallah"). The whole is an organization or a place
 * by its last word (ORG_HEADS, INSTITUTION_HEADS, PLACE_HEADS, POSSESSIVE_NAME_HEADS: "Sam's Club", "Fisherman's
 * Wharf"), else the name of a thing, no actor ("Founder's Edition").
 */
function joinPossessiveNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const found: { start: number; end: number; names: RefinedName[] }[] = [];
  const plain = (w: string) => isCapWord(w) && !DATE_WORD.has(w.toLowerCase()) && !FUNCTION_WORD.has(w.toLowerCase()) &&
    !countryOfDemonym(w) && !isPlaceName(w) && !KNOWN_ORG.has(normName(w));
  sentences.forEach((toks, si) => {
    for (let i = 1; i + 1 < toks.length; i++) {
      const t = toks[i]!;
      if ((t.text !== "'s" && t.text !== '’s') || toks[i - 1]!.end !== t.start) continue;
      const x = toks[i - 1]!;
      const y = toks[i + 1]!;
      const after = toks[i + 2];
      // one word each: no capitalised word before the owner or after the head ("Northrop Grumman's", "Apple's App Store")
      // ("Its Founder's Edition": a word of the language opening the sentence is no part of it; "Northrop" is)
      const lead = i >= 2 && isCapWord(toks[i - 2]!.text) && x.start - toks[i - 2]!.end === 1 &&
        !(i === 2 && (FUNCTION_WORD.has(toks[0]!.text.toLowerCase()) || OPENING_DETERMINER.test(toks[0]!.text) || isCommonLexiconWord(toks[0]!.text)));
      if (y.start - t.end !== 1 || lead) continue;
      if (after && (startsUpper(after.text) || after.text === "'s" || after.text === '’s') && after.start - y.end <= 1) continue;
      // a title owns the name ("Founder's Edition", "the Mayor's Office"), but names no thing after an owner ("Nvidia's President")
      if (!plain(x.text) || !plain(y.text) || isGivenName(y.text) || TITLE.has(y.text.toLowerCase())) continue;
      const phrase = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeWord(x.text)}['’]s ${escapeWord(y.text)}(?![\\p{L}\\p{N}-])`, 'gu');
      const together = text.match(phrase)?.length ?? 0;
      if (countWord(text, x.text) !== together || countWord(text, y.text) !== together) continue;
      if (names.some((n) => n.type === 'PER' && n.start === y.start && n.end === y.end) && !POSSESSIVE_HEAD_TYPE.has(y.text.toLowerCase()) &&
        !PLACE_HEAD.has(y.text.toLowerCase())) continue;
      const head = y.text.toLowerCase();
      const type = POSSESSIVE_HEAD_TYPE.get(head) ?? (PLACE_HEAD.has(head) ? 'LOC' : ORG_HEAD.has(head) || INSTITUTION_HEAD.has(head) || COMPANY_HEAD.has(head) ? 'ORG' : 'MISC');
      found.push({ start: x.start, end: y.end, names: [{ start: x.start, end: y.end, type, kind: null, sentence: si }] });
      i += 1;
    }
  });
  return found.length ? replaceSpans(names, found) : names;
}

/** Lower-case words that join two parts of one person's name: "Mohammed bin Salman", "Osama bin Laden". */
const PERSON_NAME_LINKS: WordRule = {
  id: 'name/person-link', why: '"Mohammed bin Salman" tags as "Mohammed" + "Salman": one person',
  words: ['bin', 'ibn', 'bint', 'ben'],
};
const PERSON_NAME_LINK = new RegExp(`^\\s+(?:${PERSON_NAME_LINKS.words.join('|')})\\s+$`, 'u');
// a name opening with a lower-case Arabic article: "al-Assad", "el-Sisi"
const LOWER_ARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;
// one word of an Arabic article and a name, either case: "al-Masri", "Al-Masri" (a sentence's first word)
const ARTICLE_NAME = /^(?:[Aa]l|[Ee]l)-\p{Lu}[\p{L}'’-]*$/u;
/** Most capitalised words taken before "al-Assad" as the given names: "Abu Bakr al-Baghdadi". */
const MAX_GIVEN_NAMES = 2;

/**
 * One person's name the tagger cut in two: "Mohammed" + "bin" + "Salman" is one person; so is "Bashar al-Assad"
 * tagged as a place "al-Assad" after an untagged (or person) given name. A name whose first word leads a place or a
 * group ("Ras al-Ain", "Jaish al-Islam") or that the gazetteer knows stays as it was. A common given name (not one that is
 * also a word or a place) right before "al-X" makes a person whatever the tagger said of "al-X": "Rebels toppled Bashar
 * al-Assad" (an organization "al-Assad"), "met Hamza al-Khatib" (untagged), "met Haidar al-Abadi" (one organization);
 * and a miscellaneous name "Nouri al-Maliki" of a capitalised word and "al-X" is a person.
 */
function joinPersonParticles(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  let fullSurnames: Set<string> | undefined;
  const untagged = findGivenArticleNames(text, sentences, names);
  if (untagged.length) names = names.concat(untagged).sort((a, b) => a.start - b.start);
  for (const n of names) {
    const prev = out[out.length - 1];
    if (prev && prev.sentence === n.sentence && prev.type === 'PER' && n.type === 'PER' && PERSON_NAME_LINK.test(text.slice(prev.end, n.start))) {
      prev.end = n.end;
      continue;
    }
    if (n.kind) { out.push(n); continue; }
    const surface = text.slice(n.start, n.end);
    if (n.type !== 'PER' && GIVEN_ARTICLE_NAME.test(surface)) {
      const toks = sentences[n.sentence]!;
      const first = tokensIn(toks, n.start, n.end)[0];
      if (first && (n.type === 'MISC' ? !isNameLead(first.text) : isSureGivenName(first.text)) && !lookupPlace(surface)) { out.push({ ...n, type: 'PER', cue: undefined, listCue: undefined, cueKind: undefined }); continue; }
    }
    // "Abu Khalid al-Masri … was killed. In 1989 al-Masri left Egypt" (an organization "al-Masri"): alone, the last
    // word of a person's name the article writes in full is that person's surname, unless a group's word follows it
    // ("the al-Houthi movement")
    if (n.type !== 'PER' && ARTICLE_NAME.test(surface) && (fullSurnames ??= articleSurnames(text, names)).has(surface.toLowerCase()) &&
      !ORG_TAIL.test(text.slice(n.end, n.end + 24))) { out.push({ ...n, type: 'PER', cue: undefined, listCue: undefined, cueKind: undefined }); continue; }
    if (!LOWER_ARTICLE_NAME.test(surface)) { out.push(n); continue; }
    const toks = sentences[n.sentence]!;
    const first = tokensIn(toks, n.start, n.end)[0];
    let i = first ? toks.indexOf(first) : -1;
    const low = lowersOf(toks);
    // an organization or other name "al-Assad" joins only a common given name right before it: "toppled Bashar al-Assad"
    if (n.type !== 'PER' && n.type !== 'LOC' && !(i > 0 && toks[i]!.start - toks[i - 1]!.end === 1 && isSureGivenName(toks[i - 1]!.text))) { out.push(n); continue; }
    let start = n.start;
    for (let taken = 0; i > 0 && taken < MAX_GIVEN_NAMES; taken++, i--) {
      const t = toks[i - 1]!;
      if (toks[i]!.start - t.end !== 1 || !isCapWord(t.text) || FUNCTION_WORD.has(low[i - 1]!) || TITLE.has(low[i - 1]!) || DATE_WORD.has(low[i - 1]!) ||
        ORG_LEAD.has(low[i - 1]!) || PLACE_LEAD.has(low[i - 1]!) || countryOfDemonym(t.text)) break;
      start = t.start;
    }
    // a name before it (untagged words only, or one person's given name) and no known place
    const before = prev && prev.sentence === n.sentence && prev.end > start ? prev : null;
    if (start === n.start || (before && (before.type !== 'PER' || before.start < start)) || lookupPlace(text.slice(start, n.end))) { out.push(n); continue; }
    if (before) out.pop();
    out.push({ ...n, start, type: 'PER', cue: undefined, listCue: undefined, cueKind: undefined });
  }
  return out;
}

/** The last words "al-X"/"el-X" of the people's names of two or more words, lower case: "abu khalid al-masri" → "al-masri". */
function articleSurnames(text: string, names: RefinedName[]): Set<string> {
  const out = new Set<string>();
  for (const p of names) {
    const s = text.slice(p.start, p.end);
    const last = s.slice(s.lastIndexOf(' ') + 1);
    if (p.type === 'PER' && s.includes(' ') && ARTICLE_NAME.test(last)) out.add(last.toLowerCase());
  }
  return out;
}

// "Nouri al-Maliki" as one miscellaneous name: a capitalised word, then "al-X" or "el-X"
const GIVEN_ARTICLE_NAME = /^\p{Lu}\p{Ll}+ (?:al|el)-\p{Lu}\p{Ll}+$/u;
/** A word that opens no person's name: a function word, a title, a date, a place's or a group's lead, a demonym. */
function isNameLead(word: string): boolean {
  const w = word.toLowerCase();
  return FUNCTION_WORD.has(w) || TITLE.has(w) || DATE_WORD.has(w) || ORG_LEAD.has(w) || PLACE_LEAD.has(w) || !!countryOfDemonym(word);
}
/** A capitalised common given name that is no word and no place: "Bashar", "Hamza"; not "Grace", "Jordan", "Ras". */
function isSureGivenName(word: string): boolean {
  if (!isCapWord(word) || isNameLead(word)) return false;
  const key = givenKey(word);
  return GIVEN_NAME.has(key) && !WORD_GIVEN_NAME.has(key) && !PLACE_GIVEN_NAME.has(key) && !isPlaceName(word);
}

/**
 * "The envoy met Hamza al-Khatib", which the tagger left untagged: a common given name right before "al-X", neither
 * inside any name, is one person's name.
 */
function findGivenArticleNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  let named: SpanIndex | null = null;
  sentences.forEach((toks, si) => {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.text.length < 5 || t.text.charCodeAt(2) !== 45 || !LOWER_ARTICLE_NAME.test(t.text)) continue;
      const g = toks[i - 1]!;
      if (t.start - g.end !== 1 || !isSureGivenName(g.text)) continue;
      named ??= new SpanIndex(names);
      if (named.overlaps(g.start, t.end)) continue;
      out.push({ start: g.start, end: t.end, type: 'PER', kind: null, sentence: si });
    }
  });
  return out;
}

/** "code-named ", "codenamed ", "code named '" right before a name: an operation's or a drill's name follows. */
const CODE_NAMED_BEFORE = /\bcode[- ]?named[ \t]+["“'‘]?$/iu;
/** A possessive between two names: "People" and "Republic" of "Lugansk People's Republic". */
const POSSESSIVE_GLUE = /^['’]s[ \t]+$/u;

function mergeApostropheNames(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    // "the Lugansk People's Republic" (TASS) tagged as "Lugansk People" and "Republic" (a town in Missouri): two names
    // around a possessive that together are a region the gazetteer knows are that region
    if (prev && prev.sentence === n.sentence && POSSESSIVE_GLUE.test(text.slice(prev.end, n.start)) &&
      lookupPlace(text.slice(prev.start, n.end))?.kind === 'region') {
      prev.end = n.end;
      prev.type = 'LOC';
      continue;
    }
    if (prev && prev.sentence === n.sentence && APOSTROPHE_GLUE.test(text.slice(prev.end, n.start)) &&
      ARTICLE_START.test(text.slice(n.start, n.end)) && /\p{L}$/u.test(text.slice(prev.start, prev.end))) {
      prev.end = n.end;
      if (n.type === 'ORG') prev.type = 'ORG';
      continue;
    }
    out.push(n);
  }
  return out;
}

// "Zuma's": a capitalised word and its possessive, the whole of a name
const POSSESSIVE_NAME = /^(\p{Lu}[\p{L}-]+)['’]s$/u;

/**
 * "Zuma's party said it would challenge the results", tagged as an organization "Zuma's": a one-word name with its
 * possessive whose word is the surname of a person the tagger found ("Jacob Zuma") is that person, without the "'s".
 * Returns the names changed. A company named so ("Moody's said") has no such person in the text and stays.
 */
function stripPersonPossessives(text: string, names: RefinedName[]): RefinedName[] {
  const changed: RefinedName[] = [];
  let surnames: Set<string> | null = null;
  for (const n of names) {
    if (n.type === 'PER' || n.kind) continue;
    const m = POSSESSIVE_NAME.exec(text.slice(n.start, n.end));
    if (!m || !(surnames ??= personSurnames(text, names)).has(m[1]!)) continue;
    n.end = n.start + m[1]!.length;
    changed.push(n);
  }
  return changed;
}

/** Capitalised runs the tagger missed that end in an organization head: "the 101st Division", "First Corps". */
function findUntaggedOrgs(sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  const named = new SpanIndex(names);
  sentences.forEach((toks, si) => {
    const found = out.length;
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    toks.forEach((t, i) => {
      if (!startsUpper(t.text) || !ORG_HEAD.has(low[i]!)) return;
      if (named.covers(t.start, t.end)) return;
      let j = i;
      while (j > 0 && /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(toks[j - 1]!.text) && !/^(?:The|A|An)$/.test(toks[j - 1]!.text) &&
        !DATE_WORD.has(low[j - 1]!) && !FUNCTION_WORD.has(low[j - 1]!)) j--;
      if (j === i) return;
      // a sentence-initial word is capitalised anyway: "Army units moved" is no name
      if (j === 0 && i - j < 2) return;
      out.push({ start: toks[j]!.start, end: t.end, type: 'ORG', kind: null, sentence: si });
    });
    // "the Coalition said": an organization word written with a capital inside a sentence names one body
    toks.forEach((t, i) => {
      if (i === 0 || !startsUpper(t.text) || !ORG_HEAD.has(low[i]!) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
      if (/^\p{Lu}/u.test(toks[i - 1]!.text) || /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return;
      if (named.overlaps(t.start, t.end) || out.some((n, k) => k >= found && n.start < t.end && n.end > t.start)) return;
      out.push({ start: t.start, end: t.end, type: 'ORG', kind: null, sentence: si });
    });
    // "Jaish al-Ahrar denied …": a group word followed by Arabic-article words
    toks.forEach((t, i) => {
      if (!startsUpper(t.text) || !ORG_LEAD.has(low[i]!)) return;
      let j = i + 1;
      while (j < toks.length && (ARTICLE_START.test(toks[j]!.text) || /^\p{Lu}\p{Ll}/u.test(toks[j]!.text))) j++;
      if (j === i + 1 || !toks.slice(i + 1, j).some((x) => ARTICLE_START.test(x.text))) return;
      const end = toks[j - 1]!.end;
      const inside = named.overlaps(t.start, end) ? names.filter((n) => n.start < end && n.end > t.start) : [];
      // the tagger saw only the second half ("al-Ahrar"): the name starts at the group word
      if (inside.length === 1 && inside[0]!.start > t.start && inside[0]!.end <= end) { inside[0]!.start = t.start; inside[0]!.type = 'ORG'; return; }
      if (inside.length || out.some((n, k) => k >= found && n.start < end && n.end > t.start)) return;
      out.push({ start: t.start, end, type: 'ORG', kind: null, sentence: si });
    });
  });
  return out;
}

const LEAGUE_HEAD = wordSet(LEAGUE_HEADS);
const SPORT_WORD = wordSet(SPORT_CONTEXT_WORDS, SPORT_REPORT_WORDS);
/** Sentences with a sports word or a score that make an article a sports report. */
const MIN_SPORT_SENTENCES = 2;

/**
 * The article is a sports report: two sentences or more with a sports word (SPORT_CONTEXT_WORDS, SPORT_REPORT_WORDS) or a
 * score ("15-7"). A capitalised word inside a sentence is a name's and does not count: "the Arab League said" is no
 * sports word, "Baseball games played on Thursday" and "MAJOR LEAGUE RESULTS" are. Asked once, lazily.
 */
function lazySportArticle(sentences: Token[][]): () => boolean {
  let r: boolean | null = null;
  return () => {
    if (r !== null) return r;
    let hits = 0;
    for (const toks of sentences) if (hasSportWord(toks) && ++hits >= MIN_SPORT_SENTENCES) break;
    return (r = hits >= MIN_SPORT_SENTENCES);
  };
}
const isSportToken = (t: Token, i: number) => SCORE.test(t.text) || ((i === 0 || !isCapWord(t.text)) && SPORT_WORD.has(t.text.toLowerCase()));
/** A sentence with a sports word or a score (lazySportArticle): "Kerala's bowlers took five wickets". */
function hasSportWord(toks: Token[]): boolean {
  return toks.some(isSportToken);
}

const SURNAME_ORG_HEAD = wordSet(SURNAME_ORG_HEADS);
/**
 * "Peter Fund, a retired teacher from Ohio, told …": the tagger's person of two words, a common given name (not one that
 * is also a word or a place: "Grace", "Jordan") and a body's last word that is also a surname (SURNAME_ORG_HEADS), with
 * no determiner before it ("the Gates Fund", "a Peter Fund grant"). An organization cue before it still decides later.
 */
function isGivenNamedHeadSurname(text: string, n: RefinedName, surface: string): boolean {
  if (n.type !== 'PER') return false;
  const sp = surface.indexOf(' ');
  if (sp < 0 || surface.indexOf(' ', sp + 1) >= 0 || !SURNAME_ORG_HEAD.has(surface.slice(sp + 1).toLowerCase())) return false;
  const given = surface.slice(0, sp);
  const key = givenKey(given);
  if (!GIVEN_NAME.has(key) || WORD_GIVEN_NAME.has(key) || PLACE_GIVEN_NAME.has(key) || isPlaceName(given)) return false;
  // "the Peter Fund", "its Mary League program" (determiners as for a lone office word)
  return !OFFICE_DETERMINER.has(wordBefore(text, n.start));
}

const VENUE_HEAD = wordSet(VENUE_HEADS);
const LISTED_VENUE_HEAD = wordSet(LISTED_VENUE_HEADS);
// a city and its state or province after a venue in a listing: ", Austin, TX", ", Toronto, ON", ", London, UK"
const VENUE_CITY_AFTER = /^,[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2},[ \t]+\p{Lu}{2,3}(?![\p{L}\p{N}])/u;
/** A venue's name: a venue head last ("Budweiser Stage"), or a listed venue's head before its city and state. */
function isVenueName(text: string, n: RefinedName, last: string): boolean {
  return VENUE_HEAD.has(last) || (LISTED_VENUE_HEAD.has(last) && VENUE_CITY_AFTER.test(text.slice(n.end, n.end + 60)));
}

/** Currency codes and signs written before a figure, as names may read them (CURRENCY_PREFIXES: "Rs", "INR", "CHF"). */
const CURRENCY_WORD = new Set(CURRENCY_PREFIXES.flatMap((c) => c.forms).filter((f) => /^\p{L}/u.test(f)));
/** Units written with a capital (UNITS, case kept): "GW", "MWh", "MMBtu", "USD". */
const UNIT_SYMBOL = new Set(UNITS.flatMap((u) => u.forms).filter((f) => /^\S+$/.test(f) && /\p{Lu}/u.test(f)));
/** A figure, its scale or "per" right before a unit: "1.4 GW", "5,000MWh", "3.4 million MMBtu", "per MMBtu". */
const UNIT_BEFORE = /(?:\d[\s\u00a0]?|\b(?:per|thousand|million|billion|trillion|mn|bn)\s+)$/;
const GRADE_HEAD = wordSet(GRADE_HEADS);
/** The number of a grade right after its name: "Phase 3", "Level IV". */
const GRADE_NUMBER_AFTER = /^ (?:\d|[IV]+\b)/;
/** A figure right after a name: "Rs 10 lakh", "Rs. 5 crore", "CHF 2 million". */
const AMOUNT_AFTER = /^\.?\s?\d/;

/**
 * A brand named once after its cue (PRODUCT_CUES) is that product in its other mentions: "the rival drug Leqembi …
 * Eisai and Biogen, which market Leqembi, said" (a person in the second mention).
 */
function retypeProductMentions(text: string, bounds: { start: number }[], names: RefinedName[]): void {
  const products = new Set(names.filter((n) => n.type === 'MISC' && PRODUCT_CUE.test(text.slice(Math.max(bounds[n.sentence]!.start, n.start - 40), n.start)))
    .map((n) => text.slice(n.start, n.end)));
  if (!products.size) return;
  for (const n of names) if ((n.type === 'PER' || n.type === 'ORG') && products.has(text.slice(n.start, n.end))) n.type = 'MISC';
}

function applyWordRules(text: string, bounds: { start: number }[], n: RefinedName, sportArticle: () => boolean): void {
  const surface = text.slice(n.start, n.end);
  // "a fine of Rs 10 lakh", "a bribe of Rs 2.5 lakh": a currency before its amount is no organization ("Rs" was one,
  // named in most Indian court and crime reports)
  if (CURRENCY_WORD.has(surface) && AMOUNT_AFTER.test(text.slice(n.end, n.end + 2))) { n.type = 'MISC'; return; }
  // "the Super Bowl LX halftime show", "at the Grammys", "the two-time Oscar winner": an event or an award
  if (isEventName(text, n, surface)) { n.type = 'MISC'; return; }
  // "add 1.4 GW of capacity", "produce 5,000 MWh", "$3.10 per MMBtu": a unit's symbol after its figure or "per" is
  // no organization or person (GW, MWh and MMBtu were actors)
  if (UNIT_SYMBOL.has(surface) && UNIT_BEFORE.test(text.slice(Math.max(0, n.start - 10), n.start))) { n.type = 'MISC'; return; }
  // "(IPC Phase 3 or worse)", "Alert Level 4": a grade on a scale before its number, no organization or person
  if (GRADE_HEAD.has(surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase()) && GRADE_NUMBER_AFTER.test(text.slice(n.end, n.end + 4))) { n.type = 'MISC'; return; }
  // "The satirical magazine Private Eye said" (a person "Eye" with the rank "Private"), "the state news agency
  // Armenpress reported": a name right after a lower-case word of the press (MEDIA_TAILS; "daily" and "weekly" after
  // "the" only, as adverbs they stand anywhere) is the outlet, a title word the tagger left out of it included; not
  // a person's name of a common given name ("told the newspaper Ahmed Ali was held")
  const press = PRESS_BEFORE.exec(text.slice(Math.max(bounds[n.sentence]!.start, n.start - 48), n.start));
  if (press && n.type !== 'LOC' && !isSureGivenName(surface.split(' ')[0]!) && (!press[1] || TITLE.has(press[1].trim().toLowerCase()))) {
    n.start -= press[1]?.length ?? 0;
    n.type = 'ORG';
    return;
  }
  // "she is survived by a sister, Odile" (a place "Odile"), "their two children, Anna and Mark" (a place "Anna"): a
  // name set after a relative's noun, or after the names listed after it, is that relative
  if (n.type !== 'PER' && !n.cue && KIN_APPOSITION_BEFORE.test(text.slice(Math.max(bounds[n.sentence]!.start, n.start - 60), n.start)) &&
    surface.split(' ').length <= 3 && !/^\p{Lu}+$/u.test(surface)) { n.type = 'PER'; return; }
  const ws = words(surface);
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  const before = text.slice(Math.max(bounds[n.sentence]!.start, n.start - 40), n.start);
  const caps = surface === surface.toUpperCase();
  // a one-word person the tagger found, owning the next noun, takes no place cue: "about 60 people protested outside
  // Lai's hotel" made a place "Lai" (a small town of Chad has the name)
  const owner = n.type === 'PER' && ws.length === 1 && /^['’]s\s+\p{Ll}/u.test(text.slice(n.end, n.end + 4));
  const placeCue = owner ? undefined : PLACE_CUE_KINDS.find((c) => c.re.test(before));
  // (a head of up to three words: "Guma Local Government Area")
  const headKind = caps ? undefined : PLACE_HEAD.get(last) ?? (ws.length > 1 ? PLACE_HEAD.get(ws.slice(-2).join(' ')) : undefined) ??
    (ws.length > 3 ? PLACE_HEAD.get(ws.slice(-3).join(' ')) : undefined);
  // "Republicans said", "Democrats would fight": a party's members named after it speak for the party
  if (ws.length === 1 && PARTY_NICKNAME.has(first) && startsUpper(surface)) { n.type = 'ORG'; return; }
  if (KNOWN_ORG.has(normName(surface)) || isKnownOrgBranch(surface)) n.type = 'ORG';
  // "seven more Patriot systems", "a Kinzhal missile": a weapon system, no person or body
  else if (WEAPON_NAME.has(normName(surface))) n.type = 'MISC';
  // "Brent crude rose 1.2%", "Russian LNG", "Urals crude was trading at $68": a grade or a fuel, no body or place (a
  // country's name before "crude" stays the country: "Iraq crude exports")
  else if (COMMODITY_NAME.has(normName(surface)) || (CRUDE_GRADE_TAIL.test(text.slice(n.end, n.end + 12)) && !countryOfName(surface))) n.type = 'MISC';
  // a country's name wins over head words: "West Bank" is no bank
  else if (ws.length > 1 && countryOfName(surface)) n.type = 'LOC';
  // "EASTERN DIVISION" in a results table is a heading, not an organization; "Peter Fund, a retired teacher" is a person
  else if (ws.length > 1 && ORG_HEAD.has(last) && !caps && !isGivenNamedHeadSurname(text, n, surface)) n.type = 'ORG';
  // … and a compass region after the head, a body's branch: "Counter Terrorism Policing North West said" was a person
  // (not after a given name: "John Police West" stays a man)
  else if (ws.length > 2 && !caps && isHeadThenCompass(ws) && !isSureGivenName(surface.slice(0, surface.indexOf(' ')))) n.type = 'ORG';
  // "the Pakistan Muslim League-Nawaz (PML-N)": a body's head joined to its faction's name
  else if (ws.length > 1 && !caps && isHeadWithFaction(surface.slice(surface.lastIndexOf(' ') + 1))) n.type = 'ORG';
  // "The Arab League said"; "the American League wild card" in a baseball report is the competition
  else if (ws.length > 1 && LEAGUE_HEAD.has(last) && !caps && !sportArticle() && !isGivenNamedHeadSurname(text, n, surface)) n.type = 'ORG';
  // "The Kenya Union of Journalists said" tagged as a place: a head before "of" names the body as its last word would
  else if (ws.length > 2 && !caps && ws.indexOf('of') > 0 && ORG_HEAD.has(ws[ws.indexOf('of') - 1]!) && !lookupPlace(surface)) n.type = 'ORG';
  else if (ws.length > 1 && headKind !== undefined) { n.type = 'LOC'; n.kind = headKind; }
  // "May 3 - Budweiser Stage, Toronto, ON", "Moody Center, Austin, TX": a venue, named after its sponsor
  else if (ws.length > 1 && !caps && isVenueName(text, n, last)) { n.type = 'LOC'; n.kind = 'facility'; }
  else if (ws.length > 1 && ORG_LEAD.has(first)) n.type = 'ORG';
  // "the state-run Rodong Sinmun newspaper said": a person's name before a word of the press, after "the" or a
  // possessive, is the outlet's ("John Smith daily reported to …" stays a man)
  else if (n.type === 'PER' && MEDIA_TAIL.test(text.slice(n.end, n.end + 24)) && MEDIA_NAME_BEFORE.test(before)) n.type = 'ORG';
  // (a country's name before the noun stays the country: "Iran missiles hit the base", "the China drills")
  // "the James Webb Space Telescope", "the Perseverance Rover": a craft, no actor or place (CRAFT_HEADS)
  else if (ws.length > 1 && !caps && CRAFT_HEAD.has(last.toLowerCase())) n.type = 'MISC';
  // "sold under the brand name Wegovy", "the rival drug Leqembi": a product, no person (one word: "the vaccine
  // maker" is no cue, and a name of words the gazetteer or a body's head knows was read above)
  else if (ws.length === 1 && (n.type === 'PER' || n.type === 'ORG') && PRODUCT_CUE.test(before) && !countryOfName(surface)) n.type = 'MISC';
  // "Eli Lilly's Alzheimer's drug", "patients with Parkinson's disease": a disease, no person
  else if (DISEASE_EPONYM.has(surface.toLowerCase()) && DISEASE_AFTER.test(text.slice(n.end, n.end + 24))) n.type = 'MISC';
  // "a study published in The Lancet", "the journal Science": the journal, an organization, not a place or a person
  else if (JOURNAL_CUE.test(before) && (n.type === 'PER' || n.type === 'LOC') && !lookupPlace(surface) && !countryOfName(surface)) n.type = 'ORG';
  else if ((THING_TAIL.test(text.slice(n.end, n.end + 20)) && !(n.type === 'LOC' && countryOfName(surface))) || NOT_ACTOR.has(surface.toLowerCase())) n.type = 'MISC';
  else if (placeCue || PLACE_AFTER.test(text.slice(n.end, n.end + 20))) {
    n.type = 'LOC';
    n.cue = 'place';
    n.cueKind = placeCue?.kind ?? null;
    n.listCue = placeCue !== undefined;
  }
  // (not a person's name of three words or more with no Arabic article: "Khan Jan Alokozai, a member of the chamber,
  // said" was a place; "Khan" opens Pashto and Urdu given names as it opens "Khan Younis")
  else if (ws.length > 1 && PLACE_LEAD.has(first) && !(n.type === 'PER' && ws.length >= 3 && surface.split(' ').slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ARABIC_ARTICLE_WORD.has(w.toLowerCase())))) { n.type = 'LOC'; n.cue = 'place'; n.cueKind = PLACE_LEAD.get(first) ?? null; }
  else if (ORG_CUE.test(before) && (n.type === 'PER' || n.type === 'LOC') && !countryOfName(surface)) n.type = 'ORG';
  // "Jamie Court, president of Consumer Watchdog": the body a person heads is no person
  else if ((n.type === 'PER' || (n.type === 'MISC' && ws.length > 1 && !/-\p{Ll}/u.test(surface))) && ORG_ROLE_CUE.test(before)) n.type = 'ORG';
  // … not after a company's cue that ends in one ("Economists at JPMorgan said": findCompanies' company)
  else if (n.type === 'PER' && ws.length === 1 && !owner && LOCATIVE.has(/(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '') && !COMPANY_BEFORE.test(before)) { n.type = 'LOC'; n.cue = 'place'; }
  // "a boat carrying migrants sank off Pylos" (a person "Pylos"): "off" after a sea's verb or a distance is a place's
  else if (n.type === 'PER' && ws.length <= 2 && OFFSHORE_BEFORE.test(before)) { n.type = 'LOC'; n.cue = 'place'; }
  // a "nationality" that is a country or city name: "Raqqa", "Homs" (never for people: "Dole", "Jordan" are towns too)
  else if (n.type === 'MISC' && lookupPlace(surface) && !TITLE.has(first)) n.type = 'LOC';
  // a bare nationality word is no place or actor: "Jordanian officials"
  else if (ws.length === 1 && countryOfDemonym(surface) && !countryOfName(surface)) n.type = 'MISC';
  // nor its plural, a people: "no signs the North Koreans had intended to cross" (a place "North Koreans"),
  // "Filipinos", "South Koreans"
  else if (n.type !== 'MISC' && /\p{Ll}s$/u.test(surface) && countryOfDemonym(surface.slice(0, -1)) && !countryOfName(surface) && !lookupPlace(surface)) n.type = 'MISC';
}

// a relative's noun, a comma, and maybe names listed before this one: "a sister, |", "children, Anna and |" (KIN_NOUNS)
const KIN_APPOSITION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${KIN_NOUNS.words.join('|')}),\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*)?,?\\s)*(?:and\\s+)?$`, 'u');

// "Ministry of |Defence", "Department of the |Interior": a capitalised organization head and "of" right before a name
const HEAD_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u;

/**
 * "The Ministry of Defence said … The defence ministry declined": the tagger, seeing "defence" in lower case elsewhere,
 * tags "Defence" alone. A capitalised organization head and "of" before a name in its sentence open that name.
 */
function extendOverHeadOf(text: string, bounds: { start: number }[], n: RefinedName, names: readonly RefinedName[]): void {
  if (n.type === 'PER' || n.kind || n.cue || (n.type === 'LOC' && lookupPlace(text.slice(n.start, n.end)))) return;
  const from = Math.max(bounds[n.sentence]!.start, n.start - 32);
  const m = HEAD_OF_BEFORE.exec(text.slice(from, n.start));
  if (!m || !ORG_HEAD.has(m[1]!.toLowerCase()) || countryOfName(text.slice(n.start, n.end))) return;
  const start = from + m.index + m[0].length - m[0].replace(/^[^\p{L}]/u, '').length;
  // a head that ends another name is that name's: "the Taiwan Affairs Office of the State Council", "The Eastern Theater
  // Command of the Chinese People's Liberation Army" gave "Office of the State Council" and "Command of the Chinese
  // People's Liberation Army" beside "Taiwan Affairs Office" and "Eastern Theater Command"
  if (names.some((o) => o !== n && o.start < start + m[1]!.length && o.end > start)) return;
  n.start = start;
  n.type = 'ORG';
}

// " camp for displaced people", " camp north of El Fasher", " camp near Nyala": a camp's place after its head word
const CAMP_AFTER = /^\s+camp\s+(?:for|near|outside|inside|(?:north|south|east|west)\s+of)\b/u;
/**
 * "Fighters attacked Abu Shouk camp for displaced people north of El Fasher" (a person "Abu Shouk"): a name of two words
 * or more before "camp" and a phrase of its place or its people is a camp, a facility. A candidate's "camp" speaks
 * ("the Harris camp said") and has no such phrase after it.
 */
function extendPersonOverCamp(text: string, n: RefinedName): void {
  if (n.type !== 'PER' || n.office || !/\s/u.test(text.slice(n.start, n.end))) return;
  const m = CAMP_AFTER.exec(text.slice(n.end, n.end + 24));
  if (!m) return;
  n.end += m[0].indexOf('camp') + 4;
  n.type = 'LOC';
  n.kind = 'facility';
}

/** "Tabqah military airport", "the Al-Tanf road": a lower-case head after a place name makes one facility. */
/** Heads of a division that no body's name is written before in lower case ("Elgeyo Marakwet county"; not "state"). */
const DIVISION_ONLY_HEAD = new Set(['county', 'province', 'governorate', 'prefecture', 'district']);
function extendOverPlaceHead(text: string, bounds: { end: number }[], n: RefinedName): void {
  if (n.kind) return;
  // "the Zaporizhzhia nuclear plant" tagged as an organization: before a plant's head, or a known place before any
  // place head, it is that facility
  if (n.type !== 'LOC' && n.type !== 'PER' && (n.type !== 'ORG' || KNOWN_ORG.has(normName(text.slice(n.start, n.end))))) return;
  if (n.type === 'PER' && n.office) return;
  const after = text.slice(n.end, Math.min(bounds[n.sentence]!.end, n.end + 40));
  const m = /^((?:\s+\p{L}+){1,3})/u.exec(after);
  if (!m) return;
  const ws = m[1]!.trim().split(/\s+/);
  for (let k = 0; k <= MAX_HEAD_WORDS && k < ws.length; k++) {
    for (const len of [2, 1]) {
      const head = ws.slice(k, k + len).join(' ');
      if (ws.length < k + len || head !== head.toLowerCase() || !PLACE_HEAD.has(head)) continue;
      if (!ws.slice(0, k).every((w) => MODIFIER.has(w.toLowerCase()))) continue;
      const kind = PLACE_HEAD.get(head)!;
      // "Aleppo province" stays "Aleppo": the province shares the city's name; "a base in the Lower Shabelle region"
      // tagged as an organization is the place the gazetteer knows
      if (kind === 'region') {
        const s = text.slice(n.start, n.end);
        if (n.type === 'ORG' && !ORG_HEAD.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase()) && (lookupPlace(s)?.kind ?? 'country') !== 'country') n.type = 'LOC';
        // "crashed in the remote Elgeyo Marakwet county": before the head of a division that names no body, a name of
        // title-case words the gazetteer does not know is that division too (it was an organization)
        else if (n.type === 'ORG' && DIVISION_ONLY_HEAD.has(head) && !lookupPlace(s) && /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)*$/u.test(s) &&
          !ORG_HEAD.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase())) n.type = 'LOC';
        return;
      }
      if (n.type === 'ORG' && !PLANT_HEAD.has(head) && !isPlaceName(text.slice(n.start, n.end))) return;
      if (n.type === 'PER' && !PERSON_FACILITY_HEAD.has(head)) return;
      const words = ws.slice(0, k + len);
      let end = n.end;
      for (const w of words) end = text.indexOf(w, end) + w.length;
      n.end = end;
      n.kind = kind;
      n.type = 'LOC';
      return;
    }
  }
}

/** Lists share a type: "(YPG, YPJ, PKK)" with one organization makes all three organizations. */
function applyListRules(text: string, sentences: Token[][], names: RefinedName[]): void {
  // untagged acronyms join as candidates: "(YPG, YPJ, PKK)" where the tagger saw only PKK
  const candidates = new Set<RefinedName>();
  const named = new SpanIndex(names);
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks)) return;
    for (const t of toks) {
      if (!isAcronym(t.text) || named.overlaps(t.start, t.end)) continue;
      const c: RefinedName = { start: t.start, end: t.end, type: 'MISC', kind: null, sentence: si };
      candidates.add(c);
      names.push(c);
    }
  });
  names.sort((a, b) => a.start - b.start);
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (j + 1 < names.length && names[j + 1]!.sentence === names[i]!.sentence && LIST_GLUE.test(text.slice(names[j]!.end, names[j + 1]!.start))) j++;
    const chain = names.slice(i, j + 1);
    // "the villages of Ayed Kabir and Al-Mushirfa": the cue covers the whole list
    if (chain[0]!.listCue) {
      for (const n of chain) {
        if (candidates.has(n) || n.kind) continue;
        n.type = 'LOC';
        n.cue = 'place';
        // "the towns of Marea, Tel Rifaat and Azaz": the list's cue tells the kind where the name itself does not
        if (n.cueKind == null) n.cueKind = chain[0]!.cueKind ?? null;
      }
    }
    // acronyms listed with an organization acronym are organizations
    const acronyms = chain.filter((n) => ACRONYM.test(text.slice(n.start, n.end)));
    if (acronyms.some((n) => n.type === 'ORG' && !candidates.has(n))) for (const n of acronyms) { n.type = 'ORG'; candidates.delete(n); }
    i = j + 1;
  }
  for (let k = names.length - 1; k >= 0; k--) if (candidates.has(names[k]!)) names.splice(k, 1);
  // chains of three or more listed names take the majority type
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (j + 1 < names.length && names[j + 1]!.sentence === names[i]!.sentence && LIST_GLUE.test(text.slice(names[j]!.end, names[j + 1]!.start))) j++;
    if (j - i >= 2) {
      const chain = names.slice(i, j + 1);
      const votes = new Map<string, number>();
      for (const n of chain) if (n.type !== 'MISC') votes.set(n.type, (votes.get(n.type) ?? 0) + 1);
      const [top, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      // a name a cue or the list of well-known organizations typed keeps its type: "Raqqa, Deir ez-Zor and Mayadin"
      // tagged as people keeps the place "Deir ez-Zor"; "France, Germany and Hezbollah" keeps the organization
      // … and so does a place the gazetteer knows after a locative that opens the list: "In Las Vegas, MGM Resorts
      // International and Caesars Entertainment Inc said" is no list of three companies
      const placeOpener = (n: RefinedName) => n === chain[0] && n.type === 'LOC' && isPlaceName(text.slice(n.start, n.end)) &&
        LOCATIVE.has(wordBefore(text, n.start));
      if (count * 2 > chain.length) {
        for (const n of chain) if (n.type !== 'MISC' && !n.kind && !n.cue && !placeOpener(n) && !KNOWN_ORG.has(normName(text.slice(n.start, n.end)))) n.type = top as NameSpan['type'];
      }
    }
    // "Shelling in Homs, Hama and Idlib" tagged place, person, organization: in a list with a place, a name the
    // gazetteer knows as a place is one too ("Paris, Rome and Hezbollah" keeps Hezbollah)
    if (j > i && names.slice(i, j + 1).some((n) => n.type === 'LOC')) {
      for (let k = i; k <= j; k++) {
        const n = names[k]!;
        if (n.type === 'LOC' || n.type === 'MISC' || n.kind) continue;
        const s = text.slice(n.start, n.end);
        if (!KNOWN_ORG.has(normName(s)) && isPlaceName(s)) n.type = 'LOC';
      }
    }
    i = j + 1;
  }
}

/**
 * In a headline-case line every word is capitalised, so a name there is cut to the longest run the article confirms
 * (the same name in running text, a known country, an acronym: "ISIS Terrorists" → "ISIS"), and dropped when none
 * is confirmed and one of its words is written in lower case elsewhere ("Pro-Turkish Militants Form Coalition", as
 * "militants" and "coalition" appear in the text). Names in lists and tables ("Wasim Akram 4-56") keep their words.
 */
/** Longest sub-name tried inside a headline name: "International Coalition for Operation Inherent Resolve" is 6. */
const MAX_SUBNAME_TOKENS = 8;
/** Fewest tokens of a headline's unconfirmed name read as a clause: "Floods Hit Capital As Rains Continue" has 6. */
const MIN_HEADLINE_CLAUSE_TOKENS = 4;

/**
 * A headline in title case: capitalised words of 4+ letters (isTitleCase) and no lower-case word but the short ones
 * headlines keep small. "Prime Minister Benjamin Netanyahu met President Joe Biden in Washington." has the capitals
 * of a headline, but "met" makes it a sentence, whose names are not cut down.
 */
function isHeadline(toks: Token[]): boolean {
  if (!isTitleCase(toks)) return false;
  for (const t of toks) if (/^\p{Ll}/u.test(t.text) && !HEADLINE_SMALL_WORD.has(t.text)) return false;
  return true;
}

function confirmHeadlineNames(text: string, sentences: Token[][], names: RefinedName[]): void {
  const headline = new Set<number>();
  sentences.forEach((toks, i) => { if (isHeadline(toks)) headline.add(i); });
  if (!headline.size) return;
  const lowerSeen = new Set<string>();
  for (const toks of sentences) for (const t of toks) if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);
  const body = new Set(names.filter((n) => !headline.has(n.sentence)).map((n) => text.slice(n.start, n.end).toLowerCase()));
  const clauses: RefinedName[] = [];
  for (const n of names) {
    if (!headline.has(n.sentence)) continue;
    const toks = tokensIn(sentences[n.sentence]!, n.start, n.end);
    let best: [number, number] | null = null;
    // Sub-names are at most MAX_SUBNAME_TOKENS long: keeps a headline of 3,000 capitalised words linear, not cubic.
    for (let a = 0; a < toks.length; a++) {
      for (let b = Math.min(toks.length, a + MAX_SUBNAME_TOKENS); b > a; b--) {
        const s = text.slice(toks[a]!.start, toks[b - 1]!.end);
        // the whole name a town or a division the gazetteer knows: "Port Sudan, Sudan" under a headline was cut to
        // "Sudan", the country its last word names
        const ok = body.has(s.toLowerCase()) || (b - a === 1 && ACRONYM.test(s.replace(/\./g, ''))) || countryOfName(s) !== null ||
          (a === 0 && b === toks.length && b > 1 && n.type === 'LOC' && (lookupPlace(s)?.kind ?? 'country') !== 'country');
        if (ok && (!best || b - a > best[1] - best[0])) best = [a, b];
      }
    }
    if (!best) {
      if (toks.some((t) => lowerSeen.has(t.text.toLowerCase()))) n.end = n.start;
      else if (toks.length >= MIN_HEADLINE_CLAUSE_TOKENS && !KNOWN_ORG.has(normName(text.slice(n.start, n.end)))) clauses.push(n);
      continue;
    }
    n.start = toks[best[0]]!.start;
    n.end = toks[best[1] - 1]!.end;
    if (countryOfName(text.slice(n.start, n.end))) n.type = 'LOC';
  }
  // "Army Deploys Troops As Floods Hit Northern Districts", a headline standing in the body (an organization of the
  // whole line): a run of capitalised words with a verb after its first word is the headline's clause, no name. Read
  // in lower case, as a sentence ("army deploys troops as floods hit …"); the first word may be a verb in a body's
  // name ("Save the Children"), and a known organization stays
  if (!clauses.length) return;
  const tagged = tagPieces(clauses.map((n) => ({ text: text.slice(n.start, n.end).toLowerCase(), offset: n.start })));
  clauses.forEach((n, k) => {
    if (tagged[k]!.slice(1).some((t) => t.tags.has('Verb'))) n.end = n.start;
  });
}

const verbBefore = (r: WordRule) => new RegExp(`\\b(?:${r.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const TERRITORY_VERB_BEFORE = verbBefore(ruleById(PLACE_OBJECT_VERBS, 'place-cue/territory-verb'));
const TARGET_VERB_BEFORE = verbBefore(ruleById(PLACE_OBJECT_VERBS, 'place-cue/target-verb'));
const EVERYDAY_VERB_BEFORE = verbBefore(ruleById(PLACE_OBJECT_VERBS, 'place-cue/everyday-ground-verb'));
/** Buildings an everyday verb may take: the object is a place by its head, known to the gazetteer or not. */
const BUILDING_HEADS: WordRule = {
  id: 'place-head/building', why: '"Protesters occupied Hamilton Hall", "evacuated the Grenfell Tower" (not "entered Congress")',
  words: ['hall', 'building', 'tower', 'towers', 'plaza', 'mall', 'stadium', 'arena'],
};
const BUILDING_HEAD = wordSet(BUILDING_HEADS);
// the name owns what follows, so it is not the object: "entered Keir Starmer's cabinet", "stormed Trump's resort"
const POSSESSIVE_AFTER = /^['’]s?\s/u;

/**
 * A name right after a verb of taking or striking ground is a place (PLACE_OBJECT_VERBS): "The army retook Wad Madani"
 * (typed a person), "The RSF attacked El Fasher on Sunday" (typed an organization). After "attacked", "took" the name
 * must be a place the gazetteer knows: "attacked Hamas positions" keeps Hamas; so after everyday verbs ("entered",
 * "occupied": "Maria Lopez entered Congress"). Known organizations, people with a title, names with an organization
 * head and owners ("entered Keir Starmer's cabinet") stay as they are. A territory verb outweighs the tagger's other guesses
 * (harmonizeTypes); a target verb is one vote among the name's mentions ("Kent took Derbyshire's last wicket").
 */
function retypeTakenPlaces(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office || !spaceBefore(text, n.start)) continue;
    const before = text.slice(Math.max(0, n.start - 24), n.start);
    const territory = TERRITORY_VERB_BEFORE.test(before);
    const everyday = !territory && EVERYDAY_VERB_BEFORE.test(before);
    if (!territory && !everyday && !TARGET_VERB_BEFORE.test(before)) continue;
    const s = text.slice(n.start, n.end);
    const ws = words(s);
    if (KNOWN_ORG.has(normName(s)) || ORG_HEAD.has(ws[ws.length - 1]!) || TITLE.has(ws[0]!.replace(/\.$/, ''))) continue;
    if (POSSESSIVE_AFTER.test(text.slice(n.end, n.end + 3))) continue;
    // a known place includes the news regions: "in occupied Crimea"
    if (!territory && !isPlaceName(s) && !lookupPlace(s) && !(everyday && BUILDING_HEAD.has(ws[ws.length - 1]!))) continue;
    n.type = 'LOC';
    // "took Derbyshire" in a cricket report: the other mentions of a team outvote a target verb, not a territory verb
    if (territory) n.cue = 'place';
  }
}

const SPORT_CONTEXT = wordSet(SPORT_CONTEXT_WORDS);
// a score in the sentence: "won 3-1", "a 2–0 defeat"
const SCORE = /^\d{1,2}[-–]\d{1,2}$/u;

/** A sentence of a sports report (SPORT_CONTEXT_WORDS or a score): "Injuries have hit Chelsea and Arsenal ahead of the match". */
function isSportSentence(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (SPORT_CONTEXT.has(w.toLowerCase()) || SCORE.test(w)) return true;
  }
  return false;
}

/** A body by its name: a known organization or party, or an organization, institution or company head ("British Airways"). */
function isBodyName(s: string, ws: string[]): boolean {
  const last = ws[ws.length - 1]!.toLowerCase();
  return KNOWN_ORG.has(normName(s)) || isOrgHeadWord(last) ||
    (ws.length === 1 && (PARTY_ADJECTIVE.has(last) || PARTY_NICKNAME.has(last)));
}

/** A city, division or other place the gazetteer knows, not a country. */
function isKnownNonCountry(s: string): boolean {
  const p = lookupPlace(s);
  return !!p && p.kind !== 'country';
}

/**
 * "Israeli strikes hit Nabatieh and Tyre": the whole list after a verb of taking or striking ground is its object. Once
 * one member is a place (typed so, or a city or division the gazetteer knows), the others are places too: after a
 * territory verb ("shelled", "stormed") known or not; after the everyday "hit", "took", "struck" only members the
 * gazetteer knows or unknown ones the tagger read as a person whose word is no given name ("hit Nabatieh and Tyre"):
 * the tagger's organizations stay ("hit Heathrow and British Airways", "hit Moscow and Sberbank"), and so do people
 * ("hit Marks and Spencer"), and a sports sentence keeps its clubs ("Injuries have hit Chelsea and Arsenal ahead of
 * the match"). "attacked Hamas and Hezbollah" (no place among them) keeps its organizations. Known organizations and
 * parties, organization and company heads, titles and owners never move.
 */
function retypeTakenLists(text: string, sentences: Token[][], names: RefinedName[]): void {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    if (!spaceBefore(text, first.start)) continue;
    const before = text.slice(Math.max(0, first.start - 24), first.start);
    const territory = TERRITORY_VERB_BEFORE.test(before);
    if (!territory && !TARGET_VERB_BEFORE.test(before) && !EVERYDAY_VERB_BEFORE.test(before)) continue;
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.sentence === first.sentence && LIST_GLUE.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start))) j++;
    // a list written with "and" or "or": "hit Nabatieh and Tyre"
    if (j === i || !/\b(?:and|or)\b/u.test(text.slice(sorted[j - 1]!.end, sorted[j]!.start))) continue;
    const chain = sorted.slice(i, j + 1);
    const isPlace = (n: RefinedName) => {
      if (n.type === 'LOC') return !countryOfName(text.slice(n.start, n.end)) || n.cue === 'place';
      const p = lookupPlace(text.slice(n.start, n.end));
      return !!p && p.kind !== 'country';
    };
    if (chain.some(isPlace) && (territory || !isSportSentence(sentences[first.sentence] ?? []))) {
      for (const n of chain) {
        if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office) continue;
        const s = text.slice(n.start, n.end);
        const ws = s.split(' ');
        if (!isPlaceWords(ws) || isBodyName(s, ws) || TITLE.has(ws[0]!.replace(/\.$/, '').toLowerCase())) continue;
        if (POSSESSIVE_AFTER.test(text.slice(n.end, n.end + 3))) continue;
        // after "hit", "took", "reached": an unknown name is a place by its words ("reached Canoas and Eldorado do Sul"),
        // or the tagger's person with no given name in it ("hit Nabatieh and Tyre"), not its organization
        if (!territory && !isKnownNonCountry(s) && !(ws.length > 2 && DIRECTION_TAIL.has(ws[ws.length - 1]!.toLowerCase())) &&
          (n.type === 'ORG' || ws.some((w) => GIVEN_NAME.has(givenKey(w)) || WORD_GIVEN_NAME.has(givenKey(w))))) continue;
        n.type = 'LOC';
        if (territory) n.cue = 'place';
      }
    }
    i = j;
  }
}

const SELF_NAMED_CUE = cueRegex(ruleById(ORG_CUES, 'org-cue/self-named').words);
const THREAT_GROUP_TAIL = wordSet(THREAT_GROUP_TAILS);
const THREAT_GROUP_NOUN_AFTER = new RegExp(`^[ \t]+(?:${[...wordSet(THREAT_GROUP_AFTER)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])`, 'u');

/**
 * A hacking or ransomware group is one organization in every mention, once one mention says what it is: a cue before
 * it ("hackers known as Volt Typhoon", "which Microsoft tracks as Cadet Blizzard": ORG_CUES' self-named, which covers
 * the list after it, "which researchers call Vanguard Panda, Bronze Silhouette and Insidious Taurus"), a group's noun
 * after it ("the Black Basta group", "Rhysida ransomware": THREAT_GROUP_AFTER), or a naming scheme's last word
 * ("Fancy Bear", "Scattered Spider": THREAT_GROUP_TAILS). The tagger reads such names as people, and the votes of
 * harmonizeTypes kept "Black Basta, which … has collected $107 million" a person after "the Black Basta group". Not a
 * name with a given name first ("the Emily Bear group"), a title before it, a country, people or known place, nor one
 * word of a person's full name ("Emma Lazarus … Lazarus hackers").
 */
function retypeThreatGroups(text: string, names: RefinedName[]): void {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  const groups = new Set<string>();
  const eligible = (s: string) => {
    const ws = s.split(/\s+/);
    return ws.length <= 3 && /^[\p{Lu}\p{N}]/u.test(s) && !isGivenName(ws[0]!) && !countryOfName(s) && !lookupPlace(s) && !/-based$/u.test(s) &&
      !ws.some((w) => countryOfDemonym(w) || GROUP_ADJECTIVE.has(w.toLowerCase())) && !FUNCTION_WORD.has(ws[0]!.toLowerCase());
  };
  for (let i = 0; i < sorted.length; i++) {
    const n = sorted[i]!;
    const s = text.slice(n.start, n.end);
    // the tagger's miscellany (a nationality, an event: "the World Cup group stage") is no group's name
    if (n.type === 'MISC' || !eligible(s) || n.office) continue;
    const ws = words(s);
    const cue = SELF_NAMED_CUE.test(text.slice(Math.max(0, n.start - 40), n.start));
    if (cue || THREAT_GROUP_NOUN_AFTER.test(text.slice(n.end, n.end + 24)) || (ws.length > 1 && THREAT_GROUP_TAIL.has(ws[ws.length - 1]!))) groups.add(s);
    if (!cue) continue;
    // the list the cue opens: "call Vanguard Panda, Bronze Silhouette and Insidious Taurus"
    for (let j = i; j + 1 < sorted.length && sorted[j + 1]!.sentence === n.sentence && LIST_GLUE.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start)); j++) {
      const m = text.slice(sorted[j + 1]!.start, sorted[j + 1]!.end);
      if (sorted[j + 1]!.type !== 'MISC' && eligible(m)) groups.add(m);
    }
  }
  if (!groups.size) return;
  const fullNameWords = new Set(names.filter((n) => n.type === 'PER').flatMap((n) => {
    const ws = text.slice(n.start, n.end).split(/\s+/);
    return ws.length > 1 && !groups.has(ws.join(' ')) ? ws : [];
  }));
  for (const g of groups) {
    const ns = names.filter((n) => text.slice(n.start, n.end) === g);
    if ((!g.includes(' ') && fullNameWords.has(g)) || ns.some((n) => titleBefore(text, n.start))) continue;
    for (const n of ns) if ((n.type === 'PER' || n.type === 'LOC') && !n.kind && !n.office && !n.cue) n.type = 'ORG';
  }
}

/** One type per name in an article: the same string takes the type most of its mentions have. */
function harmonizeTypes(text: string, names: RefinedName[]): void {
  const votes = new Map<string, Map<string, number>>();
  for (const n of names) {
    if (n.end <= n.start) continue;
    const key = text.slice(n.start, n.end).toLowerCase();
    const v = votes.get(key) ?? new Map<string, number>();
    // a type a cue settled ("the town of X") outweighs the tagger's guesses elsewhere
    v.set(n.type, (v.get(n.type) ?? 0) + (n.type === 'MISC' ? 0.5 : n.cue || n.kind ? 3 : 1));
    votes.set(key, v);
  }
  for (const n of names) {
    const v = votes.get(text.slice(n.start, n.end).toLowerCase());
    if (!v || v.size < 2) continue;
    const top = [...v].sort((a, b) => b[1] - a[1])[0]![0] as NameSpan['type'];
    if (!n.kind && !n.cue) n.type = top;
  }
  // a surname after the full name is the same person: "Suu Kyi" after "Aung San Suu Kyi"; not the city of a
  // metropolitan area the tagger read as a person ("a synagogue in Manchester … in Greater Manchester": typeMetroAreas
  // makes it a region later)
  const people = names.filter((n) => n.type === 'PER' && !METRO_LEAD.has(text.slice(n.start, n.end).split(' ')[0]!.toLowerCase()))
    .map((n) => ' ' + text.slice(n.start, n.end).toLowerCase());
  for (const n of names) {
    if (n.type === 'PER' || n.kind || n.cue) continue;
    const key = ' ' + text.slice(n.start, n.end).toLowerCase();
    if (/^\s\p{Lu}\p{Ll}/u.test(' ' + text.slice(n.start, n.end)) && people.some((p) => p.length > key.length && p.endsWith(key))) n.type = 'PER';
  }
}

// "the Catalan separatist party |Junts": a cue of PARTY_NAME_CUES in lower case, right before the name
const PARTY_NAME_CUE = new RegExp(`(?:^|[^\\p{L}-])(?:${PARTY_NAME_CUES.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'u');
/** Most capitalised words of a party's name findPartyNames takes after a cue: "the ruling party Georgian Dream". */
const MAX_PARTY_NAME_WORDS = 3;

/**
 * A party named right after PARTY_NAME_CUES is an organization: "the far-right Vox" (tagged a person), "its coalition
 * partner Komeito" (a person), "the Catalan separatist party Junts" (untagged). Every mention written alike follows
 * ("… with Vox on 12.7%"). Not a person with a given name ("the far-right Geert Wilders"), a country or a title, date or
 * function word ("the party Chairman", "the party Monday").
 */
function findPartyNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const parties = new Set<string>();
  const added: RefinedName[] = [];
  const named = new SpanIndex(names);
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (!startsUpper(t.text) || !spaceBefore(text, t.start) || !PARTY_NAME_CUE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
      let j = i;
      while (j < toks.length && j - i < MAX_PARTY_NAME_WORDS && startsUpper(toks[j]!.text) && !FUNCTION_WORD.has(low[j]!) && !DATE_WORD.has(low[j]!) &&
        !TITLE.has(low[j]!) && (j === i || toks[j]!.start - toks[j - 1]!.end === 1)) j++;
      if (j === i || (j < toks.length && toks[j]!.start - toks[j - 1]!.end === 1 && startsUpper(toks[j]!.text))) continue;
      const start = t.start;
      const end = toks[j - 1]!.end;
      const surface = text.slice(start, end);
      // "the right-wing Republican senator": a party adjective before its noun is no party's name
      if (countryOfName(surface) || isCountryOrRegion(surface) || (j === i + 1 && PARTY_ADJECTIVE.has(low[i]!) && /^ \p{Ll}/u.test(text.slice(end, end + 2)))) continue;
      const over = named.overlaps(start, end) ? names.filter((n) => n.start < end && n.end > start) : [];
      if (over.length > 1 || (over.length === 1 && (over[0]!.start !== start || over[0]!.end !== end))) continue;
      const n = over[0];
      // "right-wing Afrikaners": a people's one-word name (the tagger's MISC) is no party; "Georgian Dream" is
      if (n && (n.type === 'ORG' || (n.type === 'MISC' && j === i + 1) || (n.type === 'PER' && isGivenName(surface.split(/\s+/u)[0]!)))) continue;
      if (isGroupPlural(surface)) continue;
      if (!n && isGivenName(surface.split(/\s+/u)[0]!)) continue;
      parties.add(surface.toLowerCase());
      if (!n) added.push({ start, end, type: 'ORG', kind: null, sentence: si });
    }
  });
  if (!parties.size) return names;
  for (const n of names) if (parties.has(text.slice(n.start, n.end).toLowerCase()) && !n.kind) { n.type = 'ORG'; n.cue = undefined; }
  return added.length ? names.concat(added).sort((a, b) => a.start - b.start) : names;
}

const PARTY_PLURAL_LEAD = new Set(PARTY_PLURAL_NAMES.leads);
const PARTY_PLURAL_HEAD = new Set(PARTY_PLURAL_NAMES.heads);
// "Liberal |Democrats": the lead word, capitalised, one space before the head
const PARTY_PLURAL_LEAD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${PARTY_PLURAL_NAMES.leads.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}) $`, 'u');

/**
 * "the Liberal Democrats", "the Christian Democrats" (PARTY_PLURAL_NAMES): the lead word and the plural are one party,
 * an organization, whether the tagger cut them ("Liberal" + "Democrats"), left the lead out or read a person.
 */
function joinPartyPlurals(text: string, names: RefinedName[]): RefinedName[] {
  let drop: Set<RefinedName> | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (n.kind) continue;
    const surface = text.slice(n.start, n.end);
    const ws = surface.split(' ');
    const head = ws[ws.length - 1]!.toLowerCase();
    if (!PARTY_PLURAL_HEAD.has(head) || !startsUpper(ws[ws.length - 1]!)) continue;
    if (ws.length === 2 && PARTY_PLURAL_LEAD.has(ws[0]!.toLowerCase())) { n.type = 'ORG'; continue; }
    if (ws.length !== 1) continue;
    const m = PARTY_PLURAL_LEAD_BEFORE.exec(text.slice(Math.max(0, n.start - 16), n.start));
    if (!m) continue;
    const start = n.start - m[1]!.length - 1;
    const prev = k > 0 ? names[k - 1]! : undefined;
    if (prev && prev.end > start) {
      if (prev.start !== start || prev.end !== n.start - 1) continue;
      (drop ??= new Set()).add(prev);
    }
    n.start = start;
    n.type = 'ORG';
  }
  return drop ? names.filter((n) => !drop!.has(n)) : names;
}

/** Largest town whose name before a poll's noun is still read as the pollster: Siena (54,000) and Gallup, New Mexico
 * (22,000) are pollsters there, "a London survey", "a Boston poll" the cities' own. */
const MAX_POLLSTER_TOWN_POPULATION = 100_000;
// "a Gallup| survey": the poll's noun right after the name
const POLLSTER_AFTER = new RegExp(`^ (?:${POLLSTER_NOUNS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
// "a", "an", "the", "a new", "the latest", "Thursday's": the poll's determiner before the pollster's name
const POLLSTER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|new|latest|recent|last|previous|another)\s+$/iu;

/**
 * "According to a Gallup survey", "A Siena poll put Smith ahead": a name between a determiner and a poll's noun
 * (POLLSTER_NOUNS) that the gazetteer reads as a town (MAX_POLLSTER_TOWN_POPULATION), or not at all, is the
 * pollster; "a Texas poll", "a UK survey", "a London survey" keep their country, state or city.
 */
function retypePollsters(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if (n.type !== 'LOC' || n.kind || !POLLSTER_AFTER.test(text.slice(n.end, n.end + 24)) || !POLLSTER_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))) continue;
    const s = text.slice(n.start, n.end);
    const p = lookupPlace(s);
    if (p && (p.kind === 'country' || p.kind === 'region' || isRegionName(s) || p.population >= MAX_POLLSTER_TOWN_POPULATION)) continue;
    n.type = 'ORG';
    n.cue = undefined;
  }
}

/**
 * "The United States strongly condemns …", "The UK will continue …": a country written with its article and followed
 * by a statement verb is the state acting, an organization; "the United States won 3-1" or "in the UK" stay places.
 */
function markSpeakingState(text: string, n: RefinedName): void {
  if (n.type !== 'LOC' || n.kind || n.cue) return;
  if (!/(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, n.start - 5), n.start))) return;
  const verb = /^\s+(\p{L}+)/u.exec(text.slice(n.end, n.end + 16));
  if (!verb || !STATE_VERB.has(verb[1]!)) return;
  if (countryOfName(text.slice(n.start, n.end))) n.type = 'ORG';
}

/** Words before a storm's given name: "Hurricane Ian" is a storm, not a person called Ian. */
const STORM_LEADS: WordRule = {
  id: 'name/storm', why: '"Hurricane Ian made landfall", "Typhoon Haiyan", "Storm Ciarán": a storm, no actor or place',
  words: ['hurricane', 'typhoon', 'cyclone', 'storm', 'depression'],
};
const STORM_BEFORE = new RegExp(`\\b(?:${STORM_LEADS.words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\s+$`, 'u');

/**
 * "Hurricane Ian" tagged as a person "Ian" (or the whole as a place): a storm's name, neither actor nor place; so is
 * the name alone elsewhere in the article ("Ian weakened overnight").
 */
function markStorms(text: string, names: RefinedName[]): void {
  const storms = new Set<string>();
  for (const n of names) {
    if (n.type === 'MISC' || n.kind) continue;
    const s = text.slice(n.start, n.end);
    // the lead inside the name: "Typhoon Haiyan"; two words only ("Storm Prediction Center" is an organization)
    const lead = /^(\p{L}+)\s+(\p{Lu}[\p{L}'’-]*)$/u.exec(s);
    if (lead && STORM_LEADS.words.includes(lead[1]!.toLowerCase()) && /^\p{Lu}/u.test(lead[1]!)) storms.add(lead[2]!);
    else if (STORM_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) && !s.includes(' ')) storms.add(s);
    else continue;
    n.type = 'MISC';
  }
  if (storms.size) for (const n of names) if (n.type !== 'MISC' && !n.kind && storms.has(text.slice(n.start, n.end))) n.type = 'MISC';
}

// after the place of a dateline: ", Lebanon", " (Reuters)", then the dash that opens the story
const DATELINE_TAIL = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s+\([^()\n]{1,30}\))?\s+[-–—]\s/u;

// after the place of a date line under a headline: ", Switzerland", then the full date and the line's end ("Geneva, 13
// March 2025", "Port Sudan, March 13, 2025")
const DATE_LINE_TAIL = /^(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?,[ \t]+(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2},?)[ \t]+\d{4}[ \t]*(?:\n|$)/u;

/**
 * "SYDNEY — Heavy rain swept …", "KYIV, Ukraine (AP) — …": a name in capitals opening a line, before the dateline's
 * dash, is the place the story was filed from, whatever the tagger made of it. So is a name in any case opening a line
 * that holds only it and a full date: "Geneva, 13 March 2025" (an organization "Geneva"). A name that is no place stays.
 */
function markDateline(text: string, sentences: Token[][], n: RefinedName): void {
  if (n.type === 'LOC' || sentences[n.sentence]![0]!.start !== n.start) return;
  const s = text.slice(n.start, n.end);
  const after = text.slice(n.end, n.end + 48);
  const capitals = s === s.toUpperCase() && DATELINE_TAIL.test(after);
  if (!capitals && !DATE_LINE_TAIL.test(after)) return;
  // in capitals before the dash, a name the gazetteer holds in any country is the place, also when the bare name
  // resolves to none: "HALIFAX — A storm …" (Halifax, Nova Scotia, and Halifax, England) was an organization
  if (!(capitals ? isPlaceName(s) : lookupPlace(s))) return;
  n.type = 'LOC';
  n.cue = 'place';
}

/**
 * "SYDNEY — Floods cut power …", "TRIPOLI, Libya — Rival militias clashed": the word after a dateline's dash opens the
 * story's first sentence and is capitalised for that alone. One such word tagged as a name is dropped unless the
 * article names it again, or it is a known place, nationality, organization or an acronym ("BEIRUT — Hezbollah said").
 */
function dropDatelineOpeners(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  let drop: Set<RefinedName> | null = null;
  let place: RefinedName | null = null;
  for (const n of names) {
    // the dateline's place: a name in capitals opening its line
    if (n.start === sentences[n.sentence]![0]!.start) {
      const p = text.slice(n.start, n.end);
      place = n.type === 'LOC' && p === p.toUpperCase() ? n : null;
      continue;
    }
    if (!place || place.sentence !== n.sentence) continue;
    const toks = tokensIn(sentences[n.sentence]!, n.start, n.end);
    const s = text.slice(n.start, n.end);
    if (toks.length !== 1 || !isCapWord(s) || !/[-–—]\s+$/u.test(text.slice(Math.max(0, n.start - 3), n.start))) continue;
    if (!DATELINE_TAIL.test(text.slice(place.end, n.start))) continue;
    if (lookupPlace(s) || countryOfDemonym(s) || KNOWN_ORG.has(normName(s))) continue;
    if (names.some((o) => o !== n && text.slice(o.start, o.end) === s)) continue;
    (drop ??= new Set()).add(n);
  }
  return drop ? names.filter((n) => !drop!.has(n)) : names;
}

/** Shortest surname findLoneSurnames looks for: "Xi" of "Xi Jinping" is a given name, and short words are common. */
const MIN_SURNAME = 4;

/**
 * Words that end names of venues, events and things ("PPL Center", "Tinley Park", "Black Friday", "Video Design") and
 * that a tagger may read as a person's surname: written alone, they are never that person.
 */
const GENERIC_NAME_WORDS: WordRule = {
  id: 'name/generic-surname', why: '"Pepsi Center" read as a person must not make every "Center" of the article that person',
  words: [
    'center', 'centre', 'park', 'street', 'avenue', 'road', 'square', 'plaza', 'arena', 'stadium', 'theater', 'theatre',
    'amphitheater', 'amphitheatre', 'pavilion', 'coliseum', 'auditorium', 'ballroom', 'lounge', 'studio', 'studios',
    'festival', 'design', 'media', 'group', 'times', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
    'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
    'december',
  ],
};
const GENERIC_NAME_WORD = new Set(GENERIC_NAME_WORDS.words);
/**
 * compromise tags of a word that is common English, not a surname: a lone "Weeks" opening "Weeks later, …" is the
 * plural of "week", not Timothy Weeks. An unknown word ("Burhan") is read as a singular noun only. Not "Plural" nor
 * "Verb": compromise guesses them from the ending of an unknown name ("Seles", "Keating").
 */
const COMMON_WORD_TAGS = ['Date', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Value', 'Modal', 'Copula', 'PastTense'];

/**
 * "Timothy Weeks was freed. Weeks later, he spoke.": the tagger may read a common word that opens its sentence as the
 * surname of a person the article names in full. Such a one-word person is dropped when the word is common English
 * (COMMON_WORD_TAGS) and the word after it is no verb: "Weeks said" stays the person, "Weeks later" is a time. A
 * generic word (GENERIC_NAME_WORDS) alone is dropped wherever it stands.
 * Not merged with the one-word filter at the end of refineNames (isCommonWordPerson), which differs on purpose: that
 * one drops a one-word person that is a lexicon word or an adverb of one anywhere ("Swift intervention will help",
 * "Generally speaking") but keeps a word of another of the article's names ("Taylor Swift … Swift said"), the very
 * case this one judges, in context.
 */
function dropCommonOpeners(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const surnames = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PER') continue;
    const ws = text.slice(n.start, n.end).split(/\s+/);
    if (ws.length > 1) surnames.add(ws[ws.length - 1]!);
  }
  const suspects: { n: RefinedName; next: Token }[] = [];
  const drop = new Set<RefinedName>();
  for (const n of names) {
    if (n.type !== 'PER' || !surnames.has(text.slice(n.start, n.end))) continue;
    // a generic word alone is never the person: "Residents cleaned the Park" after "Lena Park"
    if (GENERIC_NAME_WORD.has(text.slice(n.start, n.end).toLowerCase())) { drop.add(n); continue; }
    const toks = sentences[n.sentence]!;
    const first = toks.findIndex((x) => /\p{L}/u.test(x.text));
    const next = toks[first + 1];
    if (first < 0 || toks[first]!.start !== n.start || toks[first]!.end !== n.end || !next || !/^\p{Ll}/u.test(next.text)) continue;
    suspects.push({ n, next });
  }
  const tagged = suspects.length ? tagPieces(suspects.map(({ n, next }) => ({ text: `${text.slice(n.start, n.end).toLowerCase()} ${next.text}`, offset: n.start }))) : [];
  suspects.forEach(({ n }, i) => {
    const [word, after] = tagged[i] ?? [];
    if (word && after && COMMON_WORD_TAGS.some((tag) => word.tags.has(tag)) && !isVerbTerm(after)) drop.add(n);
  });
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

/**
 * "Army chief Abdel Fattah al-Burhan vowed to fight on. Burhan spoke in Port Sudan.": the surname of a person named
 * in full, written alone where the tagger found no name, is that person. Left alone: surnames the article also writes
 * in lower case ("Mark Young" … "young people"), that the gazetteer knows as places, that end an organization or a
 * place, generic words (GENERIC_NAME_WORDS), a word inside another capitalised run ("PPL Center") and a common word
 * capitalised only because it opens its sentence ("Weeks later" after "Timothy Weeks").
 */
function findLoneSurnames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const surnames = new Set<string>();
  const otherEnds = new Set<string>();
  for (const n of names) {
    const ws = text.slice(n.start, n.end).split(/\s+/);
    if (n.type !== 'PER') { otherEnds.add(ws[ws.length - 1]!); continue; }
    if (ws.length < 2) continue;
    const last = ws[ws.length - 1]!.replace(/^(?:al|el)-/u, '');
    if (last.length >= MIN_SURNAME && isCapWord(last) && !GENERIC_NAME_WORD.has(last.toLowerCase())) surnames.add(last);
  }
  for (const w of otherEnds) surnames.delete(w);
  if (!surnames.size) return [];
  // "Ekrem İmamoğlu … Imamoglu denied", "Recep Tayyip Erdogan … Erdoğan said": the surname written with or without its
  // accents (name-fold.ts); a word is folded only when it or a surname has a letter outside ASCII
  const otherFolds = new Set([...otherEnds].map(foldName));
  const folded = new Set([...surnames].map(foldName).filter((w) => !otherFolds.has(w)));
  const anyAccented = [...surnames].some(hasNonAscii);
  const isSurname = (w: string) => surnames.has(w) || ((anyAccented || hasNonAscii(w)) && isCapWord(w) && folded.has(foldName(w)));
  const named = new SpanIndex(names);
  const out: RefinedName[] = [];
  const openers: RefinedName[] = [];
  const towns: { n: RefinedName; next: Token }[] = [];
  let lowerSeen: Set<string> | null = null;
  sentences.forEach((toks, si) => {
    const first = toks.findIndex((x) => /\p{L}/u.test(x.text));
    toks.forEach((t, i) => {
      if (!isSurname(t.text) || named.overlaps(t.start, t.end)) return;
      lowerSeen ??= lowerWordsOf(sentences);
      if (lowerSeen.has(t.text.toLowerCase())) return;
      // a town's name is the surname when it is a small town and a verb follows (checked below): "Ekrem İmamoğlu …
      // Imamoglu denied wrongdoing" (İmamoğlu, Adana, 32,000 people), as in findLonePeople; "Jordan", "Paris" stay places
      let town = false;
      if (isPlaceName(t.text)) {
        const place = lookupPlace(t.text);
        if (!place || place.kind !== 'city' || place.population > MAX_LONE_PERSON_TOWN) return;
        // … or a person's apposition follows: "Imamoglu, the most prominent rival of President Erdogan, denied"
        const after = text.slice(t.end, t.end + 48);
        const next = toks[i + 1];
        if (!ROLE_APPOSITION.test(after) && !PERSON_APPOSITION.test(after)) {
          if (!next || !/^\p{Ll}+$/u.test(next.text)) return;
          town = true;
        }
      }
      // part of another capitalised run: "PPL Center", "Center Stage" (a title before it is no run: "Gen. Burhan")
      const prev = i > first ? toks[i - 1] : undefined;
      const next = toks[i + 1];
      if (prev && prev.end + 1 >= t.start && isCapWord(prev.text) && !TITLE.has(prev.text.toLowerCase().replace(/\.$/, ''))) return;
      if (next && t.end + 1 >= next.start && isCapWord(next.text)) return;
      const n: RefinedName = { start: t.start, end: t.end, type: 'PER', kind: null, sentence: si };
      if (town) towns.push({ n, next: toks[i + 1]! });
      else (i === first ? openers : out).push(n);
    });
  });
  if (towns.length) {
    const tagged = tagPieces(towns.map(({ n, next }) => ({ text: `${text.slice(n.start, n.end)} ${next.text}`, offset: n.start })));
    towns.forEach(({ n }, i) => {
      const after = tagged[i]?.[1];
      if (after && isVerbTerm(after)) out.push(n);
    });
    out.sort((a, b) => a.start - b.start);
  }
  if (openers.length) {
    const tagged = tagPieces(openers.map((n) => ({ text: text.slice(n.start, n.end).toLowerCase(), offset: n.start })));
    openers.forEach((n, i) => {
      const tags = tagged[i]?.[0]?.tags;
      if (!tags || !COMMON_WORD_TAGS.some((tag) => tags.has(tag))) out.push(n);
    });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const LONE_PERSON_AFTER = new RegExp(`^[ \\t]+(?:${[...LONE_PERSON_VERBS.words].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})\\b`, 'u');
const LONE_POSSESSION_AFTER = new RegExp(`^['’]s[ \\t]+(?:${[...LONE_PERSON_POSSESSIONS.words].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})\\b`, 'u');
const LONE_FRONTED_LEAD = wordSet(LONE_PERSON_FRONTED_LEADS);
const LONE_LEADER = wordSet(LONE_LEADER_SURNAMES);
// a speech verb right after a leader's lone surname: "Trump said", "Putin told", "Macron has said"; or a leader's act
// in politics, which news writes of a leader as often as speech: "Zelensky called on allies to speed up deliveries"
// gave no actor at all ("called on", "urged" alone say no person: "NATO called on", "Hamas urged" are bodies; here
// the word is a leader's surname already)
const LONE_SPEECH_AFTER = /^[ \t]+(?:(?:has|had|also|later|again|then)[ \t]+)?(?:said|says|told|added|wrote|posted|announced|warned|insisted|claimed|declared|stated|called[ \t]+(?:on|for)|calls[ \t]+(?:on|for)|urged|urges|appealed|vowed|pledged|promised|thanked|accused|condemned|praised|demanded|welcomed|rejected|dismissed|threatened|signed|visited|met)\b/u;
const LONE_COMMON_OPENER = wordSet(LONE_COMMON_OPENERS);
const LONE_CUT_BEFORE = /[)\]][ \t]*$/u;
const LONE_ITS_AFTER = /^[ \t]+(?:that[ \t]+)?its\b/u;
/** Tokens a fronted phrase may span before its comma: "In Paris," is 2, "At the end of the summit," 6. */
const MAX_LONE_FRONTED_TOKENS = 7;
/**
 * A lone word the gazetteer knows as a town is still a person's surname when a person's verb follows, up to this
 * many inhabitants ("In Istanbul, Imamoglu was detained": İmamoğlu, Adana, 32,000; "In Ottawa, Carney is expected":
 * Carney, Maryland, 30,000). A bigger place that "said" or "is expected to" is its government: "Moscow said", "Kyiv
 * has said", "Washington is expected to respond".
 */
const MAX_LONE_PERSON_TOWN = 100_000;
// compromise's tags of a common word that opens a clause as its subject: "Rain is expected in Washington", "Residents said"
const LONE_COMMON_TAGS = [...COMMON_WORD_TAGS, 'Verb', 'Plural'];

// "the Sheinbaum government", "the Biden administration": a government named after the leader who heads it
const LEADER_GOVERNMENT_AFTER = /^[ \t]+(?:government|administration|cabinet|regime)(?![\p{L}-])/u;

/**
 * "Mexico will send troops, the Sheinbaum government said" (an organization "Sheinbaum"), "The Biden administration
 * said" (no actor: the tagger's MISC): a leader's lone surname (LONE_LEADER_SURNAMES) before "government",
 * "administration", "cabinet" or "regime" is the person whose government it is, not a body of that name. A surname
 * the list lacks stays as tagged ("the Rocha government"), since parties name governments as well ("the Likud
 * government", "the Fidesz government").
 */
function retypeLeaderGovernments(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if ((n.type !== 'ORG' && n.type !== 'MISC') || n.kind || n.office || n.end <= n.start) continue;
    const s = text.slice(n.start, n.end);
    if (!isCapWord(s) || /\s/u.test(s) || !LONE_LEADER.has(s.toLowerCase()) || KNOWN_ORG.has(normName(s))) continue;
    if (LEADER_GOVERNMENT_AFTER.test(text.slice(n.end, n.end + 16))) n.type = 'PER';
  }
}

/**
 * "Scholz is expected in Washington on Monday.", "Tusk, the prime minister, said …", "In Istanbul, Imamoglu was
 * detained by police.", "In Paris, Macron has said he will stay.": world-news round-ups name leaders by surname
 * alone, as the subject that opens a sentence or follows a fronted phrase ("In Paris, ", "On Monday, "). The tagger
 * leaves such a word untagged or calls it a place, and the list rule made "Istanbul, Imamoglu" two places. The word
 * is a person when a person's verb (LONE_PERSON_VERBS, PERSON_ACTS), a role or a person's noun in apposition (", the
 * prime minister,", ", who took office") or a person's possession ("'s spokesman": LONE_PERSON_POSSESSIONS) follows,
 * and it is no common word (the article writes it in lower case, the tagger's weights read it as no name, compromise
 * reads it as a verb, a plural or a function word, or LONE_COMMON_OPENERS: "Police said", "Rain is expected", "Others
 * said"), no title, nationality, country, known organization or city of more than MAX_LONE_PERSON_TOWN people
 * ("Moscow said"). Place evidence keeps a place: "In Kharkiv, Saltivka was shelled", "In Paris, Montmartre's streets"
 * have no such cue. The tagger's organizations stay ("Hamas said").
 */
function findLonePeople(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const found: { start: number; end: number; si: number; n: RefinedName | null; leader: boolean }[] = [];
  const named = new SpanIndex(names);
  let lowerSeen: Set<string> | null = null;
  let model: ReturnType<typeof loadModel> | null = null;
  sentences.forEach((toks, si) => {
    const first = toks.findIndex((x) => /\p{L}/u.test(x.text));
    if (first < 0 || toks.length < 3 || isAllCaps(toks)) return;
    const slots = [first];
    if (LONE_FRONTED_LEAD.has(lowersOf(toks)[first]!)) {
      for (let k = first + 2; k < toks.length - 1 && k <= first + MAX_LONE_FRONTED_TOKENS; k++) if (toks[k]!.text === ',') { slots.push(k + 1); break; }
    }
    for (const i of slots) {
      const t = toks[i]!;
      if (!isCapWord(t.text) || t.text.length < 3 || !/^\p{L}+$/u.test(t.text)) continue;
      // a sentence the splitter cut after a bracket goes on a name: "(Alan J.P.) Taylor died" is no lone opener
      if (i === first && LONE_CUT_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
      const after = text.slice(t.end, t.end + 48);
      const verb = LONE_PERSON_AFTER.exec(after);
      // "Nvidia said its sales rose": "its" after the verb speaks of a body's own things, never of a person's
      if (verb && LONE_ITS_AFTER.test(after.slice(verb[0].length))) continue;
      const w = t.text.toLowerCase();
      // "Trump said the war must end.": a leader's surname that speaks (LONE_LEADER_SURNAMES)
      const leader = LONE_LEADER.has(w) && LONE_SPEECH_AFTER.test(after);
      // (not PERSON_ACT_AFTER: "Pemex pleaded guilty", "Binance was charged" are bodies as often as people)
      if (!verb && !leader && !ROLE_APPOSITION.test(after) && !PERSON_APPOSITION.test(after) && !LONE_POSSESSION_AFTER.test(after)) continue;
      if (FUNCTION_WORD.has(w) || NOT_OPENING_NAME.has(w) || TITLE.has(w) || ORG_HEAD.has(w) || DATE_WORD.has(w) || GENERIC_NAME_WORD.has(w) ||
        COMMON_SUBJECT.has(w) || LONE_COMMON_OPENER.has(w) || LONE_FRONTED_LEAD.has(w) || KNOWN_ORG.has(normName(t.text)) ||
        countryOfDemonym(t.text) || countryOfName(t.text)) continue;
      const place = lookupPlace(t.text);
      if (place && (place.kind !== 'city' || place.population > MAX_LONE_PERSON_TOWN)) continue;
      // the tagger's place of exactly this word is retyped; any other name over it stays ("Hamas said", "Mr Tusk")
      let n: RefinedName | null = null;
      if (named.overlaps(t.start, t.end)) {
        n = names.find((m) => m.start === t.start && m.end === t.end) ?? null;
        if (!n || n.type !== 'LOC' || n.kind || n.cue || n.office) continue;
      }
      lowerSeen ??= lowerWordsOf(sentences);
      model ??= loadModel();
      if (!leader && (lowerSeen.has(w) || isOutsideWord(model, t.text))) continue;
      found.push({ start: t.start, end: t.end, si, n, leader });
    }
  });
  if (!found.length) return names;
  // the article's other mentions of the word decide first: "Alphabet, the parent company of Google … Google said"
  // is no person; an organization's word that speaks is that organization ("Apple Inc. … Apple said" stays a company)
  const others = new Map<string, NameSpan['type']>();
  const retyped = new Set(found.map((f) => f.n));
  for (const m of names) if (m.type !== 'PER' && !retyped.has(m)) others.set(text.slice(m.start, m.end), m.type);
  const tagged = tagPieces(found.map((f) => ({ text: text.slice(f.start, f.end).toLowerCase(), offset: f.start })));
  const added: RefinedName[] = [];
  found.forEach((f, k) => {
    const tags = tagged[k]?.[0]?.tags;
    if (!f.leader && (!tags || LONE_COMMON_TAGS.some((tag) => tags.has(tag)))) return;
    const other = others.get(text.slice(f.start, f.end));
    if (other !== undefined && other !== 'ORG') return;
    const type = other ?? 'PER';
    if (f.n) f.n.type = type;
    else added.push({ start: f.start, end: f.end, type, kind: null, sentence: f.si });
  });
  return added.length ? names.concat(added).sort((a, b) => a.start - b.start) : names;
}

/** People of a city whose name before "regime" stands for its government: capitals and large cities ("Kiev", "Tehran"). */
const REGIME_CITY_MIN_POPULATION = 500_000;

/**
 * "the Asad regime" (an organization) names Asad, a person: the name part becomes a person mention of its own,
 * nested in the organization's. So does "the regime of Assad". Countries and nationalities are not people.
 */
function findPeopleInOrgNames(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  // "the Kiev regime", "the Damascus regime": a large city names the government seated there, no man
  const isCity = (s: string) => (lookupPlace(s)?.population ?? 0) >= REGIME_CITY_MIN_POPULATION;
  const isPersonName = (s: string) => /^\p{Lu}/u.test(s) && !countryOfName(s) && !countryOfDemonym(s) && !KNOWN_ORG.has(normName(s)) && !isCity(s) &&
    s.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w));
  for (const n of names) {
    if (n.type === 'ORG') {
      const m = PERSON_ORG_TAIL.exec(text.slice(n.start, n.end));
      // "Asad’s brutal regime" is no name part; the possessive ends it
      const part = m?.[1]!.replace(/['’]s$/u, '');
      if (part && isPersonName(part)) out.push({ start: n.start, end: n.start + part.length, type: 'PER', kind: null, sentence: n.sentence });
    } else if (n.type !== 'PER' && !n.kind && !n.cue && PERSON_ORG_TAIL_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) &&
      isPersonName(text.slice(n.start, n.end))) {
      n.type = 'PER';
    }
  }
  // the man the regime is named after is a person wherever the article names him alone: "the Asad dictatorship"
  const people = new Set(out.map((n) => text.slice(n.start, n.end)));
  for (const n of names) if (n.type !== 'PER' && !n.kind && !n.cue && people.has(text.slice(n.start, n.end))) n.type = 'PER';
  return out;
}

/**
 * An acronym written in the article ("HRW said") spells the initials of a capitalised run elsewhere in it ("Human
 * Rights Watch"): the run is one organization, whatever the tagger made of it, and the acronym is that organization.
 * Countries ("US" / "United States") and places are left alone; headline and all-capitals lines are not searched.
 */
/** "Asia-Pacific" → "AP", "Co-operation" → "C": the initials of a hyphenated word's capitalised parts. */
function hyphenInitials(w: string): string {
  let out = '';
  for (const part of w.split('-')) if (UPPER_START.test(part)) out += part[0];
  return out || w[0]!;
}

/** A capitalised word and a comma right before a word: the city a state's abbreviation qualifies ("Washington, "). */
const CITY_COMMA_BEFORE = /\p{Lu}[\p{L}.'’-]*,[ \t]*$/u;

function linkAcronymsToNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const acronyms = new Map<string, { si: number; t: Token }[]>();
  const running = sentences.map((toks) => !isAllCaps(toks) && !isTitleCase(toks));
  sentences.forEach((toks, si) => {
    if (!running[si]) return;
    for (const t of toks) {
      if (!isAcronym(t.text) || countryOfName(t.text) || SHORT_WORD.has(t.text.toLowerCase())) continue;
      // "(Washington, DC) – …", "Austin, TX": a state's abbreviation after its city spells no one's initials (it made
      // "Diosdado Cabello", named further down, an organization "DC")
      if (divisionNamesOf(t.text).length && CITY_COMMA_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
      const list = acronyms.get(t.text);
      if (list) list.push({ si, t });
      else if (acronyms.size < MAX_ACRONYMS) acronyms.set(t.text, [{ si, t }]);
    }
  });
  if (!acronyms.size) return names;
  const cap = (t: Token | undefined) => !!t && isCapWord(t.text);
  const found = new Map<string, { si: number; start: number; end: number }>();
  // runs are only tried from a letter some acronym starts with, and no longer than the longest acronym
  const firsts = new Set([...acronyms.keys()].map((a) => a[0]!));
  const longest = Math.max(...[...acronyms.keys()].map((a) => a.length));
  sentences.forEach((toks, si) => {
    if (!running[si]) return;
    const low = lowersOf(toks);
    for (let i = 0; i < toks.length; i++) {
      if (!firsts.has(toks[i]!.text[0]!) || !cap(toks[i]) || FUNCTION_WORD.has(low[i]!)) continue;
      let content = '';
      let all = '';
      for (let j = i; j < toks.length && j - i < MAX_ACRONYM_RUN && content.length <= longest; j++) {
        const t = toks[j]!;
        // "the Democratic Unionist party (DUP)": a lower-case head ends the run and gives its initial
        if (j > i + 1 && LOWER_ORG_HEAD_WORD.has(low[j - 1]!) && toks[j - 1]!.text === low[j - 1]) break;
        const lowerHead = j > i && LOWER_ORG_HEAD_WORD.has(low[j]!) && t.text === low[j];
        const link = !lowerHead && LINK_WORD.has(low[j]!);
        if (!cap(t) && !link && !lowerHead) break;
        // a hyphenated name gives each capitalised part's initial: "Asia-Pacific Economic Cooperation (APEC)"
        const ini = lowerHead ? t.text[0]!.toUpperCase() : t.text.includes('-') && !link ? hyphenInitials(t.text) : t.text[0]!;
        all += ini.toUpperCase();
        if (!link) content += ini;
        if (link || j === i) continue;
        const acr = acronyms.has(content) ? content : acronyms.has(all) ? all : null;
        if (!acr || found.has(acr)) continue;
        const start = toks[i]!.start;
        const end = t.end;
        if (lookupPlace(text.slice(start, end))) continue;
        found.set(acr, { si, start, end });
      }
    }
  });
  if (!found.size) return names;
  let out = names;
  const linked: string[] = [];
  for (const [acr, run] of found) {
    // a name reaching out of the run (a person "Rights Watch Smith") means the run is no name of its own
    if (out.some((n) => n.start < run.end && n.end > run.start && (n.start < run.start || n.end > run.end))) continue;
    out = out.filter((n) => n.end <= run.start || n.start >= run.end);
    out.push({ start: run.start, end: run.end, type: 'ORG', kind: null, sentence: run.si });
    linked.push(acr);
  }
  // each written acronym of a linked run is that organization: the name on it retyped, or a new one
  const exact = new Map(out.map((n) => [`${n.start}:${n.end}`, n]));
  const named = new SpanIndex(out);
  for (const acr of linked) {
    for (const { si, t } of acronyms.get(acr)!) {
      const n = exact.get(`${t.start}:${t.end}`);
      if (n) n.type = 'ORG';
      else if (!named.overlaps(t.start, t.end)) out.push({ start: t.start, end: t.end, type: 'ORG', kind: null, sentence: si });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const GROUP_PLURAL = wordSet(GROUP_PLURALS);
const PLURAL_S = /^(\p{Lu}\p{Ll}+)s$/u;
/**
 * A plural word for a group of people, no person: a religion's followers or a people ("Muslims", "Kurds":
 * GROUP_PLURALS), the plural of a group adjective ("Druzes") or of a demonym the gazetteer knows ("Israelis",
 * "Germans", "Americans").
 */
function isGroupPlural(s: string): boolean {
  if (GROUP_PLURAL.has(s.toLowerCase())) return true;
  const m = PLURAL_S.exec(s);
  return !!m && (GROUP_ADJECTIVE.has(m[1]!.toLowerCase()) || !!countryOfDemonym(m[1]!));
}

/** Adverbs of degree before a people's or a religion's adjective: "the mainly Muslim North Caucasus". */
const DEGREE_BEFORE_GROUP = /\b(?:mainly|mostly|predominantly|largely|overwhelmingly|majority|heavily|chiefly)\s+$/iu;

/**
 * A religion's or a people's adjective after an adverb of degree describes the name after it, and is no word of it:
 * "attacks in the mainly Muslim North Caucasus" made a person "Muslim North Caucasus"; the name is "North Caucasus",
 * and a person's type becomes a place's (no person is "mainly Muslim"). "the mainly Kurdish Syrian Democratic Forces"
 * keeps its organization's type.
 */
function trimDescribedNames(text: string, names: RefinedName[]): void {
  for (const n of names) {
    const m = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(text.slice(n.start, n.end));
    if (!m || !(GROUP_ADJECTIVE.has(m[1]!.toLowerCase()) || countryOfDemonym(m[1]!)) || !DEGREE_BEFORE_GROUP.test(text.slice(Math.max(0, n.start - 16), n.start))) continue;
    n.start += m[0].length;
    if (n.type === 'PER') n.type = 'LOC';
  }
}

/**
 * Last corrections from what the words are, whatever the tagger and votes said: a bare nationality ("the Jordanian
 * city of Ramtha") is no place, a plural group word ("radical Muslims") no person; a country or world region alone ("Minister for Central Asia") is a place, not an
 * organization; an organization word alone ("the Marines", "Air Force") is no person.
 */
function fixTypesByWords(text: string, names: RefinedName[]): void {
  let surnames: Set<string> | null = null;
  let shipEnd = -2; // the end of the last ship's name: "Galaxy" then "Leader" of "the Galaxy Leader"
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    const ws = words(s);
    const last = ws[ws.length - 1]!;
    const first = ws[0]!.replace(/\.$/, '');
    if (MONTH_ABBREVIATION.test(s) || THING_ACRONYM.has(ws.join(' ')) || (ws.length === 1 && (GROUP_ADJECTIVE.has(first) || (n.type === 'PER' && isGroupPlural(s))))) n.type = 'MISC';
    // a document ("Geneva Communique", "Cessation of Hostilities"), a feast ("Ramadan", "Eid al-Adha"), a lone letter
    else if ((ws.length > 1 && (DOCUMENT_HEAD.has(last) || (DOCUMENT_LEAD.has(first) && ws[1] === 'of'))) || CALENDAR.has(first) ||
      // "Black Friday sales" tagged as a person "Black"
      (CALENDAR_PHRASE.lastIndex = n.start, CALENDAR_PHRASE.test(text)) ||
      /^\p{Lu}\.?$/u.test(s)) n.type = 'MISC';
    // "USS Mahan", "FS Forbin": a ship; the prefix may sit just before the name the tagger found. A ship's prefix is
    // written in capitals: "Ms Jones said" (no dot, UK style) is a woman, "MS Estonia" a ship
    else if (isShipPrefix(s.split(/\s+/)[0]!) || isShipPrefix(/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, n.start - 6), n.start))?.[1] ?? '')) n.type = 'MISC';
    // "the bulk carrier Rubymar", "one vessel, the Galaxy Leader" (the tagger's "Galaxy" and "Leader" both): a ship;
    // not a country, a people or a known group ("the ship Israel seized", "a tanker Houthi forces attacked")
    else if ((VESSEL_BEFORE.test(text.slice(Math.max(0, n.start - 32), n.start)) || (shipEnd === n.start - 1 && text[n.start - 1] === ' ') ||
      VESSEL_APPOSITION.test(text.slice(n.end, n.end + 60))) &&
      !KNOWN_ORG.has(normName(s)) && !countryOfName(s) && !countryOfDemonym(ws.length === 1 ? s : '') && !GROUP_ADJECTIVE.has(first)) {
      n.type = 'MISC';
      shipEnd = n.end;
    }
    else if (n.type === 'LOC' && ws.length === 1 && !n.kind && countryOfDemonym(s) && !countryOfName(s) && !lookupPlace(s)) n.type = 'MISC';
    else if (n.type === 'ORG' && !KNOWN_ORG.has(normName(s)) && isCountryOrRegion(s)) n.type = 'LOC';
    // "the premier of New South Wales", "floods in Queensland": a state after a preposition is the place; "New South
    // Wales beat Victoria" (a sports side) stays an organization
    else if (n.type === 'ORG' && REGION_PREPOSITION.test(text.slice(Math.max(0, n.start - 12), n.start)) && !KNOWN_ORG.has(normName(s)) && isRegionName(s)) n.type = 'LOC';
    // … unless it is the surname of a person the article names, as the tagger read it: "Peter Fund, a retired teacher,
    // told the paper … Fund said" ("The Fund expects growth" after "the" stays the body)
    else if (n.type !== 'ORG' && /^\p{Lu}\p{Ll}/u.test(s) && ORG_HEAD.has(ws.join(' ')) &&
      !(n.type === 'PER' && (surnames ??= personSurnames(text, names)).has(s) && !OFFICE_DETERMINER.has(wordBefore(text, n.start)))) n.type = 'ORG';
    else if (n.type !== 'LOC' && !n.kind && PLACE_APPOSITION.test(text.slice(n.end, n.end + 48))) { n.type = 'LOC'; n.cue = 'place'; }
    // "Viv Ansanm gangs attacked the town": a name before a noun of a body's members is the body, whatever its first word
    // ("Viv" is a given name); a person's title before it says a person ("President X's party" has a possessive)
    else if (n.type === 'PER' && !n.kind && !n.cue && ORG_MEMBER_AFTER.test(text.slice(n.end, n.end + 24)) && !titleBefore(text, n.start)) n.type = 'ORG';
    // "Fishermen in Las Croabas said", "fighting in Cite Soleil": a name that opens with a place's lead word
    // (PLACE_NAME_LEAD) right after a place's preposition is a place, unless a body's head ends it ("in the Los Angeles
    // Times"); gangs take such names too, so the preposition is needed ("rival gangs, Los Lobos and Los Choneros",
    // "Las Águilas denied", "members of Los Zetas" stay organizations)
    else if (!n.kind && (n.type === 'PER' || n.type === 'ORG') && ws.length > 1 && PLACE_NAME_LEAD.has(first.toLowerCase()) && !KNOWN_ORG.has(normName(s)) &&
      LEAD_PLACE_PREPOSITION.test(text.slice(Math.max(0, n.start - 12), n.start)) &&
      !ws.some((w) => { const l = w.toLowerCase(); return ORG_HEAD.has(l) || INSTITUTION_HEAD.has(l) || COMPANY_HEAD.has(l); })) n.type = 'LOC';
    // "Gassco, the state-owned operator of the pipeline network, said", "Vexora, a Swedish battery maker, said": a
    // description whose head is a company's or a body's (BODY_APPOSITION_HEADS, anyName) makes a one-word name that body
    // (a name of two or three words too, unless it opens with a given name: "Cabo Ligado, a conflict monitor", not
    // "Anna Berg, a battery maker")
    else if (n.type !== 'ORG' && (ws.length === 1 || (ws.length <= 3 && !isGivenName(first))) && !n.kind && ORG_APPOSITION.test(text.slice(n.end, n.end + 64)) &&
      !lookupPlace(s) && !countryOfDemonym(s)) n.type = 'ORG';
    // "Iraqi security forces", "U.S. 5th Fleet": a name ending in an organization word is no place
    else if (n.type === 'LOC' && ws.length > 1 && !n.kind && !n.cue && ORG_HEAD.has(last) && !lookupPlace(s)) n.type = 'ORG';
    // "Col. David C. Lyons": a title opens a person's name, not a place's ("Major League Baseball" is no place either)
    // a title of two words too: "the rulings of High Representative Christian Schmidt" was a place
    else if (n.type === 'LOC' && ws.length > 1 && (TITLE.has(first) || (ws.length > 2 && TITLE.has(`${first} ${ws[1]}`))) && /^\p{Lu}/u.test(s) && ws.slice(1).every((w, i) => /^\p{Lu}/u.test(s.split(/\s+/)[i + 1]!)) &&
      !ORG_HEAD.has(last) && !lookupPlace(s)) n.type = 'PER';
    // a title alone ("Brig.", "The President said", "Chief Executive Officer of Harlow Foods") is no name; findOffices
    // takes "the President" as an office
    else if ((ws.length === 1 && TITLE.has(first)) || (ws.length > 1 && TITLE.has(ws.join(' ')))) n.type = 'MISC';
    // a name ending in a shortened title, its dot and the next name after it, is the title's words and what the tagger
    // took before them: "IDF spokesperson Rear Adm. Daniel Hagari" (the tagger's "Rear Adm."), "Chief of Staff Lt. Gen.
    // Herzl Halevi" ("Staff Lt") were organizations. The person after it is the name; "Gen." is no body's last word
    else if (ws.length > 1 && TITLE.has(last.replace(/\.$/, '')) && ABBREVIATED_TITLE_AFTER.test(text.slice(n.end - 1, n.end + 3))) n.type = 'MISC';
  }
}

/** The dot of a shortened title, then a capitalised word: "Adm.| D", "Lt|. G" (read from the name's last letter). */
const ABBREVIATED_TITLE_AFTER = /^\p{L}?\.\s\p{Lu}/u;

/**
 * A lone word the tagger calls a place, which no gazetteer knows, is a person when the article names a person of that
 * surname ("Ambassador Gordon Sondland … didn't always follow through on suggestions from Sondland", "thousands killed
 * at the hands of Bashar al-Assad … fled Assad") or a person's title stands right before it ("President Obama told
 * the U.N.", even though Obama is a town in Japan).
 */
/**
 * Whether a capitalised person's title stands right before pos: "President Obama", "Sen. Cruz", "Mr Tan" (TITLE, read
 * with wordBefore as elsewhere here); not "the president's Obama era".
 */
/**
 * Titles that are adjectives too, opening bodies' names: "the General Coordination", "the General Secretariat", "the
 * Chief Directorate". After "the", with a word of the language after them, they name a body, not a rank.
 */
const ADJECTIVE_TITLES = new Set(['general', 'chief', 'major']);
/** Whether the title before `pos` is such an adjective after "the": "the General [Coordination]". */
function isAdjectiveTitleOfBody(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  if (!ADJECTIVE_TITLES.has(w)) return false;
  let e = pos;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  return wordBefore(text, e - w.length) === 'the';
}
function titleBefore(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  if (!w || !TITLE.has(w)) return false;
  let e = pos;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  if (text[e - 1] === '.') e--;
  return /\p{Lu}/u.test(text[e - w.length] ?? '');
}
function retypeSurnamePlaces(text: string, names: RefinedName[]): void {
  let surnames: Set<string> | undefined;
  const lone = names.filter((n) => n.type === 'LOC' && !n.kind && !n.cueKind && ONE_CAP_WORD.test(text.slice(n.start, n.end)));
  if (!lone.length) return;
  // the words a title makes a person anywhere in the article: every other mention of them is that person too ("President
  // Obama told the U.N. … leaders stand up to Obama")
  const titled = new Set<string>();
  for (const n of lone) if (titleBefore(text, n.start)) titled.add(text.slice(n.start, n.end));
  for (const n of lone) {
    const s = text.slice(n.start, n.end);
    // a title tells whatever town shares the name ("President Obama": Obama, Japan), not a country or division's
    const e = lookupPlace(s);
    if (e ? e.kind === 'city' && titled.has(s) : titled.has(s) || (surnames ??= personSurnames(text, names)).has(s)) n.type = 'PER';
  }
}

/** The last words of the people of two words or more the article names: "Peter Fund" → "Fund". */
function personSurnames(text: string, names: RefinedName[]): Set<string> {
  const out = new Set<string>();
  for (const p of names) {
    if (p.type !== 'PER') continue;
    const s = text.slice(p.start, p.end);
    const sp = s.lastIndexOf(' ');
    if (sp > 0) out.add(s.slice(sp + 1));
  }
  return out;
}

const PLACE_ADJECTIVE_WORDS = PLACE_ADJECTIVES.words.join('|');
const PLACE_ADJECTIVE = wordSet(PLACE_ADJECTIVES);
// a preposition of place right before a city, a describing word between them: "arrived in Paris", "flooding across
// Brisbane", "an air base in occupied Crimea", "a cafe in central Kyiv"
const CITY_PREPOSITION = new RegExp(`\\b(?:in|near|across|throughout|around|outside|inside|into)\\s+(?:(?:${PLACE_ADJECTIVE_WORDS})\\s+)?$`, 'u');
// a describing word alone, also opening the sentence: "occupied Crimea", "Central Beirut was hit"
const PLACE_ADJECTIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${PLACE_ADJECTIVE_WORDS})\\s+$`, 'iu');
// "near Acapulco", "around Parachinar", "fled to Qamishli": a place whatever the gazetteer knows
const SURE_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${SURE_PLACE_PREPOSITIONS.words.join('|')})\\s+(?:(?:${PLACE_ADJECTIVE_WORDS})\\s+)?|` +
  `(?:${MOTION_VERBS.words.join('|')})\\s+(?:to|into|towards|toward)\\s+)$`, 'iu');
// local copy: "Jaylen Moore, 19, of Cincinnati," (a person's age, then where they live), "a 19-year-old Auburn man"
const AGE_OF_BEFORE = /[^\s,],[ \t]+\d{1,3},[ \t]+of[ \t]+$/u;
// with no age, "Tyler Grant, of Auburn, was charged": a name the gazetteer holds, set off by commas after "of"
const OF_APPOSITION_BEFORE = /\p{L}[.]?,[ \t]+of[ \t]+$/u;
const APPOSITION_CLOSE_AFTER = /^[ \t]*[,.;]/u;
const AGED_BEFORE = /(?:^|[^\p{L}\p{N}-])\d{1,3}-year-old[ \t]+$/u;
const RESIDENT_AFTER = new RegExp(`^[ \t]+(?:${RESIDENT_NOUNS.words.join('|')})(?![\\p{L}-])`, 'u');
// "Cincinnati police said", "Dayton firefighters": a town's public body in lower case after the town
const TOWN_BODY_AFTER = new RegExp(`^[ \t]+(?:${TOWN_BODY_NOUNS.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}-])`, 'u');
// "Hebron's old city", "Dagestan's capital"
const PLACE_POSSESSION_AFTER = new RegExp(`^['’]s\\s+(?:${PLACE_POSSESSIONS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b(?!['’])`, 'u');
// "Wad Madani, the capital of Gezira state"; not "Smith, the capital's mayor"
const PLACE_APPOSITION_AFTER = new RegExp(`^,\\s+(?:the\\s+)?(?:${PLACE_APPOSITIONS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b(?!['’])`, 'u');
// "the Uttar Pradesh state government", "Shan state": a division's name before the lower-case word
const STATE_AFTER = /^\s+state\b/u;
// "Somalia's Puntland said", "in Pakistan's restive Balochistan": a country's possessive, up to two lower-case words
// between, before a region's name; group 1 is the country's name (checked against the region's country)
const COUNTRY_OWNER_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}.-]*(?:[ \t]\p{Lu}[\p{L}.-]*){0,2})['’]s[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}$/u;
/** Whether `before` ends on the possessive of the country that holds the region `p`: "Somalia's Puntland". */
function isOwnedByItsCountry(before: string, p: GazetteerEntry | null): boolean {
  if (p?.kind !== 'region' || !p.country) return false;
  const m = COUNTRY_OWNER_BEFORE.exec(before);
  return !!m && countryOfName(m[1]!) === p.country;
}
// "outside Air France headquarters"
const PREMISES_AFTER = new RegExp(`^\\s+(?:${PREMISES_NOUNS.words.join('|')})\\b`, 'u');
// a figure or score after a name: "Davis 14 points", "Leeds 2 Bristol 1" (a player or a team, not a town)
// (one run of spaces unless a bracket or colon parts two: "\s*[(:]?\s*" is quadratic on a flood of spaces)
const FIGURE_AFTER = /^\s*(?:[(:]\s*)?\d/u;
// "from Oklahoma City", "from Tulsa to Kansas City"
const FROM_TO_BEFORE = /\bfrom\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){1,4}to\s+)?$/u;
// "reinforcements arrived from Pétion-Ville", "families fled from Kunduz": a motion verb and "from" before a town the
// gazetteer knows (not a sure cue alone: "escaped from Boko Haram" names a group)
const MOTION_FROM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...MOTION_VERBS.words, 'arrived', 'arriving', 'returned', 'returning'].join('|')})\\s+from\\s+$`, 'iu');
// "Surrey, who won the title", "Surrey won the title": a side or a body, never a place
const TEAM_AFTER = new RegExp(`^,?\\s+(?:${TEAM_VERBS.words.join('|')})\\b`, 'u');
/** Smallest city whose name, a lone word the tagger calls a person, retypeKnownPlaces takes for the city without a cue. */
const MIN_LONE_CITY_POPULATION = 1_000_000;
/** An indefinite article right before a name: "a Dubai exchange house". */
const INDEFINITE_BEFORE = /(?<![\p{L}-])(?:a|an)\s+$/iu;
/** "of" and maybe one word before a name: "Residents of eastern Aleppo", "the people of Yerevan". */
const OF_BEFORE = /(?<![\p{L}-])of\s+(?:\p{L}+\s+)?$/u;
/** Longest name, in words, that retypeKnownPlaces takes for a place: "Santa Cruz de la Sierra" is past it, and rare. */
const MAX_PLACE_WORDS = 4;

const PLACE_PARTICLE = new Set(PLACE_NAME_PARTICLES.words.filter((w) => !w.includes(' ')));
const DIRECTION_TAIL = wordSet(DIRECTION_TAILS);
// a particle and the capitalised word after a place's name: "San Cristobal" + " de las " + "Casas"
const PARTICLE_GLUE = new RegExp(`^ (?:${[...PLACE_NAME_PARTICLES.words].sort((a, b) => b.length - a.length).join('|')}) $`, 'u');

/**
 * The words of a place's name: capitalised, with lower-case particles inside ("Eldorado do Sul", "San Cristobal de las
 * Casas"); counted without the particles against MAX_PLACE_WORDS.
 */
function isPlaceWords(ws: string[]): boolean {
  if (!isCapWord(ws[0]!) || !isCapWord(ws[ws.length - 1]!)) return false;
  let caps = 0;
  for (const w of ws) {
    if (isCapWord(w)) caps++;
    else if (!PLACE_PARTICLE.has(w)) return false;
  }
  return caps <= MAX_PLACE_WORDS;
}

/**
 * "hotels in San Cristobal de las Casas" tagged "San Cristobal" (a place) + "Casas" (an organization): a place, a
 * lower-case particle and the next name are one place when the gazetteer knows the whole or the last word is a
 * direction ("Eldorado do Sul"). "Lula da Silva" stays the man: "Lula" is no place.
 */
function joinParticlePlaces(text: string, names: RefinedName[]): RefinedName[] {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  const drop = new Set<RefinedName>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const n = sorted[i]!;
    const m = sorted[i + 1]!;
    if (drop.has(n) || n.type !== 'LOC' || n.kind || m.kind || m.office || m.sentence !== n.sentence || !PARTICLE_GLUE.test(text.slice(n.end, m.start))) continue;
    const whole = text.slice(n.start, m.end);
    const ws = whole.split(' ');
    if (!isPlaceWords(ws) || (!isPlaceName(whole) && !DIRECTION_TAIL.has(ws[ws.length - 1]!.toLowerCase()))) continue;
    n.end = m.end;
    drop.add(m);
  }
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

const PLACE_EXAMPLE_NOUN_ALT = [
  ...PLACE_EXAMPLE_NOUNS.words,
  // "refugee camps such as", "coastal areas like": a qualified noun only after its word of ground
  ...PLACE_EXAMPLE_QUALIFIED_NOUNS.map((r) => `(?:${r.words.join('|')})\\s+${r.noun}`),
].join('|');
// "several towns in the Baalbek-Hermel region, including Brital, Bodai and Shmustar": where the places lie, between
// the noun and its link (a capitalised name, maybe with "the", a direction and a division's word: "villages in
// southern Lebanon, including Aitaroun and Odaisseh")
const PLACE_EXAMPLE_WHERE = `(?:\\s+(?:in|of|near|across|around)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}(?:\\s+(?:region|area|district|province|governorate|valley|strip))?)?`;
const PLACE_EXAMPLE_BEFORE = new RegExp(`\\b(?:${PLACE_EXAMPLE_NOUN_ALT})${PLACE_EXAMPLE_WHERE},?\\s+(?:${PLACE_EXAMPLE_LINKS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'u');

/**
 * "flooding suburbs such as Andheri and Kurla", "Beirut's southern suburbs, known as Dahiyeh": the names a plural place
 * noun brings as examples (PLACE_EXAMPLE_NOUNS, PLACE_EXAMPLE_LINKS) are places, the list's later members too. A
 * known organization, a name with an organization head or a person with a title keeps its type.
 */
function retypeExamplePlaces(text: string, names: RefinedName[]): void {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    if (!spaceBefore(text, first.start) || !PLACE_EXAMPLE_BEFORE.test(text.slice(Math.max(0, first.start - 100), first.start))) continue;
    for (let k = i; k < sorted.length; k++) {
      const n = sorted[k]!;
      if (k > i && (n.sentence !== first.sentence || !LIST_GLUE.test(text.slice(sorted[k - 1]!.end, n.start)))) break;
      if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office) continue;
      const s = text.slice(n.start, n.end);
      const ws = s.split(' ');
      // a known organization or party stays: "camps such as Labour and the Conservatives" (see isBodyName)
      if (!isPlaceWords(ws) || isBodyName(s, ws) || TITLE.has(ws[0]!.toLowerCase())) continue;
      n.type = 'LOC';
      n.cue = 'place';
    }
  }
}

// "Tenerife's " before a place: the owner's name and the possessive
const OWNER_GLUE = /^['’]s $/u;

/**
 * "Tenerife's Santa Cruz de Tenerife", "Guatemala's Guatemala City": a one-word name that owns a place whose name holds
 * that word is the island, region or country the place is named after, not a person. "Putin's Moscow" is no such pair.
 */
function retypeNamesakeOwners(text: string, names: RefinedName[]): void {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const n = sorted[i]!;
    const m = sorted[i + 1]!;
    if ((n.type !== 'PER' && n.type !== 'ORG') || n.kind || n.office || m.type !== 'LOC' || !OWNER_GLUE.test(text.slice(n.end, m.start))) continue;
    const s = text.slice(n.start, n.end);
    if (!isCapWord(s) || s.includes(' ') || KNOWN_ORG.has(normName(s)) || !text.slice(m.start, m.end).split(' ').includes(s)) continue;
    n.type = 'LOC';
    n.cue = 'place';
  }
}

// "'s" and a lower-case word after a name: "Bihar's young people"; not "Victoria's Secret", not "Bavaria's 2-1 win"
const OWNER_OF_WORD_AFTER = /^['’]s \p{Ll}/u;

/**
 * A name that opens its sentence and owns what follows in lower case: "Bihar's young people are leaving", "Sindh's
 * government declared". The tagger's features read the first word of a sentence as a body's more often than mid-way.
 */
function isOpeningDivision(text: string, sentences: Token[][], n: RefinedName, after: string): boolean {
  const toks = sentences[n.sentence];
  return !!toks && toks[openingWord(toks)]?.start === n.start && OWNER_OF_WORD_AFTER.test(after) && !PERSON_POSSESSION_AFTER.test(after);
}

// quotes and brackets that may stand before a sentence's first word: "\"Bihar's young people are leaving,\" he said"
const OPENING_MARK = /^["“‘'(\[]$/u;
/** Index of a sentence's first word, after an opening quote or bracket. */
function openingWord(toks: Token[]): number {
  let i = 0;
  while (i < toks.length - 1 && OPENING_MARK.test(toks[i]!.text)) i++;
  return i;
}

/** A word that is also a given name: "Georgia", "Victoria", "Virginia" (data/given-names.ts, PLACE_GIVEN_NAMES). */
export function isGivenName(w: string): boolean {
  const key = givenKey(w);
  return GIVEN_NAME.has(key) || WORD_GIVEN_NAME.has(key) || PLACE_GIVEN_NAME.has(key);
}

/** Longest division's name findOpeningDivisions takes, in words: "Uttar Pradesh's", "West Bengal's". */
const MAX_OPENING_DIVISION_WORDS = 2;

/**
 * "Sindh's government declared an emergency": a first-level division the tagger left untagged at the start of its
 * sentence, owning what follows in lower case, is the place. Not a name that is also a given name ("Georgia's mother
 * said", "Victoria's husband"), not in a sports report ("Kent's bowlers").
 */
function findOpeningDivisions(text: string, sentences: Token[][], names: RefinedName[], isSportArticle: () => boolean): RefinedName[] {
  const out: RefinedName[] = [];
  let named: SpanIndex | null = null;
  sentences.forEach((toks, si) => {
    const o = openingWord(toks);
    if (toks.length < o + 3 || !isCapWord(toks[o]!.text)) return;
    for (let k = o + 1; k <= o + MAX_OPENING_DIVISION_WORDS && k < toks.length - 1; k++) {
      const own = toks[k]!;
      if (own.start !== toks[k - 1]!.end || (own.text !== "'s" && own.text !== '’s')) {
        if (!isCapWord(own.text) || own.start - toks[k - 1]!.end !== 1) return;
        continue;
      }
      const start = toks[o]!.start;
      const end = toks[k - 1]!.end;
      const s = text.slice(start, end);
      if (!isRegionName(s) || countryOfName(s) || lookupPlace(s)?.kind !== 'region') return;
      if (isGivenName(toks[o]!.text)) return;
      const after = text.slice(end, end + 40);
      if (!OWNER_OF_WORD_AFTER.test(after) || PERSON_POSSESSION_AFTER.test(after)) return;
      if ((named ??= new SpanIndex(names)).overlaps(start, end) || isSportArticle() || hasSportWord(toks)) return;
      out.push({ start, end, type: 'LOC', kind: null, sentence: si, cue: 'place' });
      return;
    }
  });
  return out;
}

/** "X City" whose X the gazetteer knows though not the whole ("Davao City"): the city, given a place's context. */
function isCityOfPlace(ws: string[]): boolean {
  return ws.length >= 2 && ws[ws.length - 1] === 'City' && isPlaceName(ws.slice(0, -1).join(' '));
}

const BRANCH_AFTER = new RegExp(`^[ \t]+(?:${BRANCH_NOUNS.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}-])`, 'u');
/** An owner's possessive right before a name: "the FBI's ", "Reuters' ", "the company's ". */
const OWNER_POSSESSIVE_BEFORE = /[\p{L}.](?:['’]s|s['’])[ \t]+$/u;

/**
 * Places the tagger typed as organizations or people though nothing in the article speaks of a person or a body:
 * - a city or division the gazetteer knows, after a preposition of place (with a describing word or not: "arrived
 *   in Paris", "in occupied Crimea", "in central Kyiv"), after a describing word alone ("Central Beirut was hit"),
 *   before what a place owns ("Hebron's old city") or before "state" ("the Uttar Pradesh state government");
 * - any capitalised name after "near", "around", "outside", "towards" or a verb of going and "to" ("fled to
 *   Qamishli"), and any name with a town's apposition ("El Geneina, the capital of West Darfur");
 * - "<X> City" where the gazetteer knows the whole ("Oklahoma City"), or knows X and a place's context is there
 *   ("Police in Davao City": "Manchester City" after "from" or alone stays the club);
 * - a state or province typed PER (one word or more) when the article never writes its name inside a person's full
 *   name or after a title ("Idaho lawmakers … sued Idaho"; "Denzel Washington … Washington said" stays the man);
 * - the members of a list that holds such a place and that the gazetteer knows as places ("in Odesa, Dnipro and
 *   Zaporizhzhia"), or all members when a sure cue opens the list ("fled to Petion-Ville and Cap-Haitien").
 * Countries are left to the rules that know when a state acts ("The United States condemns").
 */
function retypeKnownPlaces(text: string, sentences: Token[][], names: RefinedName[], isSportArticle: () => boolean): void {
  let personWords: Set<string> | null = null;
  // the name is a person's somewhere: a word of a person's full name or a surname after a title ("Washington"), or
  // part of a longer person's name ("Sao Paulo" of "Sao Paulo Mendes"); sets, not a scan of the people per name
  const isPersonal = (s: string) => {
    if (!personWords) {
      personWords = new Set<string>();
      for (const p of names) {
        if (p.type !== 'PER') continue;
        const ws = text.slice(p.start, p.end).split(/\s+/);
        if (ws.length > 1) {
          for (let a = 0; a < ws.length; a++) for (let b = a + 1; b <= ws.length && b - a <= MAX_PLACE_WORDS; b++) if (b - a < ws.length) personWords.add(ws.slice(a, b).join(' '));
        }
        if (TITLE.has(wordBefore(text, p.start))) personWords.add(ws[ws.length - 1]!);
      }
    }
    return personWords.has(s);
  };
  const sure = new Set<RefinedName>();
  let countries: Set<string> | null = null;
  // the countries the article speaks of: named, by a demonym, or holding a place it names ("Brazil", "Brazilian",
  // "Sao Paulo" for "Manaus")
  const articleCountries = () => {
    if (!countries) {
      countries = new Set<string>();
      for (const p of names) {
        const ps = text.slice(p.start, p.end);
        const cc = p.type === 'LOC' ? lookupPlace(ps)?.country : p.type === 'MISC' ? countryOfDemonym(ps) : null;
        if (cc) countries.add(cc);
      }
    }
    return countries;
  };
  let orgOpenings: Set<string> | null = null;
  const opensOrgName = (s: string) => {
    if (!orgOpenings) {
      orgOpenings = new Set<string>();
      for (const o of names) {
        if (o.type !== 'ORG') continue;
        const ws = text.slice(o.start, o.end).split(' ');
        for (let b = 1; b < ws.length && b <= MAX_PLACE_WORDS; b++) orgOpenings.add(ws.slice(0, b).join(' '));
      }
    }
    return orgOpenings.has(s);
  };
  // no list neighbour: "Seles, Davenport and Mary Joe Fernandez" are players, whatever the article's countries
  const sorted = names.filter((o) => o.end > o.start).sort((a, b) => a.start - b.start);
  let position: Map<RefinedName, number> | null = null;
  const isLoneName = (n: RefinedName) => {
    position ??= new Map(sorted.map((o, i) => [o, i]));
    const k = position.get(n) ?? -1;
    const prev = sorted[k - 1];
    const next = sorted[k + 1];
    return !(prev && prev.sentence === n.sentence && LIST_GLUE.test(text.slice(prev.end, n.start))) &&
      !(next && next.sentence === n.sentence && LIST_GLUE.test(text.slice(n.end, next.start)));
  };
  // teams in the article: another organization before a figure ("Kent 241") or named as a place the gazetteer knows
  let teams: RefinedName[] | null = null;
  const hasTeams = (n: RefinedName) => {
    teams ??= names.filter((o) => o.type === 'ORG' && o.end > o.start && (FIGURE_AFTER.test(text.slice(o.end, o.end + 8)) ||
      (lookupPlace(text.slice(o.start, o.end))?.kind ?? 'country') !== 'country'));
    return teams.some((o) => o !== n && normName(text.slice(o.start, o.end)) !== normName(text.slice(n.start, n.end)));
  };
  const toPlace = (n: RefinedName, cueKind: RefinedName['cueKind'] = null) => {
    n.type = 'LOC';
    n.cue = 'place';
    if (cueKind) n.cueKind = cueKind;
  };
  for (const n of names) {
    if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office) continue;
    const s = text.slice(n.start, n.end);
    const ws = s.split(' ');
    if (!isPlaceWords(ws) || KNOWN_ORG.has(normName(s))) continue;
    const last = ws[ws.length - 1]!.toLowerCase();
    if (ORG_HEAD.has(last) || INSTITUTION_HEAD.has(last) || COMPANY_HEAD.has(last) || TITLE.has(ws[0]!.toLowerCase())) continue;
    const after = text.slice(n.end, n.end + 40);
    const possessive = /^['’]/u.test(after);
    const before = spaceBefore(text, n.start) ? text.slice(Math.max(0, n.start - 40), n.start) : '';
    // the cues that need no gazetteer; a person's full name is no place ("toward Zelimkhan Yandarbiyev, president of")
    // nor a company's building ("outside Air France headquarters")
    if (before && !possessive && (n.type === 'ORG' || ws.length === 1) && SURE_PLACE_BEFORE.test(before) && !PREMISES_AFTER.test(after)) {
      toPlace(n);
      sure.add(n);
      continue;
    }
    if (PLACE_APPOSITION_AFTER.test(after)) { toPlace(n); continue; }
    // local copy: where a person of a police blotter lives ("Jaylen Moore, 19, of Cincinnati, was charged", "a
    // 19-year-old Auburn man"), whatever the gazetteer knows, or with no age a town it knows ("Tyler Grant, of Auburn,
    // was charged"; "Amy Rowe, of Wiltshire Police," ends in a body's head, skipped above); a town the gazetteer knows,
    // before its police ("Separately, Cincinnati police said"), not in a sports report ("Chelsea officials")
    if (!possessive && (n.type === 'ORG' || ws.length === 1) && (AGE_OF_BEFORE.test(before) || (AGED_BEFORE.test(before) && RESIDENT_AFTER.test(after)) ||
      (OF_APPOSITION_BEFORE.test(before) && APPOSITION_CLOSE_AFTER.test(after) && isPlaceName(s)) ||
      (TOWN_BODY_AFTER.test(after) && isPlaceName(s) && !isSportArticle()))) {
      toPlace(n);
      sure.add(n);
      continue;
    }
    const p = lookupPlace(s);
    const known = (!!p && p.kind !== 'country') || (last === 'city' && ws.length > 1 && isPlaceName(s));
    const cityOf = !known && isCityOfPlace(ws);
    if (!known && !cityOf) continue;
    // "The FBI's Cincinnati field office said" (an organization "Cincinnati", the claim's source), "Reuters' Beirut
    // bureau", "the company's Detroit plant": a town between an owner's possessive and a branch's noun is where the
    // branch is, and the owner speaks
    if (p?.kind === 'city' && ws.length <= 3 && OWNER_POSSESSIVE_BEFORE.test(before) && BRANCH_AFTER.test(after)) { toPlace(n, 'city'); continue; }
    const locative = !!before && !possessive && CITY_PREPOSITION.test(before);
    const described = PLACE_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start));
    if (cityOf) {
      // "Police in Davao City": a place's context; the club "Manchester City" is never "in central Manchester City"
      if (locative || described) toPlace(n, 'city');
      continue;
    }
    // "storms moved from Oklahoma City to Kansas City": the gazetteer's city whole, after a preposition of place or
    // "from"/"to" ("DETROIT 4 Kansas City 1" in a results table is the team)
    if (last === 'city') {
      if (locative || described || (!!before && FROM_TO_BEFORE.test(before))) toPlace(n);
      continue;
    }
    // "Mercantile, Commerce and Roosevelt" after "Roosevelt Financial": the short form of an organization's name; but
    // after a preposition of place it is the town the body is named after ("Flooding in Bristol … Bristol City
    // Council said", "outside a bar in Leeds … at Leeds Crown Court")
    // "Bihar's young people are leaving", "Bavaria's farmers protested", "Luzon's rice farmers": the tagger reads a
    // division or island opening its sentence before "'s" as a body or a person; mid-sentence it is a place. Also
    // beside a body named after it ("the Bihar Assembly"); not in a sports report ("Kerala's bowlers"), not a name
    // people bear ("Georgia's mother", "Victoria's husband": PERSON_POSSESSIONS, given names)
    // A city of a million or more people the tagger typed a body is one too: "DUBAI — Dubai's flagship carrier Emirates"
    const openingOwner = p?.kind === 'region' || (p?.kind === 'city' && n.type === 'ORG' && p.population >= MIN_LONE_CITY_POPULATION);
    if (openingOwner && (n.type === 'ORG' || (!isPersonal(s) && !isGivenName(ws[0]!))) && isOpeningDivision(text, sentences, n, after) &&
      !isSportArticle() && !hasSportWord(sentences[n.sentence]!)) { toPlace(n); continue; }
    if (opensOrgName(s) && !locative) continue;
    // "Somalia's Puntland said it had arrested 12 suspects" (an organization "Puntland"): a region its own country owns
    // is the place, whose government speaks as "Iraq said" does for a country
    // "managed payments through a Dubai exchange house", "a Dubai front company": a big city after "a" and before a
    // lower-case noun says where the thing is (an organization "Dubai")
    const placeModifier = p?.kind === 'city' && ws.length === 1 && p.population >= MIN_LONE_CITY_POPULATION && INDEFINITE_BEFORE.test(before) && /^\s+\p{Ll}/u.test(after);
    const cued = locative || described || placeModifier || PLACE_POSSESSION_AFTER.test(after) || (p?.kind === 'region' && STATE_AFTER.test(after)) || MOTION_FROM_BEFORE.test(before) ||
      isOwnedByItsCountry(before, p);
    if (n.type === 'ORG') {
      // "Bougainville, which voted for independence, wants talks" in a Papua New Guinea story: a division of a country
      // the article names, alone (no list), not speaking nor owning, in an article whose tagger saw no teams
      // ("Queensland 245" in a cricket report is the side)
      if (cued || (p?.kind === 'region' && p.country !== null && isLoneName(n) && !possessive && !FIGURE_AFTER.test(after) && !REPORTED_AFTER.test(after) &&
        !TEAM_AFTER.test(after) && articleCountries().has(p.country) && !hasTeams(n))) toPlace(n);
      continue;
    }
    // a person's name is only a place with a cue, when it is a division's name ("Idaho", "Himachal Pradesh"), or a
    // city of a country the article names that never speaks nor has a title ("Smoke shrouded Sao Paulo" in a Brazil
    // story). That last needs two words or more: a lone word the tagger calls a person is a surname or a planet as
    // often as a town ("Davis 14 points", "Jupiter's moon Europa", "Martha's Vineyard" in a US story), so it takes a
    // cue before it (or a list of places, retypeListedPlaces) and is never a place from the gazetteer alone
    if (isPersonal(s)) continue;
    // "Hajiyev said Baku would raise the issue", "Officials said Yerevan would respond": a lone city of a million or so
    // people of a country the article names, speaking, is its government, no person (the tagger's weights know
    // "Moscow" and "Kyiv", not every capital); a person bearing the name is caught by isPersonal
    // Not a city after a cue of place or "of": "Residents of eastern Aleppo told ABC" (the residents speak, not the city)
    if (ws.length === 1 && p?.kind === 'city' && p.population >= MIN_LONE_CITY_POPULATION && p.country !== null && REPORTED_AFTER.test(after) &&
      !cued && !OF_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) && isLoneName(n) && !possessive && !TITLE.has(wordBefore(text, n.start)) && !isGivenName(ws[0]!) && articleCountries().has(p.country) &&
      !isSportArticle() && !hasSportWord(sentences[n.sentence]!)) { n.type = 'ORG'; continue; }
    // A lone word that is a city of a million or so people ("Smoke shrouded Manaus" in a Brazil story) is a place
    // under the same guards: surnames and planets that are towns are small ones ("Davis", "Europa")
    if (cued || (isRegionName(s) && !countryOfName(s)) || ((ws.length > 1 || (p?.population ?? 0) >= MIN_LONE_CITY_POPULATION) && p?.kind === 'city' && p.country !== null && isLoneName(n) && articleCountries().has(p.country) &&
      !possessive && !FIGURE_AFTER.test(after) && !REPORTED_AFTER.test(after) && !TITLE.has(wordBefore(text, n.start)) && wordBefore(text, n.start) !== 'the')) toPlace(n);
  }
  // "a police station in Croix-des-Bouquets … Residents of Croix-des-Bouquets described …, will not abandon
  // Croix-des-Bouquets": a town or division a cue of place placed in the article is that place in its other mentions
  // the tagger read as a body or a person, unless the mention speaks, owns or opens a longer name ("Kabul said", the
  // town's government, stays a body); not in a sports report (a club named after its town)
  const placedKeys = new Set(names.filter((o) => o.type === 'LOC' && o.end > o.start && (o.cue === 'place' || CITY_PREPOSITION.test(text.slice(Math.max(0, o.start - 40), o.start))))
    .map((o) => normName(text.slice(o.start, o.end))));
  if (placedKeys.size && !isSportArticle()) {
    for (const n of names) {
      if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office) continue;
      const s = text.slice(n.start, n.end);
      if (!placedKeys.has(normName(s)) || (n.type === 'PER' && isPersonal(s))) continue;
      const p = lookupPlace(s);
      const after = text.slice(n.end, n.end + 40);
      if (!p || p.kind === 'country' || /^['’]/u.test(after) || REPORTED_AFTER.test(after) || /^\s+\p{Lu}/u.test(after)) continue;
      toPlace(n);
    }
  }
  retypeListedPlaces(text, names, sure, (n, s) => (n.type === 'PER' && isPersonal(s)) || opensOrgName(s));
}

/**
 * "Air raid alerts sounded in Odesa, Dnipro and Zaporizhzhia": once one member of a list is a place, the members the
 * gazetteer knows as cities or divisions are places too (not a person's name, not an organization's, not a well-known
 * organization); after a sure cue ("fled to Petion-Ville and Cap-Haitien") or before a plural place noun ("Albay and
 * Camarines Sur provinces") every member is.
 */
function retypeListedPlaces(text: string, names: RefinedName[], sure: Set<RefinedName>, isActorName: (n: RefinedName, s: string) => boolean): void {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  // teams in the article: an organization before a figure ("Kent 241"), or one named as a city or division the
  // gazetteer knows outside any list ("Blackburn won"); computed once, when a list of known places asks
  let teams: Set<RefinedName> | null = null;
  const hasTeams = (chain: RefinedName[]) => {
    teams ??= new Set(sorted.filter((o) => o.type === 'ORG' && (FIGURE_AFTER.test(text.slice(o.end, o.end + 8)) ||
      (lookupPlace(text.slice(o.start, o.end))?.kind ?? 'country') !== 'country')));
    return teams.size > chain.filter((o) => teams!.has(o)).length;
  };
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.sentence === sorted[i]!.sentence && LIST_GLUE.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start))) j++;
    // a list written with "and" or "or": "at Grace Road, Leicestershire" (a comma alone) is a place and its county
    const chain = j > i && /\b(?:and|or)\b/u.test(text.slice(sorted[j - 1]!.end, sorted[j]!.start)) ? sorted.slice(i, j + 1) : [];
    // "in Odesa, Dnipro and Zaporizhzhia" typed ORG, Odesa unknown: a list after a preposition of place, most of
    // whose members the gazetteer knows as places, is a list of places
    const first = sorted[i]!;
    // "flooded Albay and Camarines Sur provinces": the plural after the list tells its kind
    const tail = chain.length ? PLACE_LIST_TAIL.exec(text.slice(sorted[j]!.end, sorted[j]!.end + 24)) : null;
    const tailKind = tail ? PLACE_LIST_TAIL_KIND.get(tail[1]!) ?? null : undefined;
    // "Barranquilla and Santa Marta have seen a rise", "Northern Cyprus and Transnistria were discussed": a list whose
    // members are all cities or divisions the gazetteer knows (no countries, no figure after one: "Leeds 2 Bristol 1"),
    // in an article whose tagger saw no teams ("Surrey and Sussex drew" after "Kent 241" is a county championship)
    // and not written as a modifier after a determiner ("the former Blackburn and Southampton skipper")
    const allKnown = chain.length > 0 && !ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)) && !hasTeams(chain) && chain.every((n) => {
      const p = lookupPlace(text.slice(n.start, n.end));
      return !!p && p.kind !== 'country' && !FIGURE_AFTER.test(text.slice(n.end, n.end + 8));
    });
    const opened = sure.has(first) || tail !== null || allKnown || (chain.length > 0 && spaceBefore(text, first.start) && CITY_PREPOSITION.test(text.slice(Math.max(0, first.start - 40), first.start)) &&
      chain.filter((n) => n.type === 'LOC' || lookupPlace(text.slice(n.start, n.end))).length * 2 >= chain.length);
    if (chain.length && (opened || chain.some((n) => n.type === 'LOC'))) {
      for (let k = i; k <= j; k++) {
        const n = sorted[k]!;
        if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office) continue;
        const s = text.slice(n.start, n.end);
        const ws = s.split(' ');
        if (!isPlaceWords(ws) || KNOWN_ORG.has(normName(s))) continue;
        const last = ws[ws.length - 1]!.toLowerCase();
        if (ORG_HEAD.has(last) || INSTITUTION_HEAD.has(last) || COMPANY_HEAD.has(last)) continue;
        // "opened into 19 Northern and Northeastern states", "Arab states": describing words, no names of places
        if (tail && ws.length === 1 && (PLACE_ADJECTIVE.has(last) || GROUP_ADJECTIVE.has(last) || countryOfDemonym(s))) continue;
        const p = opened ? null : lookupPlace(s);
        const cityOf = !opened && !p && isCityOfPlace(ws);
        if (!opened && !cityOf && (!p || p.kind === 'country')) continue;
        if (isActorName(n, s)) continue;
        // "won 16 seats in Andhra Pradesh, and Nitish Kumar, the chief minister of Bihar, …": a role or an age in
        // apposition makes the tagger's person one
        if (n.type === 'PER' && (ROLE_APPOSITION.test(text.slice(n.end, n.end + 60)) || AGE_APPOSITION.test(text.slice(n.end, n.end + 12)))) continue;
        n.type = 'LOC';
        n.cue = 'place';
        if (cityOf) n.cueKind = 'city';
        if (tailKind) n.cueKind = tailKind;
      }
    }
    i = j + 1;
  }
}

// a determiner before a list of names that modify the noun after them: "the former Blackburn and Southampton skipper"
const ATTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|former|ex)\s+$/iu;
const PLACE_LIST_TAIL_KIND = new Map<string, RefinedName['cueKind']>();
for (const r of PLACE_LIST_TAILS) for (const w of r.words) PLACE_LIST_TAIL_KIND.set(w, r.kind);
const PLACE_LIST_TAIL = new RegExp(`^\\s+(${[...PLACE_LIST_TAIL_KIND.keys()].join('|')})\\b`, 'u');
const FEATURE_NAME = wordSet(FEATURE_NAMES, BORDER_LINE_NAMES);
const METRO_LEAD = wordSet(METRO_LEADS);
// "the Danube", "The Euphrates": the article a river's or sea's name takes
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;

/**
 * "Barges were stuck on the Danube and the Euphrates": a river, sea or range the gazetteer lacks (FEATURE_NAMES), after
 * "the", is a natural feature, whatever the tagger made of it; "the Blue Nile state" is the division.
 */
function typeFeatureNames(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if (n.kind || n.office) continue;
    const s = text.slice(n.start, n.end);
    if (!FEATURE_NAME.has(s.toLowerCase()) || !isCapWord(s) || !THE_BEFORE.test(text.slice(Math.max(0, n.start - 5), n.start))) continue;
    const after = text.slice(n.end, n.end + 20);
    // "The Atlantic reported" is the magazine
    if (PLACE_AFTER.test(after) || STATE_AFTER.test(after) || REPORTED_AFTER.test(after) || lookupPlace(s)) continue;
    n.type = 'LOC';
    n.kind = 'feature';
  }
}

const FEATURE_NAME_LEAD = wordSet(FEATURE_NAME_LEADS);
const FEATURE_OF_NAME_LEAD = wordSet(FEATURE_OF_NAME_LEADS);
const FEATURE_NAME_TAIL = wordSet(FEATURE_NAME_TAILS);
const FEATURE_HEAD_LAST = new Set([...FEATURE_NAME_TAIL, ...wordSet(...PLACE_HEADS.filter((r) => r.kind === 'feature'))]);
const FACILITY_BODY_HEAD = wordSet(FACILITY_BODY_HEADS);
const FACILITY_AFTER = new RegExp(`^[ \\t]+(?:${[...wordSet(FACILITY_AFTER_HEADS)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})\\b`, 'u');
// "Fishermen on Lake Victoria said": a locative, maybe "the", right before the name puts it in a phrase, not the subject
const FACILITY_LOCATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...wordSet(FACILITY_LOCATIVES)].join('|')})\\s+(?:the\\s+)?$`, 'iu');
// "The Nasser Hospital in Khan Younis ran out of fuel": the article places the hospital, a building
const ARTICLE_NAME_PART = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}/u;
const LOCATED_IN_AFTER = /^[ \t]+in[ \t]+(?:the[ \t]+)?\p{Lu}/u;
// "Rift Valley of Kenya", "Sinai Peninsula of Egypt": the feature, its head, "of", then the rest
const HEAD_OF_REST = /^(.+?\s(\p{L}+))\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** A name of two words or more ending in a division's head of one to three words: "Guma Local Government Area", "Idlib Province". */
function isRegionHeaded(name: string): boolean {
  const ws = words(name);
  for (let k = 1; k <= 3 && k < ws.length; k++) if (PLACE_HEAD.get(ws.slice(-k).join(' ')) === 'region') return true;
  return false;
}

/** Words before a division's head that name no division of their own: "Southern District", "Federal Capital Territory". */
const AREA_HEAD_WORDS = new Set(AREA_HEADS.words.flatMap((w) => w.split(' ')));
const SIDE_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'upper', 'lower', 'middle', 'federal', 'capital', 'special']);
/**
 * Whether a division's name holds a name of its own before its head, in capitals only: "Bokkos Local Government
 * Area", "Idlib Province"; not "Southern District" (of New York) nor "the U.S. Attorney's Office for the Southern
 * District".
 */
function hasOwnName(name: string): boolean {
  const ws = name.split(/\s+/);
  return ws.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w)) && ws.some((w) => !SIDE_WORDS.has(w.toLowerCase()) && !PLACE_HEAD.has(w.toLowerCase()) && !AREA_HEAD_WORDS.has(w.toLowerCase()));
}

/** The words of a feature name after its lead may not be a head of anything else: "Lake Street Dive" is a band. */
function isOtherHead(w: string): boolean {
  return ORG_HEAD.has(w) || INSTITUTION_HEAD.has(w) || COMPANY_HEAD.has(w) || PLACE_HEAD.has(w) || TITLE.has(w) || NOT_SURNAME.has(w);
}

/**
 * Features and facilities whose head word the tagger misreads (reports: places 7, 18, 20):
 * - the head comes first: "Fishermen on Lake Victoria", "Climbers on Mount Kenya" (FEATURE_NAME_LEADS), "tankers in the
 *   Strait of Hormuz", "the Cape of Good Hope" (FEATURE_OF_NAME_LEADS) are features, not people or organizations;
 *   not a settlement the gazetteer knows ("Cape Town", "Mount Pleasant"), not "Lake Street Dive" (another head inside);
 * - a feature head last that PLACE_HEADS lacks: "the Sinai Peninsula", "the Golan Heights" (FEATURE_NAME_TAILS);
 * - "the Rift Valley of Kenya" tagged whole as an organization: the feature, then the country;
 * - "the Kerem Shalom crossing": a lower-case facility head after an organization or person makes the facility;
 * - "the Nasser Hospital in Khan Younis ran out of fuel", "doctors at Al-Shifa Hospital in Gaza City": a hospital the
 *   article places "in" somewhere is the building, a facility, when it does not speak;
 * - "Ricki Lake said": a person's surname a head word made a feature is the person again, when a person's verb follows.
 */
// "Mt. Hermon", "Mount Hermon" where the tagger took only "Hermon": the capitalised lead word right before the name
const FEATURE_LEAD_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}.])((?:${[...FEATURE_NAME_LEAD].map((w) => w[0]!.toUpperCase() + w.slice(1).replace('.', '\\.')).join('|')})\\.?)[ \\t]+$`, 'u');
// "near Second Thomas Shoal" where the tagger took "Thomas Shoal": a capitalised word before, inside the sentence
const CAP_WORD_BEFORE = /(?:^|[^\p{L}])([a-z]+[ \t]+)(\p{Lu}\p{Ll}+)[ \t]+$/u;
/** The name takes a feature's lead word ("Mt. Hermon") or, before a feature head last ("Thomas Shoal"), a first word. */
function extendOverFeatureLead(text: string, prev: RefinedName | undefined, n: RefinedName): void {
  const from = Math.max(prev?.end ?? 0, n.start - 24);
  const before = text.slice(from, n.start);
  const lead = FEATURE_LEAD_WORD_BEFORE.exec(before);
  if (lead) {
    const start = n.start - lead[0].length + lead[0].indexOf(lead[1]!);
    if (isPlaceName(text.slice(start, n.end))) return;
    n.start = start;
    return;
  }
  const s = text.slice(n.start, n.end);
  if (!FEATURE_NAME_TAIL.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase()) || s.indexOf(' ') < 0) return;
  const cap = CAP_WORD_BEFORE.exec(before);
  if (!cap || FUNCTION_WORD.has(cap[2]!.toLowerCase()) || TITLE.has(cap[2]!.toLowerCase())) return;
  n.start -= before.length - before.trimEnd().length + cap[2]!.length;
}

const OPENER_NOT_NAME = wordSet(OPENERS_NOT_NAMES);
// "Ben Gurion Airport near Tel Aviv suspended flights": the capitalised opener the tagger dropped, just before the name
const OPENER_BEFORE = /^(\p{Lu}\p{Ll}+)[ \t]+$/u;
/**
 * A facility or feature named after a person loses the given name when it opens the sentence ("Ben Gurion Airport
 * suspended flights" → "Gurion Airport"): the opener joins when it is no function word or title and the article never
 * writes it in lower case; common openers ("Yesterday", "Officials": OPENERS_NOT_NAMES) stay out.
 */
function extendOverOpener(text: string, sentences: Token[][], n: RefinedName): void {
  const first = sentences[n.sentence]?.[0];
  if (!first || first.start >= n.start || n.start - first.start > 16 || text.indexOf(' ', n.start) > n.end || text.indexOf(' ', n.start) < 0) return;
  const m = OPENER_BEFORE.exec(text.slice(first.start, n.start));
  if (!m) return;
  const low = m[1]!.toLowerCase();
  if (FUNCTION_WORD.has(low) || TITLE.has(low) || OPENER_NOT_NAME.has(low) || lowerWordsOf(sentences).has(low) || lookupPlace(m[1]!)) return;
  n.start = first.start;
}

function typeHeadFirstFeatures(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  let out: RefinedName[] | null = null;
  // "Naga City and Legazpi": the city ("Naga City", its core "Naga"), then the other place (made once per article)
  const cityAndPlace = /^((\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]+City)[ \t]+and[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)$/u;
  // ", North Carolina", ", Florida", ", Spain": up to three capitalised words after a comma (made once per article)
  const qualifierAfter = /^,[ \t]*(\p{Lu}[\p{L}'’-]*)(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?/du;
  // "Mount Airy, North Carolina", "Lake City, Florida", "Cape May, New Jersey": a town named like a feature, qualified
  // by its state or country, is the town; places.ts gives it the country of the qualifier. The qualifier ends the
  // phrase (QUALIFIER_END): "Lake Kivu, Rwanda's army said" is an attribution, the lake stays a lake
  const qualified = (n: RefinedName): boolean => {
    const after = text.slice(n.end, n.end + 48);
    const q = qualifierAfter.exec(after);
    if (!q) return false;
    for (let k = 3; k >= 1; k--) {
      if (q[k] && isRegionName(q.slice(1, k + 1).join(' '))) return QUALIFIER_END.test(after.slice(q.indices![k]![1]));
    }
    return false;
  };
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n.office || n.end <= n.start) continue;
    if (!n.kind && n.type !== 'LOC') extendOverFeatureLead(text, names[i - 1], n);
    else if (n.kind === 'facility' || n.kind === 'feature') extendOverOpener(text, sentences, n);
    const s = text.slice(n.start, n.end);
    const sp = s.indexOf(' ');
    if (sp < 0 && n.kind) continue;
    const ws = s.split(/\s+/);
    const low = ws.map((w) => w.toLowerCase());
    const after = text.slice(n.end, n.end + 24);
    // "Ricki Lake said" speaks; "Fishermen on Lake Victoria said" does not: a preposition puts the name in a phrase
    // (read only for the names a rule below asks about: most names reach none of them)
    let spoke: boolean | undefined;
    const speaks = (): boolean => (spoke ??= (REPORTED_AFTER.test(after) || PERSON_ACT_AFTER.test(after)) && !FACILITY_LOCATIVE_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start)));
    // "Ricki Lake said she would return": the surname read as the lake's head
    if (n.kind === 'feature' && ws.length === 2 && FEATURE_NAME_LEAD.has(low[1]!) && speaks() && !THE_BEFORE.test(text.slice(Math.max(0, n.start - 5), n.start))) {
      n.type = 'PER';
      n.kind = null;
      continue;
    }
    // "Floods hit Naga City and Legazpi": a name ending in "City", "and", and a place are two places, not one body
    const pair = n.type === 'ORG' && !n.kind ? cityAndPlace.exec(s) : null;
    if (pair && !KNOWN_ORG.has(normName(pair[1]!)) && !KNOWN_ORG.has(normName(pair[3]!)) &&
      (isPlaceName(pair[1]!) || isPlaceName(pair[2]!) || isPlaceName(pair[3]!))) {
      out ??= names.slice();
      out.push({ ...n, start: n.end - pair[3]!.length, type: 'LOC', cue: undefined, cueKind: undefined, listCue: undefined });
      n.end = n.start + pair[1]!.length;
      n.type = 'LOC';
      continue;
    }
    // "villages in the Bokkos Local Government Area of Plateau State" tagged whole as an organization: a division by
    // its head word, "of", then the place it lies in are two places (as "Idlib Province of Syria")
    const divisionOf = n.type === 'ORG' || n.kind === 'region' ? HEAD_OF_REST.exec(s) : null;
    // (a name of its own before the head: "the Southern District of New York" is a court's district, one name)
    if (divisionOf && !KNOWN_ORG.has(normName(s)) && isRegionHeaded(divisionOf[1]!) && hasOwnName(divisionOf[1]!) && isPlaceName(divisionOf[3]!)) {
      out ??= names.slice();
      out.push({ ...n, start: n.end - divisionOf[3]!.length, type: 'LOC', kind: null, cue: undefined, cueKind: undefined, listCue: undefined });
      n.end = n.start + divisionOf[1]!.length;
      n.type = 'LOC';
      n.kind = 'region';
      continue;
    }
    if (n.kind || sp < 0 || !isCapWord(s) || ws.length > MAX_PLACE_WORDS + 1) continue;
    const whole = normName(s);
    if (KNOWN_ORG.has(whole) || countryOfName(s)) continue;
    // "Rift Valley of Kenya": split into the feature and the country
    const of = n.type !== 'LOC' ? HEAD_OF_REST.exec(s) : null;
    if (of && FEATURE_HEAD_LAST.has(of[2]!.toLowerCase()) && countryOfName(of[3]!) && !FEATURE_OF_NAME_LEAD.has(low[0]!)) {
      const rest = n.end - of[3]!.length;
      out ??= names.slice();
      out.push({ ...n, start: rest, type: 'LOC', kind: null, cue: undefined, cueKind: undefined, listCue: undefined });
      n.end = n.start + of[1]!.length;
      n.type = 'LOC';
      n.kind = 'feature';
      continue;
    }
    const leadOf = ws.length >= 3 && low[1] === 'of' && FEATURE_OF_NAME_LEAD.has(low[0]!);
    const lead = leadOf || (FEATURE_NAME_LEAD.has(low[0]!) && ws.length <= 3);
    if (lead) {
      const restWords = ws.slice(leadOf ? 2 : 1).filter((w) => w !== 'the');
      if (speaks() || isPlaceName(s) || !restWords.every((w) => isCapWord(w) || ARTICLE_NAME_PART.test(w))) continue;
      // "Ferries from Cape May, New Jersey": the town, whatever the tagger made of "May"
      if (qualified(n)) {
        n.type = 'LOC';
        continue;
      }
      // "Mount Sinai Hospital" goes on to the hospital rule below; "Lake Street Dive" stays what the tagger said
      if (!restWords.some((w) => isOtherHead(w.toLowerCase()))) {
        n.type = 'LOC';
        n.kind = 'feature';
        continue;
      }
    }
    const last = low[low.length - 1]!;
    // "the Bab al-Mandab Strait": an Arabic article inside the name is no lower-case word
    // ("Shaker Heights, Ohio" is the town; not "the Golan Heights, Syria said")
    if (FEATURE_NAME_TAIL.has(last) && !speaks() && ws.every((w) => isCapWord(w) || ARTICLE_NAME_PART.test(w)) &&
      (THE_BEFORE.test(text.slice(Math.max(0, n.start - 5), n.start)) || !qualified(n))) {
      n.type = 'LOC';
      n.kind = 'feature';
      continue;
    }
    const head = FACILITY_BODY_HEAD.has(last) ? last : FACILITY_BODY_HEAD.has(low.slice(-2).join(' ')) ? 'x' : null;
    // not "Patients at Dunmore General Hospital" alone: the body's name there stays an organization (ner-types tests)
    if (head && !speaks() && LOCATED_IN_AFTER.test(after)) {
      n.type = 'LOC';
      n.kind = 'facility';
      continue;
    }
    if (n.type === 'ORG' || n.type === 'PER') {
      const m = FACILITY_AFTER.exec(after);
      if (m && !isOtherHead(last)) {
        n.end += m[0].length;
        n.type = 'LOC';
        n.kind = 'facility';
      }
    }
  }
  const all = out ? out.sort((a, b) => a.start - b.start) : names;
  // "In Mumbai, Dharavi residents queued", "Dharavi, Mumbai, is a slum": one word the tagger calls a person, right
  // after the city a sentence opens on ("In <place>, ") or right before a place that qualifies it (", Mumbai,"), is a
  // quarter of that place when the words after it say a place (QUARTER_AFTER: "residents", "was hit", "has no power")
  // or the place closes an apposition (", Mumbai," but not "Zelensky, Kyiv Mayor Vitali Klitschko"), and nothing marks
  // a person: no verb of speech or a person's act after it, no given name, no person of the article whose surname it
  // is ("In Mumbai, Rahul Gandhi said … In Delhi, Gandhi met students" stays), no mention of it that acts ("In Paris,
  // Macron has called for talks … Macron will travel": "has called" says no place, and "will travel" a person).
  // Every mention of that word without such a mark follows ("Dharavi, Mumbai … In Mumbai, Dharavi residents").
  const commaGlue = QUARTER_COMMA_GLUE;
  const sentenceIn = QUARTER_SENTENCE_IN;
  const verbAfter = QUARTER_VERB_AFTER;
  const markedPerson = (n: RefinedName): boolean => {
    const after = text.slice(n.end, n.end + 24);
    return REPORTED_AFTER.test(after) || PERSON_ACT_AFTER.test(after) || GIVEN_NAME.has(givenKey(text.slice(n.start, n.end)));
  };
  // the name acts: a verb after it that no place takes (PLACE_SUBJECT_VERBS), as compromise reads the two words
  const acts = (n: RefinedName): boolean => {
    const v = verbAfter.exec(text.slice(n.end, n.end + 24));
    if (!v || PLACE_SUBJECT_VERB.has(v[1]!)) return false;
    const [, term] = tagPieces([{ text: `${text.slice(n.start, n.end)} ${v[1]}`, offset: n.start }])[0] ?? [];
    return !!term && isVerbTerm(term);
  };
  let surnames: Set<string> | null = null;
  let quarters: Set<string> | null = null;
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    if (n.type !== 'PER' || n.office || n.end <= n.start) continue;
    const s = text.slice(n.start, n.end);
    if (!isCapWord(s) || /\s/.test(s)) continue;
    const prev = all[i - 1];
    const next = all[i + 1];
    const first = sentences[n.sentence]?.[0];
    const afterOpening = !!prev && !!first && prev.type === 'LOC' && prev.sentence === n.sentence && commaGlue.test(text.slice(prev.end, n.start)) &&
      sentenceIn.test(text.slice(first.start, prev.start));
    const beforeQualifier = !afterOpening && !!next && next.type === 'LOC' && next.sentence === n.sentence && commaGlue.test(text.slice(n.end, next.start)) &&
      !/^['’]/.test(text.slice(next.end, next.end + 1));
    if (!afterOpening && !beforeQualifier) continue;
    const owner = lookupPlace(text.slice((afterOpening ? prev : next)!.start, (afterOpening ? prev : next)!.end));
    if (!owner || markedPerson(n) || acts(n)) continue;
    if (beforeQualifier && !closesApposition(text.slice(next!.end, next!.end + 24), owner)) continue;
    // "In Paris, Macron has called", "In Rome, Meloni, who took office", "In Kyiv, Zelensky's office said": no place said
    if (afterOpening && !QUARTER_AFTER.test(text.slice(n.end, n.end + 48))) continue;
    surnames ??= new Set(all.filter((p) => p.type === 'PER' && /\s/.test(text.slice(p.start, p.end))).map((p) => {
      const t = text.slice(p.start, p.end).toLowerCase();
      return t.slice(t.search(/\S+$/));
    }));
    if (surnames.has(s.toLowerCase())) continue;
    // a name that acts as a person anywhere in the article is that person ("Macron will travel to Brussels")
    if (all.some((m) => m.type === 'PER' && m !== n && text.slice(m.start, m.end) === s && (markedPerson(m) || acts(m)))) continue;
    (quarters ??= new Set()).add(s);
  }
  if (quarters) {
    for (const n of all) if (n.type === 'PER' && !n.office && quarters.has(text.slice(n.start, n.end)) && !markedPerson(n) && !acts(n)) n.type = 'LOC';
  }
  return all;
}

// a speech or a person's act right after a name, perhaps after an auxiliary: "Macron has said", "Meloni told" (the verbs
// places.ts reads too: SUBJECT_ACTS)
const SUBJECT_ACT_AFTER = new RegExp(`^[ \\t]+(?:(?:has|have|had|will|would|also|has[ \\t]+also|had[ \\t]+also)[ \\t]+)?(?:${
  SUBJECT_ACTS.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}-])`, 'u');
const ONE_CAP_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * "In Paris, Macron has said Europe must rearm": one word the tagger typed a place, right after the place a sentence
 * opens on ("In <place>, "), that the gazetteer does not know (or knows as a small town of another country: "In Ottawa,
 * Carney met") and that speaks or acts (SUBJECT_ACTS) is the clause's subject, a person (typeHeadFirstFeatures does the reverse: "In Mumbai, Dharavi residents queued"). "In Beirut,
 * Ghobeiry has been hit" stays a place: being hit is no person's act.
 */
function retypeOpeningSubjects(text: string, sentences: Token[][], names: RefinedName[]): void {
  for (let i = 1; i < names.length; i++) {
    const n = names[i]!;
    const prev = names[i - 1]!;
    if (n.type !== 'LOC' || n.kind || n.cueKind || prev.type !== 'LOC' || prev.sentence !== n.sentence) continue;
    const s = text.slice(n.start, n.end);
    if (!ONE_CAP_WORD.test(s) || !QUARTER_COMMA_GLUE.test(text.slice(prev.end, n.start))) continue;
    const first = sentences[n.sentence]?.[0];
    if (!first || !QUARTER_SENTENCE_IN.test(text.slice(first.start, prev.start))) continue;
    if (!SUBJECT_ACT_AFTER.test(text.slice(n.end, n.end + 40))) continue;
    // a small namesake town abroad is no place of the opening city: "In Ottawa, Carney met" (Carney, Maryland)
    const e = lookupPlace(s);
    const opening = e ? lookupPlace(text.slice(prev.start, prev.end)) : null;
    if (e && !(e.kind === 'city' && opening && e.country !== opening.country && e.population < MAX_LONE_PERSON_TOWN)) continue;
    n.type = 'PER';
  }
}

/**
 * A description of a body between commas right after a name: "the national grid operator", "Ukraine's largest private
 * energy company", "a state-owned utility" (an article or a possessive, up to five words, a head of BODY_APPOSITION_HEADS).
 */
const BODY_APPOSITION_AFTER = new RegExp(`^,[ \\t]+(?:the|a|an|its|\\p{Lu}[\\p{L}.-]*['’]s)[ \\t]+(?:[\\p{L}\\d'’-]+[ \\t]+){0,5}?(?:${[...wordSet(...BODY_APPOSITION_HEADS)].join('|')})(?=[ \\t]*[,.;)]|[ \\t]+(?:said|says|reported|reports|announced|stated|told|added)(?![\\p{L}-]))`, 'u');

/**
 * "DTEK, Ukraine's largest private energy company, said", "Ukrenergo, the national grid operator, reported": the
 * tagger reads a one-word name before a comma and a description as a place, as it learnt from "Tabqah, a town in …";
 * a name the gazetteer does not know (no place, country or region) described as a body (BODY_APPOSITION_HEADS) is
 * an organization. "Pokrovsk, a key logistics hub" and known places stay places.
 */
function retypeDescribedBodies(text: string, names: RefinedName[]): void {
  const bodies = new Set<string>();
  const unknown = (n: RefinedName, s: string) => n.type === 'LOC' && !n.kind && !n.cue && !n.cueKind &&
    !lookupPlace(s) && !isPlaceName(s) && !isCountryOrRegion(s) && !countryOfName(s);
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    const after = text.slice(n.end, n.end + 80);
    // a name the per-name rules already made a body by its description (ORG_APPOSITION: "Gassco, the state-owned
    // operator …") counts too, so its later mentions follow it
    if ((unknown(n, s) || n.type === 'ORG') && (BODY_APPOSITION_AFTER.test(after) || ORG_APPOSITION.test(after))) bodies.add(s);
  }
  // the body's other mentions are the body too: "… Ukrenergo said in a statement" after "Ukrenergo, the national grid
  // operator, reported" (the second was still a place, its claim with no actor)
  if (bodies.size) for (const n of names) if (bodies.has(text.slice(n.start, n.end)) && unknown(n, text.slice(n.start, n.end))) n.type = 'ORG';
}

// what a government does through its seat: SUBJECT_ACTS, and how a body answers ("Downing Street declined to comment")
const SEAT_ACT_AFTER = /^[ \t]+(?:(?:has|have|had|also)[ \t]+)?(?:confirmed|declined|responded|did[ \t]+not|has[ \t]+not|had[ \t]+not|would[ \t]+not|insisted|released|issued|sought)(?![\p{L}-])/u;
// where a seat is a building: "talks at the White House", "Protesters gathered outside the Kremlin"; not its people
// ("Officials at the Pentagon declined to comment", "sources at Downing Street": members of the body)
const SEAT_PLACE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[ \t]+(?:at|outside|inside|near|into|around|in[ \t]+front[ \t]+of|on[ \t]+the[ \t]+steps[ \t]+of|to)[ \t]+the[ \t]+$/iu;
const SEAT_PEOPLE: WordRule = {
  id: 'seat/people-at', why: '"Officials at the Pentagon", "a source at the Kremlin": the body\'s people, so the body',
  words: ['officials', 'official', 'sources', 'source', 'aides', 'aide', 'staff', 'staffers', 'advisers', 'adviser', 'advisors',
    'spokesman', 'spokeswoman', 'spokesperson', 'officers', 'insiders', 'insider', 'people', 'someone', 'employees', 'lawyers',
    'planners', 'generals', 'colleagues', 'analysts', 'counterparts'],
};
const SEAT_PEOPLE_WORDS = new Set(SEAT_PEOPLE.words);

/**
 * A seat of government (NEWS_LANDMARKS with `seat`) is its government when it speaks or acts, an organization ("The
 * White House said the talks would resume", "Downing Street declined to comment"), and the building when the text puts
 * someone there ("Trump met Zelensky at the White House", "Protesters gathered outside the Kremlin"), whichever type
 * the tagger gave it. Any other mention keeps the tagger's type.
 */
function retypeSeatsOfGovernment(text: string, names: RefinedName[]): void {
  for (const n of names) {
    // (the tagger's person too: "…, Kensington Palace said on Tuesday")
    if (n.type === 'MISC' || !lookupLandmark(text.slice(n.start, n.end))?.seat) continue;
    const after = text.slice(n.end, n.end + 40);
    if ((n.type === 'LOC' || n.type === 'PER') && (SUBJECT_ACT_AFTER.test(after) || SEAT_ACT_AFTER.test(after))) {
      n.type = 'ORG';
      n.kind = null;
    } else if (n.type === 'PER') {
      // "Crowds gathered outside Buckingham Palace" (a person by the tagger): the building
      n.type = 'LOC';
    } else if (n.type === 'ORG') {
      const before = SEAT_PLACE_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
      if (before && !SEAT_PEOPLE_WORDS.has(before[1]!.toLowerCase())) n.type = 'LOC';
    }
  }
}

// the quarter pass of typeHeadFirstFeatures: ", " between names, "In " opening the sentence, the lower-case word after
const QUARTER_COMMA_GLUE = /^,[ \t]+$/;
const QUARTER_SENTENCE_IN = /^In[ \t]+$/;
const QUARTER_VERB_AFTER = /^[ \t]+(\p{Ll}+)/u;
const quarterAlternation = (...rules: WordRule[]): string =>
  rules.flatMap((r) => r.words).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\t]+')).join('|');
/**
 * What after a one-word name says a place: "Dharavi residents", "Ghobeiry's streets", "Ghobeiry was again hit",
 * "Govandi has been without power", "Malvani saw the worst flooding" (place-words.ts: QUARTER_NOUNS and the rest).
 */
const QUARTER_AFTER = new RegExp(`^(?:['’]s)?[ \\t]+(?:(?:${quarterAlternation(QUARTER_NOUNS)})|` +
  `(?:${quarterAlternation(QUARTER_LINKS)})[ \\t]+(?:(?:been|being)[ \\t]+)?(?:(?:${quarterAlternation(QUARTER_ADVERBS)}|\\p{Ll}+ly)[ \\t]+)?` +
  `(?:${quarterAlternation(QUARTER_PREDICATES)})|` +
  `(?:${quarterAlternation(QUARTER_EVENT_VERBS)})[ \\t]+(?:\\p{Ll}+[ \\t]+){0,2}(?:${quarterAlternation(QUARTER_EVENT_NOUNS)}))(?![\\p{L}-])`, 'u');
// A place that closes an apposition after a name: punctuation after it ("Dharavi, Mumbai, is a slum", "shelled Govandi,
// Mumbai."), or a country or state before a lower-case noun ("the Dayr az Zawr, Syria airstrike"). Not a city going on
// into a title or a noun ("Zelensky, Kyiv Mayor Vitali Klitschko", "met Sanchez, Madrid officials and aid groups"), nor a
// country or state into a title ("Obama, Illinois governor JB Pritzker").
const APPOSITION_END = /^(?:[,.;:!?)]|\s*$)/;
const APPOSITION_NEXT_WORD = /^[ \t]+(\p{Ll}+)/u;
function closesApposition(after: string, place: GazetteerEntry): boolean {
  if (APPOSITION_END.test(after)) return true;
  const w = place.kind === 'city' ? null : APPOSITION_NEXT_WORD.exec(after);
  return !!w && !TITLE.has(w[1]!);
}

const WATER_HEAD = wordSet(WATER_HEADS);
const WATER_DIRECTION = wordSet(WATER_DIRECTIONS);
const PLACE_SUBJECT_VERB = wordSet(PLACE_SUBJECT_VERBS);
// "the Bab el-Mandeb strait": a lower-case feature head right after the name
const FEATURE_TAIL_AFTER = /^[ \t]+(\p{Ll}+)\b/u;

/**
 * A feature the tagger cut in two, one space apart (report places 7): "patrolled the South China Sea" ("South", an
 * organization, and "China Sea"), "the Bab el-Mandeb strait" ("Bab", an organization, and "el-Mandeb"). A compass
 * word before a water name, or a place lead (PLACE_LEADS: "Bab", "Ras", "Jabal") before a name opening on an Arabic
 * article, is one place with it; a feature head after it ("strait") makes the whole a feature.
 */
function joinSplitFeatures(text: string, names: RefinedName[]): RefinedName[] {
  let out: RefinedName[] | null = null;
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1]!;
    const n = names[i]!;
    if (prev.sentence !== n.sentence || n.start !== prev.end + 1 || text[prev.end] !== ' ' || prev.office || n.office) continue;
    const first = text.slice(prev.start, prev.end);
    const s = text.slice(n.start, n.end);
    const last = s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
    let joined: RefinedName | null = null;
    if (WATER_DIRECTION.has(first.toLowerCase()) && isCapWord(first) && n.type === 'LOC' && s.includes(' ') && WATER_HEAD.has(last)) {
      joined = { ...n, start: prev.start, kind: 'feature' };
    } else if (PLACE_LEAD.has(first.toLowerCase()) && isCapWord(first) && ARTICLE_NAME_PART.test(s)) {
      joined = { ...prev, end: n.end, type: 'LOC', kind: FEATURE_NAME_TAIL.has(last) ? 'feature' : null, cue: 'place', cueKind: PLACE_LEAD.get(first.toLowerCase()) ?? null };
      const tail = FEATURE_TAIL_AFTER.exec(text.slice(n.end, n.end + 16));
      if (tail && FEATURE_NAME_TAIL.has(tail[1]!)) joined = { ...joined, end: n.end + tail[0].length, kind: 'feature' };
    }
    if (!joined) continue;
    out ??= names.slice();
    const at = out.indexOf(prev);
    out.splice(at, 2, joined);
    names = out;
    i--;
  }
  return out ?? names;
}

/**
 * "Power cuts hit Metro Manila and Greater Cairo", "Floods in Greater Manchester": "Greater", "Metro" or
 * "Metropolitan" before a place the gazetteer knows (or the whole, "Greater Manchester") is that metropolitan area, a
 * region; the tagger reads "Greater Khartoum" as a person. "Metropolitan Police" (an organization's head) stays.
 */
function typeMetroAreas(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if (n.kind || n.office || n.type === 'MISC') continue;
    const s = text.slice(n.start, n.end);
    const ws = s.split(' ');
    if (ws.length < 2 || ws.length > MAX_PLACE_WORDS || !METRO_LEAD.has(ws[0]!.toLowerCase()) || !ws.every(isCapWord)) continue;
    const last = ws[ws.length - 1]!.toLowerCase();
    if (ORG_HEAD.has(last) || INSTITUTION_HEAD.has(last) || COMPANY_HEAD.has(last) || KNOWN_ORG.has(normName(s))) continue;
    if (!isPlaceName(s) && !lookupPlace(ws.slice(1).join(' '))) continue;
    n.type = 'LOC';
    n.cue = 'place';
    n.cueKind = 'region';
  }
}

const EXTRA_DEMONYM = new Map(Object.entries(EXTRA_DEMONYMS.words));

/**
 * "Kyrgyz police said", "Tajik border guards", "Rohingya refugees": a people the gazetteer's demonyms miss
 * (EXTRA_DEMONYMS), alone, is like a nationality: no place and no actor. "Uzbeks", "Kurds" too. A surname spelled
 * alike stays the person ("Ersin Tatar … Tatar said").
 */
// a compass word, maybe, and a nation's person: "Northern Irishman", "Dane", "South African"
const DEMONYM_NOUN_NAME = new RegExp(`^(?:(?:Northern|Southern|Eastern|Western|North|South|East|West)[ \\t]+)?(?:${DEMONYM_NOUNS.words.map((w) => w.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/ /g, '[ \\t]+')).join('|')})$`, 'u');

function dropExtraDemonyms(text: string, names: RefinedName[]): void {
  let surnames: Set<string> | null = null;
  for (const n of names) {
    // "The Northern Irishman, 35, made an eagle", "the Dane was injured": a nation's person after "the" (DEMONYM_NOUNS)
    if (n.type !== 'MISC' && !n.kind && !n.office && DEMONYM_NOUN_NAME.test(text.slice(n.start, n.end)) && wordBefore(text, n.start) === 'the') { n.type = 'MISC'; continue; }
    // a party's adjective the gazetteer does not know is no place: "the Conservative leader"
    if (n.type === 'LOC' && !n.kind && PARTY_ADJECTIVE.has(text.slice(n.start, n.end).toLowerCase()) && !lookupPlace(text.slice(n.start, n.end))) { n.type = 'MISC'; continue; }
    if (n.type === 'MISC' || n.kind) continue;
    const s = text.slice(n.start, n.end);
    if (s.includes(' ') || !startsUpper(s)) continue;
    const w = s.toLowerCase();
    if (!EXTRA_DEMONYM.has(w) && !(w.endsWith('s') && EXTRA_DEMONYM.has(w.slice(0, -1)))) continue;
    // a surname alike ("Ersin Tatar … Tatar said", "Qadir Baloch"): the person, speaking or named in full
    if (REPORTED_AFTER.test(text.slice(n.end, n.end + 12))) continue;
    surnames ??= new Set(names.filter((p) => p.type === 'PER').map((p) => text.slice(p.start, p.end)).filter((p) => p.includes(' ')).map((p) => p.slice(p.lastIndexOf(' ') + 1)));
    if (!surnames.has(s)) n.type = 'MISC';
  }
}

/**
 * The word just before `pos`, lower case, past spaces and an abbreviation dot: "Gov. Greg" → "gov" (a scan, not a
 * regex ending in "$", which is quadratic on a flood of letters).
 */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  if (e === pos) return '';
  if (text[e - 1] === '.') e--;
  let b = e;
  while (b > 0 && e - b < 32 && /\p{L}/u.test(text[b - 1]!)) b--;
  return text.slice(b, e).toLowerCase();
}

/** A ship's prefix as written: "USS", "MS"; not "Ms" (a woman's honorific) nor "ms". */
function isShipPrefix(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && SHIP_PREFIX.has(w.toLowerCase());
}

/** "the people of Iraq": the nation as an actor, an organization span nesting the country's place mention. */
function findPeoplesOf(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    if (n.type !== 'LOC' || !countryOfName(text.slice(n.start, n.end))) continue;
    const before = text.slice(Math.max(0, n.start - 16), n.start);
    const m = PEOPLE_OF.exec(before);
    if (m) out.push({ start: n.start - (before.length - m.index), end: n.end, type: 'ORG', kind: null, sentence: n.sentence });
  }
  return out;
}

/** "Dayr az Zawr" tagged as "Dayr" + "Zawr": two names joined by an Arabic article form one place the gazetteer knows. */
function mergeArabicArticleNames(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (prev && prev.sentence === n.sentence && n.start > prev.end && ARABIC_ARTICLE_GLUE.test(text.slice(prev.end, n.start)) &&
      lookupPlace(text.slice(prev.start, n.end))) {
      out[out.length - 1] = { ...prev, end: n.end, type: 'LOC', cue: 'place' };
      continue;
    }
    out.push(n);
  }
  return out;
}

const OFFICE_DETERMINERS: WordRule = {
  id: 'office/determiner', why: '"the Minister said", "his Chief of Staff": a lone title word is an office after these; "Editor\'s note", "Official figures" are none',
  words: ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'your', 'my'],
};
const OFFICE_DETERMINER = wordSet(OFFICE_DETERMINERS);
/**
 * A person named by office alone: "the Minister said", "Foreign Secretary welcomes …", "The Minister for Central Asia,
 * Tobias Ellwood, visited". A capitalised title (with office words before it and "for/of the …" after) not followed
 * by a name; a place inside it ("Middle East") stays a place of its own. toActors joins it to the person holding it.
 */
/** Titles that say how a person is addressed, not an office: "Ms" of "Ms von der Leyen" is no person of its own. */
const HONORIFIC_TITLES: WordRule = {
  id: 'title/honorific-only', why: '"Mr de Villepin said": "Mr" before a lower-case particle names no office holder',
  words: ['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'dr'],
};
const HONORIFIC_TITLE = wordSet(HONORIFIC_TITLES);

function findOffices(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  const capWord = (t: Token | undefined) => !!t && isCapWord(t.text);
  // … and a thing's name holding a possessive: "Founder" of "Its Founder's Edition cards" (joinPossessiveNames)
  const actorNames = new SpanIndex(names.filter((n) => n.type === 'PER' || n.type === 'ORG' || (n.type === 'MISC' && /['’]s /u.test(text.slice(n.start, n.end)))));
  let surnames: Set<string> | null = null;
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!capWord(t) || !TITLE.has(low[i]!)) continue;
      let a = i;
      while (a > 0 && capWord(toks[a - 1]) && (OFFICE_MODIFIER.has(low[a - 1]!) || TITLE.has(low[a - 1]!))) a--;
      let b = i;
      while (b + 1 < toks.length && capWord(toks[b + 1]) && TITLE.has(low[b + 1]!)) b++;
      // "Minister for the Middle East", "Secretary of State"
      const of = toks[b + 1];
      const tail = !!of && /^(?:for|of)$/.test(of.text);
      if (tail) {
        let c = b + 2;
        if (toks[c]?.text.toLowerCase() === 'the') c++;
        let d = c;
        while (d < toks.length && d - c < MAX_OFFICE_TAIL && capWord(toks[d])) d++;
        if (d > c) b = d - 1;
      }
      i = b;
      const next = toks[b + 1];
      // a title before a name is part of the person's mention, not one of its own: "Minister Tobias Ellwood"
      // … and before a bracketed name: "Coach (Frank) Vogel came in"
      if (next && (/^\p{Lu}/u.test(next.text) || next.text === '.' || (next.text === '(' && capWord(toks[b + 2])))) continue;
      // an honorific names no office: "Ms von der Leyen", "Mr al-Sharaa" (the surname opens in lower case)
      if (a === b && HONORIFIC_TITLE.has(low[i]!)) continue;
      const start = toks[a]!.start;
      const end = toks[b]!.end;
      if (actorNames.overlaps(start, end) || out.some((n) => n.start < end && n.end > start)) continue;
      // "one vessel, the Galaxy Leader": a title word in a ship's name (VESSEL_BEFORE) names no office
      let c = a;
      while (c > 0 && capWord(toks[c - 1])) c--;
      if (VESSEL_BEFORE.test(text.slice(Math.max(0, toks[c]!.start - 32), toks[c]!.start))) continue;
      // "Julie Bishop spoke. Bishop said …": a title word that ends a person's full name in the article is that surname
      surnames ??= new Set(names.filter((n) => n.type === 'PER').map((n) => text.slice(n.start, n.end)).filter((s) => s.includes(' ')).map((s) => s.slice(s.lastIndexOf(' ') + 1)));
      if (a === b && surnames.has(t.text) && wordBefore(text, start) !== 'the') { out.push({ start, end, type: 'PER', kind: null, sentence: si }); continue; }
      // one title word alone names an office only after a determiner or its owner ("the Minister said", "the Foreign
      // Office Minister"): "Editor's note:", "Official figures showed", "Founder and chief executive Maya Lindqvist"
      // name no one (OFFICE_DETERMINERS)
      if (a === b && !tail && !(a > 0 && (OFFICE_DETERMINER.has(low[a - 1]!) || capWord(toks[a - 1])))) continue;
      out.push({ start, end, type: 'PER', kind: null, sentence: si, office: true });
    }
  });
  return out;
}

const INSTITUTION_HEAD = wordSet(ruleById(INSTITUTION_HEADS, 'org-head/institution'));
const COMPANY_HEAD = wordSet(...INSTITUTION_HEADS.slice(1));
const INSTITUTION_OF_LEAD = wordSet(INSTITUTION_OF_LEADS);
/** Institution heads whose name may hold "of" and end in its city: "Prince of Wales Hospital", "King's College London". */
const INSTITUTION_WITH_OF = INSTITUTION_HEAD;
const POSSESSIVE_TOKEN = /^['’]s?$/u;
const POSSESSIVE_NAME_WORD = wordSet(POSSESSIVE_NAME_WORDS);
const ABBREVIATION_DOT = '.';

/**
 * "the World Health Organization" tagged as "World" (a nationality-like name, as in "World Cup") + "Health
 * Organization": a capitalised word the tagger typed MISC right before an organization named by its head word is
 * the organization's first word.
 */
// "People's " right before a name: a capitalised word of POSSESSIVE_NAME_WORDS and its possessive
const POSSESSIVE_NAME_WORD_BEFORE = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)(?:['’]s|(?<=s)['’])[ \t]$/u;

/**
 * "the People's Protection Units (YPG)" tagged as "Protection Units" (the article writes "people" in lower case
 * elsewhere, and the tagger leaves the capital out): a capitalised possessive of POSSESSIVE_NAME_WORDS ("People's",
 * "Workers'", "Women's") right before an organization is its first word. A person's possessive ("Erdogan's Justice
 * and Development Party") is no such word and stays out.
 */
function extendOverPossessiveNameWord(text: string, n: RefinedName): void {
  if (n.type !== 'ORG') return;
  const m = POSSESSIVE_NAME_WORD_BEFORE.exec(text.slice(Math.max(0, n.start - 16), n.start));
  if (m && POSSESSIVE_NAME_WORD.has(m[1]!.toLowerCase())) n.start -= m[0].length;
}

function joinMiscIntoOrg(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'MISC' && n.type === 'ORG' && prev.sentence === n.sentence && text.slice(prev.end, n.start) === ' ' &&
      isCapWord(text.slice(prev.start, prev.end)) && !text.slice(prev.start, prev.end).includes(' ') &&
      // "the Kurdish-led Syrian Democratic Forces", "Turkish-backed Syrian National Army": a compound with a participle
      // ("-led", "-backed") describes the body and is no word of its name (the actor was "Kurdish-led Syrian
      // Democratic Forces", apart from the SDF)
      !COMPOUND.test(text.slice(prev.start, prev.end)) &&
      ORG_HEAD.has(words(text.slice(n.start, n.end)).pop()!)) {
      out[out.length - 1] = { ...n, start: prev.start };
      continue;
    }
    out.push(n);
  }
  return out;
}

/**
 * "Shares of General Motors fell", "Massachusetts General Hospital said", "Queen Elizabeth Hospital", "King's College
 * London", "Cardinal Health said": a capitalised run ending in a company or institution head (INSTITUTION_HEADS) is
 * one organization, title words ("General", "Queen", "Cardinal") and place names inside it included. The tagger reads
 * "General Motors" as a general called Motors, and "Vancouver General Hospital" as two places.
 */
function joinInstitutionNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const runs: RefinedName[] = [];
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    for (let i = 1; i < toks.length; i++) {
      // most tokens are lower-case words: the capital is asked before the two word lists
      if (!isCapWord(toks[i]!.text)) continue;
      const institution = INSTITUTION_HEAD.has(low[i]!);
      if (!institution && !COMPANY_HEAD.has(low[i]!)) continue;
      let j = i;
      // walk back over capitalised words, "St." and possessives ("King's", "St Thomas'"), and "of" inside a hospital's name
      while (j > 0) {
        const t = toks[j - 1]!;
        const glued = toks[j]!.start === t.end;
        if (POSSESSIVE_TOKEN.test(t.text) && !glued && j - 2 >= 0 && toks[j - 2]!.end === t.start && isCapWord(toks[j - 2]!.text) &&
          (TITLE.has(low[j - 2]!) || POSSESSIVE_NAME_WORD.has(low[j - 2]!) || /^St\.?$/u.test(toks[j - 3]?.text ?? '') || toks[j - 3]?.text === '.')) { j -= 2; continue; }
        if (t.text === ABBREVIATION_DOT && glued === false && j - 2 >= 0 && toks[j - 2]!.end === t.start && /^St$/u.test(toks[j - 2]!.text)) { j -= 2; continue; }
        if (toks[j]!.start - t.end !== 1) break;
        // "Prince of Wales Hospital": one royal or title word before "of", and nothing before it ("Dr. Jane Smith of …" stops)
        if (institution && t.text === 'of' && j - 2 >= 0 && INSTITUTION_OF_LEAD.has(low[j - 2]!) && isCapWord(toks[j - 2]!.text) && isCapWord(toks[j]!.text)) { j -= 2; break; }
        if (!isCapWord(t.text) || FUNCTION_WORD.has(low[j - 1]!) || DATE_WORD.has(low[j - 1]!) || NOT_OPENING_NAME.has(low[j - 1]!)) break;
        j--;
      }
      if (j === i || toks[j]!.text === 'of') continue;
      // "Kerala Health Minister Veena George": the head word must end the capitalised run
      if (toks[i + 1] && toks[i + 1]!.start - toks[i]!.end === 1 && isCapWord(toks[i + 1]!.text) && !(institution && isPlaceName(toks[i + 1]!.text))) continue;
      let k = i;
      // "King's College London", "University College London": the city after a college's name belongs to it
      if (institution && toks[k + 1] && toks[k + 1]!.start - toks[k]!.end === 1 && isCapWord(toks[k + 1]!.text) && isPlaceName(toks[k + 1]!.text) &&
        !isCapWord(toks[k + 2]?.text ?? 'x')) k++;
      runs.push({ start: toks[j]!.start, end: toks[k]!.end, type: 'ORG', kind: null, sentence: si });
      i = k;
    }
  });
  if (!runs.length) return names;
  let out = names;
  for (const r of runs) {
    const inside = out.filter((n) => n.start < r.end && n.end > r.start);
    if (inside.some((n) => n.start < r.start || n.end > r.end)) continue;
    if (inside.length === 1 && inside[0]!.start === r.start && inside[0]!.end === r.end && inside[0]!.type === 'ORG') continue;
    out = out.filter((n) => !inside.includes(n)).concat(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

const FOR_ORG_LEAD = wordSet(FOR_ORG_LEADS);
/** Longest "<purpose>" after "for" in an organization's name, in tokens: "Department for Work and Pensions" has 3. */
const MAX_FOR_TAIL = 6;

/**
 * "the Office for National Statistics", "Transport for London said", "the Howard League for Penal Reform": a body
 * (its last word an organization head or FOR_ORG_LEADS), "for" and capitalised words (with "and"/"of" between
 * them) are one organization. The tagger cuts them at "for" ("Office" + "National Statistics", or only "London").
 */
function joinForOrgNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const runs: RefinedName[] = [];
  const personStarts = new Set(names.filter((n) => n.type === 'PER').map((n) => n.start));
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    for (let f = 1; f + 1 < toks.length; f++) {
      if (toks[f]!.text !== 'for' || !isCapWord(toks[f - 1]!.text) || !FOR_ORG_LEAD.has(low[f - 1]!) && !ORG_HEAD.has(low[f - 1]!)) continue;
      let j = f - 1;
      while (j > 0 && toks[j]!.start - toks[j - 1]!.end === 1 && isCapWord(toks[j - 1]!.text) && !FUNCTION_WORD.has(low[j - 1]!) &&
        !DATE_WORD.has(low[j - 1]!) && !TITLE.has(low[j - 1]!)) j--;
      let k = f + 1;
      if (low[k] === 'the') k++;
      let e = -1;
      for (let m = k; m < toks.length && m - k < MAX_FOR_TAIL; m++) {
        if (isCapWord(toks[m]!.text) && !FUNCTION_WORD.has(low[m]!)) e = m;
        // "Department for Work and Pensions", "Society for the Protection of Birds"; not "… of Geert Wilders" (a person)
        else if (!((low[m] === 'and' || low[m] === 'of') && isCapWord(toks[m + 1]?.text ?? '') && !personStarts.has(toks[m + 1]!.start))) break;
      }
      if (e < 0) continue;
      runs.push({ start: toks[j]!.start, end: toks[e]!.end, type: 'ORG', kind: null, sentence: si });
      f = e;
    }
  });
  if (!runs.length) return names;
  let out = names;
  for (const r of runs) {
    const inside = out.filter((n) => n.start < r.end && n.end > r.start);
    if (inside.some((n) => n.start < r.start || n.end > r.end)) continue;
    out = out.filter((n) => !inside.includes(n)).concat(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

const PORTFOLIO_TITLE = wordSet(PORTFOLIO_TITLES);
/** Fewest capitalised words after "for" that hold a portfolio and a name: "Foreign Affairs Penny Wong". */
const MIN_PORTFOLIO_RUN = 3;
/** Most capitalised words of a portfolio and its holder's name: "Climate Change and Energy Chris Bowen" has 5. */
const MAX_PORTFOLIO_RUN = 9;

/**
 * "State Minister for Disaster Management Mohibbur Rahman", "Minister for Foreign Affairs Penny Wong": after a title,
 * "for" and a run of capitalised words (with "and"/"of" between them), the portfolio comes first and the holder's name
 * ends the run: its last two words, or three when the first of them is a given name ("Lalu Muhammad Iqbal"). The
 * tagger read the whole run as one organization ("Disaster Management Mohibbur Rahman"); the portfolio is no actor.
 * A run of two words is a portfolio alone ("Minister for Foreign Affairs said").
 */
function splitPortfolioFromPerson(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const people: RefinedName[] = [];
  const runs: { start: number; end: number }[] = [];
  sentences.forEach((toks, si) => {
    if (isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    for (let f = 1; f + 1 < toks.length; f++) {
      if (low[f] !== 'for' || !PORTFOLIO_TITLE.has(low[f - 1]!)) continue;
      const caps: number[] = [];
      let m = f + 1;
      for (; m < toks.length && caps.length < MAX_PORTFOLIO_RUN; m++) {
        if (toks[m]!.start - toks[m - 1]!.end !== 1) break;
        if (isCapWord(toks[m]!.text) && !FUNCTION_WORD.has(low[m]!)) caps.push(m);
        else if (!((low[m] === 'and' || low[m] === 'of' || low[m] === '&') && isCapWord(toks[m + 1]?.text ?? ''))) break;
      }
      // the run ends the name: a capital after it would be more of it
      if (caps.length < MIN_PORTFOLIO_RUN || (toks[m] && isCapWord(toks[m]!.text) && toks[m]!.start - toks[m - 1]!.end === 1)) continue;
      const last = caps.length - 1;
      // the name's words follow each other with no "and" between: "… and Relief Enamur Rahman"
      if (caps[last]! - caps[last - 1]! !== 1) continue;
      let first = last - 1;
      if (last >= 3 && caps[first]! - caps[first - 1]! === 1 && isGivenName(toks[caps[first - 1]!]!.text)) first--;
      const start = toks[caps[first]!]!.start;
      const end = toks[caps[last]!]!.end;
      people.push({ start, end, type: 'PER', kind: null, sentence: si });
      runs.push({ start: toks[f + 1]!.start, end });
      f = m;
    }
  });
  if (!people.length) return names;
  const out = names.filter((n) => !runs.some((r) => n.start < r.end && n.end > r.start));
  return out.concat(people).sort((a, b) => a.start - b.start);
}

const ON_ORG_LEAD = wordSet(ON_ORG_LEADS);
const COORDINATED_ORG_HEAD = wordSet(COORDINATED_ORG_HEADS);
/** Most capitalised words of one subject before "and" that joinLinkedOrgNames takes: "Internal Affairs and …". */
const MAX_COORDINATED_WORDS = 2;
/** Most subjects joined before a head: "the Land, Infrastructure, Transport and Tourism Ministry" has 4. */
const MAX_COORDINATED_SUBJECTS = 4;

/**
 * A government body's name the tagger cut at a link word, made one organization again:
 * - after "on" (ON_ORG_LEADS): "the Kenya National Commission| on Human Rights", "the Senate Committee| on Foreign Relations";
 * - after "and", in a name that holds "<head> of": "the White House Office of Management| and Budget";
 * - before the head, subjects joined by "and" or commas (COORDINATED_ORG_HEADS): "the Internal Affairs and| Communications
 *   Ministry", "the Economy, Trade and| Industry Ministry".
 * The words taken are capitalised, name no place, no date ("the Commission on Monday said") and no person with a given
 * name ("the Committee on Jane Smith's …"); a subject that is itself a body stops the walk ("the Defence Ministry and
 * Foreign Ministry" are two).
 */
function joinLinkedOrgNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const personAt = new Map<number, RefinedName>();
  for (const n of names) if (n.type === 'PER' || n.type === 'LOC') personAt.set(n.start, n);
  // a name the words may absorb: no place, no person with a given name ("Trade", "Budget", "Human Rights" were people)
  const isStopName = (o: RefinedName | undefined) => !!o && (o.type === 'LOC' || isGivenName(text.slice(o.start, o.end).split(/\s+/u)[0]!));
  const isSubjectWord = (toks: Token[], low: string[], i: number) => isCapWord(toks[i]!.text) && !FUNCTION_WORD.has(low[i]!) && !DATE_WORD.has(low[i]!) &&
    !ORG_HEAD.has(low[i]!) && !isPlaceName(toks[i]!.text) && !isStopName(personAt.get(toks[i]!.start));
  // the last token of capitalised words from k on, "and"/"of" between them: "Human Rights", "Oversight and Accountability"
  const tailEnd = (toks: Token[], low: string[], k: number): number => {
    let e = -1;
    for (let m = k; m < toks.length && m - k < MAX_FOR_TAIL; m++) {
      if (toks[m]!.start - toks[m - 1]!.end !== 1) break;
      if (isSubjectWord(toks, low, m)) e = m;
      else if (!(e >= 0 && (low[m] === 'and' || low[m] === 'of') && toks[m + 1] && isSubjectWord(toks, low, m + 1))) break;
    }
    return e;
  };
  const runs: RefinedName[] = [];
  for (const n of names) {
    if (n.type !== 'ORG') continue;
    const toks = sentences[n.sentence]!;
    if (isAllCaps(toks) || isTitleCase(toks)) continue;
    const inside = tokensIn(toks, n.start, n.end);
    if (!inside.length) continue;
    const low = lowersOf(toks);
    const first = toks.indexOf(inside[0]!);
    const last = first + inside.length - 1;
    let start = n.start;
    let end = n.end;
    const linked = low[last + 1] === 'on' ? ON_ORG_LEAD.has(low[last]!) || (low[last] === 'force' && low[last - 1] === 'task')
      : low[last + 1] === 'and' && low.slice(first, last).some((w, i) => low[first + i + 1] === 'of' && ORG_HEAD.has(w));
    if (linked && toks[last + 2] && toks[last + 1]!.start - toks[last]!.end === 1) {
      const e = tailEnd(toks, low, last + 2);
      if (e >= 0) end = toks[e]!.end;
    }
    if (COORDINATED_ORG_HEAD.has(low[last]!) && first >= 2 && low[first - 1] === 'and') {
      let j = first - 1;
      let at = first;
      for (let subjects = 0; subjects < MAX_COORDINATED_SUBJECTS && j > 0; subjects++) {
        let w = j;
        while (w > 0 && j - w < MAX_COORDINATED_WORDS && toks[w]!.start - toks[w - 1]!.end <= 1 && isSubjectWord(toks, low, w - 1)) w--;
        if (w === j) break;
        at = w;
        // "Economy, Trade and …": a comma goes on to one more subject
        if (w >= 2 && toks[w - 1]!.text === ',' && toks[w - 1]!.start === toks[w - 2]!.end) j = w - 1;
        else break;
      }
      if (at < first && low[at - 1] !== 'and') start = toks[at]!.start;
    }
    if (start === n.start && end === n.end) continue;
    runs.push({ start, end, type: 'ORG', kind: null, sentence: n.sentence });
  }
  // "The Council on American-Islamic Relations said": a head the tagger left out opens the name after "the", and the
  // words after "on" were a person "Relations"
  sentences.forEach((toks, si) => {
    if (!toks.some((t) => t.text === 'on') || isAllCaps(toks) || isTitleCase(toks)) return;
    const low = lowersOf(toks);
    for (let i = 1; i + 2 < toks.length; i++) {
      if (low[i + 1] !== 'on' || low[i - 1] !== 'the' || !ON_ORG_LEAD.has(low[i]!) || !isCapWord(toks[i]!.text)) continue;
      if (names.some((n) => n.start <= toks[i]!.start && n.end > toks[i]!.start) || toks[i + 1]!.start - toks[i]!.end !== 1) continue;
      const e = tailEnd(toks, low, i + 2);
      if (e >= 0) runs.push({ start: toks[i]!.start, end: toks[e]!.end, type: 'ORG', kind: null, sentence: si });
    }
  });
  if (!runs.length) return names;
  let out = names;
  for (const r of runs) {
    const overlapping = out.filter((n) => n.start < r.end && n.end > r.start);
    if (overlapping.some((n) => n.start < r.start || n.end > r.end)) continue;
    out = out.filter((n) => !overlapping.includes(n)).concat(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Link words inside a body's name after a plural noun that opens it: "Partners in Health", "Physicians across Continents".
 * Not "at": "the Masters at Augusta National", "Rangers at Ibrox" name an event or a team and the venue it plays at.
 */
const PLURAL_ORG_LINK = /^ (?:in|of|on|against|without|across)[ ]$/;
/** A capitalised plural noun, one word: "Partners", "Doctors", "Mothers" (not "Lucas", "Paris": no "-ers"/"-ors" etc.). */
const PLURAL_ORG_LEAD = /^\p{Lu}\p{Ll}+(?:ers|ors|ians|ists|ants|ents|ies|ens)$/u;

/**
 * "Partners in Health said": a body named by a plural noun, a link word and its cause, which the tagger cut in two
 * organizations ("Partners" and "Health"), made one. Both parts must be the tagger's organizations (the second may be
 * a place no gazetteer knows), the first a capitalised plural noun alone (PLURAL_ORG_LEAD: a plural of people is no
 * body's name on its own), one space and a lower-case link word between them (PLURAL_ORG_LINK): "Amnesty in Geneva"
 * (a place) stays apart.
 */
function joinPluralLedOrgs(text: string, names: RefinedName[]): RefinedName[] {
  const pairs = (test: (a: RefinedName, b: RefinedName) => boolean) => names.flatMap((a, i) => {
    const b = names[i + 1];
    return b && a.sentence === b.sentence && PLURAL_ORG_LINK.test(text.slice(a.end, b.start)) && PLURAL_ORG_LEAD.test(text.slice(a.start, a.end)) &&
      !countryOfDemonym(text.slice(a.start, a.end)) && !isGroupPlural(text.slice(a.start, a.end)) && test(a, b) ? [i] : [];
  });
  // (the second part a place the gazetteer does not know is the tagger's slip too: "Partners in Health, which runs …")
  // ("Republicans in Western North Carolina": a place of several words, a direction before a state, stays a place)
  const sure = pairs((a, b) => a.type === 'ORG' && (b.type === 'ORG' ||
    (b.type === 'LOC' && !b.kind && !b.cue && !/\s/u.test(text.slice(b.start, b.end)) && !isPlaceName(text.slice(b.start, b.end)))));
  if (!sure.length) return names;
  // the article's other mentions of a joined name, however the tagger typed their second part ("The clinic run by
  // Partners in Health": "Health" a place)
  const joinedText = new Set(sure.map((i) => text.slice(names[i]!.start, names[i + 1]!.end)));
  const at = new Set([...sure, ...pairs((a, b) => a.type === 'ORG' && joinedText.has(text.slice(a.start, b.end)))]);
  const out: RefinedName[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = names[i]!;
    if (!at.has(i)) out.push(a);
    else out.push({ start: a.start, end: names[++i]!.end, type: 'ORG', kind: null, sentence: a.sentence });
  }
  return out;
}

/** Titles that are also a part of a person's name after the given name (Somali names): "Hassan Sheikh Mohamud". */
const NAME_PART_TITLES: WordRule = {
  id: 'name/title-inside-name', why: '"Somali President Hassan Sheikh Mohamud … Hassan Sheikh said": one person, no town "Hassan"',
  words: ['sheikh'],
};
const NAME_PART_TITLE = wordSet(NAME_PART_TITLES);
/** A title token and its abbreviation dot: "Gov" "." → the index after both. */
function afterTitle(toks: Token[], low: string[], i: number): number {
  if (i >= toks.length || !isCapWord(toks[i]!.text) || !TITLE.has(low[i]!)) return -1;
  return toks[i + 1]?.text === '.' && toks[i + 1]!.start === toks[i]!.end ? i + 2 : i + 1;
}

/**
 * "Texas Gov. Greg Abbott", "London Mayor Sadiq Khan", "Kerala Chief Minister Pinarayi Vijayan": a place, then a
 * title, then a person. Tagged as one name (or the place with the title), the place is cut off as a place and the
 * rest is the person with the title at its start (actors.ts makes it the role); a place alone before a title and a
 * name ("California" in "California Governor Gavin Newsom", tagged an organization) is the place.
 */
function splitPlaceBeforeTitle(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    // most names have no title word in or right after them: one look at the words settles it
    if (n.kind || n.cue || !hasTitleWord(text, n.start, n.end + 24)) { out.push(n); continue; }
    const toks = sentences[n.sentence]!;
    const low = lowersOf(toks);
    const inside = tokensIn(toks, n.start, n.end);
    const i0 = inside.length ? toks.indexOf(inside[0]!) : -1;
    if (i0 < 0) { out.push(n); continue; }
    const surface = text.slice(n.start, n.end);
    // "Massachusetts General Hospital" is an organization's name, not a general's
    const lastWord = low[i0 + inside.length - 1]!;
    if (ORG_HEAD.has(lastWord) || INSTITUTION_HEAD.has(lastWord) || COMPANY_HEAD.has(lastWord)) { out.push(n); continue; }
    // the place alone, a title and a capitalised word after it
    if (n.type !== 'LOC' && !surface.includes(' ') && isRegionOrCity(surface)) {
      const a = afterTitle(toks, low, i0 + inside.length);
      // "FAA Administrator Mike Whitaker": an acronym before a title is a body, not a place the gazetteer spells alike
      if (a > 0 && toks[i0 + inside.length]!.start - n.end === 1 && isCapWord(toks[a]?.text ?? '')) { out.push({ ...n, type: ACRONYM.test(surface) ? 'ORG' : 'LOC' }); continue; }
    }
    let split = false;
    for (let k = 1; k <= Math.min(3, inside.length - 1) && !split; k++) {
      const ti = i0 + k;
      let a = afterTitle(toks, low, ti);
      if (a < 0) continue;
      const head = text.slice(n.start, toks[ti - 1]!.end);
      if (!isRegionOrCity(head)) continue;
      // "Somali President Hassan Sheikh Mohamud", "Hassan Sheikh said": a given name before a title that is also part of
      // a name (NAME_PART_TITLES) is the person's, not a town ("Hassan", India)
      if (n.type === 'PER' && k === 1 && NAME_PART_TITLE.has(low[ti]!) && GIVEN_NAME.has(givenKey(head))) continue;
      // "Chief Minister", "Deputy Mayor": more title words
      for (let b = afterTitle(toks, low, a); b > 0 && toks[a - 1]!.end <= n.end; b = afterTitle(toks, low, a)) a = b;
      out.push({ ...n, end: toks[ti - 1]!.end, type: ACRONYM.test(head) ? 'ORG' : 'LOC', cue: undefined, listCue: undefined, cueKind: undefined });
      // the person with the title; a name ending in the title ("Texas Gov.") leaves it to the person after it
      if (toks[a] && toks[a]!.end <= n.end) out.push({ ...n, start: toks[ti]!.start, type: 'PER', cue: undefined, listCue: undefined, cueKind: undefined });
      split = true;
    }
    if (!split) out.push(n);
  }
  return out;
}

/** Words that open an Arabic name as "father of", "mother of", "son of": "Abu Kanan", "Umm Khaled" (no town before a name). */
const KUNYA = new Set(['abu', 'umm', 'ibn', 'bin', 'bint']);
/** Longest place, in words, splitPlaceAfterTitle cuts off a name after a title: "Dera Bugti". */
const PLACE_AFTER_TITLE_MAX_WORDS = 2;

/**
 * "Deputy Commissioner Kech Bashir Ahmed Baloch told Dawn", "Deputy Commissioner Quetta Saad Asad said": Pakistani and
 * Indian copy writes the district an official serves between the title and the name. A person's name of three words
 * or more right after a title, opening with a city or a division the gazetteer knows (not a given name: "Deputy
 * Commissioner Hassan Ali Khan" keeps "Hassan"), is that place and a person of the words after it (the person was
 * "Kech Bashir Ahmed Baloch").
 */
function splitPlaceAfterTitle(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    const ws = surface.split(' ');
    if (n.type !== 'PER' || n.kind || n.cue || ws.length < 3) { out.push(n); continue; }
    const title = wordBefore(text, n.start);
    // (nor a kunya, nor before an Arabic article: "Capt. Abu Kanan al-Homsi" keeps "Abu", a town of India)
    if (!title || !TITLE.has(title) || GIVEN_NAME.has(givenKey(ws[0]!)) || isNameLead(ws[0]!) || KUNYA.has(ws[0]!.toLowerCase()) ||
      !ws.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))) { out.push(n); continue; }
    let k = 0;
    for (let j = 1; j <= PLACE_AFTER_TITLE_MAX_WORDS && j <= ws.length - 2; j++) if (isRegionOrCity(ws.slice(0, j).join(' '))) k = j;
    if (!k) { out.push(n); continue; }
    const end = n.start + ws.slice(0, k).join(' ').length;
    // (a kind of place, as a cue gives: a lone town after a title is no person's surname here, retypeSurnamePlaces)
    out.push({ ...n, end, type: 'LOC', cue: 'place', cueKind: lookupPlace(text.slice(n.start, end))?.kind === 'region' ? 'region' : 'city' }, { ...n, start: end + 1 });
  }
  return out;
}

/**
 * "Queensland Premier Steven Miles said" with "Queensland" left untagged (the sentence's first word): one or two
 * capitalised words right before a title and a person's name, that the gazetteer knows as a division or a city, are
 * that place.
 */
function findPlacesBeforeTitles(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  let named: SpanIndex | null = null;
  for (const n of names) {
    if (n.type !== 'PER' || !hasTitleWord(text, n.start - 16, n.end)) continue;
    const toks = sentences[n.sentence]!;
    const first = tokensIn(toks, n.start, n.end)[0];
    let i = first ? toks.indexOf(first) : -1;
    const low = lowersOf(toks);
    // the title may be inside the name ("Premier Steven Miles") or just before it ("Gov." + "Greg Abbott")
    if (i < 0) continue;
    if (afterTitle(toks, low, i) < 0) {
      let t = i - 1;
      if (t >= 0 && toks[t]!.text === '.') t--;
      if (t < 0 || afterTitle(toks, low, t) < 0) continue;
      i = t;
    }
    while (i > 0 && isCapWord(toks[i - 1]!.text) && TITLE.has(low[i - 1]!)) i--;
    for (let k = Math.min(2, i); k >= 1; k--) {
      const from = toks[i - k]!;
      if (!toks.slice(i - k, i).every((t, j) => isCapWord(t.text) && toks[i - k + j + 1]!.start - t.end === 1)) continue;
      if (!isRegionOrCity(text.slice(from.start, toks[i - 1]!.end))) continue;
      named ??= new SpanIndex(names);
      if (!named.overlaps(from.start, toks[i - 1]!.end)) out.push({ start: from.start, end: toks[i - 1]!.end, type: ACRONYM.test(from.text) && k === 1 ? 'ORG' : 'LOC', kind: null, sentence: n.sentence });
      break;
    }
  }
  return out;
}

const PARTICLE = wordSet(NAME_PARTICLES);
/** Question words opening a sentence, no given name before a particle: "How do Smith and Jones plan to win?". */
const QUESTION_WORDS = new Set(['how', 'why', 'what', 'where', 'when', 'who', 'which', 'whom', 'whose']);
const PARTICLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NAME_PARTICLES.words.filter((w) => !w.includes(' ')).join('|')})\\s+$`, 'iu');
/** Some word of text.slice(from, to) is a title ("Gov.", "Mayor"): a cheap test before the token work. */
function hasTitleWord(text: string, from: number, to: number): boolean {
  // the words between single spaces, as slice(from, to).split(' ') gives them, without building the slice or the
  // array: only a capitalised word of two or more characters is cut out and looked up ("Gov." → "gov")
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end;) {
    // a scan bounded by `end`: indexOf would run on past it through a long text without spaces
    let j = i;
    while (j < end && text.charCodeAt(j) !== 32) j++;
    if (j - i > 1) {
      const c = text.charCodeAt(i);
      if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text.slice(i, j))) {
        const w = text.slice(i, text.charCodeAt(j - 1) === 46 ? j - 1 : j);
        if (TITLE.has(w.toLowerCase())) return true;
      }
    }
    i = j + 1;
  }
  return false;
}

/**
 * "Ursula von der Leyen … Von der Leyen said" tagged as "Leyen": lower-case particles (NAME_PARTICLES) right before
 * a person's name belong to it, and so do the given names before them; particles written with capitals only open a
 * sentence or follow a given name.
 */
function joinParticleNames(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const drop = new Set<RefinedName>();
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (let q = 0; q < sorted.length; q++) {
    const n = sorted[q]!;
    if (n.type !== 'PER' || !spaceBefore(text, n.start) || !PARTICLE_BEFORE.test(text.slice(Math.max(0, n.start - 9), n.start))) continue;
    const toks = sentences[n.sentence]!;
    const first = tokensIn(toks, n.start, n.end)[0];
    const i = first ? toks.indexOf(first) : -1;
    if (i <= 0) continue;
    const low = lowersOf(toks);
    const spaced = (a: number) => toks[a + 1]!.start - toks[a]!.end === 1;
    let p = i;
    for (const len of [2, 1]) {
      if (i - len < 0 || !PARTICLE.has(low.slice(i - len, i).join(' ')) || !toks.slice(i - len, i).every((_, j) => spaced(i - len + j))) continue;
      p = i - len;
      break;
    }
    if (p === i) continue;
    let g = p;
    while (g > 0 && p - g < MAX_GIVEN_NAMES && spaced(g - 1) && isCapWord(toks[g - 1]!.text) && !FUNCTION_WORD.has(low[g - 1]!) &&
      !TITLE.has(low[g - 1]!) && !DATE_WORD.has(low[g - 1]!) && !QUESTION_WORDS.has(low[g - 1]!)) g--;
    const capitalParticle = isCapWord(toks[p]!.text);
    // the Portuguese "do" ("Andre Correa do Lago") is an English auxiliary too: "How do Smith and Jones …", "Do
    // Democrats …" open a question; it joins a name only in lower case after a given name
    if (low[p] === 'do' && (capitalParticle || g === p)) continue;
    if (g === p && capitalParticle && p !== 0) continue;
    // a lower-case particle with no given name before it is a preposition or an article on a non-English page: "da
    // Toei Animation", "der Oberpfalz"; after a title it opens the surname: "Ms von der Leyen", "Mr de Villepin"
    const titled = g === p && p > 0 && spaced(p - 1) && TITLE.has(low[p - 1]!.replace(/\.$/u, ''));
    if (g === p && !capitalParticle && !titled) continue;
    // a name before it: only a person's given names, taken in ("Ursula von" + "Leyen")
    const start = toks[g]!.start;
    // … or a given name the tagger read alone as a place ("Ursula" of "BRUSSELS — Ursula von der Leyen")
    const givenOnly = (o: RefinedName) => o.start >= start && o.end <= toks[p - 1]!.end && !o.kind && !o.cue && !/\s/u.test(text.slice(o.start, o.end)) &&
      !countryOfName(text.slice(o.start, o.end));
    const before = sorted.slice(0, q).filter((o) => o.end > start && !drop.has(o));
    if (before.some((o) => (o.type !== 'PER' && !givenOnly(o)) || o.start < start)) continue;
    for (const o of before) drop.add(o);
    // the title read as the person ("Ms" of "Ms von der Leyen"): the name is the surname after it
    if (titled) for (const o of sorted.slice(0, q)) if (o.type === 'PER' && o.start >= toks[p - 1]!.start && o.end <= toks[p - 1]!.end + 1) drop.add(o);
    n.start = start;
  }
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

const COMPANY_FORM_WORD = wordSet(COMPANY_FORM_WORDS);
// "Mr de Villepin", "Ms. Court": a capitalised honorific right before a name
const HONORIFIC_AT_START = new RegExp(`^(?:${HONORIFIC_TITLES.words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\.?\\s+(?=\\p{L})`, 'u');
const HONORIFIC_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${HONORIFIC_TITLES.words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\.?\\s+$`, 'u');

// dotted initials that stand for given names: "J.K." of "J.K. Rowling"
const INITIALS = /^(?:\p{Lu}\.)+$/u;
// a lower-case particle between capitalised words: "Dominique de Villepin", "Ursula von der Leyen"
const INNER_PARTICLE = new RegExp(`^\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)? (?:${NAME_PARTICLES.words.join('|')}) \\p{Lu}[\\p{L}-]*$`, 'u');

const DOTTED_NON_INITIAL = wordSet(DOTTED_NON_INITIALS);
// two or three dotted initials and a surname: "A.G. Sulzberger", "H.R. McMaster"
const INITIALLED_NAME = /^(?:\p{Lu}\.){2,3} \p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * "A.G. Sulzberger, publisher of the newspaper": the tagger reads dotted initials like a company's "AG". Initials and
 * one capitalised surname are a person's name unless a company cue follows ("J.P. Morgan shares fell") or the surname
 * is an organization head.
 */
function retypeInitialledPeople(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if (n.kind || n.cue) continue;
    const s = text.slice(n.start, n.end);
    // "P.O. Box 1200": an address, no actor of any kind, whatever the tagger read
    if (INITIALLED_NAME.test(s) && DOTTED_NON_INITIAL.has(s.slice(0, s.indexOf(' ')).replaceAll('.', '').toLowerCase())) { n.type = 'MISC'; continue; }
    if (n.type !== 'ORG' && n.type !== 'LOC') continue;
    if (!INITIALLED_NAME.test(s) || countryOfName(s.slice(0, s.indexOf(' ')))) continue;
    const last = s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
    if (ORG_HEAD.has(last) || COMPANY_HEAD.has(last) || INSTITUTION_HEAD.has(last) || KNOWN_ORG.has(normName(s)) || COMPANY_AFTER.test(text.slice(n.end, n.end + 28))) continue;
    n.type = 'PER';
  }
}

// one to three capitals right before a name: "N " of "Chief Minister N Biren Singh" (the word before them is read
// by wordBefore: a pattern reaching back over it too was quadratic on a flood of letters)
const UNDOTTED_INITIALS_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}{1,3})[ \t]+$/u;
const UNDOTTED_INITIALLED = /^(?:(\p{L}+)[ \t]+)?(\p{Lu}{1,3})[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)$/u;

/**
 * Indian copy writes given names as initials without full stops after a title: "Chief Minister N Biren Singh" (the
 * person "Biren Singh"), "Inspector General of Police (Kashmir) VK Birdi" (an organization "VK Birdi"), "Director
 * General of Police RR Swain" (an organization "Police RR Swain"). After a title's word or a closing bracket, the
 * initials and a name of one or two capitalised words are a person's name, initials included; not when the capitals
 * are an acronym the article spells out ("(CRPF)") or a known body or country.
 */
function mendUndottedInitials(text: string, names: RefinedName[]): void {
  const isAcronym = (a: string) => text.includes(`(${a})`) || KNOWN_ORG.has(normName(a)) || !!countryOfName(a);
  for (const n of names) {
    if (n.kind || n.cue || n.type === 'MISC' || n.type === 'LOC') continue;
    const s = text.slice(n.start, n.end);
    if (n.type === 'PER') {
      // "Biren Singh" of "Chief Minister N Biren Singh": the initials before the name
      const m = UNDOTTED_INITIALS_BEFORE.exec(text.slice(Math.max(0, n.start - 8), n.start));
      if (!m || isAcronym(m[1]!) || s.split(' ').length > 2) continue;
      const at = n.start - m[0].length;
      if (!(TITLE.has(wordBefore(text, at)) || /\)[ \t]+$/.test(text.slice(Math.max(0, at - 4), at)))) continue;
      n.start = at;
      continue;
    }
    // an organization "VK Birdi" after a bracket or title, or "Police RR Swain" with the title's last word inside
    const m = UNDOTTED_INITIALLED.exec(s);
    if (!m || isAcronym(m[2]!)) continue;
    const last = m[3]!.split(/\s+/).pop()!.toLowerCase();
    if (ORG_HEAD.has(last) || COMPANY_HEAD.has(last) || INSTITUTION_HEAD.has(last) || KNOWN_ORG.has(normName(s))) continue;
    const lead = m[1] ? m[1].toLowerCase() : wordBefore(text, n.start);
    const bracket = !m[1] && /\)[ \t]+$/.test(text.slice(Math.max(0, n.start - 4), n.start));
    if (!(bracket || TITLE.has(lead) || (m[1] && ORG_HEAD.has(lead)))) continue;
    if (m[1]) n.start += s.indexOf(m[2]! + ' ', m[1].length);
    n.type = 'PER';
  }
}

/**
 * "Dominique de Villepin, a former prime minister, said": a name with a lower-case particle inside, read as a place
 * or an organization, is a person when an apposition or an age after it says a person is meant and the gazetteer does
 * not know it as a place ("Rio de Janeiro").
 */
function retypeParticlePeople(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if ((n.type !== 'LOC' && n.type !== 'ORG') || n.kind || n.cue) continue;
    const s = text.slice(n.start, n.end);
    if (!INNER_PARTICLE.test(s)) continue;
    const after = text.slice(n.end, n.end + 60);
    if (!(ROLE_APPOSITION.test(after) || PERSON_APPOSITION.test(after) || AGE_APPOSITION.test(after)) || lookupPlace(s) || KNOWN_ORG.has(normName(s))) continue;
    if (ORG_HEAD.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase())) continue;
    n.type = 'PER';
  }
}

const ROLE_NOUN = wordSet(ROLE_NOUNS);
const OF_AFTER = /^ of /u;
// a capitalised title word, then another capitalised word: "Secretary Minoru" after "Chief Cabinet"
const TITLE_WORD_AFTER = /^ (\p{Lu}\p{Ll}+) \p{Lu}/u;
/**
 * "Officials said Chief Cabinet Secretary Minoru Kihara": the tagger's person "Chief Cabinet" opens with a title and
 * is followed by another title and a name. It is the head of that longer title, no person ("Chief" read as an honorific).
 */
function dropPersonTitleHeads(text: string, names: RefinedName[]): RefinedName[] {
  return names.filter((n) => {
    if (n.type !== 'PER' || n.kind) return true;
    const s = text.slice(n.start, n.end);
    const sp = s.indexOf(' ');
    // "Roman Mrochko, Head of the Kherson City Military Administration, said": a role word alone before "of" opens
    // an office, no person (a person "Head" was an actor of its own)
    if (sp < 0 && ROLE_NOUN.has(s.toLowerCase()) && OF_AFTER.test(text.slice(n.end, n.end + 4))) return false;
    if (sp < 0 || !TITLE.has(s.slice(0, sp).toLowerCase())) return true;
    const m = TITLE_WORD_AFTER.exec(text.slice(n.end, n.end + 40));
    return !(m && TITLE.has(m[1]!.toLowerCase()));
  });
}

/**
 * "Jamie Court said … Mr Court added", "Ahmed al-Sharaa … Mr al-Sharaa said", "Dominique de Villepin … Mr de
 * Villepin": an honorific names a person, whatever the tagger thought of the words ("court" is an organization
 * head, "Dominique" a place to the gazetteer). The name after the honorific is a person, and so are the article's
 * other names of two to four capitalised words that end in it (or are it), unless the gazetteer knows them as places.
 */
function retypeHonorificPeople(text: string, names: RefinedName[]): void {
  retypeParticlePeople(text, names);
  retypeInitialledPeople(text, names);
  mendUndottedInitials(text, names);
  const surnames = new Set<string>();
  for (const n of names) {
    if (n.kind || n.type === 'MISC') continue;
    let s = text.slice(n.start, n.end);
    // the honorific inside the name ("Mr Court" tagged whole) or right before it
    const inner = HONORIFIC_AT_START.exec(s);
    if (inner) s = s.slice(inner[0].length);
    else if (!spaceBefore(text, n.start) || !HONORIFIC_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start))) continue;
    if (!/^\p{Lu}|^(?:al|el)-\p{Lu}|^\p{Ll}+ /u.test(s) || s.split(' ').length > 3) continue;
    n.type = 'PER';
    n.cue = undefined;
    surnames.add(s);
  }
  if (!surnames.size) return;
  for (const n of names) {
    if (n.type === 'PER' || n.type === 'MISC' || n.kind) continue;
    const s = text.slice(n.start, n.end);
    const ws = s.split(' ');
    if (ws.length > 4) continue;
    const tail = [...surnames].find((w) => s === w || (s.endsWith(' ' + w) && ws.length - w.split(' ').length <= 2));
    if (!tail || !(isCapWord(ws[0]!) || INITIALS.test(ws[0]!)) && s !== tail) continue;
    if (s !== tail && (lookupPlace(s) || ws.some((w) => TITLE.has(w.toLowerCase()) || FUNCTION_WORD.has(w.toLowerCase())))) continue;
    // a company named after a surname stays a company: "Johnson & Johnson" and "Mr Johnson", "Morgan Stanley" (the
    // tagger's organization, with no head word to explain it) and "Mr Stanley"; "Jamie Court" (an organization for
    // its head word "court") and "Mr Court" is the person
    if (s !== tail && (s.includes('&') || ws.some((w) => COMPANY_FORM_WORD.has(w.toLowerCase().replace(/\.$/u, ''))) ||
      (n.type === 'ORG' && !ws.some((w) => { const l = w.toLowerCase(); return ORG_HEAD.has(l) || INSTITUTION_HEAD.has(l) || COMPANY_HEAD.has(l); })))) continue;
    n.type = 'PER';
    n.cue = undefined;
  }
}

/** A first-level division or a city the gazetteer knows by this exact name, not a country: "Texas", "London". */
function isRegionOrCity(s: string): boolean {
  const p = lookupPlace(s);
  return !!p && (p.kind === 'region' || p.kind === 'city') && !countryOfName(s);
}

const PLACE_GIVEN_NAME = wordSet(PLACE_GIVEN_NAMES);

// Arabic titles that open the names of quarters and towns: "Sheikh Maqsoud" (Aleppo), "Sheikh Jarrah" (Jerusalem),
// "Sayyida Zeinab" (Damascus), "Sidi Bouzid" (Tunisia)
const PLACE_TITLE = '(?:Sheikh|Sheik|Sayyida|Sayeda|Sidi)';
// a place's preposition, then the title: "in Sheikh Maqsoud", "near the Sheikh Maqsoud …" (not "from", "of", "with":
// "a letter from Sheikh Tamim", "the son of Sheikh Zayed")
// … or a place noun (PLACE_PART_NOUNS, use titled-example) and an example's cue: "Kurdish neighbourhoods such as
// Sheikh Maqsoud"
const TITLED_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:in|near|outside|around|into|toward|towards|(?:${placePartNouns('titled-example').join('|')}),?\\s+(?:such\\s+as|including|like))\\s+(?:the\\s+)?${PLACE_TITLE}\\s+$`, 'u');
const TITLE_JUST_BEFORE = new RegExp(`(?:^|[^\\p{L}])${PLACE_TITLE}\\s+$`, 'u');
// … or a quarter's head after the name: "the Sheikh Maqsoud neighbourhood", "such as Sheikh Maqsoud and …" is not
const TITLED_PLACE_HEAD_AFTER = new RegExp(`^\\s+(?:${placePartNouns('titled-head').join('|')})\\b`, 'u');

/**
 * "Clashes broke out in the Sheikh Maqsoud neighbourhood of Aleppo", "families evicted in Sheikh Jarrah": a person's
 * name after an Arabic title (PLACE_TITLE) is a place when a place's preposition stands before the title or a
 * quarter's head follows the name; the title is the place's first word (the actor was "Maqsoud", role Sheikh). A
 * possessive after it says a person ("in Sheikh Hasina's government").
 */
function retypeTitledPlace(text: string, n: RefinedName): void {
  if (n.type !== 'PER') return;
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const title = TITLE_JUST_BEFORE.exec(before);
  if (!title || /^['’]s\b/u.test(text.slice(n.end, n.end + 3))) return;
  if (!TITLED_PLACE_BEFORE.test(before) && !TITLED_PLACE_HEAD_AFTER.test(text.slice(n.end, n.end + 16))) return;
  n.start -= title[0].length - (/^\p{L}/u.test(title[0]) ? 0 : 1);
  n.type = 'LOC';
}
// ", the actress,", ", the Canadian psychologist,", ", who stars in": an apposition that says a person is meant
const PERSON_APPOSITION = new RegExp(`^,\\s+(?:(?:the|a|an|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${PERSON_NOUNS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');

/**
 * "Jordan Peterson, the Canadian psychologist, … Peterson said": the gazetteer feature pulls a name whose first word
 * is a place to a place (or an organization: "Paris Hilton", "Elon Musk"). Two or three capitalised words, not a
 * place or an organization's name as a whole, are a person when the last word is a person's name elsewhere in the
 * article ("Peterson said"), or when the first word is a given name that is also a place (PLACE_GIVEN_NAMES) and an
 * apposition or an age says a person is meant ("Florence Pugh, the actress").
 */
function retypePlaceFirstPeople(text: string, names: RefinedName[]): void {
  let lasts: Set<string> | null = null;
  let anyLasts: Set<string> | null = null;
  for (const n of names) {
    if ((n.type !== 'LOC' && n.type !== 'ORG') || n.kind || n.cue) continue;
    const s = text.slice(n.start, n.end);
    // the cheap part of the cues first: the last word a person's elsewhere, or a given name that is a place
    const sp = s.indexOf(' ');
    if (sp < 0) continue;
    // the surname alone ("Peterson said"); not the last word of another long name ("the Black Book" read as a person)
    // … and that lone surname speaks or has a title ("Peterson said", "Mr Peterson"): "Magic guard Jalen Suggs", "The
    // Browns said" are a team's nickname, "Clipper will reach Jupiter" a spacecraft's
    lasts ??= new Set(names.filter((p) => p.type === 'PER' && (REPORTED_AFTER.test(text.slice(p.end, p.end + 12)) || TITLE.has(wordBefore(text, p.start))) &&
      wordBefore(text, p.start) !== 'the').map((p) => text.slice(p.start, p.end)).filter((w) => !/\s/u.test(w)));
    // … or, when the first word is no city or region, a lone surname doing anything ("Elon Musk, the company's
    // founder, … Musk gave no date"): only a city's name before a nickname makes a team ("Orlando Magic")
    anyLasts ??= new Set(names.filter((p) => p.type === 'PER' && wordBefore(text, p.start) !== 'the').map((p) => text.slice(p.start, p.end)).filter((w) => !/\s/u.test(w) && !/\p{Ll}s$/u.test(w)));
    const lastWord = s.slice(s.lastIndexOf(' ') + 1);
    // ("the Europa Clipper probe … Clipper will reach Jupiter": a person's full name does not follow "the")
    const looseCue = anyLasts.has(lastWord) && !lasts.has(lastWord) && wordBefore(text, n.start) !== 'the' && !isRegionOrCity(s.slice(0, sp));
    if (!lasts.has(lastWord) && !looseCue && !PLACE_GIVEN_NAME.has(s.slice(0, sp).toLowerCase())) continue;
    const ws = s.split(' ');
    if (ws.length < 2 || ws.length > 3 || !ws.every((w) => isCapWord(w) && !/[.'’]/u.test(w))) continue;
    const lw = ws.map((w) => w.toLowerCase());
    const last = lw[lw.length - 1]!;
    if (ORG_HEAD.has(last) || INSTITUTION_HEAD.has(last) || COMPANY_HEAD.has(last) || PLACE_HEAD.has(last) || lw.some((w) => TITLE.has(w) || FUNCTION_WORD.has(w))) continue;
    const after = text.slice(n.end, n.end + 60);
    // the cues first (cheap), the gazetteer after
    const cued = lasts.has(ws[ws.length - 1]!) || looseCue ||
      (PLACE_GIVEN_NAME.has(lw[0]!) && (PERSON_APPOSITION.test(after) || AGE_APPOSITION.test(after)) && !isRegionName(ws[ws.length - 1]!));
    if (!cued || KNOWN_ORG.has(normName(s)) || isPlaceName(s) || countryOfName(s) || countryOfDemonym(ws[0]!) || GROUP_ADJECTIVE.has(lw[0]!)) continue;
    n.type = 'PER';
  }
}

const PERSON_ACT_AFTER = new RegExp(`^\\s+(?:${PERSON_ACTS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
// compromise's tags of a common word ("Power", "Cross", "Airways"): "Georgia Power", "Victoria Cross" are no people
const COMMON_SURNAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Plural', 'Uncountable', 'Value', 'Date', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction'];
// compromise's tags of a name's words that say a team, body or place: "Brooklyn Nets", "Austin Energy", "Victoria Falls"
const NOT_PERSON_NAME_TAGS = ['Organization', 'SportsTeam', 'Place'];
const NOT_SURNAME = wordSet(NOT_SURNAMES);
/** Distinct names retypeGivenNamePeople asks compromise about per article: bounds the work on pathological input. */
const MAX_GIVEN_NAME_SUSPECTS = 50;

/**
 * "Chad Daybell was sentenced in Idaho", "Israel Adesanya fought in Perth", "Victoria Beckham and Brooklyn Beckham
 * attended", "Tyre Nichols died": a given name that is also a place (PLACE_GIVEN_NAMES) and a surname, typed as a
 * place or an organization with no cue around it, is a person when the second word is nothing else: no head word,
 * place, nationality or title, not written in lower case in the article, not "the Victoria Cross", and a surname to
 * compromise or an unknown word. A tagged organization needs more, as teams are named alike ("Brooklyn Nets"): a
 * surname compromise knows, a first word compromise reads as a given name in the pair ("Sydney Sweeney"), or a verb
 * only a person does after it ("died", "was sentenced").
 */
function retypeGivenNamePeople(text: string, sentences: Token[][], names: RefinedName[]): void {
  // one entry per written name: compromise is asked once about "Chad Daybell", however often the article names him
  const suspects = new Map<string, { ns: RefinedName[]; surname: string }>();
  let lowerSeen: Set<string> | null = null;
  for (const n of names) {
    if ((n.type !== 'LOC' && n.type !== 'ORG') || n.kind || n.cue) continue;
    const s = text.slice(n.start, n.end);
    const sp = s.indexOf(' ');
    if (sp < 0 || s.indexOf(' ', sp + 1) >= 0 || !PLACE_GIVEN_NAME.has(s.slice(0, sp).toLowerCase())) continue;
    const seen = suspects.get(s);
    if (seen) { seen.ns.push(n); continue; }
    if (suspects.size >= MAX_GIVEN_NAME_SUSPECTS) continue;
    const surname = s.slice(sp + 1);
    const low = surname.toLowerCase();
    if (!isCapWord(s) || !isCapWord(surname) || /[.'’-]/u.test(surname) || ORG_HEAD.has(low) || INSTITUTION_HEAD.has(low) || COMPANY_HEAD.has(low) ||
      PLACE_HEAD.has(low) || TITLE.has(low) || FUNCTION_WORD.has(low) || GENERIC_NAME_WORD.has(low) || NOT_SURNAME.has(low) || wordBefore(text, n.start) === 'the') continue;
    lowerSeen ??= lowerWordsOf(sentences);
    if (lowerSeen.has(low) || KNOWN_ORG.has(normName(s)) || isPlaceName(s) || isPlaceName(surname) || countryOfDemonym(surname)) continue;
    suspects.set(s, { ns: [n], surname });
  }
  if (!suspects.size) return;
  // one call for both readings: the surname as a word ("power": a verb), the whole as a name ("Brooklyn Nets": a team)
  const list = [...suspects.entries()];
  const tagged = tagPieces(list.flatMap(([s, { surname }], k) => [{ text: surname.toLowerCase(), offset: 2 * k }, { text: s, offset: 2 * k + 1 }]));
  list.forEach(([, { ns }], k) => {
    const tags = tagged[2 * k]?.[0]?.tags;
    const whole = tagged[2 * k + 1] ?? [];
    if (!tags || whole.some((t) => NOT_PERSON_NAME_TAGS.some((tag) => t.tags.has(tag) && !(t === whole[0] && tag === 'Place')))) return;
    const surname = tags.has('LastName') || tags.has('Person');
    if (!surname && COMMON_SURNAME_TAGS.some((tag) => tags.has(tag))) return;
    // compromise reads the pair's first word as a given name ("Sydney Sweeney", "Paris Hilton"), or a person's act follows
    for (const n of ns) {
      if (n.type === 'ORG' && !surname && !whole[0]?.tags.has('Person') && !ns.some((m) => PERSON_ACT_AFTER.test(text.slice(m.end, m.end + 24)))) continue;
      n.type = 'PER';
    }
  });
}

/** Distinct two-word organizations retypeSpeakingPeople asks compromise about per article. */
const MAX_SPEAKER_SUSPECTS = 30;

/**
 * "Kent Walker said the company would appeal": a two-word name the tagger read as an organization ("Kent" is a
 * cricket club in its training news) that speaks is a person when compromise reads the first word as a person's given
 * name and the second as a surname or an unknown name, and neither word as an organization. "Morgan Stanley said"
 * (two given names) and "Goldman Sachs said" (an organization to compromise) stay organizations.
 */
function retypeSpeakingPeople(text: string, names: RefinedName[]): void {
  const suspects = new Map<string, RefinedName[]>();
  for (const n of names) {
    if (n.type !== 'ORG' || n.kind || n.cue) continue;
    const s = text.slice(n.start, n.end);
    const ws = s.split(' ');
    if (ws.length !== 2 || !ws.every((w) => isCapWord(w) && !/[.'’&-]/u.test(w))) continue;
    const seen = suspects.get(s);
    if (seen) { seen.push(n); continue; }
    if (suspects.size >= MAX_SPEAKER_SUSPECTS || !REPORTED_AFTER.test(text.slice(n.end, n.end + 12))) continue;
    const lw = ws.map((w) => w.toLowerCase());
    if (lw.some((w) => ORG_HEAD.has(w) || INSTITUTION_HEAD.has(w) || COMPANY_HEAD.has(w) || PLACE_HEAD.has(w) || TITLE.has(w) || FUNCTION_WORD.has(w) ||
      GENERIC_NAME_WORD.has(w) || countryOfDemonym(w)) || KNOWN_ORG.has(normName(s)) || isPlaceName(s)) continue;
    suspects.set(s, [n]);
  }
  if (!suspects.size) return;
  const list = [...suspects.entries()];
  const tagged = tagPieces(list.map(([s], k) => ({ text: s, offset: k })));
  list.forEach(([, ns], k) => {
    const [given, surname] = tagged[k] ?? [];
    if (!given || !surname || given.tags.has('Organization') || surname.tags.has('Organization') || given.tags.has('Place') || surname.tags.has('Place')) return;
    if (!given.tags.has('FirstName') && !given.tags.has('Person')) return;
    // a second given name ("Morgan Stanley") or a common word ("Charles River") is no surname
    if (!surname.tags.has('LastName') && (surname.tags.has('FirstName') || COMMON_SURNAME_TAGS.some((tag) => surname.tags.has(tag)) || !surname.tags.has('ProperNoun'))) return;
    for (const n of ns) n.type = 'PER';
  });
}

const GIVEN_NAME = wordSet(US_GIVEN_NAMES, ...WORLD_GIVEN_NAMES);
const WORD_GIVEN_NAME = wordSet(WORD_GIVEN_NAMES);
const GIVEN_NAME_STOP = wordSet(GIVEN_NAME_STOPS, GIVEN_NAME_BODY_HEADS);
const GIVEN_NAME_PLACE_SURNAME = wordSet(GIVEN_NAME_PLACE_SURNAMES);
const givenCuePhrases = (at: 'before' | 'after') =>
  GIVEN_NAME_BODY_CUES.filter((c) => c.at === at).flatMap((c) => c.words).map((w) => w.replace(/ /g, '\\s+')).join('|');
// "Forest Hill police officers", "Mason Park residents": a place's or a body's people right after the name
const GIVEN_NAME_BODY_AFTER = new RegExp(`^\\s+(?:${givenCuePhrases('after')})\\b`, 'iu');
// "Shares in Taylor Wimpey rose": a company's shares right before it
const GIVEN_NAME_BODY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${givenCuePhrases('before')})\\s+$`, 'iu');
// "Taylor Wimpey raised its profit forecast": "its" refers back to a thing, never to a person (not after a speech verb:
// "Kent Walker said its policy had not changed" speaks of his company)
const GIVEN_NAME_ITS_AFTER = /^\s+(?!(?:said|says|told|added|explained|argued)\s)\p{Ll}+\s+its\b/u;
// the last word of a town's name, never a surname: "Lake City", "Cedar Falls", "Forest Hill"
const TOWN_TAIL = new Set([...GIVEN_NAME_STOP, ...GIVEN_NAME_PLACE_SURNAME, 'city', 'town', 'township', 'village']);

/**
 * "Lake City, Florida police said", "Cedar Falls, Iowa officials said": a name the tagger typed a person, followed by
 * ", <state or province>" that closes the apposition (punctuation or a lower-case word that is no title after it), is
 * the town that state qualifies, a place; every other person mention written alike follows. A given name then a
 * surname ("Sarah Miller, Florida, won") stays a person unless the town's people follow the state ("… police",
 * "… officials": GIVEN_NAME_BODY_CUES) or the name ends in a town's word ("Lake City"); "Obama, Illinois Governor JB
 * Pritzker" stays: a title follows.
 */
function retypeQualifiedTowns(text: string, names: RefinedName[]): void {
  let towns: Set<string> | null = null;
  for (let i = 0; i + 1 < names.length; i++) {
    const n = names[i]!;
    const next = names[i + 1]!;
    if (n.type !== 'PER' || n.office || next.type !== 'LOC' || next.sentence !== n.sentence) continue;
    if (!QUARTER_COMMA_GLUE.test(text.slice(n.end, next.start))) continue;
    const state = lookupDivision(text.slice(next.start, next.end));
    const after = text.slice(next.end, next.end + 32);
    if (!state || state.kind !== 'region' || !closesApposition(after, state)) continue;
    const ws = text.slice(n.start, n.end).split(/\s+/);
    const person = ws.length > 1 && GIVEN_NAME.has(givenKey(ws[0]!)) && !TOWN_TAIL.has(ws[ws.length - 1]!.toLowerCase());
    if (person && !GIVEN_NAME_BODY_AFTER.test(after)) continue;
    (towns ??= new Set()).add(text.slice(n.start, n.end));
  }
  if (towns) for (const n of names) if (n.type === 'PER' && !n.office && towns.has(text.slice(n.start, n.end))) n.type = 'LOC';
}

// "Leyton Orient knocked Aston Villa out", "Norwich beat Leyton Orient": a result against a club or a city's side
const matchVerbs = GIVEN_NAME_MATCH_VERBS.words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const GIVEN_NAME_MATCH_AFTER = new RegExp(`^\\s+(?:${matchVerbs})\\s+(?:the\\s+)?(?=\\p{Lu})`, 'u');
const GIVEN_NAME_MATCH_BEFORE = new RegExp(`\\s(?:${matchVerbs})\\s+(?:the\\s+)?$`, 'u');
/**
 * What may follow a state or country qualifying a town, as in places.ts: punctuation, a line's end or a conjunction
 * ("Mount Airy, North Carolina, …"); not "'s", a verb or a noun ("Lake Kivu, Rwanda's army said").
 */
const QUALIFIER_END = new RegExp(`^(?:[ \\t]*(?:[^\\p{L}\\p{N}'’\\s-]|\\n|$)|[ \\t]+[—–-][ \\t]|[ \\t]+(?:${QUALIFIER_END_WORDS.words.join('|')})[ \\t])`, 'u');
// the same in a sports report, with the links that join people elsewhere: "Wycombe held Leyton Orient to a draw"
const sportLinks = [...GIVEN_NAME_MATCH_VERBS.words, ...SPORT_MATCH_LINKS.words].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+')).join('|');
const SPORT_MATCH_AFTER = new RegExp(`^\\s+(?:${sportLinks})\\s+(?:the\\s+)?(?=\\p{Lu})`, 'u');
const SPORT_MATCH_BEFORE = new RegExp(`(?:\\s|['’]s?\\s+(?:\\p{Ll}+\\s+)?)(?:${sportLinks})\\s+(?:the\\s+)?$`, 'u');
const SPORT_RESULT = wordSet(SPORT_RESULT_WORDS);
const INDIVIDUAL_SPORT = wordSet(INDIVIDUAL_SPORT_WORDS);
const TEAM_SPORT = wordSet(TEAM_SPORT_WORDS);
const TEAM_ROUND = wordSet(TEAM_ROUND_WORDS);
// "beat Tyson Fury on points", "lost to Jannik Sinner in the semi-final": a one-on-one result's words (INDIVIDUAL_BOUT_WORDS)
const INDIVIDUAL_BOUT = new RegExp(`(?:^|[^\\p{L}-])(?:${INDIVIDUAL_BOUT_WORDS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})` +
  '(?![\\p{L}-])', 'iu');
const TEAM_NAME_WORD = wordSet(TEAM_NAME_WORDS);
const TEAM_NAME_TAIL = wordSet(TEAM_NAME_TAILS);
// set scores of tennis, a tie-break's points in brackets: "6-4, 7-6 (5)", "7-6 (6), 6-3" (a football score is one)
const SET_SCORE = /(?:^|[^\d])(?:[67][-–]\d|\d[-–][67])(?:\s*\(\d{1,2}\))?,\s+\d[-–]\d(?!\d)/u;
// the capitalised word right before a result, or right after it: a side the tagger did not tag ("Wycombe lost to …")
const SIDE_WORD_BEFORE = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}'’-]*)(?:['’]s?)?$/u;
const SIDE_WORD_AFTER = /^\p{Lu}[\p{L}'’-]*/u;
// a capitalised word that is no side of a match: "He lost to …", "The …", "Mr …"
const NOT_SIDE_WORD = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);

/** A sports report: a sports word (SPORT_CONTEXT_WORDS, SPORT_RESULT_WORDS) or a score in the sentence. */
function isSportReport(tokens: Token[]): boolean {
  if (isSportSentence(tokens)) return true;
  for (const t of tokens) if (SPORT_RESULT.has(t.text.toLowerCase())) return true;
  return false;
}

/** One side of a match result: the name the tagger found there, or the untagged word at [start, end). */
interface MatchSide { name: RefinedName | null; start: number; end: number }

/**
 * The side of a result that stands at [from, to): an organization or a place the tagger found there ("Norwich
 * beat …"), or a capitalised word no name covers ("Wycombe lost to …" with "Wycombe" untagged), not a pronoun or a
 * title. A person there makes a result between people ("Federer beat Nadal"): null.
 */
function matchSideAt(text: string, names: readonly RefinedName[], n: RefinedName, from: number, to: number, at: 'before' | 'after'): MatchSide | null {
  const o = names.find((x) => x !== n && x.end > x.start && (at === 'before' ? x.end === to : x.start === from));
  if (o) return o.type === 'ORG' || o.type === 'LOC' ? { name: o, start: o.start, end: o.end } : null;
  const m = at === 'before' ? SIDE_WORD_BEFORE.exec(text.slice(from, to)) : SIDE_WORD_AFTER.exec(text.slice(from, to));
  if (!m) return null;
  const word = m[1] ?? m[0];
  const ws = at === 'before' ? to - m[0].length + m[0].indexOf(word) : from;
  const we = ws + word.length;
  const w = word.replace(/['’]s?$/u, '').toLowerCase();
  const side = !names.some((x) => x !== n && x.start < we && x.end > ws) && !NOT_SIDE_WORD.has(w) && !FUNCTION_WORD.has(w) &&
    !TITLE.has(w) && !HONORIFIC_TITLE.has(w);
  return side ? { name: null, start: ws, end: we - (word.length - word.replace(/['’]s?$/u, '').length) } : null;
}

/**
 * The other side when a name is a side of a match result or fixture against a club or a city's side: "Leyton Orient
 * knocked Aston Villa out", "Norwich beat Leyton Orient", "Wycombe lost to Leyton Orient"; in a sports report also
 * "Wycombe held Leyton Orient to a draw", "Wycombe's game against Leyton Orient" (SPORT_MATCH_LINKS). Null in a report
 * of an individual sport (isIndividualSport), where both sides are people: "Lopez defeated Karen Khachanov 6-4, 7-6 (5)".
 */
function matchSideOf(text: string, tokens: Token[], names: readonly RefinedName[], n: RefinedName): MatchSide | null {
  const sport = isSportReport(tokens);
  const after = text.slice(n.end, n.end + 40);
  const m = (sport ? SPORT_MATCH_AFTER : GIVEN_NAME_MATCH_AFTER).exec(after);
  let side = m ? matchSideAt(text, names, n, n.end + m[0].length, n.end + m[0].length + 30, 'after') : null;
  if (!side) {
    const from = Math.max(0, n.start - 40);
    const b = (sport ? SPORT_MATCH_BEFORE : GIVEN_NAME_MATCH_BEFORE).exec(text.slice(from, n.start));
    side = b ? matchSideAt(text, names, n, Math.max(0, from + b.index - 40), from + b.index, 'before') : null;
  }
  if (!side || isIndividualSport(text, tokens)) return null;
  // "lost to Jannik Sinner in the semi-final", "beat Tyson Fury on points": a one-on-one result's word, unless the
  // other side is surely a team ("Crystal Palace beat Leyton Orient in the semi-final")
  return isOneOnOneResult(text, tokens) && !isTeamSide(text, tokens, side) ? null : side;
}

/** A report of an individual sport: a word of one (INDIVIDUAL_SPORT_WORDS: "tennis", "sets", "snooker") or set scores. */
function isIndividualSport(text: string, tokens: Token[]): boolean {
  if (!tokens.length) return false;
  for (const t of tokens) if (INDIVIDUAL_SPORT.has(t.text.toLowerCase())) return true;
  return SET_SCORE.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
}

/**
 * A one-on-one result's word (INDIVIDUAL_BOUT_WORDS: "on points", "knockout", "semi-final") in a sentence with no team
 * sport's word ("Norwich beat Leyton Orient in the cup semi-final" is no such result).
 */
function isOneOnOneResult(text: string, tokens: Token[]): boolean {
  if (!tokens.length) return false;
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    if (TEAM_SPORT.has(w) || TEAM_ROUND.has(w)) return false;
  }
  return INDIVIDUAL_BOUT.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
}

/**
 * True when the text around one mention treats a given-named name as a place or a body (GIVEN_NAME_BODY_CUES, "its"
 * after its verb, a result against a club or a city's side): "Forest Hill police officers", "Shares in Taylor
 * Wimpey", "Taylor Wimpey raised its forecast", "Leyton Orient knocked Aston Villa out", "Norwich beat Leyton Orient".
 */
function isBodyMention(text: string, sentences: Token[][], names: readonly RefinedName[], n: RefinedName): boolean {
  const after = text.slice(n.end, n.end + 40);
  if (GIVEN_NAME_BODY_AFTER.test(after) || GIVEN_NAME_ITS_AFTER.test(after)) return true;
  // "Shares in Elon Musk's Tesla fell": a market's phrase before an owner speaks of what the owner has, not of the
  // owner ("residents of Forest Hill's east side" still place Forest Hill)
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  if (GIVEN_NAME_BODY_BEFORE.test(before) && !(isOwnerPossessive(text, n) && MARKET_BEFORE.test(before))) return true;
  return matchSideOf(text, sentences[n.sentence] ?? [], names, n) !== null;
}
// a place's prepositions before a name the tagger read as a place: "recorded at Milford Haven", "the seat of Hartley"
const PLACE_BEFORE_WORD = new Set([...LOCATIVE, 'of', 'from', 'to', 'across', 'via']);
const COMBINING_MARK = /\p{M}/gu;
/** The given-name lists' form of a word: lower case, no diacritics ("Andrés" → "andres", "Micheál" → "micheal"). */
const givenKey = (w: string) => (/^[\x00-\x7f]*$/u.test(w) ? w : w.normalize('NFD').replace(COMBINING_MARK, '')).toLowerCase();
// a plural-looking last word: "Meta Platforms", "Boston Celtics" (also "Jones", "Reeves": these need a person cue)
const PLURAL_TAIL = /[^s]s$/u;
/** A given name with a capital inside, after a lead of two or three letters: "LeBron", "DeAndre", "LaMelo", "McKenzie". */
const INNER_CAPITAL_GIVEN = /^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}+$/u;
/** Distinct names retypeGivenNamedPeople examines per article: bounds the work on pathological input. */
const MAX_GIVEN_NAMED_SUSPECTS = 80;

/**
 * "Elon Musk said on Monday that sales rose", "Jamie Court, president of Consumer Watchdog, disagreed": a name of two or
 * three capitalised words that opens with a common given name (data/given-names.ts) is a person's, whatever its
 * surname means elsewhere ("musk", "court", "walker"), when the tagger read it as an organization or a place with no
 * cue. It stays as it is when a word says otherwise: an organization, company, place or venue word ("Howard
 * University", "Grace Church"; a last organization word only yields to an apposition or an age that says a person is
 * meant, as for "Jamie Court, president of …"), a title, a nationality, a surname the article writes in lower case or
 * that the tagger's weights read as a common word ("Hugo Boss"), a second given name ("Morgan Stanley"), "the" before
 * it, or a whole the gazetteer or the known organizations hold. A given name that is also a word, place, brand or
 * firm's name ("Grace", "Chase", "Boston", "Tesla", "Aston", "Grant"), or a surname that looks like a plural ("Meta
 * Platforms"), needs a person cue after the name: an apposition, an age, a person's act ("Will Smith, the actor,";
 * not "Chase Bank", "Aston Villa", "Boston Celtics", "Grant Thornton said"). So do a place-like surname ("Forest Hill")
 * and a name its text treats as a place or a body ("Forest Hill police officers", "Shares in Taylor Wimpey", "Leyton
 * Orient knocked Aston Villa out": isBodyMention); an institution's last word ("Jet Propulsion Laboratory") vetoes.
 */
function retypeGivenNamedPeople(text: string, sentences: Token[][], names: RefinedName[]): void {
  const suspects = new Map<string, RefinedName[]>();
  for (const n of names) {
    if ((n.type !== 'ORG' && n.type !== 'LOC') || n.kind || n.cue || n.office) continue;
    const s = text.slice(n.start, n.end);
    const seen = suspects.get(s);
    if (seen) { seen.push(n); continue; }
    // the cheap word tests first: two or three words, the first a given name
    const sp = s.indexOf(' ');
    if (sp < 0 || suspects.size >= MAX_GIVEN_NAMED_SUSPECTS) continue;
    const firstKey = givenKey(s.slice(0, sp));
    if (!GIVEN_NAME.has(firstKey) && !WORD_GIVEN_NAME.has(firstKey)) continue;
    suspects.set(s, [n]);
  }
  if (!suspects.size) return;
  let lowerSeen: Set<string> | null = null;
  const model = loadModel();
  for (const [s, ns] of suspects) {
    const ws = s.split(' ');
    if (ws.length > 3 || !ws.every((w) => isCapWord(w) && !/[.'’&\d]/u.test(w))) continue;
    const lw = ws.map((w) => w.toLowerCase());
    const last = lw[lw.length - 1]!;
    const lastKey = givenKey(ws[ws.length - 1]!);
    const strict = WORD_GIVEN_NAME.has(givenKey(ws[0]!)) || PLACE_GIVEN_NAME.has(lw[0]!);
    // "Morgan Stanley": two given names, and the tagger said organization; not a given name written with a capital
    // inside ("LeBron James watched from the gallery", "DeAndre Jordan"), which is a person's spelling, no firm's
    if (ns[0]!.type === 'ORG' && (GIVEN_NAME.has(lastKey) || WORD_GIVEN_NAME.has(lastKey)) && !INNER_CAPITAL_GIVEN.test(ws[0]!)) continue;
    if (lw.some((w, i) => TITLE.has(w) || FUNCTION_WORD.has(w) || PLACE_HEAD.has(w) || GENERIC_NAME_WORD.has(w) || NOT_SURNAME.has(w) ||
      COMPANY_FORM_WORD.has(w) || CALENDAR.has(w) || GIVEN_NAME_STOP.has(w) || GROUP_ADJECTIVE.has(w) || (i > 0 && (countryOfDemonym(ws[i]!) || countryOfName(ws[i]!))) ||
      (i < lw.length - 1 && isOrgHeadWord(w)))) continue;
    // "the Grace Foundation", "the Howard Hughes Medical Institute": a person's full name does not follow "the"
    // … nor, when the tagger read a place, a place's preposition ("recorded at Milford Haven")
    if (ns.some((n) => { const b = wordBefore(text, n.start); return b === 'the' || (n.type === 'LOC' && PLACE_BEFORE_WORD.has(b)); })) continue;
    const personCue = () => ns.some((n) => {
      const after = text.slice(n.end, n.end + 60);
      return ROLE_APPOSITION.test(after) || PERSON_APPOSITION.test(after) || AGE_APPOSITION.test(after) || PERSON_ACT_AFTER.test(after);
    });
    // "Jamie Court, president of Consumer Watchdog": an organization word ends the name only of a person an apposition
    // describes, and only a word that is someone's surname ("Elliott Management, the activist investor," is the fund)
    // ("fund", "board" are surnames too: "Peter Fund, a retired teacher, told" is a person, SURNAME_ORG_HEADS)
    if (isOrgHeadWord(last) && ((NOT_SURNAME_HEAD.has(last) && !SURNAME_ORG_HEAD.has(last)) || !personCue())) continue;
    lowerSeen ??= lowerWordsOf(sentences);
    const label = wordLabel(model, last);
    if (lowerSeen.has(last) || label === 'O') continue;
    // a word-like given name, or a plural-looking surname ("Meta Platforms", "Orlando Pirates"), needs a person cue;
    // so do a place-like surname ("Forest Hill", "Mason Park") and a name the text treats as a place or a body
    // ("Forest Hill police officers", "Taylor Wimpey raised its forecast", "Leyton Orient knocked Aston Villa out")
    // ("James", "Williams" end like plurals but are given names themselves: no plural of a thing)
    if ((strict || (PLURAL_TAIL.test(last) && !GIVEN_NAME.has(lastKey)) || GIVEN_NAME_PLACE_SURNAME.has(last) || ns.some((n) => isBodyMention(text, sentences, names, n))) && !personCue()) continue;
    if (KNOWN_ORG.has(normName(s)) || isPlaceName(s) || countryOfName(s)) continue;
    for (const n of ns) n.type = 'PER';
  }
}

const BODY_NAME_HEAD = wordSet(BODY_NAME_HEADS, GIVEN_NAME_BODY_HEADS);
/** Organization heads that are no one's surname (BODY_ORG_HEADS, FIRM_HEADS): "Elliott Management", "Ghana Cocoa Board". */
const NOT_SURNAME_HEAD = wordSet(...BODY_ORG_HEADS, FIRM_HEADS);
const PLACE_NAME_TAIL = wordSet(PLACE_NAME_TAILS);
const PERSON_PRONOUN_AFTER = new RegExp(`^,?\\s+(?:${PERSON_PRONOUN_CUES.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
const MAX_HEADED_NAME_WORDS = 4;
const PERSON_BEFORE = wordSet(PERSON_BEFORE_CUES, PERSON_NOUNS);
// a country in brackets after a name: a player's or an athlete's in a results list ("Tom Hill (Australia) beat …")
const COUNTRY_IN_BRACKETS = /^\s*\(([^()\n]{2,30})\)/u;
// a capitalised word and one space right before a mention: the rest of a name ("Forest Hill"; not "said Hill")
const CAP_WORD_END_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]* $/u;

/** "'s" or a lone apostrophe right after a mention: the name owns what follows ("Elon Musk's Tesla", "Jeff Bezos' Amazon"). */
function isOwnerPossessive(text: string, n: RefinedName): boolean {
  return POSSESSIVE_AFTER.test(text.slice(n.end, n.end + 3));
}
// "'s " between an owner and the name of what it owns: "Richard Branson's Virgin Galactic"
const OWNED_NAME_START = /^['’]s?[ \t]+/u;

// a market's phrase right before a name: "Shares in Hugo Boss fell", "analysts at Morgan Stanley" (COMPANY_CUES of two words)
const MARKET_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${COMPANY_CUES.filter((c) => c.at === 'before').flatMap((c) => c.words)
  .filter((w) => /^\p{L}+ (?:of|in|at|from)$/u.test(w)).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');

/**
 * "Shares in Hugo Boss fell 4 percent": a name of several words after a market's phrase ("shares in", "investors in",
 * "analysts at") is a company, whatever the tagger made of a given name and a surname-like word ("Hugo Boss" a person
 * or, after "in", a place). findCompanies does the same for one-word names. Written with no cue ("Hugo Boss said") the
 * name stays as tagged: a list of companies named like people would be needed there.
 */
function retypeMarketNames(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if ((n.type !== 'PER' && n.type !== 'LOC') || n.kind || n.cue || n.office || n.end <= n.start) continue;
    const s = text.slice(n.start, n.end);
    if (!s.includes(' ') || !isCapWord(s) || !MARKET_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) continue;
    // "Shares in Mark Zuckerberg's Meta slipped", "investors in Gautam Adani's group": the shares are in what the name
    // owns, written after "'s"; the owner keeps the tagger's type, and a name right after "'s" is the company
    // ("employees of Richard Branson's Virgin Galactic")
    if (isOwnerPossessive(text, n)) {
      const owned = OWNED_NAME_START.exec(text.slice(n.end, n.end + 4));
      const at = owned ? n.end + owned[0].length : -1;
      const o = owned ? names.find((p) => p.start === at && p.end > p.start) : undefined;
      if (o && (o.type === 'PER' || o.type === 'LOC') && !o.kind && !o.cue && !o.office && isCapWord(text.slice(o.start, o.end))) o.type = 'ORG';
      continue;
    }
    n.type = 'ORG';
  }
}

/**
 * A person cue around one mention, where a name's words or its place in a sentence would make it a body or a place: a
 * title, a person's noun or "Mr"/"Ms" before it ("compatriot Tom Hill"), an apposition, an age, a person's act or
 * pronoun after it ("Grace Park, 34,", "Grace Church said he"), or a country in brackets ("Tom Hill (Australia) beat").
 */
function hasPersonCue(text: string, n: RefinedName): boolean {
  const b = wordBefore(text, n.start);
  const after = text.slice(n.end, n.end + 60);
  const country = COUNTRY_IN_BRACKETS.exec(after);
  return TITLE.has(b) || PERSON_BEFORE.has(b) || (country !== null && countryOfName(country[1]!) !== null) ||
    HONORIFIC_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) || ROLE_APPOSITION.test(after) ||
    PERSON_APPOSITION.test(after) || AGE_APPOSITION.test(after) || PERSON_ACT_AFTER.test(after) || PERSON_PRONOUN_AFTER.test(after);
}

/**
 * "Wycombe lost to Leyton Orient", "Leyton Orient held Wycombe to a goalless draw": a name the tagger typed a person
 * that is a side of a result against a club or a city's side (matchSideOf) is a team, an organization, unless a
 * person cue says otherwise ("Tom Hill (Australia) beat Dan Jenson"), there or at the name's or its surname's other
 * mentions (isPersonElsewhere: "… Fury said he would fight again"). A result between people stays so: "Federer beat
 * Nadal" has a person on the other side, and an individual sport's report has people on both. A common given name and
 * a surname ("Karen Khachanov") stays a person unless the other side is surely a team (isTeamSide).
 */
function retypeMatchSides(text: string, sentences: Token[][], names: RefinedName[]): void {
  for (const n of names) {
    if (n.type !== 'PER' || n.office || n.end <= n.start || !isCapWord(text.slice(n.start, n.end))) continue;
    const tokens = sentences[n.sentence] ?? [];
    const side = matchSideOf(text, tokens, names, n);
    if (!side || hasPersonCue(text, n) || isPersonElsewhere(text, n)) continue;
    if (isGivenNamedFullName(text.slice(n.start, n.end)) && !isTeamSide(text, tokens, side)) continue;
    n.type = 'ORG';
  }
}

/** Occurrences of a surname isPersonElsewhere examines per name: bounds the work on a long list of results. */
const MAX_SURNAME_OCCURRENCES = 100;

/**
 * The name, or its last word alone, is a person elsewhere in the article: a person's pronoun after its verb of saying,
 * an age, a person's act after it, a title or an honorific before it ("Oleksandr Usyk beat Tyson Fury on points. Fury
 * said he would fight again", "… Djokovic said his shoulder was sore", "Mr Fury"). A club does none of these.
 */
function isPersonElsewhere(text: string, n: RefinedName): boolean {
  const s = text.slice(n.start, n.end);
  const sp = s.lastIndexOf(' ');
  const last = s.slice(sp + 1);
  const rest = sp < 0 ? '' : s.slice(0, sp + 1);
  let seen = 0;
  for (let at = text.indexOf(last); at >= 0 && seen++ < MAX_SURNAME_OCCURRENCES; at = text.indexOf(last, at + last.length)) {
    const end = at + last.length;
    if ((at > 0 && WORD_CHAR.test(text[at - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
    // "Mr Tyson Fury": the honorific or title stands before the whole name
    const from = rest && text.slice(at - rest.length, at) === rest ? at - rest.length : at;
    const after = text.slice(end, end + 60);
    if (PERSON_PRONOUN_AFTER.test(after) || AGE_APPOSITION.test(after) || PERSON_ACT_AFTER.test(after) ||
      TITLE.has(wordBefore(text, from)) || HONORIFIC_BEFORE.test(text.slice(Math.max(0, from - 8), from))) return true;
  }
  return false;
}

// a team's player or staff right after its name: " coach", " striker", " player" (TEAM_ROLE_NOUNS)
const TEAM_ROLE_AFTER = new RegExp(`^[ \\t]+(?:${TEAM_ROLE_NOUNS.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}-])`, 'iu');

/**
 * "Arsenal beat Chelsea 3-1 … Chelsea pulled one back … Chelsea coach Enzo Maresca said": in a sports report, a
 * one-word name the tagger made a person at most mentions, written once right before a team's player or staff
 * (TEAM_ROLE_NOUNS), is the club at every mention the tagger typed a person, unless a person cue stands at one
 * (hasPersonCue, isPersonElsewhere: "Chelsea, 24, said"), a person's full name the article gives ends in it, or it is a
 * country's name (a national side: "the England winger").
 */
function retypeRoleTeams(text: string, names: RefinedName[], sportArticle: () => boolean): void {
  const teams = new Set<string>();
  for (const n of names) {
    if (n.end <= n.start || n.kind || n.cue || n.office) continue;
    const s = text.slice(n.start, n.end);
    if (n.type === 'ORG' || !ONE_NAME_WORD.test(s) || !TEAM_ROLE_AFTER.test(text.slice(n.end, n.end + 24))) continue;
    teams.add(s);
  }
  if (!teams.size || !sportArticle()) return;
  const fullNameEnds = new Set(names.filter((n) => n.type === 'PER').map((n) => text.slice(n.start, n.end)).filter((s) => s.includes(' '))
    .map((s) => s.slice(s.lastIndexOf(' ') + 1)));
  for (const t of teams) {
    if (fullNameEnds.has(t) || countryOfName(t)) continue;
    const ns = names.filter((n) => text.slice(n.start, n.end) === t);
    if (ns.some((n) => n.office || hasPersonCue(text, n)) || isPersonElsewhere(text, ns[0]!)) continue;
    // the mentions typed a person only: a town's name keeps its place where it is one ("Chelsea" of "in Chelsea")
    for (const n of ns) if (n.type === 'PER') n.type = 'ORG';
  }
}

const TEAM_PLACE_TAIL = wordSet(TEAM_PLACE_TAILS);
/**
 * "Crawley Town beat Stevenage 2-1", "Grimsby Town lost to Boston United": a town the gazetteer knows and a club's last
 * word that also ends a place's (TEAM_PLACE_TAILS), in a sentence of a sports report or a match result, is the club,
 * however the tagger typed it (a person, the town), unless a person cue says otherwise. Before the given-name rules, so
 * the other side of the result ("Leyton Orient") meets a club. Not a place of that whole name ("Mexico City beat
 * inflation"), nor outside sport ("the Crawley Town centre").
 */
function retypeTownClubs(text: string, sentences: Token[][], names: RefinedName[]): void {
  for (const n of names) {
    if ((n.type !== 'PER' && n.type !== 'LOC') || n.kind || n.cue || n.office || n.end <= n.start) continue;
    const s = text.slice(n.start, n.end);
    const sp = s.lastIndexOf(' ');
    if (sp < 0 || !TEAM_PLACE_TAIL.has(s.slice(sp + 1).toLowerCase())) continue;
    const ws = s.split(' ');
    if (ws.length > 3 || !ws.every(isCapWord) || !isPlaceName(s.slice(0, sp)) || isPlaceName(s)) continue;
    const result = GIVEN_NAME_MATCH_AFTER.test(text.slice(n.end, n.end + 40)) || GIVEN_NAME_MATCH_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start));
    if (!result && !isSportReport(sentences[n.sentence] ?? [])) continue;
    if (hasPersonCue(text, n)) continue;
    n.type = 'ORG';
  }
}

/**
 * "Taylor Fritz beat Carlos Alcaraz in straight sets", "Alexander Zverev fell to Taylor Fritz in Turin": a name of two or
 * three capitalised words opening with a given name (also one that is a word: "Taylor", "Grace"), none a team's word,
 * that the tagger typed a body or a place, is a person when a match result (GIVEN_NAME_MATCH_VERBS, SPORT_MATCH_LINKS)
 * joins it to a person: the tagger's person of two or three words, or, in a report of an individual sport or a
 * one-on-one result ("in straight sets", "on points"), another such given-named name. Not "Taylor Wimpey beat
 * forecasts" (no person on the other side), not "Crawley Town beat Leyton Orient" (no given name, a club's word), nor
 * a side that reads as a club or a town (isTeamSide: "Crystal Palace beat Leyton Orient in the semi-final").
 */
function retypeResultPeople(text: string, sentences: Token[][], names: RefinedName[]): void {
  const suspects = names.filter((n) => isGivenNamedSide(text, n));
  if (!suspects.length) return;
  const starts = new Map<number, RefinedName>();
  const ends = new Map<number, RefinedName>();
  for (const p of names) {
    if (p.end <= p.start || (p.type !== 'PER' && !suspects.includes(p))) continue;
    starts.set(p.start, p);
    ends.set(p.end, p);
  }
  const retyped: RefinedName[] = [];
  for (const n of suspects) {
    const after = text.slice(n.end, n.end + 40);
    const a = GIVEN_NAME_MATCH_AFTER.exec(after) ?? SPORT_MATCH_AFTER.exec(after);
    let other = a ? starts.get(n.end + a[0].length) : undefined;
    if (!other) {
      const from = Math.max(0, n.start - 40);
      const b = GIVEN_NAME_MATCH_BEFORE.exec(text.slice(from, n.start)) ?? SPORT_MATCH_BEFORE.exec(text.slice(from, n.start));
      other = b ? ends.get(from + b.index) : undefined;
    }
    if (!other || other.sentence !== n.sentence) continue;
    const tokens = sentences[n.sentence] ?? [];
    const person = other.type === 'PER' ? isPersonSide(text, other) : isOneOnOneSentence(text, tokens);
    // "Crystal Palace beat Leyton Orient in the semi-final": a side that reads as a club or a town is no player
    if (person && !isTeamSide(text, tokens, { name: n, start: n.start, end: n.end }) &&
      !isTeamSide(text, tokens, { name: other, start: other.start, end: other.end })) retyped.push(n);
  }
  for (const n of retyped) n.type = 'PER';
}

/** A body or place of two or three capitalised words opening with a given name, none a team's: "Taylor Fritz" (ORG). */
function isGivenNamedSide(text: string, n: RefinedName): boolean {
  if ((n.type !== 'ORG' && n.type !== 'LOC') || n.kind || n.cue || n.office || n.end <= n.start) return false;
  const s = text.slice(n.start, n.end);
  const sp = s.indexOf(' ');
  if (sp < 0) return false;
  const key = givenKey(s.slice(0, sp));
  if (!GIVEN_NAME.has(key) && !WORD_GIVEN_NAME.has(key)) return false;
  return isPersonSide(text, n) && !KNOWN_ORG.has(normName(s)) && !isPlaceName(s);
}

/** Two or three capitalised words, none a team's: a person's name on one side of a result ("Holger Rune"). */
function isPersonSide(text: string, n: RefinedName): boolean {
  const ws = text.slice(n.start, n.end).split(' ');
  return ws.length >= 2 && ws.length <= 3 && ws.every((w) => isCapWord(w) && !TEAM_NAME_WORD.has(w.toLowerCase()));
}

/** A sentence of an individual sport's report or a one-on-one result: "in straight sets", "on points", "6-4, 7-6". */
function isOneOnOneSentence(text: string, tokens: Token[]): boolean {
  return isIndividualSport(text, tokens) || isOneOnOneResult(text, tokens);
}

/** Two or three capitalised words, the first a common given name that is no word, none a team's: "Karen Khachanov". */
function isGivenNamedFullName(s: string): boolean {
  const ws = s.split(' ');
  return ws.length >= 2 && ws.length <= 3 && GIVEN_NAME.has(givenKey(ws[0]!)) && !WORD_GIVEN_NAME.has(givenKey(ws[0]!)) &&
    ws.every((w) => isCapWord(w) && !TEAM_NAME_WORD.has(w.toLowerCase()));
}

/**
 * The other side of a result is surely a team: a name with a team's word ("Bristol Rovers"), any side in a team
 * sport's report ("held … to a goalless draw"), or a town used as a club: a name the gazetteer knows as a town or
 * whose words the tagger's weights read as a body ("Norwich beat Leyton Orient", "Wycombe lost to Leyton Orient",
 * "Arsenal beat …"), unless compromise reads it as a surname ("Lopez defeated Karen Khachanov": the gazetteer's Lopez
 * is a town in the Philippines). The tagger's type alone says nothing: it reads an unknown player as a body or a place
 * too ("Oleksandr Usyk beat Tyson Fury" with "Usyk" an organization, "lost to Jannik Sinner" with a place).
 */
function isTeamSide(text: string, tokens: Token[], side: MatchSide): boolean {
  const s = text.slice(side.start, side.end);
  if (s.split(' ').some((w) => TEAM_NAME_WORD.has(w.toLowerCase()))) return true;
  if (tokens.some((t) => TEAM_SPORT.has(t.text.toLowerCase()))) return true;
  const model = loadModel();
  const town = isPlaceName(s) || s.split(' ').some((w) => {
    const label = wordLabel(model, w);
    return label === 'B-ORG' || label === 'I-ORG';
  });
  if (!town) return false;
  const terms = tagPieces([{ text: s, offset: 0 }])[0] ?? [];
  return !terms.some((t) => t.tags.has('LastName')) || terms.some((t) => t.tags.has('Place'));
}

const PERSON_LEAD = wordSet(PERSON_LEAD_CUES, ROLE_NOUNS, PERSON_NOUNS);
const phrasesBefore = (r: WordRule) => new RegExp(`(?:^|[^\\p{L}])(?:${r.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const PERSON_LEAD_BEFORE = phrasesBefore(PERSON_LEAD_CUES);
const BODY_MEMBER_BEFORE = phrasesBefore(BODY_MEMBER_CUES);
// "Shirley Temple's films", "Emma Chapel's late husband": a person's thing after "'s", one word may stand between
const PERSON_POSSESSION_AFTER = new RegExp(`^['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${PERSON_POSSESSIONS.words.join('|')})\\b`, 'u');
const HEADED_PERSON_ACT_AFTER = new RegExp(`^\\s+(?:${HEADED_PERSON_ACTS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');
const NOT_APPOSITION_PERSON_NOUN = wordSet(NOT_APPOSITION_PERSON_NOUNS);
const appositionNouns = [...new Set([...TITLE, ...PERSON_LEAD])].filter((w) => !NOT_APPOSITION_PERSON_NOUN.has(w))
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/**
 * "Tim Church, a local councillor, said", "John Chapel, a retired miner from Durham,", "Sarah Temple, the school's head
 * teacher, said": an apposition of an article, up to three describing words and a title, role or person noun that
 * ends the apposition (a comma, a full stop, or "of"/"at"/"from"/… after it; not "the host venue").
 */
const HEADED_PERSON_APPOSITION = new RegExp('^,\\s+(?:the|a|an|his|her|their|our)\\s+' +
  `(?:(?!(?:of|for|by|with|and|or|whose|which|that|who)\\s)[\\p{L}'’-]+\\s+){0,3}(?:${appositionNouns})` +
  '(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|at|from|in|for|with|who|and)\\b)', 'iu');
// "in Clifton Hill's east side", "in Forest Hill's flooded streets": what a neighbourhood's possessive owns
// (PLACE_POSSESSIONS, NEIGHBOURHOOD_POSSESSIONS; one word may stand between)
const PLACE_PART_AFTER = new RegExp(`^['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${[...PLACE_POSSESSIONS.words, ...NEIGHBOURHOOD_POSSESSIONS.words]
  .map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');

/**
 * Person cues for a name whose last word names a body or a neighbourhood (retypeHeadedPeople), besides hasPersonCue:
 * a person noun or role opening the name the tagger cut ("Lawyer Peter Temple") or right before it ("Former nurse
 * Emma Chapel", "The late Shirley Temple", "analyst Tom Park"), a person's thing after "'s" ("Shirley Temple's films"),
 * a person's act after it ("Emma Chapel told the inquiry", "Peter Temple questioned the witness"), or an apposition
 * describing a person ("Tim Church, a local councillor, said": HEADED_PERSON_APPOSITION). A congregation's
 * cue before the name outweighs them (retypeHeadedPeople: "Members of Grace Church told reporters").
 */
function hasHeadedPersonCue(text: string, n: RefinedName, first: string): boolean {
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  const after = text.slice(n.end, n.end + 60);
  return PERSON_LEAD.has(first) || PERSON_LEAD.has(wordBefore(text, n.start)) || PERSON_LEAD_BEFORE.test(before) ||
    PERSON_POSSESSION_AFTER.test(after) || HEADED_PERSON_ACT_AFTER.test(after) || HEADED_PERSON_APPOSITION.test(after);
}

/**
 * "Members of Grace Church gathered", "The Carter Center said", "families in Clifton Hill": the tagger types a name a
 * person because its first word is a given name, but its last word names a body ("Church", "Center", "Foundation":
 * the organization heads and BODY_NAME_HEADS) or a neighbourhood ("Hill", "Park", "Heights": PLACE_NAME_TAILS). The
 * first is an organization; the second a place after a place's preposition or before its people ("in Clifton Hill",
 * "Forest Hill residents"), else no actor at all. Either stays a person with a person cue (hasPersonCue: "Mr Frank
 * Church", "Charlotte Church, the singer,", "Grace Park said she"), a title inside the name ("Mayor Lena Park"), or its
 * last word written alone as a person elsewhere ("Hill said", "Mr Hill"); a place's name also with a verb of saying
 * after it ("Chris Hill said the road would reopen": a suburb does not speak, a church or a foundation does). With
 * no cue either way, a neighbourhood word that is also a common surname ("Fiona Hill", "Grace Park") leaves the person.
 */
function retypeHeadedPeople(text: string, names: RefinedName[]): void {
  let lone: Set<string> | null = null;
  // names of a mention made a place by a cue: their other mentions are the place too ("at Marronnier Park" …
  // "Marronnier Park was packed"), not a person
  const placed = new Set<string>();
  const keep: RefinedName[] = [];
  for (const n of names) {
    if (n.type !== 'PER' || n.office || n.end <= n.start) continue;
    const s = text.slice(n.start, n.end);
    const sp = s.lastIndexOf(' ');
    if (sp < 0) continue;
    const lastWord = s.slice(sp + 1);
    const last = lastWord.toLowerCase();
    const body = isOrgHeadWord(last) || BODY_NAME_HEAD.has(last) || TEAM_NAME_TAIL.has(last);
    if (!body && !PLACE_NAME_TAIL.has(last)) continue;
    const ws = s.split(' ');
    // "Mayor Lena Park", "Mr Court": a title or an honorific inside the name says a person
    if (ws.length > MAX_HEADED_NAME_WORDS || !ws.every(isCapWord) || TITLE.has(ws[0]!.replace(/\.$/u, '').toLowerCase())) continue;
    // "Members of Hope Chapel told reporters": a congregation's cue before the name makes it the body whatever follows
    // (not "a member of Tim Church's staff": the name owns what they are members of)
    const member = body && BODY_MEMBER_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) && !isOwnerPossessive(text, n);
    if (!member && (hasPersonCue(text, n) || hasHeadedPersonCue(text, n, ws[0]!.toLowerCase()))) continue;
    // "Margaret Fund said the road would help": a given name and a head that is a surname too, nothing before it
    if (!member && isGivenNamedHeadSurname(text, n, s)) continue;
    // "Chris Hill … Hill said", "… Mr Hill said": the surname alone, a person elsewhere (not "the Hill", nor the half
    // of a name the tagger cut: "Forest Hill residents" with "Forest" left out at a sentence's start)
    lone ??= new Set(names.filter((p) => p.type === 'PER' && p.end > p.start && wordBefore(text, p.start) !== 'the' &&
      !CAP_WORD_END_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start)))
      .map((p) => text.slice(p.start, p.end).replace(HONORIFIC_AT_START, '')).filter((w) => !w.includes(' ')));
    if (lone.has(lastWord)) continue;
    if (body) { n.type = 'ORG'; continue; }
    // "Chris Hill said the road would reopen": a suburb does not speak (a church or a foundation does)
    const after = text.slice(n.end, n.end + 60);
    if (REPORTED_AFTER.test(after)) continue;
    // "the role in Jonah Hill's latest movie", "a scene in Randall Park's new series": after a place's preposition, a
    // common given name's possessive owns a person's thing; a place's part keeps the place ("in Clifton Hill's east side")
    const owner = GIVEN_NAME_PLACE_SURNAME.has(last) && isOwnerPossessive(text, n) && isCommonGivenName(ws[0]!) &&
      !PLACE_PART_AFTER.test(text.slice(n.end, n.end + 40));
    if ((LOCATIVE.has(wordBefore(text, n.start)) && !owner) || GIVEN_NAME_BODY_AFTER.test(after) || isQualifiedTown(after)) {
      n.type = 'LOC';
      n.cue = 'place';
      placed.add(s);
    // "After Fiona Hill left the council", "his predecessor, Fiona Hill, had": a tail that is also a common surname
    // ("Hill", "Park", "Grove": GIVEN_NAME_PLACE_SURNAMES) keeps the tagger's person when no place cue says otherwise
    } else if (!GIVEN_NAME_PLACE_SURNAME.has(last)) n.type = 'MISC';
    else keep.push(n);
  }
  for (const n of keep) if (placed.has(text.slice(n.start, n.end))) n.type = 'MISC';
}

/** A given name of the lists (data/given-names.ts), a word's too ("Jonah", "Randall", "Grace"), but no place's ("Clifton"). */
function isCommonGivenName(w: string): boolean {
  const k = givenKey(w);
  return (GIVEN_NAME.has(k) || WORD_GIVEN_NAME.has(k)) && !PLACE_GIVEN_NAME.has(k);
}

// ", Illinois", ", New South Wales" right after a name: a state or country qualifying a town
const QUALIFIER_WORDS_AFTER = /^,[ \t]*(\p{Lu}[\p{L}'’-]*)(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?/du;

/** "Tinley Park, Illinois, hosts the show", "Clifton Hill, Victoria.": a state or country after a comma that ends the phrase. */
function isQualifiedTown(after: string): boolean {
  const q = QUALIFIER_WORDS_AFTER.exec(after);
  if (!q) return false;
  for (let k = 3; k >= 1; k--) {
    if (!q[k]) continue;
    const words = q.slice(1, k + 1).join(' ');
    // (a full name only: "Kevin Park, MD, said" is a doctor, not a town in Maryland)
    if (isRegionName(words)) return QUALIFIER_END.test(after.slice(q.indices![k]![1]));
  }
  return false;
}

/** A letter or digit: the boundary test around a name found by indexOf. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * "The Orlando Magic beat the Miami Heat … Magic guard Jalen Suggs scored", "the Browns said": a city or region the
 * gazetteer knows followed by one or two capitalised words is a team or club (one organization, not the city nor a
 * person) when that tail is written alone elsewhere in the article, is plural, or the whole follows "the". A tail
 * that speaks or has a title alone is a surname ("Jordan Peterson … Peterson said": retypePlaceFirstPeople), and a
 * place word ("London Bridge", "Boston Harbor") or an organization word keeps the name as it is. The lone tail is
 * then the same organization ("Magic guard Jalen Suggs": the role's team, not part of the person).
 */
function findCityTeams(text: string, names: RefinedName[]): RefinedName[] {
  let tails: Set<string> | null = null;
  const extra: RefinedName[] = [];
  for (const n of names) {
    if ((n.type !== 'LOC' && n.type !== 'ORG') || n.kind || n.cue) continue;
    const ws = text.slice(n.start, n.end).split(' ');
    if (ws.length < 2 || ws.length > 4 || !ws.every((w) => isCapWord(w) && !/[.'’]/u.test(w))) continue;
    // "in the New York City borough of Queens": a whole the gazetteer holds is the place, after "the" too
    if (n.type === 'LOC' && isPlaceName(ws.join(' '))) continue;
    for (let k = 1; k <= 2 && k < ws.length; k++) {
      const tail = ws.slice(k);
      const lw = tail.map((w) => w.toLowerCase());
      const last = lw[lw.length - 1]!;
      // the word-list tests first, the gazetteer's after (the same conditions, cheapest first)
      if (tail.length > 2 || PLACE_HEAD.has(last) || ORG_HEAD.has(last) || INSTITUTION_HEAD.has(last) || COMPANY_HEAD.has(last) ||
        lw.some((w) => TITLE.has(w) || FUNCTION_WORD.has(w))) continue;
      // a city the gazetteer does not hold ("Cleveland Browns"): the tagger's organization with a plural nickname
      if (!((n.type === 'ORG' && ws.length === 2 && /\p{Ll}s$/u.test(last)) || isRegionOrCity(ws.slice(0, k).join(' ')))) continue;
      if (isPlaceName(tail.join(' ')) || countryOfDemonym(tail[0]!)) continue;
      const t = tail.join(' ');
      tails ??= new Set(names.filter((p) => p.type === 'PER' && !/\s/u.test(text.slice(p.start, p.end)) &&
        (REPORTED_AFTER.test(text.slice(p.end, p.end + 12)) || TITLE.has(wordBefore(text, p.start))) &&
        wordBefore(text, p.start) !== 'the').map((p) => text.slice(p.start, p.end)));
      if (tails.has(t)) break;
      // the tail written alone elsewhere: found with indexOf, not a regex built and run over the text per name
      let lone = false;
      const head = ws.slice(0, k).join(' ');
      const headEnd = n.start + head.length;
      for (let i = text.indexOf(t); i >= 0 && !lone; i = text.indexOf(t, i + 1)) {
        if (WORD_CHAR.test(text[i - 1] ?? '') || WORD_CHAR.test(text[i + t.length] ?? '')) continue;
        // the whole name written again ("in San Jose … in San Jose"): no lone tail
        if (text.startsWith(head, i - head.length - 1) && /\s/u.test(text[i - 1]!)) continue;
        if (i < headEnd || i >= n.end) lone = true;
      }
      if (!lone && !/s$/u.test(last) && wordBefore(text, n.start) !== 'the') break;
      n.type = 'ORG';
      // the lone tail: retype it, or cut it off the front of a person ("Magic guard Jalen Suggs")
      for (const p of names) {
        if (p === n || text.slice(p.start, p.start + t.length) !== t || /[\p{L}\p{N}]/u.test(text[p.start + t.length] ?? '')) continue;
        if (p.end === p.start + t.length) { if (p.type !== 'ORG') { p.type = 'ORG'; p.kind = null; } continue; }
        if (p.type !== 'PER' || !/^\s+\p{Ll}/u.test(text.slice(p.start + t.length))) continue;
        const rest = /^(?:\s+\p{Ll}[\p{L}-]*)+\s+/u.exec(text.slice(p.start + t.length, p.end));
        if (!rest) continue;
        extra.push({ ...p, end: p.start + t.length, type: 'ORG', kind: null });
        p.start += t.length + rest[0].length;
      }
      break;
    }
  }
  return extra.length ? names.concat(extra).sort((a, b) => a.start - b.start) : names;
}

/**
 * "Police Constable Sam Reid was injured": the tagger reads the first word of a title as an organization ("Police");
 * a name whose words, with the words after it, make a title (PERSON_TITLES) is part of that title, never an actor.
 */
function dropTitleHeads(text: string, names: RefinedName[]): RefinedName[] {
  return names.filter((n) => {
    if (n.type === 'PER' || n.end <= n.start) return true;
    const m = TITLE_TAIL.exec(text.slice(n.end, n.end + 40));
    if (!m) return true;
    const head = text.slice(n.start, n.end).toLowerCase().replace(/\s+/gu, ' ');
    // "Senate Minority Leader Chuck Schumer": the words that open the office (OFFICE_QUALIFIERS) leave the name
    if (TITLE.has(m[1]!.toLowerCase()) && m[2]) {
      const end = endWithoutQualifiers(text, n);
      if (end === n.start) return false;
      n.end = end;
    }
    return !(TITLE.has(`${head} ${m[1]!.toLowerCase()}`) || (m[2] && TITLE.has(`${head} ${m[1]!.toLowerCase()} ${m[2].toLowerCase()}`)));
  });
}

const TITLE_DEPARTMENT = wordSet(TITLE_DEPARTMENTS);
// the title after a department word, past the qualifiers of an office: " Secretary", " Majority Leader" is no title here
const DEPARTMENT_TITLE_AFTER = new RegExp(`^ (?:(?:${OFFICE_QUALIFIERS.words.join('|')}) )?(?:${DEPARTMENT_TITLES.words.join('|')})\\b`, 'iu');

/**
 * "Treasury Secretary Scott Bessent said", "House Speaker Mike Johnson": the tagger reads the department word that
 * opens a title as an organization. A one-word organization in TITLE_DEPARTMENTS written right before a title of a
 * department (DEPARTMENT_TITLES) is part of the person's role ("Treasury Secretary", which actors.ts gives the
 * person), not an actor; "The Treasury said" keeps its mention.
 */
function dropTitleDepartments(text: string, names: RefinedName[]): RefinedName[] {
  return names.filter((n) => {
    if (n.end <= n.start || text.charCodeAt(n.end) !== 32) return true;
    const s = text.slice(n.start, n.end);
    // "Washington Fire Chief John Donnelly said" (a person "Washington Fire"): a place, then the department word that
    // opens the title, is the place of the office ("Washington Fire Chief" is the person's role); the place stays
    const sp = s.lastIndexOf(' ');
    if (sp > 0 && n.type !== 'LOC' && TITLE_DEPARTMENT.has(s.slice(sp + 1).toLowerCase()) && isCapWord(s.slice(sp + 1)) &&
      DEPARTMENT_TITLE_AFTER.test(text.slice(n.end, n.end + 40)) && isPlaceName(s.slice(0, sp))) {
      n.end = n.start + sp;
      n.type = 'LOC';
      n.kind = null;
      return true;
    }
    if (n.type !== 'ORG') return true;
    return !(TITLE_DEPARTMENT.has(s.toLowerCase()) && isCapWord(s) && DEPARTMENT_TITLE_AFTER.test(text.slice(n.end, n.end + 40)));
  });
}

// the heads of a military unit's name (ORG_HEADS 'org-head/military'): "Brigade", "Battalion", "Division"
const UNIT_HEAD = wordSet(ORG_HEADS.find((r) => r.id === 'org-head/military')!);
// an ordinal in figures right before a unit's name: "15th ", "2nd ", "101st "
const UNIT_ORDINAL_BEFORE = /(?:^|[^\p{L}\p{N}])(\d{1,4}(?:st|nd|rd|th))[ \t]+$/u;
/**
 * "The 15th Brigade and the 2nd Battalion were placed on alert" tagged "Brigade" and "Battalion": a unit is named by its
 * number, which tells it from every other brigade; the ordinal before a unit's head joins the name.
 */
function extendOverUnitOrdinal(text: string, n: RefinedName): void {
  if (n.type !== 'ORG') return;
  const words = text.slice(n.start, n.end).split(/\s+/);
  if (!UNIT_HEAD.has(words[words.length - 1]!.toLowerCase())) return;
  const from = Math.max(0, n.start - 10);
  const m = UNIT_ORDINAL_BEFORE.exec(text.slice(from, n.start));
  if (m) n.start = from + m.index + m[0].indexOf(m[1]!);
}

// a unit's number after its head: " 29155" of "Unit 29155", then punctuation, the end or a word that is no plural
// noun ("Unit 26165)", "Unit 29155 of the GRU", "Unit 29155 deployed", "Unit 8200 has"), not a count's noun ("Brigade
// 300 fighters", "Unit 200 soldiers") nor a measure ("Unit 300 km", "Unit 250%")
const UNIT_NUMBER_AFTER = /^ (\d{3,6})(?=\s*$|[.,;:)\]]|\s+(?:has|was|is|as|its|his|this|says|does|across)\b|\s+\p{Ll}+(?<!s)(?![\p{L}\p{N}])(?<!\s(?:km|m|kg|mw|gw|mph|ft|bn|mn|tonnes?|pct)))/u;
/**
 * "Members of Unit 29155 of the GRU", "Israel's Unit 8200": a unit named by its number, which tells it from every
 * other unit (the tagger took "Unit" alone, an organization of every mention). A number of three figures or more
 * after a lone capitalised military head joins the name.
 */
function extendOverUnitNumber(text: string, n: RefinedName): void {
  if (n.type !== 'ORG' || text.charCodeAt(n.end) !== 32) return;
  const s = text.slice(n.start, n.end);
  if (s.includes(' ') || !UNIT_HEAD.has(s.toLowerCase()) || !/^\p{Lu}/u.test(s)) return;
  const m = UNIT_NUMBER_AFTER.exec(text.slice(n.end, n.end + 16));
  if (m) n.end += m[1]!.length + 1;
}

// a regnal or papal number after a name: "Pope Leo XIV", "King Abdullah II" (two letters at least: "I" is a pronoun)
const REGNAL_NUMBER = /^ (?=[IVX]{2})(X{0,3})(IX|IV|V?I{0,3})(?![\p{L}\p{N}])/u;
/** "Pope Leo XIV called for peace" tagged "Pope Leo": the number is part of the name, and tells one pope from another. */
function extendOverRegnalNumber(text: string, n: RefinedName): void {
  if (n.type !== 'PER' || text.charCodeAt(n.end) !== 32) return;
  const m = REGNAL_NUMBER.exec(text.slice(n.end, n.end + 8));
  if (m && m[0].length > 1) n.end += m[0].length;
}
// the one or two capitalised words after a name: "Police| Constable", "Detective| Chief Inspector"
const TITLE_TAIL = /^ (\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))?/u;

const COMPANY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${COMPANY_CUES.filter((c) => c.at === 'before').flatMap((c) => c.words).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const COMPANY_AFTER_WORDS = COMPANY_CUES.filter((c) => c.at === 'after').flatMap((c) => c.words);
const COMPANY_AFTER = new RegExp(`^(?:${COMPANY_AFTER_WORDS.filter((w) => /^['’]/u.test(w)).join('|')}|\\s+(?:${COMPANY_AFTER_WORDS.filter((w) => !/^['’]/u.test(w)).map((w) => w.replace(/ /g, '\\s+')).join('|')}))\\b`, 'iu');
// a share price's move: "Nvidia slid 4.6%", "Tesla fell 3.9%", "Ocado jumped as much as 12 per cent" (MARKET_MOVE_VERBS)
const MARKET_MOVE_AFTER = new RegExp(`^\\s+(?:${MARKET_MOVE_VERBS.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?:(?:as\\s+much\\s+as|about|nearly|almost|more\\s+than|over|some|another)\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:%|per\\s?cent\\b|percent\\b)`, 'u');
// what a company does, with what must follow (COMPANY_ACTS): "has bought CloudSimple", "will close 20 stores", "raised prices"
const COMPANY_ACT_OBJECTS = { name: '\\s+(?:the\\s+)?\\p{Lu}', figure: '\\s+(?:about\\s+|some\\s+|nearly\\s+|more\\s+than\\s+|another\\s+)?\\d', none: '(?![\\p{L}-])' } as const;
const COMPANY_ACT_AFTER = new RegExp(`^\\s+(?:${COMPANY_ACTS.map((r) => `(?:${r.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})${COMPANY_ACT_OBJECTS[r.object ?? 'none']}`).join('|')})`, 'u');
// a market report: shares, stocks, an exchange or an index, once in the article
const MARKET_NEWS = /\b(?:shares?|stocks?|markets?|index|indexes|indices|Wall Street|traded|trading|Nasdaq|NYSE|Dow Jones|S&P|FTSE|Nikkei|DAX|stock exchange|investors)\b/u;
// a poll's sentence: "Trump rose 3% in the poll while Biden slid 2%", "Macron fell 5% in the Ifop survey"
const POLL_WORDS = /\b(?:polls?|polling|pollsters?|surveys?|approval|ratings?|voters?)\b/iu;
// a name that speaks: "Google said", "Pfizer announced"
const REPORTED_AFTER = /^\s+(?:said|says|reported|reports|announced|announces|told|added|confirmed|denied)\b/u;
const COMMON_SUBJECT = wordSet(COMMON_SUBJECTS);
// "Google, which denies wrongdoing, said", "Spotify raised its prices": a word for a thing, never for a person
// Both are weak, for ", which" follows towns, moons and products as often ("Lakeview, which has about 900 residents"):
// ", which" counts only when the clause closes on a speech verb, the name speaking ("Brightmoor, which denies
// wrongdoing, said") or on a body's answer to a reporter (BODY_RESPONSES: "Ocado, which delivers to 900,000 homes,
// declined to comment"), and "<verb> its" only before a company's own thing ("Zentrolab raised its subscription prices",
// not "Kirkbymoorside reopened its school")
const NON_PERSON_AFTER = new RegExp(`^(?:\\s*,\\s+(?:${NON_PERSON_REFERENCES.words.filter((w) => w !== 'its').join('|')})\\s[^.!?;]{0,120}?,\\s+(?:said|says|told|announced|added|confirmed|denied|${BODY_RESPONSES.words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b` +
  `|\\s+\\p{Ll}+\\s+its\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${CORPORATE_OBJECTS.words.join('|')})\\b)`, 'u');
/** Lower-case words that carry a company cue over a list: "Executives from Pfizer and Moderna". */
const COMPANY_LIST_GLUE = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/u;

/**
 * "Nvidia said …", "Shares of Nvidia rose", "Boeing's chief executive": a one-word name the tagger read as a person
 * (or missed, when it opens a sentence) is a company when the article never writes it as part of a person's full
 * name nor after a title, and a company cue stands by one of its mentions (COMPANY_CUES: "Shares of X", "X shares",
 * "X's chief executive", "carmaker X", "X said it would") or compromise knows it as an organization.
 */
// capitals running into a word: "JPMorgan" (isCapWord wants a lower-case second letter)
const CAPITALS_THEN_WORD = /^\p{Lu}{2,3}\p{Lu}\p{Ll}+$/u;
function findCompanies(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const personWords = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PER') continue;
    const ws = text.slice(n.start, n.end).split(/\s+/);
    if (ws.length > 1) for (const w of ws) personWords.add(w);
    // "Mr Nadella", "President Xi": a title before it
    if (TITLE.has(wordBefore(text, n.start))) personWords.add(ws[ws.length - 1]!);
  }
  const bySurface = new Map<string, RefinedName[]>();
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    // … or a company's capitals run into its name: "Economists at JPMorgan said"
    if (n.kind || n.cue || !(isCapWord(s) || CAPITALS_THEN_WORD.test(s)) || s.includes(' ') || personWords.has(s)) continue;
    // "Canadian shares fell": a nationality is no company; nor is a place the gazetteer knows
    if (countryOfDemonym(s) || GROUP_ADJECTIVE.has(s.toLowerCase()) || (n.type === 'LOC' && lookupPlace(s))) continue;
    const list = bySurface.get(s) ?? [];
    list.push(n);
    bySurface.set(s, list);
  }
  // the weak cue never overrides the tagger's place reading: "Lakeview, which …, said" is the town's council speaking
  // a move of N% names a company only in a market report, and never a name the tagger read as a person's: "Trump rose
  // 3% in the poll", "Crime fell 7%" (regress17 R2)
  const market = MARKET_NEWS.test(text);
  const sentenceText = (si: number) => {
    const toks = sentences[si];
    return toks?.length ? text.slice(toks[0]!.start, toks[toks.length - 1]!.end) : '';
  };
  const marketMove = (start: number, end: number, si: number) => market && MARKET_MOVE_AFTER.test(text.slice(end, end + 48)) &&
    !COMMON_SUBJECT.has(text.slice(start, end).toLowerCase()) && !POLL_WORDS.test(sentenceText(si));
  const cued = (n: RefinedName, place: boolean) =>
    (spaceBefore(text, n.start) && COMPANY_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) || COMPANY_AFTER.test(text.slice(n.end, n.end + 28)) ||
    // (not a leader's surname: "Musk bought Twitter" is the man)
    (COMPANY_ACT_AFTER.test(text.slice(n.end, n.end + 48)) && !LONE_LEADER.has(text.slice(n.start, n.end).toLowerCase())) ||
    (n.type !== 'PER' && marketMove(n.start, n.end, n.sentence)) || (!place && NON_PERSON_AFTER.test(text.slice(n.end, n.end + 160)));
  const companies = new Set<string>();
  const unsure: string[] = [];
  for (const [s, ns] of bySurface) {
    if (!ns.some((n) => n.type !== 'ORG') || KNOWN_ORG.has(normName(s)) || countryOfName(s)) continue;
    const place = ns.some((n) => n.type === 'LOC');
    if (ns.some((n) => cued(n, place))) companies.add(s);
    // compromise is asked only about a name that speaks ("Google said"): a call costs ~1 ms a document
    else if (ns.some((n) => REPORTED_AFTER.test(text.slice(n.end, n.end + 12)))) unsure.push(s);
  }
  // … and only in an article that speaks of companies: one cued above, or an organization listed with the name
  // ("Microsoft and Google said")
  if (!companies.size) {
    const orgs = names.filter((n) => n.type === 'ORG');
    const listed = (s: string) => bySurface.get(s)!.some((n) => orgs.some((o) => o.sentence === n.sentence &&
      (COMPANY_LIST_GLUE.test(text.slice(o.end, n.start)) || COMPANY_LIST_GLUE.test(text.slice(n.end, o.start)))));
    unsure.splice(0, unsure.length, ...unsure.filter(listed));
  }
  // "Executives from Pfizer and Moderna": a cue before the first name covers the list
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    if (a.sentence !== b.sentence || !COMPANY_LIST_GLUE.test(text.slice(a.end, b.start))) continue;
    const sa = text.slice(a.start, a.end);
    const sb = text.slice(b.start, b.end);
    if ((companies.has(sa) || a.type === 'ORG') && bySurface.has(sb) && spaceBefore(text, a.start) && COMPANY_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start))) companies.add(sb);
  }
  // untagged words opening a sentence with a company cue after them: "Siemens reported higher orders"
  const named = new SpanIndex(names);
  const openers: RefinedName[] = [];
  sentences.forEach((toks, si) => {
    if (toks.length < 3 || isAllCaps(toks) || isTitleCase(toks)) return;
    const t = toks[0]!;
    if (!isCapWord(t.text) || isCapWord(toks[1]!.text) || named.overlaps(t.start, t.end) || personWords.has(t.text)) return;
    if (!COMPANY_AFTER.test(text.slice(t.end, t.end + 28)) && !(COMPANY_ACT_AFTER.test(text.slice(t.end, t.end + 48)) && !LONE_LEADER.has(t.text.toLowerCase())) && !marketMove(t.start, t.end, si) &&
      !NON_PERSON_AFTER.test(text.slice(t.end, t.end + 160))) return;
    const w = lowersOf(toks)[0]!;
    if (FUNCTION_WORD.has(w) || NOT_OPENING_NAME.has(w) || TITLE.has(w) || DATE_WORD.has(w) || lookupPlace(t.text) || countryOfDemonym(t.text)) return;
    openers.push({ start: t.start, end: t.end, type: 'ORG', kind: null, sentence: si });
  });
  // "Oracle said its cloud sales doubled", "Spotify raised its prices": with a company cue, a word that is no common
  // word (not plural-looking like "Officials", not read as no name by the tagger's own weights like "Police", never
  // written in lower case in the article) is the company, whether or not compromise knows it
  let lowerSeen: Set<string> | null = null;
  const model = openers.length ? loadModel() : null;
  const uncommon = openers.map((n) => {
    const w = text.slice(n.start, n.end);
    if (/\p{Ll}s$/u.test(w) || COMMON_SUBJECT.has(w.toLowerCase()) || isOutsideWord(model!, w)) return false;
    lowerSeen ??= lowerWordsOf(sentences);
    return !lowerSeen.has(w.toLowerCase());
  });
  // compromise's lexicon knows the big companies: "Google", "Pfizer", "Siemens" (one call for both lists)
  const asked = [...unsure, ...openers.map((n) => text.slice(n.start, n.end))];
  const known = asked.length ? tagPieces(asked.map((s, k) => ({ text: s, offset: k }))) : [];
  const isKnownOrg = (k: number) => known[k]?.[0]?.tags.has('Organization') ?? false;
  unsure.forEach((s, k) => { if (isKnownOrg(k)) companies.add(s); });
  const plainWord = (k: number) => !(known[k]?.[0]?.tags && COMMON_WORD_TAGS.some((tag) => known[k]![0]!.tags.has(tag)));
  const out = openers.filter((n, k) => isKnownOrg(unsure.length + k) || companies.has(text.slice(n.start, n.end)) ||
    (uncommon[k] && plainWord(unsure.length + k)));
  for (const [s, ns] of bySurface) if (companies.has(s)) for (const n of ns) n.type = 'ORG';
  return out.length ? names.concat(out).sort((a, b) => a.start - b.start) : names;
}

// "McDonald's said", "Sainsbury's reported": a possessive right before a verb (POSSESSIVE_NAME_VERBS); not "'s said to"
const POSSESSIVE_VERB_AFTER = new RegExp(`^['’]s[ \\t]+(?:${POSSESSIVE_NAME_VERBS.words.join('|')})\\b(?![ \\t]+to\\b)`, 'u');

/**
 * "McDonald's said in a filing that it would close 200 stores", tagged as a person "McDonald": a name whose possessive
 * is followed by a verb is a company named with its "'s" (a person's possessive is followed by what is theirs). Not a
 * name opened by a given name or after a title, nor the surname of a person named in full ("Trump's said" in a quote
 * is "Trump has said").
 */
function joinCompanyPossessives(text: string, names: RefinedName[]): void {
  let surnames: Set<string> | null = null;
  for (const n of names) {
    if (n.type === 'MISC' || n.kind || !POSSESSIVE_VERB_AFTER.test(text.slice(n.end, n.end + 16))) continue;
    const s = text.slice(n.start, n.end);
    if (!/^\p{Lu}/u.test(s) || isGivenName(s.split(/\s+/u)[0]!) || titleBefore(text, n.start)) continue;
    if ((surnames ??= personSurnames(text, names)).has(s)) continue;
    n.end += 2;
    n.type = 'ORG';
  }
}

// a company cue after a name of several words: every COMPANY_CUES word after it but the weak ones a person's sentence
// has too ("Jane Doe said it would appeal", "… reported a rise in attacks")
const WEAK_COMPANY_AFTER = /^(?:said|reported)\s(?!in\s)/u;
const SURE_COMPANY_AFTER_WORDS = COMPANY_AFTER_WORDS.filter((w) => !WEAK_COMPANY_AFTER.test(w));
const SURE_COMPANY_AFTER = new RegExp(`^(?:${SURE_COMPANY_AFTER_WORDS.filter((w) => /^['’]/u.test(w)).join('|')}|\\s+(?:${SURE_COMPANY_AFTER_WORDS.filter((w) => !/^['’]/u.test(w)).map((w) => w.replace(/ /g, '\\s+')).join('|')}))\\b`, 'iu');
/** Most words of a company's name retypeCompanyPeople takes: "Royal Mail", "Northrop Grumman", "Marks and Spencer". */
const MAX_COMPANY_PERSON_WORDS = 3;

/**
 * "Royal Mail said it would cut 1,000 jobs. Royal Mail's shares fell 5 percent": a name of two or three capitalised
 * words the tagger read as a person is a company when a sure company cue stands after one of its mentions
 * (COMPANY_CUES after it: "'s shares", "'s chief executive", "'s customers", " shares", " customers"), none of its
 * words is a given name, and no mention has a person's cue (a title, "Mr", an age). Every mention written alike
 * follows. findCompanies does this for one-word names, retypeMarketNames for a cue before the name.
 */
function retypeCompanyPeople(text: string, names: RefinedName[]): void {
  const companies = new Set<string>();
  const unsure = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PER' || n.kind || n.cue || n.office || n.end <= n.start) continue;
    const s = text.slice(n.start, n.end);
    const ws = s.split(' ');
    if (ws.length < 2 || ws.length > MAX_COMPANY_PERSON_WORDS || !ws.every((w) => isCapWord(w) || w === 'and' || w === '&')) { unsure.add(s); continue; }
    // a given name of the lists, not a word that is one too ("Royal", "Rose", "Rock"): "Taylor Swift's shares" stay hers
    if (ws.some((w) => GIVEN_NAME.has(givenKey(w)) || TITLE.has(w.toLowerCase())) || hasPersonCue(text, n)) { unsure.add(s); continue; }
    if (SURE_COMPANY_AFTER.test(text.slice(n.end, n.end + 40))) companies.add(s);
  }
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    if (n.type === 'PER' && companies.has(s) && !unsure.has(s)) n.type = 'ORG';
  }
}

/**
 * "EU High Representative Kaja Kallas said", "UN Special Envoy Hans Grundberg told", tagged as one organization: an
 * office (a title or role word, with the words that qualify it) between a body's short name and a person opened by a
 * sure given name is no part of either. The person (the given name to the end) is split off, and the body before the
 * office stays a name of its own when it is an acronym or a place ("EU", "UN"; "Bryansk" is splitPlaceBeforeTitle's);
 * the office's words go to the person's roles in actors.ts. The person needs a word after the given name ("Kaja
 * Kallas", not "Representative Kaja"), and the title must be a word of the person's office (TITLE, ROLE_NOUNS).
 */
function splitHolderFromOffice(text: string, sentences: Token[][], names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    if ((n.type !== 'ORG' && n.type !== 'PER') || n.kind || n.cue || n.office) { out.push(n); continue; }
    const inside = tokensIn(sentences[n.sentence]!, n.start, n.end);
    const low = inside.map((t) => t.text.toLowerCase());
    // "the Sultan Mohammed Al-Fateh Brigade": a body's head word ends a name that holds a title and a given name
    const last = low[low.length - 1] ?? '';
    if (ORG_HEAD.has(last) || INSTITUTION_HEAD.has(last) || COMPANY_HEAD.has(last)) { out.push(n); continue; }
    // the given name after the title word, a word of the name after it
    let g = -1;
    for (let k = 1; k < inside.length - 1 && g < 0; k++) {
      if ((TITLE.has(low[k - 1]!) || ROLE_NOUN.has(low[k - 1]!)) && isSureGivenName(inside[k]!.text) && isCapWord(inside[k + 1]!.text)) g = k;
    }
    if (g < 0) { out.push(n); continue; }
    // the office opens after the body's acronym or place: "EU | High Representative", "UN | Special Envoy"
    let o = g - 1;
    while (o > 0 && isCapWord(inside[o - 1]!.text) && !ACRONYM.test(inside[o - 1]!.text) && !isRegionOrCity(text.slice(n.start, inside[o - 1]!.end))) o--;
    // "Cofinec CEO Stephen Frater", "Tesla CEO Elon Musk": one word before the title word, no office word, is the body
    if (o === 0 && g === 2 && !OFFICE_MODIFIER.has(low[0]!) && !TITLE.has(low[0]!) && !ROLE_NOUN.has(low[0]!)) {
      out.push({ ...n, end: inside[0]!.end, type: isRegionOrCity(inside[0]!.text) ? 'LOC' : 'ORG' });
    } else if (o > 0) {
      const head = text.slice(n.start, inside[o - 1]!.end);
      // "Foreign Minister Ali Bagheri": no body before the office; "Special Envoy Steve Witkoff" is actors.ts' already
      if (!ACRONYM.test(head) && !isRegionOrCity(head)) { out.push(n); continue; }
      out.push({ ...n, end: inside[o - 1]!.end, type: ACRONYM.test(head) ? 'ORG' : 'LOC' });
    } else if (n.type === 'PER') { out.push(n); continue; }
    out.push({ ...n, start: inside[g]!.start, type: 'PER' });
  }
  return out;
}

const PERSON_OFFICE_TAIL = wordSet(PERSON_OFFICE_TAILS);

/**
 * "The National Security Advisor, Mike Waltz, said … The Advisor added", "The UN Special Envoy said": an organization
 * the tagger found whose last word is an office only a person holds (PERSON_OFFICE_TAILS) is that office, a person
 * named by it (findOffices' kind): actors.ts gives it to the person in apposition or holding the office, else it stands
 * as the office. Not a name holding "of" ("the Office of the Special Envoy") or opened by a body's head word.
 */
function retypeOfficeBodies(text: string, names: RefinedName[]): void {
  for (const n of names) {
    if (n.type !== 'ORG' || n.kind || n.cue || n.office || n.end <= n.start) continue;
    const ws = text.slice(n.start, n.end).split(/\s+/u);
    const last = ws[ws.length - 1]!;
    if (!PERSON_OFFICE_TAIL.has(last.toLowerCase()) || !isCapWord(last) || ws.some((w) => w === 'of' || w === 'for')) continue;
    if (ORG_HEAD.has(ws[0]!.toLowerCase()) || INSTITUTION_HEAD.has(ws[0]!.toLowerCase())) continue;
    n.type = 'PER';
    n.office = true;
  }
}

// the last words of a company's full name: a legal form ("Inc", "plc"), a trade ("Entertainment", "Holdings") or "International"
const COMPANY_LEGAL_FORM = new Set(LEGAL_FORMS.words.map((w) => w.toLowerCase()));
const COMPANY_NAME_END = new Set([...COMPANY_LEGAL_FORM, ...wordSet(COMPANY_NAME_HEADS), 'international']);
// "X Y and Z W": two runs of capitalised words around "and"
const COMPANY_PAIR = /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*)+),? (?:and|&) (\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*)+)$/u;

/**
 * "MGM Resorts International and Caesars Entertainment Inc said they had restored systems", tagged as one organization:
 * two companies' full names joined by "and" are two organizations, when the second ends in a legal form ("Inc",
 * "plc") and the first in one, in a trade word (COMPANY_NAME_HEADS) or "International", each of two words or more.
 * "Procter and Gamble Co", "Marks and Spencer Group plc" (one word before "and") stay one company.
 */
function splitCompanyLists(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    const m = n.type === 'ORG' && !n.kind && (s.includes(' and ') || s.includes(' & ')) ? COMPANY_PAIR.exec(s) : null;
    const lastOf = (p: string) => p.slice(p.lastIndexOf(' ') + 1).replace(/\.$/u, '').toLowerCase();
    if (!m || !COMPANY_LEGAL_FORM.has(lastOf(m[2]!)) || !COMPANY_NAME_END.has(lastOf(m[1]!))) { out.push(n); continue; }
    out.push({ ...n, end: n.start + m[1]!.length }, { ...n, start: n.end - m[2]!.length });
  }
  return out;
}

// every agency's names as written: "Bloomberg", "AP", "Interfax"
const AGENCY_NAME = new Set(NEWS_AGENCIES.flatMap((a) => a.names));
// the agency reporting: "Bloomberg reported", "Bloomberg News reported, citing …", "as Bloomberg reports"
const AGENCY_REPORTS_AFTER = /^(?:[ \t]+News)?[ \t]+(?:reported|reports|has reported|first reported)\b/u;
// … or cited: "according to Bloomberg", "told Bloomberg", "reported by Bloomberg", "in an interview with Bloomberg"
const AGENCY_CITED_BEFORE = /\b(?:according[ \t]+to|told|reported[ \t]+by|interview[ \t]+with)[ \t]+$/u;

/**
 * "Stocks fell, Bloomberg reported, citing people familiar with the matter" made a person "Bloomberg" (or a place, the
 * German town Blomberg by the gazetteer's loose key): a news agency's name (NEWS_AGENCIES) that reports or is cited is
 * the agency, though OUTLET_NAMES leaves out names that are something else too. Not when the article names a person of
 * that surname in full ("Michael Bloomberg said").
 */
function retypeReportingAgencies(text: string, names: RefinedName[]): void {
  let surnames: Set<string> | null = null;
  for (const n of names) {
    if (n.type === 'ORG' || n.type === 'MISC' || n.kind || n.office) continue;
    const s = text.slice(n.start, n.end);
    if (!AGENCY_NAME.has(s)) continue;
    if (!AGENCY_REPORTS_AFTER.test(text.slice(n.end, n.end + 24)) && !AGENCY_CITED_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) continue;
    if ((surnames ??= personSurnames(text, names)).has(s)) continue;
    n.type = 'ORG';
    n.cue = undefined;
  }
}

// "at Harrison and Montana avenues", "on Main and Elm streets": a street's word in the plural after a list of names
// (group 1), or a water's ("the Tweed, Richmond and Clarence rivers": group 2)
const STREET_PLURAL_AFTER = /^[ \t]+(?:(streets|avenues|roads|boulevards|drives|lanes)|(rivers|creeks|lakes))(?![\p{L}])/u;
const STREET_LIST_GLUE = /^(?:,[ \t]*|,?[ \t]+(?:and|&)[ \t]+)$/u;

/**
 * "The pickup ran a red light at Harrison and Montana avenues": names listed before a street's word in the plural are
 * the streets of a crossing, facilities, not the town of Harrison, N.Y., and the state of Montana. Two names at
 * least: "on Chicago streets" are the city's. Before a water's word, rivers or lakes: "Flood warnings were in place for
 * the Tweed, Richmond and Clarence rivers" (three organizations).
 */
function typeStreetLists(text: string, names: RefinedName[]): void {
  const sorted = names.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 1; i > 0; i--) {
    const m = STREET_PLURAL_AFTER.exec(text.slice(sorted[i]!.end, sorted[i]!.end + 16));
    if (!m) continue;
    let k = i;
    while (k > 0 && sorted[k - 1]!.sentence === sorted[k]!.sentence && STREET_LIST_GLUE.test(text.slice(sorted[k - 1]!.end, sorted[k]!.start))) k--;
    if (k === i) continue;
    for (let j = k; j <= i; j++) {
      // a place the tagger found before a water's word is places.ts' (FEATURES_AFTER: "the Niger and Benue rivers")
      if (!m[1] && sorted[j]!.type === 'LOC') continue;
      sorted[j]!.type = 'LOC';
      sorted[j]!.kind = m[1] ? 'facility' : 'feature';
    }
    i = k;
  }
}

// a dash between spaces: "Ill. — The", "LONDON - The"
const NAME_SPACED_DASH = /\s[-–—]{1,2}\s/gu;

/**
 * "SPRINGFIELD, Ill. — The Springfield City Council voted": the tagger may run a name over a dateline's dash (one
 * organization "Ill. — The Springfield City Council", and no state). A dash between spaces ends a name: each side is a
 * name of its own, keeping the tagger's type, without the function word opening it ("The"); a side of function words
 * only goes. A hyphen inside a name ("Dallas-Fort Worth", "Guinea-Bissau") has no spaces.
 */
function splitAtSpacedDashes(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    if (!/\s[-–—]/u.test(s)) { out.push(n); continue; }
    let from = 0;
    const pieces: RefinedName[] = [];
    for (const m of s.matchAll(NAME_SPACED_DASH)) {
      pieces.push({ ...n, start: n.start + from, end: n.start + m.index! });
      from = m.index! + m[0].length;
    }
    pieces.push({ ...n, start: n.start + from, end: n.end });
    for (const p of pieces) {
      stripLeadingFunctionWord(text, p);
      if (p.end > p.start && /\p{Lu}/u.test(text.slice(p.start, p.end))) out.push(p);
    }
  }
  return out;
}

// a full stop glued between a word ending in two lower-case letters and a capitalised word: "Leaf.He", not "St.Louis",
// "U.S.Army" or "Gen.Smith" (a title's abbreviation, checked apart)
// (nor a web address's ending: "Amazon.Com")
const GLUED_STOP = /(?<=\p{Ll}\p{Ll})\.(?=\p{Lu})(?!(?:Com|Net|Org|Co|Io)\b)/gu;

/**
 * "US officials met Barbara Leaf.He Lifeng said the talks were candid" (a page that lost the space after a full stop)
 * made one person "Barbara Leaf.He Lifeng": the tagger reads across the stop, and the sentence splitter does not cut
 * where no space follows it. A name holding such a stop is two names, each keeping the tagger's type.
 */
function splitAtGluedStops(text: string, names: RefinedName[]): RefinedName[] {
  const out: RefinedName[] = [];
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    if (!s.includes('.')) { out.push(n); continue; }
    let from = n.start;
    for (const m of s.matchAll(GLUED_STOP)) {
      // the word before the stop, read back letter by letter (a pattern ending at the stop is quadratic on a flood)
      let b = m.index!;
      while (b > 0 && /\p{L}/u.test(s[b - 1]!)) b--;
      if (TITLE.has(s.slice(b, m.index!).toLowerCase())) continue;
      const stop = n.start + m.index!;
      if (stop > from) out.push({ ...n, start: from, end: stop });
      from = stop + 1;
    }
    // "the UN Security Council.In this respect": a function word opening the next sentence is no name
    if (from !== n.start && text.slice(from, n.end).split(/\s+/u).every((w) => FUNCTION_WORD.has(w.toLowerCase()))) continue;
    out.push(from === n.start ? n : { ...n, start: from });
  }
  return out;
}
