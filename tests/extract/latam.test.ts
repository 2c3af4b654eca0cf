// Latin American and Caribbean crime, violence and politics copy: cartels, armed groups, gangs, prosecutors' and
// rights groups' tolls. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

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
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});
