#!/bin/sh
':' /*
# This file is a shell script and the Node.js launcher in one. Run as a command, the shell reads these lines up to the
# first exec; Node.js reads them as a comment. The two common cases start from here, each skipping a Node.js start
# (about 50 ms) that would only decide how to start: one input goes straight to the start-up snapshot, and a batch
# with a worker on every core straight to node with its V8 flags. Anything else, and any doubt, goes to the Node.js
# launcher further down, which decides in full (src/cli/launch.ts: isSingleInputRun, batchV8Flags); the output is
# the same either way. A run that fetches nothing also starts without NODE_EXTRA_CA_CERTS (see below).
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
# The command line, read as launch.ts reads it. Options that take a value are listed, so their value is not counted
# as an input. one: nothing that makes a batch; batch: something that needs workers; other: the launcher decides
# (--help, the schema command, an option not listed here).
one=yes batch= other= inputs=0 value= jobs= url= net=
for a in "$@"; do
  if [ "$value" = jobs ]; then jobs=$a value=; continue; fi
  if [ -n "$value" ]; then value=; continue; fi
  case $a in
    -j | --jobs) value=jobs one= ;;
    -j?* | --jobs=*) jobs=${a#-j} jobs=${jobs#--jobs=} one= ;;
    -f | --format | --max-bytes | --fetch-timeout | --user-agent | --state) value=yes ;;
    -o | --out-dir) value=yes one= ;;
    --urls-from | --feed) value=yes one= batch=yes net=yes ;;
    --timeout) value=yes one= batch=yes ;;
    --format=?* | --max-bytes=?* | --fetch-timeout=?* | --user-agent=?* | --state=?*) ;;
    --out-dir=?*) one= ;;
    --urls-from=?* | --feed=?*) one= batch=yes net=yes ;;
    --timeout=?*) one= batch=yes ;;
    --no-clean | --strict | -q | --quiet | --no-color | --explain) ;;
    --skip-existing | --unordered) one= ;;
    -) inputs=$((inputs + 1)) ;;
    [hH][tT][tT][pP]://* | [hH][tT][tT][pP][sS]://*) inputs=$((inputs + 1)) url=yes net=yes ;;
    -* | schema) other=yes ;;
    *) inputs=$((inputs + 1)); [ -d "$a" ] && one= batch=yes ;;
  esac
done
[ "$inputs" -gt 1 ] && one= batch=yes
# a URL fetched through a proxy needs undici from node_modules, which the snapshot cannot load (src/input/proxy.ts)
[ -n "$url" ] && [ -n "${https_proxy}${HTTPS_PROXY}${http_proxy}${HTTP_PROXY}" ] && one=
spare= # a batch that leaves a core to V8's own threads (-j below the cores) gets fewer flags
if [ -n "$batch" ] && [ -n "$jobs" ]; then
  case $jobs in
    '' | *[!0-9]*) other=yes ;;
    *) [ "$jobs" -ge "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)" ] || spare=yes ;;
  esac
fi
# Node.js reads every certificate named by NODE_EXTRA_CA_CERTS as it starts, and only a fetch over HTTPS uses them:
# with a system bundle of ~150 certificates that is ~25 ms of every start (measured here: node -e 0 in 50 ms with
# it, 24 ms without). A run with no URL, no --urls-from and no --feed fetches nothing, so it starts without it.
# (launch.ts: mayFetch decides the same for the Node.js launcher.)
[ -z "$other" ] && [ -z "$net" ] && unset NODE_EXTRA_CA_CERTS
snap=$dir/../dist/snapshot
if [ -z "$other" ] && [ -n "$one" ] && [ -z "$NEWS_EXTRACT_NO_SNAPSHOT" ] && [ -f "$snap/meta.sh" ] && [ -f "$snap/news-extract.blob" ]; then
  . "$snap/meta.sh" # snapshot_node, snapshot_exec, snapshot_flags: written with the blob by scripts/bundle.mjs
  # The blob loads only in the Node.js binary that wrote it: the same path, and the same file there. node.stamp has
  # that file's modification time (scripts/bundle.mjs): neither newer nor older means the same binary, tested without
  # starting a process; with no stamp, the version it prints must match.
  same_binary() {
    if [ -f "$snap/node.stamp" ]; then
      ! [ "$1" -nt "$snap/node.stamp" ] && ! [ "$1" -ot "$snap/node.stamp" ]
    else
      [ "$(node --version)" = "$snapshot_node" ]
    fi
  }
  if node=$(command -v node) && resolve "$node" && [ "$resolved" = "$snapshot_exec" ] && same_binary "$resolved"; then
    # large allocations on huge pages: Node.js copies the blob twice before V8 reads it, ~20 ms of page faults on
    # 4 KB pages (launch.ts: SNAPSHOT_GLIBC_TUNABLE, snapshotEnv). A user's own glibc.malloc.hugetlb stands.
    case ":${GLIBC_TUNABLES-}:" in
      *:glibc.malloc.hugetlb=*) ;;
      *) GLIBC_TUNABLES=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1; export GLIBC_TUNABLES ;;
    esac
    exec node $snapshot_flags --snapshot-blob "$snap/news-extract.blob" -- "$@"
  fi
elif [ -z "$other" ] && [ -n "$batch" ] && [ -z "$NEWS_EXTRACT_RELAUNCHED" ]; then
  # the flags of launch.ts's BATCH_V8_FLAGS (a worker on every core) or SPARE_CORE_V8_FLAGS (a test holds them the same)
  [ -n "$spare" ] && NEWS_EXTRACT_RELAUNCHED=1 exec node --interrupt-budget=540672 --no-regexp-tier-up "$self" "$@"
  NEWS_EXTRACT_RELAUNCHED=1 exec node --single-threaded-gc --no-concurrent-recompilation --heap-growing-percent=50 --interrupt-budget=540672 --no-regexp-tier-up "$self" "$@"
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
import { batchV8Flags, fetchesThroughProxy, findBundle, findSnapshot, isSingleInputRun, mayFetch, prestartWorkers, snapshotEnv } from '../dist/cli/launch.js';

/** Set in the child started with the batch flags, so it does not start another. */
const RELAUNCHED = 'NEWS_EXTRACT_RELAUNCHED';

const argv = process.argv.slice(2);
const snapshot = isSingleInputRun(argv) && !fetchesThroughProxy(argv, process.env) ? findSnapshot(process.env) : null;
const flags = snapshot || process.env[RELAUNCHED] ? [] : batchV8Flags(argv, os.availableParallelism());

// a child that fetches nothing starts without the extra CA certificates (see the shell lines above)
const childEnv = mayFetch(argv) ? { ...process.env } : Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));
if (snapshot) {
  runChild([...snapshot.flags, '--snapshot-blob', snapshot.blob, '--', ...argv], snapshotEnv(childEnv));
} else if (flags.length > 0) {
  runChild([...flags, fileURLToPath(import.meta.url), ...argv], { ...childEnv, [RELAUNCHED]: '1' });
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
