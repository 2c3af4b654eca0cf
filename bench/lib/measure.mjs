// Shared by the speed benches: runs a command and measures its wall time, CPU time and the peak resident memory of
// its whole process tree. GNU time's %M is the largest single process only; news-extract may run as a launcher plus
// a child (start-up snapshot, batch V8 flags), so the tree is summed here from /proc, sampled every 20 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Resident set of one process, bytes (0 once it is gone). */
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process and every descendant, from /proc/<pid>/task/<tid>/children. */
function tree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks = [];
    try {
      tasks = fs.readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of fs.readFileSync(`/proc/${out[i]}/task/${t}/children`, 'utf8').trim().split(/\s+/)) if (c) out.push(Number(c));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return out;
}

/**
 * Runs `cmd args` and resolves with { secs, cpuSecs, rssMB, windowsMB, stdout, status } once it exits. stdout is
 * collected (ndjson records); stderr is kept only for error messages. With `opts.windowLines` = k, windowsMB holds the
 * peak RSS of each stretch of k output lines (memory over the course of a batch, not only its overall peak).
 */
export function measure(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    let stderr = '';
    const windows = [];
    let windowPeak = 0;
    let lines = 0;
    child.stdout.on('data', (d) => {
      chunks.push(d);
      if (!opts.windowLines) return;
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) {
        if (++lines % opts.windowLines === 0) {
          windows.push(windowPeak / 2 ** 20);
          windowPeak = 0;
        }
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    let cpuTicks = 0;
    const lastTicks = new Map();
    const sample = () => {
      let sum = 0;
      for (const pid of tree(child.pid)) {
        sum += rssOf(pid);
        try {
          const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          lastTicks.set(pid, Number(f[11]) + Number(f[12])); // utime + stime, in clock ticks
        } catch {
          // gone
        }
      }
      peak = Math.max(peak, sum);
      windowPeak = Math.max(windowPeak, sum);
    };
    const timer = setInterval(sample, 20);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      for (const t of lastTicks.values()) cpuTicks += t;
      resolve({
        secs: (performance.now() - t0) / 1000,
        // CPU time as last sampled (a process's final ticks after the last sample are missed: a lower bound)
        cpuSecs: cpuTicks / 100,
        rssMB: peak / 2 ** 20,
        windowsMB: windows,
        stdout: Buffer.concat(chunks).toString(),
        stderr,
        status,
      });
    });
  });
}
