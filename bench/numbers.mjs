// Benchmark of numbers (extract stage) on re3d's Quantity and Money spans annotated with value, hedge, unit, counted
// noun and event (../shared/data/numbers/re3d-counts.json): runs the CLI over the materialized re3d texts.
// Usage: npm run bench:numbers [-- --errors N] [-- --in-process]   (--in-process: score the library, not the CLI)
//
// Metric (own implementation, cross-checked against ../shared/tools/score-counts.mjs): recall = gold numbers (kind
// not none/ordinal) that some predicted number overlaps; for value, approximate, unit, counts and event, the share
// of gold items with a non-null value for that field where an overlapping prediction has it right. counts is right
// when the gold head noun is the predicted phrase's last word or any of its words (singular or plural); event when a
// content word of the predicted verb phrase has the gold lemma (or one of eventAlso) as its lemma.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCliOver } from './lib/run-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const goldFile = path.join(shared, 'data/numbers/re3d-counts.json');
const re3d = path.join(shared, 'data/ner/re3d');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ERRORS = Number(opt('--errors') ?? 0);

if (!fs.existsSync(goldFile) || !fs.existsSync(re3d) || !fs.existsSync(path.join(shared, 'tools/materialize.mjs'))) {
  console.log(`bench:numbers: no data at ${goldFile}; nothing to measure`);
  process.exit(0);
}
const { materializeCached } = await import(pathToFileURL(path.join(shared, 'tools/materialize.mjs')).href);

// ---- field comparison
const UNIT_ALIASES = {
  km: ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'], mi: ['mi', 'mile', 'miles'], m: ['m', 'meter', 'meters', 'metre', 'metres'],
  ft: ['ft', 'foot', 'feet'], km2: ['km2', 'km²', 'sq km', 'square kilometers', 'square kilometres'], mi2: ['mi2', 'sq mi', 'square miles'],
  '%': ['%', 'percent', 'per cent', 'pct'], h: ['h', 'hr', 'hrs', 'hour', 'hours'], min: ['min', 'mins', 'minute', 'minutes'],
  month: ['month', 'months'], year: ['year', 'years', 'yr'], USD: ['usd', '$', 'us$', 'dollar', 'dollars'], GBP: ['gbp', '£', 'pound', 'pounds'],
  EUR: ['eur', '€', 'euro', 'euros'], JOD: ['jod'], MW: ['mw', 'megawatt', 'megawatts'], m3: ['m3', 'm³'], 'm3/s': ['m3/s', 'm³/s'],
  'ft3/s': ['ft3/s', 'cu ft/s', 'cfs'], 'acre-ft': ['acre-ft', 'acre·ft', 'acre-feet'],
};
const UNIT_MAP = new Map(Object.entries(UNIT_ALIASES).flatMap(([code, forms]) => [[code.toLowerCase(), code], ...forms.map((f) => [f, code])]));
const normUnit = (u) => (u == null ? null : UNIT_MAP.get(String(u).toLowerCase().trim()) ?? String(u).trim());

const singulars = (w) => {
  const out = new Set([w]);
  if (w === 'people' || w === 'persons') out.add('people');
  if (/men$/.test(w)) out.add(w.replace(/men$/, 'man'));
  if (/ies$/.test(w)) out.add(w.replace(/ies$/, 'y'));
  if (/es$/.test(w)) out.add(w.slice(0, -2));
  if (/s$/.test(w) && !/ss$/.test(w)) out.add(w.slice(0, -1));
  return out;
};
const wordsOf = (s) => String(s).toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z0-9]+/).filter(Boolean);
function countsRight(pred, gold) {
  if (typeof pred !== 'string' || !pred.trim()) return false;
  const g = gold.toLowerCase().replace(/[^a-z0-9]/g, '');
  const ws = wordsOf(pred);
  if (ws.some((w) => singulars(w).has(g))) return true;
  for (let i = 0; i + 1 < ws.length; i++) if (singulars(ws[i] + ws[i + 1]).has(g)) return true; // "air strikes"
  return false;
}
const IRREGULAR = { took: 'take', taken: 'take', fought: 'fight', gave: 'give', given: 'give', has: 'have', had: 'have',
  withdrew: 'withdraw', withdrawn: 'withdraw', held: 'hold', left: 'leave', made: 'make', sent: 'send', struck: 'strike',
  hit: 'hit', shot: 'shoot', lost: 'lose', fled: 'flee', brought: 'bring', won: 'win', found: 'find', led: 'lead' };
const SKIP = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'to', 'not',
  'also', 'reportedly', 'off', 'out', 'up', 'down', 'back', 'away', 'over']);
function lemmas(w) {
  const out = new Set([w]);
  if (IRREGULAR[w]) out.add(IRREGULAR[w]);
  for (const b of [/ied$/.test(w) && w.replace(/ied$/, 'y'), /ed$/.test(w) && w.slice(0, -2), /ed$/.test(w) && w.slice(0, -1),
    /ing$/.test(w) && w.slice(0, -3), /ing$/.test(w) && `${w.slice(0, -3)}e`, /ies$/.test(w) && w.replace(/ies$/, 'y'),
    /es$/.test(w) && w.slice(0, -2), /s$/.test(w) && w.slice(0, -1)]) {
    if (!b || b.length < 2) continue;
    out.add(b);
    if (/([bcdfgklmnprstvz])\1$/.test(b)) out.add(b.slice(0, -1));
  }
  return out;
}
function eventRight(pred, golds) {
  if (typeof pred !== 'string' || !pred.trim()) return false;
  let ws = wordsOf(pred).filter((w) => !SKIP.has(w));
  if (!ws.length) ws = wordsOf(pred);
  return ws.some((w) => golds.some((g) => lemmas(w).has(g)));
}

// ---- predictions
function runCli(textDir) {
  const r = runCliOver(root, textDir, (rec) => rec.numbers ?? []);
  return r.error ? r : { numbers: r.byFile, seconds: r.seconds };
}

/** findNumbers over the texts in-process; seconds = CPU time (the benches share a busy machine), after a warm-up. */
async function runInProcess(texts) {
  const { findNumbers } = await import(pathToFileURL(path.join(root, 'dist/extract/numbers.js')).href);
  const { splitSentences } = await import(pathToFileURL(path.join(root, 'dist/extract/sentences.js')).href);
  const ctxs = [...texts].map(([file, text]) => {
    const paragraphs = [...text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return [file, { doc: { text, paragraphs }, text, sentences: splitSentences(text, paragraphs), referenceDate: null }];
  });
  for (const [, ctx] of ctxs.slice(0, 3)) findNumbers(ctx); // warm-up: compromise loads its model on first use
  const numbers = new Map();
  const t0 = process.cpuUsage();
  for (const [file, ctx] of ctxs) numbers.set(file, findNumbers(ctx));
  const u = process.cpuUsage(t0);
  return { numbers, seconds: (u.user + u.system) / 1e6 };
}

const dir = materializeCached('re3d', re3d);
const textDir = path.join(dir, 'text');
const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')).items;
const texts = new Map(fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, fs.readFileSync(path.join(textDir, f), 'utf8')]));
const bytes = [...texts.values()].reduce((a, t) => a + Buffer.byteLength(t), 0);
let run = args.includes('--in-process') ? null : runCli(textDir);
let how = 'CLI';
if (!run || run.error) {
  if (run?.error) console.log(`numbers: CLI run failed (${run.error}); scoring the library in-process`);
  run = await runInProcess(texts);
  how = 'in-process';
}

const FIELDS = ['value', 'approximate', 'unit', 'counts', 'event'];
const right = Object.fromEntries(FIELDS.map((f) => [f, 0]));
const total = Object.fromEntries(FIELDS.map((f) => [f, 0]));
const errors = Object.fromEntries(FIELDS.map((f) => [f, []]));
let scored = 0;
let overlapped = 0;
const missed = [];
for (const g of gold) {
  if (g.kind === 'none' || g.kind === 'ordinal') continue;
  scored++;
  const preds = (run.numbers.get(g.file) ?? []).filter((p) => p.start < g.end && p.end > g.start);
  if (preds.length) overlapped++;
  else missed.push(`${g.file} ${g.start}-${g.end} ${JSON.stringify(g.text)}`);
  const ok = {
    value: (p) => typeof p.value === 'number' && Math.abs(p.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) || (g.unit === '%' && Math.abs(p.value - g.value / 100) < 1e-9),
    approximate: (p) => p.approximate === g.approximate,
    unit: (p) => normUnit(p.unit) === normUnit(g.unit),
    counts: (p) => countsRight(p.counts, g.counts),
    event: (p) => eventRight(p.event, [g.event, ...(g.eventAlso ?? [])]),
  };
  for (const f of FIELDS) {
    if (g[f] === null || g[f] === undefined) continue;
    total[f]++;
    if (preds.some(ok[f])) right[f]++;
    else errors[f].push(`${g.file} ${JSON.stringify(g.text)}: gold ${JSON.stringify(g[f])}, predicted ${JSON.stringify(preds.map((p) => p[f]))}`);
  }
}
const f3 = (x) => x.toFixed(3);
console.log(`numbers: re3d (${how}, ${texts.size} documents, ${(bytes / 1024).toFixed(0)} KB, ${scored} gold numbers)`);
console.log(`numbers recall ${f3(overlapped / scored)} (${overlapped}/${scored})`);
for (const f of FIELDS) console.log(`numbers ${f} accuracy ${f3(right[f] / total[f])} (${right[f]}/${total[f]})`);
if (how === 'CLI') console.log(`numbers CLI KB/s ${(bytes / 1024 / run.seconds).toFixed(0)} (wall time of the whole CLI run: start-up, models, every stage)`);
try {
  const lib = await runInProcess(texts);
  console.log(`numbers findNumbers KB/s ${(bytes / 1024 / lib.seconds).toFixed(0)} (in-process, CPU time)`);
} catch (e) {
  console.log(`numbers findNumbers KB/s unavailable (${String(e.message ?? e).split('\n')[0]})`);
}
if (ERRORS) {
  console.log(`missed: ${missed.slice(0, ERRORS).join('; ') || 'none'}`);
  for (const f of FIELDS) for (const e of errors[f].slice(0, ERRORS)) console.log(`  ${f}: ${e}`);
}
