// Benchmark of the clean stage on the article-extraction dev set: F1 of 4-token shingles (the Scrapinghub
// article-extraction-benchmark metric), precision, recall, and pages per second of cleanDoc alone.
// Usage: npm run bench:clean [-- --write preds.json] [-- --worst N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '../shared/data/article-extraction/dev');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

if (!fs.existsSync(path.join(data, 'ground-truth.json'))) {
  console.log(`bench:clean: no data at ${data}; nothing to measure`);
  process.exit(0);
}
const { cleanDoc } = await import(path.join(root, 'dist/clean/index.js'));
const { createDoc } = await import(path.join(root, 'dist/doc.js'));

// --- the metric: tokens = runs of [\p{L}\p{N}_], shingles of 4 tokens, per-page normalised tp/fp/fn
const tokenize = (t) => (t ? t.match(/[\p{L}\p{N}_]+/gu) ?? [] : []);
function shingles(text) {
  const tok = tokenize(text);
  const m = new Map();
  if (tok.length === 0) return m;
  for (let i = 0; i < Math.max(1, tok.length - 3); i += 1) {
    const k = tok.slice(i, i + 4).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function pageCounts(truth, pred) {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of t) { const pc = p.get(k) ?? 0; tp += Math.min(c, pc); if (c > pc) fn += c - pc; }
  for (const [k, c] of p) { const tc = t.get(k) ?? 0; if (c > tc) fp += c - tc; }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}
const prec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp));
const rec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn));

const truth = JSON.parse(fs.readFileSync(path.join(data, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const preds = {};
const pages = [];
let ms = 0;
let cpu = 0;
let failures = 0;
for (const id of ids) {
  const file = path.join(data, 'html', `${id}.html`);
  const html = fs.readFileSync(file, 'utf8');
  const doc = createDoc({ kind: 'file', id: file, url: truth[id].url ?? null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let text = '';
  try {
    text = cleanDoc(doc, { clean: true }).map((b) => b.text).join('\n\n');
  } catch (e) {
    failures += 1;
    console.log(`crash on ${id}: ${e.stack}`);
  }
  ms += performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  cpu += (c1.user + c1.system) / 1000;
  preds[id] = text;
  const c = pageCounts(truth[id].articleBody, text);
  pages.push({ id, url: truth[id].url, c, p: prec(c), r: rec(c) });
}
const ps = pages.filter(({ c }) => c[0] + c[1] > 0).map((x) => x.p);
const rs = pages.filter(({ c }) => c[0] + c[2] > 0).map((x) => x.r);
const P = ps.reduce((a, b) => a + b, 0) / ps.length;
const R = rs.reduce((a, b) => a + b, 0) / rs.length;
const F = (2 * P * R) / (P + R);
if (opt('--write')) fs.writeFileSync(opt('--write'), JSON.stringify(preds));
if (opt('--per-page')) fs.writeFileSync(opt('--per-page'), JSON.stringify(Object.fromEntries(pages.map((x) => [x.id, [x.p, x.r]]))));
const worst = Number(opt('--worst') ?? 0);
if (worst > 0) {
  for (const x of [...pages].sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r)).slice(0, worst)) {
    console.log(`  P ${x.p.toFixed(3)} R ${x.r.toFixed(3)}  ${x.id.slice(0, 12)} ${x.url}`);
  }
}
console.log(`clean pages ${ids.length}, crashes ${failures}`);
console.log(`clean precision ${P.toFixed(3)} recall ${R.toFixed(3)}`);
console.log(`clean speed ${(ids.length / (ms / 1000)).toFixed(1)} pages/s wall, ${(ids.length / (cpu / 1000)).toFixed(1)} pages/s CPU time (${ms.toFixed(0)} ms wall in cleanDoc)`);
console.log(`clean F1 ${F.toFixed(3)}`);
