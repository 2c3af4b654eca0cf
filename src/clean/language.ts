// Clean stage: tells which language the kept article text is written in, from its letters and its commonest words.
// A page that declares no language (a plain-text file, stdin, most saved pages without <html lang>) still gets
// article.language, and a user learns when an article is not English: the extract rules (names, cues, counts) are
// English and read another language wrongly, so a French or Arabic article gets no entities and a warning saying
// why, instead of wrong facts or a record that looks empty for no reason (clean/index.ts: noteLanguage).

/** A script whose letters alone tell the language (or its most likely one), with the code given. */
interface ScriptProfile {
  id: string;
  /** ISO 639-1 code. */
  lang: string;
  /** One letter of the script (a character class, Unicode-aware). */
  letter: RegExp;
}

/**
 * Scripts tried before the Latin word lists. The Arabic, Cyrillic and Han scripts serve several languages:
 * SCRIPT_VARIANTS below tells them apart by their own letters.
 */
export const SCRIPT_PROFILES: readonly ScriptProfile[] = [
  { id: 'script/arabic', lang: 'ar', letter: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u },
  { id: 'script/cyrillic', lang: 'ru', letter: /\p{Script=Cyrillic}/u },
  { id: 'script/hebrew', lang: 'he', letter: /\p{Script=Hebrew}/u },
  { id: 'script/greek', lang: 'el', letter: /\p{Script=Greek}/u },
  { id: 'script/hangul', lang: 'ko', letter: /\p{Script=Hangul}/u },
  // kana in a Han text is Japanese (SCRIPT_VARIANTS); Han alone is Chinese
  { id: 'script/han', lang: 'zh', letter: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { id: 'script/thai', lang: 'th', letter: /\p{Script=Thai}/u },
  { id: 'script/devanagari', lang: 'hi', letter: /\p{Script=Devanagari}/u },
  { id: 'script/bengali', lang: 'bn', letter: /\p{Script=Bengali}/u },
  { id: 'script/tamil', lang: 'ta', letter: /\p{Script=Tamil}/u },
  { id: 'script/georgian', lang: 'ka', letter: /\p{Script=Georgian}/u },
  { id: 'script/armenian', lang: 'hy', letter: /\p{Script=Armenian}/u },
  { id: 'script/ethiopic', lang: 'am', letter: /\p{Script=Ethiopic}/u },
  { id: 'script/khmer', lang: 'km', letter: /\p{Script=Khmer}/u },
  { id: 'script/myanmar', lang: 'my', letter: /\p{Script=Myanmar}/u },
  { id: 'script/sinhala', lang: 'si', letter: /\p{Script=Sinhala}/u },
  { id: 'script/gujarati', lang: 'gu', letter: /\p{Script=Gujarati}/u },
  { id: 'script/gurmukhi', lang: 'pa', letter: /\p{Script=Gurmukhi}/u },
  { id: 'script/telugu', lang: 'te', letter: /\p{Script=Telugu}/u },
  { id: 'script/kannada', lang: 'kn', letter: /\p{Script=Kannada}/u },
  { id: 'script/malayalam', lang: 'ml', letter: /\p{Script=Malayalam}/u },
];

/**
 * Letters that only some languages of a shared script use: when at least MIN_VARIANT_SHARE of the script's letters
 * are among them, the text is in that language. Persian writes پ چ ژ گ and its own ک ی where Arabic has ك ي; Urdu
 * adds ٹ ڈ ڑ ں ے; Ukrainian і ї є ґ, Belarusian ў, Serbian ђ ћ џ љ њ ј, Macedonian ѓ ќ ѕ; Japanese is Han with kana.
 * Earlier entries win (Urdu before Persian: Urdu uses the Persian letters too).
 */
export const SCRIPT_VARIANTS: readonly { id: string; script: string; lang: string; letters: RegExp; minShare: number }[] = [
  { id: 'variant/urdu', script: 'script/arabic', lang: 'ur', letters: /[ٹڈڑںے]/u, minShare: 0.01 },
  { id: 'variant/persian', script: 'script/arabic', lang: 'fa', letters: /[پچژگکی]/u, minShare: 0.02 },
  { id: 'variant/ukrainian', script: 'script/cyrillic', lang: 'uk', letters: /[іїєґІЇЄҐ]/u, minShare: 0.02 },
  { id: 'variant/belarusian', script: 'script/cyrillic', lang: 'be', letters: /[ўЎ]/u, minShare: 0.005 },
  { id: 'variant/serbian', script: 'script/cyrillic', lang: 'sr', letters: /[ђћџљњјЂЋЏЉЊЈ]/u, minShare: 0.005 },
  { id: 'variant/macedonian', script: 'script/cyrillic', lang: 'mk', letters: /[ѓќѕЃЌЅ]/u, minShare: 0.003 },
  { id: 'variant/japanese', script: 'script/han', lang: 'ja', letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, minShare: 0.05 },
];

/**
 * The commonest short words of languages written in Latin letters, lower case: in running text they make up a
 * third or more of the words of their language and few of another's. Words two languages share ("de", "in", "a")
 * count for both, so a language wins only where its own words dominate.
 */
export const WORD_PROFILES: readonly { id: string; lang: string; words: readonly string[] }[] = [
  { id: 'words/english', lang: 'en', words: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'at', 'from', 'said', 'it', 'he', 'his', 'are', 'have', 'has', 'be', 'an', 'which', 'were', 'this', 'they', 'their', 'had', 'been', 'not', 'but', 'who', 'will', 'would', 'after', 'its', 'or'] },
  { id: 'words/french', lang: 'fr', words: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'sur', 'au', 'aux', 'pas', 'par', 'avec', 'il', 'elle', 'ont', 'été', 'sont', 'ce', 'cette', 'ne', 'se', 'selon', 'a', 'mais', 'plus', 'leur'] },
  { id: 'words/german', lang: 'de', words: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'nicht', 'auf', 'für', 'ein', 'eine', 'dem', 'im', 'auch', 'es', 'sie', 'wurde', 'wurden', 'nach', 'bei', 'aus', 'hat', 'sind', 'werden', 'einer', 'noch', 'wie', 'über'] },
  { id: 'words/spanish', lang: 'es', words: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'un', 'una', 'con', 'para', 'es', 'al', 'su', 'sus', 'como', 'más', 'fue', 'han', 'según', 'pero', 'este', 'esta', 'ha', 'sobre', 'entre', 'también'] },
  { id: 'words/portuguese', lang: 'pt', words: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'no', 'na', 'nos', 'um', 'uma', 'para', 'com', 'por', 'foi', 'ao', 'não', 'mais', 'se', 'segundo', 'pelo', 'pela', 'também', 'são', 'está'] },
  { id: 'words/italian', lang: 'it', words: ['il', 'la', 'di', 'che', 'e', 'del', 'della', 'dei', 'delle', 'in', 'un', 'una', 'per', 'non', 'con', 'sono', 'gli', 'le', 'da', 'al', 'alla', 'nel', 'nella', 'è', 'stato', 'anche', 'più', 'ha', 'secondo', 'come'] },
  { id: 'words/dutch', lang: 'nl', words: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'aan', 'er', 'ook', 'als', 'bij', 'door', 'werd', 'worden', 'naar', 'maar', 'heeft', 'hij', 'volgens'] },
  { id: 'words/swedish', lang: 'sv', words: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett', 'var', 'de', 'från', 'vid', 'enligt', 'sig', 'kan', 'också', 'efter'] },
  { id: 'words/danish-norwegian', lang: 'da', words: ['og', 'at', 'det', 'som', 'en', 'på', 'er', 'af', 'for', 'med', 'til', 'den', 'har', 'ikke', 'om', 'et', 'var', 'de', 'fra', 'ved', 'ifølge', 'sig', 'kan', 'også', 'efter', 'blev'] },
  { id: 'words/finnish', lang: 'fi', words: ['ja', 'on', 'oli', 'ei', 'että', 'se', 'hän', 'mukaan', 'kun', 'myös', 'ovat', 'sen', 'tai', 'mutta', 'joka', 'jo', 'kuin', 'vuonna', 'olivat', 'tämä'] },
  { id: 'words/polish', lang: 'pl', words: ['i', 'w', 'na', 'z', 'się', 'nie', 'do', 'że', 'to', 'jest', 'o', 'jak', 'po', 'przez', 'od', 'za', 'są', 'dla', 'oraz', 'został', 'była', 'był', 'ale', 'według', 'czy'] },
  { id: 'words/czech-slovak', lang: 'cs', words: ['a', 'v', 'na', 'se', 'je', 'že', 'to', 've', 'z', 's', 'do', 'o', 'k', 'by', 'jsou', 'byl', 'byla', 'podle', 'ale', 'také', 'jako', 'pro', 'za', 'od', 'který', 'která'] },
  { id: 'words/romanian', lang: 'ro', words: ['și', 'în', 'de', 'la', 'a', 'cu', 'pe', 'care', 'din', 'nu', 'un', 'o', 'este', 'să', 'au', 'fost', 'mai', 'pentru', 'ca', 'se', 'potrivit', 'sunt', 'acest'] },
  { id: 'words/hungarian', lang: 'hu', words: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'meg', 'van', 'volt', 'szerint', 'már', 'csak', 'de', 'el', 'ki', 'még', 'mint', 'után', 'pedig'] },
  { id: 'words/turkish', lang: 'tr', words: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'daha', 'çok', 'gibi', 'olan', 'en', 'ne', 'ama', 'kadar', 'sonra', 'göre', 'değil', 'şu', 'her'] },
  { id: 'words/indonesian-malay', lang: 'id', words: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'oleh', 'mereka', 'kata', 'telah', 'sudah', 'bahwa'] },
  { id: 'words/vietnamese', lang: 'vi', words: ['và', 'của', 'là', 'có', 'được', 'cho', 'không', 'những', 'các', 'trong', 'này', 'đã', 'với', 'người', 'một', 'theo', 'khi', 'đến', 'từ', 'cũng'] },
  { id: 'words/swahili', lang: 'sw', words: ['na', 'ya', 'wa', 'kwa', 'za', 'katika', 'ni', 'la', 'kuwa', 'hiyo', 'huo', 'cha', 'pia', 'kama', 'lakini', 'baada', 'alisema'] },
  { id: 'words/croatian-serbian-bosnian', lang: 'hr', words: ['i', 'je', 'u', 'na', 'da', 'se', 'su', 'za', 'od', 'koji', 'koja', 'iz', 'ali', 'prema', 'nije', 'bio', 'bila', 'što', 'kao', 'sa'] },
];

/**
 * Languages one word list serves, told apart by words only one of them writes: a text whose `markers` outnumber
 * its `against` words is in `lang` (Norwegian "av", "ble", "etter" where Danish writes "af", "blev", "efter"; Slovak
 * "sa", "podľa", "ktorý" where Czech writes "se", "podle", "který").
 */
export const WORD_VARIANTS: readonly { id: string; profile: string; lang: string; markers: ReadonlySet<string>; against: ReadonlySet<string> }[] = [
  { id: 'variant/norwegian', profile: 'words/danish-norwegian', lang: 'no', markers: new Set(['av', 'ble', 'etter', 'sier', 'noen', 'hva', 'mye', 'ikkje', 'enn']), against: new Set(['af', 'blev', 'efter', 'siger', 'nogle', 'hvad', 'meget', 'end']) },
  { id: 'variant/slovak', profile: 'words/czech-slovak', lang: 'sk', markers: new Set(['sa', 'podľa', 'ktorý', 'ktorá', 'ktoré', 'aj', 'ako', 'bol', 'bola', 'sú', 'nie', 'alebo']), against: new Set(['se', 'podle', 'který', 'která', 'které', 'i', 'jako', 'byl', 'byla', 'jsou', 'ne', 'nebo']) },
];

/** Fewer words (or letters, for the scripts) than this: too little to tell; the language stays unknown. */
export const MIN_LANGUAGE_WORDS = 12;
/**
 * Fewer hits of the winning word list than this: too little to tell. A sentence or two from stdin holds few of the
 * common words, and a stray one of another list decides it: "pro-Kremlin groups do not …" gave Czech two words ("pro",
 * "do") where the English ones were as few, and the text went unread.
 */
export const MIN_WORD_HITS = 4;
/**
 * A word of the word lists: letters, with an apostrophe or a dot inside kept in it, so that an English possessive or
 * an abbreviation is one word, none of the lists': "Russia's" is no "russia" and Czech "s", "U.S." no "u" and "s" (a
 * one-line "Kyiv's mayor says Russia's drones hit a power plant; Ukraine's army says 5 of Moscow's drones were shot
 * down" read as Czech: four "s" against three English words).
 */
const LIST_WORD = /\p{L}+(?:['’.]\p{L}+)*/gu;
/** The winning word list must cover at least this share of the words (a third is usual in running text)... */
const MIN_WORD_SHARE = 0.15;
/** ...and beat the runner-up by this factor (French and Spanish share "de", "la", "que"). */
const MIN_LEAD = 1.4;
/** Letters of a script other than Latin above this share of all letters: the script decides. */
const MIN_SCRIPT_SHARE = 0.4;
/** Text read: the first this many characters (~500 words) are plenty, and keep every page cheap. */
export const LANGUAGE_SAMPLE_CHARS = 3000;

const WORD_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  WORD_PROFILES.forEach((p, i) => {
    for (const w of p.words) index.set(w, [...(index.get(w) ?? []), i]);
  });
  return index;
})();

const LATIN = -1;
const OTHER_LETTER = -2;
const NOT_A_LETTER = -3;
/** Non-ASCII code point → script profile index, LATIN, OTHER_LETTER or NOT_A_LETTER, filled as characters are met. */
const CHAR_CLASS = new Map<number, number>();
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function classOf(cp: number): number {
  let cls = CHAR_CLASS.get(cp);
  if (cls !== undefined) return cls;
  const ch = String.fromCodePoint(cp);
  if (!LETTER.test(ch)) cls = NOT_A_LETTER;
  else if (cp <= 0x24f) cls = LATIN;
  else {
    cls = SCRIPT_PROFILES.findIndex((p) => p.letter.test(ch));
    // Vietnamese letters with two marks (ế, ữ) lie above U+024F
    if (cls < 0) cls = LATIN_LETTER.test(ch) ? LATIN : OTHER_LETTER;
  }
  CHAR_CLASS.set(cp, cls);
  return cls;
}

export interface DetectedLanguage {
  /** ISO 639-1 code. */
  lang: string;
  /** The profile that decided (a script, a script variant or a word list id), for --explain. */
  by: string;
}

/** The language of `text`, or null when it is too short or mixed to tell. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  let latin = 0;
  const scriptCounts = new Array<number>(SCRIPT_PROFILES.length).fill(0);
  let other = 0;
  // A scan by code point: ASCII letters are counted at once (an English page has little else); any other character
  // is classified once per process (CHAR_CLASS), instead of a regex match per letter and a string for each.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
      continue;
    }
    const cp = sample.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const cls = classOf(cp);
    if (cls === LATIN) latin++;
    else if (cls === OTHER_LETTER) other++;
    else if (cls >= 0) scriptCounts[cls]!++;
  }
  const letters = latin + other + scriptCounts.reduce((a, b) => a + b, 0);
  if (letters < MIN_LANGUAGE_WORDS * 3) return null;
  const top = scriptCounts.indexOf(Math.max(...scriptCounts));
  if (scriptCounts[top]! > letters * MIN_SCRIPT_SHARE) return byScript(sample, top, scriptCounts[top]!);
  if (latin <= letters * MIN_SCRIPT_SHARE) return null;
  return byWords(sample);
}

/** Each variant's letters as a global pattern, made once: byScript counts them in the sample. */
const VARIANT_GLOBAL: ReadonlyMap<string, RegExp> = new Map(SCRIPT_VARIANTS.map((v) => [v.id, new RegExp(v.letters.source, 'gu')]));

function byScript(sample: string, index: number, count: number): DetectedLanguage {
  const profile = SCRIPT_PROFILES[index]!;
  for (const v of SCRIPT_VARIANTS) {
    if (v.script !== profile.id) continue;
    const hits = sample.match(VARIANT_GLOBAL.get(v.id)!)?.length ?? 0;
    if (hits >= Math.max(1, count * v.minShare)) return { lang: v.lang, by: v.id };
  }
  return { lang: profile.lang, by: profile.id };
}

function byWords(sample: string): DetectedLanguage | null {
  const words = sample.toLowerCase().match(LIST_WORD) ?? [];
  if (words.length < MIN_LANGUAGE_WORDS) return null;
  const hits = new Array<number>(WORD_PROFILES.length).fill(0);
  for (const w of words) for (const i of WORD_INDEX.get(w) ?? []) hits[i]!++;
  let best = 0;
  let second = -1;
  for (let i = 1; i < hits.length; i++) {
    if (hits[i]! > hits[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || hits[i]! > hits[second]!) second = i;
  }
  const runnerUp = second >= 0 ? hits[second]! : 0;
  if (hits[best]! < MIN_WORD_HITS || hits[best]! < words.length * MIN_WORD_SHARE) return null;
  if (hits[best]! < runnerUp * MIN_LEAD && !leadsOnOwnWords(words, best, second)) return null;
  const profile = WORD_PROFILES[best]!;
  for (const v of WORD_VARIANTS) {
    if (v.profile !== profile.id) continue;
    let score = 0;
    for (const w of words) score += v.markers.has(w) ? 1 : v.against.has(w) ? -1 : 0;
    if (score > 0) return { lang: v.lang, by: v.id };
  }
  return { lang: profile.lang, by: profile.id };
}

/**
 * Whether the winning list leads the runner-up by MIN_LEAD on the words only one of them holds. Two lists share their
 * commonest words ("de" and "a" are Portuguese and French), and a text made mostly of them is close on all hits: a
 * Portuguese race calendar ("8 de abril", "1a etapa" … "divulgado pela categoria") had 40 Portuguese hits against 29
 * French ones, all but none of those French ones "de" and "a"; on the words of its own it is Portuguese by far.
 */
function leadsOnOwnWords(words: readonly string[], best: number, second: number): boolean {
  let own = 0;
  let theirs = 0;
  for (const w of words) {
    const lists = WORD_INDEX.get(w);
    if (!lists) continue;
    const inBest = lists.includes(best);
    const inSecond = lists.includes(second);
    if (inBest && !inSecond) own++;
    else if (inSecond && !inBest) theirs++;
  }
  return own >= MIN_WORD_HITS && own >= theirs * MIN_LEAD;
}

/** "fr" → "French", for messages; the code itself for a language not named here. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
