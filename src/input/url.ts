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
import { StateStore, hashBody, type PendingState, type UrlState } from './state.js';
import { toUrlKey } from './url-key.js';
import { gunzipCapped, tooLarge } from './file.js';
import { parseContentTypeCharset } from './decode.js';
import { KEPT_ENCODING_HEADER, TruncatedBodyError, decodeContent, toContentCoding } from './content-encoding.js';
import { VIA_PROXY } from './proxy.js';
import type { InputIO, InputOptions, ReadClock } from './types.js';

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
  /** With --state, for pages: the URL's new state, to commit once its record is written; else null. */
  state: PendingState | null;
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
  // a saved page.html.gz served as a file: gunzipped by its magic bytes, then sniffed like any body
  { purpose: 'page', type: 'application/x-gzip', accept: 'sniff' },
  { purpose: 'page', type: 'application/gzip', accept: 'sniff' },
  { purpose: 'feed', type: 'application/rss+xml', accept: 'yes' },
  { purpose: 'feed', type: 'application/atom+xml', accept: 'yes' },
  { purpose: 'feed', type: 'application/rdf+xml', accept: 'yes' },
  { purpose: 'feed', type: 'application/xml', accept: 'yes' },
  { purpose: 'feed', type: 'text/xml', accept: 'yes' },
  // Many servers send feeds as text/html or text/plain; the parser decides.
  { purpose: 'feed', type: 'text/html', accept: 'sniff' },
  { purpose: 'feed', type: 'text/plain', accept: 'sniff' },
  { purpose: 'feed', type: 'application/octet-stream', accept: 'sniff' },
  // A gzipped sitemap (sitemap.xml.gz) as servers label it; the body is gunzipped when it starts with the gzip magic.
  { purpose: 'feed', type: 'application/x-gzip', accept: 'sniff' },
  { purpose: 'feed', type: 'application/gzip', accept: 'sniff' },
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
  // only a proxy answers 407: the one named by HTTP_PROXY / HTTPS_PROXY
  { status: 407, advice: 'the proxy wants a login; put it in the proxy variable (http://user:password@host:port)' },
  { status: 410, advice: 'the page was removed' },
  { status: 429, advice: 'the server is rate-limiting; try again later or fetch fewer pages at once' },
  { status: 451, advice: 'the page is blocked for legal reasons in this location' },
];

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** Per-run shared resources, keyed by the InputIO object of the run. */
interface RunResources {
  limiter: HostLimiter;
  states: Map<string, StateStore>;
  /** Hosts (host:port) that have answered a request this run: a refused connection there may be a restart. */
  answered: Set<string>;
}
const runs = new WeakMap<InputIO, RunResources>();

function resources(io: InputIO, opts: InputOptions): RunResources {
  let r = runs.get(io);
  if (!r) {
    r = {
      limiter: new HostLimiter(opts.perHostConcurrency ?? PER_HOST_CONCURRENCY, opts.politenessDelayMs ?? POLITENESS_DELAY_MS),
      states: new Map(),
      answered: new Set(),
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

/** "http://host:99999/": the port, not the scheme, is what makes it invalid. */
const PORT_IN_URL = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(?:\[[^\]]*\]|[^/?#:]*):(\d+)(?=[/?#]|$)/i;

/** Parses an http(s) URL or throws input/bad-url. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (err) {
    const port = PORT_IN_URL.exec(raw)?.[1];
    if (port !== undefined && Number(port) > 65535) {
      throw new InputError('input/bad-url', `not a valid URL: the port ${port} is out of range (ports go from 1 to 65535).`, { cause: err });
    }
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

/**
 * The URL with any user name and password replaced by "***", for messages and records: a password in a URL (given,
 * or in a redirect) must never reach stderr, an error record or a log.
 */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (!u.username && !u.password) return raw;
    u.username = '';
    u.password = '';
    return u.href.replace('://', '://***@');
  } catch {
    return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@');
  }
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

/** Abort reason marking which timer fired: the connect limit, or the rest of --fetch-timeout (`ms` of `budgetMs`). */
class TimeoutReason extends Error {
  constructor(
    readonly which: 'connect' | 'total',
    readonly answered: boolean,
    readonly ms: number,
    readonly budgetMs: number,
  ) {
    super(`${which} timeout`);
  }
}

/**
 * The --fetch-timeout of one URL: spent by requests, redirects and the waits between retries, not by waits for a
 * turn on the host (16 pages of one site redirecting twice each queue for seconds behind each other: that is not the
 * server being slow).
 */
class FetchBudget {
  private spent = 0;
  constructor(readonly totalMs: number) {}
  spend(ms: number): void {
    this.spent += Math.max(0, ms);
  }
  get leftMs(): number {
    return this.totalMs - this.spent;
  }
}

/**
 * Fetches a URL: retries (exponential backoff with jitter, Retry-After honoured up to a cap) on connection errors, 429
 * and 5xx; follows up to MAX_REDIRECTS redirects by hand (loops, non-http targets and credentials refused); checks the
 * media type before reading; streams the body with the byte cap. The whole, retries and waits included, is bounded by
 * --fetch-timeout; waits for a turn on the host are not counted (and pause `clock`, the caller's own limit). With
 * `--state`, sends If-None-Match / If-Modified-Since and throws input/not-modified on 304 or an unchanged content hash;
 * otherwise the page's new state comes back as `state`, for the caller to commit once the page's record is written.
 */
export async function fetchUrl(rawUrl: string, purpose: FetchPurpose, opts: InputOptions, io: InputIO, clock?: ReadClock): Promise<FetchedBody> {
  const url = parseHttpUrl(rawUrl);
  const state = purpose === 'page' ? await stateFor(io, opts) : null;
  const remembered = state?.get(rawUrl) ?? null;
  const retries = Math.max(0, opts.retries ?? FETCH_RETRIES);
  const budget = new FetchBudget(opts.fetchTimeoutMs);
  // the new entry of a page whose bytes are those remembered
  let unchanged: UrlState | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      const body = await fetchAttempt(url, purpose, opts, io, remembered, budget, clock);
      let pending: PendingState | null = null;
      if (state) {
        const entry: UrlState = {
          etag: body.etag,
          lastModified: body.lastModifiedHeader,
          hash: hashBody(body.bytes),
          articleHash: remembered?.articleHash ?? null,
          fetchedAt: body.fetchedAt,
        };
        if (remembered?.hash === entry.hash) {
          unchanged = entry;
          throw new InputError('input/not-modified', 'unchanged since the last run (same content); skipped.');
        }
        // The article hash is known once the record is made (settleState): until then, none is remembered.
        pending = { key: toUrlKey(rawUrl), entry: { ...entry, articleHash: null }, previousArticleHash: remembered?.articleHash ?? null };
      }
      return { url: body.url, bytes: body.bytes, mediaType: body.mediaType, charset: body.charset, fetchedAt: body.fetchedAt, lastModified: body.lastModified, state: pending };
    } catch (err) {
      if (state && remembered && err instanceof InputError && err.code === 'input/not-modified') {
        // Seen this run (HTTP 304, or the same bytes): remembered as seen now, so the entry is not forgotten after
        // STATE_MAX_AGE_DAYS while the page is still listed; new validators are kept too (a server that now sends an
        // ETag answers 304 next time). A failed save is reported by the run's next commit.
        void state.commit(rawUrl, unchanged ?? { ...remembered, fetchedAt: new Date().toISOString() }).catch(() => undefined);
      }
      if (!(err instanceof RetryableFailure)) throw err;
      if (attempt >= retries) throw err.failure;
      const code = err.failure.code as `input/${string}`;
      const cap = opts.retryAfterMaxMs ?? RETRY_AFTER_MAX_MS;
      const left = budget.leftMs;
      if (err.retryAfterMs !== null && (err.retryAfterMs > cap || err.retryAfterMs >= left)) {
        const limit =
          err.retryAfterMs > cap
            ? `more than the ${seconds(cap)} s news-extract waits`
            : `more than the ${seconds(Math.max(0, left))} s left of --fetch-timeout ${opts.fetchTimeoutMs} ms`;
        throw new InputError(code, `${err.failure.message} The server asked to retry after ${seconds(err.retryAfterMs)} s, ${limit}.`, {
          cause: err.failure,
        });
      }
      const backoff = backoffDelay(attempt, opts.retryBaseDelayMs ?? RETRY_BASE_DELAY_MS, opts.retryMaxDelayMs ?? RETRY_MAX_DELAY_MS);
      const wait = Math.max(backoff, err.retryAfterMs ?? 0);
      if (wait >= left) {
        throw new InputError(
          code,
          `${err.failure.message} No time left for another attempt within --fetch-timeout ${opts.fetchTimeoutMs} ms (${attempt + 1} made); raise --fetch-timeout if the server is just slow.`,
          { cause: err.failure },
        );
      }
      note(io, `${rawUrl}: ${err.failure.message} Retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 2} of ${retries + 1}).`);
      await sleep(wait);
      budget.spend(wait);
    }
  }
}

/** Milliseconds as whole seconds for messages ("50"), one decimal below 10 s ("2.5"). */
function seconds(ms: number): string {
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10);
}

type Fetched = Omit<FetchedBody, 'state'> & { etag: string | null; lastModifiedHeader: string | null };

/** One attempt, following redirects. */
async function fetchAttempt(
  start: URL,
  purpose: FetchPurpose,
  opts: InputOptions,
  io: InputIO,
  remembered: { etag: string | null; lastModified: string | null } | null,
  budget: FetchBudget,
  clock: ReadClock | undefined,
): Promise<Fetched> {
  const { limiter } = resources(io, opts);
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  const seen = new Set<string>([start.href]);
  let current = start;
  for (let hop = 0; ; hop++) {
    const outcome = await limiter.run(
      current.host,
      async () => {
        // Charged from here: the wait for this turn on the host is not the server's time.
        const t0 = Date.now();
        try {
          return await requestOnce(current, start, purpose, opts, io, remembered, budget);
        } finally {
          budget.spend(Date.now() - t0);
        }
      },
      clock,
    );
    if (outcome.kind === 'body') return outcome.body;
    if (hop >= maxRedirects) {
      throw new InputError('input/too-many-redirects', `more than ${maxRedirects} redirects; open it in a browser to see where it leads.`);
    }
    let next: URL;
    try {
      next = new URL(outcome.location, current);
    } catch (err) {
      throw new InputError('input/bad-redirect', `${where(current, start)}redirects to an invalid URL "${redactUrl(outcome.location)}".`, { cause: err });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new InputError('input/bad-redirect', `${where(current, start)}redirects to a ${next.protocol} URL (${redactUrl(next.href)}); only http(s) redirects are followed.`);
    }
    // Refused like credentials on the command line: never sent, never retried, never shown.
    if (next.username || next.password) {
      throw new InputError(
        'input/bad-redirect',
        `${where(current, start)}redirects to a URL holding a user name or password (${redactUrl(next.href)}); news-extract does not send credentials.`,
      );
    }
    if (budget.leftMs <= 0) {
      throw new InputError(
        'input/timeout',
        `--fetch-timeout ${opts.fetchTimeoutMs} ms ran out after ${hop + 1} redirect${hop ? 's' : ''} (now to ${next.href}); raise --fetch-timeout if the site is slow.`,
      );
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
  | { kind: 'body'; body: Fetched };

/** One HTTP request: headers within the connect timeout, the whole within the attempt's deadline. */
async function requestOnce(
  url: URL,
  start: URL,
  purpose: FetchPurpose,
  opts: InputOptions,
  io: InputIO,
  remembered: { etag: string | null; lastModified: string | null } | null,
  budget: FetchBudget,
): Promise<HopOutcome> {
  const ac = new AbortController();
  // Node.js fires a timer above 2^31-1 ms at once: a library caller's huge limit is capped there.
  const totalMs = Math.min(2_147_483_647, Math.max(1, budget.leftMs));
  const connectMs = Math.min(opts.connectTimeoutMs ?? CONNECT_TIMEOUT_MS, totalMs);
  // Both limits can end before the server has answered (--fetch-timeout 2000 under the 10 s connect limit): the
  // message then says "no response", not "the download took longer", which would send the user after a slow site.
  let answered = false;
  let encoding: string | null = null;
  const totalTimer = setTimeout(() => ac.abort(new TimeoutReason('total', answered, totalMs, budget.totalMs)), totalMs);
  const connectTimer = setTimeout(() => ac.abort(new TimeoutReason('connect', false, connectMs, budget.totalMs)), connectMs);
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
      resources(io, opts).answered.add(url.host);
    } finally {
      clearTimeout(connectTimer);
    }
    const fetchedAt = new Date().toISOString();
    if (REDIRECT_STATUSES.includes(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      const raw = res.headers.get('location');
      const location = raw === null ? null : headerUtf8(raw);
      if (!location) throw new InputError('input/bad-redirect', `${where(url, start)}answered HTTP ${res.status}, a redirect without a Location header.`);
      return { kind: 'redirect', location };
    }
    if (res.status === 304 && conditional) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('input/not-modified', 'unchanged since the last run (HTTP 304); skipped.');
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(
        'input/http-status',
        `${where(url, start)}HTTP 304 Not Modified, though the request was not conditional (nothing remembered for this URL); the server is misconfigured.`,
      );
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      let advice = STATUS_ADVICE.find((s) => s.status === res.status)?.advice ?? (res.status >= 500 ? 'the server failed; try again later' : 'the server refused the request');
      // "--feed …/404": the feed, not a page, does not exist
      if (purpose === 'feed') advice = advice.replace(/\bthe page\b/g, 'the feed');
      const failure = new InputError('input/http-status', `${where(url, start)}HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}: ${advice}.`);
      if (isRetryableStatus(res.status)) throw new RetryableFailure(failure, parseRetryAfter(res.headers.get('retry-after')));
      throw failure;
    }
    const contentType = pickContentType(res.headers.get('content-type'));
    const mediaType = contentType ? contentType.split(';')[0].trim().toLowerCase() : null;
    // Left as sent by the CLI's fetch (content-encoding.ts): decoded below, where a body cut short is noticed.
    const kept = res.headers.get(KEPT_ENCODING_HEADER);
    encoding = kept ?? res.headers.get('content-encoding');
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
    // bytes as they came over the wire, unless fetch decoded them: then the announced length is not theirs
    const announced = encoding && !kept ? null : Number.isFinite(length) && res.headers.has('content-length') ? length : null;
    let bytes = await readBodyCapped(res, opts.maxBytes, ac.signal, announced);
    if (kept) {
      const coding = toContentCoding(kept);
      try {
        if (coding) bytes = decodeContent(bytes, coding, opts.maxBytes);
      } catch (err) {
        // the connection was closed early: another attempt may bring the whole page
        if (err instanceof TruncatedBodyError) throw new RetryableFailure(err, null);
        throw err;
      }
    }
    // Gzip data after HTTP decoding: a sitemap.xml.gz served as a file (application/x-gzip, octet-stream), a page.html.gz
    // served as text/html without Content-Encoding, or a page compressed twice (a CMS plugin, then the server). Read
    // as files and stdin are, under the same --max-bytes cap.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipCapped(bytes, opts.maxBytes);
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
    throw toFetchError(err, url, start, ac.signal, encoding, resources(io, opts).answered.has(url.host));
  } finally {
    clearTimeout(totalTimer);
    clearTimeout(connectTimer);
  }
}

/** A media type: "text/html", "application/rss+xml". */
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

/**
 * The Content-Type to go by. A header sent twice ("text/html" and "text/html; charset=utf-8") reaches us joined by
 * fetch as "text/html, text/html; charset=utf-8": the last part that is a media type wins, as in browsers. Null when
 * none is (the body then decides).
 */
export function pickContentType(value: string | null): string | null {
  if (!value) return null;
  const parts = value.split(',');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i].trim();
    if (MEDIA_TYPE.test(part.split(';')[0].trim())) return part;
  }
  return null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A header value as the server meant it. fetch reads header bytes as latin-1, so a raw UTF-8 "Location: /café" comes
 * out as "/cafÃ©"; bytes that form valid UTF-8 are read as UTF-8, as curl and browsers do.
 */
export function headerUtf8(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  try {
    return utf8Strict.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/**
 * Reads the body chunk by chunk and stops as soon as it passes maxBytes (a server streaming forever is cut off). A
 * connection that breaks halfway through the body (fewer bytes than its Content-Length, a chunked body without its
 * last chunk) is input/truncated, retried: the part received is never used as if it were the page. `announced` is
 * the Content-Length when it counts the bytes read here (no decoding by fetch), for the message.
 */
async function readBodyCapped(res: Response, maxBytes: number, signal: AbortSignal, announced: number | null): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (err) {
      // our own limits (--fetch-timeout) abort the read too: toFetchError says which
      if (signal.aborted) throw err;
      // a body that will not decompress is no cut connection
      if (errorCodes(err).some(isDecodeCode)) throw err;
      const got = announced === null ? `${total} bytes` : `${total} of the ${announced} bytes announced`;
      const how = errorCodes(err).includes('ECONNRESET') ? 'the connection was reset' : 'the server closed the connection';
      throw new RetryableFailure(new TruncatedBodyError(`${how} after ${got}`, { cause: err }), null);
    }
    const { done, value } = chunk;
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

/** TLS codes of a server that answered in plain HTTP (https:// to an http port): no certificate is involved. */
const NOT_TLS_CODES = new Set(['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST']);

/** The port a URL connects to: "8080", or the scheme's default. */
function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/** TLS failures are reported and never retried with certificate checks off. */
function isTlsCode(code: string): boolean {
  return /CERT|SSL|TLS|SELF_SIGNED|ERR_OSSL/.test(code);
}

/** Codes of a body that would not decompress: the server sent broken gzip/deflate data (zlib's Z_DATA_ERROR…) or
 *  brotli data (ERR__ERROR_FORMAT_…), or labelled it wrongly ("Content-Encoding: gzip, br" on a gzip body). */
const DECODE_CODE = /^(?:Z_|ERR_ZLIB|ERR_BROTLI|ERR__)/;
function isDecodeCode(code: string): boolean {
  return DECODE_CODE.test(code);
}

/** Turns whatever a fetch threw into an InputError (or a RetryableFailure for transient network errors). */
function toFetchError(err: unknown, url: URL, start: URL, signal: AbortSignal, encoding: string | null, hostAnswered: boolean): Error {
  const at = where(url, start);
  if (err instanceof InputError || err instanceof RetryableFailure) return err;
  if (signal.aborted && signal.reason instanceof TimeoutReason) {
    const r = signal.reason;
    // After earlier attempts or redirects, only the rest of --fetch-timeout was left for this request: say so.
    const limit = r.which === 'total' && r.ms < r.budgetMs ? `the ${r.ms} ms left of --fetch-timeout ${r.budgetMs} ms (earlier attempts and redirects took the rest)` : `${r.ms} ms`;
    return r.which === 'connect' || !r.answered
      ? new InputError('input/timeout', `${at}no response within ${limit}; the server is down or unreachable (raise --fetch-timeout if it is just slow).`, {
          cause: err,
        })
      : new InputError('input/timeout', `${at}the download took longer than ${limit}; raise --fetch-timeout if the site is slow.`, {
          cause: err,
        });
  }
  const codes = errorCodes(err);
  const tls = codes.find(isTlsCode);
  if (tls && NOT_TLS_CODES.has(tls)) {
    // "https://host:8080/" on a plain-HTTP port: OpenSSL reads "HTTP/1.1 400…" as a record of an unknown version
    return new InputError(
      'input/tls',
      `${at}the server does not speak TLS (https) on port ${portOf(url)} (${tls}); nothing is wrong with a certificate: try http:// instead, or check the port.`,
      { cause: err },
    );
  }
  if (tls) {
    return new InputError(
      'input/tls',
      `${at}TLS/certificate error (${tls}); the connection is not trusted, so it was not read. Check the site's certificate and this machine's clock and CA store.`,
      { cause: err },
    );
  }
  const code = codes.find((c) => c !== 'ERR_INVALID_ARG_TYPE') ?? codes[0];
  // fetch refuses the Fetch standard's "bad ports" (1, 25, 6000…) before connecting: no retry will change that
  if (code === undefined && innermostMessage(err) === 'bad port') {
    return new InputError('input/network', `${at}port ${portOf(url)} is one the Fetch standard forbids (kept for mail, X11 and the like); nothing can be fetched from it.`, {
      cause: err,
    });
  }
  if (code === 'ENOTFOUND') {
    return new InputError('input/network', `${at}host ${url.hostname} not found; check the URL and the network.`, { cause: err });
  }
  if (code !== undefined && isDecodeCode(code)) {
    return new InputError(
      'input/bad-encoding',
      `${at}the server sent a compressed body that cannot be decompressed (${code}${encoding ? `, Content-Encoding: ${encoding}` : ''}); the fault is on the server, not the network.`,
      { cause: err },
    );
  }
  if (code === 'UND_ERR_HEADERS_OVERFLOW') {
    return new InputError('input/network', `${at}the server sent response headers too large to accept (${code}); the fault is on the server (often oversized cookies).`, {
      cause: err,
    });
  }
  // through a proxy, the proxy is the first suspect: "ECONNREFUSED" then means the proxy, not the site, is down
  const via = (err as Record<symbol, unknown> | null)?.[VIA_PROXY];
  if (code === 'ECONNREFUSED' && typeof via !== 'string') {
    const refused = new InputError(
      'input/network',
      `${at}connection refused: nothing is listening at ${url.hostname}:${portOf(url)} (the server refused the connection: the site is down, or the port is wrong).`,
      { cause: err },
    );
    // A host that answered earlier in this run may be restarting: worth another attempt. One that never answered
    // has nothing on that port, and three attempts only add the backoff waits.
    return hostAnswered ? new RetryableFailure(refused, null) : refused;
  }
  const check = typeof via === 'string' ? `check the proxy (${via}, from the environment) and the network` : 'check the network';
  const failure = new InputError('input/network', `${at}network error (${code ?? redactUrl(innermostMessage(err))}); ${check}.`, {
    cause: err,
  });
  // A connection reset halfway through a body, or a bare "fetch failed" without a code, is worth another attempt.
  if (isRetryableNetworkCode(code) || code === undefined) return new RetryableFailure(failure, null);
  return failure;
}
