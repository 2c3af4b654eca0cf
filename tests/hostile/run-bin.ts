// Test helper for the hostile-input tests: spawns the real bin (asynchronously, so a test server in this process keeps
// serving), measures wall time and, where /usr/bin/time exists, peak memory (RSS) of the whole run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'news-extract.js');
const TIME = '/usr/bin/time';
const RSS_LINE = /^peak-rss-kb=(\d+)$/m;

export interface BinRun {
  stdout: string;
  /** stderr without the measurement line */
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  /** Peak resident memory in MB, or null when /usr/bin/time is missing. */
  peakMb: number | null;
}

/** Runs `node bin/news-extract.js ...args`, killing it after `killAfterMs` (a hang shows as signal SIGKILL). */
export function runBin(args: string[], opts: { killAfterMs?: number; stdin?: string } = {}): Promise<BinRun> {
  const measured = fs.existsSync(TIME);
  const [cmd, argv] = measured ? [TIME, ['-f', 'peak-rss-kb=%M', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  return new Promise((resolve) => {
    const t0 = performance.now();
    // Its own process group, so a hang is ended with node and /usr/bin/time together.
    const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.stdin.end(opts.stdin ?? '');
    const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), opts.killAfterMs ?? 60_000);
    child.on('close', (status, signal) => {
      clearTimeout(killer);
      const m = RSS_LINE.exec(stderr);
      resolve({
        stdout,
        stderr: stderr.replace(RSS_LINE, '').replace(/^Command exited with non-zero status \d+\n/m, '').trimEnd(),
        status,
        signal,
        ms: performance.now() - t0,
        peakMb: m ? Number(m[1]) / 1024 : null,
      });
    });
  });
}

/** The ndjson lines of a run's stdout, parsed. */
export const ndjson = (s: string): any[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Failure lines on stderr ("news-extract: <id>: <message> [code]"), one per failed input. */
export const failureLines = (stderr: string): string[] => stderr.split('\n').filter((l) => / \[[a-z]+\/[a-z-]+\]$/.test(l) && !/: warning: /.test(l));
