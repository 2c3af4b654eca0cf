// The published record (../shared/OUTPUT.md) as zod schemas: the record types are inferred from them, and
// `news-extract schema` prints them as JSON Schema. Only that command and library users load zod: the pipeline
// and the record builders (output/record.ts) need the types alone. Measured: a start-up snapshot holding zod and
// these schemas and nothing else starts 6 ms later than an empty one; the CLI's snapshot, without them, deserialises
// in 33 ms instead of 39.
import { z } from 'zod';
import { TOOL_NAME, SCHEMA_VERSION } from '../defaults.js';

const nullableString = z.string().nullable();

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const SourceSchema = z.object({
  // "warc" is in the output contract (../shared/OUTPUT.md) for records read from web archives; this version reads none
  kind: z.enum(['file', 'stdin', 'url', 'warc', 'feed-item']),
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
  /** The high end of a range ("between 30 and 40" → 40; value holds the low end); null for one figure. */
  high: z.number().nullable(),
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

/** The JSON Schema of every record a run may print (`news-extract schema`). */
export function toJsonSchema(): unknown {
  return z.toJSONSchema(OutputRecordSchema, { target: 'draft-2020-12' });
}
