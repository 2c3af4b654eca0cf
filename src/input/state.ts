// Input stage: the --state file, so cron runs only re-read pages that changed (ETag, Last-Modified, content hash).
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { STATE_MAX_AGE_DAYS } from '../defaults.js';
import { InputError, UsageError } from '../errors.js';
import { toUrlKey, toUrlKeyFast } from './url-key.js';

/** What is remembered about one URL. */
export interface UrlState {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the body bytes, hex: the same bytes again are skipped before any extraction. */
  hash: string | null;
  /**
   * sha256 of the article its record was made of (title, date, text: hashArticle), hex; null or absent until a record
   * of the page is written (files written before it existed lack it). A page whose bytes changed but whose article did
   * not (a CSP nonce, a timestamp in a script, a "most read" box, a comment count) is skipped on this.
   */
  articleHash?: string | null;
  /** ISO time the URL was last fetched or found unchanged; entries older than STATE_MAX_AGE_DAYS are forgotten. */
  fetchedAt: string;
}

/**
 * A URL's state as fetched, not yet remembered: the fetch hands it on with the page, and the run commits it once the
 * page's article record is written. A page that then fails (extract/timeout, a full disk, Ctrl-C) is fetched again next
 * run instead of being skipped as "unchanged" for good. Plain data: it crosses to the worker thread with the bytes.
 */
export interface PendingState {
  /** The URL as given, normalised (toUrlKey): the key of the state file. */
  key: string;
  entry: UrlState;
  /** The article hash an earlier run wrote a record of, or null: settleState compares the new record's with it. */
  previousArticleHash: string | null;
}

interface StateFile {
  /** Raised when the layout changes; a file with another version is refused, never overwritten. */
  version: 1;
  urls: Record<string, UrlState>;
}

/** Hash used to tell whether a page changed when the server sends no validators. */
export function hashBody(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Hash of what a page's record is made of: its title, publication date and cleaned text. Two fetches of one article
 * whose HTML differs only around it (a nonce, a timestamp, ad slot ids, a "most read" box) hash the same.
 */
export function hashArticle(article: { title: string | null; published: string | null; text: string }): string {
  return createHash('sha256').update(JSON.stringify([article.title, article.published, article.text])).digest('hex');
}

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** True for a well-formed entry; anything else in the file is dropped rather than trusted. */
function isUrlState(v: unknown): v is UrlState {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.fetchedAt === 'string' &&
    isStringOrNull(s.etag) &&
    isStringOrNull(s.lastModified) &&
    isStringOrNull(s.hash) &&
    (s.articleHash === undefined || isStringOrNull(s.articleHash))
  );
}

/** The start of a state file this program wrote (any version): a file that starts so but does not parse is ours, damaged. */
const OWN_FILE_START = /^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"urls"\s*:/;

/**
 * Parses a state file's text: the entries; or, when it is not a version-1 state file, what it looks like, so that
 * the file is never overwritten. `{"version":1,"urls":[]}` is not one: an array there would be kept and written back
 * as "[]", losing every entry of every later run.
 */
function parseStateText(text: string): ParsedState | { not: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { not: OWN_FILE_START.test(text) ? 'damaged' : describeText(text) };
  }
  const { version, urls } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<StateFile>;
  if (version !== 1 || typeof urls !== 'object' || urls === null || Array.isArray(urls)) {
    // {"version":1,"urls":[]}: our layout, broken by hand
    return { not: version === 1 && urls !== undefined ? 'damaged' : describeJson(parsed) };
  }
  const out = new Map<string, UrlState>();
  let dropped = 0;
  for (const url of Object.keys(urls)) {
    const entry = urls[url];
    if (isUrlState(entry)) out.set(url, entry);
    else dropped++;
  }
  return { urls: out, lines: toLineCache(text, out), dropped };
}

interface ParsedState {
  urls: Map<string, UrlState>;
  /** Entries as written in the file (one a line, see StateStore.save), reused as they are when the file is saved. */
  lines: Map<string, string>;
  dropped: number;
}

/** Entries written at a time by StateStore.save: ~200 KB. */
const STATE_WRITE_CHUNK = 1000;

/** Start of the state file as StateStore.save writes it: then each following line is one entry. */
const LINE_LAYOUT_START = '{"version":1,"urls":{\n';

/**
 * The file's lines by key, when it is laid out one entry a line: saving 100,000 entries then costs a join, not a
 * JSON.stringify of each (a second of the main thread, per save). A line whose key is not where expected is left out
 * (serialised again when saved).
 */
function toLineCache(text: string, urls: Map<string, UrlState>): Map<string, string> {
  const cache = new Map<string, string>();
  if (!text.startsWith(LINE_LAYOUT_START)) return cache;
  const lines = text.split('\n');
  let i = 1;
  for (const key of urls.keys()) {
    let line = lines[i++];
    if (line === undefined) break;
    if (line.endsWith(',')) line = line.slice(0, -1);
    const literal = JSON.stringify(key);
    if (line.length > literal.length && line.startsWith(literal) && line.charCodeAt(literal.length) === 58 /* : */) cache.set(key, line);
  }
  return cache;
}

/** What a JSON value that is not a state file looks like, for the refusal: "a JSON array of 12 items". */
function describeJson(v: unknown): string {
  if (Array.isArray(v)) return `a JSON array of ${v.length} item${v.length === 1 ? '' : 's'}${v.length && isRecordLike(v[0]) ? ' (news-extract records, -f json)' : ''}`;
  if (isRecordLike(v)) return 'a news-extract record (-f json output)';
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if ('version' in o && 'urls' in o) return `a state file of another version (${JSON.stringify(o.version)}) of news-extract; a newer news-extract may read it`;
    const keys = Object.keys(o);
    return keys.length ? `a JSON object with the keys ${keys.slice(0, 4).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 4 ? ', …' : ''}` : 'an empty JSON object';
  }
  return `a JSON ${v === null ? 'null' : typeof v}`;
}

function isRecordLike(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'schemaVersion' in v && ('article' in v || 'error' in v);
}

/** What a file that is not JSON looks like: ndjson records, JSON lines, binary data, or text (its first line). */
function describeText(text: string): string {
  const lines = text.split('\n', 3).filter((l) => l.trim() !== '');
  const jsonLines = lines.map((l) => {
    try {
      return JSON.parse(l) as unknown;
    } catch {
      return undefined;
    }
  });
  if (lines.length && jsonLines.every((j) => j !== undefined)) {
    return jsonLines.some(isRecordLike) ? 'news-extract records, one a line (-f ndjson output)' : 'JSON lines';
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 1024))) return 'binary data';
  const first = (lines[0] ?? '').trim();
  return `text starting "${first.length > 40 ? `${first.slice(0, 40)}…` : first}"`;
}

/** The oldest fetchedAt kept, as an ISO string (they compare as strings): STATE_MAX_AGE_DAYS before now. */
function cutoff(): string {
  return new Date(Date.now() - STATE_MAX_AGE_DAYS * 86_400_000).toISOString();
}

/** Identity of the file as last read or written: unchanged, it need not be read again before a save. */
type FileStamp = { ino: number; size: number; mtimeMs: number } | null;
const sameStamp = (a: FileStamp, b: FileStamp) => a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * The state of one run. Loaded once; entries are committed one by one (after their record is written) and saved
 * through a temp file and rename, so a run killed at any moment leaves either the old or the new file. Before a save
 * the file is read again only when another run has written it since (its size, time or inode changed), and then the
 * newer entry per URL is kept, so two runs sharing the file do not drop each other's entries. Entries not seen for
 * STATE_MAX_AGE_DAYS are dropped.
 */
export class StateStore {
  private urls = new Map<string, UrlState>();
  /** Entries as last written ("key":{…}), for the keys not changed since. */
  private lines = new Map<string, string>();
  private loaded: Promise<void> | null = null;
  private saving: Promise<void> | null = null;
  private dirty = false;
  /** The file as this run last read or wrote it. */
  private stamp: FileStamp = null;

  constructor(
    readonly path: string,
    private readonly warn: (s: string) => void,
  ) {}

  /**
   * Loads the file once; a missing or empty file is an empty state, a damaged state file is kept as FILE.bad and
   * replaced. Any other file (records given by mistake, `-f ndjson > state.json`) is a UsageError and left alone, as is
   * a folder that does not exist or cannot be written: found before any page is fetched, not after each one.
   */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      await this.checkFolder();
      const read = await this.read().catch((err: unknown) => {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EISDIR') throw new UsageError(`--state ${this.path} is a folder; give a file name (it is made when missing).`);
        throw new UsageError(`cannot read the state file ${this.path} (${code}); check --state.`, { cause: err });
      });
      if (!read || read.text.trim() === '') return;
      const parsed = parseStateText(read.text);
      if ('not' in parsed) {
        if (parsed.not !== 'damaged') {
          throw new UsageError(
            `--state ${this.path} is not a news-extract state file: it holds ${parsed.not}. It was left as it is; give another path for --state, or delete the file if it is not needed.`,
          );
        }
        // A state file cut short (a full disk under an older version): kept for a look, and the run starts afresh.
        await rename(this.path, `${this.path}.bad`).catch(() => undefined);
        this.warn(`the state file ${this.path} is damaged; it was moved to ${this.path}.bad and every page will be fetched again`);
        return;
      }
      this.stamp = read.stamp;
      if (parsed.dropped) this.warn(`the state file ${this.path} has ${parsed.dropped} malformed entr${parsed.dropped === 1 ? 'y' : 'ies'}; they are dropped`);
      this.merge(parsed);
    })();
    return this.loaded;
  }

  /** The file's text and stamp, or null when there is none. */
  private async read(): Promise<{ text: string; stamp: FileStamp } | null> {
    let fh;
    try {
      fh = await open(this.path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const st = await fh.stat();
      if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      return { text: await fh.readFile('utf8'), stamp: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } };
    } finally {
      await fh.close();
    }
  }

  /** Takes in entries of the file (keys normalised, the newer entry per URL, the forgotten ones left out). */
  private merge(file: ParsedState): void {
    const oldest = cutoff();
    for (const [raw, theirs] of file.urls) {
      if (theirs.fetchedAt < oldest) continue;
      const key = toUrlKeyFast(raw);
      const ours = this.urls.get(key);
      if (ours && theirs.fetchedAt <= ours.fetchedAt) continue;
      this.urls.set(key, theirs);
      const line = key === raw ? file.lines.get(raw) : undefined;
      if (line === undefined) this.lines.delete(key);
      else this.lines.set(key, line);
    }
  }

  private async checkFolder(): Promise<void> {
    const dir = dirname(this.path);
    const st = await stat(dir).catch(() => null);
    if (!st?.isDirectory()) {
      throw new UsageError(`--state ${this.path}: the folder ${dir} does not exist; create it first or give another path.`);
    }
    try {
      await access(dir, constants.W_OK);
    } catch {
      throw new UsageError(`--state ${this.path}: the folder ${dir} cannot be written; give a path in a folder you can write.`);
    }
  }

  /** What is remembered of a URL ("HTTP://Host/a#x" and "http://host/a" are one URL), or null. */
  get(url: string): UrlState | null {
    return this.urls.get(toUrlKey(url)) ?? null;
  }

  /**
   * Remembers a URL's state and saves the file. Saves are never concurrent: commits made while one runs are written
   * together by the next. The promise rejects with input/state when the file cannot be written.
   */
  commit(url: string, state: UrlState): Promise<void> {
    const key = toUrlKey(url);
    const known = this.urls.get(key);
    // another run sharing the file may have saved a newer one (its own fetch of the page, merged in)
    if (!known || state.fetchedAt >= known.fetchedAt) {
      this.urls.set(key, state);
      this.lines.delete(key);
    }
    this.dirty = true;
    this.saving ??= this.saveLoop().finally(() => (this.saving = null));
    return this.saving;
  }

  /** Waits for the saves under way (end of run, Ctrl-C). */
  async flush(): Promise<void> {
    // A failed save has been reported to the commits that asked for it.
    while (this.saving) await this.saving.catch(() => undefined);
  }

  private async saveLoop(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      await this.save();
    }
  }

  /** Merges with the file when another run has saved since, drops forgotten entries and writes the result atomically. */
  private async save(): Promise<void> {
    const now = await stat(this.path).then((st) => ({ ino: st.ino, size: st.size, mtimeMs: st.mtimeMs }), () => null);
    if (now !== null && !sameStamp(now, this.stamp)) {
      const current = await this.read().catch(() => null);
      const parsed = current ? parseStateText(current.text) : null;
      if (parsed && !('not' in parsed)) this.merge(parsed);
    }
    const oldest = cutoff();
    for (const [key, entry] of this.urls) {
      if (entry.fetchedAt >= oldest) continue;
      this.urls.delete(key);
      this.lines.delete(key);
    }
    await this.write(this.chunks());
  }

  /**
   * The file's text in pieces of STATE_WRITE_CHUNK entries, one entry a line, unchanged entries as read: 100,000
   * entries are written without serialising each again, and without a 20 MB string (and its buffer) per save.
   */
  private *chunks(): Generator<string> {
    yield LINE_LAYOUT_START;
    let batch: string[] = [];
    let first = true;
    for (const [key, entry] of this.urls) {
      let line = this.lines.get(key);
      if (line === undefined) {
        line = `${JSON.stringify(key)}:${JSON.stringify(entry)}`;
        this.lines.set(key, line);
      }
      batch.push(line);
      if (batch.length === STATE_WRITE_CHUNK) {
        yield (first ? '' : ',\n') + batch.join(',\n');
        first = false;
        batch = [];
      }
    }
    if (batch.length) yield (first ? '' : ',\n') + batch.join(',\n');
    yield '\n}}\n';
  }

  private async write(chunks: Iterable<string>): Promise<void> {
    const tmp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fh = await open(tmp, 'w');
      try {
        for (const chunk of chunks) await fh.write(chunk, null, 'utf8');
        await fh.sync();
        // the file's identity once renamed into place (a rename keeps inode and mtime)
        const st = await fh.stat();
        this.stamp = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
      } finally {
        await fh.close();
      }
      await rename(tmp, this.path);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw new InputError('input/state', `cannot write the state file ${this.path} (${(err as NodeJS.ErrnoException).code}); check --state and free space.`, {
        cause: err,
      });
    }
  }
}
