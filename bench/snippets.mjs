// Benchmark of the clean stage on trafilatura's with/without snippets (news pages, dev half):
// precision, recall, accuracy and F1 over all snippets (micro-average), as in trafilatura's eval_common.py.
// Usage: npm run bench:snippets [-- --errors N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '../shared/data/snippets/dev');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

if (!fs.existsSync(path.join(data, 'eval.json'))) {
  console.log(`bench:snippets: no data at ${data}; nothing to measure`);
  process.exit(0);
}
const { cleanDoc } = await import(path.join(root, 'dist/clean/index.js'));
const { createDoc } = await import(path.join(root, 'dist/doc.js'));

/** Decodes page bytes: UTF-8 when valid, else the declared charset, else windows-1252. */
function decode(bytes) {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { /* not UTF-8 */ }
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /charset=["']?([\w-]+)/i.exec(head);
  let label = m ? m[1].toLowerCase() : 'windows-1252';
  if (label === 'utf-8' || label === 'utf8') label = 'windows-1252';
  try { return new TextDecoder(label).decode(bytes); } catch { return new TextDecoder('windows-1252').decode(bytes); }
}

// Python's str.isspace() set, as trafilatura's benchmark normalises with re \s
const PY_WS = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const norm = (s) => s.replace(PY_WS, ' ').replace(/^ | $/g, '');

const evalData = JSON.parse(fs.readFileSync(path.join(data, 'eval.json'), 'utf8'));
const names = Object.keys(evalData).sort();
let tp = 0, fp = 0, fn = 0, tn = 0, crashes = 0, ms = 0;
const misses = [];
for (const name of names) {
  const file = path.join(data, 'html', `${name}.html`);
  const item = evalData[name];
  const html = decode(fs.readFileSync(file));
  const doc = createDoc({ kind: 'file', id: file, url: item.url ?? null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  let text = null;
  const t0 = performance.now();
  try { text = norm(cleanDoc(doc, { clean: true }).map((b) => b.text).join('\n\n')); } catch (e) { crashes += 1; console.log(`crash on ${name}: ${e.stack}`); }
  ms += performance.now() - t0;
  const page = { name, missed: [], leaked: [] };
  for (const w of item.with ?? []) { if (text !== null && text.includes(norm(w))) tp += 1; else { fn += 1; page.missed.push(w); } }
  for (const w of item.without ?? []) { if (text !== null && text.includes(norm(w))) { fp += 1; page.leaked.push(w); } else tn += 1; }
  if (page.missed.length + page.leaked.length > 0) misses.push(page);
}
const errors = Number(opt('--errors') ?? 0);
for (const p of misses.sort((a, b) => b.missed.length + b.leaked.length - a.missed.length - a.leaked.length).slice(0, errors)) {
  console.log(`  ${p.name}`);
  for (const m of p.missed) console.log(`    missed: ${m.slice(0, 110)}`);
  for (const m of p.leaked) console.log(`    leaked: ${m.slice(0, 110)}`);
}
const P = tp / (tp + fp);
const R = tp / (tp + fn);
console.log(`snippets pages ${names.length}, crashes ${crashes}, ${(names.length / (ms / 1000)).toFixed(1)} pages/s`);
console.log(`snippets precision ${P.toFixed(3)} recall ${R.toFixed(3)} accuracy ${((tp + tn) / (tp + tn + fp + fn)).toFixed(3)}`);
console.log(`snippets F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
