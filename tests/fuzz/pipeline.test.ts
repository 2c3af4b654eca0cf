// Fuzzing the whole pipeline in process: every generated document yields a valid record, no crash, no slow input.
// FUZZ_RUNS (default 2000) sets how many; `npm run fuzz` runs a longer campaign and prints the figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/index.js';
import { toRecord } from '../../src/output/record.js';
import type { SourceInfo } from '../../src/doc.js';
import { anyDocument, FOUND_BY_FUZZ } from './generators.js';
import { expectValidRecord } from '../helpers/validate.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261126);
/** A generated document is small; one that takes this long (ms) means a rule scales badly. */
const MAX_MS_PER_INPUT = 2000;

const source = (html: boolean, content: string): SourceInfo => ({
  kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: html ? 'text/html' : 'text/plain', bytes: Buffer.byteLength(content),
});

describe('fuzz: the pipeline over generated documents', () => {
  it(`${RUNS} documents: a valid record each, none slower than ${MAX_MS_PER_INPUT} ms`, () => {
    const stats = { tried: 0, crashes: 0, slow: 0, maxMs: 0, maxHeapMb: 0 };
    const base = process.memoryUsage().heapUsed;
    fc.assert(
      fc.property(anyDocument, fc.boolean(), fc.boolean(), (content, asHtml, clean) => {
        stats.tried++;
        const t0 = performance.now();
        let record;
        try {
          record = toRecord(processDocument(source(asHtml, content), content, { clean }));
        } catch (err) {
          stats.crashes++;
          throw err;
        }
        const ms = performance.now() - t0;
        stats.maxMs = Math.max(stats.maxMs, ms);
        stats.maxHeapMb = Math.max(stats.maxHeapMb, (process.memoryUsage().heapUsed - base) / 2 ** 20);
        if (ms > MAX_MS_PER_INPUT) stats.slow++;
        expectValidRecord(record);
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
      }),
      // A fixed seed in the test suite, so CI is repeatable; `npm run fuzz` (FUZZ_SEED=random) explores new inputs.
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`fuzz (seed ${SEED}): ${stats.tried} inputs tried, ${stats.crashes} crashes, ${stats.slow} hangs (over ${MAX_MS_PER_INPUT} ms), largest time ${stats.maxMs.toFixed(0)} ms, largest heap growth ${stats.maxHeapMb.toFixed(0)} MB`);
  }, 600_000);

  it.each(FOUND_BY_FUZZ)('regression found by fuzzing: %j', (content, asHtml) => {
    expectValidRecord(toRecord(processDocument(source(asHtml, content), content, { clean: true })));
  });
});
