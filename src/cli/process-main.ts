// Runs main() on the real process (cli): streams, environment, Ctrl-C and the exit code. Used by the bin's
// ordinary start and by the start-up snapshot.
import { main } from './main.js';

/** Runs the CLI with these arguments; the process exits with its code once stdout is flushed. */
export function runFromProcess(argv: string[]): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err; // "| head" closed the pipe: main() notices and stops writing
  });
  // First Ctrl-C: stop taking inputs, write what is done, exit 130. Second: stop at once.
  const interrupt = new AbortController();
  process.on('SIGINT', () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
  });
  main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    fetch: globalThis.fetch,
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
