// A pipeline worker thread (cli): loads the NLP once, then turns loaded sources into records on request.
import { parentPort } from 'node:worker_threads';
import { processDocument } from '../pipeline.js';
import { toRecord } from '../output/record.js';
import { formatJson } from '../output/json.js';
import { formatNdjsonLine } from '../output/ndjson.js';
import { NewsExtractError } from '../errors.js';
import { decodeSource } from '../input/decode.js';
import { hashArticle } from '../input/state.js';
import type { SourceInfo } from '../doc.js';
import { formatExplain } from './explain.js';
import type { JobRequest, JobResult } from './pool.js';
import { WORKER_READY } from './launch.js';

// Load the lexicon and models now, while the main thread is still reading the first inputs, instead of on the
// first article: the pool starts all its workers at once, so this overlaps with the batch's own start.
processDocument(
  { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: 'text/plain', bytes: 0 },
  'Warm up\n\nThe SDF said 26 fighters were killed in Raqqa on Monday, according to officials.',
);

const utf8 = new TextEncoder();

parentPort?.on('message', (job: JobRequest) => {
  let result: JobResult;
  let source: SourceInfo = job.raw.source;
  let note: string | undefined;
  const transfer: ArrayBuffer[] = [];
  try {
    const decoded = decodeSource(job.raw);
    source = decoded.loaded.source;
    if (decoded.note) note = decoded.note;
    const doc = processDocument(source, decoded.loaded.content, { clean: job.clean, now: decoded.loaded.mtime });
    doc.messages.unshift(...decoded.messages); // what decoding found (input/lossy-decode), before the stages' own
    if (job.explain) result = { seq: job.seq, explain: formatExplain(doc, job.color) };
    else {
      const record = toRecord(doc);
      // Serialising and encoding here keeps the main thread free to read inputs and write output: one buffer moves
      // over (transferred, not copied), not a record tree or a string the main thread would have to encode.
      if (job.serialize) {
        const bytes = utf8.encode(job.serialize === 'line' ? formatNdjsonLine(record) : formatJson(record) + '\n');
        transfer.push(bytes.buffer);
        // with --state, what the main thread compares with the article an earlier run wrote (input/index.ts#settleState)
        const articleHash = job.raw.state ? hashArticle(record.article) : undefined;
        result = { seq: job.seq, serialized: { bytes, messages: record.messages, articleHash } };
      } else result = { seq: job.seq, record };
    }
  } catch (err) {
    const known = err instanceof NewsExtractError;
    result = {
      seq: job.seq,
      source,
      error: {
        code: known ? err.code : 'internal/crash',
        message: known ? err.message : `unexpected failure: ${(err as Error)?.message ?? String(err)} (a bug in news-extract; please report it with this input)`,
      },
    };
  }
  if (note) result.note = note;
  parentPort!.postMessage(result, transfer);
});

// Loaded: the pool starts each job's --timeout clock from here, not from when the job was sent (cli/pool.ts).
parentPort?.postMessage(WORKER_READY);
