// Input stage: how politely and persistently URLs are fetched: per-host concurrency and spacing, backoff, Retry-After.
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Limits requests per host: at most `concurrency` in flight, and starts spaced by `delayMs`.
 * A feed with 40 links to one site becomes a gentle trickle instead of 40 parallel requests.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; waiting: (() => void)[]; nextStart: number }>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  /**
   * Runs `task` when the host has a free slot and the politeness gap has passed. `waiting` is told when the wait for
   * a turn starts and ends, so time limits can leave it out (a batch of 16 pages of one site queues for seconds).
   */
  async run<T>(host: string, task: () => Promise<T>, waiting?: { pause(): void; resume(): void }): Promise<T> {
    const h = this.slot(host);
    let paused = false;
    if (h.active >= Math.max(1, this.concurrency)) {
      waiting?.pause();
      paused = true;
      await new Promise<void>((resolve) => h.waiting.push(resolve));
    } else {
      h.active++;
    }
    try {
      const now = Date.now();
      const start = Math.max(now, h.nextStart);
      h.nextStart = start + this.delayMs;
      if (start > now) {
        if (!paused) waiting?.pause();
        paused = true;
        await sleep(start - now);
      }
      if (paused) waiting?.resume();
      paused = false;
      return await task();
    } finally {
      if (paused) waiting?.resume();
      const next = h.waiting.shift();
      if (next) next(); // hand the slot over: active stays the same
      else h.active--;
    }
  }

  private slot(host: string) {
    let h = this.hosts.get(host);
    if (!h) {
      h = { active: 0, waiting: [], nextStart: 0 };
      this.hosts.set(host, h);
    }
    return h;
  }
}

/**
 * Backoff before retry number `attempt` (0-based): base·2^attempt capped at `maxMs`, times a jitter in [0.5, 1.5)
 * so many cron jobs failing together do not retry in lockstep.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(exp * (0.5 + random()));
}

/**
 * Parses a Retry-After header: delay-seconds ("120") or an HTTP date. Returns ms from `now`, or null when absent or
 * unparseable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return Math.max(0, t - now);
}

/** HTTP statuses worth another attempt: rate limiting and server errors (not 501 Not Implemented, which will not change). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501);
}

/**
 * Network error codes worth another attempt (the server may come back): connection refused or reset, socket closed,
 * temporary DNS failure. ENOTFOUND (no such host) and TLS errors are not retried.
 */
const RETRYABLE_NETWORK_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
];

export function isRetryableNetworkCode(code: string | undefined): boolean {
  return code !== undefined && RETRYABLE_NETWORK_CODES.includes(code);
}
