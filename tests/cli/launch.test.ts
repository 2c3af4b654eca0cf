// How the bin starts: from the start-up snapshot for one input, the ordinary way for batches; same output either way.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SNAPSHOT_MAX_INPUT_BYTES } from '../../src/defaults.js';
import { describe, expect, it } from 'vitest';
import { BATCH_V8_FLAGS, batchV8Flags, defaultWorkerUrl, findBundle, isSingleInputRun, prestartWorkers, takePrestartedWorkers } from '../../src/cli/launch.js';

const root = path.join(__dirname, '..', '..');
const fx = 'fixtures/articles/globalresearch-tabqah-corridor-html/source.html';

describe('isSingleInputRun', () => {
  it.each([
    [[fx], true],
    [[], true],
    [['-'], true],
    [['--format', 'ndjson', fx], true],
    [['--format=json', '--no-clean', fx], true],
    [['https://example.org/a'], true],
    [['--user-agent', 'x y', fx], true],
    [[fx, fx], false],
    [['fixtures/batch'], false],
    [['schema'], false],
    [['-j', '2', fx], false],
    [['--urls-from', 'urls.txt'], false],
    [['--feed', 'https://example.org/rss'], false],
    [['--out-dir', 'out', fx], false],
    [['--timeout', '100', fx], false],
    [['--', '-odd-name.html'], true],
    [['--help'], false],
    [['-V'], false],
    [['package.json'], true],
    [['-j2', fx], false],
    [['--jobs=2', fx], false],
  ])('%j → %s', (argv, expected) => {
    expect(isSingleInputRun(argv)).toBe(expected);
  });
});

describe('batchV8Flags', () => {
  const flags = [...BATCH_V8_FLAGS];
  it.each([
    [['fixtures/batch'], 2, flags],
    [['fixtures/batch'], 4, flags],
    [['-j', '1', 'fixtures/batch'], 2, []],
    [['-j1', 'fixtures/batch'], 2, []],
    [['--jobs=3', 'fixtures/batch'], 4, []],
    [['--jobs', '2', 'fixtures/batch'], 2, flags],
    [['-j', '1', '-j', '2', 'fixtures/batch'], 2, flags],
    [[fx, fx], 2, flags],
    [['--urls-from', 'urls.txt'], 2, flags],
    [['--feed', 'https://example.org/rss'], 2, flags],
    [['--timeout', '100', fx], 2, flags],
    [[fx], 2, []],
    [['-j', '2', fx], 2, []],
    [['-'], 2, []],
    [['--help', 'fixtures/batch'], 2, []],
    [['schema'], 2, []],
  ])('%j on %i cores → %j', (argv, cores, expected) => {
    expect(batchV8Flags(argv, cores)).toEqual(expected);
  });
});

describe('prestartWorkers', () => {
  const env = { NEWS_EXTRACT_NO_BUNDLE: '1' }; // dist/cli/worker.js: the same script whether or not a bundle was built
  it.each([
    [['schema'], 2, 0],
    [[fx], 2, 0],
    [['--help', 'fixtures/batch'], 2, 0],
    [['-j', '1', 'fixtures/batch'], 4, 1],
    [['-j', '8', fx, fx], 2, 2],
  ])('%j on %i cores starts %i, which a pool on the same script takes once', async (argv, cores, expected) => {
    expect(prestartWorkers(argv, cores, env)).toBe(expected);
    const taken = takePrestartedWorkers(defaultWorkerUrl(env));
    expect(taken).toHaveLength(expected);
    expect(takePrestartedWorkers(defaultWorkerUrl(env))).toHaveLength(0);
    await Promise.all(taken.map((w) => w.terminate()));
  });

  it('ends the early workers when the pool runs another script', async () => {
    expect(prestartWorkers(['fixtures/batch'], 1, env)).toBe(1);
    const other = new URL('file:///elsewhere/worker.js');
    expect(takePrestartedWorkers(other)).toHaveLength(0);
    expect(takePrestartedWorkers(defaultWorkerUrl(env))).toHaveLength(0); // gone, not left for later
  });
});

describe('isSingleInputRun and file size', () => {
  it('leaves a file over SNAPSHOT_MAX_INPUT_BYTES to the ordinary start', () => {
    const big = path.join(os.tmpdir(), `news-extract-big-${process.pid}.html`);
    fs.writeFileSync(big, 'x'.repeat(SNAPSHOT_MAX_INPUT_BYTES + 1));
    try {
      expect(isSingleInputRun([big])).toBe(false);
    } finally {
      fs.rmSync(big, { force: true });
    }
  });
});

describe('snapshot start', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['bin/news-extract.js', fx], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

  it('gives the same record as the ordinary start', () => {
    const a = run({});
    const b = run({ NEWS_EXTRACT_NO_SNAPSHOT: '1' });
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });

  it('passes the exit code and stderr of a failing input through', () => {
    const r = spawnSync(process.execPath, ['bin/news-extract.js', 'no/such.html'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no\/such\.html.*input\/not-found/);
    expect(JSON.parse(r.stdout).error.code).toBe('input/not-found');
  });
});

describe('bundled start', () => {
  it('gives the same records for a batch as dist/ module by module', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['bin/news-extract.js', '--format', 'ndjson', '-j', '2', 'fixtures/batch'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    const a = run({});
    const b = run({ NEWS_EXTRACT_NO_BUNDLE: '1' });
    expect(a.status).toBe(b.status);
    expect(a.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(3);
    expect(a.stdout).toBe(b.stdout);
  });

  it('is used only when it was made from the dist/ that is there, and never when turned off', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-extract-bundle-'));
    try {
      fs.mkdirSync(path.join(root, 'dist', 'bundle'), { recursive: true });
      fs.writeFileSync(path.join(root, 'dist', 'index.js'), '');
      fs.writeFileSync(path.join(root, 'dist', 'bundle', 'worker.cjs'), '');
      const builtFrom = fs.statSync(path.join(root, 'dist', 'index.js')).mtimeMs;
      fs.writeFileSync(path.join(root, 'dist', 'bundle', 'meta.json'), JSON.stringify({ builtFrom }));
      const url = pathToFileURL(root + path.sep);
      expect(findBundle('worker.cjs', {}, url)?.pathname).toMatch(/dist\/bundle\/worker\.cjs$/);
      expect(findBundle('worker.cjs', { NEWS_EXTRACT_NO_BUNDLE: '1' }, url)).toBeNull();
      expect(findBundle('cli.cjs', {}, url)).toBeNull();
      // a later tsc rewrites dist/index.js: the bundle is stale
      fs.utimesSync(path.join(root, 'dist', 'index.js'), new Date(), new Date(builtFrom + 60_000));
      expect(findBundle('worker.cjs', {}, url)).toBeNull();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
