// Cyber attacks and tech security copy: ransomware gangs, state hacking groups and their aliases, breaches, advisories
// of CISA, the FBI and threat-intelligence teams. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const typeOf = (text: string, name: string) => recordOf(text).actors.find((a) => a.name === name)?.type;

describe('a hacking group is an organization in every mention', () => {
  it.each([
    ['a group noun after one mention',
      'The Black Basta group listed the hospital on its leak site. Black Basta, which researchers believe emerged from Conti, has collected at least $107 million. Black Basta affiliates hit 12 sectors.',
      'Black Basta'],
    ['a self-naming cue before one mention',
      'A ransomware gang called Rhysida published the data. Rhysida had demanded 30 bitcoin. Rhysida was targeting hospitals, the agency said.',
      'Rhysida'],
    ['a naming scheme\'s weather word', 'Microsoft said Volt Typhoon had been active since 2021.', 'Volt Typhoon'],
    ['a naming scheme\'s animal word', 'Investigators have linked the attacks to Scattered Spider.', 'Scattered Spider'],
    ['"tracks as"', 'Microsoft said the group, which it tracks as Cadet Blizzard, had attacked targets in Latvia.', 'Cadet Blizzard'],
    ['the list after "researchers call"',
      'Volt Typhoon, which other researchers call Vanguard Panda, Bronze Silhouette and Insidious Taurus, had compromised utilities.',
      'Insidious Taurus'],
  ])('%s', (_l, text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it.each([
    ['near miss: a given name before the animal word', 'Emily Bear said she would play the concert in Vienna.', 'Emily Bear'],
    ['near miss: a person is no group', 'Anna Berg said the hackers had been arrested.', 'Anna Berg'],
  ])('%s', (_l, text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe('"state" after a people\'s adjective of two words is a noun, no cue', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue]);
  it.each([
    ['"North Korean state hackers"',
      'The FBI has attributed the theft of $1.5 billion from the exchange to North Korean state hackers, the largest crypto theft on record.', []],
    ['"South African state media"', 'South African state media reported the arrests.', [['South African state media', 'reported']]],
    ['near miss: a name before the verb still states', 'Microsoft and Google state that the flaw was fixed.', [['Microsoft and Google', 'state']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('"according to X" inside a relative clause on the subject vouches for that clause only', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['the clause, then the subject\'s own verbs',
      'The Black Basta group, which has hit more than 500 organizations since 2022 according to the FBI, listed the hospital on its leak site and said it had stolen 1.3 terabytes of data.',
      [['the FBI', 'according to', 'The Black Basta group, which has hit more than 500 organizations since 2022'],
        ['The Black Basta group', 'said', 'it had stolen 1.3 terabytes of data']]],
    ['near miss: a participle aside keeps its reading',
      'M23 rebels, backed by Rwanda according to UN experts, seized Goma in January.',
      [['UN experts', 'according to', 'M23 rebels, backed by Rwanda']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a hacking group\'s designation and a unit\'s number name an organization', () => {
  const namesOf = (text: string) => recordOf(text).actors.flatMap((a) => [a.name, ...a.aliases]);
  it.each([
    ['Mandiant\'s and Proofpoint\'s designations', 'Mandiant said UNC3944 and FIN7 were active, while Proofpoint tracks TA505.', ['UNC3944', 'FIN7', 'TA505']],
    ['a designation beside its nickname', 'APT28, also known as Fancy Bear, hacked the committee in 2016, prosecutors said.', ['APT28', 'Fancy Bear']],
    ['a unit\'s number in brackets', 'The group is a unit of Russia\'s GRU military intelligence (Unit 26165).', ['GRU', 'Unit 26165']],
    ['a unit\'s number before a verb', 'Members of Unit 29155 deployed the malware in January.', ['Unit 29155']],
  ])('%s', (_l, text, want) => {
    expect(namesOf(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ['near miss: a count after the unit', 'The Unit 200 soldiers arrived on Monday.', 'Unit 200'],
    ['near miss: a number after a unit of several words stays a count', 'The Special Unit 300 officers were deployed.', 'Special Unit 300'],
  ])('%s', (_l, text, not) => {
    expect(namesOf(text)).not.toContain(not);
  });
});

describe('a vague scale of a currency is an amount of money', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value, n.unit, n.counts]);
  it.each([
    ['"billions of pounds"', 'The gang caused losses of billions of pounds.', [['billions of pounds', 2e9, 'GBP', null]]],
    ['"millions of dollars"', 'Hospitals paid millions of dollars to the hackers.', [['millions of dollars', 2e6, 'USD', null]]],
    ['near miss: a weight stays a weight', 'Police seized hundreds of pounds of cocaine.', [['hundreds of pounds', 200, 'lb', null]]],
    ['near miss: a count stays a count', 'The gang hit thousands of victims.', [['thousands', 2000, null, 'victims']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('a plural company noun before a list of names makes them companies', () => {
  const typesOf = (text: string) => {
    const r = recordOf(text);
    return [...r.actors.map((a) => `${a.type}:${a.name}`), ...r.places.map((p) => `place:${p.name}`)];
  };
  it.each([
    ['"the security firms Sygnia and Verichains"', 'The heist began on a developer\'s laptop, according to an investigation by the security firms Sygnia and Verichains.',
      ['organization:Sygnia', 'organization:Verichains']],
    ['"the lenders Varnholt and Quillon"', 'The lenders Varnholt and Quillon said their systems were restored.',
      ['organization:Varnholt', 'organization:Quillon']],
  ])('%s', (_l, text, want) => {
    expect(typesOf(text)).toEqual(expect.arrayContaining(want));
  });
  it('near miss: a list of towns after a plural noun that is no company\'s', () => {
    expect(typesOf('The storms hit the towns of Lismore and Grafton.')).toEqual(expect.arrayContaining(['place:Lismore', 'place:Grafton']));
  });
});

describe('a time adverbial opening the sentence and "long" before the cue are no part of the source', () => {
  const sourcesOf = (text: string) => recordOf(text).claims.map((c) => c.source.text);
  it.each([
    ['"Last month the FBI said"', 'Last month the FBI said it had disrupted a botnet of routers.', ['the FBI']],
    ['"Earlier this year Microsoft said"', 'Earlier this year Microsoft said the group had stolen emails.', ['Microsoft']],
    ['"On Tuesday the company said"', 'On Tuesday the company said it had restored its systems.', ['the company']],
    ['"has long denied"', 'Moscow has long denied carrying out cyberattacks.', ['Moscow']],
    ['near miss: a possessive of time is the source\'s', 'Last year\'s report said 40 hospitals were hit.', ['Last year\'s report']],
    ['near miss: the surname Long', 'Company spokeswoman Elizabeth Long said the systems were restored.', ['Company spokeswoman Elizabeth Long']],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('a company\'s legal form ends its sentence before a new clause', () => {
  const contentsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['"Inc." then a name and a verb',
      'The gang hit MGM Resorts and Caesars Entertainment Inc. Caesars paid about $15mn, according to people familiar with the matter.',
      [['people familiar with the matter', 'Caesars paid about $15mn']]],
    ['"Corp." then "The"', 'The hackers breached Delmont Corp. The company said its systems were restored.',
      [['The company', 'its systems were restored']]],
    ['near miss: a title and a name go on', 'Apple Inc. CEO Tim Cook said the flaw was fixed.', [['Apple Inc. CEO Tim Cook', 'the flaw was fixed']]],
  ])('%s', (_l, text, want) => {
    expect(contentsOf(text)).toEqual(want);
  });
});
