// Output stage: the relative file name a record gets under --out-dir, safe on any file system, for cli/run.ts outputPath().
import { createHash } from 'node:crypto';

/** Article extensions replaced by ".json": "a/b.html.gz" → "a/b.json". */
const ARTICLE_EXTENSION = /\.(?:html?|xhtml|txt)(?:\.gz)?$/i;

/**
 * Longest name segment kept as it is, in UTF-8 bytes. File systems allow 255 bytes per name; the room left is for
 * "~" + hash (9) and ".json" (5), with margin for the temp-file suffix writeFileAtomic adds ("<name>.<pid>.<hex>.tmp").
 */
const MAX_NAME_BYTES = 200;

/** Hex digits of the hash added to shortened or capitalised names: 2^32 values, enough within one folder. */
const HASH_CHARS = 8;

/**
 * Characters never kept in a name: control characters (NUL cannot be in a path at all), and the ones Windows forbids
 * (< > : " | ? *), so a folder of records can be copied there. "a\0b" → "a_b".
 */
const UNSAFE_CHAR = /[\u0000-\u001f\u007f<>:"|?*]/g;

/** Windows device names: a file called "con.json" or "nul.json" cannot be created there. */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

const hashOf = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, HASH_CHARS);

/**
 * The record's path under --out-dir, relative, for an input's relPath: "news/A-Story.html" → "news/A-Story~1f2e3d4c.json".
 * What it guarantees, for any relPath (a file name from disk, a URL path, anything a feed lists):
 * - it stays inside the folder: absolute paths lose their root, ".." becomes "__", "\" separates like "/";
 * - every name fits the 255-byte limit: a longer one is cut at a character boundary and given a hash of the
 *   whole name, so two long names sharing their first 200 bytes still get two files;
 * - names that differ only in case never land on one file, also on case-insensitive file systems (macOS, Windows):
 *   a name with any capital letter gets a hash of its exact spelling ("A.html" → "A~…json", "a.html" → "a.json").
 *   Lower-case names, the common case, are kept as they are. Decided so because it is stateless: the same input
 *   always gets the same name, so --skip-existing finds it again in the next run, whatever the input order.
 * `keepExtension` keeps the article extension ("a.txt" → "a.txt.json"): for an input whose plain name another input
 * of the run already took ("a.html" and "a.txt" → "a.json"; cli/run.ts).
 */
export function toOutputRelPath(relPath: string, options: { keepExtension?: boolean } = {}): string {
  const segments = (options.keepExtension ? relPath : relPath.replace(ARTICLE_EXTENSION, ''))
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.');
  if (segments.length === 0) segments.push('_');
  const names = segments.map(toSafeName);
  names[names.length - 1] += '.json';
  return names.join('/');
}

/** One path segment as a safe file or folder name (see toOutputRelPath). */
function toSafeName(segment: string): string {
  let name = segment === '..' ? '__' : segment.replace(UNSAFE_CHAR, '_');
  // Windows drops trailing dots and spaces ("a." and "a" would be one file); a device name needs a prefix.
  name = name.replace(/[. ]+$/, (m) => '_'.repeat(m.length));
  if (DEVICE_NAME.test(name.split('.')[0]!)) name = `_${name}`;
  const capitalised = name !== name.toLowerCase();
  if (!capitalised && Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  let cut = '';
  for (const ch of name) {
    if (Buffer.byteLength(cut) + Buffer.byteLength(ch) > MAX_NAME_BYTES) break;
    cut += ch;
  }
  return `${cut}~${hashOf(segment)}`;
}
