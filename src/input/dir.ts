// Input stage: walks a folder recursively in sorted order, yielding article files and noting the files it skips.
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../defaults.js';
import { toFileError } from './file.js';
import type { InputError } from '../errors.js';

/** A file found in a folder, or a sub-folder that could not be read. */
export type WalkEntry = { path: string; relPath: string; error?: undefined } | { path: string; relPath: string; error: InputError };

/** True when the file name ends with one of ARTICLE_EXTENSIONS (case-insensitive: "STORY.HTM"). */
export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** How many skipped names a note lists before "…". */
const SKIPPED_NAMES_SHOWN = 5;

/**
 * Yields article files under `root`, depth first, entries sorted by code point (the same order on every machine and
 * locale, so batch output is deterministic). Hidden entries (".git", ".DS_Store") are passed over silently; other
 * non-article files are counted and named in one note per walk. Symlinked folders are followed once (loops cut).
 */
export async function* walkFolder(root: string, onNote: (text: string) => void): AsyncGenerator<WalkEntry> {
  const skipped: string[] = [];
  const visited = new Set<string>();
  async function* walk(dir: string): AsyncGenerator<WalkEntry> {
    let names: { name: string; isDir: boolean; isFile: boolean }[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      const handle = await opendir(dir);
      names = [];
      for await (const d of handle) {
        let isDir = d.isDirectory();
        let isFile = d.isFile();
        if (d.isSymbolicLink()) {
          const st = await stat(join(dir, d.name)).catch(() => null);
          isDir = st?.isDirectory() ?? false;
          isFile = st?.isFile() ?? false;
        }
        names.push({ name: d.name, isDir, isFile });
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
      } else if (e.isFile && isArticleFile(e.name)) {
        yield { path, relPath: relative(root, path).split(sep).join('/') };
      } else {
        skipped.push(relative(root, path).split(sep).join('/'));
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
