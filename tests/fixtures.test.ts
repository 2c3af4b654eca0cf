// Runs the whole pipeline on every fixtures/articles/* directory: valid record, checks.json, seed expectations,
// and the full expected.json (regenerate with `npm run fixtures:update -- <slug>` and review the diff).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { recordOfFixture } from './helpers/fixture-record.mjs';
import { expectValidRecord } from './helpers/validate.js';
import { checkSeedExpectations } from './helpers/seed-expectations.js';

const root = path.join(__dirname, '..');
const articles = path.join(root, 'fixtures', 'articles');
const dirs = fs.readdirSync(articles).filter((d) => fs.statSync(path.join(articles, d)).isDirectory()).sort();
const read = (dir: string, f: string) => (fs.existsSync(path.join(articles, dir, f)) ? JSON.parse(fs.readFileSync(path.join(articles, dir, f), 'utf8')) : null);

describe.each(dirs)('fixture %s', async (dir) => {
  const record = await recordOfFixture(root, dir, lib);
  const checks = read(dir, 'checks.json');
  const seed = read(dir, 'seed-expected.json');
  const expected = read(dir, 'expected.json');

  it('gives a record valid against the published schema, with exact spans', () => {
    expectValidRecord(record);
    expect(record.article.text.length).toBeGreaterThan(0);
  });

  it('keeps and removes what checks.json says', () => {
    for (const s of checks?.mustInclude ?? []) expect(record.article.text).toContain(s);
    for (const s of checks?.mustExclude ?? []) expect(record.article.text).not.toContain(s);
  });

  // defined only where the file exists, so no test is reported as skipped
  if (seed) it('meets every seed expectation', () => {
    expect(checkSeedExpectations(seed, record)).toEqual([]);
  });

  if (expected) it('equals expected.json', () => {
    expect(record).toEqual(expected);
  });
});
