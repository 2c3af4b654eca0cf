// Institutions a place owns, as data (extract stage): "the Bougainville government", "the Texas attorney general's office".

import type { WordRule } from './name-words.js';

/**
 * Institution heads a place (a region, a state, a town) or a country owns besides STATE_INSTITUTIONS (name-words.ts):
 * written after the place's name they are the place's institution, an organization actor named as the text gives it
 * ("Texas attorney general's office"), while the place's name stays a place. Lower-case phrases; "'" matches either
 * apostrophe.
 */
export const PLACE_INSTITUTIONS: WordRule[] = [
  { id: 'institution/authorities', why: '"Sinaloa authorities said 14 people had been killed": the place\'s authorities as one body',
    words: ['authorities'] },
  { id: 'institution/administration', why: '"the Tigray interim administration said", "the Gaza city administration said"',
    words: ['administration', 'interim administration'] },
  { id: 'institution/prosecution', why: '"the Texas attorney general\'s office said", "the Sinaloa state prosecutor\'s office said"',
    words: ["attorney general's office", "attorney-general's office", "prosecutor's office", "prosecutors' office",
      "prosecutor general's office", "prosecutor-general's office", "public prosecutor's office", "district attorney's office",
      // "according to the U.S. Attorney's Office for the Southern District of New York" (the actor was "Office for the
      // Southern District of New York" and "U.S. Attorney" a place)
      "attorney's office"] },
  { id: 'institution/executive-office', why: '"the Ohio governor\'s office said", "the Lagos mayor\'s office said"',
    words: ["governor's office", "mayor's office", "premier's office", "president's office"] },
  { id: 'institution/police-command', why: '"the Lagos police command said two suspects were held", "the Kano state police command"',
    words: ['police command', 'police force', 'police service'] },
  { id: 'institution/department', why: '"the Kerala health department said", "the Queensland police department said"',
    words: ['health department', 'department of health', 'police department', 'fire department', 'education department',
      'health authority', 'health service', 'health services'] },
  { id: 'institution/emergency', why: '"the Sinaloa civil protection agency said", "the Punjab disaster management authority said"',
    words: ['civil protection', 'civil protection agency', 'disaster management authority', 'disaster management agency',
      'emergency management agency'] },
];

/**
 * The level of government written between the place and the institution: "the Sinaloa [state] prosecutor's office",
 * "the Chihuahua [state] government", "the Punjab [provincial] government". The institution is the same body with or
 * without it ("the Sinaloa government" is the state government).
 */
export const GOVERNMENT_LEVELS: WordRule = {
  id: 'institution/level', why: '"the Michoacan state government said", "the Sindh provincial government said"',
  words: ['state', 'provincial', 'regional', 'county', 'city', 'municipal', 'district', 'local', 'federal', 'territorial',
    'prefectural', 'autonomous'],
};

/**
 * Words before a place's name that make it the place of the clause, not an institution's owner: "floods in Texas
 * police said were the worst" has no "Texas police". A place owning an institution follows "the" or opens the clause.
 */
export const PLACE_OWNER_REFUSALS: WordRule = {
  id: 'institution/locative-before', why: '"In Sinaloa authorities found 14 bodies": the authorities are in Sinaloa, no "Sinaloa authorities" named',
  words: ['in', 'at', 'near', 'from', 'across', 'throughout', 'outside', 'inside', 'around', 'to', 'into', 'of', 'for', 'over'],
};

/**
 * Spellings of one body: each phrase is keyed as the rule's `key`, so "Chicago police said … The Chicago police
 * department said … the Chicago Police Department said" are one actor, the city's police. (A "police command" is a
 * unit of a national force, "the Lagos police command", and keeps its own key.)
 */
export const INSTITUTION_SYNONYMS: (WordRule & { key: string })[] = [
  { id: 'institution/same-police', key: 'police', why: '"Chicago police" … "the Chicago Police Department", "Kenya police" … "the Kenya Police Service"',
    words: ['police department', 'police service', 'police force'] },
];

/**
 * Institutions that, written bare in lower case after "the" (a level of government may stand between), name the one
 * owned institution of that kind the story named before: "The Sinaloa state prosecutor's office said … The state
 * prosecutor's office said later …". Each names one office; "the authorities", "the government" or "police" alone
 * could be any of several and are left out.
 */
export const BARE_INSTITUTION_REFERENCES: WordRule = {
  id: 'institution/bare-reference', why: '"The Texas attorney general\'s office said … The attorney general\'s office said it was seeking $100 million"',
  words: ["attorney general's office", "attorney-general's office", "prosecutor's office", "prosecutors' office",
    "prosecutor general's office", "prosecutor-general's office", "public prosecutor's office", "district attorney's office",
    "governor's office", "mayor's office", "premier's office", 'police department', 'fire department', 'health department',
    'civil protection agency', 'disaster management authority', 'disaster management agency', 'emergency management agency',
    // armed services a state owns one of: "Ukraine's air force said … The air force said 14 drones had not reached their
    // targets" (the second claim had no actor); beside Russia's air force too, the bare form names neither
    'air force', 'general staff', 'navy', 'coast guard', 'border guard service'],
};
