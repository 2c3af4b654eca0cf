// Runs main() on the real process (cli): streams, environment, stop signals (Ctrl-C, SIGTERM, SIGHUP) and the exit
// code. Used by the bin's ordinary start and by the start-up snapshot.
import { main } from './main.js';
import { interruptExitCode } from './run.js';
import { fetchFromEnv } from '../input/proxy.js';
import { fetchKeepingEncoding } from '../input/content-encoding.js';

/**
 * Signals that stop a run gently, as a cron or pipeline user expects: Ctrl-C (SIGINT); `timeout 600 news-extract …`,
 * `kill` and systemd's stop (SIGTERM); a closed terminal or ssh session (SIGHUP). The first stops taking inputs,
 * writes what is done, saves --state for it and exits 128 + the signal's number (130, 143, 129); a second ends at once.
 */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Two stop signals closer than this, ms, are one stop delivered twice: a terminal's Ctrl-C (or `timeout`, which
 * signals its whole process group) reaches the launcher's child process directly and again passed on by the launcher.
 */
const SIGNAL_REPEAT_MS = 300;

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
  // The abort reason is the signal's name: runExtract exits with its code (cli/run.ts: interruptExitCode).
  const interrupt = new AbortController();
  let firstAt = 0;
  const onStop = (signal: NodeJS.Signals) => {
    if (!interrupt.signal.aborted) {
      firstAt = Date.now();
      interrupt.abort(signal);
    } else if (Date.now() - firstAt > SIGNAL_REPEAT_MS) process.exit(interruptExitCode(signal));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onStop);
  main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    // through HTTPS_PROXY / HTTP_PROXY when the environment names one (NO_PROXY honoured), as curl does; compressed
    // bodies are decoded by the input stage, which notices one cut short (input/content-encoding.ts)
    fetch: fetchFromEnv(process.env, fetchKeepingEncoding(globalThis.fetch)),
    env: process.env,
    signal: interrupt.signal,
  }).then(
    (code) => {
      process.exitCode = code;
      // The run is over: leave once stdout is flushed, even if an abandoned read (a pipe with no writer, a fetch
      // cut short by a stop signal) would keep the process waiting.
      process.stdout.write('', () => process.exit(code));
    },
    (err: Error) => {
      process.stderr.write(`news-extract: crashed: ${err?.stack ?? err}\n`);
      process.exitCode = 3;
    },
  );
}
