// Test helper: a real node:http server on 127.0.0.1 (random port) serving input fixtures and network faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

export const INPUT_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'input');

/** Handler for one path; `hit` counts requests to that path, starting at 1. */
export type Route = (req: IncomingMessage, res: ServerResponse, ctx: { hit: number; base: string; server: TestServer }) => void;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  base: string;
  url(path: string): string;
  /** Requests per path, for asserting retries and conditional requests. */
  hits: Map<string, number>;
  /** Request headers of every request, in order. */
  log: { path: string; headers: IncomingMessage['headers'] }[];
  /** Version of the /etag resource: bump it to simulate a changed page. */
  etagVersion: number;
  close(): Promise<void>;
}

const fixture = (name: string): Buffer => readFileSync(join(INPUT_FIXTURES, name));

function send(res: ServerResponse, status: number, type: string | null, body: Buffer | string, headers: Record<string, string> = {}): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...(type ? { 'content-type': type } : {}), 'content-length': String(buf.length), ...headers });
  res.end(buf);
}

const HTML = 'text/html; charset=utf-8';

/** Every route the input tests use: one behaviour each. */
export const ROUTES: Record<string, Route> = {
  '/page.html': (_q, res) => send(res, 200, HTML, fixture('page-utf8.html')),
  '/plain.txt': (_q, res) => send(res, 200, 'text/plain; charset=utf-8', fixture('plain.txt')),
  '/echo-ua': (req, res) => send(res, 200, 'text/plain', `user-agent: ${req.headers['user-agent']}\n`),
  '/404': (_q, res) => send(res, 404, HTML, '<html><body>Not found</body></html>'),
  '/410': (_q, res) => send(res, 410, HTML, 'gone'),
  '/empty': (_q, res) => send(res, 200, HTML, ''),
  '/pdf': (_q, res) => send(res, 200, 'application/pdf', fixture('document.pdf.txt')),
  '/image': (_q, res) => send(res, 200, 'image/png', fixture('tree/logo.png')),
  '/octet': (_q, res) => send(res, 200, 'application/octet-stream', fixture('page-utf8.html')),
  '/no-type': (_q, res) => send(res, 200, null, fixture('plain.txt')),
  '/text-but-html': (_q, res) => send(res, 200, 'text/plain', fixture('page-saved-as.txt')),
  '/1252-meta': (_q, res) => send(res, 200, 'text/html', fixture('page-windows-1252.html')),
  '/1252-header': (_q, res) => send(res, 200, 'text/html; charset=windows-1252', fixture('page-undeclared-1252.html')),
  // The header says ISO-8859-1 (read as windows-1252, per WHATWG) and wins over the page's own utf-8 meta.
  '/header-beats-meta': (_q, res) =>
    send(res, 200, 'text/html; charset=ISO-8859-1', Buffer.from('<html><head><meta charset="utf-8"></head><body><p>caf\xe9</p></body></html>', 'latin1')),
  '/gzip': (_q, res) => send(res, 200, HTML, gzipSync(fixture('page-utf8.html')), { 'content-encoding': 'gzip' }),
  '/deflate': (_q, res) => send(res, 200, HTML, deflateSync(fixture('page-utf8.html')), { 'content-encoding': 'deflate' }),
  '/br': (_q, res) => send(res, 200, HTML, brotliCompressSync(fixture('page-utf8.html')), { 'content-encoding': 'br' }),
  // 3 KB of HTML, sent chunked (no Content-Length), so the cap must be enforced while streaming.
  '/big-chunked': (_q, res) => {
    res.writeHead(200, { 'content-type': HTML });
    const chunk = `<p>${'x'.repeat(1000)}</p>\n`;
    let n = 0;
    const timer = setInterval(() => {
      if (res.destroyed || n++ >= 3) {
        clearInterval(timer);
        res.end();
        return;
      }
      res.write(chunk);
    }, 5);
  },
  '/big-declared': (_q, res) => send(res, 200, HTML, `<p>${'x'.repeat(5000)}</p>`),
  // A gzip bomb: 1 KB on the wire, 1 MB decompressed.
  '/gzip-bomb': (_q, res) => send(res, 200, HTML, gzipSync(Buffer.alloc(1024 * 1024, 0x61)), { 'content-encoding': 'gzip' }),
  // Headers at once, then a trickle of body that takes about 2 s.
  '/slow-body': (_q, res) => {
    res.writeHead(200, { 'content-type': HTML });
    res.write('<html><body>');
    let n = 0;
    const timer = setInterval(() => {
      if (res.destroyed || n++ >= 20) {
        clearInterval(timer);
        res.end('</body></html>');
        return;
      }
      res.write('<p>still coming</p>');
    }, 100);
    res.on('close', () => clearInterval(timer));
  },
  // Never answers: the connect/headers timeout must fire.
  '/hang': () => undefined,
  '/flaky': (_q, res, { hit }) => (hit === 1 ? send(res, 500, HTML, 'oops') : send(res, 200, HTML, fixture('page-utf8.html'))),
  '/always-503': (_q, res) => send(res, 503, HTML, 'down'),
  '/reset-once': (req, res, { hit }) => (hit === 1 ? req.socket.destroy() : send(res, 200, HTML, fixture('page-utf8.html'))),
  '/rate-limited': (_q, res, { hit }) =>
    hit === 1 ? send(res, 429, 'text/plain', 'slow down', { 'retry-after': '1' }) : send(res, 200, HTML, fixture('page-utf8.html')),
  '/rate-limited-long': (_q, res) => send(res, 429, 'text/plain', 'slow down', { 'retry-after': '3600' }),
  '/loop-a': (_q, res) => send(res, 302, null, '', { location: '/loop-b' }),
  '/loop-b': (_q, res) => send(res, 301, null, '', { location: '/loop-a' }),
  '/to-file': (_q, res) => send(res, 302, null, '', { location: 'file:///etc/passwd' }),
  '/to-other-host': (_q, res, { base }) => send(res, 301, null, '', { location: base.replace('127.0.0.1', 'localhost') + '/page.html' }),
  '/moved': (_q, res) => send(res, 308, null, '', { location: '/page.html' }),
  '/no-location': (_q, res) => send(res, 302, null, ''),
  // Six hops: one more than MAX_REDIRECTS.
  '/chain': (req, res) => {
    const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '0');
    send(res, 302, null, '', { location: `/chain?n=${n + 1}` });
  },
  // ETag changes when the test bumps server.etagVersion; 304 when the client already has it.
  '/etag': (req, res, { server }) => {
    const etag = `"v${server.etagVersion}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    send(res, 200, HTML, `<html><body><p>Version ${server.etagVersion} of the story.</p></body></html>`, { etag });
  },
  '/last-modified': (req, res) => {
    const lm = 'Wed, 25 Nov 2026 10:00:00 GMT';
    if (req.headers['if-modified-since'] === lm) {
      res.writeHead(304);
      res.end();
      return;
    }
    send(res, 200, HTML, fixture('page-utf8.html'), { 'last-modified': lm });
  },
  // No validators: only the content hash can tell it is unchanged.
  '/no-validators': (_q, res) => send(res, 200, HTML, fixture('page-utf8.html')),
  '/feed.rss': (_q, res, { base }) =>
    send(res, 200, 'application/rss+xml', fixture('feed-rss.xml').toString('utf8').replaceAll('https://news.example', base)),
  '/feed.atom': (_q, res, { base }) =>
    send(res, 200, 'application/atom+xml; charset=utf-8', fixture('feed-atom.xml').toString('utf8').replaceAll('https://news.example', base)),
  '/sitemap.xml': (_q, res) => send(res, 200, 'application/xml', fixture('sitemap-news.xml')),
  '/sitemap-index.xml': (_q, res, { base }) =>
    send(res, 200, 'text/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap.xml</loc></sitemap></sitemapindex>`),
};

/** Starts the server on 127.0.0.1 with a random port; unknown paths get 404. */
export async function startTestServer(routes: Record<string, Route> = ROUTES): Promise<TestServer> {
  const server: Server = createServer();
  const ts: TestServer = {
    base: '',
    url: (path) => `${ts.base}${path}`,
    hits: new Map(),
    log: [],
    etagVersion: 1,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (ts.hits.get(path) ?? 0) + 1;
    ts.hits.set(path, hit);
    ts.log.push({ path, headers: req.headers });
    const route = routes[path];
    if (!route) return send(res, 404, 'text/plain', 'no such route');
    route(req, res, { hit, base: ts.base, server: ts });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ts.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return ts;
}
