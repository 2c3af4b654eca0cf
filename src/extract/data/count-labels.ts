// Nouns that make a table row's or a fact line's label say what its figure counts (extract stage), as data for numbers.ts.
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
