import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { loadSource, readSources, toUrlRelPath, type SourceRef } from '../../src/input/index.js';
import { INPUT_FIXTURES, startTestServer, type TestServer } from '../helpers/http-server.js';
import { inputIO, testOptions } from '../helpers/input-io.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function collect(gen: AsyncGenerator<SourceRef>): Promise<SourceRef[]> {
  const out: SourceRef[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

const fx = (p: string) => join(INPUT_FIXTURES, p);

describe('readSources: arguments', () => {
  it('no arguments → stdin', async () => {
    expect(await collect(readSources([], {}, testOptions(), inputIO()))).toEqual([{ kind: 'stdin', id: '-', relPath: 'stdin' }]);
  });

  it('keeps argument order: file, "-", URL, missing file', async () => {
    const refs = await collect(readSources([fx('plain.txt'), '-', 'https://news.example/a/1.html', fx('nope.html')], {}, testOptions(), inputIO()));
    expect(refs.map((r) => [r.kind, r.relPath])).toEqual([
      ['file', 'plain.txt'],
      ['stdin', 'stdin'],
      ['url', 'news.example/a/1.html'],
      ['file', 'nope.html'],
    ]);
  });

  it('walks a folder recursively in code-point order, skipping hidden and non-article files with one note', async () => {
    const io = inputIO();
    const refs = await collect(readSources([fx('tree')], {}, testOptions(), io));
    expect(refs.map((r) => r.relPath)).toEqual(['a-story.htm', 'b-story.html', 'notes.txt', 'sub/D-STORY.HTML', 'sub/c-story.html.gz']);
    expect(refs.every((r) => r.kind === 'file' && r.id === join(fx('tree'), r.relPath))).toBe(true);
    expect(io.errText()).toMatch(/skipped 2 non-article files in .*tree: logo\.png, style\.css/);
    expect(io.errText()).not.toMatch(/secret/);
  });

  it('a broken link named like an article gives input/not-found naming its target; other broken links are skipped', async () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'ne-links-'));
    fs.writeFileSync(join(dir, 'story.html'), '<p>Text.</p>');
    fs.symlinkSync('/nonexistent/archive/gone.html', join(dir, 'gone.html'));
    fs.symlinkSync('/nonexistent/archive/logo.png', join(dir, 'logo.png'));
    const io = inputIO();
    const refs = await collect(readSources([dir], {}, testOptions(), io));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(refs.map((r) => [r.relPath, r.error?.code ?? null])).toEqual([['gone.html', 'input/not-found'], ['story.html', null]]);
    expect(refs[0]!.error?.message).toMatch('a symbolic link to /nonexistent/archive/gone.html, which does not exist');
    expect(io.errText()).toMatch(/skipped 1 non-article file in .*: logo\.png/);
  });

  it('an ftp:// argument is a URL that fails as input/bad-url, not a missing file', async () => {
    const [ref] = await collect(readSources(['ftp://files.example/a.html'], {}, testOptions(), inputIO()));
    expect(ref.kind).toBe('url');
    await expect(loadSource(ref, testOptions(), inputIO())).rejects.toMatchObject({ code: 'input/bad-url' });
  });

  it('refuses "-" twice', async () => {
    await expect(collect(readSources(['-'], { urlsFrom: ['-'] }, testOptions(), inputIO()))).rejects.toMatchObject({ code: 'usage/invalid' });
  });

  it('a missing file surfaces in loadSource, not in readSources', async () => {
    const [ref] = await collect(readSources([fx('missing.html')], {}, testOptions(), inputIO()));
    await expect(loadSource(ref, testOptions(), inputIO())).rejects.toMatchObject({ code: 'input/not-found' });
  });
});

describe('readSources: --urls-from', () => {
  it('reads one URL a line, skipping comments, blanks and duplicates', async () => {
    const refs = await collect(readSources(['https://news.example/a/two.html'], { urlsFrom: [fx('urls.txt')] }, testOptions(), inputIO()));
    expect(refs.map((r) => r.id)).toEqual(['https://news.example/a/two.html', 'https://news.example/a/one.html', 'not a url']);
  });

  it('drops a URL that differs only by its #fragment', async () => {
    const refs = await collect(readSources(['https://x.example/a#top', 'https://x.example/a', 'https://x.example/a?p=2'], {}, testOptions(), inputIO()));
    expect(refs.map((r) => r.id)).toEqual(['https://x.example/a#top', 'https://x.example/a?p=2']);
  });

  it('reads the list from stdin with "-"', async () => {
    const io = inputIO('# list\nhttps://x.example/1\r\nhttps://x.example/2\n');
    const refs = await collect(readSources([], { urlsFrom: ['-'] }, testOptions(), io));
    expect(refs.map((r) => r.id)).toEqual(['https://x.example/1', 'https://x.example/2']);
  });

  it('a bad line fails on its own as input/bad-url', async () => {
    const refs = await collect(readSources([], { urlsFrom: [fx('urls.txt')] }, testOptions(), inputIO()));
    await expect(loadSource(refs.at(-1)!, testOptions(), inputIO())).rejects.toMatchObject({ code: 'input/bad-url' });
  });

  it('a missing list is yielded with input/not-found', async () => {
    const refs = await collect(readSources([], { urlsFrom: [fx('no-list.txt')] }, testOptions(), inputIO()));
    expect(refs).toHaveLength(1);
    expect(refs[0].error).toMatchObject({ code: 'input/not-found' });
  });
});

describe('readSources: --feed', () => {
  it('RSS over HTTP: each item link, resolved, deduplicated, with the item title and date', async () => {
    const refs = await collect(readSources([], { feeds: [server.url('/feed.rss')] }, testOptions(), inputIO()));
    expect(refs.map((r) => [r.kind, r.id.replace(server.base, ''), r.feed?.title, r.feed?.published])).toEqual([
      ['feed-item', '/a/bridge.html', 'Bridge to reopen in May', '2026-11-26T10:00:00.000Z'],
      ['feed-item', '/a/budget.html', 'Council budget & taxes', '2026-11-25'],
      ['feed-item', '/a/guid.html', 'Permalink only', null],
    ]);
    expect(refs[0].feed?.url).toBe(server.url('/feed.rss'));
  });

  it('Atom over HTTP: the alternate link, published before updated', async () => {
    const refs = await collect(readSources([], { feeds: [server.url('/feed.atom')] }, testOptions(), inputIO()));
    expect(refs.map((r) => [r.id.replace(server.base, ''), r.feed?.title, r.feed?.published])).toEqual([
      ['/a/storm.html', 'Storm hits coast', '2026-11-24T07:30:00.000Z'],
      ['/a/updated.html', 'Updated only', '2026-11-23T12:00:00.000Z'],
    ]);
  });

  it('a sitemap index is followed to its news sitemap', async () => {
    const refs = await collect(readSources([], { feeds: [server.url('/sitemap-index.xml')] }, testOptions(), inputIO()));
    expect(refs.map((r) => [r.id, r.feed?.title, r.feed?.published])).toEqual([
      ['https://news.example/a/election.html', 'Election results', '2026-11-22'],
      ['https://news.example/a/plain.html', null, '2026-11-21T06:00:00.000Z'],
    ]);
  });

  it('a feed item loads like a URL and keeps its feed data', async () => {
    const refs = await collect(readSources([], { feeds: [server.url('/feed.rss')] }, testOptions(), inputIO()));
    const withPage = { ...refs[0], id: server.url('/page.html') };
    const got = await loadSource(withPage, testOptions(), inputIO());
    expect(got.source.kind).toBe('feed-item');
    expect(got.source.feed).toEqual({ url: server.url('/feed.rss'), title: 'Bridge to reopen in May', published: '2026-11-26T10:00:00.000Z' });
  });

  it.each([
    ['/404', 'input/http-status'],
    ['/pdf', 'input/not-feed'],
    ['/page.html', 'input/not-feed'],
  ])('a feed at %s that fails is one ref carrying %s', async (path, code) => {
    const refs = await collect(readSources([], { feeds: [server.url(path)] }, testOptions({ retries: 0 }), inputIO()));
    expect(refs).toHaveLength(1);
    await expect(loadSource(refs[0], testOptions(), inputIO())).rejects.toMatchObject({ code });
  });

  it('reads a local feed file', async () => {
    const refs = await collect(readSources([], { feeds: [fx('sitemap-news.xml'), fx('not-a-feed.xml')] }, testOptions(), inputIO()));
    expect(refs.map((r) => r.id)).toEqual(['https://news.example/a/election.html', 'https://news.example/a/plain.html', fx('not-a-feed.xml')]);
    expect(refs[2].error).toMatchObject({ code: 'input/not-feed' });
  });
});

describe('toUrlRelPath', () => {
  it.each([
    ['https://news.example/a/b.html', 'news.example/a/b.html'],
    ['https://news.example/', 'news.example/index'],
    ['https://news.example/a/', 'news.example/a/index'],
    ['http://news.example:8080/a/../b c.html', 'news.example_8080/b_c.html'],
    ['https://news.example/a?id=3', /^news\.example\/a_q[0-9a-f]{8}$/],
  ])('%s → %s', (url, expected) => {
    if (typeof expected === 'string') expect(toUrlRelPath(url)).toBe(expected);
    else expect(toUrlRelPath(url)).toMatch(expected);
  });
});
