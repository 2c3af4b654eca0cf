// Builds the extract context for hand-written texts in the actors/places/ner tests.
import { expect } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import type { ExtractContext } from '../../src/extract/context.js';
import { splitSentences } from '../../src/extract/sentences.js';

/** Paragraphs are blocks between blank lines, as the text stage makes them. */
export function contextOf(text: string): ExtractContext {
  const paragraphs = [...text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return { doc: null as never, text, sentences: splitSentences(text, paragraphs), referenceDate: null };
}

/** What findActorsAndPlaces gives for `text`: places as "place:<name>:<kind>:<country>", actors as "<type>:<name>". */
export function placesAndActors(text: string): string[] {
  const { actors, places } = findActorsAndPlaces(contextOf(text));
  return [...places.map((p) => `place:${p.name}:${p.kind}:${p.country}`), ...actors.map((a) => `${a.type}:${a.name}`)];
}

/** Expects every entry of `present` among placesAndActors(text), and none of `absent`. */
export function expectPlacesAndActors(text: string, present: string[], absent: string[]): void {
  const got = placesAndActors(text);
  for (const p of present) expect(got).toContain(p);
  for (const a of absent) expect(got).not.toContain(a);
}
