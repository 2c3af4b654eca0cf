// Checks every record a test produces against the published JSON Schema and the span invariant.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { toJsonSchema } from '../../src/output/schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateSchema = ajv.compile(toJsonSchema() as object);

interface Spanned { start: number; end: number; text?: string }

/** Asserts the record is valid against `news-extract schema` and every span slices to its text. */
export function expectValidRecord(record: unknown): void {
  const ok = validateSchema(record);
  expect(ok, JSON.stringify(validateSchema.errors?.slice(0, 3))).toBe(true);
  const r = record as Record<string, any>;
  if (r.error) return;
  const text: string = r.article.text;
  const check = (s: Spanned, what: string) => {
    expect(s.start, what).toBeLessThan(s.end);
    if (s.text !== undefined) expect(text.slice(s.start, s.end), what).toBe(s.text);
  };
  for (const a of r.actors) for (const m of a.mentions) check(m, `actor ${a.id}`);
  for (const p of r.places) for (const m of p.mentions) check(m, `place ${p.id}`);
  for (const n of r.numbers) check(n, 'number');
  for (const d of r.dates) check(d, 'date');
  for (const c of r.claims) {
    check({ start: c.contentStart, end: c.contentEnd, text: c.content }, `claim ${c.id}`);
    expect(c.start).toBeLessThanOrEqual(c.contentStart);
    expect(c.end).toBeGreaterThanOrEqual(c.contentEnd);
  }
  for (const p of r.article.paragraphs) expect(p.end).toBeLessThanOrEqual(text.length);
  const sorted = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
  expect(sorted(r.numbers.map((n: Spanned) => n.start))).toBe(true);
  expect(sorted(r.claims.map((c: Spanned) => c.start))).toBe(true);
}
