// Insurgency and communal-violence copy (Sahel, Nigeria, Somalia, Congo, Sudan, Mozambique): sources with their
// descriptions, anonymous sources with long relative clauses, and the tolls they give. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, the name of the source's actor (null: none), cue, content]. */
const claimsOf = (text: string) => {
  const r = recordOf(text);
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.actor ? name.get(c.source.actor) : null, c.cue, c.content]);
};

describe('a description and a name between commas after the content are the source, not part of the content', () => {
  it.each([
    ['an indefinite description', 'The convoy was ambushed near Damboa, a militia member, Babakura Kolo, told Premium Times.',
      [['a militia member, Babakura Kolo', 'Babakura Kolo', 'told', 'The convoy was ambushed near Damboa']]],
    ['a definite description', 'Twelve soldiers were killed in the raid, the army spokesman, John Okafor, said on Sunday.',
      [['the army spokesman, John Okafor', 'John Okafor', 'said', 'Twelve soldiers were killed in the raid']]],
    ['a description opening the sentence keeps the name alone as source', 'An army spokesman, Col. John Okafor, said the raid was repelled.',
      [['Col. John Okafor', 'John Okafor', 'said', 'the raid was repelled']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a verbless description after "according to NAME," leaves the content before the cue', () => {
  it.each([
    ['"the" and a lower-case head', 'The gunmen arrived at about 8am, according to Sani Abdullahi, the headmaster of the school.',
      [['Sani Abdullahi', 'Sani Abdullahi', 'according to', 'The gunmen arrived at about 8am']]],
    ['a role word, as before', 'Forty people were killed, according to John Ede, a spokesman for the Red Cross.',
      [['John Ede', 'John Ede', 'according to', 'Forty people were killed']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('an anonymous source whose relative clause holds "because …" is the subject, not the subordinate clause', () => {
  it.each([
    ['"because he was not authorised to speak"', 'An army officer who asked not to be named because he was not authorised to speak said 23 soldiers were killed.',
      [['An army officer who asked not to be named because he was not authorised to speak', null, 'said', '23 soldiers were killed']]],
    ['"told" and a hearer', 'A security source who asked not to be named because he was not allowed to brief reporters told AFP 40 soldiers died.',
      [['A security source who asked not to be named because he was not allowed to brief reporters', null, 'told', '40 soldiers died']]],
    ['no relative clause: "because" still ends the source', 'The army withdrew because the commander said the town was lost.',
      [['the commander', null, 'said', 'the town was lost']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** Each number as [text, value, unit]. */
const amountsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value, n.unit]);

describe('the naira written "N" before its figure, as Nigerian papers do', () => {
  it.each([
    ['a scale word', 'The kidnappers demanded N1 billion for the pupils.', [['N1 billion', 1e9, 'NGN']]],
    ['a decimal and a scale word', 'Ransom payments totalled about N2.23 trillion.', [['about N2.23 trillion', 2.23e12, 'NGN']]],
    ['an abbreviated scale', 'The gunmen demanded N50m for each pupil.', [['N50m', 5e7, 'NGN']]],
    ['grouped thousands', 'Each family paid N500,000 to the gang.', [['N500,000', 500000, 'NGN']]],
    ['no scale and no groups: a code, no amount', 'Nurses wore N95 masks on the N1 highway.', []],
    ['lower case: no amount', 'He was listed as n3 million on the form.', []],
  ])('%s', (_label, text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

/** Each number as [text, counts, event]. */
const eventsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);

describe('a verb in scare quotes governs the figure after it', () => {
  it.each([
    ['"neutralised" after "had"', 'The army said it had "neutralised" about 45 terrorists.', [['about 45 terrorists', 'terrorists', 'neutralised']]],
    ['curly quotes, US spelling', 'Troops “neutralized” 12 bandits near the border.', [['12 bandits', 'bandits', 'neutralized']]],
    ['a quotation of several words still ends the phrase', 'He said "the army killed" 12 people.', [['12 people', 'people', null]]],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('a noun joined to the counted one shares the verb after the pair', () => {
  it.each([
    ['"and" and a plural', 'Around 50 soldiers and auxiliaries were killed.', [['Around 50 soldiers', 'soldiers', 'killed']]],
    ['a passive with an agent', 'At least 60 women and children were taken by the gunmen.', [['At least 60 women', 'women', 'taken']]],
    ['a figure after "and" is an item of its own', 'Thirty soldiers and ten civilians were killed.', [['Thirty soldiers', 'soldiers', 'killed'], ['ten civilians', 'civilians', 'killed']]],
    ['a verb after "and" is a clause of its own', 'The army killed 30 militants and wounded 20 others.', [['30 militants', 'militants', 'killed'], ['20 others', 'others', 'wounded']]],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('"the group" after a rights group and an armed group named in a "-linked" modifier', () => {
  it.each([
    ['a "-based" group is the rights group, not the armed group inside "Islamic State-linked"',
      'Islamic State-linked insurgents beheaded 11 villagers, Human Rights Watch said. The fighters raided the village at night, the New York-based group said.',
      [['Human Rights Watch', 'Human Rights Watch', 'said', 'Islamic State-linked insurgents beheaded 11 villagers'],
        ['the New York-based group', 'Human Rights Watch', 'said', 'The fighters raided the village at night']]],
    ['"the rights group"', 'Gunmen killed 11 villagers, Amnesty International said. The attackers came at dawn, the rights group said.',
      [['Amnesty International', 'Amnesty International', 'said', 'Gunmen killed 11 villagers'],
        ['the rights group', 'Amnesty International', 'said', 'The attackers came at dawn']]],
    ['an armed group still takes a plain "the group"', 'Al-Shabaab fighters attacked a base in Mahas. The al-Qaeda-linked group said it killed 87 soldiers.',
      [['The al-Qaeda-linked group', 'Al-Shabaab', 'said', 'it killed 87 soldiers']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('abbreviated police ranks before a name make a person, the rank a role', () => {
  /** Each actor as [type, name, roles]. */
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name, a.roles]);
  it.each([
    ['"DSP"', 'DSP Yazid Abubakar said the bandits fled.', [['person', 'Yazid Abubakar', ['DSP']]]],
    ['"ASP" after a description', 'Its spokesman, ASP Mansir Hassan, said calm had returned.', [['person', 'Mansir Hassan', ['ASP']]]],
    ['"SP" stays a party', 'SP chief Akhilesh Yadav said the vote was rigged.', [['organization', 'SP', []], ['person', 'Akhilesh Yadav', ['SP chief']]]],
  ])('%s', (_label, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});

describe('the verb after a relative clause is what the counted group underwent', () => {
  it.each([
    ['a long relative clause', 'More than 200 civilians who had been digging trenches around the town were also killed.', [['More than 200 civilians', 'civilians', 'killed']]],
    ['a past form after the clause', 'Five soldiers who were wounded in the attack died in hospital.', [['Five soldiers', 'soldiers', 'died']]],
    ['a perfect after the clause', '30 people who fled the fighting have returned home.', [['30 people', 'people', 'returned']]],
    ['the relative clause of an object leaves the verb before', 'The gunmen killed 12 people who were travelling to the market.', [['12 people', 'people', 'killed']]],
    ['a reporting verb after the clause is no event', '20 people who live in the camp said they were afraid.', [['20 people', 'people', null]]],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('a participle modifying the noun of a source keeps it a subject', () => {
  it.each([
    ['"elected" before a relative clause between commas', 'A local elected official, who spoke on condition of anonymity for security reasons, said 25 civilians had been killed.',
      [['A local elected official', null, 'said', '25 civilians had been killed']]],
    ['"retired" right after the determiner', 'A retired army general, who asked not to be named, said the army was overstretched.',
      [['A retired army general', null, 'said', 'the army was overstretched']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a toll opening a long subject is what the figure after its verb of change counts', () => {
  it.each([
    ['a qualifier longer than the tagged window', 'The toll from the attack on the village rose to 45.', [['45', 'toll', 'rose']]],
    ['a place of several words inside the qualifier', 'The death toll from the attack on Yelwata community in Guma Local Government Area of Benue State has risen to at least 100.',
      [['at least 100', 'death toll', 'risen']]],
    ['no toll: the subject is read as before', 'The number of infections has climbed to 74.', [['74', 'infections', 'climbed']]],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('a cue inside the content of a source described between commas is no claim of that source', () => {
  it.each([
    ['"said the killings showed that"', 'Its country director, Isa Sanusi, said the killings showed that the authorities had failed to protect rural communities.',
      [['Isa Sanusi', 'Isa Sanusi', 'said', 'the killings showed that the authorities had failed to protect rural communities']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
