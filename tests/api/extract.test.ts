// The library API (src/index.ts) through its public entry: bytes are decoded as the command line decodes them, and the
// record carries the same decoding messages as the command line's record of the same bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, InputError } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const NOW = new Date('2024-03-05T00:00:00Z');
const latin1 = (s: string) => Buffer.from(s, 'latin1');
const page = (head: string, body: string) => `<html><head>${head}<title>Report</title></head><body><article><p>${body}</p></article></body></html>`;
const CAFE = 'The caf\xe9 in Lyon was closed on Monday after 12 people fell ill, the mayor said.';

/** The record the command line prints for these bytes saved as a file. */
async function cliRecord(bytes: Uint8Array): Promise<{ messages: unknown[]; article: { text: string } }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ne-api-')), 'page.html');
  fs.writeFileSync(file, bytes);
  const io = fakeIO();
  expect(await main(['-q', '--format', 'json', file], io)).toBeLessThan(2);
  return JSON.parse(io.out());
}

describe('extract(bytes) carries the decoding messages of the command line', () => {
  it.each([
    ['windows-1252 bytes under <meta charset="utf-8">', latin1(page('<meta charset="utf-8">', CAFE)), ['input/lossy-decode'], 'caf\ufffd'],
    ['undeclared windows-1252 (sniffed, nothing lost)', latin1(page('', CAFE)), [], 'café'],
    ['an unknown charset label', latin1(page('<meta charset="x-klingon">', CAFE)), ['input/unknown-charset'], 'café'],
    ['UTF-8 declared as Shift_JIS', Buffer.from(page('<meta charset="shift_jis">', 'The café in Lyon was closed on Monday after 12 people fell ill, the mayor said.')), ['input/charset-overruled'], 'café'],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', 'The café in Lyon was closed on Monday after 12 people fell ill.'), 'utf16le')]), [], 'café'],
  ])('%s', async (_, bytes, rules, word) => {
    const api = extract(bytes, { now: NOW });
    expect(api.messages.filter((m) => m.rule.startsWith('input/')).map((m) => m.rule)).toEqual(rules);
    expect(api.article.text).toContain(word);
    const cli = await cliRecord(bytes);
    expect(api.messages).toEqual(cli.messages);
    expect(api.article.text).toBe(cli.article.text);
  });

  it('a charset given with the bytes wins over the page, as an HTTP charset does in the command line', () => {
    const bytes = latin1(page('<meta charset="utf-8">', CAFE));
    const record = extract(bytes, { charset: 'ISO-8859-1', now: NOW });
    expect(record.article.text).toContain('café');
    expect(record.messages.map((m) => m.rule)).not.toContain('input/lossy-decode');
  });

  it('a string is already text: no decoding message, even with a U+FFFD of its own', () => {
    const record = extract(page('', 'The caf\ufffd in Lyon was closed on Monday, the mayor said.'), { now: NOW });
    expect(record.messages.map((m) => m.rule)).not.toContain('input/lossy-decode');
    expect(record.source.contentType).toBe('text/html');
  });

  it.each([
    ['no bytes', new Uint8Array(0), 'input/empty'],
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), 'input/binary'],
  ])('%s → InputError %s, as the command line fails it', (_, bytes, code) => {
    expect(() => extract(bytes)).toThrow(InputError);
    expect(() => extract(bytes)).toThrow(expect.objectContaining({ code }));
  });
});
