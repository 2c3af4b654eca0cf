import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
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
  decodeSource,
} from '../../src/input/decode.js';
import type { RawSource } from '../../src/input/types.js';
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
    // iconv-lite knows these, but they are no WHATWG labels: a page declaring them is sniffed instead
    ['base64', 'meta', null],
    ['hex', 'http', null],
    ['utf-32', 'meta', null],
    ['utf-7', 'http', null],
    // WHATWG labels for UTF-16LE: a meta declaring them means UTF-8 (HTML standard); an HTTP header is trusted
    ['ucs-2', 'meta', 'utf-8'],
    ['unicode', 'meta', 'utf-8'],
    ['ucs-2', 'http', 'utf-16le'],
    ['x-sjis', 'http', 'shift_jis'],
    ['latin1', 'meta', 'windows-1252'],
    ['iso-8859-8-i', 'meta', 'iso-8859-8'],
    ['x-mac-cyrillic', 'meta', 'maccyrillic'],
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

/** A page body, as bytes: `latin1` keeps each char as one byte ("\xe9" is the byte E9). */
const page = (meta: string, body: string, enc: BufferEncoding = 'utf8') =>
  Buffer.from(`<html><head>${meta}</head><body><p>${body}</p></body></html>`, enc);

describe('declared charsets that browsers would not accept, and lossy decoding', () => {
  it.each([
    ['utf-32', '<meta charset="utf-32">'],
    ['base64', '<meta charset="base64">'],
    ['ucs-2', '<meta charset="ucs-2">'],
    ['utf-16be', '<meta http-equiv="Content-Type" content="text/html; charset=UTF-16BE">'],
  ])('<meta charset=%s> on an ASCII page keeps the text readable', (_label, meta) => {
    const d = decodeBytes(page(meta, 'The mayor said the bridge opens in May.'));
    expect(d.text).toContain('The mayor said the bridge opens in May.');
    expect(d.replaced).toBeUndefined();
  });

  it.each([
    ['declared utf-8 on windows-1252 bytes', page('<meta charset="utf-8">', 'The caf\xe9 owner\x92s plan.', 'latin1'), 2, 'utf-8'],
    ['invalid UTF-8 mid-file', Buffer.concat([page('', 'Flood \u00e9 waters in K\u00f6ln and Z\u00fcrich'), Buffer.from([0xc3, 0x28, 0xff])]), 2, 'utf-8'],
    ['a real U+FFFD in the page is no loss', page('<meta charset="utf-8">', 'A \ufffd sign and caf\u00e9.'), 0, 'utf-8'],
  ])('%s → %s replaced', (_name, bytes, replaced, charset) => {
    const d = decodeBytes(bytes);
    expect(d.replaced ?? 0).toBe(replaced);
    expect(d.charset).toBe(charset);
  });

  it.each([
    ['meta shift_jis', '<meta charset="shift_jis">', null],
    ['meta windows-1252', '<meta charset="windows-1252">', null],
    ['http iso-8859-1', '', 'ISO-8859-1'],
    ['http utf-16 (ASCII-only bytes, no NUL pattern)', '', 'utf-16'],
  ])('%s on valid UTF-8 with non-ASCII text is read as UTF-8', (_name, meta, http) => {
    const body = http === 'utf-16' ? 'The owner said no.' : 'The café’s owner said “no”.';
    const d = decodeBytes(page(meta, body), { httpCharset: http });
    expect(d.text).toContain(body);
    expect(d.charset).toBe('utf-8');
    expect(d.overruledLabel).toBeTruthy();
  });

  it('keeps an HTTP utf-16 on bytes that are UTF-16', () => {
    const d = decodeBytes(Buffer.from('<p>The owner said no.</p>', 'utf16le'), { httpCharset: 'utf-16' });
    expect(d.text).toBe('<p>The owner said no.</p>');
    expect(d.charset).toBe('utf-16le');
  });

  it('keeps a declared windows-1252 whose bytes are not UTF-8', () => {
    const d = decodeBytes(page('<meta charset="windows-1252">', 'caf\xe9 \x93quoted\x94', 'latin1'));
    expect(d.text).toContain('café “quoted”');
    expect(d.overruledLabel).toBeUndefined();
    expect(d.replaced).toBeUndefined();
  });

  const raw = (bytes: Buffer): RawSource => ({
    source: { kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: null, bytes: bytes.length },
    bytes,
    httpCharset: null,
    declaredHtml: true,
    label: 'a.html',
    mtime: null,
  });

  // a warning is printed from the record's messages; info-level findings are also a note for the terminal
  it.each([
    [page('<meta charset="utf-8">', 'caf\xe9 and na\xefve', 'latin1'), 'warning', 'input/lossy-decode', /2 characters could not be decoded as utf-8/, null],
    [page('<meta charset="shift_jis">', 'café'), 'info', 'input/charset-overruled', /"shift_jis" ignored: the bytes are valid UTF-8/, /^a\.html: declared/],
    [page('<meta charset="base64">', 'plain'), 'info', 'input/unknown-charset', /unknown charset "base64" ignored/, /^a\.html: unknown/],
  ])('decodeSource reports %#: %s %s', (bytes, severity, rule, text, noteText) => {
    const { note, messages } = decodeSource(raw(bytes));
    expect(messages).toEqual([expect.objectContaining({ severity, rule, text: expect.stringMatching(text) })]);
    if (noteText) expect(note).toMatch(noteText);
    else expect(note).toBeNull();
  });

  it('decodes a UTF-32 file with a byte-order mark instead of calling it binary', () => {
    const le = Buffer.alloc(4 * 11);
    [...'\ufeffGrüße Köln'].forEach((ch, i) => le.writeUInt32LE(ch.codePointAt(0)!, i * 4));
    expect(decodeText(le).text).toBe('Grüße Köln');
    const be = Buffer.alloc(4 * 11);
    [...'\ufeffGrüße Köln'].forEach((ch, i) => be.writeUInt32BE(ch.codePointAt(0)!, i * 4));
    expect(decodeText(be).text).toBe('Grüße Köln');
  });
});

// UTF-16 without a byte-order mark in scripts other than Latin: no NUL in every other byte to find it by, but one byte
// of each pair (the script's block) varies little and the reading is all letters of one script.
describe('UTF-16 without a BOM, in any script', () => {
  const TEXTS: Record<string, string> = {
    arabic: 'قال رئيس البلدية يوم الاثنين إن 26 شخصا أجلوا من المدينة بعد الفيضان.\nوقال المسؤولون إن النهر سينخفض بحلول يوم الجمعة.\n',
    russian: 'Мэр заявил в понедельник, что 26 человек были эвакуированы из города после наводнения.\nЧиновники сообщили, что уровень реки снизится к пятнице.\n',
    chinese: '市长周一表示，洪水过后已有26人从该镇撤离。\n官员说，河水将在周五前回落，学校将于下周重新开放。\n',
    greek: 'Ο δήμαρχος δήλωσε τη Δευτέρα ότι 26 άνθρωποι απομακρύνθηκαν από την πόλη μετά την πλημμύρα.\n',
    hebrew: 'ראש העירייה אמר ביום שני כי 26 בני אדם פונו מהעיר לאחר השיטפון.\n',
    korean: '시장은 월요일 홍수 이후 26명이 마을에서 대피했다고 밝혔다.\n관리들은 금요일까지 강물이 줄어들 것이라고 말했다.\n',
    // not one ASCII character, so not one NUL byte: found by its high bytes alone
    'chinese, no ASCII at all':
      '市长周一表示，洪水过后已有二十六人从该镇撤离。官员说，河水将在周五前回落，学校将于下周重新开放。当地居民称，这是他们几十年来见过的最严重的洪水，许多房屋和商店被淹，道路和桥梁也遭到破坏。',
  };
  const le = (s: string) => Buffer.from(s, 'utf16le');
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  it.each(Object.entries(TEXTS).flatMap(([name, text]) => [
    [`${name}, little-endian`, le(text), 'utf-16le', text],
    [`${name}, big-endian`, be(text), 'utf-16be', text],
    [`${name} in HTML, little-endian`, le(`<html><body><p>${text}</p></body></html>`), 'utf-16le', text],
  ]))('%s', (_, bytes, charset, text) => {
    const d = decodeText(bytes);
    expect(d).toMatchObject({ charset, from: 'sniff' });
    expect(d.text).toContain(text);
    expect(d.replaced).toBeUndefined();
  });

  // Near misses: text in other encodings keeps its reading; binary data is still refused.
  const seeded = (n: number, seed: number) => {
    const out = Buffer.alloc(n);
    for (let i = 0, x = seed; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };
  const int32s = Buffer.alloc(4096);
  for (let i = 0; i < 1024; i++) int32s.writeInt32LE(i * 37, i * 4);
  it.each([
    ['ASCII English', Buffer.from('The mayor said on Monday that 26 people were evacuated after the flood.\n'.repeat(20)), 'utf-8'],
    ['UTF-8 Russian', Buffer.from(TEXTS.russian!), 'utf-8'],
    ['UTF-8 Chinese', Buffer.from(TEXTS.chinese!), 'utf-8'],
    ['UTF-8 Arabic', Buffer.from(TEXTS.arabic!), 'utf-8'],
    ['windows-1252 French', Buffer.from('Le maire a déclaré lundi que 26 personnes ont été évacuées après la crue, à Besançon.\n'.repeat(10), 'latin1'), 'windows-1252'],
  ])('%s stays %s', (_, bytes, charset) => {
    expect(decodeText(bytes).charset).toBe(charset);
  });
  it.each([
    ['windows-1251 Russian', iconv.encode(TEXTS.russian!, 'windows-1251')],
    ['GBK Chinese', iconv.encode(TEXTS['chinese, no ASCII at all']!, 'gbk')],
    ['Shift_JIS Japanese', iconv.encode('市長は月曜日、洪水の後に二十六人が町から避難したと述べた。当局者は金曜日までに川の水位が下がると述べた。', 'shift_jis')],
  ])('%s is not taken for UTF-16', (_, bytes) => {
    expect(decodeBytes(bytes).charset).not.toMatch(/utf-16/);
  });
  it.each([
    ['random bytes', seeded(4096, 7)],
    ['little-endian 32-bit numbers', int32s],
    ['random bytes with a NUL in every other byte', Buffer.from(seeded(4096, 11).map((b, i) => (i % 2 ? 0 : b % 32)))],
    // English read two bytes at a time is mostly ideographs ("Th" = U+6854): a NUL must not make it Chinese
    ['ASCII text with a stray NUL', Buffer.from('The mayor said on Monday that 26 people were evacuated after the flood.\n'.repeat(3) + '\0')],
    ['ASCII text padded with NULs', Buffer.concat([Buffer.from('<html><body><p>The mayor said on Monday that 26 people were evacuated.</p></body></html>\n'), Buffer.alloc(64)])],
  ])('%s are still refused as binary', (_, bytes) => {
    expect(() => decodeText(bytes)).toThrow(expect.objectContaining({ code: 'input/binary' }));
  });
});
