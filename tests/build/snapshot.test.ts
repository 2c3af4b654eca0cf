// The build writes a start-up snapshot (scripts/bundle.mjs). It only warns when `node --build-snapshot` fails, so that
// an install never breaks on it; this test is what notices: a module-level object V8 cannot put in a snapshot (an Intl
// formatter kept at module level did it once) turns every one-input run 0.4 s slower and nothing else would fail.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBundle, findSnapshot } from '../../src/cli/launch.js';

describe('start-up snapshot', () => {
  it('was written by the build for this Node.js', () => {
    const snapshot = findSnapshot({});
    expect(snapshot, 'npm run build left no dist/snapshot/news-extract.blob: run `node scripts/bundle.mjs` and read its "no start-up snapshot" line').not.toBeNull();
    expect(fs.statSync(snapshot!.blob).size).toBeGreaterThan(1_000_000);
  });
});

describe('bundles', () => {
  // V8 keeps a script's source for lazy compiling, and the snapshot carries it: one non-ASCII character makes the
  // whole source a UTF-16 string, twice the size (scripts/bundle.mjs: writeAscii).
  it.each(['cli.cjs', 'worker.cjs'])('%s is ASCII only', (name) => {
    const bundle = findBundle(name, {});
    expect(bundle, 'npm run build left no bundles').not.toBeNull();
    const text = fs.readFileSync(bundle!, 'latin1');
    expect(text.match(/[^\x00-\x7f].{0,40}/s)?.[0] ?? null).toBeNull();
  });
});
