// Runs the whole pipeline on every fixtures/articles/* directory: valid record, checks.json, and seed expectations.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/index.js';
import { toRecord } from '../src/output/record.js';
import { expectValidRecord } from './helpers/validate.js';
import { checkSeedExpectations } from './helpers/seed-expectations.js';

const root = path.join(__dirname, '..', 'fixtures', 'articles');
const dirs = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()).sort();

function load(dir: string) {
  const full = path.join(root, dir);
  const file = ['source.html', 'source.txt'].map((f) => path.join(full, f)).find((f) => fs.existsSync(f))!;
  const content = fs.readFileSync(file, 'utf8');
  const record = toRecord(
    processDocument(
      { kind: 'file', id: file, url: null, fetchedAt: null, contentType: file.endsWith('.html') ? 'text/html' : 'text/plain', bytes: Buffer.byteLength(content) },
      content,
    ),
  );
  const read = (f: string) => (fs.existsSync(path.join(full, f)) ? JSON.parse(fs.readFileSync(path.join(full, f), 'utf8')) : null);
  return { record, checks: read('checks.json'), seed: read('seed-expected.json') };
}

describe.each(dirs)('fixture %s', (dir) => {
  const { record, checks, seed } = load(dir);

  it('gives a record valid against the published schema, with exact spans', () => {
    expectValidRecord(record);
    expect(record.article.text.length).toBeGreaterThan(0);
  });

  it('keeps and removes what checks.json says', () => {
    for (const s of checks?.mustInclude ?? []) expect(record.article.text).toContain(s);
    for (const s of checks?.mustExclude ?? []) expect(record.article.text).not.toContain(s);
  });

  it.runIf(seed)('meets every seed expectation', () => {
    expect(checkSeedExpectations(seed, record)).toEqual([]);
  });
});
