// A military rank after a person's office (src/extract/actors.ts MILITARY_RANK, ner/refine.ts fixTypesByWords): the
// office and the rank are both roles, and the rank's words are no organization. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { findClaims } from '../../src/extract/claims.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findActorsAndPlaces(contextOf(text)).actors;
const person = (text: string, name: string) => {
  const a = run(text).find((x) => x.name === name);
  // the order of the roles is not the point here
  return a ? { type: a.type, roles: [...a.roles].sort() } : null;
};

describe('a rank after an office: both are roles, the rank is no organization', () => {
  it.each([
    ['lower-case office, "Rear Adm."', 'Navy spokesperson Rear Adm. Dana Kessler said the ship was hit twice.', 'Dana Kessler', ['Navy spokesperson', 'Rear Adm.']],
    ['"Chief of Staff Lt. Gen."', 'Chief of Staff Lt. Gen. Amos Tal warned the cabinet that reserves were short.', 'Amos Tal', ['Chief of Staff', 'Lt. Gen.']],
    ['"Brig. Gen." after a spokesman', 'Army spokesman Brig. Gen. Yossi Dor said the troops had withdrawn.', 'Yossi Dor', ['Army spokesman', 'Brig. Gen.']],
    ['near miss: a rank alone', 'Maj. Gen. Ali Hassan met the delegation in Basra.', 'Ali Hassan', ['Maj. Gen.']],
    ['near miss: a verb before the rank', 'The minister met Col. David Lyons in Basra.', 'David Lyons', ['Col.']],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles: [...roles].sort() });
    const bogus = run(text).filter((a) => a.type === 'organization' && /\b(?:Adm|Gen|Lt|Col|Brig)\b/u.test(a.name));
    expect(bogus.map((a) => a.name)).toEqual([]);
  });
});

describe('"Brig." does not end a sentence', () => {
  it('the whole title and name are the source', () => {
    const claims = findClaims(contextOf('Army spokesman Brig. Gen. Yossi Dor said the troops had withdrawn.'), []);
    expect(claims.map((c) => [c.source.text, c.content])).toEqual([['Army spokesman Brig. Gen. Yossi Dor', 'the troops had withdrawn']]);
  });
});
