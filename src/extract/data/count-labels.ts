// Words that say what a figure counts (extract stage), as data for numbers.ts and claims.ts: a table row's label, the
// prepositions inside a counted subject, the hedge before a counted figure.
import { wordSet, type WordRule } from './name-words.js';

/**
 * Head nouns (the label's last word, lower case) of a row label that names what the row's figure counts, with no
 * column header and no colon: "Deaths | 18", "Confirmed cases | 4,880", "Registered voters | 4.2 million" count
 * Deaths, Confirmed cases, Registered voters. A label of another head is a row's place or name and counts nothing
 * ("Lagos | 52", "Arsenal | 28"). Labels that say what happened ("Killed | 7", "Homes destroyed | 260") are read by
 * their participle or casualty state instead (CASUALTY_STATES in number-words.ts).
 */
export const COUNT_LABEL_NOUNS: WordRule[] = [
  {
    id: 'count-label/casualties', why: '"Deaths | 18", "Casualties | 40", "Fatalities | 3" in a disaster\'s toll box',
    words: ['deaths', 'casualties', 'fatalities', 'victims', 'injuries', 'bodies', 'survivors'],
  },
  {
    id: 'count-label/people', why: '"Evacuees | 3,000", "Refugees | 1.2 million", "Arrests | 41" in a fact box',
    words: ['people', 'persons', 'evacuees', 'refugees', 'migrants', 'asylum seekers', 'residents', 'civilians', 'children',
      'soldiers', 'troops', 'arrests', 'detainees', 'prisoners', 'hostages', 'patients', 'passengers', 'workers', 'jobs'],
  },
  {
    id: 'count-label/health', why: '"Cases | 4,880", "Confirmed cases | 312", "Hospitalisations | 58" in an outbreak table',
    words: ['cases', 'infections', 'hospitalisations', 'hospitalizations', 'admissions', 'recoveries', 'tests', 'doses', 'vaccinations'],
  },
  {
    id: 'count-label/property', why: '"Homes | 260", "Schools | 14", "Buildings | 1,200" in a damage box',
    words: ['homes', 'houses', 'buildings', 'schools', 'hospitals', 'shelters', 'vehicles', 'businesses', 'households'],
  },
  {
    id: 'count-label/election', why: '"Seats | 48", "Registered voters | 4.2 million", "Votes | 912,000" in a results box',
    words: ['seats', 'votes', 'voters', 'ballots', 'candidates', 'constituencies', 'polling stations'],
  },
];

/** Every COUNT_LABEL_NOUNS word, for the lookup of a label's head noun. */
export const COUNT_LABEL_HEADS: ReadonlySet<string> = wordSet(...COUNT_LABEL_NOUNS);

/**
 * Prepositions inside a subject noun phrase, read over back from its verb to the phrase's start and then forward to its
 * head, which is what a bare figure after the verb counts (numbers.ts subjectPhrase): "Measles cases in the region rose
 * to 1,204" counts "Measles cases", "Sales of cars rose". See SUBJECT_PLACE_PREPOSITIONS below for the other list.
 */
export const SUBJECT_PREPOSITIONS: WordRule = {
  id: 'count-subject/preposition', why: '"Measles cases in the region rose to 1,204", "Sales of cars rose by 2,000"',
  words: ['of', 'in', 'at', 'on', 'across', 'from', 'among', 'for',
    // "Irregular crossings into the European Union rose to 114,000" counted "European Union": the phrase of a
    // movement's way or goal belongs to the subject too
    'into', 'to', 'through', 'via', 'along', 'towards'],
};

/**
 * Prepositions of a place or an origin phrase after a counted noun, before its passive verb (numbers.ts
 * afterPlacePhrase): "[13 peacekeepers] from South Africa, Malawi and Uruguay had been killed", "[30 civilians] in the
 * town were killed". Two lists on purpose, though both name prepositions of a phrase that qualifies a counted noun:
 * this one is read forward from the figure's noun (a list of capitalised names with commas, up to an auxiliary and a
 * past form), SUBJECT_PREPOSITIONS backward from a verb whose figure comes after it. "of" stays out of this one:
 * rightEvent steps over a figure's of-phrase by a rule of its own ("10 per cent of UN convoy requests … were
 * approved"), which also takes a past form with no auxiliary. (Either list widened by the other gives the same output
 * on the benchmark pages; they were kept apart to change no behaviour.)
 */
export const SUBJECT_PLACE_PREPOSITIONS: WordRule = {
  id: 'count-subject/place-preposition', why: '"13 peacekeepers from South Africa, Malawi and Uruguay had been killed"',
  words: ['in', 'from', 'at', 'near', 'inside', 'across'],
};

/**
 * Words of a hedge before a figure, read over back from a noun to its phrase's start where a relative clause with no
 * "that" qualifies it (claims.ts): "[More than 280 rebels] the police say were killed". They are the single words of
 * the commonest hedges (HEDGES in number-words.ts: "more than", "at least", "up to"), some of them function words that
 * end the reading otherwise ("at", "to", "over").
 */
export const FIGURE_HEDGE_WORDS: WordRule = {
  id: 'count-subject/figure-hedge', why: '"More than 280 rebels the police say were killed": the hedge is part of the content',
  words: ['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'up', 'to', 'about', 'nearly', 'almost', 'around', 'roughly',
    'some', 'over', 'under'],
};
