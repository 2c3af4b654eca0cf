// Words of offices named by their department, as data (extract stage): "Treasury Secretary", "House Speaker".

import type { WordRule } from './name-words.js';

/**
 * Department words that open a title: in "Treasury Secretary Scott Bessent", "House Speaker Mike Johnson", "Commerce
 * Secretary Howard Lutnick" the word is part of the person's role, not an organization acting in the story. Written
 * alone ("The Treasury said") it still names the department.
 */
export const TITLE_DEPARTMENTS: WordRule = {
  id: 'office/department-word', why: '"Treasury Secretary Scott Bessent said": the role is "Treasury Secretary", no organization "Treasury"',
  words: ['treasury', 'commerce', 'house', 'health', 'home', 'interior', 'energy', 'education', 'labor', 'labour',
    'transport', 'transportation', 'agriculture', 'environment', 'housing', 'culture', 'trade', 'finance', 'business',
    'veterans', 'homeland', 'justice', 'foreign', 'defense', 'defence', 'war',
    // a city's services: "Washington Fire Chief John Donnelly said" gave a person "Washington Fire", "Police
    // Commissioner Jessica Tisch" an organization "Police"
    'fire', 'police'],
};

/** Titles a department word opens: "Treasury Secretary", "House Speaker", "Health Minister", "Home Office minister". */
export const DEPARTMENT_TITLES: WordRule = {
  id: 'office/department-title', why: '"House Speaker Mike Johnson", "Health Secretary Wes Streeting", "Finance Minister"',
  words: ['secretary', 'speaker', 'minister', 'secretaries', 'ministers', 'undersecretary', 'under-secretary', 'chair', 'chairman',
    'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson',
    // the heads of a city's services: "Fire Chief", "Police Commissioner", "Fire Marshal"
    'chief', 'commissioner', 'marshal'],
};

/**
 * Capitalised head words of a government body named before a title: the word before one names the body, whatever else
 * it is. In "State Department spokesman Ned Price" or "Justice Department official Mary Jones", "State" and "Justice"
 * end titles elsewhere ("Secretary of State", "Chief Justice") but here open the department: the role is "State
 * Department spokesman", not "Department spokesman".
 */
export const ROLE_BODY_HEADS: WordRule = {
  id: 'office/role-body-head', why: '"State Department spokesman Ned Price": "State" names the department, no other office',
  words: ['department', 'ministry', 'office', 'agency', 'bureau', 'service', 'council', 'committee', 'commission', 'directorate'],
};
