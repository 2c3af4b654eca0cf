// Benchmark of the input stage on the saved pages of ../shared/data (article-extraction and metadata dev sets):
// pages read, failures by error code, decoding damage (U+FFFD, UTF-8-as-1252 mojibake), HTML sniffing, and speed of
// loadSource from disk and over a local HTTP server (gzip, per-host limit, no politeness delay).
// Usage: npm run bench:input
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.resolve(root, '../shared/data');
const sets = [
  { name: 'article-extraction', dir: path.join(dataRoot, 'article-extraction/dev/html') },
  { name: 'metadata', dir: path.join(dataRoot, 'metadata/dev') },
];
const present = sets.filter((s) => fs.existsSync(s.dir));
if (present.length === 0) {
  console.log(`bench:input: no data under ${dataRoot}; nothing to measure`);
  process.exit(0);
}
const { loadSource, readSources } = await import(path.join(root, 'dist/input/index.js'));

const io = { stdin: Readable.from([]), fetch, stderr: { write: () => true } };
const opts = { maxBytes: 10 * 1024 * 1024, fetchTimeoutMs: 20_000, politenessDelayMs: 0, retries: 0, statePath: null };
// "â€™" and "Ã©" are UTF-8 bytes read as windows-1252: the sign of a wrong charset guess.
const MOJIBAKE = /â€[™œ\u009d“”˜¦]|Ã[©¨¤¶¼§ª«±³¡]/g;

const files = [];
for (const set of present) {
  for await (const ref of readSources([set.dir], {}, opts, io)) files.push({ set: set.name, ref });
}

let ok = 0;
let html = 0;
let replacement = 0;
let mojibake = 0;
let bytes = 0;
const failures = new Map();
const t0 = performance.now();
const loaded = [];
for (const { ref } of files) {
  try {
    const got = await loadSource(ref, opts, io);
    ok += 1;
    bytes += got.source.bytes ?? 0;
    if (got.source.contentType === 'text/html') html += 1;
    if (got.content.includes('\ufffd')) replacement += 1;
    // Scripts are left out: some pages carry mojibake in ad-script comments, whatever the decoding.
    const visible = got.content.replace(/<script[\s\S]*?<\/script>/gi, '');
    if ((visible.match(MOJIBAKE) ?? []).length >= 3) mojibake += 1;
    loaded.push({ ref, content: got.content });
  } catch (e) {
    failures.set(e.code ?? 'crash', (failures.get(e.code ?? 'crash') ?? 0) + 1);
    if (!e.code) console.log(`crash on ${ref.id}: ${e.stack}`);
  }
}
const diskMs = performance.now() - t0;

// The same pages over HTTP on 127.0.0.1, gzip-compressed, through fetchUrl's limits and redirects.
const bodies = files.map(({ ref }) => fs.readFileSync(ref.id));
const server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  const gz = zlib.gzipSync(bodies[i]);
  res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': gz.length });
  res.end(gz);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const t1 = performance.now();
let same = 0;
const queue = files.map((_, i) => i);
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const got = await loadSource({ kind: 'url', id: `${base}/${i}`, relPath: String(i) }, opts, io).catch(() => null);
      const disk = loaded.find((l) => l.ref === files[i].ref);
      if (got && disk && got.content === disk.content) same += 1;
    }
  }),
);
const httpMs = performance.now() - t1;
server.close();

console.log(`input: ${files.length} pages (${present.map((s) => s.name).join(', ')}), ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`input: read ${ok}, failed ${files.length - ok}${failures.size ? ` (${[...failures].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`);
console.log(`input: sniffed as HTML ${html} of ${ok}`);
console.log(`input: pages with U+FFFD ${replacement}, pages with mojibake ${mojibake}`);
console.log(`input: disk ${(ok / (diskMs / 1000)).toFixed(0)} pages/s, http+gzip ${(files.length / (httpMs / 1000)).toFixed(0)} pages/s (per-host limit 2)`);
console.log(`input: http content identical to disk ${same} of ${files.length}`);
