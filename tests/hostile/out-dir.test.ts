// --out-dir with hostile input names through the real CLI: every record lands inside DIR, complete, one per input,
// and error records go to stdout; nothing is written outside DIR and no temp file is left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidRecord } from '../helpers/validate.js';
import { ROOT, ndjson, runBin } from './run-bin.js';

const STORY = fs.readFileSync(path.join(ROOT, 'fixtures', 'batch', 'ceasefire.txt'));

/** Names a crawler may save: spaces, quotes, shell and Windows metacharacters, scripts, dots, leading dashes. */
const ODD_NAMES = [
  'plain.txt',
  'with space.txt',
  "it's \"quoted\".txt",
  'what?*<>|:.txt',
  '-rf.txt',
  // (names starting with "." are hidden files, which the folder walk skips on purpose: not inputs)
  'trailing dots....txt',
  'con.txt',
  'سوريا.txt',
  '東京ニュース.txt',
  'emoji😀.txt',
  'tab\tand\nnewline.txt',
  'back\\slash.txt',
];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-outdir-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('--out-dir with odd input names (CLI, -j2)', () => {
  it('one complete record per input inside DIR, nothing outside, no temp files; bad inputs as error records on stdout', async () => {
    const inDir = path.join(work, 'in');
    const sub = path.join(inDir, 'sub', 'deeper');
    fs.mkdirSync(sub, { recursive: true });
    for (const n of ODD_NAMES) fs.writeFileSync(path.join(inDir, n), STORY);
    fs.writeFileSync(path.join(sub, 'nested.html'), `<p>${STORY}</p>`);
    fs.writeFileSync(path.join(inDir, 'empty.txt'), '');
    fs.writeFileSync(path.join(inDir, 'bad.html.gz'), 'not gzip');
    const outDir = path.join(work, 'out');
    const before = new Set(fs.readdirSync(work));
    const r = await runBin(['-q', '-j', '2', '--out-dir', outDir, inDir], { killAfterMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const written = walk(outDir);
    const errors = ndjson(r.stdout);
    // nothing lost: files + error records = inputs
    expect(written).toHaveLength(ODD_NAMES.length + 1);
    expect(errors.map((e) => e.error.code).sort()).toEqual(['input/bad-gzip', 'input/empty']);
    for (const f of written) {
      expect(f.startsWith(outDir + path.sep)).toBe(true);
      expect(f.endsWith('.json')).toBe(true);
      expectValidRecord(JSON.parse(fs.readFileSync(f, 'utf8')));
    }
    expect(written.some((f) => f.endsWith(path.join('sub', 'deeper', 'nested.json')))).toBe(true);
    // every input's record is a distinct file
    const ids = written.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).source.id);
    expect(new Set(ids).size).toBe(written.length);
    expect(new Set(fs.readdirSync(work))).toEqual(new Set([...before, 'out']));
  }, 70_000);

  it('inputs named "../x" or absolute stay inside DIR when their relPath would leave it (single-file args)', async () => {
    const deep = path.join(work, 'a', 'b');
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(work, 'a', 'up.txt'), STORY);
    const outDir = path.join(deep, 'out');
    // given as ../up.txt from a/b: its relPath is the base name, so the record is out/up.json
    const r = await runBin(['-q', '--out-dir', outDir, path.join(deep, '..', 'up.txt')], { killAfterMs: 30_000 });
    expect(r.status).toBe(0);
    expect(walk(outDir)).toEqual([path.join(outDir, 'up.json')]);
  });

  // A 251-byte name became 256 bytes as ".json" (ENAMETOOLONG) and killed the batch with exit 3; outputPath() now
  // uses toOutputRelPath(), and a failed write is an error record for that input.
  it('a 251-byte input name does not stop the batch: the inputs after it are still written', async () => {
    const inDir = path.join(work, 'long');
    fs.mkdirSync(inDir);
    fs.writeFileSync(path.join(inDir, `${'x'.repeat(251)}.txt`), STORY);
    fs.writeFileSync(path.join(inDir, 'zz-after.txt'), STORY);
    const outDir = path.join(work, 'long-out');
    const r = await runBin(['-q', '-j', '2', '--out-dir', outDir, inDir], { killAfterMs: 30_000 });
    expect(r.status).toBe(0);
    expect(walk(outDir).map((f) => path.basename(f))).toContain('zz-after.json');
    expect(walk(outDir)).toHaveLength(2);
  });
});
