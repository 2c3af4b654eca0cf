#!/usr/bin/env node
// Shim: starts the CLI. One input runs from the start-up snapshot when there is one (a child process: about 1 s
// faster than loading the NLP); everything else runs main() here with the real process streams, from the one-file
// bundle of dist/ when it is current (quicker to load than dist/'s modules one by one).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { findBundle, findSnapshot, isSingleInputRun } from '../dist/cli/launch.js';

const argv = process.argv.slice(2);
const snapshot = isSingleInputRun(argv) ? findSnapshot(process.env) : null;

if (snapshot) {
  const child = spawn(process.execPath, [...snapshot.flags, '--snapshot-blob', snapshot.blob, '--', ...argv], { stdio: 'inherit' });
  // Signals are passed on, so 'kill -INT <pid>' from a script stops the child too. A terminal Ctrl-C then reaches the
  // child twice (directly and passed on), which for one input ends it as one would: exit 130, nothing half-written.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 3);
  });
  child.on('error', (err) => {
    process.stderr.write(`news-extract: could not start: ${err.message}\n`);
    process.exitCode = 3;
  });
} else {
  const bundle = findBundle('cli.cjs', process.env);
  const { runFromProcess } = bundle ? createRequire(import.meta.url)(bundle.pathname) : await import('../dist/cli/process-main.js');
  runFromProcess(argv);
}
