// Entry of the start-up snapshot (cli): everything the CLI needs is loaded and warmed once, at install time, into a
// V8 startup snapshot (scripts/bundle.mjs); bin/news-extract.js then starts from it instead of loading
// compromise's lexicon, the name model and the gazetteer on every run (about 1 s saved per call).
import v8 from 'node:v8';
import { runFromProcess } from './process-main.js';
import { processDocument } from '../index.js';
import { formatExplain } from './explain.js';
import { toRecord } from '../output/record.js';
import { formatJson } from '../output/json.js';
import { formatNdjsonLine } from '../output/ndjson.js';
import { WARM_UP_INPUTS } from './warm-up.js';

/** Rounds of warm-up: compiled bytecode comes with the first, inline caches settle over the next ones. */
const WARM_UP_ROUNDS = 3;

// Made-up articles through every stage and output, a few times: loads the lexicon, models and gazetteer, and leaves
// the compiled bytecode and warm caches in the snapshot, so the first real article runs about as fast as a later one.
for (let round = 0; round < WARM_UP_ROUNDS; round++) {
  for (const { source, content } of WARM_UP_INPUTS) {
    const doc = processDocument(source, content, { now: new Date('2024-03-05T00:00:00Z') });
    const record = toRecord(doc);
    formatJson(record);
    formatNdjsonLine(record);
    formatExplain(doc, false);
  }
}

// Under --snapshot-blob, argv is [node, ...arguments]: no script path.
v8.startupSnapshot.setDeserializeMainFunction(() => runFromProcess(process.argv.slice(1)));
