// Science, space, technology and medical-research copy: studies, trials, climate reports, launches and AI products.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each date as [text, precision]. */
const datesOf = (text: string) => recordOf(text).dates.map((d) => [d.text, d.precision]);

describe('names and decades that hold a day or a month word are no dates', () => {
  it.each([
    ['"the Sun" is the star', 'The telescope was launched in 2021 and orbits the Sun far from Earth.', [['2021', 'year']]],
    ['"The Sun" is the newspaper', 'The Sun reported on Monday that the minister had resigned.', [['Monday', 'day']]],
    ['"Long March 5" is a rocket', 'The agency said its Long March 5 rocket had launched the probe on Thursday.', [['Thursday', 'day']]],
    ['"the early 2030s" is no day of a future sentence',
      'The company said in 2025 that it plans to build a power plant in Virginia in the early 2030s.', [['2025', 'year']]],
    ['near miss: an abbreviated weekday with its date', 'The talks ended on Sun, Jan 4, officials said.', [['Sun, Jan 4', 'day']]],
    ['near miss: "March" alone is the month', 'The rocket launched on March 5.', [['March 5', 'day']]],
  ])('%s', (_l, text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});

/** Each number as [text, unit, counts]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.unit, n.counts]);

describe('units of science copy are units, not what a figure counts', () => {
  it.each([
    ['concentrations in parts per million and ppm',
      'Carbon dioxide reached 423.9 parts per million last year, up 3.5 ppm from the year before.',
      [['423.9 parts per million', 'ppm', null], ['3.5 ppm', 'ppm', null]]],
    ['parts per billion', 'Methane stood at 1,930 ppb.', [['1,930 ppb', 'ppb', null]]],
    ['light-years', 'The planet lies 124 light-years from Earth.', [['124 light-years', 'ly', null]]],
    ['megajoules', 'The laser facility produced 5.2 megajoules of energy.', [['5.2 megajoules', 'MJ', null]]],
    ['kilometres per second', 'The station travels at 7.7 kilometres per second.', [['7.7 kilometres per second', 'km/s', null]]],
    ['a hyphened degree', 'It was the first year to exceed the 1.5-degree limit.', [['1.5-degree', 'deg', null]]],
    ['a chip node in nanometres', 'The plant will make 2-nanometre chips.', [['2-nanometre', 'nm', null]]],
    ['a scale word after a name is an amount', 'The telescope orbits the Sun 1.5 million kilometres from Earth.',
      [['1.5 million kilometres', 'km', null]]],
    ['near miss: a model number after a name', 'He bought a Boeing 737 for the fleet.', []],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('the small number of a grade written in lower case is no count', () => {
  it.each([
    ['"a phase 3 trial"', 'In a phase 3 trial of 1,736 patients, the drug slowed decline.', [['1,736 patients', null, 'patients']]],
    ['"stage 4 cancer"', 'The study enrolled 300 women with stage 4 cancer.', [['300 women', null, 'women']]],
    ['"a category 5 hurricane"', 'It was the first category 5 hurricane of the season.', []],
    ['near miss: a toll after "stage"', 'At that stage 40 people had died.', [['40 people', null, 'people']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('science, AI and drug companies are organizations', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type, a.aliases]);
  it.each([
    ['a lab after a list\'s comma', 'The launch comes as Google DeepMind, Anthropic and OpenAI pour money into rival systems.',
      [['Google DeepMind', 'organization', []], ['Anthropic', 'organization', []], ['OpenAI', 'organization', []]]],
    ['a drugmaker with a given name, then its short form',
      'The agency approved Eli Lilly\'s drug on Tuesday. Lilly said the price would be $32,000.',
      [['Eli Lilly', 'organization', ['Lilly']]]],
    ['a drugmaker before "which"', 'Novo Nordisk, which makes the drug, funded the trial.', [['Novo Nordisk', 'organization', []]]],
    ['a chipmaker before "said in May"', 'Nvidia said in May that its revenue rose.', [['Nvidia', 'organization', []]]],
    ['near miss: a woman named Lilly without the company', 'Lilly Tran, a nurse, said the clinic had closed.',
      [['Lilly Tran', 'person', []]]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('a dateline\'s state or country settles its town', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.country]);
  it.each([
    ['a town of another country by that name', 'BOCA CHICA, Texas — SpaceX launched its rocket on Tuesday.',
      [['BOCA CHICA', 'US'], ['Texas', 'US']]],
    ['near miss: the town in its state', 'PARIS, Texas (AP) — A storm hit the town on Tuesday.', [['PARIS', 'US'], ['Texas', 'US']]],
    ['near miss: a city in its country', 'TINDOUF, Algeria (AP) — Refugees said food ran out.', [['TINDOUF', 'DZ'], ['Algeria', 'DZ']]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('the roles of scientists, doctors and astronauts', () => {
  const rolesOf = (text: string, name: string) => recordOf(text).actors.find((a) => a.name === name);
  it.each([
    ['a role noun after the name', '"It is worrying," said Angela Rasmussen, a virologist at the University of Saskatchewan.',
      'Angela Rasmussen', ['a virologist at the University of Saskatchewan']],
    ['a role noun in the aside', 'Maria Lopez, an epidemiologist at Johns Hopkins University, said the risk was low.',
      'Maria Lopez', ['an epidemiologist at Johns Hopkins University']],
    ['a title before the name', 'NASA astronaut Suni Williams said the flight was smooth.', 'Suni Williams', ['NASA astronaut']],
    ['near miss: a known role keeps its reading', 'Tom Reed, a climate scientist at the University of Reading, said so.',
      'Tom Reed', ['a climate scientist at the University of Reading']],
  ])('%s', (_l, text, name, roles) => {
    const a = rolesOf(text, name);
    expect([a?.type, a?.roles]).toEqual(['person', roles]);
  });
});

describe('a disease named after a physician is no person, and a journal no place', () => {
  const namesOf = (text: string) => [...recordOf(text).actors.map((a) => [a.name, a.type]), ...recordOf(text).places.map((p) => [p.name, 'place'])];
  it.each([
    ['"Alzheimer\'s drug" and "Parkinson\'s disease"',
      'The agency approved the Alzheimer\'s drug for patients who also have Parkinson\'s disease.', []],
    ['"living with Alzheimer\'s." at a sentence\'s end', 'About 6.9 million Americans are living with Alzheimer\'s.', []],
    ['"published in The Lancet"', 'The results were published in The Lancet on Tuesday.', [['Lancet', 'organization']]],
    ['"the journal Science"', 'The team reported the mutation in the journal Science.', [['Science', 'organization']]],
    ['near miss: a person of the surname owns an office', 'Mike Parkinson\'s office said he would resign.',
      [['Mike Parkinson', 'person']]],
    ['near miss: a book published in a city', 'The book was published in London in 1990.', [['London', 'place']]],
  ])('%s', (_l, text, want) => {
    expect(namesOf(text)).toEqual(want);
  });
});

describe('a capitalised title between commas after a name describes the speaker', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['"the U.S. Surgeon General"', 'Vivek Murthy, the U.S. Surgeon General, said the risk was low.',
      [['Vivek Murthy', 'said', 'the risk was low']]],
    ['a hyphened title after an acronym', 'Tedros Adhanom Ghebreyesus, the WHO Director-General, said the risk was low.',
      [['Tedros Adhanom Ghebreyesus', 'said', 'the risk was low']]],
    ['"the Senior Project Scientist"', 'Jane Rigby, the Senior Project Scientist, said the data were good.',
      [['Jane Rigby', 'said', 'the data were good']]],
    ['near miss: a source after the cue', 'The talks failed, said the Foreign Minister.', [['the Foreign Minister', 'said', 'The talks failed']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('two names joined by "and" before an aside speak together', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['a relative clause after the pair', 'Eisai and Biogen, which market the drug, said they would seek a re-examination.',
      [['Eisai and Biogen', 'said', 'they would seek a re-examination']]],
    ['a description after the pair', 'Pfizer and Moderna, the vaccines\' makers, said supplies were ample.',
      [['Pfizer and Moderna', 'said', 'supplies were ample']]],
    ['near miss: a singular aside describes the last name only', 'Reuters and Human Rights Watch, which is a rights group, said 12 people died.',
      [['Human Rights Watch', 'said', '12 people died']]],
    ['near miss: "and" joins two clauses', 'Police arrested two men and Ana Ruiz, a nurse, said the clinic had closed.',
      [['Ana Ruiz', 'said', 'the clinic had closed']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('spacecraft, telescopes and launch sites are no actors', () => {
  const namesOf = (text: string) => [...recordOf(text).actors.map((a) => [a.name, a.type]), ...recordOf(text).places.map((p) => [p.name, p.kind])];
  it.each([
    ['a telescope\'s own name', 'Astronomers using the James Webb Space Telescope say they found the gas.', []],
    ['a probe named before its kind', 'The agency launched the Tianwen-2 probe toward the asteroid.', []],
    ['a launch site', 'The rocket lifted off from Cape Canaveral Space Force Station on Wednesday.',
      [['Cape Canaveral Space Force Station', 'facility']]],
    ['our planet', 'The telescope orbits 1.5 million kilometres from Earth.', []],
    ['near miss: a company before its statement', 'SpaceX said the booster was lost.', [['SpaceX', 'organization']]],
  ])('%s', (_l, text, want) => {
    expect(namesOf(text)).toEqual(want);
  });
});

describe('a drug\'s brand named after its cue is a product in every mention', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type]);
  it.each([
    ['"under the brand name"', 'Novo Nordisk, which makes the drug under the brand name Wegovy, funded the trial.',
      [['Novo Nordisk', 'organization']]],
    ['"to be sold as"', 'The agency approved donanemab, to be sold as Kisunla, on Tuesday.', []],
    ['a later mention without its cue', 'Regulators rejected the rival drug Leqembi in July. Eisai and Biogen, which market Leqembi, said they would appeal.',
      [['Eisai', 'organization'], ['Biogen', 'organization']]],
    ['near miss: a drugmaker after "the vaccine maker"', 'The vaccine maker Pfizer said supplies were ample.', [['Pfizer', 'organization']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

// (the content is the stretch after the cue, one unbroken stretch that holds no source: claims7)
describe('a name before an object relative clause is no source: the clause\'s subject speaks', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['a product', 'The company released GPT-5, which it said was faster than its predecessors.',
      [['it', 'said', 'was faster than its predecessors']]],
    ['a group', 'Israel struck Hamas, which Washington says is a terrorist group.',
      [['Washington', 'says', 'is a terrorist group']]],
    ['near miss: a lower-case noun keeps its reading', 'Voters rejected the elections, which the opposition says were rigged.',
      [['the opposition', 'says', 'were rigged']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a magazine\'s name on its own line is no person', () => {
  it('"New Scientist" as a credit line', () => {
    const r = extract('Fusion record\n\nNew Scientist\n\nThe WEST tokamak in Cadarache sustained a plasma for 22 minutes.', { id: 'a.txt' });
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual([]);
  });
});
