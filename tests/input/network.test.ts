// Network inputs against a loopback server: time limits that leave out the per-host queue, redirects with
// credentials, odd headers, gzipped sitemaps, broken feeds, and messages that name the right culprit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { loadSource, readSources, type InputOptions, type SourceRef } from '../../src/input/index.js';
import { HostLimiter } from '../../src/input/fetch-policy.js';
import { pickContentType, headerUtf8, redactUrl } from '../../src/input/url.js';
import { decodeContent, fetchKeepingEncoding } from '../../src/input/content-encoding.js';
import { startTestServer, type Route, type TestServer } from '../helpers/http-server.js';
import { inputIO, testOptions } from '../helpers/input-io.js';

const PAGE = '<html><head><title>Story</title></head><body><article><p>Officials said 12 homes were hit by the flood on Monday.</p></article></body></html>';
const page = (res: ServerResponse, headers: Record<string, string | string[]> = {}) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(PAGE);
};
const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${links.map((l, i) => `<item><title>S${i}</title>${l ? `<link>${l}</link>` : ''}</item>`).join('')}</channel></rss>`;

const routes: Record<string, Route> = {
  '/page': (_q, res) => page(res),
  // Two redirects, then the page: three requests to one host per URL.
  '/r1': (req, res) => res.writeHead(302, { location: `/r2${new URL(req.url!, 'http://x').search}` }).end(),
  '/r2': (req, res) => res.writeHead(302, { location: `/page${new URL(req.url!, 'http://x').search}` }).end(),
  '/slow-503': (_q, res) => void setTimeout(() => res.writeHead(503, { 'content-type': 'text/plain' }).end('busy'), 150),
  '/503-retry-after': (_q, res) => res.writeHead(503, { 'retry-after': '5', 'content-type': 'text/plain' }).end('later'),
  '/to-credentials': (_q, res, { base }) => res.writeHead(302, { location: base.replace('http://', 'http://user:s3cret@') + '/page' }).end(),
  '/two-types': (_q, res) => page(res, { 'content-type': ['text/html', 'text/html; charset=utf-8'] }),
  // The bytes of "/café" in UTF-8, sent raw as curl and browsers read them.
  '/to-cafe': (_q, res) => res.writeHead(302, { location: Buffer.from('/café').toString('latin1') }).end(),
  '/caf%C3%A9': (_q, res) => page(res),
  '/bad-gzip': (_q, res) => {
    const gz = gzipSync(Buffer.from(PAGE));
    gz.fill(0x41, 10, 30); // the deflate stream is garbage from byte 10
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(gz.length) });
    res.end(gz);
  },
  '/gzip-labelled-br': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip, br' }).end(gzipSync(Buffer.from(PAGE))),
  '/unasked-304': (_q, res) => res.writeHead(304).end(),
  '/sitemap.xml.gz': (_q, res, { base }) =>
    res
      .writeHead(200, { 'content-type': 'application/x-gzip' })
      .end(gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/page</loc></url></urlset>`)),
  '/sitemap-octet.gz': (_q, res, { base }) =>
    res
      .writeHead(200, { 'content-type': 'application/octet-stream' })
      .end(gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/page?s=2</loc></url></urlset>`)),
  '/feed-swallowed': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>A</title><link>http://example.org/a</link></item></channel></rss>'),
  // a site's home page naming its feed (autodiscovery), relative href with an entity; one naming a page that names…
  '/home': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link href="/style.css" rel="stylesheet"><link type="application/rss+xml" title="News" rel="alternate" href="/feed-some-links?a=1&amp;b=2"></head><body>Home</body></html>'),
  '/home-loop': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/atom+xml" href="/home"></head><body>Loop</body></html>'),
  '/home-nofeed': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" hreflang="fr" href="/fr/"></head><body>No feed</body></html>'),
  '/feed-quiet-day': (_q, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>'),
  '/feed-truncated': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Half'),
  '/feed-no-links': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(['', 'javascript:void(0)'])),
  '/feed-some-links': (_q, res, { base }) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([`${base}/page?f=1`, '', 'javascript:alert(1)'])),
};

// A page long enough that half its gzip data is a real cut (an article of 300 paragraphs).
const LONG = `<html><head><title>Flood</title></head><body><article>${Array.from({ length: 300 }, (_, i) => `<p>Officials said ${i + 2} homes in district ${i} were hit by the flood on Monday.</p>`).join('')}</article></body></html>`;
const LONG_GZ = gzipSync(Buffer.from(LONG));
const half = (b: Buffer) => b.subarray(0, b.length >> 1);
/** Sends `body` and ends: with its length, chunked (no length), or with neither (the end is the connection closing). */
function sendCut(res: ServerResponse, body: Buffer, framing: 'length' | 'chunked' | 'close', headers: Record<string, string>, announced = body.length): void {
  if (framing === 'close') {
    res.useChunkedEncodingByDefault = false;
    res.shouldKeepAlive = false;
  }
  res.writeHead(200, { 'content-type': 'text/html', ...headers, ...(framing === 'length' ? { 'content-length': String(announced) } : {}) });
  if (announced > body.length || framing === 'chunked') res.write(body, () => setTimeout(() => res.socket?.destroy(), 20));
  else res.end(body);
}
const gz = { 'content-encoding': 'gzip' };
Object.assign(routes, {
  // the server closes early: fewer bytes than announced, a chunked body without its last chunk, no framing at all
  '/cut/gzip-length': (_q, res) => sendCut(res, half(LONG_GZ), 'length', gz, LONG_GZ.length),
  '/cut/gzip-chunked': (_q, res) => sendCut(res, half(LONG_GZ), 'chunked', gz),
  '/cut/gzip-close': (_q, res) => sendCut(res, half(LONG_GZ), 'close', gz),
  // a pre-compressed file cut short, served with its own (short) length
  '/cut/gzip-file': (_q, res) => sendCut(res, half(LONG_GZ), 'length', gz),
  '/cut/deflate-close': (_q, res) => sendCut(res, half(deflateSync(LONG)), 'close', { 'content-encoding': 'deflate' }),
  '/cut/br-close': (_q, res) => sendCut(res, half(brotliCompressSync(LONG)), 'close', { 'content-encoding': 'br' }),
  '/cut/plain-length': (_q, res) => sendCut(res, half(Buffer.from(LONG)), 'length', {}, LONG.length),
  // whole bodies, also as servers send them without an HTTP length
  '/whole/gzip-close': (_q, res) => sendCut(res, LONG_GZ, 'close', gz),
  '/whole/deflate-raw': (_q, res) => sendCut(res, deflateRawSync(LONG), 'length', { 'content-encoding': 'deflate' }),
  '/whole/br': (_q, res) => sendCut(res, brotliCompressSync(LONG), 'close', { 'content-encoding': 'br' }),
  // complete deflate data without gzip's 8-byte checksum trailer: browsers and fetch read it, so do we
  '/whole/gzip-no-trailer': (_q, res) => sendCut(res, LONG_GZ.subarray(0, -8), 'length', gz),
} satisfies Record<string, Route>);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(routes);
});
afterAll(() => server.close());

const ref = (path: string): SourceRef => ({ kind: 'url', id: server.url(path), relPath: 'x' });
const fail = (path: string, over: Partial<InputOptions> = {}, io = inputIO()) => loadSource(ref(path), testOptions(over), io).catch((e: unknown) => e as Error & { code: string });
async function collect(gen: AsyncGenerator<SourceRef>): Promise<SourceRef[]> {
  const out: SourceRef[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('--fetch-timeout leaves out the wait for a turn on the host', () => {
  it('16 URLs that each redirect twice on one host all load, though the queue takes far longer than the timeout', async () => {
    const io = inputIO();
    const opts = testOptions({ fetchTimeoutMs: 250, connectTimeoutMs: 250, perHostConcurrency: 2, politenessDelayMs: 15, retries: 0 });
    const t0 = Date.now();
    const got = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => loadSource(ref(`/r1?n=${i}`), opts, io)));
    expect(Date.now() - t0).toBeGreaterThan(250 * 2); // the queue really was longer than one URL's limit
    expect(got.filter((g) => g.status === 'rejected').map((g) => String((g as PromiseRejectedResult).reason))).toEqual([]);
  });

  it('HostLimiter stops the caller\'s clock while a task waits for its turn, and only then', async () => {
    const limiter = new HostLimiter(1, 0);
    const events: string[] = [];
    const clock = (name: string) => ({ pause: () => events.push(`${name} pause`), resume: () => events.push(`${name} resume`) });
    const task = (name: string) => async () => {
      events.push(`${name} run`);
      await new Promise((r) => setTimeout(r, 10));
    };
    await Promise.all([limiter.run('h', task('a'), clock('a')), limiter.run('h', task('b'), clock('b'))]);
    expect(events).toEqual(['a run', 'b pause', 'b resume', 'b run']);
  });
});

describe('--fetch-timeout bounds retries and their waits', () => {
  it('a 503 that comes late is not retried past the limit', async () => {
    const t0 = Date.now();
    const err = await fail('/slow-503', { fetchTimeoutMs: 400, retries: 2, retryBaseDelayMs: 600, retryMaxDelayMs: 600 });
    expect(err).toMatchObject({ code: 'input/http-status' });
    expect(err.message).toMatch(/HTTP 503.*No time left for another attempt within --fetch-timeout 400 ms/);
    expect(Date.now() - t0).toBeLessThan(800);
  });

  it('a Retry-After beyond the time left fails at once and says what the server asked', async () => {
    const io = inputIO();
    const t0 = Date.now();
    const err = await fail('/503-retry-after', { fetchTimeoutMs: 1000, retryAfterMaxMs: 60_000 }, io);
    expect(err.message).toMatch(/asked to retry after 5 s, more than the 1 s left of --fetch-timeout 1000 ms/);
    expect(io.errText()).not.toMatch(/Retrying/);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('credentials in URLs are refused and never shown', () => {
  it('a redirect to a URL with a user name and password is refused once, without the password', async () => {
    const io = inputIO();
    const before = server.hits.get('/page') ?? 0;
    const err = await fail('/to-credentials', {}, io);
    expect(err).toMatchObject({ code: 'input/bad-redirect' });
    expect(err.message).toMatch(/user name or password.*\*\*\*@/);
    expect(err.message + io.errText()).not.toMatch(/s3cret|user:/);
    expect(server.hits.get('/page') ?? 0).toBe(before);
  });

  it.each([
    ['https://user:s3cret@news.example/a', 'https://***@news.example/a'],
    ['https://token@news.example/a', 'https://***@news.example/a'],
    ['https://news.example/a', 'https://news.example/a'],
    ['ftp://u:p@[bad', 'ftp://***@[bad'],
  ])('redactUrl(%s) → %s', (raw, safe) => {
    expect(redactUrl(raw)).toBe(safe);
  });

  it('a URL argument or list entry with credentials becomes a ref named without them, carrying input/bad-url', async () => {
    const refs = await collect(readSources(['https://user:s3cret@news.example/a'], {}, testOptions(), inputIO()));
    expect(refs).toHaveLength(1);
    expect(refs[0].id).toBe('https://***@news.example/a');
    expect(refs[0].error).toMatchObject({ code: 'input/bad-url' });
    expect(JSON.stringify(refs[0])).not.toMatch(/s3cret/);
  });
});

describe('headers as servers send them', () => {
  it.each([
    ['text/html, text/html; charset=utf-8', 'text/html; charset=utf-8'],
    ['text/html; charset=utf-8', 'text/html; charset=utf-8'],
    ['text/plain, nonsense', 'text/plain'],
    ['nonsense', null],
    [null, null],
  ])('pickContentType(%j) → %j', (value, expected) => {
    expect(pickContentType(value)).toBe(expected);
  });

  it('a Content-Type sent twice is read as the last one, not refused as not-html', async () => {
    const got = await loadSource(ref('/two-types'), testOptions(), inputIO());
    expect(got.source.contentType).toBe('text/html');
  });

  it.each([
    [Buffer.from('/café').toString('latin1'), '/café'],
    ['/caf\u00e9', '/caf\u00e9'], // a lone latin-1 byte is not UTF-8: kept
    ['/plain', '/plain'],
  ])('headerUtf8(%j) → %j', (value, expected) => {
    expect(headerUtf8(value)).toBe(expected);
  });

  it('a raw UTF-8 Location is followed as UTF-8 (/caf%C3%A9), as curl does', async () => {
    const got = await loadSource(ref('/to-cafe'), testOptions(), inputIO());
    expect(got.source.url).toBe(server.url('/caf%C3%A9'));
  });
});

describe('messages name the culprit', () => {
  it.each([
    ['/bad-gzip', 'input/bad-encoding', /cannot be decompressed \(Z_DATA_ERROR, Content-Encoding: gzip\); the fault is on the server/],
    ['/gzip-labelled-br', 'input/bad-encoding', /cannot be decompressed \(ERR__\w+, Content-Encoding: gzip, br\); the fault is on the server/],
    ['/unasked-304', 'input/http-status', /304 Not Modified, though the request was not conditional.*misconfigured/],
  ])('%s → %s', async (path, code, message) => {
    const err = await fail(path, { retries: 1 });
    expect(err).toMatchObject({ code });
    expect(err.message).toMatch(message);
    expect(server.hits.get(path)).toBe(1); // the server's fault: not retried
  });

  it('a port out of range is named as the problem', async () => {
    const err = await loadSource({ kind: 'url', id: 'http://127.0.0.1:99999/', relPath: 'x' }, testOptions(), inputIO()).catch((e: unknown) => e as Error);
    expect(err).toMatchObject({ code: 'input/bad-url' });
    expect(err.message).toMatch(/port 99999 is out of range/);
  });
});

describe('feeds', () => {
  it.each([['/sitemap.xml.gz', '/page'], ['/sitemap-octet.gz', '/page?s=2']])('a gzipped sitemap over HTTP (%s) is gunzipped and read', async (path, item) => {
    const refs = await collect(readSources([], { feeds: [server.url(path)] }, testOptions(), inputIO()));
    expect(refs.map((r) => [r.kind, r.id, r.error])).toEqual([['feed-item', server.url(item), undefined]]);
  });

  it.each([
    ['/feed-truncated', /lists no article links: 1 item without a usable http\(s\) link/],
    ['/feed-no-links', /lists no article links: 2 items without a usable http\(s\) link/],
    // an unclosed <title> swallows the items: item tags are there, no item is read
    ['/feed-swallowed', /lists no article links; check that the feed still works/],
  ])('a feed that breaks (%s) is one ref carrying input/feed-empty, so the run fails even under --quiet', async (path, message) => {
    const refs = await collect(readSources([], { feeds: [server.url(path)] }, testOptions(), inputIO()));
    expect(refs).toHaveLength(1);
    expect(refs[0].error).toMatchObject({ code: 'input/feed-empty' });
    expect(refs[0].error?.message).toMatch(message);
  });

  it('a well-formed feed with no items is empty this hour, not broken: a note, no error', async () => {
    const io = inputIO();
    const refs = await collect(readSources([], { feeds: [server.url('/feed-quiet-day')] }, testOptions(), io));
    expect(refs).toEqual([]);
    expect(io.errText()).toMatch(/the feed lists no articles right now/);
  });

  it('a web page given as --feed is read through the feed it names (<link rel="alternate" type="application/rss+xml">)', async () => {
    const io = inputIO();
    const refs = await collect(readSources([], { feeds: [server.url('/home')] }, testOptions(), io));
    expect(refs.map((r) => [r.kind, r.id, r.error])).toEqual([['feed-item', server.url('/page?f=1'), undefined]]);
    expect(io.errText()).toMatch(/\/home is a web page, not a feed; reading the feed it names: .*\/feed-some-links\?a=1&b=2/);
  });

  it.each([
    ['/home-loop', 'a page naming a page: followed once, then an error'],
    ['/home-nofeed', 'a page naming no feed'],
  ])('%s: %s → input/not-feed', async (path) => {
    const refs = await collect(readSources([], { feeds: [server.url(path)] }, testOptions(), inputIO()));
    expect(refs).toHaveLength(1);
    expect(refs[0].error).toMatchObject({ code: 'input/not-feed' });
  });

  it('items left out of a working feed are counted in a note', async () => {
    const io = inputIO();
    const refs = await collect(readSources([], { feeds: [server.url('/feed-some-links')] }, testOptions(), io));
    expect(refs.map((r) => r.id)).toEqual([server.url('/page?f=1')]);
    expect(io.errText()).toMatch(/2 items without a usable http\(s\) link .* left out/);
  });
});

// The CLI's fetch leaves compressed bodies to the input stage (content-encoding.ts); fetch itself decodes leniently and
// would hand over half a page as if it were all of it.
describe('a body cut short is an input/truncated error, retried, never a silent half page', () => {
  const cliIO = () => inputIO('', fetchKeepingEncoding(fetch));
  it.each([
    ['/cut/gzip-length', /the server closed the connection after \d+ of the \d+ bytes announced/],
    ['/cut/gzip-chunked', /the server closed the connection after \d+ bytes/],
    ['/cut/gzip-close', /its gzip data ends early, after \d+ compressed bytes/],
    ['/cut/gzip-file', /its gzip data ends early/],
    ['/cut/deflate-close', /its deflate data ends early/],
    ['/cut/br-close', /its br data ends early/],
    ['/cut/plain-length', /the server closed the connection after \d+ of the \d+ bytes announced/],
  ])('%s', async (path, detail) => {
    const before = server.hits.get(path) ?? 0;
    const err = await fail(path, { retries: 1 }, cliIO());
    expect(err).toMatchObject({ code: 'input/truncated' });
    expect(err.message).toMatch(/^the page arrived cut short \(/);
    expect(err.message).toMatch(detail);
    expect(err.message).toMatch(/try again later/);
    expect((server.hits.get(path) ?? 0) - before).toBe(2); // a second attempt may bring the whole page
  });

  it.each([['/whole/gzip-close'], ['/whole/deflate-raw'], ['/whole/br'], ['/whole/gzip-no-trailer']])('%s is read whole', async (path) => {
    const got = await loadSource(ref(path), testOptions({ maxBytes: 1024 * 1024 }), cliIO());
    expect(got.content).toBe(LONG);
  });

  it('a body that is not gzip at all is still input/bad-encoding, not retried', async () => {
    const err = await fail('/bad-gzip', { retries: 1 }, cliIO());
    expect(err).toMatchObject({ code: 'input/bad-encoding' });
    expect(err.message).toMatch(/cannot be decompressed \(Z_DATA_ERROR, Content-Encoding: gzip\); the fault is on the server/);
  });

  it('decompression stays under --max-bytes', async () => {
    expect(await fail('/whole/gzip-close', { maxBytes: 4096 }, cliIO())).toMatchObject({ code: 'input/too-large' });
  });
});

describe('decodeContent', () => {
  const text = Buffer.from('Officials said 12 homes were hit. '.repeat(200));
  it.each([
    ['gzip', 'ok', gzipSync(text), 'gzip'],
    ['zlib deflate', 'ok', deflateSync(text), 'deflate'],
    ['raw deflate', 'ok', deflateRawSync(text), 'deflate'],
    ['br', 'ok', brotliCompressSync(text), 'br'],
    ['gzip without its trailer', 'ok', gzipSync(text).subarray(0, -8), 'gzip'],
    ['zlib deflate without its checksum', 'ok', deflateSync(text).subarray(0, -4), 'deflate'],
    ['gzip cut in its data', 'input/truncated', gzipSync(text).subarray(0, 40), 'gzip'],
    ['deflate cut in its data', 'input/truncated', deflateSync(text).subarray(0, 20), 'deflate'],
    ['br cut in its data', 'input/truncated', brotliCompressSync(text).subarray(0, 20), 'br'],
    ['plain text labelled gzip', 'input/bad-encoding', text, 'gzip'],
  ])('%s → %s', (_, expected, bytes, coding) => {
    const run = () => decodeContent(Buffer.from(bytes), coding, 1 << 20);
    if (expected === 'ok') expect(run().equals(text)).toBe(true);
    else expect(run).toThrow(expect.objectContaining({ code: expected }));
  });
});
