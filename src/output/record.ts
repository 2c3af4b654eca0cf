// The published record (../shared/OUTPUT.md): toRecord() and toErrorRecord() build it. Its types come from the
// zod schemas of output/schema.ts, as types only: building a record needs no zod.
import type { NewsDoc } from '../doc.js';
import { TOOL_NAME, TOOL_VERSION, SCHEMA_VERSION } from '../defaults.js';
import type { ArticleRecord, ErrorRecord, OutputRecord } from './schema.js';

export type { ArticleRecord, ErrorRecord, OutputRecord } from './schema.js';

/** True for an error record. */
export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return 'error' in r;
}

const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start || ((a as { end?: number }).end ?? 0) - ((b as { end?: number }).end ?? 0);
const firstStart = (x: { mentions: { start: number }[] }) => (x.mentions.length ? x.mentions[0]!.start : Infinity);

/** What is published for a document: an explicit copy, sorted by first offset, never the internal object. */
export function toRecord(doc: NewsDoc): ArticleRecord {
  const e = doc.entities;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    source: { ...doc.source, feed: doc.source.feed ?? undefined },
    article: {
      title: doc.meta.title,
      authors: [...doc.meta.authors],
      published: doc.meta.published,
      site: doc.meta.site,
      language: doc.meta.language,
      canonicalUrl: doc.meta.canonicalUrl,
      text: doc.text,
      paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end })),
      removed: doc.removed.map((r) => ({ kind: r.kind, rule: r.rule, text: r.text })),
    },
    actors: [...e.actors].sort((a, b) => firstStart(a) - firstStart(b)).map((a) => ({ ...a, mentions: [...a.mentions].sort(byStart) })),
    places: [...e.places].sort((a, b) => firstStart(a) - firstStart(b)).map((p) => ({ ...p, mentions: [...p.mentions].sort(byStart) })),
    numbers: [...e.numbers].sort(byStart),
    dates: [...e.dates].sort(byStart),
    claims: [...e.claims].sort(byStart),
    messages: doc.messages.map((m) => ({ severity: m.severity, rule: m.rule, text: m.text })),
  };
}

/** The record printed for an input that failed. */
export function toErrorRecord(source: { kind: ArticleRecord['source']['kind']; id: string } & Partial<ArticleRecord['source']>, code: string, message: string): ErrorRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    source: { url: null, fetchedAt: null, contentType: null, bytes: null, ...source },
    error: { code, message },
  };
}
