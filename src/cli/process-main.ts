// Runs main() on the real process (cli): streams, environment, Ctrl-C and the exit code. Used by the bin's
// ordinary start and by the start-up snapshot.
import { main } from './main.js';
import { fetchFromEnv } from '../input/proxy.js';

/** Two SIGINTs closer than this, ms, are the same Ctrl-C delivered twice. */
const SIGINT_REPEAT_MS = 300;

/** Runs the CLI with these arguments; the process exits with its code once stdout is flushed. */
export function runFromProcess(argv: string[]): void {
  // A closed pipe ("| head") or a failed write (a full disk) is handled where the output is written (cli/run.ts:
  // createWriter): it stops the run there; thrown from here it would end the process with a stack trace.
  process.stdout.on('error', () => undefined);
  // Started by the launcher (bin/news-extract.js) with a channel to it: when the launcher is gone, killed at once by
  // a cron job's timeout, say, this process stops at once too instead of running on unseen.
  if (process.channel) {
    process.channel.unref();
    process.on('disconnect', () => process.exit(137));
  }
  // First Ctrl-C: stop taking inputs, write what is done, exit 130. Second: stop at once. Under the launcher's child
  // process a terminal's Ctrl-C arrives twice (from the terminal and passed on by the launcher): two within
  // SIGINT_REPEAT_MS are one.
  const interrupt = new AbortController();
  let firstAt = 0;
  process.on('SIGINT', () => {
    if (!interrupt.signal.aborted) {
      firstAt = Date.now();
      interrupt.abort();
    } else if (Date.now() - firstAt > SIGINT_REPEAT_MS) process.exit(130);
  });
  main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    // through HTTPS_PROXY / HTTP_PROXY when the environment names one (NO_PROXY honoured), as curl does
    fetch: fetchFromEnv(process.env, globalThis.fetch),
    env: process.env,
    signal: interrupt.signal,
  }).then(
    (code) => {
      process.exitCode = code;
      // The run is over: leave once stdout is flushed, even if an abandoned read (a pipe with no writer, a fetch
      // cut short by Ctrl-C) would keep the process waiting.
      process.stdout.write('', () => process.exit(code));
    },
    (err: Error) => {
      process.stderr.write(`news-extract: crashed: ${err?.stack ?? err}\n`);
      process.exitCode = 3;
    },
  );
}
