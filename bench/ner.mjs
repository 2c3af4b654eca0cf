// Benchmark of actors and places (extract stage) on CoNLL-2003 dev (exact spans) and re3d dev (names only, overlap):
// runs the CLI over materialized .txt documents, scores person→PER, organization→ORG, places→LOC, and measures KB/s.
// Usage: npm run bench:ner [-- --errors N] [-- --in-process]   (--in-process: score the library, not the CLI)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readMaterialized, runCliOver } from './lib/run-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ERRORS = Number(opt('--errors') ?? 0);
const SETS = [
  { name: 'conll-dev', dataset: 'conll', input: path.join(shared, 'data/ner/conll2003/valid.txt'), match: 'exact', namesOnly: false },
  { name: 're3d-dev', dataset: 're3d', input: path.join(shared, 'data/ner/re3d'), match: 'overlap', namesOnly: true },
];

if (!SETS.every((s) => fs.existsSync(s.input)) || !fs.existsSync(path.join(shared, 'tools/materialize.mjs'))) {
  console.log(`bench:ner: no data at ${path.join(shared, 'data/ner')}; nothing to measure`);
  process.exit(0);
}
const { materializeCached } = await import(pathToFileURL(path.join(shared, 'tools/materialize.mjs')).href);

const TYPES = ['PER', 'ORG', 'LOC'];

// ---- the metric: one-to-one matching, greedy by overlap size; exact = same start, end and type
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const typeOk = (p, g) => p.type === g.type || (g.alt ?? []).includes(p.type);
function matchSpans(preds, golds, mode) {
  const pairs = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    if (!typeOk(p, g)) return;
    if (mode === 'exact' ? p.start === g.start && p.end === g.end : overlap(p, g) > 0) pairs.push([i, j, mode === 'exact' ? 1 : overlap(p, g)]);
  }));
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedP = new Set(); const usedG = new Set(); const out = [];
  for (const [i, j] of pairs) if (!usedP.has(i) && !usedG.has(j)) { usedP.add(i); usedG.add(j); out.push([i, j]); }
  return out;
}
// re3d marks pronouns and common nouns ("he", "the army"); names-only keeps gold spans with a capitalised word
const PRONOUNS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their',
  'it', 'its', 'you', 'your', 'this', 'that', 'these', 'those', 'who', 'here', 'there']);
function isNameLike(s) {
  const ws = s.split(/\s+/).filter(Boolean);
  if (ws.every((w) => PRONOUNS.has(w.toLowerCase().replace(/[^a-z]/g, '')))) return false;
  return ws.some((w) => /^[A-Z0-9]/.test(w) && !PRONOUNS.has(w.toLowerCase()) && !/^(The|A|An)$/.test(w));
}

function score(set, gold, predsByFile, texts) {
  const c = Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errs = new Map();
  for (const [file, g] of Object.entries(gold)) {
    const text = texts.get(file);
    const all = g.entities ?? [];
    const golds = all.filter((e) => TYPES.includes(e.type) && (!set.namesOnly || isNameLike(text.slice(e.start, e.end))));
    // a prediction on an unscored gold span (MISC, or a pronoun under names-only) counts as a false positive
    const preds = predsByFile.get(file) ?? [];
    const m = matchSpans(preds, golds, set.match);
    const mp = new Set(m.map((x) => x[0])); const mg = new Set(m.map((x) => x[1]));
    for (const [i] of m) { c[preds[i].type].tp++; c.ALL.tp++; }
    preds.forEach((p, i) => { if (!mp.has(i)) { c[p.type].fp++; c.ALL.fp++; errs.set(`FP ${p.type} ${text.slice(p.start, p.end)}`, (errs.get(`FP ${p.type} ${text.slice(p.start, p.end)}`) ?? 0) + 1); } });
    golds.forEach((e, j) => { if (!mg.has(j)) { c[e.type].fn++; c.ALL.fn++; errs.set(`FN ${e.type} ${text.slice(e.start, e.end)}`, (errs.get(`FN ${e.type} ${text.slice(e.start, e.end)}`) ?? 0) + 1); } });
  }
  const prf = ({ tp, fp, fn }) => {
    const p = tp + fp ? tp / (tp + fp) : 0; const r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return { counts: c, prf: Object.fromEntries(Object.entries(c).map(([k, v]) => [k, prf(v)])), errs };
}

// ---- predictions: the CLI over the folder (one ndjson record per document), or the library in-process
function predsOf(rec) {
  const out = [];
  for (const a of rec.actors ?? []) for (const m of a.mentions) out.push({ start: m.start, end: m.end, type: a.type === 'person' ? 'PER' : 'ORG' });
  for (const p of rec.places ?? []) for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: 'LOC' });
  return out;
}

function runCli(textDir) {
  const r = runCliOver(root, textDir, (rec) => predsOf(rec));
  return r.error ? r : { preds: r.byFile, seconds: r.seconds };
}

async function runInProcess(texts) {
  const { findActorsAndPlaces } = await import(pathToFileURL(path.join(root, 'dist/extract/actors.js')).href);
  const { splitSentences } = await import(pathToFileURL(path.join(root, 'dist/extract/sentences.js')).href);
  findActorsAndPlaces(ctxOf('Warm-up: Barack Obama met NATO in Paris.', splitSentences));
  const preds = new Map();
  let seconds = 0;
  for (const [file, text] of texts) {
    const ctx = ctxOf(text, splitSentences);
    const t0 = performance.now();
    const r = findActorsAndPlaces(ctx);
    seconds += (performance.now() - t0) / 1000;
    preds.set(file, predsOf(r));
  }
  return { preds, seconds };
}

// paragraphs = blocks between blank lines, as the text stage makes them under --no-clean
function ctxOf(text, splitSentences) {
  const paragraphs = [];
  for (const m of text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { doc: null, text, sentences: splitSentences(text, paragraphs), referenceDate: null };
}

/** Seconds of the whole extract stage (actors, places, numbers, dates, claims) over the texts, in-process. */
async function timeExtractStage(texts) {
  const file = path.join(root, 'dist/extract/index.js');
  try {
    const { extractEntities } = await import(pathToFileURL(file).href);
    const docs = [...texts.values()].map((text) => ({
      source: { kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, html: text,
      meta: { title: null, authors: [], published: null, site: null, language: null, canonicalUrl: null }, removed: [], text,
      paragraphs: [...text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      entities: { actors: [], places: [], numbers: [], dates: [], claims: [] }, messages: [],
    }));
    extractEntities(docs[0]);
    const t0 = performance.now();
    for (const d of docs) extractEntities(d);
    return (performance.now() - t0) / 1000;
  } catch (e) {
    return `unavailable (${String(e.message ?? e).split('\n')[0]})`;
  }
}

const pct = (x) => (100 * x).toFixed(1);
for (const set of SETS) {
  // the shared tool writes DIR/text/*.txt and DIR/gold.json once, into a cache under the OS temp folder
  const dir = materializeCached(set.dataset, set.input);
  const { gold, textDir, texts, bytes } = readMaterialized(dir);
  let run = args.includes('--in-process') ? null : runCli(textDir);
  let how = 'CLI';
  if (!run || run.error) {
    if (run?.error) console.log(`${set.name}: CLI run failed (${run.error}); scoring the library in-process`);
    run = await runInProcess(texts);
    how = 'in-process';
  }
  const res = score(set, gold, run.preds, texts);
  console.log(`${set.name} (${set.match} match${set.namesOnly ? ', names only' : ''}, ${how}, ${texts.size} documents, ${(bytes / 1024).toFixed(0)} KB)`);
  for (const t of TYPES) {
    const x = res.prf[t];
    console.log(`${set.name} ${t} P ${pct(x.p)} R ${pct(x.r)} F1 ${pct(x.f)}`);
  }
  console.log(`${set.name} micro F1 ${pct(res.prf.ALL.f)} (P ${pct(res.prf.ALL.p)} R ${pct(res.prf.ALL.r)})`);
  console.log(`${set.name} ${how} KB/s ${(bytes / 1024 / run.seconds).toFixed(0)}`);
  if (set.dataset === 'conll') {
    const own = how === 'in-process' ? run : await runInProcess(texts);
    console.log(`${set.name} actors+places stage KB/s ${(bytes / 1024 / own.seconds).toFixed(0)}`);
    const s = await timeExtractStage(texts);
    console.log(typeof s === 'number' ? `${set.name} whole extract stage KB/s ${(bytes / 1024 / s).toFixed(0)}` : `${set.name} whole extract stage KB/s ${s}`);
  }
  if (ERRORS) {
    const top = [...res.errs].sort((a, b) => b[1] - a[1]).slice(0, ERRORS);
    for (const [k, n] of top) console.log(`  ${k} x${n}`);
  }
}
