// Actors and places of an article (extract stage): tags names, then resolves each person or organization to one actor.
import type { Actor, Mention, Place } from '../doc.js';
import type { ExtractContext } from './context.js';
import {
  BODY_ORG_HEADS, HOLDER_BODY_HEADS, COMPANY_NAME_HEADS, KNOWN_SHORT_FORMS, LEGAL_FORMS, ORG_HEADS, PARTY_SHORT_NAMES, STOCK_EXCHANGES, TICKER_NOUNS,
  CIVIL_GROUP_MODIFIERS, CONFLICT_GROUPS, SPLIT_GROUP_NAMES, DESCRIPTION_CUES, UN_AGENCY_DESCRIPTIONS, ORDER_BOUND_HEADS, DESCRIPTION_REFUSALS, NAME_PARTICLES, PATRONYMIC_LINKS, PARTY_NICKNAMES, LEADING_FUNCTION_WORDS, ORG_DESCRIPTIONS, PERSON_TITLES, PORTFOLIO_TITLES, POST_NOMINALS, ROLE_NOUNS, ROLE_TITLES_EXTRA, STATE_INSTITUTIONS, PLACE_HEADS, ruleById, wordSet, type WordRule,
  SUB_BODY_NOUNS, ALIAS_STATEMENTS, KIN_NOUNS,
} from './data/name-words.js';
import { BARE_INSTITUTION_REFERENCES, GOVERNMENT_LEVELS, INSTITUTION_SYNONYMS, PLACE_INSTITUTIONS, PLACE_OWNER_REFUSALS } from './data/place-institutions.js';
import { findNames, type RefinedName } from './ner/index.js';
import { isGivenName } from './ner/refine.js';
import { isOutsideWord, loadModel } from './ner/tagger.js';
import { tagPieces } from './nlp.js';
import { ROLE_BODY_HEADS } from './data/office-words.js';
import { countryOfDemonym, countryOfName, isNewsRegion, isRegionName, lookupPlace } from './gazetteer.js';
import { PRONOUN_LOOKBACK_CHARS } from '../defaults.js';
import { findContextCountries, isFeatureBody, toPlaces } from './places.js';
import { SUBJECT_ACTS } from './data/place-words.js';
import { markDatelineNames, splitDatelines } from './datelines.js';
import { DATELINE_AGENCIES } from '../data/news-agencies.js';
import { foldName } from './name-fold.js';

/**
 * Titles of more than one word, kept whole as a person's role: "Prime Minister Benjamin Netanyahu" has the role "Prime
 * Minister", not "Minister". One-word titles are PERSON_TITLES (data/name-words.ts); the longest title written wins.
 */
const TITLE_PHRASES: WordRule[] = [
  { id: 'title/government', why: '"Prime Minister Benjamin Netanyahu", "UN Secretary-General António Guterres"',
    words: ['prime minister', 'deputy prime minister', 'first minister', 'chief minister', 'foreign minister', 'defence minister',
      'defense minister', 'interior minister', 'finance minister', 'health minister', 'deputy minister', 'vice president',
      'vice-president', 'president-elect', 'secretary of state', 'foreign secretary', 'home secretary', 'defence secretary',
      'defense secretary', 'secretary-general', 'secretary general', 'under-secretary-general', 'director-general',
      'director general', 'inspector-general', 'inspector general', 'attorney general', 'attorney-general', 'chief justice', 'supreme leader', 'crown prince',
      'high commissioner', 'special envoy', 'special representative', 'chief of staff', 'chief executive',
      'house speaker', 'majority leader', 'minority leader', 'opposition leader',
      // "Former National Security Adviser John Bolton said … The National Security Adviser had warned": the office was
      // no role of his, and stood alone as a second person
      'national security adviser', 'national security advisor',
      // US offices of more than one word before a name: "Trade Representative Jamieson Greer said" was one person
      'surgeon general', 'solicitor general', 'trade representative', 'press secretary'] },
  { id: 'title/military-rank', why: '"Lt. Col. John Smith", "Maj. Gen. Ali Hassan", "Rear Adm. Jane Doe"',
    words: ['lt col', 'lt gen', 'lt cmdr', 'lt cdr', 'maj gen', 'brig gen', 'rear adm', 'vice adm', 'lieutenant colonel',
      'lieutenant general', 'lieutenant commander', 'major general', 'brigadier general', 'rear admiral', 'vice admiral',
      'staff sgt', 'staff sergeant', 'sgt maj', 'sergeant major', 'first lieutenant', 'second lieutenant', 'field marshal'] },
];
/** Honorifics say how a person is addressed, not what they are: "Mr. Biden" has no role "Mr.". */
const HONORIFICS: WordRule[] = [
  { id: 'title/honorific-male', why: '"Mr. Biden disagreed": "Mr." is kept out of the name and out of the roles, and says a man',
    // the Burmese "U": "AA spokesman U Khine Thu Kha said … He said" (no role "U")
    words: ['mr', 'messrs', 'sir', 'u'] },
  { id: 'title/honorific-female', why: '"Mrs Walsh said" after "Mr Walsh": a woman, not the man of the same surname',
    // the Burmese "Daw": "Daw Aye Aye Mar, a teacher, said … she said"
    words: ['mrs', 'ms', 'miss', 'mme', 'mlle', 'dame', 'daw'] },
  { id: 'title/honorific-neutral', why: '"Dr. Jill Biden, the first lady": "Dr." is how she is addressed, not her job',
    words: ['mx', 'dr', 'prof'] },
];
/**
 * Titles of rank or of the clergy written after a person's office and before the name: the office before them is a role
 * too (officeBefore). Not "General" or "Governor": "Solicitor General", "Lieutenant Governor" are one office.
 */
const STYLE_TITLES: WordRule = {
  id: 'title/style-after-office', why: '"Saudi Foreign Minister Prince Faisal bin Farhan", "Supreme Leader Ayatollah Ali Khamenei", "Crown Prince Sheikh Sabah"',
  words: ['prince', 'princess', 'sheikh', 'sheikha', 'sultan', 'emir', 'king', 'queen', 'ayatollah', 'imam', 'cardinal', 'lord', 'lady'],
};
const STYLE_TITLE = wordSet(STYLE_TITLES);
/**
 * Styles that, before a lone given name, are how the person is named: "Sheikh Hasina" (Bangladesh's former prime
 * minister, whose name the wires write so throughout; in South Asian names "Sheikh" is a family name as often as a
 * title), "Sheikh Mohammed". Kept in the name when the article names the person by no fuller name (keepsStyle);
 * "Sheikh Tamim" after "Tamim bin Hamad Al Thani" and a surname after the style leave the style a role. Royal styles
 * stay roles ("Prince Oscar" is Oscar, a prince: actor-roles.test.ts).
 */
const NAME_STYLES: WordRule = {
  id: 'title/style-of-given-name', why: '"Sheikh Hasina fled to India" (a person "Hasina" with the role "Sheikh"), "Sheikh Mohammed"',
  words: ['sheikh', 'sheikha', 'sheik', 'shaikh'],
};
const NAME_STYLE = wordSet(NAME_STYLES);
/** A capitalised word right before a name, maybe a style: "Sheikh " of "Sheikh Hasina". */
const STYLE_BEFORE = /(?<![\p{L}.])(\p{Lu}\p{Ll}+)\s+$/u;
/**
 * Military ranks, which follow a person's office as the styles do: "IDF spokesperson Rear Adm. Daniel Hagari", "Chief
 * of Staff Lt. Gen. Herzl Halevi", "army spokesman Lt. Col. Avichay Adraee" hold the office as well as the rank (the
 * rank alone was the role). The office before a rank may be written in lower case ("spokesperson").
 */
const MILITARY_RANK = wordSet(ruleById(TITLE_PHRASES, 'title/military-rank'), ruleById(PERSON_TITLES, 'title/military'));
const HONORIFIC = wordSet(...HONORIFICS);
const MALE_HONORIFIC = wordSet(ruleById(HONORIFICS, 'title/honorific-male'));
const FEMALE_HONORIFIC = wordSet(ruleById(HONORIFICS, 'title/honorific-female'));
/**
 * Titles written shortened, the only ones whose dot belongs to them: "Gen. Ali Hassan". After a full word the dot ends a
 * sentence: "The party chose its candidate for president. John Mahama won" gives Mahama no role.
 */
const TITLE_ABBREVIATIONS: WordRule = {
  id: 'title/abbreviation', why: '"Lt. Col. John Smith", "Sen. Jane Doe", "Dr. Ada Obi"',
  words: ['capt', 'gen', 'col', 'lt', 'maj', 'sgt', 'cmdr', 'cdr', 'adm', 'brig', 'sen', 'rep', 'gov', 'dr', 'prof', 'mr',
    'mrs', 'ms', 'mx', 'messrs', 'mme', 'mlle', 'st', 'supt', 'insp', 'det', 'cpl', 'pte', 'pvt', 'fr', 'rev', 'hon'],
};
const TITLE_ABBREVIATION = wordSet(TITLE_ABBREVIATIONS);
/**
 * Prefixes joined by a hyphen to a title or role word, making another post of it: "AfD co-leader Alice Weidel", "Lars
 * Klingbeil, the co-leader of the Social Democrats,", "Pierre Dubois, ex-president of the federation,".
 */
const ROLE_WORD_PREFIXES: WordRule = {
  id: 'role/hyphen-prefix', why: '"Maria Lopez, co-founder of the startup,", "AfD co-leader Alice Weidel", "ex-president"',
  words: ['co', 'ex', 'vice'],
};
const ROLE_WORD_PREFIX = `(?:(?:${[...wordSet(ROLE_WORD_PREFIXES)].join('|')})-)?`;
// every title, longest first, its words with an optional abbreviation dot: "lt col" matches "Lt. Col." and "Lt Col"
// a trailing dot only after an abbreviation: "Gen." and "Lt. Col." yes, "president." no (TITLE_ABBREVIATIONS)
const TITLE_ALTERNATIVES = [...wordSet(...TITLE_PHRASES, ...PERSON_TITLES, ...ROLE_TITLES_EXTRA)]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\.?\\s+') +
    (TITLE_ABBREVIATION.has(t.split(' ').pop()!) ? '\\.?' : ''))
  .join('|');
// "Capt. Abu Kanan al-Homsi", "spokesman Talal Sallou", "UN Secretary-General António Guterres": a title right before
// the name (not the tail of a longer word: "Vice-" and "Secretary-" belong to the title they open)
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}.'’-])(${ROLE_WORD_PREFIX}(?:${TITLE_ALTERNATIVES}))\\s+$`, 'iu');
// "President Assad", "Prime Minister Netanyahu" tagged as one name: the title at its start
const TITLE_AT_START = new RegExp(`^((?:${TITLE_ALTERNATIVES}))\\s+`, 'iu');
/**
 * The last letters of every title ("minister", "general" of "secretary-general", "gen"): TITLE_BEFORE can match only
 * where the text before the name ends in one of them, an optional dot and spaces.
 */
const TITLE_ENDINGS = new Set([...wordSet(...TITLE_PHRASES, ...PERSON_TITLES, ...ROLE_TITLES_EXTRA)].map((t) => /\p{L}+$/u.exec(t)?.[0] ?? ''));
/**
 * False when TITLE_BEFORE cannot match `before` (most names: "said John Smith", "(John Smith"), without its long
 * alternation tried at every position. A scan back over the spaces, a dot and the last run of letters, which is looked
 * up in TITLE_ENDINGS; any non-ASCII character on the way sends the text to the regex, whose \s and case folding (/iu:
 * "ſ" folds to "s") this scan does not repeat.
 */
function mayEndInTitle(before: string): boolean {
  let e = before.length;
  while (e > 0) {
    const c = before.charCodeAt(e - 1);
    if (c === 32 || (c >= 9 && c <= 13)) e--;
    else if (c >= 128) return true;
    else break;
  }
  // no space before the name: "(John Smith", "-John"
  if (e === before.length) return false;
  if (e > 0 && before.charCodeAt(e - 1) === 46) e--;
  let b = e;
  while (b > 0) {
    const c = before.charCodeAt(b - 1);
    if ((c | 32) >= 97 && (c | 32) <= 122) b--;
    else if (c >= 128) return true;
    else break;
  }
  return b < e && TITLE_ENDINGS.has(before.slice(b, e).toLowerCase());
}

/** Lower-case words that qualify a title written before a name into a longer office (withQualifiers). */
const ROLE_QUALIFIERS: WordRule = {
  id: 'role/qualifier', why: '"Union general secretary Patricia Cullen", "Opposition health spokesman Tom Adeyemi", "former president Jair Bolsonaro", "Chief Cabinet Secretary Minoru Kihara"',
  words: ['former', 'ex', 'acting', 'interim', 'deputy', 'assistant', 'associate', 'senior', 'junior', 'chief', 'head', 'general',
    'executive', 'managing', 'press', 'health', 'finance', 'financial', 'foreign', 'defence', 'defense', 'home', 'interior',
    'justice', 'education', 'trade', 'energy', 'economy', 'economic', 'environment', 'transport', 'housing', 'culture',
    'sports', 'security', 'policy', 'communications', 'opposition', 'shadow', 'union', 'council', 'party', 'club', 'team',
    'campaign', 'city', 'county', 'state', 'regional', 'national', 'police', 'port', 'public', 'legal', 'vice', 'prime',
    'first', 'lead', 'local', 'district', 'school', 'hospital', 'research', 'technology', 'operating', 'risk', 'investment',
    'marketing', 'information', 'immigration', 'treasury', 'commerce', 'labour', 'labor', 'cabinet'],
};
const ROLE_QUALIFIER = wordSet(ROLE_QUALIFIERS);
/** Capitalised words that are no owner of a title: "The", "In", "On Monday": they end withQualifiers. */
const QUALIFIER_STOPS: WordRule = {
  id: 'role/qualifier-stop', why: '"On Monday Apple CEO Tim Cook": "Monday" and "On" are no part of the role',
  words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today',
    'i', 'we', 'he', 'she', 'they', 'it', 'but', 'and', 'or', 'so', 'then', 'when', 'while', 'after', 'before', 'as',
    'meanwhile', 'however', 'also', 'said', 'says',
    // court styles (refine.ts COURT_STYLES): "His Highness Sheikh Mohamed bin Zayed" has the role "Sheikh", not "His
    // Highness Sheikh"; "His Royal Highness Prince Mohammed bin Salman" the role "Prince"
    'highness', 'excellency', 'majesty', 'h.e', 'h.h', 'h.r.h', 'hrh'],
};
const QUALIFIER_STOP = wordSet(QUALIFIER_STOPS, LEADING_FUNCTION_WORDS);
const ROLE_QUALIFIER_MAX_WORDS = 4;
/** Prepositions that make the capitalised words after them a place, no owner of the title: "In Turkey Minister Ellwood met". */
const PLACE_PREPOSITIONS: WordRule = {
  id: 'role/place-preposition', why: '"In Turkey Minister Ellwood met the opposition": the role is "Minister", not "Turkey Minister"',
  words: ['in', 'at', 'from', 'to', 'into', 'across', 'near', 'outside', 'inside', 'throughout'],
};
const PLACE_PREPOSITION = wordSet(PLACE_PREPOSITIONS);
const ROLE_BODY_HEAD = wordSet(ROLE_BODY_HEADS);
// the word right before `from`, after one or more spaces (no newline), not the end of a sentence
const WORD_BEFORE = /(?<![\p{L}\p{N}.'’&-])([\p{L}][\p{L}\p{N}&'’-]*)[ \t]+$/u;
/** Abbreviations that open a place name: "St. Louis Mayor Tara Quinn" has the role "St. Louis Mayor", not "Louis Mayor". */
const PLACE_NAME_ABBREVIATIONS: WordRule = {
  id: 'role/place-abbreviation', why: '"St. Louis Mayor Tara Quinn", "Ft. Worth Police Chief Ray Dunn", "Mt. Vernon Mayor …"',
  words: ['st', 'ste', 'ft', 'mt', 'pt'],
};
// the abbreviation right before `from`, its dot kept: "St. " of "St. Louis"
const PLACE_ABBREVIATION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.'’&-])(?:${[...wordSet(PLACE_NAME_ABBREVIATIONS)].join('|')})\\.[ \\t]+$`, 'iu');

/** "Prime Minister" → "prime minister", "Lt. Col." → "lt col", "Mr." → "mr": the title's words, to look up. */
const titleKey = (title: string) => title.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
// role nouns and the multi-word titles, longest first: "the Inspector-General of Police, Kayode Egbetokun"
// each with an optional hyphenated prefix: "co-leader", "ex-president"
const ROLE_WORDS = `${ROLE_WORD_PREFIX}(?:${[...wordSet(ROLE_NOUNS, ruleById(TITLE_PHRASES, 'title/government'))].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+')).join('|')})`;
/**
 * Verbs that open a clause: a role never holds one. "Tinubu's spokesman, Ajuri Ngelale, said the president had directed
 * the Inspector-General of Police, Kayode Egbetokun," gives Ngelale no role "said the president had directed …".
 */
const ROLE_CLAUSE_VERBS: WordRule = {
  id: 'role/clause-verbs', why: '"Ajuri Ngelale, said the president had directed the Inspector-General": no role',
  words: ['said', 'says', 'told', 'tells', 'added', 'announced', 'stated', 'claimed', 'had', 'has', 'have', 'was', 'were',
    'is', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'can'],
};
const CLAUSE = [...wordSet(ROLE_CLAUSE_VERBS)].join('|');
// "St.", "Mt.", "Ft." before a capitalised word: a place's abbreviation inside a role ("in St. Louis")
const NAME_ABBREVIATION_DOT = '(?<![\\p{L}])(?:St|Mt|Ft)\\.(?=\\s\\p{Lu})';
// the words of a role's tail, up to 80 characters, none a clause verb: "spokesman of the SDF"
// (the dot of "St.", "Mt.", "Ft." before a capital is no sentence's end: "a microbiologist at Washington University in St.
// Louis" was cut at "St"; ROLE_END is the end a role's tail stops at)
const ROLE_TAIL = `(?:(?!\\s+(?:${CLAUSE})\\b)(?:${NAME_ABBREVIATION_DOT}|[^,.;:()"“”])){0,80}?`;
/**
 * Words that link a role written before a person to a phrase that is no part of it: the role is the possessive owner and
 * the role words only. "could hurt the prospects of Taiwan's incumbent president, Tsai Ing-wen" → "Taiwan's incumbent
 * president", not "prospects of Taiwan's incumbent president"; a conjunction opens a clause: "while Apple's chief
 * executive, Tim Cook" → "Apple's chief executive".
 */
const ROLE_BEFORE_BREAKS: WordRule = {
  id: 'role/before-breaks', why: '"the prospects of Taiwan\'s incumbent president, Tsai Ing-wen", "while Apple\'s chief executive, Tim Cook"',
  words: ['of', 'for', 'in', 'on', 'to', 'with', 'and', 'or', 'at', 'by', 'from', 'about', 'against', 'the', 'a', 'an',
    'while', 'as', 'but', 'when', 'after', 'before', 'since', 'because', 'although', 'though', 'whereas', 'if', 'that',
    'who', 'which', 'whom', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
};
// (a plural's possessive too: "The Philippines' defence secretary, Gilberto Teodoro, said" gave Teodoro no role)
const ROLE_MODIFIER = `(?!(?:${[...wordSet(ROLE_BEFORE_BREAKS, ROLE_CLAUSE_VERBS)].join('|')})\\s)[\\p{L}-]+(?:['’]s|(?<=s)['’])?\\s+`;
// "Talal Sallou, spokesman of the SDF said" → "spokesman of the SDF"; up to four words before the role word: "Karoline
// Leavitt, the White House press secretary", "the EU's foreign policy chief" (no article or clause verb among them:
// "The operator, Westline Rail, accused the mayor of …" gives no role); up to a relative clause: "Pekka Virta, a former
// intelligence chief who is now a lawmaker" → "a former intelligence chief"; past an age and with a possessive: "Jordan
// Bardella, 28, the party's president, said" → "the party's president"
const ROLE_AFTER = new RegExp(`^,\\s+(?:\\d{1,3},\\s+)?((?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:${ROLE_MODIFIER}){0,4}(?:${ROLE_WORDS})\\b${ROLE_TAIL})(?=\\s*(?:[,;:()]|\\.(?<!(?<![\\p{L}])(?:St|Mt|Ft)\\.(?=\\s\\p{Lu})))|\\s+(?:said|says|told|added|announced|stated|claimed|who|which|whose)\\b|$)`, 'iu');
/**
 * Pronouns and clause verbs written in capitals are acronyms, no pronoun or verb: "the WHO director-general", "a WHO
 * spokeswoman", "a senior IS commander". ROLE_AFTER and ROLE_BEFORE are case-insensitive (JavaScript has no
 * case-sensitive group), so such a word is masked before they run: the role's words are read back from the text.
 */
const CAPITAL_BREAK = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...wordSet(ROLE_BEFORE_BREAKS, ROLE_CLAUSE_VERBS)].filter((w) => w.length > 1)
  .map((w) => w.toUpperCase()).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
// two capitals in a row: most windows have none, and CAPITAL_BREAK is not tried (speed)
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
/** `text` with each capitalised pronoun or clause verb turned into as many "X": the same length, so offsets hold. */
const maskCapitalBreaks = (text: string) => (TWO_CAPITALS.test(text) ? text.replace(CAPITAL_BREAK, (w) => 'X'.repeat(w.length)) : text);

/** A relative clause after a name that says which post the person holds, and the role noun it gives. */
type ClauseOffice = WordRule & { noun: string };
/**
 * "Joachim Nagel, who heads the Bundesbank, said" → role "head of the Bundesbank": written as the noun of the post, as
 * the apposition gives it ("Joachim Nagel, head of the Bundesbank,"), so both phrasings give one role.
 */
const CLAUSE_OFFICES: ClauseOffice[] = [
  { id: 'role/clause-heads', why: '"Joachim Nagel, who heads the Bundesbank, said" → "head of the Bundesbank"', words: ['heads', 'runs'], noun: 'head' },
  { id: 'role/clause-leads', why: '"Tom Reed, who leads the opposition in the state assembly," → "leader of the opposition …"', words: ['leads'], noun: 'leader' },
  { id: 'role/clause-chairs', why: '"Anna Berg, who chairs the finance committee," → "chair of the finance committee"', words: ['chairs'], noun: 'chair' },
  { id: 'role/clause-directs', why: '"Ines Ruiz, who directs the museum," → "director of the museum"', words: ['directs'], noun: 'director' },
  { id: 'role/clause-manages', why: '"Paul Hart, who manages the fund," → "manager of the fund"', words: ['manages'], noun: 'manager' },
  { id: 'role/clause-commands', why: '"Gen. Omar Said, who commands the northern front," → "commander of the northern front"', words: ['commands'], noun: 'commander' },
];
const CLAUSE_OFFICE_NOUN = new Map(CLAUSE_OFFICES.flatMap((r) => r.words.map((w) => [w, r.noun] as const)));
/** Objects of "leads"/"runs"/"heads" that are no body: "who leads the race", "who runs the risk", "who heads the list". */
const CLAUSE_OBJECT_REFUSALS: WordRule = {
  id: 'role/clause-object-refusal', why: '"Ana Diaz, who leads the race, said": no role "leader of the race"',
  words: ['way', 'risk', 'risks', 'race', 'polls', 'poll', 'list', 'charge', 'field', 'pack', 'standings', 'table', 'count', 'tally', 'home', 'out', 'back', 'off', 'to', 'into', 'for', 'from', 'towards', 'toward'],
};
// ", who heads the Bundesbank," (lower-case "who" only: case-sensitive): the verb and its object, up to the clause's end
const ROLE_CLAUSE_AFTER = new RegExp(`^,\\s+who\\s+(${[...CLAUSE_OFFICE_NOUN.keys()].join('|')})\\s+(?!(?:the\\s+)?(?:${[...wordSet(CLAUSE_OBJECT_REFUSALS)].join('|')})\\b)((?:the\\s+|a\\s+|an\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?[\\p{L}\\p{N}]${ROLE_TAIL})(?=\\s*[,.;:()]|$)`, 'u');
// "Leader of Lebanese Hezbollah, Sayyed Hassan Nasrallah" → "Leader of Lebanese Hezbollah"; at a sentence's start, with
// a possessive: "Erdogan's spokesman, Ibrahim Kalin, said" → "Erdogan's spokesman"; or opened by a possessive anywhere:
// "hurt the prospects of Taiwan's incumbent president, Tsai Ing-wen" → "Taiwan's incumbent president"; after an
// article: "An SDF spokesman, Talal Silo, said" → "SDF spokesman"
// The role's tail opens with a preposition: "Mayor Rachel Stone met the club's owner, Daniel Price" gives Price the role
// "the club's owner", not "Mayor Rachel Stone met …"; after a possessive determiner: "backed his finance minister,
// Fernando Haddad" → "finance minister"
const ROLE_BEFORE_TAIL = `(?:-\\p{L}+)?(?:\\s+(?:of|for|at|in|to|on|with)\\b${ROLE_TAIL})?`;
const ROLE_BEFORE = new RegExp(`(?:^|[,;:("“]\\s*|[.!?]\\s+|\\b(?:the|an?|his|her|their|its|our|my|your)\\s+|(?<=\\s)(?=[\\p{L}-]+(?:['’]s|s['’])\\s))((?:${ROLE_MODIFIER}){0,4}(?:${ROLE_WORDS})\\b${ROLE_BEFORE_TAIL}),\\s*$`, 'iu');
// "Mrs Walsh", "Mr. Biden": the honorific right before a name, when the tagger left it out of the name
const HONORIFIC_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${[...MALE_HONORIFIC, ...FEMALE_HONORIFIC].join('|')})\\.?\\s+$`, 'iu');
/**
 * Legal and generic tails of an organization's name, left out of its later mentions: "Apple Inc. reported … Apple
 * said", "The Labour Party gained … Labour said", "Barclays PLC cut jobs … Barclays said".
 */
const ORG_NAME_SUFFIXES: WordRule[] = [
  { id: 'org-suffix/legal', why: '"Apple Inc." … "Apple", "Barclays PLC" … "Barclays", "Siemens AG" … "Siemens"',
    words: ['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'ag', 'sa', 'se',
      'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'oyj', 'holdings', 'industries'] },
  { id: 'org-suffix/generic', why: '"The Labour Party gained … Labour said", "Wagner Group" … "Wagner"',
    words: ['group', 'party'] },
  // a federation's tail the wires drop after the first mention: "according to Amnesty International … Amnesty said",
  // "Oxfam International warned … Oxfam said", "Transparency International … Transparency"
  { id: 'org-suffix/international', why: '"Amnesty International" … "Amnesty", "Oxfam International" … "Oxfam"',
    words: ['international'] },
  // a carmaker's or platform company's trade word before its legal form: "Toyota Motor Corp." … "Toyota said"
  { id: 'org-suffix/trade', why: '"Toyota Motor Corp." … "Toyota", "Meta Platforms Inc." … "Meta", "Ford Motor Co." … "Ford"',
    words: ['motor', 'motors', 'platforms'] },
];
// … and a company's trade word: "Nordvik Foods AB" … "Nordvik", "Meridian Bank AG" … "Meridian" (COMPANY_NAME_HEADS)
const ORG_NAME_SUFFIX = wordSet(...ORG_NAME_SUFFIXES, COMPANY_NAME_HEADS);
/**
 * Suffixes no person's name ends with: the name is an organization whatever the tagger said. "Reliance Industries said
 * profit rose" is a company, not a person.
 */
const ORG_TYPE_SUFFIXES: WordRule = {
  id: 'org-suffix/type', why: '"Reliance Industries said", "Acme Holdings Ltd. said": a company, never a person',
  words: ['inc', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'llc', 'llp', 'gmbh', 'holdings', 'industries', 'party'],
};
const ORG_TYPE_SUFFIX = wordSet(ORG_TYPE_SUFFIXES, COMPANY_NAME_HEADS);
/**
 * Plural articles of Spanish opening a name: no person's name opens with one, a gang's, a cartel's or a
 * band's does. "rival gangs, Los Lobos and Los Choneros" and "Las Águilas denied it" were people ("Los Angeles",
 * "Los Alamos" are places, which the tagger reads so; only its people are retyped).
 */
const ORG_PLURAL_ARTICLES: WordRule = {
  id: 'org-lead/plural-article', why: '"clashes between Los Lobos and Los Choneros": two gangs, not two people',
  // not Portuguese "os", "as": "As John Smith said" must not make a body of the tagger's stray span
  words: ['los', 'las'],
};
const ORG_PLURAL_ARTICLE = wordSet(ORG_PLURAL_ARTICLES);
/**
 * Legal forms a company's name ends in after a comma, as press releases name their issuer: "Halvern Robotics, Inc.",
 * "Marlow Foods, LLC, said", "Banco Exemplo, S.A.". Written as they are, case included: after a comma "SA", "NV" or
 * "SE" are more often a state, a country or a quarter ("Las Vegas, NV"), so only the dotted or unambiguous forms.
 */
const COMMA_LEGAL_FORMS: WordRule[] = [
  { id: 'org-legal-form/us', why: '"Tesla, Inc. reported", "Marlow Foods, LLC, said", "Ridge Capital, L.P."',
    words: ['Inc', 'Corp', 'LLC', 'L.L.C', 'LLP', 'L.L.P', 'L.P'] },
  { id: 'org-legal-form/uk', why: '"Acme Holdings, Ltd.", "Brightwater, plc", "Kookaburra Mining, Pty Ltd"',
    words: ['Ltd', 'Limited', 'plc', 'PLC', 'Plc', 'Pty Ltd'] },
  { id: 'org-legal-form/europe', why: '"Banco Exemplo, S.A.", "Kessler Werke, GmbH", "Vantor, N.V.", "Fiora, S.p.A."',
    words: ['S.A', 'S.A.S', 'S.p.A', 'SpA', 'GmbH', 'AG', 'N.V', 'B.V', 'S.L'] },
];
// ", Inc.", ", LLC": a comma, the form (longest first), its dot if any, and no letter after ("Incheon" is no "Inc")
const COMMA_LEGAL_FORM = new RegExp(`,\\s+(?:${[...wordSet(...COMMA_LEGAL_FORMS)].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\.?(?![\\p{L}\\p{N}])`, 'gu');
/** A word in title case right before a name, read into a company's name cut short: "(Halvern) Robotics, Inc." (not a label in capitals: "SOURCE Halvern Robotics, Inc"). */
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}\p{N}.'’&-])(\p{Lu}\p{Ll}[\p{L}\p{N}&'’-]*) $/u;
/** Most capitalised words read back into a company's name before its legal form: "Northern Star Gold Mining, Ltd.". */
const LEGAL_NAME_MAX_WORDS_BEFORE = 3;
const NAME_FUNCTION_WORD = wordSet(LEADING_FUNCTION_WORDS);

// "the Scottish National party (SNP)": a lower-case "party" the tagger left out may stand between the name and its acronym
const ACRONYM_DEF = /^(?:\s+party)?\s*\((\p{Lu}[\p{Lu}\d&-]{1,9}|\p{Lu}\p{Ll}{1,2}\p{Lu}{1,3}|\p{Lu}{2,4}\p{Ll}{3,10})\)/u;
const ALL_CAPS_ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u;
// UK ministries write their acronyms in mixed case: "Ministry of Defence (MoD)", "Department for Education (DfE)",
// "DfID"; one or two lower-case letters between capitals, never a name like "McCain" (more letters after the capital)
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}{1,2}\p{Lu}{1,3}$/u;
// a short form of initials and a word: "King Salman Humanitarian Aid and Relief Centre (KSrelief)"
const INITIALS_WORD_ACRONYM = /^\p{Lu}{2,4}\p{Ll}{3,10}$/u;
const ACRONYM = { test: (s: string) => ALL_CAPS_ACRONYM.test(s) || MIXED_ACRONYM.test(s) || INITIALS_WORD_ACRONYM.test(s) };
const LINK_WORDS = new Set(['of', 'for', 'the', 'and', 'al', 'on', 'in', 'de']);
// a party's name the tagger ended before a lower-case "party": "the Scottish National party (SNP)" is the SNP
const PARTY_AFTER = /^\s+party\b/u;

// a US legislator's party and state in brackets: "Sen. Ted Cruz (R-Texas)", "Rep. Nancy Pelosi (D-Calif.)", "(I-Vt.)"
const PARTY_STATE_TAG = /^[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;

/** True for a name that is a legislator's bracketed party and state ("(R-Texas)"): no actor, no place of its own. */
function isPartyStateTag(text: string, n: RefinedName): boolean {
  return text.charCodeAt(n.start - 1) === 40 && PARTY_STATE_TAG.test(text.slice(n.start, n.end)) && /^\.?\)/.test(text.slice(n.end, n.end + 2));
}

/** The contract the extract stage calls: actors (people, organizations) and places, each with all its mentions. */
export function findActorsAndPlaces(ctx: ExtractContext): { actors: Actor[]; places: Place[] } {
  // a wire dateline's place is a place, its agency and date no name: "Imphal, Nov 18 (PTI) Three militants were killed …"
  const { ranges, datelines } = ctx.sentences.length ? splitDatelines(ctx.text, ctx.sentences) : { ranges: [{ start: 0, end: ctx.text.length }], datelines: [] };
  // where each table of the text begins (Paragraph.tableStart): a column header types the rows of its own table only
  const tableStarts = new Set<number>();
  for (const p of ctx.doc?.paragraphs ?? []) if (p.tableStart) tableStarts.add(ctx.text.lastIndexOf('\n', p.start - 1) + 1);
  const found = markDatelineNames(ctx.text, ctx.sentences, datelines, findNames(ctx.text, ranges, tableStarts));
  const joined = joinLegalForms(ctx.text, joinNicknames(ctx.text, found).map((n) => (isCountryInPlace(ctx.text, n) ? { ...n, type: 'LOC' as const } : n)));
  const names = findShortNames(ctx.text, findTickers(ctx.text, joinTrailingLegalForms(ctx.text, joinPartyShortNames(ctx.text, joinAcronymBodies(ctx.text, joinCommaBodies(ctx.text, joined)))))).filter((n) => !isPartyStateTag(ctx.text, n));
  const owned = ownRivalBodies(ctx.text, findInstitutions(ctx.text, names));
  // an institution's owner the tagger typed a body is a place: "Inner Mongolia" of "the Inner Mongolia health authority"
  const retyped = owned.filter((n) => n.retyped);
  const located = retyped.length ? names.map((n) => retyped.find((r) => r.start === n.start && r.end === n.end) ?? n) : names;
  // "(Bloomberg) -- The US State Department approved …": the agency of a dateline is no place either, whatever the
  // tagger typed it (Bloomberg was a town in Germany by the gazetteer's loose key)
  const places = toPlaces(ctx.text, located.filter((n) => !(DATELINE_AGENCIES.has(ctx.text.slice(n.start, n.end)) && isDatelineAgency(ctx.text, n))),
    findContextCountries(ctx.text, located));
  const actors = toActors(ctx.text, owned.filter((n) => (n.type === 'PER' || n.type === 'ORG') && !isDatelineAgency(ctx.text, n) && !isFeatureActor(ctx.text, n) &&
    !isDesignation(ctx.text, n)));
  return { actors, places };
}

/**
 * Lower-case nouns of a pathogen's or a product's kind, after which a capitalised word is its designation, no name:
 * "the clade Ib strain", "variant Omicron", "serotype DENV-3".
 */
const DESIGNATION_NOUNS: WordRule = {
  id: 'actor/designation-noun', why: '"Sierra Leone reported its first clade Ib case" made a person "Ib"',
  words: ['clade', 'subclade', 'strain', 'variant', 'subvariant', 'lineage', 'sublineage', 'serotype', 'genotype', 'subtype'],
};
const DESIGNATION_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${DESIGNATION_NOUNS.words.join('|')})\\s+$`, 'u');
/** A one-word name right after a DESIGNATION_NOUNS word in lower case: a designation ("clade Ib"), no actor. */
function isDesignation(text: string, n: RefinedName): boolean {
  return !/\s/.test(text.slice(n.start, n.end)) && DESIGNATION_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start));
}

// a speech verb right after a name: "Mount Sinai said" (the hospital), "the Lake Chad Basin Commission said"
const SPEECH_AFTER = new RegExp(`^[ \\t]+(?:${SUBJECT_ACTS.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}-])`, 'u');

/**
 * A river, lake or mountain the tagger typed an organization is a feature on the map (places.ts isFeatureBody), no
 * actor: "Barges on the River Thames were halted", "Floods along the River Severn". A name that speaks stays one:
 * "Mount Sinai said the patient was stable" is the hospital.
 */
function isFeatureActor(text: string, n: RefinedName): boolean {
  return n.type === 'ORG' && isFeatureBody(text, n) && !SPEECH_AFTER.test(text.slice(n.end, n.end + 24));
}

// a wire dateline's head before the agency's bracket, from the start of its line: "WASHINGTON", "KYIV, Ukraine",
// "LONDON, Nov 27", "Paris" or nothing ("(Reuters) - …"); capitalised words, figures and commas only
const DATELINE_HEAD = /^(?:[\p{Lu}\d][\p{L}\d.'’-]*,?\s+){0,8}$/u;
// the bracket's close and the dateline's dash: ") - The Senate voted", ") — Heavy rain", Bloomberg's two hyphens
// "(Bloomberg) -- The US …"
const DATELINE_DASH = /^\s*\)\s*[-–—]{1,2}\s/u;
/** Longest dateline head before the agency's bracket, in characters. */
const MAX_DATELINE_HEAD = 48;

/**
 * "WASHINGTON (Reuters) - The Senate voted …", "KYIV, Ukraine (AP) — …", "LONDON, Nov 27 (Reuters) - …": the agency in
 * a wire dateline's brackets filed the story; it is no actor in it. Only that mention is left out: "Reuters reported
 * that …" or "told Reuters" elsewhere in the article still make the agency an actor.
 */
function isDatelineAgency(text: string, n: RefinedName): boolean {
  const open = n.start - 1;
  if (text[open] !== '(' || !DATELINE_DASH.test(text.slice(n.end, n.end + 8))) return false;
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  return open - lineStart <= MAX_DATELINE_HEAD && DATELINE_HEAD.test(text.slice(lineStart, open));
}

/** A name with the state that owns it: "Russia's Defence Ministry" → owner "RU", institution "defence ministry". */
type OwnedName = RefinedName & { owner?: string; institution?: string; display?: string; retyped?: true; ticker?: number };

// "Russia's Defence Ministry", "Lebanon's health ministry", "The Israeli military", "the U.S. military": up to three
// capitalised words (the owner, cut to the country in code), an optional possessive, then the institution in any case;
// a place's institutions too (PLACE_INSTITUTIONS), with the level of government between: "the Sinaloa state
// prosecutor's office", "the Bougainville government"
const STATE_INSTITUTION_WORDS = [...wordSet(...STATE_INSTITUTIONS)].sort((a, b) => b.length - a.length);
const INSTITUTION_WORDS = [...wordSet(...STATE_INSTITUTIONS, ...PLACE_INSTITUTIONS)].sort((a, b) => b.length - a.length);
// "attorney general's office" is written with either apostrophe
const anyCase = (w: string) => w.split(' ').map((x) => `[${x[0]!.toUpperCase()}${x[0]}]${x.slice(1).replace(/'/g, "['’]")}`).join('\\s+');
const INSTITUTION = new RegExp(`(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})(['’]s)?\\s+(?:(${GOVERNMENT_LEVELS.words.map(anyCase).join('|')})\\s+)?(${INSTITUTION_WORDS.map(anyCase).join('|')})(?![\\p{L}-])`, 'gu');
const OWNER_REFUSALS = wordSet(PLACE_OWNER_REFUSALS);
// a capitalised level the owner's words took in: "the Sinaloa [State] Prosecutor's Office"
const LEVEL_AFTER = new RegExp(`^\\s+(?:${GOVERNMENT_LEVELS.words.map(anyCase).join('|')})$`, 'u');
// the last words of BARE_INSTITUTION_REFERENCES, to skip the search in a story that holds none
const BARE_HINT = new RegExp(`(?:${[...new Set([...wordSet(BARE_INSTITUTION_REFERENCES)].map((w) => w.slice(w.lastIndexOf(' ') + 1)))].join('|')})`, 'i');
// "according to the Texas attorney general's office": the institution is a source though no verb follows it
const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/i;
const SYNONYM_KEY = new Map(INSTITUTION_SYNONYMS.flatMap((r) => r.words.map((w) => [w, r.key] as const)));
/** Spellings of one institution: "defense ministry", "Ministry of Defence" and "defence ministry" are one key. */
function institutionKey(phrase: string): string {
  let k = phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/defense/g, 'defence');
  const of = /^ministry of (?:the )?(.+)$/.exec(k);
  if (of) k = `${of[1] === 'foreign affairs' ? 'foreign' : of[1]} ministry`;
  if (k === 'foreign affairs ministry') k = 'foreign ministry';
  if (k === 'army' || k === 'armed forces' || k === 'defence forces') k = 'military';
  return SYNONYM_KEY.get(k) ?? k;
}

/**
 * The state owning an institution: the country of "Russia's", "Gaza's" (a possessive place), "Israeli", "Sudanese"
 * (a nationality) or "U.S." (a country's name before the noun); the owner's last words only ("On Monday Russia's").
 */
function ownerCountry(owner: string, possessive: boolean): { country: string; words: number } | null {
  const ws = owner.split(/\s+/);
  for (let k = Math.min(ws.length, 3); k >= 1; k--) {
    const o = ws.slice(ws.length - k).join(' ');
    const cc = possessive ? countryOfName(o) : countryOfDemonym(o) ?? countryOfName(o);
    if (cc) return { country: cc, words: k };
    // a longer place whose name ends in a country's is no country of it: "The New Mexico attorney general's office",
    // "New Jersey police", "the Inner Mongolia health authority" (a state or province: placeOwner names it)
    if (k > 1 && isStateName(o)) return null;
  }
  return null;
}

// the owner coordinated with another before it: "U.S. and " of "U.S. and Mexican authorities", "Britain's and "
const JOINT_OWNER_BEFORE = /(?<![\p{L}.])(\p{Lu}[\p{L}.-]*?)(?:['’]s)?,?\s+(?:and|or|&)\s+$/u;
/** A country's name or demonym, or a state's name: the other owner of a joint body ("U.S.", "British", "Texas"). */
function isOwnerWord(w: string): boolean {
  return countryOfDemonym(w) !== null || countryOfName(w) !== null || isRegionName(w);
}

/**
 * True for the name of a country, a state or province, or a region of the news ("Northern Ireland", "New Mexico",
 * "Inner Mongolia"): a place that owns institutions; no city.
 */
function isStateName(name: string): boolean {
  return isRegionName(name) || lookupPlace(name)?.kind === 'region';
}

/** Characters of the owner's last `words` words: "Mexico" (6) of "The New Mexico". */
function countryLength(owner: string, words: number): number {
  return owner.split(/\s+/).slice(-words).join(' ').length;
}

/**
 * A place of the article owning an institution, when no country does: the place name the tagger found ending where
 * the owner's words end ("the [Bougainville] government", "the [Sinaloa] state prosecutor's office"), not read as the
 * place of the clause after a preposition ("In Sinaloa authorities found …", PLACE_OWNER_REFUSALS).
 */
function placeOwner(text: string, names: RefinedName[], from: number, ownerEnd: number): RefinedName | null {
  const ends = (n: RefinedName) => n.start >= from && (n.end === ownerEnd || LEVEL_AFTER.test(text.slice(n.end, ownerEnd)));
  // … or a name the tagger typed a body or a person that is exactly a state's or a country's name: "The Inner Mongolia
  // health authority said", "The Northern Ireland health department said" (tagged "Inner Mongolia", "Northern Ireland")
  const place = names.find((n) => n.type === 'LOC' && ends(n)) ??
    names.find((n) => n.type !== 'LOC' && !n.office && ends(n) && /\s/.test(text.slice(n.start, n.end)) && isStateName(text.slice(n.start, n.end)));
  if (!place) return null;
  // the word right before the place, read off a short tail (no end-anchored pattern)
  const before = text.slice(Math.max(0, place.start - 16), place.start).split(/\s+/);
  const word = before.length > 1 ? before[before.length - 2]!.toLowerCase() : '';
  return OWNER_REFUSALS.has(word) ? null : place;
}

/**
 * State institutions named by their owner become organizations keyed by that owner (STATE_INSTITUTIONS): "Russia's
 * Defence Ministry said … Ukraine's Defence Ministry said" are two actors, not one "Defence Ministry"; "Lebanon's health
 * ministry", "the Israeli military", "Ukraine's air force" are actors though written in lower case. The owner's place
 * name stays a place; a nationality the tagger left out is taken into the mention ("Israeli military"). A region's or
 * a town's institution is one too, keyed by the place: "the Bougainville government said", "the Texas attorney
 * general's office said" give the actors "Bougainville government" and "Texas attorney general's office" (named as
 * written, the mention is the institution's words), and Bougainville and Texas stay places.
 */
function findInstitutions(text: string, names: RefinedName[]): OwnedName[] {
  if (!/ministry|military|army|force|navy|guard|staff|police|intelligence|service|defen[cs]e|government|cabinet|presidency|parliament|bank|commission|council|office|department|authorit|administration|protection|agency/i.test(text)) return names;
  let out: OwnedName[] = names;
  const spoke = new Set<string>();
  INSTITUTION.lastIndex = 0;
  for (let m = INSTITUTION.exec(text); m; m = INSTITUTION.exec(text)) {
    const possessive = Boolean(m[2]);
    const ownerEnd = m.index + m[1]!.length;
    let country = ownerCountry(m[1]!, possessive);
    // the tagger's place ending with the owner and longer than the country's words wins: "New Mexico" over "Mexico",
    // even when it cannot own the institution ("In New Mexico authorities said" names no Mexican body)
    if (country && out.some((n) => n.type === 'LOC' && n.start >= m!.index && n.end === ownerEnd && n.end - n.start > countryLength(m![1]!, country!.words))) country = null;
    const place = country ? null : placeOwner(text, out, m.index, ownerEnd);
    if (!country && !place) continue;
    const ownerStart = place ? place.start : ownerEnd - m[1]!.split(/\s+/).slice(-country!.words).join(' ').length;
    // "U.S. and Mexican authorities said", "Texas and New Mexico authorities said": a body of two owners is no institution of
    // either; the source stays an unnamed group (claims.ts), not one country's body
    const joint = JOINT_OWNER_BEFORE.exec(text.slice(Math.max(0, ownerStart - 40), ownerStart));
    if (joint && isOwnerWord(joint[1]!)) continue;
    const owner = place ? `place:${text.slice(place.start, place.end).toLowerCase()}` : country!.country;
    const end = m.index + m[0].length;
    // "the Sinaloa [state prosecutor's office]": the level of government is part of the institution's mention
    // (after a place, its possessive and whatever the owner's words held after its name: "Bonn's [foreign ministry]",
    // "the Sinaloa [State Prosecutor's Office]")
    const placeEnd = m[2] ? ownerEnd + m[2].length : place?.end ?? 0;
    const instStart = place ? placeEnd + (/^\s*/.exec(text.slice(placeEnd, end))![0].length)
      : m[3] ? m.index + m[0].lastIndexOf(m[3], m[0].length - m[4]!.length - 1) : end - m[4]!.length;
    // a place name owning the institution stays a place: the mention is the institution ("Russia's [Defence Ministry]")
    const ownerIsPlace = place !== null || out.some((n) => n.type === 'LOC' && n.start < instStart && n.end > ownerStart);
    const start = possessive || ownerIsPlace ? instStart : ownerStart;
    // a place inside, or a longer name around it: "the Free Syrian Army" is no army of Syria, nor "Israeli Army Radio"
    if (out.some((n) => n.start < end && n.end > start && (n.type === 'LOC' || n.start < Math.min(start, ownerStart) || n.end > end))) continue;
    const display = text.slice(ownerStart, end);
    const institution = institutionKey(m[4]!);
    const key = `${owner}|${institution}`;
    // a name the tagger missed ("Lebanon's health ministry", "the Israeli military") is taken where it speaks, and
    // after that where it stands alone: "Iraqi military aid", "Russia's government took office" are no source
    const named = out.some((n) => (n.type === 'ORG' || n.type === 'PER') && n.start === start && n.end === end);
    const after = text.slice(end, end + 200);
    const cited = CUE_AFTER.test(after) || ACCORDING_BEFORE.test(text.slice(Math.max(0, ownerStart - 20), ownerStart));
    if (!named && !cited && !(spoke.has(key) && !/^\s+\p{Ll}/u.test(after))) continue;
    spoke.add(key);
    const sentence = out.filter((n) => n.start <= start).pop()?.sentence ?? 0;
    out = out.filter((n) => n.end <= start || n.start >= end);
    // the owner the tagger typed a body is the place it names (findActorsAndPlaces makes it one)
    if (place && place.type !== 'LOC') {
      const loc: OwnedName = { ...place, type: 'LOC', kind: null, retyped: true };
      out = out.map((n) => (n === place ? loc : n));
    }
    out.push({ start, end, type: 'ORG', kind: null, sentence, owner, institution, display });
  }
  out = findSeatedInstitutions(text, out);
  return out === names ? names : out.sort((a, b) => a.start - b.start);
}

// a country's possessive right before a body's name: "Tajikistan's " of "Tajikistan's State Committee for National
// Security" (up to three capitalised words: "the United Arab Emirates' ")
const COUNTRY_POSSESSIVE_BEFORE = /(?<![\p{L}.-])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}?)(?:['’]s|(?<=s)['’])\s+$/u;

/**
 * Two countries' bodies of one name are two actors: "Tajikistan's State Committee for National Security said … Kyrgyzstan's
 * State Committee for National Security rejected the claim" merged into one actor, the claims of both sides given to it.
 * A body's name that findInstitutions does not know (no generic ministry or army) is keyed by its owner when the article
 * writes it after two countries' possessives or more, and named with the owner ("Tajikistan's State Committee …"). A
 * name written after one country only ("Russia's Gazprom") or alone stays as it was.
 */
function ownRivalBodies(text: string, names: OwnedName[]): OwnedName[] {
  if (!/['’]/.test(text)) return names;
  const owners = new Map<string, Map<OwnedName, { country: string; start: number }>>();
  for (const n of names) {
    if (n.type !== 'ORG' || n.owner || n.office) continue;
    const m = COUNTRY_POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    const owner = m ? ownerCountry(m[1]!, true) : null;
    if (!owner) continue;
    const key = foldName(text.slice(n.start, n.end));
    const ownStart = n.start - m![0].length + m![1]!.length - countryLength(m![1]!, owner.words);
    (owners.get(key) ?? owners.set(key, new Map()).get(key)!).set(n, { country: owner.country, start: ownStart });
  }
  let out = names;
  for (const [key, byName] of owners) {
    if (new Set([...byName.values()].map((o) => o.country)).size < 2) continue;
    out = out.map((n) => {
      const o = byName.get(n);
      return o ? { ...n, owner: o.country, institution: `body:${key}`, display: text.slice(o.start, n.end) } : n;
    });
  }
  return out;
}

// "The Defence Ministry in Moscow said", "the health ministry in Gaza": a ministry named by the place it sits in
const SEATED_INSTITUTION = new RegExp(`\\b[Tt]he\\s+(${STATE_INSTITUTION_WORDS.filter((w) => /ministry|government|office|department/.test(w))
  .map(anyCase).join('|')})\\s+in\\s+(?=\\p{Lu})`, 'gu');

/**
 * A ministry named by its seat is owned by the seat's country: "The Defence Ministry in Moscow said … The Defence
 * Ministry in Kyiv said" are Russia's and Ukraine's. The seat must be a place name of the article.
 */
function findSeatedInstitutions(text: string, names: OwnedName[]): OwnedName[] {
  if (!/\bin\s/.test(text)) return names;
  let out = names;
  SEATED_INSTITUTION.lastIndex = 0;
  for (let m = SEATED_INSTITUTION.exec(text); m; m = SEATED_INSTITUTION.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - m[0].length + m[0].indexOf(m[1]!);
    const instEnd = start + m[1]!.length;
    const seat = out.find((n) => n.type === 'LOC' && n.start === end);
    const country = seat ? lookupPlace(text.slice(seat.start, seat.end))?.country : null;
    if (!country || out.some((n) => n.owner && n.start === start)) continue;
    const named = out.some((n) => (n.type === 'ORG' || n.type === 'PER') && n.start === start && n.end === instEnd);
    if (!named && !CUE_AFTER.test(text.slice(seat!.end, seat!.end + 200))) continue;
    const sentence = seat!.sentence;
    out = out.filter((n) => n.end <= start || n.start >= instEnd);
    out.push({ start, end: instEnd, type: 'ORG', kind: null, sentence, owner: country, institution: institutionKey(m[1]!),
      display: text.slice(start, seat!.end) });
  }
  return out;
}

/**
 * A company named with its legal form after a comma is one organization: "Marlow Foods, LLC, said" (the tagger gives
 * "Marlow Foods" and an organization "LLC"), "Halvern Robotics, Inc." (tagged "Robotics, Inc.", or a place "Halvern
 * Robotics" and "Inc."). The name runs from the company's words to the form; a form tagged alone goes, and the same
 * words elsewhere without the form name the company too ("chief executive of Halvern Robotics"), which actors then
 * link as an alias.
 */
function joinLegalForms(text: string, names: RefinedName[]): RefinedName[] {
  COMMA_LEGAL_FORM.lastIndex = 0;
  if (!COMMA_LEGAL_FORM.test(text)) return names;
  const dropped = new Set<RefinedName>();
  const heads = new Set<string>();
  COMMA_LEGAL_FORM.lastIndex = 0;
  for (let m = COMMA_LEGAL_FORM.exec(text); m; m = COMMA_LEGAL_FORM.exec(text)) {
    const comma = m.index;
    const end = comma + m[0].length;
    // the company's words: a name ending at the comma or holding it ("Tesla, Inc." tagged whole)
    const head = names.find((n) => !dropped.has(n) && !n.office && n.start < comma && n.end >= comma && n.end <= end);
    const form = names.find((n) => !dropped.has(n) && n !== head && n.start > comma && n.end <= end);
    if (!head && !form) continue;
    let start = head ? head.start : comma;
    // capitalised words the tagger left out before it: "-- Halvern Robotics, Inc." tagged "Robotics, Inc."
    for (let k = 0; k < LEGAL_NAME_MAX_WORDS_BEFORE; k++) {
      const w = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      if (!w || NAME_FUNCTION_WORD.has(w[1]!.toLowerCase()) || names.some((n) => n !== head && n.end === start - 1)) break;
      start -= w[0].length;
    }
    if (start >= comma) continue;
    if (form) dropped.add(form);
    const joined: RefinedName = { ...(head ?? form)!, start, end, type: 'ORG', kind: null, cue: undefined, listCue: undefined, cueKind: undefined };
    if (head) names = names.map((n) => (n === head ? joined : n));
    else names = [...names, joined];
    heads.add(text.slice(start, comma));
  }
  if (!heads.size) return names;
  return names.filter((n) => !dropped.has(n)).map((n) => {
    if (n.office) return n;
    // the company's words cut short here too: "About Halvern Robotics" tagged "Robotics"
    let start = n.start;
    const surface = text.slice(n.start, n.end);
    for (const h of heads) {
      if (h.length > surface.length && h.endsWith(` ${surface}`) && text.slice(n.start - h.length + surface.length, n.start) === h.slice(0, h.length - surface.length)) start = n.start - h.length + surface.length;
    }
    if (start < n.start && names.some((o) => o.end > start && o.end <= n.start)) start = n.start; // another name there
    if (start === n.start && (n.type === 'ORG' || !heads.has(surface))) return n;
    return { ...n, start, type: 'ORG' as const, kind: null, cue: undefined, listCue: undefined, cueKind: undefined };
  }).sort((a, b) => a.start - b.start);
}

// a capitalised word of a person's name: "Joaquín", "Fils-Aimé", "O'Neill"
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]*\\p{Ll}";
// a particle inside a surname: "Lula da Silva", "Ramón de la Fuente"
const SURNAME_PARTICLE = '(?:de|del|la|las|los|da|das|do|dos|van|von|di)';
/**
 * A given name or two, a nickname in quotes, then one or two surnames: 'Joaquín "El Chapo" Guzmán', 'Jimmy "Barbecue"
 * Cherizier', 'Ismael "El Mayo" Zambada'. Groups: the given names, the nickname, the surnames.
 */
const NICKNAMED_NAME = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})[ \\t]+["“](\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+\\p{L}[\\p{L}\\p{M}'’.-]*){0,2})["”][ \\t]+(${NAME_WORD}(?:[ \\t]+(?:${SURNAME_PARTICLE}[ \\t]+){0,2}${NAME_WORD}){0,2})(?![\\p{L}\\p{N}'’-])`, 'gu');
/** The plain name and the nickname of a person's name written with the nickname inside: 'Joaquín "El Chapo" Guzmán'. */
export const NICKNAME_INSIDE = /^([^"“”]*\S)[ \t]+["“]([^"“”]+)["”][ \t]+(\S[^"“”]*)$/u;

/**
 * A person's name with a nickname in quotes inside it is one person's name: 'jailed drug lord Joaquín "El Chapo"
 * Guzmán' (the tagger gave three people, "Joaquín" with the role "lord"), 'Ismael "El Mayo" Zambada' (a place and two
 * organizations), 'Jimmy "Barbecue" Cherizier' (a person "Jimmy"). Common in crime copy from Latin America, the
 * Caribbean and elsewhere (mob bosses, gang leaders). The first word must be a given name or the tagger must have
 * read a person there, so a quoted title between capitalised words ('Netflix "Narcos" Series') is left alone.
 */
function joinNicknames(text: string, names: RefinedName[]): RefinedName[] {
  if (!/["“]/.test(text)) return names;
  let out = names;
  const joinedForms = new Set<string>();
  for (const m of text.matchAll(NICKNAMED_NAME)) {
    const end = m.index! + m[0].length;
    // a title or a function word before the given name is no part of it: 'Commander Jimmy "Barbecue" Cherizier'
    let start = m.index!;
    const words = m[1]!.split(/[ \t]+/u);
    while (words.length > 1 && (NAME_FUNCTION_WORD.has(words[0]!.toLowerCase()) || TITLE_AT_START.test(`${words[0]} `))) {
      start = text.indexOf(words[1]!, start + words[0]!.length);
      words.shift();
    }
    const given = words[0]!;
    if (NAME_FUNCTION_WORD.has(given.toLowerCase()) || TITLE_AT_START.test(`${given} `)) continue;
    const inside = out.filter((n) => n.start < end && n.end > m.index!);
    // a name reaching outside the match is another name's ("Mexico City", "Santa Rosa de Lima Cartel"): leave it
    if (inside.some((n) => n.start < m.index! || n.end > end || n.office)) continue;
    if (!isGivenName(given) && !inside.some((n) => n.type === 'PER' && n.end > start)) continue;
    // the tagger's person holding the title keeps it, for the role: "Commander Jimmy" → role "Commander"
    start = Math.min(start, ...inside.filter((n) => n.type === 'PER' && n.end > start).map((n) => n.start));
    const sentence = inside[0]?.sentence ?? out.find((n) => n.start >= end)?.sentence ?? 0;
    const joined: RefinedName = { start, end, type: 'PER', kind: null, sentence };
    out = [...out.filter((n) => !inside.includes(n)), joined].sort((a, b) => a.start - b.start);
    joinedForms.add(m[2]!).add(m[3]!).add(m[3]!.split(/[ \t]+/u).pop()!);
  }
  if (!joinedForms.size) return out;
  // the nickname or the surname alone elsewhere is the same person, whatever the tagger read there: "… loyal to Ismael
  // \"El Mayo\" Zambada, began after Zambada was kidnapped" (an organization "Zambada")
  return out.map((n) => (n.type !== 'PER' && !n.office && joinedForms.has(text.slice(n.start, n.end)) ? { ...n, type: 'PER' as const, kind: null, cue: undefined, listCue: undefined, cueKind: undefined } : n));
}

// the last or first word of a body's name: "… Geophysical Agency", "Ministry of …" (ORG_HEADS, BODY_ORG_HEADS)
const COMMA_BODY_HEADS = new Set([...ORG_HEADS, ...BODY_ORG_HEADS].flatMap((r) => r.words).filter((w) => !w.includes(' ')));
// "the" and a body's name listing its fields with commas, then its acronym in brackets: "the Meteorology,
// Climatology and Geophysical Agency (BMKG)", "the Ministry of Energy, Mines and Water (MEMW)". Each field is one to
// four capitalised words (with "of", "for", "on" inside); the last comes after "and" or "&".
const COMMA_BODY_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const COMMA_BODY_FIELD = `${COMMA_BODY_WORD}(?:[ \\t]+(?:(?:of|for|on|and)[ \\t]+)?${COMMA_BODY_WORD}){0,3}`;
const COMMA_BODY = new RegExp(`\\b[Tt]he[ \\t]+(${COMMA_BODY_FIELD}(?:,[ \\t]+${COMMA_BODY_FIELD}){1,4},?[ \\t]+(?:and|&)[ \\t]+${COMMA_BODY_FIELD})[ \\t]*\\(\\p{Lu}[\\p{Lu}&]{1,9}\\)`, 'gu');

/**
 * A public body whose name holds commas and is followed by its acronym is one organization: "the Meteorology,
 * Climatology and Geophysical Agency (BMKG) said" (the tagger may give "Ministry of Energy" and "Mines and Water" for
 * "the Ministry of Energy, Mines and Water (MEMW)", and a claim then has half the name as its source). The name opens
 * or ends with a body's head word (COMMA_BODY_HEADS); names inside it give way to the whole.
 */
function joinCommaBodies(text: string, names: RefinedName[]): RefinedName[] {
  if (!text.includes(', ') || !/\(\p{Lu}{2}/u.test(text)) return names;
  COMMA_BODY.lastIndex = 0;
  for (let m = COMMA_BODY.exec(text); m; m = COMMA_BODY.exec(text)) {
    const words = m[1]!.split(/[\s,]+/);
    if (!COMMA_BODY_HEADS.has(words[0]!.toLowerCase()) && !COMMA_BODY_HEADS.has(words[words.length - 1]!.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const inside = names.filter((n) => n.start < end && n.end > start);
    // a name reaching outside the match belongs to something else ("Tuesday, the …" is no part of it)
    if (!inside.length || inside.some((n) => n.start < start || n.end > end)) continue;
    const joined: RefinedName = { ...inside[0]!, start, end, type: 'ORG', kind: null, cue: undefined, listCue: undefined, cueKind: undefined, office: undefined };
    names = [...names.filter((n) => !inside.includes(n)), joined].sort((a, b) => a.start - b.start);
  }
  return names;
}

// the words that join the parts of a body's name before its acronym: "Office for the Coordination of …", "Support and
// Stabilization Mission in Somalia"; not "and the", which joins two bodies ("the army and the Rapid Support Forces")
const ACRONYM_BODY_LINK = /(?:^|[ \t])(?:of|for|of[ \t]+the|for[ \t]+the|and|&|in|on)[ \t]+$/u;
// a capitalised word right before a name, no name of its own: "The Armed" of "The Armed Forces of the … (FARDC)"
const ACRONYM_BODY_BARE_WORD = /(?:^|[ \t])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+$/u;
const ACRONYM_BODY_NOT_WORDS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her']);

/**
 * A body's name the tagger cut into parts before its acronym in brackets is one organization: "the UN Office for the
 * Coordination of Humanitarian Affairs (OCHA)" gave "UN Office" and "Coordination of Humanitarian Affairs",
 * "the Cooperative for the Development of Congo (CODECO)" gave "Cooperative" and "Development of Congo", "The Armed
 * Forces of the Democratic Republic of the Congo (FARDC)" lost "Armed", and the acronym went to the part. Parts (names
 * or one bare capitalised word) joined by a link word (ACRONYM_BODY_LINK) are taken from the right while each gives
 * the acronym a letter the name lacks yet; a name that spells its acronym already ("the army and the Rapid Support
 * Forces (RSF)") takes nothing.
 */
function joinAcronymBodies(text: string, names: RefinedName[]): RefinedName[] {
  if (!/\(\p{Lu}{3}/u.test(text)) return names;
  for (let k = 0; k < names.length; k++) {
    const last = names[k]!;
    const def = /^[ \t]*\((\p{Lu}{3,9})\)/u.exec(text.slice(last.end, last.end + 14));
    if (!def) continue;
    const acr = def[1]!;
    if (initialsOf(text.slice(last.start, last.end)).includes(acr)) continue;
    // the acronym's letters the parts taken so far do not give (a letter may stand twice: "CODECO")
    const missing = [...acr];
    const take = (s: string) => {
      let gave = false;
      for (const w of s.split(/[\s-]+/)) {
        if (!w || LINK_WORDS.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w)) continue;
        for (const l of CAPITALS_WORD.test(w) ? w.replace(NOT_CAPITAL, '') : w[0]!) {
          const at = missing.indexOf(l);
          if (at >= 0) { missing.splice(at, 1); gave = true; }
        }
      }
      return gave;
    };
    take(text.slice(last.start, last.end));
    let start = last.start;
    let first = k;
    while (missing.length) {
      const before = text.slice(Math.max(0, start - 40), start);
      const bare = ACRONYM_BODY_BARE_WORD.exec(before);
      const prev = names[first - 1];
      if (bare && !ACRONYM_BODY_NOT_WORDS.has(bare[1]!.toLowerCase()) && (!prev || prev.end <= start - bare[0].length) && take(bare[1]!)) {
        start -= bare[0].trimStart().length;
        continue;
      }
      const link = prev && prev.sentence === last.sentence ? ACRONYM_BODY_LINK.exec(text.slice(prev.end, start)) : null;
      if (!prev || !link || link.index !== 0 || !/^\p{Lu}/u.test(text.slice(prev.start, prev.end)) || !take(text.slice(prev.start, prev.end))) break;
      start = prev.start;
      first--;
    }
    if (first === k && start === last.start) continue;
    const joined: RefinedName = { ...last, start, type: 'ORG', kind: null, cue: undefined, listCue: undefined, cueKind: undefined, office: undefined };
    names = [...names.slice(0, first), joined, ...names.slice(k + 1)];
    k = first;
  }
  return names;
}

// a written form standing as a word of its own: not inside another word nor before a capitalised one ("Reform UK")
const wordAt = (text: string, i: number, w: string) => !/[\p{L}\p{N}-]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}-]/u.test(text[i + w.length] ?? ' ');

/**
 * A party named in full (PARTY_SHORT_NAMES: "Reform UK") is an organization wherever written, and its short name alone
 * after it ("Reform said") is too; names the tagger gave over either ("UK" a place) give way. Nothing without the full
 * name.
 */
function joinPartyShortNames(text: string, names: RefinedName[]): RefinedName[] {
  for (const r of PARTY_SHORT_NAMES) {
    const first = text.indexOf(r.full);
    if (first < 0) continue;
    const spans: { start: number; end: number }[] = [];
    for (let i = first; i >= 0; i = text.indexOf(r.full, i + 1)) if (wordAt(text, i, r.full)) spans.push({ start: i, end: i + r.full.length });
    for (const w of r.words) {
      for (let i = text.indexOf(w, first + r.full.length); i >= 0; i = text.indexOf(w, i + 1)) {
        if (!wordAt(text, i, w) || /^[ \t]+\p{Lu}/u.test(text.slice(i + w.length, i + w.length + 3))) continue;
        if (spans.some((x) => x.start <= i && x.end > i)) continue;
        spans.push({ start: i, end: i + w.length });
      }
    }
    for (const sp of spans) {
      const over = names.filter((n) => n.start < sp.end && n.end > sp.start);
      if (over.some((n) => n.start < sp.start || n.end > sp.end)) continue;
      const sentence = over[0]?.sentence ?? names.filter((n) => n.start < sp.start).pop()?.sentence ?? 0;
      const joined: RefinedName = { start: sp.start, end: sp.end, type: 'ORG', kind: null, sentence };
      names = [...names.filter((n) => !over.includes(n)), joined].sort((a, b) => a.start - b.start);
    }
  }
  return names;
}

// a regex alternation of words written as they are, longest first
const literalAlternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
// a ticker symbol: "AAPL", "BRK.B", "TSLA.O", "NORDV.ST", "6758.T", "0700.HK"
const TICKER_SYMBOL = '(?:[A-Z][A-Z0-9]{0,5}|[0-9]{3,6})(?:[.-][A-Z]{1,3})?';
// "NASDAQ: AAPL", "LSE:BP.L": an exchange, a colon and the symbol
const LISTED_SYMBOL = `(?:${literalAlternation(STOCK_EXCHANGES.words)})\\s*:\\s*${TICKER_SYMBOL}`;
/**
 * A bracket holding a company's ticker: "(NASDAQ: AAPL)", "(NYSE: X, TSX: Y)", or a symbol with a market suffix
 * "(TSLA.O)", "(6758.T)". A bare "(AAPL)" is read as an acronym (ACRONYM_DEF) and joins the company already.
 */
const TICKER_BRACKET = new RegExp(`[ \\t]?\\(\\s*(?:${LISTED_SYMBOL}(?:\\s*(?:[,;/]|and)\\s*${LISTED_SYMBOL})*|(?:[A-Z][A-Z0-9]{0,5}|[0-9]{3,6})\\.[A-Z]{1,3})\\s*\\)`, 'gu');
// each symbol inside such a bracket, after its exchange if any
const TICKER_IN_BRACKET = new RegExp(`(?:(?:${literalAlternation(STOCK_EXCHANGES.words)})\\s*:\\s*)?(${TICKER_SYMBOL})(?![\\p{L}\\p{N}])`, 'gu');
// a capitalised word of a company's name right before `from`: "Nvidia " of "shares of Nvidia (NVDA.O)"
const COMPANY_WORD_BEFORE = /(?<![\p{L}\p{N}.'’&-])(\p{Lu}[\p{L}\p{N}&'’.-]*) $/u;
/** Most capitalised words read back into a company's name the tagger missed before its ticker or its legal form. */
const COMPANY_MAX_WORDS_BEFORE = 4;

/** The sentence index of the name nearest before `at`, for a name the rules add (0 before any). */
const sentenceAt = (names: readonly RefinedName[], at: number) => names.filter((n) => n.start <= at).pop()?.sentence ?? 0;

/**
 * A company's name the tagger missed, read back from `end` over up to COMPANY_MAX_WORDS_BEFORE capitalised words:
 * "Barclays" of "Barclays plc said", "Nvidia" of "shares of Nvidia (NVDA.O)". A leading function word ("The") is left
 * out; null when no word is left, another name is in the way, or the words are a place the gazetteer knows.
 */
function companyBefore(text: string, names: readonly RefinedName[], end: number): { start: number; end: number } | null {
  if (text[end] !== ' ') return null;
  let start = end;
  let to = end + 1;
  for (let k = 0; k < COMPANY_MAX_WORDS_BEFORE; k++) {
    const w = COMPANY_WORD_BEFORE.exec(text.slice(Math.max(0, to - 40), to));
    // a word ending in a dot other than the last ("Inc.") ends a sentence: "… said Reuters. Barclays plc"
    if (!w || NAME_FUNCTION_WORD.has(w[1]!.toLowerCase()) || (k > 0 && w[1]!.endsWith('.'))) break;
    start = to - w[0].length;
    to = start;
  }
  if (start >= end || names.some((n) => n.start < end && n.end > start)) return null;
  const words = text.slice(start, end);
  return lookupPlace(words) || countryOfDemonym(words) || countryOfName(words) ? null : { start, end };
}

/**
 * A stock ticker in brackets after a company is the company's, no actor of its own: "Tesla Inc (TSLA.O) said",
 * "Apple Inc. (NASDAQ: AAPL) said", "Sony Group Corp (6758.T)". The names inside the bracket (the exchange, the
 * symbol) go; each symbol becomes a name marked with the company's start (`ticker`), which toActors makes a mention
 * of that company (so an alias, as an acronym in brackets is), and a claim whose source is the ticker or "Company
 * (TICK)" is the company's. The name before the bracket is an organization whatever the tagger said; when the tagger
 * missed it, its capitalised words are taken ("shares of Nvidia (NVDA.O) fell").
 */
function findTickers(text: string, names: RefinedName[]): OwnedName[] {
  if (!text.includes('(')) return findTickerPhrases(text, names);
  let out: OwnedName[] = names;
  TICKER_BRACKET.lastIndex = 0;
  for (let m = TICKER_BRACKET.exec(text); m; m = TICKER_BRACKET.exec(text)) {
    const at = m.index;
    const close = at + m[0].length;
    const open = text.indexOf('(', at);
    let company = out.find((n) => n.end === at && !n.office && n.ticker === undefined);
    if (!company) {
      const found = text[at] === ' ' ? companyBefore(text, out, at) : null;
      if (!found) continue;
      company = { ...found, type: 'ORG', kind: null, sentence: sentenceAt(out, at) };
      out = [...out, company];
    } else if (company.type !== 'ORG') {
      const org: OwnedName = { ...company, type: 'ORG', kind: null, cue: undefined, listCue: undefined, cueKind: undefined };
      out = out.map((n) => (n === company ? org : n));
      company = org;
    }
    const inside = text.slice(open, close);
    const symbols: OwnedName[] = [];
    TICKER_IN_BRACKET.lastIndex = 0;
    for (let s = TICKER_IN_BRACKET.exec(inside); s; s = TICKER_IN_BRACKET.exec(inside)) {
      const start = open + s.index + s[0].length - s[1]!.length;
      symbols.push({ start, end: start + s[1]!.length, type: 'ORG', kind: null, sentence: company.sentence, ticker: company.start });
    }
    out = [...out.filter((n) => n.end <= open || n.start >= close), ...symbols];
  }
  out = findTickerPhrases(text, out);
  return out === names ? names : out.sort((a, b) => a.start - b.start);
}

// "under the ticker RWM", "under the symbol “HLVR”": the symbol is group 1
const TICKER_PHRASE = new RegExp(`\\bunder\\s+the\\s+(?:${[...wordSet(TICKER_NOUNS)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+["“]?(${TICKER_SYMBOL})(?![\\p{L}\\p{N}])`, 'gu');
const EXCHANGE_NAME = new Set(STOCK_EXCHANGES.words.map((w) => w.toLowerCase()));
// a sentence's end between the company and its ticker: ". The", "? It"
const SENTENCE_BREAK = /[.!?]["”’]?\s+\p{Lu}/u;
// ", which trades on …": the clause after a company's name
const WHICH_CLAUSE = /^,?\s+which\s/u;
/** Most characters between a company's name and the phrase giving its ticker. */
const TICKER_PHRASE_REACH = 160;

/**
 * "Ridgeway Motors Inc., which trades on the New York Stock Exchange under the ticker RWM, said": the symbol is a
 * mention of the nearest organization named before it in the sentence that is no exchange.
 */
function findTickerPhrases(text: string, names: OwnedName[]): OwnedName[] {
  if (!/\bunder\s+the\s+(?:ticker|symbol|stock|trading)/.test(text)) return names;
  let out = names;
  TICKER_PHRASE.lastIndex = 0;
  for (let m = TICKER_PHRASE.exec(text); m; m = TICKER_PHRASE.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    // a name the tagger read as a person is the company when "which" (no "who") opens the clause: "Pellam Robotics,
    // which is listed on the Nasdaq under the symbol PLMR"
    let company = out.filter((n) => (n.type === 'ORG' || (n.type === 'PER' && WHICH_CLAUSE.test(text.slice(n.end, m!.index)))) && !n.office && n.ticker === undefined && n.end <= m!.index &&
      m!.index - n.end <= TICKER_PHRASE_REACH && !EXCHANGE_NAME.has(text.slice(n.start, n.end).toLowerCase()) &&
      !/\bexchange$/i.test(text.slice(n.start, n.end))).pop();
    if (!company || SENTENCE_BREAK.test(text.slice(company.end, m.index))) continue;
    if (company.type !== 'ORG') {
      const org: OwnedName = { ...company, type: 'ORG', kind: null };
      out = out.map((n) => (n === company ? org : n));
      company = org;
    }
    out = [...out.filter((n) => n.end <= start || n.start >= end),
      { start, end, type: 'ORG', kind: null, sentence: company.sentence, ticker: company.start }];
  }
  return out;
}

// " plc", " AG", " Inc.": a legal form right after a name, as written (LEGAL_FORMS), no letter after it
// a short form in capitals may be written with dots: "SA" → "S.A.", "SpA" → "S.p.A." (the last dot is read after it)
const LEGAL_FORM_ALTERNATION = [...LEGAL_FORMS.words].sort((a, b) => b.length - a.length)
  .map((w) => (/^\p{Lu}\p{L}?\p{Lu}$/u.test(w) ? w.split('').join('\\.?') : w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('|');
const LEGAL_FORM_AFTER = new RegExp(`^ (?:${LEGAL_FORM_ALTERNATION})\\.?(?![\\p{L}\\p{N}&/-])`, 'u');
// the same after a capitalised word the tagger may have missed: "Barclays plc said"
// two words or more in capitals: a headline, not a company's words
const ALL_CAPS_RUN = /^[\p{Lu}\p{N}&'’.-]+(?:\s+[\p{Lu}\p{N}&'’.-]+)+$/u;
const LEGAL_FORM_RUN = new RegExp(`(?<=\\p{L}) (?:${LEGAL_FORM_ALTERNATION})\\.?(?![\\p{L}\\p{N}&/-])`, 'gu');

/**
 * A legal form written after a name with no comma belongs to it and makes it a company: "Taylor Wimpey plc said" (the
 * tagger gave a person "Taylor Wimpey"), "Nordvik Foods AB", "Barclays plc said" (untagged). A place the gazetteer
 * knows takes none: "Texas AG Ken Paxton" is the state's attorney general.
 */
function joinTrailingLegalForms(text: string, names: RefinedName[]): RefinedName[] {
  LEGAL_FORM_RUN.lastIndex = 0;
  if (!LEGAL_FORM_RUN.test(text)) return joinCountrySubsidiaries(text, names);
  let out = names.map((n) => {
    if (n.office || text.charCodeAt(n.end) !== 32) return n;
    const m = LEGAL_FORM_AFTER.exec(text.slice(n.end, n.end + 16));
    if (!m || (n.type === 'LOC' && lookupPlace(text.slice(n.start, n.end)))) return n;
    return { ...n, end: n.end + m[0].length, type: 'ORG' as const, kind: null, cue: undefined, listCue: undefined, cueKind: undefined };
  });
  out = joinCountrySubsidiaries(text, out);
  LEGAL_FORM_RUN.lastIndex = 0;
  const added: RefinedName[] = [];
  for (let m = LEGAL_FORM_RUN.exec(text); m; m = LEGAL_FORM_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (out.some((n) => n.start < end && n.end > m!.index)) continue;
    const found = companyBefore(text, out, m.index);
    // a headline in capitals is no company's name: "STOCKS SINK SA …"
    if (found && ALL_CAPS_RUN.test(text.slice(found.start, found.end))) continue;
    if (found) added.push({ start: found.start, end, type: 'ORG', kind: null, sentence: sentenceAt(out, found.start) });
  }
  if (added.length) out = [...out, ...added].sort((a, b) => a.start - b.start);
  return out;
}

const COMPANY_HEAD = wordSet(COMPANY_NAME_HEADS);
// a country's code in capitals: "UK", "US", "USA"
const COUNTRY_CODE = /^\p{Lu}{2,3}$/u;

/**
 * A company's national arm named with its country's code after its trade word is one company: "Hutchison Ports UK
 * said" (tagged "Hutchison Ports" and the place "UK"), "Dunmore Logistics US". The code is no place there.
 */
function joinCountrySubsidiaries(text: string, names: RefinedName[]): RefinedName[] {
  let out = names;
  for (let k = 0; k + 1 < out.length; k++) {
    const n = out[k]!;
    const next = out[k + 1]!;
    if ((n.type !== 'ORG' && n.type !== 'PER') || n.office || next.type !== 'LOC' || next.start !== n.end + 1 || text[n.end] !== ' ') continue;
    const code = text.slice(next.start, next.end);
    const last = text.slice(n.start, n.end).split(/\s+/).pop()!.toLowerCase();
    if (!COMPANY_HEAD.has(last) || !COUNTRY_CODE.test(code) || !countryOfName(code)) continue;
    const joined: RefinedName = { ...n, end: next.end, type: 'ORG', kind: null, cue: undefined, listCue: undefined, cueKind: undefined };
    out = [...out.slice(0, k), joined, ...out.slice(k + 2)];
  }
  return out;
}

/** compromise tags of a common English word, no company's short name: "General" (Motors), "United" (Airlines), "First". */
const COMMON_SHORT_NAME_TAGS = ['Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Value', 'Modal', 'Copula', 'Verb', 'Plural', 'Date'];
// a capitalised word right before, with no punctuation between: the word is part of another name ("Attorney General")
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{N}'’&-]*[ \t]$/u;
// … or right after: "Meridian Capital", "World Cup"
const CAPITAL_WORD_AFTER = /^[ \t]\p{Lu}/u;
// no letter, figure or name glue on either side: "Apple" of "Apple said" and "Apple's", not of "Applebee" or "Pineapple"
const GLUE_BEFORE = /[\p{L}\p{N}&'’.-]/u;
const GLUE_AFTER = /[\p{L}\p{N}&-]/u;

/**
 * A company's short name: the words of an organization's name before its trade word or legal form (orgHead: "Nordvik"
 * of "Nordvik Foods AB", "Meridian" of "Meridian Bank AG", "Apple" of "Apple Inc."), written alone after it, is a name
 * of that organization even where the tagger saw no name: "Nordvik, which competes with …", "a spokesperson for
 * Meridian", "Apple said". toActors then joins it to the full name (findOwner), so it is one actor with an alias.
 * Not when two companies share the short name, when a person's name holds it, when it is a place, a nationality or a
 * common word (compromise's tags, the tagger's weights, or the word written in lower case in the article: "General" of
 * "General Motors"), nor inside another capitalised name ("Attorney General").
 */
function findShortNames(text: string, names: OwnedName[]): OwnedName[] {
  const heads = new Map<string, { from: number; full: Set<string> }>();
  for (const n of names) {
    if (n.type !== 'ORG' || n.office || n.ticker !== undefined || n.owner) continue;
    const words = text.slice(n.start, n.end).split(/\s+/);
    if (words.length > 1 && NAME_FUNCTION_WORD.has(words[0]!.toLowerCase())) words.shift();
    if (words.length < 2) continue;
    const full = nameWords(words.join(' '));
    const head = orgHead(full);
    if (head.length >= words.length || head.length > 2) continue;
    const written = words.slice(0, head.length).map((w) => w.replace(/[.,]+$/, '')).join(' ');
    if (!/^\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*)?$/u.test(written)) continue;
    const h = heads.get(written) ?? heads.set(written, { from: n.end, full: new Set() }).get(written)!;
    h.full.add(orgHeads(full).map((x) => x.join(' ')).join('|'));
  }
  // two names with one short form are one company when one is cut to the other on the way ("Vantor Systems, Inc." and
  // "Vantor Systems"); else two companies share it ("Nordvik Foods AB", "Nordvik Energy") and it names neither
  const oneCompany = (full: Set<string>) => {
    const chains = [...full].map((c) => c.split('|'));
    return chains.every((a) => chains.every((b) => a.includes(b[0]!) || b.includes(a[0]!)));
  };
  if (!heads.size) return names;
  // where each short form stands alone after the full name, untagged or tagged as another kind of name
  const found = new Map<string, { spans: { start: number; end: number }[]; retype: OwnedName[] }>();
  for (const [w, h] of heads) {
    const spans: { start: number; end: number }[] = [];
    const retype: OwnedName[] = [];
    for (let i = text.indexOf(w, h.from); i >= 0; i = text.indexOf(w, i + w.length)) {
      const end = i + w.length;
      if ((i > 0 && GLUE_BEFORE.test(text[i - 1]!)) || (end < text.length && GLUE_AFTER.test(text[end]!))) continue;
      const named = names.find((n) => n.start < end && n.end > i);
      // the tagger's place or other name that is the short form: the company
      if (named) { if (named.start === i && named.end === end && named.type !== 'ORG' && named.type !== 'PER') retype.push(named); continue; }
      if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 30), i)) || CAPITAL_WORD_AFTER.test(text.slice(end, end + 2))) continue;
      spans.push({ start: i, end });
    }
    if (spans.length || retype.length) found.set(w, { spans, retype });
  }
  if (!found.size) return names;
  const personWords = new Set(names.filter((n) => n.type === 'PER').flatMap((n) => text.slice(n.start, n.end).split(/\s+/)));
  const candidates = [...found.keys()].filter((w) => oneCompany(heads.get(w)!.full) && !w.split(' ').some((x) => personWords.has(x)) &&
    !lookupPlace(w) && !countryOfName(w) && !countryOfDemonym(w) && !NAME_FUNCTION_WORD.has(w.toLowerCase()) &&
    !(w.includes(' ') ? false : isOutsideWord(loadModel(), w)) && !new RegExp(`(?<![\\p{L}\\p{N}])${w.toLowerCase()}(?![\\p{L}\\p{N}])`, 'u').test(text));
  if (!candidates.length) return names;
  // compromise is asked last, once, about the short forms left (a call costs ~1 ms)
  const tags = tagPieces(candidates.map((w, k) => ({ text: w, offset: k })));
  const added: OwnedName[] = [];
  const retyped = new Set<OwnedName>();
  candidates.forEach((w, k) => {
    if (tags[k]?.some((t) => COMMON_SHORT_NAME_TAGS.some((tag) => t.tags.has(tag)))) return;
    const f = found.get(w)!;
    for (const n of f.retype) retyped.add(n);
    for (const sp of f.spans) if (!added.some((n) => n.start < sp.end && n.end > sp.start)) added.push({ ...sp, type: 'ORG', kind: null, sentence: sentenceAt(names, sp.start) });
  });
  const out = retyped.size ? names.map((n) => (retyped.has(n) ? { ...n, type: 'ORG' as const, kind: null } : n)) : names;
  if (!added.length && out === names) return names;
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Words that make a country's name a place where a person bears it too ("Michael Jordan" … "Jordan"): a preposition
 * before it, or what its possessive owns. "King Abdullah II of Jordan", "Jordan's foreign ministry said" are the country.
 */
const COUNTRY_CONTEXTS: WordRule[] = [
  { id: 'country/preposition-before', why: '"King Abdullah II of Jordan", "protests in Chad", "refugees across Georgia"',
    words: ['of', 'in', 'into', 'across', 'throughout', 'inside'] },
  { id: 'country/possessed-after', why: '"Jordan\'s foreign ministry said", "Chad\'s government", "Georgia\'s capital"',
    words: ['foreign', 'government', 'ministry', 'king', 'queen', 'capital', 'army', 'military', 'embassy', 'parliament',
      'border', 'borders', 'economy', 'interior', 'defence', 'defense', 'armed', 'security', 'central', 'national',
      'prime', 'president', 'state', 'royal', 'cabinet', 'population', 'people'] },
];
const COUNTRY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ruleById(COUNTRY_CONTEXTS, 'country/preposition-before').words.join('|')})\\s+$`, 'iu');
const COUNTRY_AFTER = new RegExp(`^['’]s\\s+(?:${ruleById(COUNTRY_CONTEXTS, 'country/possessed-after').words.join('|')})\\b`, 'iu');

/** An age in apposition or a speech verb right after a name: it is a person's ("Bali, 45, said", "Gaza said"). */
const PERSON_AFTER = /^(?:,\s*\d{1,3},|\s+(?:said|says|told|added|wrote)\b)/u;

/**
 * True for a one-word person name that is a country's name written as a place: the tagger (or one type per name) made
 * "Jordan" a person after "Michael Jordan", but "of Jordan" and "Jordan's foreign ministry" are the country.
 */
function isCountryInPlace(text: string, n: RefinedName): boolean {
  if (n.type !== 'PER' || n.office) return false;
  const surface = text.slice(n.start, n.end);
  // "The RSF controls most of Darfur" (a person "Darfur"): a region of the news is no person's name, but where a person
  // is written so, with an age or a speech verb after it ("Bali, 45, said he had lost his home")
  if (isNewsRegion(surface) && !PERSON_AFTER.test(text.slice(n.end, n.end + 16))) return true;
  // the context first: the gazetteer look-up is the dearer test
  if (!COUNTRY_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) && !COUNTRY_AFTER.test(text.slice(n.end, n.end + 24))) return false;
  return /^\p{Lu}[\p{L}-]+$/u.test(surface) && countryOfName(surface) !== null;
}

// a word written in capitals gives all its letters to an acronym: "UK" of "UK Health Security Agency" → "UKHSA"
const CAPITALS_WORD = /^\p{Lu}(?:\.?\p{Lu})+\.?$/u;
const NOT_CAPITAL = /[^\p{Lu}]/gu;
/** The letters a word gives to the initials: its first, or all of a word in capitals ("UK", "U.S." → "US"). */
const lettersOf = (w: string, caps: boolean) => (caps && CAPITALS_WORD.test(w) ? w.replace(NOT_CAPITAL, '') : w[0]!.toUpperCase());

/**
 * "Syrian Democratic Forces" → "SDF"; "Hayat Tahrir Al Sham" → "HTAS" and "HTS" (link words may be skipped); a word in
 * capitals gives all its letters: "UK Health Security Agency" → "UKHSA", "EU Agency for Asylum" → "EUAA".
 */
function initialsOf(name: string): string[] {
  const ws = name.split(/[\s-]+/).filter(Boolean);
  const out = new Set<string>();
  for (const caps of [false, true]) {
    out.add(ws.map((w) => lettersOf(w, caps)).join(''));
    out.add(ws.filter((w) => !LINK_WORDS.has(w.toLowerCase())).map((w) => lettersOf(w, caps)).join(''));
  }
  return [...out];
}

/**
 * Owner words that open a body's name but not its acronym, besides a country's name or demonym (gazetteer): "EU" is no
 * country. "The U.S. Food and Drug Administration approved … The FDA said" (no "(FDA)" written).
 */
const ACRONYM_OWNER_WORDS: WordRule = {
  id: 'acronym/owner-word', why: '"EU Agency for Asylum" … "the EUAA" (kept), "U.S. Food and Drug Administration" … "the FDA" (dropped)',
  words: ['eu', 'e.u.'],
};
const ACRONYM_OWNER_WORD = wordSet(ACRONYM_OWNER_WORDS);
/** Fewest letters of an acronym read without the owner word: "FDA", "EPA"; a two-letter one is too often another's. */
const MIN_OWNERLESS_ACRONYM = 3;
/**
 * The initials of a body's name without the owner word opening it: "U.S. Food and Drug Administration" → "FDA", "U.S.
 * Environmental Protection Agency" → "EPA", "British Medical Association" → "MA" (too short: none). Empty when the
 * first word names no state.
 */
function ownerlessInitialsOf(name: string): string[] {
  const ws = name.split(/\s+/).filter(Boolean);
  if (ws.length > 1 && ws[0]!.toLowerCase() === 'the') ws.shift();
  if (ws.length < 3) return [];
  const first = ws[0]!;
  if (!ACRONYM_OWNER_WORD.has(first.toLowerCase()) && countryOfName(first) === null && countryOfDemonym(first) === null) return [];
  return initialsOf(ws.slice(1).join(' ')).filter((a) => a.length >= MIN_OWNERLESS_ACRONYM);
}

interface Draft {
  type: 'person' | 'organization';
  mentions: Mention[];
  roles: string[];
  /** Acronyms defined for it: "Syrian Democratic Forces (SDF)". */
  acronyms: Set<string>;
  /** A person's gender told by an honorific: "Mrs Walsh" → female. */
  gender?: Gender;
  /** A weaker hint, the first gendered word after the full name: "Daniel Walsh … was found in his cell" → male. */
  cueGender?: Gender | null;
  /**
   * The state owning an institution ("RU" for "Russia's Defence Ministry"), or the place for a region's or a town's
   * ("place:bougainville" for "the Bougainville government"), and the institution's key.
   */
  owner?: string;
  institution?: string;
  /** The owner and the institution as written, the actor's name: "Russia's Defence Ministry". */
  display?: string;
  /** Every way the owner and the institution were written: "Chicago police", "Chicago police department". */
  displays?: Set<string>;
  /** The tagger's names of an owned institution, joined to it: "Chicago Police Department" (the actor's name). */
  written?: Set<string>;
  /** Mention texts that are descriptions, no names: "group" of "The al Qaeda-linked group said". */
  descriptions?: Set<string>;
  /** Forms of a former name joined by "formerly" / "now known as": aliases, never the actor's name ("Facebook" of Meta). */
  formerNames?: Set<string>;
  /** A name written with a nickname inside → the name without it: 'Joaquín "El Chapo" Guzmán' → "Joaquín Guzmán". */
  plainForms?: Map<string, string>;
  /** Nicknames written inside the name: "El Chapo" (aliases). */
  nicknames?: Set<string>;
  /** The gender of the person's given name, once asked (null: none known). */
  givenGender?: Gender | null;
}
type Gender = 'male' | 'female';

/**
 * Words after a person's full name, in the same sentence and before another name, that tell the person's gender: it
 * only breaks a tie between namesakes ("Daniel Walsh … in his cell", "Karen Walsh told the court her son …", "Jill
 * Biden, the first lady": "Mr Walsh" is Daniel, "Mrs Walsh" Karen, "Mr. Biden" not Jill).
 */
const GENDER_CUES: WordRule[] = [
  { id: 'gender/male', why: '"Daniel Walsh, 34, was found unresponsive in his cell"',
    words: ['he', 'him', 'his', 'himself', 'husband', 'father', 'son', 'brother', 'widower', 'grandfather'] },
  { id: 'gender/female', why: '"Karen Walsh told the court her son had asked for help", "Jill Biden, the first lady"',
    words: ['she', 'her', 'hers', 'herself', 'wife', 'mother', 'daughter', 'sister', 'widow', 'grandmother', 'first lady'] },
];
const MALE_CUE = wordSet(ruleById(GENDER_CUES, 'gender/male'));
const GENDER_CUE = new RegExp(`\\b(${[...wordSet(...GENDER_CUES)].map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** The gender cue after a full name, up to the sentence's end or the next name: "Karen Walsh, told … her son" → female. */
function cueGenderAt(text: string, end: number, nextName: number): Gender | undefined {
  const window = text.slice(end, Math.min(nextName, end + 160));
  // "Kim Jong Un's sister": the word after a possessive is someone else
  if (/^['’]s\b/.test(window)) return undefined;
  const stop = window.search(/[.!?](?:\s|$)/);
  const m = GENDER_CUE.exec(stop < 0 ? window : window.slice(0, stop));
  return m ? (MALE_CUE.has(m[1]!.toLowerCase()) ? 'male' : 'female') : undefined;
}

/** The gender an honorific tells: "Mr." → male, "Mrs" → female; "Dr." and "Mx" tell none. */
function genderOf(honorific: string | undefined): Gender | undefined {
  const k = honorific ? titleKey(honorific) : '';
  return MALE_HONORIFIC.has(k) ? 'male' : FEMALE_HONORIFIC.has(k) ? 'female' : undefined;
}

// the comma between an office and the person it names: "The Senate President, Godswill Akpabio,"
const APPOSITION_COMMA = /^,\s*/u;
// … and the punctuation that closes the apposition after the name: "Godswill Akpabio, adjourned", "… Ajay Banga."
const APPOSITION_CLOSE = /^\s*[,.;:)—–]/u;

/** POST_NOMINALS as written after a name, in capitals: " KC", " QC", " OBE". */
const POST_NOMINAL_TAIL = new RegExp(`(?<!\\s)\\s+(?:${POST_NOMINALS.words.map((w) => w.toUpperCase()).join('|')})\\.?$`);
const POST_NOMINAL = new RegExp(`^(?:${POST_NOMINALS.words.map((w) => w.toUpperCase()).join('|')})$`);

/**
 * Names without the post-nominal letters after a person ("Jonathan Rees KC" → "Jonathan Rees"), and without a
 * post-nominal the tagger made a name of its own right after one ("Sir Keir Starmer KC": no organization "KC").
 */
function dropPostNominals(text: string, names: OwnedName[]): OwnedName[] {
  const out: OwnedName[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (prev?.type === 'PER' && POST_NOMINAL.test(text.slice(n.start, n.end)) && /^\s+$/.test(text.slice(prev.end, n.start))) continue;
    const tail = n.type === 'PER' ? POST_NOMINAL_TAIL.exec(text.slice(n.start, n.end)) : null;
    // (two words at least are left: "Lord KC" stays as written)
    if (tail && /\s/.test(text.slice(n.start, n.end - tail[0].length).trim())) out.push({ ...n, end: n.end - tail[0].length });
    else out.push(n);
  }
  return out;
}

// a civil office written right before a name: "Defense Minister ", "Foreign Secretary ", "President "
const CIVIL_OFFICE_BEFORE = /(?:minister|secretary|president|governor|mayor|premier|chancellor|ambassador|spokesman|spokeswoman)\s+$/iu;
// a rank abbreviated without its dot, then one word only: "Gen Nakatani"
const DOTLESS_RANK_THEN_ONE_WORD = /^\p{Lu}\p{Ll}{1,3}\s+\p{Lu}[\p{L}'’-]*$/u;

/**
 * Whether `title`, opening person name `n`, is the person's given name, spelled like a rank: "Defense Minister Gen
 * Nakatani said" is Japan's minister Gen Nakatani (the role is the office before him, not "Gen"). A rank abbreviated
 * without its dot (MILITARY_RANK), before one word only, right after a civil office: a person carries one title there,
 * so the word is his name. "Gen. Charles Brown", "Gen Valery Gerasimov", "Army chief Gen Munir" keep the rank.
 */
function isRankLikeGivenName(text: string, n: RefinedName, title: string): boolean {
  if (title.endsWith('.') || !MILITARY_RANK.has(titleKey(title))) return false;
  const s = text.slice(n.start, n.end);
  return DOTLESS_RANK_THEN_ONE_WORD.test(s) && s.startsWith(title) && CIVIL_OFFICE_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start));
}

/** Groups person and organization names into actors, with aliases and roles; ids A1… in order of first mention. */
/**
 * Whether `title`, opening person name `n` or right before it, stays part of the name: a style of NAME_STYLES before one given name
 * ("Sheikh Hasina"), when no other person's name in the article holds that given name among more words ("Tamim bin
 * Hamad Al Thani" before "Sheikh Tamim"; "Harry Windsor" before "Prince Harry").
 */
function keepsStyle(text: string, names: readonly OwnedName[], n: OwnedName, title: string, rest: string): boolean {
  if (!NAME_STYLE.has(titleKey(title))) return false;
  if (/\s/.test(rest) || !isGivenName(rest)) return false;
  const key = rest.toLowerCase();
  return !names.some((o) => o !== n && o.type === 'PER' && (() => {
    const ws = text.slice(o.start, o.end).toLowerCase().split(/\s+/);
    return ws.length > 1 && ws.includes(key) && !NAME_STYLE.has(ws[0]!.replace(/\.$/, ''));
  })());
}

export function toActors(text: string, allNames: OwnedName[]): Actor[] {
  const names = dropPostNominals(text, allNames);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const wordsOf = cachedNameWords();
  const headOf = cachedOrgHeads(wordsOf);
  const pending: { n: OwnedName; type: Draft['type']; surface: string; role: string | null; gender?: Gender; written?: string; nickname?: string }[] = [];
  const offices: RefinedName[] = [];
  const tickers: OwnedName[] = [];
  for (const n of names) {
    if (n.office) { offices.push(n); continue; }
    if (n.ticker !== undefined) { tickers.push(n); continue; }
    let start = n.start;
    let role: string | null = null;
    let gender: Gender | undefined;
    if (n.type === 'PER') {
      // a title the tagger put inside the name: "President Assad" → name "Assad", role "President"; "Mr. Smith" → no role
      const m = TITLE_AT_START.exec(text.slice(start, n.end));
      // "Sheikh Hasina fled to India", tagged "Hasina" alone or whole: the style stays in the name (keepsStyle)
      const style = m ? null : STYLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (style && keepsStyle(text, names, n, style[1]!, text.slice(n.start, n.end))) start -= style[0].length;
      if (m && m[0].length < n.end - start && !keepsStyle(text, names, n, m[1]!, text.slice(n.start + m[0].length, n.end)) &&
        !isRankLikeGivenName(text, n, m[1]!)) {
        role = HONORIFIC.has(titleKey(m[1]!)) ? null : m[1]!;
        gender = genderOf(m[1]);
        start += m[0].length;
      }
      gender ??= genderOf(HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1]);
    }
    const written = text.slice(start, n.end);
    // 'Joaquín "El Chapo" Guzmán' (joinNicknames) is matched and named as "Joaquín Guzmán", the nickname an alias
    const nick = n.type === 'PER' ? NICKNAME_INSIDE.exec(written) : null;
    const surface = nick ? `${nick[1]} ${nick[3]}` : written;
    const last = surface.toLowerCase().split(/\s+/).pop()!.replace(/[.,]+$/, '');
    const lead = /^\p{Lu}\p{Ll}*(?=\s+\p{Lu})/u.exec(surface)?.[0].toLowerCase();
    const type = n.type === 'PER' && !(ORG_TYPE_SUFFIX.has(last) && /\s/.test(surface)) && !(lead && ORG_PLURAL_ARTICLE.has(lead)) ? 'person' : 'organization';
    pending.push({ n: { ...n, start }, type, surface, role, gender, ...(nick ? { written, nickname: nick[2]! } : {}) });
  }
  // "Mr Walsh" and "Mrs Walsh" in one article are two people: a surname written with both a man's and a woman's
  // honorific is keyed by gender, and its bare form ("Walsh said") is left on its own, as any ambiguous short form is
  const genders = new Map<string, Set<Gender>>();
  for (const p of pending) if (p.gender) (genders.get(p.surface.toLowerCase()) ?? genders.set(p.surface.toLowerCase(), new Set()).get(p.surface.toLowerCase())!).add(p.gender);
  const bothGenders = (surface: string) => (genders.get(surface.toLowerCase())?.size ?? 0) > 1;
  const nameStarts = names.map((n) => n.start).sort((a, b) => a - b);
  // pass 1: longer names first found, so short forms can join them ("Nasrallah" → "Sayyed Hassan Nasrallah")
  // word counts made once, not twice per comparison of the sort
  const wordCount = new Map(pending.map((p) => [p, p.surface.split(/\s+/).length]));
  // the one-word person names the article writes alone, folded as wordsOf folds them ("Carter appeared in court")
  const article: ArticleNames = { text, loneWords: new Set(pending.filter((p) => p.type === 'person' && wordCount.get(p) === 1).map((p) => wordsOf(p.surface)[0]!)) };
  const order = [...pending].sort((a, b) => wordCount.get(b)! - wordCount.get(a)! || a.n.start - b.n.start);
  for (const p of order) {
    const type = p.type;
    const split = bothGenders(p.surface);
    // an owned institution is keyed by its owner: Russia's and Ukraine's Defence Ministry are two actors
    const state = p.n.owner ? `${p.n.owner}|${p.n.institution}` : null;
    // keyed by the folded name: "Erdoğan" and "Erdogan" alone are one person
    const key = state ?? (split && p.gender ? `${p.gender}:` : '') + foldName(p.surface);
    // a gendered form looks for its owner first: "Mr. Biden" is Joe after an ambiguous "Biden" beside Jill Biden
    const how = { byPosition: false };
    const owner = p.gender && !split ? findOwner(drafts, p.surface, p.n.start, type, p.gender, wordsOf, headOf, how, article) : undefined;
    let d = owner ?? byKey.get(key) ?? (split && !p.gender || state ? undefined : findOwner(drafts, p.surface, p.n.start, type, p.gender, wordsOf, headOf, how, article));
    if (!d) {
      d = { type, mentions: [], roles: [], acronyms: new Set() };
      if (state) Object.assign(d, { owner: p.n.owner, institution: p.n.institution, display: p.n.display });
      drafts.push(d);
    }
    // the longest way the owner was written names the actor: "Russia's Defence Ministry", "Israeli military"
    if (state && p.n.display && p.n.display.length > (d.display?.length ?? 0)) d.display = p.n.display;
    if (state && p.n.display) (d.displays ??= new Set()).add(p.n.display);
    if (p.gender) d.gender ??= p.gender;
    if (type === 'person' && /\s/.test(p.surface) && d.cueGender !== null) {
      const next = nameStarts.find((x) => x > p.n.end) ?? text.length;
      const cue = cueGenderAt(text, p.n.end, next);
      // two cues that disagree tell nothing
      if (cue) d.cueGender = d.cueGender && d.cueGender !== cue ? null : cue;
    }
    // a form joined to the namesake named before it keys nothing: "Kim" after both Kim Jong Un and Kim Yo Jong is neither
    if ((!owner || !byKey.has(key)) && !how.byPosition) byKey.set(key, d);
    d.mentions.push({ start: p.n.start, end: p.n.end, text: p.written ?? p.surface });
    if (p.written) {
      (d.plainForms ??= new Map()).set(p.written, p.surface);
      (d.nicknames ??= new Set()).add(p.nickname!);
      // "El Chapo" alone later is the same person
      if (!byKey.has(foldName(p.nickname!))) byKey.set(foldName(p.nickname!), d);
    }
    const def = ACRONYM_DEF.exec(text.slice(p.n.end, p.n.end + 24));
    if (def && type === 'organization') d.acronyms.add(def[1]!);
    const found = type === 'person' ? findRoles(text, p.n) : [];
    // the title inside the name is part of a longer office written before it: "Microsoft CEO" over "CEO"
    const role = p.role;
    if (role && !found.some((r) => r.length > role.length && r.toLowerCase().endsWith(role.toLowerCase()))) addRole(d, role);
    for (const r of found) addRole(d, r);
  }
  // a "person" a body's description follows in apposition is that body: "according to Wafa, the official Palestinian
  // news agency", "according to Peace Now, an anti-settlement watchdog group" were people (ORG_APPOSITION)
  for (const d of drafts) {
    // … and one a body's common noun stands right before: "The Spanish migration charity Caminando Fronteras said",
    // "according to the charity Utopia 56" (ORG_NOUN_BEFORE)
    if (d.type === 'person' && d.gender === undefined && d.mentions.some((m) => ORG_APPOSITION.test(text.slice(m.end, m.end + 90)) ||
      ORG_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)))) {
      d.type = 'organization';
      d.roles = [];
    }
  }
  // pass 1a: a ticker in brackets is a mention of the company before it: "Apple Inc. (NASDAQ: AAPL)" (findTickers)
  for (const t of tickers) {
    const d = drafts.find((x) => x.mentions.some((m) => m.start === t.ticker));
    if (d) d.mentions.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  }
  // pass 1b: a person named by office joins the one person holding that office ("the Minister" → Tobias Ellwood,
  // "Minister for Central Asia"); else it stands as an actor of its own, named by the office
  const personAt = new Map<number, { d: Draft; end: number }>();
  if (offices.length) for (const d of drafts) if (d.type === 'person') for (const m of d.mentions) personAt.set(m.start, { d, end: m.end });
  for (const o of offices) {
    const surface = text.slice(o.start, o.end);
    // "The World Bank President, Ajay Banga, warned", "The Minister, Ahmed Musa, said": the person named right after the
    // office, in apposition, holds it, whoever else holds the title in the article (no person named "President"); the
    // apposition closes after the name: "After meeting the President, Macron flew home" names two people
    const comma = APPOSITION_COMMA.exec(text.slice(o.end, o.end + 4));
    const next = comma ? personAt.get(o.end + comma[0].length) : undefined;
    const named = next && APPOSITION_CLOSE.test(text.slice(next.end, next.end + 3)) ? next.d : undefined;
    if (named) {
      named.mentions.push({ start: o.start, end: o.end, text: surface });
      continue;
    }
    // "Former National Security Adviser John Bolton said": the office written right before a person's name is that
    // person's title (a role of his), no mention of anyone
    if (text.charCodeAt(o.end) === 32 && personAt.has(o.end + 1)) continue;
    const key = surface.toLowerCase();
    const holders = drafts.filter((d) => d.type === 'person' && d.roles.some((r) => r.toLowerCase().includes(key)));
    const d = holders.length === 1 ? holders[0]! : byKey.get(key) ?? { type: 'person' as const, mentions: [], roles: [surface], acronyms: new Set<string>() };
    if (!drafts.includes(d)) drafts.push(d);
    byKey.set(key, d);
    d.mentions.push({ start: o.start, end: o.end, text: surface });
  }
  // pass 1c: "the minister", "the president" join the one person whose roles hold that office
  const references = findRoleReferences(text, drafts);
  // pass 2: acronyms join the organization that defines them or whose initials they spell
  // the initials of each organization's name, made once per name rather than once per acronym asking
  const initials = new Map<string, string[]>();
  const initialsOfName = (name: string) => initials.get(name) ?? initials.set(name, initialsOf(name)).get(name)!;
  const ownerless = new Map<string, string[]>();
  const ownerlessOfName = (name: string) => ownerless.get(name) ?? ownerless.set(name, ownerlessInitialsOf(name)).get(name)!;
  for (const d of [...drafts]) {
    if (d.type !== 'organization' || d.mentions.some((m) => !ACRONYM.test(m.text))) continue;
    const acr = d.mentions[0]!.text.replace(/\./g, '');
    const others = drafts.filter((o) => o !== d && o.type === 'organization');
    let owner = others.find((o) => o.acronyms.has(acr) || o.mentions.some((m) => !ACRONYM.test(m.text) &&
      (initialsOfName(m.text).includes(acr) || (PARTY_AFTER.test(text.slice(m.end, m.end + 8)) && initialsOfName(`${m.text} party`).includes(acr)))));
    // "The U.S. Food and Drug Administration approved … The FDA said": the acronym of the name without its owner word,
    // when one organization only has it
    if (!owner) {
      const ownerlessOwners = others.filter((o) => o.mentions.some((m) => !ACRONYM.test(m.text) && ownerlessOfName(m.text).includes(acr)));
      if (ownerlessOwners.length === 1) owner = ownerlessOwners[0];
    }
    if (!owner) continue;
    owner.mentions.push(...d.mentions);
    drafts.splice(drafts.indexOf(d), 1);
  }
  joinAliasStatements(text, drafts);
  joinKnownShortForms(drafts);
  joinWrittenInstitutions(drafts);
  joinBareInstitutions(text, drafts);
  findBareInstitutionReferences(text, drafts);
  linkAgencyDescriptions(text, drafts);
  linkDescriptions(text, drafts);
  const officeForms = new Set([...offices.map((o) => text.slice(o.start, o.end)), ...references]);
  const actors: Actor[] = drafts.map((d) => {
    d.mentions.sort((a, b) => a.start - b.start);
    const forms = [...new Set(d.mentions.map((m) => d.plainForms?.get(m.text) ?? m.text))].filter((f) => !d.descriptions?.has(f));
    const full = forms.filter((f) => !ACRONYM.test(f) && !officeForms.has(f));
    // an institution is named with its owner, as written: "Russia's Defence Ministry"; its bare form is no alias;
    // the tagger's capitalised name of it comes first ("Chicago Police Department"), the other spellings are aliases
    const written = d.written ? [...d.written] : [];
    const named = written.length ? written : d.display ? [d.display, ...full] : full.length ? full : forms;
    const current = named.filter((f) => !d.formerNames?.has(f));
    const candidates = current.length ? current : named;
    const longest = candidates.length ? candidates.reduce((a, b) => (b.length > a.length ? b : a)) : d.mentions[0]!.text;
    // a name of words in capitals (a dateline's, a headline's: "UNITED NATIONS, May 10 (Reuters)") is the actor's as
    // the text writes it elsewhere, "United Nations"; an acronym ("NATO") has no space and stays
    const cased = longest.includes(' ') && !/\p{Ll}/u.test(longest) ? candidates.find((f) => /\p{Ll}/u.test(f) && f.toLowerCase() === longest.toLowerCase()) : undefined;
    const name = cased ?? longest;
    const bare = (f: string) => {
      const b = f.replace(/^the\s+/i, '');
      // "state prosecutor's office" is the bare form of the Sinaloa state prosecutor's office ("district attorney's office" whole)
      // … and a rival body's own name without its country (ownRivalBodies): "State Committee for National Security"
      return d.institution !== undefined && (institutionKey(b) === d.institution || institutionKey(b.replace(LEADING_LEVEL, '')) === d.institution ||
        d.institution === `body:${foldName(b)}`);
    };
    const spellings = written.length ? [...d.displays ?? []] : [];
    // an office ("the Minister") is a role of the person, not another name
    const aliases = [...new Set([...forms.filter((f) => f !== name && !officeForms.has(f) && !bare(f)), ...spellings, ...d.acronyms, ...d.nicknames ?? []])].filter((f) => f !== name);
    return { id: '', type: d.type, name, aliases, roles: d.roles, mentions: d.mentions };
  });
  actors.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  actors.forEach((a, i) => { a.id = `A${i + 1}`; });
  return actors;
}

// a known short form's full name, lower case, the short form itself (the words of KNOWN_SHORT_FORMS)
const SHORT_FORM_FULL = new Map(KNOWN_SHORT_FORMS.flatMap((r) => r.words.map((w) => [w, r.full] as const)));
// "the U.S. Federal Reserve": an article or a country's short name before the full name
const FULL_NAME_LEAD = /^(?:the\s+)?(?:u\.?s\.?\s+|us\s+)?/;

/**
 * A body's known short form joins the one organization named in full: "The Federal Reserve held rates steady … the Fed
 * said" is one actor with the alias "Fed" (KNOWN_SHORT_FORMS). Without the full name the short form stays its own.
 */
function joinKnownShortForms(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    // a short form the tagger read as a person's name joins too: "Eli Lilly's drug … Lilly said" (a person "Lilly")
    if ((d.type !== 'organization' && d.type !== 'person') || d.owner) continue;
    const fulls = new Set(d.mentions.map((m) => SHORT_FORM_FULL.get(m.text.toLowerCase().replace(/^the\s+/, ''))));
    const full = fulls.size === 1 ? [...fulls][0] : undefined;
    if (!full) continue;
    const owners = drafts.filter((o) => o !== d && o.type === 'organization' &&
      o.mentions.some((m) => m.text.toLowerCase().replace(FULL_NAME_LEAD, '') === full));
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...d.mentions);
    for (const a of d.acronyms) owners[0]!.acronyms.add(a);
    drafts.splice(drafts.indexOf(d), 1);
  }
}

// the alias cues are ALIAS_STATEMENTS (data/name-words.ts)
// ", also known as the " / " (also known as ": the cue between the first name (and up to two group nouns: "Houthi
// rebels") and the other name
const ALIAS_STATEMENT = new RegExp(`(?:,\\s*|\\s*\\(\\s*|\\s+)(?:${[...wordSet(...ALIAS_STATEMENTS)].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+').replace(/\./g, '\\.')).join('|')})\\s+(?:the\\s+)?["“]?`, 'giu');
// "the Popular Mobilization Forces (PMF), also known as Hashd al-Shaabi": the acronym's bracket may close the first name
const ALIAS_GAP = /^(?:\s+\p{Ll}+){0,2}\)?$/u;
// 'Jimmy Cherizier, a former police officer known as "Barbecue,"': a person's description between the comma and the
// cue (an article and up to six lower-case words); the nickname after it is still the person's
const DESCRIBED_PERSON_GAP = /^,\s+(?:an?|the)(?:\s+[\p{Ll}\p{N}-]+){1,6}$/u;
/** Nouns of a body's part or agency between its name and an alias: "the U.N. peacekeeping mission, known as MONUSCO". */
const SUB_BODY_NOUN = wordSet(SUB_BODY_NOUNS);
const cueAtEnd = (...ids: string[]) => new RegExp(`(?:${ALIAS_STATEMENTS.filter((r) => ids.includes(r.id)).flatMap((r) => r.words)
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+').replace(/\./g, '\\.')).join('|')})\\s+(?:the\\s+)?["“]?$`, 'iu');
const FORMER_NAME_CUE = cueAtEnd('alias/former-name', 'alias/new-name');
const NEW_NAME_CUE = cueAtEnd('alias/new-name');
const NICKNAME_CUE = cueAtEnd('alias/nickname');
const REAL_NAME_CUE = cueAtEnd('alias/real-name');
// the other name ends the apposition: "Meta, formerly Facebook, said", "(formerly Facebook)"
const NAME_CLOSES = /^\s*[,.;)]/u;

/**
 * Joins the actor named after an alias statement to the actor named before it: "Yemen's Houthi movement, officially
 * known as Ansar Allah, said … Ansar Allah said" is one organization with two names. Both must be of one type.
 */
function joinAliasStatements(text: string, drafts: Draft[]): void {
  if (!/known\s+as|real\s+name|birth\s+name|full\s+name|\bborn\b|call(?:s|ing)?\s+(?:them|it|him)sel|\bcalled\b|\bformerly\b|\bpreviously\b|\bnow\s+named\b|\brenamed\b|\balias\b|\ba\.?k\.?a\b|\bnicknamed\b/i.test(text)) return;
  const owner = new Map<Mention, Draft>();
  for (const d of drafts) for (const m of d.mentions) owner.set(m, d);
  const all = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(ALIAS_STATEMENT)) {
    const at = m.index!;
    const after = at + m[0].length;
    const second = all.find((x) => x.start === after);
    if (!second) continue;
    const former = FORMER_NAME_CUE.test(m[0]);
    if (former && !NAME_CLOSES.test(text.slice(second.end, second.end + 3))) continue;
    // the last mention that ends before the cue, with at most two lower-case words between: "Houthi rebels, who …"
    let first: Mention | undefined;
    for (const x of all) {
      if (x.end > at) break;
      first = x;
    }
    if (!first) continue;
    const gapText = text.slice(first.end, at);
    // (the cue after a plain space closes a description: "a former police officer known as")
    const described = DESCRIBED_PERSON_GAP.test(gapText) && owner.get(first)!.type === 'person';
    if (!(/^[,(]|^\s*\(/u.test(m[0]) ? ALIAS_GAP.test(gapText) : described)) continue;
    // "The U.N. peacekeeping mission, known as MONUSCO", "the UN refugee agency, known as UNHCR": a body noun between
    // names a part of the first body, which the other name is; the UN is not MONUSCO
    if (text.slice(first.end, at).split(/\s+/).some((w) => SUB_BODY_NOUN.has(w.toLowerCase()))) continue;
    const a = owner.get(first)!;
    const b = owner.get(second)!;
    if (a === b) continue;
    // a former name of a company the tagger typed as a person ("Meta Platforms, formerly Facebook"): one of the two
    // read as an organization and no honorific says a person makes both one organization (people rarely get renamed)
    // … and so do two one-word "people" with no honorific and no role: "Block, formerly Square, said" (a person
    // is renamed by a full name, "Ann Lee, formerly Ann Cole")
    const oneWord = (d: Draft) => d.mentions.every((x) => !/\s/u.test(x.text));
    // … but a person is never renamed into an organization: "Priya Nair, formerly Barclays", "Silva, formerly Porto,"
    // (Tomas Silva named in full before) name the employer or club the person came from, a separate organization
    if (former && (isKnownPerson(a) || isKnownPerson(b))) {
      const [person, other] = isKnownPerson(a) ? [a, b] : [b, a];
      // a person renamed by a full name ("Ann Lee, formerly Ann Cole") still joins; a bare one-word "person" after
      // the cue is the employer ("Evans, formerly HSBC, joined the bank")
      if (other.type === 'person' && !isKnownPerson(other) && oneWord(other) && person === a) {
        other.type = 'organization';
        other.roles = [];
      }
      if (other.type !== 'person' || oneWord(other)) continue;
    }
    // a person's nickname, after "alias" or quoted after "known as", is the person's whatever the tagger read there:
    // 'Nemesio Oseguera Cervantes, also known as "El Mencho"' (an organization "El Mencho")
    if (a.type === 'person' && b.type !== 'person' && (NICKNAME_CUE.test(m[0]) || /["“]$/u.test(m[0]))) {
      b.type = 'person';
      b.roles = [];
    }
    // an organization's other name is an organization's, whatever the tagger read there: "the Popular Mobilization
    // Forces (PMF), also known as Hashd al-Shaabi" (a person "Hashd al-Shaabi")
    if (a.type === 'organization' && b.type === 'person' && !former && !NICKNAME_CUE.test(m[0]) && !REAL_NAME_CUE.test(m[0]) && !isKnownPerson(b) && !b.roles.length) {
      b.type = 'organization';
    }
    const renamedCompany = a.type !== b.type || (a.type === 'person' && !a.roles.length && !b.roles.length && oneWord(a) && oneWord(b));
    if (renamedCompany && former && a.gender === undefined && b.gender === undefined) {
      a.type = b.type = 'organization';
      a.roles = [];
    }
    if (a.type !== b.type) continue;
    // the actor is named by its current name, the old one an alias even when longer: "Meta, formerly Facebook"
    if (former) {
      const old = NEW_NAME_CUE.test(m[0]) ? a : b;
      a.formerNames = new Set([...(a.formerNames ?? []), ...(b.formerNames ?? []), ...old.mentions.map((x) => x.text)]);
    }
    a.mentions.push(...b.mentions);
    for (const x of b.mentions) owner.set(x, a);
    for (const acr of b.acronyms) a.acronyms.add(acr);
    for (const r of b.roles) addRole(a, r);
    drafts.splice(drafts.indexOf(b), 1);
  }
}

const INSTITUTION_KEYS = new Set(INSTITUTION_WORDS.map(institutionKey));
const LEVEL_WORD = wordSet(GOVERNMENT_LEVELS);
// a level of government opening an institution's bare mention: "state " of "state prosecutor's office"
const LEADING_LEVEL = new RegExp(`^(?:${GOVERNMENT_LEVELS.words.join('|')})\\s+`, 'i');
// institution phrases in lower case, longest first, to read a written name's end
const INSTITUTION_ENDINGS = INSTITUTION_WORDS.map((w) => w.toLowerCase());

/**
 * A written institution's owner and kind, case and apostrophes folded: "The Chicago Police Department" and "Chicago
 * police" → "chicago|police", "Texas Attorney General's Office" → "texas|attorney general's office", "the Sinaloa state
 * prosecutor's office" → "sinaloa|prosecutor's office" (a level of government dropped). Null when no institution
 * phrase ends it or no owner opens it.
 */
function writtenInstitution(phrase: string): string | null {
  const f = phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/^the /, '');
  for (const w of INSTITUTION_ENDINGS) {
    if (f.length <= w.length + 1 || !f.endsWith(w) || f[f.length - w.length - 1] !== ' ') continue;
    const ws = f.slice(0, f.length - w.length - 1).split(' ');
    if (ws.length > 1 && LEVEL_WORD.has(ws[ws.length - 1]!)) ws.pop();
    const owner = ws.join(' ').replace(/'s$/, '');
    return owner && !LEVEL_WORD.has(owner) ? `${owner}|${institutionKey(w)}` : null;
  }
  return null;
}

/**
 * The tagger's name of an owned institution joins it, whatever its capitals or its spelling of the body: "Chicago
 * police said … The Chicago Police Department said … Chicago Police Superintendent Larry Snelling" is one actor, as
 * are "The Texas attorney general's office said … The Texas Attorney General's Office said". The tagger's
 * capitalised form names the actor (written); the others stay aliases.
 */
function joinWrittenInstitutions(drafts: Draft[]): void {
  const owned = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const w of d.displays ?? []) {
      const k = writtenInstitution(w);
      const list = k ? owned.get(k) ?? owned.set(k, []).get(k)! : null;
      if (list && !list.includes(d)) list.push(d);
    }
  }
  if (!owned.size) return;
  for (const d of [...drafts]) {
    if (d.owner || d.type !== 'organization') continue;
    const targets = new Set(d.mentions.flatMap((m) => owned.get(writtenInstitution(m.text) ?? '') ?? []));
    if (targets.size !== 1) continue;
    const o = [...targets][0]!;
    o.mentions.push(...d.mentions);
    for (const a of d.acronyms) o.acronyms.add(a);
    o.written ??= new Set();
    for (const m of d.mentions) if (writtenInstitution(m.text)) o.written.add(m.text.replace(/^the\s+/i, ''));
    drafts.splice(drafts.indexOf(d), 1);
  }
}

// "The state prosecutor's office said", "according to the attorney general's office": "the", a level, a bare institution
// in lower case (BARE_INSTITUTION_REFERENCES)
const BARE_REFERENCE = new RegExp(`\\b[Tt]he\\s+((?:(${GOVERNMENT_LEVELS.words.join('|')})\\s+)?(${[...wordSet(BARE_INSTITUTION_REFERENCES)]
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')}))(?![\\p{L}-])`, 'gu');

/**
 * A bare institution in lower case, as a source later in the story, names the one owned institution of that kind
 * named before it: "The Sinaloa state prosecutor's office said 12 people were killed. … The state prosecutor's office
 * said later …" is the Sinaloa office. With two such offices, or a level that differs ("the federal prosecutor's
 * office" after the Sinaloa state one), it names neither.
 */
function findBareInstitutionReferences(text: string, drafts: Draft[]): void {
  if (!drafts.some((d) => d.owner) || !BARE_HINT.test(text)) return;
  BARE_REFERENCE.lastIndex = 0;
  for (let m = BARE_REFERENCE.exec(text); m; m = BARE_REFERENCE.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const cited = CUE_AFTER.test(text.slice(end, end + 200)) || ACCORDING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (!cited || drafts.some((d) => d.mentions.some((x) => x.start < end && x.end > start))) continue;
    const key = institutionKey(m[3]!);
    const level = m[2]?.toLowerCase();
    const same = drafts.filter((d) => d.owner && d.institution === key && d.mentions.some((x) => x.end <= start) &&
      (!level || [...d.displays ?? []].some((w) => w.toLowerCase().split(/\s+/).includes(level))));
    if (same.length !== 1) continue;
    same[0]!.mentions.push({ start, end, text: m[1]! });
  }
}

/**
 * A bare institution joins the one owned institution of that kind: "Russia's Defence Ministry said … The Defence Ministry
 * added" is one actor; beside Ukraine's Defence Ministry too, the bare form could be either and stays on its own.
 */
function joinBareInstitutions(text: string, drafts: Draft[]): void {
  const owned = drafts.filter((d) => d.owner);
  if (!owned.length) return;
  for (const d of [...drafts]) {
    if (d.owner || d.type !== 'organization') continue;
    const keys = new Set(d.mentions.map((m) => institutionKey(m.text.replace(/^the\s+/i, ''))));
    const key = keys.size === 1 ? [...keys][0]! : '';
    if (!INSTITUTION_KEYS.has(key)) continue;
    const same = owned.filter((o) => o.institution === key);
    if (same.length !== 1) continue;
    same[0]!.mentions.push(...d.mentions);
    drafts.splice(drafts.indexOf(d), 1);
  }
}

type DescriptionKind = (typeof ORG_DESCRIPTIONS)[number]['kind'];
const DESCRIPTION_KIND = new Map<string, DescriptionKind>(ORG_DESCRIPTIONS.flatMap((r) => r.words.map((w) => [w, r.kind] as const)));
// "The al Qaeda-linked group", "the agency", "The former al Qaeda affiliate": "the", up to three modifiers, the head
const DESCRIPTION = new RegExp(`\\b[Tt]he\\s+((?:[^\\s,;:!?"“”()]+\\s+){0,3}?)(${[...DESCRIPTION_KIND.keys()]
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}-])`, 'gu');
const CUES = [...wordSet(DESCRIPTION_CUES, DESCRIPTION_REFUSALS)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
// the description is the subject of a reporting verb: "The agency added", "The group, which grew out of …, said"
const CUE_AFTER = new RegExp(`^(?:(?:\\s+(?:also|later|then|further|earlier|separately))?\\s+(?:${CUES})|,[^.;:!?"“”]{1,160}?,\\s+(?:also\\s+)?(?:${CUES}))\\b`, 'u');
// an apposition with its complement: "UNRWA, the UN agency for Palestinian refugees, said"
const APPOSITION_CUE_AFTER = new RegExp(`^(?:\\s+(?:for|of|in|on|to)\\s+[^.;:!?,"“”]{1,60})?,\\s+(?:also\\s+)?(?:${CUES})\\b`, 'u');
// "Iran-backed", "al Qaeda-linked", "IS-affiliated": the actor inside the modifier is another one than the speaker
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+$/iu;
const LINKED_MODIFIER = /^-(?:linked|backed|affiliated|aligned|allied|inspired|sponsored|funded|supported|allied|led|leaning)\b/u;
const ARMED_GROUP = wordSet(ruleById(CONFLICT_GROUPS, 'org/armed-group'));
const SPLIT_GROUP = wordSet(SPLIT_GROUP_NAMES);
const CIVIL_GROUP = wordSet(CIVIL_GROUP_MODIFIERS);
/** "New York-based", "London-based": a headquarters, which a civil group's description gives (CIVIL_GROUP_MODIFIERS). */
const BASED_MODIFIER = /-based$/iu;
const MONITOR = wordSet(ruleById(CONFLICT_GROUPS, 'org/monitor'));
const UN_AGENCY = wordSet(ruleById(CONFLICT_GROUPS, 'org/un-agency'));
const RIGHTS_MONITOR = wordSet(ruleById(CONFLICT_GROUPS, 'org/rights-monitor'));
const lowerName = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'");

const AGENCY_OF_DESCRIPTION = new Map(UN_AGENCY_DESCRIPTIONS.flatMap((r) => r.words.map((w) => [w.replace(/’/g, "'"), r] as const)));
// "the UN refugee agency", "the U.N.'s children's agency", "the United Nations migration agency"
const UN_DESCRIPTION = new RegExp(`(?<![\\p{L}.])(?:UN|U\\.N\\.|United\\s+Nations)(?:['’]s?)?\\s+(${[...AGENCY_OF_DESCRIPTION.keys()]
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|')})(?![\\p{L}-])`, 'giu');

/**
 * A UN agency named by what it does is that agency (UN_AGENCY_DESCRIPTIONS): "the UN refugee agency said" joins UNHCR
 * named elsewhere in the article, and "UNICEF, the UN children's agency, said" names UNICEF twice, not a second actor
 * "UN". The description is a mention of the agency, no name of it, when the agency is named; alone, it names the agency.
 * The "UN" inside it is no actor of its own.
 */
function linkAgencyDescriptions(text: string, drafts: Draft[]): void {
  if (!/\b(?:UN|U\.N\.|United\s+Nations)/.test(text)) return;
  const alone = new Map<string, Draft>();
  UN_DESCRIPTION.lastIndex = 0;
  for (let m = UN_DESCRIPTION.exec(text); m; m = UN_DESCRIPTION.exec(text)) {
    // "the UN Refugee Agency" in capitals too, but not "UN Food Agency Director" run into a longer name
    const rule = AGENCY_OF_DESCRIPTION.get(m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"))!;
    const start = m.index;
    const end = start + m[0].length;
    for (const d of [...drafts]) {
      const inside = d.mentions.filter((x) => x.start >= start && x.end <= end);
      if (!inside.length) continue;
      d.mentions = d.mentions.filter((x) => !inside.includes(x));
      if (!d.mentions.length) drafts.splice(drafts.indexOf(d), 1);
    }
    if (drafts.some((d) => d.mentions.some((x) => x.start < end && x.end > start))) continue;
    const names = new Set(rule.names);
    const named = drafts.filter((d) => d.type === 'organization' && d.mentions.some((x) => names.has(lowerName(x.text).replace(/^the\s+/, ''))));
    const mention = { start, end, text: m[0] };
    if (named.length === 1) {
      named[0]!.mentions.push(mention);
      (named[0]!.descriptions ??= new Set()).add(mention.text);
      continue;
    }
    if (named.length > 1) continue;
    const d = alone.get(rule.id) ?? { type: 'organization' as const, mentions: [], roles: [], acronyms: new Set<string>() };
    if (!alone.has(rule.id)) {
      alone.set(rule.id, d);
      drafts.push(d);
    }
    d.mentions.push(mention);
  }
}

// "the EU border agency Frontex", "the rights group Hengaw": the kind a body is introduced by, right before its name
const KIND_BEFORE_NAME = new RegExp(`(?:^|[^\\p{L}])(?:the|a|an|its|[\\p{L}.]+['’]s)\\s+(?:[^\\s,;:!?"“”()]+\\s+){0,3}?(${[...DESCRIPTION_KIND.keys()]
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');

/**
 * True when an organization is of the kind a description names: "the ministry" a ministry, "the group" an armed group.
 * A body the text introduced by that kind is of it whatever its name: "The EU border agency Frontex said … The agency
 * said most boats came from Libya" is Frontex.
 */
function fitsDescription(text: string, d: Draft, kind: DescriptionKind): boolean {
  if (d.type !== 'organization') return false;
  // (not "group": "the chemicals group Bayer … The group said" is a company, whose description the kind's rules keep
  // for armed groups)
  if (kind !== 'group' && d.mentions.some((m) => DESCRIPTION_KIND.get(KIND_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? '') === kind)) return true;
  const names = d.mentions.map((m) => m.text).filter((t) => !d.descriptions?.has(t));
  const state = (n: string) => Boolean(d.owner) || countryOfDemonym(n.split(/\s+/)[0]!) !== null;
  switch (kind) {
    case 'ministry': return Boolean(d.institution?.endsWith('ministry')) || names.some((n) => /\bministry\b/i.test(n));
    case 'military': return d.institution === 'military' || names.some((n) => /\b(?:army|military|armed forces|defen[cs]e forces)$/i.test(n) && state(n));
    case 'agency': return Boolean(d.institution?.includes('agency')) || names.some((n) => /\bagency\b/i.test(n) || UN_AGENCY.has(lowerName(n)));
    case 'group': return names.some((n) => ARMED_GROUP.has(lowerName(n)) ||
      (/\b(?:group|militia|movement|front|brigades?|forces|battalions?)$/i.test(n) && !state(n)));
    // "the Kenya National Commission on Human Rights": a commission, a rights body
    case 'organization': return names.some((n) => MONITOR.has(lowerName(n)) || RIGHTS_MONITOR.has(lowerName(n)) ||
      /\b(?:organi[sz]ation|watch|observatory|network|committee|foundation|crescent|cross|institute|federation|association|society|commission|human rights)$/i.test(n) ||
      /\bcommission\b/i.test(n));
  }
}

/**
 * Definite descriptions that speak for an organization just named (ORG_DESCRIPTIONS): "Al-Shabaab attacked a base.
 * The al Qaeda-linked group said …" → Al-Shabaab; "UNRWA, the UN agency for Palestinian refugees, said" → UNRWA (an
 * apposition names its own subject). Only as the subject of a reporting verb, and only when one organization of that
 * kind was named within PRONOUN_LOOKBACK_CHARS before: "the group" after Hamas and Islamic Jihad links to neither. The
 * description's head word becomes a mention of the organization ("group"), no name of it. An organization inside a
 * "-linked"/"-backed" modifier is not the speaker and loses that mention: "the al Qaeda-linked group" is not al Qaeda.
 */
function linkDescriptions(text: string, drafts: Draft[]): void {
  if (!/\b[Tt]he\s/.test(text)) return;
  const owner = new Map<Mention, Draft>();
  for (const d of drafts) for (const m of d.mentions) owner.set(m, d);
  const all = [...owner.keys()].sort((a, b) => a.start - b.start);
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const hs = end - m[2]!.length;
    if (all.some((x) => x.start < end && x.end > hs)) continue;
    // "The Hengaw human rights organization said": a name right after "the" is the description's own subject, and it
    // speaks (the head linked to Amnesty International, named before); an acronym names a parent body instead ("the
    // UN refugee agency" is UNHCR), and a name in a "-linked" modifier another actor
    if (all.some((x) => x.start === m.index + m[0].indexOf(m[1]!) && x.end <= hs && !/^[\p{Lu}\p{N}.]+$/u.test(x.text) &&
      !LINKED_MODIFIER.test(text.slice(x.end, x.end + 12)))) continue;
    const modifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
    // "the Russian agency", "the Israeli group": another actor than the one named before
    if (modifiers.some((w) => /^\p{Lu}/u.test(w) && (countryOfDemonym(w) !== null || countryOfName(w) !== null))) continue;
    const after = text.slice(end, end + 200);
    const prev = all.filter((x) => x.end <= at).pop();
    // not after a preposition or a verb: "The nurse died at Mulago National Referral Hospital, the ministry said" (the
    // hospital ends the content; the ministry is another body)
    const governed = prev && NAME_GOVERNOR_BEFORE.test(text.slice(Math.max(0, prev.start - 30), prev.start));
    const apposed = prev && !governed && /^\s*,\s*$/.test(text.slice(prev.end, at)) ? owner.get(prev)! : undefined;
    // "More than 90 people were killed, according to the monitor": the object of "according to" speaks as well
    const speaks = CUE_AFTER.test(after) || Boolean(apposed && APPOSITION_CUE_AFTER.test(after)) || ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, at - 16), at));
    if (!speaks) continue;
    let d: Draft | undefined;
    if (apposed) d = apposed.type === 'organization' ? apposed : undefined;
    else {
      let kind = DESCRIPTION_KIND.get(m[2]!.toLowerCase().replace(/\s+/g, ' '))!;
      // "the New York-based group", "the rights group": a civil organization, not an armed group
      if (kind === 'group' && modifiers.some((w) => CIVIL_GROUP.has(w.toLowerCase()) || BASED_MODIFIER.test(w))) kind = 'organization';
      // the one organization of that kind named in the paragraph, else within the look-back: "Human Rights Watch
      // said … The organization said" beside the Red Cross a paragraph before
      const paragraph = text.lastIndexOf('\n', at) + 1;
      const near = new Set<Draft>();
      const inParagraph = new Set<Draft>();
      for (const x of all) {
        if (x.end > at) break;
        // "Islamic State-linked insurgents beheaded 11 Christians, Human Rights Watch said. … the group said": a name
        // inside a "-linked" modifier is not what acted or spoke, and is no antecedent
        if (LINKED_MODIFIER.test(text.slice(x.end, x.end + 12))) continue;
        if (at - x.start <= PRONOUN_LOOKBACK_CHARS) near.add(owner.get(x)!);
        if (x.start >= paragraph) inParagraph.add(owner.get(x)!);
      }
      const here = [...inParagraph].filter((c) => fitsDescription(text, c, kind));
      const fit = here.length ? here : [...near].filter((c) => fitsDescription(text, c, kind));
      if (fit.length === 1) d = fit[0];
    }
    // the organization inside a "-linked" modifier is no speaker, linked or not: "The al Qaeda-linked group said", "The
    // former al Qaeda affiliate said"
    const affiliate = /^affiliate$/i.test(m[2]!);
    for (const x of all.filter((y) => y.start >= at && y.end <= hs && (affiliate || LINKED_MODIFIER.test(text.slice(y.end, y.end + 12))))) {
      const o = owner.get(x)!;
      o.mentions.splice(o.mentions.indexOf(x), 1);
      all.splice(all.indexOf(x), 1);
      owner.delete(x);
      if (!o.mentions.length) drafts.splice(drafts.indexOf(o), 1);
    }
    if (!d || !drafts.includes(d)) continue;
    const mention = { start: hs, end, text: m[2]! };
    d.mentions.push(mention);
    (d.descriptions ??= new Set()).add(mention.text);
    owner.set(mention, d);
    all.push(mention);
    all.sort((a, b) => a.start - b.start);
  }
}

/**
 * A lower-case word right before a name, other than an article or a conjunction: a preposition or a verb whose object
 * the name is ("at Mulago Hospital", "treated at St Mary's Hospital"), no subject an apposition could describe.
 */
const NAME_GOVERNOR_BEFORE = /(?:^|[\s(])(?!(?:the|and|or|but|while|as|whereas)\s+$)\p{Ll}+\s+$/u;
const CAPITALISED = /^\p{Lu}/u;
// the Arabic article of a surname, often left out on later mentions: "Abdel Fattah al-Sisi" … "Sisi"
const SURNAME_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az)-(?=\p{L})/u;
/**
 * "Abdel Fattah al-Sisi" → ["abdel", "fattah", "sisi"]: lower-case words, surnames without their article, accents
 * folded (name-fold.ts): "Recep Tayyip Erdoğan" … "Erdogan said", "Ekrem İmamoğlu" … "Imamoglu" are one person.
 */
const nameWords = (name: string) => foldName(name).split(/\s+/).map((w) => w.replace(SURNAME_ARTICLE, ''));
/** Whether the last word of `name` has a surname article ("al-Houthi") that the short form `surface` ("Houthi") lacks. */
function droppedArticle(name: string, surface: string): boolean {
  const sp = name.lastIndexOf(' ');
  return SURNAME_ARTICLE.test(name.slice(sp + 1).toLowerCase()) && !SURNAME_ARTICLE.test(surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase());
}
/**
 * Suffixes after a surname that tell a generation, not a name: "Robert F. Kennedy Jr." … "Kennedy", "Ferdinand Marcos
 * Jr." … "Marcos". "II" is left out: "Abdullah II" … "Abdullah" links as a name's first word already.
 */
const GENERATIONAL_SUFFIXES: WordRule = {
  id: 'name/generational-suffix', why: '"Health Secretary Robert F. Kennedy Jr. … Kennedy said" is one person',
  words: ['jr', 'jr.', 'sr', 'sr.', 'iii', 'iv'],
};
const GENERATIONAL_SUFFIX = wordSet(GENERATIONAL_SUFFIXES);
/** nameWords of the mentions of one article, each computed once: short forms compare against every earlier name. */
type WordsOf = (name: string) => string[];
const cachedNameWords = (): WordsOf => {
  const cache = new Map<string, string[]>();
  return (name) => cache.get(name) ?? cache.set(name, nameWords(name)).get(name)!;
};

/**
 * orgHead of a mention's name words, joined, with its word count; made once per name of an article. With `words`, the
 * head of that many words when the name is cut to it on the way: "Vantor Systems, Inc." has the heads "vantor systems"
 * and "vantor", so "Vantor Systems" and "Vantor" are both short forms of it.
 */
type HeadOf = (name: string, words?: number) => { text: string; words: number };
const cachedOrgHeads = (wordsOf: WordsOf): HeadOf => {
  const cache = new Map<string, { text: string; words: number }[]>();
  return (name, words) => {
    let hs = cache.get(name);
    if (!hs) {
      hs = orgHeads(wordsOf(name)).map((head) => ({ text: head.join(' '), words: head.length }));
      cache.set(name, hs);
    }
    return (words !== undefined ? hs.find((h) => h.words === words) : undefined) ?? hs[hs.length - 1]!;
  };
};

/** Heads whose swapped form is another institution: "Miami University" vs "University of Miami" (data/name-words.ts). */
const ORDER_BOUND_HEAD = wordSet(ORDER_BOUND_HEADS);

/** Lower-case particles before a surname: "da" of "Lula da Silva" (NAME_PARTICLES, one word each). */
const PARTICLE_WORD = new Set(NAME_PARTICLES.words.filter((w) => !w.includes(' ')));
const PATRONYMIC_LINK = wordSet(PATRONYMIC_LINKS);

/** A party nickname's lower-case form → the head of the party's name: "gop" → "republican" (data/name-words.ts). */
const PARTY_HEAD = new Map(PARTY_NICKNAMES.flatMap((r) => r.words.map((w) => [w, r.head] as const)));

/** "Apple Inc." → ["apple"], "Labour Party" → ["labour"]: an organization's name words without legal or generic tails. */
function orgHead(words: string[]): string[] {
  return orgHeads(words).pop()!;
}

/**
 * Every head of an organization's name, one tail word dropped at a time, the name itself first: "Nordvik Foods AB" →
 * ["nordvik foods ab"], ["nordvik foods"], ["nordvik"]; "Wells Fargo & Co" → …, ["wells fargo"] (no "&" left at the end).
 */
function orgHeads(words: string[]): string[][] {
  const ws = words.map((w) => w.replace(/[.,]+$/, ''));
  const out = [[...ws]];
  while (ws.length > 1 && ORG_NAME_SUFFIX.has(ws[ws.length - 1]!)) {
    ws.pop();
    if (ws.length > 1 && (ws[ws.length - 1] === '&' || ws[ws.length - 1] === 'and')) ws.pop();
    out.push([...ws]);
  }
  return out;
}

/**
 * A draft that is surely a person, whatever "formerly" follows it: typed a person and told by an honorific, a role
 * ("midfielder Tomas Silva"), a given name the lexicon knows, or a surname already joined to the person's full name
 * ("Tomas Silva … Silva, formerly Porto,": a company is shortened by its first word, "Meta Platforms" → "Meta").
 */
function isKnownPerson(d: Draft): boolean {
  if (d.type !== 'person') return false;
  if (d.gender !== undefined || d.roles.length || givenNameGender(d) !== undefined) return true;
  const texts = d.mentions.map((m) => m.text);
  return texts.some((t) => /\s/u.test(t) && texts.includes(t.slice(t.lastIndexOf(' ') + 1)));
}

/**
 * The gender compromise's lexicon gives a person's first given name ("Lucy" → female, "Daniel" → male), asked only to
 * break a tie between namesakes with an honorific (rare: one call per such draft, kept on the draft).
 */
function givenNameGender(d: Draft): Gender | undefined {
  if (d.type !== 'person') return undefined;
  if (d.givenGender !== undefined) return d.givenGender ?? undefined;
  const full = d.mentions.map((m) => m.text).find((t) => /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(t));
  const first = full ? /^\p{Lu}\p{Ll}+/u.exec(full)![0] : '';
  const tags = first ? tagPieces([{ text: first, offset: 0 }])[0]?.[0]?.tags : undefined;
  d.givenGender = tags?.has('FemaleName') && !tags.has('MaleName') ? 'female' : tags?.has('MaleName') && !tags.has('FemaleName') ? 'male' : null;
  return d.givenGender ?? undefined;
}

/** What findOwner may read of the article: its text, and the one-word person names it writes alone. */
interface ArticleNames { text: string; loneWords: Set<string> }
// after a one-word name, an apposition that introduces a person: "James, a neighbour,", "Brown, the plaintiff's lawyer,"
const NEW_PERSON_APPOSITION = /^,\s+(?:an?\s|the\s+[\p{L}-]+['’]s\s)/u;
// a relative's noun after a possessive, right before a name: "his son Mostafa Eldidi", "her sister, Ana Ruiz,"
const KIN_BEFORE = /(?:^|[^\p{L}])(?:his|her|their|whose)\s+(?:\p{Ll}+\s+)?(?:son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter|grandson|granddaughter)\s*,?\s+$/iu;

// a relative's noun right before a name: "his son, |", "a sister, |", "his wife of 64 years, |", "the elder daughter of |"
const KIN_INTRODUCED = new RegExp(`(?:^|[^\\p{L}])(?:(?:his|her|their|whose|a|an|the|its)\\s+(?:\\p{Ll}+\\s+)?(?:${KIN_NOUNS.words.join('|')})(?:\\s+of\\s+\\d+\\s+years)?\\s*,?|(?:son|daughter|widow|widower|wife|husband)\\s+of)\\s+$`, 'iu');

/**
 * An earlier actor a short form belongs to: the words of "Nasrallah" are the tail of "Sayyed Hassan Nasrallah"; "Apple"
 * is "Apple Inc." without its suffix; "Xi" opens "Xi Jinping". A gender told by an honorific ("Mrs Walsh") rules out an
 * actor of the other gender.
 */
function findOwner(drafts: Draft[], surface: string, at: number, type: Draft['type'], gender: Gender | undefined, wordsOf: WordsOf, headOf: HeadOf, how?: { byPosition: boolean }, article?: ArticleNames): Draft | undefined {
  const ws = wordsOf(surface);
  // "James, a neighbour, said", "Tamim, a 23-year-old student, said": a one-word name with an apposition of its own
  // brings in someone new, not a short form of a name written before (regress17 R1, R4)
  const introduced = !!article && ws.length === 1 && NEW_PERSON_APPOSITION.test(article.text.slice(at + surface.length, at + surface.length + 60));
  // "Ahmed Fouad Mostafa Eldidi, 62, and his son Mostafa Eldidi, 26, were arrested": a name right after a relative's
  // noun is that relative, someone new, not a short form of the family name written before (father and son were one)
  if (article && type === 'person' && ws.length > 1 && KIN_BEFORE.test(article.text.slice(Math.max(0, at - 24), at))) return undefined;
  // of several namesakes, the one named before the short form, as a reader takes it: "Shinzo Abe was shot. Abe died
  // hours later. His widow, Akie Abe, …" ("Abe" is Shinzo: Akie comes later); two named before it tell nothing. Told
  // to the caller (`how`), which then keys no later form by it: a short form after both stays ambiguous
  const namedBefore = (ds: Draft[]) => {
    const before = ds.filter((d) => d.mentions.some((m) => m.start < at));
    if (before.length === 1 && how) how.byPosition = true;
    return before.length === 1 ? before[0] : undefined;
  };
  // "Republicans", "the GOP", "the Tories": the one party named earlier whose name opens with the nickname's head
  const party = type === 'organization' && ws.length === 1 ? PARTY_HEAD.get(ws[0]!) : undefined;
  if (party) {
    const parties = drafts.filter((d) => d.type === 'organization' && d.mentions.some((m) => {
      const head = headOf(m.text);
      return head.words < wordsOf(m.text).length && head.text === party;
    }));
    if (parties.length === 1) return parties[0];
  }
  // "KELLY: It is a good start." opening a paragraph: a transcript's speaker label, the surname of "Mark Kelly" in
  // capitals, no acronym
  const label = !!article && (at === 0 || article.text[at - 1] === '\n') && article.text.startsWith(':', at + surface.length);
  if (ACRONYM.test(surface) && !label) return undefined;
  const short = ws.join(' ');
  const fits = (d: Draft) => !gender || !d.gender || d.gender === gender;
  // people named before the one-word short form with it as an inner, capitalised word of a name of 3+ words: the first
  // of two surnames (rule below); "dan" ("and") in "Al Qur'an dan Hadits" is no surname
  const firstSurnameHolders = () => drafts.filter((d) => d.type === 'person' && fits(d) && d.mentions.some((m) => {
    if (m.start >= at) return false;
    const full = wordsOf(m.text);
    const i = full.indexOf(short);
    return full.length >= 3 && i > 0 && i < full.length - 1 && !PARTICLE_WORD.has(full[i - 1]!) && !PATRONYMIC_LINK.has(full[i - 1]!) && CAPITALISED.test(m.text.split(/\s+/)[i] ?? '');
  }));
  // word by word, as joining the words with spaces and comparing would (no word holds a space), without the arrays
  // and strings: this runs for every mention of every earlier actor
  const sameWords = (full: string[], at: number) => {
    for (let k = 0; k < ws.length; k++) if (full[at + k] !== ws[k]) return false;
    return true;
  };
  const matches = drafts.filter((d) => d.type === type && fits(d) && d.mentions.some((m) => {
    let full = wordsOf(m.text);
    // "Robert F. Kennedy Jr." … "Kennedy said": the short form is the tail of the name without its generational suffix
    if (type === 'person' && full.length > ws.length + 1 && GENERATIONAL_SUFFIX.has(full[full.length - 1]!) && !sameWords(full, full.length - ws.length)) full = full.slice(0, -1);
    if (full.length <= ws.length) return false;
    // people: last name(s) ("Nasrallah"); organizations: the name without a leading qualifier ("Hezbollah"), written as
    // the name ends: "Houthi" does not end "Abdul-Malik al-Houthi" (a leader the tagger typed an organization)
    // (a group named apart from another it holds the name of: "the Taliban" is no short form of "the Pakistani Taliban")
    if (type === 'organization' && sameWords(full, full.length - ws.length)) return !droppedArticle(m.text, surface) && !(SPLIT_GROUP.has(full.join(' ')) && ARMED_GROUP.has(short));
    // "President Donald Trump said … His son Donald Trump Jr. said": the name without the generational suffix, written
    // before the suffixed one, is the father; written after it ("Martin Luther King Jr. … Martin Luther King"), a
    // shortening
    if (type === 'person' && full.length === ws.length + 1 && GENERATIONAL_SUFFIX.has(full[full.length - 1]!) && sameWords(full, 0)) return m.start < at;
    return sameWords(full, full.length - ws.length) || (type === 'person' && sameWords(full, 0) && ws.length > 1);
  }));
  // an ambiguous short form ("Smith" with two Smiths) stays an actor of its own, unless a gender tells one of them:
  // "Mr Walsh" beside Daniel Walsh ("in his cell") and Karen Walsh ("her son")
  if (matches.length > 1 && gender) {
    const told = matches.filter((d) => (d.gender ?? d.cueGender) === gender);
    // a weak hint decides only when every other namesake is told, or named by a given name, to be of the other gender:
    // "Boris Johnson … Jo Johnson, his brother, … Mr Johnson said" ("his" is Boris's) stays ambiguous, as "Boris" is a
    // man's name; "Daniel Reed … in his cell … Karen Reed … her son … Lucy Reed … Mr Reed" is Daniel
    const known = (d: Draft) => d.gender ?? d.cueGender ?? givenNameGender(d);
    if (told.length === 1 && (told[0]!.gender === gender || matches.every((d) => d === told[0] || (known(d) && known(d) !== gender)))) return told[0];
    // the one namesake whose given name is of that gender, no hint saying otherwise: "Mrs Grant" beside Peter Grant
    // ("his wife"), Anne Grant and Tom Grant
    const byName = matches.filter((d) => known(d) === gender);
    if (byName.length === 1 && (!told.length || told[0] === byName[0])) return byName[0];
    // the one namesake not told to be of the other gender: "Mr. Biden" beside "Jill Biden, the first lady"
    const open = matches.filter((d) => !(d.gender ?? d.cueGender));
    if (!told.length && open.length === 1) return open[0];
  }
  // the first of two surnames of another person named before it makes the short form ambiguous: "Juan Carlos Rivera
  // Gómez and Ana Rivera testified. Rivera said …" is either of them
  if (matches.length === 1 && type === 'person' && ws.length === 1 && firstSurnameHolders().some((d) => d !== matches[0])) return undefined;
  // "Adebayo Okonkwo, a former finance minister, died … His son, Chinedu Okonkwo, said … Okonkwo studied economics":
  // of namesakes, those first named as someone's relative ("his son, …", "the daughter of …") in an earlier paragraph
  // are named in full or by their given name; the surname alone is the one namesake who is nobody's relative (the
  // obituary's subject). A relative named in the short form's own paragraph may be the one meant: "Senator Dolores
  // Whitfield and her husband Gareth Whitfield arrived together. Whitfield said …" stays ambiguous (names7)
  if (matches.length > 1 && article && type === 'person' && ws.length === 1) {
    const relative = (d: Draft) => d.mentions.some((m) => m.start < at && KIN_INTRODUCED.test(article.text.slice(Math.max(0, m.start - 40), m.start)));
    const samePara = (d: Draft) => d.mentions.some((m) => m.start < at && !article.text.slice(m.end, at).includes('\n'));
    const others = matches.filter((d) => d.mentions.some((m) => m.start < at) && !relative(d));
    if (others.length === 1 && !matches.some((d) => d !== others[0] && samePara(d))) {
      // (told to the caller as a choice by position: the form keys nothing for a later short form)
      if (how) how.byPosition = true;
      return others[0];
    }
  }
  if (matches.length) return matches.length === 1 ? matches[0] : namedBefore(matches);
  // an organization's name without its suffix: "Apple Inc." … "Apple", "Labour Party" … "Labour", "Conservative Party" …
  // "Conservatives"; a one-word form the tagger took for a person goes too: "Tesla Inc." … "Tesla said"
  // (not a person an honorific names: "Harlow Energy … Mr Harlow, the company's founder")
  if (type === 'organization' || (ws.length === 1 && !gender)) {
    const heads = drafts.filter((d) => d.type === 'organization' && d.mentions.some((m) => {
      const head = headOf(m.text, ws.length);
      return head.words < wordsOf(m.text).length && head.words === ws.length && (head.text === short || `${head.text}s` === short);
    }));
    if (heads.length) return heads.length === 1 ? heads[0] : undefined;
  }
  // "Serum Institute of India" … "Serum Institute": a name of two or more words before "of" in one organization's name;
  // "Department of Justice" … "Justice Department": the head and its complement swapped
  if (type === 'organization' && ws.length >= 2) {
    const swapped = ws.length === 2 && !ws.some((w) => ORDER_BOUND_HEAD.has(w)) ? `${ws[1]} of ${ws[0]}` : '';
    const longer = drafts.filter((d) => d.type === 'organization' && d.mentions.some((m) => {
      const full = wordsOf(m.text).filter((w) => w !== 'the');
      if (full.length > ws.length + 1 && full[ws.length] === 'of' && sameWords(full, 0)) return true;
      return swapped !== '' && full.join(' ') === swapped;
    }));
    if (longer.length === 1) return longer[0];
  }
  // "Luiz Inácio Lula da Silva" … "Lula": an inner word before a surname with a lower-case particle, of one person only
  if (type === 'person' && ws.length === 1) {
    const inner = drafts.filter((d) => d.type === 'person' && fits(d) && d.mentions.some((m) => {
      const full = wordsOf(m.text);
      const i = full.indexOf(short);
      return full.length >= 4 && i > 0 && i < full.length - 2 && PARTICLE_WORD.has(full[i + 1]!);
    }));
    if (inner.length === 1) return inner[0];
  }
  // "Pedro Sánchez Pérez-Castejón" … "Sánchez", "Claudia Sheinbaum Pardo" … "Sheinbaum", "Moussa Faki Mahamat" …
  // "Faki": a name written with two surnames (Spanish and Portuguese style, and many Chadian or Sudanese names) is
  // shortened to the first; an inner word of a name of three or more words, of one person named before it only, when
  // no name ends or opens with the word (those rules come first and last) 
  // Not a middle name: "Michael James Carter" … "James, a neighbour, said", "Marjorie Taylor Greene" … "Taylor" (a given
  // name, or a name whose last word the article writes alone: "Carter appeared in court"), regress17 R1
  if (type === 'person' && ws.length === 1 && !introduced && !isGivenName(short)) {
    const inner = firstSurnameHolders().filter((d) => !d.mentions.some((m) => {
      const full = wordsOf(m.text);
      return full.length >= 3 && !!article?.loneWords.has(full[full.length - 1]!);
    }));
    const opens = drafts.some((d) => d.type === 'person' && d.mentions.some((m) => wordsOf(m.text)[0] === short));
    if (inner.length === 1 && !opens) return inner[0];
  }
  // a group's one-word name and its plural are one organization: "Yemen's Houthi rebels" … "the Houthis said"; only
  // when the one word is the organization's name, not a short form of a longer one ("Abdul-Malik al-Houthi")
  if (type === 'organization' && ws.length === 1) {
    const plural = drafts.filter((d) => d.type === 'organization' && d.mentions.every((m) => wordsOf(m.text).length === 1) && d.mentions.some((m) => {
      const full = wordsOf(m.text);
      return full[0] === `${short}s` || `${full[0]}s` === short;
    }));
    if (plural.length === 1) return plural[0];
  }
  // surname first, as Chinese, Korean and Vietnamese names are written: "Xi Jinping" … "Xi said", "Kim Jong Un" … "Kim";
  // one word that ends no one's name opens the name of one person only (two Kims: "Kim" stays on its own)
  if (type === 'person' && ws.length === 1) {
    const opened = drafts.filter((d) => d.type === 'person' && fits(d) && d.mentions.some((m) => {
      const full = wordsOf(m.text);
      // a name of any length after "bin": "Tamim bin Hamad Al Thani" … "Sheikh Tamim" (PATRONYMIC_LINKS), not "Tamim,
      // a 23-year-old student,"
      return full.length >= 2 && (full.length <= 3 || (PATRONYMIC_LINK.has(full[1]!) && !introduced)) && full[0] === short;
    }));
    // (This also links a given name alone to the one full name it opens: "Joe Biden" … "Joe", "Jose Mourinho" …
    // "Jose". Requiring a role, an honorific or "he"/"she" on the full name kept "Google" out of "Google Cloud" but cut
    // about 15 such first-name links on the dev pages, which matter more: a regression tester found it.)
    if (opened.length === 1) return opened[0];
    // "Kim Jong Un inspected a factory. Kim praised the workers. His sister, Kim Yo Jong, …": "Kim" is the one named before
    if (opened.length > 1) return namedBefore(opened);
  }
  return undefined;
}

/**
 * Offices a news story names its holder by after the first mention: "Defence Minister John Carter resigned. … The
 * minister said he would remain an MP." Only nouns that name one post in the story; "the official" or "the analyst"
 * could be anyone.
 */
const ROLE_REFERENCES: WordRule = {
  id: 'role/definite-reference', why: '"President Joe Biden … The president said", "Defence Minister John Carter … The minister said"',
  words: ['president', 'prime minister', 'premier', 'minister', 'chancellor', 'governor', 'mayor', 'senator', 'ambassador',
    'envoy', 'secretary-general', 'chief executive', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson',
    'coach', 'manager', 'judge', 'king', 'queen', 'pope', 'archbishop'],
};
/** Words before an office that make it another post: "Vice President" is not "the president". */
const OTHER_POST_WORDS: WordRule = {
  id: 'role/other-post', why: '"Vice President Kamala Harris" holds no role "president"; "former president" is not the president',
  words: ['vice', 'deputy', 'former', 'ex', 'assistant', 'under', 'associate', 'acting', 'interim', 'shadow', 'junior'],
};
const OTHER_POST = wordSet(OTHER_POST_WORDS);
// "The minister said", "the former minister added"; not "the minister of health" or "the minister for trade" (a post
// named in full), checked in code with NAME_NEXT: "the president, Joe Biden," is an apposition, not a reference
const ROLE_REFERENCE = new RegExp(`\\bthe\\s+(?:(former)\\s+)?(${[...wordSet(ROLE_REFERENCES)].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b(?!\\s+(?:of|for|and|or)\\b|-)`, 'giu');
const NAME_NEXT = /^(?:,\s*|\s+)\p{Lu}\p{Ll}/u;

/**
 * "the minister", "the president": a mention of the one person in the article whose roles hold that office, written
 * after that person's first mention. Returns the mention texts added ("minister"), which are no names. A reference to a
 * "former" holder needs a role that says "former": "President Biden … the former president" is someone else.
 */
function findRoleReferences(text: string, drafts: Draft[]): Set<string> {
  const added = new Set<string>();
  const people = drafts.filter((d) => d.type === 'person' && d.roles.length);
  if (!people.length) return added;
  const taken = drafts.flatMap((d) => d.mentions);
  for (const m of text.matchAll(ROLE_REFERENCE)) {
    const former = Boolean(m[1]);
    const words = m[2]!.toLowerCase().split(/\s+/);
    const start = m.index! + m[0].length - m[2]!.length;
    const end = start + m[2]!.length;
    if (NAME_NEXT.test(text.slice(end, end + 4)) || taken.some((t) => t.start < end && t.end > start)) continue;
    const holders = people.filter((d) => d.roles.some((r) => holds(r, words, former)));
    if (holders.length !== 1) continue;
    const d = holders[0]!;
    if (Math.min(...d.mentions.map((x) => x.start)) > start) continue;
    d.mentions.push({ start, end, text: m[2]! });
    added.add(m[2]!);
  }
  return added;
}

/** True when a role names the office: "Defence Minister" holds "minister"; "Vice President" does not hold "president". */
function holds(role: string, office: string[], former: boolean): boolean {
  const ws = role.toLowerCase().split(/\s+/);
  for (let i = 0; i + office.length <= ws.length; i++) {
    if (office.some((w, k) => ws[i + k]!.replace(/[.,]+$/, '') !== w)) continue;
    const before = ws.slice(0, i);
    if (former ? before.includes('former') : !before.some((w) => OTHER_POST.has(w))) return true;
  }
  return false;
}

function addRole(d: Draft, role: string): void {
  const r = role.replace(/\s+/g, ' ').trim();
  if (r && !d.roles.some((x) => x.toLowerCase() === r.toLowerCase())) d.roles.push(r);
}

/**
 * A body's description in apposition after a name: ", the official Palestinian news agency", ", an anti-settlement
 * watchdog group", ", a rights organisation based in London". Its head closes the phrase (a comma, a full stop, a
 * relative or "based"), with no preposition before it: ", a group leader", ", the agency's director" and ", the head of
 * the charity" describe people.
 */
/**
 * A body's common noun after its article and up to three modifiers, right before a name: "the charity", "The Spanish
 * migration charity", "the German NGO", "the aid group". A name after it is the body's, never a person's.
 */
const ORG_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:[Tt]he|[Aa]n?)\\s+(?:(?!(?:of|for|at|in|on|with|from|to|and|or)\\s)[\\p{L}-]+\\s+){0,3}?(?:${['charity', 'NGO', 'nonprofit', 'non-profit', 'organization', 'organisation', 'agency', 'group', 'watchdog', 'monitor', 'foundation', 'association'].join('|')})\\s+$`, 'u');
// … and a company's ("Maersk, the world's second-largest container carrier, said" was a person; a possessive may
// stand among the modifiers); no noun a person's job may end in ("a mail carrier", "a film producer", "a crane operator")
const ORG_APPOSITION = new RegExp(`^,\\s+(?:the|an?)\\s+(?:(?!(?:of|for|at|in|on|with|from|to|and|or)\\s)[\\p{L}'’-]+\\s+){0,4}?(?:${['agency', 'group', 'organization', 'organisation', 'watchdog', 'monitor', 'charity', 'movement', 'party', 'broadcaster', 'newspaper', 'daily', 'network', 'outlet', 'website', 'channel',
  'company', 'firm', 'airline', 'carmaker', 'automaker', 'planemaker', 'chipmaker', 'drugmaker', 'bank', 'lender', 'insurer', 'retailer',
  'conglomerate', 'manufacturer', 'shipping line', 'container carrier', 'think tank', 'consultancy'].join('|')})(?=\\s*[,.;)]|\\s+(?:that|which|based|founded)\\b)`, 'u');

/** Roles written around a person's mention: apposition after or before, or a title right before. */
/**
 * A title with its portfolio right before a name: "State Minister for Disaster Management ", "Minister for Foreign
 * Affairs " (PORTFOLIO_TITLES; a capitalised qualifier before the title is part of it). Group 1 is the role.
 */
const PORTFOLIO_BEFORE = new RegExp(`((?:\\p{Lu}[\\p{L}-]*\\s+)?(?:${PORTFOLIO_TITLES.words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+for\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:and|of|&)\\s+)?\\p{Lu}[\\p{L}'’-]*){0,6})\\s+$`, 'u');

/**
 * An office of a named body right before its holder, with no comma: "Head of the Poltava Regional Military
 * Administration Volodymyr Kohut", "the commander of the 47th Mechanized Brigade Oleksandr Sak" (a role noun, "of",
 * and capitalised words or unit ordinals up to a body's head: ORG_HEADS, BODY_ORG_HEADS, HOLDER_BODY_HEADS). Group 1
 * is the role; the last word is checked against the heads.
 */
const OFFICE_OF_BODY_BEFORE = new RegExp(`(?<![\\p{L}-])((?:${[...wordSet(ROLE_NOUNS)].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`).join('|')})\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th))(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th)|of|for|and)){0,7})\\s+$`, 'u');
const HOLDER_BODY_HEAD = new Set([...ORG_HEADS, ...BODY_ORG_HEADS, ...HOLDER_BODY_HEADS].flatMap((r) => r.words));
/**
 * An office of a place the gazetteer knows, or of a ministry's portfolio ("… Affairs"), is its holder's role as an
 * office of a body is: "Governor of the Bryansk Region Alexander Bogomaz" (TASS), "Head of the Republic of Crimea Sergey
 * Aksyonov", "Minister of Foreign Affairs and Expatriates Ayman Safadi" (Petra), whose holders had no role.
 */
function isOfficeOfPlace(role: string): boolean {
  // the place after the office's "of": "Bryansk Region" of "Governor of the Bryansk Region" (read by index: a pattern
  // over the spaces before "of" is quadratic on a flood of them, tests/fuzz/rules)
  const k = role.indexOf(' of ');
  if (k < 0) return false;
  let of = role.slice(k + 4).trim();
  if (of.startsWith('the ')) of = of.slice(4).trim();
  if (!of) return false;
  if (/(?:^|\s)Affairs(?:\s+and\s+\p{Lu}\p{Ll}+)?$/u.test(of)) return true;
  // the gazetteer holds a division by its bare name: "Bryansk" of "Bryansk Region", "Crimea" of "Republic of Crimea"
  const words = of.replace(/^Republic\s+of\s+/u, '').split(/\s+/u);
  if (words.length > 1 && DIVISION_HEAD_WORD.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return !!lookupPlace(words.join(' '));
}
/** A division's head word after its name: "Region", "Province", "Governorate" (PLACE_HEADS' region rule). */
const DIVISION_HEAD_WORD = wordSet(ruleById(PLACE_HEADS, 'place-head/region'));

/**
 * An aide's noun and "to the" right before a title: "Assistant to the ", "Senior Adviser to the ". Group 1 is all of
 * it. "the" is required: without it the title is the named person's own, and the aide is someone else before it ("Jennifer
 * Williams, a top national security aide to Vice President Pence": Pence is the vice president, no aide; "Special
 * Advisor to Ambassador Saperstein").
 */
const AIDE_TO_BEFORE = /((?:(?:[Ss]enior|[Ss]pecial|[Cc]hief|[Dd]eputy|[Tt]op)\s+)?(?:[Aa]ssistant|[Aa]dviser|[Aa]dvisor|[Aa]ide|[Cc]ounsellor|[Cc]ounselor)\s+to\s+the\s+)$/u;

/** One or two capitalised words closing the text before a name, after a space: " Kech ", " Dera Bugti " (findRoles). */
const DISTRICT_BEFORE_NAME = [/\s(\p{Lu}[\p{Ll}-]+)\s+$/u, /\s(\p{Lu}[\p{Ll}-]+\s\p{Lu}[\p{Ll}-]+)\s+$/u];

const isDistrict = (s: string) => ['city', 'region'].includes(lookupPlace(s)?.kind ?? '');

function findRoles(text: string, n: RefinedName): string[] {
  const out: string[] = [];
  const window = text.slice(n.end, n.end + 120);
  const masked = maskCapitalBreaks(window);
  const after = ROLE_AFTER.exec(masked);
  // the role ends the match (the lookahead is not taken): read back from the text, as written ("the WHO director-general")
  if (after) out.push(window.slice(after[0].length - after[1]!.length, after[0].length));
  const clause = after ? null : ROLE_CLAUSE_AFTER.exec(window);
  if (clause) out.push(`${CLAUSE_OFFICE_NOUN.get(clause[1]!)!} of ${clause[2]!}`);
  const lineStart = text.lastIndexOf('\n', n.start) + 1;
  let before = text.slice(Math.max(lineStart, n.start - 120), n.start);
  // a role before the name ends in a comma: most names have none, and the long regex is skipped (speed)
  const maskedBefore = /,\s*$/.test(before) ? maskCapitalBreaks(before) : '';
  const b = maskedBefore ? ROLE_BEFORE.exec(maskedBefore) : null;
  if (b) {
    const at = b.index + b[0].lastIndexOf(b[1]!);
    out.push(before.slice(at, at + b[1]!.length));
  }
  // "State Minister for Disaster Management Mohibbur Rahman": the title and its portfolio after "for"
  const portfolio = PORTFOLIO_BEFORE.exec(before);
  if (portfolio) {
    out.push(portfolio[1]!);
    return out;
  }
  const office = OFFICE_OF_BODY_BEFORE.exec(before);
  if (office && (HOLDER_BODY_HEAD.has(office[1]!.slice(office[1]!.lastIndexOf(' ') + 1).toLowerCase()) || isOfficeOfPlace(office[1]!))) {
    out.push(office[1]!);
    return out;
  }
  let t = mayEndInTitle(before) ? TITLE_BEFORE.exec(before) : null;
  // "Deputy Commissioner Kech Bashir Ahmed Baloch": the district between the title and the name (refine.ts
  // splitPlaceAfterTitle) is the office's, and the title before it the person's role ("Deputy Commissioner Kech")
  let district = '';
  if (!t) {
    const place = DISTRICT_BEFORE_NAME.map((re) => re.exec(before)).find((m) => m && isDistrict(m[1]!));
    const cut = place ? before.slice(0, place.index + 1) : '';
    if (place && mayEndInTitle(cut)) {
      t = TITLE_BEFORE.exec(cut);
      if (t && /^\p{Lu}/u.test(t[1]!)) {
        district = ` ${place![1]!}`;
        before = cut;
      } else t = null;
    }
  }
  if (!t) return out;
  const at = before.lastIndexOf(t[1]!, t.index + t[0].length - t[1]!.length);
  if (HONORIFIC.has(titleKey(t[1]!))) { officeBefore(before.slice(0, at), out); return out; }
  // a lower-case title ("spokesman Talal Sallou") counts when no apposition before already gave the role
  let role = withQualifiers(before, at, t[1]!);
  const from = at + t[1]!.length - role.length;
  // "Assistant to the President Hikmet Hajiyev", "Adviser to the Prime Minister …": the office is the aide's, not the
  // title after "to the" (the role was "President")
  const aide = AIDE_TO_BEFORE.exec(before.slice(Math.max(0, from - 48), from));
  if (aide) role = aide[1]! + role;
  if (district) {
    out.push(role + district);
    return out;
  }
  if (/^\p{Lu}/u.test(t[1]!) || !b) out.push(role);
  if (aide) return out;
  if (from === at && STYLE_TITLE.has(titleKey(t[1]!))) officeBefore(before.slice(0, from), out);
  else if (from === at && MILITARY_RANK.has(titleKey(t[1]!))) officeBefore(before.slice(0, from), out, true);
  // two titles joined by "and" are both the person's: "Founder and chief executive Maya Lindqvist"
  const joined = before.endsWith(' and ', from) ? before.slice(0, from - 4) : '';
  const co = joined && mayEndInTitle(joined) ? TITLE_BEFORE.exec(joined) : null;
  if (co && !HONORIFIC.has(titleKey(co[1]!))) out.push(withQualifiers(joined, joined.lastIndexOf(co[1]!, co.index + co[0].length - co[1]!.length), co[1]!));
  return out;
}

/**
 * An office written right before the title or honorific of a name is the person's too: "Saudi Foreign Minister Prince
 * Faisal bin Farhan" has the roles "Saudi Foreign Minister" and "Prince", "Supreme Leader Ayatollah Ali Khamenei"
 * "Supreme Leader" and "Ayatollah", "Chancellor Dr. Anna Berg" "Chancellor". `before` ends where the inner title starts.
 */
function officeBefore(before: string, out: string[], lowerOffice = false): void {
  // a lower-case office needs only a word before the spaces (one character read: a pattern over the whole word is
  // quadratic on a flood of letters, tests/fuzz/rules)
  if (!(lowerOffice ? /[\p{L}.]\s+$/u : /\p{Lu}[\p{L}.]*\s+$/u).test(before) || !mayEndInTitle(before)) return;
  const t = TITLE_BEFORE.exec(before);
  if (!t || HONORIFIC.has(titleKey(t[1]!)) || (!lowerOffice && !/^\p{Lu}/u.test(t[1]!))) return;
  const at = before.lastIndexOf(t[1]!, t.index + t[0].length - t[1]!.length);
  out.unshift(withQualifiers(before, at, t[1]!));
}

/**
 * Words written before a title that belong to the office (up to ROLE_QUALIFIER_MAX_WORDS): its owner, capitalised or
 * possessive ("Microsoft CEO Satya Nadella", "Real Madrid president Florentino Pérez", "Meta's chief executive Mark
 * Zuckerberg", "Treasury Secretary Scott Bessent") and the lower-case words that qualify it (ROLE_QUALIFIERS: "Union
 * general secretary Patricia Cullen", "former president Jair Bolsonaro"). A function word, a date or any other
 * lower-case word ends them: "met health officials" is no part of a role.
 */
/** Lower-case particles inside places' names: "Rio de Janeiro", "Norte de Santander", "Mato Grosso do Sul". */
const PLACE_NAME_PARTICLE = new Set(['de', 'del', 'da', 'do', 'dos', 'das']);
function withQualifiers(before: string, at: number, title: string): string {
  let from = at;
  // each word taken: where it starts, and whether it is capitalised
  const taken: { start: number; cap: boolean; word: string }[] = [];
  for (let k = 0; k < ROLE_QUALIFIER_MAX_WORDS; k++) {
    const w = WORD_BEFORE.exec(before.slice(Math.max(0, from - 40), from));
    if (!w) {
      // a place name opened by an abbreviation is taken whole: "St. Louis Mayor"
      const abbr = taken.length && taken[taken.length - 1]!.cap ? PLACE_ABBREVIATION_BEFORE.exec(before.slice(Math.max(0, from - 8), from)) : null;
      if (abbr) from -= abbr[0].length;
      break;
    }
    const word = w[1]!;
    const bare = word.replace(/['’]s$/u, '').toLowerCase();
    // a capitalised word right before a body's head names the body, even a title's last word: "State Department
    // spokesman Ned Price", "Justice Department official" ("Secretary of State", "Chief Justice" end titles elsewhere)
    const names = taken.length > 0 && taken[taken.length - 1]!.cap && ROLE_BODY_HEAD.has(taken[taken.length - 1]!.word) && !QUALIFIER_STOP.has(bare);
    // a title word that also qualifies one, right before the title or another such word, is part of the office:
    // "Justice Minister Yilmaz Tunc", "Chief Cabinet Secretary Minoru Kihara" ("Justice", "Chief" are titles alone)
    const qualifies = ROLE_QUALIFIER.has(bare) && (taken.length === 0 || ROLE_QUALIFIER.has(taken[taken.length - 1]!.word));
    // another title before it is another office: "Saudi Foreign Minister Prince Faisal" has the role "Prince" here
    // "Treasury Under Secretary Brian Nelson": "Under" right before "Secretary" is part of the post, though a
    // preposition elsewhere ("Under President Joe Biden, the U.S. …" holds the role "President")
    const post = taken.length === 0 && word === 'Under' && /^Secretary\b/u.test(title);
    // a particle inside a place's name, between two capitalised words: "Rio de Janeiro state Governor Claudio Castro"
    // (the role was "Janeiro state Governor")
    const particle = PLACE_NAME_PARTICLE.has(word) && taken.length > 0 && taken[taken.length - 1]!.cap &&
      /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.test(before.slice(Math.max(0, from - w[0].length - 30), from - w[0].length));
    if (/^\p{Ll}/u.test(word) ? !ROLE_QUALIFIER.has(bare) && !particle : !names && !post && (QUALIFIER_STOP.has(bare) || HONORIFIC.has(bare.replace(/\.$/, '')) || (TITLE_ENDINGS.has(bare) && !qualifies))) {
      // a place after a preposition says where, not whose: "In Turkey Minister Ellwood met" has the role "Minister"
      if (PLACE_PREPOSITION.has(bare)) {
        while (taken.length && taken[taken.length - 1]!.cap) taken.pop();
        from = taken.length ? taken[taken.length - 1]!.start : at;
      }
      break;
    }
    from -= w[0].length;
    taken.push({ start: from, cap: /^\p{Lu}/u.test(word), word: bare });
  }
  if (from === at) return title;
  let role = before.slice(from, at) + title;
  // "Former president Jair Bolsonaro" at a sentence's start: the role is the "former president"
  const first = /^\p{Lu}\p{Ll}+/u.exec(role)?.[0];
  if (first && OTHER_POST.has(first.toLowerCase()) && /^\p{Ll}/u.test(title)) role = first.toLowerCase() + role.slice(first.length);
  return role;
}
