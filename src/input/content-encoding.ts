// Input stage: HTTP content decoding (gzip, deflate, br) done here rather than inside fetch, so that a compressed body
// cut short is noticed. fetch decodes leniently, as browsers do: a gzip body that ends halfway (a server or proxy
// closing a connection that announced no length, a truncated pre-compressed file) comes out as the first half of the
// page with no error at all, and would be extracted and remembered in --state as if it were the whole article.
import { constants as bufferConstants } from 'node:buffer';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { tooLarge } from './file.js';

/**
 * Response header that carries the server's Content-Encoding when fetch was kept from decoding the body (the body is
 * then the bytes as sent, for decodeContent). A response without it was decoded by fetch itself (a fetch passed by a
 * library caller, or a coding not listed in CONTENT_CODINGS).
 */
export const KEPT_ENCODING_HEADER = 'x-news-extract-content-encoding';

/** Content codings decoded here; anything else (several codings, zstd) is left to fetch as before. */
const CONTENT_CODINGS: { id: string; names: readonly string[] }[] = [
  { id: 'gzip', names: ['gzip', 'x-gzip'] },
  { id: 'deflate', names: ['deflate'] },
  { id: 'br', names: ['br'] },
];

const CODING_BY_NAME: ReadonlyMap<string, string> = new Map(CONTENT_CODINGS.flatMap((c) => c.names.map((n) => [n, c.id] as const)));

/** The coding decodeContent handles for a Content-Encoding value ("gzip", " GZIP "), or null. */
export function toContentCoding(value: string): string | null {
  return CODING_BY_NAME.get(value.trim().toLowerCase()) ?? null;
}

/** Thrown for a body whose compressed data ends before its end marker: the page arrived cut short. */
export class TruncatedBodyError extends InputError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(
      'input/truncated',
      `the page arrived cut short (${detail}) and was not used; try again later. If it keeps happening, the server or a proxy on the way is ending its responses early.`,
      options,
    );
  }
}

/**
 * The body as the server meant it, from bytes sent with Content-Encoding `coding` (a CONTENT_CODINGS id). Throws
 * input/truncated when the compressed data stops before its end (the connection was closed early), input/bad-encoding
 * when it is not valid data of that coding, input/too-large past `maxBytes`. A gzip or zlib stream whose compressed
 * data is complete but whose checksum trailer is missing is accepted, as browsers and fetch accept it.
 */
export function decodeContent(bytes: Buffer, coding: string, maxBytes: number): Buffer {
  const maxOutputLength = Math.min(maxBytes, bufferConstants.MAX_LENGTH);
  const strict = coding === 'gzip' ? gunzipSync : coding === 'br' ? brotliDecompressSync : isZlibWrapped(bytes) ? inflateSync : inflateRawSync;
  try {
    return strict(bytes, { maxOutputLength });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('the body (after decompression)', maxOutputLength, err);
    if (code !== 'Z_BUF_ERROR') {
      throw new InputError('input/bad-encoding', `the server sent a compressed body that cannot be decompressed (${code ?? 'error'}, Content-Encoding: ${coding}); the fault is on the server, not the network.`, {
        cause: err,
      });
    }
    // "unexpected end of file": the data stops early, or only its checksum trailer (gzip: 8 bytes) is missing
    const deflate = coding === 'gzip' ? bytes.subarray(gzipHeaderLength(bytes)) : coding === 'deflate' && isZlibWrapped(bytes) ? bytes.subarray(2) : null;
    if (deflate) {
      try {
        return inflateRawSync(deflate, { maxOutputLength });
      } catch {
        // the deflate data itself is cut: reported below
      }
    }
    throw new TruncatedBodyError(`its ${coding} data ends early, after ${bytes.length} compressed bytes`, { cause: err });
  }
}

/** A zlib header (RFC 1950): HTTP "deflate" should be zlib-wrapped, but some servers send raw deflate, as fetch allows. */
function isZlibWrapped(bytes: Buffer): boolean {
  return bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}

/** Length of a gzip member's header (RFC 1952: fixed 10 bytes, then optional extra field, name, comment, CRC). */
function gzipHeaderLength(b: Buffer): number {
  const flags = b[3] ?? 0;
  let at = 10;
  if (flags & 4) at += 2 + ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)); // FEXTRA
  if (flags & 8) at = b.indexOf(0, at) + 1 || b.length; // FNAME, zero-terminated
  if (flags & 16) at = b.indexOf(0, at) + 1 || b.length; // FCOMMENT, zero-terminated
  if (flags & 2) at += 2; // FHCRC
  return Math.min(at, b.length);
}

/** The part of undici's Dispatcher that fetch uses (its `dispatcher` option). */
export interface DispatcherLike {
  dispatch(options: unknown, handler: object): boolean;
}

/**
 * Wraps a dispatcher so that fetch leaves the body of a response in a CONTENT_CODINGS coding as sent: its
 * Content-Encoding header reaches fetch renamed KEPT_ENCODING_HEADER, and decodeContent decodes it. Response headers
 * are renamed in both of undici's handler styles (onHeaders with raw headers; onResponseStart with an object).
 */
export function keepContentEncoding(inner: DispatcherLike): DispatcherLike {
  return {
    dispatch(options, handler) {
      const wrapped = new Proxy(handler as Record<string | symbol, unknown>, {
        get(target, key) {
          const value = Reflect.get(target, key);
          if (typeof value !== 'function') return value;
          if (key === 'onHeaders') {
            return (status: number, raw: Buffer[], ...rest: unknown[]) => {
              renameRawEncoding(raw);
              return value.call(target, status, raw, ...rest);
            };
          }
          if (key === 'onResponseStart') {
            return (controller: unknown, status: number, headers: Record<string, string | string[] | undefined>, ...rest: unknown[]) => {
              const coding = typeof headers?.['content-encoding'] === 'string' ? headers['content-encoding'] : null;
              if (coding && toContentCoding(coding)) {
                const { 'content-encoding': _, ...others } = headers;
                headers = { ...others, [KEPT_ENCODING_HEADER]: coding };
              }
              return value.call(target, controller, status, headers, ...rest);
            };
          }
          return value.bind(target);
        },
      });
      return inner.dispatch(options, wrapped);
    },
  };
}

/** Raw headers [name, value, name, value…]: a single Content-Encoding of CONTENT_CODINGS is renamed in place. */
function renameRawEncoding(raw: Buffer[] | string[]): void {
  let at = -1;
  for (let i = 0; i < raw.length; i += 2) {
    if (String(raw[i]).toLowerCase() !== 'content-encoding') continue;
    if (at >= 0) return; // sent twice ("gzip" then "br"): two codings, left to fetch
    at = i;
  }
  if (at < 0 || !toContentCoding(String(raw[at + 1]))) return;
  raw[at] = typeof raw[at] === 'string' ? KEPT_ENCODING_HEADER : (Buffer.from(KEPT_ENCODING_HEADER) as never);
}

/** Where undici, inside Node.js or as a package, keeps the process-wide dispatcher that fetch uses by default. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/**
 * Node.js's own fetch, made to leave compressed bodies to decodeContent (through its default dispatcher). Where that
 * dispatcher cannot be found (another runtime), or the caller gives its own, fetch decodes as before.
 */
export function fetchKeepingEncoding(fetchFn: typeof fetch): typeof fetch {
  const current = () => {
    const d = (globalThis as Record<symbol, DispatcherLike | undefined>)[GLOBAL_DISPATCHER];
    return d && typeof d.dispatch === 'function' ? d : null;
  };
  let kept: { inner: DispatcherLike; outer: DispatcherLike } | null = null;
  // Node.js makes its dispatcher on its first fetch: a data: URL, which goes through no network, makes it appear.
  let started: Promise<unknown> | null = null;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    if (init && 'dispatcher' in init) return fetchFn(input, init);
    if (!current()) await (started ??= fetchFn('data:,').then((r) => r.arrayBuffer(), () => undefined));
    const inner = current();
    if (!inner) return fetchFn(input, init);
    if (kept?.inner !== inner) kept = { inner, outer: keepContentEncoding(inner) };
    return fetchFn(input, { ...init, dispatcher: kept.outer } as RequestInit);
  }) as typeof fetch;
}
