// Tests for CSV/TSV output (src/output/csv.ts): fixed columns, RFC 4180 quoting, one row per mention.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsvHeader, formatCsvRows, toCsvField } from '../../src/output/csv.js';
import { hostileRecord, sampleErrorRecord, sampleRecord } from '../helpers/sample-record.js';

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), to read back what was written. */
function parseCsv(s: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quote');
        if (s[i] === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
        else if (s[i] === '"') break;
        else field += s[i++];
      }
      i++;
      if (i < s.length && s[i] !== delimiter && s[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
      continue;
    }
    if (s[i] === delimiter) (row.push(field), (field = ''), i++);
    else if (s[i] === '\r' && s[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 2));
    else if (s[i] === '\n' || s[i] === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else field += s[i++];
  }
  if (field !== '' || row.length) throw new Error('last record does not end in CRLF');
  return rows;
}

const read = (record: Parameters<typeof formatCsvRows>[0], delimiter: ',' | '\t') => {
  const rows = parseCsv(formatCsvHeader(delimiter) + formatCsvRows(record, delimiter), delimiter);
  const [header, ...body] = rows;
  return { header: header!, body: body.map((r) => Object.fromEntries(r.map((v, k) => [header![k]!, v]))) };
};

describe('csv snapshots', () => {
  it.each([
    ['csv', ','],
    ['tsv', '\t'],
  ] as const)('writes the sample as %s', (_name, delimiter) => {
    expect(formatCsvHeader(delimiter) + formatCsvRows(sampleRecord(), delimiter)).toMatchSnapshot();
  });
});

describe('formatCsvHeader', () => {
  it.each([
    [',', 'input,kind,id,type,name,text,value,start,end,source,'],
    ['\t', 'input\tkind\tid\ttype\tname\ttext\tvalue\tstart\tend\tsource\t'],
  ] as const)('starts with the fixed camelCase columns (delimiter %j)', (delimiter, prefix) => {
    const header = formatCsvHeader(delimiter);
    expect(header.startsWith(prefix)).toBe(true);
    expect(header.endsWith('\r\n')).toBe(true);
    expect(header.split(delimiter)).toHaveLength(CSV_COLUMNS.length);
    expect(header.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('uses camelCase names only', () => {
    for (const c of CSV_COLUMNS) expect(c).toMatch(/^[a-z][a-zA-Z]*$/);
  });
});

describe('formatCsvRows', () => {
  it.each([
    ['article', 1],
    ['actor', 5],
    ['place', 2],
    ['number', 3],
    ['date', 2],
    ['claim', 3],
    ['message', 1],
  ])('writes one %s row per item (%i)', (kind, count) => {
    expect(read(sampleRecord(), ',').body.filter((r) => r.kind === kind)).toHaveLength(count);
  });

  it.each([',', '\t'] as const)('gives every row every column, and offsets that point at the text (%j)', (delimiter) => {
    const r = sampleRecord();
    const { body } = read(r, delimiter);
    for (const row of body) {
      expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
      if (row.kind === 'message' || row.kind === 'article') continue;
      expect(r.article.text.slice(Number(row.start), Number(row.end))).toBe(row.text);
    }
  });

  it.each([
    ['actor', 'A1', { type: 'person', name: 'Jane Okafor', aliases: 'Okafor', roles: 'mayor', value: '' }],
    ['place', 'P1', { type: 'city', country: 'US', lat: '40.5', lon: '-74.25' }],
    ['claim', 'C2', { source: 'the Port Authority', sourceKind: 'named', sourceActor: 'A2', cue: 'according to', direct: 'false' }],
    ['message', 'extract/no-coordinates', { type: 'info', start: '', end: '' }],
  ])('fills the %s columns (%s)', (kind, id, expected) => {
    const row = read(sampleRecord(), ',').body.find((x) => x.kind === kind && x.id === id);
    expect(row).toMatchObject(expected);
  });

  it('opens with the article row: title, date, site, authors, language and URL, and no offsets', () => {
    const r = sampleRecord();
    const { body } = read(r, ',');
    expect(body[0]).toMatchObject({ kind: 'article', input: r.source.id, title: r.article.title ?? '', published: r.article.published ?? '', start: '', end: '' });
    expect(body.filter((x) => x.kind === 'article')).toHaveLength(1);
  });

  it('gives an article with nothing extracted its article row (it would vanish from the sheet otherwise)', () => {
    const r = sampleRecord();
    Object.assign(r, { actors: [], places: [], numbers: [], dates: [], claims: [], messages: [] });
    r.article.canonicalUrl = null;
    const { body } = read({ ...r, source: { ...r.source, url: 'https://news.example/stub' } }, ',');
    expect(body).toEqual([expect.objectContaining({ kind: 'article', url: 'https://news.example/stub' })]);
  });

  it("writes stdin's input id as -, with no formula guard (it joins to the JSON's source.id)", () => {
    const r = sampleRecord();
    const { body } = read({ ...r, source: { ...r.source, id: '-' } }, ',');
    expect(new Set(body.map((x) => x.input))).toEqual(new Set(['-']));
  });

  it('fills number columns, with the claim it belongs to', () => {
    const row = read(sampleRecord(), ',').body.find((x) => x.kind === 'number' && x.unit === 'USD');
    expect(row).toMatchObject({ value: '2500000', approximate: 'false', claim: 'C2', counts: '', id: '' });
  });

  it.each([
    ['a range', 350, '350'],
    ['one figure', null, ''],
  ])("writes a number's high end in the last column: %s", (_name, high, cell) => {
    const r = sampleRecord();
    r.numbers = r.numbers.map((n) => (n.unit === null && n.approximate ? { ...n, high } : n));
    const { header, body } = read(r, ',');
    expect(header[header.length - 1]).toBe('high');
    expect(body.find((x) => x.kind === 'number' && x.approximate === 'true')).toMatchObject({ value: '300', high: cell });
    expect(body.filter((x) => x.kind === 'number' && x.approximate === 'false').map((x) => x.high)).toEqual(['', '']);
  });

  it('writes one error row for an error record', () => {
    const { body } = read(sampleErrorRecord(), ',');
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ kind: 'error', type: 'input/http-status', input: 'https://news.example/missing' });
    expect(body[0]!.text).toContain('404 Not Found');
  });

  it('round-trips a hostile article through a strict reader', () => {
    const r = hostileRecord();
    const { body } = read(r, ',');
    const actor = body.find((x) => x.kind === 'actor')!;
    expect(actor.name).toBe('</mark><script>window.__pwned = 4</script>');
    expect(actor.aliases).toBe('"&\'');
    const claim = body.find((x) => x.kind === 'claim')!;
    // the ESC of the article's terminal sequence is written as U+FFFD, the rest as it is
    expect(claim.text).toBe(r.article.text.slice(r.claims[0]!.start, r.claims[0]!.end).replace('\u001b', '\ufffd'));
    expect(formatCsvRows(r, ',')).not.toContain('\u001b');
  });

  it('keeps line breaks inside quoted CSV fields but never in TSV', () => {
    const r = sampleRecord();
    r.messages = [{ severity: 'warning', rule: 'x/y', text: 'line one\nline\ttwo\r\nthree' }];
    expect(read(r, ',').body.at(-1)!.text).toBe('line one\nline\ttwo\r\nthree');
    const tsv = formatCsvRows(r, '\t');
    expect(tsv.split('\r\n').filter(Boolean)).toHaveLength(read(r, '\t').body.length);
    expect(read(r, '\t').body.at(-1)!.text).toBe('line one line two three');
  });
});

describe('toCsvField', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['cr\r\nlf', ',', '"cr\r\nlf"'],
    ['tab\there', ',', 'tab\there'],
    ['a,b', '\t', 'a,b'],
    ['tab\there', '\t', 'tab here'],
    ['two\nlines', '\t', 'two lines'],
    ['cr\r\nlf', '\t', 'cr lf'],
    ['say "hi"', '\t', '"say ""hi"""'],
    [null, ',', ''],
    [undefined, ',', ''],
    [2.5, ',', '2.5'],
    [-74.25, '\t', '-74.25'],
    [true, ',', 'true'],
    ['', ',', ''],
    ['=HYPERLINK("http://x")', ',', '"\'=HYPERLINK(""http://x"")"'],
    ['+1 555', ',', "'+1 555"],
    ['-5 dead', '\t', "'-5 dead"],
    ['-', ',', '-'],
    ['-12.5', ',', '-12.5'],
    ['-1+1', ',', "'-1+1"],
    ['=1+1', ',', "'=1+1"],
    ['@SUM(A1)', ',', "'@SUM(A1)"],
    ['a = b', ',', 'a = b'],
    ['esc \u001b[31mred', ',', 'esc \ufffd[31mred'],
    ['nul\u0000', '\t', 'nul\ufffd'],
  ] as const)('%j with delimiter %j → %j', (value, delimiter, out) => {
    expect(toCsvField(value, delimiter)).toBe(out);
  });
});
