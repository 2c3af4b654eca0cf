// PLACE_PART_NOUNS (data/place-words.ts): the nouns of a part of a place, written once for the four patterns that read
// them (places.ts PART_OF_PLACE and DIVISION_PART_OF, ner/refine.ts TITLED_PLACE_HEAD_AFTER and TITLED_PLACE_BEFORE).
import { describe, expect, it } from 'vitest';
import { PLACE_PART_NOUNS, placePartNouns, type PlacePartUse } from '../../src/extract/data/place-words.js';

describe('PLACE_PART_NOUNS', () => {
  it('writes each noun once, in lower case (refine.ts matches case), with no regex syntax', () => {
    const words = PLACE_PART_NOUNS.flatMap((r) => r.words);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => w !== w.toLowerCase() || !/^[a-z]+$/.test(w))).toEqual([]);
    const ids = PLACE_PART_NOUNS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each([
    ['part-of', ['neighbourhood', 'districts', 'township', 'slums'], ['camp', 'county']],
    ['division-of', ['district', 'county', 'tehsil'], ['districts', 'neighbourhood']],
    ['titled-head', ['neighbourhood', 'neighbourhoods', 'district', 'camp'], ['districts', 'county']],
    ['titled-example', ['neighbourhoods', 'district', 'areas', 'camps', 'villages'], ['township', 'slum', 'county']],
  ] as [PlacePartUse, string[], string[]][])('%s reads its nouns', (use, present, absent) => {
    const nouns = placePartNouns(use);
    expect(present.filter((w) => !nouns.includes(w))).toEqual([]);
    expect(absent.filter((w) => nouns.includes(w))).toEqual([]);
  });
});
