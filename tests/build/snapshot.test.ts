// The build writes a start-up snapshot (scripts/bundle.mjs). It only warns when `node --build-snapshot` fails, so that
// an install never breaks on it; this test is what notices: a module-level object V8 cannot put in a snapshot (an Intl
// formatter kept at module level did it once) turns every one-input run 0.4 s slower and nothing else would fail.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSnapshot } from '../../src/cli/launch.js';

describe('start-up snapshot', () => {
  it('was written by the build for this Node.js', () => {
    const snapshot = findSnapshot({});
    expect(snapshot, 'npm run build left no dist/snapshot/news-extract.blob: run `node scripts/bundle.mjs` and read its "no start-up snapshot" line').not.toBeNull();
    expect(fs.statSync(snapshot!.blob).size).toBeGreaterThan(1_000_000);
  });
});
