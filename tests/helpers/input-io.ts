// Test helper: an InputIO for the input stage with a given stdin, the real fetch and a captured stderr.
import { Readable } from 'node:stream';
import type { InputIO, InputOptions } from '../../src/input/index.js';

export function inputIO(stdin: string | Buffer = '', fetchImpl: typeof fetch = fetch): InputIO & { errText(): string } {
  const err: string[] = [];
  return {
    stdin: Readable.from(typeof stdin === 'string' ? [Buffer.from(stdin)] : [stdin]),
    fetch: fetchImpl,
    stderr: { write: (s: string) => err.push(s) },
    errText: () => err.join(''),
  };
}

/** Fast options for tests: short timeouts and backoffs, no politeness delay. */
export function testOptions(over: Partial<InputOptions> = {}): InputOptions {
  return {
    maxBytes: 64 * 1024,
    fetchTimeoutMs: 2000,
    connectTimeoutMs: 1000,
    retries: 2,
    retryBaseDelayMs: 5,
    retryMaxDelayMs: 20,
    retryAfterMaxMs: 2000,
    politenessDelayMs: 0,
    perHostConcurrency: 2,
    statePath: null,
    ...over,
  };
}
