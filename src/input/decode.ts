// Input stage: turns raw bytes into text (BOM, HTTP charset, <meta charset>, legacy encodings) and tells HTML from plain text and text from binary.
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { BINARY_CONTROL_RATIO, SNIFF_BYTES } from '../defaults.js';
import type { DocMessage } from '../doc.js';
import type { LoadedSource, RawSource } from './types.js';
import { WHATWG_LABELS } from './encoding-labels.js';

/** How the encoding was chosen, for notes and tests. */
export type CharsetSource = 'bom' | 'http' | 'meta' | 'sniff' | 'default';

export interface Decoded {
  text: string;
  /** iconv-lite name of the encoding used, e.g. "utf-8", "windows-1252". */
  charset: string;
  from: CharsetSource;
  /** Set when a declared charset was unknown and ignored: `"x-foo"`. */
  ignoredLabel?: string;
  /** Set when a declared charset was overruled because the bytes are valid UTF-8: `"shift_jis"`. */
  overruledLabel?: string;
  /** How many characters could not be decoded and became U+FFFD; absent when none (the decoding was lossless). */
  replaced?: number;
}

/**
 * Byte-order marks, longest first so UTF-32 is not read as UTF-16. UTF-32 is no web encoding (WHATWG), but a local
 * file saved as "UTF-32 with BOM" is plainly text: it is decoded rather than refused as binary.
 */
const BOMS: { id: string; bytes: number[]; charset: string }[] = [
  { id: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00], charset: 'utf-32le' },
  { id: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff], charset: 'utf-32be' },
  { id: 'utf-8', bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { id: 'utf-16le', bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { id: 'utf-16be', bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

/**
 * Magic numbers of binary formats people pass by mistake, so the error can say what the file is:
 * "looks like a PDF document" rather than just "binary".
 */
const BINARY_SIGNATURES: { id: string; bytes: number[]; name: string }[] = [
  { id: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { id: 'png', bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { id: 'jpeg', bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { id: 'gif', bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { id: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or .docx/.epub)' },
  { id: 'gzip', bytes: [0x1f, 0x8b], name: 'gzip-compressed data' },
  { id: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office document' },
  { id: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program' },
];

/**
 * Markup that makes a document HTML even when it is named .txt or sent as text/plain:
 * a saved page renamed "article.txt" starts with "<!DOCTYPE html>".
 */
const HTML_STARTS: { id: string; pattern: RegExp }[] = [
  { id: 'doctype', pattern: /^<!doctype\s+html/i },
  { id: 'html-tag', pattern: /^<html[\s>]/i },
  { id: 'head-or-body', pattern: /^<(head|body)[\s>]/i },
  { id: 'xml-xhtml', pattern: /^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)/i },
  { id: 'page-fragment', pattern: /^<(meta|title|article|div|p|section|main|h1)[\s>]/i },
];

/** Beginning of `bytes` matches `sig`. */
function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** The BOM's charset and length, or null. */
export function findBom(bytes: Uint8Array): { charset: string; length: number } | null {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  return bom ? { charset: bom.charset, length: bom.bytes.length } : null;
}

/** True when the data starts with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x1f, 0x8b]);
}

/**
 * Maps a declared label to an iconv-lite encoding name through the WHATWG label table (the labels browsers accept),
 * or null when it is none of them: "base64", "utf-32" or "hex" are iconv-lite names but no web encoding, and a page
 * declaring them is decoded by sniffing rather than turned into its own base64 or replacement characters.
 * A `<meta charset="utf-16">` (or "ucs-2", a WHATWG label for UTF-16LE) is read as UTF-8, as the HTML standard says:
 * the bytes cannot be UTF-16 if the ASCII prescan found the declaration.
 */
export function parseCharsetLabel(label: string, from: 'http' | 'meta' = 'http'): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const charset = WHATWG_LABELS.get(l) ?? null;
  if (from === 'meta' && (charset === 'utf-16le' || charset === 'utf-16be')) return 'utf-8';
  return charset;
}

/** The charset parameter of a Content-Type header value: `text/html; charset=ISO-8859-1` → "ISO-8859-1". */
export function parseContentTypeCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2] : null;
}

/**
 * The charset declared inside the document: `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`
 * or an XML declaration `<?xml … encoding="…"?>` (XHTML, feeds). Looks at the first SNIFF_BYTES only.
 */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  // Comments may hold stale declarations: "<!-- <meta charset=big5> -->" in a template.
  const noComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of noComments.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return null;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid bytes, to choose between UTF-8 (with replacement characters)
 * and windows-1252 for undeclared input: "café" in UTF-8 has one valid sequence; "caf\xe9" in 1252 has one invalid byte.
 */
export function scoreUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Decodes bytes: BOM first, then the HTTP charset, then the document's own declaration, then a UTF-8/windows-1252 sniff.
 * A declared single-byte or CJK charset on bytes that are valid UTF-8 with non-ASCII characters is overruled: such
 * bytes are UTF-8 (a server's default "charset=iso-8859-1", a template's stale `<meta charset="shift_jis">`), while real
 * windows-1252 or Shift_JIS text is almost never valid UTF-8 ("café" in windows-1252 is the invalid byte E9).
 * Never throws on bad bytes: they become U+FFFD, counted in `replaced`.
 */
export function decodeBytes(bytes: Uint8Array, opts: { httpCharset?: string | null } = {}): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = findBom(buf);
  if (bom) return decoded(buf.subarray(bom.length), bom.charset, 'bom');

  let ignoredLabel: string | undefined;
  const extra = (): Partial<Decoded> => (ignoredLabel ? { ignoredLabel } : {});
  const declarations: [string | null | undefined, 'http' | 'meta'][] = [
    [opts.httpCharset, 'http'],
    [null, 'meta'],
  ];
  for (const [given, from] of declarations) {
    const label = from === 'meta' ? findDeclaredCharset(buf) : given;
    if (!label) continue;
    const cs = parseCharsetLabel(label, from);
    if (!cs) {
      ignoredLabel ??= label;
      continue;
    }
    if (cs !== 'utf-8' && contradictsDeclared(buf, cs)) return decoded(buf, 'utf-8', from, { ...extra(), overruledLabel: label });
    return decoded(buf, cs, from, extra());
  }
  const utf16 = sniffUtf16(buf);
  if (utf16) return decoded(buf, utf16, 'sniff', extra());
  // valid UTF-8, nearly every page, is told by Node's own check (fast); scoreUtf8 only weighs the doubtful ones
  const score = isUtf8(buf) ? { valid: 1, invalid: 0 } : scoreUtf8(buf);
  // Undeclared bytes that are not UTF-8 at all are most likely windows-1252 (WHATWG's default for Western pages);
  // mostly-UTF-8 text with a few bad bytes stays UTF-8 and gets replacement characters.
  const charset = score.invalid > 0 && score.valid < score.invalid ? 'windows-1252' : 'utf-8';
  return decoded(buf, charset, score.invalid === 0 ? 'default' : 'sniff', extra());
}

/**
 * True when bytes declared as `charset` are really UTF-8: valid UTF-8 with at least one multi-byte sequence, and not
 * UTF-16 (whose ASCII-only text is valid UTF-8 full of NULs). A UTF-16 declaration (an HTTP "charset=utf-16") on
 * valid UTF-8 without UTF-16's NUL pattern is overruled even for ASCII-only bytes: "<p>Hello" read as UTF-16 is CJK
 * mojibake, and markup in real UTF-16 always has the NULs.
 */
function contradictsDeclared(buf: Buffer, charset: string): boolean {
  const utf16Declared = charset === 'utf-16le' || charset === 'utf-16be';
  return (utf16Declared || !isAscii(buf)) && isUtf8(buf) && sniffUtf16(buf) === null;
}

/** U+FFFD as UTF-8 bytes: a page may hold the character itself, which is no decoding loss. */
const UTF8_REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

/** Decodes and counts the characters lost to U+FFFD (none on the fast path: no U+FFFD in the text at all). */
function decoded(buf: Buffer, charset: string, from: CharsetSource, extra: Partial<Decoded> = {}): Decoded {
  const text = decodeAs(buf, charset);
  let replaced = countChar(text, '\ufffd');
  if (replaced > 0 && UTF8_NAMES.has(charset)) replaced -= countBytes(buf, UTF8_REPLACEMENT);
  return { text, charset, from, ...extra, ...(replaced > 0 ? { replaced } : {}) };
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function countBytes(buf: Buffer, seq: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(seq); i !== -1; i = buf.indexOf(seq, i + seq.length)) n++;
  return n;
}

/**
 * Unicode blocks where the characters of running text fall, in any script: what a UTF-16 reading of the bytes must
 * mostly give. Tab, newline and CR count too (TEXT_CONTROLS). Controls, private use, surrogates and the rarer symbol
 * blocks are left out: random bytes read as UTF-16 land in these blocks about 64 % of the time, text over 95 %.
 */
const UTF16_TEXT_BLOCKS: { id: string; from: number; to: number }[] = [
  { id: 'basic-latin', from: 0x20, to: 0x7e },
  { id: 'latin-1-and-extended', from: 0xa0, to: 0x24f },
  { id: 'greek-cyrillic-armenian', from: 0x370, to: 0x58f },
  { id: 'hebrew-arabic-syriac-thaana', from: 0x590, to: 0x7bf },
  { id: 'indic-thai-lao-tibetan-myanmar-georgian', from: 0x900, to: 0x10ff },
  { id: 'hangul-jamo-ethiopic', from: 0x1100, to: 0x139f },
  { id: 'latin-greek-extended', from: 0x1e00, to: 0x1fff },
  { id: 'punctuation-currency', from: 0x2000, to: 0x20cf },
  { id: 'cjk-punctuation-kana-bopomofo', from: 0x3000, to: 0x31ff },
  { id: 'cjk-ideographs', from: 0x3400, to: 0x9fff },
  { id: 'hangul-syllables', from: 0xac00, to: 0xd7a3 },
  { id: 'arabic-presentation-forms', from: 0xfb50, to: 0xfdff },
  { id: 'arabic-presentation-forms-b', from: 0xfe70, to: 0xfefc },
  { id: 'fullwidth-forms', from: 0xff00, to: 0xffef },
];

/** Control characters of text: tab, newline, form feed, carriage return. */
const TEXT_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** 65,536 flags, one per UTF-16 code unit: in a UTF16_TEXT_BLOCKS block (or a TEXT_CONTROLS character). */
const UTF16_TEXT_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const b of UTF16_TEXT_BLOCKS) table.fill(1, b.from, b.to + 1);
  for (const c of TEXT_CONTROLS) table[c] = 1;
  return table;
})();

/** Share of a UTF-16 reading's code units that must be in UTF16_TEXT_BLOCKS for the bytes to be taken as UTF-16. */
const UTF16_MIN_TEXT_SHARE = 0.95;

/** Share of UTF-16 code units that must be ASCII (a NUL high byte) to tell UTF-16 text by its NULs. */
const UTF16_MIN_ASCII_SHARE = 0.05;

/**
 * Most distinct values the high bytes of UTF-16 text without ASCII may take, as a share of the low bytes' distinct
 * values: 36 against 65 in a 93-character Chinese paragraph; the two bytes of a windows-1252 or GBK pair vary alike.
 */
const UTF16_HIGH_KINDS_SHARE = 0.6;

/**
 * Punctuation of Chinese and Japanese text ("，" U+FF0C, "。" U+3002, "、" U+3001): UTF-16 text without one ASCII
 * character must hold some. Shift_JIS or GBK bytes read as UTF-16 give ideographs too, but never these: their bytes
 * are never 0x30 or 0xFF.
 */
const CJK_PUNCTUATION: { id: string; from: number; to: number }[] = [
  { id: 'cjk-symbols-and-punctuation', from: 0x3000, to: 0x303f },
  { id: 'fullwidth-forms', from: 0xff01, to: 0xff65 },
];

const isCjkPunctuation = (unit: number) => CJK_PUNCTUATION.some((b) => unit >= b.from && unit <= b.to);

/**
 * UTF-16 without a BOM, as Windows tools sometimes save text. Mostly-ASCII text has a NUL in every other byte
 * ("H\0i\0" is little-endian): 90 % of one parity NUL and under 10 % of the other. Text in another script has no
 * such pattern (Arabic "سلام" is 33 06 44 06 27 06 45 06, Chinese "市长" 02 5E 7F 95) and is found by utf16TextOrder.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 0.9 * pairs && evenNul < 0.1 * pairs) return 'utf-16le';
  if (evenNul >= 0.9 * pairs && oddNul < 0.1 * pairs) return 'utf-16be';
  return utf16TextOrder(bytes, n, evenNul, oddNul);
}

/**
 * UTF-16 text in any script, told by the byte of each pair that varies little (the high byte: the script's block, or
 * 0 for the ASCII spaces, digits and newlines between words) and by a reading that is nearly all text characters
 * (UTF16_TEXT_BLOCKS). Only bytes that cannot be UTF-8 text are looked at (invalid UTF-8, or NUL and control bytes),
 * so a UTF-8 or ASCII page is never read as UTF-16; a windows-1252 page is not either: its two bytes of a pair vary
 * alike, and its high bytes (letters, é = E9) read as ideographs, punctuation and private use, not as text.
 */
function utf16TextOrder(bytes: Uint8Array, n: number, evenNul: number, oddNul: number): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, n);
  if (isUtf8(head) && !hasNonTextControls(head)) return null;
  const evenSeen = new Uint8Array(256);
  const oddSeen = new Uint8Array(256);
  let evenKinds = 0;
  let oddKinds = 0;
  for (let i = 0; i < n; i += 2) {
    if (!evenSeen[bytes[i]!]++) evenKinds++;
    if (!oddSeen[bytes[i + 1]!]++) oddKinds++;
  }
  // The high byte is the one of fewer values: the script's block, and 0 for ASCII spaces, digits and newlines (a
  // Chinese text's high bytes are 4E–9F and a few more, its low bytes anything; a NUL low byte is "一", U+4E00).
  if (oddKinds === evenKinds) return null;
  const le = oddKinds < evenKinds;
  const [highKinds, lowKinds] = le ? [oddKinds, evenKinds] : [evenKinds, oddKinds];
  // With ASCII between words, NUL high bytes are common (spaces: 15 % of Russian or Arabic text), NUL low bytes rare
  // ("一", U+4E00). ASCII text with NULs (a stray one, or padding: as many at even places as at odd) must not become
  // ideographs, nor may a paragraph of Chinese go unread: both need stronger evidence, fewer high byte values by far
  // and CJK punctuation.
  const [highNul, lowNul] = le ? [oddNul, evenNul] : [evenNul, oddNul];
  const withAscii = highNul >= UTF16_MIN_ASCII_SHARE * (n / 2) && highNul > lowNul + 1;
  if (!withAscii && highKinds > UTF16_HIGH_KINDS_SHARE * lowKinds) return null;
  let text = 0;
  let punctuation = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    text += UTF16_TEXT_UNIT[unit]!;
    if (!withAscii && isCjkPunctuation(unit)) punctuation++;
  }
  const pairs = n / 2;
  if (text < UTF16_MIN_TEXT_SHARE * pairs) return null;
  if (!withAscii && punctuation < Math.max(1, pairs / 100)) return null;
  return le ? 'utf-16le' : 'utf-16be';
}

/** True when the bytes hold NUL or another control byte that text has no use for (not tab, newline, FF, CR, ESC). */
function hasNonTextControls(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && !TEXT_CONTROLS.has(b) && b !== 0x1b) return true;
  }
  return false;
}

/** Names iconv-lite takes for UTF-8. */
const UTF8_NAMES: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

function decodeAs(buf: Buffer, charset: string): string {
  // UTF-8, nearly every page: Node's own decoder gives the same text as iconv-lite's (checked on 200,000 random
  // byte strings, invalid ones included) in a fraction of the time
  let text = UTF8_NAMES.has(charset.toLowerCase()) ? buf.toString('utf8') : iconv.decode(buf, charset);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Name of a known binary format the data starts with ("a PDF document"), or null. */
export function findBinarySignature(bytes: Uint8Array): string | null {
  return BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes))?.name ?? null;
}

/**
 * True when the decoded text is not text: NUL characters, or more than BINARY_CONTROL_RATIO control characters
 * in its first SNIFF_BYTES characters. Tab, newline, CR, form feed and ESC-free text passes.
 */
export function isBinaryText(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / sample.length > BINARY_CONTROL_RATIO;
}

/** True when the text is HTML by its start (after a BOM, whitespace and comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, SNIFF_BYTES)
    .replace(/^\ufeff/, '')
    .replace(/^\s*(<!--[\s\S]*?-->\s*)*/, '')
    .trimStart();
  return HTML_STARTS.some((h) => h.pattern.test(head));
}

/**
 * Decodes and checks one input: throws `input/empty` for empty or whitespace-only input and `input/binary`
 * for binary data, naming the format when known. Messages leave out the source's name: the caller prints it.
 */
export function decodeText(
  bytes: Uint8Array,
  opts: { httpCharset?: string | null } = {},
): Decoded {
  if (bytes.length === 0) {
    throw new InputError('input/empty', `empty (0 bytes); check that it was saved or downloaded completely.`);
  }
  const signature = findBom(bytes) ? null : findBinarySignature(bytes);
  if (signature) {
    throw new InputError('input/binary', `looks like ${signature}, not an article; pass an HTML page or a text file.`);
  }
  const decoded = decodeBytes(bytes, opts);
  if (isBinaryText(decoded.text)) {
    throw new InputError('input/binary', `binary data (NUL or control bytes), not an article; pass an HTML page or a text file.`);
  }
  if (decoded.text.trim() === '') {
    throw new InputError('input/empty', `only whitespace; check that it was saved or downloaded completely.`);
  }
  return decoded;
}

/** Decodes what readSource read (pure: no I/O, so a worker thread can run it). Throws input/empty or input/binary.
 *  `messages` are what decoding found, for the record's messages (the caller adds them to the document: a warning
 *  such as input/lossy-decode is then printed and counted like any other). `note` repeats the info-level ones (a
 *  declared charset unknown or overruled) for the user's terminal; several are joined into lines the caller prints
 *  after "news-extract: ". */
export function decodeSource(raw: RawSource): { loaded: LoadedSource; note: string | null; messages: DocMessage[] } {
  const decoded = decodeText(raw.bytes, { httpCharset: raw.httpCharset });
  const messages = decodeMessages(decoded);
  const notes = messages.filter((m) => m.severity === 'info');
  return {
    loaded: { source: { ...raw.source, contentType: toContentType(decoded.text, raw.declaredHtml) }, content: decoded.text, mtime: raw.mtime },
    note: notes.length > 0 ? notes.map((m) => `${raw.label}: ${m.text}`).join('\nnews-extract: ') : null,
    messages,
  };
}

/** What decoding found that the user should know, as record messages (without the source's name). */
export function decodeMessages(d: Decoded): DocMessage[] {
  const out: DocMessage[] = [];
  if (d.ignoredLabel) {
    out.push({ severity: 'info', rule: 'input/unknown-charset', text: `unknown charset "${d.ignoredLabel}" ignored; decoded by sniffing (UTF-8 or windows-1252).` });
  }
  if (d.overruledLabel) {
    out.push({
      severity: 'info',
      rule: 'input/charset-overruled',
      text: `declared charset "${d.overruledLabel}" ignored: the bytes are valid UTF-8, so they were read as UTF-8.`,
    });
  }
  if (d.replaced) {
    const n = d.replaced;
    out.push({
      severity: 'warning',
      rule: 'input/lossy-decode',
      text: `${n} character${n === 1 ? '' : 's'} could not be decoded as ${d.charset} and ${n === 1 ? 'was' : 'were'} replaced with U+FFFD (from ${d.from === 'bom' ? 'the byte-order mark' : d.from === 'http' ? 'the HTTP charset' : d.from === 'meta' ? "the page's declared charset" : 'sniffing'}); the text may be garbled: check the page's encoding.`,
    });
  }
  return out;
}

/** The content type decodeSource would give, from the first bytes only: for the record of an input whose worker
 *  overran before decoding was reported ("a 9 MB text/html page timed out"), without decoding the page here. */
export function sniffContentType(raw: RawSource): 'text/html' | 'text/plain' {
  if (raw.declaredHtml) return 'text/html';
  return toContentType(decodeBytes(raw.bytes.subarray(0, SNIFF_BYTES), { httpCharset: raw.httpCharset }).text, false);
}

/** text/html or text/plain for decoded content, given what the name or server said. */
function toContentType(text: string, declaredHtml: boolean): 'text/html' | 'text/plain' {
  return declaredHtml || looksLikeHtml(text) ? 'text/html' : 'text/plain';
}
