#!/bin/sh
':' /*
# This file is a shell script and the Node.js launcher in one. Run as a command, the shell reads these lines up to the
# first exec; Node.js reads them as a comment. One input goes from here straight to the start-up snapshot, skipping a
# Node.js start (about 50 ms) that would only decide how to start. Anything else, and any doubt, goes to the Node.js
# launcher further down, which decides in full (src/cli/launch.ts: isSingleInputRun); both give the same output.
resolve() { # follows symbolic links: npm's bin folder links to this file
  resolved=$1
  while [ -L "$resolved" ]; do
    link=$(readlink "$resolved")
    case $link in /*) resolved=$link ;; *) resolved=${resolved%/[!/]*}/$link ;; esac
  done
}
resolve "$0"
self=$resolved
dir=${self%/[!/]*}
[ "$dir" = "$self" ] && dir=.
snap=$dir/../dist/snapshot
if [ -z "$NEWS_EXTRACT_NO_SNAPSHOT" ] && [ -f "$snap/meta.sh" ] && [ -f "$snap/news-extract.blob" ]; then
  . "$snap/meta.sh" # snapshot_node, snapshot_exec, snapshot_flags: written with the blob by scripts/bundle.mjs
  # One input: at most one argument that is not an option, not a folder and not the schema command, and only options
  # that never make a batch. Options that take a value are listed, so their value is not counted as an input.
  one=yes inputs=0 value=
  for a in "$@"; do
    if [ -n "$value" ]; then value=; continue; fi
    case $a in
      -f | --format | --max-bytes | --fetch-timeout | --user-agent | --state) value=yes ;;
      --format=?* | --max-bytes=?* | --fetch-timeout=?* | --user-agent=?* | --state=?*) ;;
      --no-clean | --strict | -q | --quiet | --no-color | --explain) ;;
      -) inputs=$((inputs + 1)) ;;
      -* | schema) one= ;;
      *) inputs=$((inputs + 1)); [ -d "$a" ] && one= ;;
    esac
  done
  # the blob loads only in the Node.js binary that wrote it
  if [ -n "$one" ] && [ "$inputs" -le 1 ] && node=$(command -v node) && resolve "$node" && [ "$resolved" = "$snapshot_exec" ] && [ "$(node --version)" = "$snapshot_node" ]; then
    exec node $snapshot_flags --snapshot-blob "$snap/news-extract.blob" -- "$@"
  fi
fi
exec node "$self" "$@"
*/
// Shim: starts the CLI. One input runs from the start-up snapshot when there is one (a child process: about 1 s
// faster than loading the NLP). A batch with a worker on every core runs in a child process started with the V8
// flags it needs (src/cli/launch.ts: batchV8Flags). Everything else runs main() here with the real process streams,
// from the one-file bundle of dist/ when it is current (quicker to load than dist/'s modules one by one).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { batchV8Flags, findBundle, findSnapshot, isSingleInputRun, prestartWorkers } from '../dist/cli/launch.js';

/** Set in the child started with the batch flags, so it does not start another. */
const RELAUNCHED = 'NEWS_EXTRACT_RELAUNCHED';

const argv = process.argv.slice(2);
const snapshot = isSingleInputRun(argv) ? findSnapshot(process.env) : null;
const flags = snapshot || process.env[RELAUNCHED] ? [] : batchV8Flags(argv, os.availableParallelism());

if (snapshot) {
  runChild([...snapshot.flags, '--snapshot-blob', snapshot.blob, '--', ...argv], process.env);
} else if (flags.length > 0) {
  runChild([...flags, fileURLToPath(import.meta.url), ...argv], { ...process.env, [RELAUNCHED]: '1' });
} else {
  // a batch's workers start loading the NLP now, while the CLI itself loads
  prestartWorkers(argv, os.availableParallelism(), process.env);
  const bundle = findBundle('cli.cjs', process.env);
  const { runFromProcess } = bundle ? createRequire(import.meta.url)(bundle.pathname) : await import('../dist/cli/process-main.js');
  runFromProcess(argv);
}

/** Runs node with these arguments on this process's streams and exits with its code. */
function runChild(args, env) {
  // the 'ipc' channel closes when this process dies, however it dies: the child then stops too
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  // Signals are passed on, so 'kill -INT <pid>' from a script stops the child too. A terminal's Ctrl-C reaches the
  // child twice (directly and passed on); the child counts two within a moment as one (cli/process-main.ts).
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  // a child ended by a signal exits as a shell reports it: 128 + the signal's number (SIGINT 130, SIGTERM 143)
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (os.constants.signals[signal] ?? 0);
  });
  child.on('error', (err) => {
    process.stderr.write(`news-extract: could not start: ${err.message}\n`);
    process.exitCode = 3;
  });
}
