// Runs the pipeline over every input (cli): one input's failure becomes an error record, the batch goes on.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChalkInstance } from 'chalk';
import { NewsExtractError } from '../errors.js';
import { readSources, loadSource, type InputOptions, type SourceRef } from '../input/index.js';
import { processDocument } from '../index.js';
import { createFormatter, type Format } from '../output/index.js';
import { toErrorRecord, toRecord, type OutputRecord } from '../output/record.js';
import { formatJson } from '../output/json.js';
import { formatExplain } from './explain.js';
import { formatFailure, formatSummary, formatWarning, type RunTally } from './report.js';
import type { CliOptions } from './program.js';
import type { CliIO } from './main.js';

/** Error code the input stage uses for "unchanged since the last run" under --state: skipped, not failed. */
const NOT_MODIFIED = 'input/not-modified';

/** Processes every input; returns the exit code. */
export async function runExtract(inputs: string[], options: CliOptions, io: CliIO, c: ChalkInstance, color: boolean): Promise<number> {
  const many = inputs.length > 1 || Boolean(options.urlsFrom) || options.feed.length > 0 || inputs.some(isDirectory);
  const format: Format = options.format ?? (many ? 'ndjson' : io.stdout.isTTY ? 'pretty' : 'json');
  const formatter = createFormatter(format, { many, color, width: Math.min(io.stdout.columns ?? 100, 120) });
  const inputOptions: InputOptions = {
    maxBytes: options.maxBytes,
    fetchTimeoutMs: options.fetchTimeout,
    userAgent: options.userAgent,
    statePath: options.state ?? null,
  };
  const out = createWriter(io.stdout);
  const tally: RunTally = { sources: 0, failed: 0, warnings: 0, skipped: 0 };
  const args = inputs.length || options.urlsFrom || options.feed.length ? inputs : ['-'];

  for await (const ref of readSources(args, { urlsFrom: options.urlsFrom ? [options.urlsFrom] : [], feeds: options.feed }, inputOptions, io)) {
    if (out.closed) break; // the reader went away ("| head"): stop quietly
    tally.sources++;
    const target = options.outDir ? outputPath(options.outDir, ref) : null;
    if (target && options.skipExisting && isUpToDate(target, ref)) {
      tally.skipped++;
      continue;
    }
    let record: OutputRecord;
    try {
      const { source, content, mtime } = await loadSource(ref, inputOptions, io);
      const doc = processDocument(source, content, { clean: options.clean, now: mtime });
      if (options.explain) {
        await out.write(formatExplain(doc, color));
        continue;
      }
      record = toRecord(doc);
      for (const m of doc.messages) {
        if (m.severity === 'info') continue;
        tally.warnings++;
        if (!options.quiet) io.stderr.write(formatWarning(ref.id, m.rule, m.text, c));
      }
    } catch (err) {
      const code = err instanceof NewsExtractError ? err.code : 'internal/crash';
      if (code === NOT_MODIFIED) {
        tally.skipped++;
        continue;
      }
      const message = err instanceof NewsExtractError ? err.message : `unexpected failure: ${(err as Error)?.message ?? String(err)} (a bug in news-extract; please report it with this input)`;
      tally.failed++;
      io.stderr.write(formatFailure(ref.id, code, message, c));
      record = toErrorRecord({ kind: ref.kind, id: ref.id }, code, message);
    }
    if (target && !('error' in record)) {
      writeFileAtomic(target, formatJson(record) + '\n');
    } else {
      // With --out-dir, error records still go to stdout, as ndjson: nothing is lost.
      await out.write(target ? JSON.stringify(record) + '\n' : formatter.add(record));
    }
  }
  if (!options.outDir && !options.explain) await out.write(formatter.end());
  if (!options.quiet) io.stderr.write(formatSummary(tally, c));
  return tally.failed > 0 || (options.strict && tally.warnings > 0) ? 1 : 0;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** DIR/<relPath with its article extension replaced by .json>, never outside DIR. */
export function outputPath(outDir: string, ref: SourceRef): string {
  const rel = ref.relPath.replace(/\.(html?|xhtml|txt)(\.gz)?$/i, '') + '.json';
  const root = path.resolve(outDir);
  const target = path.resolve(root, rel);
  if (target !== root && target.startsWith(root + path.sep)) return target;
  // A relPath that tries to leave DIR ("../x") is flattened into a safe name inside it.
  return path.join(root, rel.replace(/[\\/]+/g, '_').replace(/^\.+/, '_'));
}

function isUpToDate(target: string, ref: SourceRef): boolean {
  try {
    const out = fs.statSync(target);
    if (ref.kind !== 'file') return true;
    return out.mtimeMs >= fs.statSync(ref.id).mtimeMs;
  } catch {
    return false;
  }
}

/** Temp file in the same folder, then rename: a reader never sees half a file. */
export function writeFileAtomic(target: string, data: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

interface Writer {
  closed: boolean;
  write(s: string): Promise<void>;
}

/** Writes with back-pressure; notices a closed pipe (EPIPE) and stops writing instead of crashing. */
function createWriter(stream: CliIO['stdout']): Writer {
  const w: Writer = {
    closed: false,
    write(s: string) {
      if (!s || w.closed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const ok = stream.write(s);
        if (ok || !stream.once) resolve();
        else stream.once('drain', () => resolve());
      });
    },
  };
  stream.on?.('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') w.closed = true;
  });
  return w;
}
