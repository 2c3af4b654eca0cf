// Benchmark of claims (extract stage) on GUM news (eRST attribution relations): runs the CLI over the materialized
// .txt documents and scores each claim's cue, content and source against the gold attributions.
// Usage: npm run bench:claims [-- --errors N] [-- --in-process]   (--in-process: score the library, not the CLI)
//
// Metric (own implementation, cross-checked against ../shared/tools/score-claims.mjs):
//   A predicted claim is right when its content overlaps a gold content and its cue overlaps the gold cue (or, where
//   eRST gives no cue, lies in the attribution unit); one-to-one, greedy by cue quality then content overlap. The
//   record carries cue and source as text: each is located inside the claim's [start, end], outside the content.
//   precision = right claims / predicted claims; recall over every gold attribution and over those whose cue is a
//   speech or report verb or "according to"; source right = right claims whose source overlaps the gold source.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readMaterialized, runCliOver } from './lib/run-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const input = path.join(shared, 'data/attribution/gum-news');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ERRORS = Number(opt('--errors') ?? 0);

if (!fs.existsSync(input) || !fs.existsSync(path.join(shared, 'tools/materialize.mjs'))) {
  console.log(`bench:claims: no data at ${input}; nothing to measure`);
  process.exit(0);
}
const { materializeCached } = await import(pathToFileURL(path.join(shared, 'tools/materialize.mjs')).href);

// Speech and report verbs (lemmas) whose attributions the recall bar counts, with the forms they take.
const SPEECH = ['say', 'tell', 'claim', 'announce', 'confirm', 'deny', 'report', 'state', 'add', 'warn', 'insist', 'argue',
  'explain', 'note', 'write', 'acknowledge', 'admit', 'declare', 'assert', 'allege', 'reveal', 'disclose', 'describe',
  'comment', 'respond', 'reply', 'ask', 'recall', 'stress', 'emphasize', 'emphasise', 'maintain', 'promise', 'accuse',
  'concede', 'contend', 'testify', 'tweet', 'quote', 'cite', 'suggest', 'urge', 'vow', 'pledge', 'predict', 'complain',
  'boast', 'caution', 'observe', 'remark', 'mention', 'repeat', 'reiterate'];
const IRREGULAR = { say: ['said'], tell: ['told'], write: ['wrote', 'written'], admit: ['admitted', 'admitting'],
  deny: ['denied', 'denies'], reply: ['replied', 'replies'], testify: ['testified', 'testifies'] };
function formsOf(lemma) {
  const f = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/(s|sh|ch|x)$/.test(lemma)) f.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) f.add(`${lemma.slice(0, -1)}ies`);
  else f.add(`${lemma}s`);
  if (!/[^aeiou]y$/.test(lemma)) f.add(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
  f.add(`${stem}ing`);
  return [...f];
}
const SPEECH_FORMS = new Set(SPEECH.flatMap(formsOf));
const isSpeechCue = (s) => /\baccording\s+to\b/i.test(s) || (s.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).some((w) => SPEECH_FORMS.has(w));

const ov = (a, b) => (a && b ? Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) : 0);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every [start, end] of `needle` (case-insensitive, at word edges) inside region. */
function find(text, needle, [rs, re]) {
  const n = String(needle ?? '').trim();
  if (!n) return [];
  const words = n.split(/\s+/).map(esc).join('\\s+');
  const edge = /[\p{L}\p{N}]/u;
  const re_ = new RegExp(`${edge.test(n[0]) ? '(?<![\\p{L}\\p{N}])' : ''}${words}${edge.test(n.at(-1)) ? '(?![\\p{L}\\p{N}])' : ''}`, 'giu');
  return [...text.slice(rs, re).matchAll(re_)].map((m) => [rs + m.index, rs + m.index + m[0].length]);
}
/** Cue and source spans of one claim: occurrences inside [start, end] and outside the content, nearest to it. */
function locate(text, c) {
  const content = [c.contentStart, c.contentEnd];
  const region = [c.start, c.end];
  const pick = (cands, avoid) => {
    const outside = cands.filter((x) => !ov(x, content) && !ov(x, avoid));
    const pool = outside.length ? outside : cands;
    const d = (x) => Math.min(Math.abs(x[0] - content[1]), Math.abs(content[0] - x[1]));
    return pool.sort((a, b) => d(a) - d(b))[0] ?? null;
  };
  const cue = pick(find(text, c.cue, region), null);
  const source = pick(find(text, c.source?.text, region), cue);
  return { content, cue, source };
}

function score(gold, records, texts) {
  const r = { pred: 0, gold: 0, right: 0, srcRight: 0, srcGold: 0, speechGold: 0, speechRight: 0 };
  const misses = [];
  const spurious = [];
  for (const [file, g] of Object.entries(gold)) {
    const G = g.attributions ?? [];
    const text = texts.get(file);
    const claims = records.get(file) ?? [];
    const P = claims.map((c) => locate(text, c));
    r.pred += claims.length;
    r.gold += G.length;
    const pairs = [];
    P.forEach((p, i) => G.forEach((q, j) => {
      const co = ov(p.content, q.content);
      if (!co) return;
      let cueScore = 0;
      if (q.cue) cueScore = ov(p.cue, q.cue) ? 2 : ov(p.cue, q.unit) ? 1 : 0;
      else cueScore = !p.cue || ov(p.cue, q.unit) ? 1 : 0;
      if (cueScore) pairs.push([i, j, cueScore * 1e7 + co]);
    }));
    pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
    const usedP = new Set(); const usedG = new Set();
    for (const [i, j] of pairs) {
      if (usedP.has(i) || usedG.has(j)) continue;
      usedP.add(i); usedG.add(j);
      r.right++;
      if (!G[j].source || ov(P[i].source, G[j].source)) r.srcRight++;
    }
    G.forEach((q, j) => {
      const cueText = text.slice(...(q.cue ?? q.unit ?? [0, 0]));
      if (isSpeechCue(cueText)) { r.speechGold++; if (usedG.has(j)) r.speechRight++; }
      if (!usedG.has(j)) misses.push(`${file}: cue ${JSON.stringify(cueText.slice(0, 40))} content ${JSON.stringify(text.slice(...q.content).slice(0, 70))}`);
    });
    P.forEach((p, i) => { if (!usedP.has(i)) spurious.push(`${file}: cue ${JSON.stringify(claims[i].cue)} source ${JSON.stringify(claims[i].source?.text)} content ${JSON.stringify(claims[i].content.slice(0, 70))}`); });
  }
  return { ...r, misses, spurious };
}

function runCli(textDir) {
  const r = runCliOver(root, textDir, (rec) => rec.claims ?? []);
  return r.error ? r : { records: r.byFile, seconds: r.seconds };
}

// paragraphs = blocks between blank lines, as the text stage makes them under --no-clean
function ctxOf(text, splitSentences) {
  const paragraphs = [...text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { doc: { text, paragraphs }, text, sentences: splitSentences(text, paragraphs), referenceDate: null };
}

async function runInProcess(texts) {
  const lib = (f) => import(pathToFileURL(path.join(root, 'dist/extract', f)).href);
  const { findClaims } = await lib('claims.js');
  const { findActorsAndPlaces } = await lib('actors.js');
  const { splitSentences } = await lib('sentences.js');
  const records = new Map();
  let seconds = 0;
  for (const [file, text] of texts) {
    const ctx = ctxOf(text, splitSentences);
    const { actors } = findActorsAndPlaces(ctx);
    const t0 = performance.now();
    records.set(file, findClaims(ctx, actors));
    seconds += (performance.now() - t0) / 1000;
  }
  return { records, seconds };
}

/** KB/s of claims, numbers and dates together (this brief's part of the extract stage), in-process, warm, CPU time. */
async function timeOwnStages(texts) {
  try {
    const lib = (f) => import(pathToFileURL(path.join(root, 'dist/extract', f)).href);
    const { findClaims } = await lib('claims.js');
    const { findNumbers } = await lib('numbers.js');
    const { findDates } = await lib('dates.js');
    const { splitSentences } = await lib('sentences.js');
    const ctxs = [...texts.values()].map((t) => ctxOf(t, splitSentences));
    for (const c of ctxs.slice(0, 2)) { findDates(c); findNumbers(c); findClaims(c, []); }
    // CPU time, not wall time: the benches share a busy machine
    const t0 = process.cpuUsage();
    for (const c of ctxs) { findDates(c); findNumbers(c); findClaims(c, []); }
    const u = process.cpuUsage(t0);
    return (u.user + u.system) / 1e6;
  } catch (e) {
    return `unavailable (${String(e.message ?? e).split('\n')[0]})`;
  }
}

const dir = materializeCached('gum', input);
const { gold, textDir, texts, bytes } = readMaterialized(dir);
let run = args.includes('--in-process') ? null : runCli(textDir);
let how = 'CLI';
if (!run || run.error) {
  if (run?.error) console.log(`claims: CLI run failed (${run.error}); scoring the library in-process`);
  run = await runInProcess(texts);
  how = 'in-process';
}
const s = score(gold, run.records, texts);
const f3 = (x) => x.toFixed(3);
const P = s.pred ? s.right / s.pred : 0;
const R = s.gold ? s.right / s.gold : 0;
console.log(`claims: GUM news (${how}, ${texts.size} documents, ${(bytes / 1024).toFixed(0)} KB, ${s.gold} gold attributions, ${s.pred} predicted claims)`);
console.log(`claims precision ${f3(P)} (${s.right}/${s.pred})`);
console.log(`claims recall all attributions ${f3(R)} (${s.right}/${s.gold})`);
console.log(`claims recall speech-verb/according-to ${f3(s.speechGold ? s.speechRight / s.speechGold : 0)} (${s.speechRight}/${s.speechGold})`);
console.log(`claims source right ${f3(s.right ? s.srcRight / s.right : 0)} (${s.srcRight}/${s.right})`);
console.log(`claims relation F1 ${f3(P + R ? (2 * P * R) / (P + R) : 0)}`);
const own = await timeOwnStages(texts);
console.log(typeof own === 'number' ? `claims+numbers+dates KB/s ${(bytes / 1024 / own).toFixed(0)} (in-process, CPU time)` : `claims+numbers+dates KB/s ${own}`);
if (ERRORS) {
  console.log(`missed (first ${ERRORS}):`);
  for (const m of s.misses.slice(0, ERRORS)) console.log(`  ${m}`);
  console.log(`unmatched predictions (first ${ERRORS}):`);
  for (const m of s.spurious.slice(0, ERRORS)) console.log(`  ${m}`);
}
