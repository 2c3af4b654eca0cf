// Input stage: the options, I/O handles and source references shared by every input module.
import type { SourceInfo } from '../doc.js';
import type { InputError } from '../errors.js';
import type { PendingState } from './state.js';

export type { PendingState, UrlState } from './state.js';

/** How inputs are read and fetched. Every field has a default in src/defaults.ts. */
export interface InputOptions {
  /** Largest input, bytes, raw and after gunzip (`--max-bytes`); default MAX_INPUT_BYTES (10 MB). */
  maxBytes: number;
  /** Total time for one URL, ms (`--fetch-timeout`): every attempt, redirect and retry wait, but not the waits for a
   *  turn on a busy host; default FETCH_TIMEOUT_MS. */
  fetchTimeoutMs: number;
  /** Time to response headers, ms; default CONNECT_TIMEOUT_MS, never above fetchTimeoutMs. */
  connectTimeoutMs?: number;
  /** `--user-agent`; default USER_AGENT ("news-extract/<version> (+…)"). */
  userAgent?: string;
  /** Extra attempts after a connection error, 429 or 5xx; default FETCH_RETRIES. */
  retries?: number;
  /** First backoff, ms, doubled per attempt with jitter; default RETRY_BASE_DELAY_MS. */
  retryBaseDelayMs?: number;
  /** Longest backoff, ms; default RETRY_MAX_DELAY_MS. */
  retryMaxDelayMs?: number;
  /** Longest Retry-After honoured, ms; a longer one fails the source; default RETRY_AFTER_MAX_MS. */
  retryAfterMaxMs?: number;
  /** Requests in flight per host; default PER_HOST_CONCURRENCY. */
  perHostConcurrency?: number;
  /** Minimum gap between request starts to one host, ms; default POLITENESS_DELAY_MS. */
  politenessDelayMs?: number;
  /** Redirect hops followed; default MAX_REDIRECTS. */
  maxRedirects?: number;
  /** `--state FILE`: remembers ETag, Last-Modified and a content hash per URL; null or absent = off. */
  statePath?: string | null;
}

/** The outside world, injected so tests can fake it (tests/helpers). Pass the same object for a whole run:
 *  the per-host limits and the state file are shared through it. */
export interface InputIO {
  stdin: NodeJS.ReadableStream;
  fetch: typeof fetch;
  stderr: { write(s: string): unknown };
}

/** One thing to read, in input order. */
export interface SourceRef {
  kind: 'file' | 'stdin' | 'url' | 'feed-item';
  /** Path as given (or found in a folder), "-" or the URL. */
  id: string;
  /** Path relative to the folder given (for --out-dir mirroring); a file's base name; "stdin"; host/path for URLs. */
  relPath: string;
  /** For feed items: the feed's URL and the title and date the feed gives the item (ISO, or null). */
  feed?: { url: string; title: string | null; published: string | null };
  /** A problem found while listing (unreadable folder, feed that failed): loadSource throws it, so the batch goes on. */
  error?: InputError;
}

/** What readSource returns: the bytes as read, not yet decoded. decodeSource turns it into a LoadedSource; a batch
 *  does that on its worker, so the main thread only moves bytes (it decodes nothing and holds no page text). */
export interface RawSource {
  /** contentType is null until decoded: it depends on the text ("<!doctype html>" in a .txt file). */
  source: SourceInfo;
  /** Raw bytes after gunzip, BOM included. */
  bytes: Uint8Array;
  /** Charset from the HTTP Content-Type header, or null. */
  httpCharset: string | null;
  /** The name (.html) or the server (text/html, XHTML) said HTML. */
  declaredHtml: boolean;
  /** How notes name the source: "standard input", a path or a URL. */
  label: string;
  /** File modification time, or the server's Last-Modified; null for stdin. */
  mtime: Date | null;
  /** With --state: the URL's new state, to commit (commitState) once its article record is written; else absent. */
  state?: PendingState | null;
}

/**
 * The clock of a time limit on reading one input (--timeout). The input stage stops it while a URL waits for its turn
 * on a busy host (per-host politeness): 8 pages of one site read one after another must not time out for waiting.
 */
export interface ReadClock {
  pause(): void;
  resume(): void;
}

/** What loadSource returns. */
export interface LoadedSource {
  source: SourceInfo;
  /** Decoded text (HTML or plain), BOM removed. */
  content: string;
  /** File modification time, or the server's Last-Modified; null for stdin. */
  mtime: Date | null;
}
