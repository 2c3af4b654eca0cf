#!/usr/bin/env node
// Builds the start-up snapshot: bundles dist/cli/snapshot.js into one CommonJS file (esbuild) and has this very
// Node.js binary turn it into a V8 startup snapshot blob. Runs at install (npm run build). It never fails the
// build: if anything goes wrong the blob is removed and bin/news-extract.js starts the ordinary way.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'snapshot');
const bundle = path.join(out, 'news-extract.cjs');
const blob = path.join(out, 'news-extract.blob');
const meta = path.join(out, 'meta.json');

function give_up(why) {
  for (const f of [blob, meta]) fs.rmSync(f, { force: true });
  console.error(`build-snapshot: no start-up snapshot (${why}); news-extract will start without it, about 1 s slower per call.`);
  process.exit(0);
}

if (process.env.NEWS_EXTRACT_NO_SNAPSHOT) give_up('NEWS_EXTRACT_NO_SNAPSHOT is set');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  give_up('esbuild is not installed');
}
fs.mkdirSync(out, { recursive: true });
try {
  await esbuild.build({
    entryPoints: [path.join(root, 'dist', 'cli', 'snapshot.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
    // In one file every import.meta.url is the same; only src/paths.ts uses it, to find the package root. It is
    // given the URL paths.js has in dist/, so the root resolves as it does there.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'dist', 'paths.js')).href) },
  });
} catch (err) {
  give_up(`bundling failed: ${err.message}`);
}
const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: root, encoding: 'utf8', timeout: 120_000 });
if (r.status !== 0 || !fs.existsSync(blob)) give_up(`node --build-snapshot failed: ${(r.stderr || r.error?.message || '').split('\n').filter((l) => !/Warning|It may|To request|trace-warnings/.test(l)).slice(0, 3).join(' ')}`);
// The blob only works with the Node.js binary that made it: the shim checks this before using it.
fs.writeFileSync(meta, JSON.stringify({ node: process.version, arch: process.arch, execPath: process.execPath }) + '\n');
fs.rmSync(bundle, { force: true });
console.error(`build-snapshot: ${path.relative(root, blob)} (${(fs.statSync(blob).size / 2 ** 20).toFixed(0)} MB) for Node.js ${process.version}`);
