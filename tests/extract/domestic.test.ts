// Domestic security copy from Europe and North America: terror plots, shootings, raids, ransomware, extraditions;
// police and prosecutors' statements. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });

describe('"pounds of" an explosive or drug written in capitals is a weight', () => {
  const unitOf = (text: string) => recordOf(text).numbers.map((n) => [n.value, n.unit]);
  it.each([
    ['an explosive with a digit', 'The drone was fitted with three pounds of C-4 explosive.', [[3, 'lb']]],
    ['an explosive in capitals', 'Agents found 50 pounds of TNT in the garage.', [[50, 'lb']]],
    ['near miss: capitals then money', 'The trust wasted 500 pounds of NHS funding.', [[500, 'GBP']]],
    ['near miss: a fine', 'He was fined 500 pounds by the court.', [[500, 'GBP']]],
  ])('%s', (_name, text, expected) => {
    expect(unitOf(text)).toEqual(expected);
  });
});

describe('a description holding a relative clause whose object is a name describes the body before it', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['"a charity that protects British Jews"',
      'The Community Security Trust, a charity that protects British Jews, said it had been informed of the arrests.',
      [['The Community Security Trust', 'it had been informed of the arrests']]],
    ['"an initiative which works with Silicon Valley"',
      'Tech Against Terrorism, an initiative which works with Silicon Valley, said the videos were removed.',
      [['Tech Against Terrorism', 'the videos were removed']]],
    ['near miss: a role and its body stay a description',
      'Anna Berg, head of the Federal Police, said the suspect was armed.',
      [['Anna Berg', 'the suspect was armed']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});
