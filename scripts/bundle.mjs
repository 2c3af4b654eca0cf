#!/usr/bin/env node
// Build step after tsc (npm run build): bundles the CLI and the pipeline worker into one file each (esbuild) and
// makes the V8 start-up snapshot. One file loads about 250 ms faster than the ~90 ES modules of dist/ (measured:
// a worker's first record after 500 ms instead of 750 ms), and every batch starts its workers from it.
// It never fails the build: when anything goes wrong the bundles and the blob are removed and the CLI runs from
// dist/ as it is, only slower to start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hoistRegexpsPlugin } from './hoist-regexps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundles = path.join(root, 'dist', 'bundle');
const snapDir = path.join(root, 'dist', 'snapshot');
const snapEntry = path.join(snapDir, 'news-extract.cjs');
const blob = path.join(snapDir, 'news-extract.blob');
const snapMeta = path.join(snapDir, 'meta.json');
const snapSh = path.join(snapDir, 'meta.sh');
const snapStamp = path.join(snapDir, 'node.stamp');

function removeAll() {
  for (const f of [bundles, snapEntry, blob, snapMeta, snapSh, snapStamp]) fs.rmSync(f, { recursive: true, force: true });
}
function give_up(why) {
  removeAll();
  console.error(`bundle: no bundles and no start-up snapshot (${why}); news-extract runs from dist/, slower to start.`);
  process.exit(0);
}

if (process.env.NEWS_EXTRACT_NO_BUNDLE) give_up('NEWS_EXTRACT_NO_BUNDLE is set');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  give_up('esbuild is not installed');
}
// Regular-expression literals move to the top of their modules (scripts/hoist-regexps.mjs) when TypeScript, a dev
// dependency like esbuild, is there to parse them; without it the bundles are made as they are.
const hoisted = { modules: 0, moved: 0 };
const plugins = [];
try {
  plugins.push(hoistRegexpsPlugin((await import('typescript')).default, hoisted));
} catch {
  console.error('bundle: typescript is not installed; regular expressions stay where they are');
}
removeAll();
fs.mkdirSync(bundles, { recursive: true });
fs.mkdirSync(snapDir, { recursive: true });

// undici stays outside the bundles: it is loaded from node_modules only when a proxy is used (src/input/proxy.ts), so
// no other run parses it. (The snapshot never runs with a proxy: bin/news-extract.js and launch.ts start the CLI the
// ordinary way then.)
// Minified (whitespace and syntax; names are kept, so stack traces still name functions) and ASCII-only: the source
// text stays in memory for V8 to compile functions lazily, and the snapshot carries it. As esbuild writes them,
// comments kept and a few regular-expression literals with non-ASCII characters ("’", "©") made it a 7 MB UTF-16
// string; minified and escaped it is ~2.4 MB of Latin-1 (toAscii below), so the blob is smaller and loads sooner.
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', plugins, external: ['undici'], minifyWhitespace: true, minifySyntax: true, charset: 'ascii', write: false };

/**
 * Writes an esbuild result with every non-ASCII UTF-16 code unit left in it escaped as \uXXXX. esbuild's ASCII
 * charset escapes strings and identifiers but leaves regular-expression literals as written; in a pattern "\u2019"
 * means "’" with or without the u flag (a surrogate pair escaped stays one code point under u), and "\’" (an escaped
 * non-ASCII character, allowed without u) becomes "\u2019" alone, not a backslash followed by the escape.
 */
function writeAscii(result) {
  for (const file of result.outputFiles) {
    // a run of backslashes before the character: pairs stay (escaped backslashes), an odd one escaped the character
    const text = file.text.replace(/(?<!\\)((?:\\\\)*)(\\?)([^\x00-\x7f])/g, (_m, pairs, _odd, ch) => pairs + '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
    fs.writeFileSync(file.path, text);
  }
}
try {
  // src/paths.ts finds the package from import.meta.url, which a CommonJS bundle lacks: each bundle computes the URL
  // that dist/paths.js would have, from its own place in dist/bundle/, so the package can still be moved.
  const banner = { js: "const __paths_url = require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', 'paths.js')).href;" };
  for (const [entry, out] of [['cli/process-main.js', 'cli.cjs'], ['cli/worker.js', 'worker.cjs']]) {
    writeAscii(await esbuild.build({ ...common, entryPoints: [path.join(root, 'dist', entry)], outfile: path.join(bundles, out), banner, define: { 'import.meta.url': '__paths_url' } }));
  }
  // The snapshot's code runs at build time, so its URL is fixed now (the blob is tied to this build anyway).
  writeAscii(await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'dist', 'cli', 'snapshot.js')],
    outfile: snapEntry,
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'dist', 'paths.js')).href) },
  }));
} catch (err) {
  give_up(`bundling failed: ${err.message}`);
}
// The bundles record which build of dist/ they were made from: the launcher ignores them after a bare tsc run.
fs.writeFileSync(path.join(bundles, 'meta.json'), JSON.stringify({ builtFrom: fs.statSync(path.join(root, 'dist', 'index.js')).mtimeMs }) + '\n');
console.error(`bundle: dist/bundle/cli.cjs and worker.cjs (${hoisted.moved} regular expressions moved to module level in ${hoisted.modules} modules, over 3 bundles)`);

if (process.env.NEWS_EXTRACT_NO_SNAPSHOT) {
  fs.rmSync(snapEntry, { force: true });
  console.error('bundle: no start-up snapshot (NEWS_EXTRACT_NO_SNAPSHOT is set)');
  process.exit(0);
}
// The build runs under --regexp-interpret-all: V8 cannot write a regular expression's machine code into a blob, and
// without the flag the warm-up over a real-sized article ends the build with "unreachable code". The snapshot entry
// (src/cli/snapshot.ts) sets the flag back before the blob is written, so runs from it compile their patterns as usual.
// --no-rehash-snapshot, at build and at run time: the blob keeps the hash seed it was built with (a random one, drawn
// at each build) instead of rehashing every object and string table it holds on each start. Measured: deserialising
// the 24 MB blob 70 → 45 ms.
// --min-semi-space-size=16: the young generation starts at its full 16 MB instead of growing from 1 MB. A one-article
// run allocates a few MB, and with the small start it paid five scavenges (~7.6 ms, --trace-gc on a 240 KB page);
// now at most one. A flag the blob is built under too: it loads only under the flags it was written with.
// --interrupt-budget=540672 (8x V8's default, as batches have: src/cli/launch.ts): a function is optimised only once
// it is really hot, so a one-article run spends less on compiling code it runs a few times. One 240 KB page, runs
// taken in turns: 180.5 → 174.0 ms wall, 222 → 177 ms CPU; a 276 KB text 1.19 → 1.13 s; a 4 KB one unchanged.
const RUN_FLAGS = ['--no-rehash-snapshot', '--min-semi-space-size=16', '--interrupt-budget=540672'];
const BUILD_FLAGS = ['--regexp-interpret-all', ...RUN_FLAGS];
const r = spawnSync(process.execPath, [...BUILD_FLAGS, '--snapshot-blob', blob, '--build-snapshot', snapEntry], { cwd: root, encoding: 'utf8', timeout: 120_000 });
if (!process.env.KEEP_BUNDLE) fs.rmSync(snapEntry, { force: true });
const noSnapshot = (why) => {
  fs.rmSync(blob, { force: true });
  console.error(`bundle: no start-up snapshot (${why}); one-input runs start about 0.3 s slower.`);
  process.exit(0);
};
if (r.status !== 0 || !fs.existsSync(blob)) {
  noSnapshot(`node --build-snapshot failed: ${(r.stderr || r.error?.message || '').split('\n').filter((l) => !/Warning|It may|To request|trace-warnings|^\s*#?\s*$/.test(l)).slice(0, 3).join(' ')}`);
}
// A blob that does not load would break every one-input run: try it on a small article before keeping it.
const probe = spawnSync(process.execPath, [...RUN_FLAGS, '--snapshot-blob', blob, '--', '--format', 'json', '-'], {
  cwd: root, encoding: 'utf8', timeout: 60_000, input: 'Test\n\nThe UN said 12 people were hurt in Geneva on Monday.\n',
});
let ok = false;
try {
  ok = probe.status === 0 && JSON.parse(probe.stdout).schemaVersion !== undefined;
} catch {
  ok = false;
}
if (!ok) noSnapshot(`the blob does not start: ${(probe.stderr || probe.error?.message || '').split('\n').slice(0, 2).join(' ')}`);
// The blob only works with the Node.js binary that made it, under the same flags: the launcher checks and uses both.
fs.writeFileSync(snapMeta, JSON.stringify({ node: process.version, arch: process.arch, execPath: process.execPath, flags: RUN_FLAGS }) + '\n');
// The same for the bin's shell start (bin/news-extract.js), which reads it with '.': no JSON parser there.
const shQuote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;
fs.writeFileSync(snapSh, `snapshot_node=${shQuote(process.version)}\nsnapshot_exec=${shQuote(process.execPath)}\nsnapshot_flags=${shQuote(RUN_FLAGS.join(' '))}\n`);
// An empty file with the Node.js binary's modification time, to the nanosecond (touch -r): the shell lines compare
// the two with test's -nt/-ot, builtins, where asking `node --version` costs a process (~7 ms of each start). A
// binary replaced in place (an upgrade) has another time; without the stamp the shell lines ask the version.
fs.writeFileSync(snapStamp, '');
if (spawnSync('touch', ['-r', process.execPath, snapStamp]).status !== 0) fs.rmSync(snapStamp, { force: true });
console.error(`bundle: ${path.relative(root, blob)} (${(fs.statSync(blob).size / 2 ** 20).toFixed(0)} MB) for Node.js ${process.version}`);
