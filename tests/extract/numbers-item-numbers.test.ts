import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findNumbers(contextOf(text));

describe('findNumbers: numbered paragraphs and items', () => {
  it.each([
    ['"1." opening a paragraph', '1. Overnight, 18 shells hit the district.', ['18 shells']],
    ['"2)" opening a paragraph', '2) Rescue teams reached 40 families.', ['40 families']],
    ['"(3)" opening a paragraph', '(3) Calls on both sides to release 12 detainees.', ['12 detainees']],
    ['numbered lines inside one block', 'The statement said:\n4. Five villages were shelled.\n5. Two bridges fell.',
      ['Five villages', 'Two bridges']],
    ['a figure that opens a sentence stays', '12 people were killed in the blast.', ['12 people']],
    ['a decimal that opens a paragraph stays', '1.5 million people fled.', ['1.5 million people']],
    ['a figure ending a sentence mid-line stays', 'Officials put the toll at 3. Rescuers disagreed.', ['3']],
  ])('%s', (_label, text, expected) => {
    expect(run(text).map((n) => n.text)).toEqual(expected);
  });
});
