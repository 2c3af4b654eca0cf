// Roles and particles in non-Anglo names: "al-X" after a given name, offices before honorifics, Gulf royals
// (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { refineNames } from '../../src/extract/ner/refine.js';
import { tokenize } from '../../src/extract/ner/index.js';
import { contextOf } from './ner-helpers.js';

/** [type, name, aliases, roles] of every actor, in order. */
const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name, a.aliases, a.roles]);
const names = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => a.name);

describe('a given name right before "al-X" makes one person, whatever the tagger said of "al-X"', () => {
  it.each([
    ['Protesters toppled Bashar al-Assad last winter. Assad fled abroad.', ['person', 'Bashar al-Assad', ['Assad'], []]],
    ['The envoy met Ammar al-Hakim in Baghdad. Hakim said the talks went well.', ['person', 'Ammar al-Hakim', ['Hakim'], []]],
    ['The envoy met Hamza al-Hakim in Baghdad.', ['person', 'Hamza al-Hakim', [], []]],
    ['Rebels toppled Ammar al-Jubouri in March.', ['person', 'Ammar al-Jubouri', [], []]],
  ])('%j', (text, person) => {
    expect(actors(text)).toContainEqual(person);
  });

  // left untagged by the tagger (no spans at all): a common given name and "al-X" are still one person
  const untagged = (text: string) => refineNames(text, [tokenize(text)], [])
    .map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
  it.each([
    ['The envoy met Hamza al-Hakim in the capital.', ['PER:Hamza al-Hakim'], []],
    ['The army entered Ras al-Ain and Deir al-Zor.', [], ['PER:Ras al-Ain', 'PER:Deir al-Zor']],
    ['Reporters asked Grace al-Sayed about it.', [], ['PER:Grace al-Sayed']],
  ])('%j', (text, present, absent) => {
    for (const p of present) expect(untagged(text)).toContain(p);
    for (const a of absent) expect(untagged(text)).not.toContain(a);
  });

  // a place or a group opened by its own word stays what it was
  it.each([
    ['Fighters of Jaish al-Islam left the town.', 'Islam'],
    ['The army entered Ras al-Ain on Friday.', 'Ras'],
  ])('%j', (text, word) => {
    expect(actors(text).filter((a) => a[0] === 'person' && String(a[1]).includes(word))).toEqual([]);
  });
});

describe('an office written before an honorific or a second title is a role too', () => {
  it.each([
    ['Saudi Foreign Minister Prince Khalid bin Saad said the kingdom would help.', 'Saudi Foreign Minister', 'Prince'],
    ['Supreme Leader Ayatollah Reza Karimi did not comment.', 'Supreme Leader', 'Ayatollah'],
    ["Kuwait's Crown Prince Sheikh Fahad Al-Sabah arrived later.", "Kuwait's Crown Prince", 'Sheikh'],
    ['Chancellor Dr. Anna Bergmann opened the session.', 'Chancellor', null],
  ])('%j', (text, office, honorific) => {
    const roles = actors(text).find((a) => a[0] === 'person')?.[3];
    expect(roles).toContain(office);
    if (honorific) expect(roles).toContain(honorific);
  });

  // a lower-case word before the honorific is no office
  it.each([
    ['The talks were led by Prince Khalid bin Saad on Monday.', ['Prince']],
  ])('%j', (text, roles) => {
    expect(actors(text).find((a) => a[0] === 'person')?.[3]).toEqual(roles);
  });
});

describe('portfolio words before a title belong to the office', () => {
  it.each([
    ['Justice Minister Aylin Demir said the inquiry had begun.', 'Aylin Demir', ['Justice Minister']],
    ['Officials said Chief Cabinet Secretary Hiroshi Tanaka would respond.', 'Hiroshi Tanaka', ['Chief Cabinet Secretary']],
    ['Analysts expect Chief Cabinet Secretary Hiroshi Tanaka to respond.', 'Hiroshi Tanaka', ['Chief Cabinet Secretary']],
  ])('%j', (text, name, roles) => {
    expect(actors(text).find((a) => a[1] === name)?.[3]).toEqual(roles);
    expect(names(text)).not.toContain('Cabinet');
    expect(names(text)).not.toContain('Chief');
  });

  // "Justice" and "Chief" alone are still titles
  it.each([
    ['Justice Elena Marsh wrote the opinion.', 'Elena Marsh', ['Justice']],
    ['Police Chief Omar Reyes spoke to reporters.', 'Omar Reyes', ['Police Chief']],
  ])('%j', (text, name, roles) => {
    expect(actors(text).find((a) => a[1] === name)?.[3]).toEqual(roles);
  });
});

describe('Gulf royals: "Sultan" is a title, and an honorific with a given name joins the full "Given bin …" name', () => {
  it.each([
    ["Qatar's emir, Sheikh Jassim bin Khalid Al Thani, arrived on Monday. Sheikh Jassim said Qatar would help.", 'Jassim bin Khalid Al Thani', 'Jassim'],
    ["Saudi Arabia's King Fahad bin Nasser Al Saud received the envoy. King Fahad said the kingdom wanted calm.", 'Fahad bin Nasser Al Saud', 'Fahad'],
    ['Abu Dhabi Crown Prince Khaled bin Saeed bin Zayed Al Nahyan visited. Crown Prince Khaled met investors.', 'Khaled bin Saeed bin Zayed Al Nahyan', 'Khaled'],
    ["Oman's Sultan Haitham bin Tariq backed the plan. Sultan Haitham said the talks would go on.", 'Haitham bin Tariq', 'Haitham'],
  ])('%j', (text, name, short) => {
    const people = actors(text).filter((a) => a[0] === 'person');
    expect(people.find((a) => a[1] === name)?.[2]).toContain(short);
    expect(names(text)).not.toContain(short);
    expect(actors(text).filter((a) => a[0] === 'organization' && String(a[1]).includes(short))).toEqual([]);
  });

  // two people opened by the same given name: the short form stays on its own
  it.each([
    ['Sheikh Hamad bin Khalid Al Thani and Sheikh Hamad bin Jassim Al Thani met. Sheikh Hamad spoke first.', 'Hamad'],
  ])('%j', (text, short) => {
    expect(names(text)).toContain(short);
  });
});

describe('"Sheikh" inside a Somali name after the given name is part of the name, not a title after a town', () => {
  const places = (text: string) => findActorsAndPlaces(contextOf(text)).places.map((p) => p.name);
  it.each([
    ['Somali President Hassan Sheikh Abdullahi arrived in Nairobi. Hassan Sheikh said the talks would go on.', 'Hassan Sheikh Abdullahi'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
    expect(places(text)).not.toContain('Hassan');
  });

  // a town before any other title stays a town
  it.each([
    ['Kerala Chief Minister Anil Menon opened the plant.', 'Kerala'],
  ])('%j', (text, place) => {
    expect(places(text)).toContain(place);
  });
});
