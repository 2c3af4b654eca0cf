import { describe, expect, it } from 'vitest';
import { HostLimiter, backoffDelay, isRetryableStatus, parseRetryAfter } from '../../src/input/fetch-policy.js';

describe('HostLimiter', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
  ])('never runs more than %i task(s) per host at once (saw %i)', async (limit, expected) => {
    const limiter = new HostLimiter(limit, 0);
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
    };
    await Promise.all(Array.from({ length: 8 }, () => limiter.run('a.example', task)));
    expect(peak).toBe(expected);
  });

  it('does not limit different hosts against each other', async () => {
    const limiter = new HostLimiter(1, 0);
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
    };
    await Promise.all(['a', 'b', 'c'].map((h) => limiter.run(h, task)));
    expect(peak).toBe(3);
  });

  it('spaces request starts to one host by the politeness delay', async () => {
    const limiter = new HostLimiter(4, 50);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => limiter.run('a', async () => void starts.push(Date.now()))));
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(45);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(45);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new HostLimiter(1, 0);
    await expect(limiter.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('a', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('backoffDelay', () => {
  it.each([
    [0, 0, 500],
    [0, 0.999, 1499],
    [1, 0.5, 2000],
    [2, 0.5, 4000],
    [10, 0.5, 8000],
  ])('attempt %i, random %f → %i ms (base 1000, max 8000)', (attempt, r, expected) => {
    expect(backoffDelay(attempt, 1000, 8000, () => r)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 26 Nov 2026 10:00:30 GMT', 30_000],
    ['Thu, 26 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [408, true],
    [501, false],
    [404, false],
    [403, false],
  ])('%i → %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
