// State media and national news agencies in English (Xinhua, TASS, KCNA, WAM, SANA, SPA, WAFA, IRNA, Tasnim): their
// datelines, titles and attribution chains. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findPlainDateline } from '../../src/clean/plain.js';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { findClaims } from '../../src/extract/claims.js';
import { extract } from '../../src/index.js';
import { contextOf, expectPlacesAndActors } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);

describe('findPlainDateline: the datelines of state agencies date the story', () => {
  const now = new Date('2026-11-27T09:00:00Z');
  it.each([
    // an ordinal day (WAM); these rows read null before
    ['ABU DHABI, 14th January, 2025 (WAM) -- The President received a phone call today.', '2025-01-14'],
    ['ABU DHABI, 3rd March (WAM) -- The ministry said today that aid flights left.', '2026-03-03'],
    // KCNA's bracket
    ['Pyongyang, September 19 (KCNA) -- Kim Jong Un guided a test-fire on Wednesday.', '2026-09-19'],
    // the agency after a comma, with no bracket (WAFA, SPA)
    ['JENIN, January 22, 2025, WAFA- Two citizens were killed this morning.', '2025-01-22'],
    ['Riyadh, January 12, 2025, SPA -- The Crown Prince received a phone call today.', '2025-01-12'],
    // near misses: a comma before a word that is no agency, a date with no dash after the agency
    ['JENIN, January 22, 2025, Ahmad - Two citizens were killed this morning.', null],
    ['The ministry met on January 22, 2025, WAFA said.', null],
  ])('%j → %s', (line, want) => {
    expect(findPlainDateline(`Title line\n\n${line}`, now)?.published ?? null).toBe(want);
  });
});

describe('a dateline whose agency follows a comma, with no bracket', () => {
  it.each([
    ['SANA', 'Damascus, SANA- The Ministry of Foreign Affairs condemned the attack, the ministry said.',
      [['the ministry', 'said', 'The Ministry of Foreign Affairs condemned the attack']]],
    ['SPA', 'Riyadh, SPA -- The Kingdom condemns the attack on the school, the ministry said.',
      [['the ministry', 'said', 'The Kingdom condemns the attack on the school']]],
  ])('%s: no part of the lead claim', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['SANA', 'Damascus, SANA- The Ministry of Foreign Affairs condemned the attack, the ministry said.', ['place:Damascus:city:SY'], ['place:SANA:null:null']],
    ['SPA', 'Riyadh, SPA -- The Kingdom condemns the attack on the school, the ministry said.', ['place:Riyadh:city:SA'], ['place:SPA:null:null']],
  ])('%s: the agency is no place', (_name, text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('findClaims: the attribution chains of state agencies', () => {
  it.each([
    // "affirmed" and "underlined" with "that" report (these rows gave no claim before)
    ['affirmed that', 'Minister Safadi affirmed that Jordan stands with Syria.', [['Minister Safadi', 'affirmed', 'Jordan stands with Syria']]],
    ['underlined that', 'The minister underlined that the Kingdom rejects the displacement of Palestinians.',
      [['The minister', 'underlined', 'the Kingdom rejects the displacement of Palestinians']]],
    ['near miss: affirmed with an object', 'The Crown Prince reaffirmed the Kingdom\'s support for the Palestinian people.', []],
    // an informed source is a source, no clause's verb
    ['an informed source, relayed', 'Tasnim quoted an informed source as saying that the tanker had been under surveillance.',
      [['an informed source', 'quoted as saying', 'the tanker had been under surveillance']]],
    ['a well-informed source', 'A well-informed source told IRNA that the talks would resume next week.',
      [['A well-informed source', 'told', 'the talks would resume next week']]],
    // a sub-source between commas, then "that", after a fronted word: the content follows (it was "Earlier")
    ['citing, after a fronted word', 'Earlier, TASS reported, citing a source in the emergency services, that a fire broke out at a fuel depot.',
      [['TASS', 'reported', 'a fire broke out at a fuel depot']]],
    ['near miss: citing figures that …', 'Exports fell 5 percent, the ministry said, citing figures that showed weak demand.',
      [['the ministry', 'said', 'Exports fell 5 percent']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('court styles are no part of a name nor of a role', () => {
  const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name, a.roles]);
  it.each([
    // the tagger made an organization "H.E. Abbas Araghchi" and a person "His Excellency Masoud Pezeshkian"
    ['H.E.', 'Sheikh Abdullah received H.E. Abbas Araghchi, Minister of Foreign Affairs of Iran, in Abu Dhabi.',
      ['person', 'Abbas Araghchi', ['Minister of Foreign Affairs of Iran']]],
    ['His Excellency', 'The President received a phone call from His Excellency Masoud Pezeshkian, President of Iran.',
      ['person', 'Masoud Pezeshkian', ['President of Iran']]],
    // the role was "His Highness Sheikh", "His Royal Highness Prince"
    ['His Highness, a style before the name', 'His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received the delegation.',
      ['person', 'Mohamed bin Zayed Al Nahyan', ['President of the UAE', 'Sheikh']]],
    ['His Royal Highness', 'His Royal Highness Prince Mohammed bin Salman received a phone call today.',
      ['person', 'Mohammed bin Salman', ['Prince']]],
  ])('%s', (_name, text, want) => {
    expect(actors(text)).toContainEqual(want);
  });

  it.each([
    // "His Highness" alone was a person
    ['the style alone', 'His Highness and the Iranian President also reviewed the latest developments in the region.', 'His Highness'],
    ['near miss: the surname He is a name', 'Vice Premier He Lifeng met the delegation in Beijing on Monday.', 'Lifeng'],
  ])('%s', (_name, text, absent) => {
    expect(actors(text).map((a) => a[1])).not.toContain(absent);
  });
});

describe('an office of a place or a portfolio, then its holder with no comma', () => {
  const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name, a.roles]);
  it.each([
    // the tagger ran the place and the holder into one organization ("Bryansk Region Alexander Bogomaz")
    ['a governor of a region', 'Governor of the Bryansk Region Alexander Bogomaz wrote on Telegram that there were no casualties.',
      ['person', 'Alexander Bogomaz', ['Governor of the Bryansk Region']]],
    ['the head of a republic', 'Head of the Republic of Crimea Sergey Aksyonov said two drones were downed.',
      ['person', 'Sergey Aksyonov', ['Head of the Republic of Crimea']]],
    // "Foreign Affairs and Expatriates Ayman Safadi" was an organization "Expatriates Ayman Safadi"
    ['a ministry\'s portfolio', 'Foreign Minister Asaad al-Shaibani received a phone call from Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi.',
      ['person', 'Ayman Safadi', ['Minister of Foreign Affairs and Expatriates']]],
    ['near miss: an office of a body still reads as before', 'Head of the Poltava Regional Military Administration Volodymyr Kohut said two people were hurt.',
      ['person', 'Volodymyr Kohut', ['Head of the Poltava Regional Military Administration']]],
  ])('%s', (_name, text, want) => {
    expect(actors(text)).toContainEqual(want);
  });
});

describe('findClaims: a long capitalised office between commas after the speaker', () => {
  it.each([
    // the source was the clause after the cue, the content the speaker and his office
    ['an aide\'s office and a second title', 'Dr. Majed bin Mohammed Al Ansari, Advisor to the Prime Minister and Official Spokesperson of the Ministry of Foreign Affairs, said the talks focused on the release of hostages.',
      [['Dr. Majed bin Mohammed Al Ansari', 'said', 'the talks focused on the release of hostages']]],
    ['near miss: a lower-case role of a body, as before', 'Adam Rijal, spokesperson for the General Coordination for Displaced Persons and Refugees in Darfur, told reporters the camp was shelled.',
      [['Adam Rijal', 'told', 'the camp was shelled']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('the names Russian state media give occupied Ukrainian regions', () => {
  it.each([
    // the tagger split the name at its possessive; "Republic" was a town in Missouri
    ['Lugansk, a typographic apostrophe', 'Russian forces liberated the settlement of Novolyubovka in the Lugansk People’s Republic, the ministry said.',
      ['place:Lugansk People’s Republic:region:UA'], ['place:Republic:city:US', 'organization:Lugansk People']],
    ['Donetsk', 'Shelling hit a village in the Donetsk People\'s Republic on Monday.', ['place:Donetsk People\'s Republic:region:UA'], ['organization:Donetsk People\'s Republic']],
  ])('%s', (_name, text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('the official language of tolls and drills', () => {
  const numbersOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    // "martyrdom" is what was done to them, as "killing" is (the event was null)
    ['"the martyrdom of"', 'The aggression targeted a number of sites, causing the martyrdom of three civilians.', [['three civilians', 'civilians', 'martyrdom']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });

  it.each([
    // the tagger made a person "Strait Thunder"
    ['a drill code-named', 'The Eastern Theater Command on Monday launched joint exercises code-named Strait Thunder around the island.', 'Strait Thunder'],
    ['an operation codenamed, in quotes', 'The army launched an operation codenamed \'Iron Swords\' in October.', 'Iron Swords'],
  ])('%s: no actor', (_l, text, name) => {
    expect(findActorsAndPlaces(contextOf(text)).actors.map((a) => a.name)).not.toContain(name);
  });
});

describe('a news agency named in capitals in the story is the agency, no place', () => {
  it.each([
    // the tagger made places "SANA" and "WAFA", resolved to nothing
    ['carried by SANA', 'In a statement carried by SANA, the ministry said the attack had failed.', ['organization:SANA'], ['place:SANA:null:null']],
    ['WAFA correspondent', 'WAFA correspondent said that occupation forces stormed the camp at dawn.', ['organization:WAFA'], ['place:WAFA:null:null']],
    ['near miss: the city of Sanaa', 'Officials in Sanaa said the port was struck overnight, SANA reported.', ['place:Sanaa:city:YE', 'organization:SANA'], ['place:SANA:null:null']],
  ])('%s', (_name, text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

describe('findClaims: a fronted adverbial, the attribution between commas, then the clause', () => {
  it.each([
    // the content was "In the past week", and the claim was lost
    ['TASS\'s weekly toll', 'In the past week, the ministry said, Ukrainian forces lost up to 1,450 servicemen in the area.',
      [['the ministry', 'said', 'Ukrainian forces lost up to 1,450 servicemen in the area']]],
    ['near miss: a clause before the attribution', 'The talks failed, officials said, after a long night.', [['officials', 'said', 'The talks failed']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
