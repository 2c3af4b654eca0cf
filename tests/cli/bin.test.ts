// Spawns the real bin (compiled dist/) and checks stdout, stderr and exit code together.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidRecord } from '../helpers/validate.js';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'news-extract.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });

describe('bin/news-extract.js', () => {
  it('a folder of 4 articles plus a missing file: 5 ndjson lines, all valid, exit 1', () => {
    const r = run(['--format', 'ndjson', 'fixtures/batch', 'missing.html']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const records = lines.map((l) => JSON.parse(l));
    records.forEach(expectValidRecord);
    expect(records.filter((x) => x.error)).toHaveLength(1);
    expect(records.at(-1).error.code).toBe('input/not-found');
    // sorted walk, files before the subfolder's files as the path order says
    expect(records.slice(0, 4).map((x) => path.basename(x.source.id))).toEqual(['ceasefire.txt', 'flood.html', 'election.htm', 'strike.txt']);
    expect(r.stderr).toMatch(/README\.md/); // the non-article file is skipped with a note
    expect(r.stderr).toMatch(/5 sources, 1 failed/);
    expect(r.status).toBe(1);
  });

  it('--out-dir writes one JSON per input mirroring the folder, and nothing on stdout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-out-'));
    const r = run(['--out-dir', dir, '--quiet', 'fixtures/batch']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const files = ['ceasefire.json', 'flood.json', path.join('more', 'election.json'), path.join('more', 'strike.json')];
    for (const f of files) expectValidRecord(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('pipes: stdin to stdout as JSON, exit 0', () => {
    const r = run([], 'Ceasefire holds\n\nThe ceasefire held overnight, the army said.\n');
    expect(r.status).toBe(0);
    expectValidRecord(JSON.parse(r.stdout));
  });

  it('a run that fetches nothing starts without NODE_EXTRA_CA_CERTS (Node.js warns when it cannot load them)', () => {
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: path.join(root, 'no', 'such', 'extra-ca.pem') };
    // the warning shows that Node.js reads the file at start-up, so the check below can fail
    expect(spawnSync(process.execPath, ['-e', '0'], { env, encoding: 'utf8' }).stderr).toMatch(/extra certs/i);
    for (const start of [[bin], [process.execPath, bin]]) {
      const r = spawnSync(start[0]!, [...start.slice(1), '--format', 'json', 'fixtures/batch/ceasefire.txt'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(0);
      expectValidRecord(JSON.parse(r.stdout));
      // run by node, the launcher itself has read them; the process that does the work has not
      if (start.length === 1) expect(r.stderr).not.toMatch(/extra certs/i);
      else expect(r.stderr.match(/extra certs/gi) ?? []).toHaveLength(1);
    }
  });

  it('schema is valid JSON on stdout', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).anyOf ?? JSON.parse(r.stdout).oneOf).toBeTruthy();
  });
});
