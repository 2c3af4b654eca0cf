// Every view on every article fixture: pretty (plain and coloured), csv, tsv and html, as file snapshots beside the
// fixture records; plus the checks that hold whatever the snapshot: colour only when asked, CSV shape, escaping.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { formatPretty } from '../../src/output/pretty.js';
import { formatHtml } from '../../src/output/html.js';
import { CSV_COLUMNS, formatCsvHeader, formatCsvRows } from '../../src/output/csv.js';
import { recordOfFixture } from '../helpers/fixture-record.mjs';

const root = path.join(__dirname, '..', '..');
const articles = path.join(root, 'fixtures', 'articles');
const dirs = fs.readdirSync(articles).filter((d) => fs.statSync(path.join(articles, d)).isDirectory()).sort();
const snap = (dir: string, name: string) => path.join(__dirname, '__snapshots__', 'fixtures', dir, name);

describe.each(dirs)('views of fixture %s', async (dir) => {
  const record = await recordOfFixture(root, dir, lib);

  it('pretty, plain: no escape codes, every actor and claim cue listed', async () => {
    const out = formatPretty(record, { color: false, width: 100 });
    expect(out).not.toMatch(/\x1b\[/);
    for (const a of record.actors) expect(out).toContain(a.name);
    await expect(out).toMatchFileSnapshot(snap(dir, 'pretty.txt'));
  });

  it('pretty, coloured: the plain text plus a legend once the colours are stripped', async () => {
    const coloured = formatPretty(record, { color: true, width: 100 });
    expect(coloured).toMatch(/\x1b\[/);
    const stripped = coloured.replace(/\x1b\[[0-9;]*m/g, '');
    for (const line of formatPretty(record, { color: false, width: 100 }).split('\n')) expect(stripped).toContain(line);
    await expect(coloured).toMatchFileSnapshot(snap(dir, 'pretty-color.txt'));
  });

  it.each([',', '\t'] as const)('csv/tsv (%j): a header and one row per mention, number, date and claim', async (d) => {
    const out = formatCsvHeader(d) + formatCsvRows(record, d);
    const lines = out.split('\r\n').filter(Boolean);
    const mentions = record.actors.reduce((n, a) => n + a.mentions.length, 0) + record.places.reduce((n, p) => n + p.mentions.length, 0);
    expect(lines[0]!.split(d)).toEqual([...CSV_COLUMNS]);
    expect(lines.length - 1).toBeGreaterThanOrEqual(mentions + record.numbers.length + record.dates.length + record.claims.length);
    await expect(out).toMatchFileSnapshot(snap(dir, d === ',' ? 'record.csv' : 'record.tsv'));
  });

  it('html: one self-contained page with every actor marked', async () => {
    const out = formatHtml([record]);
    expect(out).not.toMatch(/<script\b|<link\b|src="http/i);
    for (const a of record.actors) expect(out).toContain(`data-id="${a.id}"`);
    await expect(out).toMatchFileSnapshot(snap(dir, 'report.html'));
  });
});
