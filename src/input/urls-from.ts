// Input stage: reads a list of URLs (--urls-from FILE or "-"), one a line, streaming, skipping comments and blanks.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { toFileError } from './file.js';

/**
 * Parses one line of a URL list: "# comment" and blank lines give null; surrounding spaces and a BOM are dropped.
 * Anything else is returned as is and checked when loaded (a bad line fails on its own, the list goes on).
 */
export function parseUrlLine(line: string): string | null {
  const s = line.replace(/^\ufeff/, '').trim();
  if (s === '' || s.startsWith('#')) return null;
  return s;
}

/** Yields the URLs of a list file, or of `stdin` when `path` is "-", in order. Throws input/not-found etc. for the file. */
export async function* readUrlList(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const stream = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const url = parseUrlLine(line);
      if (url !== null) yield url;
    }
  } catch (err) {
    throw toFileError(err);
  } finally {
    lines.close();
  }
}
