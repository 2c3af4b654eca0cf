// Nuclear, missile, sanctions and arms-trade reporting (the nonprolif helper's audit): IAEA reports, Treasury/OFAC and
// EU/UK designations, arms sales, SIPRI figures, arms-control talks. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findDates } from '../../src/extract/dates.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const placesOf = (text: string) => recordOf(text).places.map((p) => p.name);
const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}`);
const claimsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).claims.map((c) => [c.source.text, c.content]);

describe('a subject pronoun right before its cue in a reduced relative clause is the whole source', () => {
  it.each([
    ['Treasury also named Hamid Rezaei, an Iranian national who it said managed payments through an exchange house.',
      [['it', 'managed payments through an exchange house']]],
    ['The UK has sanctioned 50 individuals and companies it says supply Russia\'s military with components.',
      [['it', 'supply Russia\'s military with components']]],
    ['The State Department separately designated three vessels it said had carried missile propellant from China.',
      // (an auxiliary after the cue: the reduced relative clause's content opens at its noun, as in claims5.test.ts)
      [['it', 'had carried missile propellant from China']]],
    // near misses: a pronoun joined by "and" is part of the subject; "whether" opens a clause that is no report
    ['Smith and I said we would go to the talks in Geneva.', [['Smith and I', 'we would go to the talks in Geneva']]],
    ['Whether tariffs go depends largely on whether he believes it will benefit his re-election chances.', []],
    // a statement's noun before the pronoun is what is denied (the aside rule of claims.ts)
    ['Prosecutors have charged him with financing terrorism, charges he denies.', [['he', 'Prosecutors have charged him with financing terrorism']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('the agency of a dateline with no place, "(Bloomberg) -- …", is neither a place nor an actor', () => {
  it.each([
    ['(Bloomberg) -- The US approved the sale of 40 F-16 jets to Turkey, which Germany had long opposed.', 'Bloomberg', 'Germany'],
    ['(Reuters) - Iran has expanded its stock of enriched uranium, a report by the IAEA showed.', 'Reuters', 'Iran'],
  ])('%s', (text, agency, place) => {
    expect(placesOf(text)).toContain(place);
    expect(placesOf(text)).not.toContain(agency);
    expect(actorsOf(text)).not.toContain(`organization:${agency}`);
  });
  // near miss: a bracketed place before the dash is a rights group's dateline, a place
  it('(Nairobi) – Police in Kenya …', () => expect(placesOf('(Nairobi) – Police in Kenya shot dead at least 12 protesters on Tuesday, Human Rights Watch said.')).toContain('Nairobi'));
});

describe('"added X to Y" places an object, no speech', () => {
  it.each([
    ['The Commerce Department added 16 companies linked to the scheme to its Entity List, which restricts exports.', []],
    ['The agency added three Chinese firms based in Shenzhen to the list on Tuesday.', []],
    // near misses: a clause with its own verb after "added" reports
    ['He added the firms supplied parts to Russia.', [['He', 'the firms supplied parts to Russia']]],
    ['He added the company was put on the list.', [['He', 'the company was put on the list']]],
    ['She added the move to cut rates was wise.', [['She', 'the move to cut rates was wise']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('names joined by "and" after a subordinator are one subject', () => {
  it.each([
    ['The sanctions come two weeks after Washington and its allies accused Iran of sending missiles to Russia.',
      [['Washington and its allies', 'Iran of sending missiles to Russia']]],
    ['The deal collapsed when Russia and China said they would veto it.', [['Russia and China', 'they would veto it']]],
    // near miss: a common noun before "and" closes another clause
    ['He left after lunch and officials said the talks were over.', [['officials', 'the talks were over']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('"a charge X denied" after an accusation denies the accusation, not the clause before it', () => {
  it.each([
    ['The sanctions come two weeks after Washington and its allies accused Iran of sending missiles to Russia, a charge Tehran has denied.',
      [['Washington and its allies', 'Iran of sending missiles to Russia'], ['Tehran', 'Washington and its allies accused Iran of sending missiles to Russia']]],
    // the accusation opens its sentence: the whole clause, as before
    ['Pakistan accuses Kabul of allowing militants to use Afghan soil, a charge the Taliban government denies.',
      [['Pakistan', 'Kabul of allowing militants to use Afghan soil'], ['the Taliban government', 'Pakistan accuses Kabul of allowing militants to use Afghan soil']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('a schedule\'s word before a date sets it ahead, whatever the tense of the sentence', () => {
  const datesOf = (text: string) => findDates({ ...contextOf(text), referenceDate: '2026-02-26' }).map((d) => d.value);
  it.each([
    ['Diplomats said the E3 were considering a resolution at the Board of Governors meeting starting on March 3.', ['2026-03-03']],
    ['He said the vote was scheduled for March 5.', ['2026-03-05']],
    // near miss: a past event keeps the past
    ['He was arrested on March 3.', ['2025-03-03']],
  ])('%s', (text, values) => expect(datesOf(text)).toEqual(values));
});

const countsOf = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.counts]);

describe('a participle before a noun after a preposition modifies the noun counted', () => {
  it.each([
    ['The treaty caps each side at 1,550 deployed strategic warheads and 700 deployed missiles.',
      [['1,550 deployed strategic warheads', 'deployed strategic warheads'], ['700 deployed missiles', 'deployed missiles']]],
    // near miss: after a clause's subject the figure stays as it was
    ['Police said 12 were killed and 30 wounded people were taken to hospital.', [['12', 'people'], ['30 wounded people', 'wounded people']]],
  ])('%s', (text, counts) => expect(countsOf(text)).toEqual(counts));
});

describe('an arms deal counts the weapon after its maker and its model', () => {
  it.each([
    ['The department approved the sale of 40 Lockheed Martin F-16 fighter jets to Turkey.', [['40 Lockheed Martin F-16 fighter jets', 'Lockheed Martin F-16 fighter jets']]],
    ['Poland agreed to buy 96 AH-64E Apache helicopters.', [['96 AH-64E Apache helicopters', 'AH-64E Apache helicopters']]],
    ['The air force ordered 12 KC-46 tankers.', [['12 KC-46 tankers', 'KC-46 tankers']]],
    // near miss: a person's name alone is no count
    ['1 Kyle Busch', [['1', null]]],
  ])('%s', (text, counts) => expect(countsOf(text)).toEqual(counts));
});

describe('a quotation of manner between "respond" and its object is no speech', () => {
  it.each([
    ['Spokesman Esmaeil Baghaei told a news conference in Tehran that Iran would respond "firmly and appropriately" to any resolution.',
      [['Spokesman Esmaeil Baghaei', 'Iran would respond "firmly and appropriately" to any resolution']]],
    ['Iran responded "firmly" to the move.', []],
    // near misses: a quotation that is what was said
    ['He responded: "We will not comply."', [['He', 'We will not comply']]],
    ['The ministry responded "no comment" when asked about the report.', [['The ministry', 'no comment']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('acronyms of missiles and nuclear material name no actor or place', () => {
  it.each([
    ['The treaty caps each side at 700 deployed intercontinental ballistic missiles (ICBMs), submarine-launched ballistic missiles (SLBMs) and heavy bombers.'],
    ['Iran has enough HEU for six bombs, and Russia tested MIRVs and IRBMs.'],
  ])('%s', (text) => {
    const record = recordOf(text);
    expect(record.actors.map((a) => a.name)).toEqual([]);
    expect(record.places.map((p) => p.name).filter((n) => /^\p{Lu}+s?$/u.test(n))).toEqual([]);
  });
});

describe('a city after "the port of" or between "a" and a noun is a place', () => {
  it.each([
    ['Three vessels carried missile propellant from China to the port of Bandar Abbas.', 'Bandar Abbas'],
    ['Treasury said he managed payments through a Dubai exchange house.', 'Dubai'],
  ])('%s', (text, place) => {
    expect(placesOf(text)).toContain(place);
    expect(actorsOf(text)).not.toContain(`organization:${place}`);
  });
  // near miss: an organization's name after "a" stays one
  it('He met a Reuters reporter.', () => expect(actorsOf('He met a Reuters reporter in Vienna.')).toContain('organization:Reuters'));
});

describe('the towns of nuclear sites resolve', () => {
  it.each([
    ['At Natanz, inspectors counted 36 cascades of IR-1 machines in Iran.', 'Natanz', 'IR'],
    ['North Korea restarted the reactor at Yongbyon, satellite images showed.', 'Yongbyon', 'KP'],
  ])('%s', (text, name, country) => expect(recordOf(text).places.find((p) => p.name === name)?.country).toBe(country));
});

describe('"the US Attorney for …" between commas describes the speaker before it', () => {
  it.each([
    ['"These defendants put profit ahead of security," Breon Peace, the U.S. Attorney for the Eastern District of New York, said in a statement.',
      [['Breon Peace', 'These defendants put profit ahead of security']]],
    ['John Smith, the US Attorney in Brooklyn, said the men were arrested.', [['John Smith', 'the men were arrested']]],
    ['Marie Dupont, the French Ambassador in Tehran, said the talks were over.', [['Marie Dupont', 'the talks were over']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('sanctions: "imposed sanctions on" is the event of the figures it governs, "based in" none', () => {
  const eventsOf = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.event]);
  it.each([
    ['The Treasury Department on Tuesday imposed sanctions on 12 entities and seven individuals based in Iran and China.',
      [['12 entities', 'imposed sanctions on'], ['seven individuals', 'imposed sanctions on']]],
    ['Gunmen killed 12 soldiers and seven civilians based in the town.', [['12 soldiers', 'killed'], ['seven civilians', 'killed']]],
    // near miss: a verb of the figure's own after "and" stays its event
    ['Police said 12 soldiers died and 7 civilians were wounded.', [['12 soldiers', 'died'], ['7 civilians', 'wounded']]],
  ])('%s', (text, events) => expect(eventsOf(text)).toEqual(events));
});
