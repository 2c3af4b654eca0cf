// JSON output (output stage): one pretty-printed object for one input, an array streamed element by element for many.
import type { OutputRecord } from './record.js';

/** The record as indented JSON, no trailing newline. */
export function formatJson(record: OutputRecord): string {
  return JSON.stringify(record, null, 2);
}
