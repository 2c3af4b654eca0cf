// Latin American and Caribbean crime, violence and politics copy: cartels, armed groups, gangs, prosecutors' and
// rights groups' tolls. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { expectPlacesAndActors } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);

describe('a description with a qualifier, then the name, after a clause is the source', () => {
  it.each([
    ['"the governor of … department, Name, said"',
      'The violence forced more than 11,000 people from their homes, the governor of Norte de Santander department, William Villamizar, said.',
      [['the governor of Norte de Santander department, William Villamizar', 'The violence forced more than 11,000 people from their homes']]],
    ['"the mayor of the town, Name, told"',
      'Gunmen killed 12 people at a bar, the mayor of the town, Ana Ruiz, told reporters.',
      [['the mayor of the town, Ana Ruiz', 'Gunmen killed 12 people at a bar']]],
    ['a clause ending in a percent sign',
      "Homicides in Culiacán fell by 30%, the state's governor, Rubén Rocha Moya, said.",
      [["the state's governor, Rubén Rocha Moya", 'Homicides in Culiacán fell by 30%']]],
    ['a body\'s name holding "and", then a description',
      "But the Citizens' Council for Public Security and Criminal Justice, a nongovernmental organization, said that Culiacán had the highest homicide rate.",
      [["the Citizens' Council for Public Security and Criminal Justice", 'Culiacán had the highest homicide rate']]],
    ['a verb of estimate after a description and the name between commas',
      'The local business chamber, Canaco, estimates that the violence has cost the city more than 32 billion pesos.',
      [['Canaco', 'the violence has cost the city more than 32 billion pesos']]],
    ['a verb of forecast after a name and its description between commas',
      'The IMF, the Washington-based lender, forecasts that growth will slow to 2%.',
      [['The IMF', 'growth will slow to 2%']]],
    ['two sources joined by "and" stay as they were read',
      'Reuters and Human Rights Watch, a rights group, said 12 people died.',
      [['Human Rights Watch', '12 people died']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

/** Each number as [text, counts, event]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);

describe('what a toll underwent', () => {
  it.each([
    ['"think tank" is a noun, no verb of the list after it',
      'According to the Indepaz think tank, 59 social leaders and 25 former FARC combatants have been murdered so far this year.',
      [['59 social leaders', 'social leaders', 'murdered'], ['25 former FARC combatants', 'former FARC combatants', 'murdered']]],
    ['a noun of what was done to them before "of"', 'Petro condemned the killing of 13 police officers in Antioquia.',
      [['13 police officers', 'police officers', 'killing']]],
    ['"the massacre of"', 'The massacre of 115 people in Pont-Sonde shocked the country.', [['115 people', 'people', 'massacre']]],
    ['"the number of dead" counts the dead', 'The number of dead had risen to 121 by Wednesday.', [['121', 'dead', 'risen']]],
    ['"the number of people killed" counts the people killed', 'The number of people killed rose to 40.', [['40', 'people killed', 'rose']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

/** Each actor as "type:name [aliases]". */
const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name} [${a.aliases.join('|')}]`);

describe('a nickname in quotes inside a name, or after "alias", is the same person', () => {
  it.each([
    ['the nickname between given name and surname; the surname alone later',
      'The war began after Ismael "El Mayo" Zambada was flown to the United States. Zambada pleaded not guilty.',
      ['person:Ismael Zambada [Zambada|El Mayo]']],
    ['a role before the name, the nickname alone later',
      'The sons of jailed drug lord Joaquín "El Chapo" Guzmán lead the faction. El Chapo is serving a life sentence.',
      ['person:Joaquín Guzmán [El Chapo]']],
    ['a one-word nickname', 'Gangs led by Jimmy "Barbecue" Cherizier have expanded beyond the capital.',
      ['person:Jimmy Cherizier [Barbecue]']],
    ['"alias" and a quoted nickname after the name',
      'The attack was blamed on a faction led by Néstor Gregorio Vera, alias "Iván Mordisco," the army said.',
      ['person:Néstor Gregorio Vera [Iván Mordisco]']],
    ['"also known as" and a quoted nickname',
      'The cartel is led by Nemesio Oseguera Cervantes, also known as "El Mencho." Oseguera has never been caught.',
      ['person:Nemesio Oseguera Cervantes [El Mencho|Oseguera]']],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });

  it('a quoted title between capitalised words names no person', () => {
    expect(actorsOf('The Netflix "Narcos" Series drew viewers.').some((a) => a.startsWith('person:'))).toBe(false);
  });
});

describe('a party named like a place', () => {
  it.each([
    ['Governor Rubén Rocha Moya, a member of the ruling Morena party, has faced calls to resign.',
      ['organization:Morena party'], ['place:Morena:city:IN']],
    ['Lawmakers from the opposition Morena party walked out.', ['organization:Morena party'], ['place:Morena:city:IN']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a length of hours before an event is no date', () => {
  it('"lasted several hours before police regained control"', () => {
    const r = extract('Riot in Machala\n\nMACHALA, Ecuador, March 3 (Reuters) - The clashes broke out late on Sunday and lasted several hours before police regained control, the agency said.', { id: 'a.txt' });
    expect(r.dates.map((d) => d.text)).not.toContain('several hours before');
  });
});

describe('a name opening with a Spanish plural article is a group, not a person', () => {
  it.each([
    ['The clashes broke out between members of rival gangs, Los Lobos and Los Choneros.',
      ['organization:Los Lobos', 'organization:Los Choneros'], ['person:Los Lobos', 'person:Los Choneros']],
    ['Las Águilas denied any part in the attack.', ['organization:Las Águilas'], ['person:Las Águilas']],
    ['Police in Los Angeles said the suspect fled.', ['place:Los Angeles:city:US'], ['organization:Los Angeles']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a place with a particle in its name before a title is part of the role', () => {
  it.each([
    ['Rio de Janeiro state Governor Claudio Castro said the raid would go on.', 'Rio de Janeiro state Governor'],
    ['Norte de Santander Governor William Villamizar asked for troops.', 'Norte de Santander Governor'],
  ])('%s', (text, role) => {
    expect(recordOf(text).actors[0]!.roles).toEqual([role]);
  });
});
