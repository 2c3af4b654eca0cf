// Word lists for a leader named by surname alone (extract stage, ner/refine.ts findLonePeople), as data.
import type { WordRule } from './name-words.js';

/**
 * What right after a lone capitalised word says a person, not a place or a thing: a speech verb or a person's act
 * ("Scholz is expected in Washington", "In Istanbul, Imamoglu was detained", "In Paris, Macron has said he will
 * stay"). No verb a place or a thing takes as well: "Saltivka was shelled", "Inflation is expected to rise".
 */
export const LONE_PERSON_VERBS: WordRule = {
  id: 'name/lone-person-verb',
  why: '"Scholz is expected in Washington", "In Istanbul, Imamoglu was detained by police", "Tusk told reporters"',
  words: ['said', 'says', 'told', 'has said', 'had said', 'has told', 'has vowed', 'vowed', 'has pledged', 'pledged',
    'is expected in', 'was expected in', 'is expected to visit', 'is expected to meet', 'is expected to travel',
    'is expected to speak', 'is expected to sign', 'is expected to attend', 'is expected to announce',
    'is expected to address', 'was detained', 'has been detained', 'was arrested', 'has been arrested', 'was sworn in',
    'was re-elected', 'was elected', 'met with', 'spoke to', 'spoke with', 'told reporters'],
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
 * What a person has and a place has not, after "'s": "Scholz's spokesman said", "In Paris, Macron's office said",
 * "Imamoglu's lawyers said". No thing a town has as well ("Montmartre's streets", "Uvalde's mayor", "Kharkiv's
 * governor", "Saltivka's residents").
 */
export const LONE_PERSON_POSSESSIONS: WordRule = {
  id: 'name/lone-person-possession',
  why: '"Tusk\'s spokesman said", "In Istanbul, Imamoglu\'s lawyers said he was innocent"',
  words: ['spokesman', 'spokeswoman', 'spokesperson', 'office', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'wife',
    'husband', 'son', 'daughter', 'aide', 'aides', 'chief of staff', 'allies', 'supporters', 'cabinet', 'campaign',
    'press secretary', 'predecessor', 'successor'],
};
