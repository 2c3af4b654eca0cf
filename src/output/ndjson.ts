// ndjson output (output stage): one record per line, written as each article finishes.
import type { OutputRecord } from './record.js';

/** One line, ending in "\n". JSON.stringify escapes U+2028/2029 only as data, so lines stay lines. */
export function formatNdjsonLine(record: OutputRecord): string {
  return JSON.stringify(record) + '\n';
}
