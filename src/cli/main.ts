// Entry point of the command line (cli): parses argv, runs, and sets the exit code; never calls process.exit.
import { CommanderError } from 'commander';
import { NewsExtractError, UsageError } from '../errors.js';
import { createProgram, type CliOptions } from './program.js';
import { createChalk, isColorWanted } from './color.js';
import { runExtract } from './run.js';
import { forTerminal } from './report.js';

interface OutStream {
  /** Text, or UTF-8 bytes (records a worker already serialised). */
  write(s: string | Uint8Array): boolean;
  isTTY?: boolean;
  columns?: number;
  once?(event: 'drain', cb: () => void): unknown;
  on?(event: 'error', cb: (err: NodeJS.ErrnoException) => void): unknown;
}

/** Everything the CLI touches outside itself, so tests can pass fakes. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: OutStream;
  stderr: OutStream;
  fetch: typeof fetch;
  env: Record<string, string | undefined>;
  /**
   * Aborted on a stop signal (SIGINT, SIGTERM, SIGHUP), with the signal's name as its reason: the run stops taking
   * inputs, prints what is done, saves --state for it and returns 128 + the signal's number (130 with any other reason).
   */
  signal?: AbortSignal;
}

/** Options that change nothing in the schema command's output but are harmless there (a habit in scripts). */
const SCHEMA_TOLERATES = new Set(['quiet', 'color']);

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const errColor = createChalk(isColorWanted(io.stderr, io.env, !argv.includes('--no-color')));
  // everything after "--" is an input, "schema" too (commander would still take it for the command)
  const dashdash = argv.indexOf('--');
  const program = createProgram({
    schemaCommand: dashdash < 0 || argv.slice(0, dashdash).includes('schema'),
    onRun: async (inputs: string[], options: CliOptions) => {
      const color = isColorWanted(io.stdout, io.env, options.color);
      exitCode = await runExtract(inputs, options, io, errColor, color);
    },
    onSchema: async () => {
      // "schema --format csv" would print JSON all the same: an option that cannot apply is a usage error
      const given = program.options.map((o) => o.attributeName()).filter((k) => program.getOptionValueSource(k) === 'cli' && !SCHEMA_TOLERATES.has(k));
      if (given.length) throw new UsageError(`the schema command takes no options (got ${given.map((k) => program.options.find((o) => o.attributeName() === k)!.long).join(', ')}); run news-extract schema on its own.`);
      const { toJsonSchema } = await import('../output/schema.js'); // zod is loaded for this command only
      io.stdout.write(JSON.stringify(toJsonSchema(), null, 2) + '\n');
    },
  });
  // the subcommand too: "schema extra" is a usage error (exit 2) printed like the others, not commander's exit 1
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(errColor.red(s)),
    });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with a CommanderError too, but they succeeded.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof NewsExtractError) {
      io.stderr.write(`news-extract: ${forTerminal(err.message)} [${err.code}]\n`);
      return err.exitCode;
    }
    io.stderr.write(`news-extract: crashed: ${(err as Error)?.stack ?? String(err)}\n(this is a bug in news-extract; please report it)\n`);
    return 3;
  }
}
