// How the bin starts: from the start-up snapshot for one input, the ordinary way for batches; same output either way.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_V8_FLAGS, SPARE_CORE_V8_FLAGS, batchV8Flags, defaultWorkerUrl, findBundle, isSingleInputRun, mayFetch, prestartWorkers, snapshotEnv, takePrestartedWorkers, workerYoungMb } from '../../src/cli/launch.js';

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
  const spare = [...SPARE_CORE_V8_FLAGS];
  it.each([
    [['fixtures/batch'], 2, flags],
    [['fixtures/batch'], 4, flags],
    [['-j', '1', 'fixtures/batch'], 2, spare],
    [['-j1', 'fixtures/batch'], 2, spare],
    [['--jobs=3', 'fixtures/batch'], 4, spare],
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

describe('workerYoungMb', () => {
  it('gives a lone worker the bigger young generation, and each of several the small one', () => {
    expect(workerYoungMb(1)).toBeGreaterThan(workerYoungMb(2));
    expect(workerYoungMb(2)).toBe(workerYoungMb(12));
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

describe('snapshotEnv', () => {
  it('adds huge pages for large allocations to the glibc settings, and keeps the rest of the environment', () => {
    expect(snapshotEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
    expect(snapshotEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
  });
  it("leaves a user's own choice of glibc.malloc.hugetlb as it is", () => {
    const env = { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0' };
    expect(snapshotEnv(env)).toBe(env);
  });
});

describe("the bin's shell start", () => {
  // The bin copied into a made-up package whose dist/snapshot/ says which node made the blob, and a fake `node` on
  // PATH that prints the arguments it was given: so each case shows which way the shell lines started the CLI.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-extract-sh-'));
  const pkg = path.join(dir, 'pkg');
  const fakeBin = path.join(dir, 'fakebin');
  const snap = path.join(pkg, 'dist', 'snapshot');
  fs.mkdirSync(path.join(pkg, 'bin'), { recursive: true });
  fs.mkdirSync(snap, { recursive: true });
  fs.mkdirSync(fakeBin);
  const bin = path.join(pkg, 'bin', 'news-extract.js');
  fs.copyFileSync(path.join(root, 'bin', 'news-extract.js'), bin);
  fs.chmodSync(bin, 0o755);
  fs.writeFileSync(path.join(snap, 'news-extract.blob'), '');
  const fakeNode = path.join(fakeBin, 'node');
  fs.writeFileSync(fakeNode, '#!/bin/sh\nif [ "$1" = --version ]; then echo "${FAKE_VERSION:-v99.0.0}"; exit 0; fi\necho "relaunched=$NEWS_EXTRACT_RELAUNCHED"\necho "certs=${NODE_EXTRA_CA_CERTS-unset}"\necho "tunables=${GLIBC_TUNABLES-unset}"\nprintf \'%s\\n\' "$@"\n');
  fs.chmodSync(fakeNode, 0o755);
  fs.writeFileSync(path.join(snap, 'meta.sh'), `snapshot_node='v99.0.0'\nsnapshot_exec='${fakeNode}'\nsnapshot_flags='--no-rehash-snapshot'\n`);
  // the fake node's modification time, as the build stamps the real one's (scripts/bundle.mjs)
  const stamp = path.join(snap, 'node.stamp');
  const stampAs = (...touchArgs: string[]) => {
    fs.writeFileSync(stamp, '');
    expect(spawnSync('touch', [...touchArgs, stamp]).status).toBe(0);
  };
  stampAs('-r', fakeNode);
  fs.symlinkSync(bin, path.join(fakeBin, 'news-extract')); // as npm links it
  // the shell counts cores with nproc (or getconf): the cases compare with launch.ts given that same count
  const cores = Number(spawnSync('sh', ['-c', 'nproc 2>/dev/null || getconf _NPROCESSORS_ONLN'], { encoding: 'utf8' }).stdout.trim());
  /** NODE_EXTRA_CA_CERTS as the last start() passed it on: "certs=<value>" or "certs=unset". */
  let lastCerts = '';
  /** GLIBC_TUNABLES as the last start() passed it on: "tunables=<value>" or "tunables=unset". */
  let lastTunables = '';
  const start = (argv: string[], env: Record<string, string> = {}, command = bin) => {
    const r = spawnSync(command, argv, { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: `${fakeBin}:/usr/bin:/bin`, ...env } });
    expect(r.status).toBe(0);
    const [relaunched, certs, tunables, ...args] = r.stdout.split('\n').slice(0, -1);
    lastCerts = certs!;
    lastTunables = tunables!;
    const blob = args.indexOf('--snapshot-blob');
    if (blob >= 0) {
      expect(args.slice(0, blob)).toEqual(['--no-rehash-snapshot']);
      expect(fs.realpathSync(args[blob + 1]!)).toBe(fs.realpathSync(path.join(snap, 'news-extract.blob')));
      expect(args.slice(blob + 2)).toEqual(['--', ...argv]);
      return 'snapshot';
    }
    const flags = args.slice(0, args.findIndex((a) => !a.startsWith('--')));
    expect(fs.realpathSync(args[flags.length]!)).toBe(fs.realpathSync(bin));
    expect(args.slice(flags.length + 1)).toEqual(argv);
    if (flags.length === 0) return 'node launcher';
    // the batch flags, and the mark that stops the Node.js launcher from starting another process for them
    expect(relaunched).toBe('relaunched=1');
    if (flags.length === SPARE_CORE_V8_FLAGS.length) {
      expect(flags).toEqual([...SPARE_CORE_V8_FLAGS]);
      return 'spare-core flags';
    }
    expect(flags).toEqual([...BATCH_V8_FLAGS]);
    return 'batch flags';
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    [[fx], 'snapshot'],
    [[], 'snapshot'],
    [['-'], 'snapshot'],
    [['--format', 'ndjson', fx], 'snapshot'],
    [['--format=json', '--no-clean', '--quiet', fx], 'snapshot'],
    [['https://example.org/a'], 'snapshot'],
    [['--user-agent', 'x y', '--state', 'schema', 'https://example.org/a'], 'snapshot'],
    [['no/such.html'], 'snapshot'],
    [[fx, fx], 'batch flags'],
    [['fixtures/batch'], 'batch flags'],
    [['--format', 'ndjson', '--quiet', 'fixtures/batch'], 'batch flags'],
    [['--out-dir', 'out', '--skip-existing', 'fixtures/batch'], 'batch flags'],
    [['--timeout', '100', fx], 'batch flags'],
    [['--urls-from', 'urls.txt'], 'batch flags'],
    [['--feed=https://example.org/rss', '--state', 'state.json'], 'batch flags'],
    [['schema'], 'node launcher'],
    [['-j', '2', fx], 'node launcher'],
    [['-j', '1', 'fixtures/batch'], 'spare-core flags'],
    [['-j', String(cores), 'fixtures/batch'], 'batch flags'],
    [[`-j${cores + 1}`, fx, fx], 'batch flags'],
    [[`--jobs=${cores}`, '--jobs', '1', fx, fx], 'spare-core flags'],
    [['-j', 'x', fx, fx], 'node launcher'],
    [['--out-dir', 'out', fx], 'node launcher'],
    [['--help'], 'node launcher'],
    [['--help', 'fixtures/batch'], 'node launcher'],
    [['-fjson', fx], 'node launcher'],
    [['--', fx], 'node launcher'],
  ])('%j → %s, as the Node.js launcher would decide', (argv, expected) => {
    const how = start(argv);
    expect(how).toBe(expected);
    // never a batch from the snapshot (it cannot start workers), never the batch flags for a run without workers
    if (how === 'snapshot') expect(isSingleInputRun(argv)).toBe(true);
    if (how === 'batch flags') expect(batchV8Flags(argv, cores)).toEqual([...BATCH_V8_FLAGS]);
    if (how === 'spare-core flags') expect(batchV8Flags(argv, cores)).toEqual([...SPARE_CORE_V8_FLAGS]);
  });

  // Node.js reads the certificates of NODE_EXTRA_CA_CERTS at every start; only a run that may fetch needs them.
  it.each([
    [[fx], false],
    [[], false],
    [['-'], false],
    [['fixtures/batch'], false],
    [['-j', '1', 'fixtures/batch'], false],
    [['--timeout', '100', fx, fx], false],
    [['--user-agent', 'https://example.org/bot', fx], false],
    [['https://example.org/a'], true],
    [['HTTP://example.org/a', fx], true],
    [['--urls-from', 'urls.txt'], true],
    [['--feed=https://example.org/rss', '--state', 'state.json'], true],
    [['--feed', 'feed.xml'], true],
    [['schema'], true], // anything the shell lines leave to the Node.js launcher keeps the environment as it is
    [['--help'], true],
  ])('%j: NODE_EXTRA_CA_CERTS kept: %s, as launch.ts decides', (argv, kept) => {
    start(argv, { NODE_EXTRA_CA_CERTS: '/etc/ssl/extra.pem' });
    expect(lastCerts).toBe(kept ? 'certs=/etc/ssl/extra.pem' : 'certs=unset');
    // the Node.js launcher's own test: it keeps them whenever the shell does for a command line it reads in full
    if (!kept) expect(mayFetch(argv)).toBe(false);
    else if (argv[0] !== 'schema' && argv[0] !== '--help') expect(mayFetch(argv)).toBe(true);
  });

  // a run from the snapshot gets huge pages for its large allocations, as launch.ts's snapshotEnv gives them
  it.each([
    [[fx], {}],
    [[fx], { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }],
    [[fx], { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }],
    [['fixtures/batch'], {}],
    [['fixtures/batch'], { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }],
    [['--help'], {}],
  ])('%j with %j: GLIBC_TUNABLES as launch.ts gives it', (argv, env: Record<string, string>) => {
    const how = start(argv, env);
    const expected = how === 'snapshot' ? snapshotEnv(env).GLIBC_TUNABLES : env.GLIBC_TUNABLES;
    expect(lastTunables).toBe(`tunables=${expected ?? 'unset'}`);
  });

  it('follows the link npm makes to the bin', () => {
    expect(start([fx], {}, path.join(fakeBin, 'news-extract'))).toBe('snapshot');
  });

  it('leaves the snapshot to the Node.js launcher when the node binary changed since the build, or it is turned off', () => {
    // node.stamp holds the binary's modification time: the same binary passes without being asked its version
    expect(start([fx], { FAKE_VERSION: 'v98.1.0' })).toBe('snapshot');
    try {
      stampAs('-d', '2001-02-03 04:05:06'); // the binary is newer than the stamp: replaced since the build
      expect(start([fx])).toBe('node launcher');
      fs.rmSync(stamp); // no stamp (an older build): the version it prints decides
      expect(start([fx])).toBe('snapshot');
      expect(start([fx], { FAKE_VERSION: 'v98.1.0' })).toBe('node launcher');
    } finally {
      stampAs('-r', fakeNode);
    }
    expect(start([fx], { NEWS_EXTRACT_NO_SNAPSHOT: '1' })).toBe('node launcher');
  });

  it('starts no second batch process when it is already the one started with the flags', () => {
    expect(start([fx, fx], { NEWS_EXTRACT_RELAUNCHED: '1' })).toBe('node launcher');
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

  it('gives the same record run as a command (the shell start) as run by node', () => {
    const a = spawnSync(path.join(root, 'bin', 'news-extract.js'), [fx], { cwd: root, encoding: 'utf8' });
    const b = run({ NEWS_EXTRACT_NO_SNAPSHOT: '1' });
    expect(a.status).toBe(0);
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
