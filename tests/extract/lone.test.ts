// A leader named by surname alone, as the subject that opens a sentence or follows "In <city>," (sentences written
// for these tests): a person when a person's verb or a role follows, a place when place evidence does.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { findClaims } from '../../src/extract/claims.js';
import { contextOf } from './ner-helpers.js';

const found = (text: string) => {
  const { actors, places } = findActorsAndPlaces(contextOf(text));
  return { people: actors.filter((a) => a.type === 'person').map((a) => a.name), places: places.map((p) => p.name) };
};

describe('a surname alone with a person’s verb or role is a person', () => {
  it.each([
    ['Stubb is expected in Brussels on Tuesday.', 'Stubb'],
    ['Fico, the prime minister, said Slovakia would act.', 'Fico'],
    ['Fico was detained at the airport.', 'Fico'],
    ['Lindqvist told reporters the talks had stalled.', 'Lindqvist'],
    ['In Budapest, Orban was detained by police.', 'Orban'],
    ['In Seoul, Yoon was detained by police.', 'Yoon'],
    ['In Athens, Mitsotakis is expected to speak.', 'Mitsotakis'],
    ['In Toronto, Chow is expected to speak on Friday.', 'Chow'],
    ['In Izmir, Tugay was detained by police.', 'Tugay'],
  ])('%j', (text, name) => {
    const r = found(text);
    expect(r.people).toContain(name);
    expect(r.places).not.toContain(name);
  });
});

describe('a common word, a big city or place evidence is no lone person', () => {
  it.each([
    ['Inflation is expected to rise in March.', 'Inflation'],
    ['Rain is expected in Denver on Monday.', 'Rain'],
    ['Others said they would stay in the city.', 'Others'],
    ['Residents said the water was unsafe.', 'Residents'],
    ['Frontex said that its patrols would grow.', 'Frontex'],
    ['Moscow said it would respond to the sanctions.', 'Moscow'],
    ['In Berlin, Washington is expected to announce new tariffs.', 'Washington'],
    ['In Donetsk, Petrovskyi was shelled overnight.', 'Petrovskyi'],
    ["In Lyon, Vaiseville's streets were empty.", 'Vaiseville'],
    ['Alphabet, the owner of Google, posted results on Tuesday. Google said ad sales rose.', 'Google'],
    // a body speaks, pleads and has lawyers as a person does: no person from those alone (regress14)
    ['Nvidia said quarterly revenue had doubled.', 'Nvidia'],
    ['Pemex told investors the refinery would reopen.', 'Pemex'],
    ['Koltrane pleaded guilty to fraud charges in New York.', 'Koltrane'],
    ["Binance's lawyers said the ruling would be appealed.", 'Binance'],
    ['Ofgem has said bills will rise in April.', 'Ofgem'],
    ['Nuuk said it would not sell the island.', 'Nuuk'],
  ])('%j', (text, name) => {
    expect(found(text).people).not.toContain(name);
  });
});

describe('a claim of a lone surname is credited to that person', () => {
  it.each([
    ['Fico, the prime minister, said Slovakia would act.', 'Fico'],
  ])('%j', (text, name) => {
    const ctx = contextOf(text);
    const { actors } = findActorsAndPlaces(ctx);
    const claims = findClaims(ctx, actors);
    const id = actors.find((a) => a.name === name)?.id;
    expect(id).toBeDefined();
    expect(claims.map((c) => c.source.actor)).toContain(id);
  });
});

describe('a news agency or paper cited by its bare name is an organization, not a lone surname', () => {
  const typed = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => `${a.type}:${a.name}`);
  it.each([
    ['Yonhap said the missile fell into the sea.', 'Yonhap'],
    ['Kommersant said the deal was close.', 'Kommersant'],
    ['Interfax reported that 12 people were hurt.', 'Interfax'],
  ])('%j', (text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
    expect(typed(text)).not.toContain(`person:${name}`);
  });
});
