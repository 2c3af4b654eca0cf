// Gazetteer gaps (report places, re-run): second-level divisions news names (Philippine provinces, Pakistani and
// Indian districts), towns spelled otherwise than GeoNames or missing from it, seats below the population floor, and
// the towns of border crossings, so that "the Torkham border crossing" gets a country.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { lookupPlace } from '../../src/extract/gazetteer.js';
import { contextOf } from './ner-helpers.js';

const places = (text: string) => findActorsAndPlaces(contextOf(text)).places.map((p) => `${p.name}:${p.kind}:${p.country}`);

describe('second-level divisions and regions of the news', () => {
  it.each([
    // [name, kind, country]
    ['Camarines Sur', 'region', 'PH'],
    ['Lanao del Norte', 'region', 'PH'],
    ['Tawi-Tawi', 'region', 'PH'],
    ['Cebu', 'region', 'PH'],
    ['South Waziristan', 'region', 'PK'],
    ['Bajaur', 'region', 'PK'],
    ['Anantnag District', 'region', 'IN'],
    ['Idukki', 'region', 'IN'],
    ['Waziristan', 'region', 'PK'],
    ['Essequibo', 'region', 'GY'],
    // near misses: a district named like a town the gazetteer keeps is "X District" only, so the bare name is the town
    ['Bannu', 'city', 'PK'],
    ['Anantnag', 'city', 'IN'],
    ['Cebu City', 'city', 'PH'],
  ])('%s', (name, kind, country) => {
    const e = lookupPlace(name);
    expect(e?.kind).toBe(kind);
    expect(e?.country).toBe(country);
  });

  it('a province gets its own point and division id', () => {
    const e = lookupPlace('Surigao del Norte');
    expect(e).toMatchObject({ kind: 'region', country: 'PH', division: 'PH.province-surigao-del-norte' });
    expect(e!.lat).toBeCloseTo(9.79, 1);
    expect(e!.lon).toBeCloseTo(125.5, 1);
  });
});

describe('towns spelled otherwise, missing, or below the population floor', () => {
  it.each([
    // spellings news uses for towns GeoNames names otherwise
    ['Kiryat Shmona', 'IL'],
    ['Cap-Haïtien', 'HT'],
    ['Cap-Haitien', 'HT'],
    ['Petion-Ville', 'HT'],
    ['Wad Madani', 'SD'],
    ['Enerhodar', 'UA'],
    ['Lachin', 'AZ'],
    // "Odesa" is Ukraine's port, though its loose key is Odessa, Texas's too
    ['Odesa', 'UA'],
    // seats GeoNames keeps small or without a population
    ['Miranshah', 'PK'],
    ['Parachinar', 'PK'],
    ['Al-Qaim', 'IQ'],
    ['Adre', 'TD'],
    // towns the package lacks
    ['El Alto', 'BO'],
    ['Khorgos', 'KZ'],
    ['Horgos', 'CN'],
  ])('%s', (name, country) => {
    const e = lookupPlace(name);
    expect(e?.kind).toBe('city');
    expect(e?.country).toBe(country);
  });

  it('"Odessa" alone stays open between Ukraine and Texas, and the article decides', () => {
    expect(lookupPlace('Odessa')).toBeNull();
    expect(lookupPlace('Odessa', new Set(['UA']))?.country).toBe('UA');
  });

  it('a crossing listed on both sides of the border takes the side of the article\'s country', () => {
    expect(lookupPlace('Torkham', new Set(['PK']))?.country).toBe('PK');
    expect(lookupPlace('Torkham', new Set(['AF']))?.country).toBe('AF');
  });
});

describe('in sentences', () => {
  it.each([
    ['Floods hit Albay and Camarines Sur as the storm moved west across the Philippines.',
      ['Albay:region:PH', 'Camarines Sur:region:PH'], []],
    ['Soldiers raided a hideout in Lanao del Norte, near the city of Iligan in the Philippines.', ['Lanao del Norte:region:PH'], []],
    ['A curfew was imposed in Kurram after a convoy was attacked near Parachinar, Pakistani officials said.',
      ['Kurram:region:PK', 'Parachinar:city:PK'], []],
    ['Rescuers in Kerala searched for survivors of the landslide in Wayanad.', ['Wayanad:region:IN'], []],
    ['Aid trucks waited at the Adre border crossing from Chad into Sudan.', ['Adre border crossing:facility:TD'], []],
    ['Shelling cut power in Enerhodar, the Ukrainian town beside the nuclear plant.', ['Enerhodar:city:UA'], []],
    ['Sirens sounded in Kiryat Shmona as drones crossed from Lebanon into Israel.', ['Kiryat Shmona:city:IL'], []],
  ])('%s', (text, present, absent) => {
    const got = places(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
