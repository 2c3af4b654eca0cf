// A pipeline worker thread (cli): loads the NLP once, then turns loaded sources into records on request.
import { parentPort } from 'node:worker_threads';
import { processDocument } from '../index.js';
import { toRecord } from '../output/record.js';
import { formatJson } from '../output/json.js';
import { formatNdjsonLine } from '../output/ndjson.js';
import { NewsExtractError } from '../errors.js';
import { formatExplain } from './explain.js';
import type { JobRequest, JobResult } from './pool.js';

// Load the lexicon and models now, while the main thread is still reading the first inputs, instead of on the
// first article: the pool starts all its workers at once, so this overlaps with the batch's own start.
processDocument(
  { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: 'text/plain', bytes: 0 },
  'Warm up\n\nThe SDF said 26 fighters were killed in Raqqa on Monday, according to officials.',
);

parentPort?.on('message', (job: JobRequest) => {
  let result: JobResult;
  try {
    const doc = processDocument(job.source, job.content, { clean: job.clean, now: job.mtime ? new Date(job.mtime) : null });
    if (job.explain) result = { seq: job.seq, explain: formatExplain(doc, job.color) };
    else {
      const record = toRecord(doc);
      // Serialising here keeps the main thread free to read inputs and write output (one string crosses, not a tree).
      if (job.serialize === 'line') result = { seq: job.seq, serialized: { text: formatNdjsonLine(record), messages: record.messages } };
      else if (job.serialize === 'file') result = { seq: job.seq, serialized: { text: formatJson(record) + '\n', messages: record.messages } };
      else result = { seq: job.seq, record };
    }
  } catch (err) {
    const known = err instanceof NewsExtractError;
    result = {
      seq: job.seq,
      error: {
        code: known ? err.code : 'internal/crash',
        message: known ? err.message : `unexpected failure: ${(err as Error)?.message ?? String(err)} (a bug in news-extract; please report it with this input)`,
      },
    };
  }
  parentPort!.postMessage(result);
});
