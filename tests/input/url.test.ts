import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitState, flushState, loadSource, readSource, readSources, type InputIO, type InputOptions, type SourceRef } from '../../src/input/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/defaults.js';
import { ROUTES, startTestServer, type TestServer } from '../helpers/http-server.js';
import { inputIO, testOptions } from '../helpers/input-io.js';

let server: TestServer;
let tmp: string;
beforeAll(async () => {
  server = await startTestServer();
  tmp = mkdtempSync(join(tmpdir(), 'news-extract-input-'));
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const urlRef = (path: string): SourceRef => ({ kind: 'url', id: server.url(path), relPath: path.slice(1) });
const load = (path: string, over: Partial<InputOptions> = {}, io = inputIO()) => loadSource(urlRef(path), testOptions(over), io);

describe('loadSource: URLs that work', () => {
  it.each([
    ['/page.html', 'text/html', 'Town council approves budget'],
    ['/plain.txt', 'text/plain', '200 homes were hit'],
    ['/gzip', 'text/html', 'Town council approves budget'],
    ['/br', 'text/html', 'Town council approves budget'],
    ['/deflate', 'text/html', 'Town council approves budget'],
    ['/1252-meta', 'text/html', 'The café’s owner said “we are back”'],
    ['/1252-header', 'text/html', 'José said the naïve plan'],
    ['/header-beats-meta', 'text/html', 'café'],
    ['/octet', 'text/html', 'Town council'],
    ['/no-type', 'text/plain', 'Flood waters'],
    ['/text-but-html', 'text/html', 'still HTML'],
    ['/moved', 'text/html', 'Town council'],
  ])('%s → %s', async (path, contentType, text) => {
    const got = await load(path);
    expect(got.content).toContain(text);
    expect(got.source.kind).toBe('url');
    expect(got.source.contentType).toBe(contentType);
    expect(got.source.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(got.source.bytes).toBeGreaterThan(got.content.length / 4);
  });

  it('records the final URL after a redirect to another host', async () => {
    const got = await load('/to-other-host');
    expect(got.source.id).toBe(server.url('/to-other-host'));
    expect(got.source.url).toBe(server.url('/page.html').replace('127.0.0.1', 'localhost'));
  });

  it('takes mtime from Last-Modified', async () => {
    const got = await load('/last-modified');
    expect(got.mtime?.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect((await load('/page.html')).mtime).toBeNull();
  });

  it('sends a User-Agent naming the tool and version, or the one given', async () => {
    expect((await load('/echo-ua')).content).toContain(`${TOOL_NAME}/${TOOL_VERSION}`);
    expect((await load('/echo-ua', { userAgent: 'my-bot/2' })).content).toContain('user-agent: my-bot/2');
  });

  it.each([
    ['/flaky', 2, 'one 500 then 200'],
    ['/reset-once', 2, 'connection reset then 200'],
  ])('%s retries (%i requests: %s)', async (path, requests) => {
    const io = inputIO();
    const got = await load(path, {}, io);
    expect(got.content).toContain('Town council');
    expect(server.hits.get(path)).toBe(requests);
    expect(io.errText()).toMatch(/Retrying in/);
  });

  it('honours Retry-After on 429', async () => {
    const t0 = Date.now();
    const got = await load('/rate-limited');
    expect(got.content).toContain('Town council');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });
});

describe('loadSource: URLs that fail', () => {
  it.each([
    ['/404', {}, 'input/http-status', /HTTP 404.*check the URL/],
    ['/410', {}, 'input/http-status', /HTTP 410/],
    ['/always-503', {}, 'input/http-status', /HTTP 503/],
    ['/rate-limited-long', {}, 'input/http-status', /asked to retry after 3600 s/],
    ['/pdf', {}, 'input/not-html', /application\/pdf/],
    ['/image', {}, 'input/not-html', /image\/png/],
    ['/empty', {}, 'input/empty', /empty/],
    ['/loop-a', {}, 'input/redirect-loop', /redirect loop/],
    ['/to-file', {}, 'input/bad-redirect', /file:/],
    ['/no-location', {}, 'input/bad-redirect', /without a Location/],
    ['/chain', {}, 'input/too-many-redirects', /more than 5 redirects/],
    ['/big-chunked', { maxBytes: 2000 }, 'input/too-large', /--max-bytes/],
    ['/big-declared', { maxBytes: 2000 }, 'input/too-large', /5007 bytes/],
    ['/gzip-bomb', { maxBytes: 100_000 }, 'input/too-large', /after decompression/],
    ['/hang', { connectTimeoutMs: 200, retries: 0 }, 'input/timeout', /no response within 200 ms/],
    // the whole-fetch limit running out first, still before any answer: no response, not a slow download
    ['/hang', { fetchTimeoutMs: 250, connectTimeoutMs: 5000, retries: 0 }, 'input/timeout', /no response within 250 ms/],
    ['/slow-body', { fetchTimeoutMs: 300, retries: 0 }, 'input/timeout', /longer than 300 ms/],
  ])('%s → %s', async (path, over, code, message) => {
    const err = await load(path, over).catch((e: unknown) => e);
    expect(err).toMatchObject({ code });
    expect((err as Error).message).toMatch(message);
  });

  it('gives up after the configured retries on 503', async () => {
    const before = server.hits.get('/always-503') ?? 0;
    await load('/always-503', { retries: 1 }).catch(() => undefined);
    expect((server.hits.get('/always-503') ?? 0) - before).toBe(2);
  });

  it.each([
    ['ftp://example.org/a.html', /only http/],
    ['http://', /not a valid URL/],
    ['https://user:secret@news.example/a', /credentials/],
  ])('%s → input/bad-url', async (id, message) => {
    const err = await loadSource({ kind: 'url', id, relPath: 'x' }, testOptions(), inputIO()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/bad-url' });
    expect((err as Error).message).toMatch(message);
  });

  it('a connection refused by a host that never answered is reported at once, saying nothing listens there', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = await startTestServer({});
    const dead = probe.url('/x');
    await probe.close();
    const io = inputIO();
    const err = await loadSource({ kind: 'url', id: dead, relPath: 'x' }, testOptions({ retries: 2 }), io).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/network' });
    expect((err as Error).message).toMatch(/connection refused: nothing is listening at 127\.0\.0\.1:\d+/);
    expect(io.errText()).not.toMatch(/Retrying/);
  });

  it('a connection refused by a host that answered earlier in the run is retried (a restart)', async () => {
    let calls = 0;
    const flaky = (async () => {
      calls++;
      if (calls === 1) return new Response('<p>first page</p>', { headers: { 'content-type': 'text/html' } });
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    }) as typeof fetch;
    const io = inputIO('', flaky);
    const opts = testOptions({ retries: 1 });
    await loadSource({ kind: 'url', id: 'http://restarting.example/a', relPath: 'a' }, opts, io);
    const err = await loadSource({ kind: 'url', id: 'http://restarting.example/b', relPath: 'b' }, opts, io).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/network' });
    expect(calls).toBe(3);
  });

  it.each([
    ['ERR_SSL_WRONG_VERSION_NUMBER', /does not speak TLS \(https\) on port 8080.*try http:\/\//],
    ['ERR_SSL_PACKET_LENGTH_TOO_LONG', /does not speak TLS \(https\) on port 8080/],
  ])('https to a plain-HTTP port (%s) is not blamed on a certificate', async (code, message) => {
    const plain = (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('wrong version number'), { code }) });
    }) as typeof fetch;
    const err = await loadSource({ kind: 'url', id: 'https://plain.example:8080/', relPath: 'x' }, testOptions(), inputIO('', plain)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/tls' });
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/certificate and|CA store/);
  });

  // fetch undoes the Content-Encoding itself: a canned response holds what is left after it. "/double-gz" (gzip
  // over gzip) and "/gz-noenc" (a .html.gz served as text/html) both leave a gzip body labelled text/html.
  it.each([['text/html'], ['application/x-gzip'], ['application/octet-stream']])('a gzip body served as %s is gunzipped by its magic bytes', async (type) => {
    const { gzipSync } = await import('node:zlib');
    const body = gzipSync(Buffer.from('<html><head><title>Zipped</title></head><body><p>Council approves the budget.</p></body></html>'));
    const zipped = (async () => new Response(body, { headers: { 'content-type': type } })) as typeof fetch;
    const loaded = await loadSource({ kind: 'url', id: 'https://zip.example/a', relPath: 'a' }, testOptions(), inputIO('', zipped));
    expect(loaded.content).toMatch(/Council approves the budget/);
  });

  it('a port the Fetch standard forbids is said so once, without retrying', async () => {
    const io = inputIO();
    const err = await loadSource({ kind: 'url', id: 'http://127.0.0.1:6000/x', relPath: 'x' }, testOptions({ retries: 2 }), io).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/network' });
    expect((err as Error).message).toMatch(/port 6000 is one the Fetch standard forbids/);
    expect(io.errText()).not.toMatch(/Retrying/);
  });

  it.each([
    ['CERT_HAS_EXPIRED'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['ERR_TLS_CERT_ALTNAME_INVALID'],
  ])('reports TLS error %s once, without retrying', async (code) => {
    let calls = 0;
    const tlsFetch = (async () => {
      calls++;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('certificate problem'), { code }) });
    }) as typeof fetch;
    const err = await loadSource({ kind: 'url', id: 'https://expired.example/', relPath: 'x' }, testOptions(), inputIO('', tlsFetch)).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'input/tls' });
    expect((err as Error).message).toContain(code);
    expect(calls).toBe(1);
  });
});

/** What a run does with a page whose record it wrote: read it, then commit its state. */
async function loadAndCommit(path: string, over: Partial<InputOptions>, io: InputIO = inputIO()) {
  const opts = testOptions(over);
  const raw = await readSource(urlRef(path), opts, io);
  if (raw.state) await commitState(raw.state, opts, io);
  await flushState(opts, io);
  return raw;
}

describe('--state: conditional requests and content hash', () => {
  it('sends If-None-Match and skips on 304; fetches again when the ETag changes', async () => {
    const statePath = join(tmp, 'etag.json');
    const first = await loadAndCommit('/etag', { statePath });
    expect(Buffer.from(first.bytes).toString()).toContain('Version 1');
    expect(JSON.parse(readFileSync(statePath, 'utf8')).urls[server.url('/etag')].etag).toBe('"v1"');

    const second = await load('/etag', { statePath }, inputIO()).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'input/not-modified' });
    expect(server.log.at(-1)?.headers['if-none-match']).toBe('"v1"');

    server.etagVersion = 2;
    const third = await loadAndCommit('/etag', { statePath });
    expect(Buffer.from(third.bytes).toString()).toContain('Version 2');
    expect(JSON.parse(readFileSync(statePath, 'utf8')).urls[server.url('/etag')].etag).toBe('"v2"');
  });

  it.each([
    ['/last-modified', 'if-modified-since'],
    ['/no-validators', null],
  ])('%s: second run is input/not-modified', async (path, header) => {
    const statePath = join(tmp, `state-${path.slice(1)}.json`);
    await loadAndCommit(path, { statePath });
    const again = await load(path, { statePath }, inputIO()).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'input/not-modified' });
    if (header) expect(server.log.at(-1)?.headers[header]).toBeTruthy();
  });

  // The run commits a page's state only after writing its record: a page fetched but then lost (extract timeout,
  // full disk, Ctrl-C, an abandoned read) must be fetched again, not skipped as unchanged for good.
  it.each([['/no-validators'], ['/last-modified'], ['/etag']])('%s read but never committed: the next run fetches it again', async (path) => {
    const statePath = join(tmp, `uncommitted-${path.slice(1)}.json`);
    const io = inputIO();
    const raw = await readSource(urlRef(path), testOptions({ statePath }), io);
    expect(raw.state?.key).toBe(server.url(path));
    await flushState(testOptions({ statePath }), io);
    const again = await loadSource(urlRef(path), testOptions({ statePath }), inputIO());
    expect(again.content.length).toBeGreaterThan(0);
  });

  it.each([
    ['{"version":1,"urls":{"trunc', /is damaged; it was moved to .*state\.json\.bad/, ['state.json', 'state.json.bad']],
    ['{"version":1,"urls":[]}', /is damaged; it was moved to .*state\.json\.bad/, ['state.json', 'state.json.bad']],
    ['{"version":1,"urls":{"https://x.example/":{"hash":3}}}', /1 malformed entry/, ['state.json']],
    ['', /^$/, ['state.json']],
  ])('a state file %j is reported and replaced; no temp files are left', async (text, note, files) => {
    const { writeFileSync, readdirSync, mkdtempSync: mk } = await import('node:fs');
    const dir = mk(join(tmp, 'corrupt-'));
    const statePath = join(dir, 'state.json');
    writeFileSync(statePath, text);
    const io = inputIO();
    await loadAndCommit('/page.html', { statePath }, io);
    expect(io.errText()).toMatch(note);
    const saved = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.urls)).toEqual([server.url('/page.html')]);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  // A records file given as --state by mistake (the README's cron line has both paths) must never be overwritten.
  it.each([
    ['{"schemaVersion":"1","article":{}}\n{"schemaVersion":"1","error":{}}\n', /news-extract records, one a line/],
    ['[{"schemaVersion":"1","article":{}}]', /a JSON array of 1 item \(news-extract records/],
    ['[1,2]', /a JSON array of 2 items/],
    ['{"version":2,"urls":{}}', /a state file of another version \(2\)/],
    ['{"a":1}', /a JSON object with the keys "a"/],
    ['https://x.example/a\n', /text starting "https:\/\/x.example\/a"/],
  ])('--state on a file holding %j is a usage error; the file is left alone and nothing is fetched', async (text, what) => {
    const { writeFileSync, mkdtempSync: mk } = await import('node:fs');
    const statePath = join(mk(join(tmp, 'foreign-')), 'records.ndjson');
    writeFileSync(statePath, text);
    const before = server.hits.get('/page.html') ?? 0;
    const err = await readSources([server.url('/page.html')], {}, testOptions({ statePath }), inputIO()).next().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'usage/invalid' });
    expect((err as Error).message).toMatch(/is not a news-extract state file: it holds/);
    expect((err as Error).message).toMatch(what);
    expect(readFileSync(statePath, 'utf8')).toBe(text);
    expect(server.hits.get('/page.html') ?? 0).toBe(before);
  });

  it.each([
    [join('no-such-dir', 'state.json'), /folder .*no-such-dir does not exist/],
    ['.', /is a folder/],
  ])('--state %s is a usage error before anything is fetched', async (rel, message) => {
    const before = server.hits.get('/page.html') ?? 0;
    const opts = testOptions({ statePath: rel === '.' ? tmp : join(tmp, rel) });
    const gen = readSources([server.url('/page.html')], {}, opts, inputIO());
    const err = await gen.next().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'usage/invalid' });
    expect((err as Error).message).toMatch(message);
    expect(server.hits.get('/page.html') ?? 0).toBe(before);
  });
});

describe('per-host limits over HTTP', () => {
  it.each([
    [1, 1],
    [2, 2],
  ])('perHostConcurrency %i → at most %i request(s) in flight', async (limit, expected) => {
    let active = 0;
    let peak = 0;
    const slow = await startTestServer({
      '/p': (_q, res) => {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => {
          active--;
          ROUTES['/page.html'](_q, res, { hit: 1, base: '', server: slow });
        }, 30);
      },
    });
    try {
      const io = inputIO();
      const opts = { perHostConcurrency: limit };
      await Promise.all(Array.from({ length: 5 }, () => loadSource({ kind: 'url', id: slow.url('/p'), relPath: 'p' }, testOptions(opts), io)));
      expect(peak).toBe(expected);
    } finally {
      await slow.close();
    }
  });
});

describe('StateStore', () => {
  const entry = (hash: string, fetchedAt = '2026-11-27T00:00:00.000Z') => ({ etag: null, lastModified: null, hash, fetchedAt });

  it('keeps every entry when many commits come at once, leaving no temp files', async () => {
    const { StateStore } = await import('../../src/input/state.js');
    const { readdirSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'news-extract-state-'));
    const path = join(dir, 'state.json');
    const store = new StateStore(path, () => undefined);
    await store.load();
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.commit(`https://x.example/${i}`, entry(String(i)))));
    const again = new StateStore(path, () => undefined);
    await again.load();
    expect(again.get('https://x.example/49')?.hash).toBe('49');
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).urls)).toHaveLength(50);
    expect(readdirSync(dir)).toEqual(['state.json']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('two runs sharing a state file keep each other\'s entries, the newer one per URL', async () => {
    const { StateStore } = await import('../../src/input/state.js');
    const dir = mkdtempSync(join(tmpdir(), 'news-extract-state-'));
    const path = join(dir, 'state.json');
    const a = new StateStore(path, () => undefined);
    const b = new StateStore(path, () => undefined);
    await Promise.all([a.load(), b.load()]);
    await a.commit('https://x.example/a', entry('a1'));
    await a.commit('https://x.example/both', entry('new', '2026-11-27T02:00:00.000Z'));
    await b.commit('https://x.example/b', entry('b1'));
    await b.commit('https://x.example/both', entry('old', '2026-11-27T01:00:00.000Z'));
    const urls = JSON.parse(readFileSync(path, 'utf8')).urls;
    expect(Object.keys(urls).sort()).toEqual(['https://x.example/a', 'https://x.example/b', 'https://x.example/both']);
    expect(urls['https://x.example/both'].hash).toBe('new');
    rmSync(dir, { recursive: true, force: true });
  });

  it('forgets entries not seen for STATE_MAX_AGE_DAYS, normalises old keys, and saves one entry a line', async () => {
    const { StateStore } = await import('../../src/input/state.js');
    const { STATE_MAX_AGE_DAYS } = await import('../../src/defaults.js');
    const { writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'news-extract-state-'));
    const path = join(dir, 'state.json');
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString();
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        urls: {
          'https://x.example/recent': entry('r', ago(STATE_MAX_AGE_DAYS - 1)),
          'https://x.example/stale': entry('s', ago(STATE_MAX_AGE_DAYS + 1)),
          'HTTPS://X.example:443/old-key#top': entry('k', ago(1)),
        },
      }),
    );
    const store = new StateStore(path, () => undefined);
    await store.load();
    expect(store.get('https://x.example/stale')).toBeNull();
    expect(store.get('https://x.example/old-key?')?.hash).toBe('k');
    await store.commit('https://x.example/new', entry('n', ago(0)));
    const text = readFileSync(path, 'utf8');
    expect(Object.keys(JSON.parse(text).urls)).toEqual(['https://x.example/recent', 'https://x.example/old-key', 'https://x.example/new']);
    expect(text.split('\n')).toHaveLength(3 + 3);
    // read back in its own layout (lines reused as they are), then saved again unchanged
    const again = new StateStore(path, () => undefined);
    await again.load();
    await again.commit('https://x.example/new', entry('n2', ago(0)));
    expect(JSON.parse(readFileSync(path, 'utf8')).urls['https://x.example/recent'].hash).toBe('r');
    expect(JSON.parse(readFileSync(path, 'utf8')).urls['https://x.example/new'].hash).toBe('n2');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a state file that cannot be written as input/state', async () => {
    const { StateStore } = await import('../../src/input/state.js');
    const { mkdirSync } = await import('node:fs');
    const dir = join(tmp, 'vanishing');
    mkdirSync(dir);
    const store = new StateStore(join(dir, 'state.json'), () => undefined);
    await store.load();
    rmSync(dir, { recursive: true }); // the folder goes away during the run
    const err = await store.commit('https://x.example/', entry('h')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/state' });
  });
});
