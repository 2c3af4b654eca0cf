// Input stage: expands the command-line arguments into sources (readSources) and reads each one into text (loadSource).
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import type { SourceInfo } from '../doc.js';
import { InputError, UsageError } from '../errors.js';
import { decodeSource, decodeText } from './decode.js';
import { walkFolder } from './dir.js';
import { findFeedLinks, parseFeed } from './feed.js';
import { isHtmlExtension, readFileBytes, toFileError } from './file.js';
import { readStdinBytes } from './stdin.js';
import { readUrlList } from './urls-from.js';
import { fetchUrl, note, parseHttpUrl, redactUrl, stateFor } from './url.js';
import { toUrlKey } from './url-key.js';
import type { InputIO, InputOptions, LoadedSource, PendingState, RawSource, ReadClock, SourceRef } from './types.js';

export type { InputIO, InputOptions, LoadedSource, PendingState, RawSource, ReadClock, SourceRef } from './types.js';
export { decodeSource, sniffContentType } from './decode.js';
export { toUrlKey } from './url-key.js';
export { hashArticle } from './state.js';

/** How deep sitemap indexes are followed: index → sitemap → articles. */
const MAX_FEED_DEPTH = 2;

/** True for an argument that is a URL to fetch rather than a path. */
export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/**
 * A file-system-safe relative path for a URL, for --out-dir mirroring:
 * "https://example.org/news/a-1.html?id=3" → "example.org/news/a-1.html_q3f2a9c1d".
 */
export function toUrlRelPath(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return `invalid/${raw.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100)}`;
  }
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map((s) => safeSegment(decodeSegment(s)));
  if (u.pathname.endsWith('/') || segments.length === 0) segments.push('index');
  let rel = [safeSegment(u.host), ...segments].join('/');
  if (u.search) rel += `_q${createHash('sha256').update(u.search).digest('hex').slice(0, 8)}`;
  return rel;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Longest URL path segment kept as it is, in UTF-8 bytes: file names may have 255 bytes, and ".json" and a hash are added later. */
const MAX_SEGMENT_BYTES = 120;

/**
 * One path segment made safe. A segment over MAX_SEGMENT_BYTES is cut (at a character boundary) and given a hash of
 * the whole segment: two long slugs sharing their first 120 characters stay two files, and 120 CJK characters
 * (360 bytes) no longer make a name the file system refuses.
 */
function safeSegment(s: string): string {
  const safe = s.replace(/[^\p{L}\p{N}._-]+/gu, '_') || '_';
  if (Buffer.byteLength(safe) <= MAX_SEGMENT_BYTES) return safe;
  let cut = '';
  for (const ch of safe) {
    if (Buffer.byteLength(cut + ch) > MAX_SEGMENT_BYTES - 9) break;
    cut += ch;
  }
  return `${cut}~${createHash('sha256').update(s).digest('hex').slice(0, 8)}`;
}

/**
 * Expands arguments lazily, in order: files; folders (recursive, sorted; non-article files skipped with a note);
 * "-" or no arguments at all → stdin; http(s) URLs; then each --urls-from list (one URL a line, "-" = stdin, comments
 * and blanks skipped); then each --feed (RSS, Atom, RDF, news sitemaps, sitemap indexes; a URL or a local file).
 * URLs seen before are dropped. A bad argument is yielded too, with its error for loadSource to throw, so a batch goes on.
 * Throws UsageError (before yielding anything) when stdin is asked for twice.
 */
export async function* readSources(
  args: string[],
  extra: { urlsFrom?: string[]; feeds?: string[] },
  opts: InputOptions,
  io: InputIO,
): AsyncGenerator<SourceRef> {
  const urlsFrom = extra.urlsFrom ?? [];
  const feeds = extra.feeds ?? [];
  const stdinUses = args.filter((a) => a === '-').length + urlsFrom.filter((a) => a === '-').length + feeds.filter((a) => a === '-').length;
  if (stdinUses > 1) throw new UsageError('standard input ("-") can be read only once; give it to one argument or option.');
  // --state in a folder that does not exist, or a folder given as the file: said now, before any page is fetched.
  await stateFor(io, opts);
  const seenUrls = new Set<string>();
  const onNote = (text: string) => note(io, text);

  if (args.length === 0 && urlsFrom.length === 0 && feeds.length === 0) {
    yield { kind: 'stdin', id: '-', relPath: 'stdin' };
    return;
  }
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', id: '-', relPath: 'stdin' };
    } else if (isUrlArgument(arg) || /^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      // "ftp://…" or "file://…" are URLs too: loadSource says only http(s) is fetched, rather than "no such file".
      if (seenUrls.has(toUrlKey(arg))) continue;
      seenUrls.add(toUrlKey(arg));
      yield urlRef('url', arg);
    } else {
      const st = await stat(arg).catch(() => null);
      if (st?.isDirectory()) {
        for await (const entry of walkFolder(arg, onNote)) {
          yield { kind: 'file', id: entry.path, relPath: entry.relPath, ...(entry.error ? { error: entry.error } : {}) };
        }
      } else {
        // Missing files are yielded too: loadSource reports input/not-found for this one and the batch goes on.
        yield { kind: 'file', id: arg, relPath: basename(arg) };
      }
    }
  }
  for (const list of urlsFrom) {
    try {
      for await (const url of readUrlList(list, io.stdin, opts.maxBytes)) {
        if (seenUrls.has(toUrlKey(url))) continue;
        seenUrls.add(toUrlKey(url));
        yield urlRef('url', url);
      }
    } catch (err) {
      const error = err instanceof InputError ? err : toFileError(err);
      yield { kind: 'file', id: list, relPath: basename(list), error };
    }
  }
  for (const feed of feeds) {
    yield* expandFeed(feed, opts, io, seenUrls, 0);
  }
}

/** Refused like fetch would, but before it: a URL's password never reaches a request, a retry, a message or a record. */
const CREDENTIALS = 'the URL holds a user name or password; news-extract does not send credentials.';

/** The ref of a URL to fetch; one holding credentials carries its error and is named without them. */
function urlRef(kind: 'url' | 'feed-item', raw: string, feed?: SourceRef['feed']): SourceRef {
  const id = redactUrl(raw);
  const ref: SourceRef = { kind, id, relPath: toUrlRelPath(id), ...(feed ? { feed } : {}) };
  if (id !== raw) ref.error = new InputError('input/bad-url', CREDENTIALS);
  return ref;
}

/** An item tag of any feed format: RSS/RDF <item>, Atom <entry>, sitemap <url> and sitemap-index <sitemap>. */
const ITEM_TAG = /<(?:[\w-]+:)?(?:item|entry|url|sitemap)[\s>]/i;

/** Yields the items of one feed (following sitemap indexes), or one ref carrying the feed's error. */
async function* expandFeed(
  feed: string,
  opts: InputOptions,
  io: InputIO,
  seenUrls: Set<string>,
  depth: number,
  discovered = false,
): AsyncGenerator<SourceRef> {
  let parsed;
  let swallowed = false;
  let base: string;
  /** A web page given as --feed that names its feed: read that feed instead (once: never a page found from a page). */
  let namedFeed: string | null = null;
  try {
    let bytes: Buffer;
    let charset: string | null = null;
    if (feed === '-') {
      bytes = (await readStdinBytes(io.stdin, opts.maxBytes)).data;
      base = 'stdin:/';
    } else if (isUrlArgument(feed)) {
      const got = await fetchUrl(feed, 'feed', opts, io);
      bytes = got.bytes;
      charset = got.charset;
      base = got.url;
    } else {
      bytes = (await readFileBytes(feed, opts.maxBytes)).data;
      base = feed;
    }
    const { text } = decodeText(bytes, { httpCharset: charset });
    // Relative links in a local feed file cannot be resolved; parseFeed drops them.
    try {
      parsed = parseFeed(text, isUrlArgument(base) ? base : 'file:///');
    } catch (err) {
      // "--feed https://news.example/": the site's home page, which names its feed in a <link rel="alternate">
      const named = err instanceof InputError && err.code === 'input/not-feed' && !discovered ? findFeedLinks(text, isUrlArgument(base) ? base : 'file:///') : [];
      if (named.length === 0) throw err;
      namedFeed = named[0]!;
    }
    // No item read although the XML has item tags: the items were swallowed by broken markup ("<title>Broken" left
    // open before them). A feed with no item tags at all is only empty right now (a news sitemap on a quiet day).
    swallowed = parsed !== undefined && parsed.items.length === 0 && ITEM_TAG.test(text);
  } catch (err) {
    const error =
      err instanceof InputError
        ? err
        : new InputError('input/feed-failed', `cannot read the feed (${(err as Error)?.message ?? String(err)}).`, { cause: err });
    yield feedFailure(feed, error);
    return;
  }
  if (namedFeed !== null || !parsed) {
    note(io, `${redactUrl(feed)} is a web page, not a feed; reading the feed it names: ${redactUrl(namedFeed!)}`);
    // the same depth: the page only pointed to the feed (a sitemap index found this way still has its children read)
    yield* expandFeed(namedFeed!, opts, io, seenUrls, depth, true);
    return;
  }
  const dropped = parsed.dropped
    ? `${parsed.dropped} item${parsed.dropped === 1 ? '' : 's'} without a usable http(s) link (none, a <guid> that is no URL, relative in a local file, or javascript:)`
    : '';
  // A feed that breaks (truncated XML, a new layout, every link unusable) must fail the run, or a cron job under
  // --quiet never learns of it; a well-formed feed with no items is only empty this hour, and says so in a note.
  if (parsed.items.length === 0 && !swallowed && !parsed.dropped) {
    note(io, `${redactUrl(feed)}: the feed lists no articles right now.`);
    return;
  }
  if (parsed.items.length === 0) {
    yield feedFailure(
      feed,
      new InputError('input/feed-empty', `the feed lists no article links${dropped ? `: ${dropped}` : ''}; check that the feed still works (open it in a browser).`),
    );
    return;
  }
  if (dropped) note(io, `${redactUrl(feed)}: ${dropped} left out.`);
  for (const item of parsed.items) {
    if (parsed.format === 'sitemap-index') {
      if (depth + 1 >= MAX_FEED_DEPTH) {
        note(io, `${feed}: sitemap index nested too deep; not following ${item.url}.`);
        continue;
      }
      yield* expandFeed(item.url, opts, io, seenUrls, depth + 1);
      continue;
    }
    if (seenUrls.has(toUrlKey(item.url))) continue;
    seenUrls.add(toUrlKey(item.url));
    yield urlRef('feed-item', item.url, { url: redactUrl(feed), title: item.title, published: item.published });
  }
}

/** A message naming the feed: a network error or timeout of a --feed must not read as if an article page failed. */
function asFeedError(error: InputError): InputError {
  return /\bfeed\b/i.test(error.message) ? error : new InputError(error.code as `input/${string}`, `cannot read the feed: ${error.message}`, { cause: error });
}

/** The one ref a failed feed becomes (named without any password in its URL). */
function feedFailure(feed: string, failure: InputError): SourceRef {
  const error = asFeedError(failure);
  if (!isUrlArgument(feed)) return { kind: 'file', id: feed, relPath: basename(feed), error };
  const id = redactUrl(feed);
  return { kind: 'url', id, relPath: toUrlRelPath(id), error };
}


/**
 * Reads and decodes one source. Throws InputError: input/not-found, input/empty, input/binary, input/too-large,
 * input/bad-gzip, input/bad-url, input/http-status, input/timeout, input/not-html, input/network, input/tls,
 * input/redirect-loop, input/too-many-redirects, input/bad-redirect, input/not-modified (with --state: the page did not
 * change since the last run; the caller should count it as skipped, not failed), input/state.
 */
export async function loadSource(ref: SourceRef, opts: InputOptions, io: InputIO): Promise<LoadedSource> {
  const { loaded, note: charsetNote } = decodeSource(await readSource(ref, opts, io));
  if (charsetNote) note(io, charsetNote);
  return loaded;
}

/** Reads one source's bytes (loadSource without the decoding); throws the same errors but input/empty and input/binary
 *  for content that is only found out by decoding. */
export async function readSource(ref: SourceRef, opts: InputOptions, io: InputIO, clock?: ReadClock): Promise<RawSource> {
  if (ref.error) throw ref.error;
  const base: SourceInfo = { kind: ref.kind, id: ref.id, url: null, fetchedAt: null, contentType: null, bytes: null };
  if (ref.feed) base.feed = ref.feed;

  if (ref.kind === 'stdin') {
    const { data, rawBytes } = await readStdinBytes(io.stdin, opts.maxBytes);
    return { source: { ...base, bytes: rawBytes }, bytes: data, httpCharset: null, declaredHtml: false, label: 'standard input', mtime: null };
  }

  if (ref.kind === 'file') {
    const file = await readFileBytes(ref.id, opts.maxBytes);
    return { source: { ...base, bytes: file.rawBytes }, bytes: file.data, httpCharset: null, declaredHtml: isHtmlExtension(file.ext), label: ref.id, mtime: file.mtime };
  }

  parseHttpUrl(ref.id);
  const got = await fetchUrl(ref.id, 'page', opts, io, clock);
  return {
    state: got.state,
    source: { ...base, url: got.url, fetchedAt: got.fetchedAt, bytes: got.bytes.length },
    bytes: got.bytes,
    httpCharset: got.charset,
    declaredHtml: got.mediaType === 'text/html' || got.mediaType === 'application/xhtml+xml',
    label: ref.id,
    mtime: got.lastModified,
  };
}

/**
 * With --state: remembers a URL's new state (RawSource.state) once its article record has been written, and saves the
 * file. Rejects with input/state when the file cannot be written. A page that failed, timed out, was interrupted or
 * could not be written is never committed, so the next run fetches it again.
 */
export async function commitState(pending: PendingState, opts: InputOptions, io: InputIO): Promise<void> {
  const store = await stateFor(io, opts);
  await store?.commit(pending.key, pending.entry);
}

/**
 * With --state, once a page's record is made (before it is written): the entry to commit, holding the record's
 * article hash (hashArticle), and whether that article is the one an earlier run already wrote a record of. Such a
 * record is left out, counted as unchanged, and its entry committed at once: the page's bytes changed (a nonce, a
 * timestamp, a "most read" box) but its article did not, and printing it again would duplicate it downstream.
 */
export function settleState(pending: PendingState, articleHash: string): { state: PendingState; unchanged: boolean } {
  return { state: { ...pending, entry: { ...pending.entry, articleHash } }, unchanged: pending.previousArticleHash === articleHash };
}

/** With --state: waits until every committed entry is saved (end of the run, Ctrl-C). */
export async function flushState(opts: InputOptions, io: InputIO): Promise<void> {
  const store = await stateFor(io, opts).catch(() => null);
  await store?.flush();
}
