// The record of one fixtures/articles/<slug>/ page, built the same way by the tests and by fixtures:update:
// source.id is the path from the project root, so records do not depend on where the project lives.
import fs from 'node:fs';
import path from 'node:path';

/** `lib` is the library (src/index.ts in tests, dist/index.js in the script): { processDocument, toRecord }. */
export async function recordOfFixture(root, slug, lib) {
  const base = path.join('fixtures', 'articles', slug);
  const name = ['source.html', 'source.txt'].find((f) => fs.existsSync(path.join(root, base, f)));
  const file = path.join(root, base, name);
  const content = fs.readFileSync(file, 'utf8');
  const source = {
    kind: 'file', id: `${base}/${name}`, url: null, fetchedAt: null,
    contentType: name.endsWith('.html') ? 'text/html' : 'text/plain', bytes: fs.statSync(file).size,
  };
  // A fixed "now", so relative dates and the future-date check do not move with the calendar.
  return lib.toRecord(lib.processDocument(source, content, { now: new Date('2024-01-01T00:00:00Z') }));
}
