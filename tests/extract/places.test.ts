import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { lookupPlace, fuzzyKey } from '../../src/extract/gazetteer.js';
import { contextOf } from './ner-helpers.js';

const places = (text: string) =>
  findActorsAndPlaces(contextOf(text)).places.map((p) => ({ name: p.name, kind: p.kind, country: p.country }));

describe('findActorsAndPlaces: places', () => {
  it.each([
    ['U.S. forces are in Syria.', [{ name: 'U.S.', kind: 'country', country: 'US' }, { name: 'Syria', kind: 'country', country: 'SY' }]],
    // "U.S." and "United States" are one place
    ['The United States said U.S. troops stay.', [{ name: 'United States', kind: 'country', country: 'US' }]],
    ['the US-backed forces', [{ name: 'US', kind: 'country', country: 'US' }]],
    ['Fighting near Homs in Syria went on.', [{ name: 'Homs', kind: 'city', country: 'SY' }, { name: 'Syria', kind: 'country', country: 'SY' }]],
    // transliteration: GeoNames spells it "Ar Raqqah"
    ['They marched on Raqqa in Syria.', [{ name: 'Raqqa', kind: 'city', country: 'SY' }, { name: 'Syria', kind: 'country', country: 'SY' }]],
    // facilities named after a place keep the head word and their own kind
    ['Jets hit the Tabqah military airport and the Tishrin Dam.', [
      { name: 'Tabqah military airport', kind: 'facility', country: null }, { name: 'Tishrin Dam', kind: 'facility', country: null }]],
    ['Troops reached the Al-Tanf road.', [{ name: 'Al-Tanf road', kind: 'facility', country: null }]],
    // a village the gazetteer does not know is still a place, unresolved
    ['Shelling hit the village of Kafr Tayyib.', [{ name: 'Kafr Tayyib', kind: 'village', country: null }]],
    // the cue before a list gives every item its kind
    ['They took the towns of Marea, Tel Rifaat and Azaz.', [
      { name: 'Marea', kind: 'city', country: null }, { name: 'Tel Rifaat', kind: 'city', country: null }, { name: 'Azaz', kind: 'city', country: null }]],
    // Arabic place words lead the name: "Wadi" (valley), "Kafr" (village)
    ['Clashes hit Wadi Barada and Kafr Nabl.', [{ name: 'Wadi Barada', kind: 'feature', country: null }, { name: 'Kafr Nabl', kind: null, country: null }]],
    // a weapon named after a place is neither a place nor an actor
    ['They fired Grad rockets at the base.', []],
  ])('%j', (text, expected) => expect(places(text)).toEqual(expected));

  it('gives coordinates of resolved places and numbers them in order', () => {
    const text = 'Talks in Paris ended. Paris will host more.';
    const ps = findActorsAndPlaces(contextOf(text)).places;
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ id: 'P1', name: 'Paris', country: 'FR' });
    expect(ps[0]!.lat).toBeCloseTo(48.85, 1);
    expect(ps[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Paris', 'Paris']);
  });
});

describe('lookupPlace', () => {
  it.each([
    ['Syria', undefined, 'SY', 'country'],
    ['Turkey', undefined, 'TR', 'country'],
    ['Hama', ['SY'], 'SY', 'city'],
    // a small foreign town is not taken in an article about another country
    ['Grad', ['SY'], null, null],
    ['Nowhere-on-Earth', undefined, null, null],
  ])('%s', (name, ctx, country, kind) => {
    const e = lookupPlace(name, new Set(ctx ?? []));
    expect(e?.country ?? null).toBe(country);
    expect(e?.kind ?? null).toBe(kind);
  });

  it.each([
    ['Ar Raqqah', 'Raqqa'],
    ['Ḩamāh', 'Hama'],
    ['Al-Mayadin', 'Mayadin'],
  ])('fuzzy key of %s equals that of %s', (a, b) => expect(fuzzyKey(a)).toBe(fuzzyKey(b)));
});
