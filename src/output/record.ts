// The published record (../shared/OUTPUT.md): zod schemas defined once, toRecord() and toErrorRecord() build them.
import { z } from 'zod';
import type { NewsDoc } from '../doc.js';
import { TOOL_NAME, TOOL_VERSION, SCHEMA_VERSION } from '../defaults.js';

const nullableString = z.string().nullable();

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const SourceSchema = z.object({
  kind: z.enum(['file', 'stdin', 'url', 'feed-item']),
  id: z.string(),
  url: nullableString,
  fetchedAt: nullableString,
  contentType: nullableString,
  bytes: z.number().int().nonnegative().nullable(),
  feed: z
    .object({ url: z.string(), title: nullableString, published: nullableString })
    .nullable()
    .optional(),
});

export const ActorSchema = z.object({
  id: z.string(),
  type: z.enum(['person', 'organization']),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.array(MentionSchema),
});

export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(['country', 'region', 'city', 'village', 'facility', 'feature']).nullable(),
  country: nullableString,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  mentions: z.array(MentionSchema),
});

export const NumberSchema = z.object({
  text: z.string(),
  value: z.number(),
  approximate: z.boolean(),
  unit: nullableString,
  counts: nullableString,
  event: nullableString,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  claim: nullableString,
});

export const DateSchema = z.object({
  text: z.string(),
  value: nullableString,
  precision: z.enum(['day', 'month', 'year']).nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ClaimSchema = z.object({
  id: z.string(),
  source: z.object({
    text: z.string(),
    kind: z.enum(['named', 'unnamed', 'pronoun']),
    actor: nullableString,
  }),
  cue: z.string(),
  content: z.string(),
  direct: z.boolean(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  contentStart: z.number().int().nonnegative(),
  contentEnd: z.number().int().nonnegative(),
});

export const MessageSchema = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  rule: z.string(),
  text: z.string(),
});

export const ArticleRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal(TOOL_NAME), version: z.string() }),
  source: SourceSchema,
  article: z.object({
    title: nullableString,
    authors: z.array(z.string()),
    published: nullableString,
    site: nullableString,
    language: nullableString,
    canonicalUrl: nullableString,
    text: z.string(),
    paragraphs: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    removed: z.array(z.object({ kind: z.string(), rule: z.string(), text: z.string() })),
  }),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  numbers: z.array(NumberSchema),
  dates: z.array(DateSchema),
  claims: z.array(ClaimSchema),
  messages: z.array(MessageSchema),
});

export const ErrorRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal(TOOL_NAME), version: z.string() }),
  source: SourceSchema.partial().extend({ kind: SourceSchema.shape.kind, id: z.string() }),
  error: z.object({ code: z.string(), message: z.string() }),
});

/** Either record a run may print. */
export const OutputRecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]);

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type OutputRecord = ArticleRecord | ErrorRecord;

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

/** The JSON Schema of every record a run may print (`news-extract schema`). */
export function toJsonSchema(): unknown {
  return z.toJSONSchema(OutputRecordSchema, { target: 'draft-2020-12' });
}
