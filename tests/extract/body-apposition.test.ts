// BODY_APPOSITION_HEADS (data/name-words.ts): one table for the two readings of a body's description after its name.
// A head with `anyName` makes any name a body; the others only a name read as an unknown place, since they end a
// person's description too. Sentences written for these tests.
import { describe, it } from 'vitest';
import { expectPlacesAndActors as check } from './ner-helpers.js';

describe('a description after a name: which heads make any name a body', () => {
  it.each([
    // a company's head (anyName): the name is the company
    ['Vexora, a Swedish battery maker, said it would cut 300 jobs.', ['organization:Vexora'], ['person:Vexora']],
    // near miss: a body's head read by the per-name rule would make the person a party
    ['Mensah, a member of the ruling party, said the vote was fair.', ['person:Mensah'], ['organization:Mensah']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
