// scripts/hoist-regexps.mjs: which regular-expression literals the bundles move to module level, and that the moved
// code behaves as before.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import { hoistRegexps } from '../../scripts/hoist-regexps.mjs';

const hoist = (code: string): { code: string; moved: number } | null => hoistRegexps(ts, code);
/** Runs a CommonJS-style module body and returns what it exports. */
const load = (code: string): Record<string, (...a: string[]) => unknown> => {
  const module = { exports: {} as Record<string, (...a: string[]) => unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
};

describe('hoistRegexps', () => {
  it('moves a literal without g or y out of its function, once per distinct literal', () => {
    const code = 'module.exports.f = function (s) { return /^\\p{Lu}/u.test(s) && !/^\\p{Lu}/u.test(s.slice(1)); };';
    const r = hoist(code)!;
    expect(r.moved).toBe(2);
    expect(r.code).toMatch(/^\s*var __hoisted_re0 = \/\^\\p\{Lu\}\/u;/);
    expect(r.code).not.toContain('__hoisted_re1');
    expect(load(r.code).f!('Ab')).toBe(load(code).f!('Ab'));
    expect(load(r.code).f!('AB')).toBe(false);
  });

  it('moves a g literal only where it is the pattern of replace, match, matchAll, split or search', () => {
    const code = [
      'module.exports.squash = (s) => s.replace(/\\s+/g, " ");',
      'module.exports.words = (s) => s.match(/\\w+/g);',
      'module.exports.count = (s) => { const re = /a/g; let n = 0; while (re.exec(s)) n++; return n; };',
      'module.exports.sticky = (s) => /a/y.test(s);',
    ].join('\n');
    const r = hoist(code)!;
    expect(r.moved).toBe(2);
    expect(r.code).toContain('const re = /a/g;');
    expect(r.code).toContain('/a/y.test(s)');
    const m = load(r.code);
    expect(m.squash!('a  b\n c')).toBe('a b c');
    expect(m.words!('one two')).toEqual(['one', 'two']);
    // the g literal used with exec stays per call: a second call starts from lastIndex 0 again
    expect([m.count!('banana'), m.count!('banana')]).toEqual([3, 3]);
  });

  it('leaves module-level literals and modules without any alone', () => {
    expect(hoist('const RE = /x/; module.exports.f = (s) => RE.test(s);')).toBeNull();
    expect(hoist('module.exports.f = (a, b) => a / b;')).toBeNull();
  });

  it('keeps a "use strict" prologue first', () => {
    const r = hoist('"use strict";\nmodule.exports.f = function () { return /x/.source; };')!;
    expect(r.code.startsWith('"use strict";\nvar __hoisted_re0 = /x/;')).toBe(true);
    expect(load(r.code).f!()).toBe('x');
  });
});
