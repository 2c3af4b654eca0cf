// Gaza, Lebanon and Red Sea war copy: tolls with their sources, the war's start dated "last year". Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
/** Each number as [text, counts, event]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
const datesOf = (text: string, referenceDate = '2024-11-06') => findDates({ ...contextOf(text), referenceDate }).map((d) => [d.text, d.value]);

describe('"…, according to X, including …": the part of the count remarks on the clause before the source', () => {
  it.each([
    ['AFP\'s tally, then "including" and a participle', 'The attack resulted in the deaths of 1,206 people, mostly civilians, according to an AFP tally based on official figures, including hostages killed in captivity.',
      [['an AFP tally based on official figures', 'according to', 'The attack resulted in the deaths of 1,206 people, mostly civilians']]],
    ['"mostly" after the source', 'The strikes killed 23 people, according to the health ministry, mostly women and children evacuated from the south.',
      [['the health ministry', 'according to', 'The strikes killed 23 people']]],
    // near miss: a clause after a fronted source is the content
    ['near miss: "According to X, CONTENT"', 'According to the ministry, 17 people were killed in the strike on the school.',
      [['the ministry', 'according to', '17 people were killed in the strike on the school']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a free relative opens the clause of its cue: "in what they say is …"', () => {
  it.each([
    ['"in what they say is"', 'The rebels began attacking ships in November in what they say is a campaign of solidarity with Gaza.',
      [['they', 'say', 'is a campaign of solidarity with Gaza']]],
    ['"in what the army says is"', 'Troops entered the camp in what the army says is an operation against gunmen.',
      [['the army', 'says', 'is an operation against gunmen']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a toll "since" a date before its verb is what the figure after the verb counts', () => {
  it.each([
    ['"since October 7 had risen to"', 'The overall death toll in the enclave since October 7 had risen to 31,184, the ministry said.',
      [['31,184', 'overall death toll', 'risen']]],
    ['the toll of a reported clause', 'The ministry said the overall death toll in the enclave since October 7 had risen to 31,184.',
      [['31,184', 'overall death toll', 'risen']]],
    ['a "since" phrase longer than the window', 'The death toll from Israeli strikes since the start of the war has reached 43,000, the ministry said.',
      [['43,000', 'death toll', 'reached']]],
    // near miss: a "since" clause before the verb is the figure's own subject
    ['near miss: "since" opening a clause', 'Fuel imports have halved since prices rose to 40, traders said.',
      [['40', 'prices', 'rose']]],
    // near miss: with no time phrase, as before
    ['near miss: no "since"', 'The death toll in Lebanon has risen to 3,136, the ministry said.',
      [['3,136', 'death toll', 'risen']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('a month then "last year", "this year", "next year" is dated in that year', () => {
  it.each([
    ['a day, "last year"', 'At least 43,391 people have been killed since October 7 last year, the ministry said.', [['October 7 last year', '2023-10-07']]],
    ['a month, "last year"', 'The toll from Israeli attacks since October last year has risen to 3,136.', [['October last year', '2023-10']]],
    ['"this year"', 'The army said it had struck the depot in March this year.', [['March this year', '2024-03']]],
    ['"next year"', 'The ministry said the crossing would reopen in January next year.', [['January next year', '2025-01']]],
    // near miss: a month alone keeps the nearest past one
    ['near miss: a month alone', 'The army said it had struck the depot in October.', [['October', '2024-10']]],
  ])('%s', (_l, text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});

const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name]);

describe('a broadcaster named with its medium is an organization', () => {
  it.each([
    ['"TV"', 'Houthi-run Al-Masirah TV said the strikes hit the port.', ['organization', 'Al-Masirah TV']],
    ['"Radio"', 'Israel\'s Army Radio reported that the cabinet would meet on Sunday.', ['organization', 'Army Radio']],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toContainEqual(want);
  });
});

describe('a body\'s description in apposition makes the "person" before it that body', () => {
  it.each([
    ['a news agency', 'Settlers set fire to two houses, according to Wafa, the official Palestinian news agency.', ['organization', 'Wafa']],
    ['a watchdog group', 'The government approved 3,300 homes, according to Peace Now, an anti-settlement watchdog group.', ['organization', 'Peace Now']],
    // near misses: a person's post in a body
    ['near miss: the head of a charity', 'Mary Jones, the head of the charity, said funds were short.', ['person', 'Mary Jones']],
    ['near miss: the group\'s director', 'Omar Shakir, the group\'s Israel director, said the report was clear.', ['person', 'Omar Shakir']],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toContainEqual(want);
  });
});

describe('a speaker\'s apposition before the name is no content, nor an order to the hearer', () => {
  it.each([
    ['an order: "told residents to leave"', 'The army\'s Arabic-language spokesman, Avichay Adraee, told residents to leave.', []],
    ['an apposition, then "told AFP"', 'Gaza\'s civil defence spokesman, Mahmud Bassal, told AFP.', []],
    // near misses: a clause before the source, a report after "told"
    ['near miss: a clause before the source', 'Two people were killed, civil defence spokesman Mahmud Bassal told AFP.',
      [['civil defence spokesman Mahmud Bassal', 'told', 'Two people were killed']]],
    ['near miss: a report after "told"', 'Hamas official Sami Abu Zuhri told Reuters the group wanted a complete withdrawal.',
      [['Hamas official Sami Abu Zuhri', 'told', 'the group wanted a complete withdrawal']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('places brought as examples after where they lie: "towns in the X region, including …"', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => p.name);
  const orgsOf = (text: string) => recordOf(text).actors.filter((a) => a.type === 'organization').map((a) => a.name);
  it.each([
    ['a region between', 'Israeli strikes targeted several towns in the Baalbek-Hermel region, including Brital, Bodai and Shmustar.', ['Brital', 'Bodai', 'Shmustar']],
    ['a direction and a country between', 'Strikes hit villages in southern Lebanon, including Aitaroun and Odaisseh.', ['Aitaroun', 'Odaisseh']],
  ])('%s', (_l, text, names) => {
    expect(placesOf(text)).toEqual(expect.arrayContaining(names));
    expect(orgsOf(text).filter((n) => names.includes(n))).toEqual([]);
  });
  // near miss: a body after "including" stays a body
  it('near miss: "cities in the north, including Labour strongholds"', () => {
    expect(orgsOf('The party won seats in cities in the north, including Labour strongholds.')).toContain('Labour');
  });
});

describe('a collective before "of" lets the verb before it govern the figure', () => {
  it.each([
    ['"a barrage of"', 'Hezbollah fired a barrage of 30 rockets at the town.', [['30 rockets', 'rockets', 'fired']]],
    ['"a salvo of"', 'Iran launched a salvo of 180 ballistic missiles at Israel.', [['180 ballistic missiles', 'ballistic missiles', 'launched']]],
    ['"a group of"', 'Hamas released a group of 33 hostages.', [['33 hostages', 'hostages', 'released']]],
    // the collective opens the subject: the verb after it governs
    ['a subject', 'A convoy of 15 aid trucks entered the city on Sunday.', [['15 aid trucks', 'aid trucks', 'entered']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('days "earlier" or "later" count from the date named before them in the sentence', () => {
  it.each([
    ['"a day earlier"', 'Hezbollah fired rockets on Sunday in response to a strike that killed a commander a day earlier.',
      [['Sunday', '2024-11-03'], ['a day earlier', '2024-11-02']]],
    ['"two days later"', 'The strike came on Friday, and the army confirmed the commander\'s death two days later.',
      [['Friday', '2024-11-01'], ['two days later', '2024-11-03']]],
    // near miss: a weekday alone keeps its own reading
    ['near miss: no count of days', 'Hezbollah fired rockets on Sunday at the town.', [['Sunday', '2024-11-03']]],
  ])('%s', (_l, text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});
