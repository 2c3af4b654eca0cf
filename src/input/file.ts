// Input stage: reads one local file (optionally gzip-compressed) with size caps, and names the content type.
import { open, stat } from 'node:fs/promises';
import { constants, openSync } from 'node:fs';
import { Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { isGzip } from './decode.js';

/** Raw bytes of a file, after gunzip when it is compressed. */
export interface FileBytes {
  data: Buffer;
  /** Size on disk, before decompression. */
  rawBytes: number;
  mtime: Date;
  /** Extension that decides the content type, without .gz: ".html", ".txt", "" … */
  ext: string;
}

/** File extensions read as HTML; others are sniffed. */
const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];

/** True for an extension that names an HTML file (".htm"). */
export function isHtmlExtension(ext: string): boolean {
  return HTML_EXTENSIONS.includes(ext.toLowerCase());
}

/** The extension that tells the content type: "a/b.html.gz" → ".html". */
export function contentExtension(path: string): string {
  const ext = extname(path).toLowerCase();
  return ext === '.gz' ? extname(path.slice(0, -3)).toLowerCase() : ext;
}

/** Translates a Node file-system error into an InputError with advice (the caller prints the path). */
export function toFileError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('input/not-found', 'no such file or folder; check the path.', { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new InputError('input/permission', "permission denied; check the file's read permission.", { cause: err });
    case 'EISDIR':
      return new InputError('input/is-folder', 'a folder, not a file; pass it as an argument to read the articles in it.', { cause: err });
    default:
      return new InputError('input/read-failed', `cannot read (${code ?? String(err)}).`, { cause: err });
  }
}

/**
 * Reads a file, refusing ones above `maxBytes` before reading them. Gzip data (by magic number, whatever the name) is
 * decompressed with the same cap on the output, so a 10 KB gzip bomb cannot fill memory.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<FileBytes> {
  let data: Buffer;
  let mtime: Date;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.size > maxBytes) throw tooLarge(`the file (${st.size} bytes)`, maxBytes);
    mtime = st.mtime;
    if (st.isCharacterDevice() || st.isBlockDevice()) {
      throw new InputError('input/not-a-file', 'a device, not a file; give a saved article, or - to read standard input.');
    }
    if (st.isFIFO() || st.isSocket()) {
      // A named pipe ("news-extract <(curl …)"): read without blocking, since a blocked open() of a pipe nobody
      // writes to cannot be abandoned and even keeps the process from exiting. No writer reads as empty.
      data = await readPipe(path, maxBytes);
      return finishRead(path, data, mtime, maxBytes);
    }
    // Read at most maxBytes + 1: a file growing while read (a log) is still capped.
    const fh = await open(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        // The first read is sized to the file (one read, no zero-filled megabyte per page); a file still growing
        // is read on in chunks up to the cap.
        const want = chunks.length === 0 ? Math.max(st.size + 1, 1 << 12) : 1 << 20;
        const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
        if (chunk.length === 0) break;
        const { bytesRead } = await fh.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        // a short read of a regular file is its end
        if (bytesRead < chunk.length) break;
      }
      if (total > maxBytes) throw tooLarge('the file (still growing)', maxBytes);
      data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    } finally {
      await fh.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw toFileError(err);
  }
  return finishRead(path, data, mtime, maxBytes);
}

/** Gunzips when the bytes are gzip; a .gz name on other data is an error. */
function finishRead(path: string, data: Buffer, mtime: Date, maxBytes: number): FileBytes {
  const rawBytes = data.length;
  const named = extname(path).toLowerCase() === '.gz';
  if (isGzip(data)) {
    data = gunzipCapped(data, maxBytes);
  } else if (named && data.length > 0) {
    throw new InputError('input/bad-gzip', `named .gz but not gzip data; rename it or compress it with gzip.`);
  }
  return { data, rawBytes, mtime, ext: contentExtension(path) };
}

/** Reads a named pipe or socket through a non-blocking descriptor, capped at maxBytes. */
function readPipe(path: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stream = new Socket({ fd, readable: true, writable: false });
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        stream.destroy();
        reject(tooLarge('the piped input', maxBytes));
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks, total)));
    stream.on('error', reject);
  });
}

/** Gunzips with a cap on the decompressed size (gzip bombs); a truncated or corrupt stream is an input/bad-gzip. */
export function gunzipCapped(data: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('the decompressed content', maxBytes, err);
    throw new InputError('input/bad-gzip', `gzip data is corrupt or truncated (${code ?? 'error'}); download or compress it again.`, {
      cause: err,
    });
  }
}

/** The input/too-large error, with the way out. */
export function tooLarge(what: string, maxBytes: number, cause?: unknown): InputError {
  return new InputError(
    'input/too-large',
    `${what} exceeds the limit of ${maxBytes} bytes; raise --max-bytes if this really is one article.`,
    cause === undefined ? undefined : { cause },
  );
}
