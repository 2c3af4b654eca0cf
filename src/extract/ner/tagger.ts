// Averaged-perceptron name tagger (extract stage): loads the shipped weights and tags tokens greedily, left to right.
import { readFileSync } from 'node:fs';
import { caseMode, historyFeatures, isCapital, MAX_AFFIX, shapeOf, type DocStats, type GazetteerMatcher, type TokenFeatures } from './features.js';
import type { Token } from './tokenize.js';
import { packageFile } from '../../paths.js';

/** A tagged name: offsets into the text, type from the CoNLL label set. */
export interface NameSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/**
 * On-disk form (models/ner.json), written by scripts/train-ner.mjs through encodeModel. A feature is a template and
 * up to three values: "pw=the|army" is template "pw" with values "the", "army". Values are numbered in `symbols`
 * (one a line), so loading builds a few typed arrays and no object per feature.
 */
export interface StoredModel {
  about: string;
  labels: string[];
  scale: number;
  /** Template names; "" is a whole feature name kept as one value (see splitFeature). */
  templates: string[];
  /** Every value, one a line: words, shapes, affixes, labels, gazetteer kinds. */
  symbols: string;
  /** Int32 little-endian, base64: per feature its template index and three symbol numbers (-1 where unused). */
  features: string;
  /** Int16 little-endian × labels, base64: feature f's weight for label k, times `scale`, at f × labels + k. */
  weights: string;
}

/** Templates whose value is several values joined by "|": "sh3=Xx|x|." has three. */
const JOINED: Record<string, number> = { pw: 2, wn: 2, psh: 2, nsh: 2, sh3: 3, t2: 2 };
/** Templates whose value is a label, "|", then one value: the label holds no "|", the value may ("t1w=O|a|b"). */
const AFTER_LABEL = new Set(['t1w', 't1sh']);

/**
 * A feature name → template and values. Null when the values cannot be told apart: "pw=a|b|c" (a word holding "|")
 * may be "a|b" + "c" or "a" + "b|c"; such a feature is stored whole, under template "".
 */
export function splitFeature(name: string): { template: string; values: string[] } | null {
  const eq = name.indexOf('=');
  if (eq < 0) return { template: name, values: [] };
  const template = name.slice(0, eq);
  const value = name.slice(eq + 1);
  if (AFTER_LABEL.has(template)) {
    const bar = value.indexOf('|');
    return bar < 0 ? null : { template, values: [value.slice(0, bar), value.slice(bar + 1)] };
  }
  const n = JOINED[template];
  if (n === undefined) return { template, values: [value] };
  const values = value.split('|');
  return values.length === n ? { template, values } : null;
}

/** The stored form of trained weights: `ints` holds names.length × labels.length weights, times `scale`. */
export function encodeModel(about: string, labels: string[], scale: number, names: string[], ints: Int16Array): StoredModel {
  const templates = new Map<string, number>();
  const symbols = new Map<string, number>();
  const idOf = (m: Map<string, number>, k: string) => { let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } return v; };
  const tuples = new Int32Array(names.length * 4).fill(-1);
  names.forEach((name, f) => {
    const parts = splitFeature(name) ?? { template: '', values: [name] };
    tuples[f * 4] = idOf(templates, parts.template);
    parts.values.forEach((v, i) => { tuples[f * 4 + 1 + i] = idOf(symbols, v); });
  });
  const syms = [...symbols.keys()];
  if (syms.some((s) => s.includes('\n'))) throw new Error('a feature value holds a line break');
  return {
    about, labels, scale,
    templates: [...templates.keys()],
    symbols: syms.join('\n'),
    features: Buffer.from(tuples.buffer).toString('base64'),
    weights: Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).toString('base64'),
  };
}

/** FNV-1a over UTF-16 code units: `head` then s[from, to), so affixes and "N" + shape are looked up unbuilt. */
function hashChars(s: string, from: number, to: number, head: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < head.length; i++) h = Math.imul(h ^ head.charCodeAt(i), 16777619);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** Open addressing at most half full: a power of two at least twice `n`. */
const tableSize = (n: number) => { let size = 16; while (size < n * 2) size *= 2; return size; };

/** The model's values by number: one string holding them all, their start offsets, and a hash table over them. */
class SymbolTable {
  /** How many values. */
  readonly size: number;
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(private readonly pool: string) {
    let n = pool.length ? 1 : 0;
    for (let i = pool.indexOf('\n'); i >= 0; i = pool.indexOf('\n', i + 1)) n++;
    this.size = n;
    const starts = (this.starts = new Int32Array(n + 1));
    const slots = (this.slots = new Int32Array(tableSize(n)).fill(-1));
    const mask = (this.mask = slots.length - 1);
    // one pass over the pool, hashing as hashChars does (one loop: loading runs before the code is optimized)
    let s = 0;
    let h = 0x811c9dc5;
    for (let i = 0; i <= pool.length && n; i++) {
      const c = i < pool.length ? pool.charCodeAt(i) : 10;
      if (c !== 10) { h = Math.imul(h ^ c, 16777619); continue; }
      let slot = h & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = s;
      starts[++s] = i + 1;
      h = 0x811c9dc5;
    }
  }
  /** Number of the value `head` + s[from, to), or -1. */
  find(s: string, from = 0, to = s.length, head = ''): number {
    const len = head.length + to - from;
    for (let h = hashChars(s, from, to, head) & this.mask; ; h = (h + 1) & this.mask) {
      const id = this.slots[h]!;
      if (id < 0) return -1;
      const a = this.starts[id]!;
      if (this.starts[id + 1]! - 1 - a !== len) continue;
      let k = 0;
      while (k < head.length && this.pool.charCodeAt(a + k) === head.charCodeAt(k)) k++;
      if (k < head.length) continue;
      while (k < len && this.pool.charCodeAt(a + k) === s.charCodeAt(from + k - head.length)) k++;
      if (k === len) return id;
    }
  }
}

/** Features by (template, value, value, value) numbers: a hash table over the stored tuples. */
class FeatureTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(private readonly tuples: Int32Array) {
    const n = tuples.length / 4;
    this.slots = new Int32Array(tableSize(n)).fill(-1);
    this.mask = this.slots.length - 1;
    const slots = this.slots;
    const mask = this.mask;
    for (let f = 0; f < n; f++) {
      let h = mix(tuples[f * 4]!, tuples[f * 4 + 1]!, tuples[f * 4 + 2]!, tuples[f * 4 + 3]!) & mask;
      while (slots[h]! >= 0) h = (h + 1) & mask;
      slots[h] = f;
    }
  }
  /** The feature's number (its weights start at number × labels), or -1. */
  find(t: number, a = -1, b = -1, c = -1): number {
    if (t < 0) return -1;
    const tu = this.tuples;
    for (let h = mix(t, a, b, c) & this.mask; ; h = (h + 1) & this.mask) {
      const f = this.slots[h]!;
      if (f < 0) return -1;
      const o = f * 4;
      if (tu[o] === t && tu[o + 1] === a && tu[o + 2] === b && tu[o + 3] === c) return f;
    }
  }
}

function mix(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ c, 0x27d4eb2f);
  return h ^ (h >>> 15);
}

/** Template numbers the fast path asks for by name (-1 when the model has none of that template). */
const TEMPLATE_NAMES = ['', 'b', 'w', 'sh', 'm', 'mw', 'pre', 'suf', 'p1', 'n1', 'p2', 'n2', 'pw', 'wn', 'psh', 'nsh', 'sh3',
  'first', 'dl', 'dc', 'gz', 'pgz', 'ngz', 't1', 't2', 't1w', 't1sh'] as const;
type Templates = Record<(typeof TEMPLATE_NAMES)[number], number>;

/** Case modes (features.ts#caseMode) by number: the tagger indexes by number, so a new mode is no new code path. */
const MODES = 'NTC';

/** Distinct (mode, word) entries cached; past this the cache starts afresh, so memory stays bounded on huge inputs. */
const MAX_OWN_SUMS = 50_000;

/**
 * What the tagger keeps per distinct token text and case mode: the summed weights of its own features (word, shape,
 * affixes: most tokens repeat), and the numbers of its lower-case form and shape. Entry e's sum is at [e·L, (e+1)·L).
 */
interface WordCache {
  /** Entry numbers by text, one map per case mode (MODES). */
  byMode: Map<string, number>[];
  size: number;
  sums: Float32Array;
  lower: Int32Array;
  shape: Int32Array;
  /** Bit 1: the text holds "|" (its window features may be stored whole); bit 2: it starts with a capital. */
  flags: Uint8Array;
}

export interface TaggerModel {
  labels: string[];
  /** Feature f's weight for label k at f × labels.length + k. */
  weights: Float32Array;
  symbols: SymbolTable;
  features: FeatureTable;
  templates: Templates;
  templateOf: Map<string, number>;
  /** Symbol numbers of "<s>" (index 0) and each label (index k + 1), for the history features. */
  labelSym: Int32Array;
  edge: { start: number; end: number };
  /** Summed weights of "t1=" and "t2=" for each (label before last, last label) pair, at (i2 × (L+1) + i1) × L. */
  historySums: Float32Array;
  /** allowed[i1 × L + k]: label k may follow label i1 (0 is the sentence start); "I-ORG" only continues an ORG. */
  allowed: Uint8Array;
  /** Feature numbers of "dc=" by mode number (MODES) × 2 + (first token ? 1 : 0). */
  dc: Int32Array;
  direct: DirectTables;
  cache: WordCache;
  /** Score buffers of tagSentence, one label wide. */
  scratch: { scores: Float32Array; window: Float32Array };
}

/**
 * The lookups made for every token, by index instead of hashing: most of them find a feature, and a hash probe
 * costs several times an array read. Built at load from the feature tuples.
 */
interface DirectTables {
  /** Word symbol s's features "p1=", "n1=", "p2=", "n2=" (it is the word before, after …) at s × 4 + 0…3; -1: none. */
  neighbour: Int32Array;
  /** Per symbol, bits PW_FIRST … T1W_WORD: the pair lookups of a word that never appears there are skipped. */
  roles: Uint8Array;
  /** Dense number of each shape symbol in "psh=", "nsh=", "t1sh=" features (-1: in none); S of them. */
  shapeIndex: Int32Array;
  S: number;
  /** "psh=x|y" at x × S + y, "nsh=" likewise, "t1sh=label|y" at (label index + 1) × S + y; null past MAX_DENSE_SHAPES. */
  psh: Int32Array | null;
  nsh: Int32Array | null;
  t1sh: Int32Array | null;
}

const PW_FIRST = 1;
const PW_SECOND = 2;
const WN_FIRST = 4;
const WN_SECOND = 8;
const T1W_WORD = 16;
/** Shapes past which the shape-pair tables (S × S) stay hashed; shapeOf makes about a hundred in CoNLL. */
const MAX_DENSE_SHAPES = 1024;

function buildDirect(tuples: Int32Array, nSym: number, T: Templates, labelSym: Int32Array): DirectTables {
  const neighbour = new Int32Array(nSym * 4).fill(-1);
  const roles = new Uint8Array(nSym);
  const shapeIndex = new Int32Array(nSym).fill(-1);
  // template numbers in locals: this loop runs over every feature at load, before the code is optimized
  const { p1, n1, p2, n2, pw, wn, t1w, psh, nsh, t1sh } = T;
  const shapeFeatures: number[] = [];
  let S = 0;
  const n = tuples.length / 4;
  for (let f = 0; f < n; f++) {
    const t = tuples[f * 4]!;
    const a = tuples[f * 4 + 1]!;
    const b = tuples[f * 4 + 2]!;
    if (t === p1) neighbour[a * 4] = f;
    else if (t === n1) neighbour[a * 4 + 1] = f;
    else if (t === p2) neighbour[a * 4 + 2] = f;
    else if (t === n2) neighbour[a * 4 + 3] = f;
    else if (t === pw) { roles[a]! |= PW_FIRST; roles[b]! |= PW_SECOND; }
    else if (t === wn) { roles[a]! |= WN_FIRST; roles[b]! |= WN_SECOND; }
    else if (t === t1w) roles[b]! |= T1W_WORD;
    else if (t === psh || t === nsh || t === t1sh) {
      shapeFeatures.push(f);
      if (t !== t1sh && shapeIndex[a]! < 0) shapeIndex[a] = S++;
      if (shapeIndex[b]! < 0) shapeIndex[b] = S++;
    }
  }
  if (S > MAX_DENSE_SHAPES) return { neighbour, roles, shapeIndex, S, psh: null, nsh: null, t1sh: null };
  const direct = { neighbour, roles, shapeIndex, S, psh: new Int32Array(S * S).fill(-1), nsh: new Int32Array(S * S).fill(-1),
    t1sh: new Int32Array(labelSym.length * S).fill(-1) };
  const labelIndex = new Map(Array.from(labelSym, (sym, i) => [sym, i]));
  for (const f of shapeFeatures) {
    const t = tuples[f * 4]!;
    const a = tuples[f * 4 + 1]!;
    const b = tuples[f * 4 + 2]!;
    if (t === psh) direct.psh[shapeIndex[a]! * S + shapeIndex[b]!] = f;
    else if (t === nsh) direct.nsh[shapeIndex[a]! * S + shapeIndex[b]!] = f;
    else {
      const l = labelIndex.get(a);
      if (l !== undefined) direct.t1sh[l * S + shapeIndex[b]!] = f;
    }
  }
  return direct;
}

const MODEL_URL = packageFile('models/ner.json');
let cached: TaggerModel | null = null;

/** Typed view of base64 data; copied when the decoded bytes are not aligned for the element size. */
function decode<T>(b64: string, make: (buf: ArrayBuffer, offset: number, length: number) => T, size: number): T {
  const buf = Buffer.from(b64, 'base64');
  if (buf.byteOffset % size === 0) return make(buf.buffer as ArrayBuffer, buf.byteOffset, buf.byteLength / size);
  return make(new Uint8Array(buf).buffer, 0, buf.byteLength / size);
}

/** Turns the stored form into lookup tables. */
export function parseModel(stored: StoredModel): TaggerModel {
  const L = stored.labels.length;
  const ints = decode(stored.weights, (b, o, n) => new Int16Array(b, o, n), 2);
  const weights = new Float32Array(ints.length);
  const scale = stored.scale;
  for (let i = 0; i < ints.length; i++) weights[i] = ints[i]! / scale;
  const tuples = decode(stored.features, (b, o, n) => new Int32Array(b, o, n), 4);
  const symbols = new SymbolTable(stored.symbols);
  const features = new FeatureTable(tuples);
  const templateOf = new Map(stored.templates.map((t, i) => [t, i]));
  const templates = Object.fromEntries(TEMPLATE_NAMES.map((t) => [t, templateOf.get(t) ?? -1])) as Templates;
  const names = ['<s>', ...stored.labels];
  const labelSym = Int32Array.from(names, (l) => symbols.find(l));
  const historySums = new Float32Array(names.length * names.length * L);
  const allowed = new Uint8Array(names.length * L);
  names.forEach((p2, i2) => names.forEach((p1, i1) => {
    const o = (i2 * names.length + i1) * L;
    for (const f of [features.find(templates.t1, labelSym[i1]!), features.find(templates.t2, labelSym[i2]!, labelSym[i1]!)]) {
      if (f >= 0) for (let k = 0; k < L; k++) historySums[o + k]! += weights[f * L + k]!;
    }
  }));
  names.forEach((p1, i1) => stored.labels.forEach((label, k) => {
    allowed[i1 * L + k] = !label.startsWith('I-') || p1.slice(2) === label.slice(2) ? 1 : 0;
  }));
  const dc = new Int32Array(6);
  for (let m = 0; m < MODES.length; m++) {
    dc[m * 2] = features.find(templates.dc, symbols.find(MODES[m]!));
    dc[m * 2 + 1] = features.find(templates.dc, symbols.find(MODES[m]! + '0'));
  }
  return {
    labels: stored.labels, weights, symbols, features, templates, templateOf, labelSym, historySums, allowed, dc,
    direct: buildDirect(tuples, symbols.size, templates, labelSym),
    edge: { start: symbols.find('<s>'), end: symbols.find('</s>') },
    cache: newCache(L, 1024),
    scratch: { scores: new Float32Array(L), window: new Float32Array(L) },
  };
}

function newCache(L: number, capacity: number): WordCache {
  return {
    byMode: [...MODES].map(() => new Map<string, number>()), size: 0,
    sums: new Float32Array(capacity * L), lower: new Int32Array(capacity), shape: new Int32Array(capacity), flags: new Uint8Array(capacity),
  };
}

/** The shipped model, read once. */
export function loadModel(): TaggerModel {
  if (!cached) cached = parseModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as StoredModel);
  return cached;
}

/** Feature number of a feature name, or -1: the slow path, for feature strings (tagTokens, training checks). */
export function featureOf(model: TaggerModel, name: string): number {
  const parts = splitFeature(name) ?? { template: '', values: [name] };
  const t = model.templateOf.get(parts.template);
  if (t === undefined) return -1;
  const ids = parts.values.map((v) => model.symbols.find(v));
  if (ids.some((id) => id < 0)) return -1;
  return model.features.find(t, ids[0], ids[1], ids[2]);
}

/** Adds feature f's weights to scores[o, o + L). */
function addRow(model: TaggerModel, f: number, scores: Float32Array, o = 0): void {
  if (f < 0) return;
  const w = model.weights;
  const L = model.labels.length;
  for (let k = 0, r = f * L; k < L; k++) scores[o + k]! += w[r + k]!;
}

/** The cache entry of `text` in mode m, made on first sight: its own features' summed weights, summed in their order. */
function wordEntry(model: TaggerModel, text: string, m: number): number {
  let c = model.cache;
  const hit = c.byMode[m]!.get(text);
  if (hit !== undefined) return hit;
  const L = model.labels.length;
  if (c.size === c.lower.length) {
    const bigger = newCache(L, c.size * 2);
    bigger.sums.set(c.sums);
    bigger.lower.set(c.lower);
    bigger.shape.set(c.shape);
    bigger.flags.set(c.flags);
    bigger.byMode = c.byMode;
    bigger.size = c.size;
    c = model.cache = bigger;
  }
  const e = c.size++;
  c.byMode[m]!.set(text, e);
  const mode = MODES[m]!;
  const S = model.symbols;
  const F = model.features;
  const T = model.templates;
  const w = text.toLowerCase();
  const sh = shapeOf(text);
  const lw = S.find(w);
  const ssh = S.find(sh);
  c.lower[e] = lw;
  c.shape[e] = ssh;
  c.flags[e] = (text.includes('|') ? 1 : 0) | (isCapital(text) ? 2 : 0);
  // the order of ownFeatures ("b", "w=", "sh=", "m=", "mw=", then "pre=" and "suf=" by length): float sums depend on it
  const o = e * L;
  addRow(model, F.find(T.b), c.sums, o);
  if (lw >= 0) addRow(model, F.find(T.w, lw), c.sums, o);
  if (ssh >= 0) addRow(model, F.find(T.sh, ssh), c.sums, o);
  const msh = S.find(sh, 0, sh.length, mode);
  if (msh >= 0) addRow(model, F.find(T.m, msh), c.sums, o);
  const mw = m !== 0 ? S.find(w, 0, w.length, mode) : -1;
  if (mw >= 0) addRow(model, F.find(T.mw, mw), c.sums, o);
  const len = w.length;
  for (let k = 1; k <= MAX_AFFIX && k < len; k++) {
    const pre = S.find(w, 0, k);
    if (pre >= 0) addRow(model, F.find(T.pre, pre), c.sums, o);
    const suf = S.find(w, len - k, len);
    if (suf >= 0) addRow(model, F.find(T.suf, suf), c.sums, o);
  }
  return e;
}

// Buffers of the fast path, grown to the longest sentence seen: tagging allocates nothing per token.
let wordBuf = new Int32Array(64);
let shapeBuf = new Int32Array(64);
let oddBuf = new Uint8Array(64);
let entryBuf = new Int32Array(64);

// The rare cases (a long sentence, a "|" in a word, gazetteer matches) are functions of their own: tagSentence is
// compiled once, and code a first odd sentence reaches for the first time does not throw its optimized form away.
function ensureBuffers(n: number): void {
  if (wordBuf.length >= n + 4) return;
  wordBuf = new Int32Array(2 * n + 4);
  shapeBuf = new Int32Array(2 * n + 4);
  oddBuf = new Uint8Array(2 * n + 4);
  entryBuf = new Int32Array(2 * n + 4);
}

/** Window features of token i made from names, for a window holding "|": they may be stored whole ("pw=a|b|c"). */
function addWindowByName(model: TaggerModel, toks: Token[], i: number, win: Float32Array): void {
  const n = toks.length;
  const lw = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : toks[k]!.text.toLowerCase());
  const sh = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : shapeOf(toks[k]!.text));
  addRow(model, featureOf(model, 'pw=' + lw(i - 1) + '|' + lw(i)), win);
  addRow(model, featureOf(model, 'wn=' + lw(i) + '|' + lw(i + 1)), win);
  addRow(model, featureOf(model, 'psh=' + sh(i - 1) + '|' + sh(i)), win);
  addRow(model, featureOf(model, 'nsh=' + sh(i) + '|' + sh(i + 1)), win);
  addRow(model, featureOf(model, 'sh3=' + sh(i - 1) + '|' + sh(i) + '|' + sh(i + 1)), win);
}

/** "gz=", "pgz=", "ngz=" features of token i: its own gazetteer matches and its neighbours'. */
function addGazetteer(model: TaggerModel, gz: string[][], i: number, scores: Float32Array): void {
  const T = model.templates;
  for (const g of gz[i]!) addRow(model, gazetteerFeature(model, T.gz, g), scores);
  if (i > 0) for (const g of gz[i - 1]!) addRow(model, gazetteerFeature(model, T.pgz, g), scores);
  if (i + 1 < gz.length) for (const g of gz[i + 1]!) addRow(model, gazetteerFeature(model, T.ngz, g), scores);
}

/**
 * Best label per token of one sentence, from the features of tagTokens(model, sentenceFeatures(toks, stats, gaz))
 * looked up by number instead of built as strings. Float32 sums depend on their order: they are made in the order
 * the tagger has always made them (own features, static ones, window, history), so labels stay the same.
 */
export function tagSentence(model: TaggerModel, toks: Token[], stats: DocStats, gaz: GazetteerMatcher | null): string[] {
  const n = toks.length;
  const L = model.labels.length;
  const F = model.features;
  const S = model.symbols;
  const T = model.templates;
  const D = model.direct;
  const m = MODES.indexOf(caseMode(toks));
  ensureBuffers(n);
  // token i at i + 2, with two sentence-edge values on each side
  const words = wordBuf;
  const shapes = shapeBuf;
  const odd = oddBuf;
  const entries = entryBuf;
  // the cache starts afresh between sentences only: entries of this sentence stay valid while it is tagged
  if (model.cache.size + n > MAX_OWN_SUMS && model.cache.size > 0) model.cache = newCache(L, 1024);
  // the model learnt its words from text with straight apostrophes: "Workers’ Party" (a curly one, as most sites
  // write it) was tagged "’ Party", where "Workers' Party" is one name
  // (and an opening single quote too: "ask, quote, ‘So he’s going …’" made a person "So" after a ‘ the model never saw)
  for (let i = 0; i < n; i++) entries[i] = wordEntry(model, /[‘’]/.test(toks[i]!.text) ? toks[i]!.text.replace(/[‘’]/g, "'") : toks[i]!.text, m);
  const c = model.cache;
  words[0] = words[1] = model.edge.start;
  shapes[0] = shapes[1] = model.edge.start;
  words[n + 2] = words[n + 3] = model.edge.end;
  shapes[n + 2] = shapes[n + 3] = model.edge.end;
  odd[0] = odd[1] = odd[n + 2] = odd[n + 3] = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    words[i + 2] = c.lower[e]!;
    shapes[i + 2] = c.shape[e]!;
    odd[i + 2] = c.flags[e]! & 1;
  }
  const gz = gaz ? gaz(toks.map((t) => t.text)) : null;
  const scores = model.scratch.scores;
  const win = model.scratch.window;
  const out: string[] = [];
  let i1 = 0;
  let i2 = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    for (let k = 0, o = e * L; k < L; k++) scores[k] = c.sums[o + k]!;
    // static features in sentenceFeatures' order: "first=", "dl", "dc=", "gz=", "pgz=", "ngz="
    const j = i + 2;
    if (i === 0 && shapes[j]! >= 0) addRow(model, F.find(T.first, shapes[j]!), scores);
    if (c.flags[e]! & 2) {
      const w = toks[i]!.text.toLowerCase();
      if (stats.lowerSeen.has(w)) addRow(model, F.find(T.dl), scores);
      if (stats.capSeen.has(w)) addRow(model, model.dc[m * 2 + (i === 0 ? 1 : 0)]!, scores);
    }
    if (gz) addGazetteer(model, gz, i, scores);
    // window features, summed apart and then added, as they always were
    win.fill(0, 0, L);
    const a = words[j - 1]!;
    const b = words[j]!;
    const d = words[j + 1]!;
    if (a >= 0) addRow(model, D.neighbour[a * 4]!, win);
    if (d >= 0) addRow(model, D.neighbour[d * 4 + 1]!, win);
    if (words[j - 2]! >= 0) addRow(model, D.neighbour[words[j - 2]! * 4 + 2]!, win);
    if (words[j + 2]! >= 0) addRow(model, D.neighbour[words[j + 2]! * 4 + 3]!, win);
    const x = shapes[j - 1]!;
    const y = shapes[j]!;
    const z = shapes[j + 1]!;
    const xs = x >= 0 ? D.shapeIndex[x]! : -1;
    const ys = y >= 0 ? D.shapeIndex[y]! : -1;
    const zs = z >= 0 ? D.shapeIndex[z]! : -1;
    if (odd[j - 1] || odd[j] || odd[j + 1]) addWindowByName(model, toks, i, win);
    else {
      if (a >= 0 && b >= 0 && D.roles[a]! & PW_FIRST && D.roles[b]! & PW_SECOND) addRow(model, F.find(T.pw, a, b), win);
      if (b >= 0 && d >= 0 && D.roles[b]! & WN_FIRST && D.roles[d]! & WN_SECOND) addRow(model, F.find(T.wn, b, d), win);
      if (D.psh) { if (xs >= 0 && ys >= 0) addRow(model, D.psh[xs * D.S + ys]!, win); }
      else if (x >= 0 && y >= 0) addRow(model, F.find(T.psh, x, y), win);
      if (D.nsh) { if (ys >= 0 && zs >= 0) addRow(model, D.nsh[ys * D.S + zs]!, win); }
      else if (y >= 0 && z >= 0) addRow(model, F.find(T.nsh, y, z), win);
      if (x >= 0 && y >= 0 && z >= 0) addRow(model, F.find(T.sh3, x, y, z), win);
    }
    for (let k = 0; k < L; k++) scores[k]! += win[k]!;
    // history: "t1=" + "t2=" summed per label pair at load, then "t1w=" and "t1sh="
    for (let k = 0, o = (i2 * (L + 1) + i1) * L; k < L; k++) scores[k]! += model.historySums[o + k]!;
    const p1 = model.labelSym[i1]!;
    if (p1 >= 0 && b >= 0 && D.roles[b]! & T1W_WORD) addRow(model, F.find(T.t1w, p1, b), scores);
    if (D.t1sh) { if (ys >= 0) addRow(model, D.t1sh[i1 * D.S + ys]!, scores); }
    else if (p1 >= 0 && y >= 0) addRow(model, F.find(T.t1sh, p1, y), scores);
    const best = bestLabel(model, scores, i1);
    out.push(model.labels[best]!);
    i2 = i1;
    i1 = best + 1;
  }
  return out;
}

/** Feature number of "gz=" (or "pgz=", "ngz=") + a gazetteer match such as "country:B", or -1. */
function gazetteerFeature(model: TaggerModel, t: number, match: string): number {
  const sym = model.symbols.find(match);
  return sym < 0 ? -1 : model.features.find(t, sym);
}

/** The highest-scoring label allowed after label i1 (0: sentence start); the first one on a tie. */
function bestLabel(model: TaggerModel, scores: Float32Array, i1: number): number {
  const L = model.labels.length;
  let best = -1;
  for (let k = 0; k < L; k++) {
    if (!model.allowed[i1 * L + k]) continue;
    if (best < 0 || scores[k]! > scores[best]!) best = k;
  }
  return best;
}

/**
 * Best label per token from full feature strings (sentenceFeatures, as training sees them): the reference the fast
 * path (tagSentence) is checked against.
 */
export function tagTokens(model: TaggerModel, tfs: TokenFeatures[]): string[] {
  const L = model.labels.length;
  const names = ['<s>', ...model.labels];
  const out: string[] = [];
  const scores = new Float32Array(L);
  let i1 = 0;
  let i2 = 0;
  for (const tf of tfs) {
    scores.fill(0);
    for (const f of tf.feats.concat(historyFeatures(tf, names[i1]!, names[i2]!))) addRow(model, featureOf(model, f), scores);
    const best = bestLabel(model, scores, i1);
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

/**
 * The tagger's own word weights read a word as no name: "Police", "Officials", "Everyone" (its "w=" feature weighs
 * most for "O"). Unknown words and words whose weights lean to a name ("Apple", "Kent") are not.
 */
export function isOutsideWord(model: TaggerModel, word: string): boolean {
  return wordLabel(model, word) === 'O';
}

/**
 * The label the tagger's own word weights lean to for a word ("w=" feature), or null for a word it does not know:
 * "court" → "O", "smith" → "B-PER", "musk" → null.
 */
export function wordLabel(model: TaggerModel, word: string): string | null {
  const f = featureOf(model, 'w=' + word.toLowerCase());
  if (f < 0) return null;
  const L = model.labels.length;
  let best = 0;
  for (let k = 1; k < L; k++) if (model.weights[f * L + k]! > model.weights[f * L + best]!) best = k;
  return model.labels[best]!;
}
