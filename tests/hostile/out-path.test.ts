// Hostile names for --out-dir: record paths from odd file names and URLs stay inside the folder, fit the file
// system's limits and never collide (output/out-path.ts, input toUrlRelPath).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toOutputRelPath } from '../../src/output/out-path.js';
import { toUrlRelPath } from '../../src/input/index.js';

const bytes = (s: string) => Buffer.byteLength(s);
/** Every name of a relative path; none may be "..", empty, over 255 bytes, or hold NUL or a control character. */
function expectSafe(rel: string): void {
  expect(path.isAbsolute(rel)).toBe(false);
  expect(rel.endsWith('.json')).toBe(true);
  const root = path.resolve('/out');
  expect(path.resolve(root, rel).startsWith(root + path.sep)).toBe(true);
  for (const name of rel.split('/')) {
    expect(name).not.toBe('..');
    expect(name).not.toBe('');
    // room for writeFileAtomic's ".<pid>.<8 hex>.tmp" suffix within the 255-byte limit
    expect(bytes(name) + 24).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/[\u0000-\u001f\\]/);
  }
}

describe('toOutputRelPath', () => {
  it.each([
    ['news/a-story.html', 'news/a-story.json'],
    ['a.txt.gz', 'a.json'],
    ['../x.html', '__/x.json'],
    ['../../etc/passwd', '__/__/etc/passwd.json'],
    ['/etc/passwd.txt', 'etc/passwd.json'],
    ['a/../../b.txt', 'a/__/__/b.json'],
    ['..\\..\\win.txt', '__/__/win.json'],
    ['a\u0000b.html', 'a_b.json'],
    ['what?.html', 'what_.json'],
    ['con.html', '_con.json'],
    ['dots....html', 'dots___.json'],
    ['', '_.json'],
    ['.', '_.json'],
  ])('%j → %j', (rel, expected) => {
    expect(toOutputRelPath(rel)).toBe(expected);
    expectSafe(toOutputRelPath(rel));
  });

  it.each([
    ['news/a.txt', 'news/a.txt.json'],
    ['a.html.gz', 'a.html.gz.json'],
    ['../x.htm', '__/x.htm.json'],
  ])('keeping the extension: %j → %j', (rel, expected) => {
    expect(toOutputRelPath(rel, { keepExtension: true })).toBe(expected);
    expectSafe(toOutputRelPath(rel, { keepExtension: true }));
  });

  it.each([
    ['a 251-byte ASCII name (".txt" → ".json" would make 256 bytes)', 'x'.repeat(251) + '.txt'],
    ['200 CJK characters (600 bytes)', '東'.repeat(200) + '.html'],
    ['emoji (4 bytes each), cut at a character boundary', '😀'.repeat(80) + '.html'],
    ['a long folder name', 'y'.repeat(300) + '/a.html'],
  ])('shortens %s to a safe name with a hash', (_what, rel) => {
    const out = toOutputRelPath(rel);
    expectSafe(out);
    expect(out).toMatch(/~[0-9a-f]{8}(\.json|\/)/);
    expect(out).not.toContain('\ufffd');
  });

  it('long names that share their first 200 bytes stay distinct', () => {
    const a = toOutputRelPath('z'.repeat(240) + '-one.html');
    const b = toOutputRelPath('z'.repeat(240) + '-two.html');
    expect(a).not.toBe(b);
  });

  it('names differing only in case never fold onto one file (case-insensitive file systems)', () => {
    const rels = ['Story.html', 'story.html', 'STORY.html', 'sTory.html', 'Sub/a.html', 'sub/a.html'];
    const outs = rels.map(toOutputRelPath);
    expect(new Set(outs.map((o) => o.toLowerCase())).size).toBe(rels.length);
    // lower-case names, the common case, are kept as they are
    expect(toOutputRelPath('story.html')).toBe('story.json');
    // and the mapping is stable between runs (--skip-existing relies on it)
    expect(toOutputRelPath('Story.html')).toBe(outs[0]);
  });
});

describe('toUrlRelPath for hostile URLs', () => {
  it.each([
    ['http://h.example/%2e%2e/%2e%2e/etc/passwd'],
    ['http://h.example/a%00b'],
    ['http://h.example/a%2fb/..%2f..%2fc'],
    ['http://[::1]:8080/x'],
    [`http://h.example/${'東'.repeat(200)}`],
    [`http://h.example/${'a'.repeat(500)}?q=1`],
    ['http://h.example/'],
  ])('%s stays a safe relative path', (url) => {
    const rel = toUrlRelPath(url);
    expect(rel.split('/')).not.toContain('..');
    for (const seg of rel.split('/')) expect(bytes(seg)).toBeLessThanOrEqual(130);
    expectSafe(toOutputRelPath(rel));
  });

  it('two long URL slugs sharing their first 120 characters get two names', () => {
    const base = `http://h.example/${'a'.repeat(200)}`;
    expect(toUrlRelPath(`${base}-1`)).not.toBe(toUrlRelPath(`${base}-2`));
  });
});
