// Averaged-perceptron name tagger (extract stage): loads the shipped weights and tags tokens greedily, left to right.
import { readFileSync } from 'node:fs';
import { historyFeatures, ownFeatures, type TokenFeatures } from './features.js';
import type { Token } from './tokenize.js';

/** A tagged name: offsets into the text, type from the CoNLL label set. */
export interface NameSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export interface TaggerModel {
  labels: string[];
  weights: Map<string, Float32Array>;
  /** Summed weights of a token's own features (word, shape, affixes) by mode + text: most tokens repeat. */
  ownSums: Map<string, Float32Array>;
  /** Words that occur in some context feature ("p1=", "pw=", "t1w=" …): other words' context features weigh nothing. */
  words: Set<string>;
}

/** Feature kinds whose value is a word, or words joined by "|" (after the label, for "t1w="). */
const WORD_FEATURES = /^(?:p1|n1|p2|n2|pw|wn|t1w)=(.*)$/s;

/** True when `word` may appear in the model's context features (a word holding "|" is never ruled out). */
export function isKnownWord(model: TaggerModel, word: string): boolean {
  return model.words.has(word) || word.includes('|');
}

/** Distinct (mode, word) sums kept; past this the cache starts afresh, so memory stays bounded on huge inputs. */
const MAX_OWN_SUMS = 50_000;

/** On-disk form (models/ner.json): feature names one per line, weights as little-endian int16 × labels, base64. */
export interface StoredModel {
  about: string;
  labels: string[];
  scale: number;
  features: string;
  weights: string;
}

const MODEL_URL = new URL('../../../models/ner.json', import.meta.url);
let cached: TaggerModel | null = null;

/** Turns the stored form into a lookup table. */
export function parseModel(stored: StoredModel): TaggerModel {
  const names = stored.features.split('\n');
  const L = stored.labels.length;
  const buf = Buffer.from(stored.weights, 'base64');
  const ints = new Int16Array(buf.buffer, buf.byteOffset, buf.byteLength / 2);
  const weights = new Map<string, Float32Array>();
  for (let f = 0; f < names.length; f++) {
    const w = new Float32Array(L);
    for (let k = 0; k < L; k++) w[k] = ints[f * L + k]! / stored.scale;
    weights.set(names[f]!, w);
  }
  const words = new Set<string>(['<s>', '</s>']);
  for (const name of names) {
    const m = WORD_FEATURES.exec(name);
    if (m) for (const part of m[1]!.split('|')) words.add(part);
  }
  return { labels: stored.labels, weights, ownSums: new Map(), words };
}

/** The shipped model, read once. */
export function loadModel(): TaggerModel {
  if (!cached) cached = parseModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as StoredModel);
  return cached;
}

function addScores(model: TaggerModel, feats: string[], scores: Float32Array): void {
  for (const f of feats) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
  }
}

/** The cached sum of a token's own features; `own` is mode + text (see sentenceFeatures). */
function ownSum(model: TaggerModel, own: string): Float32Array {
  let sum = model.ownSums.get(own);
  if (!sum) {
    sum = new Float32Array(model.labels.length);
    addScores(model, ownFeatures(own.slice(1), own[0]!), sum);
    if (model.ownSums.size >= MAX_OWN_SUMS) model.ownSums.clear();
    model.ownSums.set(own, sum);
  }
  return sum;
}

/** Best label per token; an I- label only continues a name of its own type ("I-ORG" after "O" is impossible). */
export function tagTokens(model: TaggerModel, tfs: TokenFeatures[]): string[] {
  const L = model.labels.length;
  const out: string[] = [];
  const scores = new Float32Array(L);
  // history features "t1=" and "t2=" depend on the two previous labels only: summed once per pair (index 0 is "<s>")
  const names = ['<s>', ...model.labels];
  const pairSums: (Float32Array | undefined)[] = [];
  let i1 = 0;
  let i2 = 0;
  for (const tf of tfs) {
    const p1 = names[i1]!;
    if (tf.own !== undefined) scores.set(ownSum(model, tf.own));
    else scores.fill(0);
    addScores(model, tf.feats, scores);
    if (tf.own !== undefined) {
      // the fast path: same features as historyFeatures, "t1w=" left out for words the model never saw
      const k = i2 * names.length + i1;
      let pair = pairSums[k];
      if (!pair) {
        pair = new Float32Array(L);
        addScores(model, ['t1=' + p1, 't2=' + names[i2]! + '|' + p1], pair);
        pairSums[k] = pair;
      }
      for (let j = 0; j < L; j++) scores[j]! += pair[j]!;
      const w = isKnownWord(model, tf.lower) ? model.weights.get('t1w=' + p1 + '|' + tf.lower) : undefined;
      if (w) for (let j = 0; j < L; j++) scores[j]! += w[j]!;
      const sh = model.weights.get('t1sh=' + p1 + '|' + tf.shape);
      if (sh) for (let j = 0; j < L; j++) scores[j]! += sh[j]!;
    } else {
      addScores(model, historyFeatures(tf, p1, names[i2]!), scores);
    }
    let best = -1;
    for (let k = 0; k < L; k++) {
      const label = model.labels[k]!;
      if (label.startsWith('I-') && p1.slice(2) !== label.slice(2)) continue;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    }
    out.push(model.labels[best]!);
    i2 = i1;
    i1 = best + 1;
  }
  return out;
}

/** BIO labels → spans over the tokens. */
export function toSpans(tokens: Token[], labels: string[]): NameSpan[] {
  const out: NameSpan[] = [];
  let cur: NameSpan | null = null;
  labels.forEach((label, i) => {
    const t = tokens[i]!;
    if (label === 'O') { cur = null; return; }
    const type = label.slice(2) as NameSpan['type'];
    if (label.startsWith('B-') || !cur || cur.type !== type) {
      cur = { start: t.start, end: t.end, type };
      out.push(cur);
    } else {
      cur.end = t.end;
    }
  });
  return out;
}
