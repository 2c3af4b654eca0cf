#!/usr/bin/env node
// Shim: starts the CLI. One input runs from the start-up snapshot when there is one (a child process: about 1 s
// faster than loading the NLP); everything else runs main() here with the real process streams.
import { spawn } from 'node:child_process';
import { findSnapshot, isSingleInputRun } from '../dist/cli/launch.js';

const argv = process.argv.slice(2);
const blob = isSingleInputRun(argv) ? findSnapshot(process.env) : null;

if (blob) {
  const child = spawn(process.execPath, ['--snapshot-blob', blob, '--', ...argv], { stdio: 'inherit' });
  // Ctrl-C reaches the child from the terminal; a signal sent to this process alone is passed on.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 3);
  });
  child.on('error', (err) => {
    process.stderr.write(`news-extract: could not start: ${err.message}\n`);
    process.exitCode = 3;
  });
} else {
  const { main } = await import('../dist/cli/main.js');
  process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
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
    (err) => {
      process.stderr.write(`news-extract: crashed: ${err?.stack ?? err}\n`);
      process.exitCode = 3;
    },
  );
}
