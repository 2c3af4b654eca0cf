// Wire datelines and their look-alikes (src/extract/datelines.ts): where the lead claim starts, the dateline's place,
// and no actor made of its words. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);

describe('findClaims: a dash with a closing dash in its clause opens an apposition, not a dateline', () => {
  it.each([
    ['a capitalised apposition of a city', 'Accra, Ghana – West Africa\'s busiest port – will raise its fees in March, the port authority said.',
      [['the port authority', 'said', 'Accra, Ghana – West Africa\'s busiest port – will raise its fees in March']]],
    ['em dashes, a state', 'Austin, Texas — Home to 1 million people — will vote on a transit plan, the mayor said.',
      [['the mayor', 'said', 'Austin, Texas — Home to 1 million people — will vote on a transit plan']]],
    ['a city in capitals', 'NAIROBI, Kenya – East Africa\'s tech hub – will host the summit next year, organisers said.',
      [['organisers', 'said', 'NAIROBI, Kenya – East Africa\'s tech hub – will host the summit next year']]],
    // a real dateline, then an aside between two dashes: the dateline's dash stays unpaired
    ['near miss: a dateline, then an aside in dashes', 'Kyiv, Ukraine – Drones hit Odesa – the port city – overnight, officials said.',
      [['officials', 'said', 'Drones hit Odesa – the port city – overnight']]],
    // the words between the dashes are a clause with its verb: a dateline, then an afterthought
    ['near miss: a dateline, then a dash after a clause', 'Kyiv, Ukraine – Russia launched 40 drones overnight – the largest attack this month, the air force said.',
      [['the air force', 'said', 'Russia launched 40 drones overnight – the largest attack this month']]],
    ['near miss: a plain mixed-case dateline', 'Odesa, Ukraine – Russian missiles struck the port overnight, the governor said.',
      [['the governor', 'said', 'Russian missiles struck the port overnight']]],
    ['near miss: the closing dash is in a later clause', 'Kyiv, Ukraine – Sirens sounded at dawn, and the alert – the third this week – lasted an hour, officials said.',
      [['officials', 'said', 'Sirens sounded at dawn, and the alert – the third this week – lasted an hour']]],
    ['near miss: an agency\'s bracket is a dateline whatever follows', 'Port Sudan (AFP) - Shelling – the heaviest in weeks – hit the city, medics said.',
      [['medics', 'said', 'Shelling – the heaviest in weeks – hit the city']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
