import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeBytes,
  decodeText,
  findDeclaredCharset,
  isBinaryText,
  looksLikeHtml,
  parseCharsetLabel,
  parseContentTypeCharset,
} from '../../src/input/decode.js';
import { INPUT_FIXTURES } from '../helpers/http-server.js';

const fx = (name: string) => readFileSync(join(INPUT_FIXTURES, name));

describe('decodeBytes', () => {
  it.each([
    ['page-utf8.html', 'mayor’s office', 'utf-8', 'default'],
    ['page-windows-1252.html', 'The café’s owner said “we are back” on Monday — after 3 months.', 'windows-1252', 'meta'],
    ['page-koi8r.html', 'Мэр сказал', 'koi8-r', 'meta'],
    ['page-shift-jis.html', '市長は橋が五月に開通すると述べた。', 'shift_jis', 'meta'],
    ['page-undeclared-1252.html', 'José said the naïve plan failed.', 'windows-1252', 'sniff'],
    ['utf16le-bom.txt', 'Grüße aus Köln', 'utf-16le', 'bom'],
    ['utf16be-bom.txt', 'Grüße aus Köln', 'utf-16be', 'bom'],
    ['utf8-bom.html', 'Naïve café.', 'utf-8', 'bom'],
    ['invalid-utf8.txt', 'Zürich, officials said. \ufffd(', 'utf-8', 'sniff'],
  ])('%s → contains %j (%s from %s)', (name, expected, charset, from) => {
    const d = decodeBytes(fx(name));
    expect(d.text).toContain(expected);
    expect(d.charset).toBe(charset);
    expect(d.from).toBe(from);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['http header beats meta', 'windows-1252', '<meta charset="utf-8"><p>caf\xe9</p>', 'café', 'http'],
    ['BOM beats http header', 'windows-1252', '\xef\xbb\xbf<p>caf\xc3\xa9</p>', 'café', 'bom'],
    ['unknown header falls to meta', 'x-nonsense', '<meta charset="windows-1252"><p>caf\xe9</p>', 'café', 'meta'],
  ])('%s', (_name, header, latin1Body, expected, from) => {
    const d = decodeBytes(Buffer.from(latin1Body, 'latin1'), { httpCharset: header });
    expect(d.text).toContain(expected);
    expect(d.from).toBe(from);
  });

  it.each([
    ['utf-16le', Buffer.from('Flood waters rose in the valley.', 'utf16le'), 'Flood waters'],
    ['utf-16be', Buffer.from('Flood waters rose in the valley.', 'utf16le').swap16(), 'Flood waters'],
  ])('sniffs BOM-less %s', (charset, bytes, text) => {
    const d = decodeBytes(bytes);
    expect(d.charset).toBe(charset);
    expect(d.text).toBe('Flood waters rose in the valley.');
    expect(decodeText(bytes).text).toContain(text);
  });

  it('notes an unknown declared charset and still decodes', () => {
    const d = decodeBytes(Buffer.from('<meta charset="klingon"><p>hello</p>'));
    expect(d.ignoredLabel).toBe('klingon');
    expect(d.text).toContain('hello');
  });
});

describe('findDeclaredCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<meta charset='koi8-r'/>", 'koi8-r'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', 'ISO-8859-2'],
    ['<?xml version="1.0" encoding="Shift_JIS"?><html>', 'Shift_JIS'],
    ['<!-- <meta charset="big5"> --><meta charset="utf-8">', 'utf-8'],
    ['<html><head><title>none</title></head>', null],
  ])('%s → %s', (head, expected) => {
    expect(findDeclaredCharset(Buffer.from(head, 'latin1'))).toBe(expected);
  });
});

describe('parseCharsetLabel / parseContentTypeCharset', () => {
  it.each([
    ['ISO-8859-1', 'http', 'windows-1252'],
    ['us-ascii', 'http', 'windows-1252'],
    ['UTF-8', 'http', 'utf-8'],
    ['"utf-8"', 'http', 'utf-8'],
    ['gb2312', 'http', 'gbk'],
    ['utf-16', 'meta', 'utf-8'],
    ['iso-8859-5', 'http', 'iso-8859-5'],
    ['nonsense-enc', 'http', null],
  ] as const)('%s (%s) → %s', (label, from, expected) => {
    expect(parseCharsetLabel(label, from)).toBe(expected);
  });

  it.each([
    ['text/html; charset=ISO-8859-1', 'ISO-8859-1'],
    ['text/html;charset="utf-8"', 'utf-8'],
    ['text/html', null],
    [null, null],
  ])('%s → %s', (ct, expected) => {
    expect(parseContentTypeCharset(ct)).toBe(expected);
  });
});

describe('decodeText errors and sniffing', () => {
  it.each([
    ['empty.html', 'input/empty'],
    ['whitespace.txt', 'input/empty'],
    ['binary.html', 'input/binary'],
    ['document.pdf.txt', 'input/binary'],
  ])('%s → %s', (name, code) => {
    expect(() => decodeText(fx(name))).toThrow(expect.objectContaining({ code }));
  });

  it('names a PDF in the message', () => {
    expect(() => decodeText(fx('document.pdf.txt'))).toThrow(/PDF/);
  });

  it.each([
    ['<!DOCTYPE html><html>', true],
    ['\ufeff  <!-- saved --> <html lang="en">', true],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>', true],
    ['<p>Fragment</p>', true],
    ['Flood waters rose. <b>not</b> html', false],
    ['x < y and <script> in prose', false],
  ])('looksLikeHtml(%j) → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  it.each([
    ['plain text\nwith lines\tand tabs', false],
    ['a\u0000b', true],
    ['\u0001\u0002\u0003\u0004 mostly control', true],
  ])('isBinaryText(%j) → %s', (text, expected) => {
    expect(isBinaryText(text)).toBe(expected);
  });
});
