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
