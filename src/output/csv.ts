// Output stage: records as CSV or TSV rows for spreadsheets — one `article` row per record, then one row per actor
// mention, place mention, number, date, claim and message; one `error` row for an input that failed.
import { isErrorRecord, type ArticleRecord, type ErrorRecord } from './record.js';

/**
 * The fixed columns, in order. A cell that does not apply to a row's kind is empty (null). Lists (aliases, roles) are
 * joined with "; ". Booleans are `true`/`false`. Offsets are UTF-16 code units into article.text, end exclusive.
 *
 * - input: the source id (path, "-" or URL) · kind: article | actor | place | number | date | claim | message | error
 * - title, published, site, authors, language, url: the article row only (url: the canonical URL, else the URL it was
 *   fetched from)
 * - id: actor/place/claim id, the message's rule · type: actor type, place kind, message severity or error code
 * - name: the actor's or place's canonical name · text: the mention as written (claims: the whole attribution; errors
 *   and messages: their text) · value: the number's value or the date's ISO value
 * - unit, approximate, counts, event, claim: numbers (claim: id of the claim whose content holds it) · precision: dates
 * - source, sourceKind, sourceActor, cue, content, direct, contentStart, contentEnd: claims
 * - country, lat, lon: places · aliases: actors and places · roles: actors
 * - high: numbers, the high end of a range ("between 30 and 40" → 40; value holds 30), empty for one figure. Last, so
 *   that the columns before it keep their positions.
 */
export const CSV_COLUMNS = [
  'input', 'kind', 'id', 'type', 'name', 'text', 'value', 'start', 'end',
  'source', 'sourceKind', 'sourceActor', 'cue', 'content', 'direct', 'contentStart', 'contentEnd',
  'unit', 'approximate', 'counts', 'event', 'claim', 'precision',
  'country', 'lat', 'lon', 'aliases', 'roles',
  'title', 'published', 'site', 'authors', 'language', 'url',
  'high',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | null | undefined;
type Row = Partial<Record<Column, Cell>>;

/** The header line, ending in CRLF (RFC 4180). */
export function formatCsvHeader(delimiter: ',' | '\t'): string {
  return CSV_COLUMNS.map((c) => toCsvField(c, delimiter)).join(delimiter) + '\r\n';
}

/** Every row for one record, each ending in CRLF; a record's rows are independent of others', so output can stream. */
export function formatCsvRows(record: ArticleRecord | ErrorRecord, delimiter: ',' | '\t'): string {
  return toRows(record).map((row) => toCsvLine(row, delimiter)).join('');
}

function toRows(record: ArticleRecord | ErrorRecord): Row[] {
  const input = record.source.id;
  if (isErrorRecord(record)) {
    return [{ input, kind: 'error', type: record.error.code, text: record.error.message }];
  }
  const text = record.article.text;
  const a = record.article;
  // First, the article itself: a page that gave nothing else (a paywall stub, a cookie wall) still has its row, and a
  // spreadsheet gets the title and date without joining back to the JSON.
  const rows: Row[] = [
    {
      input, kind: 'article',
      title: a.title, published: a.published, site: a.site, authors: joinList(a.authors), language: a.language,
      url: a.canonicalUrl ?? record.source.url,
    },
  ];
  for (const a of record.actors) {
    for (const m of a.mentions) {
      rows.push({
        input, kind: 'actor', id: a.id, type: a.type, name: a.name, text: m.text, start: m.start, end: m.end,
        aliases: joinList(a.aliases), roles: joinList(a.roles),
      });
    }
  }
  for (const p of record.places) {
    for (const m of p.mentions) {
      rows.push({
        input, kind: 'place', id: p.id, type: p.kind, name: p.name, text: m.text, start: m.start, end: m.end,
        country: p.country, lat: p.lat, lon: p.lon, aliases: joinList(p.aliases),
      });
    }
  }
  for (const n of record.numbers) {
    rows.push({
      input, kind: 'number', text: n.text, value: n.value, high: n.high, start: n.start, end: n.end,
      unit: n.unit, approximate: n.approximate, counts: n.counts, event: n.event, claim: n.claim,
    });
  }
  for (const d of record.dates) {
    rows.push({ input, kind: 'date', text: d.text, value: d.value, start: d.start, end: d.end, precision: d.precision });
  }
  for (const c of record.claims) {
    rows.push({
      input, kind: 'claim', id: c.id, text: text.slice(c.start, c.end), start: c.start, end: c.end,
      source: c.source.text, sourceKind: c.source.kind, sourceActor: c.source.actor, cue: c.cue, content: c.content,
      direct: c.direct, contentStart: c.contentStart, contentEnd: c.contentEnd,
    });
  }
  for (const m of record.messages) rows.push({ input, kind: 'message', id: m.rule, type: m.severity, text: m.text });
  return rows;
}

// An empty list is null like any missing value: `aliases` empty means "none known".
const joinList = (xs: string[]): string | null => (xs.length ? xs.join('; ') : null);

function toCsvLine(row: Row, delimiter: ',' | '\t'): string {
  return CSV_COLUMNS.map((c) => toCsvField(row[c], delimiter)).join(delimiter) + '\r\n';
}

/**
 * A text cell that begins like a formula runs as one when a spreadsheet opens the file (CSV injection: an article
 * quoting "=HYPERLINK(…)" or "@SUM(…)"): it gets a leading apostrophe, which spreadsheets show as text. Numbers, as
 * "-3.5", are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A sign alone, or a sign before a plain number, runs as nothing: stdin's input id "-" stays "-" (it joins to JSON). */
const NOT_A_FORMULA = /^[+-]?(\d+(\.\d+)?)?$/;
/** Control characters other than tab and line breaks: an ESC sequence in a page would act on a terminal printing the file. */
const CONTROL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * One field. CSV (RFC 4180): quoted when it holds the delimiter, a quote, CR or LF, quotes doubled. TSV: tabs and line
 * breaks become spaces (a TSV field cannot hold them), then the same quoting applies — in practice only to fields with
 * a quote, as Excel and Python's csv "excel-tab" dialect expect: `He said "no"` → `"He said ""no"""`.
 */
export function toCsvField(value: Cell, delimiter: ',' | '\t'): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string') {
    s = s.replace(CONTROL_CHARS, '\ufffd');
    if (FORMULA_START.test(s) && !NOT_A_FORMULA.test(s)) s = `'${s}`;
  }
  if (delimiter === '\t') s = s.replace(/\r\n|[\t\r\n]/g, ' ');
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}
