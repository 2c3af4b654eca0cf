// nestingDepth (clean stage): the depth estimate read from the tags alone, as the regex it replaced read it.
import { describe, expect, it } from 'vitest';
import { nestingDepth } from '../../src/clean/index.js';

describe('nestingDepth', () => {
  it.each([
    ['<div><div><span>x</span></div></div>', 3],
    // flat and self-closed tags do not nest
    ['<p>a<p>b<br><img src="x"><hr/>', 0],
    ['<div/><div />', 0],
    ['<DIV><Section></section></DIV>', 2],
    // a "<" that opens no tag: not a letter after it, or a "<" before its ">"
    ['<div>1 < 2</div>', 1],
    ['<a <b>', 1],
    ['< div>', 0],
    ['</>', 0],
    // a closing tag never takes the depth below zero
    ['</div></div><div>', 1],
    // no ">" at all
    ['<a <a <a', 0],
    // "/" right before ">" self-closes, as it did for the regex: a slash at the end of an unquoted value too
    ['<a href="x/">', 1],
    ['<a href=x/>', 0],
    ['<a href=x/ >', 1],
  ])('%s → %i', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });
});
