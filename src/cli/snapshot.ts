// Entry of the start-up snapshot (cli): everything the CLI needs is loaded and warmed once, at install time, into a
// V8 startup snapshot (scripts/build-snapshot.mjs); bin/news-extract.js then starts from it instead of loading
// compromise's lexicon, the name model and the gazetteer on every run (about 1 s saved per call).
import v8 from 'node:v8';
import { runFromProcess } from './process-main.js';
import { processDocument } from '../index.js';
import { formatExplain } from './explain.js';

// A small article through every stage: loads the lexicon, models and gazetteer and fills their caches.
const WARM_UP =
  'Talks resume in Geneva\n\nSome 70 fighters of the Syrian Democratic Forces (SDF) were killed near Raqqa on Monday, ' +
  'the Pentagon said. "We will go on," said Talal Sallou, a spokesman of the SDF. According to local sources, 3 vehicles were destroyed.';
const doc = processDocument(
  { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: 'text/plain', bytes: WARM_UP.length },
  WARM_UP,
  { now: new Date('2024-01-01T00:00:00Z') },
);
formatExplain(doc, false);

// Under --snapshot-blob, argv is [node, ...arguments]: no script path.
v8.startupSnapshot.setDeserializeMainFunction(() => runFromProcess(process.argv.slice(1)));
