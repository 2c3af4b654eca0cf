// Library API: run the whole pipeline (clean → text → extract) on content already read, and re-export public types.
import type { SourceInfo } from './doc.js';
import { processDocument, type PipelineOptions } from './pipeline.js';
import { toRecord, type ArticleRecord } from './output/record.js';

export type * from './doc.js';
export type { ArticleRecord, ErrorRecord, OutputRecord } from './output/record.js';
export { toRecord, toErrorRecord } from './output/record.js';
export { toJsonSchema, OutputRecordSchema, ArticleRecordSchema, ErrorRecordSchema } from './output/schema.js';
export { processDocument, type PipelineOptions } from './pipeline.js';
export { NewsExtractError, InputError, UsageError, InternalError } from './errors.js';

/** Extract from a string: HTML when it looks like HTML, else plain text. Returns the published record. */
export function extract(content: string, options: PipelineOptions & { id?: string; url?: string } = {}): ArticleRecord {
  const html = /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content);
  const source: SourceInfo = {
    kind: options.url ? 'url' : 'stdin',
    id: options.id ?? options.url ?? '-',
    url: options.url ?? null,
    fetchedAt: null,
    contentType: html ? 'text/html' : 'text/plain',
    bytes: Buffer.byteLength(content),
  };
  return toRecord(processDocument(source, content, options));
}
