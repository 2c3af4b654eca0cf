// Input stage: reads standard input (or any byte stream) to the end, with the size cap enforced while reading.
import { fstatSync } from 'node:fs';
import { InputError } from '../errors.js';
import { isGzip } from './decode.js';
import { gunzipCapped, tooLarge } from './file.js';

/**
 * Reads standard input for an article or a feed: refuses a folder redirected into it ("news-extract - < news/" reads
 * as nothing at all, which said "empty (0 bytes)"), and gunzips gzip data with the same cap as a .gz file, so
 * "gzip -c a.html | news-extract -" works like "news-extract a.html.gz". `rawBytes` is the size as read.
 */
export async function readStdinBytes(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ data: Buffer; rawBytes: number }> {
  refuseFolder(stream);
  const raw = await readStreamBytes(stream, maxBytes);
  return { data: isGzip(raw) ? gunzipCapped(raw, maxBytes) : raw, rawBytes: raw.length };
}

/** Throws input/is-folder when standard input is a folder ("news-extract - < news/"), which reads as nothing at all. */
export function refuseFolder(stream: NodeJS.ReadableStream): void {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return;
  let isFolder = false;
  try {
    isFolder = fstatSync(fd).isDirectory();
  } catch {
    // not a descriptor fstat can look at (a closed one): reading says what is wrong
  }
  if (isFolder) {
    throw new InputError(
      'input/is-folder',
      'standard input is a folder ("- < folder"); pass the folder as an argument to read the articles in it: news-extract folder/',
    );
  }
}

/**
 * Reads a Node stream to a Buffer; throws input/too-large as soon as more than `maxBytes` arrived, without
 * waiting for the end (`cat huge.log | news-extract` fails fast).
 */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) {
      // Stop reading so a producer on the other end of the pipe gets EPIPE instead of filling memory.
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooLarge('the input', maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
