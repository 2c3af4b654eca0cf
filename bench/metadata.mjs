// Benchmark of the clean stage's metadata on Readability's news test pages (dev half): the share of pages
// right per field (title, author, published, site, language), with the matching rules of
// ../shared/tools/metadata-score.mjs re-implemented here. Usage: npm run bench:metadata [-- --errors]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '../shared/data/metadata/dev');
const showErrors = process.argv.includes('--errors');
if (!fs.existsSync(data)) {
  console.log(`bench:metadata: no data at ${data}; nothing to measure`);
  process.exit(0);
}
const { cleanDoc } = await import(path.join(root, 'dist/clean/index.js'));
const { createDoc } = await import(path.join(root, 'dist/doc.js'));

const blank = (v) => v === null || v === undefined || (typeof v === 'string' && !v.trim());
const norm = (s) => String(s).normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();

// title: equal, or equal after cutting " | Site"-like segments at either end (at least half kept)
const SEP = /\s+[|\-–—·]\s+|\s+::\s+|\s+\/\/\s+|_|\s+(?=\[)/gu;
function variants(t) {
  const s = String(t).normalize('NFKC').trim();
  const out = new Set([norm(s)]);
  const cuts = [...s.matchAll(SEP)].map((m) => [m.index, m.index + m[0].length]);
  const starts = [0, ...cuts.map((c) => c[1])];
  const ends = [...cuts.map((c) => c[0]), s.length];
  for (const a of starts) for (const b of ends) if (b > a && (b - a) * 2 >= s.length) out.add(norm(s.slice(a, b)));
  out.delete('');
  return out;
}
const titleOk = (e, p) => !blank(p) && [...variants(p)].some((v) => variants(e).has(v));

// author: the byline's name part (no "By", cut before digits/"Updated"/dates), or one of its names, or a run of ≥2 words
const MONTHS = 'jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch|s|z)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?';
const CUT = new RegExp(`\\d|\\b(?:last\\s+)?updated\\b|\\bpublished\\b|\\bposted\\b|\\b(?:${MONTHS})\\.?\\s+\\d`, 'iu');
const LEAD = /^(?:written\s+by|posted\s+by|by|par|por|von|autor(?:in)?|author|auteur)\s*[:\-–]?\s+/iu;
const CRED = /^(?:ma|md|phd|ph\.?\s?d\.?|rn|msc|bsc|mba|mph|dr|jr|sr)\.?$/iu;
const SPLIT = /\s*(?:[,;&/()]|\s(?:and|et|avec|und|y|e|with)\s)\s*/iu;
function namePart(byline) {
  if (blank(byline)) return null;
  let s = String(byline).normalize('NFKC').split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
  s = s.replace(/\s+/g, ' ');
  for (let k = 0; k < 2; k += 1) s = s.replace(LEAD, '');
  const m = s.match(CUT);
  if (m) s = s.slice(0, m.index);
  s = s.replace(/[\s,;:|\-–—·(]+$/u, '').trim();
  let parts = s.split(/\s*,\s*/);
  while (parts.length > 1 && CRED.test(parts[parts.length - 1])) parts = parts.slice(0, -1);
  s = parts.join(', ').trim();
  return /\p{L}/u.test(s) ? s : null;
}
const siteKey = (s) => norm(String(s).normalize('NFKC').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '')
  .replace(/(\p{L})\.(?:com|net|org|info|news|io|tv|eu|fr|de|at|ch|cz|sk|pl|es|pt|it|nl|be|uk|co\.uk|us|ca|au|nz|jp|cn|ru|in|br|com\.br|ar|com\.ar|mx|cl|co|se|no|dk|fi|ie|za)$/u, '$1'))
  .replace(/^the /, '').replace(/ /g, '');
function authorOk(byline, authors, site) {
  const np = namePart(byline);
  if (np === null) return null;
  if (!blank(site) && siteKey(site) === siteKey(np) && authors.length === 0) return true;
  const cands = new Set([norm(byline), norm(np), norm(np.replace(/\([^)]*\)/g, ' '))]);
  const pieces = np.split(SPLIT).map((p) => norm(p.replace(/^(?:and|et|avec|und|y|e|with)\s+/iu, ''))).filter((p) => p && /\p{L}/u.test(p));
  for (const p of pieces) cands.add(p);
  const targets = pieces.length ? pieces : [...cands];
  const run = (hay, needle) => { const h = hay.split(' '); const n = needle.split(' '); if (n.length < 2) return false; for (let i = 0; i + n.length <= h.length; i += 1) if (n.every((w, j) => h[i + j] === w)) return true; return false; };
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  return authors.some((a) => { const n = norm(a); return n && (cands.has(n) || targets.some((t) => run(t, n)) || (cjk.test(n) && n.length >= 2 && targets.some((t) => t.replace(/ /g, '').includes(n.replace(/ /g, ''))))); });
}

// published: same calendar day as written, or the UTC day when a time with an offset is given
function days(v) {
  const out = new Set();
  if (blank(v)) return out;
  const s = String(v).trim();
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) out.add(`${m[1]}-${m[2]}-${m[3]}`);
  const t = s.match(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i);
  if (t) {
    const off = t[3].toUpperCase() === 'Z' ? 'Z' : t[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const d = new Date(`${t[1]}T${t[2].replace(/(\.\d{3})\d+$/, '$1')}${off}`);
    if (!Number.isNaN(d.getTime())) out.add(d.toISOString().slice(0, 10));
  }
  if (!out.size) { const d = new Date(s); if (!Number.isNaN(d.getTime())) out.add(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`); }
  return out;
}
const dateOk = (e, p) => [...days(p)].some((d) => days(e).has(d));
const siteOk = (e, p) => !blank(p) && siteKey(e) !== '' && siteKey(e) === siteKey(p);
const langOk = (e, p) => !blank(p) && String(e).trim().toLowerCase().split(/[-_]/)[0] === String(p).trim().toLowerCase().split(/[-_]/)[0];

const fields = { title: [0, 0], author: [0, 0], published: [0, 0], site: [0, 0], language: [0, 0] };
const wrong = [];
const names = fs.readdirSync(data).filter((n) => fs.existsSync(path.join(data, n, 'expected-metadata.json'))).sort();
let crashes = 0;
for (const name of names) {
  const exp = JSON.parse(fs.readFileSync(path.join(data, name, 'expected-metadata.json'), 'utf8'));
  const file = path.join(data, name, 'source.html');
  const html = fs.readFileSync(file, 'utf8');
  const doc = createDoc({ kind: 'file', id: file, url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  try { cleanDoc(doc, { clean: true }); } catch (e) { crashes += 1; console.log(`crash on ${name}: ${e.stack}`); }
  const a = doc.meta;
  const checks = {
    title: blank(exp.title) ? null : titleOk(exp.title, a.title),
    author: authorOk(exp.byline, a.authors, exp.siteName),
    published: blank(exp.publishedTime) ? null : dateOk(exp.publishedTime, a.published),
    site: blank(exp.siteName) ? null : siteOk(exp.siteName, a.site),
    language: blank(exp.lang) ? null : langOk(exp.lang, a.language),
  };
  const got = { title: a.title, author: a.authors, published: a.published, site: a.site, language: a.language };
  const want = { title: exp.title, author: exp.byline, published: exp.publishedTime, site: exp.siteName, language: exp.lang };
  for (const [f, ok] of Object.entries(checks)) {
    if (ok === null) continue;
    fields[f][1] += 1;
    if (ok) fields[f][0] += 1; else wrong.push(`  ${f.padEnd(9)} ${name}: want ${JSON.stringify(want[f])} got ${JSON.stringify(got[f])}`);
  }
}
if (showErrors) for (const w of wrong) console.log(w);
const accs = Object.entries(fields).map(([f, [ok, n]]) => { console.log(`metadata ${f} ${(ok / n).toFixed(3)} (${ok}/${n})`); return ok / n; });
console.log(`metadata pages ${names.length}, crashes ${crashes}`);
console.log(`metadata accuracy ${(accs.reduce((x, y) => x + y, 0) / accs.length).toFixed(3)}`);
