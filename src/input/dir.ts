// Input stage: walks a folder recursively in sorted order, yielding article files and noting the files it skips.
import { opendir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../defaults.js';
import { toFileError } from './file.js';
import { InputError } from '../errors.js';

/** A file found in a folder, or a sub-folder that could not be read. */
export type WalkEntry = { path: string; relPath: string; error?: undefined } | { path: string; relPath: string; error: InputError };

/**
 * True when the file name ends with one of ARTICLE_EXTENSIONS (case-insensitive: "STORY.HTM"), or is the gzip of one:
 * "story.xhtml.gz" is read like "story.html.gz", as the README says (".gz of either").
 */
export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  const base = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  return ARTICLE_EXTENSIONS.some((ext) => base.endsWith(ext));
}

/** How many skipped names a note lists before "…". */
const SKIPPED_NAMES_SHOWN = 5;

/**
 * Yields article files under `root`, depth first, entries sorted by code point (the same order on every machine and
 * locale, so batch output is deterministic). Hidden entries (".git", ".DS_Store") are passed over silently; other
 * non-article files are counted and named in one note per walk. Symlinked folders are followed once (loops cut); a
 * broken link named like an article is yielded with its error, so the batch reports it instead of passing it over.
 */
export async function* walkFolder(root: string, onNote: (text: string) => void): AsyncGenerator<WalkEntry> {
  const skipped: string[] = [];
  const visited = new Set<string>();
  async function* walk(dir: string): AsyncGenerator<WalkEntry> {
    let names: { name: string; isDir: boolean; isFile: boolean; broken?: InputError }[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      const handle = await opendir(dir);
      names = [];
      for await (const d of handle) {
        let isDir = d.isDirectory();
        let isFile = d.isFile();
        let broken: InputError | undefined;
        if (d.isSymbolicLink()) {
          const link = join(dir, d.name);
          const st = await stat(link).catch(async (err: unknown) => {
            broken = await brokenLinkError(link, err);
            return null;
          });
          isDir = st?.isDirectory() ?? false;
          isFile = st?.isFile() ?? false;
        }
        names.push({ name: d.name, isDir, isFile, broken });
      }
    } catch (err) {
      yield { path: dir, relPath: relative(root, dir) || '.', error: toFileError(err) };
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of names) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDir) {
        yield* walk(path);
        continue;
      }
      const relPath = relative(root, path).split(sep).join('/');
      if (e.isFile && isArticleFile(e.name)) {
        yield { path, relPath };
      } else if (e.broken && isArticleFile(e.name)) {
        // "story.html -> /mnt/archive/story.html" with the archive gone: an article the user meant, so an error record
        yield { path, relPath, error: e.broken };
      } else {
        skipped.push(relPath);
      }
    }
  }
  yield* walk(root);
  if (skipped.length > 0) {
    const shown = skipped.slice(0, SKIPPED_NAMES_SHOWN).join(', ');
    const more = skipped.length > SKIPPED_NAMES_SHOWN ? `, … (${skipped.length - SKIPPED_NAMES_SHOWN} more)` : '';
    onNote(
      `skipped ${skipped.length} non-article file${skipped.length === 1 ? '' : 's'} in ${root}: ${shown}${more} (read: ${ARTICLE_EXTENSIONS.join(' ')})`,
    );
  }
}

/** The error for a symbolic link whose target cannot be reached, naming the target. */
async function brokenLinkError(link: string, err: unknown): Promise<InputError> {
  const target = await readlink(link).catch(() => null);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code !== 'ENOENT' || target === null) return toFileError(err);
  return new InputError('input/not-found', `a symbolic link to ${target}, which does not exist; fix or remove the link.`, { cause: err });
}
