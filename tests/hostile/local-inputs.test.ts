// Hostile local inputs through the real CLI: an endless URL list, a PowerShell (UTF-16) list, a page declaring a
// charset no browser accepts. Each ends quickly with a clear message, never a stack trace or raw NULs on stderr.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjson, runBin } from './run-bin.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-hostile-local-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hostile local inputs', () => {
  it('--urls-from /dev/zero fails as binary data, no RangeError', async () => {
    const run = await runBin(['--format', 'ndjson', '--urls-from', '/dev/zero'], { killAfterMs: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(/RangeError|    at /);
    expect(run.stderr).toMatch(/not a list of URLs.*\[input\/binary\]/);
  });

  it('a UTF-16LE URL list with BOM and CRLF gives both URLs and no NUL on stderr', async () => {
    const list = path.join(dir, 'urls.txt');
    // port 9 (discard) refuses at once: each URL fails fast on its own, named in full
    fs.writeFileSync(list, Buffer.from('\ufeffhttp://127.0.0.1:9/a.html\r\nhttp://127.0.0.1:9/b.html\r\n', 'utf16le'));
    const run = await runBin(['--format', 'ndjson', '--fetch-timeout', '500', '--urls-from', list], { killAfterMs: 30_000 });
    expect(ndjson(run.stdout).map((r) => r.source.id)).toEqual(['http://127.0.0.1:9/a.html', 'http://127.0.0.1:9/b.html']);
    expect(run.stderr).not.toContain('\u0000');
  });

  it.each(['utf-32', 'base64', 'ucs-2'])('<meta charset="%s"> on an ASCII page keeps its text', async (label) => {
    const page = path.join(dir, `page-${label}.html`);
    fs.writeFileSync(page, `<html><head><meta charset="${label}"></head><body><p>The mayor said the bridge will open in May, officials confirmed on Tuesday.</p></body></html>`);
    const run = await runBin(['--format', 'ndjson', page], { killAfterMs: 30_000 });
    expect(ndjson(run.stdout)[0].article.text).toBe('The mayor said the bridge will open in May, officials confirmed on Tuesday.');
  });
});
