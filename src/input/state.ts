// Input stage: the --state file, so cron runs only re-read pages that changed (ETag, Last-Modified, content hash).
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** What is remembered about one URL. */
export interface UrlState {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the body bytes, hex. */
  hash: string | null;
  /** ISO time of the last successful fetch. */
  fetchedAt: string;
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

/**
 * The state of one run: loaded once, written after each change through a temp file and rename, so a run killed at any
 * moment leaves either the old or the new file, never half of one.
 */
export class StateStore {
  private urls: Record<string, UrlState> = {};
  private writing: Promise<void> = Promise.resolve();
  private loaded: Promise<void> | null = null;

  constructor(
    readonly path: string,
    private readonly warn: (s: string) => void,
  ) {}

  /** Loads the file once; a missing file is an empty state, a corrupt one is reported and replaced. */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      let text: string;
      try {
        text = await readFile(this.path, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw new InputError('input/state', `cannot read the state file ${this.path} (${(err as NodeJS.ErrnoException).code}); check --state.`, {
          cause: err,
        });
      }
      try {
        const parsed = JSON.parse(text) as Partial<StateFile>;
        if (parsed.version !== 1 || typeof parsed.urls !== 'object' || parsed.urls === null) throw new Error('unknown layout');
        this.urls = parsed.urls;
      } catch {
        this.warn(`the state file ${this.path} is not a news-extract state file; starting afresh (it will be overwritten)`);
      }
    })();
    return this.loaded;
  }

  get(url: string): UrlState | null {
    return Object.hasOwn(this.urls, url) ? this.urls[url] : null;
  }

  /** Records a URL's state and writes the file (writes are queued, never concurrent). */
  set(url: string, state: UrlState): Promise<void> {
    this.urls[url] = state;
    const snapshot = JSON.stringify({ version: 1, urls: this.urls } satisfies StateFile, null, 1) + '\n';
    // A failed write is reported to its caller; the next write still runs.
    this.writing = this.writing.catch(() => undefined).then(() => this.write(snapshot));
    return this.writing;
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
