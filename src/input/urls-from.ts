// Input stage: reads a list of URLs (--urls-from FILE or "-"), one a line, streaming, skipping comments and blanks.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { findBom, sniffUtf16 } from './decode.js';
import { readPipeChunks, toFileError } from './file.js';
import { refuseFolder } from './stdin.js';

/** Longest line of a URL list, in characters: far above any real URL (browsers stop near 64 K too), so a file with
 *  no line breaks (/dev/zero, a binary) fails here instead of being gathered into one string until memory runs out. */
export const MAX_URL_LINE_CHARS = 65_536;

/** Bytes looked at before choosing the list's encoding: a BOM needs 3, telling BOM-less UTF-16 needs a few pairs. */
const LIST_SNIFF_BYTES = 8;

/** Control characters no URL list holds (tab, CR and LF are line layout): a binary file or a mis-decoded one. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A comment after a URL: "#" after white space. A URL holds no raw space, so "…/a # from the newsletter" is a URL and
 *  a comment, while "…/a#comments" (no space) is a URL with its fragment. */
const COMMENT_START = /\s#/;

/**
 * Parses one line of a URL list: "# comment" and blank lines give null; a trailing " # comment", surrounding spaces
 * and a BOM are dropped. Anything else is returned as is and checked when loaded (a bad line fails on its own, the
 * list goes on).
 */
export function parseUrlLine(line: string): string | null {
  let s = line.replace(/^\ufeff/, '');
  const comment = s.search(COMMENT_START);
  if (comment >= 0) s = s.slice(0, comment);
  s = s.trim();
  if (s === '' || s.startsWith('#')) return null;
  return s;
}

/**
 * Yields the URLs of a list file, or of `stdin` when `path` is "-", in order, as lines arrive. The list is decoded
 * like an article's bytes are sniffed: a BOM (UTF-8, UTF-16LE/BE) or BOM-less UTF-16, else UTF-8, so a list saved by
 * Windows PowerShell (`… > urls.txt`: UTF-16LE with BOM and CRLF) reads the same as any other.
 * Throws input/not-found etc. for the file; input/too-large past `maxBytes` (--max-bytes) or a line over
 * MAX_URL_LINE_CHARS; input/binary for control characters; input/no-writer for a named pipe nobody writes to.
 */
export async function* readUrlList(path: string, stdin: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<string> {
  let source: AsyncIterable<Buffer | string>;
  try {
    if (path === '-') refuseFolder(stdin);
    source = path === '-' ? (stdin as AsyncIterable<Buffer | string>) : await openList(path, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : toFileError(err);
  }
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  let head = Buffer.alloc(0);
  let pending = '';
  let total = 0;
  let lineNo = 0;
  // Lines of `text` (with what is left of the previous chunk) that are complete; the rest waits for the next chunk.
  function* lines(text: string, last: boolean): Generator<string> {
    if (CONTROL_CHARS.test(text)) {
      throw new InputError('input/binary', 'binary data (NUL or control characters), not a list of URLs (one a line); check the file.');
    }
    pending += text;
    const parts = pending.split('\n');
    pending = last ? '' : parts.pop()!;
    if (pending.length > MAX_URL_LINE_CHARS) throw lineTooLong(lineNo + 1);
    for (const line of parts) {
      lineNo++;
      if (line.length > MAX_URL_LINE_CHARS) throw lineTooLong(lineNo);
      const url = parseUrlLine(line);
      if (url !== null) yield url;
    }
  }
  try {
    for await (const chunk of source) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buf.length;
      if (total > maxBytes) {
        (source as { destroy?: () => void }).destroy?.();
        throw listTooLarge(maxBytes);
      }
      if (!decoder) {
        head = Buffer.concat([head, buf]);
        if (head.length < LIST_SNIFF_BYTES) continue;
        decoder = iconv.getDecoder(listCharset(head));
        yield* lines(decoder.write(head), false);
        continue;
      }
      yield* lines(decoder.write(buf), false);
    }
    let tail = '';
    if (!decoder) {
      // a list shorter than LIST_SNIFF_BYTES ("a\n"), or empty
      decoder = iconv.getDecoder(listCharset(head));
      tail = decoder.write(head);
    }
    yield* lines(tail + (decoder.end() ?? ''), true);
  } catch (err) {
    throw err instanceof InputError ? err : toFileError(err);
  }
}

/** The encoding of a URL list from its first bytes: a BOM, BOM-less UTF-16, else UTF-8 (iconv-lite drops the BOM). */
function listCharset(head: Buffer): string {
  const bom = findBom(head);
  if (bom && bom.charset.startsWith('utf-32')) {
    throw new InputError('input/binary', 'a UTF-32 text file, which URL lists cannot be; save it as UTF-8.');
  }
  return bom?.charset ?? sniffUtf16(head) ?? 'utf-8';
}

/** A list file as a byte stream: a named pipe is read without blocking (see readPipeChunks); a regular file over the
 *  limit is refused before reading. */
async function openList(path: string, maxBytes: number): Promise<AsyncIterable<Buffer>> {
  const st = await stat(path);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (st.isFile() && st.size > maxBytes) throw listTooLarge(maxBytes);
  if (st.isFIFO()) return readPipeChunks(path);
  if (st.isSocket()) throw Object.assign(new Error('is a socket'), { code: 'ENXIO' });
  return createReadStream(path);
}

function listTooLarge(maxBytes: number): InputError {
  return new InputError('input/too-large', `the URL list exceeds the limit of ${maxBytes} bytes; split it, or raise --max-bytes.`);
}

function lineTooLong(lineNo: number): InputError {
  return new InputError(
    'input/too-large',
    `line ${lineNo} is longer than ${MAX_URL_LINE_CHARS} characters: not a list of URLs (one a line); check the file.`,
  );
}
