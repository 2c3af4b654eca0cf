// Runs the pipeline over every input (cli): streaming, in order, on worker threads for batches;
// one input's failure becomes an error record and the batch goes on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChalkInstance } from 'chalk';
import type { SourceInfo } from '../doc.js';
import { isDirectory } from './launch.js';
import { InputError, NewsExtractError, UsageError } from '../errors.js';
import { INFLIGHT_PER_JOB, INPUT_TIMEOUT_MS } from '../defaults.js';
import {
  commitState,
  decodeSource,
  flushState,
  hashArticle,
  readSource,
  readSources,
  settleState,
  sniffContentType,
  type InputOptions,
  type PendingState,
  type RawSource,
  type ReadClock,
  type SourceRef,
} from '../input/index.js';
import { createFormatter, type Format } from '../output/index.js';
import { toErrorRecord, toRecord, type OutputRecord } from '../output/record.js';
import { formatJson } from '../output/json.js';
import { toOutputRelPath } from '../output/out-path.js';
import { WorkerPool, type JobResult, type SerializedRecord } from './pool.js';
import { createProgress } from './progress.js';
import { formatFailure, formatSummary, formatWarning, forTerminal, type RunTally } from './report.js';
import { MAX_TIMER_MS, type CliOptions } from './program.js';
import type { CliIO } from './main.js';

/** Error code the input stage uses for "unchanged since the last run" under --state: skipped, not failed. */
const NOT_MODIFIED = 'input/not-modified';

/** What one input came to, ready to print. */
type Outcome =
  | { ref: SourceRef; kind: 'record'; record: OutputRecord; state?: PendingState | null }
  | { ref: SourceRef; kind: 'serialized'; serialized: SerializedRecord; state?: PendingState | null }
  | { ref: SourceRef; kind: 'error'; record: OutputRecord; code: string; message: string }
  | { ref: SourceRef; kind: 'explain'; text: string }
  | { ref: SourceRef; kind: 'skipped' };

/** Exit code of a run whose output could not be written (README: Exit codes). */
export const EXIT_OUTPUT_FAILED = 4;

/**
 * Exit code of a run stopped by `reason` (the abort reason of CliIO.signal): 128 + the signal's number, as a shell
 * reports it (SIGINT 130, SIGTERM 143, SIGHUP 129); 130, Ctrl-C's, for a reason that names no signal.
 */
export function interruptExitCode(reason: unknown): number {
  const n = typeof reason === 'string' ? (os.constants.signals as Record<string, number | undefined>)[reason] : undefined;
  return 128 + (n ?? os.constants.signals.SIGINT);
}

/** Processes every input; returns the exit code. */
export async function runExtract(inputs: string[], options: CliOptions, io: CliIO, c: ChalkInstance, color: boolean): Promise<number> {
  // Nothing to read but a terminal: the run would sit waiting for an article typed in, which nobody does.
  const noInputs = !inputs.length && !options.urlsFrom && !options.feed.length;
  if (noInputs && (io.stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError('no input: give files, folders or URLs, or pipe an article in ("-" reads the terminal); see news-extract --help.');
  }
  // --out-dir writes JSON files: another --format would be silently ignored.
  if (options.outDir && options.format && options.format !== 'json') {
    throw new UsageError(`--out-dir writes one JSON file per input, so --format ${options.format} does not apply; drop one of the two.`);
  }
  // --explain prints a report for people instead of records: a --format would be silently ignored.
  if (options.explain && options.format) {
    throw new UsageError(`--explain prints a report for people instead of records, so --format ${options.format} does not apply; drop one of the two.`);
  }
  // Before any work: with a file there, every input would be processed only to fail writing its output.
  if (options.outDir) checkOutDir(options.outDir);
  // --skip-existing compares inputs with their --out-dir files: without --out-dir it would be silently ignored.
  if (options.skipExisting && !options.outDir) {
    throw new UsageError('--skip-existing skips inputs whose --out-dir file is newer, so it needs --out-dir DIR; to skip unchanged URLs between runs, use --state FILE.');
  }
  const many = inputs.length > 1 || Boolean(options.urlsFrom) || options.feed.length > 0 || inputs.some(isDirectory);
  const format: Format = options.format ?? (many ? 'ndjson' : io.stdout.isTTY ? 'pretty' : 'json');
  const formatter = createFormatter(format, { many, color, width: Math.min(io.stdout.columns ?? 100, 120) });
  const inputOptions: InputOptions = {
    maxBytes: options.maxBytes,
    fetchTimeoutMs: options.fetchTimeout,
    userAgent: options.userAgent,
    statePath: options.state ?? null,
  };
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const jobs = options.jobs ?? cores;
  // One input runs in this thread (no worker start-up: the cold-start case of shell loops); batches, or an explicit
  // --timeout, run on workers so an input that overruns can be stopped. At most one worker per core: workers are
  // CPU-bound and each loads and warms its own NLP (~70 MB, ~0.3 s), so more only share the cores and hold more
  // memory (300 pages on 2 cores: 14.5 s and 1.8 GB with 32 workers, 4.0 s and 260 MB with 2). -j still sets how
  // many inputs are read and fetched at once.
  const pool = many || options.timeout !== undefined ? new WorkerPool(Math.min(jobs, cores), options.timeout ?? INPUT_TIMEOUT_MS) : null;
  const out = createWriter(io.stdout);
  const tally: RunTally = { sources: 0, failed: 0, warnings: 0, skipped: 0 };
  const progress = createProgress(io.stderr, { enabled: !options.quiet && Boolean(io.stderr.isTTY), c });
  const args = noInputs ? ['-'] : inputs;
  // --quiet is for cron: notes ("retrying in 2 s", "unknown charset ignored") would land in its mail; failures still
  // reach stderr, as error lines printed here. One object for the whole run: per-host limits and --state hang on it.
  // The input stage's notes name files and URLs as found: made safe for the terminal here, where the terminal is known.
  const inputIO = { stdin: io.stdin, fetch: io.fetch, stderr: { write: options.quiet ? () => true : (s: string) => io.stderr.write(forTerminal(s.replace(/\n$/, '')) + '\n') } };
  if (pool && jobs > cores) {
    inputIO.stderr.write(`news-extract: -j ${jobs} is more than the ${cores} core${cores === 1 ? '' : 's'} here: ${cores} worker thread${cores === 1 ? '' : 's'} process the inputs (more would only share the cores).\n`);
  }
  const sources = readSources(args, { urlsFrom: options.urlsFrom ? [options.urlsFrom] : [], feeds: options.feed }, inputOptions, inputIO);

  // Reading has its own limit (a named pipe with no writer, a stalled network mount): --timeout when given, else
  // the fetch timeout plus room for retries and politeness delays for URLs, and INPUT_TIMEOUT_MS for files.
  // ndjson lines and --out-dir files are serialised by the workers; other formats need the record here.
  const serialize = options.outDir ? 'file' : format === 'ndjson' ? 'line' : null;
  // (capped at the longest timer Node.js can set: a longer one would fire at once)
  const readLimitMs = options.timeout ?? Math.min(MAX_TIMER_MS, Math.max(INPUT_TIMEOUT_MS, options.fetchTimeout * 4));
  // Two inputs of a run can map to one output name ("a.html" and "a.txt" → "a.json"): a later one keeps its extension
  // ("a.txt.json") rather than overwrite the first. Names are given in input order, before any await, so a rerun over
  // the same inputs gives the same names and --skip-existing finds them.
  const targets = new Map<SourceRef, string>();
  const taken = new Set<string>();
  const claimTarget = (outDir: string, ref: SourceRef): string => {
    let target = outputPath(outDir, ref);
    if (taken.has(target)) target = outputPath(outDir, ref, { keepExtension: true });
    for (let n = 2; taken.has(target); n++) target = target.replace(/(?:~\d+)?\.json$/, `~${n}.json`);
    taken.add(target);
    targets.set(ref, target);
    return target;
  };
  const processOne = async (ref: SourceRef, seq: number): Promise<Outcome> => {
    const target = options.outDir ? claimTarget(options.outDir, ref) : null;
    if (target && options.skipExisting && isUpToDate(target, ref)) return { ref, kind: 'skipped' };
    let raw: RawSource | null = null;
    try {
      raw = await withinTime((clock) => readSource(ref, inputOptions, inputIO, clock), readLimitMs, ref);
      let result: JobResult;
      if (pool) {
        // The worker decodes: the bytes cross to it, the page text never exists on this thread.
        result = await pool.run({ seq, raw, clean: options.clean, explain: options.explain, color, serialize });
      } else {
        // Loaded here, not at the top: in a batch only the workers need the NLP, so the main thread stays small.
        const [{ processDocument }, { formatExplain }] = await Promise.all([import('../pipeline.js'), import('./explain.js')]);
        const { loaded, note, messages } = decodeSource(raw);
        const doc = processDocument(loaded.source, loaded.content, { clean: options.clean, now: loaded.mtime });
        doc.messages.unshift(...messages); // what decoding found (input/lossy-decode), before the stages' own
        result = options.explain ? { seq, explain: formatExplain(doc, color), note: note ?? undefined } : { seq, record: toRecord(doc), note: note ?? undefined };
      }
      if (result.note) inputIO.stderr.write(`news-extract: ${result.note}\n`);
      // the source as read (type, size, URL, fetch time) goes into the error record: "a 9 MB text/html page timed out"
      if (result.error) return failure(ref, result.error.code, result.error.message, result.source ?? { ...raw.source, contentType: sniffContentType(raw) });
      if (result.explain !== undefined) return { ref, kind: 'explain', text: result.explain };
      // --state: a page whose bytes changed but whose article did not is skipped, not printed again
      const settled = raw.state ? settleState(raw.state, result.serialized?.articleHash ?? hashArticle(result.record!.article)) : null;
      if (settled?.unchanged) {
        commit(settled.state);
        return { ref, kind: 'skipped' };
      }
      if (result.serialized) return { ref, kind: 'serialized', serialized: result.serialized, state: settled?.state };
      return { ref, kind: 'record', record: result.record, state: settled?.state };
    } catch (err) {
      const code = err instanceof NewsExtractError ? err.code : 'internal/crash';
      if (code === NOT_MODIFIED) return { ref, kind: 'skipped' };
      const message = err instanceof NewsExtractError ? err.message : `unexpected failure: ${(err as Error)?.message ?? String(err)} (a bug in news-extract; please report it with this input)`;
      return failure(ref, code, message, raw?.source);
    }
  };

  // --state: a URL's entry is committed only once its article record is written (stdout accepted the write, or the
  // --out-dir file was renamed into place). A page that failed, timed out, was interrupted or could not be written
  // stays unremembered and is fetched again next run. A record held back by its format (html prints everything at
  // the end) is committed once the end is written.
  let stateFailure: string | null = null;
  const heldBack: PendingState[] = [];
  const committing = new Set<Promise<void>>();
  const commit = (pending: PendingState | null | undefined) => {
    if (!pending) return;
    const p: Promise<void> = commitState(pending, inputOptions, inputIO)
      .catch((err: unknown) => {
        stateFailure ??= (err as Error)?.message ?? String(err);
      })
      .finally(() => committing.delete(p));
    committing.add(p);
  };
  const emit = async (o: Outcome): Promise<void> => {
    const target = targets.get(o.ref) ?? null;
    targets.delete(o.ref);
    if (o.kind === 'skipped') {
      tally.skipped++;
    } else if (o.kind === 'explain') {
      await out.write(o.text);
    } else if (o.kind === 'error' && options.explain) {
      // --explain is a report for people: a failed input is a line of it, not a JSON error record in its middle
      tally.failed++;
      progress.clear();
      io.stderr.write(formatFailure(o.ref.id, o.code, o.message, c));
      await out.write(`${forTerminal(o.ref.id)}  failed: ${forTerminal(o.message)} [${o.code}]\n\n`);
    } else {
      if (o.kind === 'error') {
        tally.failed++;
        progress.clear();
        io.stderr.write(formatFailure(o.ref.id, o.code, o.message, c));
      } else {
        const messages = o.kind === 'serialized' ? o.serialized.messages : 'error' in o.record ? [] : o.record.messages;
        for (const m of messages) {
          if (m.severity === 'info') continue;
          tally.warnings++;
          // under --strict a warning fails the run, so it is reported like a failure, --quiet or not
          if (!options.quiet || options.strict) {
            progress.clear();
            io.stderr.write(formatWarning(o.ref.id, m.rule, m.text, c));
          }
        }
      }
      const pending = o.kind === 'error' ? null : o.state;
      if (!target) {
        const text = o.kind === 'serialized' ? o.serialized.bytes : formatter.add(o.record);
        await out.write(text);
        if (pending && !out.closed) {
          if (text.length) commit(pending);
          else heldBack.push(pending);
        }
      } else if (o.kind === 'error') await out.write(JSON.stringify(o.record) + '\n'); // with --out-dir, error records go to stdout: nothing is lost
      else {
        try {
          writeFileAtomic(target, o.kind === 'serialized' ? o.serialized.bytes : formatJson(o.record) + '\n');
          commit(pending);
        } catch (err) {
          // A full disk or a refused name fails this input only, as an error record: the batch goes on.
          const code = (err as NodeJS.ErrnoException).code;
          // "in/a.html" → a.json and "in/a.json/b.txt" → a.json/b.json: a folder is needed where a file is
          const hint = code === 'EEXIST' || code === 'ENOTDIR'
            ? 'a file stands where this output needs a folder (an output of another input, as "a.html" → a.json beside a folder "a.json/"); rename that input folder or write to another --out-dir'
            : 'check the --out-dir folder (space, permissions)';
          const message = `could not write ${target}: ${(err as Error).message}; ${hint}`;
          tally.failed++;
          io.stderr.write(formatFailure(o.ref.id, 'output/write-failed', message, c));
          await out.write(JSON.stringify(toErrorRecord({ kind: o.ref.kind, id: o.ref.id }, 'output/write-failed', message)) + '\n');
        }
      }
    }
    progress.tick(tally.failed);
  };

  // Streaming with a bounded window: at most jobs × INFLIGHT_PER_JOB inputs are held at once, so memory stays flat
  // however many inputs there are. In order by default; --unordered prints each as soon as it is done.
  const windowSize = pool ? jobs * INFLIGHT_PER_JOB : 1;
  const inflight: Array<{ p: Promise<Outcome>; done: boolean }> = [];
  const track = (p: Promise<Outcome>) => {
    const item = { p, done: false };
    p.then(() => (item.done = true));
    return item;
  };
  // Waits for the next input to finish (the oldest, or any with --unordered) and prints it. Nothing is taken out of
  // the window before it is done, so an interrupt never loses a finished record or prints one twice.
  const takeOne = async () => {
    await (options.unordered ? Promise.race(inflight.map((x) => x.p)) : inflight[0]!.p);
    if (interrupted()) return;
    const [item] = inflight.splice(options.unordered ? Math.max(0, inflight.findIndex((x) => x.done)) : 0, 1);
    await emit(await item!.p);
  };
  const interrupted = () => io.signal?.aborted === true;
  // Wait for the oldest input, unless a stop signal (SIGINT, SIGTERM, SIGHUP) comes first.
  const whenInterrupted = new Promise<void>((resolve) => io.signal?.addEventListener('abort', () => resolve(), { once: true }));
  try {
    let seq = 0;
    for await (const ref of sources) {
      if (out.closed || interrupted()) break; // the reader went away ("| head") or a stop signal: stop taking inputs
      tally.sources++;
      progress.found(tally.sources);
      inflight.push(track(processOne(ref, seq++)));
      while (inflight.length >= windowSize && !interrupted()) await Promise.race([takeOne(), whenInterrupted]);
    }
    // After a stop signal only what is already finished is written (in order up to the first unfinished input).
    while (inflight.length && !interrupted()) await Promise.race([takeOne(), whenInterrupted]);
    while (interrupted()) {
      const i = options.unordered ? inflight.findIndex((x) => x.done) : inflight[0]?.done ? 0 : -1;
      if (i < 0) break;
      const [item] = inflight.splice(i, 1);
      await emit(await item!.p);
    }
  } finally {
    await pool?.close();
    progress.clear();
  }
  if (!options.outDir && !options.explain) await out.write(formatter.end());
  if (!out.closed) heldBack.forEach(commit);
  await Promise.all(committing);
  await flushState(inputOptions, inputIO);
  if (stateFailure) {
    io.stderr.write(`news-extract: ${forTerminal(stateFailure)} The pages of this run will be fetched again next time.\n`);
    tally.failed++;
  }
  if (out.failure) {
    const f = out.failure;
    io.stderr.write(`news-extract: could not write the output (${f.code ? `${f.code}: ` : ''}${f.message.replace(/^\w+: /, '')}); the run stopped and its output is incomplete. Check the disk space or where the output goes.\n`);
    return EXIT_OUTPUT_FAILED;
  }
  if (interrupted()) {
    const reason = io.signal!.reason;
    const by = typeof reason === 'string' && reason.startsWith('SIG') ? ` by ${reason}` : '';
    io.stderr.write(`news-extract: interrupted${by}; ${tally.sources - inflight.length} of ${tally.sources} inputs written\n`);
    return interruptExitCode(reason);
  }
  // Inputs were given and none was an article ("e/" holding only story.json): said, as a warning, so --strict fails
  // on it and a cron job with a wrong path does not look like a quiet success. Feeds alone are the exception: a feed
  // that was read and lists nothing this hour (a quiet news sitemap) is a quiet success, only noted by the input stage
  // (a feed that cannot be read is an error record, so it is never counted here).
  const onlyFeeds = options.feed.length > 0 && inputs.length === 0 && !options.urlsFrom;
  if (tally.sources === 0 && !onlyFeeds) {
    tally.warnings++;
    if (!options.quiet || options.strict) io.stderr.write(`${c.yellow('news-extract:')} warning: no article was found in the inputs given (folders are read for .html, .htm, .xhtml and .txt files, and .gz of them) ${c.dim('[input/nothing-found]')}\n`);
  }
  if (!options.quiet) io.stderr.write(formatSummary(tally, c));
  return tally.failed > 0 || (options.strict && tally.warnings > 0) ? 1 : 0;
}

/**
 * --out-dir must be a folder or a path where one can be made: a file there, or on the way there ("records.json/out"),
 * or a loop of symbolic links is a usage error (exit 2) before any input is read, not a crash on the first write.
 */
function checkOutDir(dir: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir, { throwIfNoEntry: false });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOTDIR' ? 'a part of that path is a file, not a folder'
      : code === 'ELOOP' ? 'its symbolic links loop'
      : code === 'EACCES' || code === 'EPERM' ? 'this user may not look into it'
      : `it cannot be used (${code ?? (err as Error).message})`;
    throw new UsageError(`--out-dir ${dir}: ${why}; give a folder (it is made when missing).`);
  }
  if (stat && !stat.isDirectory()) throw new UsageError(`--out-dir ${dir} is a file, not a folder; give a folder (it is made when missing).`);
}

/**
 * The read, or an input/timeout error when it takes longer than `ms`. The read itself cannot be cancelled (a blocked
 * open() of a pipe), so the bin exits once its output is flushed rather than waiting for it. The clock stops while
 * the read waits for its turn on a busy host (ReadClock): 8 quick pages of one site, fetched two at a time and a
 * second apart, are not "too slow" for the last ones' place in the queue.
 */
export function withinTime<T>(read: (clock: ReadClock) => Promise<T>, ms: number, ref: SourceRef): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let left = ms;
  let startedAt = Date.now();
  let pauses = 0;
  let settled = false;
  let fail: (err: Error) => void = () => undefined;
  const limit = new Promise<never>((_, reject) => (fail = reject));
  const arm = () => {
    startedAt = Date.now();
    timer = setTimeout(() => fail(readTimeout(ms, ref)), Math.max(0, left));
    timer.unref();
  };
  const clock: ReadClock = {
    pause() {
      if (settled || pauses++ > 0) return;
      clearTimeout(timer);
      left -= Date.now() - startedAt;
    },
    resume() {
      if (settled || --pauses > 0) return;
      arm();
    },
  };
  arm();
  return Promise.race([read(clock), limit]).finally(() => {
    settled = true; // a late resume from an abandoned read must not arm the timer again
    clearTimeout(timer);
  });
}

function readTimeout(ms: number, ref: SourceRef): InputError {
  return ref.kind === 'url' || ref.kind === 'feed-item'
    ? new InputError('input/timeout', `fetching the URL took longer than ${ms} ms (waits for a turn on a busy host not counted) and was abandoned; raise --timeout if the site is slow`)
    : new InputError('input/timeout', `reading the input took longer than ${ms} ms and was abandoned; check that it is a regular file or a reachable URL, or raise --timeout`);
}

function failure(ref: SourceRef, code: string, message: string, source?: SourceInfo): Outcome {
  return { ref, kind: 'error', code, message, record: toErrorRecord(source ?? { kind: ref.kind, id: ref.id, ...(ref.feed ? { feed: ref.feed } : {}) }, code, message) };
}

/** DIR/<safe relative name>.json for an input, never outside DIR (see output/out-path.ts for the naming rules). */
export function outputPath(outDir: string, ref: SourceRef, options: { keepExtension?: boolean } = {}): string {
  return path.join(path.resolve(outDir), toOutputRelPath(ref.relPath, options));
}

/**
 * --skip-existing: the output file is this input's record (its source.id is the input's) and, for a file, newer than
 * the input. A name alone is not enough: "d1/index.html" then "d2/index.html" into one folder share "index.json", and
 * a new "a.html" takes over the "a.json" an older "a.txt" had. Stdin is never skipped: its content is new each time.
 */
function isUpToDate(target: string, ref: SourceRef): boolean {
  if (ref.kind === 'stdin') return false;
  try {
    const out = fs.statSync(target);
    if (ref.kind === 'file' && out.mtimeMs < fs.statSync(ref.id).mtimeMs) return false;
    return recordSourceId(target) === ref.id;
  } catch {
    return false;
  }
}

/** Bytes read from the head of a record file to find its source.id (it comes before the article). */
const RECORD_HEAD_BYTES = 64 * 1024;
const SOURCE_ID = /"source"\s*:\s*\{[^{}]*?"id"\s*:\s*("(?:[^"\\]|\\.)*")/;

/** The source.id of the record written at `file`, read from its head; null when it cannot be found. */
function recordSourceId(file: string): string | null {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(RECORD_HEAD_BYTES);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const m = SOURCE_ID.exec(buf.toString('utf8', 0, n));
    return m ? (JSON.parse(m[1]!) as string) : null;
  } finally {
    fs.closeSync(fd);
  }
}

/** Temp file in the same folder, then rename: a reader never sees half a file. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (err) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the first error is the one to report ("ENAMETOOLONG" would otherwise hide behind the cleanup's own)
    }
    throw err;
  }
}

interface Writer {
  /** True once nothing more can be written: the reader went away (EPIPE) or a write failed. */
  closed: boolean;
  /** The write error that closed the output, when it was not the reader going away: a full disk, an I/O error. */
  failure: NodeJS.ErrnoException | null;
  write(s: string | Uint8Array): Promise<void>;
}

/**
 * Writes with back-pressure. A closed pipe (EPIPE: "| head") or a failed write (ENOSPC on a full disk) closes the
 * writer instead of crashing: the run stops taking inputs, and runExtract reports a failure other than EPIPE. A write
 * waiting for 'drain' when the error comes is released, so the run cannot hang on it.
 */
function createWriter(stream: CliIO['stdout']): Writer {
  const waiting = new Set<() => void>();
  const stop = (err: NodeJS.ErrnoException) => {
    w.closed = true;
    if (err?.code !== 'EPIPE') w.failure ??= err;
    for (const resolve of waiting) resolve();
    waiting.clear();
  };
  const w: Writer = {
    closed: false,
    failure: null,
    write(s: string | Uint8Array) {
      if (!s.length || w.closed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        let ok: boolean;
        try {
          ok = stream.write(s); // a file or a device is written synchronously: its errors are thrown here
        } catch (err) {
          stop(err as NodeJS.ErrnoException);
          return resolve();
        }
        if (ok || !stream.once) return resolve();
        waiting.add(resolve);
        stream.once('drain', () => {
          waiting.delete(resolve);
          resolve();
        });
      });
    },
  };
  stream.on?.('error', stop);
  return w;
}
