// The command line (cli): options, subcommands and help text, defined with commander.
import { Command, InvalidArgumentError, Option } from 'commander';
import { FETCH_TIMEOUT_MS, INPUT_TIMEOUT_MS, MAX_INPUT_BYTES, TOOL_VERSION } from '../defaults.js';
import { FORMATS, type Format } from '../output/index.js';

/** Parsed options of the main command; each default is in defaults.ts or here. */
export interface CliOptions {
  format?: Format;
  clean: boolean;
  outDir?: string;
  skipExisting: boolean;
  strict: boolean;
  quiet: boolean;
  color: boolean;
  explain: boolean;
  maxBytes: number;
  fetchTimeout: number;
  userAgent?: string;
  urlsFrom?: string;
  feed: string[];
  state?: string;
  jobs?: number;
  timeout?: number;
  unordered: boolean;
}

const EXAMPLES = `
Examples:
  $ news-extract article.html                       one record as JSON (pretty on a terminal)
  $ news-extract --format ndjson saved-pages/ > out.ndjson   a folder, one line per article
  $ curl -s https://example.org/a | news-extract - | jq '.claims[] | {who: .source.text, what: .content}'
  $ news-extract --out-dir records/ saved-pages/    one JSON file per page, mirroring the folder
  $ news-extract --explain article.html             what the cleaner removed, and why
  $ news-extract --urls-from urls.txt --state state.json --format ndjson >> hourly.ndjson   (cron)
  $ news-extract schema > record.schema.json        the JSON Schema of every record

Environment: HTTPS_PROXY / HTTP_PROXY (and NO_PROXY) proxy URLs, feeds and --urls-from lists, as in curl;
             NO_COLOR=1 turns colour off.

Exit codes: 0 every input gave a record; 1 some input failed (or, with --strict, any warning);
            2 usage error, nothing processed; 3 crash (a bug).`;

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a whole number above 0, got ${JSON.stringify(value)}.`);
    return n;
  };
}

/** Longest timer Node.js can set, ms (about 24.8 days): a longer one fires after 1 ms, failing every input at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A time in ms: a whole number above 0, at most MAX_TIMER_MS (refused, not capped: a typo should not pass silently). */
function milliseconds(name: string) {
  const parse = positiveInt(name);
  return (value: string): number => {
    const n = parse(value);
    if (n > MAX_TIMER_MS) throw new InvalidArgumentError(`${name} takes at most ${MAX_TIMER_MS} ms (about 24 days), got ${value}.`);
    return n;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The commander program; `onRun` receives inputs and options, `onSchema` prints the schema. */
export function createProgram(handlers: {
  onRun: (inputs: string[], options: CliOptions) => Promise<void>;
  onSchema: () => Promise<void>;
  /** false when "schema" can only be an input: after "--", "news-extract -- schema" reads a file named schema. */
  schemaCommand?: boolean;
}): Command {
  const program = new Command();
  program
    .name('news-extract')
    .description('Turn news articles into facts a program can use: clean text, actors, places, numbers, dates and attributed claims as JSON.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[inputs...]', 'files (.html .htm .txt, .gz of either), folders, http(s) URLs, or - for stdin (the default)')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal for one input, json for one input, ndjson for several)').choices(FORMATS))
    .option('--no-clean', 'keep the input as it is: no boilerplate removal, plain text verbatim (offsets point into the input)')
    .option('-o, --out-dir <dir>', 'write one <name>.json per input into DIR, mirroring the input folders, each written atomically')
    .option('--skip-existing', 'with --out-dir: skip inputs whose output file is newer than the input (resume after a crash)', false)
    .option('--strict', 'exit 1 on any warning too', false)
    .option('-q, --quiet', 'no summary, warnings or notes on stderr (failures are still reported, and warnings under --strict)', false)
    .option('--no-color', 'no colours, also on a terminal (NO_COLOR works too)')
    .option('--explain', 'show what the cleaner removed from each input and why, instead of the record (no --format)', false)
    .option('--max-bytes <n>', 'largest input read, in bytes', positiveInt('--max-bytes'), MAX_INPUT_BYTES)
    .option(
      '--fetch-timeout <ms>',
      'total time allowed for one URL, retries and their waits included (not waits for a turn on a busy host), in milliseconds, at most 2147483647',
      milliseconds('--fetch-timeout'),
      FETCH_TIMEOUT_MS,
    )
    .option('--user-agent <ua>', 'User-Agent for fetching URLs (default names news-extract and its version)')
    .option('--urls-from <file>', 'read URLs from FILE, one per line (- for stdin; # comments and blanks skipped)')
    .option('--feed <url>', 'an RSS, Atom or news-sitemap feed: each item is an input (repeatable)', collect, [])
    .option('--state <file>', 'for cron: remember ETag/Last-Modified and content hashes per URL; unchanged articles are skipped')
    .option('-j, --jobs <n>', 'inputs processed at once in batches, at most one worker thread per core (default: number of cores)', positiveInt('--jobs'))
    .option(
      '--timeout <ms>',
      `hard time limit per input in milliseconds, at most 2147483647; an input over it becomes an error record (default ${INPUT_TIMEOUT_MS} for batches)`,
      milliseconds('--timeout'),
    )
    .option('--unordered', 'with several inputs: print each record as soon as it is done, not in input order', false)
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run news-extract --help for usage)')
    .action(async (inputs: string[], options: CliOptions) => handlers.onRun(inputs, options));

  if (handlers.schemaCommand === false) return program;
  program
    .command('schema')
    .description('print the JSON Schema of the records (article and error records) and exit')
    .action(async () => handlers.onSchema());

  return program;
}
