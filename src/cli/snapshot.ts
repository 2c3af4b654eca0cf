// Entry of the start-up snapshot (cli): everything the CLI needs is loaded and warmed once, at install time, into a
// V8 startup snapshot (scripts/bundle.mjs); bin/news-extract.js then starts from it instead of loading
// compromise's lexicon, the name model and the gazetteer on every run (about 1 s saved per call).
import v8 from 'node:v8';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from './main.js';
import { runFromProcess } from './process-main.js';
import { processDocument } from '../pipeline.js';
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

// The command line's own path too, as a one-article run takes it (options, reading the file, decoding, the record,
// writing it out), on a warm-up page written to a file and a sink for the output: its code is then compiled in the
// snapshot, not on each run's first use. Node.js takes the snapshot once the run below has finished. Measured from the
// snapshot, 21 runs in turns: the 240 KB dev page 140.9 → 135.6 ms, the 5 KB seed article 112.2 → 108.9 ms. Where no
// temporary file can be written the snapshot is made without it.
let warmUpDir: string | null = null;
try {
  warmUpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-extract-warm-up-'));
  const file = path.join(warmUpDir, 'warm-up.html');
  fs.writeFileSync(file, WARM_UP_INPUTS[0]!.content);
  const sink = { write: () => true, isTTY: false };
  const io = { stdin: Readable.from([]), stdout: sink, stderr: sink, fetch: globalThis.fetch, env: {} };
  void main(['--format', 'json', file], io)
    .then(() => main(['--format', 'json', '-q', file], io))
    .catch(() => undefined)
    .finally(() => { if (warmUpDir) fs.rmSync(warmUpDir, { recursive: true, force: true }); });
} catch {
  if (warmUpDir) fs.rmSync(warmUpDir, { recursive: true, force: true });
}

// The build runs this file under --regexp-interpret-all (scripts/bundle.mjs: V8 cannot write a regular expression's
// machine code into a blob). A blob loads only under the V8 flags it was written under, so they are set back to V8's
// defaults here, before it is written: runs from it need no regexp flag. V8 gives a pattern its tier-up budget when
// the pattern is made, and under that flag gives none, so the patterns made above stay in V8's regexp interpreter in
// runs from the blob, except those first run on a long text (1,000+ characters), which V8 compiles at once; patterns
// made during a run compile as usual. For one article that is the better trade. Giving every pattern a budget again
// before the blob is written (RegExp.prototype.compile on each, found with the inspector's queryObjects, then one more
// warm-up round under the interpreter) made a 240 KB page 7 ms slower (180.5 → 187.4 ms, runs in turns: hot patterns
// compiled to machine code in mid-page), though 218 pages in one run from the blob then took 6.9 s of CPU, not 7.7 s.
// Batches run on workers from the bundle, where patterns compile as usual.
v8.setFlagsFromString('--no-regexp-interpret-all');
v8.setFlagsFromString('--regexp-tier-up'); // --regexp-interpret-all had turned it off

// Under --snapshot-blob, argv is [node, ...arguments]: no script path.
v8.startupSnapshot.setDeserializeMainFunction(() => runFromProcess(process.argv.slice(1)));
