// The accent fold of a person's or organization's name, for comparing two spellings of one name: wire copy writes
// "Recep Tayyip Erdoğan" in one paragraph and "Erdogan said" in the next (ASCII feeds and headlines strip the marks).
// Only for comparing names, never shown: the mention keeps its spelling.
import { normName } from './gazetteer.js';

export interface LetterFold {
  id: string;
  why: string;
  /** a lower-case letter that NFD does not split into a base letter and a mark → its plain spelling */
  letters: Record<string, string>;
}

/**
 * Letters with no combining mark to strip (the gazetteer's normName strips marks and folds the dotless i already):
 * they are written plainly in English copy. Lower case only: the fold lower-cases first.
 */
export const NAME_LETTER_FOLDS: LetterFold = {
  id: 'name/letter-fold', why: '"Lech Wałęsa … Walesa said", "Søren … Soren", "Đoàn … Doan", "Strauß … Strauss" name one person',
  letters: { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ħ': 'h', 'ŀ': 'l' },
};

const LETTER_FOLD = new Map(Object.entries(NAME_LETTER_FOLDS.letters));
const FOLDED_LETTER = new RegExp(`[${[...LETTER_FOLD.keys()].join('')}]`, 'gu');
const NOT_ASCII = /[^\x00-\x7f]/u;

/** "Ekrem İmamoğlu" → "ekrem imamoglu", "Wałęsa" → "walesa", "Erdogan" → "erdogan": lower case, marks and letter folds. */
export function foldName(s: string): string {
  const n = normName(s);
  return NOT_ASCII.test(n) ? n.replace(FOLDED_LETTER, (c) => LETTER_FOLD.get(c)!) : n;
}

/** Whether a string has a letter outside ASCII, so its fold may differ from its lower case. */
export const hasNonAscii = (s: string): boolean => NOT_ASCII.test(s);
