import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSource, type SourceRef } from '../../src/input/index.js';
import { contentExtension, readFileBytes } from '../../src/input/file.js';
import { INPUT_FIXTURES } from '../helpers/http-server.js';
import { inputIO, testOptions } from '../helpers/input-io.js';

const ref = (name: string): SourceRef => ({ kind: 'file', id: join(INPUT_FIXTURES, name), relPath: name });

describe('loadSource: files', () => {
  it.each([
    ['page-utf8.html', 'text/html', 'Town council approves budget'],
    ['page.html.gz', 'text/html', 'stored gzip-compressed'],
    ['page-saved-as.txt', 'text/html', 'still HTML'],
    ['plain.txt', 'text/plain', '200 homes were hit'],
    ['utf16le-bom.txt', 'text/plain', 'Grüße aus Köln'],
    ['utf16be-bom.txt', 'text/plain', 'Grüße aus Köln'],
    ['page-windows-1252.html', 'text/html', 'The café’s owner'],
    ['invalid-utf8.txt', 'text/plain', 'Then they fell.'],
    ['tree/sub/D-STORY.HTML', 'text/html', 'Story D.'],
  ])('%s → %s containing %j', async (name, contentType, text) => {
    const got = await loadSource(ref(name), testOptions(), inputIO());
    expect(got.source).toMatchObject({ kind: 'file', id: join(INPUT_FIXTURES, name), contentType, url: null, fetchedAt: null });
    expect(got.content).toContain(text);
    expect(got.mtime).toBeInstanceOf(Date);
  });

  it('reports the raw (compressed) size for .gz files', async () => {
    const got = await loadSource(ref('page.html.gz'), testOptions(), inputIO());
    expect(got.source.bytes).toBe(135);
    expect(got.content.length).toBeGreaterThan(135);
  });

  it.each([
    ['does-not-exist.html', testOptions(), 'input/not-found', /no such file/],
    ['empty.html', testOptions(), 'input/empty', /empty/],
    ['whitespace.txt', testOptions(), 'input/empty', /whitespace/],
    ['binary.html', testOptions(), 'input/binary', /binary/],
    ['document.pdf.txt', testOptions(), 'input/binary', /PDF/],
    ['large.txt', testOptions({ maxBytes: 1000 }), 'input/too-large', /--max-bytes/],
    ['bomb.txt.gz', testOptions({ maxBytes: 100_000 }), 'input/too-large', /decompressed/],
    ['not-gzip.html.gz', testOptions(), 'input/bad-gzip', /not gzip/],
    ['truncated.html.gz', testOptions(), 'input/bad-gzip', /corrupt or truncated/],
    ['tree', testOptions(), 'input/is-folder', /folder/],
  ])('%s → %s', async (name, opts, code, message) => {
    const err = await loadSource(ref(name), opts, inputIO()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code, exitCode: 1 });
    expect((err as Error).message).toMatch(message);
  });
});

describe('loadSource: stdin', () => {
  it.each([
    ['Plain words from a pipe.\n', 'text/plain'],
    ['<!doctype html><html><body><p>Piped page</p></body></html>', 'text/html'],
  ])('%j → %s', async (input, contentType) => {
    const got = await loadSource({ kind: 'stdin', id: '-', relPath: 'stdin' }, testOptions(), inputIO(input));
    expect(got.source).toMatchObject({ kind: 'stdin', id: '-', contentType, bytes: Buffer.byteLength(input) });
    expect(got.content).toBe(input);
    expect(got.mtime).toBeNull();
  });

  it.each([
    ['', { maxBytes: 100 }, 'input/empty'],
    ['x'.repeat(200), { maxBytes: 100 }, 'input/too-large'],
  ])('%#: stdin → %s', async (input, over, code) => {
    const err = await loadSource({ kind: 'stdin', id: '-', relPath: 'stdin' }, testOptions(over), inputIO(input)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: code });
  });
});

describe('file helpers', () => {
  it.each([
    ['a/b.html.gz', '.html'],
    ['a/b.TXT', '.txt'],
    ['noext', ''],
  ])('contentExtension(%s) → %s', (p, ext) => {
    expect(contentExtension(p)).toBe(ext);
  });

  it('gunzips by magic number whatever the name', async () => {
    const got = await readFileBytes(join(INPUT_FIXTURES, 'tree/sub/c-story.html.gz'), 10_000);
    expect(got.data.toString('utf8')).toContain('Story C.');
    expect(got.ext).toBe('.html');
  });
});
