// Averaged-perceptron name tagger (extract stage): loads the shipped weights and tags tokens greedily, left to right.
import { readFileSync } from 'node:fs';
import { historyFeatures, ownFeatures, type TokenFeatures } from './features.js';
import type { Token } from './tokenize.js';
import { packageFile } from '../../paths.js';

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
  /** The window and history features keyed by numbers instead of strings (see WindowTables). */
  tables: WindowTables;
}

/**
 * Window and history features by number: words and shapes get ids, and "pw=a|b" is found under id(a) × V + id(b),
 * so tagging builds no strings for them. A feature whose word holds "|" cannot be split back apart: it stays in the
 * string table only, and tokens holding "|" are looked up by string.
 */
interface WindowTables {
  wordId: Map<string, number>;
  shapeId: Map<string, number>;
  /** Multipliers: more than the largest word / shape id. */
  V: number;
  S: number;
  /** One-word features by word id: arrays, indexed faster than maps. */
  uni: Record<'p1' | 'n1' | 'p2' | 'n2', (Float32Array | undefined)[]>;
  pair: Record<'pw' | 'wn' | 'psh' | 'nsh' | 't1w' | 't1sh', Map<number, Float32Array>>;
  sh3: Map<number, Float32Array>;
}

const UNI = ['p1', 'n1', 'p2', 'n2'] as const;

function buildTables(names: string[], weights: Map<string, Float32Array>, labels: string[]): WindowTables {
  const wordId = new Map<string, number>();
  const shapeId = new Map<string, number>();
  const idOf = (m: Map<string, number>, k: string) => { let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } return v; };
  for (const e of ['<s>', '</s>']) { idOf(wordId, e); idOf(shapeId, e); }
  const labelId = new Map(['<s>', ...labels].map((l, i) => [l, i]));
  const parsed: [string, string[]][] = [];
  for (const name of names) {
    const eq = name.indexOf('=');
    if (eq < 0) continue;
    const t = name.slice(0, eq);
    const v = name.slice(eq + 1);
    if ((UNI as readonly string[]).includes(t)) { idOf(wordId, v); parsed.push([t, [v]]); continue; }
    if (t === 't1w' || t === 't1sh') {
      const bar = v.indexOf('|');
      const word = v.slice(bar + 1);
      if (t === 't1w') idOf(wordId, word); else idOf(shapeId, word);
      parsed.push([t, [v.slice(0, bar), word]]);
      continue;
    }
    if (!['pw', 'wn', 'psh', 'nsh', 'sh3'].includes(t)) continue;
    const parts = v.split('|');
    if (parts.length !== (t === 'sh3' ? 3 : 2)) continue;
    for (const x of parts) idOf(t === 'pw' || t === 'wn' ? wordId : shapeId, x);
    parsed.push([t, parts]);
  }
  const V = wordId.size;
  const S = shapeId.size;
  const uni: WindowTables['uni'] = { p1: new Array(V).fill(undefined), n1: new Array(V).fill(undefined), p2: new Array(V).fill(undefined), n2: new Array(V).fill(undefined) };
  const pair = { pw: new Map(), wn: new Map(), psh: new Map(), nsh: new Map(), t1w: new Map(), t1sh: new Map() } as WindowTables['pair'];
  const sh3 = new Map<number, Float32Array>();
  parsed.forEach(([t, parts]) => {
    const w = weights.get(`${t}=${parts.join('|')}`)!;
    if (t === 'p1' || t === 'n1' || t === 'p2' || t === 'n2') uni[t][wordId.get(parts[0]!)!] = w;
    else if (t === 'pw' || t === 'wn') pair[t].set(wordId.get(parts[0]!)! * V + wordId.get(parts[1]!)!, w);
    else if (t === 'psh' || t === 'nsh') pair[t].set(shapeId.get(parts[0]!)! * S + shapeId.get(parts[1]!)!, w);
    else if (t === 'sh3') sh3.set((shapeId.get(parts[0]!)! * S + shapeId.get(parts[1]!)!) * S + shapeId.get(parts[2]!)!, w);
    else if (t === 't1w') { const l = labelId.get(parts[0]!); if (l !== undefined) pair.t1w.set(l * V + wordId.get(parts[1]!)!, w); }
    else if (t === 't1sh') { const l = labelId.get(parts[0]!); if (l !== undefined) pair.t1sh.set(l * S + shapeId.get(parts[1]!)!, w); }
  });
  return { wordId, shapeId, V, S, uni, pair, sh3 };
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

const MODEL_URL = packageFile('models/ner.json');
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
  return { labels: stored.labels, weights, ownSums: new Map(), words, tables: buildTables(names, weights, stored.labels) };
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

function addVec(scores: Float32Array, w: Float32Array | undefined): void {
  if (w) for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
}

/**
 * Scores of the window features of every token (what sentenceFeatures leaves out with leaveOutWindow), by number,
 * into one array: token i's scores at [i·L, (i+1)·L). Fills `wid`/`sid` (word and shape ids, -1 unknown; padded with
 * two sentence-edge ids on each side, so token i is at i + 2) and `odd` (token holds "|") for the history features.
 */
function windowScores(model: TaggerModel, tfs: TokenFeatures[], wid: number[], sid: number[], odd: boolean[]): Float32Array {
  const T = model.tables;
  const L = model.labels.length;
  const n = tfs.length;
  // "<s>" is id 0 and "</s>" id 1 in both maps
  wid.push(0, 0);
  sid.push(0, 0);
  for (const tf of tfs) {
    wid.push(T.wordId.get(tf.lower) ?? -1);
    sid.push(T.shapeId.get(tf.shape) ?? -1);
    odd.push(tf.lower.includes('|') || tf.shape.includes('|'));
  }
  wid.push(1, 1);
  sid.push(1, 1);
  const out = new Float32Array(n * L);
  const add = (i: number, w: Float32Array | undefined) => {
    if (!w) return;
    const o = i * L;
    for (let k = 0; k < L; k++) out[o + k]! += w[k]!;
  };
  for (let i = 0; i < n; i++) {
    const j = i + 2;
    const a = wid[j - 1]!;
    const b = wid[j]!;
    const c = wid[j + 1]!;
    if (a >= 0) add(i, T.uni.p1[a]);
    if (c >= 0) add(i, T.uni.n1[c]);
    if (wid[j - 2]! >= 0) add(i, T.uni.p2[wid[j - 2]!]);
    if (wid[j + 2]! >= 0) add(i, T.uni.n2[wid[j + 2]!]);
    const oddHere = odd[i]! || (i > 0 && odd[i - 1]!) || (i + 1 < n && odd[i + 1]!);
    if (!oddHere) {
      if (a >= 0 && b >= 0) add(i, T.pair.pw.get(a * T.V + b));
      if (b >= 0 && c >= 0) add(i, T.pair.wn.get(b * T.V + c));
      const x = sid[j - 1]!;
      const y = sid[j]!;
      const z = sid[j + 1]!;
      if (x >= 0 && y >= 0) add(i, T.pair.psh.get(x * T.S + y));
      if (y >= 0 && z >= 0) add(i, T.pair.nsh.get(y * T.S + z));
      if (x >= 0 && y >= 0 && z >= 0) add(i, T.sh3.get((x * T.S + y) * T.S + z));
    } else {
      // a "|" inside a word or shape: these features are only in the string table
      const lw = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : tfs[k]!.lower);
      const sh = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : tfs[k]!.shape);
      add(i, model.weights.get('pw=' + lw(i - 1) + '|' + lw(i)));
      add(i, model.weights.get('wn=' + lw(i) + '|' + lw(i + 1)));
      add(i, model.weights.get('psh=' + sh(i - 1) + '|' + sh(i)));
      add(i, model.weights.get('nsh=' + sh(i) + '|' + sh(i + 1)));
      add(i, model.weights.get('sh3=' + sh(i - 1) + '|' + sh(i) + '|' + sh(i + 1)));
    }
  }
  return out;
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
  const wid: number[] = [];
  const sid: number[] = [];
  const odd: boolean[] = [];
  const windows = tfs.length && tfs[0]!.window ? windowScores(model, tfs, wid, sid, odd) : null;
  for (let t = 0; t < tfs.length; t++) {
    const tf = tfs[t]!;
    const p1 = names[i1]!;
    if (tf.own !== undefined) scores.set(ownSum(model, tf.own));
    else scores.fill(0);
    addScores(model, tf.feats, scores);
    if (windows) {
      for (let k = 0, o = t * L; k < L; k++) scores[k]! += windows[o + k]!;
      const k = i2 * names.length + i1;
      let pair = pairSums[k];
      if (!pair) {
        pair = new Float32Array(L);
        addScores(model, ['t1=' + p1, 't2=' + names[i2]! + '|' + p1], pair);
        pairSums[k] = pair;
      }
      addVec(scores, pair);
      const T = model.tables;
      if (odd[t]) {
        addVec(scores, model.weights.get('t1w=' + p1 + '|' + tf.lower));
        addVec(scores, model.weights.get('t1sh=' + p1 + '|' + tf.shape));
      } else {
        if (wid[t + 2]! >= 0) addVec(scores, T.pair.t1w.get(i1 * T.V + wid[t + 2]!));
        if (sid[t + 2]! >= 0) addVec(scores, T.pair.t1sh.get(i1 * T.S + sid[t + 2]!));
      }
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
