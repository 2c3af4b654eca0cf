// Places of an article (extract stage): groups place names into one place each, typed and located by the gazetteer.
import type { Mention, Place } from '../doc.js';
import {
  countryOfDemonym, divisionNamesOf, lookupDivision, lookupDivisionAbbreviation, lookupPlace, lookupPlaceInContext, lookupPlaceWithin, normName,
  type GazetteerEntry, type PlaceContext,
} from './gazetteer.js';
import type { RefinedName } from './ner/index.js';
import { PLACE_HEADS, PLACE_HEAD_MODIFIERS, wordSet } from './data/name-words.js';

const HEAD_WORDS = new Set([...wordSet(...PLACE_HEADS), ...wordSet(PLACE_HEAD_MODIFIERS)].flatMap((w) => w.split(' ')));
// Between a city and the division or country that qualifies it: "Paris, Texas", "Alexandria, Virginia".
const QUALIFIER_GLUE = /^,[ \t]*$/;
// An abbreviated division after a city, tagged or not: "Paris, Tex.", "Austin, TX", "Bluefield, W. Va.", "Lismore, NSW".
const ABBREVIATED_QUALIFIER = /^,[ \t]*((?:\p{Lu}\.[ ]?){1,3}|\p{Lu}(?:\p{Ll}{1,4}\.?|\p{Lu}{1,2}))(?![\p{L}\p{N}])/u;

// "the state of New York", "the province of Quebec": the division, not the city of its name
const STATE_OF = /\b(?:state|province)\s+of\s+$/i;
/** "Washington state", "New York state officials": the word after a name makes it the division, not the city. */
const STATE_AFTER = /^\s+state\b/;

/** Countries the article is about: named countries and demonyms ("Syrian") — they settle which "Homs" is meant. */
export function findContextCountries(text: string, names: RefinedName[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const s = text.slice(n.start, n.end);
    if (n.type === 'MISC') {
      const cc = countryOfDemonym(s);
      if (cc) out.add(cc);
    } else if (n.type === 'LOC') {
      const e = lookupPlace(s);
      // "the Gaza Strip", "Crimea": a region of the news tells its country as well
      if ((e?.kind === 'country' || (e?.kind === 'region' && !e.division)) && e.country) out.add(e.country);
    }
  }
  return out;
}

/** "Tabqah military airport" → "Tabqah": the settlement a facility is named after, to find its country. */
function baseName(name: string): string {
  const ws = name.split(/\s+/);
  while (ws.length > 1 && HEAD_WORDS.has(ws[ws.length - 1]!.toLowerCase())) ws.pop();
  return ws.join(' ');
}

/**
 * Places a qualifier settles: "Paris, Texas" is the Paris in Texas, and the Texas the state; "Athens, Georgia" puts
 * Georgia in the US, "Tbilisi, Georgia" in the Caucasus. By the mention's start for both names, and by name for later
 * bare mentions ("Paris police said" after "Paris, Texas"): the first qualified mention of a name settles it.
 */
function findQualifiedPlaces(text: string, places: RefinedName[]): { byStart: Map<number, GazetteerEntry>; byName: Map<string, GazetteerEntry> } {
  const byStart = new Map<number, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry>();
  for (let i = 0; i < places.length; i++) {
    const a = places[i]!;
    const next = places[i + 1];
    const aText = text.slice(a.start, a.end);
    if (a.kind) continue;
    const abbr = ABBREVIATED_QUALIFIER.exec(text.slice(a.end, a.end + 12));
    if (abbr && divisionNamesOf(abbr[1]!.trim()).length) {
      // the abbreviation settles the city; the abbreviation, when tagged as a place, is the division
      const found = lookupPlaceWithin(aText, abbr[1]!.trim());
      const at = a.end + abbr[0].length - abbr[1]!.length;
      // a city the gazetteer lacks leaves the abbreviation its division: "Bristow, VA" is in Virginia as "Richmond, VA"
      const within = found?.within ?? lookupDivisionAbbreviation(abbr[1]!.trim());
      if (next && next.start === at && within) byStart.set(next.start, within);
      if (!found) continue;
      byStart.set(a.start, found.place);
      if (!byName.has(normName(aText))) byName.set(normName(aText), found.place);
      continue;
    }
    if (!next) continue;
    const b = next;
    if (b.kind || a.sentence !== b.sentence || !QUALIFIER_GLUE.test(text.slice(a.end, b.start))) continue;
    const bText = text.slice(b.start, b.end);
    const found = lookupPlaceWithin(aText, bText);
    if (!found) continue;
    byStart.set(a.start, found.place);
    byStart.set(b.start, found.within);
    if (!byName.has(normName(aText))) byName.set(normName(aText), found.place);
    if (!byName.has(normName(bText))) byName.set(normName(bText), found.within);
  }
  return { byStart, byName };
}

/**
 * The group of a place entry: "U.S." and "United States" are one place, Georgia the state and the country two. A city
 * or region is its gazetteer entry, whatever the spelling: "Kyiv" and "Kiev", "Gaza" and "the Gaza Strip" are one
 * place, "Paris, Texas" and "Paris, France" two. Spellings of one city are entries of their own with one point.
 */
function groupKey(surface: string, entry: GazetteerEntry | null): string {
  if (entry?.kind === 'country') return `country:${entry.country}`;
  if (entry?.kind === 'region' && entry.division) return `division:${entry.division}`;
  if (entry && entry.lat !== null) return `${entry.kind}:${entry.country}@${entry.lat},${entry.lon}`;
  return entry ? `name:${normName(surface)}@${entry.country}.${entry.division}` : `name:${normName(surface)}`;
}

/** Where each place of the article lies, by the name that told it: a place does not count as its own context. */
interface Evidence {
  countries: Map<string, Set<string>>;
  divisions: Map<string, Set<string>>;
  namedDivisions: Map<string, Set<string>>;
}

function addEvidence(m: Map<string, Set<string>>, key: string | null, name: string): void {
  if (!key) return;
  const names = m.get(key);
  if (names) names.add(name);
  else m.set(key, new Set([name]));
}

/** The keys some other name than `name` supports. */
function othersThan(m: Map<string, Set<string>>, name: string): Set<string> {
  const out = new Set<string>();
  for (const [key, names] of m) if (names.size > 1 || !names.has(name)) out.add(key);
  return out;
}

/**
 * The article's evidence of where it is, from the first reading of its places: countries named, demonyms, and the
 * countries and divisions of the cities and divisions found. A country's name that is a division's of another country
 * ("Georgia") tells nothing: which one it is, is what the others decide; "Scotland" tells both its country and division.
 */
function gatherEvidence(text: string, names: RefinedName[], locs: RefinedName[], entries: (GazetteerEntry | null)[]): Evidence {
  const ev: Evidence = { countries: new Map(), divisions: new Map(), namedDivisions: new Map() };
  for (const n of names) if (n.type === 'MISC') addEvidence(ev.countries, countryOfDemonym(surface(text, n)), normName(surface(text, n)));
  locs.forEach((n, i) => {
    const e = entries[i];
    if (!e) return;
    const name = normName(surface(text, n));
    const division = e.kind === 'country' ? lookupDivision(surface(text, n)) : null;
    if (division && division.country !== e.country) return;
    addEvidence(ev.countries, e.country, name);
    addEvidence(ev.divisions, division?.division ?? e.division, name);
    if (e.kind === 'region') addEvidence(ev.namedDivisions, e.division, name);
  });
  return ev;
}

function contextFor(ev: Evidence, name: string): PlaceContext {
  return { countries: othersThan(ev.countries, name), divisions: othersThan(ev.divisions, name), namedDivisions: othersThan(ev.namedDivisions, name) };
}

function surface(text: string, n: RefinedName): string {
  return text.slice(n.start, n.end);
}

/** "Tex.", "TX", "N.Y.": a shortened form, named after a written-out one of the same place. */
function isAbbreviated(name: string): boolean {
  return name.endsWith('.') || /^\p{Lu}{2,3}$/u.test(name);
}

/** "KYIV", "NEW DELHI": a dateline's capitals. */
function isCapitals(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase() && name !== name.toLowerCase();
}

/** One Place per real place: mentions grouped by country code or by name; ids P1… in order of first mention. */
export function toPlaces(text: string, names: RefinedName[], contextCountries: ReadonlySet<string>): Place[] {
  const groups = new Map<string, { mentions: Mention[]; kind: Place['kind']; country: string | null; lat: number | null; lon: number | null }>();
  const qualified = findQualifiedPlaces(text, names.filter((n) => n.type === 'LOC'));
  const locs = names.filter((n) => n.type === 'LOC');
  // a name with a head word is no city, but may be a division by its whole name: "Benue State" is the "Benue" of later
  const settled = locs.map((n) => (n.kind ? (n.kind === 'region' ? lookupDivision(surface(text, n)) : null) :
    qualified.byStart.get(n.start) ?? qualified.byName.get(normName(surface(text, n))) ??
    (STATE_OF.test(text.slice(Math.max(0, n.start - 20), n.start)) || STATE_AFTER.test(text.slice(n.end, n.end + 8)) ? lookupDivision(surface(text, n)) : null)));
  // a first reading by the countries named, then a second by where the article's other places lie: "Naples" beside
  // Tampa and Sarasota is in Florida, "Birmingham" beside Coventry and Leeds in England, "Georgia" beside ATLANTA a state
  // both readings look each name up once: "Gaza" is written a dozen times in a Gaza story (the gazetteer's answers
  // are fresh objects nobody changes, so mentions alike may share one)
  const firstByName = new Map<string, GazetteerEntry | null>();
  const firstReading = (s: string) => {
    let e = firstByName.get(s);
    if (e === undefined) firstByName.set(s, (e = lookupPlace(s, contextCountries)));
    return e;
  };
  const first = locs.map((n, i) => settled[i] ?? (n.kind ? null : firstReading(surface(text, n))));
  const evidence = gatherEvidence(text, names, locs, first);
  const contexts = new Map<string, PlaceContext>();
  const contextOf = (name: string) => {
    let c = contexts.get(name);
    if (!c) contexts.set(name, (c = contextFor(evidence, name)));
    return c;
  };
  const secondByName = new Map<string, GazetteerEntry | null>();
  const secondReading = (s: string) => {
    let e = secondByName.get(s);
    if (e === undefined) secondByName.set(s, (e = lookupPlaceInContext(s, contextOf(normName(s)))));
    return e;
  };
  const entries = locs.map((n, i) => settled[i] ?? (n.kind ? null : secondReading(surface(text, n))));
  // The same text is never two places, one resolved and one not: a mention left unresolved takes the entry of the
  // first resolved mention written alike ("Richmond, VA, … Bristow, VA": both "VA" are Virginia).
  const resolvedByText = new Map<string, GazetteerEntry>();
  locs.forEach((n, i) => { const e = entries[i]; if (e && !resolvedByText.has(surface(text, n))) resolvedByText.set(surface(text, n), e); });
  for (const [i, n] of locs.entries()) {
    const surface = text.slice(n.start, n.end);
    const entry = entries[i] ?? (n.kind ? null : resolvedByText.get(surface) ?? null);
    const base = n.kind ? lookupPlaceInContext(baseName(surface), contextOf(normName(surface))) : null;
    const key = groupKey(surface, entry);
    let g = groups.get(key);
    if (!g) {
      g = {
        mentions: [],
        // a head word ("Dam") or cue ("the villages of") tells the kind better than a namesake in the gazetteer
        kind: n.kind ?? n.cueKind ?? entry?.kind ?? null,
        country: entry?.country ?? base?.country ?? null,
        lat: entry?.lat ?? null,
        lon: entry?.lon ?? null,
      };
      groups.set(key, g);
    }
    g.mentions.push({ start: n.start, end: n.end, text: surface });
  }
  const places: Place[] = [];
  for (const g of groups.values()) {
    const counts = new Map<string, number>();
    for (const m of g.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    // the most used form; of equals, a written-out one ("Tex." once and "Texas" once → "Texas"), then one not in
    // capitals ("KYIV —" as a dateline, "Kyiv" in the text → "Kyiv")
    const name = [...counts].sort((a, b) => b[1] - a[1] || Number(isAbbreviated(a[0])) - Number(isAbbreviated(b[0])) ||
      Number(isCapitals(a[0])) - Number(isCapitals(b[0])))[0]![0];
    const aliases = [...counts.keys()].filter((t) => t !== name);
    places.push({ id: '', name, aliases, kind: g.kind, country: g.country, lat: g.lat, lon: g.lon, mentions: g.mentions });
  }
  places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  places.forEach((p, i) => { p.id = `P${i + 1}`; });
  return places;
}
