import { describe, expect, it } from 'vitest';
import { findParagraphs, joinBlocks } from '../../src/text/paragraphs.js';
import { normalizeBlock } from '../../src/text/normalize.js';

describe('joinBlocks', () => {
  it.each([
    [[{ tag: 'p', text: ' One  two ' }, { tag: 'p', text: 'Three' }], 'One two\n\nThree', [[0, 7], [9, 14]]],
    [[{ tag: 'h', text: 'T' }, { tag: 'p', text: '   ' }, { tag: 'p', text: 'x\u00a0y' }], 'T\n\nx y', [[0, 1], [3, 6]]],
    [[], '', []],
  ] as const)('%j → %j', (blocks, text, paras) => {
    const r = joinBlocks(blocks as never);
    expect(r.text).toBe(text);
    expect(r.paragraphs.map((p) => [p.start, p.end])).toEqual(paras);
  });
});

describe('findParagraphs', () => {
  it.each([
    ['A\nb\n\nC', [[0, 3], [5, 6]]],
    ['\n\n  A  \n \n\nB\n', [[4, 5], [11, 12]]],
    ['', []],
  ])('%j', (text, paras) => {
    expect(findParagraphs(text).map((p) => [p.start, p.end])).toEqual(paras);
  });
});

describe('normalizeBlock', () => {
  it.each([
    ['Tab\u00adqah', 'Tabqah'],
    ['a\t\n b', 'a b'],
    ['\u200bx\u3000y ', 'x y'],
    // a zero-width space is a break opportunity inside a word, not a space
    ['sol\u200bdiers', 'soldiers'],
    ['Al-\u200bQaeda', 'Al-Qaeda'],
    ['a\u2060b\ufeffc', 'abc'],
    // joiners stay: they are part of Persian words and emoji sequences
    ['\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}'],
    ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645', '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645'],
    // reference marks glued to what they source go; a note list's own numbers stay
    ['Rebels fired six rockets.[7] Nobody was hurt.', 'Rebels fired six rockets. Nobody was hurt.'],
    ['The agency[12] counted 400 tents.', 'The agency counted 400 tents.'],
    ['[7] Regional police statement, 3 May 2024.', '[7] Regional police statement, 3 May 2024.'],
    ['Use a[1] and a [2] here', 'Use a and a [2] here'],
  ])('%j → %j', (input, out) => expect(normalizeBlock(input)).toBe(out));
});
