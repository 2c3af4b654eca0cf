// Air, rail and road accident copy (airliner and helicopter crashes, derailments, bus plunges, capsizes, collapses,
// and their investigations): the whole extract pipeline on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each number as [text, counts]. */
const countsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts]);

describe('numbers: a toll opening the story after a wire dateline counts the toll', () => {
  it.each([
    ['LARISSA, Greece (AFP) - The death toll from a head-on collision between a passenger train and a freight train in central Greece rose to 57 on Friday, the fire service said.',
      [['57', 'death toll']]],
    ['ATHENS, Greece — The death toll from a collision between a passenger train and a freight train rose to 57 on Friday.',
      [['57', 'death toll']]],
    ['LIMA (Reuters) - The death toll from a bus crash in the mountains of northern Peru has risen to 25, police said.',
      [['25', 'death toll']]],
    // near miss: a dash inside the subject is no dateline
    ['The death toll from the crash of the bus — the worst in a decade — rose to 25 on Monday.', [['25', 'death toll']]],
  ])('%s', (text, expected) => {
    expect(countsOf(text)).toEqual(expected);
  });
});
