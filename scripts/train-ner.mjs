#!/usr/bin/env node
// Trains the name tagger (extract stage) on CoNLL-2003 train and writes models/ner.json (averaged perceptron).
// The training text stays in ../shared/data (licence: research only); only feature weights enter the repository.
//
// Usage: npm run train:ner [-- --epochs 10 --min-count 2 --data ../shared/data/ner/conll2003]
// Needs the compiled feature code: it runs `tsc` first (see the train:ner script).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../dist/extract/ner/tokenize.js';
import { collectDocStats, sentenceFeatures, historyFeatures } from '../dist/extract/ner/features.js';
import { matchGazetteer } from '../dist/extract/gazetteer.js';
import { encodeModel } from '../dist/extract/ner/tagger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const DATA = path.resolve(root, args.data ?? '../shared/data/ner/conll2003');
const EPOCHS = Number(args.epochs ?? 10);
const MIN_COUNT = Number(args['min-count'] ?? 2);
/** Averaged weights smaller than this change no decision worth keeping; dropping them keeps the file small. */
const PRUNE = Number(args.prune ?? 0.05);
const SCALE = 100;
const OUT = path.resolve(root, args.out ?? 'models/ner.json');
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const L = LABELS.length;
const LABEL_ID = new Map(LABELS.map((l, i) => [l, i]));

// ------------------------------------------------------------------ reading CoNLL as plain text

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', '%', ')', ']', '}', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Rebuilds running text from tokens ("U.S. 's" → "U.S.'s"), returning each token's character span. */
function detokenize(tokens) {
  let text = '';
  const spans = [];
  let glue = true;
  let quoteOpen = false;
  for (const tok of tokens) {
    let space = !glue;
    glue = false;
    if (NO_SPACE_BEFORE.has(tok)) space = false;
    if (tok === '"') {
      if (quoteOpen) { space = false; quoteOpen = false; } else { quoteOpen = true; glue = true; }
    }
    if (NO_SPACE_AFTER.has(tok)) glue = true;
    if (space && text) text += ' ';
    spans.push([text.length, text.length + tok.length]);
    text += tok;
  }
  return { text, spans };
}

/** Documents of a CoNLL file: [{ sentences: [{ text, tokens (own tokenizer), labels, gold: [{start,end,type}] }] }]. */
function readDocs(file) {
  const docs = [];
  let doc = null;
  let sent = null;
  const flush = () => {
    if (sent?.words.length) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push(toSentence(sent.words, sent.tags));
    }
    sent = null;
  };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!cols[0]) { flush(); continue; }
    if (cols[0] === '-DOCSTART-') { flush(); docs.push((doc = { sentences: [] })); continue; }
    (sent ??= { words: [], tags: [] }).words.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

function toSentence(words, tags) {
  const { text, spans } = detokenize(words);
  const gold = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const type = tag.slice(2);
    const last = gold[gold.length - 1];
    if (tag.startsWith('I-') && last && last.type === type && last.lastWord === i - 1) { last.end = spans[i][1]; last.lastWord = i; }
    else gold.push({ start: spans[i][0], end: spans[i][1], type, lastWord: i });
  });
  const tokens = tokenize(text);
  // project the gold spans onto our own tokens: a token inside a span is B- at its start, I- after
  const labels = tokens.map((t) => {
    const g = gold.find((s) => t.start >= s.start && t.start < s.end);
    if (!g) return 'O';
    return (t.start === g.start ? 'B-' : 'I-') + g.type;
  });
  return { text, tokens, labels, gold };
}

// ------------------------------------------------------------------ features → ids

function staticFeatures(docs) {
  const out = [];
  for (const d of docs) {
    const stats = collectDocStats(d.sentences.map((s) => s.tokens));
    for (const s of d.sentences) out.push({ s, tfs: sentenceFeatures(s.tokens, stats, matchGazetteer) });
  }
  return out;
}

console.error(`reading ${DATA}`);
const train = readDocs(path.join(DATA, 'train.txt'));
const devFile = path.join(DATA, 'valid.txt');
const dev = fs.existsSync(devFile) && args['no-dev'] === undefined ? readDocs(devFile) : [];
const trainSents = staticFeatures(train);
const devSents = staticFeatures(dev);
console.error(`train: ${trainSents.length} sentences; dev: ${devSents.length}`);

const counts = new Map();
for (const { tfs } of trainSents) for (const tf of tfs) for (const f of tf.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
const ids = new Map();
for (const [f, c] of counts) if (c >= MIN_COUNT) ids.set(f, ids.size);
console.error(`static features: ${counts.size}, kept (count >= ${MIN_COUNT}): ${ids.size}`);

let capacity = ids.size + 400_000;
let W = new Float64Array(capacity * L);
let ACC = new Float64Array(capacity * L);
let TS = new Float64Array(capacity * L);
function grow() {
  capacity *= 2;
  for (const name of ['W', 'ACC', 'TS']) {
    const old = name === 'W' ? W : name === 'ACC' ? ACC : TS;
    const n = new Float64Array(capacity * L);
    n.set(old);
    if (name === 'W') W = n; else if (name === 'ACC') ACC = n; else TS = n;
  }
}
function idOf(f, add) {
  let id = ids.get(f);
  if (id === undefined && add) {
    id = ids.size;
    ids.set(f, id);
    if (id >= capacity) grow();
  }
  return id;
}
for (const x of trainSents) x.ids = x.tfs.map((tf) => tf.feats.map((f) => ids.get(f)).filter((i) => i !== undefined));
for (const x of devSents) x.ids = x.tfs.map((tf) => tf.feats.map((f) => ids.get(f)).filter((i) => i !== undefined));

const scores = new Float64Array(L);
function score(fids, weights) {
  scores.fill(0);
  for (const f of fids) { const b = f * L; for (let k = 0; k < L; k++) scores[k] += weights[b + k]; }
}
function best(p1) {
  let b = -1;
  for (let k = 0; k < L; k++) {
    const label = LABELS[k];
    if (label.startsWith('I-') && p1.slice(2) !== label.slice(2)) continue;
    if (b < 0 || scores[k] > scores[b]) b = k;
  }
  return b;
}

let T = 1;
function update(fids, k, delta) {
  for (const f of fids) {
    const i = f * L + k;
    ACC[i] += (T - TS[i]) * W[i];
    TS[i] = T;
    W[i] += delta;
  }
}

function tagSentence(x, weights, learn) {
  let p1 = '<s>';
  let p2 = '<s>';
  const out = [];
  x.tfs.forEach((tf, i) => {
    const hist = historyFeatures(tf, p1, p2).map((f) => idOf(f, learn)).filter((id) => id !== undefined);
    const fids = x.ids[i].concat(hist);
    score(fids, weights);
    const guess = best(p1);
    if (learn) {
      const gold = LABEL_ID.get(x.s.labels[i]);
      if (gold !== guess) { update(fids, gold, 1); update(fids, guess, -1); }
      T++;
      // learn with the gold history, as decoding will mostly see correct tags to its left
      p2 = p1; p1 = x.s.labels[i];
    } else {
      p2 = p1; p1 = LABELS[guess];
    }
    out.push(LABELS[guess]);
  });
  return out;
}

function spansOf(tokens, labels) {
  const out = [];
  let cur = null;
  labels.forEach((label, i) => {
    if (label === 'O') { cur = null; return; }
    const type = label.slice(2);
    if (label.startsWith('B-') || !cur || cur.type !== type) { cur = { start: tokens[i].start, end: tokens[i].end, type }; out.push(cur); }
    else cur.end = tokens[i].end;
  });
  return out;
}

function evaluate(sents, weights) {
  const c = {};
  for (const t of ['PER', 'ORG', 'LOC', 'ALL']) c[t] = { tp: 0, fp: 0, fn: 0 };
  for (const x of sents) {
    const pred = spansOf(x.s.tokens, tagSentence(x, weights, false)).filter((s) => s.type !== 'MISC');
    const gold = x.s.gold.filter((s) => s.type !== 'MISC');
    const key = (s) => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) { const hit = g.has(key(s)); c[s.type][hit ? 'tp' : 'fp']++; c.ALL[hit ? 'tp' : 'fp']++; }
    for (const s of gold) if (!p.has(key(s))) { c[s.type].fn++; c.ALL.fn++; }
  }
  const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  return Object.entries(c).map(([k, v]) => `${k} ${f1(v).toFixed(3)}`).join('  ');
}

function averaged() {
  const n = ids.size * L;
  const avg = new Float64Array(n);
  for (let i = 0; i < n; i++) avg[i] = (ACC[i] + (T - TS[i]) * W[i]) / T;
  return avg;
}

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const order = trainSents.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  const t0 = Date.now();
  for (const i of order) tagSentence(trainSents[i], W, true);
  const msg = devSents.length && (epoch % 2 === 0 || epoch === EPOCHS) ? `dev exact F1: ${evaluate(devSents, averaged())}` : '';
  console.error(`epoch ${epoch} ${((Date.now() - t0) / 1000).toFixed(1)}s ${msg}`);
}

const avg = averaged();
const names = [];
const ints = [];
for (const [f, id] of ids) {
  let max = 0;
  for (let k = 0; k < L; k++) max = Math.max(max, Math.abs(avg[id * L + k]));
  if (max < PRUNE) continue;
  names.push(f);
  for (let k = 0; k < L; k++) ints.push(Math.max(-32767, Math.min(32767, Math.round(avg[id * L + k] * SCALE))));
}
if (names.some((n) => n.includes('\n'))) throw new Error('a feature name holds a line break');
const stored = encodeModel(
  `Averaged perceptron, ${EPOCHS} epochs on CoNLL-2003 English train (Reuters RCV1, research use; text not included). Built by scripts/train-ner.mjs.`,
  LABELS, SCALE, names, new Int16Array(ints),
);
fs.writeFileSync(OUT, JSON.stringify(stored));
console.error(`kept ${names.length} of ${ids.size} features; ${(fs.statSync(OUT).size / 1024 / 1024).toFixed(2)} MB → ${path.relative(root, OUT)}`);
