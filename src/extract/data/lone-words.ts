// Word lists for a leader named by surname alone (extract stage, ner/refine.ts findLonePeople), as data.
import type { WordRule } from './name-words.js';

/**
 * What right after a lone capitalised word says a person, not a place, a thing or a body: a predicate only people take
 * ("Scholz is expected in Washington", "In Istanbul, Imamoglu was detained", "Tusk told reporters"). No verb a place,
 * a thing or a body takes as well: "Saltivka was shelled", "Inflation is expected to rise", and no verb of saying:
 * "Nvidia said", "Pemex told investors", "Frontex has said", "Valletta said" are a company, an agency and a
 * government as often as a person (regress14: 15 bodies became people when "said" counted).
 */
export const LONE_PERSON_VERBS: WordRule = {
  id: 'name/lone-person-verb',
  why: '"Scholz is expected in Washington", "In Istanbul, Imamoglu was detained by police", "Tusk told reporters"',
  words: ['told reporters', 'is expected in', 'was expected in', 'is expected to visit', 'is expected to meet',
    'is expected to travel', 'is expected to speak', 'is expected to attend', 'is expected to address', 'was detained',
    'has been detained', 'was arrested', 'has been arrested', 'was sworn in', 'was re-elected', 'was elected', 'met with',
    'spoke to', 'spoke with'],
};

/**
 * Capitalised words that open a sentence before a fronted phrase ends in a comma, after which the subject comes:
 * "In Paris, Macron has said", "On Monday, Scholz said", "At the summit, Tusk told reporters".
 */
export const LONE_PERSON_FRONTED_LEADS: WordRule = {
  id: 'name/lone-person-fronted-lead',
  why: '"In Ottawa, Carney is expected to speak", "On Monday, Scholz said": the subject after the fronted phrase',
  words: ['in', 'on', 'at', 'after', 'before', 'during', 'earlier', 'later', 'meanwhile'],
};

/**
 * Common nouns and pronouns that open a sentence as the subject of a speech verb, capitalised only because they open
 * it, which no other list (COMMON_SUBJECTS, the tagger's weights, compromise's tags) rules out: "Others said they
 * thought …", "Paper says the minister lied" (a headline), "Sources said", "Witnesses told reporters".
 */
export const LONE_COMMON_OPENERS: WordRule = {
  id: 'name/lone-common-opener',
  why: '"Others said they would stay", "Paper says the minister lied": a common word, no surname',
  words: ['others', 'many', 'some', 'paper', 'newspaper', 'report', 'reports', 'sources', 'source', 'experts', 'critics',
    'witnesses', 'residents', 'survivors', 'relatives', 'family', 'friends', 'neighbours', 'neighbors', 'colleagues',
    'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'study', 'survey', 'poll', 'court', 'judge', 'jury',
    'prosecutors', 'investigators', 'doctors', 'teachers', 'voters', 'fans', 'locals', 'parents', 'students', 'workers',
    'everyone', 'one', 'each', 'both', 'neither', 'either', 'all', 'most', 'few', 'that', 'this', 'he', 'she', 'they', 'we'],
};

/**
 * What a person has and neither a place nor a body has, after "'s": "Scholz's wife", "In Paris, Macron's chief of
 * staff said". Not "spokesman", "office", "lawyers" or "campaign": "Binance's lawyers", "Likud's campaign" are a
 * company's and a party's (regress14). No thing a town has as well ("Montmartre's streets", "Uvalde's mayor").
 */
export const LONE_PERSON_POSSESSIONS: WordRule = {
  id: 'name/lone-person-possession',
  why: '"Tusk\'s wife", "In Paris, Macron\'s chief of staff said"',
  words: ['wife', 'husband', 'son', 'daughter', 'aide', 'aides', 'chief of staff', 'press secretary', 'predecessor',
    'successor'],
};

/**
 * Surnames of heads of state and government and of world figures that the news names alone from the first mention,
 * as the subject of a speech verb: "Trump said the war must end." A lone word before "said" is a body or a place as
 * often as a person (LONE_PERSON_VERBS leaves speech out), so only these names speak as people without a person's
 * verb; a surname that is also a common word ("trump") counts only capitalised as here. Kept to names well known for
 * years; the article's own typing of the word elsewhere (an organization) still wins.
 */
export const LONE_LEADER_SURNAMES: WordRule = {
  id: 'name/lone-leader-surname',
  why: '"Trump said the war must end." (no actor at all), "Putin told reporters", "Zelensky said"',
  words: ['trump', 'biden', 'obama', 'putin', 'zelensky', 'zelenskiy', 'zelenskyy', 'netanyahu', 'macron', 'starmer', 'sunak',
    'modi', 'erdogan', 'erdoğan', 'scholz', 'merz', 'meloni', 'orban', 'orbán', 'lula', 'milei', 'sheinbaum', 'khamenei',
    'pezeshkian', 'carney', 'trudeau', 'albanese', 'ramaphosa', 'ruto', 'tinubu', 'sisi', 'assad', 'maduro', 'lukashenko',
    'guterres', 'vance', 'rubio', 'hegseth', 'lavrov', 'peskov', 'blinken', 'abbas', 'sharif', 'shehbaz', 'ishiba', 'takaichi',
    'lammy', 'reeves', 'farage', 'musk'],
};
