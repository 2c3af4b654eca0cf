#!/usr/bin/env node
// Shim: runs the compiled CLI with the real process streams and sets the exit code.
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});
main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  fetch: globalThis.fetch,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`news-extract: crashed: ${err?.stack ?? err}\n`);
    process.exitCode = 3;
  },
);
