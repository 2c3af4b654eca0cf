// Input stage: reads one local file (optionally gzip-compressed) with size caps, and names the content type.
import { open, stat } from 'node:fs/promises';
import { closeSync, constants, openSync, read } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
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
    case 'ELOOP':
      // "a.html -> a.html", or two links pointing at each other
      return new InputError('input/link-loop', 'a symbolic link that loops back to itself; fix or remove the link.', { cause: err });
    case 'ENXIO':
      // open() of a Unix socket file, or of a device with nothing behind it
      return new InputError(
        'input/not-a-file',
        'a socket or a device with nothing behind it, not a file; save the article to a file, or pipe it in (… | news-extract -).',
        { cause: err },
      );
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
    if (st.isSocket()) throw socketError();
    if (st.isFIFO()) {
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

/** The error for a Unix socket given as a file: it cannot be opened, only connected to. */
function socketError(): InputError {
  return new InputError(
    'input/not-a-file',
    'a Unix socket, not a file; news-extract cannot read from a socket: save the article to a file, or pipe it in (… | news-extract -).',
  );
}

/** How long a named pipe may go without a writer before it is reported: `<(curl …)` has one at once, and a writer
 *  started by hand a few seconds after news-extract is still in time. */
export const PIPE_WRITER_WAIT_MS = 5_000;
/** Pause between polls of a pipe with no data yet; it grows from the first to the last while nothing arrives, so a
 *  busy writer is read at once and an idle one costs a poll every 50 ms. */
const PIPE_POLL_MS = { first: 1, last: 50 };
const readAsync = promisify(read);

/** Reads a named pipe or socket through a non-blocking descriptor, capped at maxBytes. */
async function readPipe(path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of readPipeChunks(path)) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge('the piped input', maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Yields what a named pipe carries ("news-extract <(curl …)", "mkfifo p; producer > p &"), until its writer closes it.
 * Opened without blocking, since a blocked open() of a pipe nobody writes to cannot be abandoned and keeps the process
 * from exiting; and polled rather than waited on, since Linux never wakes a reader of a pipe that has had no writer.
 * A read that says "no data yet" (EAGAIN) proves a writer; "end" (0 bytes) before any writer showed up means none
 * yet, and after PIPE_WRITER_WAIT_MS of that the pipe is reported as one nobody writes to (input/no-writer).
 */
export async function* readPipeChunks(path: string, writerWaitMs = PIPE_WRITER_WAIT_MS): AsyncGenerator<Buffer> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const started = Date.now();
    let sawWriter = false;
    let pause = PIPE_POLL_MS.first;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 16);
      let bytesRead: number;
      try {
        ({ bytesRead } = await readAsync(fd, buf, 0, buf.length, null));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        sawWriter = true;
        await sleep(pause);
        pause = Math.min(pause * 2, PIPE_POLL_MS.last);
        continue;
      }
      if (bytesRead > 0) {
        sawWriter = true;
        pause = PIPE_POLL_MS.first;
        yield buf.subarray(0, bytesRead);
        continue;
      }
      if (sawWriter) return;
      if (Date.now() - started >= writerWaitMs) {
        throw new InputError(
          'input/no-writer',
          `a named pipe (FIFO) that nobody writes to: no data and no writer for ${writerWaitMs / 1000} s; start the program that writes to it first, or pipe its output in (… | news-extract -).`,
        );
      }
      await sleep(pause);
      pause = Math.min(pause * 2, PIPE_POLL_MS.last);
    }
  } finally {
    closeSync(fd);
  }
}

/** Gunzips with a cap on the decompressed size (gzip bombs); a truncated or corrupt stream is an input/bad-gzip. */
export function gunzipCapped(data: Buffer, maxBytes: number): Buffer {
  // zlib refuses a maxOutputLength above the largest Buffer (4 GiB on 64-bit Node) with ERR_OUT_OF_RANGE, which read
  // as "corrupt" for every .gz under --max-bytes 5G: no output can be larger than that anyway.
  const limit = Math.min(maxBytes, bufferConstants.MAX_LENGTH);
  try {
    return gunzipSync(data, { maxOutputLength: limit });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('the decompressed content', limit, err);
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
