#!/usr/bin/env node
// Shim: runs the compiled CLI with the real process streams and sets the exit code.
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});
// First Ctrl-C: stop taking inputs, write what is done, exit 130. Second: stop at once.
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});
main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  fetch: globalThis.fetch,
  env: process.env,
  signal: interrupt.signal,
}).then(
  (code) => {
    process.exitCode = code;
    // Fetches still under way would keep the process alive after an interrupt: leave once stdout is flushed.
    if (code === 130) process.stdout.write('', () => process.exit(130));
  },
  (err) => {
    process.stderr.write(`news-extract: crashed: ${err?.stack ?? err}\n`);
    process.exitCode = 3;
  },
);
