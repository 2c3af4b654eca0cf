// Bracketed reference marks dropped from the text (text stage), after a word, a sentence or a figure.
import { describe, expect, it } from 'vitest';
import { normalizeBlock } from '../../src/text/normalize.js';

describe('reference marks', () => {
  it.each([
    ['Researchers said 3,400[3] hospital admissions a day were linked to the heat.', 'Researchers said 3,400 hospital admissions a day were linked to the heat.'],
    ['The ministry[12] said four missiles.[3] Officials agreed.', 'The ministry said four missiles. Officials agreed.'],
    ['[3] https://example.org/report', '[3] https://example.org/report'],
    ['Rates rose in 2024[1], the office said.', 'Rates rose in 2024, the office said.'],
  ])('%j', (text, want) => expect(normalizeBlock(text)).toBe(want));
});
