#!/usr/bin/env node
// The naive pipeline news-extract is compared with (bench:speed): Readability on linkedom, then compromise's
// people/organizations/places/numbers over the article text. Usage: node bench/naive.mjs FILE... (one JSON line each)
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';

for (const file of process.argv.slice(2)) {
  const html = fs.readFileSync(file, 'utf8');
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  const text = article?.textContent ?? '';
  const doc = nlp(text);
  const out = {
    title: article?.title ?? null,
    people: doc.people().out('array'),
    organizations: doc.organizations().out('array'),
    places: doc.places().out('array'),
    numbers: doc.numbers().out('array'),
    quotes: doc.quotations().out('array'),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}
