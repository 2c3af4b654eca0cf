import { describe, expect, it } from 'vitest';
import { CUE_FORMS, CUE_VERBS, HEARERS, ROLE_WORDS, UNNAMED_SOURCE_HEADS } from '../../src/extract/cues.js';
import { HEDGES, UNITS, VAGUE_AMOUNTS } from '../../src/extract/number-words.js';

describe('cue data', () => {
  it.each([
    ['cue verbs', CUE_VERBS.map((v) => v.id)],
    ['unnamed source heads', UNNAMED_SOURCE_HEADS.map((g) => g.id)],
    ['hedges', HEDGES.map((h) => h.id)],
    ['units', UNITS.map((u) => u.id)],
    ['vague amounts', VAGUE_AMOUNTS.map((v) => v.id)],
  ])('%s have unique ids', (_name, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every form once, in lower case', () => {
    const forms = CUE_VERBS.flatMap((v) => [...v.forms, ...(v.nounLike ?? [])]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const f of forms) expect(f).toBe(f.toLowerCase());
  });

  it.each([
    ['hearers', [...HEARERS]],
    ['role words', [...ROLE_WORDS]],
  ])('lists %s in lower case (they are matched against lower-cased words)', (_name, words) => {
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  it.each([
    ['said', 'say', false], ['told', 'tell', false], ['claims', 'claim', true], ['denied', 'deny', false], ['according', undefined, undefined],
  ])('reads "%s" as %s', (form, lemma, nounLike) => {
    const cue = CUE_FORMS.get(form);
    expect(cue?.verb.lemma).toBe(lemma);
    expect(cue?.nounLike).toBe(nounLike);
  });
});
