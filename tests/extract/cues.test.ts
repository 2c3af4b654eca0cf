import { describe, expect, it } from 'vitest';
import { CUE_FORMS, CUE_VERBS, HEARERS, ROLE_WORDS, TIME_HEADS, UNNAMED_SOURCE_HEADS } from '../../src/extract/cues.js';
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
    ['time heads', [...TIME_HEADS]],
    ['role words', [...ROLE_WORDS]],
  ])('lists %s in lower case (they are matched against lower-cased words)', (_name, words) => {
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  it('lists the dictionary form of every cue verb (as a verb or a noun-like base form)', () => {
    // "Barack Obama tweet to student …": a caption's noun, so "tweet" has no base form; nor "post" ("Telegram post, 5 October")
    for (const v of CUE_VERBS.filter((x) => x.id !== 'cue/tweet' && x.id !== 'cue/post')) expect([...v.forms, ...(v.nounLike ?? []), ...(v.nounBase ?? [])], v.id).toContain(v.lemma);
  });

  it.each([
    ['show', 'show', true, true], ['shows', 'show', false, false], ['showed', 'show', false, false],
    ['suggest', 'suggest', false, false], ['find', 'find', false, false], ['estimate', 'estimate', true, true],
    ['believe', 'believe', false, false], ['expect', 'expect', false, false], ['expects', 'expect', false, false],
    ['forecast', 'forecast', true, true], ['projects', 'project', true, true], ['predicts', 'predict', false, false],
    ['read', 'read', false, false], ['note', 'note', true, true], ['notes', 'note', true, false], ['report', 'report', true, true],
    ['state', 'state', true, true], ['add', 'add', true, true], ['adds', 'add', false, false], ['added', 'add', false, false],
  ])('reads "%s" as %s (noun-like %s, noun base %s)', (form, lemma, nounLike, nounBase) => {
    const cue = CUE_FORMS.get(form);
    expect(cue?.verb.lemma).toBe(lemma);
    expect(cue?.nounLike).toBe(nounLike);
    expect(cue?.nounBase).toBe(nounBase);
  });

  it.each([
    ['expect'], ['forecast'], ['predict'], ['estimate'], ['believe'], ['project'],
  ])('marks "%s" as a verb of belief or forecast (needs a source that can hold one)', (lemma) => {
    expect(CUE_VERBS.find((v) => v.lemma === lemma)?.opinion).toBe(true);
  });

  it('lets "read" report only after a written thing', () => {
    const read = CUE_VERBS.find((v) => v.lemma === 'read');
    expect(read?.sourceHeads?.has('statement')).toBe(true);
    expect(read?.sourceHeads?.has('she')).toBe(false);
  });

  it.each([
    ['said', 'say', false], ['told', 'tell', false], ['claims', 'claim', true], ['denied', 'deny', false], ['according', undefined, undefined],
  ])('reads "%s" as %s', (form, lemma, nounLike) => {
    const cue = CUE_FORMS.get(form);
    expect(cue?.verb.lemma).toBe(lemma);
    expect(cue?.nounLike).toBe(nounLike);
  });

  it.each([
    ['end', true], ['june', true], ['friday', true], ['week', true], ['analysts', false], ['bank', false],
  ])('reads "%s" as the head of a time phrase: %s', (word, time) => {
    expect(TIME_HEADS.has(word)).toBe(time);
  });
});
