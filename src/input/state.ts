// Input stage: the --state file, so cron runs only re-read pages that changed (ETag, Last-Modified, content hash).
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError, UsageError } from '../errors.js';

/** What is remembered about one URL. */
export interface UrlState {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the body bytes, hex. */
  hash: string | null;
  /** ISO time of the last successful fetch. */
  fetchedAt: string;
}

/**
 * A URL's state as fetched, not yet remembered: the fetch hands it on with the page, and the run commits it once the
 * page's article record is written. A page that then fails (extract/timeout, a full disk, Ctrl-C) is fetched again next
 * run instead of being skipped as "unchanged" for good. Plain data: it crosses to the worker thread with the bytes.
 */
export interface PendingState {
  /** The URL as given (the key of the state file). */
  key: string;
  entry: UrlState;
}

interface StateFile {
  /** Raised when the layout changes; a file with another version is ignored and rewritten. */
  version: 1;
  urls: Record<string, UrlState>;
}

/** Hash used to tell whether a page changed when the server sends no validators. */
export function hashBody(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** True for a well-formed entry; anything else in the file is dropped rather than trusted. */
function isUrlState(v: unknown): v is UrlState {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return typeof s.fetchedAt === 'string' && isStringOrNull(s.etag) && isStringOrNull(s.lastModified) && isStringOrNull(s.hash);
}

/**
 * Parses a state file's text: the entries, or null when it is not a state file at all. `{"version":1,"urls":[]}` is
 * not one: an array there would be kept and written back as "[]", losing every entry of every later run.
 */
function parseStateText(text: string): { urls: Record<string, UrlState>; dropped: number } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { version, urls } = parsed as Partial<StateFile>;
  if (version !== 1 || typeof urls !== 'object' || urls === null || Array.isArray(urls)) return null;
  const out: Record<string, UrlState> = {};
  let dropped = 0;
  for (const [url, entry] of Object.entries(urls)) {
    if (isUrlState(entry)) out[url] = entry;
    else dropped++;
  }
  return { urls: out, dropped };
}

/**
 * The state of one run. Loaded once; entries are committed one by one (after their record is written) and saved
 * through a temp file and rename, so a run killed at any moment leaves either the old or the new file. Each save
 * re-reads the file and keeps the newer entry per URL, so two runs sharing the file do not drop each other's entries.
 */
export class StateStore {
  private urls: Record<string, UrlState> = Object.create(null) as Record<string, UrlState>;
  private loaded: Promise<void> | null = null;
  private saving: Promise<void> | null = null;
  private dirty = false;

  constructor(
    readonly path: string,
    private readonly warn: (s: string) => void,
  ) {}

  /**
   * Loads the file once; a missing file is an empty state, a corrupt one is reported and replaced. A folder that does
   * not exist or cannot be written is a UsageError: found before any page is fetched, not after each one.
   */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      await this.checkFolder();
      let text: string;
      try {
        text = await readFile(this.path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return;
        if (code === 'EISDIR') throw new UsageError(`--state ${this.path} is a folder; give a file name (it is made when missing).`);
        throw new UsageError(`cannot read the state file ${this.path} (${code}); check --state.`, { cause: err });
      }
      const parsed = parseStateText(text);
      if (!parsed) {
        this.warn(`the state file ${this.path} is not a news-extract state file; starting afresh (it will be overwritten)`);
        return;
      }
      if (parsed.dropped) this.warn(`the state file ${this.path} has ${parsed.dropped} malformed entr${parsed.dropped === 1 ? 'y' : 'ies'}; they are dropped`);
      Object.assign(this.urls, parsed.urls);
    })();
    return this.loaded;
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

  get(url: string): UrlState | null {
    return Object.hasOwn(this.urls, url) ? this.urls[url] : null;
  }

  /**
   * Remembers a URL's state and saves the file. Saves are never concurrent: commits made while one runs are written
   * together by the next. The promise rejects with input/state when the file cannot be written.
   */
  commit(url: string, state: UrlState): Promise<void> {
    this.urls[url] = state;
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

  /** Merges with the file as it is now (another run may have saved since) and writes the result atomically. */
  private async save(): Promise<void> {
    const current = await readFile(this.path, 'utf8').then(parseStateText, () => null);
    for (const [url, theirs] of Object.entries(current?.urls ?? {})) {
      const ours = this.get(url);
      if (!ours || theirs.fetchedAt > ours.fetchedAt) this.urls[url] = theirs;
    }
    await this.write(JSON.stringify({ version: 1, urls: { ...this.urls } } satisfies StateFile, null, 1) + '\n');
  }

  private async write(text: string): Promise<void> {
    const tmp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fh = await open(tmp, 'w');
      try {
        await fh.writeFile(text, 'utf8');
        await fh.sync();
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
