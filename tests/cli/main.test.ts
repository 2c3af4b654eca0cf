// main(argv, fakeIO): stdout, stderr and exit code checked together, in process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';
import { expectValidRecord } from '../helpers/validate.js';

const fx = (...p: string[]) => path.join(__dirname, '..', '..', 'fixtures', ...p);
const seedTxt = fx('articles', 'globalresearch-tabqah-corridor', 'source.txt');

describe('main', () => {
  it.each([
    [['--help'], /Usage: news-extract/],
    [['--version'], /^\d+\.\d+\.\d+/],
  ])('%j prints to stdout and exits 0', async (argv, pattern) => {
    const io = fakeIO();
    expect(await main(argv, io)).toBe(0);
    expect(io.out()).toMatch(pattern);
  });

  it.each([
    [['--format', 'yaml', seedTxt], /format/],
    [['--no-such-flag'], /unknown option/],
    [['--max-bytes', 'lots', seedTxt], /--max-bytes/],
    [['--out-dir', seedTxt, seedTxt], /--out-dir .*source\.txt is a file, not a folder/],
    [['--out-dir', os.tmpdir(), '--format', 'csv', seedTxt], /--out-dir writes one JSON file per input, so --format csv does not apply/],
    [['--explain', '--format', 'json', seedTxt], /--explain prints a report for people instead of records, so --format json does not apply/],
    [['schema', 'extra'], /too many arguments for 'schema'/],
    [['schema', '--format', 'csv'], /the schema command takes no options \(got --format\)/],
    [['schema', '--out-dir', os.tmpdir()], /the schema command takes no options \(got --out-dir\)/],
  ])('%j is a usage error: exit 2, message on stderr, nothing on stdout', async (argv, pattern) => {
    const io = fakeIO();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(pattern);
    expect(io.out()).toBe('');
  });

  // The bin aborts io.signal with the signal's name (cli/process-main.ts); a library caller's own abort has no name.
  it.each([
    ['SIGINT', 130, 'interrupted by SIGINT'],
    ['SIGTERM', 143, 'interrupted by SIGTERM'],
    ['SIGHUP', 129, 'interrupted by SIGHUP'],
    [undefined, 130, 'interrupted;'],
  ])('a run stopped by %s before it starts writes nothing and exits %i', async (reason, code, said) => {
    const stop = new AbortController();
    stop.abort(reason);
    const io = { ...fakeIO(), signal: stop.signal };
    expect(await main(['-q', '-f', 'ndjson', seedTxt, seedTxt], io)).toBe(code);
    expect(io.out()).toBe('');
    expect(io.err()).toContain(said);
  });

  it('schema prints a JSON Schema that covers article and error records', async () => {
    const io = fakeIO();
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out());
    expect(schema.$schema).toContain('2020-12');
    expect(JSON.stringify(schema)).toContain('"error"');
    // -q and --no-color change nothing there and are accepted
    const quiet = fakeIO();
    expect(await main(['schema', '-q', '--no-color'], quiet)).toBe(0);
    expect(quiet.out()).toBe(io.out());
  });

  it('one text file: one JSON object on stdout, summary on stderr, exit 0', async () => {
    const io = fakeIO();
    expect(await main([seedTxt], io)).toBe(0);
    const record = JSON.parse(io.out());
    expectValidRecord(record);
    expect(record.source).toMatchObject({ kind: 'file', id: seedTxt, contentType: 'text/plain' });
    expect(io.err()).toMatch(/1 source, 0 failed/);
  });

  it('a failed write (a full disk) stops the run with exit 4 and one message, not a crash', async () => {
    const io = fakeIO();
    io.stdout = {
      write: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    expect(await main([seedTxt, '--format', 'json'], io)).toBe(4);
    expect(io.err()).toMatch(/^news-extract: could not write the output \(ENOSPC: no space left on device, write\); the run stopped/);
    expect(io.err()).not.toMatch(/crashed|at .*\.js:\d+/);
  });

  it('the reader going away (EPIPE) while a write waits for drain ends the run, without hanging or failing', async () => {
    const io = fakeIO();
    let onError: ((err: NodeJS.ErrnoException) => void) | undefined;
    io.stdout = {
      write: () => {
        setImmediate(() => onError?.(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
        return false; // full: the writer waits for a 'drain' that never comes
      },
      once: () => undefined,
      on: (_event: 'error', cb: (err: NodeJS.ErrnoException) => void) => (onError = cb),
    };
    expect(await main([seedTxt, '--format', 'json'], io)).toBe(0);
  });

  it('no input with stdin on a terminal is a usage error instead of a silent wait; "-" still reads it', async () => {
    const io = fakeIO({ stdin: 'Talks resume\n\nThe talks resumed on Monday, officials said.\n' });
    Object.assign(io.stdin, { isTTY: true });
    expect(await main([], io)).toBe(2);
    expect(io.err()).toMatch(/no input: give files, folders or URLs, or pipe an article in/);
    expect(io.out()).toBe('');
    expect(await main(['-', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).article.text).toContain('The talks resumed on Monday');
  });

  it('reads stdin when given "-"', async () => {
    const io = fakeIO({ stdin: 'Talks resume\n\nThe talks resumed on Monday, officials said.\n' });
    expect(await main(['-', '--format', 'ndjson'], io)).toBe(0);
    const record = JSON.parse(io.out().trim());
    expectValidRecord(record);
    expect(record.source.kind).toBe('stdin');
    expect(record.article.text).toContain('The talks resumed on Monday');
  });

  it('a missing file gives an error record, a one-line message and exit 1', async () => {
    const io = fakeIO();
    expect(await main([fx('nope', 'missing.html'), '--format', 'ndjson', '--quiet'], io)).toBe(1);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!);
    expectValidRecord(rec);
    expect(rec.error.code).toBe('input/not-found');
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toMatch(/missing\.html/);
  });

  it('--no-clean keeps plain text verbatim so offsets point into the input', async () => {
    const input = 'Heading line\n\nIf you are able, please support the project via PayPal.\n\nFive soldiers were killed, officials said.\n';
    const io = fakeIO({ stdin: input });
    expect(await main(['--no-clean', '-'], io)).toBe(0);
    const record = JSON.parse(io.out());
    expect(record.article.text).toBe(input);
    expect(record.article.removed).toEqual([]);
  });

  it('--strict turns a warning into exit 1', async () => {
    const io = fakeIO({ stdin: '<html><body><nav><a href="/">Home</a></nav></body></html>' });
    const code = await main(['--strict', '-'], io);
    const record = JSON.parse(io.out());
    expectValidRecord(record);
    expect(record.messages.length).toBeGreaterThan(0);
    expect(code).toBe(1);
    // with --quiet too, the warning that failed the run is said on stderr: never exit 1 with no reason given
    const quiet = fakeIO({ stdin: '<html><body><nav><a href="/">Home</a></nav></body></html>' });
    expect(await main(['--strict', '--quiet', '-'], quiet)).toBe(1);
    expect(quiet.err()).toMatch(/warning: no article text was found/);
    expect(quiet.err()).not.toMatch(/1 source/);
  });

  // One input decodes in this thread, a batch on its workers: the note about an unknown charset reaches stderr both ways.
  it.each([['one input', 1], ['a batch', 2]])('%s: an unknown charset label is noted on stderr and the page still decodes', async (_name, n) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-charset-'));
    const page = '<html><head><meta charset="x-no-such"><title>Caf\u00e9</title></head><body><p>The caf\u00e9 was hit on Monday, officials said.</p></body></html>';
    const files = Array.from({ length: n }, (_, i) => path.join(dir, `p${i}.html`));
    for (const f of files) fs.writeFileSync(f, page);
    const io = fakeIO();
    expect(await main([...files, '--format', 'ndjson'], io)).toBe(0);
    const records = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(n);
    for (const r of records) expect(r.article.text).toContain('The café was hit');
    expect(io.err().match(/unknown charset "x-no-such" ignored/g)).toHaveLength(n);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('file names and notes on stderr never carry control characters to the terminal', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-esc-'));
    fs.writeFileSync(path.join(dir, 'a\u001b]0;x\u0007.pdf'), 'not an article');
    fs.writeFileSync(path.join(dir, 'ok.txt'), 'Talks resumed on Monday, officials said.');
    const io = fakeIO();
    expect(await main([dir, path.join(dir, 'gone\u001b[2J\nfake line.html'), '--format', 'ndjson'], io)).toBe(1);
    expect(io.err()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(io.err()).toContain('a\ufffd]0;x\ufffd.pdf');
    expect(io.err()).toContain('gone\ufffd[2J\ufffdfake line.html');
    // the record keeps the name as it is: only the people's view is made safe
    expect(io.out()).toContain('gone\\u001b[2J\\nfake line.html');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([['one input', 1], ['a batch', 2]])('%s: bytes the declared charset cannot decode give the record a warning', async (_name, n) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-lossy-'));
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><article><p>The caf'), Buffer.from([0xe9]), Buffer.from(' was hit on Monday, officials said.</p></article></body></html>')]);
    const files = Array.from({ length: n }, (_, i) => path.join(dir, `p${i}.html`));
    for (const f of files) fs.writeFileSync(f, page);
    const io = fakeIO();
    expect(await main([...files, '--format', 'ndjson'], io)).toBe(0);
    for (const r of io.out().trim().split('\n').map((l) => JSON.parse(l))) {
      expect(r.messages).toEqual([expect.objectContaining({ severity: 'warning', rule: 'input/lossy-decode' })]);
    }
    expect(io.err()).toMatch(new RegExp(`${n} warning`));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('"--" makes "schema" an input: a file named schema is read, not the schema printed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-schema-file-'));
    fs.writeFileSync(path.join(dir, 'schema'), 'Talks resumed on Monday, officials said.');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const io = fakeIO();
      expect(await main(['--', 'schema'], io)).toBe(0);
      expect(JSON.parse(io.out()).source.id).toBe('schema');
    } finally {
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inputs with no article in them are a warning: exit 0, or 1 under --strict, said even with --quiet then', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-nothing-'));
    fs.writeFileSync(path.join(dir, 'story.json'), '{}');
    const io = fakeIO();
    expect(await main([dir], io)).toBe(0);
    expect(io.err()).toMatch(/warning: no article was found in the inputs given .*\[input\/nothing-found\]/);
    expect(io.err()).toMatch(/0 sources, 0 failed, 1 warning/);
    const strict = fakeIO();
    expect(await main([dir, '-q', '--strict'], strict)).toBe(1);
    expect(strict.err()).toMatch(/no article was found/);
    const quiet = fakeIO();
    expect(await main([dir, '-q'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an --out-dir that cannot be a folder is a usage error before any input is read, not a crash', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-outdir-'));
    fs.writeFileSync(path.join(dir, 'records.json'), '{}');
    fs.symlinkSync('l2', path.join(dir, 'l1'));
    fs.symlinkSync('l1', path.join(dir, 'l2'));
    for (const [outDir, why] of [
      [path.join(dir, 'records.json', 'out'), /a part of that path is a file, not a folder/],
      [path.join(dir, 'l1'), /its symbolic links loop/],
      [path.join(dir, 'records.json'), /is a file, not a folder/],
    ] as const) {
      const io = fakeIO();
      expect(await main(['-o', outDir, 'fixtures/batch/ceasefire.txt'], io)).toBe(2);
      expect(io.err()).toMatch(why);
      expect(io.err()).not.toMatch(/crashed|\n\s+at /);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--skip-existing without --out-dir is a usage error that points to --state', async () => {
    const io = fakeIO();
    expect(await main(['--skip-existing', 'fixtures/batch/ceasefire.txt'], io)).toBe(2);
    expect(io.err()).toMatch(/needs --out-dir DIR.*--state FILE/);
    expect(io.out()).toBe('');
  });

  it('--explain reports a failed input as a line of the report, not a JSON error record', async () => {
    const io = fakeIO();
    expect(await main(['--explain', 'fixtures/batch/ceasefire.txt', 'no-such-file.txt'], io)).toBe(1);
    expect(io.out()).toMatch(/^no-such-file\.txt {2}failed: .*\[input\/not-found\]$/m);
    expect(io.out()).not.toMatch(/schemaVersion|^\{/m);
    expect(io.out()).toMatch(/ceasefire\.txt/);
  });

  it('a feed that is read fine and lists nothing this hour is a quiet success: only noted, exit 0 even under --strict', async () => {
    const emptyRss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title><link>https://news.example/</link></channel></rss>';
    const feedFetch = (async () => new Response(emptyRss, { status: 200, headers: { 'content-type': 'application/rss+xml' } })) as unknown as typeof fetch;
    const io = fakeIO({ fetch: feedFetch });
    expect(await main(['--feed', 'https://news.example/rss', '--strict'], io)).toBe(0);
    expect(io.err()).toMatch(/lists no articles/);
    expect(io.err()).not.toMatch(/nothing-found|folders/);
    const quiet = fakeIO({ fetch: feedFetch });
    expect(await main(['--feed', 'https://news.example/rss', '-q', '--strict'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });

  it('--quiet keeps notes off stderr; a failure is still reported there', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-quiet-'));
    const page = path.join(dir, 'p.html');
    fs.writeFileSync(page, '<html><head><meta charset="x-no-such"></head><body><p>Talks resumed on Monday, officials said.</p></body></html>');
    const io = fakeIO();
    expect(await main([page, path.join(dir, 'missing.html'), '--quiet', '--format', 'ndjson'], io)).toBe(1);
    expect(io.out().trim().split('\n')).toHaveLength(2);
    expect(io.err()).not.toMatch(/charset/);
    expect(io.err()).toMatch(/missing\.html/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
