// The one list of news agencies (src/data/news-agencies.ts): each use (dateline, credit line, outlet) reads names the
// agency has, and the names are safe to join into the regexes of clean/plain.ts, clean/rules.ts and extract/datelines.ts.
import { describe, expect, it } from 'vitest';
import { CREDIT_AGENCIES, DATELINE_AGENCIES, NEWS_AGENCIES, OUTLET_AGENCIES } from '../../src/data/news-agencies.js';

describe('NEWS_AGENCIES', () => {
  it('has unique ids, and no name in two agencies (their flags would disagree)', () => {
    const ids = NEWS_AGENCIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owners = new Map<string, string[]>();
    for (const a of NEWS_AGENCIES) for (const n of new Set(a.names.map((x) => x.toLowerCase()))) owners.set(n, [...(owners.get(n) ?? []), a.id]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
  });
  it.each(NEWS_AGENCIES.map((a) => [a.id, a] as const))('%s: every use lists names the agency has, and it has a use', (_id, a) => {
    expect(a.dateline ?? a.credit ?? a.outlet).toBeDefined();
    for (const use of [a.dateline, a.credit, a.outlet]) if (Array.isArray(use)) expect(use.filter((n) => !a.names.includes(n))).toEqual([]);
  });
  it('holds no regex syntax in a name (the names are joined into patterns)', () => {
    expect(NEWS_AGENCIES.flatMap((a) => a.names).filter((n) => /[.*+?^${}()|[\]\\]/.test(n) || n.trim() !== n || n === '')).toEqual([]);
  });
  it.each([
    ['a name as a dateline writes it, case kept', [...DATELINE_AGENCIES], ['Reuters', 'AP', 'dpa', 'DPA', 'PTI'], ['Associated Press', 'ap', 'Kommersant']],
    ['a credit line name, lower case', CREDIT_AGENCIES, ['reuters', 'associated press', 'canadian press', 'dpa'], ['ukrinform', 'kommersant']],
    ['an outlet, lower case', OUTLET_AGENCIES, ['yonhap', 'ria novosti', 'rudaw', 'dpa'], ['bloomberg', 'petra', 'ap']],
  ])('derives %s', (_name, list, present, absent) => {
    expect(present.filter((n) => !list.includes(n))).toEqual([]);
    expect(absent.filter((n) => list.includes(n))).toEqual([]);
    expect(new Set(list).size).toBe(list.length);
  });
});
