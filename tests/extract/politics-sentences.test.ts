// Sentence ends in parliament stories: a vote of "no" ends its sentence (extract stage). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('"no." is short for a number only before one', () => {
  it.each([
    ['Sen. Joe Manchin said he would vote no. According to a survey, 13% approve.',
      ['Sen. Joe Manchin said he would vote no.', 'According to a survey, 13% approve.']],
    ['Forty senators voted no. The bill failed.', ['Forty senators voted no.', 'The bill failed.']],
    // what must not change: a numbered thing
    ['He met the No. 2 official at No. 10 Downing Street.', ['He met the No. 2 official at No. 10 Downing Street.']],
  ])('%j', (text, expected) => expect(splitSentences(text, [{ start: 0, end: text.length }]).map((x) => x.text)).toEqual(expected));
});
