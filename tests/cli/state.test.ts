// --state in the real bin (loopback server): a URL is remembered only once its record is written, so a page lost to a
// timeout, a full disk or Ctrl-C comes back next run; SIGTERM and SIGHUP stop a run as Ctrl-C does; problems with the
// state file or the limits are usage errors.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/http-server.js';
import { withinTime } from '../../src/cli/run.js';
import type { SourceRef } from '../../src/input/index.js';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'news-extract.js');

interface Run { stdout: string; stderr: string; status: number | null; signal: NodeJS.Signals | null }

/**
 * Runs `node bin/news-extract.js …args`, or with `asCommand` the bin itself (its shell lines start node); `ownGroup`
 * gives it a process group of its own, so a test can signal the whole group as `timeout` and terminals do.
 */
function runBin(args: string[], opts: { stdout?: number; asCommand?: boolean; ownGroup?: boolean; onSpawn?: (child: ReturnType<typeof spawn>) => void } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const [command, argv] = opts.asCommand ? [bin, args] : [process.execPath, [bin, ...args]];
    const child = spawn(command, argv, { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'], detached: opts.ownGroup ?? false });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (status, signal) => resolve({ stdout, stderr, status, signal }));
    opts.onSpawn?.(child);
  });
}

const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const page = (n: number) =>
  `<html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1><p>Officials said ${n + 2} people were wounded in the storm on Monday, according to the fire service.</p></article></body></html>`;
const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ne-state-cli-'));
const savedUrls = (file: string): string[] => (fs.existsSync(file) ? Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).urls) : []);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    ...Object.fromEntries(
      [1, 2, 3].map((n) => [
        `/a/${n}.html`,
        (_q: unknown, res: import('node:http').ServerResponse) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page(n));
        },
      ]),
    ),
    // About 190 KB of sentences: read in milliseconds, processed in well over 400 ms.
    '/big.html': (_q, res) => {
      const paras = Array.from({ length: 1500 }, (_, i) => `<p>Officials in Town ${i} said ${i + 3} people were wounded in the storm on Monday, according to the fire service chief John Smith.</p>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>Big</title></head><body><article><h1>Big</h1>${paras.join('')}</article></body></html>`);
    },
    // Story 1 with what changes on every request of a real page: a CSP nonce, a timestamp, a "most read" box.
    '/volatile.html': (_q, res) => {
      const n = Math.random().toString(36).slice(2);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(1).replace('</head>', `<script nonce="${n}">window.t=${Date.now()}</script></head>`).replace('</body>', `<aside class="most-read"><a href="/x/${n}">Most read ${n}</a></aside></body>`));
    },
    '/feed-two': (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Two</title><item><title>Gone story</title><link>${server.url('/gone.html')}</link></item><item><title>Story 1</title><link>${server.url('/a/1.html')}</link></item></channel></rss>`,
      ),
    '/gone.html': (_q, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    '/hang': () => undefined,
    '/feed-broken': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half'),
  });
});
afterAll(() => server.close());

function urlList(dir: string, paths: string[]): string {
  const file = path.join(dir, 'urls.txt');
  fs.writeFileSync(file, paths.map((p) => server.url(p)).join('\n') + '\n');
  return file;
}

describe('--state remembers a URL only once its record is written', () => {
  it('a page read in time but processed too slowly (extract/timeout) is fetched again by the next run', async () => {
    const dir = tmpDir();
    const state = path.join(dir, 'state.json');
    const urls = urlList(dir, ['/big.html']);
    const first = await runBin(['-q', '--state', state, '--timeout', '400', '--urls-from', urls]);
    expect(first.status).toBe(1);
    expect(lines(first.stdout).map((r) => r.error?.code)).toEqual([expect.stringMatching(/^(extract|input)\/timeout$/)]);
    expect(savedUrls(state)).toEqual([]);
    const second = await runBin(['--state', state, '--urls-from', urls]);
    expect(second.status).toBe(0);
    expect(lines(second.stdout).map((r) => r.article.title)).toEqual(['Big']);
    expect(savedUrls(state)).toEqual([server.url('/big.html')]);
    const third = await runBin(['--state', state, '--urls-from', urls]);
    expect(third.stdout).toBe('');
    expect(third.stderr).toMatch(/1 unchanged, skipped/);
  }, 30_000);

  it('a run whose output cannot be written (/dev/full, exit 4) remembers nothing', async () => {
    if (!fs.existsSync('/dev/full')) return expect(process.platform).not.toBe('linux');
    const dir = tmpDir();
    const state = path.join(dir, 'state.json');
    const urls = urlList(dir, ['/a/1.html', '/a/2.html', '/a/3.html']);
    const full = fs.openSync('/dev/full', 'w');
    const first = await runBin(['-q', '--state', state, '--urls-from', urls], { stdout: full });
    fs.closeSync(full);
    expect(first.status).toBe(4);
    expect(savedUrls(state)).toEqual([]);
    const second = await runBin(['-q', '--state', state, '--urls-from', urls]);
    expect(lines(second.stdout)).toHaveLength(3);
  });

  it('Ctrl-C: a page fetched but not yet printed (waiting behind a slow one) is not remembered', async () => {
    const dir = tmpDir();
    const state = path.join(dir, 'state.json');
    const urls = urlList(dir, ['/a/1.html', '/hang', '/a/3.html']);
    const before = server.hits.get('/a/3.html') ?? 0;
    const r = await runBin(['--state', state, '--fetch-timeout', '60000', '-j', '2', '--urls-from', urls], {
      onSpawn: (child) => {
        // Story 1 printed, and Story 3 fetched (its turn on the host comes a second after /hang's) but held back
        // behind /hang, which never answers.
        let printed = false;
        child.stdout!.on('data', () => (printed = true));
        const timer = setInterval(() => {
          if (!printed || (server.hits.get('/a/3.html') ?? 0) <= before) return;
          clearInterval(timer);
          setTimeout(() => child.kill('SIGINT'), 300);
        }, 10);
      },
    });
    expect(server.hits.get('/a/3.html') ?? 0).toBeGreaterThan(before);
    expect(r.status).toBe(130);
    expect(lines(r.stdout).map((x) => x.article.title)).toEqual(['Story 1']);
    expect(savedUrls(state)).toEqual([server.url('/a/1.html')]);
  });
});

// A cron job's `timeout 600 news-extract --state s.json --urls-from l.txt` ends the run with SIGTERM (sent to the whole
// process group), a closed ssh session with SIGHUP. Each path the bin can take is tried: the launcher's own process
// (-j 1), a child process started with the batch flags (-j at the number of cores, under `node bin/…`) that gets the
// signal from the launcher or from the group, and the bin run as a command (its shell lines exec node).
describe('SIGTERM and SIGHUP stop a run as Ctrl-C does: what is done is written and remembered', () => {
  const cores = String(os.availableParallelism());
  it.each([
    ['SIGTERM', 143, 'the launcher process, -j 1', ['-j', '1'], { ownGroup: false, asCommand: false }],
    ['SIGTERM', 143, 'a child process, the whole group signalled (timeout)', ['-j', cores], { ownGroup: true, asCommand: false }],
    ['SIGHUP', 129, 'a child process, the launcher signalled', ['-j', cores], { ownGroup: false, asCommand: false }],
    ['SIGTERM', 143, 'the bin run as a command', ['-j', cores], { ownGroup: false, asCommand: true }],
  ] as const)('%s → exit %i (%s)', async (sig, code, _, jobs, how) => {
    const dir = tmpDir();
    const state = path.join(dir, 'state.json');
    const urls = urlList(dir, ['/a/1.html', '/hang', '/a/3.html']);
    const hangsBefore = server.hits.get('/hang') ?? 0;
    const r = await runBin(['--state', state, '--fetch-timeout', '60000', ...jobs, '--urls-from', urls], {
      ...how,
      onSpawn: (child) => {
        // Story 1 printed and /hang asked for: the signal comes at once, while Story 1's state may still be saving.
        let printed = false;
        child.stdout!.on('data', () => (printed = true));
        const timer = setInterval(() => {
          if (!printed || (server.hits.get('/hang') ?? 0) <= hangsBefore) return;
          clearInterval(timer);
          if (how.ownGroup) process.kill(-child.pid!, sig);
          else child.kill(sig);
        }, 5);
      },
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(code);
    expect(lines(r.stdout).map((x) => x.article.title)).toEqual(['Story 1']);
    expect(r.stderr).toContain(`interrupted by ${sig}; 1 of 3 inputs written`);
    expect(savedUrls(state)).toEqual([server.url('/a/1.html')]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]); // no save cut off halfway
  }, 30_000);
});

describe('--state skips an unchanged article, not only unchanged bytes', () => {
  it('a page whose HTML changes on every request (nonce, timestamp, "most read" box) is printed once', async () => {
    const state = path.join(tmpDir(), 'state.json');
    const url = server.url('/volatile.html');
    const first = await runBin(['--state', state, '-f', 'ndjson', url, server.url('/a/2.html')]);
    expect(lines(first.stdout).map((r) => r.article.title)).toEqual(['Story 1', 'Story 2']);
    const second = await runBin(['--state', state, '-f', 'ndjson', url, server.url('/a/2.html')]);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/2 unchanged, skipped/);
    expect(second.status).toBe(0);
  }, 30_000);

  it.each([['#comments'], ['?'], ['HOST']])('a URL given again with %s is the same state entry', async (variant) => {
    const state = path.join(tmpDir(), 'state.json');
    const url = server.url('/a/3.html');
    const again = variant === 'HOST' ? url.replace('http://127.0.0.1', 'HTTP://127.0.0.1') : url + variant;
    await runBin(['-q', '--state', state, url]);
    const second = await runBin(['--state', state, again]);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/1 unchanged, skipped/);
    expect(savedUrls(state)).toEqual([url]);
  }, 30_000);
});

describe('feed errors say which feed', () => {
  it('the error record of a feed item keeps source.feed, as its successful siblings do', async () => {
    const r = await runBin(['-f', 'ndjson', '--feed', server.url('/feed-two')]);
    const [gone, ok] = lines(r.stdout);
    expect(gone.error.code).toBe('input/http-status');
    expect(gone.source.feed).toEqual({ url: server.url('/feed-two'), title: 'Gone story', published: null });
    expect(ok.source.feed.url).toBe(server.url('/feed-two'));
  });

  it('a --feed that does not exist is called a feed, not a page', async () => {
    const r = await runBin(['-f', 'ndjson', '--feed', server.url('/gone.html')]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)[0].error.message).toMatch(/the feed does not exist/);
    expect(r.stderr).not.toMatch(/the page/);
  });
});

describe('usage errors found before anything is fetched', () => {
  it.each([
    [['--state', '/nonexistent-ne-dir/st.json', '/a/1.html'], /--state .*the folder \/nonexistent-ne-dir does not exist/],
    [['--fetch-timeout', '600000000000', '/a/1.html'], /--fetch-timeout takes at most 2147483647 ms/],
    [['--timeout', '3000000000', '/a/1.html'], /--timeout takes at most 2147483647 ms/],
  ])('%j → exit 2', async (args, message) => {
    const before = server.hits.get('/a/1.html') ?? 0;
    const r = await runBin(args.map((a) => (a.startsWith('/a/') ? server.url(a) : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(server.hits.get('/a/1.html') ?? 0).toBe(before);
  });
});

describe('a broken feed fails the run, also under --quiet', () => {
  it('-q --feed of a truncated feed → an input/feed-empty error record and exit 1', async () => {
    const r = await runBin(['-q', '--feed', server.url('/feed-broken')]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((x) => x.error?.code)).toEqual(['input/feed-empty']);
    expect(r.stderr).toMatch(/feed-empty/);
  });
});

describe('withinTime: the --timeout clock of a read', () => {
  const ref: SourceRef = { kind: 'url', id: 'https://x.example/', relPath: 'x' };
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('does not count a wait for a turn on the host (clock paused)', async () => {
    const got = await withinTime(
      async (clock) => {
        clock.pause();
        await wait(150); // queued behind other pages of the host
        clock.resume();
        await wait(30);
        return 'read';
      },
      100,
      ref,
    );
    expect(got).toBe('read');
  });

  it('stops a read that is itself too slow, with a message about the URL, not about regular files', async () => {
    const err = await withinTime(() => wait(200), 80, ref).catch((e: unknown) => e as Error);
    expect(err).toMatchObject({ code: 'input/timeout' });
    expect(err.message).toMatch(/fetching the URL took longer than 80 ms \(waits for a turn on a busy host not counted\)/);
    expect(err.message).not.toMatch(/regular file/);
  });
});
