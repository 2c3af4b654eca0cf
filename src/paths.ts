// Where the package's own files are (models, package.json, the worker script), from one place.
// Every path is resolved against PACKAGE_ROOT, so the code runs the same from dist/, from the sources (tests)
// and from the single-file bundle of the start-up snapshot (dist/snapshot/), where import.meta.url of each
// module no longer points to its own file.

/** The package's root folder: this module sits one level below it, in src/ or dist/. */
export const PACKAGE_ROOT: URL = new URL('../', import.meta.url);

/** A file of the package by its path from the root: `packageFile('models/ner.json')`. */
export function packageFile(relative: string): URL {
  return new URL(relative, PACKAGE_ROOT);
}
