// A progress line on stderr (cli), only when stderr is a terminal: cron mail and pipes stay clean.
import type { ChalkInstance } from 'chalk';

export interface Progress {
  /** Inputs found so far (the total grows while folders and feeds are read). */
  found(total: number): void;
  /** One more input finished. */
  tick(failed: number): void;
  /** Wipe the line before another message is written to the same stream. */
  clear(): void;
}

/** "[#####...............] 12/40 · 3.1/s · 1 failed", redrawn at most every 100 ms. */
export function createProgress(stream: { write(s: string): unknown }, opts: { enabled: boolean; c: ChalkInstance }): Progress {
  if (!opts.enabled) return { found() {}, tick() {}, clear() {} };
  const started = Date.now();
  let total = 0;
  let done = 0;
  let last = 0;
  let shown = false;
  return {
    found(n) {
      total = n;
    },
    tick(failed) {
      done++;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 20;
      const filled = total ? Math.round((done / total) * width) : 0;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const fails = failed ? opts.c.red(` · ${failed} failed`) : '';
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(1)}/s${fails}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
