// Decides how bin/news-extract.js starts the CLI (cli) when Node.js runs it: from the start-up snapshot for a single
// input, the ordinary way for batches. (Run as a command, the bin's shell lines take the snapshot's case themselves.)
// Kept tiny: it is loaded before anything else on every run.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { packageFile } from '../paths.js';
import { WORKER_MAX_OLD_MB, WORKER_MAX_YOUNG_MB, WORKER_SOLO_YOUNG_MB } from '../defaults.js';
import { proxySettingsOf } from '../input/proxy.js';

/** Options that take a value, so their value is not counted as an input. */
const VALUE_OPTIONS = new Set(['-f', '--format', '-o', '--out-dir', '--max-bytes', '--fetch-timeout', '--user-agent', '--urls-from', '--feed', '--state', '-j', '--jobs', '--timeout']);
/** Options that make a run a batch (worker threads, which a snapshot-started process cannot create). */
const BATCH_OPTIONS = new Set(['--urls-from', '--feed', '-j', '--jobs', '--timeout', '-o', '--out-dir']);

/** What the launcher needs to know of a command line, read without commander (it is not loaded yet). */
interface ArgvSummary {
  inputs: string[];
  /** An option that always makes a batch, or asks for workers. */
  batchOption: boolean;
  /** --help or --version. */
  info: boolean;
  /** The -j/--jobs value, when given as a number (the last one wins, as with commander). */
  jobs: number | null;
  /** Every option name given, long or short, without its value. */
  options: Set<string>;
}

function summarize(argv: string[]): ArgvSummary {
  const out: ArgvSummary = { inputs: [], batchOption: false, info: false, jobs: null, options: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.inputs.push(...argv.slice(i + 1));
      break;
    }
    // "--jobs=2", "-j2": the value written into the option itself
    const long = a.startsWith('--');
    const name = long ? a.split('=')[0]! : a.startsWith('-') && a.length > 2 ? a.slice(0, 2) : a;
    const attached = long ? (a.includes('=') ? a.slice(a.indexOf('=') + 1) : null) : a.length > 2 && a.startsWith('-') ? a.slice(2) : null;
    if (a.startsWith('-') && a !== '-') out.options.add(name);
    if (BATCH_OPTIONS.has(name)) out.batchOption = true;
    if (name === '-h' || name === '--help' || name === '-V' || name === '--version') out.info = true;
    if (VALUE_OPTIONS.has(name)) {
      const value = attached ?? argv[++i] ?? null;
      if ((name === '-j' || name === '--jobs') && value !== null && /^\d+$/.test(value)) out.jobs = Number(value);
    } else if (!a.startsWith('-') || a === '-') {
      out.inputs.push(a);
    }
  }
  return out;
}

/** See batchV8Flags. */
export const BATCH_V8_FLAGS: readonly string[] = ['--single-threaded-gc', '--no-concurrent-recompilation', '--heap-growing-percent=50', '--interrupt-budget=540672', '--no-regexp-tier-up'];
/** See batchV8Flags: a batch that leaves a core free keeps V8's background threads and only delays optimising. */
export const SPARE_CORE_V8_FLAGS: readonly string[] = ['--interrupt-budget=540672', '--no-regexp-tier-up'];

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** True when argv is one input (a file, a URL or stdin) with no batch option: the case a snapshot speeds up. */
export function isSingleInputRun(argv: string[]): boolean {
  const { inputs, batchOption, info } = summarize(argv);
  // help and version load no NLP: the ordinary start is quicker than deserialising the snapshot
  if (batchOption || info) return false;
  if (inputs.length > 1 || inputs[0] === 'schema') return false;
  if (inputs.length === 1 && !isUrl(inputs[0]!) && inputs[0] !== '-') {
    // a big page is quicker from the snapshot too (6.9 MB: 0.66 s against 1.0 s); a missing file is one input that
    // the CLI reports
    if (isDirectory(inputs[0]!)) return false;
  }
  return true;
}

/**
 * True when a URL among the inputs is to be fetched through a proxy of the environment (HTTPS_PROXY...): the fetch
 * then needs undici from node_modules (src/input/proxy.ts), which a process started from the snapshot cannot load,
 * so such a run starts the ordinary way.
 */
export function fetchesThroughProxy(argv: string[], env: Record<string, string | undefined>): boolean {
  return proxySettingsOf(env) !== null && summarize(argv).inputs.some(isUrl);
}

/**
 * True when the run may fetch over the network: a URL among the inputs, or a --urls-from list or --feed (both name
 * URLs). A run that cannot is started without NODE_EXTRA_CA_CERTS (bin/news-extract.js): Node.js reads those
 * certificates at every start (~25 ms for a system bundle), and only an HTTPS fetch uses them.
 */
export function mayFetch(argv: string[]): boolean {
  const s = summarize(argv);
  return s.inputs.some(isUrl) || s.options.has('--urls-from') || s.options.has('--feed');
}

/**
 * V8 flags for a batch whose workers take every core (`-j` at or above the number of cores, the default): V8's
 * background threads, concurrent garbage collection and the optimising compiler, then have no core of their own and
 * take time from the other workers, so each worker does that work on its own thread instead. Measured over 1,000 dev
 * pages on 2 cores, -j2: 15.0 s with background threads, 11.0 s without; -j1 (one core left idle for them) is
 * faster with them, so it keeps them. Without concurrent marking the heaps grow further between collections, so V8
 * is also told to collect once a heap is 50 % above what survived the last collection instead of letting it grow up
 * to 4x: peak memory of that run 352 → 299 MB, no slower. Compiling on the worker's own thread is not free either:
 * V8's optimising compiler took about 2.4 s of each worker's ~10 s in that run (--trace-opt-verbose), much of it on
 * functions that run hot for a few pages only. An interrupt budget 8x V8's default (67,584) lets a function run
 * longer in the baseline tiers before it is optimised, so only the really hot ones are: -j2 over the 1,000 pages
 * 10.2-10.9 s → 9.1-9.6 s, and 38.8 → 37.9 s over 5,000 (no loss once warm). A batch with a core to spare (-j1 on
 * two cores) keeps the background threads but gets the same interrupt budget (SPARE_CORE_V8_FLAGS): the compiler
 * has a core of its own, but code it optimises for a few pages is mostly thrown away again; 109 dev pages at -j1,
 * runs in turns: 3.18 → 2.88 s of wall time, and 5.1 → 3.8 s of CPU on a busy machine. Both lists carry
 * --no-regexp-tier-up: by default V8 compiles a pattern to bytecode on its first run and again to machine code on its
 * second, and a worker runs most of its ~1,500 patterns on every sentence, so nearly every one was compiled twice.
 * Compiled straight to machine code, 109 dev pages took 4.92 → 4.62 s at -j1 and 3.84 → 3.58 s at -j2 (medians of
 * 7 runs in turns), and 3 pages 1.16 → 1.00 s. Empty for anything that is not a batch with workers.
 */
export function batchV8Flags(argv: string[], cores: number): string[] {
  const s = summarize(argv);
  if (!usesWorkers(s)) return [];
  return (s.jobs ?? cores) >= cores ? [...BATCH_V8_FLAGS] : [...SPARE_CORE_V8_FLAGS];
}

/** The runs that get workers (cli/run.ts): several inputs, a folder, a list or a feed, or --timeout. */
function usesWorkers(s: ArgvSummary): boolean {
  if (s.info || s.inputs[0] === 'schema') return false;
  return s.inputs.length > 1 || ['--urls-from', '--feed', '--timeout'].some((o) => s.options.has(o)) || s.inputs.some((i) => !isUrl(i) && i !== '-' && isDirectory(i));
}

/** Where the launcher leaves the workers it started early for the pool (cli/pool.ts) to take. The bin and the CLI
 *  bundle are separate module instances, so the hand-over goes through a global. */
const PRESTARTED = Symbol.for('news-extract.prestarted-workers');
interface Prestarted {
  url: string;
  workers: Worker[];
}

/** Starts one pipeline worker thread (the pool's, and the launcher's early ones): capped heap, never keeping the
 *  process alive on its own. */
export function startWorker(url: URL, limits: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number } = {}): Worker {
  // A memory cap per worker: a hostile input ends its worker, not the machine. The worker's stdout is not joined to
  // ours: stdout carries records only, so anything a library prints there in a worker goes to stderr. (Joined, each
  // worker also added listeners to process.stdout, and with 9 or more workers, -j 12 or the default on a 12-core
  // machine, Node.js printed a MaxListenersExceededWarning on every batch.)
  const w = new Worker(url, { stdout: true, resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? WORKER_MAX_OLD_MB, maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? WORKER_MAX_YOUNG_MB } });
  w.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  w.unref();
  // The worker says when it has loaded (cli/worker.ts: WORKER_READY). Listened for from the start: a worker the
  // launcher started early may be ready before the pool takes it over.
  const ready = new Promise<void>((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isWorkerReady(m)) return;
      w.off('message', onMessage);
      resolve();
    };
    w.on('message', onMessage);
  });
  (w as unknown as Record<symbol, Promise<void>>)[READY] = ready;
  return w;
}

/** The message a pipeline worker posts once, when it has loaded and takes jobs. */
export const WORKER_READY = { ready: true } as const;
export function isWorkerReady(m: unknown): m is typeof WORKER_READY {
  return typeof m === 'object' && m !== null && (m as { ready?: unknown }).ready === true;
}
/** Where startWorker keeps a worker's "loaded" promise: a global symbol, since the bin and the CLI bundle are separate
 *  module instances (see PRESTARTED). */
const READY = Symbol.for('news-extract.worker-ready');
/** Settles when the worker has loaded; at once for a worker not started by startWorker. */
export function whenWorkerReady(w: Worker): Promise<void> {
  return (w as unknown as Record<symbol, Promise<void> | undefined>)[READY] ?? Promise.resolve();
}

/** The worker script: the one-file bundle when it is current (starts ~250 ms sooner), else dist/cli/worker.js. */
export function defaultWorkerUrl(env: Record<string, string | undefined>): URL {
  return findBundle('worker.cjs', env) ?? packageFile('dist/cli/worker.js');
}

/**
 * For a run that will use workers, starts them now, before the CLI itself is loaded: each worker loads the NLP
 * (~300 ms) while this thread loads the CLI and lists the inputs (~70 ms), instead of after. At most one per core
 * (the pool starts any others); a run that then fails on its options just exits, the workers being unref'd.
 * Returns how many were started.
 */
export function prestartWorkers(argv: string[], cores: number, env: Record<string, string | undefined>): number {
  const s = summarize(argv);
  if (!usesWorkers(s)) return 0;
  const n = Math.min(s.jobs ?? cores, cores);
  if (n < 1) return 0;
  const url = defaultWorkerUrl(env);
  const slot: Prestarted = { url: url.href, workers: Array.from({ length: n }, () => startWorker(url, { maxYoungGenerationSizeMb: workerYoungMb(n) })) };
  (globalThis as Record<symbol, unknown>)[PRESTARTED] = slot;
  return n;
}

/** Young-generation size of each of `workers` pipeline workers, MB: a lone worker gets WORKER_SOLO_YOUNG_MB. */
export function workerYoungMb(workers: number): number {
  return workers <= 1 ? WORKER_SOLO_YOUNG_MB : WORKER_MAX_YOUNG_MB;
}

/** The workers prestartWorkers left for a pool running `url`, taken once; workers of another script are ended. */
export function takePrestartedWorkers(url: URL): Worker[] {
  const g = globalThis as Record<symbol, unknown>;
  const slot = g[PRESTARTED] as Prestarted | undefined;
  delete g[PRESTARTED];
  if (!slot) return [];
  if (slot.url === url.href) return slot.workers;
  for (const w of slot.workers) void w.terminate();
  return [];
}

/** True for an existing folder (the launcher and cli/run.ts both decide "a batch" by it). */
export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The start-up snapshot: the blob and the V8 flags it was built under (it loads only under the same flags). */
export interface Snapshot {
  blob: string;
  flags: string[];
}

/**
 * The glibc setting a run from the snapshot starts with: large allocations on transparent huge pages where the
 * system offers them on request (/sys/kernel/mm/transparent_hugepage/enabled: madvise, the common default).
 * Node.js reads the ~28 MB blob into one buffer and copies V8's part into another before V8 reads it: with 4 KB pages
 * that is ~14,600 page faults, about 20 ms of a ~160 ms one-article run (measured here with `perf record -e
 * page-faults`: 28,350 faults without the setting, 14,260 with it; a 240 KB page 162 → 142 ms, a 4 KB article
 * 166 → 143 ms, 3 MB more peak memory). Batches gain nothing from it (109 pages at -j1: 3.0–3.2 s either way), so
 * only the snapshot's start gets it. glibc before 2.35 and systems without huge pages ignore it. The cost: the kernel
 * zeroes each huge page when first touched, and on this virtual machine, with runs alternating with other programs,
 * 10–30 % of runs took ~225 ms instead of ~140 (the median and the mean still lower; README, Speed). The cause: this
 * virtual machine reports free memory to its host (virtio-balloon, feature REPORTING), so a huge page taken seconds
 * after other programs freed memory is backed again on first touch (perf: clear_page_erms under
 * do_huge_pmd_anonymous_page, ~2.5 ms a page); 3 s after a 300 MB process ended, a run took 241 ms with the setting and
 * 173 ms without. Run after run (a shell loop) it gains; a lone run after a pause on such a machine loses.
 * The bin's shell lines set the same (bin/news-extract.js); a test holds the two equal.
 */
export const SNAPSHOT_GLIBC_TUNABLE = 'glibc.malloc.hugetlb=1';

/**
 * The environment a run from the snapshot starts with: GLIBC_TUNABLES gains SNAPSHOT_GLIBC_TUNABLE, unless the user's
 * own GLIBC_TUNABLES already sets glibc.malloc.hugetlb (their choice stands).
 */
export function snapshotEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const own = env.GLIBC_TUNABLES ?? '';
  const name = SNAPSHOT_GLIBC_TUNABLE.slice(0, SNAPSHOT_GLIBC_TUNABLE.indexOf('=') + 1);
  if (own.split(':').some((t) => t.startsWith(name))) return env;
  return { ...env, GLIBC_TUNABLES: own ? `${own}:${SNAPSHOT_GLIBC_TUNABLE}` : SNAPSHOT_GLIBC_TUNABLE };
}

/** The snapshot, when one was built by this very Node.js binary; else null. */
export function findSnapshot(env: Record<string, string | undefined>): Snapshot | null {
  if (env.NEWS_EXTRACT_NO_SNAPSHOT) return null;
  try {
    const meta = JSON.parse(fs.readFileSync(packageFile('dist/snapshot/meta.json'), 'utf8')) as { node: string; arch: string; execPath: string; flags?: string[] };
    if (meta.node !== process.version || meta.arch !== process.arch || meta.execPath !== process.execPath) return null;
    const blob = packageFile('dist/snapshot/news-extract.blob');
    return fs.existsSync(blob) ? { blob: blob.pathname, flags: meta.flags ?? [] } : null;
  } catch {
    return null;
  }
}

/**
 * A one-file bundle of dist/ made by scripts/bundle.mjs ('cli.cjs', 'worker.cjs'), when it was made from the dist/
 * there is now; else null, and the caller loads dist/ itself. A bare `tsc` after `npm run build` leaves an older
 * bundle behind: its recorded build time then differs from dist/index.js's, so it is not used.
 */
export function findBundle(name: string, env: Record<string, string | undefined>, root: URL = packageFile('')): URL | null {
  if (env.NEWS_EXTRACT_NO_BUNDLE) return null;
  try {
    const meta = JSON.parse(fs.readFileSync(new URL('dist/bundle/meta.json', root), 'utf8')) as { builtFrom: number };
    if (meta.builtFrom !== fs.statSync(new URL('dist/index.js', root)).mtimeMs) return null;
    const file = new URL(`dist/bundle/${name}`, root);
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
