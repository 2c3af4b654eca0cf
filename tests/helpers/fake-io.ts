// A fake CliIO for main(argv, io): collects stdout/stderr as strings; stdin and fetch are injectable.
import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/main.js';

export interface FakeIO extends CliIO {
  out: () => string;
  err: () => string;
}

export function fakeIO(options: { stdin?: string; fetch?: typeof fetch; env?: Record<string, string>; isTTY?: boolean } = {}): FakeIO {
  let out = '';
  let err = '';
  // records serialised by a worker arrive as UTF-8 bytes
  const text = (s: string | Uint8Array) => (typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
  const refuse = (async () => {
    throw new Error('network is not allowed in tests');
  }) as unknown as typeof fetch;
  return {
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    stdout: { write: (s: string | Uint8Array) => ((out += text(s)), true), isTTY: options.isTTY ?? false, columns: 100 },
    stderr: { write: (s: string | Uint8Array) => ((err += text(s)), true), isTTY: false },
    fetch: options.fetch ?? refuse,
    env: options.env ?? { NO_COLOR: '1' },
    out: () => out,
    err: () => err,
  };
}
