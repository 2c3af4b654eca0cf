// Country and city gazetteer for the extract stage: types places and gives their country and coordinates.
// Data: models/gazetteer.json, built by scripts/build-gazetteer.mjs from world-countries (ODbL) and GeoNames (CC BY 4.0).
import { readFileSync } from 'node:fs';
import { tokenize } from './ner/tokenize.js';
import type { GazetteerMatcher } from './ner/features.js';
import { KNOWN_ORGS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, wordSet } from './data/name-words.js';
import { packageFile } from '../paths.js';

export interface GazetteerEntry {
  kind: 'country' | 'city' | 'region';
  /** ISO 3166-1 alpha-2; null for world regions. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
}

interface Loaded {
  /** Normalised exact name → entries, most populous first. */
  byName: Map<string, GazetteerEntry[]>;
  /** Looser key (articles, final h, doubled letters dropped) → entries: "Raqqa" finds "Ar Raqqah". */
  byFuzzy: Map<string, GazetteerEntry[]>;
  /** Demonym → country code: "Syrian" → SY. */
  demonyms: Map<string, string>;
  /** Token phrase (lower case, space-joined) → match kinds, for the tagger's features. */
  phrases: Map<string, string[]>;
  /** Every leading part of a phrase ("ras al"), so matching stops at the first token run no phrase starts with. */
  prefixes: Set<string>;
  maxPhrase: number;
}

/** A city outside the article's countries must be this big to be taken as meant (people): "Paris", not "Grad". */
const FOREIGN_CITY_MIN_POPULATION = 100_000;
const GAZETTEER_URL = packageFile('models/gazetteer.json');
let loaded: Loaded | null = null;
/** Gazetteer kinds that are word classes, matched in any case ("spokesman", "brigade"). */
const WORD_CLASSES = new Set(['title', 'orghead', 'placehead', 'org']);

// Plain ASCII with single spaces (most names): lower case is all normalisation does; NFD and the regexes are slow.
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
// Plain letters and single spaces: the name's tokens are its words.
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function normRaw(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʻʿ`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Normalised names kept (names repeat in an article and across a batch); the cache starts afresh past this. */
const MAX_NORM_CACHE = 20_000;
const normCache = new Map<string, string>();

/** "Ḩamāh" → "hamah", "Tala’a" → "tala'a". Memoised: the rules ask for the same names many times. */
export function normName(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = normRaw(s);
    if (normCache.size >= MAX_NORM_CACHE) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

// Transliteration noise in Arabic place names: "Ar Raqqah" / "Raqqa", "Al-Mayadin" / "Mayadin", "Ḩamāh" / "Hama".
const ARTICLE = /^(?:al|ar|as|an|ad|ath|at|az|el|ash|adh)[- ]/;
/** A loose key for transliterated names; only for lookups, never shown. */
export function fuzzyKey(s: string): string {
  return fuzzyOfNorm(normName(s));
}

function fuzzyOfNorm(norm: string): string {
  return norm
    .replace(/'/g, '')
    .replace(ARTICLE, '')
    .replace(/-/g, ' ')
    .replace(/([aeiou])h\b/g, '$1')
    .replace(/(\p{L})\1+/gu, '$1');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function load(): Loaded {
  if (loaded) return loaded;
  const raw = JSON.parse(readFileSync(GAZETTEER_URL, 'utf8')) as {
    countries: [string, string[], string[], number | null, number | null][];
    cities: string;
    regions: string[];
  };
  const byName = new Map<string, GazetteerEntry[]>();
  const byFuzzy = new Map<string, GazetteerEntry[]>();
  const demonyms = new Map<string, string>();
  const phrases = new Map<string, string[]>();
  const prefixes = new Set<string>();
  let maxPhrase = 1;
  const addPhrase = (name: string, kind: string) => {
    const toks = PLAIN_WORDS.test(name) ? name.toLowerCase().split(' ') : tokenize(name).map((t) => t.text.toLowerCase());
    if (!toks.length || toks.length > 5) return;
    maxPhrase = Math.max(maxPhrase, toks.length);
    const key = toks.join(' ');
    for (let k = 1; k < toks.length; k++) prefixes.add(toks.slice(0, k).join(' '));
    const kinds = phrases.get(key);
    if (!kinds) phrases.set(key, [kind]);
    else if (!kinds.includes(kind)) kinds.push(kind);
  };
  for (const [cc, names, dems, lat, lon] of raw.countries) {
    const e: GazetteerEntry = { kind: 'country', country: cc, lat, lon, population: Infinity };
    for (const n of names) {
      push(byName, normRaw(n), e);
      push(byFuzzy, fuzzyOfNorm(normRaw(n)), e);
      addPhrase(n, 'country');
    }
    for (const d of dems) {
      demonyms.set(normRaw(d), cc);
      addPhrase(d, 'demonym');
    }
  }
  for (const name of raw.regions) {
    const e: GazetteerEntry = { kind: 'region', country: null, lat: null, lon: null, population: Infinity };
    push(byName, normRaw(name), e);
  }
  for (const line of raw.cities.split('\n')) {
    const [name, cc, lat, lon, pop] = line.split('\t');
    const e: GazetteerEntry = { kind: 'city', country: cc!, lat: Number(lat), lon: Number(lon), population: Number(pop) };
    push(byName, normRaw(name!), e);
    push(byFuzzy, fuzzyOfNorm(normRaw(name!)), e);
    addPhrase(name!, 'city');
  }
  // word classes for the tagger: a title before a name, an organization or place head word after one
  for (const w of wordSet(...PERSON_TITLES)) addPhrase(w, 'title');
  for (const w of wordSet(...ORG_HEADS)) addPhrase(w, 'orghead');
  for (const w of wordSet(...PLACE_HEADS)) addPhrase(w, 'placehead');
  for (const w of wordSet(KNOWN_ORGS)) addPhrase(w, 'org');
  loaded = { byName, byFuzzy, demonyms, phrases, prefixes, maxPhrase };
  return loaded;
}

/**
 * The gazetteer entry a place name refers to, or null. Countries win; among cities, one in a country the article
 * mentions wins ("Homs" in a Syria story), else the most populous when it dwarfs the others of that name.
 */
export function lookupPlace(name: string, contextCountries: ReadonlySet<string> = new Set()): GazetteerEntry | null {
  const g = load();
  const cands = g.byName.get(normName(name)) ?? g.byFuzzy.get(fuzzyKey(name));
  if (!cands?.length) return null;
  const country = cands.find((c) => c.kind === 'country' || c.kind === 'region');
  if (country) return country;
  const local = cands.filter((c) => c.country !== null && contextCountries.has(c.country));
  if (local.length) return local.reduce((a, b) => (b.population > a.population ? b : a));
  const sorted = [...cands].sort((a, b) => b.population - a.population);
  // a Syria story's "Grad" is not the small Slovenian town: outside the article's countries only big cities count
  if (contextCountries.size && sorted[0]!.population < FOREIGN_CITY_MIN_POPULATION) return null;
  // "Paris" (2.1M, FR) over Paris, Texas (25k): a name is unambiguous when one place dwarfs its namesakes.
  if (sorted.length === 1 || sorted[0]!.population >= 10 * sorted[1]!.population) return sorted[0]!;
  return null;
}

/** Country code of a demonym ("Syrian" → "SY"), else null. */
export function countryOfDemonym(word: string): string | null {
  return load().demonyms.get(normName(word)) ?? null;
}

/** Country code of a country name ("Syria", "U.S." → "SY", "US"), else null. */
export function countryOfName(name: string): string | null {
  const e = load().byName.get(normName(name))?.find((c) => c.kind === 'country');
  return e ? e.country : null;
}

/** True for a country or world region's name, spelled exactly: "Middle East", "Syria". */
export function isCountryOrRegion(name: string): boolean {
  return load().byName.get(normName(name))?.some((c) => c.kind !== 'city') ?? false;
}

/** Tagger features: which gazetteer phrases cover each token ("kind:B" at the first token, "kind:I" after). */
export const matchGazetteer: GazetteerMatcher = (words) => {
  const g = load();
  const lowers = words.map((w) => w.toLowerCase());
  const out: string[][] = lowers.map(() => []);
  for (let i = 0; i < lowers.length; i++) {
    // a place name starts with a capital: "split" and "mobile" are words, "Split" and "Mobile" may be cities
    const capital = words[i]![0] !== lowers[i]![0];
    let key = '';
    for (let len = 1; len <= g.maxPhrase && i + len <= lowers.length; len++) {
      key = len === 1 ? lowers[i]! : key + ' ' + lowers[i + len - 1]!;
      const kinds = g.phrases.get(key);
      if (!kinds) {
        if (!g.prefixes.has(key)) break;
        continue;
      }
      for (const k of kinds) {
        if (!capital && !WORD_CLASSES.has(k)) continue;
        out[i]!.push(k + ':B');
        for (let j = i + 1; j < i + len; j++) out[j]!.push(k + ':I');
      }
    }
  }
  return out;
};
