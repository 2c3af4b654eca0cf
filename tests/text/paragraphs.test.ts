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
  ])('%j → %j', (input, out) => expect(normalizeBlock(input)).toBe(out));
});
