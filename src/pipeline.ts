// The whole pipeline (clean → text → extract) on content already read. The CLI, its workers and the start-up
// snapshot import it from here, not from index.ts: the library entry also exports the zod schemas, which a run
// does not need (output/schema.ts).
import { createDoc, type NewsDoc, type SourceInfo } from './doc.js';
import { cleanDoc } from './clean/index.js';
import { buildText } from './text/index.js';
import { extractEntities } from './extract/index.js';

export interface PipelineOptions {
  /** Default true; false = --no-clean: no boilerplate removal, plain text kept verbatim. */
  clean?: boolean;
  /** File mtime or HTTP Last-Modified: published dates after it are rejected (relative dates never resolve against it: extract/index.ts). */
  now?: Date | null;
}

/** Clean, build the text and extract entities for one source whose content is already decoded. */
export function processDocument(source: SourceInfo, content: string, options: PipelineOptions = {}): NewsDoc {
  const clean = options.clean ?? true;
  const doc = createDoc(source, content);
  const blocks = cleanDoc(doc, { clean, now: options.now ?? undefined });
  buildText(doc, blocks, { clean });
  extractEntities(doc);
  return doc;
}
