// Shared by the accuracy benches: runs the real CLI once over a folder of materialised texts and keys the records.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * `node bin/news-extract.js --no-clean --format ndjson <textDir>`, each record passed through `pick` and keyed by
 * its file name. Returns { byFile, seconds }, or { error } when the CLI printed nothing.
 */
export function runCliOver(root, textDir, pick) {
  const t0 = performance.now();
  let stdout = '';
  try {
    stdout = execFileSync(process.execPath, [path.join(root, 'bin/news-extract.js'), '--no-clean', '--format', 'ndjson', textDir],
      { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (e) {
    // exit 1 (some input failed) still prints the other records
    stdout = e.stdout?.toString() ?? '';
    if (!stdout.trim()) return { error: (e.stderr?.toString() ?? String(e)).split('\n').slice(0, 3).join(' ') };
  }
  const seconds = (performance.now() - t0) / 1000;
  const byFile = new Map();
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (!rec.error) byFile.set(path.basename(rec.source.id), pick(rec));
  }
  return { byFile, seconds };
}

/** A folder made by ../shared/tools/materialize.mjs: its gold annotations, texts by file name, and their size. */
export function readMaterialized(dir) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const textDir = path.join(dir, 'text');
  const texts = new Map(Object.keys(gold).map((f) => [f, fs.readFileSync(path.join(textDir, f), 'utf8')]));
  const bytes = [...texts.values()].reduce((a, t) => a + Buffer.byteLength(t), 0);
  return { gold, textDir, texts, bytes };
}
