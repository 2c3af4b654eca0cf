#!/usr/bin/env node
// bench:speed — cold start, throughput (one process and -j2) and peak RSS of news-extract against the naive
// Readability + linkedom + compromise pipeline (bench/naive.mjs), measured in the same run on the dev pages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './lib/measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '..', 'shared', 'data', 'article-extraction', 'dev', 'html');
const RUNS = 7;

if (!fs.existsSync(data)) {
  console.log(`bench:speed: ${data} is absent; nothing to measure (it needs ../shared/data beside the project).`);
  process.exit(0);
}
const pages = fs.readdirSync(data).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(data, f));
const one = pages[0];

/** Wall time of one run of `command` (node when not given), seconds (exit 0 or 1: a failed input is still a run). */
function wallOnce(args, command = process.execPath) {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  return (performance.now() - t0) / 1000;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Wall time and peak RSS summed over the process tree (bench/lib/measure.mjs). */
const timed = async (args, command = process.execPath) => {
  const r = await measure(command, args, { cwd: root });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  return { secs: r.secs, rss: r.rssMB };
};

// news-extract is run as a command, as a shell runs `news-extract page.html` (the bin's shell lines start it).
const bin = path.join(root, 'bin', 'news-extract.js');
// Each figure is a median of runs taken in turns (A B C, A B C, ...), so a machine that slows down for a minute
// slows every contender alike instead of one of them.
const cold = { nodeE: [], ours: [], naive: [] };
for (let i = 0; i < RUNS; i++) {
  cold.nodeE.push(wallOnce(['-e', '0']));
  cold.ours.push(wallOnce(['--format', 'json', one], bin));
  cold.naive.push(wallOnce(['bench/naive.mjs', one]));
}
const [nodeE, ours1, naive1] = [median(cold.nodeE), median(cold.ours), median(cold.naive)];
console.log(`cold start (median of ${RUNS}): node -e 0 ${nodeE.toFixed(3)} s; news-extract ${ours1.toFixed(3)} s = ${(ours1 / nodeE).toFixed(1)}x (target <= 3x); naive ${naive1.toFixed(3)} s = ${(naive1 / nodeE).toFixed(1)}x`);

const BATCH_RUNS = 5;
const runs = { naive: [], j1: [], j2: [] };
for (let i = 0; i < BATCH_RUNS; i++) {
  runs.naive.push(await timed(['bench/naive.mjs', ...pages]));
  runs.j1.push(await timed(['--quiet', '--format', 'ndjson', '-j', '1', ...pages], bin));
  runs.j2.push(await timed(['--quiet', '--format', 'ndjson', '-j', '2', ...pages], bin));
}
const rate = (rs) => pages.length / median(rs.map((r) => r.secs));
const peak = (rs) => Math.max(...rs.map((r) => r.rss));
const [naive, ours, ours2] = [rate(runs.naive), rate(runs.j1), rate(runs.j2)];
const spread = (rs) => `${Math.min(...rs.map((r) => pages.length / r.secs)).toFixed(1)}-${Math.max(...rs.map((r) => pages.length / r.secs)).toFixed(1)}`;
console.log(`throughput, ${pages.length} pages (median of ${BATCH_RUNS}): naive ${naive.toFixed(1)} pages/s; news-extract -j1 ${ours.toFixed(1)} pages/s = ${(ours / naive).toFixed(2)}x naive (target >= 3x); -j2 ${ours2.toFixed(1)} pages/s = ${(ours2 / ours).toFixed(2)}x -j1 (target >= 1.4x)`);
console.log(`  range of the runs, pages/s: naive ${spread(runs.naive)}, -j1 ${spread(runs.j1)}, -j2 ${spread(runs.j2)}`);
console.log(`peak RSS (all processes, highest of the runs): news-extract -j1 ${peak(runs.j1).toFixed(0)} MB (target <= 250 MB), -j2 ${peak(runs.j2).toFixed(0)} MB; naive ${peak(runs.naive).toFixed(0)} MB`);
