// Local inputs the tester broke: pipes, sockets, link loops, URL lists in other encodings or without end, big --max-bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import { join } from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { loadSource, readSources, type SourceRef } from '../../src/input/index.js';
import { gunzipCapped, readPipeChunks } from '../../src/input/file.js';
import { isArticleFile } from '../../src/input/dir.js';
import { MAX_URL_LINE_CHARS, parseUrlLine, readUrlList } from '../../src/input/urls-from.js';
import { inputIO, testOptions } from '../helpers/input-io.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'ne-local-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const PAGE = '<p>The mayor said the bridge will open in May, officials confirmed on Tuesday.</p>';

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** A URL list as Windows PowerShell's ">" writes it: UTF-16 with a BOM, CRLF line ends. */
function utf16List(lines: string[], endian: 'le' | 'be'): Buffer {
  const le = Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('--urls-from: one line', () => {
  it.each([
    ['https://a.example/1 # from the newsletter', 'https://a.example/1'],
    ['  https://a.example/1\t#tab then comment', 'https://a.example/1'],
    ['https://a.example/1#comments', 'https://a.example/1#comments'],
    ['https://a.example/1?q=a#b # note', 'https://a.example/1?q=a#b'],
    ['# a whole-line comment', null],
    ['   ', null],
  ])('%j → %j', (line, expected) => {
    expect(parseUrlLine(line)).toBe(expected);
  });
});

describe('--urls-from: decoding and limits', () => {
  it.each([
    ['UTF-16LE with BOM (PowerShell)', utf16List(['https://a.example/1', 'https://a.example/2'], 'le')],
    ['UTF-16BE with BOM', utf16List(['https://a.example/1', 'https://a.example/2'], 'be')],
    ['UTF-16LE without BOM', Buffer.from('https://a.example/1\r\nhttps://a.example/2\r\n', 'utf16le')],
    ['UTF-8 with BOM', Buffer.from('\ufeffhttps://a.example/1\nhttps://a.example/2', 'utf8')],
  ])('%s: both URLs read, no phantom line', async (_name, bytes) => {
    const file = join(dir, `list-${Math.random()}.txt`);
    fs.writeFileSync(file, bytes);
    expect(await collect(readUrlList(file, Readable.from([]), 1 << 20))).toEqual(['https://a.example/1', 'https://a.example/2']);
    // the same list piped in, arriving one byte at a time (a UTF-16 character split across chunks)
    const stdin = Readable.from([...bytes].map((b) => Buffer.from([b])));
    expect(await collect(readUrlList('-', stdin, 1 << 20))).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it.each([
    ['NUL bytes (/dev/zero)', 'input/binary', Buffer.alloc(200_000), 1 << 20],
    ['no line break at all', 'input/too-large', Buffer.alloc(MAX_URL_LINE_CHARS + 10, 'a'), 1 << 20],
    ['a list over --max-bytes', 'input/too-large', Buffer.from('https://a.example/x\n'.repeat(100)), 1000],
  ])('%s → %s, not a crash', async (_name, code, bytes, maxBytes) => {
    const stdin = Readable.from([bytes]);
    await expect(collect(readUrlList('-', stdin, maxBytes))).rejects.toMatchObject({ code });
  });

  it('a list file over --max-bytes is refused before reading, and readSources yields it as a failed input', async () => {
    const file = join(dir, 'big-list.txt');
    fs.writeFileSync(file, 'https://a.example/x\n'.repeat(100));
    const refs = await collect(readSources([], { urlsFrom: [file] }, testOptions({ maxBytes: 1000 }), inputIO()));
    expect(refs).toHaveLength(1);
    expect(refs[0].error).toMatchObject({ code: 'input/too-large' });
  });
});

describe('named pipes, sockets and link loops', () => {
  it('a FIFO nobody writes to is reported as such, in time', async () => {
    const fifo = join(dir, 'nobody.html');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    await expect(collect(readPipeChunks(fifo, 300))).rejects.toMatchObject({ code: 'input/no-writer', message: expect.stringMatching(/nobody writes to/) });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([
    ['a page', (fifo: string) => readPipeChunks(fifo, 3000)],
    ['a URL list', (fifo: string) => readUrlList(fifo, Readable.from([]), 1 << 20)],
  ])('a FIFO whose writer comes a little late is read (%s)', async (_name, read) => {
    const fifo = join(dir, `late-${Math.random()}.txt`);
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `sleep 0.3; printf 'https://a.example/late\\n' > "$1"`, 'sh', fifo]);
    const got = await collect(read(fifo) as AsyncIterable<Buffer | string>);
    writer.kill();
    expect(got.map(String).join('')).toContain('https://a.example/late');
  });

  it('a Unix socket says it is one', async () => {
    const path = join(dir, 'sock.html');
    const server = net.createServer().listen(path);
    await new Promise((r) => server.once('listening', r));
    try {
      const err = await loadSource({ kind: 'file', id: path, relPath: 'sock.html' }, testOptions(), inputIO()).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'input/not-a-file', message: expect.stringMatching(/Unix socket/) });
    } finally {
      server.close();
    }
  });

  it('a symbolic link to itself says it loops', async () => {
    const link = join(dir, 'loop.html');
    fs.symlinkSync('loop.html', link);
    const err = await loadSource({ kind: 'file', id: link, relPath: 'loop.html' }, testOptions(), inputIO()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'input/link-loop', message: expect.stringMatching(/loops back to itself/) });
  });
});

describe('gzip, folders and stdin', () => {
  it.each([5_000_000_000, Number.MAX_SAFE_INTEGER])('--max-bytes %s still gunzips (zlib limit clamped)', (maxBytes) => {
    expect(gunzipCapped(gzipSync(PAGE), maxBytes).toString()).toBe(PAGE);
  });

  it.each([
    ['story.xhtml.gz', true],
    ['STORY.HTM.GZ', true],
    ['notes.md.gz', false],
    ['archive.gz', false],
  ])('isArticleFile(%s) → %s', (name, expected) => {
    expect(isArticleFile(name)).toBe(expected);
  });

  it('a folder walk reads story.xhtml.gz', async () => {
    const folder = join(dir, 'walk');
    fs.mkdirSync(folder);
    fs.writeFileSync(join(folder, 'story.xhtml.gz'), gzipSync(PAGE));
    const refs: SourceRef[] = await collect(readSources([folder], {}, testOptions(), inputIO()));
    expect(refs.map((r) => r.relPath)).toEqual(['story.xhtml.gz']);
  });

  it('gzip data on stdin is gunzipped, its size as read', async () => {
    const gz = gzipSync(PAGE);
    const got = await loadSource({ kind: 'stdin', id: '-', relPath: 'stdin' }, testOptions(), inputIO(gz));
    expect(got.content).toBe(PAGE);
    expect(got.source.bytes).toBe(gz.length);
  });

  it('a folder redirected into stdin says so, for a page and for --urls-from -', async () => {
    const fd = fs.openSync(dir, 'r');
    try {
      const io = { ...inputIO(), stdin: Object.assign(Readable.from([]), { fd }) };
      const err = await loadSource({ kind: 'stdin', id: '-', relPath: 'stdin' }, testOptions(), io).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'input/is-folder', message: expect.stringMatching(/standard input is a folder/) });
      const refs = await collect(readSources([], { urlsFrom: ['-'] }, testOptions(), io));
      expect(refs.map((r) => r.error?.code)).toEqual(['input/is-folder']);
    } finally {
      fs.closeSync(fd);
    }
  });
});
