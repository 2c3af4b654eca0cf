// The worker pool: a job over the time limit ends its worker with an extract/timeout error, and the pool goes on.
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/pool.js';
import type { SourceInfo } from '../../src/doc.js';

const source: SourceInfo = { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: 'text/plain', bytes: 0 };
const job = (seq: number, content: string) => ({ seq, source, content, mtime: null, clean: true, explain: false, color: false });
let pool: WorkerPool | null = null;
afterEach(async () => pool?.close());

describe('WorkerPool', () => {
  it('runs jobs and returns records in the form the CLI prints', async () => {
    pool = new WorkerPool(2, 60_000);
    const [a, b] = await Promise.all([pool.run(job(1, 'One\n\nFive soldiers were killed, the army said.')), pool.run(job(2, 'Two\n\nTalks resumed.'))]);
    expect(a.seq).toBe(1);
    expect(a.record?.numbers.map((n) => n.value)).toEqual([5]);
    expect(b.record?.article.text).toBe('Talks resumed.');
  });

  it('a job over the limit gives extract/timeout, and the next job gets a fresh worker', async () => {
    pool = new WorkerPool(1, 1);
    const r = await pool.run(job(1, 'Story\n\nText.'));
    expect(r.error?.code).toBe('extract/timeout');
    const again = await pool.run(job(2, 'Story\n\nText.'));
    expect(again.error?.code).toBe('extract/timeout'); // still 1 ms: but answered, not hung on the ended worker
  });
});
