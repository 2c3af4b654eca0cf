#!/usr/bin/env node
// bench:batch — articles per second and peak RSS of the CLI over 1,000 article files (the dev pages, repeated),
// with -j1 and -j2, and peak RSS at 5,000 inputs to show memory does not grow with the batch.
// Usage: npm run bench:batch [-- --n 1000 --big 5000]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './lib/measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '..', 'shared', 'data', 'article-extraction', 'dev', 'html');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('n', 1000);
const BIG = arg('big', 5000);

if (!fs.existsSync(data)) {
  console.log(`bench:batch: ${data} is absent; nothing to measure (it needs ../shared/data beside the project).`);
  process.exit(0);
}

const pages = fs.readdirSync(data).filter((f) => f.endsWith('.html')).sort();
const tmp = path.join(root, '.bench-tmp');

/** A folder with n article files: the dev pages copied once, then hard-linked round-robin. */
function makeFolder(n) {
  const base = path.join(tmp, 'pages');
  fs.mkdirSync(base, { recursive: true });
  for (const p of pages) if (!fs.existsSync(path.join(base, p))) fs.copyFileSync(path.join(data, p), path.join(base, p));
  const dir = path.join(tmp, `batch-${n}`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === n) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  for (let i = 0; i < n; i++) fs.linkSync(path.join(base, pages[i % pages.length]), path.join(dir, `${String(i).padStart(5, '0')}.html`));
  return dir;
}

async function run(dir, jobs, n) {
  // run as a command, as a shell or cron job runs it (the bin's shell lines start node with the batch flags)
  const r = await measure(path.join(root, 'bin', 'news-extract.js'), ['--quiet', '--format', 'ndjson', '-j', String(jobs), dir], { cwd: root, windowLines: N });
  const lines = r.stdout.split('\n').filter(Boolean);
  const errors = lines.filter((l) => l.includes('"error":{')).length;
  return { n, jobs, secs: r.secs, rss: r.rssMB, windows: r.windowsMB, rate: n / r.secs, records: lines.length, errors };
}

const show = (r) => console.log(`-j${r.jobs} ${r.n} inputs: ${r.secs.toFixed(1)} s, ${r.rate.toFixed(1)} articles/s, peak RSS ${r.rss.toFixed(0)} MB (all processes), ${r.records} records (${r.errors} error records)`);
const dir = makeFolder(N);
const j1 = await run(dir, 1, N); show(j1);
const j2 = await run(dir, 2, N); show(j2);
console.log(`speed-up -j2 / -j1: ${(j2.rate / j1.rate).toFixed(2)}x (target >= 1.4x)`);
if (BIG > 0) {
  const big = await run(makeFolder(BIG), 2, BIG); show(big);
  console.log(`peak RSS ${N} → ${BIG} inputs: ${j2.rss.toFixed(0)} MB → ${big.rss.toFixed(0)} MB (target <= 400 MB, no growth)`);
  // Over the course of the big run: a leak keeps climbing from one stretch to the next; a warming heap levels off.
  const w = big.windows;
  if (w.length >= 2) console.log(`peak RSS of each ${N} inputs of the ${BIG}-input run: ${w.map((x) => x.toFixed(0)).join(', ')} MB; last - second: ${(w.at(-1) - w[1]).toFixed(0)} MB`);
}
