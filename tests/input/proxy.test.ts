// Fetching through the environment's proxy (src/input/proxy.ts): the variables as curl reads them, and real requests
// through a proxy on 127.0.0.1, in-process and through the bin (which must then start without the snapshot).
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bypassesProxy, fetchFromEnv, parseProxyUrl, proxySettingsOf, redactProxy } from '../../src/input/proxy.js';
import { fetchesThroughProxy } from '../../src/cli/launch.js';

describe('proxySettingsOf', () => {
  it.each([
    [{}, null],
    [{ NO_PROXY: 'localhost' }, null],
    [{ HTTPS_PROXY: '  ' }, null],
    [{ HTTPS_PROXY: 'http://p:3128' }, { httpProxy: null, httpsProxy: 'http://p:3128', noProxy: null }],
    [{ http_proxy: 'http://low:1', HTTP_PROXY: 'http://up:2', no_proxy: '.corp' }, { httpProxy: 'http://low:1', httpsProxy: null, noProxy: '.corp' }],
  ])('%j → %j', (env, expected) => {
    expect(proxySettingsOf(env)).toEqual(expected);
  });
});

describe('parseProxyUrl and redactProxy', () => {
  it.each([
    ['http://proxy.corp:3128', 'http://proxy.corp:3128'],
    ['proxy.corp:3128', 'http://proxy.corp:3128'], // curl's reading of a bare host:port
    ['https://proxy.corp', 'https://proxy.corp'],
    ['http://ann:s3cret@proxy.corp:8080/', 'http://ann:***@proxy.corp:8080'],
  ])('%s → %s', (value, shown) => {
    expect(redactProxy(parseProxyUrl(value)!)).toBe(shown);
  });
  it.each(['socks5://proxy:1080', 'http://', '::::'])('%s is no http(s) proxy', (value) => {
    expect(parseProxyUrl(value)).toBeNull();
  });
});

describe('bypassesProxy (NO_PROXY)', () => {
  it.each([
    ['http://news.example/a', null, false],
    ['http://news.example/a', '*', true],
    ['http://news.example/a', 'news.example', true],
    ['http://www.news.example/a', 'news.example', true],
    ['http://www.news.example/a', '.news.example', true],
    ['http://othernews.example/a', 'news.example', false],
    ['http://127.0.0.1:8080/a', 'localhost, 127.0.0.1', true],
    ['http://127.0.0.1:8080/a', '127.0.0.1:9090', false],
    ['https://intra.corp/a', 'intra.corp:443', true],
  ])('%s with NO_PROXY=%s → %s', (url, noProxy, expected) => {
    expect(bypassesProxy(new URL(url), noProxy)).toBe(expected);
  });
});

describe('fetchesThroughProxy (the bin starts without the snapshot then)', () => {
  it.each([
    [['https://news.example/a'], { HTTPS_PROXY: 'http://p:1' }, true],
    [['https://news.example/a'], {}, false],
    [['page.html'], { HTTPS_PROXY: 'http://p:1' }, false],
    [['-'], { http_proxy: 'http://p:1' }, false],
  ])('%j with %j → %s', (argv, env, expected) => {
    expect(fetchesThroughProxy(argv, env)).toBe(expected);
  });
});

/** A forward proxy for plain HTTP on 127.0.0.1: answers absolute-form requests itself, logging what it was asked. */
let proxy: Server;
let proxyUrl = '';
const asked: string[] = [];
/** An ordinary site on 127.0.0.1, reached directly when NO_PROXY names it. */
let site: Server;
let siteUrl = '';
const PAGE = '<html><head><title>Dam talks</title></head><body><article><p>Engineers from the Tabqah Dam met officials in Raqqa on Monday, the ministry said in a statement.</p></article></body></html>';

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

beforeAll(async () => {
  proxy = createServer((req: IncomingMessage, res) => {
    asked.push(req.url ?? '');
    if (req.headers['proxy-authorization'] !== undefined) asked.push(`auth ${req.headers['proxy-authorization']}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  // https goes through a CONNECT tunnel; this proxy refuses every tunnel, after noting where it was asked to go
  proxy.on('connect', (req: IncomingMessage, socket) => {
    asked.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('direct');
  });
  proxyUrl = await listen(proxy);
  siteUrl = await listen(site);
});
afterAll(() => {
  proxy.close();
  site.close();
});

describe('fetchFromEnv', () => {
  it('is the given fetch when the environment names no proxy', () => {
    expect(fetchFromEnv({ NO_PROXY: '*' }, fetch)).toBe(fetch);
  });

  it('sends an http URL to the proxy, in absolute form, with the credentials of the proxy URL', async () => {
    asked.length = 0;
    const f = fetchFromEnv({ HTTP_PROXY: proxyUrl.replace('http://', 'http://ann:s3cret@') }, fetch);
    const res = await f('http://news.invalid/story');
    expect(await res.text()).toContain('Tabqah Dam');
    expect(asked).toEqual(['http://news.invalid/story', `auth Basic ${Buffer.from('ann:s3cret').toString('base64')}`]);
  });

  it('goes straight to a host NO_PROXY names', async () => {
    asked.length = 0;
    const f = fetchFromEnv({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' }, fetch);
    expect(await (await f(`${siteUrl}/x`)).text()).toBe('direct');
    expect(asked).toEqual([]);
  });

  it('fails every fetch with input/bad-proxy when a variable is no proxy URL, naming the variable', async () => {
    const f = fetchFromEnv({ https_proxy: 'socks5://ann:pw@p:1080' }, fetch);
    await expect(f('https://news.example/a')).rejects.toMatchObject({ code: 'input/bad-proxy', message: expect.stringMatching(/^https_proxy is "socks5:\/\/\*\*\*@p:1080"/) });
  });
});

describe('the bin through a proxy', () => {
  const root = path.join(__dirname, '..', '..');
  const bin = path.join(root, 'bin', 'news-extract.js');
  const run = (command: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      const [file, ...args] = command;
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(https?|no)_proxy$/i.test(k)));
      execFile(file!, args, { cwd: root, env: { ...clean, NO_COLOR: '1', ...env }, timeout: 60_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  it.each([
    ['as a command (the shell lines)', [bin]],
    ['through node (the Node.js launcher)', [process.execPath, bin]],
  ])('one URL, %s: fetched through HTTP_PROXY, a record', async (_how, command) => {
    asked.length = 0;
    const r = await run([...command, '-f', 'json', 'http://news.invalid/story'], { HTTP_PROXY: proxyUrl });
    expect(r.stderr).not.toMatch(/crash/);
    const record = JSON.parse(r.stdout);
    expect(record.source.url).toBe('http://news.invalid/story');
    expect(record.article.text).toContain('Tabqah Dam');
    expect(asked).toEqual(['http://news.invalid/story']);
    expect(r.code).toBe(0);
  });

  it('an https URL asks the proxy for a tunnel (HTTPS_PROXY falls back to HTTP_PROXY); a refused tunnel is an error record naming the proxy', async () => {
    asked.length = 0;
    const r = await run([bin, '-f', 'json', '--fetch-timeout', '3000', 'https://news.invalid/story'], { HTTP_PROXY: proxyUrl });
    expect(asked[0]).toBe('CONNECT news.invalid:443');
    const record = JSON.parse(r.stdout);
    expect(record.error.code).toBe('input/network');
    expect(record.error.message).toContain(`check the proxy (${proxyUrl}, from the environment)`);
    expect(r.code).toBe(1);
  });

  it('a proxy that is down: an input/network error record that points at the proxy, exit 1', async () => {
    const closed = createServer();
    const dead = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const r = await run([bin, '-f', 'json', '--fetch-timeout', '3000', 'http://news.invalid/story'], { http_proxy: dead });
    const record = JSON.parse(r.stdout);
    expect(record.error.code).toBe('input/network');
    expect(record.error.message).toContain(`check the proxy (${dead}, from the environment)`);
    expect(r.code).toBe(1);
  });
});
