// Library API: run the whole pipeline (decode → clean → text → extract) on content already read, and re-export public types.
import type { SourceInfo } from './doc.js';
import { processDocument, type PipelineOptions } from './pipeline.js';
import { toRecord, type ArticleRecord } from './output/record.js';
import { decodeSource, looksLikeHtml } from './input/decode.js';

export type * from './doc.js';
export type { ArticleRecord, ErrorRecord, OutputRecord } from './output/record.js';
export { toRecord, toErrorRecord } from './output/record.js';
export { toJsonSchema, OutputRecordSchema, ArticleRecordSchema, ErrorRecordSchema } from './output/schema.js';
export { processDocument, type PipelineOptions } from './pipeline.js';
export { NewsExtractError, InputError, UsageError, InternalError } from './errors.js';

/** Options of `extract`. */
export interface ExtractOptions extends PipelineOptions {
  /** `source.id` of the record; default the URL, else "-". */
  id?: string;
  /** Where the page came from: `source.url`, and `source.kind` "url"; default none. */
  url?: string;
  /**
   * For bytes only: the charset the server declared (the `charset` of its Content-Type header), which, as in the
   * command line, wins over the page's own `<meta charset>`; default none (byte-order mark, `<meta charset>`, then
   * sniffing between UTF-8 and windows-1252).
   */
  charset?: string | null;
}

/**
 * Extract from a page: a string, or its bytes as read from a file or the network. Bytes are decoded as the command line
 * decodes them (byte-order mark, `options.charset`, `<meta charset>`, sniffing; gzip is not undone), and the record
 * carries the same decoding messages: `input/lossy-decode` when bytes could not be decoded, `input/unknown-charset`,
 * `input/charset-overruled`. HTML when it looks like HTML, else plain text. Returns the published record; throws an
 * InputError (`input/empty`, `input/binary`) for bytes that are no text, as the command line makes them error records.
 */
export function extract(content: string | Uint8Array, options: ExtractOptions = {}): ArticleRecord {
  const source: SourceInfo = {
    kind: options.url ? 'url' : 'stdin',
    id: options.id ?? options.url ?? '-',
    url: options.url ?? null,
    fetchedAt: null,
    contentType: null,
    bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength,
  };
  const pipeline: PipelineOptions = { clean: options.clean, now: options.now };
  if (typeof content === 'string') {
    // already text: nothing to decode, so no decoding messages ("\ufffd" in a string may be the page's own)
    const doc = processDocument({ ...source, contentType: looksLikeHtml(content) ? 'text/html' : 'text/plain' }, content, pipeline);
    return toRecord(doc);
  }
  const { loaded, messages } = decodeSource({ source, bytes: content, httpCharset: options.charset ?? null, declaredHtml: false, label: source.id, mtime: null });
  const doc = processDocument(loaded.source, loaded.content, pipeline);
  doc.messages.unshift(...messages); // what decoding found, before the stages' own, as in the command line's records
  return toRecord(doc);
}
