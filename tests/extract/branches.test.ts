// A body's branch named by its town: "the FBI's Cincinnati field office". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });

describe("a town between an owner's possessive and a branch's noun is a place, and the owner speaks", () => {
  it.each([
    ["A man was arrested on Monday in Ohio. The FBI's Cincinnati field office said the suspect had bought explosives online.",
      [['organization', 'FBI']], [['Ohio', 'US'], ['Cincinnati', 'US']], 'FBI'],
    // near miss: a town without a branch's noun after it stays as the tagger read it
    ["A man was arrested on Monday in Ohio. The FBI said the suspect had bought explosives online.",
      [['organization', 'FBI']], [['Ohio', 'US']], 'FBI'],
  ])('%s', (text, actors, places, source) => {
    const r = recordOf(text);
    expect(r.actors.map((a) => [a.type, a.name])).toEqual(actors);
    expect(r.places.map((p) => [p.name, p.country])).toEqual(places);
    const claim = r.claims[0]!;
    expect(r.actors.find((a) => a.id === claim.source.actor)?.name).toBe(source);
  });
});
