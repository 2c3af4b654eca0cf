// The worker pool: a job over the time limit ends its worker with an extract/timeout error, and the pool goes on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/cli/pool.js';
import type { SourceInfo } from '../../src/doc.js';

const source: SourceInfo = { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: null, bytes: 0 };
const raw = (content: string) => ({ source, bytes: new TextEncoder().encode(content), httpCharset: null, declaredHtml: false, label: 'standard input', mtime: null });
const job = (seq: number, content: string, serialize: 'line' | null = null) => ({ seq, raw: raw(content), clean: true, explain: false, color: false, serialize });
let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  delete process.env.FAKE_WORKER_START_MS;
});

describe('WorkerPool', () => {
  it('runs jobs and returns records in the form the CLI prints', async () => {
    pool = new WorkerPool(2, 60_000);
    const [a, b] = await Promise.all([pool.run(job(1, 'One\n\nFive soldiers were killed, the army said.')), pool.run(job(2, 'Two\n\nTalks resumed.'))]);
    expect(a.seq).toBe(1);
    expect(a.record?.numbers.map((n) => n.value)).toEqual([5]);
    expect(b.record?.article.text).toBe('Talks resumed.');
  });

  it('decodes in the worker: legacy bytes become text, binary bytes an input/binary error that keeps the source', async () => {
    pool = new WorkerPool(1, 60_000);
    // "café" in windows-1252 (0xE9), which is not valid UTF-8
    const cp1252 = { ...raw(''), bytes: Uint8Array.from([...Buffer.from('Title\n\nThe caf'), 0xe9, ...Buffer.from(' was hit, officials said.')]) };
    const text = await pool.run({ ...job(1, ''), raw: cp1252 });
    expect(text.record?.article.text).toBe('The café was hit, officials said.');
    expect(text.record?.source.contentType).toBe('text/plain');
    const binary = { ...raw(''), source: { ...source, bytes: 6 }, bytes: Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]) };
    const bad = await pool.run({ ...job(2, ''), raw: binary });
    expect(bad.error?.code).toBe('input/binary');
    expect(bad.source?.bytes).toBe(6);
  });

  it('serialises in the worker: an ndjson line comes back as UTF-8 bytes with the record\'s messages', async () => {
    pool = new WorkerPool(1, 60_000);
    const r = await pool.run(job(1, 'Title\n\nThe café was hit, officials said.', 'line'));
    expect(r.serialized?.bytes).toBeInstanceOf(Uint8Array);
    const line = Buffer.from(r.serialized!.bytes).toString('utf8');
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line).article.text).toBe('The café was hit, officials said.');
    expect(Array.isArray(r.serialized?.messages)).toBe(true);
  });

  // A stand-in worker (tests/helpers/slow-start-worker.mjs) that takes FAKE_WORKER_START_MS to load and hangs on "HANG".
  const fake = new URL('../helpers/slow-start-worker.mjs', import.meta.url);

  it('a job over the limit gives extract/timeout, and the next job gets a fresh worker', async () => {
    process.env.FAKE_WORKER_START_MS = '0';
    pool = new WorkerPool(1, 300, fake);
    const r = await pool.run(job(1, 'HANG'));
    expect(r.error?.code).toBe('extract/timeout');
    const again = await pool.run(job(2, 'Story'));
    expect(again.explain).toBe('Story');
  });

  it("a worker's stdout goes to stderr, and many workers leave process.stdout's listeners alone", async () => {
    // stdout carries records only; joined to it, each worker added listeners there, and from 9 workers on Node.js
    // printed a MaxListenersExceededWarning on every batch
    const before = process.stdout.listenerCount('error');
    const printed: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).includes('PRINT')) return printed.push(String(chunk)) > 0;
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    });
    try {
      pool = new WorkerPool(12, 5_000, fake);
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool!.run(job(i, i === 0 ? 'PRINT me' : 'Story'))));
      expect(results.map((r) => r.explain)).toEqual(['PRINT me', ...Array(11).fill('Story')]);
      expect(process.stdout.listenerCount('error')).toBe(before);
      for (let i = 0; i < 50 && !printed.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(printed.join('')).toBe('PRINT me\n');
    } finally {
      spy.mockRestore();
    }
  });

  it('a job that outgrows the worker heap cap runs again on a bigger worker of its own, and the pool goes on', async () => {
    process.env.FAKE_WORKER_START_MS = '0';
    pool = new WorkerPool(1, 20_000, fake);
    const r = await pool.run(job(1, 'GREEDY page'));
    expect(r.error).toBeUndefined();
    expect(r.explain).toBe('GREEDY page (88 arrays)');
    expect((await pool.run(job(2, 'Story'))).explain).toBe('Story');
  }, 30_000);

  it("a job's time limit counts from when its worker has loaded, not from the worker's start", async () => {
    // each worker takes 600 ms to load, twice the limit: counted from the post, every job here would time out
    process.env.FAKE_WORKER_START_MS = '600';
    pool = new WorkerPool(1, 300, fake);
    expect((await pool.run(job(1, 'First'))).explain).toBe('First');
    expect((await pool.run(job(2, 'HANG'))).error?.code).toBe('extract/timeout');
    // the replacement worker loads for 600 ms too
    expect((await pool.run(job(3, 'After'))).explain).toBe('After');
  });
});
