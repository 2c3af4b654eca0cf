// Refugee, migration, epidemic and aid copy: agencies' tolls of peoples, appeals and outbreaks. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { expectPlacesAndActors } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each number as [text, counts, event]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);

describe('a people whose plural is its singular is what a figure counts', () => {
  it.each([
    ['"569 Rohingya" (a people)', 'At least 569 Rohingya died at sea last year, the agency said.',
      [['At least 569 Rohingya', 'Rohingya', 'died']]],
    ['"300 Sudanese" (a demonym in -ese)', 'Some 300 Sudanese arrive in the town every day, aid workers said.',
      [['Some 300 Sudanese', 'Sudanese', 'arrive']]],
    ['a list: "40 Eritreans and 25 Sudanese" counts each its own', 'Police intercepted 40 Eritreans and 25 Sudanese on Sunday.',
      [['40 Eritreans', 'Eritreans', 'intercepted'], ['25 Sudanese', 'Sudanese', 'intercepted']]],
    ['"120 Congolese"', 'The boat carried 120 Congolese and 30 Burundians.',
      [['120 Congolese', 'Congolese', 'carried'], ['30 Burundians', 'Burundians', 'carried']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });

  it('a name after a rank is still no count', () => {
    expect(numbersOf('Ranked 1 Kyle Busch, 2 Joey Logano.').map((n) => n[1])).toEqual([null, null]);
  });
});

describe('aid groups and health bodies quoted for refugee and outbreak tolls are organizations', () => {
  it.each([
    ['Save the Children said 300 unaccompanied children were among the arrivals.', ['organization:Save the Children'], ['person:Children']],
    ['Aid groups including Oxfam and the Norwegian Refugee Council warned that the cuts would hurt.',
      ['organization:Oxfam', 'organization:Norwegian Refugee Council'], ['person:Oxfam']],
    ['A day earlier, the African Union\'s health watchdog, Africa CDC, declared a continental emergency.',
      ['organization:Africa CDC'], ['place:Africa CDC:null:null']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));

  it('"Africa CDC" after the full name is one actor with that alias', () => {
    const r = recordOf('The Africa Centres for Disease Control and Prevention (Africa CDC) said it had sent 1.7 million doses. Africa CDC declared an emergency.');
    expect(r.actors.map((a) => [a.name, a.aliases])).toEqual([['Africa Centres for Disease Control and Prevention', ['Africa CDC']]]);
    expect(r.claims.map((c) => c.source.actor)).toEqual(['A1', 'A1']);
  });
});

describe('a UN agency named by what it does is that agency, and no actor "UN"', () => {
  /** Each actor as [type, name], and each claim's source actor's name. */
  const actorsAndSources = (text: string) => {
    const r = recordOf(text);
    const name = new Map(r.actors.map((a) => [a.id, a.name]));
    return [r.actors.map((a) => [a.type, a.name]), r.claims.map((c) => name.get(c.source.actor ?? '') ?? null)];
  };
  it.each([
    ['"the UN refugee agency" before "UNHCR" joins it',
      'At least 569 Rohingya died at sea in 2023, the UN refugee agency said on Tuesday. The agency, UNHCR, said around 4,500 Rohingya had attempted the journey.',
      [[['organization', 'UNHCR']], ['UNHCR', 'UNHCR']]],
    ['an apposition: "UNICEF, the UN children\'s agency, said"',
      "UNICEF, the UN children's agency, said it was delivering 4 million water purification tablets.",
      [[['organization', 'UNICEF']], ['UNICEF']]],
    ['the description alone names the agency, and "the agency" after it speaks for it',
      'The U.N. migration agency said 41 people were missing. The agency added that four survivors were rescued.',
      [[['organization', 'U.N. migration agency']], ['U.N. migration agency', 'U.N. migration agency']]],
    ['"the UN" alone stays the UN', 'Israel blames the UN for distribution problems, officials said.',
      [[['organization', 'UN']], [null]]],
  ])('%s', (_l, text, want) => {
    expect(actorsAndSources(text)).toEqual(want);
  });
});

describe('"N of the country\'s M things": the owner in "\'s" is not what N counts', () => {
  it.each([
    ['"nine of the country\'s ten provinces"', 'The outbreak has spread to nine of the country\'s ten provinces, the WHO said.',
      [['nine', 'provinces', null], ['ten provinces', 'provinces', null]]],
    ['"12 of the state\'s 36 counties"', 'Fighting hit 12 of the state\'s 36 counties.',
      [['12', 'counties', null], ['36 counties', 'counties', null]]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('"The <agency> report said": the report is the source, "said" the cue', () => {
  /** Each claim as [source, cue, content]. */
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['"The IPC report said that"', 'The IPC report said that 96% of people faced acute food insecurity.',
      [['The IPC report', 'said', '96% of people faced acute food insecurity']]],
    ['"The WHO report found that"', 'The WHO report found that 3,000 people had died.',
      [['The WHO report', 'found', '3,000 people had died']]],
    ['"A UN report said"', 'A UN report said 3,000 people had died.', [['A UN report', 'said', '3,000 people had died']]],
    ['a verb in -s stays the cue: "Oxfam reports that"', 'Oxfam reports that 20 people died.', [['Oxfam', 'reports', '20 people died']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('the currencies of refugee, hunger and outbreak stories', () => {
  /** Each number as [text, unit]. */
  const unitsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.unit]);
  it.each([
    ['taka', 'Each passenger paid between 20,000 and 30,000 taka ($180 to $270) for the voyage, police said.',
      [['between 20,000 and 30,000 taka', 'BDT'], ['$180 to $270', 'USD']]],
    ['birr', 'A sack of wheat now costs 4,000 birr.', [['4,000 birr', 'ETB']]],
    ['Sudanese pounds (no GBP)', 'Rent rose to 500,000 Sudanese pounds a month.', [['500,000 Sudanese pounds', 'SDG']]],
    ['South Sudanese pounds', 'He paid 300,000 South Sudanese pounds.', [['300,000 South Sudanese pounds', 'SSP']]],
  ])('%s', (_l, text, want) => {
    expect(unitsOf(text)).toEqual(want);
  });
});

describe('"states" after a region\'s adjective is the plural noun, no cue', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['"urged European states to"', 'He urged European states to restore search-and-rescue capacity.', []],
    ['"Gulf states pledged"', 'Gulf states pledged $500 million.', []],
    ['the real cue after it still reads', 'He urged Arab states to take in more refugees, the minister said.',
      [['the minister', 'said', 'He urged Arab states to take in more refugees']]],
    ['a name before "states" still speaks', 'Amnesty states that 20 people died.', [['Amnesty', 'states', '20 people died']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a bare figure after a verb of a level reached counts the verb\'s subject', () => {
  it.each([
    ['"The number of displaced people reached"', 'The number of displaced people reached 114 million.',
      [['114 million', 'displaced people', 'reached']]],
    ['an adverb and an auxiliary between: "people worldwide had reached"',
      'He said the number of forcibly displaced people worldwide had reached 114 million.',
      [['114 million', 'displaced people', 'reached']]],
    ['"Cholera cases have topped"', 'Cholera cases have topped 12,000.', [['12,000', 'Cholera cases', 'topped']]],
    ['a figure with its own noun keeps it', 'The outbreak has now reached 14 countries.', [['14 countries', 'countries', 'reached']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});
