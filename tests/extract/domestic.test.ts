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
