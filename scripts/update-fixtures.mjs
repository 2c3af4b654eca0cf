#!/usr/bin/env node
// Regenerates fixtures/articles/<slug>/expected.json (the full record) from the built pipeline.
// Usage: npm run fixtures:update [-- slug ...]   (all fixtures when no slug is given). Review the diff like code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordOfFixture } from '../tests/helpers/fixture-record.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'fixtures', 'articles');
const wanted = process.argv.slice(2);
for (const slug of fs.readdirSync(dir).sort()) {
  if (wanted.length && !wanted.includes(slug)) continue;
  const record = await recordOfFixture(root, slug, await import(path.join(root, 'dist', 'index.js')));
  fs.writeFileSync(path.join(dir, slug, 'expected.json'), JSON.stringify(record, null, 2) + '\n');
  console.log(`fixtures:update: ${slug}/expected.json`);
}
