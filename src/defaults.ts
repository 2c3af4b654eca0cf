// Every tunable of news-extract, each with the reason for its value.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { version: string };

export const TOOL_NAME = 'news-extract';
/** From package.json, so `--version` and records never disagree with the release. */
export const TOOL_VERSION: string = pkg.version;
/** OUTPUT.md: raised only when a field is renamed, removed or changes meaning. */
export const SCHEMA_VERSION = '1';

// ---- input
/** Largest input read, in bytes (`--max-bytes`): 10 MB holds any real article page with inline assets. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Total time for one URL fetch, ms (`--fetch-timeout`): a news page that takes longer is hanging. */
export const FETCH_TIMEOUT_MS = 20_000;
/** File name endings read from folders; anything else is skipped with a note. */
export const ARTICLE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt', '.html.gz', '.htm.gz', '.txt.gz'];

// ---- text
/** A plain-text first line this short (chars) and not ending in a full stop is the title: "Video: U.S. Opens Corridor…". */
export const MAX_TITLE_CHARS = 200;
