// Library API: run the whole pipeline (clean → text → extract) on content already read, and re-export public types.
import { createDoc, type NewsDoc, type SourceInfo } from './doc.js';
import { cleanDoc } from './clean/index.js';
import { buildText } from './text/index.js';
import { extractEntities } from './extract/index.js';
import { toRecord, type ArticleRecord } from './output/record.js';

export type * from './doc.js';
export type { ArticleRecord, ErrorRecord, OutputRecord } from './output/record.js';
export { toRecord, toErrorRecord, toJsonSchema, OutputRecordSchema, ArticleRecordSchema, ErrorRecordSchema } from './output/record.js';
export { NewsExtractError, InputError, UsageError, InternalError } from './errors.js';

export interface PipelineOptions {
  /** Default true; false = --no-clean: no boilerplate removal, plain text kept verbatim. */
  clean?: boolean;
  /** File mtime or fetch time: published dates after it are rejected, relative dates resolve against it when no published date. */
  now?: Date | null;
}

/** Clean, build the text and extract entities for one source whose content is already decoded. */
export function processDocument(source: SourceInfo, content: string, options: PipelineOptions = {}): NewsDoc {
  const clean = options.clean ?? true;
  const doc = createDoc(source, content);
  const blocks = cleanDoc(doc, { clean, now: options.now ?? undefined });
  buildText(doc, blocks, { clean });
  extractEntities(doc, { fallbackDate: options.now ?? null });
  return doc;
}

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
