// Input stage: fetches one http(s) URL robustly: timeouts, manual redirects, streamed size cap, retries, per-host limits, --state.
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../errors.js';
import {
  CONNECT_TIMEOUT_MS,
  FETCH_RETRIES,
  MAX_REDIRECTS,
  PER_HOST_CONCURRENCY,
  POLITENESS_DELAY_MS,
  RETRY_AFTER_MAX_MS,
  RETRY_BASE_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  USER_AGENT,
} from '../defaults.js';
import { HostLimiter, backoffDelay, isRetryableNetworkCode, isRetryableStatus, parseRetryAfter } from './fetch-policy.js';
import { StateStore, hashBody } from './state.js';
import { tooLarge } from './file.js';
import { parseContentTypeCharset } from './decode.js';
import type { InputIO, InputOptions } from './types.js';

/** What a fetch is for: an article page or a feed/sitemap; decides Accept and the content types allowed. */
export type FetchPurpose = 'page' | 'feed';

/** A successful fetch. */
export interface FetchedBody {
  /** Final URL after redirects. */
  url: string;
  /** Body after HTTP content decoding (gzip/deflate/br), capped at maxBytes. */
  bytes: Buffer;
  /** Media type without parameters ("text/html"), or null when the server sent none. */
  mediaType: string | null;
  /** charset parameter of Content-Type, or null. */
  charset: string | null;
  fetchedAt: string;
  lastModified: Date | null;
}

/**
 * Media types accepted per purpose. "sniff" types carry no information (or are commonly wrong) and are decided by the
 * body, as for files: a CMS sending "application/octet-stream" for an HTML page is still read.
 */
const MEDIA_TYPES: { purpose: FetchPurpose; type: string; accept: 'yes' | 'sniff' }[] = [
  { purpose: 'page', type: 'text/html', accept: 'yes' },
  { purpose: 'page', type: 'application/xhtml+xml', accept: 'yes' },
  { purpose: 'page', type: 'text/plain', accept: 'yes' },
  { purpose: 'page', type: 'application/octet-stream', accept: 'sniff' },
  { purpose: 'page', type: 'binary/octet-stream', accept: 'sniff' },
  { purpose: 'page', type: 'application/xml', accept: 'sniff' },
  { purpose: 'page', type: 'text/xml', accept: 'sniff' },
  { purpose: 'feed', type: 'application/rss+xml', accept: 'yes' },
  { purpose: 'feed', type: 'application/atom+xml', accept: 'yes' },
  { purpose: 'feed', type: 'application/rdf+xml', accept: 'yes' },
  { purpose: 'feed', type: 'application/xml', accept: 'yes' },
  { purpose: 'feed', type: 'text/xml', accept: 'yes' },
  // Many servers send feeds as text/html or text/plain; the parser decides.
  { purpose: 'feed', type: 'text/html', accept: 'sniff' },
  { purpose: 'feed', type: 'text/plain', accept: 'sniff' },
  { purpose: 'feed', type: 'application/octet-stream', accept: 'sniff' },
];

const ACCEPT_HEADERS: Record<FetchPurpose, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
};

/** Advice per HTTP status, so the message says what to do: 403 often means the site blocks scripts. */
const STATUS_ADVICE: { status: number; advice: string }[] = [
  { status: 400, advice: 'the server rejected the request; check the URL' },
  { status: 401, advice: 'the page needs a login; save it from a browser and pass the file' },
  { status: 403, advice: 'the server refused access; the site may block automated clients (save the page from a browser, or try --user-agent)' },
  { status: 404, advice: 'the page does not exist; check the URL' },
  { status: 410, advice: 'the page was removed' },
  { status: 429, advice: 'the server is rate-limiting; try again later or fetch fewer pages at once' },
  { status: 451, advice: 'the page is blocked for legal reasons in this location' },
];

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** Per-run shared resources, keyed by the InputIO object of the run. */
interface RunResources {
  limiter: HostLimiter;
  states: Map<string, StateStore>;
}
const runs = new WeakMap<InputIO, RunResources>();

function resources(io: InputIO, opts: InputOptions): RunResources {
  let r = runs.get(io);
  if (!r) {
    r = {
      limiter: new HostLimiter(opts.perHostConcurrency ?? PER_HOST_CONCURRENCY, opts.politenessDelayMs ?? POLITENESS_DELAY_MS),
      states: new Map(),
    };
    runs.set(io, r);
  }
  return r;
}

/** The run's state store for `--state`, loaded once; null when --state is off. */
export async function stateFor(io: InputIO, opts: InputOptions): Promise<StateStore | null> {
  if (!opts.statePath) return null;
  const r = resources(io, opts);
  let s = r.states.get(opts.statePath);
  if (!s) {
    s = new StateStore(opts.statePath, (msg) => note(io, msg));
    r.states.set(opts.statePath, s);
  }
  await s.load();
  return s;
}

/** Writes a one-line note to stderr (never stdout: that carries data). */
export function note(io: InputIO, text: string): void {
  io.stderr.write(`news-extract: ${text}\n`);
}

/** Parses an http(s) URL or throws input/bad-url. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (err) {
    throw new InputError('input/bad-url', `not a valid URL; URLs start with http:// or https://.`, { cause: err });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError('input/bad-url', `a ${url.protocol} URL; only http:// and https:// are fetched.`);
  }
  // fetch refuses "https://user:secret@host/" anyway; saying so here keeps the secret out of retries and logs.
  if (url.username || url.password) {
    throw new InputError('input/bad-url', 'the URL holds a user name or password; news-extract does not send credentials.');
  }
  return url;
}

/** Thrown inside an attempt when another attempt may succeed. */
class RetryableFailure extends Error {
  constructor(
    readonly failure: InputError,
    /** Server-requested wait (Retry-After), ms, or null. */
    readonly retryAfterMs: number | null,
  ) {
    super(failure.message);
  }
}

/** Abort reason marking which timer fired. */
class TimeoutReason extends Error {
  constructor(readonly which: 'connect' | 'total', readonly ms: number) {
    super(`${which} timeout`);
  }
}

/**
 * Fetches a URL: retries (exponential backoff with jitter, Retry-After honoured up to a cap) on connection errors, 429
 * and 5xx; follows up to MAX_REDIRECTS redirects by hand (loops and non-http targets refused); checks the media type
 * before reading; streams the body with the byte cap. With `--state`, sends If-None-Match / If-Modified-Since and throws
 * input/not-modified on 304 or an unchanged content hash.
 */
export async function fetchUrl(rawUrl: string, purpose: FetchPurpose, opts: InputOptions, io: InputIO): Promise<FetchedBody> {
  const url = parseHttpUrl(rawUrl);
  const state = purpose === 'page' ? await stateFor(io, opts) : null;
  const remembered = state?.get(rawUrl) ?? null;
  const retries = Math.max(0, opts.retries ?? FETCH_RETRIES);
  for (let attempt = 0; ; attempt++) {
    try {
      const body = await fetchAttempt(url, purpose, opts, io, remembered);
      if (state) {
        const hash = hashBody(body.bytes);
        const unchanged = remembered?.hash === hash;
        await state.set(rawUrl, {
          etag: body.etag,
          lastModified: body.lastModifiedHeader,
          hash,
          fetchedAt: body.fetchedAt,
        });
        if (unchanged) {
          throw new InputError('input/not-modified', 'unchanged since the last run (same content); skipped.');
        }
      }
      return body;
    } catch (err) {
      if (!(err instanceof RetryableFailure)) throw err;
      if (attempt >= retries) throw err.failure;
      const cap = opts.retryAfterMaxMs ?? RETRY_AFTER_MAX_MS;
      if (err.retryAfterMs !== null && err.retryAfterMs > cap) {
        throw new InputError(
          err.failure.code as `input/${string}`,
          `${err.failure.message} The server asked to wait ${Math.round(err.retryAfterMs / 1000)} s, more than ${Math.round(cap / 1000)} s; try again later.`,
          { cause: err.failure },
        );
      }
      const backoff = backoffDelay(attempt, opts.retryBaseDelayMs ?? RETRY_BASE_DELAY_MS, opts.retryMaxDelayMs ?? RETRY_MAX_DELAY_MS);
      const wait = Math.max(backoff, err.retryAfterMs ?? 0);
      note(io, `${rawUrl}: ${err.failure.message} Retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 2} of ${retries + 1}).`);
      await sleep(wait);
    }
  }
}

/** One attempt, following redirects. */
async function fetchAttempt(
  start: URL,
  purpose: FetchPurpose,
  opts: InputOptions,
  io: InputIO,
  remembered: { etag: string | null; lastModified: string | null } | null,
): Promise<FetchedBody & { etag: string | null; lastModifiedHeader: string | null }> {
  const { limiter } = resources(io, opts);
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  const seen = new Set<string>([start.href]);
  let current = start;
  let deadline: number | null = null;
  for (let hop = 0; ; hop++) {
    const outcome = await limiter.run(current.host, async () => {
      // The clock starts when the request does, not while queued behind other requests to the host.
      deadline ??= Date.now() + opts.fetchTimeoutMs;
      return requestOnce(current, start, purpose, opts, io, remembered, deadline);
    });
    if (outcome.kind === 'body') return outcome.body;
    if (hop >= maxRedirects) {
      throw new InputError('input/too-many-redirects', `more than ${maxRedirects} redirects; open it in a browser to see where it leads.`);
    }
    let next: URL;
    try {
      next = new URL(outcome.location, current);
    } catch (err) {
      throw new InputError('input/bad-redirect', `${where(current, start)}redirects to an invalid URL "${outcome.location}".`, { cause: err });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new InputError('input/bad-redirect', `${where(current, start)}redirects to a ${next.protocol} URL (${next.href}); only http(s) redirects are followed.`);
    }
    if (seen.has(next.href)) {
      throw new InputError('input/redirect-loop', `redirect loop (${[...seen, next.href].join(' → ')}); the site is misconfigured.`);
    }
    seen.add(next.href);
    current = next;
  }
}

type HopOutcome =
  | { kind: 'redirect'; location: string }
  | { kind: 'body'; body: FetchedBody & { etag: string | null; lastModifiedHeader: string | null } };

/** One HTTP request: headers within the connect timeout, the whole within the attempt's deadline. */
async function requestOnce(
  url: URL,
  start: URL,
  purpose: FetchPurpose,
  opts: InputOptions,
  io: InputIO,
  remembered: { etag: string | null; lastModified: string | null } | null,
  deadline: number,
): Promise<HopOutcome> {
  const ac = new AbortController();
  const totalMs = Math.max(1, deadline - Date.now());
  const connectMs = Math.min(opts.connectTimeoutMs ?? CONNECT_TIMEOUT_MS, totalMs);
  // Both limits can end before the server has answered (--fetch-timeout 2000 under the 10 s connect limit): the
  // message then says "no response", not "the download took longer", which would send the user after a slow site.
  let answered = false;
  const totalTimer = setTimeout(() => ac.abort(new TimeoutReason(answered ? 'total' : 'connect', opts.fetchTimeoutMs)), totalMs);
  const connectTimer = setTimeout(() => ac.abort(new TimeoutReason('connect', connectMs)), connectMs);
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? USER_AGENT,
    accept: ACCEPT_HEADERS[purpose],
    'accept-encoding': 'gzip, deflate, br',
  };
  if (remembered?.etag) headers['if-none-match'] = remembered.etag;
  if (remembered?.lastModified) headers['if-modified-since'] = remembered.lastModified;
  const conditional = Boolean(remembered?.etag || remembered?.lastModified);
  try {
    let res: Response;
    try {
      res = await io.fetch(url.href, { headers, redirect: 'manual', signal: ac.signal });
      answered = true;
    } finally {
      clearTimeout(connectTimer);
    }
    const fetchedAt = new Date().toISOString();
    if (REDIRECT_STATUSES.includes(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      if (!location) throw new InputError('input/bad-redirect', `${where(url, start)}answered HTTP ${res.status}, a redirect without a Location header.`);
      return { kind: 'redirect', location };
    }
    if (res.status === 304 && conditional) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('input/not-modified', 'unchanged since the last run (HTTP 304); skipped.');
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      const advice = STATUS_ADVICE.find((s) => s.status === res.status)?.advice ?? (res.status >= 500 ? 'the server failed; try again later' : 'the server refused the request');
      const failure = new InputError('input/http-status', `${where(url, start)}HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}: ${advice}.`);
      if (isRetryableStatus(res.status)) throw new RetryableFailure(failure, parseRetryAfter(res.headers.get('retry-after')));
      throw failure;
    }
    const contentType = res.headers.get('content-type');
    const mediaType = contentType ? contentType.split(';')[0].trim().toLowerCase() || null : null;
    if (mediaType && !MEDIA_TYPES.some((m) => m.purpose === purpose && m.type === mediaType)) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(
        purpose === 'page' ? 'input/not-html' : 'input/not-feed',
        purpose === 'page'
          ? `${where(url, start)}the server sent ${mediaType}, not an HTML or text page; pass the article's web page instead.`
          : `${where(url, start)}the server sent ${mediaType}, not an RSS/Atom feed or sitemap.`,
      );
    }
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw tooLarge(`the body (${length} bytes)`, opts.maxBytes);
    }
    const bytes = await readBodyCapped(res, opts.maxBytes);
    const lastModifiedHeader = res.headers.get('last-modified');
    const lm = lastModifiedHeader ? new Date(lastModifiedHeader) : null;
    return {
      kind: 'body',
      body: {
        url: url.href,
        bytes,
        mediaType,
        charset: parseContentTypeCharset(contentType),
        fetchedAt,
        lastModified: lm && !Number.isNaN(lm.getTime()) ? lm : null,
        etag: res.headers.get('etag'),
        lastModifiedHeader,
      },
    };
  } catch (err) {
    throw toFetchError(err, url, start, ac.signal);
  } finally {
    clearTimeout(totalTimer);
    clearTimeout(connectTimer);
  }
}

/** Reads the body chunk by chunk and stops as soon as it passes maxBytes (a server streaming forever is cut off). */
async function readBodyCapped(res: Response, maxBytes: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge('the body (after decompression)', maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** "at https://b.example/x (after redirects): " when a redirect led elsewhere, else "": the caller prints the URL it gave. */
function where(url: URL, start: URL): string {
  return url.href === start.href ? '' : `at ${url.href} (after redirects): `;
}

/** Codes found along an error's cause chain: fetch wraps the socket error ("fetch failed" → cause ECONNREFUSED). */
function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

/** The deepest cause's message: "bad port" rather than fetch's generic "fetch failed". */
function innermostMessage(err: unknown): string {
  let e: unknown = err;
  let message = String(err);
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof Error && e.message) message = e.message;
    e = (e as { cause?: unknown }).cause;
  }
  return message;
}

/** TLS failures are reported and never retried with certificate checks off. */
function isTlsCode(code: string): boolean {
  return /CERT|SSL|TLS|SELF_SIGNED|ERR_OSSL/.test(code);
}

/** Turns whatever a fetch threw into an InputError (or a RetryableFailure for transient network errors). */
function toFetchError(err: unknown, url: URL, start: URL, signal: AbortSignal): Error {
  const at = where(url, start);
  if (err instanceof InputError || err instanceof RetryableFailure) return err;
  if (signal.aborted && signal.reason instanceof TimeoutReason) {
    const r = signal.reason;
    return r.which === 'connect'
      ? new InputError('input/timeout', `${at}no response within ${r.ms} ms; the server is down or unreachable (raise --fetch-timeout if it is just slow).`, {
          cause: err,
        })
      : new InputError('input/timeout', `${at}the download took longer than ${r.ms} ms; raise --fetch-timeout if the site is slow.`, {
          cause: err,
        });
  }
  const codes = errorCodes(err);
  const tls = codes.find(isTlsCode);
  if (tls) {
    return new InputError(
      'input/tls',
      `${at}TLS/certificate error (${tls}); the connection is not trusted, so it was not read. Check the site's certificate and this machine's clock and CA store.`,
      { cause: err },
    );
  }
  const code = codes.find((c) => c !== 'ERR_INVALID_ARG_TYPE') ?? codes[0];
  if (code === 'ENOTFOUND') {
    return new InputError('input/network', `${at}host ${url.hostname} not found; check the URL and the network.`, { cause: err });
  }
  const failure = new InputError('input/network', `${at}network error (${code ?? innermostMessage(err)}); check the network.`, {
    cause: err,
  });
  // A connection reset halfway through a body, or a bare "fetch failed" without a code, is worth another attempt.
  if (isRetryableNetworkCode(code) || code === undefined) return new RetryableFailure(failure, null);
  return failure;
}
